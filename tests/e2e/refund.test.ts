// A refund end to end, in Chromium against headless mode (built-in Mesh emulator, the REAL Web
// Link SDK): a sale paid in Link, then refunded through the console's sandbox command
// (sandbox.refundTransfer); the emulator sends RefundPending, and RefundSucceeded once its
// clock is moved on (sandbox.clock). The counter's sale panel, the shift list, the Ledger row
// and its status filter, the Transfer page and the receipt follow: "Refund pending", then
// "Refunded", never the plain green paid. Screenshots at 1280×800 and 1024×700, light and dark.
import { join } from 'node:path'
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleView, TransferDetail } from '../../src/shared/contract'
import { api, collectErrors, counterReady, launchChromium, SALE_RECORDER, saleStates, SCREENS, setEmulatorFaults, startHeadless, type Headless } from './console-helpers'

const HOUR = 3600_000
const NO_SIDEWAYS_SCROLL = `document.documentElement.scrollWidth <= window.innerWidth`
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
] as const
/** Local "YYYY-MM-DD HH:MM:SS", the console's one date-time format. */
const DATE_TIME = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}`

describe('a refund end to end (headless sandbox, Chromium, real Web Link SDK)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: SIZES[0], locale: 'en-US', colorScheme: 'light' })
    await context.addInitScript(SALE_RECORDER)
    page = await context.newPage()
    collectErrors(page, errors, 'refund')
    await page.goto(h.consoleUrl)
    await page.getByRole('button', { name: 'Charge' }).waitFor()
  }, 60_000)

  afterEach(() => {
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const nav = (name: 'Counter' | 'Ledger' | 'Shift') => page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click()
  const salePanel = (): Locator => page.getByRole('region', { name: 'Sale' })
  const linkFrame = (): FrameLocator => page.frameLocator('#mesh-link-popup__iframe')
  const linkButton = (name: string) => linkFrame().getByRole('button', { name, exact: true })
  const saleState = () => salePanel().getByTestId('sale-state').innerText()
  const ledgerRow = (transferId: string) => page.getByRole('table', { name: 'Transfers' }).getByRole('row').filter({ has: page.getByRole('link', { name: transferId, exact: true }) })

  const shown = () => page.evaluate(`document.documentElement.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')`)
  async function setTheme(theme: 'light' | 'dark'): Promise<void> {
    if ((await shown()) !== theme) await page.getByRole('button', { name: 'Toggle theme' }).click()
    expect(await shown()).toBe(theme)
  }
  /** The screen at both sizes in both themes, with no sideways scrolling. */
  async function shoot(name: string): Promise<void> {
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme)
      for (const size of SIZES) {
        await page.setViewportSize(size)
        expect(await page.evaluate(NO_SIDEWAYS_SCROLL)).toBe(true)
        await page.screenshot({ path: join(SCREENS, `refund-${name}-${size.width}x${size.height}-${theme}.png`) })
      }
    }
    await setTheme('light')
    await page.setViewportSize(SIZES[0])
  }

  /**
   * Filters the Ledger by status (the option's visible label), waits for its total to read
   * `total`, and tells whether the transfer's row is listed.
   */
  async function ledgerWith(label: string, transferId: string, total: number): Promise<number> {
    await page.getByLabel('Status', { exact: true }).selectOption({ label })
    const count = page.getByRole('status').filter({ hasText: /^\d+ transfers?\b/ })
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toBe(`${total} transfer${total === 1 ? '' : 's'}`)
    return ledgerRow(transferId).count()
  }

  it('shows a paid sale as "Paid · refund pending", then "Refunded", on the counter, the Ledger (badge and filter), the Transfer page and the receipt', async () => {
    await setEmulatorFaults(h, null)
    // A shift is open, so the live Z report counts this sale.
    await api(h, 'shifts.open', { openedBy: 'Refund test' })
    // Pay $12.50 in Link.
    const amount = page.getByLabel('Amount', { exact: true })
    await counterReady(page)
    await amount.fill('12.50')
    await amount.press('Enter')
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    await expect.poll(() => salePanel().getAttribute('data-state'), { timeout: 30_000, interval: 100 }).toBe('succeeded')
    await expect.poll(() => page.evaluate(`!!document.getElementById('mesh-link-popup')`), { timeout: 10_000 }).toBe(false)
    const sessionId = (await salePanel().getAttribute('data-session'))!
    expect(await saleState()).toContain('Succeeded')
    const transferId = (await api<SaleView>(h, 'sales.get', { sessionId })).transferId!
    expect(transferId).toBeTruthy()

    // The refund, through the console's sandbox command; it completes after an hour of emulator time.
    const started = await api<{ transferId: string; eventIds: string[] }>(h, 'sandbox.refundTransfer', { transferId, delayMs: HOUR })
    expect(started).toMatchObject({ transferId, eventIds: [expect.any(String), expect.any(String)] })

    // The counter: still paid, but never the plain green paid.
    await expect.poll(saleState, { timeout: 15_000 }).toBe('Paid · refund pending')
    expect(await salePanel().getAttribute('data-state')).toBe('succeeded')
    expect(await salePanel().getAttribute('class')).toContain('tone-warning')
    const pending = await api<SaleView>(h, 'sales.get', { sessionId })
    expect(pending.refund).toMatchObject({ status: 'pending', refundAddress: expect.stringMatching(/^0x[0-9a-f]{40}$/) })
    const refundAddress = pending.refund!.refundAddress!
    expect(await salePanel().getByTestId('sale-refund').innerText()).toMatch(new RegExp(`^Refund pending: \\$12\\.50 \\([\\d.]+ USDC\\) to ${refundAddress}, since ${DATE_TIME}$`))
    const shiftRow = page.getByRole('table', { name: 'Sales this shift' }).getByRole('row').filter({ has: page.getByRole('link', { name: `Open transfer ${transferId}` }) })
    expect(await shiftRow.innerText()).toMatch(/\$12\.50[\s\S]*Paid · refund pending/)

    // The Ledger: the shared status word, and the filter finds it.
    await nav('Ledger')
    await ledgerRow(transferId).waitFor()
    expect(await ledgerRow(transferId).innerText()).toMatch(/Refund pending/)
    expect(await ledgerWith('Succeeded', transferId, 0)).toBe(0)
    expect(await ledgerWith('Refund pending', transferId, 1)).toBe(1)

    // The Transfer page: the refund in words, not final yet.
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'All statuses' })
    await ledgerRow(transferId).getByRole('link', { name: transferId, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(transferId) }).waitFor()
    const refundLine = page.getByTestId('transfer-refund')
    await expect.poll(() => refundLine.count(), { timeout: 10_000 }).toBe(1)
    expect(await refundLine.innerText()).toMatch(new RegExp(`^Refund pending: \\$12\\.50 \\([\\d.]+ USDC\\) to ${refundAddress}, since ${DATE_TIME}$`))
    const summary = page.getByRole('region', { name: 'Summary' })
    expect(await summary.innerText()).toMatch(/Refund pending\s+not final/)

    // An hour later on the emulator's clock: RefundSucceeded. The open Transfer page follows live.
    await api(h, 'sandbox.clock', { advanceMs: HOUR })
    await expect.poll(() => refundLine.innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^Refunded \\$12\\.50 \\([\\d.]+ USDC\\) to ${refundAddress} at ${DATE_TIME}$`))
    expect(await summary.innerText()).toMatch(/Refunded\s+final/)
    const detail = await api<TransferDetail>(h, 'ledger.get', { transferId })
    expect(detail.transfer).toMatchObject({ status: 'refundsucceeded', isFinal: true, conflict: false, refundAddress })
    expect(detail.events.map((e) => [e.statusRaw, e.applied])).toEqual([
      ['Pending', true],
      ['Succeeded', true],
      ['RefundPending', true],
      ['RefundSucceeded', true]
    ])
    // The payment's TxHash stays on the transfer.
    expect(detail.transfer.txHash).toMatch(/^0x[0-9a-f]{64}$/)
    await shoot('transfer')

    // The Ledger filter finds it under Refunded.
    await nav('Ledger')
    await ledgerRow(transferId).waitFor()
    expect(await ledgerRow(transferId).innerText()).toMatch(/Refunded/)
    expect(await ledgerWith('Refund pending', transferId, 0)).toBe(0)
    expect(await ledgerWith('Refunded', transferId, 1)).toBe(1)
    await page.screenshot({ path: join(SCREENS, 'refund-ledger-1280x800-light.png') })
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'All statuses' })

    // The counter: Refunded, in the panel and in the shift list; the sale never left paid.
    await nav('Counter')
    await expect.poll(saleState, { timeout: 10_000 }).toBe('Refunded')
    expect(await salePanel().getAttribute('class')).toContain('tone-warning')
    expect(await salePanel().getByTestId('sale-refund').innerText()).toMatch(new RegExp(`^Refunded \\$12\\.50 \\([\\d.]+ USDC\\) to ${refundAddress} at ${DATE_TIME}$`))
    expect(await shiftRow.innerText()).toMatch(/\$12\.50[\s\S]*Refunded/)
    expect(await page.getByRole('region', { name: 'Sale' }).getByRole('list', { name: 'Progress' }).innerText()).toMatch(/Refunded$/)
    const seen = await saleStates(page, sessionId)
    expect(seen.slice(seen.indexOf('succeeded'))).toEqual(['succeeded'])
    expect(await api<SaleView>(h, 'sales.get', { sessionId })).toMatchObject({ state: 'succeeded', refund: { status: 'succeeded', refundAddress } })
    await shoot('counter')

    // The receipt says REFUNDED.
    await salePanel().getByRole('link', { name: 'Receipt' }).click()
    const stamp = page.getByTestId('receipt-refund')
    await stamp.waitFor()
    expect(await stamp.innerText()).toMatch(new RegExp(`^REFUNDED\\s+Mesh refunded this payment \\(\\$12\\.50\\) to ${refundAddress} on `))
    await page.screenshot({ path: join(SCREENS, 'refund-receipt-1280x800-light.png'), fullPage: true })

    // The shift's live report: paid 1, of which refunded 1; net takings nothing.
    await nav('Shift')
    const counts = page.locator('[data-count="refunded"] dd')
    await expect.poll(() => counts.textContent(), { timeout: 10_000 }).toBe('1')
    expect(await page.locator('[data-count="paid"] dd').textContent()).toBe('1')
    expect(await page.getByRole('table', { name: 'Paid, refunded and net per currency' }).innerText()).toMatch(/USD\s+\$12\.50 \(1\)\s+\$12\.50 \(1\)\s+\$0\.00/)
    await page.screenshot({ path: join(SCREENS, 'refund-shift-1280x800-light.png'), fullPage: true })
  }, 120_000)
})
