// A shift end to end: headless sandbox (the built-in Mesh emulator), Debian's Chromium, the real
// shifts.* and reports.takings commands. Open a shift at the Shift screen; two sales paid, one
// failed and one cancelled at the counter (sales.end); close it in the dialog; the Z report
// shows 2 paid / 1 failed / 1 cancelled and the totals worked out by hand below; the shift is
// listed among the closed ones and opens the same report; the Reports screen draws the chart
// and its table has the day's paid total.
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted, SaleView, ShiftReport, ShiftView } from '../../src/shared/contract'
import { api, collectErrors, emulatorFetch, launchChromium, SCREENS, startHeadless, type Headless } from './console-helpers'

/** The console's time zone in this test (the browser's): takings days are counted in it. */
const TZ = 'America/New_York'

/** The sales of the shift and what the Z report must say about them (worked out by hand). */
const PAID = ['12.50', '7.25'] as const
const FAILED = '3.00'
const CANCELLED = '4.00'
const EXPECTED = {
  counts: { paid: '2', failed: '1', cancelled: '1', abandoned: '0', expired: '0', pending: '0', paidAfterEnd: '0' },
  // 12.50 + 7.25, in USD (the counter's currency): what the customers paid and what Mesh charged.
  usd: '$19.75',
  // The emulator pays exactly the token amount asked for (12.5 + 7.25 USDC on Ethereum).
  usdc: '19.75 USDC'
}

