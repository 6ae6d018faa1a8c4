// The ledger's filters, its query, and how live transfer updates merge into a loaded page
// while keeping the server's sort order (firstSeenAt DESC, transferId DESC) and its filters.
import type { LedgerQuery, SaleCharge, TransferRow } from '../../../shared/contract'
import { statusWord } from '../../../shared/status'
import { dateInputToEndMs, dateInputToMs } from './format'

export interface LedgerFilter {
  /** '' = any status; otherwise a lower-cased status. */
  status: string
  /** "YYYY-MM-DD" or '' (local days, inclusive). */
  from: string
  to: string
  /** TransferId, TransactionId or TxHash: exact, or a prefix of at least 6 characters. */
  search: string
  includeTests: boolean
}

export const EMPTY_FILTER: LedgerFilter = { status: '', from: '', to: '', search: '', includeTests: false }

/** The status filter: every status of the lifecycle, in its order, in the badges' words (statusWord). */
export const STATUS_OPTIONS: readonly { value: string; label: string }[] = [
  { value: '', label: 'All statuses' },
  ...['pending', 'succeeded', 'failed', 'refundpending', 'refundsucceeded'].map((value) => ({ value, label: statusWord(value) }))
]

export const PAGE_SIZE = 100

/** The ledger.list arguments for a filter. */
export function toLedgerQuery(f: LedgerFilter, cursor?: string | null, limit = PAGE_SIZE): LedgerQuery {
  const q: LedgerQuery = { limit, includeTests: f.includeTests }
  if (f.status) q.status = f.status
  const from = dateInputToMs(f.from)
  const to = dateInputToEndMs(f.to)
  if (from != null) q.from = from
  if (to != null) q.to = to
  const search = f.search.trim()
  if (search) q.search = search
  if (cursor) q.cursor = cursor
  return q
}

/** Same order as the server: newest first, ties by TransferId descending. Negative = a before b. */
export function compareRows(a: TransferRow, b: TransferRow): number {
  if (a.firstSeenAt !== b.firstSeenAt) return b.firstSeenAt - a.firstSeenAt
  return a.transferId < b.transferId ? 1 : a.transferId > b.transferId ? -1 : 0
}

function idMatches(value: string | null, search: string): boolean {
  if (!value) return false
  return search.length >= 6 ? value.startsWith(search) : value === search
}

/** Does a row belong in the ledger under this filter? Mirrors the server's ledger.list. */
export function matchesFilter(row: TransferRow, f: LedgerFilter): boolean {
  if (!f.includeTests && row.isTest) return false
  if (f.status && row.status !== f.status.toLowerCase()) return false
  const from = dateInputToMs(f.from)
  const to = dateInputToEndMs(f.to)
  if (from != null && row.firstSeenAt < from) return false
  if (to != null && row.firstSeenAt >= to) return false
  const s = f.search.trim()
  if (s && !(idMatches(row.transferId, s) || idMatches(row.transactionId, s) || idMatches(row.txHash, s))) return false
  return true
}

export interface LedgerPage {
  rows: TransferRow[]
  total: number
  /** Null when every matching row is loaded. */
  nextCursor: string | null
}

/** The latest version of each transfer in a batch (by updatedAt; later in the batch wins ties). */
export function latestPerTransfer(batch: readonly TransferRow[]): TransferRow[] {
  const byId = new Map<string, TransferRow>()
  for (const r of batch) {
    const cur = byId.get(r.transferId)
    if (!cur || r.updatedAt >= cur.updatedAt) byId.set(r.transferId, r)
  }
  return [...byId.values()]
}

/** Index where `row` goes in sorted `rows` (binary search). */
export function insertionIndex(rows: readonly TransferRow[], row: TransferRow): number {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareRows(rows[mid]!, row) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The charge of a sale the console already knows, by sessionId (live rows carry none). */
export type ChargeOf = (sessionId: string) => SaleCharge | undefined

/**
 * A live row carries no charge (`charge` absent): keep the one the loaded row had, else take
 * the charge of its sale when the console knows it. A row that says (even null) wins.
 */
export function withKnownCharge(u: TransferRow, cur: TransferRow | undefined, chargeOf?: ChargeOf): TransferRow {
  if (u.charge !== undefined) return u
  if (cur && cur.charge !== undefined) return { ...u, charge: cur.charge }
  const known = u.sessionId && chargeOf ? chargeOf(u.sessionId) : undefined
  return known ? { ...u, charge: known } : u
}

/**
 * Applies live updates to a loaded page. Known rows are replaced (or dropped when they no
 * longer match the filter), keeping their charge; unknown matching rows are inserted in order
 * when they fall inside the loaded range (beyond it, paging will bring them). Stale updates
 * (older updatedAt) are ignored. Returns the same object when nothing changed.
 */
export function mergeTransferUpdates(page: LedgerPage, updates: readonly TransferRow[], f: LedgerFilter, chargeOf?: ChargeOf): LedgerPage {
  if (updates.length === 0) return page
  let rows: TransferRow[] | null = null
  let total = page.total
  const work = () => (rows ??= page.rows.slice())
  for (const live of latestPerTransfer(updates)) {
    const list = rows ?? page.rows
    const idx = list.findIndex((r) => r.transferId === live.transferId)
    const matches = matchesFilter(live, f)
    if (idx >= 0) {
      const cur = list[idx]!
      if (cur.updatedAt > live.updatedAt) continue
      const u = withKnownCharge(live, cur, chargeOf)
      const w = work()
      w.splice(idx, 1)
      if (matches) w.splice(insertionIndex(w, u), 0, u)
      else total = Math.max(0, total - 1)
      continue
    }
    if (!matches) continue
    const last = list[list.length - 1]
    const inRange = page.nextCursor === null || (last !== undefined && compareRows(live, last) < 0)
    if (!inRange) continue
    const u = withKnownCharge(live, undefined, chargeOf)
    const w = work()
    w.splice(insertionIndex(w, u), 0, u)
    total += 1
  }
  if (rows === null && total === page.total) return page
  return { rows: rows ?? page.rows, total, nextCursor: page.nextCursor }
}

/** Appends a next page, skipping rows already present (a live insert may have brought them). */
export function appendPage(page: LedgerPage, next: { items: readonly TransferRow[]; total: number; nextCursor: string | null }): LedgerPage {
  const seen = new Set(page.rows.map((r) => r.transferId))
  const rows = page.rows.concat(next.items.filter((r) => !seen.has(r.transferId)))
  return { rows, total: next.total, nextCursor: next.nextCursor }
}
