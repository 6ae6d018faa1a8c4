// The sweep of Mesh's whole transfer list, end to end on both ledgers: a real core (SQLite file
// in a temp dir, or a PostgreSQL database of its own) with its webhook receiver on loopback, and
// the Mesh emulator over real HTTP sending its webhooks there. Mesh is the only stand-in. What
// the sweep asked Mesh for is read from the emulator's own log of list requests.
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { createMeshClient } from '../../../src/main/core/mesh'
import type { MeshClient } from '../../../src/main/core/mesh/types'
import { createReconciler, SWEEP_WATERMARK_KEY, type ReconcilerOptions } from '../../../src/main/core/reconcile'
import { startMeshEmulator, type MeshEmulator } from '../../../src/main/emulator'
import type { EventMessage, ReconcileProgress, ReconcileResultView } from '../../../src/shared/contract'
import { meshPayload, postWebhook, tempDir } from '../../helpers'
import { waitFor } from '../../helpers/wait'
import { createTestDatabase, notePgSkipped, PG_URL } from '../store/pg'

const SECRET = 'sweep-secret'
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
/** The defaults the brief sets: first look-back 7 days, overlap 10 minutes. */
const LOOKBACK = 7 * DAY
const OVERLAP = 10 * MIN

notePgSkipped()

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

interface Rig {
  emu: MeshEmulator
  core(): Core
  /** Opens the core (again) on the same ledger; its receiver is the emulator's webhook target. */
  open(): Promise<Core>
  /** Closes the core (the ledger stays). */
  close(): Promise<void>
  client: MeshClient
  /** Backoff sleeps the Mesh client asked for (answered at once). */
  sleeps: number[]
  /** The emulator's clock: null follows the real one. */
  emuClock: { at: number | null }
  reconciler(extra?: Partial<ReconcilerOptions>): ReturnType<typeof createReconciler>
}

async function rig(engine: 'sqlite' | 'postgres'): Promise<Rig> {
  const tmp = tempDir('countertop-sweep-')
  cleanups.push(() => tmp.cleanup())
  let databaseUrl: string | undefined
  if (engine === 'postgres') {
    const db = await createTestDatabase('sweep')
    cleanups.push(() => db.drop())
    databaseUrl = db.url
  }
  const emuClock: { at: number | null } = { at: null }
  const emu = await startMeshEmulator({ host: '127.0.0.1', port: 0, webhookSecret: SECRET, settleDelayMs: 20, retryScheduleMs: [50, 100], now: () => emuClock.at ?? Date.now() })
  cleanups.push(() => emu.close())
  const sleeps: number[] = []
  const client = createMeshClient({ baseUrl: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret, random: () => 0, sleep: async (ms) => void sleeps.push(ms) })
  let core: Core | null = null
  cleanups.push(async () => {
    await core?.close()
    core = null
  })
  const reconcilers: ReturnType<typeof createReconciler>[] = []
  const r: Rig = {
    emu,
    client,
    sleeps,
    emuClock,
    core: () => core!,
    async open() {
      core = await createCore({ dataDir: tmp.dir, databaseUrl, webhookSecret: SECRET, mode: 'emulator', synchronous: 'NORMAL' })
      const receiver = await core.startReceiver('127.0.0.1', 0)
      core.connectMesh({ baseUrl: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret }, emu)
      expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
      return core
    },
    async close() {
      for (const x of reconcilers.splice(0)) await x.stop()
      await core?.close()
      core = null
    },
    reconciler(extra = {}) {
      const x = createReconciler({ store: core!.store, mesh: () => client, downtime: core!.store.downtime, ...extra })
      reconcilers.push(x)
      return x
    }
  }
  await r.open()
  return r
}

/** A transfer Mesh settles but whose webhooks it drops, every one of them. */
function dropped(emu: MeshEmulator, o: { outcome?: 'succeeded' | 'failed'; amountInFiat?: number; transactionId?: string } = {}): string {
  return emu.createTransfer({ amountInFiat: o.amountInFiat ?? 5, outcome: o.outcome ?? 'succeeded', transactionId: o.transactionId, faults: { dropWebhooks: true } }).transferId
}

/** The list requests the emulator received from index `from` on, as query parameters. */
function listed(emu: MeshEmulator, from = 0): URLSearchParams[] {
  return emu
    .listTransferListRequests()
    .slice(from)
    .map((r) => new URLSearchParams(r.query))
}

