// The manager PIN, stored as a slow salted hash (scrypt). Pure helpers plus the lockout's rules.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto'

export interface PinHash {
  algo: 'scrypt'
  salt: string
  hash: string
  N: number
  r: number
  p: number
}

/** ~50–100 ms per check on our 2-core machine: slow for guessing, quick for a manager. */
export const PIN_COST = { N: 2 ** 15, r: 8, p: 1 }

function scrypt(pin: string, salt: Buffer, o: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(pin, salt, 32, { ...o, maxmem: 128 * o.N! * o.r! * 2 }, (err, key) => (err ? reject(err) : resolve(key)))
  )
}

export async function hashPin(pin: string, cost = PIN_COST): Promise<PinHash> {
  const salt = randomBytes(16)
  const key = await scrypt(pin, salt, cost)
  return { algo: 'scrypt', salt: salt.toString('base64'), hash: key.toString('base64'), ...cost }
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const key = await scrypt(pin, Buffer.from(stored.salt, 'base64'), { N: stored.N, r: stored.r, p: stored.p })
  const want = Buffer.from(stored.hash, 'base64')
  return key.length === want.length && timingSafeEqual(key, want)
}

/** The lockout as it is kept in the settings table (key PIN_LOCKOUT_KEY), so a restart does not reset it. */
export interface PinLockoutState {
  /** Attempts counted since the last right PIN (or the last lock). */
  failures: number
  /** ms since epoch; 0 = not locked. */
  lockedUntil: number
}

export const PIN_LOCKOUT_KEY = 'pinLockout'
export const PIN_MAX_FAILURES = 5
export const PIN_LOCK_MS = 60_000

/** A persisted state read back: anything malformed counts as no failures, never as "unlocked forever". */
export function parseLockoutState(v: unknown): PinLockoutState {
  const o = (v ?? {}) as Partial<PinLockoutState>
  const failures = Number.isInteger(o.failures) && o.failures! >= 0 ? o.failures! : 0
  const lockedUntil = typeof o.lockedUntil === 'number' && Number.isFinite(o.lockedUntil) && o.lockedUntil > 0 ? o.lockedUntil : 0
  return { failures, lockedUntil }
}

/**
 * After `maxFailures` attempts without the right PIN, further attempts are refused for `lockMs`.
 * Synchronous on purpose: an attempt is counted (`begin`) the moment it arrives, before its slow
 * hash is checked, so guesses sent at once cannot all get past the count. A right PIN (`succeed`)
 * clears the count.
 */
export function createPinLockout(now: () => number, initial: PinLockoutState = { failures: 0, lockedUntil: 0 }, maxFailures = PIN_MAX_FAILURES, lockMs = PIN_LOCK_MS) {
  let { failures, lockedUntil } = initial
  return {
    lockedFor: (): number => Math.max(0, lockedUntil - now()),
    /** Counts an attempt as failed until proven right; the one that reaches the limit starts the lock. */
    begin(): { failures: number; locked: boolean } {
      if (lockedUntil !== 0 && lockedUntil <= now()) lockedUntil = 0
      failures++
      if (failures >= maxFailures) {
        lockedUntil = now() + lockMs
        const n = failures
        failures = 0
        return { failures: n, locked: true }
      }
      return { failures, locked: false }
    },
    /**
     * A right PIN clears the lock and the count — except for attempts counted meanwhile whose
     * check has not run yet (`stillPending`): they stay counted, so a right PIN never turns
     * guesses already in flight into free ones.
     */
    succeed(stillPending = 0): void {
      failures = Math.min(stillPending, maxFailures - 1)
      lockedUntil = 0
    },
    state: (): PinLockoutState => ({ failures, lockedUntil })
  }
}
