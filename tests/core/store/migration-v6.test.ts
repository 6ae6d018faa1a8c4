// Upgrading ledgers that hold sales to the schema that records what a sale charged and how it
// ended: a real SQLite v5 file (built with the migrations as shipped up to 5) to v6, and a real
// PostgreSQL schema at v2 to v3. The sales already there are kept, and read with the charge
// they really had: before this schema every sale sent amountInFiat = its amount, whatever the
// display currency, so that is the USD Mesh was asked for (rate: none).
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../../src/main/core/store/migrations'
import { openPostgresStore, pgMigrations } from '../../../src/main/core/store/postgres'
import { toSaleCharge } from '../../../src/main/core/store/sessions'
import { openLedger } from '../../../src/main/core/store/sqlite/ledger'
import { tempDir } from '../../helpers'
import { createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from './pg'
import { sqliteLedgerAt } from '../../helpers/sql'

notePgSkipped()

const LINK_TTL = 600_000
/** Columns of link_sessions up to v5 / PostgreSQL v2, and the sales a counter had then. */
const OLD_COLUMNS = 'session_id, transaction_id, created_at, amount, currency, asset, network, destination_address, note, user_id, customer_key, token_expires_at, state, transfer_id, updated_at'
const OLD_SALES: unknown[][] = [
  ['s-usd', 'ct_usd', 1000, '12.50', 'USD', 'USDC', 'Ethereum', '0xabc', null, 'walkin_1', null, 1000 + LINK_TTL, 'succeeded', 'tr-1', 2000],
  ['s-eur', 'ct_eur', 3000, '10.00', 'EUR', 'USDC', 'Ethereum', '0xabc', 'table 4', 'walkin_2', null, 3000 + LINK_TTL, 'succeeded', 'tr-2', 4000],
  // Opened in Link and left: "Waiting for customer" for good before v6.
  ['s-stuck', 'ct_stuck', 5000, '7', 'USD', 'USDC', null, '0xabc', null, 'walkin_3', null, 5000 + LINK_TTL, 'waiting', null, 5000]
]

const expectedAfter = {
  's-usd': { amount: '12.50', currency: 'USD', usd_amount: '12.50', fx_rate: null, end_reason: null, ended_at: null, payment_link: null, state: 'succeeded', transfer_id: 'tr-1', note: null },
  's-eur': { amount: '10.00', currency: 'EUR', usd_amount: '10.00', fx_rate: null, end_reason: null, ended_at: null, payment_link: null, state: 'succeeded', transfer_id: 'tr-2', note: 'table 4' },
  's-stuck': { amount: '7', currency: 'USD', usd_amount: '7', fx_rate: null, end_reason: null, ended_at: null, payment_link: null, state: 'waiting', transfer_id: null }
}

describe('SQLite schema v6 (sale charge and end)', () => {
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(() => tmp?.cleanup())

  function buildV5(file: string): void {
    const db = sqliteLedgerAt(file, 5)
    const ins = db.prepare(`INSERT INTO link_sessions (${OLD_COLUMNS}) VALUES (${OLD_COLUMNS.split(',').map(() => '?').join(', ')})`)
    for (const row of OLD_SALES) ins.run(...row)
    db.prepare(`INSERT INTO sdk_events (session_id, at, type, payload) VALUES ('s-stuck', 5100, 'pageLoaded', NULL)`).run()
    expect(db.pragma('user_version', { simple: true })).toBe(5)
    db.close()
  }

  it('keeps every sale, with the charge it really had, and finds the stuck waiting one for the expiry sweep', () => {
    tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    buildV5(file)
    const l = openLedger({ file, synchronous: 'NORMAL' })
    try {
      expect(l.db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1]!.version)
      expect(l.integrityCheck()).toBe('ok')
      for (const [id, want] of Object.entries(expectedAfter)) expect(l.sessions.get(id), id).toMatchObject(want)
      expect(toSaleCharge(l.sessions.get('s-eur')!)).toEqual({ amount: '10.00', currency: 'EUR', usdAmount: '10.00', rate: null })
      expect(l.sessions.sdkEvents('s-stuck').map((e) => e.type)).toEqual(['pageLoaded'])
      // the sweep's query, through its partial index
      expect(l.sessions.expiredWaiting(5000 + LINK_TTL - 1, 10)).toEqual([])
      expect(l.sessions.expiredWaiting(5000 + LINK_TTL, 10).map((s) => s.session_id)).toEqual(['s-stuck'])
      const plan = l.db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM link_sessions WHERE state = 'waiting' AND token_expires_at <= ? ORDER BY token_expires_at, session_id LIMIT ?`).all(1, 1) as { detail: string }[]
      expect(plan.map((p) => p.detail).join(' | ')).toContain('USING INDEX sessions_waiting_expiry')
      // a new sale stores its charge and end
      l.sessions.insert({ ...l.sessions.get('s-stuck')!, session_id: 's-new', transaction_id: 'ct_new', currency: 'EUR', amount: '10.00', usd_amount: '10.87', fx_rate: '1.087', state: 'waiting' })
      expect(l.sessions.end('s-new', 'cancelled', 9000, 9001)).toBe(true)
      expect(l.sessions.end('s-new', 'abandoned', 9500, 9501)).toBe(false)
      expect(l.sessions.get('s-new')).toMatchObject({ usd_amount: '10.87', fx_rate: '1.087', state: 'cancelled', end_reason: 'cancelled', ended_at: 9000, updated_at: 9001 })
    } finally {
      l.close()
    }
    // reopening changes nothing
    const again = openLedger({ file, synchronous: 'NORMAL' })
    try {
      expect(again.db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1]!.version)
      expect(again.sessions.get('s-eur')).toMatchObject(expectedAfter['s-eur'])
    } finally {
      again.close()
    }
  })
})

describe.skipIf(!PG_URL)(`PostgreSQL schema v3 (sale charge and end)${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase('pgv3')
  })
  afterAll(() => db?.drop())

  it('upgrades a v2 schema: every sale kept, with the charge it really had', async () => {
    const schema = db.schema()
    const c = new pg.Client({ connectionString: db.url })
    await c.connect()
    try {
      await c.query(`CREATE SCHEMA ${schema}`)
      await c.query(`SET search_path = ${schema}`)
      await c.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)')
      for (const m of pgMigrations.filter((m) => m.version <= 2)) {
        await c.query(m.sql)
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, 0)', [m.version, m.name])
      }
      for (const row of OLD_SALES) await c.query(`INSERT INTO link_sessions (${OLD_COLUMNS}) VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row)
    } finally {
      await c.end()
    }
    const store = await openPostgresStore({ url: db.url, schema, poolSize: 2 })
    try {
      for (const [id, want] of Object.entries(expectedAfter)) expect(await store.sessions.get(id), id).toMatchObject(want)
      expect((await store.sessions.expiredWaiting(5000 + LINK_TTL, 10)).map((s) => s.session_id)).toEqual(['s-stuck'])
      const charges = await store.sessions.charges(['s-eur'], ['ct_usd'])
      expect(charges.map(toSaleCharge).sort((a, b) => a.currency.localeCompare(b.currency))).toEqual([
        { amount: '10.00', currency: 'EUR', usdAmount: '10.00', rate: null },
        { amount: '12.50', currency: 'USD', usdAmount: '12.50', rate: null }
      ])
    } finally {
      await store.close()
    }
    const c2 = new pg.Client({ connectionString: db.url, options: `-c search_path=${schema}` })
    await c2.connect()
    try {
      expect((await c2.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r: { version: number }) => r.version)).toEqual(pgMigrations.map((m) => m.version))
      const idx = await c2.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'sessions_waiting_expiry'`, [schema])
      expect(idx.rows[0]?.indexdef).toMatch(/WHERE \(state = 'waiting'::text\)/)
    } finally {
      await c2.end()
    }
  })
})
