// The transfer detail as one timeline: the link session, SDK callbacks, and each webhook event
// with its delivery attempts. Pure: it only arranges what ledger.get and sales.get returned.
import type { DeliveryRow, EventRow, SaleView, SdkEventRow, TransferDetail } from '../../../shared/contract'
import { ANSWER_BUDGET_MS, attemptNote, claimedIds } from './deliveries'

export interface AttemptView {
  delivery: DeliveryRow
  /** 1-based attempt number within its event. */
  n: number
  /** Our answer took ≥ 200 ms: Mesh counts it as not acknowledged. */
  slow: boolean
  /** We did not answer 200. */
  notAcknowledged: boolean
  /** A later attempt of the same event exists. */
  retriedAfter: boolean
  /** A rejected delivery whose (unverified) body names this event. */
  unverified: boolean
  /** What this attempt was, in words (from its verdict and timing: see attemptNote). */
  note: string
}

export type TimelineEntry =
  | { kind: 'session'; at: number; key: string; sale: SaleView }
  | { kind: 'sdk'; at: number; key: string; sdk: SdkEventRow }
  | { kind: 'event'; at: number; key: string; event: EventRow; attempts: AttemptView[] }

export function attemptViews(deliveries: readonly DeliveryRow[], unverified: ReadonlySet<number> = new Set()): AttemptView[] {
  const sorted = [...deliveries].sort((a, b) => a.receivedAt - b.receivedAt || a.id - b.id)
  return sorted.map((d, i) => {
    const slow = d.answerMs != null && d.answerMs >= ANSWER_BUDGET_MS
    const notAcknowledged = d.httpStatus !== 200
    const retriedAfter = i < sorted.length - 1
    const note = attemptNote(d, retriedAfter)
    return { delivery: d, n: i + 1, slow, notAcknowledged, retriedAfter, unverified: unverified.has(d.id), note }
  })
}

/**
 * Builds the timeline. `rejected` are rejected deliveries (no verified ids) whose bodies claim
 * one of this transfer's events; they are shown with that event, marked unverified.
 */
export function buildTimeline(detail: TransferDetail, sale: SaleView | null, rejected: readonly DeliveryRow[] = []): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  if (sale) {
    entries.push({ kind: 'session', at: sale.createdAt, key: `session:${sale.sessionId}`, sale })
    for (const s of sale.sdkEvents) entries.push({ kind: 'sdk', at: s.at, key: `sdk:${s.id}`, sdk: s })
  }
  const byEvent = new Map<string, DeliveryRow[]>()
  for (const d of rejected) {
    const claim = claimedIds(d)
    if (!claim.eventId || (claim.transferId && claim.transferId !== detail.transfer.transferId)) continue
    const list = byEvent.get(claim.eventId) ?? []
    list.push(d)
    byEvent.set(claim.eventId, list)
  }
  for (const e of detail.events) {
    const extra = (byEvent.get(e.eventId) ?? []).filter((d) => !e.deliveries.some((x) => x.id === d.id))
    const unverified = new Set(extra.map((d) => d.id))
    const attempts = attemptViews([...e.deliveries, ...extra], unverified)
    const first = attempts[0]?.delivery.receivedAt
    entries.push({ kind: 'event', at: Math.min(e.firstReceivedAt, first ?? e.firstReceivedAt), key: `event:${e.eventId}`, event: e, attempts })
  }
  const order = { session: 0, sdk: 1, event: 2 } as const
  return entries.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind])
}

/** Where the sources disagree, in words (empty when they agree). */
export function disagreements(detail: TransferDetail, sale: SaleView | null): string[] {
  const out: string[] = []
  if (sale?.disagreement) out.push(sale.disagreement)
  if (detail.transfer.conflict) out.push(`A later webhook contradicted the final status ${detail.transfer.statusRaw}; it was kept but not applied.`)
  for (const e of detail.events) {
    if (e.conflict) out.push(`Event ${e.eventId} (${e.statusRaw ?? e.status ?? 'no status'}) contradicts the final status.`)
  }
  return out
}
