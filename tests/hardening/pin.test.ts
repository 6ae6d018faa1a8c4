// The manager PIN against guesses sent all at once: every attempt is counted the moment it
// arrives (before its slow scrypt check), the fifth locks the PIN, the lock is kept in the
// ledger so a restart does not lift it, and every attempt — wrong, right, refused — is audited.
import { afterAll, describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core'
import type { AuditEntryView } from '../../src/shared/contract'
import { queryLedger } from '../helpers/sql'
import { apiCall, ready, removeDir, serve, tempDir, type Serve } from './helpers'

const RIGHT = '482915'
const TOKEN = 'pin-hardening-token-0123456789'

type Reply = { status: number; body: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } } }
const code = (r: Reply) => (r.body.ok ? 'ok' : r.body.error.code)

describe('manager PIN under concurrent guessing (real process, real scrypt cost)', () => {
  const dataDir = tempDir('countertop-pin-')
  const running: Serve[] = []
  afterAll(async () => {
    for (const s of running) await s.kill()
    removeDir(dataDir)
  })

  async function start(): Promise<{ s: Serve; base: string }> {
    const s = serve(['--data', dataDir, '--port', '0', '--webhook-port', '0'], { COUNTERTOP_TOKEN: TOKEN, MESH_WEBHOOK_SECRET: 'whsec-pin' })
    running.push(s)
    const lines = await ready(s)
    return { s, base: new URL(lines.console!).origin }
  }

  it('locks after 5 of 100 concurrent guesses, refuses the right one while locked, audits all 100, and keeps the lock across a restart', async () => {
    const { s, base } = await start()
    expect(code(await apiCall(base, TOKEN, 'settings.setPin', { newPin: RIGHT }))).toBe('ok')

    const guess = (pin: string) => {
      const t0 = performance.now()
      return apiCall(base, TOKEN, 'settings.setPin', { currentPin: pin, newPin: '000000' }).then((r) => ({ pin, r, ms: performance.now() - t0, at: performance.now() }))
    }
    const wrong = (i: number) => String(100000 + i)
    // 99 wrong guesses and the right one, all in flight at once. The right one leaves once the
    // server has started refusing (the first PIN_LOCKED answer), so it is never among the five
    // that are checked — wherever the network would have put it in the queue.
    const t0 = performance.now()
    const first = Array.from({ length: 50 }, (_, i) => guess(wrong(i)))
    let firstLockedAt = 0
    await Promise.race(
      first.map((p) =>
        p.then((g) => {
          if (code(g.r) === 'PIN_LOCKED') firstLockedAt ||= performance.now() - t0
          return code(g.r) === 'PIN_LOCKED' ? g : new Promise(() => {})
        })
      )
    )
    const right = guess(RIGHT)
    const rest = Array.from({ length: 49 }, (_, i) => guess(wrong(50 + i)))
    const all = await Promise.all([...first, right, ...rest])
    const elapsed = performance.now() - t0

    const byCode = (c: string) => all.filter((g) => code(g.r) === c)
    expect(all).toHaveLength(100)
    expect(byCode('PIN_INVALID')).toHaveLength(5)
    expect(byCode('PIN_LOCKED')).toHaveLength(95)
    expect(byCode('ok')).toHaveLength(0)
    const rightOne = all.find((g) => g.pin === RIGHT)!
    expect(code(rightOne.r)).toBe('PIN_LOCKED')
    expect(all.every((g) => g.r.status === 200)).toBe(true)
    const lastChecked = Math.max(...byCode('PIN_INVALID').map((g) => g.at - t0))
    console.info(
      `[pin] 100 concurrent guesses in ${elapsed.toFixed(0)} ms: ${byCode('PIN_INVALID').length} checked (wrong), ${byCode('PIN_LOCKED').length} refused while locked (the right one included, answered ${(rightOne.at - t0).toFixed(0)} ms in; first refusal at ${firstLockedAt.toFixed(0)} ms, last wrong one checked at ${lastChecked.toFixed(0)} ms), 0 accepted`
    )

    // Every attempt is in the audit log; the PIN did not change.
    const audit = (await apiCall<AuditEntryView[]>(base, TOKEN, 'audit.list', { limit: 500 })).body
    if (!audit.ok) throw new Error(audit.error.message)
    const actions = audit.value.map((e) => e.action)
    expect(actions.filter((a) => a === 'pin.rejected')).toHaveLength(5)
    expect(actions.filter((a) => a === 'pin.refused')).toHaveLength(95)
    expect(actions.filter((a) => a === 'pin.accepted' || a === 'pin.changed')).toHaveLength(0)
    expect(audit.value.find((e) => e.action === 'pin.rejected' && (e.detail as { locked: boolean }).locked)).toMatchObject({ detail: { action: 'settings.setPin', failures: 5, locked: true } })

    // A restart on the same data dir: still locked, from the state kept in the settings table.
    expect((await s.stop()).code).toBe(0)
    const [row] = queryLedger<{ value: string }>(dataDir, "SELECT value FROM settings WHERE key = 'pinLockout'")
    const kept = JSON.parse(row!.value) as { failures: number; lockedUntil: number }
    expect(kept.lockedUntil).toBeGreaterThan(Date.now())
    const again = await start()
    const afterRestart = await apiCall(again.base, TOKEN, 'settings.setPin', { currentPin: RIGHT, newPin: '000000' })
    expect(code(afterRestart)).toBe('PIN_LOCKED')
    expect(afterRestart.body.ok ? '' : afterRestart.body.error.message).toMatch(/Try again in \d+ s/)
    const audit2 = (await apiCall<AuditEntryView[]>(again.base, TOKEN, 'audit.list', { limit: 1 })).body
    expect(audit2.ok && audit2.value[0]).toMatchObject({ action: 'pin.refused', detail: { action: 'settings.setPin', reason: 'locked' } })
    console.info(`[pin] after a restart: the right PIN is refused (${afterRestart.body.ok ? '' : afterRestart.body.error.message}); lock kept until ${new Date(kept.lockedUntil).toISOString()}`)
    await again.s.stop()
  }, 60_000)
})

