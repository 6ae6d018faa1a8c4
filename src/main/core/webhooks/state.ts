// The transfer state machine, as pure functions. pending → succeeded | failed; final states
// are sticky; unknown statuses (RefundPending…) are kept and shown but never final.
import { FINAL_STATUSES } from '../../../shared/contract'

/** Lower-cases a Mesh status for matching; the raw value is kept separately. */
export function normalizeStatus(raw: string): string {
  return raw.trim().toLowerCase()
}

export function isFinalStatus(status: string): boolean {
  return FINAL_STATUSES.includes(status)
}

export interface StatusState {
  status: string
  statusRaw: string
  /** Mesh Timestamp (ms) of the event that set it; null when unknown. */
  ts: number | null
  eventId: string
}

export interface StatusEvent {
  status: string
  statusRaw: string
  ts: number | null
  eventId: string
}

export interface Transition {
  next: StatusState
  /** The event changed the transfer's status. */
  applied: boolean
  /** The event contradicts a final state (a different final status): flagged, not applied. */
  conflict: boolean
}

/** Orders events of equal finality: by Mesh Timestamp, then by EventId, so the result never depends on arrival order. */
function isLater(a: StatusEvent, b: StatusState): boolean {
  const at = a.ts ?? -1
  const bt = b.ts ?? -1
  if (at !== bt) return at > bt
  return a.eventId > b.eventId
}

/**
 * The next state of a transfer given one new event (each EventId is applied at most once).
 * - no current state: the event's status;
 * - current final: unchanged (sticky); a different final status is a conflict;
 * - event final: applied;
 * - both non-final: the later event (by Timestamp, then EventId) wins, so a late
 *   `pending` never undoes a newer non-final status and the result is order-independent.
 */
export function nextTransferState(current: StatusState | null, event: StatusEvent): Transition {
  const asState: StatusState = { status: event.status, statusRaw: event.statusRaw, ts: event.ts, eventId: event.eventId }
  if (current === null) return { next: asState, applied: true, conflict: false }
  if (isFinalStatus(current.status)) {
    const conflict = isFinalStatus(event.status) && event.status !== current.status
    return { next: current, applied: false, conflict }
  }
  if (isFinalStatus(event.status)) return { next: asState, applied: true, conflict: false }
  if (isLater(event, current)) return { next: asState, applied: true, conflict: false }
  return { next: current, applied: false, conflict: false }
}
