import type { TunnelStatusView } from '../../../shared/contract'
// Keeps the tunnel up: start, reconnect with capped exponential backoff after a failure or a
// drop, a status a person can act on, and every outage recorded as a downtime window so that
// reconciliation can fetch what Mesh sent meanwhile.
import type { DowntimeRepo, DowntimeWindow } from '../store/downtime'
import { classifyNgrokError } from './ngrok'
import { TunnelError, systemClock, type Clock, type TunnelKind, type TunnelProvider, type TunnelSettings } from './types'

export type TunnelState = 'off' | 'connecting' | 'online' | 'error'

/** What the console shows of the tunnel (the contract's type; see its field comments). */
export type TunnelStatus = TunnelStatusView

export interface BackoffOptions {
  baseMs: number
  maxMs: number
}

export const DEFAULT_TUNNEL_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000 }

/** Delay before reconnect attempt number `failure` (1-based): base·2^(failure-1), capped. Deterministic (one client, no herd to spread). */
export function reconnectDelay(failure: number, b: BackoffOptions): number {
  const n = Math.max(1, Math.floor(failure))
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.min(n - 1, 30))
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`
}

export interface OnlineInfo {
  publicUrl: string
  provider: TunnelKind
  /** The downtime window this recovery closed; null on a first connect with no outage recorded. */
  window: DowntimeWindow | null
}

export interface TunnelManagerOptions {
  /** Builds the provider for a settings object (see defaultProviderFactory in index.ts). */
  createProvider: (settings: TunnelSettings) => TunnelProvider
  clock?: Clock
  /** Where outages are recorded (kind 'tunnel'); optional for tests of the state machine alone. */
  /** Where outages are recorded (the store; sync fakes in tests work too). */
  downtime?: { [K in 'open' | 'close' | 'openWindow']: (...a: Parameters<DowntimeRepo[K]>) => ReturnType<DowntimeRepo[K]> | Promise<ReturnType<DowntimeRepo[K]>> }
  onStatus?: (s: TunnelStatus) => void
  /** After the tunnel comes (back) online; reconciliation hooks in here. */
  onOnline?: (info: OnlineInfo) => void
  backoff?: Partial<BackoffOptions>
  log?: (msg: string) => void
}

export type TunnelManager = ReturnType<typeof createTunnelManager>

export function createTunnelManager(opts: TunnelManagerOptions) {
  const clock = opts.clock ?? systemClock
  const backoff: BackoffOptions = { ...DEFAULT_TUNNEL_BACKOFF, ...opts.backoff }
  const log = opts.log ?? (() => {})
  const statusCbs = new Set<(s: TunnelStatus) => void>()
  const onlineCbs = new Set<(i: OnlineInfo) => void>()
  if (opts.onStatus) statusCbs.add(opts.onStatus)
  if (opts.onOnline) onlineCbs.add(opts.onOnline)

  let status: TunnelStatus = {
    state: 'off',
    provider: null,
    publicUrl: null,
    reason: null,
    code: null,
    warning: null,
    since: clock.now(),
    nextRetryAt: null,
    failures: 0,
    downSince: null
  }
  /** Bumped by every start/stop, so callbacks from an older run are ignored. */
  let generation = 0
  let provider: TunnelProvider | null = null
  let settings: TunnelSettings | null = null
  let retryTimer: unknown = null
  /** The last failure's message, shown while the next attempt runs. */
  let lastFailure: string | null = null

  function emit(patch: Partial<TunnelStatus>): void {
    const stateChanged = patch.state !== undefined && patch.state !== status.state
    const next: TunnelStatus = { ...status, ...patch, since: stateChanged ? clock.now() : (patch.since ?? status.since) }
    const same = (Object.keys(next) as (keyof TunnelStatus)[]).every((k) => next[k] === status[k])
    status = next
    if (same) return
    const snapshot = { ...status }
    for (const cb of statusCbs) {
      try {
        cb(snapshot)
      } catch (err) {
        log(`tunnel status listener failed: ${(err as Error).message}`)
      }
    }
  }

  // An outage still open from before (e.g. the app stopped while the tunnel was down).
  if (opts.downtime) {
    const d = opts.downtime
    void Promise.resolve()
      .then(() => d.openWindow('tunnel'))
      .then((w) => {
        if (w && status.state !== 'online' && status.downSince === null) status.downSince = w.startedAt
      })
      .catch(() => {})
  }

  // Outages are written in order (open, then close), however the store answers.
  let downtimeWrites: Promise<unknown> = Promise.resolve()

  function openDowntime(reason: string): void {
    const at = clock.now()
    if (status.downSince === null) status.downSince = at
    const d = opts.downtime
    if (!d) return
    downtimeWrites = downtimeWrites
      .then(async () => {
        await d.open('tunnel', at, reason)
        const w = await d.openWindow('tunnel')
        // A second outage before recovery extends the first: show when it really began.
        if (w && status.downSince !== null) status.downSince = Math.min(status.downSince, w.startedAt)
      })
      .catch((err: Error) => log(`could not record tunnel downtime: ${err.message}`))
  }

  function closeDowntime(): Promise<DowntimeWindow | null> {
    status.downSince = null
    const d = opts.downtime
    if (!d) return Promise.resolve(null)
    const at = clock.now()
    const closed = downtimeWrites.then(() => d.close('tunnel', at))
    downtimeWrites = closed.catch(() => {})
    return closed.catch((err: Error) => {
      log(`could not close tunnel downtime: ${err.message}`)
      return null
    })
  }

  function cancelRetry(): void {
    if (retryTimer !== null) clock.clearTimeout(retryTimer)
    retryTimer = null
  }

  function toTunnelError(err: unknown): TunnelError {
    if (err instanceof TunnelError) return err
    if (status.provider === 'ngrok') return classifyNgrokError(err)
    const msg = err instanceof Error ? err.message : String(err)
    return new TunnelError('TUNNEL_FAILED', `The tunnel could not start: ${msg}`, true, { cause: err })
  }

  /** After a failed attempt or a drop: record the outage, then retry later unless retrying cannot help. */
  function fail(gen: number, err: TunnelError): void {
    if (gen !== generation) return
    openDowntime(err.message)
    lastFailure = err.message
    const failures = status.failures + 1
    if (!err.retryable) {
      log(`tunnel: ${err.code}: ${err.message}`)
      emit({ state: 'error', reason: err.message, code: err.code, nextRetryAt: null, failures, warning: null })
      return
    }
    const delay = reconnectDelay(failures, backoff)
    const at = clock.now() + delay
    log(`tunnel: ${err.code}: ${err.message}; retry in ${delay} ms`)
    cancelRetry()
    retryTimer = clock.setTimeout(() => {
      retryTimer = null
      void attempt(gen)
    }, delay)
    emit({ state: 'error', reason: `${err.message}; retrying in ${seconds(delay)}`, code: err.code, nextRetryAt: at, failures, warning: null })
  }

  async function attempt(gen: number): Promise<void> {
    if (gen !== generation || !provider || !settings) return
    const p = provider
    emit({ state: 'connecting', nextRetryAt: null, reason: lastFailure ? `${lastFailure}; trying again now` : null })
    try {
      // A drop may leave a half-open session behind: take it down before opening a new one.
      await p.stop().catch(() => {})
      const { publicUrl, warning } = await p.start(settings.webhook)
      if (gen !== generation) {
        await p.stop().catch(() => {})
        return
      }
      const window = await closeDowntime()
      lastFailure = null
      emit({ state: 'online', publicUrl, reason: null, code: null, warning: warning ?? null, nextRetryAt: null, failures: 0 })
      log(`tunnel online at ${publicUrl}`)
      const info: OnlineInfo = { publicUrl, provider: p.kind, window }
      for (const cb of onlineCbs) {
        try {
          cb(info)
        } catch (err) {
          log(`tunnel online listener failed: ${(err as Error).message}`)
        }
      }
    } catch (err) {
      fail(gen, toTunnelError(err))
    }
  }

  async function stopCurrent(): Promise<void> {
    generation++
    cancelRetry()
    const p = provider
    provider = null
    settings = null
    lastFailure = null
    if (p) await p.stop().catch((err: unknown) => log(`tunnel stop failed: ${(err as Error).message}`))
  }

  return {
    /** (Re)starts the tunnel with these settings. Resolves after the first attempt (online, or failed with a retry scheduled). */
    async start(next: TunnelSettings): Promise<TunnelStatus> {
      await stopCurrent()
      const gen = generation
      let p: TunnelProvider
      try {
        p = opts.createProvider(next)
      } catch (err) {
        const e = toTunnelError(err)
        emit({ state: 'error', provider: next.provider, reason: e.message, code: e.code, nextRetryAt: null, publicUrl: null, warning: null, failures: 0 })
        return { ...status }
      }
      provider = p
      settings = next
      p.onDisconnect((reason) => {
        if (gen !== generation || provider !== p || status.state !== 'online') return
        log(`tunnel dropped: ${reason}`)
        fail(gen, new TunnelError('TUNNEL_NETWORK', reason, true))
      })
      emit({ state: 'connecting', provider: p.kind, publicUrl: null, reason: null, code: null, warning: null, nextRetryAt: null, failures: 0 })
      await attempt(gen)
      return { ...status }
    },
    /** Takes the tunnel down on purpose and cancels any retry. An open outage window is closed: from here on it is "off", not "down". */
    async stop(): Promise<TunnelStatus> {
      await stopCurrent()
      await closeDowntime()
      emit({ state: 'off', reason: null, code: null, nextRetryAt: null, publicUrl: null, warning: null, failures: 0 })
      return { ...status }
    },
    /** Retries now instead of waiting for the scheduled attempt. */
    async retryNow(): Promise<TunnelStatus> {
      if (!provider || status.state === 'online' || status.state === 'connecting') return { ...status }
      cancelRetry()
      await attempt(generation)
      return { ...status }
    },
    status: (): TunnelStatus => ({ ...status }),
    onStatus(cb: (s: TunnelStatus) => void): () => void {
      statusCbs.add(cb)
      return () => statusCbs.delete(cb)
    },
    onOnline(cb: (i: OnlineInfo) => void): () => void {
      onlineCbs.add(cb)
      return () => onlineCbs.delete(cb)
    }
  }
}
