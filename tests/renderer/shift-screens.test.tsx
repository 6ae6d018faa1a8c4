// The Shift and Reports screens rendered to markup (as React would) from hand-written reports:
// what the Z report shows, the dialog's roles, and each screen's states.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DialogPanel } from '../../src/renderer/src/features/shift/Dialog'
import { ReportsScreen } from '../../src/renderer/src/features/reports/ReportsScreen'
import { ShiftReportView } from '../../src/renderer/src/features/shift/ShiftReportView'
import { ShiftScreen } from '../../src/renderer/src/features/shift/ShiftScreen'
import type { AppStore } from '../../src/renderer/src/store'
import { StoreProvider } from '../../src/renderer/src/store/react'
import { makeStore } from './fakes'
import { closedReport, openReport, takingsReport } from './shift-fixtures'

/** Visible text of some markup, tags dropped, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim()

/** The text of the element carrying `attr` (first match), e.g. data-count="paid". */
function cell(html: string, attr: string): string {
  const i = html.indexOf(attr)
  if (i < 0) throw new Error(`no ${attr} in markup`)
  const start = html.lastIndexOf('<', i)
  const tag = /^<(\w+)/.exec(html.slice(start))![1]!
  const end = html.indexOf(`</${tag}>`, i)
  return text(html.slice(start, end))
}

/** Renders inside the store, with the merchant locale set to en-US (counter settings). */
function render(store: AppStore, node: React.ReactNode): string {
  store.setState({
    settings: {
      mode: 'emulator',
      currency: 'USD',
      locale: 'en-US',
      fxRate: null,
      chargeBlocked: null,
      saleLimit: null,
      shop: { name: '', address: '' },
      paidSound: false,
      notifications: false,
      payouts: [],
      defaultAsset: 'USDC',
      defaultNetwork: 'Ethereum'
    }
  })
  // Server rendering reads zustand's initial state: hand it the state as it is now.
  const now: AppStore = { ...store, getInitialState: () => store.getState() }
  return renderToStaticMarkup(<StoreProvider store={now}>{node}</StoreProvider>)
}

describe('Z report', () => {
  const html = renderToStaticMarkup(<ShiftReportView report={closedReport()} locale="en-US" timeZone="Europe/Berlin" variant="final" />)

  it('shows the shift’s times (the console’s one format, in its zone), who opened it and when the report was made', () => {
    expect(cell(html, 'data-testid="opened-at"')).toBe('2025-05-20 09:00:00')
    expect(cell(html, 'data-testid="closed-at"')).toBe('2025-05-20 17:30:00')
    expect(text(html)).toContain('Opened by Ana')
    expect(text(html)).toContain('Report made 2025-05-20 17:30:01')
    expect(text(html)).toContain('Time zone Europe/Berlin (UTC+02:00)')
  })

  it('shows every count', () => {
    expect(cell(html, 'data-count="paid"')).toBe('Paid 3')
    expect(cell(html, 'data-count="paidAfterEnd"')).toBe('Paid after ending 1')
    expect(cell(html, 'data-count="failed"')).toBe('Failed 1')
    expect(cell(html, 'data-count="cancelled"')).toBe('Cancelled 1')
    expect(cell(html, 'data-count="abandoned"')).toBe('Abandoned 0')
    expect(cell(html, 'data-count="expired"')).toBe('Expired 0')
    expect(cell(html, 'data-count="pending"')).toBe('Still pending 1')
    expect(text(html)).toContain('Included in Paid and in the totals')
  })

  it('shows the totals per currency with the USD charged, and the crypto received per asset and network', () => {
    expect(cell(html, 'data-currency="USD"')).toBe('USD 2 $25.00 $25.00')
    expect(cell(html, 'data-currency="EUR"')).toBe('EUR 1 €10.00 $10.87')
    expect(cell(html, 'data-testid="usd-total"')).toBe('$35.87')
    expect(text(html)).toContain('All currencies 3 $35.87')
    expect(cell(html, 'data-asset="USDC"')).toBe('USDC Ethereum 2 24.95 USDC')
    expect(cell(html, 'data-asset="ETH"')).toBe('ETH Base 1 0.0031 ETH')
  })

  it('lists the pending sale and every sale, a sale paid after the counter ended it marked so', () => {
    const pending = html.slice(html.indexOf('aria-label="Pending sales"'), html.indexOf('</table>', html.indexOf('aria-label="Pending sales"')))
    expect(text(pending)).toContain('2025-05-20 17:20:00 $7.25 $7.25 USDC · Ethereum — Pending')
    expect(text(html)).toContain('All 6 sales of this shift')
    expect(cell(html, 'data-session="s2"')).toBe('2025-05-20 10:00:00 $12.50 $12.50 USDC · Ethereum 12.5 USDC Paid after cancel')
    expect(cell(html, 'data-session="s3"')).toBe('2025-05-20 11:30:00 €10.00 $10.87 ETH · Base 0.0031 ETH Succeeded')
    expect(cell(html, 'data-session="s4"')).toBe('2025-05-20 12:00:00 $3.00 $3.00 USDC · Ethereum — Failed')
  })

  it('says so when a live shift has sold nothing yet', () => {
    const live = text(renderToStaticMarkup(<ShiftReportView report={openReport()} locale="en-US" timeZone="UTC" variant="live" />))
    expect(live).toContain('No paid sales yet.')
    expect(live).toContain('Nothing received yet.')
    expect(live).toContain('No sale is waiting for payment.')
    expect(live).not.toContain('Closed')
  })
})

