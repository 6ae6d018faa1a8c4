// The Shift and Reports screens in Chromium with the shift and takings commands answered by the
// test (page.route on /api/shifts.* and /api/reports.takings, hand-written reports); everything
// else is the real headless server. Covers what needs a real browser: the dialog's focus trap,
// Escape and focus return, the print stylesheet, the CSV download, the chart's pixels and its
// theme colours, and screenshots at two sizes in both themes (test-results/screens/).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Download, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ShiftReport, ShiftView, TakingsReport } from '../../src/shared/contract'
import { collectErrors, launchChromium, SCREENS, startHeadless, type Headless } from './console-helpers'
import { closedReport, openReport, pendingSale } from '../renderer/shift-fixtures'

const TZ = 'Europe/Berlin'
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
] as const

/** The open shift as the stub answers it: one paid sale so far, one still pending. */
const liveShift = (): ShiftReport =>
  openReport({
    shift: { shiftId: 'sh_live', openedAt: Date.UTC(2025, 4, 20, 7, 0), closedAt: null, openedBy: 'Ana' },
    counts: { paid: 1, failed: 0, abandoned: 0, cancelled: 0, expired: 0, pending: 1, paidAfterEnd: 0, refunded: 0 },
    fiatTotals: [{ currency: 'USD', amount: '12.50', usdAmount: '12.50', count: 1 }],
    assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '12.45', count: 1 }],
    paidTotals: [{ currency: 'USD', amount: '12.50', usdAmount: '12.50', count: 1 }],
    pending: [pendingSale],
    sales: [pendingSale]
  })

/** 30 days ending today in Berlin: nothing on most days, three paid days. */
function takings(): TakingsReport {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(Date.now())
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  const days = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(y, m - 1, d - 29 + i)).toISOString().slice(0, 10))
  const paid: Record<number, TakingsReport['days'][number]> = {
    20: { date: '', count: 2, fiatTotals: [{ currency: 'USD', amount: '20.00', usdAmount: '20.00', count: 2 }], assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '19.98', count: 2 }], refundTotals: [] },
    27: {
      date: '',
      count: 3,
      fiatTotals: [
        { currency: 'USD', amount: '5.50', usdAmount: '5.50', count: 1 },
        { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 2 }
      ],
      assetTotals: [
        { asset: 'USDC', network: 'Ethereum', amount: '5.5', count: 1 },
        { asset: 'USDC', network: 'Solana', amount: '5.43', count: 1 },
        { asset: 'ETH', network: 'Base', amount: '0.0017', count: 1 }
      ],
      refundTotals: []
    },
    29: { date: '', count: 1, fiatTotals: [{ currency: 'USD', amount: '7.25', usdAmount: '7.25', count: 1 }], assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '7.25', count: 1 }], refundTotals: [] }
  }
  return {
    timeZone: TZ,
    days: days.map((date, i) => ({ ...(paid[i] ?? { count: 0, fiatTotals: [], assetTotals: [], refundTotals: [] }), date })),
    fiatTotals: [
      { currency: 'USD', amount: '32.75', usdAmount: '32.75', count: 4 },
      { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 2 }
    ],
    assetTotals: [
      { asset: 'USDC', network: 'Ethereum', amount: '32.73', count: 4 },
      { asset: 'USDC', network: 'Solana', amount: '5.43', count: 1 },
      { asset: 'ETH', network: 'Base', amount: '0.0017', count: 1 }
    ],
    refundTotals: []
  }
}

