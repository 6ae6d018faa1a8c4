// The shifts table on both engines: one open shift per ledger held by the database itself (a
// partial unique index), opens and closes racing from several counters on one PostgreSQL
// ledger, the takings query's plan, and the switch to link_sessions.usd_amount once it exists.
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createShifts } from '../../../src/main/core/shifts/service'
import { openPostgresStore, type PostgresStore } from '../../../src/main/core/store/postgres'
import { paidSalesSql } from '../../../src/main/core/store/shifts'
import { openLedger } from '../../../src/main/core/store/sqlite/ledger'
import type { ShiftReport } from '../../../src/shared/contract'
import { tempDir } from '../../helpers'
import { createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from './pg'

notePgSkipped()

function session(id: string, createdAt: number, amount: string, currency: string, transferId: string | null) {
  return {
    session_id: id,
    transaction_id: `ct_${id}`,
    created_at: createdAt,
    amount,
    currency,
    asset: 'USDC',
    network: 'Ethereum',
    destination_address: '0xabc',
    note: null,
    user_id: `walkin_${id}`,
    customer_key: null,
    token_expires_at: createdAt + 600_000,
    state: 'waiting',
    transfer_id: transferId,
    updated_at: createdAt
  }
}

function succeeded(id: string, amount: string) {
  return {
    transfer_id: id,
    transaction_id: null,
    status: 'succeeded',
    status_raw: 'Succeeded',
    is_final: 1,
    conflict: 0,
    status_ts: 100,
    status_event_id: `ev-${id}`,
    tx_hash: null,
    user_id: null,
    token: 'USDC',
    chain: 'Ethereum',
    source_amount: null,
    destination_amount: amount,
    source_provider: null,
    destination_address: null,
    refund_address: null,
    first_seen_at: 1000,
    updated_at: 1000,
    event_count: 1,
    delivery_count: 1,
    retried: 0,
    provenance: 'webhook',
    is_test: 0,
    session_id: null
  }
}

describe('shifts on SQLite (the repository the writer and reader threads run)', () => {
  it('keeps one open shift: a second open returns the first; the index refuses a second open row written directly', () => {
    const tmp = tempDir()
    const l = openLedger({ file: join(tmp.dir, 'countertop.sqlite'), synchronous: 'NORMAL' })
    try {
      expect(l.shifts.open('s1', 1000, 'Ann')).toEqual({ created: true, shift: { shift_id: 's1', opened_at: 1000, closed_at: null, opened_by: 'Ann' } })
      expect(l.shifts.open('s2', 2000, 'Ben')).toEqual({ created: false, shift: { shift_id: 's1', opened_at: 1000, closed_at: null, opened_by: 'Ann' } })
      expect(() => l.db.prepare(`INSERT INTO shifts (shift_id, opened_at, closed_at) VALUES ('s3', 3000, NULL)`).run()).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))
      // a close stamped before the open (another counter's clock behind) never ends a shift before it began
      expect(l.shifts.close(500)).toEqual({ shift_id: 's1', opened_at: 1000, closed_at: 1000, opened_by: 'Ann' })
      expect(l.shifts.close(5000)).toBeUndefined()
      expect(l.shifts.open('s2', 6000, null)).toMatchObject({ created: true })
      expect(l.shifts.list(10).map((s) => s.shift_id)).toEqual(['s2', 's1'])
    } finally {
      l.close()
      tmp.cleanup()
    }
  })

  it('reads a shift’s sales and a window’s paid sales through indexes: one range on created_at, each transfer by its key', () => {
    const l = openLedger({ file: ':memory:' })
    try {
      const plan = (sql: string) => (l.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(0, 1) as { detail: string }[]).map((r) => r.detail)
      expect(plan(paidSalesSql('s.amount', '?', '?'))).toEqual([
        'SEARCH s USING INDEX sessions_created (created_at>? AND created_at<?)',
        'SEARCH t USING INDEX sqlite_autoindex_transfers_1 (transfer_id=?)'
      ])
      expect(plan('SELECT * FROM link_sessions WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC, session_id DESC')[0]).toBe(
        'SEARCH link_sessions USING INDEX sessions_created (created_at>? AND created_at<?)'
      )
    } finally {
      l.close()
    }
  })

  it('takes the USD charged from link_sessions.usd_amount, the amount for a row from before v6', () => {
    const tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    try {
      const l = openLedger({ file, synchronous: 'NORMAL' })
      try {
        l.transfers.insert(succeeded('tr-eur', '10.87'))
        l.transfers.insert(succeeded('tr-usd', '5'))
        l.sessions.insert({ ...session('eur', 100, '10.00', 'EUR', 'tr-eur'), usd_amount: '10.87', fx_rate: '1.087' })
        l.sessions.insert(session('usd', 200, '5.00', 'USD', 'tr-usd'))
        expect(l.shifts.paidSalesBetween(0, 1000).map((r) => [r.currency, r.amount, r.usd_amount])).toEqual([
          ['EUR', '10.00', '10.87'],
          ['USD', '5.00', '5.00']
        ])
      } finally {
        l.close()
      }
    } finally {
      tmp.cleanup()
    }
  })
})

