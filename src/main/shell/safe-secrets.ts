// Secrets in the desktop app: each value encrypted with the OS keychain through Electron's
// safeStorage (injected here, so this file does not import electron and stays testable).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SecretStore } from '../core/secrets'

export interface Cipher {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(data: Buffer): string
}

export function createSafeSecretStore(dataDir: string, cipher: Cipher): SecretStore {
  if (!cipher.isEncryptionAvailable()) throw new Error('The OS keychain is not available, so Countertop cannot keep secrets safely on this machine.')
  const file = join(dataDir, 'secrets.enc.json')
  let blobs: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}
  const save = () => {
    writeFileSync(`${file}.tmp`, JSON.stringify(blobs), { mode: 0o600 })
    renameSync(`${file}.tmp`, file)
  }
  return {
    get: (name) => (blobs[name] ? cipher.decryptString(Buffer.from(blobs[name]!, 'base64')) : undefined),
    has: (name) => typeof blobs[name] === 'string',
    set(name, value) {
      blobs = { ...blobs, [name]: cipher.encryptString(value).toString('base64') }
      save()
    },
    delete(name) {
      const { [name]: _gone, ...rest } = blobs
      blobs = rest
      save()
    }
  }
}
