// Reconciliation end to end: a real core (SQLite file in a temp dir, webhook receiver on
// loopback) and the Mesh emulator over real HTTP. Mesh is the only stand-in. These are the
// targeted look-ups (downtime windows, pending transfers, unlinked sales), so the sweep of Mesh's
// whole list is off here; sweep.test.ts covers it.
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { startMeshEmulator, type MeshEmulator } from '../../../src/main/emulator'
import { createMeshClient } from '../../../src/main/core/mesh'
import type { MeshClient } from '../../../src/main/core/mesh/types'
import { createReconciler, type ReconcileResult, type ReconcilerOptions } from '../../../src/main/core/reconcile'
import type { Store } from '../../../src/main/core/store'
import type { SaleStarted } from '../../../src/shared/contract'
import { meshPayload, postWebhook, tempDir } from '../../helpers'

const SECRET = 'reconcile-secret'
const MIN = 60_000

interface Rig {
  core: Core
  emu: MeshEmulator
  client: MeshClient
  downtime: Store['downtime']
  /** Backoff sleeps the Mesh client asked for (answered at once). */
  sleeps: number[]
  reconciler(extra?: Partial<ReconcilerOptions>): ReturnType<typeof createReconciler>
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function rig(): Promise<Rig> {
  const tmp = tempDir()
  const core = await createCore({ dataDir: tmp.dir, webhookSecret: SECRET, mode: 'emulator', synchronous: 'NORMAL' })
  cleanups.push(() => tmp.cleanup())
  cleanups.push(() => core.close())
  const receiver = await core.startReceiver('127.0.0.1', 0)
  const emu = await startMeshEmulator({ host: '127.0.0.1', port: 0, webhookUrl: receiver.url, webhookSecret: SECRET, settleDelayMs: 20, retryScheduleMs: [50, 100] })
  cleanups.push(() => emu.close())
  core.connectMesh({ baseUrl: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret }, emu)
  const sleeps: number[] = []
  const client = createMeshClient({
    baseUrl: emu.url,
    clientId: emu.clientId,
    clientSecret: emu.clientSecret,
    random: () => 0,
    sleep: async (ms) => void sleeps.push(ms)
  })
  const downtime = core.store.downtime
  return {
    core,
    emu,
    client,
    downtime,
    sleeps,
    reconciler: (extra = {}) => {
      const r = createReconciler({ store: core.store, mesh: () => client, downtime, sweep: false, ...extra })
      cleanups.push(() => r.stop())
      return r
    }
  }
}

function dropped(emu: MeshEmulator, outcome: 'succeeded' | 'failed', extra: { transactionId?: string; amountInFiat?: number } = {}): string {
  return emu.createTransfer({ amountInFiat: extra.amountInFiat ?? 12.5, outcome, transactionId: extra.transactionId, faults: { dropWebhooks: true } }).transferId
}

async function startSale(core: Core, amount = '7.50'): Promise<SaleStarted> {
  const env = await core.registry.dispatch('sales.start', { amount, asset: 'USDC' })
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
  return env.value as SaleStarted
}

describe('reconciliation against the Mesh emulator', () => {
  it('finds a transfer whose webhooks were dropped during an outage, and a second run changes nothing', async () => {
    const { core, emu, downtime, reconciler } = await rig()
    const t0 = Date.now()
    const windowId = (await downtime.open('tunnel', t0, 'Lost the connection to ngrok'))
    const transferId = dropped(emu, 'succeeded', { transactionId: 'ct_dropped_1' })
    await emu.idle()
    await downtime.close('tunnel', Date.now())
    expect(emu.listDeliveries({ transferId })).toEqual([])
    expect((await core.store.transfers.get(transferId))).toBeUndefined()
    const rest = emu.listTransfers().find((t) => t.id === transferId)!

    const rec = reconciler()
    const r = await rec.run({ trigger: 'tunnel' })
    expect(r).toMatchObject({ trigger: 'tunnel', checked: 1, imported: 1, updated: 0, conflicts: 0, pages: 1, errors: [], changedTransferIds: [transferId], reconciledWindowIds: [windowId] })
    expect(r).toMatchObject({ changes: [{ transferId, status: 'succeeded', kind: 'imported' }], sweptFrom: null, sweptTo: null })
    expect((await core.store.transfers.get(transferId))).toMatchObject({
      status: 'succeeded',
      statusRaw: 'succeeded',
      isFinal: true,
      conflict: false,
      provenance: 'poll',
      transactionId: 'ct_dropped_1',
      txHash: rest.hash,
      token: 'USDC',
      chain: 'Ethereum',
      destinationAmount: String(rest.destinationAmount),
      sourceAccountProvider: 'Coinbase',
      statusTimestamp: rest.executedTimestamp! * 1000,
      eventCount: 1,
      deliveryCount: 0
    })
    const events = (await core.store.events.listForTransfer(transferId))
    expect(events).toMatchObject([{ event_id: `poll:${transferId}:succeeded`, provenance: 'poll', applied: 1, conflict: 0, delivery_count: 0, status_raw: 'succeeded' }])
    expect(JSON.parse(events[0]!.payload!)).toMatchObject({ id: transferId, status: 'succeeded' })
    expect((await downtime.get(windowId))!.reconciledAt).not.toBeNull()
    // The run log has no column for imports: its `updated` counts every status change.
    expect((await core.store.reconcileRuns.getRun(r.runId))).toMatchObject({ trigger: 'tunnel', checked: 1, updated: 1, conflicts: 0, error: null, finishedAt: r.finishedAt })

    // Idempotent: nothing is left to look at; asked again explicitly, Mesh says what we already have.
    expect(await rec.run({ trigger: 'manual' })).toMatchObject({ checked: 0, imported: 0, updated: 0, pages: 0, changedTransferIds: [], changes: [], errors: [] })
    expect(await rec.run({ trigger: 'manual', transferId })).toMatchObject({ checked: 1, imported: 0, updated: 0, conflicts: 0, changedTransferIds: [], changes: [] })
    expect(await rec.run({ trigger: 'manual', since: t0 - MIN })).toMatchObject({ checked: 1, imported: 0, updated: 0, changedTransferIds: [] })
    expect((await core.store.events.listForTransfer(transferId))).toHaveLength(1)
    expect((await core.store.transfers.get(transferId))!.eventCount).toBe(1)
  })

  it('flags a poll that contradicts a webhook’s final state and does not apply it', async () => {
    const { core, emu, reconciler } = await rig()
    const transferId = dropped(emu, 'failed')
    await emu.idle()
    // Mesh's webhook said Succeeded; its REST list says failed.
    const body = JSON.stringify(meshPayload({ transferId, status: 'Succeeded', txHash: '0xfeed' }))
    expect((await postWebhook(core.receiver!.url, body, { secret: SECRET })).status).toBe(200)
    expect((await core.store.transfers.get(transferId))).toMatchObject({ status: 'succeeded', provenance: 'webhook', conflict: false })

    const rec = reconciler()
    const r = await rec.run({ trigger: 'manual', transferId })
    expect(r).toMatchObject({ checked: 1, imported: 0, updated: 0, conflicts: 1, errors: [], changedTransferIds: [transferId], changes: [{ transferId, status: 'failed', kind: 'conflict' }] })
    expect((await core.store.transfers.get(transferId))).toMatchObject({ status: 'succeeded', isFinal: true, conflict: true, provenance: 'webhook', txHash: '0xfeed' })
    const poll = (await core.store.events.listForTransfer(transferId)).find((e) => e.provenance === 'poll')
    expect(poll).toMatchObject({ event_id: `poll:${transferId}:failed`, status: 'failed', applied: 0, conflict: 1 })
    expect((await core.store.reconcileRuns.getRun(r.runId))!.conflicts).toBe(1)

    const again = await rec.run({ trigger: 'manual', transferId })
    expect(again).toMatchObject({ checked: 1, conflicts: 0, updated: 0, changedTransferIds: [] })
    expect((await core.store.events.listForTransfer(transferId))).toHaveLength(2)
  })

  it('looks up a transfer left pending by its webhooks once it is older than pendingAgeMs', async () => {
    const { core, emu, reconciler } = await rig()
    const transferId = dropped(emu, 'succeeded')
    await emu.idle()
    const pending = JSON.stringify(meshPayload({ transferId, status: 'Pending' }))
    expect((await postWebhook(core.receiver!.url, pending, { secret: SECRET })).status).toBe(200)

    expect(await reconciler().run({ trigger: 'startup' })).toMatchObject({ checked: 0, pages: 0 })
    const later = reconciler({ now: () => Date.now() + 3 * MIN })
    const r = await later.run({ trigger: 'startup' })
    expect(r).toMatchObject({ checked: 1, imported: 0, updated: 1, pages: 1, changedTransferIds: [transferId], changes: [{ transferId, status: 'succeeded', kind: 'updated' }] })
    expect((await core.store.transfers.get(transferId))).toMatchObject({ status: 'succeeded', provenance: 'poll', eventCount: 2, deliveryCount: 1 })
  })

  it('keeps looking up a transfer in RefundPending (not final) and takes RefundSucceeded from Mesh’s list; once refunded it is not asked about again', async () => {
    const { core, emu, reconciler } = await rig()
    const transferId = dropped(emu, 'succeeded')
    await emu.idle()
    emu.refundTransfer(transferId, { delayMs: 0 })
    await emu.idle()
    // The ledger heard of the payment and of the refund's start; RefundSucceeded never arrived.
    const paidHash = emu.listTransfers().find((t) => t.id === transferId)!.hash!
    for (const status of ['Succeeded', 'RefundPending']) {
      const body = JSON.stringify(meshPayload({ transferId, status, ...(status === 'Succeeded' ? { txHash: paidHash } : {}) }))
      expect((await postWebhook(core.receiver!.url, body, { secret: SECRET })).status).toBe(200)
    }
    expect(await core.store.transfers.get(transferId)).toMatchObject({ status: 'refundpending', isFinal: false })

    const later = reconciler({ now: () => Date.now() + 3 * MIN })
    const r = await later.run({ trigger: 'manual' })
    expect(r).toMatchObject({ checked: 1, imported: 0, updated: 1, conflicts: 0, changes: [{ transferId, status: 'refundsucceeded', kind: 'updated' }] })
    expect(await core.store.transfers.get(transferId)).toMatchObject({ status: 'refundsucceeded', statusRaw: 'refundSucceeded', isFinal: true, conflict: false, provenance: 'poll', txHash: paidHash })
    expect(await later.run({ trigger: 'manual' })).toMatchObject({ checked: 0, updated: 0 })
  })

  it('pages through more than 100 transfers of an outage, 100 at a time, riding out HTTP 429 with backoff', async () => {
    const { core, emu, downtime, sleeps, reconciler } = await rig()
    await downtime.open('app', Date.now() - 10_000)
    const ids = Array.from({ length: 130 }, (_, i) => dropped(emu, i % 3 === 0 ? 'failed' : 'succeeded', { amountInFiat: 1 + i }))
    await emu.idle()
    await downtime.close('app', Date.now())
    emu.addApiFault({ mode: 'http429', count: 2 })

    const r = await reconciler().run({ trigger: 'startup' })
    expect(r).toMatchObject({ checked: 130, imported: 130, updated: 0, conflicts: 0, pages: 2, errors: [] })
    // The list of changes is bounded; the counts are not.
    expect(r.changes).toHaveLength(50)
    expect(sleeps).toHaveLength(2)
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!)
    expect(new Set(r.changedTransferIds)).toEqual(new Set(ids))
    const rows = await Promise.all(ids.map(async (id) => (await core.store.transfers.get(id))!))
    expect(rows.every((t) => t.provenance === 'poll' && t.isFinal)).toBe(true)
    expect(rows.filter((t) => t.status === 'failed')).toHaveLength(44)
  })

  it('gives up for now when Mesh keeps rate limiting (tooManyRequest), and covers the window on the next run', async () => {
    const { core, emu, downtime, sleeps, reconciler } = await rig()
    const windowId = (await downtime.open('tunnel', Date.now() - 1000))
    const transferId = dropped(emu, 'succeeded')
    await emu.idle()
    await downtime.close('tunnel', Date.now())
    emu.addApiFault({ mode: 'tooManyRequest', count: 4 })

    const rec = reconciler()
    const r = await rec.run({ trigger: 'tunnel' })
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/MESH_RATE_LIMITED: Mesh is rate limiting this client.*gave up after 4 attempts/)
    expect(r).toMatchObject({ checked: 0, updated: 0, reconciledWindowIds: [] })
    expect(sleeps).toHaveLength(3)
    expect((await downtime.unreconciled()).map((w) => w.id)).toEqual([windowId])
    expect((await core.store.reconcileRuns.getRun(r.runId))!.error).toMatch(/MESH_RATE_LIMITED/)

    const next = await rec.run({ trigger: 'auto' })
    expect(next).toMatchObject({ checked: 1, imported: 1, errors: [], reconciledWindowIds: [windowId] })
    expect((await core.store.transfers.get(transferId))!.status).toBe('succeeded')
  })

