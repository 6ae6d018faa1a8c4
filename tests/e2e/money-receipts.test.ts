// Issue 13 in Chromium against headless sandbox: a paid emulator sale's receipt (#/receipt/<id>)
// shows the amounts, the ids and the hash, and its QR code is the block-explorer link (the
// image is the qrcode library's SVG of the hand-written URL, and the pixels on screen, read back
// module by module, are that code); the print view shows the receipt only; unpaid sales say NOT
// PAID; the Counter, the Ledger and the Transfer page lead to the receipt. Screenshots at
// 1280×800 and 1024×700, light and dark, of the Ledger, the Transfer page and the receipt.
import { join } from 'node:path'
import QRCode from 'qrcode'
import { PNG } from 'pngjs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted, SaleView } from '../../src/shared/contract'
import { api, collectErrors, emulatorFetch, launchChromium, SCREENS, startHeadless, type Headless } from './console-helpers'

/** Counts window.print() calls instead of opening a dialog (runs in the page). */
const PRINT_SPY = `
(() => {
  let n = 0;
  Object.defineProperty(window, '__prints', { get: () => n });
  window.print = () => { n++; };
})();
`

/** The module grid (true = dark) read from a screenshot of a QR image with `total` modules a side (quiet zone included). */
function readModules(png: Buffer, total: number, margin: number): { grid: boolean[][]; quietZoneDark: number } {
  const img = PNG.sync.read(png)
  const cell = img.width / total
  const dark = (x: number, y: number) => {
    const i = (Math.floor(y) * img.width + Math.floor(x)) * 4
    const lum = 0.2126 * img.data[i]! + 0.7152 * img.data[i + 1]! + 0.0722 * img.data[i + 2]!
    return lum < 128
  }
  const grid: boolean[][] = []
  let quietZoneDark = 0
  for (let r = 0; r < total; r++) {
    const line: boolean[] = []
    for (let c = 0; c < total; c++) {
      const d = dark((c + 0.5) * cell, (r + 0.5) * cell)
      const inside = r >= margin && r < total - margin && c >= margin && c < total - margin
      if (inside) line.push(d)
      else if (d) quietZoneDark++
    }
    if (line.length) grid.push(line)
  }
  return { grid, quietZoneDark }
}

function expectedModules(url: string): boolean[][] {
  const m = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules
  return Array.from({ length: m.size }, (_, r) => Array.from({ length: m.size }, (_, c) => m.get(r, c) === 1))
}

