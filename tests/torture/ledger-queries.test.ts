// The ledger queries rewritten for speed (counts by subtraction, search through the search
// columns' own indexes) must give exactly what a naive filter over all rows gives.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core'
import type { TransferRow } from '../../src/shared/contract'
import { meshBody, prng, removeDir, sign, tempDir } from './helpers'

const SECRET = 'ledger-queries-secret'

/** What the test itself ingested for a transfer: the naive filters below run over these. */
interface Seeded {
  transferId: string
  transactionId: string
  status: string
  txHash: string | null
  firstSeenAt: number
  isTest: boolean
}

describe('ledger queries match a naive filter', () => {
  let core: Core
  let dir = ''
  /** The 600 transfers as the test sent them (not as the store lists them). */
  const all: Seeded[] = []
  const rng = prng(42)
  const base = Date.UTC(2026, 0, 1)
  /** The forged delivery, received last (a day after the rest). */
  const forgedAt = base + 86_400_000

  // One shared, read-only fixture: the tests below only query it.
  beforeAll(async () => {
    dir = tempDir('countertop-queries-')
    core = await createCore({ dataDir: dir, webhookSecret: SECRET, mode: 'emulator', synchronous: 'NORMAL' })
    for (let i = 0; i < 600; i++) {
      const transferId = randomUUID()
      const transactionId = `txn_${transferId.slice(0, 13)}`
      const status = rng() < 0.6 ? 'Succeeded' : rng() < 0.5 ? 'Failed' : rng() < 0.8 ? 'Pending' : 'RefundPending'
      const txHash = status === 'Succeeded' ? `0x${randomUUID().replace(/-/g, '')}` : null
      const body = meshBody({ eventId: randomUUID(), transferId, transactionId, status, timestamp: base + i * 1000, txHash })
      // Several transfers share a first-seen time, so the cursor's tie-break matters.
      const receivedAt = base + Math.floor(i / 3) * 60_000
      const isTest = rng() < 0.1
      const r = await core.ingestor.ingest({ raw: Buffer.from(body), headers: { 'x-mesh-signature-256': sign(SECRET, body) }, remoteAddress: null, receivedAt, isTest })
      expect(r.verdict).toBe('accepted')
      all.push({ transferId, transactionId, status: status.toLowerCase(), txHash, firstSeenAt: receivedAt, isTest })
    }
    const forged = await core.ingestor.ingest({ raw: Buffer.from('{"forged":true}'), headers: {}, remoteAddress: null, receivedAt: forgedAt })
    expect(forged.verdict).toBe('signature_missing')
  })
  afterAll(async () => {
    await core.close()
    removeDir(dir)
  })

  const order = (a: Seeded, b: Seeded) => b.firstSeenAt - a.firstSeenAt || (a.transferId < b.transferId ? 1 : -1)

  async function everyPage(args: Record<string, unknown>): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = []
    const totals: number[] = []
    let cursor: string | null | undefined
    do {
      const r = await core.registry.dispatch('ledger.list', { ...args, limit: 37, ...(cursor ? { cursor } : {}) })
      if (!r.ok) throw new Error(r.error.message)
      const v = r.value as { items: TransferRow[]; total: number; nextCursor: string | null }
      ids.push(...v.items.map((t) => t.transferId))
      totals.push(v.total)
      cursor = v.nextCursor
    } while (cursor)
    return { ids, totals }
  }

  it('stores every transfer as it was sent', async () => {
    const page = (await core.store.transfers.list({ includeTests: true, limit: 500 }))
    const rest = (await core.store.transfers.list({ includeTests: true, limit: 500, cursor: page.nextCursor }))
    const listed = [...page.items, ...rest.items].map((t): Seeded => ({
      transferId: t.transferId,
      transactionId: t.transactionId!,
      status: t.status,
      txHash: t.txHash,
      firstSeenAt: t.firstSeenAt,
      isTest: t.isTest
    }))
    expect(listed).toEqual([...all].sort(order))
  })

  it('totals and pages for every filter', async () => {
    const some = all[123]!
    const hash = all.find((t) => t.txHash)!.txHash!
    const mid = all.map((t) => t.firstSeenAt).sort((a, b) => a - b)[300]!
    const cases: { args: Record<string, unknown>; keep: (t: Seeded) => boolean }[] = [
      { args: {}, keep: (t) => !t.isTest },
      { args: { includeTests: true }, keep: () => true },
      { args: { status: 'failed' }, keep: (t) => !t.isTest && t.status === 'failed' },
      { args: { status: ['Pending', 'refundpending'] }, keep: (t) => !t.isTest && ['pending', 'refundpending'].includes(t.status) },
      { args: { status: 'succeeded', includeTests: true }, keep: (t) => t.status === 'succeeded' },
      { args: { status: 'nosuchstatus' }, keep: () => false },
      { args: { status: 'RefundPending' }, keep: (t) => !t.isTest && t.status === 'refundpending' },
      { args: { status: 'pending', from: mid }, keep: (t) => !t.isTest && t.status === 'pending' && t.firstSeenAt >= mid },
      { args: { from: mid }, keep: (t) => !t.isTest && t.firstSeenAt >= mid },
      { args: { to: mid, status: 'succeeded' }, keep: (t) => !t.isTest && t.firstSeenAt < mid && t.status === 'succeeded' },
      { args: { search: some.transferId, includeTests: true }, keep: (t) => t.transferId === some.transferId },
      { args: { search: some.transferId.slice(0, 2) }, keep: () => false },
      { args: { search: hash }, keep: (t) => !t.isTest && t.txHash === hash },
      { args: { search: '0x' }, keep: () => false },
      { args: { search: 'txn_' + some.transferId.slice(0, 4) }, keep: (t) => !t.isTest && (t.transactionId ?? '').startsWith('txn_' + some.transferId.slice(0, 4)) },
      { args: { search: some.transferId.slice(0, 6), status: some.status }, keep: (t) => !t.isTest && t.status === some.status && t.transferId.startsWith(some.transferId.slice(0, 6)) },
      { args: { search: '0x', includeTests: true, from: mid }, keep: () => false }
    ]
    for (const c of cases) {
      const expected = all.filter(c.keep).sort(order).map((t) => t.transferId)
      const got = await everyPage(c.args)
      expect(got.ids, JSON.stringify(c.args)).toEqual(expected)
      for (const total of got.totals) expect(total, `total for ${JSON.stringify(c.args)}`).toBe(expected.length)
    }
  })

  it('deliveries totals with the rejected filter', async () => {
    const r = async (args: Record<string, unknown>) => {
      const e = await core.registry.dispatch('deliveries.list', { ...args, limit: 5 })
      if (!e.ok) throw new Error(e.error.message)
      return (e.value as { total: number }).total
    }
    expect(await r({})).toBe(601)
    expect(await r({ rejected: false })).toBe(600)
    expect(await r({ rejected: true })).toBe(1)
    expect(await r({ rejected: false, verdict: 'accepted' })).toBe(600)
  })

  it('health reports the newest delivery', async () => {
    const h = await core.registry.dispatch('health.get', {})
    if (!h.ok) throw new Error(h.error.message)
    expect((h.value as { lastDeliveryAt: number }).lastDeliveryAt).toBe(forgedAt)
  })
})