describe('shift and takings end to end (headless sandbox, Chromium)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: TZ, colorScheme: 'light' })
    page = await context.newPage()
    collectErrors(page, errors, 'shift-e2e')
    await page.goto(`${h.consoleUrl}#/shift`)
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const count = (scope: Locator, key: keyof typeof EXPECTED.counts) => scope.locator(`[data-count="${key}"] dd`).textContent()

  /** Starts a sale through the console API, as the counter does. */
  const start = (amount: string) => api<SaleStarted>(h, 'sales.start', { amount, asset: 'USDC', network: 'Ethereum' })

  /** Mesh (the emulator) settles a transfer for the sale; waits until the sale shows the outcome. */
  async function settle(s: SaleStarted, outcome: 'succeeded' | 'failed'): Promise<SaleView> {
    const res = await emulatorFetch(h, '/_emulator/transfers', { transactionId: s.transactionId, amountInFiat: Number(s.sale.amount), amount: Number(s.sale.amount), outcome })
    expect(res.status, await res.clone().text()).toBe(201)
    await expect.poll(async () => (await api<SaleView>(h, 'sales.get', { sessionId: s.sessionId })).state, { timeout: 20_000, interval: 100 }).toBe(outcome)
    return api<SaleView>(h, 'sales.get', { sessionId: s.sessionId })
  }

  it('opens a shift, counts its sales live, closes it into a Z report with hand-worked counts and totals, lists it, and shows the day in Reports', async () => {
    // Open the shift at the Shift screen, with a name.
    const name = page.getByLabel('Your name (optional)')
    await name.waitFor({ timeout: 10_000 })
    await name.fill('E2E cashier')
    await page.getByRole('button', { name: 'Open shift' }).click()
    const live = page.getByRole('region', { name: 'Shift open' })
    await live.waitFor({ timeout: 10_000 })
    expect(await live.innerText()).toMatch(/Opened by\s+E2E cashier/)
    const current = await api<ShiftReport | null>(h, 'shifts.current')
    expect(current?.shift).toMatchObject({ closedAt: null, openedBy: 'E2E cashier' })

    // Two paid, one failed, one cancelled at the counter.
    const sales: SaleView[] = []
    for (const amount of PAID) sales.push(await settle(await start(amount), 'succeeded'))
    sales.push(await settle(await start(FAILED), 'failed'))
    const toCancel = await start(CANCELLED)
    const ended = await api<SaleView>(h, 'sales.end', { sessionId: toCancel.sessionId, reason: 'cancelled' })
    expect(ended.state).toBe('cancelled')
    sales.push(ended)

    // The open shift follows the sales live (sale.updated events, no reload).
    await expect.poll(() => count(live, 'paid'), { timeout: 15_000 }).toBe('2')
    await expect.poll(() => count(live, 'cancelled'), { timeout: 15_000 }).toBe('1')
    expect(await count(live, 'failed')).toBe('1')
    await page.screenshot({ path: join(SCREENS, 'shift-e2e-open.png'), fullPage: true })

    // Close it in the dialog.
    await page.getByRole('button', { name: 'Close shift…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Close this shift?' })
    await dialog.waitFor()
    expect(await dialog.innerText()).not.toMatch(/still pending/)
    await dialog.getByRole('button', { name: 'Close shift', exact: true }).click()
    const z = page.getByRole('article', { name: 'Z report' })
    await z.waitFor({ timeout: 10_000 })

    for (const [key, value] of Object.entries(EXPECTED.counts)) expect(await count(z, key as keyof typeof EXPECTED.counts), key).toBe(value)
    const fiat = z.getByRole('table', { name: 'Totals per currency' })
    expect(await fiat.locator('tbody tr').count()).toBe(1)
    expect(await fiat.locator('tbody tr').innerText()).toMatch(new RegExp(`^USD\\s+2\\s+\\${EXPECTED.usd}\\s+\\${EXPECTED.usd}$`))
    expect(await z.getByTestId('usd-total').textContent()).toBe(EXPECTED.usd)
    const assets = z.getByRole('table', { name: 'Totals per asset' })
    expect(await assets.locator('tbody tr').count()).toBe(1)
    expect(await assets.locator('tbody tr').innerText()).toMatch(new RegExp(`^USDC\\s+Ethereum\\s+2\\s+${EXPECTED.usdc}$`))
    expect(await z.innerText()).toMatch(/No sale is waiting for payment\./)
    await page.screenshot({ path: join(SCREENS, 'shift-e2e-z-report.png'), fullPage: true })

    // Nothing is open now; the shift is among the closed ones, newest first.
    expect(await api<ShiftReport | null>(h, 'shifts.current')).toBeNull()
    const list = await api<ShiftView[]>(h, 'shifts.list', {})
    const closed = list.find((s) => s.shiftId === current!.shift.shiftId)
    expect(closed?.closedAt).toEqual(expect.any(Number))
    expect(closed!.closedAt!).toBeGreaterThanOrEqual(Math.max(...sales.map((s) => s.createdAt)))
    const row = page.getByRole('table', { name: 'Closed shifts' }).locator(`tr[data-shift="${closed!.shiftId}"]`)
    await row.waitFor()
    expect(await row.innerText()).toMatch(/E2E cashier/)

    // Its report opens again from the list, with the same figures (shifts.report).
    await page.getByRole('button', { name: 'Back to shift' }).click()
    await page.getByRole('heading', { name: 'No shift is open' }).waitFor()
    await row.getByRole('button', { name: /^Open the Z report of the shift opened / }).click()
    await z.waitFor()
    expect(await count(z, 'paid')).toBe('2')
    expect(await z.getByTestId('usd-total').textContent()).toBe(EXPECTED.usd)

    // Reports: the chart is drawn and the table has the day's paid total.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Reports', exact: true }).click()
    const canvas = page.getByRole('img', { name: /^Daily takings, 30 days/ })
    await canvas.waitFor({ timeout: 10_000 })
    expect(await canvas.getAttribute('aria-label')).toMatch(new RegExp(`\\${EXPECTED.usd} charged over 2 paid sales`))
    // Painted: the bars (and axes) leave non-transparent pixels on the canvas.
    const painted = () =>
      page.evaluate<number>(`(() => {
        const c = document.querySelector('[data-testid=takings-chart]')
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
        let n = 0
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++
        return n
      })()`)
    await expect.poll(painted, { timeout: 5_000 }).toBeGreaterThan(500)

    // Each paid sale counts on its local date in the console's time zone (today, unless the test
    // ran across midnight: then one on each of the two days).
    const day = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(ms)
    const paidDays = sales.filter((s) => s.state === 'succeeded').map((s) => day(s.createdAt))
    expect(paidDays).toHaveLength(2)
    const table = page.getByRole('table', { name: 'Takings per day' })
    expect(await table.locator('tbody tr').count()).toBe(30)
    if (paidDays[0] === paidDays[1]) {
      expect(await table.locator(`tbody tr[data-date="${paidDays[0]}"]`).innerText()).toMatch(new RegExp(`\\s2\\s+\\${EXPECTED.usd}\\s+\\${EXPECTED.usd}\\s+${EXPECTED.usdc}$`))
    } else {
      for (const d of paidDays) expect(await table.locator(`tbody tr[data-date="${d}"] td`).first().textContent()).toBe('1')
    }
    expect(await table.locator('tfoot').innerText()).toMatch(new RegExp(`Total, 30 days\\s+2\\s+\\${EXPECTED.usd}\\s+\\${EXPECTED.usd}\\s+${EXPECTED.usdc}`))
    await page.screenshot({ path: join(SCREENS, 'reports-e2e.png'), fullPage: true })
    expect(errors).toEqual([])
  }, 120_000)
})
