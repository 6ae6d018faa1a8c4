import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLedger, type SyncLedger } from '../../../src/main/core/store/sqlite/ledger'
import type { DowntimeRepo } from '../../../src/main/core/store/downtime'
import {
  TunnelError,
  createTunnelManager,
  reconnectDelay,
  type OnlineInfo,
  type TunnelSettings,
  type TunnelStatus
} from '../../../src/main/core/tunnel'
import { tempDir } from '../../helpers'
import { FakeClock, ScriptedProvider, flush, type Step } from './fakes'

const URL1 = 'https://shop.ngrok-free.app/webhooks/mesh'
const settings: TunnelSettings = { provider: 'ngrok', authtoken: 'tok', domain: 'shop.ngrok-free.app', webhook: { host: '127.0.0.1', port: 4401 }, consolePort: 4400 }
const network = (): TunnelError => new TunnelError('TUNNEL_NETWORK', 'Network unreachable — check the internet connection', true)

let tmp: ReturnType<typeof tempDir>
let store: SyncLedger
let downtime: DowntimeRepo
beforeEach(() => {
  tmp = tempDir()
  // The manager records outages through the store; here the store's own repository on a real file, called directly.
  store = openLedger({ file: join(tmp.dir, 'countertop.sqlite'), synchronous: 'NORMAL' })
  downtime = store.downtime
})
afterEach(() => {
  store.close()
  tmp.cleanup()
})

function setup(script: Step[], backoff = { baseMs: 1000, maxMs: 8000 }) {
  const clock = new FakeClock()
  const provider = new ScriptedProvider(script)
  const statuses: TunnelStatus[] = []
  const onlines: OnlineInfo[] = []
  const manager = createTunnelManager({
    createProvider: () => provider,
    clock,
    downtime,
    backoff,
    onStatus: (s) => statuses.push(s),
    onOnline: (i) => onlines.push(i)
  })
  return { clock, provider, manager, statuses, onlines }
}

describe('reconnectDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    const b = { baseMs: 500, maxMs: 5000 }
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => reconnectDelay(n, b))).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000])
    expect(reconnectDelay(0, b)).toBe(500)
  })
})

