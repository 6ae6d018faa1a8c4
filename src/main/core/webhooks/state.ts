// The transfer state machine, as pure functions. pending → succeeded | failed, succeeded →
// refundpending → refundsucceeded; a transfer only moves forward along those steps; final states
// (succeeded, failed, refundsucceeded) hold against a status of the same step; unknown statuses
// are kept and shown, never final, and count as pending.
import { FINAL_STATUSES } from '../../../shared/contract'
import { statusesContradict, statusStep } from '../../../shared/status'

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
  /** The event contradicts the transfer's state (failed against paid, or paid against failed): flagged, not applied. */
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
 * Steps (shared/status.ts): pending and unknown 0 < succeeded | failed 1 < refundpending 2 <
 * refundsucceeded 3.
 * - no current state: the event's status (a refund status implies the payment succeeded);
 * - failed against a paid status (succeeded or a refund step), either way round: a conflict,
 *   flagged, not applied — whichever arrived first stands;
 * - a later step: applied (succeeded → refundpending → refundsucceeded; pending → any);
 * - an earlier step: not applied (a late pending or succeeded never undoes a refund);
 * - the same step: a final state holds (sticky); between non-final ones (pending and unknown
 *   statuses, or two refundpending events) the later event by Timestamp, then EventId, wins,
 *   so the result does not depend on arrival order.
 */
export function nextTransferState(current: StatusState | null, event: StatusEvent): Transition {
  const asState: StatusState = { status: event.status, statusRaw: event.statusRaw, ts: event.ts, eventId: event.eventId }
  if (current === null) return { next: asState, applied: true, conflict: false }
  if (statusesContradict(current.status, event.status)) return { next: current, applied: false, conflict: true }
  const from = statusStep(current.status)
  const to = statusStep(event.status)
  if (to > from) return { next: asState, applied: true, conflict: false }
  if (to < from || isFinalStatus(current.status)) return { next: current, applied: false, conflict: false }
  if (isLater(event, current)) return { next: asState, applied: true, conflict: false }
  return { next: current, applied: false, conflict: false }
}
