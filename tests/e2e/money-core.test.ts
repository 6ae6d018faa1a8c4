// Issue 13, money shown the same everywhere (Chromium against headless sandbox): one paid sale
// of $1,234.50 reads the same on the Counter, the Ledger (a freshly loaded row: the charge comes
// from ledger.list's join of the sale), the Transfer page (ledger.get) and the receipt, and both
// exports carry its fiat charge beside the crypto received as plain decimal text.
// NEEDS the core's charge join (TransferRow.charge filled by ledger.list / ledger.get: the h1
// branch); without it the Ledger's Charged cell and the export's fiat columns are empty.
import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted, SaleView, TransferDetail } from '../../src/shared/contract'
import { parseCsv } from '../../src/renderer/src/lib/csv'
import { api, collectErrors, emulatorFetch, launchChromium, startHeadless, type Headless } from './console-helpers'

describe('the same money on every screen and in both exports (needs the core charge join)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Berlin', acceptDownloads: true })
    page = await context.newPage()
    collectErrors(page, errors, 'money-core')
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

  async function download(click: () => Promise<void>): Promise<string> {
    const [d] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void]
    return readFile((await d.path())!, 'utf8')
  }

  it('shows $1,234.50 and 1,234.5 USDC on the Counter, the Ledger, the Transfer page and the receipt, and exports 1234.50 USD / 1234.5 USDC', async () => {
    const started = await api<SaleStarted>(h, 'sales.start', { amount: '1234.50', asset: 'USDC' })
    const res = await emulatorFetch(h, '/_emulator/transfers', { transactionId: started.transactionId, amountInFiat: 1234.5, outcome: 'succeeded' })
    expect(res.status).toBe(201)
    await expect.poll(async () => (await api<SaleView>(h, 'sales.get', { sessionId: started.sessionId })).state, { timeout: 15_000, interval: 100 }).toBe('succeeded')
    const sale = await api<SaleView>(h, 'sales.get', { sessionId: started.sessionId })
    const transferId = sale.transferId!
    // The core joins the sale's charge into the ledger row (the contract's TransferRow.charge).
    const detail = await api<TransferDetail>(h, 'ledger.get', { transferId })
    expect(detail.transfer.charge).toEqual({ amount: '1234.50', currency: 'USD', usdAmount: '1234.50', rate: null })

    // Counter: this shift's list and the sale panel.
    await page.goto(`${h.consoleUrl}#/counter`)
    const shiftRow = page.getByRole('table', { name: 'Sales this shift' }).getByRole('row').filter({ hasText: '$1,234.50' })
    await shiftRow.first().waitFor({ timeout: 10_000 })
    await shiftRow.first().getByRole('button', { name: /^Show sale of / }).click()
    const panel = page.getByRole('region', { name: 'Sale' })
    await expect.poll(() => panel.getAttribute('data-session')).toBe(started.sessionId)
    expect((await panel.locator('.sale-amount').innerText()).trim()).toBe('$1,234.50')

    // Ledger, freshly loaded (not a live row): Charged and Received.
    await page.goto(`${h.consoleUrl}#/ledger`)
    await page.getByLabel('Search').fill(sale.transactionId)
    const ledger = page.getByRole('table', { name: 'Transfers' })
    const row = ledger.getByRole('row').filter({ has: page.getByRole('link', { name: transferId, exact: true }) })
    await row.waitFor({ timeout: 10_000 })
    await expect.poll(async () => (await ledger.getByRole('link').allInnerTexts()).map((t) => t.trim())).toEqual([transferId])
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('$1,234.50')
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('1,234.5 USDC')

    // Both exports of that one row.
    const csv = parseCsv(await download(() => page.getByRole('button', { name: 'Export CSV' }).click()))
    expect(csv).toHaveLength(2)
    const header = csv[0]!
    const get = (k: string) => csv[1]![header.indexOf(k)]
    expect([get('fiatAmount'), get('fiatCurrency'), get('usdCharged'), get('fxRate'), get('cryptoAmount'), get('asset'), get('network')]).toEqual([
      '1234.50',
      'USD',
      '1234.50',
      '',
      '1234.5',
      'USDC',
      'Ethereum'
    ])
    expect([get('transactionId'), get('transferId'), get('txHash')]).toEqual([sale.transactionId, transferId, detail.transfer.txHash])
    expect(get('firstSeenAt')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[12]:00$/)
    expect(Date.parse(get('firstSeenAt')!)).toBe(detail.transfer.firstSeenAt)
    const json = JSON.parse(await download(() => page.getByRole('button', { name: 'Export JSON' }).click())) as Record<string, unknown>[]
    expect(json).toHaveLength(1)
    expect(json[0]).toMatchObject({
      fiatAmount: '1234.50',
      fiatCurrency: 'USD',
      usdCharged: '1234.50',
      fxRate: null,
      cryptoAmount: '1234.5',
      asset: 'USDC',
      network: 'Ethereum',
      transactionId: sale.transactionId,
      transferId,
      firstSeenAt: get('firstSeenAt')
    })

    // Transfer page.
    await page.getByRole('link', { name: transferId, exact: true }).click()
    await page.getByTestId('transfer-charged').waitFor({ timeout: 10_000 })
    expect((await page.getByTestId('transfer-charged').innerText()).trim()).toBe('$1,234.50')
    expect((await page.getByTestId('transfer-crypto').innerText()).trim()).toBe('1,235.7345 USDC sent · 1,234.5 USDC received · Ethereum')

    // Receipt.
    await page.getByRole('link', { name: 'Reprint receipt' }).click()
    await page.locator('[data-testid="receipt"][data-paid="true"]').waitFor({ timeout: 10_000 })
    expect((await page.getByTestId('receipt-charged').innerText()).trim()).toBe('$1,234.50')
    expect((await page.getByTestId('receipt-paid-in').innerText()).trim()).toBe('1,234.5 USDC')
  }, 60_000)
})