/** Answers the shift and takings commands like the contract says, with a little state. */
function stub() {
  const s = {
    current: liveShift() as ShiftReport | null,
    closed: [{ shiftId: 'sh_old', openedAt: Date.UTC(2025, 4, 19, 7, 0), closedAt: Date.UTC(2025, 4, 19, 16, 0), openedBy: 'Bo' }] as ShiftView[],
    takingsArgs: [] as unknown[],
    calls: [] as string[]
  }
  const reply = (route: Route, value: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value }) })
  const refuse = (route: Route, code: string, message: string) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code, message } }) })
  const handle = async (route: Route) => {
    const name = new URL(route.request().url()).pathname.replace('/api/', '')
    const args = (route.request().postDataJSON() ?? {}) as Record<string, unknown>
    s.calls.push(name)
    switch (name) {
      case 'shifts.current':
        return reply(route, s.current)
      case 'shifts.list':
        return reply(route, [...(s.current ? [s.current.shift] : []), ...s.closed])
      case 'shifts.open':
        if (s.current) return refuse(route, 'SHIFT_ALREADY_OPEN', 'A shift is already open.')
        s.current = openReport({ shift: { shiftId: 'sh_new', openedAt: Date.now(), closedAt: null, openedBy: (args.openedBy as string) ?? null }, generatedAt: Date.now() })
        return reply(route, s.current)
      case 'shifts.close': {
        if (!s.current) return refuse(route, 'NO_OPEN_SHIFT', 'No shift is open.')
        const z = closedReport()
        s.current = null
        s.closed = [z.shift, ...s.closed]
        return reply(route, z)
      }
      case 'shifts.report': {
        const v = s.closed.find((x) => x.shiftId === args.shiftId)
        if (!v) return refuse(route, 'NOT_FOUND', `No shift ${String(args.shiftId)}.`)
        return reply(route, v.shiftId === 'sh_1' ? closedReport() : openReport({ shift: v, generatedAt: v.closedAt! }))
      }
      case 'reports.takings':
        s.takingsArgs.push(args)
        return reply(route, takings())
      default:
        return route.continue()
    }
  }
  return { s, handle }
}

/** In the page (source text): how many canvas pixels have exactly the colour of a CSS variable (the bars' fill). */
const BAR_PIXELS = `(canvas, cssVar) => {
  const probe = document.createElement('span')
  probe.style.color = 'var(' + cssVar + ')'
  document.body.append(probe)
  const [r, g, b] = getComputedStyle(probe).color.match(/\\d+/g).map(Number)
  probe.remove()
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
  let n = 0
  for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n++
  return { n, rgb: [r, g, b] }
}`

