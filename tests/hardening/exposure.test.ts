// Off-loopback exposure: with the webhook listener bound to 127.0.0.2 — standing in for this
// machine's public address, as another machine would reach it — only the webhook listener
// answers there; the console and the emulator are not listening on it, the emulator's control
// API needs a token even on loopback, and a console moved off loopback needs an explicit token.
import { createHmac, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawRequest, ready, removeDir, serve, tcpConnect, tempDir, type Serve } from './helpers'

const OTHER = '127.0.0.2'
const SECRET = 'whsec-exposure'
const TOKEN = 'exposure-console-token-0123456789'

function portOf(url: string): number {
  return Number(new URL(url).port)
}

function signedBody(): { body: string; signature: string } {
  const body = JSON.stringify({ EventId: randomUUID(), Id: randomUUID(), SentTimestamp: Math.floor(Date.now() / 1000), Timestamp: Date.now(), TransferId: `exp-${randomUUID()}`, TransferStatus: 'Pending', TransactionId: 'exp-1', SourceAmount: 1, DestinationAmount: 1 })
  return { body, signature: createHmac('sha256', SECRET).update(body).digest('base64') }
}

describe(`exposure: the webhook listener on ${OTHER} ("another machine"), everything else on loopback`, () => {
  const dirs: string[] = []
  const running: Serve[] = []
  let s: Serve
  let lines: Record<string, string>
  const figures: string[] = []

  beforeAll(async () => {
    const dir = tempDir('countertop-exposure-')
    dirs.push(dir)
    s = serve(['--data', dir, '--port', '0', '--webhook-port', '0', '--webhook-host', OTHER], { COUNTERTOP_TOKEN: TOKEN, MESH_WEBHOOK_SECRET: SECRET })
    running.push(s)
    lines = await ready(s, ['console', 'webhooks', 'mesh-emulator'])
  })
  afterAll(async () => {
    for (const r of running) await r.kill()
    for (const d of dirs) removeDir(d)
    console.info(`[exposure]\n  ${figures.join('\n  ')}`)
  })

  it('prints where each listener is: webhooks on the public address, console and emulator on loopback', () => {
    expect(new URL(lines.webhooks!).hostname).toBe(OTHER)
    expect(new URL(lines.console!).hostname).toBe('127.0.0.1')
    expect(new URL(lines['mesh-emulator']!).hostname).toBe('127.0.0.1')
    // The in-app emulator's control token stays inside the process.
    expect(s.stdout()).not.toMatch(/control token/i)
    expect(s.stderr()).not.toMatch(/control token/i)
  })

  it(`answers only the webhook listener on ${OTHER}`, async () => {
    const webhookPort = portOf(lines.webhooks!)
    const consolePort = portOf(lines.console!)
    const emulatorPort = portOf(lines['mesh-emulator']!)
    expect((await rawRequest({ host: OTHER, port: webhookPort, path: '/healthz' })).status).toBe(200)
    const { body, signature } = signedBody()
    const delivered = await rawRequest({ host: OTHER, port: webhookPort, method: 'POST', path: '/webhooks/mesh', headers: { 'content-type': 'application/json', 'x-mesh-signature-256': signature }, body })
    expect(delivered.status).toBe(200)
    // The webhook port serves nothing of the console.
    expect((await rawRequest({ host: OTHER, port: webhookPort, method: 'POST', path: '/api/ledger.list', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404)
    const consoleThere = await tcpConnect(OTHER, consolePort)
    const emulatorThere = await tcpConnect(OTHER, emulatorPort)
    expect(consoleThere).toBe('ECONNREFUSED')
    expect(emulatorThere).toBe('ECONNREFUSED')
    // Loopback still works for the console (its own machine).
    expect((await rawRequest({ host: '127.0.0.1', port: consolePort, method: 'POST', path: '/api/health.get', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200)
    figures.push(`${OTHER}: webhook port ${webhookPort} → /healthz 200, signed delivery 200, /api → 404; console port ${consolePort} → ${consoleThere}; emulator port ${emulatorPort} → ${emulatorThere}`)
  })

  it('refuses the emulator control API without its token, even on loopback (the $0.01 "paid" transfer and the webhook redirect)', async () => {
    const port = portOf(lines['mesh-emulator']!)
    const attempts: [string, string, unknown?][] = [
      ['POST', '/_emulator/transfers', { transactionId: 'ct_000000000000000000000000', amountInFiat: 0.01, outcome: 'succeeded' }],
      ['POST', '/_emulator/webhook-target', { url: 'http://127.0.0.1:9/collect', secret: 'stolen' }],
      ['GET', '/_emulator/transfers'],
      ['GET', '/_emulator/deliveries'],
      ['POST', '/_emulator/faults', { dropWebhooks: true }],
      ['POST', '/_emulator/api-faults', { mode: 'http500', count: 5 }],
      ['GET', '/_emulator']
    ]
    const statuses: number[] = []
    for (const [method, path, body] of attempts) {
      for (const auth of [undefined, `Bearer ${TOKEN}`]) {
        const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
        if (auth) headers.authorization = auth
        const r = await rawRequest({ host: '127.0.0.1', port, method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) })
        statuses.push(r.status)
        expect(r.status, `${method} ${path} ${auth ? 'with the console token' : 'without a token'}`).toBe(401)
      }
    }
    figures.push(`emulator control API on loopback: ${statuses.filter((x) => x === 401).length}/${statuses.length} requests (7 routes × no token / the console's token) → 401`)
  })
})

describe('a console moved off loopback', () => {
  const dirs: string[] = []
  const running: Serve[] = []
  afterAll(async () => {
    for (const r of running) await r.kill()
    for (const d of dirs) removeDir(d)
  })
  const dir = () => {
    const d = tempDir('countertop-exposure-')
    dirs.push(d)
    return d
  }

  it('refuses to start without an explicit COUNTERTOP_TOKEN (or with a short one), saying why', async () => {
    for (const [host, token] of [
      ['0.0.0.0', ''],
      [OTHER, ''],
      [OTHER, 'short-token']
    ] as const) {
      const s = serve(['--data', dir(), '--port', '0', '--webhook-port', '0', '--console-host', host], { COUNTERTOP_TOKEN: token })
      running.push(s)
      const { code } = await s.exited
      expect(code, s.stderr()).toBe(2)
      expect(s.stderr()).toMatch(token ? /COUNTERTOP_TOKEN is too short/ : new RegExp(`--console-host ${host.replace(/\./g, '\\.')} makes the console .* reachable from other machines.*COUNTERTOP_TOKEN`))
      expect(s.stdout()).not.toMatch(/^console:/m)
    }
  })

  it('starts with an explicit token, warns, and listens only where it was told', async () => {
    const s = serve(['--data', dir(), '--port', '0', '--webhook-port', '0', '--console-host', OTHER], { COUNTERTOP_TOKEN: TOKEN })
    running.push(s)
    const lines = await ready(s)
    expect(s.stderr()).toMatch(/warning: the console listens on 127\.0\.0\.2, not on loopback/)
    const port = portOf(lines.console!)
    expect(new URL(lines.console!).hostname).toBe(OTHER)
    expect((await rawRequest({ host: OTHER, port, method: 'POST', path: '/api/health.get', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200)
    expect((await rawRequest({ host: OTHER, port, method: 'POST', path: '/api/health.get' })).status).toBe(401)
    expect(await tcpConnect('127.0.0.1', port)).toBe('ECONNREFUSED')
    // The webhook listener stayed on its default, loopback.
    expect(new URL(lines.webhooks!).hostname).toBe('127.0.0.1')
  })

  it('maps the deprecated --host to --webhook-host only, with a warning; the console stays on loopback', async () => {
    const s = serve(['--data', dir(), '--port', '0', '--webhook-port', '0', '--host', OTHER], { COUNTERTOP_TOKEN: TOKEN })
    running.push(s)
    const lines = await ready(s)
    expect(s.stderr()).toMatch(/--host is deprecated: it now sets only the webhook listener \(use --webhook-host 127\.0\.0\.2\)/)
    expect(new URL(lines.webhooks!).hostname).toBe(OTHER)
    expect(new URL(lines.console!).hostname).toBe('127.0.0.1')
    expect(await tcpConnect(OTHER, portOf(lines.console!))).toBe('ECONNREFUSED')
  })
})
