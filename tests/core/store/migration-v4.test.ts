// Upgrading a real v3 ledger file — built with the v3 schema (the migrations as shipped up to
// 3) and rows written the way v3 wrote them — to v4.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../../src/main/core/store/migrations'
import { openLedger } from '../../../src/main/core/store/sqlite/ledger'
import { tempDir } from '../../helpers'
import { sqliteLedgerAt } from '../../helpers/sql'

function buildV3(file: string): void {
  const db = sqliteLedgerAt(file, 3)
  const t = (id: string, status: string, hash: string | null, txn: string | null) =>
    db
      .prepare(
        `INSERT INTO transfers (transfer_id, transaction_id, status, status_raw, is_final, status_ts, status_event_id, tx_hash, first_seen_at, updated_at, event_count, delivery_count, provenance)
         VALUES (?, ?, ?, ?, ?, 1715175519038, 'ev-x', ?, 1000, 2000, 1, 2, 'webhook')`
      )
      .run(id, txn, status, status[0]!.toUpperCase() + status.slice(1), status === 'pending' ? 0 : 1, hash)
  t('tr-1', 'succeeded', '0xabc123', 'ct_one')
  t('tr-2', 'pending', null, null)
  const body1 = '{"EventId":"ev-1","Id":"d-1","TransferId":"tr-1","TransferStatus":"Succeeded"}'
  db.prepare(
    `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, payload)
     VALUES ('ev-1', 'tr-1', 'succeeded', 'Succeeded', 1715175519038, 1500, 2, 'webhook', 1, ?)`
  ).run(body1)
  db.prepare(
    `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, payload)
     VALUES ('poll-1', 'tr-2', 'pending', 'pending', 1715175519000, 1600, 0, 'poll', 1, '{"id":"tr-2","status":"pending"}')`
  ).run()
  const d = db.prepare(
    `INSERT INTO deliveries (delivery_id, event_id, transfer_id, received_at, sent_ts, verdict, rejected, http_status, answer_ms, remote_addr, headers, body, body_size)
     VALUES (?, ?, ?, ?, 1720532648, ?, ?, ?, 3.5, '127.0.0.1', '{}', ?, ?)`
  )
  d.run('d-1', 'ev-1', 'tr-1', 1500, 'accepted', 0, 200, Buffer.from(body1), body1.length)
  d.run('d-2', 'ev-1', 'tr-1', 1700, 'duplicate', 0, 200, Buffer.from(body1), body1.length)
  d.run(null, null, null, 1800, 'signature_invalid', 1, 401, Buffer.from('forged'), 6)
  // AUTOINCREMENT had handed out id 3; delete it as v3's pruning would have
  db.prepare('DELETE FROM deliveries WHERE id = 3').run()
  d.run(null, null, null, 1900, 'signature_missing', 1, 401, Buffer.from('x'), 1)
  expect(db.pragma('user_version', { simple: true })).toBe(3)
  db.close()
}

describe('schema v4 migration', () => {
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(() => tmp?.cleanup())

  it('upgrades a v3 ledger with its history intact', () => {
    tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    buildV3(file)
    const l = openLedger({ file, synchronous: 'NORMAL' })
    try {
      // v3 → v4 → … → the latest (v5 added deliveries.flags, tested in migration-v5.test.ts)
      expect(l.db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1]!.version)
      expect(l.integrityCheck()).toBe('ok')
      // transfers unchanged
      expect(l.transfers.get('tr-1')).toMatchObject({ status: 'succeeded', txHash: '0xabc123', transactionId: 'ct_one', deliveryCount: 2 })
      expect(l.transfers.get('tr-2')).toMatchObject({ status: 'pending', txHash: null })
      // a webhook event's body now lives only in its delivery; a polled event keeps its own
      const events = l.events.listForTransfer('tr-1')
      expect(events.map((e) => [e.event_id, e.payload, e.delivery_count])).toEqual([['ev-1', null, 2]])
      expect(l.events.listForTransfer('tr-2').map((e) => e.payload)).toEqual(['{"id":"tr-2","status":"pending"}'])
      // deliveries keep their ids, bodies and answer times
      const ds = l.deliveries.list({ limit: 10 })
      expect(ds.items.map((x) => [x.id, x.verdict, x.answerMs])).toEqual([
        [4, 'signature_missing', 3.5],
        [2, 'duplicate', 3.5],
        [1, 'accepted', 3.5]
      ])
      expect(l.deliveries.get(1)!.body).toContain('"EventId":"ev-1"')
      // filters that now go through partial indexes and the transfer
      expect(l.deliveries.list({ limit: 10, rejected: true }).items.map((x) => x.id)).toEqual([4])
      expect(l.deliveries.list({ limit: 10, verdict: 'duplicate' }).items.map((x) => x.id)).toEqual([2])
      expect(l.deliveries.list({ limit: 10, eventId: 'ev-1' }).items.map((x) => x.id)).toEqual([2, 1])
      expect(l.transfers.list({ limit: 10, includeTests: false, search: '0xabc123' }).items.map((x) => x.transferId)).toEqual(['tr-1'])
      // a new delivery gets an id above every old one
      const id = l.deliveries.insert({ delivery_id: 'd-5', event_id: null, transfer_id: null, received_at: 2000, sent_ts: null, verdict: 'malformed', http_status: 200, remote_addr: null, headers: '{}', body: Buffer.from('{'), body_size: 1, body_truncated: 0, replay_of: null, is_test: 0 })
      expect(id).toBe(5)
      // the lean shape itself
      const sql = (name: string) => (l.db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(name) as { sql: string } | undefined)?.sql ?? ''
      expect(sql('webhook_events')).toMatch(/WITHOUT ROWID/)
      expect(sql('deliveries')).not.toMatch(/AUTOINCREMENT/)
      expect(sql('deliveries_event')).toBe('')
      expect(sql('deliveries_rejected')).toMatch(/WHERE rejected = 1/)
      expect(sql('transfers_hash')).toMatch(/WHERE tx_hash IS NOT NULL/)
    } finally {
      l.close()
    }
  })

  it('uses the partial indexes for the rare rows', () => {
    tmp = tempDir()
    const l = openLedger({ file: join(tmp.dir, 'countertop.sqlite'), synchronous: 'NORMAL' })
    try {
      const plan = (sql: string) => (l.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')
      expect(plan("SELECT id FROM deliveries WHERE rejected = 1 ORDER BY id DESC LIMIT 5")).toMatch(/deliveries_rejected/)
      expect(plan("SELECT id FROM deliveries WHERE verdict IN ('duplicate') AND verdict <> 'accepted' ORDER BY id DESC LIMIT 5")).toMatch(/deliveries_unusual/)
      expect(plan("SELECT transfer_id FROM transfers WHERE tx_hash = '0xabc'")).toMatch(/transfers_hash/)
    } finally {
      l.close()
    }
  })
})
