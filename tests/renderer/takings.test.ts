// Daily takings: the table's rows and totals, the chart's series and Chart.js datasets, the
// chart's accessible name (all from a hand-written report), and the reports slice.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { deliverBatch } from '../../src/renderer/src/live'
import { emptyBatch } from '../../src/renderer/src/lib/batcher'
import {
  assetColumns,
  chartData,
  dayLabel,
  parseViewKey,
  takingsChartModel,
  takingsRows,
  takingsSummary,
  takingsTotals,
  takingsViews,
  viewKey
} from '../../src/renderer/src/lib/takings'
import { TAKINGS_REFRESH_DEBOUNCE_MS } from '../../src/renderer/src/store/reportsSlice'
import { makeStore } from './fakes'
import { sale } from './fixtures'
import { takingsReport } from './shift-fixtures'

const L = 'en-US'

describe('takings table', () => {
  it('has one row per day, oldest first, zero days included, with formatted figures per currency and asset', () => {
    expect(assetColumns(takingsReport()).map((c) => [c.key, c.label])).toEqual([
      ['USDC/Ethereum', 'USDC · Ethereum'],
      ['USDC/Solana', 'USDC · Solana'],
      ['ETH/Base', 'ETH · Base']
    ])
    expect(takingsRows(takingsReport(), L)).toEqual([
      { date: '2025-05-18', label: 'May 18, 2025', count: 0, charged: [], usd: '$0.00', assets: { 'USDC/Ethereum': '—', 'USDC/Solana': '—', 'ETH/Base': '—' }, refunded: [] },
      { date: '2025-05-19', label: 'May 19, 2025', count: 2, charged: ['$20.00'], usd: '$20.00', assets: { 'USDC/Ethereum': '19.98 USDC', 'USDC/Solana': '—', 'ETH/Base': '—' }, refunded: [] },
      {
        date: '2025-05-20',
        label: 'May 20, 2025',
        count: 3,
        charged: ['$5.50', '€10.00'],
        usd: '$16.37',
        assets: { 'USDC/Ethereum': '5.5 USDC', 'USDC/Solana': '5.43 USDC', 'ETH/Base': '0.0017 ETH' },
        refunded: []
      }
    ])
  })

  it('totals the window from the report’s own totals', () => {
    expect(takingsTotals(takingsReport(), L)).toEqual({
      count: 5,
      charged: ['$25.50', '€10.00'],
      usd: '$36.37',
      assets: { 'USDC/Ethereum': '25.48 USDC', 'USDC/Solana': '5.43 USDC', 'ETH/Base': '0.0017 ETH' },
      refunded: []
    })
  })

  it('formats in the merchant locale', () => {
    const rows = takingsRows(takingsReport(), 'de-DE')
    expect(rows[2]).toMatchObject({ label: '20.05.2025', charged: ['5,50\u00a0$', '10,00\u00a0€'], usd: '16,37\u00a0$' })
    expect(rows[2]!.assets['ETH/Base']).toBe('0,0017 ETH')
    expect(dayLabel('2025-05-20', 'de-DE')).toBe('Di., 20. Mai')
  })
})

