// The customer display's token in headless mode: it may call display.get and hear
// display.updated, and nothing else; it is not the console's token; the page at /display is
// served under the console's own Host/Origin/CSP guards.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { commandSchemas, type DisplayOpenResult, type DisplayView, type EventMessage, type SaleStarted } from '../../src/shared/contract'
import { callApi, meshPayload, postWebhook, startSandbox, value, waitFor } from '../helpers'

const TOKEN = 'console-token-for-display-tests'
const STATIC = resolve(__dirname, '../../out/renderer')

type Sandbox = Awaited<ReturnType<typeof startSandbox>>

/** A WebSocket on the event stream that records every message after `hello`. */
async function listen(base: string, token: string): Promise<{ got: EventMessage[]; close(): void }> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/events?token=${encodeURIComponent(token)}`)
  const got: EventMessage[] = []
  await new Promise<void>((ok, fail) => {
    ws.on('message', (m) => {
      const msg = JSON.parse(String(m)) as EventMessage | { type: 'hello' }
      if (msg.type === 'hello') ok()
      else got.push(msg as EventMessage)
    })
    ws.on('error', fail)
    ws.on('close', (code) => fail(new Error(`closed with ${code}`)))
  })
  return { got, close: () => ws.close() }
}

function closeCode(url: string): Promise<number> {
  const ws = new WebSocket(url)
  return new Promise((ok) => ws.on('close', (c) => ok(c)))
}

describe('the customer display token (headless)', () => {
  let sb: Sandbox
  let displayToken: string

  beforeAll(async () => {
    sb = await startSandbox(TOKEN, { staticDir: STATIC })
    displayToken = sb.app.displayToken
  })
  afterAll(async () => {
    await sb?.stop()
  })

  it('is made at start, printed as the Customer display URL, and is not the console token', () => {
    expect(displayToken.length).toBeGreaterThanOrEqual(16)
    expect(displayToken).not.toBe(TOKEN)
    expect(sb.app.displayUrl).toBe(`${sb.base}/display?token=${encodeURIComponent(displayToken)}`)
    expect(sb.app.consoleUrl).not.toContain(displayToken)
  })

  it('reads the display', async () => {
    const r = await callApi<DisplayView>(sb.base, displayToken, 'display.get')
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ ok: true, value: { state: expect.stringMatching(/^(idle|due|paid|failed|cancelled)$/), shopName: expect.any(String) } })
  })

  it('is refused every other command of the contract, and unknown ones, before anything runs', async () => {
    const others = Object.keys(commandSchemas).filter((c) => c !== 'display.get')
    expect(others.length).toBeGreaterThan(20)
    for (const command of [...others, 'nope.nothing']) {
      const r = await callApi(sb.base, displayToken, command, {})
      expect(r.status, command).toBe(403)
      expect(r.body, command).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringMatching(/only read the display/) } })
    }
    // No sale was started by any of them.
    expect(await value(callApi<unknown[]>(sb.base, TOKEN, 'sales.list', {}))).toEqual([])
  })

  it('is refused however the command is spelled (the router decodes the path)', async () => {
    for (const path of ['/api/%73ales.start', '/%61pi/sales.start', '/api/display.get/../sales.start', '/api/display%2Eopen']) {
      const res = await fetch(`${sb.base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${displayToken}`, 'content-type': 'application/json' }, body: '{"amount":"1.00","asset":"USDC"}' })
      expect([403, 404], path).toContain(res.status)
    }
    expect(await value(callApi<unknown[]>(sb.base, TOKEN, 'sales.list', {}))).toEqual([])
  })

  it('lets the console open the display at its own address (display.open gives the path with the display token)', async () => {
    const opened = await value(callApi<DisplayOpenResult>(sb.base, TOKEN, 'display.open'))
    expect(opened).toEqual({ url: `/display?token=${encodeURIComponent(displayToken)}`, opened: false })
    expect((await callApi(sb.base, TOKEN, 'display.get')).body).toMatchObject({ ok: true })
  })

  it('refuses a wrong or absent token, over HTTP and on the event stream', async () => {
    expect(await callApi(sb.base, null, 'display.get')).toMatchObject({ status: 401, body: { ok: false, error: { code: 'UNAUTHORIZED' } } })
    expect(await callApi(sb.base, `${displayToken}x`, 'display.get')).toMatchObject({ status: 401 })
    expect(await callApi(sb.base, displayToken.slice(0, -1), 'display.get')).toMatchObject({ status: 401 })
    const ws = sb.base.replace('http', 'ws')
    expect(await closeCode(`${ws}/api/events?token=${encodeURIComponent(displayToken)}x`)).toBe(4401)
    expect(await closeCode(`${ws}/api/events`)).toBe(4401)
  })

  it('hears display.updated and nothing else, while the console hears everything', async () => {
    const consoleWs = await listen(sb.base, TOKEN)
    const displayWs = await listen(sb.base, displayToken)
    try {
      const first = await value(callApi<SaleStarted>(sb.base, TOKEN, 'sales.start', { amount: '7.25', asset: 'USDC', payLink: true }))
      await postWebhook(sb.app.webhookUrl, JSON.stringify(meshPayload({ transferId: 'tr-display-1', status: 'Pending', transactionId: first.transactionId, sourceAmount: 7.25 })), { secret: 'sandbox-test-secret' })
      await postWebhook(sb.app.webhookUrl, JSON.stringify(meshPayload({ transferId: 'tr-display-1', status: 'Succeeded', transactionId: first.transactionId, txHash: '0xd15', sourceAmount: 7.25 })), { secret: 'sandbox-test-secret' })
      await waitFor(() => consoleWs.got.some((m) => m.type === 'display.updated' && (m.payload as DisplayView).state === 'paid'), { what: 'the display to turn paid' })
      // A last change, as a barrier: the display socket has everything sent before it once this arrives.
      const second = await value(callApi<SaleStarted>(sb.base, TOKEN, 'sales.start', { amount: '1.00', asset: 'USDC' }))
      await waitFor(() => displayWs.got.some((m) => (m.payload as DisplayView).sessionId === second.sessionId), { what: 'the second sale on the display socket' })

      const consoleTypes = new Set(consoleWs.got.map((m) => m.type))
      // (and whatever else happened meanwhile: a reconciliation run's progress on a slow machine)
      expect([...consoleTypes]).toEqual(expect.arrayContaining(['delivery.recorded', 'display.updated', 'sale.updated', 'transfer.updated']))
      expect(displayWs.got.map((m) => m.type).every((t) => t === 'display.updated')).toBe(true)
      const shown = displayWs.got.map((m) => m.payload as DisplayView).map((v) => [v.state, v.sessionId])
      expect(shown).toEqual(expect.arrayContaining([['due', first.sessionId], ['paid', first.sessionId], ['due', second.sessionId]]))
      const due = displayWs.got.map((m) => m.payload as DisplayView).find((v) => v.state === 'due' && v.sessionId === first.sessionId)!
      expect(due.charge).toEqual({ amount: '7.25', currency: 'USD', usdAmount: '7.25', rate: null })
      expect(due.paymentLink).toMatch(new RegExp(`^${sb.emulatorUrl}/paylink\\?linkToken=`))
    } finally {
      consoleWs.close()
      displayWs.close()
    }
  })

  it('serves the display page with the console’s CSP, and only to the console’s own Host', async () => {
    const page = await fetch(`${sb.base}/display`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(await page.text()).toContain('<title>Customer display · Countertop</title>')
    const { rawRequest } = await import('../hardening/helpers')
    const port = Number(new URL(sb.base).port)
    const rebound = await rawRequest({ host: '127.0.0.1', port, path: '/display', headers: { host: `evil.example:${port}` } })
    expect(rebound.status).toBe(403)
    const foreign = await fetch(`${sb.base}/api/display.get`, { method: 'POST', headers: { authorization: `Bearer ${displayToken}`, origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' })
    expect(foreign.status).toBe(403)
  })
})
