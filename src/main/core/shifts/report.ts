// The Z report of a shift and the takings by day: pure, from sales already read. Every sum is
// decimal text added as scaled bigints (addDecimals), never a binary float.
//
// Paid means Mesh's webhook said the sale's transfer succeeded. That includes sales the counter
// had ended (cancelled, abandoned, expired) whose transfer succeeded anyway: the money arrived,
// so they are in the paid count and totals, and counted again in paidAfterEnd (a subset of
// paid). Every sale is in exactly one of paid, failed, abandoned, cancelled, expired, pending.
// A paid sale Mesh then refunded (RefundPending or RefundSucceeded) stays paid and is counted
// again in refunded (another subset of paid); the totals are net: a refund is money returned, so
// fiatTotals and assetTotals (and the takings) leave refunded sales out; refundTotals has them
// and paidTotals the gross.
import type { AssetTotal, DailyTakings, FiatTotal, SaleState, SaleView, ShiftCountKey, ShiftReport, ShiftView, TakingsReport } from '../../../shared/contract'
import { addDecimals, isDecimalString } from '../../../shared/money'
import { isPaidStatus, isRefundStatus } from '../../../shared/status'
import type { PaidSaleRecord } from '../store/shifts'
import type { LocalDay } from './days'

/** One paid sale as the totals see it. */
export interface PaidItem {
  currency: string
  /** What the counter charged, decimal text. */
  amount: string
  /** The USD Mesh was asked to charge, decimal text. */
  usdAmount: string
  asset: string
  network: string | null
  /** Crypto received (DestinationAmount, else SourceAmount); null when Mesh gave neither. */
  received: string | null
  /** Mesh refunded the payment or is refunding it: out of the net totals. */
  refunded: boolean
}

export type SaleBucket = Exclude<ShiftCountKey, 'paidAfterEnd' | 'refunded'>

const ENDED: ReadonlySet<SaleState> = new Set<SaleState>(['cancelled', 'abandoned', 'expired'])

type SaleFacts = Pick<SaleView, 'state' | 'endReason'> & { transfer: Pick<NonNullable<SaleView['transfer']>, 'status'> | null }

/** The payment arrived: succeeded, later refunded or not. */
export function isPaid(sale: Pick<SaleFacts, 'transfer'>): boolean {
  return isPaidStatus(sale.transfer?.status)
}

/** The counter ended the sale before Mesh settled it (by its end reason, or a state that says so). */
export function endedByCounter(sale: Pick<SaleFacts, 'state' | 'endReason'>): boolean {
  return sale.endReason !== null || ENDED.has(sale.state)
}

/** Which count a sale falls in (a paid one may also count as paidAfterEnd). */
export function saleBucket(sale: SaleFacts): SaleBucket {
  if (isPaid(sale)) return 'paid'
  if (sale.state === 'failed') return 'failed'
  if (ENDED.has(sale.state)) return sale.state as SaleBucket
  if (sale.endReason !== null) return sale.endReason
  return 'pending'
}

/** What a paid sale adds to the totals, from its SaleView. */
export function paidItemFromSale(v: SaleView): PaidItem {
  const t = v.transfer
  return {
    currency: v.charge.currency,
    amount: v.charge.amount,
    usdAmount: v.charge.usdAmount,
    asset: (t?.token ?? v.asset).toUpperCase(),
    network: t?.chain ?? v.network,
    received: t?.destinationAmount ?? t?.sourceAmount ?? null,
    refunded: isRefundStatus(t?.status)
  }
}

/** The same, from the takings query's row. */
export function paidItemFromRecord(r: PaidSaleRecord): PaidItem {
  return {
    currency: r.currency,
    amount: r.amount,
    usdAmount: r.usd_amount,
    asset: (r.token ?? r.asset).toUpperCase(),
    network: r.chain ?? r.network,
    received: r.destination_amount ?? r.source_amount,
    refunded: isRefundStatus(r.status)
  }
}

const sum = (values: string[]) => addDecimals(values.filter(isDecimalString))
/** Byte-order comparison of text, null last. */
const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)

