// Bulk replay and the support bundle end to end: headless mode in sandbox (built-in Mesh
// emulator) as a child process, Debian's Chromium, the real Web Link SDK for the sale. Each test
// starts its own server, so what one records never shows up in the other's counts.
import { mkdirSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHmac, randomUUID } from 'node:crypto'
import type { Browser, BrowserContext, Download, Page, Route } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { DeliveryRow, Page as ApiPage, SaleView } from '../../src/shared/contract'
import { api, collectErrors, counterReady, launchChromium, SCREENS, startHeadless, WEBHOOK_SECRET, type Headless } from './console-helpers'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
] as const

/** base64(HMAC-SHA256(secret, body)), as Mesh signs (written out here, not taken from src/). */
const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64')

/** A Mesh transfer-status webhook, PascalCase as Mesh sends it. */
function meshEvent(p: { eventId: string; transferId: string; status: string; transactionId?: string; extra?: Record<string, unknown> }): string {
  return JSON.stringify({
    EventId: p.eventId,
    Id: randomUUID(),
    SentTimestamp: Math.floor(Date.now() / 1000),
    Timestamp: Date.now(),
    TransferId: p.transferId,
    TransferStatus: p.status,
    TransactionId: p.transactionId ?? `txn-${p.transferId}`,
    Token: 'USDC',
    Chain: 'Ethereum',
    SourceAmount: 3.5,
    DestinationAmount: 3.5,
    ...p.extra
  })
}

async function postWebhook(h: Headless, body: string, opts: { secret?: string; headers?: Record<string, string> } = {}): Promise<number> {
  const res = await fetch(h.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mesh-signature-256': sign(opts.secret ?? WEBHOOK_SECRET, body), ...opts.headers },
    body
  })
  await res.arrayBuffer()
  return res.status
}

