import { describe, expect, it } from 'vitest'
import { attemptViews, buildTimeline, disagreements } from '../../src/renderer/src/lib/timeline'
import { delivery, event, row, sale } from './fixtures'

describe('attemptViews', () => {
  it('flags a slow answer that was followed by a retry as its likely cause', () => {
    const a = attemptViews([delivery({ id: 2, receivedAt: 2_000, verdict: 'duplicate', answerMs: 3 }), delivery({ id: 1, receivedAt: 1_000, answerMs: 350 })])
    expect(a.map((x) => x.delivery.id)).toEqual([1, 2])
    expect(a[0]!.slow).toBe(true)
    expect(a[0]!.note).toBe('First delivery: stored and applied; answered late (350 ms ≥ 200 ms), so Mesh retried')
    expect(a[1]!.slow).toBe(false)
    expect(a[1]!.note).toBe('Repeat of an event we already had: counted, not applied again')
  })

  it('treats exactly 200 ms as over the budget', () => {
    expect(attemptViews([delivery({ id: 1, answerMs: 200 })])[0]!.slow).toBe(true)
    expect(attemptViews([delivery({ id: 1, answerMs: 199 })])[0]!.slow).toBe(false)
  })

  it('explains a non-200 answer that Mesh retried', () => {
    const a = attemptViews([delivery({ id: 1, httpStatus: 401, verdict: 'signature_invalid' }), delivery({ id: 2 })])
    expect(a[0]!.notAcknowledged).toBe(true)
    expect(a[0]!.note).toBe('Signature does not match our webhook secret: rejected with 401 (check the secret in Settings); Mesh retried')
    // The copy after a rejected attempt is the first accepted one, not a duplicate.
    expect(a[1]!.note).toBe('First delivery: stored and applied')
  })

  it('never blames a 401 on slowness, even when it was also slow', () => {
    const a = attemptViews([delivery({ id: 1, httpStatus: 401, verdict: 'signature_missing', answerMs: 450 }), delivery({ id: 2 })])
    expect(a[0]!.note).toBe('No signature header: rejected with 401; Mesh retried')
  })

  it('calls a clean first answer the first delivery', () => {
    expect(attemptViews([delivery({ id: 1 })])[0]!.note).toBe('First delivery: stored and applied')
  })
})

describe('buildTimeline', () => {
  const detail = {
    transfer: row({ transferId: 't-1', sessionId: 's' }),
    events: [
      event({ eventId: 'e-2', status: 'succeeded', statusRaw: 'Succeeded', firstReceivedAt: 5_000, deliveries: [delivery({ id: 3, eventId: 'e-2', receivedAt: 5_000 })] }),
      event({ eventId: 'e-1', firstReceivedAt: 3_000, deliveries: [delivery({ id: 1, receivedAt: 3_000, answerMs: 300 }), delivery({ id: 2, receivedAt: 3_400, verdict: 'duplicate' })] })
    ],
    rejected: []
  }
  const s = sale({ sessionId: 's', createdAt: 1_000, sdkEvents: [{ id: 1, at: 2_000, type: 'transferFinished', payload: {} }, { id: 2, at: 4_000, type: 'exit', payload: {} }] })

  it('puts the session, SDK callbacks and webhook events on one time line', () => {
    const t = buildTimeline(detail, s)
    expect(t.map((e) => e.key)).toEqual(['session:s', 'sdk:1', 'event:e-1', 'sdk:2', 'event:e-2'])
    const e1 = t[2]!
    expect(e1.kind === 'event' && e1.attempts.map((a) => a.delivery.id)).toEqual([1, 2])
  })

  it('works without a sale (a transfer not started at the counter)', () => {
    expect(buildTimeline(detail, null).map((e) => e.kind)).toEqual(['event', 'event'])
  })

  it('attaches rejected deliveries whose body names the event, marked unverified', () => {
    const rejected = delivery({ id: 9, eventId: null, transferId: null, receivedAt: 2_900, verdict: 'signature_invalid', httpStatus: 401, body: JSON.stringify({ EventId: 'e-1', TransferId: 't-1', Id: 'x' }) })
    const elsewhere = delivery({ id: 10, eventId: null, transferId: null, verdict: 'signature_invalid', httpStatus: 401, body: JSON.stringify({ EventId: 'e-1', TransferId: 'other' }) })
    const t = buildTimeline(detail, null, [rejected, elsewhere])
    const e1 = t.find((e) => e.key === 'event:e-1')!
    if (e1.kind !== 'event') throw new Error('expected an event')
    expect(e1.attempts.map((a) => [a.delivery.id, a.unverified])).toEqual([
      [9, true],
      [1, false],
      [2, false]
    ])
    expect(e1.at).toBe(2_900)
  })
})

describe('disagreements', () => {
  it('lists the sale disagreement, a transfer conflict and conflicting events', () => {
    const d = {
      transfer: row({ transferId: 't', conflict: true, statusRaw: 'Succeeded' }),
      events: [event({ eventId: 'e-9', conflict: true, statusRaw: 'Failed' })],
      rejected: []
    }
    const out = disagreements(d, sale({ sessionId: 's', disagreement: 'SDK said success, Mesh said failed' }))
    expect(out).toHaveLength(3)
    expect(out[0]).toBe('SDK said success, Mesh said failed')
    expect(out[2]).toMatch(/e-9/)
  })

  it('is empty when the sources agree', () => {
    expect(disagreements({ transfer: row({ transferId: 't' }), events: [], rejected: [] }, null)).toEqual([])
  })
})
