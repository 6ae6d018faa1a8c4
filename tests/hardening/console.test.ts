// What the console accepts from a browser: only its own Host names (DNS rebinding refused even
// with a valid token), WebSockets and API calls from its own origin only (`Origin: null`
// refused), and on every answer a strict CSP whose frame-src is only the Link origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawRequest, ready, removeDir, serve, tempDir, wsHandshake, type Serve } from './helpers'

const TOKEN = 'console-hardening-token-0123456789'

describe('the console against DNS rebinding, cross-origin pages and framing', () => {
  const dir = tempDir('countertop-console-sec-')
  let s: Serve
  let port: number
  let emulatorOrigin: string
  const api = (host: string, extra: Record<string, string> = {}) =>
    rawRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/health.get', headers: { host, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...extra }, body: '{}' })

  beforeAll(async () => {
    s = serve(['--data', dir, '--port', '0', '--webhook-port', '0', '--console-allow-host', 'till.local', '--console-allow-host', 'POS.Example.'], { COUNTERTOP_TOKEN: TOKEN, MESH_WEBHOOK_SECRET: 'whsec-console' })
    const lines = await ready(s, ['console', 'webhooks', 'mesh-emulator'])
    port = Number(new URL(lines.console!).port)
    emulatorOrigin = new URL(lines['mesh-emulator']!).origin
  })
  afterAll(async () => {
    await s?.kill()
    removeDir(dir)
  })

  it('refuses a Host it does not know (DNS rebinding), even with a valid token, before the body is read', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`, `[::2]:${port}`, 'not a host', '']) {
      const r = await api(host)
      expect(r.status, `Host: ${host}`).toBe(403)
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    }
    const page = await rawRequest({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } })
    expect(page.status).toBe(403)
    expect(page.body).not.toContain('<div id="root">')
  })

  it('asks for the token however the API path is spelled (the router decodes %61pi to api)', async () => {
    for (const path of ['/api/health.get', '/%61pi/health.get', '/%61%70%69/health.get', '/./api/health.get', '/api/./health.get']) {
      const r = await rawRequest({ host: '127.0.0.1', port, method: 'POST', path, headers: { 'content-type': 'application/json' }, body: '{}' })
      expect([401, 404], path).toContain(r.status)
      expect(r.body, path).not.toContain('"ok":true')
    }
    expect((await wsHandshake(`ws://127.0.0.1:${port}/%61pi/events`)).firstMessage).toBeNull()
  })

  it('answers its own address, localhost, ::1 and the names the merchant allowed', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, `till.local:${port}`, 'till.local', `pos.example:${port}`]) {
      expect((await api(host)).status, `Host: ${host}`).toBe(200)
    }
  })

  it('accepts the WebSocket only from its own origin: a foreign origin and Origin: null are refused', async () => {
    const url = `ws://127.0.0.1:${port}/api/events?token=${TOKEN}`
    const same = await wsHandshake(url, {}, `http://127.0.0.1:${port}`)
    expect(same).toMatchObject({ opened: true, firstMessage: JSON.stringify({ type: 'hello' }) })
    // A non-browser client sends no Origin: the token alone decides.
    expect(await wsHandshake(url)).toMatchObject({ opened: true })
    for (const origin of ['http://evil.example', 'null', `http://localhost:${port}`, `http://127.0.0.1:${port + 1}`, `http://127.0.0.1:${port}/x`, 'file://']) {
      const r = await wsHandshake(url, {}, origin)
      expect(r, `Origin: ${origin}`).toMatchObject({ opened: false, status: 403 })
    }
    // A rebinding page's own origin and Host: refused by the Host check.
    expect(await wsHandshake(`ws://127.0.0.1:${port}/api/events?token=${TOKEN}`, { host: `evil.example:${port}` }, `http://evil.example:${port}`)).toMatchObject({ opened: false, status: 403 })
  })

  it('refuses a cross-origin API call with a valid token', async () => {
    expect((await api(`127.0.0.1:${port}`, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await api(`127.0.0.1:${port}`, { origin: 'null' })).status).toBe(403)
    expect((await api(`127.0.0.1:${port}`, { origin: `http://127.0.0.1:${port}` })).status).toBe(200)
  })

  it('sends a strict CSP (frame-src only the Link origins), frame-ancestors none, no-referrer and nosniff on every page', async () => {
    const index = await rawRequest({ host: '127.0.0.1', port, path: '/' })
    expect(index.status).toBe(200)
    expect(index.body).toContain('<div id="root">')
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)?.[1]
    expect(asset).toBeTruthy()
    const answers = [
      index,
      await rawRequest({ host: '127.0.0.1', port, path: '/index.html' }),
      await rawRequest({ host: '127.0.0.1', port, path: `/${asset}` }),
      await rawRequest({ host: '127.0.0.1', port, path: '/no-such-page' }),
      await api(`127.0.0.1:${port}`),
      await api(`evil.example:${port}`)
    ]
    for (const r of answers) {
      const csp = String(r.headers['content-security-policy'])
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]))
      expect(directives['default-src']).toBe("'none'")
      expect(directives['script-src']).toBe("'self'")
      expect(directives['frame-src']).toBe(`https://web.meshconnect.com ${emulatorOrigin}`)
      expect(directives['frame-ancestors']).toBe("'none'")
      expect(directives['object-src']).toBe("'none'")
      expect(directives['base-uri']).toBe("'none'")
      expect(r.headers['referrer-policy']).toBe('no-referrer')
      expect(r.headers['x-content-type-options']).toBe('nosniff')
      expect(r.headers['x-frame-options']).toBe('DENY')
    }
  })
})