describe('tunnel manager', () => {
  it('connects: connecting, then online with the public URL, and forwards the webhook listener only', async () => {
    const { manager, provider, statuses, onlines, clock } = setup([{ ok: URL1 }])
    expect(manager.status()).toMatchObject({ state: 'off', publicUrl: null, reason: null })
    const s = await manager.start(settings)
    expect(s).toMatchObject({ state: 'online', provider: 'ngrok', publicUrl: URL1, reason: null, code: null, nextRetryAt: null, failures: 0, since: clock.now() })
    expect(statuses.map((x) => x.state)).toEqual(['connecting', 'online'])
    expect(provider.starts).toEqual([{ host: '127.0.0.1', port: 4401 }])
    expect(onlines).toEqual([{ publicUrl: URL1, provider: 'ngrok', window: null }])
    expect(downtime.list()).toEqual([])
  })

  it('after a drop, reconnects with exponential backoff up to the cap and records the outage window', async () => {
    const { manager, provider, clock, onlines } = setup([
      { ok: URL1 },
      { fail: network() },
      { fail: new Error('failed to connect session: failed to establish tcp connection') },
      { fail: network() },
      { fail: network() },
      { fail: network() },
      { ok: URL1 }
    ])
    await manager.start(settings)
    await clock.advance(60_000)
    const droppedAt = clock.now()
    provider.drop('Lost the connection to ngrok (network down or the computer slept)')
    expect(manager.status()).toMatchObject({
      state: 'error',
      code: 'TUNNEL_NETWORK',
      reason: 'Lost the connection to ngrok (network down or the computer slept); retrying in 1 s',
      nextRetryAt: droppedAt + 1000,
      failures: 1,
      downSince: droppedAt
    })
    await flush() // the outage is written through the (asynchronous) store
    expect(downtime.list()).toMatchObject([{ kind: 'tunnel', startedAt: droppedAt, endedAt: null, reconciledAt: null }])

    const reasons: string[] = []
    while (manager.status().state !== 'online') {
      expect(await clock.fireNext()).not.toBeNull()
      reasons.push(manager.status().reason ?? '')
    }
    expect(clock.scheduled).toEqual([1000, 2000, 4000, 8000, 8000, 8000])
    expect(reasons[0]).toBe('Network unreachable — check the internet connection; retrying in 2 s')
    expect(reasons[3]).toBe('Network unreachable — check the internet connection; retrying in 8 s')
    expect(provider.starts).toHaveLength(7)
    const back = clock.now()
    expect(back - droppedAt).toBe(1000 + 2000 + 4000 + 8000 + 8000 + 8000)
    expect(manager.status()).toMatchObject({ state: 'online', reason: null, failures: 0, nextRetryAt: null, downSince: null })
    const [w] = downtime.list()
    expect(w).toMatchObject({ kind: 'tunnel', startedAt: droppedAt, endedAt: back, reason: 'Lost the connection to ngrok (network down or the computer slept)' })
    expect(onlines).toHaveLength(2)
    expect(onlines[1]!.window).toEqual(w)
    // The backoff starts over after a recovery.
    provider.drop()
    expect(manager.status().nextRetryAt).toBe(back + 1000)
  })

  it('shows what is being retried while the next attempt runs', async () => {
    const { manager, provider, clock } = setup([{ ok: URL1 }, { hang: true }])
    await manager.start(settings)
    provider.drop('Lost the connection to ngrok')
    await clock.fireNext()
    expect(manager.status()).toMatchObject({ state: 'connecting', reason: 'Lost the connection to ngrok; trying again now', nextRetryAt: null })
    provider.release(URL1)
    await flush()
    expect(manager.status().state).toBe('online')
  })

  it('does not retry a failure that only new settings can fix, and says what to do', async () => {
    const { manager, clock } = setup([
      { fail: new Error('failed to connect session: The authtoken you specified is properly formed, but it is invalid. Your authtoken: 2xyzSECRET. ERR_NGROK_107') }
    ])
    const s = await manager.start(settings)
    expect(s.state).toBe('error')
    expect(s.code).toBe('TUNNEL_AUTH_FAILED')
    expect(s.reason).toMatch(/^ngrok rejected the authtoken — copy it again from https:\/\/dashboard\.ngrok\.com/)
    expect(s.reason).not.toContain('2xyzSECRET')
    expect(s.nextRetryAt).toBeNull()
    expect(clock.timers).toHaveLength(0)
    // Webhooks are not reaching us meanwhile: that is downtime too.
    expect(downtime.list()).toMatchObject([{ kind: 'tunnel', endedAt: null }])
  })

  it.each([
    [new Error('failed to start listener: The domain shop.ngrok-free.app is not reserved by your account. ERR_NGROK_7118'), 'TUNNEL_DOMAIN_NOT_RESERVED', /not reserved on this ngrok account/, false],
    [Object.assign(new Error('failed to connect session: Your account is limited to 1 simultaneous ngrok agent sessions.'), { errorCode: 'ERR_NGROK_108' }), 'TUNNEL_SESSION_LIMIT', /^Another ngrok agent is already running .*; retrying in 1 s$/, true],
    [new Error('getaddrinfo ENOTFOUND connect.ngrok-agent.com'), 'TUNNEL_NETWORK', /^Network unreachable — check the internet connection; retrying in 1 s$/, true],
    [new Error('something odd'), 'TUNNEL_FAILED', /^ngrok could not open the tunnel: something odd; retrying in 1 s$/, true]
  ])('turns %s into %s', async (err, code, reason, retries) => {
    const { manager, clock } = setup([{ fail: err }])
    const s = await manager.start(settings)
    expect(s).toMatchObject({ state: 'error', code })
    expect(s.reason).toMatch(reason)
    expect(clock.timers).toHaveLength(retries ? 1 : 0)
  })

  it('stop() cancels the scheduled retry, closes the outage window and goes off', async () => {
    const { manager, provider, clock, statuses } = setup([{ fail: network() }, { ok: URL1 }])
    await manager.start(settings)
    expect(clock.timers).toHaveLength(1)
    const failedAt = clock.now()
    await clock.advance(300)
    const s = await manager.stop()
    expect(s).toMatchObject({ state: 'off', reason: null, nextRetryAt: null, publicUrl: null, downSince: null })
    expect(clock.timers).toHaveLength(0)
    await clock.advance(3_600_000)
    expect(provider.starts).toHaveLength(1)
    expect(statuses.at(-1)!.state).toBe('off')
    expect(downtime.list()).toMatchObject([{ kind: 'tunnel', startedAt: failedAt, endedAt: failedAt + 300 }])
  })

  it('a start that completes after stop() is taken down again and never reported online', async () => {
    const { manager, provider, statuses } = setup([{ hang: true }])
    const starting = manager.start(settings)
    await flush()
    expect(manager.status().state).toBe('connecting')
    await manager.stop()
    const stopsBefore = provider.stops
    provider.release(URL1)
    await starting
    expect(manager.status().state).toBe('off')
    expect(provider.stops).toBe(stopsBefore + 1)
    expect(statuses.some((s) => s.state === 'online')).toBe(false)
  })

  it('a drop reported by a provider that was replaced is ignored', async () => {
    const clock = new FakeClock()
    const first = new ScriptedProvider([{ ok: URL1 }])
    const second = new ScriptedProvider([{ ok: URL1 }])
    const providers = [first, second]
    const manager = createTunnelManager({ createProvider: () => providers.shift()!, clock, downtime })
    await manager.start(settings)
    await manager.start(settings)
    first.drop()
    expect(manager.status().state).toBe('online')
    expect(downtime.list()).toEqual([])
  })

  it('reports invalid settings from the provider factory without retrying', async () => {
    const clock = new FakeClock()
    const manager = createTunnelManager({
      createProvider: () => {
        throw new TunnelError('TUNNEL_INVALID_SETTINGS', 'The public URL must start with https://', false)
      },
      clock,
      downtime
    })
    const s = await manager.start({ provider: 'manual', publicUrl: 'http://x', webhook: { host: '127.0.0.1', port: 4401 } })
    expect(s).toMatchObject({ state: 'error', provider: 'manual', code: 'TUNNEL_INVALID_SETTINGS', nextRetryAt: null })
    expect(clock.timers).toHaveLength(0)
  })

  it('retryNow() tries at once instead of waiting for the backoff', async () => {
    const { manager, clock } = setup([{ fail: network() }, { ok: URL1 }])
    await manager.start(settings)
    expect(manager.status().nextRetryAt).toBe(clock.now() + 1000)
    const s = await manager.retryNow()
    expect(s.state).toBe('online')
    expect(clock.timers).toHaveLength(0)
  })

  it('closes an outage window left open by a previous run once back online', async () => {
    const opened = downtime.open('tunnel', 1_600_000_000_000, 'app quit while the tunnel was down')
    const { manager, onlines, clock } = setup([{ ok: URL1 }])
    await flush() // read from the (asynchronous) store at start
    expect(manager.status().downSince).toBe(1_600_000_000_000)
    await manager.start(settings)
    expect(onlines[0]!.window).toMatchObject({ id: opened, startedAt: 1_600_000_000_000, endedAt: clock.now() })
    expect(downtime.unreconciled()).toMatchObject([{ id: opened, endedAt: clock.now() }])
  })

  it('unsubscribes status and online listeners', async () => {
    const { manager } = setup([{ ok: URL1 }])
    const seen: string[] = []
    const off = manager.onStatus((s) => seen.push(s.state))
    const offOnline = manager.onOnline(() => seen.push('hook'))
    off()
    offOnline()
    await manager.start(settings)
    expect(seen).toEqual([])
  })
})