describe('receipts in the console (Chromium, headless sandbox)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Berlin', colorScheme: 'light' })
    await context.addInitScript(PRINT_SPY)
    page = await context.newPage()
    collectErrors(page, errors, 'receipts')
    await page.goto(h.consoleUrl)
  }, 60_000)

  afterEach(() => {
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const saleOf = (sessionId: string) => api<SaleView>(h, 'sales.get', { sessionId })

  /** A sale started through the API and settled by the emulator as Mesh would. */
  async function settledSale(amount: string, outcome: 'succeeded' | 'failed'): Promise<SaleView> {
    const started = await api<SaleStarted>(h, 'sales.start', { amount, asset: 'USDC' })
    const res = await emulatorFetch(h, '/_emulator/transfers', { transactionId: started.transactionId, amountInFiat: Number(amount), outcome })
    expect(res.status).toBe(201)
    await expect.poll(async () => (await saleOf(started.sessionId)).state, { timeout: 15_000, interval: 100 }).toBe(outcome)
    return saleOf(started.sessionId)
  }

  async function openReceipt(sessionId: string, paid: boolean): Promise<void> {
    await page.goto(`${h.consoleUrl}#/receipt/${encodeURIComponent(sessionId)}`)
    await page.locator(`[data-testid="receipt"][data-paid="${paid}"]`).waitFor({ timeout: 10_000 })
  }

  const testId = (id: string) => page.getByTestId(id)
  const text = async (id: string) => (await testId(id).innerText()).trim()
  const prints = () => page.evaluate(() => (globalThis as unknown as { __prints: number }).__prints)

  it('shows a paid sale’s receipt with the amounts, ids and hash, and a QR code of the explorer link', async () => {
    const sale = await settledSale('12.50', 'succeeded')
    const t = sale.transfer!
    expect(t.txHash).toMatch(/^0x[0-9a-f]{64}$/)
    const expectedUrl = `https://etherscan.io/tx/${t.txHash}`
    await openReceipt(sale.sessionId, true)

    expect(await text('receipt-charged')).toBe('$12.50')
    expect(await testId('receipt-converted').count()).toBe(0)
    expect(await text('receipt-paid-in')).toBe('12.5 USDC')
    expect(await text('receipt-network')).toBe('Ethereum')
    expect(await text('receipt-transactionid')).toBe(sale.transactionId)
    expect(await text('receipt-mesh-transferid')).toBe(sale.transferId)
    expect(await text('receipt-txhash')).toBe(t.txHash)
    // date and time with seconds and the zone (the browser's: Europe/Berlin), for the moment Mesh said succeeded
    expect(await text('receipt-time')).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}:\d{2} [AP]M GMT\+[12]$/)
    const iso = await testId('receipt-time').getAttribute('datetime')
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[12]:00$/)
    expect(Date.parse(iso!)).toBe(t.statusTimestamp)
    // the counter runs against the emulator: a test receipt, and it says so
    expect(await text('receipt-test')).toMatch(/^test receipt — not a real payment$/i)
    // the link text is printed under the code
    expect(await text('receipt-explorer-link')).toBe(expectedUrl)
    expect(await testId('receipt-explorer-link').getAttribute('href')).toBe(expectedUrl)

    // The image is the qrcode library's SVG of the expected URL, with these settings...
    const qr = testId('receipt-qr')
    await expect.poll(() => qr.evaluate((el) => (el as unknown as { complete: boolean; naturalWidth: number }).complete && (el as unknown as { naturalWidth: number }).naturalWidth > 0)).toBe(true)
    const svg = await QRCode.toString(expectedUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } })
    expect(await qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
    // ...and what is on screen, read back module by module, is exactly that code with a clean quiet zone.
    const want = expectedModules(expectedUrl)
    const seen = readModules(await qr.screenshot(), want.length + 8, 4)
    expect(seen.quietZoneDark).toBe(0)
    expect(seen.grid).toEqual(want)
  })

  it('prints the receipt only: Print receipt and Save PDF open the print dialog, the app’s chrome is hidden in print', async () => {
    const sale = await settledSale('3.20', 'succeeded')
    await openReceipt(sale.sessionId, true)
    const before = await prints()
    await page.getByRole('button', { name: 'Print receipt' }).click()
    expect(await prints()).toBe(before + 1)
    // headless/browser mode: Save PDF is the print dialog, and says to choose Save as PDF
    expect(await page.locator('#save-pdf-hint').innerText()).toBe('Opens the print dialog: choose “Save as PDF” as the destination.')
    await page.getByRole('button', { name: 'Save PDF' }).click()
    expect(await prints()).toBe(before + 2)

    await page.emulateMedia({ media: 'print' })
    try {
      for (const hidden of ['.topbar', '.health', '.receipt-actions', 'h1']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false)
      expect(await testId('receipt').isVisible()).toBe(true)
      expect(await text('receipt-charged')).toBe('$3.20')
      expect(await testId('receipt-qr').isVisible()).toBe(true)
      // black on white, whatever the theme
      const colors = await testId('receipt').evaluate((el) => {
        const s = (globalThis as unknown as { getComputedStyle(e: unknown): { color: string; backgroundColor: string } }).getComputedStyle(el)
        return [s.color, s.backgroundColor]
      })
      expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)'])
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('says NOT PAID for an unfinished sale and turns into the receipt when Mesh confirms it, without a reload', async () => {
    const started = await api<SaleStarted>(h, 'sales.start', { amount: '4.75', asset: 'USDC' })
    await openReceipt(started.sessionId, false)
    expect(await page.locator('.not-paid-stamp').innerText()).toBe('NOT PAID')
    expect(await page.locator('.not-paid-state').innerText()).toBe('Sale state: Waiting for customer')
    expect(await page.getByRole('button', { name: 'Print receipt' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Save PDF' }).count()).toBe(0)

    const res = await emulatorFetch(h, '/_emulator/transfers', { transactionId: started.transactionId, amountInFiat: 4.75, outcome: 'succeeded' })
    expect(res.status).toBe(201)
    await page.locator('[data-testid="receipt"][data-paid="true"]').waitFor({ timeout: 15_000 })
    expect(await text('receipt-charged')).toBe('$4.75')
    expect(await page.getByRole('button', { name: 'Print receipt' }).count()).toBe(1)
  })

  it('refuses a receipt for a failed sale, in print too', async () => {
    const sale = await settledSale('8.00', 'failed')
    await openReceipt(sale.sessionId, false)
    expect(await page.locator('.not-paid-state').innerText()).toBe('Sale state: Failed')
    expect(await page.getByTestId('receipt').innerText()).toMatch(/There is no receipt for an unpaid sale\./)
    await page.screenshot({ path: join(SCREENS, 'money-receipt-not-paid-1280x800-light.png'), fullPage: true })
    await page.emulateMedia({ media: 'print' })
    try {
      expect(await page.locator('.not-paid-stamp').isVisible()).toBe(true)
      expect(await page.locator('.topbar').isVisible()).toBe(false)
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
    await page.goto(`${h.consoleUrl}#/receipt/no-such-sale`)
    await page.getByText('There is no sale no-such-sale: check the link.').waitFor({ timeout: 10_000 })
  })

  it('leads to the receipt from the Counter’s paid sale, the Ledger row and the Transfer page', async () => {
    const sale = await settledSale('6.40', 'succeeded')
    const receiptUrl = `#/receipt/${encodeURIComponent(sale.sessionId)}`
    // Counter: show the sale in the panel, then its Receipt link
    await page.goto(`${h.consoleUrl}#/counter`)
    const shift = page.getByRole('table', { name: 'Sales this shift' })
    const shown = shift.getByRole('row').filter({ hasText: '$6.40' }).getByRole('button', { name: /^Show sale of / })
    await shown.first().click()
    const panel = page.getByRole('region', { name: 'Sale' })
    await expect.poll(() => panel.getAttribute('data-session'), { timeout: 5_000 }).toBe(sale.sessionId)
    await panel.getByRole('link', { name: 'Receipt', exact: true }).click()
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe(receiptUrl)
    await page.locator('[data-testid="receipt"][data-paid="true"]').waitFor()

    // Ledger: the row's Reprint
    await page.goto(`${h.consoleUrl}#/ledger`)
    const ledger = page.getByRole('table', { name: 'Transfers' })
    await ledger.getByRole('link', { name: sale.transferId!, exact: true }).waitFor({ timeout: 10_000 })
    await ledger.getByRole('button', { name: `Reprint receipt for ${sale.transactionId}` }).click()
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe(receiptUrl)
    await page.locator('[data-testid="receipt"][data-paid="true"]').waitFor()

    // Transfer page: the charge and the crypto, formatted, and Reprint receipt
    await page.goto(`${h.consoleUrl}#/transfer/${encodeURIComponent(sale.transferId!)}`)
    await testId('transfer-charged').waitFor({ timeout: 10_000 })
    await expect.poll(() => text('transfer-charged')).toBe('$6.40')
    expect(await text('transfer-crypto')).toBe('6.4064 USDC sent · 6.4 USDC received · Ethereum')
    await page.getByRole('link', { name: 'Reprint receipt' }).click()
    await page.locator('[data-testid="receipt"][data-paid="true"]').waitFor()
    expect(await text('receipt-charged')).toBe('$6.40')
  })

  it('shows the charge of a sale on its Ledger row when the row arrives live; screenshots of the Ledger, the Transfer page and the receipt (screen and print), 1280×800 and 1024×700, light and dark', async () => {
    const go = (hash: string) => page.evaluate((x) => void ((globalThis as unknown as { location: { hash: string } }).location.hash = x), hash)
    await page.goto(`${h.consoleUrl}#/ledger`)
    // the ledger has loaded (empty or not) before the sale exists: its row can only arrive live
    await page.locator('.ledger .screen-head [role="status"]').filter({ hasText: /^\d+ transfers?/ }).waitFor({ timeout: 10_000 })
    const ledger = page.getByRole('table', { name: 'Transfers' })
    const sale = await settledSale('12.50', 'succeeded')
    const row = ledger.getByRole('row').filter({ has: page.getByRole('link', { name: sale.transferId!, exact: true }) })
    // Live rows carry no charge: the row takes its sale's (the store holds the sale from sale.updated).
    await expect.poll(() => row.getByRole('cell').nth(1).innerText(), { timeout: 10_000 }).toBe('$12.50')
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('12.5 USDC')
    const shots: string[] = []
    for (const [width, height] of [
      [1280, 800],
      [1024, 700]
    ] as const) {
      await page.setViewportSize({ width, height })
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme, media: 'screen' })
        const shot = async (name: string) => {
          const path = join(SCREENS, `money-${name}-${width}x${height}-${theme}.png`)
          await page.screenshot({ path, fullPage: true })
          shots.push(path)
        }
        // hash navigation keeps the loaded (live-updated) ledger in the store
        await go('#/ledger')
        await expect.poll(() => row.getByRole('cell').nth(1).innerText(), { timeout: 10_000 }).toBe('$12.50')
        await shot('ledger')
        await go(`#/transfer/${encodeURIComponent(sale.transferId!)}`)
        await expect.poll(() => testId('transfer-charged').count(), { timeout: 10_000 }).toBe(1)
        await shot('transfer')
        await go(`#/receipt/${encodeURIComponent(sale.sessionId)}`)
        await expect.poll(() => testId('receipt-qr').count(), { timeout: 10_000 }).toBe(1)
        await shot('receipt')
        await page.emulateMedia({ media: 'print' })
        await shot('receipt-print')
        await page.emulateMedia({ media: 'screen' })
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
    expect(shots).toHaveLength(16)
  }, 60_000)
})