/** Every delivery the console lists (newest first), through its API. */
async function allDeliveries(h: Headless): Promise<DeliveryRow[]> {
  const out: DeliveryRow[] = []
  let cursor: string | null = null
  do {
    const page: ApiPage<DeliveryRow> = await api(h, 'deliveries.list', { limit: 500, cursor })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

const cleanups: (() => Promise<void>)[] = []
const errors: string[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
  expect(errors.splice(0)).toEqual([])
})

async function open(route: string): Promise<{ h: Headless; browser: Browser; context: BrowserContext; page: Page }> {
  mkdirSync(SCREENS, { recursive: true })
  const [h, browser] = await Promise.all([startHeadless(), launchChromium()])
  cleanups.push(() => h.stop())
  cleanups.push(() => browser.close())
  const context = await browser.newContext({ viewport: SIZES[0], acceptDownloads: true, colorScheme: 'light', locale: 'en-US' })
  const page = await context.newPage()
  collectErrors(page, errors, route)
  await page.goto(`${h.consoleUrl}#/${route}`)
  return { h, browser, context, page }
}

/** The page at both sizes, light and dark; back to 1280×800 light afterwards. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await page.screenshot({ path: join(SCREENS, `${name}-${size.width}x${size.height}-${colorScheme}.png`) })
    }
  }
  await page.setViewportSize(SIZES[0])
  await page.emulateMedia({ colorScheme: 'light' })
}

describe('bulk replay and the support bundle (headless sandbox, Chromium)', () => {
  it('selects 500 deliveries in the Inspector and replays them with progress, Cancel-able between chunks; the summary has the split of what was sent', async () => {
    const { h, page } = await open('inspector')
    // What we send: 480 distinct events correctly signed (accepted now, so a replay of each is a
    // duplicate), and 20 signed with a key we do not hold (rejected now, and again on replay).
    const bodies = Array.from({ length: 500 }, (_, i) => ({ body: meshEvent({ eventId: `ev-bulk-${i}-${randomUUID()}`, transferId: `tr-bulk-${i % 40}`, status: 'Pending' }), bad: i % 25 === 24 }))
    expect(bodies.filter((b) => b.bad)).toHaveLength(20)
    for (let i = 0; i < bodies.length; i += 25) {
      const statuses = await Promise.all(bodies.slice(i, i + 25).map((b) => postWebhook(h, b.body, b.bad ? { secret: 'not-our-webhook-secret' } : {})))
      expect(statuses.sort()).toEqual(bodies.slice(i, i + 25).map((b) => (b.bad ? 401 : 200)).sort())
    }
    const sources = await allDeliveries(h)
    expect(sources).toHaveLength(500)

    const list = page.getByRole('region', { name: 'Deliveries' })
    await expect.poll(() => list.getByRole('status').first().innerText(), { timeout: 15_000 }).toBe('500 deliveries')
    const bar = page.getByRole('group', { name: 'Bulk replay' })
    // A row's box ticks and unticks from the keyboard.
    const firstBox = page.getByRole('checkbox', { name: `Select delivery #${sources[0]!.id}` })
    await firstBox.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => bar.innerText()).toContain('1 selected')
    await page.keyboard.press('Space')
    await expect.poll(() => bar.innerText()).toContain('None selected')
    // Shift+click ticks a range; Clear selection empties it.
    await page.getByRole('checkbox', { name: `Select delivery #${sources[1]!.id}` }).click()
    await page.getByRole('checkbox', { name: `Select delivery #${sources[4]!.id}` }).click({ modifiers: ['Shift'] })
    await expect.poll(() => bar.innerText()).toContain('4 selected')
    for (const d of sources.slice(1, 5)) expect(await page.getByRole('checkbox', { name: `Select delivery #${d.id}` }).isChecked()).toBe(true)
    await bar.getByRole('button', { name: 'Clear selection' }).click()
    await expect.poll(() => bar.innerText()).toContain('None selected')
    await bar.getByRole('button', { name: 'Select all matching (up to 1,000)' }).click()
    await expect.poll(() => bar.innerText()).toContain('500 selected')
    expect(await page.getByText('Selected all 500 matching deliveries.').count()).toBe(1)
    // The rows in view show their ticks; the header box is on (every loaded row is ticked).
    expect(await page.getByRole('checkbox', { name: `Select delivery #${sources[0]!.id}` }).isChecked()).toBe(true)
    expect(await page.getByRole('checkbox', { name: 'Select every loaded delivery' }).isChecked()).toBe(true)

    // The third chunk is held until the screenshots of the run in progress are taken (the request
    // itself goes through unchanged afterwards).
    const chunks: number[][] = []
    /** Chunk number (1-based, across runs) → what it waits for before going on. */
    const holds = new Map<number, Promise<void>>()
    const hold = (n: number): (() => void) => {
      let release!: () => void
      holds.set(n, new Promise<void>((r) => (release = r)))
      return release
    }
    await page.route('**/api/deliveries.replayMany', async (route: Route) => {
      const ids = (JSON.parse(route.request().postData() ?? '{}') as { ids: number[] }).ids
      chunks.push(ids)
      await holds.get(chunks.length)
      await route.continue()
    })
    const releaseThird = hold(3)
    // Every text the progress line shows, as the page paints it.
    await page.evaluate(`(() => {
      const seen = [];
      window.__bulkProgress = seen;
      new MutationObserver(() => {
        const t = document.querySelector('[data-testid="bulk-progress"]')?.textContent;
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`)
    const replay = bar.getByRole('button', { name: 'Replay selected' })
    // Keyboard only: focus the button and press Enter.
    await replay.focus()
    await page.keyboard.press('Enter')
    const progress = page.getByTestId('bulk-progress')
    await expect.poll(() => progress.innerText(), { timeout: 15_000 }).toBe('Replayed 200 of 500')
    expect(await page.getByRole('progressbar', { name: 'Bulk replay progress' }).getAttribute('value')).toBe('200')
    expect(await replay.isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: 'Cancel', exact: true }).isEnabled()).toBe(true)
    await screenshots(page, 'bulk-replay-running')
    releaseThird()

    const summary = page.getByRole('region', { name: /^Replayed 500 of 500$/ })
    await summary.waitFor({ timeout: 20_000 })
    const counts = Object.fromEntries(await Promise.all(['accepted', 'duplicate', 'rejected', 'stored', 'failed'].map(async (k) => [k, await summary.locator(`[data-count="${k}"]`).innerText()])))
    expect(counts).toEqual({ accepted: '0', duplicate: '480', rejected: '20', stored: '0', failed: '0' })
    expect(await bar.innerText()).toContain('None selected')
    // It advanced chunk by chunk.
    expect(await page.evaluate('window.__bulkProgress')).toEqual(['Replayed 0 of 500', 'Replayed 100 of 500', 'Replayed 200 of 500', 'Replayed 300 of 500', 'Replayed 400 of 500'])
    // Five chunks of 100, oldest first, each delivery once.
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 100, 100, 100])
    const sent = chunks.flat()
    expect(new Set(sent).size).toBe(500)
    expect([...sent].sort((a, b) => a - b)).toEqual(sources.map((d) => d.id).sort((a, b) => a - b))
    expect(sent).toEqual([...sent].sort((a, b) => a - b))
    await screenshots(page, 'bulk-replay-summary')

    // The Inspector lists the replays, live: 1,000 deliveries, the newest a replay.
    await expect.poll(() => list.getByRole('status').first().innerText(), { timeout: 15_000 }).toBe('1000 deliveries')
    const after = await allDeliveries(h)
    const replays = after.filter((d) => d.replayOf !== null)
    expect(replays).toHaveLength(500)
    expect(new Set(replays.map((d) => d.replayOf)).size).toBe(500)
    expect(replays.filter((d) => d.verdict === 'duplicate')).toHaveLength(480)
    expect(replays.filter((d) => d.verdict === 'signature_invalid')).toHaveLength(20)
    const newest = after[0]!
    const newestRow = page.getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(`^Open delivery #${newest.id} `) }) })
    await expect.poll(() => newestRow.innerText(), { timeout: 10_000 }).toMatch(/replay/)
    await page.getByRole('button', { name: 'Dismiss' }).click()

    // Cancel between chunks: all 1,000 selected, Cancel while the second chunk is in flight —
    // that chunk finishes, no third is sent, the other 800 stay selected. The first 200 ids are
    // the first eight batches sent above, one bad signature in each: 192 duplicates, 8 rejected.
    await bar.getByRole('button', { name: 'Select all matching (up to 1,000)' }).click()
    await expect.poll(() => bar.innerText(), { timeout: 15_000 }).toContain('1,000 selected')
    const releaseSecond = hold(7)
    await replay.click()
    await expect.poll(() => chunks.length, { timeout: 15_000 }).toBe(7)
    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Cancelling…' }).isDisabled()).toBe(true)
    releaseSecond()
    const cancelled = page.getByRole('region', { name: /^Cancelled: replayed 200 of 1,000/ })
    await cancelled.waitFor({ timeout: 15_000 })
    expect(await cancelled.locator('[data-count="duplicate"]').innerText()).toBe('192')
    expect(await cancelled.locator('[data-count="rejected"]').innerText()).toBe('8')
    expect(chunks).toHaveLength(7)
    expect(await bar.innerText()).toContain('800 selected')
    expect(errors).toEqual([])
  }, 180_000)

  it('downloads a support bundle from the Transfer page: the transfer, events, attempts with headers and bodies, SDK callbacks and reconciliation runs, and no secret', async () => {
    const { h, page } = await open('counter')
    const displayToken = new URL(h.displayUrl).searchParams.get('token')!
    expect(displayToken.length).toBeGreaterThanOrEqual(16)
    // A Mesh API key in Settings (behind the manager PIN).
    const apiKey = `sk_sandbox_e2e_${randomUUID().replace(/-/g, '')}`
    await api(h, 'settings.setPin', { newPin: '2468' })
    await api(h, 'settings.update', { pin: '2468', changes: { meshClientId: 'client-e2e-bundle', meshApiKey: apiKey } })

    // A sale through the real SDK, paid in the emulator's Link.
    const salePanel = page.getByRole('region', { name: 'Sale' })
    const link = (name: string) => page.frameLocator('#mesh-link-popup__iframe').getByRole('button', { name, exact: true })
    const field = page.getByLabel('Amount', { exact: true })
    await counterReady(page)
    await field.fill('3.50')
    await field.press('Enter')
    await link('Coinbase').waitFor({ timeout: 15_000 })
    const sessionId = (await salePanel.getAttribute('data-session'))!
    await link('Coinbase').click()
    await link('Sign in').click()
    await link('Approve').click()
    await expect.poll(() => salePanel.getAttribute('data-state'), { timeout: 30_000, interval: 100 }).toBe('succeeded')
    const sale = await api<SaleView>(h, 'sales.get', { sessionId })
    const transferId = sale.transferId!
    expect(transferId).toBeTruthy()

    // Secrets planted where a careless sender might put them: a signed event of this transfer
    // whose body and headers carry every secret this console holds.
    const planted = meshEvent({
      eventId: `ev-planted-${randomUUID()}`,
      transferId,
      status: 'Succeeded',
      transactionId: sale.transactionId,
      extra: { Memo: `webhook ${WEBHOOK_SECRET} key ${apiKey} console ${h.token} display ${displayToken} emulator ${h.emulatorToken}` }
    })
    const plantedHeaders = {
      referer: `${h.consoleUrl}&tab=ledger`,
      'x-display': `${h.displayUrl}`,
      'x-mesh-key': apiKey,
      'x-note': `${WEBHOOK_SECRET}`,
      'x-emulator': h.emulatorToken,
      authorization: `Bearer ${h.token}`
    }
    expect(await postWebhook(h, planted, { headers: plantedHeaders })).toBe(200)
    // A reconciliation run that looks at it.
    await api(h, 'reconcile.run', { transferId })

    await page.goto(`${h.consoleUrl}#/transfer/${encodeURIComponent(transferId)}`)
    const button = page.getByRole('button', { name: 'Download support bundle' })
    await button.waitFor({ timeout: 15_000 })
    const [download] = (await Promise.all([page.waitForEvent('download'), button.click()])) as [Download, void]
    const file = (await download.path())!
    const html = await readFile(file, 'utf8')
    expect(download.suggestedFilename()).toMatch(new RegExp(`^countertop-support-${transferId}-\\d{14}\\.html$`))
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Bundle saved' }).getAttribute('title')).toBe(download.suggestedFilename())

    // No secret anywhere in the file.
    const secrets = { webhookSecret: WEBHOOK_SECRET, apiKey, consoleToken: h.token, displayToken, emulatorToken: h.emulatorToken }
    for (const [name, value] of Object.entries(secrets)) expect(html.includes(value), `${name} is in the bundle`).toBe(false)

    const m = /<script type="application\/json" id="bundle">([\s\S]*?)<\/script>/.exec(html)
    expect(m).not.toBeNull()
    const bundle = JSON.parse(m![1]!) as {
      format: string
      transfer: { transferId: string; status: string; sessionId: string }
      events: { eventId: string; statusRaw: string; deliveries: { id: number; headers: Record<string, string>; body: string; verdict: string }[] }[]
      sdkCallbacks: { type: string }[]
      sale: { sessionId: string }
      reconciliationRuns: { id: number; trigger: string }[]
    }
    expect(bundle.format).toBe('countertop-support-bundle/1')
    expect(bundle.transfer).toMatchObject({ transferId, status: 'succeeded', sessionId })
    expect(bundle.sale.sessionId).toBe(sessionId)
    const statuses = bundle.events.map((e) => e.statusRaw.toLowerCase())
    expect(statuses).toContain('pending')
    expect(statuses).toContain('succeeded')
    const attempts = bundle.events.flatMap((e) => e.deliveries)
    expect(attempts.length).toBeGreaterThanOrEqual(3)
    for (const a of attempts) {
      expect(a.headers['content-type']).toMatch(/json/)
      expect(a.headers['x-mesh-signature-256']).toBe('[removed]')
    }
    // The first attempt of each event carries the body as Mesh sent it.
    for (const e of bundle.events) expect(JSON.parse(e.deliveries[0]!.body)).toMatchObject({ EventId: e.eventId, TransferId: transferId })
    const mine = attempts.find((a) => a.headers['x-mesh-key'] !== undefined)!
    expect(mine.headers).toMatchObject({ 'x-mesh-key': '[removed]', 'x-note': '[removed]', 'x-emulator': '[removed]', authorization: '[removed]' })
    expect(mine.headers.referer).toContain('token=[removed]')
    expect(JSON.parse(mine.body).Memo).toBe('webhook [removed] key [removed] console [removed] display [removed] emulator [removed]')
    expect(bundle.sdkCallbacks.map((s) => s.type)).toEqual(expect.arrayContaining(['pageLoaded', 'integrationConnected', 'transferFinished']))
    expect(bundle.reconciliationRuns.some((r) => r.trigger === 'manual')).toBe(true)

    // The file on its own in the browser: readable, one (inert) script, nothing runs.
    const viewer = await page.context().newPage()
    const dialogs: string[] = []
    viewer.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    // Saved under its own name (.html), as a person would open it.
    const dir = await mkdtemp(join(tmpdir(), 'countertop-bundle-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const saved = join(dir, download.suggestedFilename())
    await download.saveAs(saved)
    await viewer.goto(`file://${saved}`)
    expect(await viewer.getByRole('heading', { level: 1 }).innerText()).toBe(`Support bundle: transfer ${transferId}`)
    expect(await viewer.evaluate('document.scripts.length')).toBe(1)
    expect(JSON.parse((await viewer.locator('#bundle').textContent())!)).toEqual(bundle)
    await viewer.screenshot({ path: join(SCREENS, 'support-bundle-file.png'), fullPage: false })
    expect(dialogs).toEqual([])
    await viewer.close()
    await screenshots(page, 'transfer-support-bundle')
  }, 120_000)
})
