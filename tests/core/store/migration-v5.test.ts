// Upgrading a real v4 ledger file — built with the migrations as shipped up to 4, and rows
// written the way v4 wrote them — to v5 (deliveries.flags) and on to the latest.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../../src/main/core/store/migrations'
import { openLedger } from '../../../src/main/core/store/sqlite/ledger'
import { createSyncRecorder, prepareDelivery } from '../../../src/main/core/webhooks/ingest'
import { sign, tempDir } from '../../helpers'
import { sqliteLedgerAt } from '../../helpers/sql'

const SECRET = 'v5-secret'
/** Later migrations run too when the file is opened. */
const LATEST = migrations[migrations.length - 1]!.version

function buildV4(file: string): void {
  const db = sqliteLedgerAt(file, 4)
  const body = '{"EventId":"ev-1","Id":"d-1","TransferId":"tr-1","TransferStatus":"Succeeded","TxHash":"0xabc"}'
  db.prepare(
    `INSERT INTO transfers (transfer_id, status, status_raw, is_final, status_ts, status_event_id, tx_hash, first_seen_at, updated_at, event_count, delivery_count, provenance)
     VALUES ('tr-1', 'succeeded', 'Succeeded', 1, 1715175519038, 'ev-1', '0xabc', 1000, 2000, 1, 1, 'webhook')`
  ).run()
  db.prepare(
    `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, payload)
     VALUES ('ev-1', 'tr-1', 'succeeded', 'Succeeded', 1715175519038, 1500, 1, 'webhook', 1, NULL)`
  ).run()
  const d = db.prepare(
    `INSERT INTO deliveries (id, delivery_id, event_id, transfer_id, received_at, sent_ts, verdict, rejected, http_status, answer_ms, remote_addr, headers, body, body_size)
     VALUES (?, ?, ?, ?, ?, 1720532648, ?, ?, ?, 2.5, '127.0.0.1', '{}', ?, ?)`
  )
  d.run(1, 'd-1', 'ev-1', 'tr-1', 1500, 'accepted', 0, 200, Buffer.from(body), body.length)
  d.run(2, null, null, null, 1600, 'signature_invalid', 1, 401, Buffer.from('forged'), 6)
  expect(db.pragma('user_version', { simple: true })).toBe(4)
  db.close()
}

describe('schema v5 migration (delivery flags)', () => {
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(() => tmp?.cleanup())

  it('upgrades a v4 ledger: old deliveries read with no flags, new ones store theirs', () => {
    tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    buildV4(file)
    const l = openLedger({ file, synchronous: 'NORMAL' })
    try {
      expect(l.db.pragma('user_version', { simple: true })).toBe(LATEST)
      expect(l.integrityCheck()).toBe('ok')
      const cols = (l.db.prepare('PRAGMA table_info(deliveries)').all() as { name: string }[]).map((c) => c.name)
      expect(cols).toContain('flags')
      // the old rows are intact and have no flags
      expect(l.deliveries.list({ limit: 10 }).items.map((x) => [x.id, x.verdict, x.answerMs, x.flags])).toEqual([
        [2, 'signature_invalid', 2.5, []],
        [1, 'accepted', 2.5, []]
      ])
      expect(l.deliveries.getRaw(1)!.flags).toBeNull()
      expect(l.transfers.get('tr-1')).toMatchObject({ status: 'succeeded', txHash: '0xabc' })
      // a new delivery through the recorder stores its flags, after the old ids
      const raw = Buffer.from('{"EventId":"ev-2","TransferId":"tr-2","TransferStatus":"Succeeded"}')
      const rec = createSyncRecorder(l)
      const r = rec.recordOne(
        prepareDelivery({ raw, headers: { 'x-mesh-signature-256': sign(SECRET, raw) }, remoteAddress: '127.0.0.1', receivedAt: 3000 }, SECRET)
      )
      expect(r).toMatchObject({ verdict: 'accepted', deliveryRowId: 3 })
      expect(l.deliveries.get(3)!.flags).toEqual(['no_tx_hash'])
      expect(l.deliveries.getRaw(3)!.flags).toBe('no_tx_hash')
    } finally {
      l.close()
    }
  })

  it('is idempotent across reopening', () => {
    tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    buildV4(file)
    openLedger({ file, synchronous: 'NORMAL' }).close()
    const l = openLedger({ file, synchronous: 'NORMAL' })
    try {
      expect(l.db.pragma('user_version', { simple: true })).toBe(LATEST)
      expect(l.deliveries.get(1)!.flags).toEqual([])
    } finally {
      l.close()
    }
  })
})
