// Issue 13's "done when": a cashier runs a whole shift with the keyboard alone — opens the
// shift, takes a payment, prints its receipt, cancels a sale, lets one expire, and closes the
// shift into a Z report whose counts and totals agree with what happened. Every cashier action
// here is a key press (Tab to the control, Enter); only the customer's part inside Mesh Link
// (choose an exchange, sign in, approve) is clicked, as a customer would tap it on the screen.
// Headless mode (built-in emulator, test clock), Chromium, the real Web Link SDK.
import { join } from 'node:path'
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SaleView, ShiftReport } from '../../src/shared/contract'
import { api, collectErrors, counterReady, launchChromium, SCREENS, startHeadlessWithTestClock, type ClockedHeadless, type Headless } from './console-helpers'

/** The accessible name of the focused element, roughly as a screen reader reads it. */
const FOCUSED_NAME = `(() => {
  const e = document.activeElement
  if (!e || e === document.body) return ''
  const label = e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].innerText) || e.innerText || e.value || ''
  return label.replace(/\\s+/g, ' ').trim()
})()`

describe('a whole shift with the keyboard alone (Chromium, headless, emulator)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let server: ClockedHeadless
  const errors: string[] = []

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startHeadlessWithTestClock(), launchChromium()])
    h = server.h
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', colorScheme: 'light' })
    page = await context.newPage()
    collectErrors(page, errors, 'keyboard-shift')
    await page.goto(h.consoleUrl)
    await page.getByRole('button', { name: 'Charge' }).waitFor()
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.stop()
  })

  /** Presses Tab until the focused control's name matches (at most `max` presses), then returns. */
  async function tabTo(name: string | RegExp, max = 80): Promise<void> {
    const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n))
    const seen: string[] = []
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab')
      const n = (await page.evaluate(FOCUSED_NAME)) as string
      if (matches(n)) return
      seen.push(n)
    }
    throw new Error(`Tab never reached "${String(name)}" in ${max} presses; it went through: ${seen.join(' | ')}`)
  }
  /** From the top of the page: Tab to a screen's tab in the top bar and open it with Enter. */
  async function openScreen(label: string): Promise<void> {
    await page.locator('body').focus()
    await page.evaluate('document.activeElement && document.activeElement.blur()')
    await tabTo(label)
    await page.keyboard.press('Enter')
  }
  const salePanel = (): Locator => page.getByRole('region', { name: 'Sale' })
  const linkFrame = (): FrameLocator => page.frameLocator('#mesh-link-popup__iframe')
  const linkButton = (name: string) => linkFrame().getByRole('button', { name, exact: true })
  const count = (scope: Locator, key: string) => scope.locator(`[data-count="${key}"] dd`).textContent()

  /** Amount typed on the Counter and Enter: Link opens; returns the new sale's session. */
  async function chargeByKeyboard(amount: string): Promise<string> {
    await openScreen('Counter')
    await salePanel().waitFor()
    const before = await salePanel().getAttribute('data-session')
    await counterReady(page)
    await tabTo('Amount')
    await page.keyboard.type(amount)
    await page.keyboard.press('Enter')
    await expect.poll(() => salePanel().getAttribute('data-session'), { timeout: 10_000 }).not.toBe(before)
    await linkButton('Coinbase').waitFor({ timeout: 10_000 })
    return (await salePanel().getAttribute('data-session'))!
  }

  it('opens a shift, sells, prints a receipt, cancels one, lets one expire, and closes it into the right Z report', async () => {
    // Open the shift.
    await openScreen('Shift')
    await tabTo('Your name (optional)')
    await page.keyboard.type('Ana')
    await tabTo('Open shift')
    await page.keyboard.press('Enter')
    const live = page.getByRole('region', { name: 'Shift open' })
    await live.waitFor({ timeout: 10_000 })
    expect(await live.innerText()).toMatch(/Opened by\s+Ana/)

    // A paid sale: the customer pays in Link; the cashier prints the receipt.
    const paid = await chargeByKeyboard('12.50')
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    await expect.poll(() => salePanel().getAttribute('data-state'), { timeout: 20_000 }).toBe('succeeded')
    await expect.poll(() => page.evaluate(`!!document.getElementById('mesh-link-popup')`), { timeout: 10_000 }).toBe(false)
    // window.print opens a dialog headless Chromium cannot show: count the calls instead.
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1 }')
    await tabTo('Receipt')
    await page.keyboard.press('Enter')
    const receipt = page.getByRole('article', { name: /receipt/i })
    await receipt.waitFor({ timeout: 10_000 })
    expect(await receipt.innerText()).toContain('$12.50')
    await tabTo('Print receipt')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate('window.__printed')).toBe(1)

    // A sale the cashier cancels from the Link bar (focus is trapped in the overlay).
    const cancelled = await chargeByKeyboard('4.00')
    await tabTo('Cancel sale', 20)
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await api<SaleView>(h, 'sales.get', { sessionId: cancelled })).state, { timeout: 10_000 }).toBe('cancelled')
    await expect.poll(() => salePanel().getByTestId('sale-state').innerText(), { timeout: 10_000 }).toBe('Cancelled')

    // A sale nobody pays: eleven minutes later (for the core) its link token has expired.
    const expired = await chargeByKeyboard('7.00')
    await server.clock.set(11 * 60_000)
    await expect.poll(async () => (await api<SaleView>(h, 'sales.get', { sessionId: expired })).state, { timeout: 20_000, interval: 250 }).toBe('expired')
    await expect.poll(() => page.evaluate(`!!document.getElementById('mesh-link-popup')`), { timeout: 10_000 }).toBe(false)
    await expect.poll(() => salePanel().getByTestId('sale-state').innerText(), { timeout: 10_000 }).toBe('Expired')

    // Close the shift: the confirmation dialog takes focus; its Close shift button closes it.
    await openScreen('Shift')
    await live.waitFor({ timeout: 10_000 })
    await expect.poll(() => count(live, 'expired'), { timeout: 15_000 }).toBe('1')
    await tabTo('Close shift…')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Close this shift?' })
    await dialog.waitFor()
    await tabTo('Close shift', 10)
    await page.keyboard.press('Enter')
    const z = page.getByRole('article', { name: 'Z report' })
    await z.waitFor({ timeout: 10_000 })

    // What happened, counted by hand: one paid ($12.50 in USDC on Ethereum), one cancelled, one expired.
    const expected = { paid: '1', failed: '0', abandoned: '0', cancelled: '1', expired: '1', pending: '0', paidAfterEnd: '0' }
    for (const [key, value] of Object.entries(expected)) expect(await count(z, key), key).toBe(value)
    expect(await z.getByTestId('usd-total').textContent()).toBe('$12.50')
    const report = await api<ShiftReport>(h, 'shifts.report', { shiftId: (await api<{ shiftId: string }[]>(h, 'shifts.list', {}))[0]!.shiftId })
    expect(report.sales.map((s) => s.sessionId).sort()).toEqual([paid, cancelled, expired].sort())
    await page.screenshot({ path: join(SCREENS, 'keyboard-shift-z-report.png'), fullPage: true })
    await server.clock.set(0)
    expect(errors).toEqual([])
  }, 120_000)
})
