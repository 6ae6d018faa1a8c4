import { afterEach, describe, expect, it } from 'vitest'
import { Writable } from 'node:stream'
import pino from 'pino'
import { commandSchemas } from '../../../src/shared/contract'
import { createCore, type Core } from '../../../src/main/core'
import { domainCommands } from '../../../src/main/core/commands'
import { CommandError, createRegistry } from '../../../src/main/core/commands/registry'
import { tempDir } from '../../helpers'

function memoryLogger() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>)
      cb()
    }
  })
  return { logger: pino({ level: 'info' }, stream), lines }
}

describe('per-domain command modules', () => {
  let core: Core | undefined
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(async () => {
    await core?.close()
    tmp?.cleanup()
    core = undefined
  })

  it('gives every command in the contract exactly one handler, in the domain its name says', async () => {
    tmp = tempDir()
    core = await createCore({ dataDir: tmp.dir, webhookSecret: 's', mode: 'emulator', synchronous: 'NORMAL' })
    // Build the domain maps the way createCore does and count every name across all domains.
    const seen = new Map<string, string[]>()
    const domains = domainCommands({
      store: core.store,
      ingestor: core.ingestor,
      sales: core.sales,
      shifts: core.shifts,
      settings: core.settings,
      connectivity: core.connectivity,
      health: async () => ({ mode: 'emulator' as const, receiverListening: false, webhookUrl: '', lastDeliveryAt: null, version: 'x' }),
      sandbox: () => null,
      now: Date.now,
      publishDelivery: () => {},
      version: 'x',
      secretValues: () => [],
      display: core.display,
      openDisplay: async () => ({ url: null, opened: false })
    })
    for (const [domain, map] of Object.entries(domains)) {
      for (const name of Object.keys(map)) seen.set(name, [...(seen.get(name) ?? []), domain])
    }
    const contract = Object.keys(commandSchemas).sort()
    expect([...seen.keys()].sort()).toEqual(contract)
    for (const [name, owners] of seen) {
      expect(owners, name).toHaveLength(1)
      const prefix = name.split('.')[0]
      // counter.settings is the counter's part of the sales domain
      expect(owners[0], name).toBe(prefix === 'counter' ? 'sales' : prefix)
    }
    // and the running core answers each of them (none is UNKNOWN_COMMAND)
    for (const name of contract) expect(core.registry.has(name), name).toBe(true)
  })

  it('refuses a command registered twice', () => {
    const r = createRegistry()
    r.register({ 'health.get': () => ({ mode: 'emulator', receiverListening: true, webhookUrl: '', lastDeliveryAt: null, version: '1' }) })
    expect(() => r.register({ 'health.get': () => ({ mode: 'emulator', receiverListening: true, webhookUrl: '', lastDeliveryAt: null, version: '2' }) })).toThrow(/registered twice: health\.get/)
  })

  it('refuses a name that is not in the contract', () => {
    const r = createRegistry()
    expect(() => r.register({ 'ledger.drop': () => null } as never)).toThrow(/unknown command in registration: ledger\.drop/)
  })
})

describe('errors that reach the client', () => {
  it('passes a declared code and its message through', async () => {
    const r = createRegistry()
    r.register({ 'health.get': () => { throw new CommandError('PIN_LOCKED', 'Too many wrong PINs. Try again in 60 s.') } })
    expect(await r.dispatch('health.get', {})).toEqual({ ok: false, error: { code: 'PIN_LOCKED', message: 'Too many wrong PINs. Try again in 60 s.' } })
  })

  it.each([
    ['a driver error code', Object.assign(new Error('UNIQUE constraint failed: transfers.transfer_id'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })],
    ['a file-system error code', Object.assign(new Error("ENOENT: no such file or directory, open '/data/x'"), { code: 'ENOENT' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'x')")]
  ])('maps %s to INTERNAL with an actionable message, and logs the cause', async (_what, thrown) => {
    const { logger, lines } = memoryLogger()
    const r = createRegistry(logger)
    r.register({ 'health.get': () => { throw thrown } })
    const res = await r.dispatch('health.get', {})
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe('INTERNAL')
    expect(res.error.message).toMatch(/try again/i)
    expect(res.error.message).toMatch(/log/)
    // the internal detail never reaches the client…
    expect(JSON.stringify(res)).not.toContain(thrown.message)
    expect(JSON.stringify(res)).not.toMatch(/SQLITE|ENOENT/)
    // …but the log has it, with the command's name
    const entry = lines.find((l) => l.command === 'health.get')
    expect(entry?.level).toBe(50)
    expect(JSON.stringify(entry)).toContain(thrown.message)
  })
})
