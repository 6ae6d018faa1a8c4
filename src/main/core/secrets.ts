// Secrets for headless mode: a JSON file readable only by the user (0600) in the data dir.
// Trade-off (docs/ARCHITECTURE.md): anyone who can read the user's files can read it; the
// Electron shell uses the OS keychain through safeStorage instead.
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface SecretStore {
  get(name: string): string | undefined
  set(name: string, value: string): void
  delete(name: string): void
  has(name: string): boolean
}

export function createFileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, 'secrets.json')
  let cache: Record<string, string> = {}
  if (existsSync(file)) {
    try {
      cache = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    } catch {
      throw new Error(`The secrets file ${file} is unreadable; fix or delete it (you will have to enter the secrets again).`)
    }
  }
  const save = () => {
    const tmp = `${file}.tmp`
    writeFileSync(tmp, JSON.stringify(cache), { mode: 0o600 })
    chmodSync(tmp, 0o600)
    renameSync(tmp, file)
  }
  return {
    get: (name) => cache[name],
    has: (name) => typeof cache[name] === 'string' && cache[name] !== '',
    set(name, value) {
      cache = { ...cache, [name]: value }
      save()
    },
    delete(name) {
      const { [name]: _gone, ...rest } = cache
      cache = rest
      save()
    }
  }
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url')
}

/** Mask for display: only "set" and the last four characters ever leave the core. */
export function maskSecret(value: string | undefined): { set: boolean; last4: string | null } {
  if (!value) return { set: false, last4: null }
  return { set: true, last4: value.length > 8 ? value.slice(-4) : null }
}
