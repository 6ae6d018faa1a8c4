// The console end to end: headless mode in sandbox (built-in Mesh emulator), Debian's Chromium,
// the REAL @meshconnect/web-link-sdk framing the emulator's Link page. One server and one page
// for the file (starting them is the slow part); each test makes the sales and transfers it
// checks, and none relies on what an earlier one left behind.
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Download, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page as ApiPage, SaleStarted, TransferDetail, TransferRow } from '../../src/shared/contract'
import { parseCsv } from '../../src/renderer/src/lib/csv'
import { api, collectErrors, counterReady, emulatorDeliveries, emulatorFetch, launchChromium, SALE_RECORDER, saleStates, SCREENS, setEmulatorFaults, startHeadless, type Headless } from './console-helpers'

describe('console (headless sandbox, Chromium, real Web Link SDK)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []
  const offLoopback: string[] = []

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true })
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true, colorScheme: 'light' })
    await context.addInitScript(SALE_RECORDER)
    page = await context.newPage()
    collectErrors(page, errors, 'console')
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (/^(http|ws)s?:$/.test(url.protocol) && url.hostname !== '127.0.0.1') offLoopback.push(r.url())
    })
    await page.goto(h.consoleUrl)
  }, 60_000)

  afterEach(() => {
    // Each test on its own: no console errors, no page errors, nothing requested off loopback.
    expect(errors).toEqual([])
    expect(offLoopback).toEqual([])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const nav = (name: 'Counter' | 'Ledger' | 'Inspector') => page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click()
  const salePanel = (): Locator => page.getByRole('region', { name: 'Sale' })
  const linkFrame = (): FrameLocator => page.frameLocator('#mesh-link-popup__iframe')
  const linkButton = (name: string) => linkFrame().getByRole('button', { name, exact: true })
  const shot = (name: string) => page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true })

  /** Types an amount, presses Enter, and waits for the new sale and Link's exchange list. */
  async function charge(amount: string): Promise<string> {
    await nav('Counter')
    const before = await salePanel().getAttribute('data-session')
    const field = page.getByLabel('Amount', { exact: true })
    await counterReady(page)
    await field.fill(amount)
    await field.press('Enter')
    await expect.poll(() => salePanel().getAttribute('data-session'), { timeout: 10_000 }).not.toBe(before)
    await linkButton('Coinbase').waitFor({ timeout: 10_000 })
    return (await salePanel().getAttribute('data-session'))!
  }

  async function waitForState(state: string, timeout = 20_000): Promise<void> {
    await expect.poll(() => salePanel().getAttribute('data-state'), { timeout, interval: 100 }).toBe(state)
  }

  async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [d] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void]
    return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') }
  }

  it('charges with the real SDK: pending, then succeeded from the webhook; the ledger and the detail show the retried deliveries', async () => {
    await setEmulatorFaults(h, null)
    // Faults for the next sale, through the inspector's own button: the first attempt of each
    // event reaches us after the 200 ms budget, so Mesh (the emulator) retries it.
    await nav('Inspector')
    await page.getByLabel('Slow first attempts').fill('1')
    await page.getByRole('button', { name: 'Apply faults to next sale' }).click()
    await expect.poll(() => page.getByText('Faults for the next sale: slow first 1.').count()).toBe(1)

    // The counter: type, Enter, Link opens in the SDK's iframe.
    const sessionId = await charge('12.50')
    expect(await salePanel().getByTestId('sale-state').innerText()).toBe('Waiting for customer')
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    await waitForState('succeeded', 30_000)

    const seen = await saleStates(page, sessionId)
    expect(seen).toContain('pending')
    expect(seen.indexOf('pending')).toBeLessThan(seen.indexOf('succeeded'))
    expect(seen[seen.length - 1]).toBe('succeeded')
    expect(await salePanel().getByTestId('sale-state').innerText()).toContain('Succeeded')
    expect(await salePanel().innerText()).toMatch(/\$12\.50/)
    const saleNow = () => api<{ transferId: string | null; sdkEvents: { type: string }[] }>(h, 'sales.get', { sessionId })
    const transferId = (await saleNow()).transferId!
    expect(transferId).toBeTruthy()
    // Every SDK callback reached the server, under the names the contract uses. The webhook may
    // turn the sale green before Link's last callbacks (its Done and exit) have been posted.
    await expect
      .poll(async () => (await saleNow()).sdkEvents.map((e) => e.type), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['pageLoaded', 'integrationSelected', 'integrationConnected', 'transferPreviewed', 'transferExecuted', 'transferFinished', 'exit']))
    // This shift lists the sale.
    expect(await page.getByRole('table', { name: 'Sales this shift' }).innerText()).toMatch(/\$12\.50[\s\S]*Succeeded/)
    await shot('counter')

    // The emulator did retry: more attempts than events.
    const attempts = await emulatorDeliveries(h, transferId)
    expect(attempts.some((a) => a.attempt > 1)).toBe(true)

    // Ledger: the sale's transfer is listed, with its retried marker.
    await nav('Ledger')
    const ledger = page.getByRole('table', { name: 'Transfers' })
    const link = ledger.getByRole('link', { name: transferId, exact: true })
    await link.waitFor()
    const rowText = await ledger.getByRole('row').filter({ has: page.getByRole('link', { name: transferId, exact: true }) }).innerText()
    expect(rowText).toMatch(/Succeeded/)
    expect(rowText).toMatch(/retried/)
    await shot('ledger')

    // Detail: one timeline with the link session, SDK callbacks and each EventId with its attempts.
    await link.click()
    await page.getByRole('heading', { level: 1, name: new RegExp(transferId) }).waitFor()
    const timeline = page.getByRole('list', { name: 'Timeline' })
    await timeline.waitFor()
    const detail = await api<TransferDetail>(h, 'ledger.get', { transferId })
    expect(detail.events.length).toBeGreaterThanOrEqual(2)
    await expect.poll(async () => (await page.getByRole('table', { name: 'Delivery attempts' }).count()) >= detail.events.length).toBe(true)
    const text = await timeline.innerText()
    for (const e of detail.events) expect(text).toContain(e.eventId)
    expect(text).toMatch(/Link session started/)
    expect(text).toMatch(/transferFinished/)
    expect(text).toMatch(/Pending/)
    expect(text).toMatch(/Succeeded/)
    // A retried event: two attempts, the second a duplicate; the slow first one is flagged.
    const retried = detail.events.find((e) => e.deliveries.length > 1)
    expect(retried).toBeDefined()
    expect(text).toMatch(/duplicate/)
    expect(text).toMatch(/answered late \(\d+ ms ≥ 200 ms\), so Mesh retried/)
    await shot('transfer')
  }, 75_000)

  it('ends a declined payment in failed and a closed Link in abandoned, never succeeded', async () => {
    await setEmulatorFaults(h, null)
    const declined = await charge('3.00')
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Decline').click()
    await waitForState('failed')
    // Decline is the exchange refusing the transfer in Link (transferExecutionError): the sale ends as declined.
    expect(await salePanel().getByTestId('sale-state').innerText()).toBe('Declined by Coinbase')
    const failedSale = await api<{ transferId: string | null }>(h, 'sales.get', { sessionId: declined })

    const closed = await charge('4.00')
    await linkButton('Close').click()
    await waitForState('abandoned')
    expect(await salePanel().getByTestId('sale-state').innerText()).toBe('Abandoned')

    // Late webhooks: once Mesh (the emulator) has delivered the declined transfer's final event,
    // and the server holds both sales as final, the page still never showed succeeded.
    if (failedSale.transferId) {
      const transferId = failedSale.transferId
      await expect.poll(async () => (await emulatorDeliveries(h, transferId)).some((a) => a.status === 'Failed' && a.ok), { timeout: 10_000 }).toBe(true)
    }
    await expect.poll(async () => (await api<{ state: string }>(h, 'sales.get', { sessionId: declined })).state).toBe('failed')
    await expect.poll(async () => (await api<{ state: string }>(h, 'sales.get', { sessionId: closed })).state).toBe('abandoned')
    expect(await saleStates(page, declined)).not.toContain('succeeded')
    expect(await saleStates(page, closed)).not.toContain('succeeded')
    expect(await saleStates(page, closed)).not.toContain('pending')
  }, 45_000)

  it('lets a returning customer skip the exchange sign-in (accessTokens passed to the SDK)', async () => {
    await setEmulatorFaults(h, null)
    const customer = `LOYAL-${Date.now()}`
    await nav('Counter')
    await page.getByLabel('Customer', { exact: true }).fill(customer)
    const first = await charge('2.00')
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    await waitForState('succeeded', 30_000)

    await page.getByLabel('Customer', { exact: true }).fill(customer)
    const second = await charge('2.50')
    expect(second).not.toBe(first)
    // Link recognised the saved connection: no sign-in step, straight to the payment.
    await linkFrame().getByText('connected').first().waitFor({ timeout: 10_000 })
    await linkButton('Coinbase').click()
    await linkButton('Approve').click()
    await waitForState('succeeded', 30_000)
    const saleNow = () => api<{ hasCustomer: boolean; sdkEvents: { type: string }[] }>(h, 'sales.get', { sessionId: second })
    expect((await saleNow()).hasCustomer).toBe(true)
    // Once the callbacks after the sign-in step's place have arrived, that step's is not among them.
    await expect.poll(async () => (await saleNow()).sdkEvents.map((e) => e.type), { timeout: 10_000 }).toContain('transferExecuted')
    expect((await saleNow()).sdkEvents.map((e) => e.type)).not.toContain('credentialsEntered')
  }, 60_000)

  it('shows a bad-signature delivery in the inspector with its reason, and replays an accepted one as a duplicate', async () => {
    await nav('Inspector')
    // A slow answer to "Clear faults" (held until the next fault is typed) must not wipe that fault.
    let answer!: () => void
    const held = new Promise<void>((resolve) => (answer = resolve))
    await page.route(
      '**/api/sandbox.setFaults',
      async (route) => {
        await held
        await route.continue()
      },
      { times: 1 }
    )
    await page.getByRole('button', { name: 'Clear faults' }).click()
    await page.getByLabel('Bad signature').fill('1')
    answer()
    await page.getByRole('button', { name: 'Create test transfer' }).click()
    // The fault typed right after "Clear faults" is the one the transfer was created with.
    await expect.poll(() => page.getByText(/Test transfer \S+ created/).count(), { timeout: 10_000 }).toBe(1)
    expect(await page.getByText(/Test transfer \S+ created/).innerText()).toMatch(/faults: bad signature on first 1\)/)

    await page.getByLabel('Verdict').selectOption('rejected')
    const list = page.getByRole('table', { name: 'Deliveries' })
    const rejected = list.getByRole('button', { name: /^Open delivery #\d+ \(signature invalid\)$/ }).first()
    await rejected.waitFor({ timeout: 10_000 })
    await rejected.click()
    const detail = page.getByRole('region', { name: /^Delivery #\d+$/ })
    await detail.getByRole('table', { name: 'Headers' }).waitFor()
    const detailText = await detail.innerText()
    expect(detailText).toMatch(/signature invalid/)
    expect(detailText).toMatch(/does not match the body and our webhook secret/)
    expect(detailText).toMatch(/HTTP 401/)
    expect(detailText.toLowerCase()).toContain('x-mesh-signature-256')
    await shot('inspector')

    await page.getByLabel('Verdict').selectOption('accepted')
    const accepted = list.getByRole('button', { name: /^Open delivery #\d+ \(accepted\)$/ }).first()
    await accepted.waitFor()
    await accepted.click()
    await page.getByRole('button', { name: 'Replay', exact: true }).click()
    await expect.poll(() => page.getByText(/Replayed as delivery #\d+: duplicate \(HTTP 200\)/).count(), { timeout: 10_000 }).toBe(1)
    await page.getByRole('button', { name: 'Clear faults' }).click()
  }, 40_000)

  it('searches, filters and exports the ledger (CSV and JSON files hold exactly the rows shown)', async () => {
    // Its own data: a paid sale (a transfer with the sale's TransactionId) and a failed transfer.
    const sale = await api<SaleStarted>(h, 'sales.start', { amount: '6.10', asset: 'USDC' })
    const res = await emulatorFetch(h, '/_emulator/transfers', { transactionId: sale.transactionId, amountInFiat: 6.1, outcome: 'succeeded' })
    expect(res.status).toBe(201)
    const ok = { sessionId: sale.sessionId, transferId: ((await res.json()) as { transferId: string }).transferId }
    const declined = await api<{ transferId: string }>(h, 'sandbox.createTransfer', { amountInFiat: '6.20', outcome: 'failed' })
    const statusOf = async (transferId: string) => (await api<TransferDetail>(h, 'ledger.get', { transferId }).catch(() => null))?.transfer.status
    await expect.poll(() => statusOf(ok.transferId), { timeout: 15_000 }).toBe('succeeded')
    await expect.poll(() => statusOf(declined.transferId), { timeout: 15_000 }).toBe('failed')
    await nav('Ledger')
    const table = page.getByRole('table', { name: 'Transfers' })
    const shownIds = async () => (await table.getByRole('link').allInnerTexts()).map((t) => t.trim())

    // Status filter.
    await page.getByLabel('Status').selectOption('failed')
    const failed = await api<ApiPage<TransferRow>>(h, 'ledger.list', { status: 'failed', limit: 500 })
    expect(failed.total).toBeGreaterThan(0)
    await expect.poll(shownIds).toEqual(failed.items.map((r) => r.transferId))
    const json = await download(() => page.getByRole('button', { name: 'Export JSON' }).click())
    expect(json.name).toMatch(/^countertop-ledger-\d{8}\.json$/)
    const exported = JSON.parse(json.text) as TransferRow[]
    expect(exported.map((r) => r.transferId)).toEqual(failed.items.map((r) => r.transferId))
    expect(exported.every((r) => r.status === 'failed')).toBe(true)

    // Search by a TransferId prefix (≥ 6 characters), all statuses.
    await page.getByLabel('Status').selectOption('')
    await page.getByLabel('Search').fill(ok.transferId.slice(0, 10))
    await expect.poll(shownIds).toEqual([ok.transferId])
    const csv = await download(() => page.getByRole('button', { name: 'Export CSV' }).click())
    expect(csv.name).toMatch(/^countertop-ledger-\d{8}\.csv$/)
    const rows = parseCsv(csv.text)
    expect(rows).toHaveLength(2)
    const header = rows[0]!
    expect(rows[1]![header.indexOf('transferId')]).toBe(ok.transferId)
    expect(rows[1]![header.indexOf('status')]).toMatch(/^succeeded$/i)

    // Search by the sale's TransactionId (exact).
    await page.getByLabel('Search').fill(sale.transactionId)
    await expect.poll(shownIds).toEqual([ok.transferId])

    // A date range with nothing in it: the empty state.
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.getByLabel('From').fill('2099-01-01')
    await page.getByText('No transfers match these filters').waitFor()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(async () => (await shownIds()).length).toBeGreaterThanOrEqual(2)

    // Live: a new transfer appears at the top without a reload.
    const created = await api<{ transferId: string }>(h, 'sandbox.createTransfer', { amountInFiat: '7.00', outcome: 'succeeded' })
    await expect.poll(async () => (await shownIds())[0], { timeout: 10_000 }).toBe(created.transferId)
  }, 45_000)

  it('switches to the dark theme and keeps every control named and reachable by keyboard', async () => {
    await nav('Counter')
    const focused = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '')
    await page.getByLabel('Amount', { exact: true }).focus()
    const order: string[] = [await focused()]
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      order.push(await focused())
    }
    // "Forget customer" is disabled while the field is empty, so Tab goes on to Charge.
    expect(order).toEqual(['amount', 'asset', 'network', 'customer', 'charge'])
    await page.getByRole('button', { name: 'Toggle theme' }).click()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    for (const name of ['Amount', 'Asset', 'Network', 'Customer']) expect(await page.getByLabel(name, { exact: true }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Charge' }).count()).toBe(1)
    // A delivery of its own (the self-test's signed one) for "last delivery" to show.
    await api(h, 'health.selfTest')
    await expect.poll(() => page.getByRole('region', { name: 'Health' }).innerText()).toMatch(/emulator[\s\S]*listening[\s\S]*webhooks\/mesh[\s\S]*Tunnel\s+off[\s\S]*(ago|just now)/)
    await shot('counter-dark')
    await nav('Ledger')
    await page.getByRole('table', { name: 'Transfers' }).waitFor()
    await shot('ledger-dark')
    await page.getByRole('button', { name: 'Toggle theme' }).click()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light')
  })

  it('never prewarms the SDK (no hidden Link iframe, nothing requested off loopback)', async () => {
    await nav('Counter')
    expect(await page.locator('#mesh-link-prewarm-container').count()).toBe(0)
  })
})