describe('takings chart', () => {
  it('offers USD charged first, then one view per asset received', () => {
    expect(takingsViews(takingsReport()).map(viewKey)).toEqual(['usd', 'asset:USDC', 'asset:ETH'])
    expect(parseViewKey('asset:ETH')).toEqual({ kind: 'asset', asset: 'ETH' })
    expect(parseViewKey('whatever')).toEqual({ kind: 'usd' })
  })

  it('stacks USD charged per day by sale currency, as decimal text with formatted tooltips', () => {
    const m = takingsChartModel(takingsReport(), { kind: 'usd' }, L)
    expect(m.dates).toEqual(['2025-05-18', '2025-05-19', '2025-05-20'])
    expect(m.labels).toEqual(['Sun, May 18', 'Mon, May 19', 'Tue, May 20'])
    expect(m.axis).toBe('USD charged')
    expect(m.series).toEqual([
      { key: 'USD', label: 'Sold in USD', values: ['0', '20', '5.5'], formatted: ['$0.00', '$20.00', '$5.50'] },
      { key: 'EUR', label: 'Sold in EUR (USD charged)', values: ['0', '0', '10.87'], formatted: ['$0.00', '$0.00', '$10.87'] }
    ])
  })

  it('stacks one asset’s crypto received by network, never two assets together', () => {
    const m = takingsChartModel(takingsReport(), { kind: 'asset', asset: 'USDC' }, L)
    expect(m.axis).toBe('USDC received')
    expect(m.series).toEqual([
      { key: 'USDC/Ethereum', label: 'Ethereum', values: ['0', '19.98', '5.5'], formatted: ['0 USDC', '19.98 USDC', '5.5 USDC'] },
      { key: 'USDC/Solana', label: 'Solana', values: ['0', '0', '5.43'], formatted: ['0 USDC', '0 USDC', '5.43 USDC'] }
    ])
    expect(takingsChartModel(takingsReport(), { kind: 'asset', asset: 'ETH' }, L).series.map((s) => s.values)).toEqual([['0', '0', '0.0017']])
  })

  it('builds Chart.js datasets: one stacked dataset per series, palette colours in turn', () => {
    const data = chartData(takingsChartModel(takingsReport(), { kind: 'usd' }, L), ['#111', '#222'], '#fff')
    expect(data).toEqual({
      labels: ['Sun, May 18', 'Mon, May 19', 'Tue, May 20'],
      datasets: [
        { label: 'Sold in USD', data: [0, 20, 5.5], backgroundColor: '#111', borderColor: '#fff', borderWidth: 1, stack: 'takings' },
        { label: 'Sold in EUR (USD charged)', data: [0, 0, 10.87], backgroundColor: '#222', borderColor: '#fff', borderWidth: 1, stack: 'takings' }
      ]
    })
    const three = chartData(takingsChartModel(takingsReport(), { kind: 'usd' }, L), ['#111'], '#fff')
    expect(three.datasets.map((d) => d.backgroundColor)).toEqual(['#111', '#111'])
  })

  it('names the chart with the headline numbers, and says so when nothing was sold', () => {
    expect(takingsSummary(takingsReport(), L)).toBe(
      "Daily takings, 3 days (May 18, 2025 to May 20, 2025): $36.37 charged over 5 paid sales; best day May 19, 2025 with $20.00. The table below has every day's figures."
    )
    const empty = { ...takingsReport(), days: takingsReport().days.map((d) => ({ ...d, count: 0, fiatTotals: [], assetTotals: [] })), fiatTotals: [], assetTotals: [] }
    expect(takingsSummary(empty, L)).toBe('Daily takings, 3 days (May 18, 2025 to May 20, 2025): no paid sales. The table below lists every day.')
    expect(takingsChartModel(empty, { kind: 'usd' }, L).series).toEqual([])
  })
})

describe('reports slice', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks for 30 days in the console’s time zone', async () => {
    const { store, callsOf } = makeStore({ 'reports.takings': () => takingsReport() })
    await store.getState().loadTakings()
    expect(callsOf('reports.takings')).toEqual([{ days: 30, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }])
    expect(store.getState()).toMatchObject({ takingsStatus: 'ready', takingsView: 'usd' })
    expect(store.getState().takings?.days).toHaveLength(3)
  })

  it('shows an error, and keeps a chosen view only while its asset is in the window', async () => {
    let fail = true
    const { store } = makeStore({
      'reports.takings': () => (fail ? { ok: false, error: { code: 'UNKNOWN_COMMAND', message: 'There is no command "reports.takings".' } } : takingsReport())
    })
    await store.getState().loadTakings()
    expect(store.getState()).toMatchObject({ takingsStatus: 'error', takingsError: 'There is no command "reports.takings".' })
    fail = false
    await store.getState().loadTakings()
    store.getState().setTakingsView('asset:ETH')
    await store.getState().loadTakings()
    expect(store.getState().takingsView).toBe('asset:ETH')
    store.getState().setTakingsView('asset:BTC')
    await store.getState().loadTakings()
    expect(store.getState().takingsView).toBe('usd')
  })

  it('reloads once after paid sales arrive while the Reports screen shows, and not for unpaid ones', async () => {
    vi.useFakeTimers()
    const { store, callsOf } = makeStore({ 'reports.takings': () => takingsReport() })
    store.getState().setRoute('#/reports')
    const batch = (state: 'pending' | 'succeeded', id: string) => ({ ...emptyBatch(), sales: [sale({ sessionId: id, state })] })
    deliverBatch(store, batch('pending', 'p'))
    await vi.advanceTimersByTimeAsync(TAKINGS_REFRESH_DEBOUNCE_MS * 2)
    expect(callsOf('reports.takings')).toHaveLength(0)
    deliverBatch(store, batch('succeeded', 'a'))
    deliverBatch(store, batch('succeeded', 'b'))
    await vi.advanceTimersByTimeAsync(TAKINGS_REFRESH_DEBOUNCE_MS)
    expect(callsOf('reports.takings')).toHaveLength(1)
    store.getState().setRoute('#/counter')
    deliverBatch(store, batch('succeeded', 'c'))
    await vi.advanceTimersByTimeAsync(TAKINGS_REFRESH_DEBOUNCE_MS * 2)
    expect(callsOf('reports.takings')).toHaveLength(1)
  })
})