  it('covers an outage still in progress up to now, without calling it reconciled', async () => {
    const { core, emu, downtime, reconciler } = await rig()
    const windowId = (await downtime.open('tunnel', Date.now() - 1000))
    const first = dropped(emu, 'succeeded')
    await emu.idle()
    const rec = reconciler()
    expect(await rec.run({ trigger: 'auto' })).toMatchObject({ checked: 1, imported: 1, reconciledWindowIds: [] })
    expect((await downtime.get(windowId))).toMatchObject({ endedAt: null, reconciledAt: null })
    const second = dropped(emu, 'failed')
    await emu.idle()
    await downtime.close('tunnel', Date.now())
    const r = await rec.run({ trigger: 'tunnel' })
    expect(r).toMatchObject({ imported: 1, updated: 0, changedTransferIds: [second], reconciledWindowIds: [windowId] })
    expect((await core.store.transfers.get(first))!.status).toBe('succeeded')
    expect((await core.store.transfers.get(second))!.status).toBe('failed')
  })

  it('resolves a sale that never got a webhook by its transactionId', async () => {
    const { core, emu, reconciler } = await rig()
    const sale = await startSale(core)
    const transferId = dropped(emu, 'succeeded', { transactionId: sale.transactionId, amountInFiat: 7.5 })
    await emu.idle()
    expect((await core.sales.get(sale.sessionId)).state).toBe('waiting')

    // A sale younger than pendingAgeMs is left alone (the customer may still be in Link).
    expect(await reconciler().run({ trigger: 'startup' })).toMatchObject({ pages: 0 })
    const r = await reconciler({ now: () => Date.now() + 3 * MIN }).run({ trigger: 'startup' })
    expect(r).toMatchObject({ checked: 1, imported: 1, pages: 1, changedTransferIds: [transferId] })
    expect((await core.store.sessions.get(sale.sessionId))!.transfer_id).toBe(transferId)
    expect((await core.store.transfers.get(transferId))).toMatchObject({ sessionId: sale.sessionId, transactionId: sale.transactionId, provenance: 'poll', status: 'succeeded' })
    expect((await core.sales.get(sale.sessionId))).toMatchObject({ state: 'succeeded', transferId })
  })

