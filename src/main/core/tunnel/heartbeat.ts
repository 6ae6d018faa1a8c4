// App-level downtime: while the app is not running nobody receives Mesh's webhooks. A heartbeat
// (settings key 'heartbeat', Unix ms) is written every 30 s; at start-up the gap since the last
// one is recorded as a downtime window of kind 'app', for reconciliation to cover.
import type { DowntimeRepo } from '../store/downtime'
import { systemClock, type Clock } from './types'

export const HEARTBEAT_KEY = 'heartbeat'
export const HEARTBEAT_INTERVAL_MS = 30_000
/** A gap longer than this is downtime: three missed beats (a busy event loop or a short sleep is not). */
export const APP_DOWNTIME_THRESHOLD_MS = 3 * HEARTBEAT_INTERVAL_MS

/**
 * The window during which the app was not running, from the last heartbeat to now, or null when
 * the gap is within the threshold, or unknown (first run), or the clock went backwards. Pure.
 */
export function appDowntimeWindow(lastHeartbeat: number | null | undefined, now: number, thresholdMs: number): { startedAt: number; endedAt: number } | null {
  if (typeof lastHeartbeat !== 'number' || !Number.isFinite(lastHeartbeat) || lastHeartbeat <= 0) return null
  if (!Number.isFinite(now) || now <= lastHeartbeat) return null
  if (now - lastHeartbeat <= thresholdMs) return null
  return { startedAt: lastHeartbeat, endedAt: now }
}

export interface HeartbeatOptions {
  /** The store's settings and downtime (sync fakes in tests work too). */
  settings: { get<T>(key: string): T | undefined | Promise<T | undefined>; set(key: string, value: unknown): unknown }
  downtime: { record(...a: Parameters<DowntimeRepo['record']>): number | Promise<number> }
  clock?: Clock
  intervalMs?: number
  thresholdMs?: number
  log?: (msg: string) => void
}

export type Heartbeat = ReturnType<typeof createHeartbeat>

export function createHeartbeat(opts: HeartbeatOptions) {
  const clock = opts.clock ?? systemClock
  const intervalMs = opts.intervalMs ?? HEARTBEAT_INTERVAL_MS
  const thresholdMs = opts.thresholdMs ?? APP_DOWNTIME_THRESHOLD_MS
  let timer: unknown = null
  let running = false

  async function beat(): Promise<void> {
    try {
      await opts.settings.set(HEARTBEAT_KEY, clock.now())
    } catch (err) {
      opts.log?.(`heartbeat write failed: ${(err as Error).message}`)
    }
  }

  function schedule(): void {
    timer = clock.setTimeout(() => {
      if (!running) return
      void beat()
      schedule()
    }, intervalMs)
  }

  return {
    /**
     * Records the app downtime since the last heartbeat (if any), then beats now and every
     * interval. Returns the recorded window's id, or null when there was none.
     */
    async start(): Promise<number | null> {
      if (running) return null
      running = true
      let id: number | null = null
      const w = appDowntimeWindow((await opts.settings.get<number | null>(HEARTBEAT_KEY)) ?? null, clock.now(), thresholdMs)
      if (w) {
        id = await opts.downtime.record('app', w.startedAt, w.endedAt, 'Countertop was not running')
        opts.log?.(`app was down from ${new Date(w.startedAt).toISOString()} to ${new Date(w.endedAt).toISOString()}`)
      }
      await beat()
      schedule()
      return id
    },
    /** Stops beating; writes a last beat so the next start measures the gap from now. */
    async stop(): Promise<void> {
      if (!running) return
      running = false
      if (timer !== null) clock.clearTimeout(timer)
      timer = null
      await beat()
    },
    beat
  }
}
