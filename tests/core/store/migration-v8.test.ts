// Schema v8: rejected deliveries keep the TransferId their unverified body claims, indexed, and
// the rows already stored get theirs where the stored body is valid JSON.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openLedger } from '../../../src/main/core/store/sqlite/ledger'
import { tempDir } from '../../helpers'
import { sqliteLedgerAt } from '../../helpers/sql'

function buildV5(file: string): void {
  const db = sqliteLedgerAt(file, 5)
  const d = db.prepare(
    `INSERT INTO deliveries (id, received_at, verdict, rejected, http_status, headers, body, body_size) VALUES (?, ?, ?, ?, ?, '{}', ?, ?)`
  )
  const forged = '{"EventId":"ev-1","TransferId":"tr-old","TransferStatus":"Succeeded"}'
  d.run(1, 1000, 'signature_invalid', 1, 401, Buffer.from(forged), forged.length)
  d.run(2, 1001, 'signature_missing', 1, 401, Buffer.from('{"TransferId":'), 5000) // cut: no claim read back
  d.run(3, 1002, 'too_large', 1, 413, Buffer.from('not json'), 8)
  const ok = '{"EventId":"ev-2","TransferId":"tr-old","TransferStatus":"Pending"}'
  d.run(4, 1003, 'accepted', 0, 200, Buffer.from(ok), ok.length) // verified: never a claim
  db.close()
}

describe('schema v8 migration (rejected delivery claims)', () => {
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(() => tmp?.cleanup())

  it('reads the claims of stored rejected deliveries and finds them through the new index', () => {
    tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    buildV5(file)
    const l = openLedger({ file, synchronous: 'NORMAL' })
    try {
      expect(l.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8)
      expect(l.integrityCheck()).toBe('ok')
      const claims = l.db.prepare('SELECT id, claimed_transfer_id AS c FROM deliveries ORDER BY id').all()
      expect(claims).toEqual([
        { id: 1, c: 'tr-old' },
        { id: 2, c: null },
        { id: 3, c: null },
        { id: 4, c: null }
      ])
      expect(l.deliveries.listClaimingTransfer('tr-old').map((x) => x.id)).toEqual([1])
      const plan = l.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM deliveries WHERE claimed_transfer_id = 'tr-old' ORDER BY id DESC LIMIT 500").all() as { detail: string }[]
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX deliveries_claims/)
    } finally {
      l.close()
    }
  })
})
