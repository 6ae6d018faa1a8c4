import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import {
  TunnelError,
  createManualProvider,
  createTunnelManager,
  healthUrlFor,
  httpReachabilityCheck,
  normalizeManualUrl
} from '../../../src/main/core/tunnel'
import { FakeClock } from './fakes'

const webhook = { host: '127.0.0.1', port: 4401 }

describe('normalizeManualUrl', () => {
  it.each([
    ['https://pay.example.com', 'https://pay.example.com/webhooks/mesh'],
    ['https://pay.example.com/', 'https://pay.example.com/webhooks/mesh'],
    ['  https://pay.example.com/webhooks/mesh  ', 'https://pay.example.com/webhooks/mesh'],
    ['https://pay.example.com/webhooks/mesh/', 'https://pay.example.com/webhooks/mesh'],
    ['https://pay.example.com/countertop', 'https://pay.example.com/countertop/webhooks/mesh'],
    ['https://pay.example.com/countertop/webhooks/mesh', 'https://pay.example.com/countertop/webhooks/mesh'],
    ['https://PAY.Example.com:8443', 'https://pay.example.com:8443/webhooks/mesh'],
    ['https://pay.example.com:443/', 'https://pay.example.com/webhooks/mesh'],
    ['pay.example.com', 'https://pay.example.com/webhooks/mesh'],
    ['https://203.0.113.7', 'https://203.0.113.7/webhooks/mesh']
  ])('%j → %j', (input, out) => {
    expect(normalizeManualUrl(input)).toBe(out)
  })

  it.each([
    ['', /Enter the public HTTPS address/],
    ['   ', /Enter the public HTTPS address/],
    ['http://pay.example.com', /must start with https:\/\//],
    ['ftp://pay.example.com', /must start with https:\/\//],
    ['https://user:pw@pay.example.com', /user name and password/],
    ['https://pay.example.com/?token=1', /"\?…"/],
    ['https://pay.example.com/#x', /"#…"/],
    ['https://localhost', /not a public host name/],
    ['https://my-pc', /not a public host name/],
    ['https://exa mple.com', /not a web address/]
  ])('refuses %j', (input, message) => {
    let err: unknown
    try {
      normalizeManualUrl(input)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(TunnelError)
    expect((err as TunnelError).code).toBe('TUNNEL_INVALID_SETTINGS')
    expect((err as TunnelError).retryable).toBe(false)
    expect((err as TunnelError).message).toMatch(message)
  })

  it('finds the health URL next to the webhook path', () => {
    expect(healthUrlFor('https://pay.example.com/x/webhooks/mesh')).toBe('https://pay.example.com/x/healthz')
    expect(healthUrlFor('https://pay.example.com/')).toBe('https://pay.example.com/healthz')
  })
})

describe('manual provider', () => {
  it('is online at once without a check', async () => {
    const p = createManualProvider({ publicUrl: 'pay.example.com' })
    expect(p.kind).toBe('manual')
    expect(await p.start(webhook)).toEqual({ publicUrl: 'https://pay.example.com/webhooks/mesh', warning: null })
    await p.stop()
  })

  it('validates the URL when created', () => {
    expect(() => createManualProvider({ publicUrl: 'http://pay.example.com' })).toThrow(TunnelError)
  })

  it('asks the injected check before it is online, and the manager retries while it fails', async () => {
    const checked: string[] = []
    let reachable = false
    const check = async (url: string): Promise<void> => {
      checked.push(url)
      if (!reachable) throw new TunnelError('TUNNEL_UNREACHABLE', 'https://pay.example.com/healthz cannot be reached — check the reverse proxy', true)
    }
    const clock = new FakeClock()
    const m = createTunnelManager({ createProvider: (s) => createManualProvider(s as never, { check }), clock })
    const s = await m.start({ provider: 'manual', publicUrl: 'https://pay.example.com', webhook })
    expect(s).toMatchObject({ state: 'error', provider: 'manual', code: 'TUNNEL_UNREACHABLE', nextRetryAt: clock.now() + 1000 })
    expect(s.reason).toBe('https://pay.example.com/healthz cannot be reached — check the reverse proxy; retrying in 1 s')
    reachable = true
    await clock.fireNext()
    expect(m.status()).toMatchObject({ state: 'online', publicUrl: 'https://pay.example.com/webhooks/mesh' })
    expect(checked).toEqual(['https://pay.example.com/webhooks/mesh', 'https://pay.example.com/webhooks/mesh'])
  })

  it('skips the check when the merchant turned it off', async () => {
    const p = createManualProvider({ publicUrl: 'https://pay.example.com', checkReachability: false }, { check: () => Promise.reject(new Error('not called')) })
    expect((await p.start(webhook)).publicUrl).toBe('https://pay.example.com/webhooks/mesh')
  })

  it('refuses the console port', async () => {
    const p = createManualProvider({ publicUrl: 'https://pay.example.com', consolePort: 4401 })
    await expect(p.start(webhook)).rejects.toMatchObject({ code: 'TUNNEL_INVALID_SETTINGS' })
  })
})

describe('httpReachabilityCheck (real HTTP on loopback)', () => {
  let server: http.Server | null = null
  afterEach(async () => {
    if (server) await new Promise<void>((r) => server!.close(() => r()))
    server = null
  })

  async function serve(handler: http.RequestListener): Promise<string> {
    server = http.createServer(handler)
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  it('passes when /healthz answers 200', async () => {
    const paths: string[] = []
    const base = await serve((req, res) => {
      paths.push(req.url ?? '')
      res.writeHead(req.url === '/healthz' ? 200 : 404).end('{"ok":true}')
    })
    await httpReachabilityCheck()(`${base}/webhooks/mesh`)
    expect(paths).toEqual(['/healthz'])
  })

  it('fails with TUNNEL_UNREACHABLE on another answer or no answer', async () => {
    const base = await serve((_req, res) => res.writeHead(502).end('bad gateway'))
    await expect(httpReachabilityCheck()(`${base}/webhooks/mesh`)).rejects.toMatchObject({ code: 'TUNNEL_UNREACHABLE', message: expect.stringMatching(/answered HTTP 502/) })
    await expect(httpReachabilityCheck({ timeoutMs: 2000 })('http://127.0.0.1:1/webhooks/mesh')).rejects.toMatchObject({ code: 'TUNNEL_UNREACHABLE', retryable: true })
  })
})
