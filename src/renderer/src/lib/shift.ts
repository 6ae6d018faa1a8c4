// The shift (Z report) as the console shows and exports it: count labels and the CSV/JSON export
// (ISO 8601 times with the zone's offset). Pure (the locale and time zone are passed in).
import type { FiatTotal, SaleView, ShiftCountKey, ShiftReport } from '../../../shared/contract'
import { addDecimals } from '../../../shared/money'
import { isPaidStatus } from '../../../shared/status'
import { csvLine, type CsvValue } from './csv'
import { offsetText, wallClock } from './format'

// ---------- time zone ----------

export { consoleTimeZone, describeTimeZone } from './format'

const pad = (n: number) => String(n).padStart(2, '0')

/** ISO 8601 with the zone's offset, to the second: "2025-05-20T09:00:00+02:00". */
export function isoWithOffset(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(w.offset)}`
}

// ---------- the report ----------

/** The counts a Z report shows, in order. paidAfterEnd is a part of paid, not an extra. */
export const COUNT_ROWS: readonly { key: ShiftCountKey; label: string; hint?: string }[] = [
  { key: 'paid', label: 'Paid' },
  { key: 'paidAfterEnd', label: 'Paid after ending', hint: 'Ended at the counter, but the transfer succeeded anyway. Included in Paid and in the totals.' },
  { key: 'refunded', label: 'Refunded', hint: 'Paid, then refunded by Mesh (or being refunded). Included in Paid, left out of the totals: they are net of refunds.' },
  { key: 'failed', label: 'Failed' },
  { key: 'cancelled', label: 'Cancelled' },
  { key: 'abandoned', label: 'Abandoned' },
  { key: 'expired', label: 'Expired' },
  { key: 'pending', label: 'Still pending' }
]

/** The USD charged through Mesh over every currency (decimal text). */
export function usdCharged(totals: readonly FiatTotal[]): string {
  return addDecimals(totals.map((t) => t.usdAmount).concat('0'))
}

/** Crypto received for a sale (DestinationAmount, else SourceAmount), decimal text or null; a refunded sale's too (it was received, then returned). */
export function receivedAmount(sale: SaleView): string | null {
  // Paid is what Mesh says of the transfer: a sale the counter ended may still have been paid (lateTransfer).
  if (!sale.transfer || !isPaidStatus(sale.transfer.status)) return null
  return sale.transfer.destinationAmount ?? sale.transfer.sourceAmount
}

/** A sale's state for exports: refund_pending / refunded for a refunded sale, paid_after_<reason> for one paid after the counter ended it, else its state. */
export function exportState(s: SaleView): string {
  if (s.refund) return s.refund.status === 'succeeded' ? 'refunded' : 'refund_pending'
  if (s.lateTransfer && s.transfer?.status === 'succeeded' && s.endReason) return `paid_after_${s.endReason}`
  return s.state
}

// ---------- export ----------

/**
 * Columns of the Z report CSV. One table for every record so a spreadsheet can filter by
 * `section`: shift (key/value), count (key, count), fiat (currency totals, net of refunds),
 * paid and refund (gross and refunded per currency, only when something was refunded), asset
 * (crypto totals per asset and network, net), sale (one per sale: key = transactionId, value =
 * state, refunded / refund_pending, or paid_after_<reason> for a sale the counter ended that
 * Mesh paid anyway).
 * Amounts are decimal text, times ISO 8601 with the console's offset.
 */
export const SHIFT_CSV_COLUMNS = ['section', 'key', 'value', 'time', 'currency', 'amount', 'usdAmount', 'asset', 'network', 'cryptoAmount', 'count'] as const
type CsvRecord = Partial<Record<(typeof SHIFT_CSV_COLUMNS)[number], CsvValue>>

export function shiftReportCsvRecords(r: ShiftReport, timeZone: string): CsvRecord[] {
  const at = (ms: number | null) => (ms == null ? null : isoWithOffset(ms, timeZone))
  const out: CsvRecord[] = [
    { section: 'shift', key: 'shiftId', value: r.shift.shiftId },
    { section: 'shift', key: 'openedAt', time: at(r.shift.openedAt) },
    { section: 'shift', key: 'closedAt', time: at(r.shift.closedAt) },
    { section: 'shift', key: 'openedBy', value: r.shift.openedBy },
    { section: 'shift', key: 'generatedAt', time: at(r.generatedAt) },
    { section: 'shift', key: 'timeZone', value: timeZone }
  ]
  for (const c of COUNT_ROWS) out.push({ section: 'count', key: c.key, count: r.counts[c.key] ?? 0 })
  for (const f of r.fiatTotals) out.push({ section: 'fiat', key: f.currency, currency: f.currency, amount: f.amount, usdAmount: f.usdAmount, count: f.count })
  // Only when something was refunded (fiat is then net): the gross and the refunds per currency.
  if ((r.refundTotals?.length ?? 0) > 0) {
    for (const f of r.paidTotals) out.push({ section: 'paid', key: f.currency, currency: f.currency, amount: f.amount, usdAmount: f.usdAmount, count: f.count })
    for (const f of r.refundTotals) out.push({ section: 'refund', key: f.currency, currency: f.currency, amount: f.amount, usdAmount: f.usdAmount, count: f.count })
  }
  for (const a of r.assetTotals) out.push({ section: 'asset', key: a.network ? `${a.asset}/${a.network}` : a.asset, asset: a.asset, network: a.network, cryptoAmount: a.amount, count: a.count })
  for (const s of r.sales) {
    out.push({
      section: 'sale',
      key: s.transactionId,
      // "refunded" / "refund_pending"; a sale the counter ended that Mesh then paid: "paid_after_cancelled" (…_abandoned, …_expired).
      value: exportState(s),
      time: at(s.createdAt),
      currency: s.charge.currency,
      amount: s.charge.amount,
      usdAmount: s.charge.usdAmount,
      asset: s.asset,
      network: s.network,
      cryptoAmount: receivedAmount(s)
    })
  }
  return out
}

/** The Z report as CSV text (CRLF, formula-safe fields: the ledger export's helper). */
export function shiftReportToCsv(r: ShiftReport, timeZone: string): string {
  const lines = [csvLine(SHIFT_CSV_COLUMNS)]
  for (const rec of shiftReportCsvRecords(r, timeZone)) lines.push(csvLine(SHIFT_CSV_COLUMNS.map((c) => rec[c])))
  return lines.join('\r\n') + '\r\n'
}

function saleExport(s: SaleView, timeZone: string) {
  return {
    sessionId: s.sessionId,
    transactionId: s.transactionId,
    createdAt: isoWithOffset(s.createdAt, timeZone),
    state: s.state,
    refund: s.refund ? { status: s.refund.status, at: s.refund.at == null ? null : isoWithOffset(s.refund.at, timeZone), refundAddress: s.refund.refundAddress } : null,
    amount: s.charge.amount,
    currency: s.charge.currency,
    usdAmount: s.charge.usdAmount,
    rate: s.charge.rate,
    asset: s.asset,
    network: s.network,
    received: receivedAmount(s),
    transferId: s.transferId,
    txHash: s.transfer?.txHash ?? null,
    endReason: s.endReason,
    endedAt: s.endedAt == null ? null : isoWithOffset(s.endedAt, timeZone),
    lateTransfer: s.lateTransfer
  }
}

/**
 * The Z report as JSON: the report's own fields with times as ISO 8601 (offset) text and each
 * sale reduced to what bookkeeping needs (no SDK payloads).
 */
export function shiftReportToJson(r: ShiftReport, timeZone: string): string {
  const doc = {
    shiftId: r.shift.shiftId,
    openedAt: isoWithOffset(r.shift.openedAt, timeZone),
    closedAt: r.shift.closedAt == null ? null : isoWithOffset(r.shift.closedAt, timeZone),
    openedBy: r.shift.openedBy,
    generatedAt: isoWithOffset(r.generatedAt, timeZone),
    timeZone,
    counts: Object.fromEntries(COUNT_ROWS.map((c) => [c.key, r.counts[c.key] ?? 0])),
    fiatTotals: r.fiatTotals,
    assetTotals: r.assetTotals,
    paidTotals: r.paidTotals,
    refundTotals: r.refundTotals,
    pending: r.pending.map((s) => saleExport(s, timeZone)),
    sales: r.sales.map((s) => saleExport(s, timeZone))
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

/** "countertop-z-report-20250520-0900.csv": named by when the shift opened (local). */
export function shiftReportFilename(r: ShiftReport, kind: 'csv' | 'json', timeZone: string): string {
  const w = wallClock(r.shift.openedAt, timeZone)
  return `countertop-z-report-${w.year}${pad(w.month)}${pad(w.day)}-${pad(w.hour)}${pad(w.minute)}.${kind}`
}
