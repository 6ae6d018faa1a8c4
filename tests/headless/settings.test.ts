import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core'
import { queryLedger } from '../helpers/sql'
import type { AuditEntryView, SettingsView } from '../../src/shared/contract'
import { tempDir } from '../helpers'

const cheap = { N: 1024, r: 8, p: 1 }
const PIN = '2468'
// Payout address formats, as the networks define them.
const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/
const SOLANA_ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/

describe('settings, secrets and the manager PIN', () => {
  let tmp: ReturnType<typeof tempDir>
  let core: Core
  const call = async <T>(name: string, args: unknown = {}) => core.registry.dispatch(name, args) as Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>
  const value = async <T>(name: string, args: unknown = {}) => {
    const r = await call<T>(name, args)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.value
  }

  /** Every test starts from a fresh data dir; those that need a manager PIN set it here. */
  const setPin = async () => expect(await value('settings.setPin', { newPin: PIN })).toEqual({ pinSet: true })

  beforeEach(async () => {
    tmp = tempDir()
    core = await createCore({ dataDir: tmp.dir, webhookSecret: 'initial-secret-123', mode: 'emulator', pinCost: cheap })
  })
  afterEach(async () => {
    await core.close()
    tmp.cleanup()
  })

  it('gives a newcomer the emulator and demo payouts, with no PIN', async () => {
    const s = await value<SettingsView>('settings.get')
    expect(s).toMatchObject({ environment: 'emulator', runningMode: 'emulator', pinSet: false, restartRequired: false, currency: 'USD' })
    expect(s.payouts.length).toBeGreaterThan(0)
  })

  it('ships demo payout addresses that are well-formed for their network and accepted back by settings.update', async () => {
    const { payouts } = await value<SettingsView>('settings.get')
    expect(payouts.length).toBeGreaterThan(0)
    for (const p of payouts) expect(p.address, `${p.asset} on ${p.network}`).toMatch(p.network === 'Solana' ? SOLANA_ADDRESS : EVM_ADDRESS)
    await setPin()
    const saved = await value<SettingsView>('settings.update', { pin: PIN, changes: { payouts } })
    expect(saved.payouts).toEqual(payouts)
  })

  it('refuses protected changes until a PIN exists, and changes nothing', async () => {
    const r = await call('settings.update', { changes: { payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x' + 'a'.repeat(40) }] } })
    expect(r).toMatchObject({ ok: false, error: { code: 'PIN_NOT_SET' } })
    expect((await value<SettingsView>('settings.get')).payouts[0]!.address).not.toBe('0x' + 'a'.repeat(40))
  })

  it('sets a PIN (stored as a slow hash, never the PIN itself)', async () => {
    expect(await value('settings.setPin', { newPin: '2468' })).toEqual({ pinSet: true })
    expect((await value<SettingsView>('settings.get')).pinSet).toBe(true)
    const [row] = queryLedger<{ value: string }>(tmp.dir, "SELECT value FROM settings WHERE key = 'managerPin'")
    expect(row!.value).not.toContain('2468')
    expect(JSON.parse(row!.value)).toMatchObject({ algo: 'scrypt', N: cheap.N })
    expect(await call('settings.setPin', { newPin: '1357' })).toMatchObject({ ok: false, error: { code: 'PIN_REQUIRED' } })
    expect(await call('settings.setPin', { currentPin: '0000', newPin: '1357' })).toMatchObject({ ok: false, error: { code: 'PIN_INVALID' } })
  })

  it('a wrong PIN changes nothing and is audited', async () => {
    await setPin()
    const before = await value<SettingsView>('settings.get')
    const r = await call('settings.update', { pin: '9999', changes: { payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x' + 'b'.repeat(40) }], meshApiKey: 'sk_sandbox_wrongpin' } })
    expect(r).toMatchObject({ ok: false, error: { code: 'PIN_INVALID' } })
    const after = await value<SettingsView>('settings.get')
    expect(after).toEqual(before)
    const audit = await value<AuditEntryView[]>('audit.list')
    expect(audit[0]).toMatchObject({ action: 'pin.rejected' })
  })

  it('changes payouts and keys with the PIN; secrets are masked and their file is private (0600)', async () => {
    await setPin()
    const payout = { asset: 'USDC', network: 'Ethereum', address: '0x' + 'c'.repeat(40) }
    const s = await value<SettingsView>('settings.update', { pin: '2468', changes: { payouts: [payout], meshClientId: 'client-abc', meshApiKey: 'sk_sandbox_supersecret_9f3k' } })
    expect(s.payouts).toEqual([payout])
    expect(s.secrets.meshApiKey).toEqual({ set: true, last4: '9f3k' })
    expect(JSON.stringify(s)).not.toContain('supersecret')
    expect(s.restartRequired).toBe(true)
    const file = join(tmp.dir, 'secrets.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.stringify(queryLedger(tmp.dir, 'SELECT * FROM settings'))).not.toContain('supersecret')
    const audit = await value<AuditEntryView[]>('audit.list')
    expect(audit[0]).toMatchObject({ action: 'settings.updated', detail: { fields: ['meshClientId', 'meshApiKey', 'payouts'], payouts: [payout] } })
    expect(JSON.stringify(audit)).not.toContain('supersecret')
    expect(readFileSync(file, 'utf8')).toContain('client-abc')
  })

  it('validates payout addresses per network', async () => {
    await setPin()
    const bad = await call('settings.update', { pin: '2468', changes: { payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x1234567890123456789012' }] } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('40 hex') } })
    const dup = await call('settings.update', {
      pin: '2468',
      changes: { payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x' + 'd'.repeat(40) }, { asset: 'USDC', network: 'Ethereum', address: '0x' + 'e'.repeat(40) }] }
    })
    expect(dup).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })

  it('lets anyone change the display currency without a PIN, audited', async () => {
    await setPin() // a PIN exists, and is still not asked for
    expect((await value<SettingsView>('settings.update', { changes: { currency: 'EUR' } })).currency).toBe('EUR')
    expect((await value<AuditEntryView[]>('audit.list'))[0]).toMatchObject({ action: 'settings.updated', detail: { fields: ['currency'] } })
  })

  it('locks out after repeated wrong PINs', async () => {
    await setPin()
    for (let i = 0; i < 5; i++) await call('settings.update', { pin: '0000', changes: { environment: 'emulator' } })
    expect(await call('settings.update', { pin: '2468', changes: { environment: 'emulator' } })).toMatchObject({ ok: false, error: { code: 'PIN_LOCKED' } })
  })
})
