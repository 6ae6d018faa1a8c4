// Group commit (what the store's writer thread runs for each group): several deliveries share
// one transaction, each in its own savepoint. A delivery that fails to be stored is answered
// 503 alone; the others are committed; nothing of the failed one is left behind. Run here on
// the writer's own code over a real file, so a failure can be injected into one statement.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openLedger, type SyncLedger } from '../../src/main/core/store/sqlite/ledger'
import { createDeliveryRecorder, prepareDelivery, type IncomingDelivery } from '../../src/main/core/webhooks/ingest'
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
  let ledger: SyncLedger | undefined
  let dir = ''
  afterEach(() => {
    ledger?.close()
    removeDir(dir)
  })
  const open = () => (ledger = openLedger({ file: join(dir, 'countertop.sqlite'), synchronous: 'FULL', walAutocheckpoint: 0 }))

  it('commits every delivery of a batch but the one that failed, which leaves nothing behind', () => {
    dir = tempDir('countertop-group-')
    const store = open()
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

    const recorder = createDeliveryRecorder(store)
    const results = recorder.recordGroup([delivery(ok1), delivery(bad), delivery(ok2), delivery(forged, false), delivery(dup)].map((d) => prepareDelivery(d, SECRET)))
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

  it('answers every delivery of a batch 503 when the commit itself fails, and stores none', () => {
    dir = tempDir('countertop-group-')
    const store = open()
    const recorder = createDeliveryRecorder(store)
    const before = store.deliveries.list({ limit: 1 }).total
    store.db.close() // every statement, and so the commit, now fails
    const batch = [1, 2].map((i) => prepareDelivery(delivery(meshBody({ eventId: randomUUID(), transferId: randomUUID(), status: 'Pending', timestamp: i })), SECRET))
    expect(() => recorder.recordGroup(batch)).toThrow()
    ledger = open()
    expect(ledger.deliveries.list({ limit: 1 }).total).toBe(before)
  })
})
