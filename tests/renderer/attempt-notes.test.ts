import { describe, expect, it } from 'vitest'
import type { DeliveryVerdict } from '../../src/shared/contract'
import { attemptNote, VERDICTS } from '../../src/renderer/src/lib/deliveries'
import { statusWord } from '../../src/shared/status'

const base = { answerMs: 4, replayOf: null, httpStatus: 200 }

// One row per verdict: [verdict, HTTP status, note when answered in time and not retried, note when retried].
const EXPECTED: [DeliveryVerdict, number, string, string][] = [
  ['accepted', 200, 'First delivery: stored and applied', 'First delivery: stored and applied'],
  ['duplicate', 200, 'Repeat of an event we already had: counted, not applied again', 'Repeat of an event we already had: counted, not applied again'],
  ['uninterpretable', 200, 'Signed JSON without a transfer status we can apply: stored, answered 200', 'Signed JSON without a transfer status we can apply: stored, answered 200'],
  ['malformed', 200, 'Signed, but the body is not JSON: stored, answered 200', 'Signed, but the body is not JSON: stored, answered 200'],
  ['signature_missing', 401, 'No signature header: rejected with 401', 'No signature header: rejected with 401; Mesh retried'],
  [
    'signature_invalid',
    401,
    'Signature does not match our webhook secret: rejected with 401 (check the secret in Settings)',
    'Signature does not match our webhook secret: rejected with 401 (check the secret in Settings); Mesh retried'
  ],
  ['too_large', 413, 'Body over the size limit: rejected with 413', 'Body over the size limit: rejected with 413; Mesh retried'],
  ['bad_request', 400, 'Broken HTTP framing (connection cut mid-body): rejected with 400', 'Broken HTTP framing (connection cut mid-body): rejected with 400; Mesh retried'],
  ['source_not_allowed', 403, 'Sender not on the IP allowlist: rejected with 403', 'Sender not on the IP allowlist: rejected with 403; Mesh retried']
]

describe('attemptNote', () => {
  it('has an expected note for every verdict the contract declares', () => {
    expect(EXPECTED.map((e) => e[0]).sort()).toEqual([...VERDICTS].sort())
  })

  it.each(EXPECTED)('%s (HTTP %i) answered in time', (verdict, httpStatus, once, retried) => {
    expect(attemptNote({ ...base, verdict, httpStatus }, false)).toBe(once)
    expect(attemptNote({ ...base, verdict, httpStatus }, true)).toBe(retried)
  })

  it('says an accepted answer over the budget was late, and that Mesh retried because of it', () => {
    expect(attemptNote({ ...base, verdict: 'accepted', answerMs: 250 }, true)).toBe('First delivery: stored and applied; answered late (250 ms ≥ 200 ms), so Mesh retried')
    expect(attemptNote({ ...base, verdict: 'accepted', answerMs: 200 }, false)).toBe('First delivery: stored and applied; answered late (200 ms ≥ 200 ms), Mesh will retry')
    expect(attemptNote({ ...base, verdict: 'accepted', answerMs: 199 }, true)).toBe('First delivery: stored and applied')
  })

  it('never blames a refused attempt on its timing', () => {
    for (const verdict of ['signature_missing', 'signature_invalid', 'too_large', 'bad_request', 'source_not_allowed'] as const) {
      expect(attemptNote({ ...base, verdict, httpStatus: 401, answerMs: 900 }, true)).not.toMatch(/late/)
    }
  })

  it('names a replay and what it did', () => {
    expect(attemptNote({ ...base, verdict: 'duplicate', replayOf: 12 }, false)).toBe('Replay of delivery #12: counted, not applied again')
    expect(attemptNote({ ...base, verdict: 'accepted', replayOf: 3 }, false)).toBe('Replay of delivery #3: stored and applied')
  })

  it('names a verdict from a newer Countertop as it is', () => {
    expect(attemptNote({ ...base, verdict: 'quarantined' as DeliveryVerdict, httpStatus: 202 }, false)).toBe('Verdict quarantined (HTTP 202); not acknowledged (HTTP 202)')
  })
})

describe('statusWord', () => {
  it('gives the same word whatever the source spelled', () => {
    for (const s of ['succeeded', 'Succeeded', 'SUCCEEDED']) expect(statusWord(s)).toBe('Succeeded')
    expect(statusWord('pending')).toBe('Pending')
    expect(statusWord('Failed')).toBe('Failed')
  })

  it('reads Mesh refund statuses as words', () => {
    expect(statusWord('RefundPending')).toBe('Refund pending')
    expect(statusWord('refundpending')).toBe('Refund pending')
    expect(statusWord('RefundSucceeded')).toBe('Refunded')
  })

  it('splits an unknown status at its capitals', () => {
    expect(statusWord('OnHold')).toBe('On hold')
    expect(statusWord(null)).toBe('No status')
  })
})