  it('resolves a dropped-webhook sale on its own with the automatic timer', async () => {
    const { core, emu, reconciler } = await rig()
    const sale = await startSale(core, '4.20')
    const transferId = dropped(emu, 'succeeded', { transactionId: sale.transactionId, amountInFiat: 4.2 })
    await emu.idle()

    const timers: { fn: () => void; ms: number; id: number }[] = []
    const cleared: unknown[] = []
    const clock = {
      setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms, id: timers.length + 1 }),
      clearTimeout: (h: unknown) => void cleared.push(h)
    }
    const results: ReconcileResult[] = []
    let ran: () => void = () => {}
    const rec = reconciler({ clock, intervalMs: 5 * MIN, now: () => Date.now() + 3 * MIN, onResult: (r) => (results.push(r), ran()) })
    rec.startAuto()
    rec.startAuto()
    expect(timers.map((t) => t.ms)).toEqual([5 * MIN])
    expect(results).toEqual([])

    const done = new Promise<void>((r) => (ran = r))
    timers[0]!.fn()
    await done
    expect(results[0]).toMatchObject({ trigger: 'auto', checked: 1, imported: 1, changedTransferIds: [transferId] })
    expect((await core.sales.get(sale.sessionId)).state).toBe('succeeded')
    await expect.poll(() => timers.length).toBe(2)
    expect(rec.autoRunning).toBe(true)
    await rec.stop()
    expect(cleared).toEqual([2])
    expect(rec.autoRunning).toBe(false)
  })

  it('spaces out repeat look-ups in automatic runs, but not in manual ones', async () => {
    const { core, reconciler } = await rig()
    // A pending transfer Mesh's list does not know (e.g. a webhook from another environment).
    const transferId = randomUUID()
    const body = JSON.stringify(meshPayload({ transferId, status: 'Pending' }))
    expect((await postWebhook(core.receiver!.url, body, { secret: SECRET })).status).toBe(200)
    let now = Date.now() + 3 * MIN
    const rec = reconciler({ now: () => now, intervalMs: 5 * MIN })
    expect((await rec.run({ trigger: 'auto' })).pages).toBe(1)
    expect((await rec.run({ trigger: 'auto' })).pages).toBe(0)
    expect((await rec.run({ trigger: 'manual' })).pages).toBe(1)
    now += 5 * MIN
    expect((await rec.run({ trigger: 'auto' })).pages).toBe(0)
    now += 5 * MIN
    expect((await rec.run({ trigger: 'auto' })).pages).toBe(1)
    expect((await core.store.transfers.get(transferId))!.status).toBe('pending')
  })

  it('does not ask Mesh about a transfer id that cannot be one of its own', async () => {
    const { core, reconciler } = await rig()
    const body = JSON.stringify(meshPayload({ transferId: 'not-a-mesh-id', status: 'Pending' }))
    expect((await postWebhook(core.receiver!.url, body, { secret: SECRET })).status).toBe(200)
    expect(await reconciler({ now: () => Date.now() + 3 * MIN }).run({ trigger: 'manual' })).toMatchObject({ pages: 0, errors: [] })
  })

  it('records a run without a Mesh connection as an error a person can act on', async () => {
    const { core, reconciler } = await rig()
    const r = await reconciler({ mesh: () => null }).run({ trigger: 'manual' })
    expect(r.errors).toEqual([expect.stringMatching(/^MESH_NOT_READY: /)])
    expect((await core.store.reconcileRuns.listRuns(1))).toMatchObject([{ id: r.runId, error: expect.stringMatching(/MESH_NOT_READY/) }])
  })

  it('runs one at a time', async () => {
    const { emu, downtime, reconciler } = await rig()
    await downtime.open('tunnel', Date.now() - 1000)
    dropped(emu, 'succeeded')
    await emu.idle()
    await downtime.close('tunnel', Date.now())
    const rec = reconciler()
    const [a, b] = await Promise.all([rec.run({ trigger: 'tunnel' }), rec.run({ trigger: 'manual' })])
    expect(a).toMatchObject({ imported: 1, pages: 1 })
    expect(b).toMatchObject({ imported: 0, updated: 0, pages: 0 })
    expect(b.startedAt).toBeGreaterThanOrEqual(a.finishedAt)
  })
})
