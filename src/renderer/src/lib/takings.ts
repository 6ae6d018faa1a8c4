// Daily takings (reports.takings) as the Reports screen shows them: the table's rows and the
// chart's series, both from the report's decimal text. Pure: locale passed in.
import type { AssetTotal, DailyTakings, FiatTotal, TakingsReport } from '../../../shared/contract'
import { addDecimals, formatCrypto, formatFiat } from '../../../shared/money'
import { usdCharged } from './shift'

/**
 * What the chart draws. `usd` (the default): USD charged through Mesh per day, stacked by the
 * currency the sale was rung up in — every bar is in one unit, so the stack adds up to the day's
 * USD charged. `asset`: crypto received of one asset per day, stacked by network (one unit
 * again). Different assets are never stacked together: BTC and USDC do not add up.
 */
export type TakingsView = { kind: 'usd' } | { kind: 'asset'; asset: string }

export const viewKey = (v: TakingsView): string => (v.kind === 'usd' ? 'usd' : `asset:${v.asset}`)

export function parseViewKey(key: string): TakingsView {
  return key.startsWith('asset:') ? { kind: 'asset', asset: key.slice(6) } : { kind: 'usd' }
}

/** The views a report offers: USD charged, then one per asset received. */
export function takingsViews(r: TakingsReport): TakingsView[] {
  return [{ kind: 'usd' }, ...[...new Set(assetColumns(r).map((c) => c.asset))].map((asset): TakingsView => ({ kind: 'asset', asset }))]
}

export function viewLabel(v: TakingsView): string {
  return v.kind === 'usd' ? 'USD charged, by sale currency' : `${v.asset} received, by network`
}

/** "Tue, 20 May" for a YYYY-MM-DD date, in the merchant's locale (the date itself, no zone shift). */
export function dayLabel(date: string, locale: string | undefined, style: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return date
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const opts: Intl.DateTimeFormatOptions = style === 'short' ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(locale, opts).format(utc)
}

export interface AssetColumn {
  key: string
  asset: string
  network: string | null
  label: string
}

const assetKey = (a: Pick<AssetTotal, 'asset' | 'network'>) => (a.network ? `${a.asset}/${a.network}` : a.asset)

/** One column per asset and network: the report's totals first (its order), then any other a day holds. */
export function assetColumns(r: TakingsReport): AssetColumn[] {
  const seen = new Map<string, AssetColumn>()
  const add = (a: AssetTotal) => {
    const key = assetKey(a)
    if (!seen.has(key)) seen.set(key, { key, asset: a.asset, network: a.network, label: a.network ? `${a.asset} · ${a.network}` : a.asset })
  }
  r.assetTotals.forEach(add)
  for (const d of r.days) d.assetTotals.forEach(add)
  return [...seen.values()]
}

/** Currencies sales were rung up in: the report's totals first, then any other a day holds. */
export function currencies(r: TakingsReport): string[] {
  const out = new Set(r.fiatTotals.map((f) => f.currency))
  for (const d of r.days) for (const f of d.fiatTotals) out.add(f.currency)
  return [...out]
}

function sumFor<T>(list: readonly T[], match: (t: T) => boolean, value: (t: T) => string): string {
  return addDecimals(list.filter(match).map(value).concat('0'))
}

export interface ChartSeries {
  key: string
  label: string
  /** Decimal text per day (oldest first). */
  values: string[]
  /** The same values formatted for the tooltip. */
  formatted: string[]
}

export interface TakingsChartModel {
  view: TakingsView
  dates: string[]
  labels: string[]
  /** The value axis' title. */
  axis: string
  series: ChartSeries[]
  /** Formats a tick value (a drawn Number: display only). */
  unit: { kind: 'fiat'; currency: 'USD' } | { kind: 'crypto'; asset: string }
}

export function takingsChartModel(r: TakingsReport, view: TakingsView, locale: string | undefined): TakingsChartModel {
  const dates = r.days.map((d) => d.date)
  const labels = r.days.map((d) => dayLabel(d.date, locale))
  if (view.kind === 'usd') {
    const series = currencies(r).map((currency): ChartSeries => {
      const values = r.days.map((d) => sumFor(d.fiatTotals, (f) => f.currency === currency, (f) => f.usdAmount))
      return { key: currency, label: currency === 'USD' ? 'Sold in USD' : `Sold in ${currency} (USD charged)`, values, formatted: values.map((v) => formatFiat(v, 'USD', locale)) }
    })
    return { view, dates, labels, axis: 'USD charged', series, unit: { kind: 'fiat', currency: 'USD' } }
  }
  const series = assetColumns(r)
    .filter((c) => c.asset === view.asset)
    .map((c): ChartSeries => {
      const values = r.days.map((d) => sumFor(d.assetTotals, (a) => assetKey(a) === c.key, (a) => a.amount))
      return { key: c.key, label: c.network ?? c.asset, values, formatted: values.map((v) => formatCrypto(v, c.asset, locale)) }
    })
  return { view, dates, labels, axis: `${view.asset} received`, series, unit: { kind: 'crypto', asset: view.asset } }
}