describe.skipIf(!PG_URL)(`shifts on PostgreSQL${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let db: TestDatabase
  const opened: PostgresStore[] = []
  beforeAll(async () => {
    db = await createTestDatabase('shifts')
  })
  afterAll(async () => {
    await Promise.allSettled(opened.splice(0).map((s) => s.close()))
    await db?.drop()
  })
  const open = async (schema: string) => {
    const s = await openPostgresStore({ url: db.url, schema, poolSize: 4 })
    opened.push(s)
    return s
  }
  async function query<R extends pg.QueryResultRow>(schema: string, sql: string): Promise<R[]> {
    const c = new pg.Client({ connectionString: db.url, options: `-c search_path=${schema}` })
    await c.connect()
    try {
      return (await c.query<R>(sql)).rows
    } finally {
      await c.end()
    }
  }

  it('the index refuses a second open row written directly; a close never lands before the open', async () => {
    const schema = db.schema()
    const s = await open(schema)
    expect(await s.shifts.open('s1', 1000, 'Ann')).toEqual({ created: true, shift: { shift_id: 's1', opened_at: 1000, closed_at: null, opened_by: 'Ann' } })
    expect(await s.shifts.open('s2', 2000, 'Ben')).toEqual({ created: false, shift: { shift_id: 's1', opened_at: 1000, closed_at: null, opened_by: 'Ann' } })
    await expect(query(schema, `INSERT INTO shifts (shift_id, opened_at) VALUES ('s3', 3000)`)).rejects.toMatchObject({ code: '23505', constraint: 'shifts_one_open' })
    expect(await s.shifts.close(500)).toEqual({ shift_id: 's1', opened_at: 1000, closed_at: 1000, opened_by: 'Ann' })
    expect(await s.shifts.close(5000)).toBeUndefined()
  })

  it('several counters opening at once make one shift, the others hear SHIFT_ALREADY_OPEN; closing at once closes it once', async () => {
    const schema = db.schema()
    const counters = await Promise.all([open(schema), open(schema), open(schema)])
    let clock = 1_000_000
    const services = counters.map((store) =>
      createShifts({
        store,
        now: () => clock,
        messageTimeZone: 'UTC',
        saleView: () => Promise.reject(new Error('no sales in this test'))
      })
    )
    const ROUNDS = 25
    for (let round = 0; round < ROUNDS; round++) {
      clock += 60_000
      // two opens per counter, all in flight together
      const attempts = services.flatMap((svc, i) => [svc.open({ openedBy: `c${i}-a` }), svc.open({ openedBy: `c${i}-b` })])
      const settled = await Promise.allSettled(attempts)
      const won = settled.filter((r): r is PromiseFulfilledResult<ShiftReport> => r.status === 'fulfilled')
      const lost = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      expect(won, `round ${round}`).toHaveLength(1)
      expect(lost.map((r) => (r.reason as { code?: string }).code)).toEqual(Array(5).fill('SHIFT_ALREADY_OPEN'))
      const winner = won[0]!.value.shift
      for (const r of lost) expect((r.reason as Error).message).toContain(` by ${winner.openedBy}. Every counter on this ledger shares that shift.`)
      for (const svc of services) expect((await svc.current())?.shift).toEqual(winner)

      clock += 60_000
      const closes = await Promise.allSettled(services.map((svc) => svc.close()))
      const closed = closes.filter((r): r is PromiseFulfilledResult<ShiftReport> => r.status === 'fulfilled')
      expect(closed, `round ${round}`).toHaveLength(1)
      expect(closed[0]!.value.shift).toEqual({ ...winner, closedAt: clock })
      expect(closes.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as { code?: string }).code)).toEqual(['NO_OPEN_SHIFT', 'NO_OPEN_SHIFT'])
    }
    const rows = await query<{ n: number; open: number }>(schema, 'SELECT count(*)::int AS n, count(*) FILTER (WHERE closed_at IS NULL)::int AS open FROM shifts')
    expect(rows).toEqual([{ n: ROUNDS, open: 0 }])
  })

  it('takes the USD charged from link_sessions.usd_amount, the amount for a row from before v3', async () => {
    const schema = db.schema()
    const s = await open(schema)
    await s.transfers.insert(succeeded('tr-eur', '10.87'))
    await s.transfers.insert(succeeded('tr-usd', '5'))
    await s.sessions.insert({ ...session('eur', 100, '10.00', 'EUR', 'tr-eur'), usd_amount: '10.87', fx_rate: '1.087' })
    await s.sessions.insert(session('usd', 200, '5.00', 'USD', 'tr-usd'))
    expect((await s.shifts.paidSalesBetween(0, 1000)).map((r) => [r.currency, r.amount, r.usd_amount])).toEqual([
      ['EUR', '10.00', '10.87'],
      ['USD', '5.00', '5.00']
    ])
  })
})
