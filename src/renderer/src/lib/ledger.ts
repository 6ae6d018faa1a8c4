// The ledger's filters, its query, and how live transfer updates merge into a loaded page
// while keeping the server's sort order (firstSeenAt DESC, transferId DESC) and its filters.
import { compareDecimals } from '../../../shared/charge'
import type { LedgerQuery, SaleCharge, TransferRow } from '../../../shared/contract'
import { isDecimalString } from '../../../shared/money'
import { idMatchesSearch } from '../../../shared/search'
import { statusWord } from '../../../shared/status'
import { dateInputToEndMs, dateInputToMs } from './format'

export interface LedgerFilter {
  /** '' = any status; otherwise a lower-cased status. */
  status: string
  /** "YYYY-MM-DD" or '' (local days, inclusive). */
  from: string
  to: string
  /** TransferId, TransactionId or TxHash: exact, or a prefix of at least 6 characters, in any letter case. */
  search: string
  /**
   * Amount range, inclusive, as plain decimal text ('' = open): matches the crypto sent or
   * received or the fiat the sale charged. The same value in both = that exact amount.
   */
  amountMin: string
  amountMax: string
  includeTests: boolean
}

export const EMPTY_FILTER: LedgerFilter = { status: '', from: '', to: '', search: '', amountMin: '', amountMax: '', includeTests: false }

export function sameFilter(a: LedgerFilter, b: LedgerFilter): boolean {
  return (
    a.status === b.status &&
    a.from === b.from &&
    a.to === b.to &&
    a.search.trim() === b.search.trim() &&
    a.amountMin === b.amountMin &&
    a.amountMax === b.amountMax &&
    a.includeTests === b.includeTests
  )
}

/** Is any filter other than the default on? */
export function isFiltered(f: LedgerFilter): boolean {
  return !sameFilter(f, EMPTY_FILTER)
}

/** A valid "YYYY-MM-DD" day (an <input type=date> value): a real calendar day. */
export function isDateInput(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** Plain decimal text the contract's amountMin/amountMax accept: up to 15 digits, up to 18 decimals. */
export function isAmountText(v: string): boolean {
  return /^\d{1,15}(\.\d{1,18})?$/.test(v)
}

export type AmountParse = { ok: true; value: string } | { ok: false; error: string }

/** The locale's decimal separator ("." or ","). */
function decimalSeparator(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  } catch {
    return '.'
  }
}

/**
 * Reads an amount typed into the Ledger's amount range: digits with a decimal point ("12.50"),
 * or the locale's decimal comma ("12,50" in de-DE); no thousands separators, no sign, no unit.
 * '' is an open bound. Answers plain decimal text ("12.50", as typed but without leading zeros).
 */
export function parseAmountFilter(text: string, locale: string): AmountParse {
  const t = text.replace(/[\s\u00a0\u202f]/g, '')
  if (t === '') return { ok: true, value: '' }
  if (/^[-−]/.test(t)) return { ok: false, error: 'Amounts are never negative: type a number such as 12.50.' }
  const comma = decimalSeparator(locale) === ','
  const seps = t.replace(/[0-9]/g, '')
  if (/[^.,]/.test(seps)) return { ok: false, error: 'Type digits only, such as 12.50 (no currency or asset).' }
  if (seps.length > 1 || (seps === ',' && !comma)) {
    return { ok: false, error: `Type the amount without thousands separators, with ${comma ? 'a decimal comma or point' : 'a decimal point'}: 1234${comma ? ',' : '.'}50.` }
  }
  const [whole = '', frac = ''] = t.split(/[.,]/)
  if (whole === '' && frac === '') return { ok: false, error: 'Type a number such as 12.50.' }
  const int = whole.replace(/^0+(?=\d)/, '') || '0'
  if (int.length > 15) return { ok: false, error: 'That amount is too large: at most 15 digits before the decimal point.' }
  if (frac.length > 18) return { ok: false, error: 'At most 18 decimals.' }
  return { ok: true, value: frac ? `${int}.${frac}` : int }
}

