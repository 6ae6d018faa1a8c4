// `ledger:migrate` and what a sale charged (schema v6): the charge, rate, end and Paylink of each
// sale reach PostgreSQL as they are, and a ledger from before v6 (no such columns) arrives with
// the charge it really had — amountInFiat was the amount then, whatever the currency — exactly
// what the in-place v6 upgrade writes. Against a real PostgreSQL.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgresStore } from '../../src/main/core/store/postgres'
import { openLedger } from '../../src/main/core/store/sqlite/ledger'
import { migrateLedger } from '../../src/main/tools/ledger-migrate-core'
import { createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from '../core/store/pg'
import { tempDir } from '../helpers'
import { sqliteLedgerAt } from '../helpers/sql'

notePgSkipped()

const sale = (id: string, over: Record<string, unknown>) => ({
  session_id: id,
  transaction_id: `ct_${id}`,
  created_at: 1000,
  amount: '10.00',
  currency: 'USD',
  asset: 'USDC',
  network: 'Ethereum',
  destination_address: '0x000000000000000000000000000000000000e1e1',
  note: null,
  user_id: `walkin_${id}`,
  customer_key: null,
  token_expires_at: 601_000,
  state: 'waiting',
  transfer_id: null,
  updated_at: 1000,
  ...over
})

describe.skipIf(!PG_URL)(`ledger:migrate copies what sales charged${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let db: TestDatabase
  let tmp: ReturnType<typeof tempDir>
  beforeAll(async () => {
    db = await createTestDatabase('migsales')
    tmp = tempDir('countertop-migsales-')
  })
  afterAll(async () => {
    await db?.drop()
    tmp?.cleanup()
  })

  it('copies each sale’s charge, rate, end and Paylink as they are', async () => {
    const dir = join(tmp.dir, 'v6')
    mkdirSync(dir)
    const l = openLedger({ file: join(dir, 'countertop.sqlite'), synchronous: 'NORMAL' })
    try {
      l.sessions.insert(sale('eur', { currency: 'EUR', usd_amount: '10.87', fx_rate: '1.087', payment_link: 'https://paylink.example/?linkToken=abc', state: 'cancelled', end_reason: 'cancelled', ended_at: 2000 }))
      l.sessions.insert(sale('usd', { amount: '3.50', usd_amount: '3.50' }))
      l.sessions.insert(sale('gone', { usd_amount: '10.00', state: 'expired', end_reason: 'expired', ended_at: 601_000 }))
    } finally {
      l.close()
    }
    const schema = db.schema()
    const r = await migrateLedger({ from: dir, to: db.url, schema })
    expect(r.tables.find((t) => t.table === 'link_sessions')).toMatchObject({ total: 3, copied: 3, conflicts: 0 })
    const sq = openLedger({ file: join(dir, 'countertop.sqlite'), readonly: true })
    const pgs = await openPostgresStore({ url: db.url, schema, poolSize: 1 })
    try {
      for (const id of ['eur', 'usd', 'gone']) expect(await pgs.sessions.get(id), id).toEqual(sq.sessions.get(id))
      expect(await pgs.sessions.get('eur')).toMatchObject({ usd_amount: '10.87', fx_rate: '1.087', end_reason: 'cancelled', ended_at: 2000, payment_link: 'https://paylink.example/?linkToken=abc' })
    } finally {
      sq.close()
      await pgs.close()
    }
  })

  it('gives sales from a ledger older than v6 the USD they charged, and a second run changes nothing', async () => {
    const dir = join(tmp.dir, 'v5')
    mkdirSync(dir)
    const raw = sqliteLedgerAt(join(dir, 'countertop.sqlite'), 5)
    const cols = Object.keys(sale('x', {}))
    const ins = raw.prepare(`INSERT INTO link_sessions (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)
    ins.run(sale('old-usd', { amount: '12.50', state: 'succeeded' }))
    ins.run(sale('old-eur', { currency: 'EUR', state: 'succeeded' }))
    raw.close()

    const schema = db.schema()
    const first = await migrateLedger({ from: dir, to: db.url, schema })
    expect(first.sqliteVersion).toBe(5)
    expect(first.upgradedFrom).toBeNull()
    const pgs = await openPostgresStore({ url: db.url, schema, poolSize: 1 })
    try {
      expect(await pgs.sessions.get('old-usd')).toMatchObject({ amount: '12.50', currency: 'USD', usd_amount: '12.50', fx_rate: null, end_reason: null, ended_at: null, payment_link: null })
      expect(await pgs.sessions.get('old-eur')).toMatchObject({ amount: '10.00', currency: 'EUR', usd_amount: '10.00', fx_rate: null })
    } finally {
      await pgs.close()
    }
    const again = await migrateLedger({ from: dir, to: db.url, schema })
    expect(again.tables.find((t) => t.table === 'link_sessions')).toMatchObject({ total: 2, copied: 0, present: 2, conflicts: 0 })
  })
})
