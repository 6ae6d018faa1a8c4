// Upgrading to the shifts schema (SQLite v7, PostgreSQL v4) from the version before it: a real
// SQLite v5 file and a real PostgreSQL v2 schema, each built with the migrations as shipped and
// holding a paid sale. The upgrade keeps every row, and the new table works at once.
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../../src/main/core/store/migrations'
import { openPostgresStore, pgMigrations } from '../../../src/main/core/store/postgres'
import { openLedger } from '../../../src/main/core/store/sqlite/ledger'
import { tempDir } from '../../helpers'
import { createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from './pg'
import { sqliteLedgerAt } from '../../helpers/sql'

notePgSkipped()

// The same rows in both engines' SQL: a succeeded transfer and the sale it paid.
const ROWS = `
  INSERT INTO transfers (transfer_id, transaction_id, status, status_raw, is_final, status_ts, status_event_id, token, chain, destination_amount, first_seen_at, updated_at, event_count, delivery_count, provenance, session_id)
    VALUES ('tr-1', 'ct_1', 'succeeded', 'Succeeded', 1, 1715175519038, 'ev-1', 'USDC', 'Ethereum', '12.49', 1500, 2000, 1, 1, 'webhook', 'sess-1');
  INSERT INTO link_sessions (session_id, transaction_id, created_at, amount, currency, asset, network, destination_address, note, user_id, customer_key, token_expires_at, state, transfer_id, updated_at)
    VALUES ('sess-1', 'ct_1', 1000, '12.50', 'USD', 'USDC', 'Ethereum', '0xabc', 'table 4', 'walkin_1', NULL, 601000, 'succeeded', 'tr-1', 2000);
  INSERT INTO sdk_events (session_id, at, type, payload) VALUES ('sess-1', 1100, 'transferFinished', '{"status":"success"}');
`

describe('SQLite v5 → v7 (shifts)', () => {
  it('keeps the ledger’s rows and adds the shifts table, one open shift at most', () => {
    const tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    try {
      const old = sqliteLedgerAt(file, 5)
      old.exec(ROWS)
      expect(old.pragma('user_version', { simple: true })).toBe(5)
      old.close()

      const l = openLedger({ file, synchronous: 'NORMAL' })
      try {
        expect(l.db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1]!.version)
        expect(migrations.find((m) => m.name === 'shifts')?.version).toBe(7)
        expect(l.integrityCheck()).toBe('ok')
        expect(l.sessions.get('sess-1')).toMatchObject({ amount: '12.50', state: 'succeeded', transfer_id: 'tr-1', note: 'table 4' })
        expect(l.sessions.sdkEvents('sess-1')).toMatchObject([{ type: 'transferFinished', payload: '{"status":"success"}' }])
        expect(l.transfers.get('tr-1')).toMatchObject({ status: 'succeeded', destinationAmount: '12.49', sessionId: 'sess-1' })
        expect(l.shifts.list(10)).toEqual([])
        expect(l.shifts.open('shift-1', 500, 'Ann')).toMatchObject({ created: true })
        expect(l.shifts.open('shift-2', 600, 'Ben')).toMatchObject({ created: false, shift: { shift_id: 'shift-1' } })
        expect(l.shifts.salesBetween(500, 3000).map((s) => s.session_id)).toEqual(['sess-1'])
        expect(l.shifts.paidSalesBetween(500, 3000)).toEqual([
          { created_at: 1000, status: 'succeeded', currency: 'USD', amount: '12.50', usd_amount: '12.50', asset: 'USDC', network: 'Ethereum', token: 'USDC', chain: 'Ethereum', destination_amount: '12.49', source_amount: null }
        ])
      } finally {
        l.close()
      }
      // reopening applies nothing again
      const again = openLedger({ file, synchronous: 'NORMAL' })
      try {
        expect(again.shifts.current()).toMatchObject({ shift_id: 'shift-1', opened_by: 'Ann' })
      } finally {
        again.close()
      }
    } finally {
      tmp.cleanup()
    }
  })
})

describe.skipIf(!PG_URL)(`PostgreSQL v2 → v4 (shifts)${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase('pgshiftmig')
  })
  afterAll(() => db?.drop())

  it('keeps the ledger’s rows and adds the shifts table, recorded in schema_migrations', async () => {
    const schema = db.schema()
    const c = new pg.Client({ connectionString: db.url })
    await c.connect()
    try {
      // The schema as a v2 Countertop left it: its migrations, recorded as migratePostgres records them.
      await c.query(`CREATE SCHEMA ${schema}`)
      await c.query(`SET search_path = ${schema}`)
      await c.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)')
      for (const m of pgMigrations.filter((m) => m.version <= 2)) {
        await c.query(m.sql)
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, 0)', [m.version, m.name])
      }
      await c.query(ROWS)
    } finally {
      await c.end()
    }

    const s = await openPostgresStore({ url: db.url, schema, poolSize: 2 })
    try {
      const check = new pg.Client({ connectionString: db.url, options: `-c search_path=${schema}` })
      await check.connect()
      try {
        const versions = await check.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')
        expect(versions.rows).toEqual(pgMigrations.map((m) => ({ version: m.version, name: m.name })))
        expect(versions.rows).toContainEqual({ version: 4, name: 'shifts' })
      } finally {
        await check.end()
      }
      expect(await s.sessions.get('sess-1')).toMatchObject({ amount: '12.50', state: 'succeeded', transfer_id: 'tr-1', note: 'table 4', created_at: 1000 })
      expect(await s.sessions.sdkEvents('sess-1')).toMatchObject([{ type: 'transferFinished', payload: '{"status":"success"}' }])
      expect(await s.transfers.get('tr-1')).toMatchObject({ status: 'succeeded', destinationAmount: '12.49', sessionId: 'sess-1' })
      expect(await s.shifts.open('shift-1', 500, 'Ann')).toMatchObject({ created: true })
      expect(await s.shifts.open('shift-2', 600, 'Ben')).toMatchObject({ created: false, shift: { shift_id: 'shift-1' } })
      expect((await s.shifts.salesBetween(500, 3000)).map((r) => r.session_id)).toEqual(['sess-1'])
      expect(await s.shifts.paidSalesBetween(500, 3000)).toEqual([
        { created_at: 1000, status: 'succeeded', currency: 'USD', amount: '12.50', usd_amount: '12.50', asset: 'USDC', network: 'Ethereum', token: 'USDC', chain: 'Ethereum', destination_amount: '12.49', source_amount: null }
      ])
    } finally {
      await s.close()
    }
  })
})
