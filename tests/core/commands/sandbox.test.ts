// The sandbox commands against the real Mesh emulator as their control (the host hands the core
// exactly this object): Link scenarios, refunds, long-pending transfers and the emulator clock.
import { afterEach, describe, expect, it } from 'vitest'
import { startMeshEmulator, type MeshEmulator } from '../../../src/main/emulator'
import { createRegistry } from '../../../src/main/core/commands/registry'
import { sandboxCommands } from '../../../src/main/core/commands/sandbox'
import type { SandboxControl } from '../../../src/main/core/sandbox'
import { waitFor } from '../../helpers/wait'

const HOUR = 3600_000
let emu: MeshEmulator | null = null
afterEach(async () => {
  await emu?.close()
  emu = null
})

async function setup(control: 'emulator' | 'none' = 'emulator') {
  emu = await startMeshEmulator({ webhookSecret: 'whsec', settleDelayMs: 30 })
  const c: SandboxControl = emu
  const registry = createRegistry()
  registry.register(sandboxCommands(() => (control === 'emulator' ? c : null)))
  return { registry, emu }
}

describe('sandbox commands', () => {
  it('sets the next Link scenario, which the next Link page runs', async () => {
    const { registry, emu } = await setup()
    expect(await registry.dispatch('sandbox.setLinkScenario', { scenario: 'transferDeclined' })).toEqual({ ok: true, value: { scenario: 'transferDeclined' } })
    const r = await fetch(`${emu.url}/api/v1/linktoken`, {
      method: 'POST',
      headers: { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'u1' })
    })
    const url = Buffer.from(((await r.json()) as { content: { linkToken: string } }).content.linkToken, 'base64').toString('utf8')
    const html = await (await fetch(url)).text()
    expect(html).toContain('"scenario":"transferDeclined"')
    expect(await registry.dispatch('sandbox.setLinkScenario', { scenario: 'teleport' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await registry.dispatch('sandbox.setLinkScenario', { scenario: null })).toEqual({ ok: true, value: { scenario: null } })
  })

  it('refunds a succeeded transfer, and refuses an unknown or unsettled one with a code the console can act on', async () => {
    const { registry, emu } = await setup()
    const created = await registry.dispatch('sandbox.createTransfer', { amountInFiat: '4.00', outcome: 'succeeded' })
    expect(created.ok).toBe(true)
    const { transferId } = (created as { value: { transferId: string } }).value
    const early = await registry.dispatch('sandbox.refundTransfer', { transferId })
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/Only a succeeded transfer can be refunded/) } })
    await waitFor(() => emu.listTransfers()[0]!.status === 'succeeded')
    const refunded = await registry.dispatch('sandbox.refundTransfer', { transferId, delayMs: HOUR })
    expect(refunded).toEqual({ ok: true, value: { transferId, eventIds: [expect.any(String), expect.any(String)] } })
    expect(emu.listTransfers()[0]!.status).toBe('refundPending')
    expect(await registry.dispatch('sandbox.refundTransfer', { transferId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // The clock command moves the refund on.
    const clock = await registry.dispatch('sandbox.clock', { advanceMs: HOUR })
    expect(clock).toMatchObject({ ok: true, value: { rate: 1, nextDueInMs: null } })
    expect(emu.listTransfers()[0]!.status).toBe('refundSucceeded')
  })

  it('creates a transfer that stays pending for hours, and runs the clock fast', async () => {
    const { registry, emu } = await setup()
    const created = await registry.dispatch('sandbox.createTransfer', { amountInFiat: '9.50', outcome: 'succeeded', pendingMs: 3 * HOUR })
    expect(created.ok).toBe(true)
    const before = await registry.dispatch('sandbox.clock', {})
    const v = (before as { value: { now: number; rate: number; nextDueInMs: number } }).value
    expect(v.rate).toBe(1)
    expect(v.nextDueInMs).toBeGreaterThan(3 * HOUR - 60_000)
    expect(await registry.dispatch('sandbox.clock', { rate: 100_000 })).toMatchObject({ ok: true, value: { rate: 100_000 } })
    await waitFor(() => emu.listTransfers()[0]!.status === 'succeeded', { what: 'three emulated hours at 100 000×' })
    expect(await registry.dispatch('sandbox.clock', { rate: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await registry.dispatch('sandbox.createTransfer', { amountInFiat: '1.00', outcome: 'succeeded', pendingMs: 8 * 24 * HOUR })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })

  it('answers NOT_IN_EMULATOR_MODE without an emulator', async () => {
    const { registry } = await setup('none')
    for (const [name, args] of [
      ['sandbox.setLinkScenario', { scenario: 'mfa' }],
      ['sandbox.refundTransfer', { transferId: 't' }],
      ['sandbox.clock', { rate: 2 }]
    ] as const) {
      expect(await registry.dispatch(name, args), name).toMatchObject({ ok: false, error: { code: 'NOT_IN_EMULATOR_MODE' } })
    }
  })
})
