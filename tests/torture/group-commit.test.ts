// Group commit (ingestMany, used by the receiver): several deliveries share one transaction,
// each in its own savepoint. A delivery that fails to be stored is answered 503 alone; the
// others are committed; nothing of the failed one is left behind.
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core'
import type { IncomingDelivery } from '../../src/main/core/webhooks/ingest'
import { meshBody, removeDir, sign, tempDir } from './helpers'

const SECRET = 'group-commit-secret'

function delivery(body: string, signed = true): IncomingDelivery {
  return {
    raw: Buffer.from(body),
    headers: { 'content-type': 'application/json', ...(signed ? { 'x-mesh-signature-256': sign(SECRET, body) } : {}) },
    remoteAddress: '127.0.0.1',
    receivedAt: Date.now()
  }
}

describe('group commit', () => {
  let core: Core | undefined
  let dir = ''
  afterEach(async () => {
    await core?.close()
    removeDir(dir)
  })

  it('commits every delivery of a batch but the one that failed, which leaves nothing behind', () => {
    dir = tempDir('countertop-group-')
    core = createCore({ dataDir: dir, webhookSecret: SECRET, mode: 'emulator', synchronous: 'FULL' })
    const { store } = core
    // Inject a storage failure for one delivery, after its event and transfer rows were written.
    const insert = store.deliveries.insert
    store.deliveries.insert = (d) => {
      if (d.body.includes('FAIL-ME')) throw new Error('disk I/O error (injected)')
      return insert(d)
    }
    const t = randomUUID()
    const ok1 = meshBody({ eventId: randomUUID(), transferId: t, status: 'Pending', timestamp: 1000 })
    const bad = meshBody({ eventId: randomUUID(), transferId: randomUUID(), status: 'Succeeded', timestamp: 2000, transactionId: 'FAIL-ME' })
    const ok2 = meshBody({ eventId: randomUUID(), transferId: t, status: 'Succeeded', timestamp: 3000, txHash: '0x1' })
    const forged = meshBody({ eventId: randomUUID(), transferId: randomUUID(), status: 'Succeeded', timestamp: 4000 })
    const dup = ok1

    const results = core.ingestor.ingestMany([delivery(ok1), delivery(bad), delivery(ok2), delivery(forged, false), delivery(dup)])
    expect(results.map((r) => (r instanceof Error ? r.message : `${r.httpStatus} ${r.verdict}`))).toEqual([
      '200 accepted',
      'disk I/O error (injected)',
      '200 accepted',
      '401 signature_missing',
      '200 duplicate'
    ])
    // Nothing of the failed delivery: no event, no transfer (its savepoint was rolled back).
    const badJson = JSON.parse(bad) as { EventId: string; TransferId: string }
    expect(store.events.find(badJson.EventId)).toBeUndefined()
    expect(store.transfers.get(badJson.TransferId)).toBeUndefined()
    // The rest is committed and consistent.
    const tr = store.transfers.get(t)!
    expect(tr.status).toBe('succeeded')
    expect(tr.eventCount).toBe(2)
    expect(tr.deliveryCount).toBe(3)
    expect(store.deliveries.list({ limit: 50 }).total).toBe(4)
    expect(store.integrityCheck()).toBe('ok')
  })

  it('answers every delivery of a batch 503 when the commit itself fails', async () => {
    dir = tempDir('countertop-group-')
    core = createCore({ dataDir: dir, webhookSecret: SECRET, mode: 'emulator', synchronous: 'FULL' })
    const before = core.store.deliveries.list({ limit: 1 }).total
    core.store.db.close() // every statement, and so the commit, now fails
    expect(() => core!.ingestor.ingestMany([delivery(meshBody({ eventId: randomUUID(), transferId: randomUUID(), status: 'Pending', timestamp: 1 }))])).toThrow()
    await core.close()
    core = createCore({ dataDir: dir, webhookSecret: SECRET, mode: 'emulator' })
    expect(core.store.deliveries.list({ limit: 1 }).total).toBe(before)
  })
})