describe('dialog markup', () => {
  it('is a labelled, described modal dialog', () => {
    const html = renderToStaticMarkup(<DialogPanel title="Close this shift?" titleId="t1" descriptionId="d1" description={<p>It ends now.</p>} actions={<button type="button">Keep it open</button>} />)
    expect(html).toMatch(/^<div class="dialog card" role="dialog" aria-modal="true" aria-labelledby="t1" aria-describedby="d1" tabindex="-1">/)
    expect(html).toContain('<h2 id="t1">Close this shift?</h2>')
    expect(html).toContain('<div id="d1" class="dialog-description"><p>It ends now.</p></div>')
  })
})

describe('Shift screen states', () => {
  it('offers to open a shift, with an optional name, when none is open', async () => {
    const { store } = makeStore({ 'shifts.current': () => null, 'shifts.list': () => [] })
    await store.getState().loadShift()
    const t = text(render(store, <ShiftScreen />))
    expect(t).toContain('No shift is open')
    expect(t).toContain('Your name (optional)')
    expect(t).toContain('Open shift')
    expect(t).toContain('No closed shifts yet')
    expect(t).toContain(`Times in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`)
  })

  it('shows the open shift live with "Close shift…"', async () => {
    const { store } = makeStore({ 'shifts.current': () => openReport({ counts: { ...openReport().counts, paid: 4 } }), 'shifts.list': () => [] })
    await store.getState().loadShift()
    const html = render(store, <ShiftScreen />)
    expect(text(html)).toContain('Shift open live')
    expect(text(html)).toContain('Close shift…')
    expect(cell(html, 'data-count="paid"')).toBe('Paid 4')
    expect(html).not.toContain('Open shift</button>')
  })

  it('shows the Z report with Print and both exports once closed, and the closed shifts with a button each', async () => {
    const z = closedReport()
    const { store } = makeStore({ 'shifts.current': () => openReport(), 'shifts.list': () => [z.shift], 'shifts.close': () => z })
    await store.getState().loadShift()
    await store.getState().closeShift()
    const html = render(store, <ShiftScreen />)
    const t = text(html)
    expect(t).toContain('Z report Print Export CSV Export JSON Back to shift')
    expect(html).toContain('class="card z-report"')
    expect(html).toMatch(/<tr data-shift="sh_1" class="is-current">/)
    expect(html).toMatch(/aria-label="Open the Z report of the shift opened [^"]+"/)
    expect(t).not.toContain('No shift is open')
  })

  it('shows an error with a retry when the shift cannot be loaded', async () => {
    const { store } = makeStore({
      'shifts.current': () => ({ ok: false, error: { code: 'UNKNOWN_COMMAND', message: 'There is no command "shifts.current".' } }),
      'shifts.list': () => []
    })
    await store.getState().loadShift()
    const t = text(render(store, <ShiftScreen />))
    expect(t).toContain('Could not load the shift There is no command "shifts.current". Try again')
  })
})

describe('Reports screen', () => {
  it('draws the chart as a named image and lists every day in the table with totals', async () => {
    const { store } = makeStore({ 'reports.takings': () => takingsReport() })
    await store.getState().loadTakings()
    const html = render(store, <ReportsScreen />)
    expect(html).toMatch(/<canvas role="img" aria-label="Daily takings, 3 days \(May 18, 2025 to May 20, 2025\): \$36\.37 charged over 5 paid sales;[^"]*" aria-describedby="takings-chart-note"/)
    expect(cell(html, 'data-date="2025-05-18"')).toBe('May 18, 2025 0 — — — — —')
    expect(cell(html, 'data-date="2025-05-20"')).toBe('May 20, 2025 3 $5.50 · €10.00 $16.37 5.5 USDC 5.43 USDC 0.0017 ETH')
    expect(cell(html, 'data-date="total"')).toBe('Total, 3 days 5 $25.50 · €10.00 $36.37 25.48 USDC 5.43 USDC 0.0017 ETH')
    expect(text(html)).toContain('USD charged, by sale currency')
  })

  it('shows the error when the takings cannot be loaded', async () => {
    const { store } = makeStore({ 'reports.takings': () => ({ ok: false, error: { code: 'INTERNAL', message: 'Try again.' } }) })
    await store.getState().loadTakings()
    expect(text(render(store, <ReportsScreen />))).toContain('Could not load the takings Try again.')
  })
})
