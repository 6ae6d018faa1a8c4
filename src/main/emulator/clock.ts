// The emulator's clock: Mesh's time as the emulator tells it (webhook Timestamp/SentTimestamp,
// REST createdTimestamp/executedTimestamp, link token age) and the timers that move transfers
// along (settling, refunds). It can run fast (rate) or jump (advance), so a transfer that stays
// pending for hours can be watched in seconds. Delivery budgets and retry delays are the
// receiver's real time and do not use it.

export const MAX_CLOCK_RATE = 1_000_000
/** The longest single jump: a week is more than any transfer stays pending. */
export const MAX_ADVANCE_MS = 30 * 24 * 3600_000

export interface EmulatorClock {
  /** Emulated Unix ms. */
  now(): number
  /** Emulated ms per real ms (1 = real time, 0 = stopped). */
  readonly rate: number
  setRate(rate: number): void
  /**
   * Moves emulated time forward by `ms`, firing every timer that falls due on the way, in due
   * order, each with the clock standing at its due time (timers they set are fired too).
   */
  advance(ms: number): void
  /**
   * Runs `fn` once `ms` of emulated time have passed, with the emulated time it fell due (the
   * clock may already be past it when real time runs late at a high rate); returns a cancel function.
   */
  schedule(ms: number, fn: (dueAt: number) => void): () => void
  /** Like schedule, at the emulated time `due` (now, if that has passed): no reading of the clock between the caller's and the timer's. */
  scheduleAt(due: number, fn: (dueAt: number) => void): () => void
  /** Emulated ms until the earliest timer, or null when none is set. */
  nextDueIn(): number | null
  close(): void
}

interface Timer {
  due: number
  seq: number
  fn: (dueAt: number) => void
  real: NodeJS.Timeout | null
}

/** `base` is the real clock (Date.now unless a test gives one); emulated time starts equal to it. */
export function createClock(base: () => number = Date.now): EmulatorClock {
  let anchorBase = base()
  let anchorEmu = anchorBase
  let rate = 1
  let seq = 0
  let closed = false
  const timers = new Set<Timer>()

  const now = (): number => Math.floor(anchorEmu + (base() - anchorBase) * rate)

  function reanchor(at: number = now()): void {
    anchorBase = base()
    anchorEmu = at
  }

  function arm(t: Timer): void {
    if (t.real) clearTimeout(t.real)
    t.real = null
    if (rate === 0 || closed) return
    // A real timeout for the emulated distance; when it fires the timer is due (with a real
    // `base`, now() has reached `due`; with a frozen test clock, real time is what passed).
    const delay = Math.max(0, Math.ceil((t.due - now()) / rate))
    t.real = setTimeout(() => fire(t), Math.min(delay, 2_147_483_647))
  }

  function fire(t: Timer): void {
    if (!timers.delete(t)) return
    if (t.real) clearTimeout(t.real)
    t.real = null
    t.fn(t.due)
  }

  function earliest(limit: number): Timer | null {
    let best: Timer | null = null
    for (const t of timers) if (t.due <= limit && (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq))) best = t
    return best
  }

  function scheduleAt(due: number, fn: (dueAt: number) => void): () => void {
    const t: Timer = { due: Math.max(due, now()), seq: seq++, fn, real: null }
    timers.add(t)
    arm(t)
    return () => {
      if (t.real) clearTimeout(t.real)
      timers.delete(t)
    }
  }

  return {
    now,
    get rate() {
      return rate
    },
    setRate(r) {
      if (!Number.isFinite(r) || r < 0 || r > MAX_CLOCK_RATE) throw new RangeError(`clock rate must be between 0 and ${MAX_CLOCK_RATE}`)
      reanchor()
      rate = r
      for (const t of timers) arm(t)
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS) throw new RangeError(`advance takes 0 to ${MAX_ADVANCE_MS} ms`)
      const target = now() + Math.floor(ms)
      for (let t = earliest(target); t; t = earliest(target)) {
        reanchor(Math.max(now(), t.due))
        fire(t)
      }
      reanchor(Math.max(now(), target))
      for (const t of timers) arm(t)
    },
    schedule: (ms, fn) => scheduleAt(now() + Math.max(0, ms), fn),
    scheduleAt,
    nextDueIn() {
      const t = earliest(Number.POSITIVE_INFINITY)
      return t ? Math.max(0, t.due - now()) : null
    },
    close() {
      closed = true
      for (const t of timers) if (t.real) clearTimeout(t.real)
      timers.clear()
    }
  }
}