function groupBy<K>(items: readonly PaidItem[], key: (it: PaidItem) => K): PaidItem[][] {
  const groups = new Map<K, PaidItem[]>()
  for (const it of items) {
    const k = key(it)
    const g = groups.get(k)
    if (g) g.push(it)
    else groups.set(k, [it])
  }
  return [...groups.values()]
}

/** Count and totals per currency and per asset + network, each list in a stable order. */
export function summarize(items: readonly PaidItem[]): { count: number; fiatTotals: FiatTotal[]; assetTotals: AssetTotal[] } {
  const fiatTotals = groupBy(items, (it) => it.currency)
    .map((g) => ({ currency: g[0]!.currency, amount: sum(g.map((x) => x.amount)), usdAmount: sum(g.map((x) => x.usdAmount)), count: g.length }))
    .sort((a, b) => cmp(a.currency, b.currency))
  const assetTotals = groupBy(items, (it) => JSON.stringify([it.asset, it.network]))
    .map((g) => ({ asset: g[0]!.asset, network: g[0]!.network, amount: sum(g.flatMap((x) => (x.received === null ? [] : [x.received]))), count: g.length }))
    .sort((a, b) => cmp(a.asset, b.asset) || cmp(a.network, b.network))
  return { count: items.length, fiatTotals, assetTotals }
}

const newestFirst = (a: SaleView, b: SaleView) => b.createdAt - a.createdAt || cmp(b.sessionId, a.sessionId)

/** A shift's report from every sale created in it. */
export function buildShiftReport(shift: ShiftView, sales: readonly SaleView[], generatedAt: number): ShiftReport {
  const counts: Record<ShiftCountKey, number> = { paid: 0, failed: 0, abandoned: 0, cancelled: 0, expired: 0, pending: 0, paidAfterEnd: 0, refunded: 0 }
  const paid: PaidItem[] = []
  const sorted = [...sales].sort(newestFirst)
  const pending: SaleView[] = []
  for (const s of sorted) {
    const bucket = saleBucket(s)
    counts[bucket]++
    if (bucket === 'paid') {
      const item = paidItemFromSale(s)
      paid.push(item)
      if (endedByCounter(s)) counts.paidAfterEnd++
      if (item.refunded) counts.refunded++
    } else if (bucket === 'pending') pending.push(s)
  }
  const { fiatTotals, assetTotals } = summarize(paid.filter((p) => !p.refunded))
  const paidTotals = summarize(paid).fiatTotals
  const refundTotals = summarize(paid.filter((p) => p.refunded)).fiatTotals
  return { shift, counts, fiatTotals, assetTotals, paidTotals, refundTotals, pending, sales: sorted, generatedAt }
}

/** Net takings (paid, not refunded) and the refunds, of some paid items. */
function netOf(items: readonly PaidItem[]): { count: number; fiatTotals: FiatTotal[]; assetTotals: AssetTotal[]; refundTotals: FiatTotal[] } {
  const net = summarize(items.filter((p) => !p.refunded))
  return { ...net, refundTotals: summarize(items.filter((p) => p.refunded)).fiatTotals }
}

/** Takings per local day (every day of `days`, zero days included) and over the whole window; net of refunds, a refund on the day of its sale. */
export function buildTakings(timeZone: string, days: readonly LocalDay[], paid: readonly (PaidItem & { createdAt: number })[]): TakingsReport {
  const perDay: PaidItem[][] = days.map(() => [])
  const inWindow: PaidItem[] = []
  for (const p of paid) {
    // The last day starting at or before the sale; days are contiguous and oldest first.
    let lo = 0
    let hi = days.length - 1
    if (days.length === 0 || p.createdAt < days[0]!.start || p.createdAt >= days[hi]!.end) continue
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (days[mid]!.start <= p.createdAt) lo = mid
      else hi = mid - 1
    }
    perDay[lo]!.push(p)
    inWindow.push(p)
  }
  const out: DailyTakings[] = days.map((d, i) => {
    const s = netOf(perDay[i]!)
    return { date: d.date, count: s.count, fiatTotals: s.fiatTotals, assetTotals: s.assetTotals, refundTotals: s.refundTotals }
  })
  const all = netOf(inWindow)
  return { timeZone, days: out, fiatTotals: all.fiatTotals, assetTotals: all.assetTotals, refundTotals: all.refundTotals }
}
