// Access: the console API answers only with the right bearer token; the webhook listener (the
// public port) never exposes anything but POST /webhooks/mesh and GET /healthz, and the two
// listeners do not leak into each other.
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, api, assertBuilt, meshBody, postSigned, removeDir, request, spawnHeadless, tempDir, type HeadlessProc } from './helpers'

const COMMANDS = ['health.get', 'ledger.list', 'ledger.get', 'deliveries.list', 'deliveries.get', 'no.such.command']

function wsClose(url: string, headers?: Record<string, string>): Promise<{ opened: boolean; code: number | null; firstMessage: string | null; error: string | null }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers })
    let opened = false
    let firstMessage: string | null = null
    const timer = setTimeout(() => ws.terminate(), 5000)
    ws.on('open', () => (opened = true))
    ws.on('message', (m: WebSocket.RawData) => {
      firstMessage ??= m.toString()
      ws.close()
    })
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer)
      resolve({ opened, code: null, firstMessage, error: `HTTP ${res.statusCode}` })
      ws.terminate()
    })
    ws.on('error', (e) => {
      clearTimeout(timer)
      resolve({ opened, code: null, firstMessage, error: e.message })
    })
    ws.on('close', (code) => {
      clearTimeout(timer)
      resolve({ opened, code, firstMessage, error: null })
    })
  })
}

describe('access to the console API and the webhook listener', () => {
  const dataDir = tempDir('countertop-access-')
  const secret = `whsec_${randomUUID()}`
  const token = `tok_${randomUUID().replace(/-/g, '')}`
  let h: HeadlessProc

  beforeAll(async () => {
    assertBuilt()
    h = await spawnHeadless({ dataDir, secret, token })
  })
  afterAll(async () => {
    await h?.kill()
    removeDir(dataDir)
  })

  it('prints the token it was given, and the API works with it', async () => {
    expect(h.token).toBe(token)
    const r = await api(h.consoleBase, token, 'health.get')
    expect(r.status).toBe(200)
    expect(r.env.ok).toBe(true)
  })

  it('rejects every console command without a token, or with a wrong one (401)', async () => {
    const wrong = [
      null,
      '',
      token.slice(0, -1),
      `${token}x`,
      token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a'),
      token.toUpperCase(),
      ` ${token.slice(1)}`,
      'undefined',
      'null'
    ]
    for (const command of COMMANDS) {
      for (const t of wrong) {
        const r = await api(h.consoleBase, t, command, command === 'ledger.get' ? { transferId: 'x' } : {})
        expect(r.status, `${command} with token ${JSON.stringify(t)}`).toBe(401)
        expect(r.env.ok).toBe(false)
        expect(r.env.error?.code).toBe('UNAUTHORIZED')
      }
    }
    // Other ways of presenting the token do not count: only Authorization: Bearer.
    const other: Record<string, string>[] = [
      { authorization: `Basic ${Buffer.from(`user:${token}`).toString('base64')}` },
      { authorization: token },
      { authorization: `Token ${token}` },
      { 'x-api-key': token },
      { cookie: `token=${token}` }
    ]
    for (const headers of other) {
      const r = await request(`${h.consoleBase}/api/health.get`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' })
      expect(r.status, JSON.stringify(headers)).toBe(401)
    }
    const q = await request(`${h.consoleBase}/api/health.get?token=${encodeURIComponent(token)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(q.status, 'token in the query string').toBe(401)
    // The token is checked before the body is even parsed.
    const junk = await request(`${h.consoleBase}/api/ledger.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' })
    expect(junk.status).toBe(401)
  })

  it('the event stream needs the token too', async () => {
    const base = h.consoleBase.replace('http:', 'ws:')
    // Without the right token the upgrade is accepted and at once closed with 4401, before any message.
    const none = await wsClose(`${base}/api/events`)
    expect(none).toEqual({ opened: true, code: 4401, firstMessage: null, error: null })
    const wrongTok = await wsClose(`${base}/api/events?token=wrong`)
    expect(wrongTok).toEqual({ opened: true, code: 4401, firstMessage: null, error: null })
    const right = await wsClose(`${base}/api/events?token=${encodeURIComponent(token)}`)
    expect(right.firstMessage).toContain('hello')
  })

  it('the console API is not reachable on the webhook port (404)', async () => {
    for (const command of COMMANDS) {
      const r = await api(h.webhookBase, token, command, {})
      expect(r.status, `${command} on the webhook port`).toBe(404)
      expect(JSON.stringify(r.env)).not.toContain('"value"')
    }
    const ws = await wsClose(`${h.webhookBase.replace('http:', 'ws:')}/api/events?token=${encodeURIComponent(token)}`)
    expect(ws.opened).toBe(false)
    expect(ws.firstMessage).toBeNull()
  })

  it('the webhook listener exposes only POST /webhooks/mesh and GET /healthz', async () => {
    const indexHtml = join(ROOT, 'out/renderer/index.html')
    const asset = existsSync(indexHtml) ? /(?:src|href)="\.?(\/assets\/[^"]+)"/.exec(readFileSync(indexHtml, 'utf8'))?.[1] : undefined
    const paths = [
      '/',
      '/index.html',
      ...(asset ? [asset] : []),
      '/api/health.get',
      '/api/ledger.list',
      '/api/events',
      '/webhooks/mesh',
      '/webhooks/mesh/',
      '/webhooks',
      '/healthz',
      '/healthz/',
      '/HEALTHZ',
      '/metrics',
      '/status',
      '/debug',
      '/.well-known/security.txt',
      '/favicon.ico',
      '/documentation',
      '/countertop.sqlite',
      '/secrets.json'
    ]
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']
    const seen: string[] = []
    for (const path of paths) {
      for (const method of methods) {
        const body = method === 'GET' || method === 'HEAD' ? undefined : '{}'
        const r = await request(`${h.webhookBase}${path}`, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(body ? { 'content-length': String(body.length) } : {}) },
          body
        })
        const route = `${method} ${path}`
        let expected = 404
        if (route === 'POST /webhooks/mesh') expected = 401 // unsigned
        if (route === 'GET /healthz' || route === 'HEAD /healthz') expected = 200 // HEAD: Fastify's automatic twin of a GET route
        expect(r.status, route).toBe(expected)
        if (expected === 404) expect(r.body, route).not.toMatch(/<html|"value"|countertop/i)
        if (r.status < 400) seen.push(route)
      }
    }
    expect(seen.sort()).toEqual(['GET /healthz', 'HEAD /healthz'])
    // The same asset is served on the console port (the listing above is not 404 by accident).
    if (asset) expect((await request(`${h.consoleBase}${asset}`)).status).toBe(200)
  })

  it('the console port does not take webhooks', async () => {
    const before = await api<{ total: number }>(h.consoleBase, token, 'deliveries.list', { limit: 1 })
    const body = meshBody({ eventId: randomUUID(), transferId: randomUUID(), status: 'Pending', timestamp: Date.now() })
    const r = await postSigned(`${h.consoleBase}/webhooks/mesh`, secret, body)
    expect(r.status).toBe(404)
    const after = await api<{ total: number }>(h.consoleBase, token, 'deliveries.list', { limit: 1 })
    expect(after.env.value?.total).toBe(before.env.value?.total)
    // …while the webhook port does.
    const ok = await postSigned(h.webhookUrl, secret, body)
    expect(ok.status).toBe(200)
  })
})
