import { describe, expect, it } from 'vitest'
import { nextTransferState, normalizeStatus, type StatusEvent } from '../../../src/main/core/webhooks/state'

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
    const t = nextTransferState(s, ev('RefundPending', 9))
    expect(t.next.status).toBe('succeeded')
    expect(t.applied).toBe(false)
  })

  it('flags a contradicting final status without applying it', () => {
    const s = nextTransferState(null, ev('Succeeded', 5)).next
    const t = nextTransferState(s, ev('Failed', 6))
    expect(t).toMatchObject({ applied: false, conflict: true, next: { status: 'succeeded' } })
  })

  it('treats unknown statuses as non-final and orders non-final ones by Timestamp', () => {
    const p = nextTransferState(null, ev('Pending', 1)).next
    const r = nextTransferState(p, ev('RefundPending', 3))
    expect(r.next.status).toBe('refundpending')
    expect(r.next.statusRaw).toBe('RefundPending')
    expect(nextTransferState(r.next, ev('pending', 2)).next.status).toBe('refundpending')
    expect(nextTransferState(r.next, ev('Succeeded', 4)).next.status).toBe('succeeded')
  })

  it('matches statuses case-insensitively', () => {
    for (const s of ['succeeded', 'Succeeded', 'SUCCEEDED', ' sUcCeEdEd ']) {
      expect(nextTransferState(null, ev(s, 1)).next.status).toBe('succeeded')
    }
  })
})
