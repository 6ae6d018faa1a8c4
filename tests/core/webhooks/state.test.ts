import { describe, expect, it } from 'vitest'
import { isFinalStatus, nextTransferState, normalizeStatus, type StatusEvent } from '../../../src/main/core/webhooks/state'

const ev = (status: string, ts: number, eventId = `e-${status}-${ts}`): StatusEvent => ({
  status: normalizeStatus(status),
  statusRaw: status,
  ts,
  eventId
})

describe('nextTransferState', () => {
  it('starts from the first event', () => {
    const t = nextTransferState(null, ev('Pending', 1))
    expect(t).toMatchObject({ applied: true, conflict: false, next: { status: 'pending', statusRaw: 'Pending' } })
  })

  it('moves pending to succeeded and to failed', () => {
    const p = nextTransferState(null, ev('Pending', 1)).next
    expect(nextTransferState(p, ev('Succeeded', 2)).next.status).toBe('succeeded')
    expect(nextTransferState(p, ev('FAILED', 2)).next.status).toBe('failed')
  })

  it('keeps succeeded when a late pending arrives', () => {
    const s = nextTransferState(null, ev('Succeeded', 5)).next
    const t = nextTransferState(s, ev('Pending', 1))
    expect(t.applied).toBe(false)
    expect(t.conflict).toBe(false)
    expect(t.next.status).toBe('succeeded')
  })

  it('keeps a final state even when a newer unknown status arrives', () => {
    const s = nextTransferState(null, ev('Succeeded', 5)).next
    const t = nextTransferState(s, ev('OnHold', 9))
    expect(t.next.status).toBe('succeeded')
    expect(t.applied).toBe(false)
  })

  it('flags a contradicting final status without applying it', () => {
    const s = nextTransferState(null, ev('Succeeded', 5)).next
    const t = nextTransferState(s, ev('Failed', 6))
    expect(t).toMatchObject({ applied: false, conflict: true, next: { status: 'succeeded' } })
  })

  it('treats unknown statuses as non-final and orders them with pending by Timestamp', () => {
    const p = nextTransferState(null, ev('Pending', 1)).next
    const r = nextTransferState(p, ev('OnHold', 3))
    expect(r.next.status).toBe('onhold')
    expect(r.next.statusRaw).toBe('OnHold')
    expect(nextTransferState(r.next, ev('pending', 2)).next.status).toBe('onhold')
    expect(nextTransferState(r.next, ev('pending', 4)).next.status).toBe('pending')
    expect(nextTransferState(r.next, ev('Succeeded', 2)).next.status).toBe('succeeded')
  })

  it('matches statuses case-insensitively', () => {
    for (const s of ['succeeded', 'Succeeded', 'SUCCEEDED', ' sUcCeEdEd ']) {
      expect(nextTransferState(null, ev(s, 1)).next.status).toBe('succeeded')
    }
  })

  // Every transition of the lifecycle pending (0) < succeeded | failed (1) < refundpending (2) <
  // refundsucceeded (3), written out by hand. The event is always newer by Timestamp than the
  // current state, except in the rows marked "older", so a step, not the clock, decides.
  describe('the refund steps', () => {
    type Row = [from: string | null, event: string, result: string, applied: boolean, conflict: boolean]
    const table: Row[] = [
      // from nothing: any status, a refund one too (it implies the payment succeeded)
      [null, 'RefundPending', 'refundpending', true, false],
      [null, 'RefundSucceeded', 'refundsucceeded', true, false],
      // from pending: everything forward is applied
      ['Pending', 'Succeeded', 'succeeded', true, false],
      ['Pending', 'Failed', 'failed', true, false],
      ['Pending', 'RefundPending', 'refundpending', true, false],
      ['Pending', 'RefundSucceeded', 'refundsucceeded', true, false],
      // from succeeded: the refund steps applied; failed contradicts; pending ignored
      ['Succeeded', 'RefundPending', 'refundpending', true, false],
      ['Succeeded', 'RefundSucceeded', 'refundsucceeded', true, false],
      ['Succeeded', 'Failed', 'succeeded', false, true],
      ['Succeeded', 'Pending', 'succeeded', false, false],
      ['Succeeded', 'Succeeded', 'succeeded', false, false],
      // from refundpending: refundsucceeded applied; pending, succeeded ignored; failed contradicts
      ['RefundPending', 'RefundSucceeded', 'refundsucceeded', true, false],
      ['RefundPending', 'Pending', 'refundpending', false, false],
      ['RefundPending', 'Succeeded', 'refundpending', false, false],
      ['RefundPending', 'Failed', 'refundpending', false, true],
      // refundsucceeded is final and sticky: failed contradicts, everything else is ignored
      ['RefundSucceeded', 'Pending', 'refundsucceeded', false, false],
      ['RefundSucceeded', 'Succeeded', 'refundsucceeded', false, false],
      ['RefundSucceeded', 'RefundPending', 'refundsucceeded', false, false],
      ['RefundSucceeded', 'RefundSucceeded', 'refundsucceeded', false, false],
      ['RefundSucceeded', 'Failed', 'refundsucceeded', false, true],
      // from failed: a status that says it was paid contradicts it
      ['Failed', 'RefundPending', 'failed', false, true],
      ['Failed', 'RefundSucceeded', 'failed', false, true],
      ['Failed', 'Succeeded', 'failed', false, true],
      ['Failed', 'Pending', 'failed', false, false],
      // Mesh documents no RefundFailed: an unknown status, step 0, so never after succeeded
      ['Succeeded', 'RefundFailed', 'succeeded', false, false],
      ['RefundPending', 'RefundFailed', 'refundpending', false, false]
    ]
    it.each(table)('%s, then %s: %s (applied %s, conflict %s)', (from, event, result, applied, conflict) => {
      const cur = from === null ? null : nextTransferState(null, ev(from, 10, 'e-current')).next
      const t = nextTransferState(cur, ev(event, 20, 'e-new'))
      expect(t).toMatchObject({ applied, conflict, next: { status: result } })
      expect(t.next.eventId).toBe(applied ? 'e-new' : 'e-current')
    })

    it('moves forward by step even when the refund event carries an older Timestamp', () => {
      const s = nextTransferState(null, ev('Succeeded', 50)).next
      const rp = nextTransferState(s, ev('RefundPending', 40))
      expect(rp).toMatchObject({ applied: true, next: { status: 'refundpending', ts: 40 } })
      expect(nextTransferState(rp.next, ev('RefundSucceeded', 30))).toMatchObject({ applied: true, next: { status: 'refundsucceeded' } })
      // and a newer event of an earlier step never moves it back
      expect(nextTransferState(rp.next, ev('Succeeded', 99))).toMatchObject({ applied: false, next: { status: 'refundpending' } })
    })

    it('orders two refundpending events (a webhook and a poll) by Timestamp, then EventId', () => {
      const a = nextTransferState(null, ev('RefundPending', 5, 'poll:t:refundpending')).next
      expect(nextTransferState(a, ev('RefundPending', 7, 'ev-webhook'))).toMatchObject({ applied: true, next: { eventId: 'ev-webhook', statusRaw: 'RefundPending' } })
      expect(nextTransferState(a, ev('RefundPending', 3, 'ev-webhook'))).toMatchObject({ applied: false, next: { eventId: 'poll:t:refundpending' } })
      expect(nextTransferState(a, ev('refundPending', 5, 'z-later-id'))).toMatchObject({ applied: true, next: { eventId: 'z-later-id', statusRaw: 'refundPending' } })
    })

    it('calls refundsucceeded final and refundpending not final', () => {
      expect(isFinalStatus('refundsucceeded')).toBe(true)
      expect(isFinalStatus('refundpending')).toBe(false)
      expect(isFinalStatus('succeeded')).toBe(true)
    })
  })
})
