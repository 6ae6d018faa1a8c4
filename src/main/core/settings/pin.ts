// The manager PIN, stored as a slow salted hash (scrypt). Pure helpers plus a small lockout.
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

/** After `maxFailures` wrong PINs in a row, further attempts wait `lockMs`. */
export function createPinLockout(now: () => number, maxFailures = 5, lockMs = 60_000) {
  let failures = 0
  let lockedUntil = 0
  return {
    lockedFor: (): number => Math.max(0, lockedUntil - now()),
    fail(): void {
      failures++
      if (failures >= maxFailures) {
        lockedUntil = now() + lockMs
        failures = 0
      }
    },
    succeed(): void {
      failures = 0
      lockedUntil = 0
    }
  }
}
