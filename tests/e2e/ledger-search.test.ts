// Issue 14, items 4 and 5 in Chromium against headless sandbox: an upper-case TxHash finds its
// transfer; amounts find transfers exactly (a sale's fiat, a crypto amount) and by range; a URL
// with filters reproduces the view in a fresh page; the Ledger's time keeps its seconds; and at
// 1024×700 the Transfer page's attempts table needs no inner scroll, its notes whole.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted, TransferDetail } from '../../src/shared/contract'
import { parseCsv } from '../../src/renderer/src/lib/csv'
import { waitFor } from '../helpers/wait'
import { api, collectErrors, emulatorFetch, launchChromium, SCREENS, startHeadless, type Headless } from './console-helpers'

const TZ = 'Europe/Berlin'
const ZONE_NOTE = /^Times in Europe\/Berlin \(UTC\+0[12]:00\)$/
/** A Berlin wall time as the spec writes it ("2026-12-01 14:03:07"): sv-SE formats dates ISO-like. */
const berlin = (ms: number) => new Date(ms).toLocaleString('sv-SE', { timeZone: TZ, hourCycle: 'h23' })
const berlinDay = (ms: number) => berlin(ms).slice(0, 10)

describe('Ledger search, filters in the URL and readable times (Chromium)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []
  /** A sale of $37.25 paid in ETH (0.0142): found by its fiat amount or its crypto amount. */
  let sale: { transferId: string; transactionId: string }
  /** 8.4 USDC, no sale: found by its crypto amount and by its TxHash typed in upper case. */
  let usdc: { transferId: string; txHash: string }
  /** 55 USDC, failed: outside the range, and with retried attempts for the Transfer page. */
  let failed: { transferId: string }

  /** The delivery attempts a Transfer page lists: every event's, and the rejected ones. */
  const attemptsOn = (detail: TransferDetail): number => detail.events.reduce((n, e) => n + e.deliveries.length, 0) + detail.rejected.length

  /** Waits until the transfer is in `status` with at least `attempts` delivery attempts on its page (rejected ones included). */
  function settled(transferId: string, status: string, attempts = 2): Promise<TransferDetail> {
    return waitFor(
      async () => {
        const detail = await api<TransferDetail>(h, 'ledger.get', { transferId })
        return detail.transfer.status === status && attemptsOn(detail) >= attempts ? detail : null
      },
      { timeoutMs: 20_000, intervalMs: 150, what: `transfer ${transferId} ${status} with ${attempts} attempts` }
    )
  }

  async function emulate(body: Record<string, unknown>): Promise<string> {
    const res = await emulatorFetch(h, '/_emulator/transfers', body)
    expect(res.status).toBe(201)
    return ((await res.json()) as { transferId: string }).transferId
  }

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    const started = await api<SaleStarted>(h, 'sales.start', { amount: '37.25', asset: 'USDC' })
    const saleId = await emulate({ transactionId: started.transactionId, amountInFiat: 37.25, symbol: 'ETH', amount: 0.0142, outcome: 'succeeded' })
    // The first attempt of each event is signed wrongly, the next one answered late: long notes.
    const usdcId = await emulate({ amountInFiat: 8.4, outcome: 'succeeded', faults: { badSignature: 1 } })
    const failedId = await emulate({ amountInFiat: 55, outcome: 'failed', faults: { slowFirst: 1 } })
    await settled(saleId, 'succeeded')
    const d = await settled(usdcId, 'succeeded', 4)
    await settled(failedId, 'failed', 4)
    sale = { transferId: saleId, transactionId: started.transactionId }
    usdc = { transferId: usdcId, txHash: d.transfer.txHash! }
    failed = { transferId: failedId }
    expect(usdc.txHash).toMatch(/^0x[0-9a-f]{64}$/)

    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: TZ, colorScheme: 'light', acceptDownloads: true })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base })
    page = await context.newPage()
    collectErrors(page, errors, 'ledger-search')
  }, 90_000)

  afterEach(() => {
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const ledger = (p: Page = page) => p.getByRole('table', { name: 'Transfers' })
  /** The TransferIds the Ledger lists, top to bottom. */
  const listed = async (p: Page = page) => (await ledger(p).getByRole('link').allInnerTexts()).map((t) => t.trim())
  const shot = (p: Page, name: string) => p.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true })
  const hashOf = (p: Page) => new URL(p.url()).hash

  async function openLedger(hash = '#/ledger'): Promise<void> {
    await page.goto(`${h.consoleUrl}${hash}`)
    await page.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor()
  }

  it('finds a transfer by its TxHash typed in upper case, and by a prefix of it', async () => {
    await openLedger()
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual(expect.arrayContaining([sale.transferId, usdc.transferId, failed.transferId]))
    await page.getByLabel('Search').fill(usdc.txHash.toUpperCase())
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([usdc.transferId])
    expect(hashOf(page)).toBe(`#/ledger?q=${usdc.txHash.toUpperCase()}`)
    await page.getByLabel('Search').fill(usdc.txHash.slice(0, 12).toUpperCase())
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([usdc.transferId])
    // The TransactionId in upper case too.
    await page.getByLabel('Search').fill(sale.transactionId.toUpperCase())
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([sale.transferId])
  })

  it('finds transfers by an exact fiat amount, an exact crypto amount and a range', async () => {
    await openLedger()
    const from = page.getByLabel('Minimum amount')
    const to = page.getByLabel('Maximum amount')
    // The sale's fiat charge (its crypto is 0.0142 ETH).
    await from.fill('37.25')
    await to.fill('37.25')
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([sale.transferId])
    expect(hashOf(page)).toBe('#/ledger?min=37.25&max=37.25')
    // A crypto amount: the ETH received.
    await from.fill('0.0142')
    await to.fill('0.0142')
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([sale.transferId])
    // 8.4 USDC received, typed with a trailing zero.
    await from.fill('8.40')
    await to.fill('8.40')
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([usdc.transferId])
    // A range: 8 to 40 holds $37.25 and 8.4 USDC, not 55 USDC.
    await from.fill('8')
    await to.fill('40')
    await expect.poll(async () => (await listed()).sort(), { timeout: 10_000 }).toEqual([sale.transferId, usdc.transferId].sort())

    // A bound that cannot be read: a specific message, the list as it was, nothing sent.
    await to.fill('40,5')
    const alert = page.getByRole('alert').filter({ hasText: 'thousands separators' })
    await alert.waitFor()
    expect(await alert.innerText()).toBe('Maximum: Type the amount without thousands separators, with a decimal point: 1234.50.')
    expect(await to.getAttribute('aria-invalid')).toBe('true')
    expect(hashOf(page)).toBe('#/ledger?min=8&max=40')
    await to.fill('7')
    await page.getByRole('alert').filter({ hasText: 'The lower bound is above the upper one' }).waitFor()
    expect(hashOf(page)).toBe('#/ledger?min=8&max=40')

    // A search that is a number offers to look for it as an amount.
    await from.fill('')
    await to.fill('')
    await page.getByLabel('Search').fill('55')
    await page.getByRole('button', { name: 'Find the amount 55' }).click()
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([failed.transferId])
    expect(await from.inputValue()).toBe('55')
    expect(await to.inputValue()).toBe('55')
    expect(await page.getByLabel('Search').inputValue()).toBe('')
  })

  it('names the filters when nothing matches', async () => {
    await openLedger('#/ledger?status=failed&min=37.25&max=37.25')
    await page.getByText('No transfers match these filters').waitFor({ timeout: 10_000 })
    expect(await page.getByTestId('active-filters').innerText()).toBe('Filters: status Failed · amount exactly 37.25.')
    await page.getByRole('button', { name: 'Clear the filters' }).click()
    await expect.poll(() => hashOf(page)).toBe('#/ledger')
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual(expect.arrayContaining([sale.transferId, usdc.transferId, failed.transferId]))
    expect(await page.getByLabel('Minimum amount').inputValue()).toBe('')
  })

  it('keeps the filters in the URL without a history entry per change; the copied link reproduces the view in a fresh page', async () => {
    await openLedger()
    const historyBefore = await page.evaluate('history.length')
    const now = Date.now()
    const dayFrom = berlinDay(now - 86_400_000)
    const dayTo = berlinDay(now + 86_400_000)
    await page.getByLabel('Status').selectOption('succeeded')
    await page.getByLabel('From', { exact: true }).fill(dayFrom)
    await page.getByLabel('To', { exact: true }).fill(dayTo)
    await page.getByLabel('Minimum amount').fill('8')
    await page.getByLabel('Maximum amount').fill('40')
    await page.getByLabel('Search').fill(usdc.txHash.slice(0, 10))
    const expectedHash = `#/ledger?status=succeeded&q=${usdc.txHash.slice(0, 10)}&from=${dayFrom}&to=${dayTo}&min=8&max=40`
    await expect.poll(() => hashOf(page), { timeout: 10_000 }).toBe(expectedHash)
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([usdc.transferId])
    expect(await page.evaluate('history.length')).toBe(historyBefore)
    await page.setViewportSize({ width: 1280, height: 800 })
    await shot(page, 'ledger-search-1280-light')

    await page.getByRole('button', { name: 'Copy link to this view' }).click()
    await page.getByText('Copied', { exact: true }).waitFor()
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string
    expect(copied).toBe(`${h.base}/${expectedHash}`)
    expect(copied).not.toContain(h.token)

    // A fresh page (its own context: nothing in memory or storage) opened at that link, signed in.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: TZ })
    const other = await fresh.newPage()
    const otherErrors: string[] = []
    collectErrors(other, otherErrors, 'fresh')
    await other.goto(`${h.consoleUrl}${new URL(copied).hash}`)
    await expect.poll(() => listed(other), { timeout: 10_000 }).toEqual([usdc.transferId])
    expect(await other.getByLabel('Search').inputValue()).toBe(usdc.txHash.slice(0, 10))
    expect(await other.getByLabel('Status').inputValue()).toBe('succeeded')
    expect(await other.getByLabel('From', { exact: true }).inputValue()).toBe(dayFrom)
    expect(await other.getByLabel('To', { exact: true }).inputValue()).toBe(dayTo)
    expect(await other.getByLabel('Minimum amount').inputValue()).toBe('8')
    expect(await other.getByLabel('Maximum amount').inputValue()).toBe('40')
    expect(await other.getByLabel('Include test transfers').isChecked()).toBe(false)
    expect(hashOf(other)).toBe(expectedHash)
    expect(otherErrors).toEqual([])
    await fresh.close()

    // Going to a transfer and back (the link keeps the filters), then Back in history.
    await page.getByRole('link', { name: usdc.transferId, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(usdc.transferId) }).waitFor()
    await page.getByRole('link', { name: '← Back to ledger' }).click()
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([usdc.transferId])
    expect(hashOf(page)).toBe(expectedHash)
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: new RegExp(usdc.transferId) }).waitFor()
  })

  it('shows the Ledger time with seconds, whole, at 1280 and at 1024 px, and the zone once', async () => {
    const detail = await api<TransferDetail>(h, 'ledger.get', { transferId: sale.transferId })
    for (const [width, height] of [
      [1280, 800],
      [1024, 700]
    ] as const) {
      await page.setViewportSize({ width, height })
      await openLedger(`#/ledger?q=${sale.transactionId}`)
      await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([sale.transferId])
      const cell = ledger().getByRole('row').filter({ has: page.getByRole('link', { name: sale.transferId, exact: true }) }).getByRole('cell').first()
      expect(await cell.innerText()).toBe(berlin(detail.transfer.firstSeenAt))
      expect(await cell.innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
      // Not cut by an ellipsis.
      expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      // The table itself fits at both widths.
      expect(await ledger().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      expect(await page.getByText(ZONE_NOTE).count()).toBe(1)
    }
  })

  /** Every word of every note on one line (never cut mid-word), inside the table's container. */
  async function notesWhole(p: Page): Promise<{ notes: string[]; brokenWords: string[]; outside: string[] }> {
    return p.evaluate(`(() => {
      const notes = [], brokenWords = [], outside = []
      for (const wrap of document.querySelectorAll('.attempts-wrap')) {
        const box = wrap.getBoundingClientRect()
        for (const cell of wrap.querySelectorAll('.attempt-note')) {
          const span = cell.querySelector('span:not(.visually-hidden)')
          if (!span) continue
          notes.push(span.textContent)
          const r = span.getBoundingClientRect()
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5) outside.push(span.textContent)
          const text = span.firstChild
          const re = /\\S+/g
          let m
          while ((m = re.exec(text.data))) {
            const range = document.createRange()
            range.setStart(text, m.index)
            range.setEnd(text, m.index + m[0].length)
            const lines = new Set([...range.getClientRects()].map((x) => Math.round(x.top)))
            if (lines.size > 1) brokenWords.push(m[0])
          }
        }
      }
      return { notes, brokenWords, outside }
    })()`)
  }

  it('shows the attempts table at 1024×700 and 1280×800 without an inner scroll, the budget and every note whole', async () => {
    for (const id of [usdc.transferId, failed.transferId]) {
      for (const [width, height] of [
        [1024, 700],
        [1280, 800]
      ] as const) {
        await page.setViewportSize({ width, height })
        await page.goto(`${h.consoleUrl}#/transfer/${encodeURIComponent(id)}`)
        const tables = page.getByRole('table', { name: 'Delivery attempts' })
        await expect.poll(() => tables.count(), { timeout: 10_000 }).toBe(2)
        for (const wrap of await page.locator('.attempts-wrap').all()) {
          expect(await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth })).then((d) => d.scroll <= d.client)).toBe(true)
        }
        // The budget header and each answer time are on screen inside the table.
        expect(await tables.first().getByRole('columnheader', { name: 'Time to answer (budget 200 ms)' }).isVisible()).toBe(true)
        // Two events, each tried at least twice (its first attempt faulted). On a busy machine Mesh
        // (the emulator) may retry once more: the page lists what the ledger holds.
        const attempts = attemptsOn(await api<TransferDetail>(h, 'ledger.get', { transferId: id }))
        expect(attempts).toBeGreaterThanOrEqual(4)
        const times = await page.locator('.attempts .budget-text').allInnerTexts()
        expect(times.length).toBe(attempts)
        for (const t of times) expect(t).toMatch(/^\d+ ms$/)
        const { notes, brokenWords, outside } = await notesWhole(page)
        expect(notes).toHaveLength(attempts)
        expect(brokenWords).toEqual([])
        expect(outside).toEqual([])
        if (id === usdc.transferId) expect(notes.filter((n) => n.startsWith('Signature does not match our webhook secret'))).toHaveLength(2)
        else expect(notes.filter((n) => /; answered late \(\d+ ms ≥ 200 ms\), so Mesh retried$/.test(n)).length).toBeGreaterThanOrEqual(2)
        // Received keeps its seconds (and milliseconds), in the page's zone, and the zone is named once.
        const received = await tables.first().locator('tbody tr').first().locator('td').nth(2).innerText()
        expect(received.replace(/\s+/g, ' ')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/)
        expect(await page.getByText(ZONE_NOTE).count()).toBe(1)
      }
    }
  }, 60_000)

  it('opens the Inspector from a link with its verdict filter and the delivery open, and keeps them in the URL', async () => {
    const rejected = await api<{ items: { id: number; verdict: string }[] }>(h, 'deliveries.list', { rejected: true, limit: 10 })
    const target = rejected.items[rejected.items.length - 1]!
    expect(target.verdict).toBe('signature_invalid')
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${h.consoleUrl}#/inspector?verdict=rejected&delivery=${target.id}`)
    await page.getByRole('heading', { name: `Delivery #${target.id}` }).waitFor({ timeout: 10_000 })
    expect(await page.getByLabel('Verdict').inputValue()).toBe('rejected')
    const list = page.getByRole('table', { name: 'Deliveries' })
    await expect.poll(async () => (await list.getByRole('button', { name: /^Open delivery #/ }).allInnerTexts()).sort(), { timeout: 10_000 }).toEqual(rejected.items.map((d) => `#${d.id}`).sort())
    // The list's time to the second, whole; the open delivery's with milliseconds.
    // Cells: the bulk-replay checkbox, the delivery's number, then Received.
    const cell = list.getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(`^Open delivery #${target.id} `) }) }).getByRole('cell').nth(2)
    expect(await cell.innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    expect(await page.getByRole('region', { name: `Delivery #${target.id}` }).innerText()).toMatch(/Received\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}/)
    expect(await page.getByText(ZONE_NOTE).count()).toBe(1)
    await page.getByLabel('Verdict').selectOption('accepted')
    await expect.poll(() => hashOf(page)).toBe(`#/inspector?verdict=accepted&delivery=${target.id}`)
    await page.getByRole('button', { name: 'Close delivery' }).click()
    await expect.poll(() => hashOf(page)).toBe('#/inspector?verdict=accepted')
  })

  it('exports the filtered view with ISO 8601 times and their offset', async () => {
    await openLedger(`#/ledger?min=37.25&max=37.25`)
    await expect.poll(() => listed(), { timeout: 10_000 }).toEqual([sale.transferId])
    const [d] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])) as [Download, void]
    const csv = parseCsv(await readFile((await d.path())!, 'utf8'))
    expect(csv).toHaveLength(2)
    const at = csv[1]![csv[0]!.indexOf('firstSeenAt')]!
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/)
    const detail = await api<TransferDetail>(h, 'ledger.get', { transferId: sale.transferId })
    expect(Date.parse(at)).toBe(detail.transfer.firstSeenAt)
  })

  it('takes screenshots of the Ledger with filters and the Transfer page, light and dark, at 1280 and 1024 px', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [1280, 800],
        [1024, 700]
      ] as const) {
        const ctx = await browser.newContext({ viewport: { width, height }, locale: 'en-US', timezoneId: TZ, colorScheme: scheme })
        const p = await ctx.newPage()
        const local: string[] = []
        collectErrors(p, local, `shots-${scheme}-${width}`)
        await p.goto(`${h.consoleUrl}#/ledger?status=succeeded&min=8&max=40`)
        await expect.poll(async () => (await listed(p)).length, { timeout: 10_000 }).toBe(2)
        await shot(p, `ledger-filters-${width}-${scheme}`)
        await p.goto(`${h.consoleUrl}#/transfer/${encodeURIComponent(usdc.transferId)}`)
        await expect.poll(() => p.getByRole('table', { name: 'Delivery attempts' }).count(), { timeout: 10_000 }).toBe(2)
        await shot(p, `transfer-attempts-${width}-${scheme}`)
        expect(local).toEqual([])
        await ctx.close()
      }
    }
  }, 60_000)
})