describe('Shift and Reports screens in Chromium (shift and takings commands stubbed)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []
  const st = stub()

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: SIZES[0], locale: 'en-US', timezoneId: TZ, colorScheme: 'light', acceptDownloads: true })
    // window.print() would open a dialog in a headed browser: count the calls instead.
    await context.addInitScript('window.print = () => { window.__printed = (window.__printed || 0) + 1 }')
    await context.route(/\/api\/(shifts\.[a-z]+|reports\.takings)$/, st.handle)
    page = await context.newPage()
    collectErrors(page, errors, 'shift-ui')
    await page.goto(`${h.consoleUrl}#/shift`)
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  // Page code is an expression string: the Node typings of this file have no DOM.
  const focused = () => page.evaluate<string>("(document.activeElement && document.activeElement.textContent || '').trim()")
  /** Screenshots at both sizes in both themes; a dialog is shot as the viewport shows it. */
  const shot = async (name: string, fullPage = true) => {
    for (const size of SIZES) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize(size)
        await page.emulateMedia({ colorScheme: scheme })
        await page.screenshot({ path: join(SCREENS, `${name}-${size.width}x${size.height}-${scheme}.png`), fullPage })
      }
    }
    await page.setViewportSize(SIZES[0])
    await page.emulateMedia({ colorScheme: 'light' })
  }

  it('shows the open shift live and confirms closing in a dialog that traps focus, closes on Escape and returns focus', async () => {
    const live = page.getByRole('region', { name: 'Shift open' })
    await live.waitFor({ timeout: 10_000 })
    expect(await live.locator('[data-count="paid"] dd').textContent()).toBe('1')
    expect(await live.locator('[data-count="pending"] dd').textContent()).toBe('1')
    expect(await live.getByRole('table', { name: 'Totals per currency' }).innerText()).toMatch(/USD\s+1\s+\$12\.50\s+\$12\.50/)
    // The zone once on the screen, with its offset now (the browser's real clock: winter or summer time).
    expect(await page.getByText(/^Times in Europe\/Berlin \(UTC\+0[12]:00\)$/).count()).toBe(1)
    await shot('shift-open')

    const opener = page.getByRole('button', { name: 'Close shift…' })
    await opener.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Close this shift?' })
    await dialog.waitFor()
    expect(await focused()).toBe('Keep it open')
    expect(await page.locator('#root').getAttribute('inert')).toBe('')
    expect(await dialog.innerText()).toMatch(/1 sale is still pending/)
    expect(await dialog.getByRole('table', { name: 'Sales still pending' }).innerText()).toMatch(/\$7\.25/)
    // Tab cycles inside: Keep it open → Close shift → Keep it open; Shift+Tab the other way.
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('Close shift')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('Keep it open')
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe('Close shift')
    await shot('shift-closing-dialog', false)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await focused()).toBe('Close shift…')
    expect(await page.locator('#root').getAttribute('inert')).toBeNull()
    expect(st.s.calls).not.toContain('shifts.close')
    expect(errors).toEqual([])
  })

  it('closes the shift by keyboard and shows the Z report; prints only the report; exports the CSV', async () => {
    await page.getByRole('button', { name: 'Close shift…' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Close this shift?' }).waitFor()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    const z = page.getByRole('article', { name: 'Z report' })
    await z.waitFor({ timeout: 10_000 })
    await expect.poll(focused).toBe('Z report')
    expect(await z.locator('[data-count="paid"] dd').textContent()).toBe('3')
    expect(await z.locator('[data-count="failed"] dd').textContent()).toBe('1')
    expect(await z.locator('[data-count="cancelled"] dd').textContent()).toBe('1')
    expect(await z.getByTestId('usd-total').textContent()).toBe('$35.87')
    expect(await z.getByTestId('closed-at').textContent()).toBe('2025-05-20 17:30:00')
    expect(await page.getByRole('table', { name: 'Closed shifts' }).locator('tr[data-shift="sh_1"]').count()).toBe(1)
    await shot('shift-z-report')

    await z.getByRole('button', { name: 'Print' }).click()
    expect(await page.evaluate('window.__printed')).toBe(1)
    await page.emulateMedia({ media: 'print' })
    expect(await z.isVisible()).toBe(true)
    expect(await page.locator('.topbar').isVisible()).toBe(false)
    expect(await page.locator('.health').isVisible()).toBe(false)
    expect(await page.getByRole('heading', { name: 'Closed shifts' }).isVisible()).toBe(false)
    expect(await z.getByRole('button', { name: 'Print' }).isVisible()).toBe(false)
    expect(await z.getByText('Europe/Berlin (UTC+02:00)').isVisible()).toBe(true)
    // Black on white on paper, in the dark theme too.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    expect(await page.evaluate("[getComputedStyle(document.querySelector('.z-report')).color, getComputedStyle(document.body).backgroundColor]")).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)'])
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.screenshot({ path: join(SCREENS, `shift-z-report-print-${size.width}x${size.height}.png`), fullPage: true })
    }
    await page.setViewportSize(SIZES[0])
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })

    const [download] = (await Promise.all([page.waitForEvent('download'), z.getByRole('button', { name: 'Export CSV' }).click()])) as [Download, void]
    expect(download.suggestedFilename()).toBe('countertop-z-report-20250520-0900.csv')
    const csv = await readFile((await download.path())!, 'utf8')
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('section,key,value,time,currency,amount,usdAmount,asset,network,cryptoAmount,count')
    expect(lines).toContain('shift,openedAt,,2025-05-20T09:00:00+02:00,,,,,,,')
    expect(lines).toContain('fiat,EUR,,,EUR,10.00,10.87,,,,1')
    expect(errors).toEqual([])
  })

  it('opens a new shift with a name, and opens a closed shift’s report from the list', async () => {
    await page.getByRole('button', { name: 'Back to shift' }).click()
    const name = page.getByLabel('Your name (optional)')
    await name.waitFor()
    await shot('shift-none-open')
    await name.fill('Cleo')
    await name.press('Enter')
    const live = page.getByRole('region', { name: 'Shift open' })
    await live.waitFor({ timeout: 10_000 })
    expect(await live.innerText()).toMatch(/Opened by\s+Cleo/)
    // focus follows to the shift that replaced the form
    await expect.poll(focused).toBe('Shift open')

    const list = page.getByRole('table', { name: 'Closed shifts' })
    const rows = list.locator('tbody tr')
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-shift')))).toEqual(['sh_1', 'sh_old'])
    await list.getByRole('button', { name: /^Open the Z report of the shift opened 2025-05-19 \d{2}:\d{2}:\d{2}/ }).click()
    const z = page.getByRole('article', { name: 'Z report' })
    await z.waitFor()
    expect(await z.innerText()).toMatch(/Opened by\s+Bo/)
    expect(errors).toEqual([])
  })

  it('draws the takings chart in the theme’s colours, with a table of every day', async () => {
    await page.goto(`${h.consoleUrl}#/reports`)
    const canvas = page.getByRole('img', { name: /^Daily takings, 30 days/ })
    await canvas.waitFor({ timeout: 10_000 })
    expect(st.s.takingsArgs.at(-1)).toEqual({ days: 30, timeZone: TZ })
    expect(await canvas.getAttribute('aria-label')).toMatch(/\$43\.62 charged over 6 paid sales/)
    /** Pixels of the canvas that have exactly the CSS variable's colour (the bars' fill). */
    const barPixels = (cssVar: string) => page.evaluate<{ n: number; rgb: number[] }>(`(${BAR_PIXELS})(document.querySelector('[data-testid=takings-chart]'), '${cssVar}')`)
    await expect.poll(async () => (await barPixels('--chart-1')).n, { timeout: 5_000 }).toBeGreaterThan(100)
    const light = await barPixels('--chart-1')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(async () => (await barPixels('--chart-1')).n).toBeGreaterThan(100)
    const dark = await barPixels('--chart-1')
    expect(dark.rgb).not.toEqual(light.rgb)
    await page.emulateMedia({ colorScheme: 'light' })

    const table = page.getByRole('table', { name: 'Takings per day' })
    expect(await table.locator('tbody tr').count()).toBe(30)
    const today = table.locator('tbody tr').last()
    expect(await today.innerText()).toMatch(/\(today\)\s+1\s+\$7\.25\s+\$7\.25\s+7\.25 USDC\s+—\s+—/)
    expect(await table.locator('tfoot').innerText()).toMatch(/Total, 30 days\s+6\s+\$32\.75 · €10\.00\s+\$43\.62\s+32\.73 USDC\s+5\.43 USDC\s+0\.0017 ETH/)
    await shot('reports')

    // The chart follows the window's width, both ways (main and card padding take ~75 px).
    const width = () => page.evaluate<number>("document.querySelector('[data-testid=takings-chart]').getBoundingClientRect().width")
    await page.setViewportSize(SIZES[1])
    await expect.poll(width).toBeLessThan(SIZES[1].width - 60)
    await page.setViewportSize(SIZES[0])
    await expect.poll(width).toBeGreaterThan(SIZES[1].width)

    // Another view, chosen by keyboard: USDC received, by network.
    await page.getByLabel('Chart').focus()
    await page.getByLabel('Chart').selectOption('asset:USDC')
    expect(await page.getByText('Each bar is the USDC received that day, split by network.', { exact: false }).count()).toBe(1)
    await shot('reports-usdc')
    expect(errors).toEqual([])
  })
})
