// Waiting on a condition instead of sleeping for a guessed time. No imports from src/, so the
// torture tests (and the benchmark's helpers) can use it too.

export interface WaitForOptions {
  /** Give up after this long. Default 5 000 ms. */
  timeoutMs?: number
  /** Time between two probes. Default 20 ms. */
  intervalMs?: number
  /** Said in the failure, e.g. "the delivery row to get its answer time". */
  what?: string
}

/**
 * Calls `probe` until it returns a truthy value, and returns that value. A probe that throws
 * counts as "not yet"; on timeout the failure names `what` and carries the last error or value.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, opts: WaitForOptions = {}): Promise<NonNullable<T>> {
  const timeoutMs = opts.timeoutMs ?? 5_000
  const intervalMs = opts.intervalMs ?? 20
  const deadline = Date.now() + timeoutMs
  let last: unknown
  let lastError: unknown
  for (;;) {
    try {
      last = await probe()
      lastError = undefined
      if (last) return last as NonNullable<T>
    } catch (e) {
      lastError = e
    }
    if (Date.now() >= deadline) break
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  const detail = lastError !== undefined ? `last error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : `last value: ${safeJson(last)}`
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${opts.what ?? 'a condition'} (${detail})`, lastError !== undefined ? { cause: lastError } : undefined)
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v)
  } catch {
    return String(v)
  }
}

/**
 * A fixed pause. Only for tests where the passing of time is itself the behaviour under test
 * (a slow sender holding a connection open, a poller's pace): say so where it is used.
 */
export function pause(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}
