// Test-only: a clock end-to-end tests can move forward (sale expiry after 10 minutes, without
// waiting 10 minutes). Off unless COUNTERTOP_TEST_CLOCK_FILE names a file; then the core's clock
// is Date.now() plus the milliseconds written in that file, re-read every 100 ms off the hot path.
import { readFile } from 'node:fs/promises'

export const TEST_CLOCK_ENV = 'COUNTERTOP_TEST_CLOCK_FILE'

export interface TestClock {
  now(): number
  stop(): void
}

/** Reads "the offset in ms" from a file's text: an integer (may be negative), else 0. */
export function parseClockOffset(text: string): number {
  const t = text.trim()
  return /^-?\d{1,15}$/.test(t) ? Number(t) : 0
}

export function testClockFromEnv(env: NodeJS.ProcessEnv, base: () => number = Date.now): TestClock | null {
  const file = env[TEST_CLOCK_ENV]?.trim()
  if (!file) return null
  let offset = 0
  let reading = false
  const read = () => {
    if (reading) return
    reading = true
    readFile(file, 'utf8')
      .then((text) => (offset = parseClockOffset(text)))
      .catch(() => (offset = 0))
      .finally(() => (reading = false))
  }
  read()
  const timer = setInterval(read, 100)
  timer.unref()
  return { now: () => base() + offset, stop: () => clearInterval(timer) }
}