/** The problem with a min/max pair ('' when none): both already plain decimal text or ''. */
export function amountRangeProblem(min: string, max: string): string {
  return min && max && compareDecimals(min, max) > 0 ? 'The lower bound is above the upper one: swap them.' : ''
}

/** The status filter: every status of the lifecycle, in its order, in the badges' words (statusWord). */
export const STATUS_OPTIONS: readonly { value: string; label: string }[] = [
  { value: '', label: 'All statuses' },
  ...['pending', 'succeeded', 'failed', 'refundpending', 'refundsucceeded'].map((value) => ({ value, label: statusWord(value) }))
]

export const PAGE_SIZE = 100

/** The filters that are on, in words (the empty state names them): ["status Failed", "search “0xabc”", …]. */
export function describeLedgerFilter(f: LedgerFilter): string[] {
  const out: string[] = []
  if (f.status) out.push(`status ${STATUS_OPTIONS.find((o) => o.value === f.status)?.label ?? f.status}`)
  const search = f.search.trim()
  if (search) out.push(`search “${search}”`)
  if (f.from && f.to) out.push(f.from === f.to ? `first seen on ${f.from}` : `first seen ${f.from} to ${f.to}`)
  else if (f.from) out.push(`first seen on or after ${f.from}`)
  else if (f.to) out.push(`first seen on or before ${f.to}`)
  if (f.amountMin && f.amountMax) out.push(compareDecimals(f.amountMin, f.amountMax) === 0 ? `amount exactly ${f.amountMin}` : `amount ${f.amountMin} to ${f.amountMax}`)
  else if (f.amountMin) out.push(`amount ${f.amountMin} or more`)
  else if (f.amountMax) out.push(`amount ${f.amountMax} or less`)
  if (f.includeTests) out.push('test transfers included')
  return out
}

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
  if (f.amountMin) q.amountMin = f.amountMin
  if (f.amountMax) q.amountMax = f.amountMax
  if (cursor) q.cursor = cursor
  return q
}

/** Same order as the server: newest first, ties by TransferId descending. Negative = a before b. */
export function compareRows(a: TransferRow, b: TransferRow): number {
  if (a.firstSeenAt !== b.firstSeenAt) return b.firstSeenAt - a.firstSeenAt
  return a.transferId < b.transferId ? 1 : a.transferId > b.transferId ? -1 : 0
}

/** Is a plain non-negative decimal within [min, max] ('' = open)? */
function amountWithin(v: string | null | undefined, min: string, max: string): boolean {
  if (!v || !isDecimalString(v) || v.startsWith('-')) return false
  return (!min || compareDecimals(v, min) >= 0) && (!max || compareDecimals(v, max) <= 0)
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
  if (s && !(idMatchesSearch(row.transferId, s) || idMatchesSearch(row.transactionId, s) || idMatchesSearch(row.txHash, s))) return false
  if ((f.amountMin || f.amountMax) && ![row.sourceAmount, row.destinationAmount, row.charge?.amount].some((v) => amountWithin(v, f.amountMin, f.amountMax))) return false
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
    if (idx >= 0) {
      const cur = list[idx]!
      if (cur.updatedAt > live.updatedAt) continue
      // Matched with its charge: an amount filter may match the sale's fiat amount.
      const u = withKnownCharge(live, cur, chargeOf)
      const w = work()
      w.splice(idx, 1)
      if (matchesFilter(u, f)) w.splice(insertionIndex(w, u), 0, u)
      else total = Math.max(0, total - 1)
      continue
    }
    const u = withKnownCharge(live, undefined, chargeOf)
    if (!matchesFilter(u, f)) continue
    const last = list[list.length - 1]
    const inRange = page.nextCursor === null || (last !== undefined && compareRows(live, last) < 0)
    if (!inRange) continue
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