export interface ChartDataset {
  label: string
  data: number[]
  backgroundColor: string
  borderColor: string
  borderWidth: number
  stack: string
}

/** Chart.js data for a model: one stacked dataset per series, coloured from `palette` in turn. */
export function chartData(model: TakingsChartModel, palette: readonly string[], border: string): { labels: string[]; datasets: ChartDataset[] } {
  return {
    labels: model.labels,
    datasets: model.series.map((s, i) => ({
      label: s.label,
      // Number() only for the bar's drawn height: every total and every shown figure stays decimal text.
      data: s.values.map((v) => Number(v)),
      backgroundColor: palette[i % Math.max(1, palette.length)] ?? '#888',
      borderColor: border,
      borderWidth: 1,
      stack: 'takings'
    }))
  }
}

// ---------- table ----------

export interface TakingsRow {
  date: string
  label: string
  count: number
  /** What the sales were rung up in, per currency, formatted ("$12.50", "€3.00"); empty on a zero day. */
  charged: string[]
  /** USD charged through Mesh, formatted. */
  usd: string
  /** Crypto received per asset column key, formatted ("—" for none). */
  assets: Record<string, string>
  /** Refunded sales of the day (left out of the figures above: takings are net), per currency, formatted; empty for none. */
  refunded: string[]
}

function fiatList(totals: readonly FiatTotal[], locale: string | undefined): string[] {
  return totals.filter((f) => f.count > 0 || /[1-9]/.test(f.amount)).map((f) => formatFiat(f.amount, f.currency, locale))
}

function assetCells(totals: readonly AssetTotal[], cols: readonly AssetColumn[], locale: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const c of cols) {
    const t = totals.filter((a) => assetKey(a) === c.key)
    out[c.key] = t.length === 0 ? '—' : formatCrypto(addDecimals(t.map((a) => a.amount)), c.asset, locale)
  }
  return out
}

function rowOf(d: Pick<DailyTakings, 'count' | 'fiatTotals' | 'assetTotals'> & { refundTotals?: readonly FiatTotal[] }, cols: readonly AssetColumn[], locale: string | undefined) {
  return {
    count: d.count,
    charged: fiatList(d.fiatTotals, locale),
    usd: formatFiat(usdCharged(d.fiatTotals), 'USD', locale),
    assets: assetCells(d.assetTotals, cols, locale),
    refunded: (d.refundTotals ?? []).map((f) => `${formatFiat(f.amount, f.currency, locale)} (${f.count})`)
  }
}

/** Whether any sale of the window was refunded (the table then shows a Refunded column). */
export const hasRefunds = (r: TakingsReport): boolean => (r.refundTotals ?? []).length > 0

/** One row per day, oldest first (as the report gives them), every day of the window. */
export function takingsRows(r: TakingsReport, locale: string | undefined): TakingsRow[] {
  const cols = assetColumns(r)
  return r.days.map((d) => ({ date: d.date, label: dayLabel(d.date, locale, 'long'), ...rowOf(d, cols, locale) }))
}

/** The window's totals, as the table's last row. */
export function takingsTotals(r: TakingsReport, locale: string | undefined): Omit<TakingsRow, 'date' | 'label'> {
  return rowOf({ count: r.days.reduce((n, d) => n + d.count, 0), fiatTotals: r.fiatTotals, assetTotals: r.assetTotals, refundTotals: r.refundTotals }, assetColumns(r), locale)
}

/** The chart's accessible name: what it shows and the headline numbers (the table has the rest). */
export function takingsSummary(r: TakingsReport, locale: string | undefined): string {
  const first = r.days[0]
  const last = r.days[r.days.length - 1]
  const span = first && last ? `${dayLabel(first.date, locale, 'long')} to ${dayLabel(last.date, locale, 'long')}` : 'no days'
  const count = r.days.reduce((n, d) => n + d.count, 0)
  if (count === 0) return `Daily takings, ${r.days.length} days (${span}): no paid sales. The table below lists every day.`
  let best: DailyTakings | null = null
  let bestUsd = 0n
  for (const d of r.days) {
    const cents = toCents(usdCharged(d.fiatTotals))
    if (best === null || cents > bestUsd) {
      best = d
      bestUsd = cents
    }
  }
  const total = formatFiat(usdCharged(r.fiatTotals), 'USD', locale)
  const bestText = best ? `; best day ${dayLabel(best.date, locale, 'long')} with ${formatFiat(usdCharged(best.fiatTotals), 'USD', locale)}` : ''
  return `Daily takings, ${r.days.length} days (${span}): ${total} charged over ${count} paid sale${count === 1 ? '' : 's'}${bestText}. The table below has every day's figures.`
}

/** Decimal text to integer cents for comparison (truncates beyond 2 decimals; USD has 2). */
function toCents(v: string): bigint {
  const neg = v.startsWith('-')
  const [i = '0', f = ''] = (neg ? v.slice(1) : v).split('.')
  const n = BigInt(i + f.padEnd(2, '0').slice(0, 2))
  return neg ? -n : n
}