/** A sweep asks from a creation time on, oldest first, with no upper bound. */
const isSweep = (q: URLSearchParams) => q.has('FromTimestamp') && !q.has('ToTimestamp') && q.get('OrderBy') === 'createdTimestamp' && q.get('DescendingOrder') === 'false'

describe.each([['sqlite' as const], ['postgres' as const]])('sweep reconciliation on %s', (engine) => {
  const test = engine === 'postgres' && !PG_URL ? it.skip : it

  test('imports a transfer whose webhooks were all dropped, that no sale knows, with no downtime recorded; a second run imports nothing', async () => {
    const r = await rig(engine)
    const core = r.core()
    const progress: ReconcileProgress[] = []
    core.bus.subscribe((m: EventMessage) => {
      if (m.type === 'reconcile.progress') progress.push(m.payload as ReconcileProgress)
    })
    // One transfer whose webhooks arrive (the ledger knows it), one whose webhooks Mesh drops.
    const delivered = r.emu.createTransfer({ amountInFiat: 3, outcome: 'succeeded' }).transferId
    const lost = dropped(r.emu, { amountInFiat: 12.34 })
    await r.emu.idle()
    await waitFor(async () => (await core.store.transfers.get(delivered))?.status === 'succeeded', { what: 'the delivered transfer in the ledger' })
    expect(r.emu.listDeliveries({ transferId: lost })).toEqual([])
    expect(await core.store.transfers.get(lost)).toBeUndefined()
    expect(await core.store.downtime.unreconciled()).toEqual([])
    // No sale knows it: it carries no transactionId of ours.
    expect(r.emu.listTransfers().find((t) => t.id === lost)!.clientTransactionId).toBeNull()

    // "Reconcile now", through the command the console sends.
    const before = Date.now()
    const env = await core.registry.dispatch('reconcile.run', {})
    if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
    const res = env.value as ReconcileResultView
    expect(res).toMatchObject({ trigger: 'manual', checked: 2, imported: 1, updated: 0, conflicts: 0, pages: 1, errors: [], changedTransferIds: [lost] })
    expect(res.changes).toEqual([{ transferId: lost, status: 'succeeded', kind: 'imported' }])
    // The first run after install looks back 7 days.
    expect(res.sweptTo).toBeGreaterThanOrEqual(before)
    expect(res.sweptFrom).toBe(res.sweptTo! - LOOKBACK)
    expect(listed(r.emu).filter(isSweep).map((q) => q.get('FromTimestamp'))).toEqual([String(Math.floor((res.sweptTo! - LOOKBACK) / 1000))])

    const rest = r.emu.listTransfers().find((t) => t.id === lost)!
    expect(await core.store.transfers.get(lost)).toMatchObject({
      status: 'succeeded',
      isFinal: true,
      provenance: 'poll',
      conflict: false,
      transactionId: null,
      token: 'USDC',
      chain: 'Ethereum',
      // 12.34 USDC at the sandbox price of 1 USD, plus the emulated exchange's 0.1% fee on top.
      destinationAmount: '12.34',
      sourceAmount: '12.35234',
      txHash: rest.hash,
      sourceAccountProvider: 'Coinbase',
      eventCount: 1,
      deliveryCount: 0
    })
    expect((await core.store.events.listForTransfer(lost)).map((e) => [e.event_id, e.provenance, e.applied])).toEqual([[`poll:${lost}:succeeded`, 'poll', 1]])
    // Progress after the page, then once more at the end.
    expect(progress).toEqual([
      { runId: res.runId, pages: 1, checked: 2, imported: 1, updated: 0, done: false },
      { runId: res.runId, pages: 1, checked: 2, imported: 1, updated: 0, done: true }
    ])

    // Idempotent: the same transfers listed again change nothing.
    const again = await core.registry.dispatch('reconcile.run', {})
    expect(again.ok && again.value).toMatchObject({ checked: 2, imported: 0, updated: 0, conflicts: 0, changes: [], changedTransferIds: [], errors: [] })
    expect(await core.store.events.listForTransfer(lost)).toHaveLength(1)
    expect((await core.store.transfers.get(lost))!.eventCount).toBe(1)
  })

  test('keeps its watermark across a restart: the next sweep starts at the last completed one minus the overlap', async () => {
    const r = await rig(engine)
    let now = Date.now()
    const first = await r.reconciler({ now: () => now }).run({ trigger: 'startup' })
    const swept1 = now
    expect(first).toMatchObject({ sweptFrom: swept1 - LOOKBACK, sweptTo: swept1, errors: [] })

    await r.close()
    const lost = dropped(r.emu)
    await r.emu.idle()
    await r.open()
    now += HOUR
    const mark = r.emu.listTransferListRequests().length
    const second = await r.reconciler({ now: () => now }).run({ trigger: 'startup' })
    expect(second).toMatchObject({ imported: 1, sweptFrom: swept1 - OVERLAP, sweptTo: swept1 + HOUR, changes: [{ transferId: lost, kind: 'imported' }] })
    expect(listed(r.emu, mark).filter(isSweep).map((q) => q.get('FromTimestamp'))).toEqual([String(Math.floor((swept1 - OVERLAP) / 1000))])
    expect(await r.core().store.settings.get(SWEEP_WATERMARK_KEY)).toBe(swept1 + HOUR)

    // A configured overlap is honoured too.
    now += HOUR
    const third = await r.reconciler({ now: () => now, sweepOverlapMs: 30 * MIN }).run({ trigger: 'auto' })
    expect(third).toMatchObject({ imported: 0, sweptFrom: swept1 + HOUR - 30 * MIN })
  })

  test('a failing page leaves the watermark where it was, so the next run covers the same period again', async () => {
    const r = await rig(engine)
    let now = Date.now()
    await r.reconciler({ now: () => now }).run({ trigger: 'startup' })
    const swept1 = now
    const ids = Array.from({ length: 150 }, (_, i) => dropped(r.emu, { amountInFiat: 1 + i }))
    await r.emu.idle()

    // Page 2 of the sweep fails: Mesh answers HTTP 500 to it and to the client's 3 retries.
    now += HOUR
    const mark = r.emu.listTransferListRequests().length
    const failing = r.reconciler({
      now: () => now,
      onProgress: (p) => {
        if (p.pages === 1 && !p.done) r.emu.addApiFault({ mode: 'http500', count: 4 })
      }
    })
    const bad = await failing.run({ trigger: 'manual' })
    expect(bad).toMatchObject({ imported: 100, pages: 1, sweptFrom: null, sweptTo: null })
    expect(bad.errors).toEqual([expect.stringMatching(/^sweep since .*: MESH_UNAVAILABLE: Mesh is unavailable \(HTTP 500\).*gave up after 4 attempts/)])
    expect(r.emu.listTransferListRequests().slice(mark).map((q) => q.statusCode)).toEqual([200, 500, 500, 500, 500])
    expect(await r.core().store.settings.get(SWEEP_WATERMARK_KEY)).toBe(swept1)

    now += HOUR
    const mark2 = r.emu.listTransferListRequests().length
    const next = await r.reconciler({ now: () => now }).run({ trigger: 'auto' })
    expect(next).toMatchObject({ checked: 150, imported: 50, errors: [], sweptFrom: swept1 - OVERLAP, sweptTo: now })
    expect(listed(r.emu, mark2).filter(isSweep).map((q) => q.get('FromTimestamp'))).toEqual([String(Math.floor((swept1 - OVERLAP) / 1000)), String(Math.floor((swept1 - OVERLAP) / 1000))])
    const rows = await Promise.all(ids.map((id) => r.core().store.transfers.get(id)))
    expect(rows.every((t) => t?.status === 'succeeded' && t.provenance === 'poll')).toBe(true)
    expect(await r.core().store.settings.get(SWEEP_WATERMARK_KEY)).toBe(now)
  })

  test('first run: looks back 7 days by default, as far as configured otherwise', async () => {
    const r = await rig(engine)
    r.emuClock.at = Date.now() - 8 * DAY
    const old = dropped(r.emu, { transactionId: 'eight-days' })
    r.emuClock.at = Date.now() - 6 * DAY
    const recent = dropped(r.emu, { transactionId: 'six-days' })
    r.emuClock.at = null
    await r.emu.idle()

    const now = Date.now()
    const res = await r.reconciler({ now: () => now }).run({ trigger: 'startup' })
    expect(res).toMatchObject({ checked: 1, imported: 1, sweptFrom: now - LOOKBACK, changes: [{ transferId: recent, status: 'succeeded', kind: 'imported' }] })
    expect(await r.core().store.transfers.get(old)).toBeUndefined()

    // Another install, configured to look back 9 days, finds both.
    const other = await rig(engine)
    other.emuClock.at = Date.now() - 8 * DAY
    const old2 = dropped(other.emu)
    other.emuClock.at = null
    await other.emu.idle()
    const now2 = Date.now()
    const res2 = await other.reconciler({ now: () => now2, sweepLookbackMs: 9 * DAY }).run({ trigger: 'startup' })
    expect(res2).toMatchObject({ imported: 1, sweptFrom: now2 - 9 * DAY, changes: [{ transferId: old2, kind: 'imported' }] })
    expect(listed(other.emu).filter(isSweep).map((q) => q.get('FromTimestamp'))).toEqual([String(Math.floor((now2 - 9 * DAY) / 1000))])
  })

  test('pages through 250 transfers 100 at a time, in creation order, riding out a 429 with backoff', async () => {
    const r = await rig(engine)
    const ids = Array.from({ length: 250 }, (_, i) => dropped(r.emu, { outcome: i % 5 === 0 ? 'failed' : 'succeeded', amountInFiat: 1 + i }))
    await r.emu.idle()
    r.emu.addApiFault({ mode: 'http429', count: 1, retryAfterSeconds: 1 })
    const progress: ReconcileProgress[] = []
    const res = await r.reconciler({ onProgress: (p) => progress.push(p) }).run({ trigger: 'manual' })
    expect(res).toMatchObject({ checked: 250, imported: 250, updated: 0, pages: 3, errors: [] })
    expect(res.changes).toHaveLength(50)
    expect(res.changes.slice(0, 3).map((c) => c.transferId)).toEqual(ids.slice(0, 3))
    expect(new Set(res.changedTransferIds)).toEqual(new Set(ids))
    const sweep = listed(r.emu).filter(isSweep)
    // The 429 was answered, waited out (its Retry-After), and the page asked again.
    expect(sweep.map((q) => [q.get('Count'), q.get('Offset')])).toEqual([
      ['100', '0'],
      ['100', '0'],
      ['100', '100'],
      ['100', '200']
    ])
    expect(r.sleeps).toEqual([1000])
    expect(progress.map((p) => [p.pages, p.checked, p.imported, p.done])).toEqual([
      [1, 100, 100, false],
      [2, 200, 200, false],
      [3, 250, 250, false],
      [3, 250, 250, true]
    ])
    const rows = await Promise.all(ids.map((id) => r.core().store.transfers.get(id)))
    expect(rows.filter((t) => t?.status === 'failed')).toHaveLength(50)
    expect(rows.every((t) => t?.provenance === 'poll' && t.isFinal)).toBe(true)
  })

  test('updates what the ledger holds in another state, flags contradictions, and covers downtime windows without a query of their own', async () => {
    const r = await rig(engine)
    const core = r.core()
    const t0 = Date.now()
    const windowId = await core.store.downtime.open('tunnel', t0 - 1000, 'ngrok lost')
    await core.store.downtime.close('tunnel', t0)
    // The ledger heard Pending for one (its final webhook was lost) and a wrong final for another.
    const stale = dropped(r.emu)
    const contradicted = dropped(r.emu, { outcome: 'failed' })
    await r.emu.idle()
    const post = async (transferId: string, status: string) => {
      expect((await postWebhook(core.receiver!.url, JSON.stringify(meshPayload({ transferId, status })), { secret: SECRET })).status).toBe(200)
    }
    await post(stale, 'Pending')
    await post(contradicted, 'Succeeded')

    const res = await r.reconciler().run({ trigger: 'tunnel' })
    expect(res).toMatchObject({ checked: 2, imported: 0, updated: 1, conflicts: 1, pages: 1, reconciledWindowIds: [windowId] })
    expect(res.changes).toEqual([
      { transferId: stale, status: 'succeeded', kind: 'updated' },
      { transferId: contradicted, status: 'failed', kind: 'conflict' }
    ])
    // Only the sweep asked Mesh: the window lay inside what it covered.
    expect(listed(r.emu).map(isSweep)).toEqual([true])
    expect((await core.store.downtime.get(windowId))!.reconciledAt).not.toBeNull()
    expect(await core.store.transfers.get(stale)).toMatchObject({ status: 'succeeded', provenance: 'poll', eventCount: 2 })
    expect(await core.store.transfers.get(contradicted)).toMatchObject({ status: 'succeeded', conflict: true, provenance: 'webhook' })
  })

  test('does not trust a watermark from the future (a clock set back): it looks back instead', async () => {
    const r = await rig(engine)
    const now = Date.now()
    await r.core().store.settings.set(SWEEP_WATERMARK_KEY, now + 2 * DAY)
    const res = await r.reconciler({ now: () => now }).run({ trigger: 'startup' })
    expect(res).toMatchObject({ sweptFrom: now - LOOKBACK, sweptTo: now })
    expect(await r.core().store.settings.get(SWEEP_WATERMARK_KEY)).toBe(now)
  })
})
