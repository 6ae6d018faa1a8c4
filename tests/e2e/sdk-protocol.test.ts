// The REAL @meshconnect/web-link-sdk (3.13.0) in Chromium, framing the emulator's Link page:
// proves the emulator speaks the SDK's postMessage protocol well enough for the SDK's own
// callbacks to fire as they would against Mesh.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startMeshEmulator, type MeshEmulator } from '../../src/main/emulator'
import { createMeshClient, type MeshClient } from '../../src/main/core/mesh'
import { startReceiver, type Receiver } from '../emulator/receiver'

const CHROMIUM = '/usr/bin/chromium'
const HAS_CHROMIUM = existsSync(CHROMIUM)
if (!HAS_CHROMIUM) console.warn(`sdk-protocol: skipped — ${CHROMIUM} does not exist, so the real Web Link SDK cannot be driven in a browser.`)

const FIXTURE = resolve(__dirname, 'fixtures/sdk-harness')
const SECRET = 'whsec-e2e'
const NET = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'
const MERCHANT = '0x000000000000000000000000000000000000cafe'

interface Recorded {
  events: { type: string; payload?: Record<string, unknown> }[]
  connected: { accessToken?: { accountTokens: { accessToken: string; tokenId?: string; account: { accountId: string; accountName: string } }[]; brokerType: string; brokerName: string } }[]
  finished: Record<string, unknown>[]
  exits: { error: string | null; summary: Record<string, unknown> | null }[]
}
interface HarnessGlobal {
  harnessReady?: boolean
  harness: { calls: Recorded; open(token: string, options?: Record<string, unknown>): void }
}