describe('manager PIN lockout, on a controlled clock', () => {
  it('accepts the right PIN once the minute is over, audits it, clears the count, and keeps guesses in flight counted', async () => {
    const dir = tempDir('countertop-pin-clock-')
    let t = 1_700_000_000_000
    const core = await createCore({ dataDir: dir, webhookSecret: 'w', mode: 'emulator', pinCost: { N: 1024, r: 8, p: 1 }, now: () => t })
    try {
      const call = (name: string, args: unknown) => core.registry.dispatch(name, args) as Promise<{ ok: boolean; error?: { code: string } }>
      expect((await call('settings.setPin', { newPin: RIGHT })).ok).toBe(true)
      // Five guesses at once: all five counted before any is checked.
      const five = await Promise.all(Array.from({ length: 5 }, (_, i) => call('settings.setPin', { currentPin: `9${i}9${i}`, newPin: '1111' })))
      expect(five.map((r) => r.error?.code)).toEqual(Array(5).fill('PIN_INVALID'))
      expect((await call('settings.setPin', { currentPin: RIGHT, newPin: '1111' })).error?.code).toBe('PIN_LOCKED')
      t += 59_000
      expect((await call('settings.setPin', { currentPin: RIGHT, newPin: '1111' })).error?.code).toBe('PIN_LOCKED')
      t += 1_001
      expect((await call('settings.setPin', { currentPin: RIGHT, newPin: '1111' })).ok).toBe(true)
      const audit = (await core.registry.dispatch('audit.list', { limit: 3 })) as { ok: true; value: AuditEntryView[] }
      expect(audit.value.map((e) => e.action)).toEqual(['pin.changed', 'pin.accepted', 'pin.refused'])
      expect(JSON.parse(queryLedger<{ value: string }>(dir, "SELECT value FROM settings WHERE key = 'pinLockout'")[0]!.value)).toEqual({ failures: 0, lockedUntil: 0 })
      // A right PIN does not make the guesses already in flight free: they stay counted.
      const change = (pin: string) => call('settings.update', { pin, changes: { environment: 'emulator' } })
      const burst = await Promise.all([change('1111'), change('0001'), change('0002'), change('0003')])
      expect(burst.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'PIN_INVALID', 'PIN_INVALID', 'PIN_INVALID'])
      expect(JSON.parse(queryLedger<{ value: string }>(dir, "SELECT value FROM settings WHERE key = 'pinLockout'")[0]!.value)).toEqual({ failures: 3, lockedUntil: 0 })
      expect((await change('0004')).error?.code).toBe('PIN_INVALID')
      expect((await change('0005')).error?.code).toBe('PIN_INVALID')
      expect((await change('1111')).error?.code).toBe('PIN_LOCKED')
      t += 60_001
      // A missing PIN is not a guess: PIN_REQUIRED, not counted.
      for (let i = 0; i < 6; i++) expect((await call('settings.setPin', { newPin: '2222' })).error?.code).toBe('PIN_REQUIRED')
      expect((await call('settings.setPin', { currentPin: '1111', newPin: '2222' })).ok).toBe(true)
    } finally {
      await core.close()
      removeDir(dir)
    }
  })
})
