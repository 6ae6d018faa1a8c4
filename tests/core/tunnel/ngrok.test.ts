import { describe, expect, it } from 'vitest'
import {
  TunnelError,
  buildNgrokConfig,
  classifyNgrokError,
  createNgrokProvider,
  createTunnelManager,
  loadNgrokSdk,
  normalizeAuthtoken,
  normalizeNgrokDomain,
  type NgrokForwardOptions,
  type NgrokSdkLike
} from '../../../src/main/core/tunnel'
import { FakeClock, flush } from './fakes'

const TOKEN = '2abcDEFghiJKLmnoPQRstu_1a2B3c4D5e6F7g8H9i0J'
const webhook = { host: '127.0.0.1', port: 4401 }

function thrown(fn: () => unknown): TunnelError {
  try {
    fn()
  } catch (e) {
    if (e instanceof TunnelError) return e
    throw e
  }
  throw new Error('did not throw')
}

describe('buildNgrokConfig', () => {
  it('forwards the webhook listener on loopback with the authtoken and the reserved domain', () => {
    expect(buildNgrokConfig({ authtoken: TOKEN, domain: 'shop.ngrok-free.app', webhook, consolePort: 4400 })).toEqual({
      addr: '127.0.0.1:4401',
      authtoken: TOKEN,
      domain: 'shop.ngrok-free.app',
      proto: 'http'
    })
  })

  it('leaves the domain out when none is set (ngrok then picks a random URL)', () => {
    const c = buildNgrokConfig({ authtoken: TOKEN, domain: '  ', webhook })
    expect(c).toEqual({ addr: '127.0.0.1:4401', authtoken: TOKEN, proto: 'http' })
    expect('domain' in c).toBe(false)
  })

  it.each([
    ['0.0.0.0', '127.0.0.1:4401'],
    ['', '127.0.0.1:4401'],
    ['localhost', '127.0.0.1:4401'],
    ['::', '[::1]:4401'],
    ['::1', '[::1]:4401'],
    ['[::1]', '[::1]:4401'],
    ['127.0.0.1', '127.0.0.1:4401']
  ])('reaches a listener bound to %j at %s', (host, addr) => {
    expect(buildNgrokConfig({ authtoken: TOKEN, webhook: { host, port: 4401 } }).addr).toBe(addr)
  })

  it('never forwards the console: the same port as the console is refused', () => {
    const e = thrown(() => buildNgrokConfig({ authtoken: TOKEN, webhook: { host: '127.0.0.1', port: 4400 }, consolePort: 4400 }))
    expect(e.code).toBe('TUNNEL_INVALID_SETTINGS')
    expect(e.retryable).toBe(false)
    expect(e.message).toMatch(/console's port.*--webhook-port/)
  })

  it.each([0, -1, 70000, 1.5, Number.NaN])('refuses a webhook port of %s', (port) => {
    expect(thrown(() => buildNgrokConfig({ authtoken: TOKEN, webhook: { host: '127.0.0.1', port } })).code).toBe('TUNNEL_INVALID_SETTINGS')
  })

  it.each([undefined, '', '   ', null])('rejects a missing authtoken (%j) with directions to the dashboard', (authtoken) => {
    const e = thrown(() => buildNgrokConfig({ authtoken: authtoken as unknown as string, webhook }))
    expect(e.code).toBe('TUNNEL_AUTHTOKEN_MISSING')
    expect(e.message).toContain('https://dashboard.ngrok.com/get-started/your-authtoken')
    expect(e.retryable).toBe(false)
  })

  it('rejects a damaged authtoken, and never repeats it', () => {
    const e = thrown(() => buildNgrokConfig({ authtoken: 'abc def', webhook }))
    expect(e.code).toBe('TUNNEL_INVALID_SETTINGS')
    expect(e.message).not.toContain('abc def')
  })
})

describe('normalizeAuthtoken / normalizeNgrokDomain', () => {
  it('accepts the whole "ngrok config add-authtoken" line copied from the dashboard', () => {
    expect(normalizeAuthtoken(` ngrok config add-authtoken ${TOKEN} `)).toBe(TOKEN)
    expect(normalizeAuthtoken(`ngrok authtoken ${TOKEN}`)).toBe(TOKEN)
  })

  it.each([
    ['Shop.ngrok-free.app', 'shop.ngrok-free.app'],
    ['https://shop.ngrok-free.app/', 'shop.ngrok-free.app'],
    ['https://shop.ngrok-free.app/webhooks/mesh', 'shop.ngrok-free.app'],
    ['pay.example.com.', 'pay.example.com'],
    [null, null],
    ['', null]
  ])('reads %j as %j', (input, out) => {
    expect(normalizeNgrokDomain(input)).toBe(out)
  })

  it.each(['shop', 'shop_name.ngrok.app', '-x.ngrok.app', 'a..b', 'exa mple.com'])('refuses %j as a domain', (d) => {
    expect(thrown(() => normalizeNgrokDomain(d)).code).toBe('TUNNEL_INVALID_SETTINGS')
  })
})

describe('classifyNgrokError', () => {
  it.each([
    ['failed to connect session: The authtoken you specified does not look like a proper ngrok authtoken. ERR_NGROK_105', 'TUNNEL_AUTH_FAILED', false],
    ['authentication failed: Usage of ngrok requires a verified account and authtoken. ERR_NGROK_4018', 'TUNNEL_AUTH_FAILED', false],
    ['failed to start listener: This domain is reserved for another account. ERR_NGROK_320', 'TUNNEL_DOMAIN_NOT_RESERVED', false],
    ['failed to start listener: The domain x.ngrok.app is not reserved. ERR_NGROK_7117', 'TUNNEL_DOMAIN_NOT_RESERVED', false],
    ['failed to start listener: The endpoint https://x.ngrok.app is already online. ERR_NGROK_334', 'TUNNEL_DOMAIN_IN_USE', true],
    ['Your account is limited to 1 simultaneous ngrok agent sessions. ERR_NGROK_108', 'TUNNEL_SESSION_LIMIT', true],
    ['failed to connect session: failed to establish tcp connection', 'TUNNEL_NETWORK', true],
    ['connect ECONNREFUSED 1.2.3.4:443', 'TUNNEL_NETWORK', true],
    ['kaboom', 'TUNNEL_FAILED', true]
  ])('%s → %s', (message, code, retryable) => {
    const e = classifyNgrokError(new Error(message))
    expect(e.code).toBe(code)
    expect(e.retryable).toBe(retryable)
  })

  it('uses the SDK errorCode property', () => {
    expect(classifyNgrokError(Object.assign(new Error('failed'), { errorCode: 'ERR_NGROK_107' })).code).toBe('TUNNEL_AUTH_FAILED')
  })

  it('names the domain in its advice and never echoes the authtoken', () => {
    const d = classifyNgrokError(new Error('ERR_NGROK_7118'), { domain: 'shop.ngrok-free.app' })
    expect(d.message).toMatch(/^"shop\.ngrok-free\.app" is not reserved on this ngrok account — reserve it at https:\/\/dashboard\.ngrok\.com\/domains/)
    const odd = classifyNgrokError(new Error(`weird failure for ${TOKEN}`), { authtoken: TOKEN })
    expect(odd.message).not.toContain(TOKEN)
    expect(odd.message).toContain('[authtoken]')
  })
})

/** A stand-in for @ngrok/ngrok: records what it is given, fails or hands out listeners as told. */
function fakeSdk(plan: ('ok' | Error)[] = ['ok']) {
  const calls: (NgrokForwardOptions & { onStatusChange?: (s: string) => void })[] = []
  const closed: string[] = []
  let disconnects = 0
  let n = 0
  const sdk: NgrokSdkLike = {
    async forward(config) {
      calls.push(config)
      const step = plan.shift() ?? 'ok'
      if (step instanceof Error) throw step
      const url = config.domain ? `https://${config.domain}` : `https://random-${++n}.ngrok-free.app`
      return { url: () => url, close: async () => void closed.push(url) }
    },
    async disconnect() {
      disconnects++
    }
  }
  return { sdk, calls, closed, disconnects: () => disconnects, status: (s: string) => calls.at(-1)!.onStatusChange?.(s) }
}

describe('ngrok provider', () => {
  it('forwards only the target it is given and reports the webhook URL to register in Mesh', async () => {
    const f = fakeSdk()
    const p = createNgrokProvider({ authtoken: TOKEN, domain: 'shop.ngrok-free.app', consolePort: 4400 }, { loadSdk: async () => f.sdk })
    expect(await p.start(webhook)).toEqual({ publicUrl: 'https://shop.ngrok-free.app/webhooks/mesh', warning: null })
    expect(f.calls[0]).toMatchObject({ addr: '127.0.0.1:4401', authtoken: TOKEN, domain: 'shop.ngrok-free.app', proto: 'http' })
    await p.stop()
    expect(f.closed).toEqual(['https://shop.ngrok-free.app'])
    expect(f.disconnects()).toBe(1)
    await p.stop()
    expect(f.closed).toHaveLength(1)
  })

  it('warns that a random URL changes on every start', async () => {
    const f = fakeSdk()
    const p = createNgrokProvider({ authtoken: TOKEN }, { loadSdk: async () => f.sdk })
    const r = await p.start(webhook)
    expect(r.publicUrl).toBe('https://random-1.ngrok-free.app/webhooks/mesh')
    expect(r.warning).toMatch(/^No reserved domain: this URL changes every time the tunnel starts, and Mesh keeps only one webhook URL per environment\./)
    expect(r.warning).toMatch(/Reserve a free static domain at dashboard\.ngrok\.com/)
  })

  it('refuses to forward the console port even when asked to', async () => {
    const f = fakeSdk()
    const p = createNgrokProvider({ authtoken: TOKEN, consolePort: 4401 }, { loadSdk: async () => f.sdk })
    await expect(p.start(webhook)).rejects.toMatchObject({ code: 'TUNNEL_INVALID_SETTINGS' })
    expect(f.calls).toHaveLength(0)
  })

  it('reports "closed" from the SDK as a disconnect, but not "connected" and not after stop()', async () => {
    const f = fakeSdk()
    const p = createNgrokProvider({ authtoken: TOKEN, domain: 'shop.ngrok-free.app' }, { loadSdk: async () => f.sdk })
    const reasons: string[] = []
    p.onDisconnect((r) => reasons.push(r))
    await p.start(webhook)
    f.status('connected')
    f.status('closed')
    expect(reasons).toEqual(['Lost the connection to ngrok (network down or the computer slept)'])
    await p.stop()
    f.status('closed')
    expect(reasons).toHaveLength(1)
  })

  it('gives up an attempt that hangs, and closes its listener if it arrives later', async () => {
    let arrive: (l: { url(): string; close(): Promise<void> }) => void = () => {}
    let closed = 0
    const sdk: NgrokSdkLike = { forward: () => new Promise((r) => (arrive = r)) }
    const p = createNgrokProvider({ authtoken: TOKEN }, { loadSdk: async () => sdk, startTimeoutMs: 20 })
    await expect(p.start(webhook)).rejects.toMatchObject({ code: 'TUNNEL_NETWORK', retryable: true })
    arrive({ url: () => 'https://late.ngrok-free.app', close: async () => void closed++ })
    await flush()
    expect(closed).toBe(1)
  })

  it('behind the manager: an authtoken rejection stops retries; a drop reconnects and re-forwards', async () => {
    const f = fakeSdk([new Error('failed to connect session: The authtoken you specified is properly formed, but it is invalid. ERR_NGROK_107'), 'ok', 'ok'])
    const clock = new FakeClock()
    const m = createTunnelManager({ createProvider: (s) => createNgrokProvider(s as never, { loadSdk: async () => f.sdk }), clock })
    const settings = { provider: 'ngrok' as const, authtoken: TOKEN, domain: 'shop.ngrok-free.app', webhook, consolePort: 4400 }
    expect(await m.start(settings)).toMatchObject({ state: 'error', code: 'TUNNEL_AUTH_FAILED', nextRetryAt: null })
    expect(await m.start(settings)).toMatchObject({ state: 'online', publicUrl: 'https://shop.ngrok-free.app/webhooks/mesh' })
    f.status('closed')
    expect(m.status()).toMatchObject({ state: 'error', code: 'TUNNEL_NETWORK', nextRetryAt: clock.now() + 1000 })
    await clock.fireNext()
    expect(m.status().state).toBe('online')
    expect(f.calls.map((c) => c.addr)).toEqual(['127.0.0.1:4401', '127.0.0.1:4401', '127.0.0.1:4401'])
    expect(f.closed).toEqual(['https://shop.ngrok-free.app'])
  })
})

describe('loadNgrokSdk', () => {
  it('says TUNNEL_NGROK_MISSING when the SDK cannot be loaded', async () => {
    await expect(loadNgrokSdk('@ngrok/ngrok-not-installed-here')).rejects.toMatchObject({ code: 'TUNNEL_NGROK_MISSING', retryable: false })
  })

  it('finds forward() in the installed SDK (when it is installed)', async () => {
    let installed = true
    try {
      require.resolve('@ngrok/ngrok')
    } catch {
      installed = false
    }
    if (!installed) {
      await expect(loadNgrokSdk()).rejects.toMatchObject({ code: 'TUNNEL_NGROK_MISSING' })
      return
    }
    const sdk = await loadNgrokSdk()
    expect(typeof sdk.forward).toBe('function')
    expect(typeof sdk.disconnect).toBe('function')
  })
})