describe.skipIf(!HAS_CHROMIUM)('Web Link SDK ↔ emulator Link page (Chromium)', () => {
  let outDir = ''
  let harnessServer: http.Server
  let harnessUrl = ''
  let browser: Browser
  let emu: MeshEmulator
  let rx: Receiver
  let client: MeshClient
  let context: BrowserContext | null = null
  const outside: string[] = []

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'sdk-harness-'))
    await build({
      configFile: false,
      root: FIXTURE,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, minify: false, rolldownOptions: { input: join(FIXTURE, 'index.html') } }
    })
    harnessServer = http.createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '')
      const file = join(outDir, path === '/' ? 'index.html' : path)
      readFile(file).then(
        (body) => res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html' }).end(body),
        () => res.writeHead(404).end()
      )
    })
    await new Promise<void>((r) => harnessServer.listen(0, '127.0.0.1', r))
    harnessUrl = `http://127.0.0.1:${(harnessServer.address() as AddressInfo).port}/`

    rx = await startReceiver(SECRET)
    emu = await startMeshEmulator({ webhookUrl: rx.url, webhookSecret: SECRET, settleDelayMs: 100, retryScheduleMs: [100, 200] })
    client = createMeshClient({ baseUrl: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret })
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
  })

  afterEach(async () => {
    await context?.close()
    context = null
  })

  afterAll(async () => {
    await browser?.close()
    await emu?.close()
    await rx?.close()
    await new Promise<void>((r) => (harnessServer ? harnessServer.close(() => r()) : r()))
    if (outDir) await rm(outDir, { recursive: true, force: true })
    // Nothing may leave loopback (no prewarm iframe, no real Mesh) and the SDK trusted every message.
    expect(outside).toEqual([])
  })

  async function openPage(): Promise<Page> {
    context = await browser.newContext()
    const page = await context.newPage()
    page.on('console', (m) => {
      // The SDK warns when a message comes from an origin it does not trust (reference §3.4);
      // Chromium reports anything the Link page's CSP blocks (it has no inline script to allow).
      if (/untrusted origin|Failed to deliver|Content Security Policy|Refused to/.test(m.text())) outside.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => outside.push(`pageerror: ${e.message}`))
    page.on('request', (r) => {
      const host = new URL(r.url()).hostname
      if (host !== '127.0.0.1') outside.push(r.url())
    })
    await page.goto(harnessUrl)
    await page.waitForFunction(() => (globalThis as unknown as HarnessGlobal).harnessReady === true)
    return page
  }

  async function newToken(userId: string, transactionId: string, amountInFiat = 12.5): Promise<string> {
    const { linkToken } = await client.getLinkToken({
      userId,
      restrictMultipleAccounts: true,
      transferOptions: { toAddresses: [{ networkId: NET, symbol: 'USDC', address: MERCHANT }], amountInFiat, transactionId, transferType: 'payment' }
    })
    return linkToken
  }

  async function openLink(page: Page, token: string, options: Record<string, unknown> = {}): Promise<FrameLocator> {
    await page.evaluate(([t, o]) => (globalThis as unknown as HarnessGlobal).harness.open(t as string, o as Record<string, unknown>), [token, options] as const)
    return page.frameLocator('#mesh-link-popup__iframe')
  }

  async function exited(page: Page): Promise<Recorded> {
    await page.waitForFunction(() => (globalThis as unknown as HarnessGlobal).harness.calls.exits.length > 0, undefined, { timeout: 10_000 })
    // Let any straggling messages land before reading.
    await page.waitForTimeout(50)
    return page.evaluate(() => (globalThis as unknown as HarnessGlobal).harness.calls)
  }

  const button = (frame: FrameLocator, name: string) => frame.getByRole('button', { name, exact: true })

  it('Approve: integrationConnected with a tokenId, transferFinished, then done from the success page; webhooks follow', async () => {
    const page = await openPage()
    const frame = await openLink(page, await newToken('till-e2e-1', 'sale-e2e-1'))
    // The payment is shown before anything is chosen.
    await expect.poll(() => frame.locator('section[data-page="catalogPage"]').innerText()).toMatch(/\$12\.50 USD[\s\S]*USDC[\s\S]*Ethereum[\s\S]*0x0+cafe/)
    await button(frame, 'Coinbase').click()
    expect(await frame.getByLabel('Username').inputValue()).toBe('Mesh')
    expect(await frame.getByLabel('Password').inputValue()).toBe('Pass123')
    await button(frame, 'Sign in').click()
    await button(frame, 'Approve').click()
    const calls = await exited(page)

    expect(calls.events.map((e) => e.type)).toEqual([
      'pageLoaded',
      'integrationSelected',
      'credentialsEntered',
      'integrationConnected',
      'transferPreviewed',
      'transferInitiated',
      'transferExecuted',
      'transferCompleted'
    ])
    const ev = (type: string) => calls.events.find((e) => e.type === type)!.payload!
    expect(ev('integrationSelected')).toEqual({ integrationType: 'coinbase', integrationName: 'Coinbase' })
    expect(ev('transferPreviewed')).toMatchObject({ previewId: expect.any(String), amount: 12.5, symbol: 'USDC', toAddress: MERCHANT, networkId: NET, networkName: 'Ethereum', amountInFiat: 12.5, clientTransactionId: 'sale-e2e-1' })
    expect(ev('transferInitiated')).toMatchObject({ integrationName: 'Coinbase', status: 'pending' })
    expect(ev('transferExecuted')).toMatchObject({ status: 'pending', txId: expect.any(String), fromAddress: expect.any(String), toAddress: MERCHANT, symbol: 'USDC', amount: 12.5, networkId: NET, clientTransactionId: 'sale-e2e-1' })

    expect(calls.connected).toHaveLength(1)
    const access = calls.connected[0]!.accessToken!
    expect(access).toMatchObject({ brokerType: 'coinbase', brokerName: 'Coinbase' })
    expect(access.accountTokens[0]!.tokenId).toMatch(/^[0-9a-f-]{36}$/)
    expect(access.accountTokens[0]!.accessToken).toBeTruthy()

    expect(calls.finished).toHaveLength(1)
    const finished = calls.finished[0]!
    expect(finished).toMatchObject({ status: 'success', txId: expect.any(String), transferId: expect.any(String), clientTransactionId: 'sale-e2e-1', amount: 12.5, symbol: 'USDC', amountInFiat: 12.5, toAddress: MERCHANT, networkId: NET })
    expect(ev('transferCompleted')).toEqual(finished)

    expect(calls.exits).toEqual([
      {
        error: null,
        summary: {
          page: 'transferExecutedPage',
          selectedIntegration: expect.objectContaining({ name: 'Coinbase', integrationType: 'coinbase' }),
          transfer: expect.objectContaining({ previewId: ev('transferPreviewed').previewId, symbol: 'USDC', amount: 12.5, amountInFiat: 12.5, transactionId: 'sale-e2e-1', networkId: NET })
        }
      }
    ])
    // The SDK tore the popup down.
    await expect.poll(() => page.locator('#mesh-link-popup').count()).toBe(0)

    // The sale is settled only by webhooks, joined on TransferId / TransactionId.
    await rx.waitFor((r) => r.some((x) => x.json?.TransferId === finished.transferId && x.json?.TransferStatus === 'Succeeded'))
    const mine = rx.events().filter((e) => e.TransferId === finished.transferId)
    expect(mine.map((e) => e.TransferStatus)).toEqual(['Pending', 'Succeeded'])
    expect(mine.every((e) => e.TransactionId === 'sale-e2e-1' && e.UserId === 'till-e2e-1')).toBe(true)
    const listed = await client.listTransfers({ clientTransactionId: 'sale-e2e-1' })
    expect(listed.items.map((t) => t.id)).toEqual([finished.transferId])
  })

  it('Decline: transferExecutionError, done from the error page, and a Failed webhook', async () => {
    const page = await openPage()
    const frame = await openLink(page, await newToken('till-e2e-2', 'sale-e2e-2'))
    await button(frame, 'Binance').click()
    await button(frame, 'Sign in').click()
    await button(frame, 'Decline').click()
    const calls = await exited(page)

    const types = calls.events.map((e) => e.type)
    expect(types).toContain('transferExecutionError')
    expect(types).not.toContain('transferCompleted')
    expect(calls.finished).toEqual([])
    const err = calls.events.find((e) => e.type === 'transferExecutionError')!.payload!
    expect(err.errorMessage).toMatch(/declined/)
    expect(calls.exits).toHaveLength(1)
    expect(calls.exits[0]!.error).toBe(err.errorMessage)
    expect(calls.exits[0]!.summary).toMatchObject({ page: 'transferExecutionErrorPage', errorMessage: err.errorMessage, selectedIntegration: { name: 'Binance' } })

    const [t] = (await client.listTransfers({ clientTransactionId: 'sale-e2e-2' })).items
    expect(t).toBeDefined()
    await rx.waitFor((r) => r.some((x) => x.json?.TransferId === t!.id && x.json?.TransferStatus === 'Failed'))
    expect(rx.events().filter((e) => e.TransferId === t!.id).map((e) => e.TransferStatus)).toEqual(['Pending', 'Failed'])
  })

  it('Close: close with the current page, and no transfer', async () => {
    const page = await openPage()
    const frame = await openLink(page, await newToken('till-e2e-3', 'sale-e2e-3'))
    await button(frame, 'Robinhood').click()
    await expect.poll(() => button(frame, 'Sign in').isVisible()).toBe(true)
    await button(frame, 'Close').click()
    const calls = await exited(page)

    expect(calls.exits).toEqual([{ error: null, summary: expect.objectContaining({ page: 'signInPage', selectedIntegration: expect.objectContaining({ name: 'Robinhood' }) }) }])
    expect(calls.events.map((e) => e.type)).toEqual(['pageLoaded', 'integrationSelected'])
    expect(calls.finished).toEqual([])
    await expect.poll(() => page.locator('#mesh-link-popup').count()).toBe(0)
    expect((await client.listTransfers({ clientTransactionId: 'sale-e2e-3' })).total).toBe(0)
  })

  it('a returning customer whose accessTokens the emulator issued skips sign-in', async () => {
    // First visit: sign in, get the token.
    const first = await openPage()
    const f1 = await openLink(first, await newToken('till-e2e-4', 'sale-e2e-4a'))
    await button(f1, 'Coinbase').click()
    await button(f1, 'Sign in').click()
    await button(f1, 'Approve').click()
    const firstCalls = await exited(first)
    const access = firstCalls.connected[0]!.accessToken!
    const account = access.accountTokens[0]!
    await context!.close()
    context = null

    // Second visit, with the SDK's accessTokens option.
    const page = await openPage()
    const frame = await openLink(page, await newToken('till-e2e-4', 'sale-e2e-4b', 3), {
      accessTokens: [{ accountId: account.account.accountId, accountName: account.account.accountName, accessToken: account.accessToken, brokerType: access.brokerType, brokerName: access.brokerName }]
    })
    await button(frame, 'Coinbase').click()
    await expect.poll(() => button(frame, 'Approve').isVisible()).toBe(true)
    expect(await button(frame, 'Sign in').isVisible()).toBe(false)
    await button(frame, 'Approve').click()
    const calls = await exited(page)
    const types = calls.events.map((e) => e.type)
    expect(types).not.toContain('credentialsEntered')
    expect(types).not.toContain('integrationConnected')
    expect(types).toContain('transferCompleted')
    expect(calls.finished[0]).toMatchObject({ clientTransactionId: 'sale-e2e-4b', amountInFiat: 3 })
    expect(calls.exits[0]!.summary).toMatchObject({ page: 'transferExecutedPage' })
  })

  it('the Link page runs its bundled script under its own CSP', async () => {
    const page = await openPage()
    const linkPage = page.waitForResponse((r) => /\/link\/[^/]+$/.test(new URL(r.url()).pathname))
    const linkScript = page.waitForResponse((r) => new URL(r.url()).pathname === '/link/assets/link.js')
    const frame = await openLink(page, await newToken('till-e2e-6', 'sale-e2e-6'))
    const html = await linkPage
    expect(html.headers()['content-security-policy']).toMatch(/script-src 'self';/)
    expect((await linkScript).headers()['content-type']).toBe('text/javascript; charset=utf-8')
    // The script ran: it rendered the exchanges from the page's JSON data.
    await expect.poll(() => button(frame, 'Binance').isVisible()).toBe(true)
    await button(frame, 'Close').click()
    expect((await exited(page)).exits).toEqual([{ error: null, summary: expect.objectContaining({ page: 'catalogPage' }) }])
  })

  it('an unknown link token makes the SDK exit from the invalid-token page', async () => {
    const page = await openPage()
    await openLink(page, Buffer.from(`${emu.url}/link/not-a-session`, 'utf8').toString('base64'))
    const calls = await exited(page)
    expect(calls.exits).toHaveLength(1)
    expect(calls.exits[0]!.error).toMatch(/not valid/)
    expect(calls.exits[0]!.summary).toMatchObject({ page: 'linkTokenInvalidPage' })
  })

  it('a link token used twice makes the SDK exit with an error', async () => {
    const token = await newToken('till-e2e-5', 'sale-e2e-5')
    const first = await openPage()
    const f1 = await openLink(first, token)
    await expect.poll(() => button(f1, 'Coinbase').isVisible()).toBe(true)
    await context!.close()
    context = null

    const page = await openPage()
    await openLink(page, token)
    const calls = await exited(page)
    expect(calls.exits).toHaveLength(1)
    expect(calls.exits[0]!.error).toMatch(/already been used/)
    expect(calls.exits[0]!.summary).toMatchObject({ page: 'linkTokenUsedPage' })
  })
})
