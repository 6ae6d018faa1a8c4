// Inspector logic: verdict filters, verdict words, live merge of delivery.recorded events. Pure.
import { REJECTED_VERDICTS, type DeliveriesQuery, type DeliveryFlag, type DeliveryRow, type DeliveryVerdict } from '../../../shared/contract'

export { ANSWER_BUDGET_MS, attemptNote } from '../../../shared/attempts'

/** '' = every delivery; 'rejected' = the ones we refused; otherwise one verdict. */
export type VerdictFilter = '' | 'rejected' | DeliveryVerdict

export const VERDICT_INFO: Record<DeliveryVerdict, { label: string; reason: string; rejected: boolean }> = {
  accepted: { label: 'accepted', reason: 'New event: stored and applied.', rejected: false },
  duplicate: { label: 'duplicate', reason: 'A known EventId delivered again (a retry, a duplicate or a replay): counted, not applied again.', rejected: false },
  uninterpretable: { label: 'uninterpretable', reason: 'Signed and JSON, but not a transfer status we can apply: stored, answered 200.', rejected: false },
  malformed: { label: 'malformed', reason: 'Signed, but the body is not JSON: stored, answered 200.', rejected: false },
  signature_missing: { label: 'signature missing', reason: 'No X-Mesh-Signature-256 header: rejected with 401.', rejected: true },
  signature_invalid: { label: 'signature invalid', reason: 'X-Mesh-Signature-256 does not match the body and our webhook secret: rejected with 401.', rejected: true },
  too_large: { label: 'too large', reason: 'The body is over the size limit: rejected with 413.', rejected: true },
  bad_request: { label: 'bad request', reason: 'Broken HTTP framing (e.g. the connection was cut mid-body): rejected with 400.', rejected: true },
  source_not_allowed: { label: 'source not allowed', reason: 'The IP allowlist is on and the sender is not Mesh’s documented address: rejected with 403.', rejected: true }
}

export const VERDICTS = Object.keys(VERDICT_INFO) as DeliveryVerdict[]


export interface FlagInfo {
  flag: string
  label: string
  /** One sentence: what it means and what was done with the delivery. */
  reason: string
  /** A few words of it, for a table cell. */
  short: string
  tone: 'danger' | 'warning' | 'neutral'
}

export const FLAG_INFO: Record<DeliveryFlag, Omit<FlagInfo, 'flag'>> = {
  ambiguous: {
    label: 'ambiguous',
    reason: 'A field we read (such as TransferStatus) appears twice in the body, so which value Mesh meant is a guess: the event is recorded but not applied. Check the transfer with Mesh.',
    short: 'a field given twice: recorded, not applied',
    tone: 'danger'
  },
  no_tx_hash: {
    label: 'no tx hash',
    reason: 'Succeeded without a TxHash: applied, but there is no on-chain transaction to check it against.',
    short: 'Succeeded without a TxHash',
    tone: 'warning'
  },
  stale: {
    label: 'stale',
    reason: 'Mesh’s SentTimestamp is older than the staleness window (24 h unless configured): possibly a replay of an old delivery. Recorded and applied as usual.',
    short: 'sent long ago: a possible replay',
    tone: 'warning'
  }
}

/** A delivery flag's words; an unknown one (from a newer Countertop) is shown as it is. */
export function flagInfo(flag: string): FlagInfo {
  const known = FLAG_INFO[flag as DeliveryFlag] as Omit<FlagInfo, 'flag'> | undefined
  return { flag, ...(known ?? { label: flag.replace(/_/g, ' '), reason: 'A flag this version of Countertop does not know.', short: 'unknown flag', tone: 'neutral' as const }) }
}

/** The flags of a delivery, in their stored order (none for a row from before flags existed). */
export function deliveryFlags(d: Pick<DeliveryRow, 'flags'>): FlagInfo[] {
  return (d.flags ?? []).map(flagInfo)
}

export const VERDICT_OPTIONS: readonly { value: VerdictFilter; label: string }[] = [
  { value: '', label: 'All verdicts' },
  { value: 'rejected', label: 'Rejected only' },
  ...VERDICTS.map((v) => ({ value: v as VerdictFilter, label: VERDICT_INFO[v].label }))
]

export function verdictInfo(v: string): { label: string; reason: string; rejected: boolean } {
  return VERDICT_INFO[v as DeliveryVerdict] ?? { label: v, reason: 'Unknown verdict.', rejected: false }
}

export function isRejected(v: string): boolean {
  return (REJECTED_VERDICTS as readonly string[]).includes(v)
}

export function toDeliveriesQuery(filter: VerdictFilter, cursor?: string | null, limit = 100): DeliveriesQuery {
  const q: DeliveriesQuery = { limit }
  if (filter === 'rejected') q.rejected = true
  else if (filter) q.verdict = filter
  if (cursor) q.cursor = cursor
  return q
}

export function matchesVerdict(d: DeliveryRow, filter: VerdictFilter): boolean {
  if (!filter) return true
  if (filter === 'rejected') return isRejected(d.verdict)
  return d.verdict === filter
}

/**
 * Adds live deliveries to a newest-first list: known ids are replaced (e.g. answerMs measured
 * later), new matching ones inserted by id descending; the list is capped at `cap` rows.
 * Returns the same array when nothing changed.
 */
export function mergeDeliveries(list: readonly DeliveryRow[], incoming: readonly DeliveryRow[], filter: VerdictFilter, cap = 5000): { items: DeliveryRow[]; added: number } {
  if (incoming.length === 0) return { items: list as DeliveryRow[], added: 0 }
  const byId = new Map<number, DeliveryRow>()
  for (const d of list) byId.set(d.id, d)
  let added = 0
  let changed = false
  for (const d of incoming) {
    if (!matchesVerdict(d, filter)) continue
    if (!byId.has(d.id)) added++
    byId.set(d.id, d)
    changed = true
  }
  if (!changed) return { items: list as DeliveryRow[], added: 0 }
  const items = [...byId.values()].sort((a, b) => b.id - a.id).slice(0, cap)
  return { items, added }
}

/** Parses a delivery body as JSON; null when it is not. */
export function parseBody(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body)
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The ids an (unverified) body claims: useful to place a rejected delivery next to its transfer. */
export function claimedIds(d: Pick<DeliveryRow, 'body'>): { eventId: string | null; transferId: string | null; deliveryId: string | null; status: string | null } {
  const b = parseBody(d.body)
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  return { eventId: str(b?.EventId), transferId: str(b?.TransferId), deliveryId: str(b?.Id), status: str(b?.TransferStatus) }
}
