// Test doubles for the tunnel: a clock whose timers fire only when told, and a provider whose
// starts fail or succeed as scripted and which can be made to drop.
import type { Clock, TunnelProvider, TunnelStartResult, TunnelTarget } from '../../../src/main/core/tunnel'

export interface FakeTimer {
  id: number
  at: number
  ms: number
  fn: () => void
}

export class FakeClock implements Clock {
  t: number
  timers: FakeTimer[] = []
  /** Every delay ever scheduled, in order. */
  scheduled: number[] = []
  private nextId = 1
  constructor(start = 1_700_000_000_000) {
    this.t = start
  }
  now = (): number => this.t
  setTimeout = (fn: () => void, ms: number): unknown => {
    const timer = { id: this.nextId++, at: this.t + ms, ms, fn }
    this.timers.push(timer)
    this.scheduled.push(ms)
    return timer.id
  }
  clearTimeout = (h: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== h)
  }
  /** Moves time forward, firing due timers in order (their async work is flushed after each). */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) break
      this.timers = this.timers.filter((t) => t !== due)
      this.t = Math.max(this.t, due.at)
      due.fn()
      await flush()
    }
    this.t = end
  }
  /** Fires the next timer whatever its delay. */
  async fireNext(): Promise<FakeTimer | null> {
    const next = [...this.timers].sort((a, b) => a.at - b.at || a.id - b.id)[0]
    if (!next) return null
    await this.advance(next.at - this.t)
    return next
  }
}

/** Lets pending promise callbacks (several hops deep) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r))
}

export type Step = { ok: string; warning?: string } | { fail: unknown } | { hang: true }

export class ScriptedProvider implements TunnelProvider {
  readonly kind = 'ngrok' as const
  starts: TunnelTarget[] = []
  stops = 0
  private cbs: ((reason: string) => void)[] = []
  private pendingHang: { resolve: (r: TunnelStartResult) => void; reject: (e: unknown) => void } | null = null
  constructor(private readonly script: Step[]) {}
  async start(target: TunnelTarget): Promise<TunnelStartResult> {
    this.starts.push(target)
    const step = this.script.shift()
    if (!step) throw new Error('script exhausted')
    if ('hang' in step) return new Promise((resolve, reject) => (this.pendingHang = { resolve, reject }))
    if ('fail' in step) throw step.fail
    return { publicUrl: step.ok, warning: step.warning ?? null }
  }
  /** Completes a start that was scripted to hang. */
  release(publicUrl: string): void {
    this.pendingHang?.resolve({ publicUrl })
    this.pendingHang = null
  }
  async stop(): Promise<void> {
    this.stops++
  }
  onDisconnect(cb: (reason: string) => void): void {
    this.cbs.push(cb)
  }
  drop(reason = 'connection lost'): void {
    for (const cb of this.cbs) cb(reason)
  }
}
