import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSafeSecretStore, type Cipher } from '../../src/main/shell/safe-secrets'
import { tempDir } from '../helpers'

// Stands in for the OS keychain (safeStorage), which needs the Electron binary.
function keychain(): Cipher {
  const key = randomBytes(32)
  return {
    isEncryptionAvailable: () => true,
    encryptString: (s) => {
      const iv = randomBytes(12)
      const c = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([c.update(s, 'utf8'), c.final()])
      return Buffer.concat([iv, c.getAuthTag(), body])
    },
    decryptString: (b) => {
      const d = createDecipheriv('aes-256-gcm', key, b.subarray(0, 12))
      d.setAuthTag(b.subarray(12, 28))
      return Buffer.concat([d.update(b.subarray(28)), d.final()]).toString('utf8')
    }
  }
}

describe('safeStorage secret store', () => {
  it('keeps secrets encrypted at rest and reads them back', () => {
    const tmp = tempDir()
    const k = keychain()
    const s = createSafeSecretStore(tmp.dir, k)
    s.set('meshApiKey', 'sk_live_verysecret')
    expect(readFileSync(join(tmp.dir, 'secrets.enc.json'), 'utf8')).not.toContain('verysecret')
    expect(createSafeSecretStore(tmp.dir, k).get('meshApiKey')).toBe('sk_live_verysecret')
    s.delete('meshApiKey')
    expect(createSafeSecretStore(tmp.dir, k).has('meshApiKey')).toBe(false)
    tmp.cleanup()
  })

  it('refuses to run without a keychain', () => {
    const tmp = tempDir()
    expect(() => createSafeSecretStore(tmp.dir, { ...keychain(), isEncryptionAvailable: () => false })).toThrow(/keychain/)
    tmp.cleanup()
  })
})
