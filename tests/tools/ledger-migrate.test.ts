// Moving a counter's ledger to PostgreSQL (`npm run ledger:migrate`), against a real server: a
// SQLite ledger of 10,000 transfers written by the SQLite engine's own code is copied, then the
// PostgreSQL store must answer every console question as the SQLite store does for the same
// ledger; a second run adds and changes nothing (row counts, content and row versions, sequences);
// a row PostgreSQL has with other content is kept and counted; and the built CLI prints progress
// and its summary.
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from '../../src/shared/contract'
import { openSqliteStore, type Store } from '../../src/main/core/store'
import { openPostgresStore } from '../../src/main/core/store/postgres'
import { LATEST_SQLITE_VERSION, migrateLedger, TABLES, type MigrateSummary } from '../../src/main/tools/ledger-migrate-core'
import { createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from '../core/store/pg'
import { tempDir } from '../helpers'
import { runMigrate, summaryOf } from './cli'
import { buildLedger, buildV3Ledger, buildV5Ledger, type FixtureInfo } from './ledger-fixture'

notePgSkipped()

const TRANSFERS = 10_000

/** Each table's primary key, to order rows for the checksum. */
const KEYS: Record<string, string> = {
  transfers: 'transfer_id',
  webhook_events: 'event_id',
  deliveries: 'id',
  link_sessions: 'session_id',
  sdk_events: 'id',
  customers: 'customer_key',
  customer_connections: 'customer_key, broker_type, account_id',
  settings: 'key',
  audit_log: 'id',
  downtime: 'id',
  reconcile_runs: 'id',
  shifts: 'shift_id'
}

async function withClient<T>(url: string, schema: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

/**
 * Per table its row count and a checksum over every row's content and row version (xmin: a row
 * rewritten with the same values still changes it), and every sequence's position.
 */
async function snapshot(url: string, schema: string): Promise<Record<string, unknown>> {
  return withClient(url, schema, async (c) => {
    const out: Record<string, unknown> = {}
    for (const t of TABLES) {
      const r = await c.query<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x.xmin::text || ' ' || x::text, E'\\n' ORDER BY ${KEYS[t.name]}), '')) AS h FROM ${t.name} x`
      )
      out[t.name] = r.rows[0]
    }
    const seqs = await c.query<{ sequencename: string; last_value: string | null }>('SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = $1 ORDER BY 1', [schema])
    out.sequences = seqs.rows
    return out
  })
}

async function walk<T>(page: (cursor: string | null) => Promise<Page<T>>): Promise<Page<T>[]> {
  const pages: Page<T>[] = []
  let cursor: string | null = null
  do {
    const p = await page(cursor)
    pages.push(p)
    cursor = p.nextCursor
  } while (cursor && pages.length < 1000)
  return pages
}

describe.skipIf(!PG_URL)(`ledger:migrate into PostgreSQL${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let tmp: ReturnType<typeof tempDir>
  let dataDir: string
  let file: string
  let info: FixtureInfo
  let db: TestDatabase
  let schema: string
  let first: MigrateSummary
  const progress: string[] = []

  beforeAll(async () => {
    tmp = tempDir('countertop-migrate-')
    dataDir = join(tmp.dir, 'data')
    file = join(dataDir, 'countertop.sqlite')
    const t0 = performance.now()
    info = buildLedger(file, { transfers: TRANSFERS })
    const built = performance.now() - t0
    db = await createTestDatabase('migrate')
    schema = db.schema()
    first = await migrateLedger({ from: dataDir, to: db.url, schema, onProgress: (p) => progress.push(`${p.table} ${p.done}/${p.total}`) })
    const rows = first.tables.reduce((a, t) => a + t.total, 0)
    console.info(
      `[ledger:migrate] fixture: ${TRANSFERS} transfers, ${info.deliveries} deliveries (${info.rejected} rejected), ${rows} rows in all, built in ${(built / 1000).toFixed(1)} s; ` +
        `copied in ${(first.ms / 1000).toFixed(2)} s (${Math.round((rows * 1000) / first.ms)} rows/s; ` +
        first.tables.map((t) => `${t.table} ${Math.round((t.total * 1000) / Math.max(t.ms, 0.001))}/s`).join(', ') +
        ')'
    )
  }, 60_000)
  afterAll(async () => {
    await db?.drop()
    tmp?.cleanup()
  })

  it('copies every table in full, in batches, and moves the sequences past the copied ids', async () => {
    expect(first.tables.map((t) => t.table)).toEqual(TABLES.map((t) => t.name))
    for (const t of first.tables) {
      expect(t.total, t.table).toBeGreaterThan(0)
      expect([t.table, t.copied, t.present, t.conflicts]).toEqual([t.table, t.total, 0, 0])
    }
    expect(first.tables.find((t) => t.table === 'transfers')!.total).toBe(TRANSFERS)
    expect(first.tables.find((t) => t.table === 'deliveries')!.total).toBe(info.deliveries)
    // progress per batch of 1,000
    expect(progress).toContain('transfers 1000/10000')
    expect(progress).toContain('transfers 10000/10000')
    expect(progress.filter((p) => p.startsWith('transfers ')).length).toBe(11)
    // each table's PostgreSQL row count is the SQLite one
    const snap = await snapshot(db.url, schema)
    for (const t of first.tables) expect([t.table, (snap[t.table] as { n: number }).n]).toEqual([t.table, t.total])
    // a new row gets the next id, never one of the copied ones
    await withClient(db.url, schema, async (c) => {
      for (const [table, column] of [
        ['deliveries', 'id'],
        ['sdk_events', 'id'],
        ['audit_log', 'id'],
        ['downtime', 'id'],
        ['reconcile_runs', 'id']
      ] as const) {
        const r = await c.query<{ max: string; next: string }>(
          `SELECT (SELECT max(${column}) FROM ${table})::text AS max, nextval(pg_get_serial_sequence($1, $2))::text AS next`,
          [table, column]
        )
        expect([table, Number(r.rows[0]!.next)]).toEqual([table, Number(r.rows[0]!.max) + 1])
      }
    })
  })

  it('the PostgreSQL store answers as the SQLite store does: ledger pages, histories, deliveries, sales, settings, audit', async () => {
    const sq = await openSqliteStore({ file, synchronous: 'NORMAL' })
    const pgs: Store = await openPostgresStore({ url: db.url, schema, poolSize: 4 })
    try {
      const both = async <T>(what: string, f: (s: Store) => Promise<T>) => {
        const [a, b] = await Promise.all([f(sq), f(pgs)])
        expect(b, what).toEqual(a)
        return a
      }
      // The ledger: every page, with tests and without, by status, searched, by date range.
      const all = await both('ledger, every page', (s) => walk((cursor) => s.transfers.list({ limit: 500, includeTests: true, cursor })))
      expect(all.flatMap((p) => p.items)).toHaveLength(TRANSFERS)
      expect(all[0]!.total).toBe(TRANSFERS)
      await both('ledger without tests', (s) => walk((cursor) => s.transfers.list({ limit: 1000, includeTests: false, cursor })))
      await both('ledger, succeeded', (s) => walk((cursor) => s.transfers.list({ limit: 700, includeTests: false, status: 'succeeded', cursor })))
      await both('ledger, two statuses', (s) => s.transfers.list({ limit: 100, includeTests: true, status: ['failed', 'refundpending'] }))
      await both('ledger, prefix search', (s) => s.transfers.list({ limit: 50, includeTests: true, search: 'TR-123' }))
      await both('ledger, exact search', (s) => s.transfers.list({ limit: 50, includeTests: true, search: 'ct_400' }))
      const mid = all[10]!.items[0]!.firstSeenAt
      await both('ledger, a date range', (s) => s.transfers.list({ limit: 200, includeTests: false, from: mid - 3_600_000, to: mid }))

      // A transfer's full history: its row, its events, every delivery attempt (bodies included).
      for (const id of info.sample) {
        await both(`transfer ${id}`, (s) => s.transfers.get(id))
        await both(`events of ${id}`, (s) => s.events.listForTransfer(id))
        const ds = await both(`deliveries of ${id}`, (s) => s.deliveries.listForTransfer(id))
        expect(ds.length, id).toBeGreaterThan(0)
      }
      // The deliveries screen: every page, and the filtered totals.
      const pages = await both('deliveries, every page', (s) => walk((cursor) => s.deliveries.list({ limit: 1000, cursor })))
      expect(pages[0]!.total).toBe(info.deliveries)
      for (const q of [{ rejected: true }, { rejected: false }, { verdict: 'duplicate' }, { verdict: ['signature_invalid', 'signature_missing'] }, { verdict: 'malformed' }, { transferId: info.sample[0]! }]) {
        await both(`deliveries ${JSON.stringify(q)}`, (s) => s.deliveries.list({ limit: 100, ...q }))
      }
      const rejected = await both('rejected count', (s) => s.deliveries.rejectedCount())
      expect(rejected).toBe(info.rejected)
      await both('last delivery', (s) => s.deliveries.lastReceivedAt())
      await both('a delivery', (s) => s.deliveries.get(pages[3]!.items[7]!.id))

      // Sales: the list, each sale with its SDK callbacks, saved connections.
      const sales = await both('sales', (s) => s.sessions.recent(1000))
      expect(sales).toHaveLength(info.sessions)
      for (const sale of sales) {
        await both(`sale ${sale.session_id}`, (s) => s.sessions.get(sale.session_id))
        await both(`sale by txn ${sale.transaction_id}`, (s) => s.sessions.findByTransactionId(sale.transaction_id))
        await both(`sdk events of ${sale.session_id}`, (s) => s.sessions.sdkEvents(sale.session_id))
      }
      expect(sales.filter((x) => x.transfer_id !== null).length).toBeGreaterThan(0)
      for (const key of info.customerKeys) expect((await both(`connections of ${key}`, (s) => s.customers.connections(key))).length).toBeGreaterThan(0)

      // Settings (the heartbeat included: SQLite's, not PostgreSQL's placeholder), audit, downtime, reconciliation.
      const settings = await both('settings', (s) => s.settings.all())
      expect(settings.heartbeat).toBe(1_720_000_000_000 + TRANSFERS * 60_000)
      expect(settings['counter.name']).toContain('Café ☕')
      expect((await both('audit', (s) => s.audit.list(10_000))).length).toBe(first.tables.find((t) => t.table === 'audit_log')!.total)
      await both('audit, a page', (s) => s.audit.list(20, 100))
      await both('downtime', (s) => s.downtime.list(100))
      await both('downtime not reconciled', (s) => s.downtime.unreconciled())
      await both('open tunnel window', (s) => s.downtime.openWindow('tunnel'))
      await both('reconcile runs', (s) => s.reconcileRuns.listRuns(100))
      // Ordered by first_seen_at alone: ties (pairs of transfers here) come in either order, on either engine.
      const byTime = (rows: { transfer_id: string; first_seen_at: number }[]) =>
        [...rows].sort((a, b) => a.first_seen_at - b.first_seen_at || (a.transfer_id < b.transfer_id ? -1 : a.transfer_id > b.transfer_id ? 1 : 0))
      await both('pending transfers', async (s) => byTime(await s.reconcileRuns.pendingTransfers(Number.MAX_SAFE_INTEGER, 0)))
      await both('unlinked sales', (s) => s.reconcileRuns.unlinkedSessions(Number.MAX_SAFE_INTEGER, 0))

      // Shifts: the list, the open one, each by id, and the sales each covers.
      const shifts = await both('shifts', (s) => s.shifts.list(100))
      expect(shifts.map((x) => [x.shift_id, x.closed_at === null])).toEqual([
        ['shift-2', true],
        ['shift-1', false],
        ['shift-0', false]
      ])
      expect((await both('open shift', (s) => s.shifts.current()))?.shift_id).toBe('shift-2')
      for (const sh of shifts) {
        await both(`shift ${sh.shift_id}`, (s) => s.shifts.get(sh.shift_id))
        await both(`sales of ${sh.shift_id}`, (s) => s.shifts.salesBetween(sh.opened_at, sh.closed_at ?? Number.MAX_SAFE_INTEGER))
      }
      const paid = await both('paid sales', (s) => s.shifts.paidSalesBetween(0, Number.MAX_SAFE_INTEGER))
      expect(paid.length).toBeGreaterThan(0)
    } finally {
      await Promise.all([sq.close(), pgs.close()])
    }
  })

  it('a second run adds nothing and changes nothing', async () => {
    const before = await snapshot(db.url, schema)
    const again = await migrateLedger({ from: dataDir, to: db.url, schema })
    for (const t of again.tables) expect([t.table, t.copied, t.present, t.conflicts]).toEqual([t.table, 0, t.total, 0])
    expect(again.sequences).toEqual({})
    expect(await snapshot(db.url, schema)).toEqual(before)
  })

  it("keeps PostgreSQL's row when it differs, counts it as a conflict, and restores what is missing", async () => {
    const s2 = db.schema()
    await migrateLedger({ from: dataDir, to: db.url, schema: s2 })
    let openId = 0
    await withClient(db.url, s2, async (c) => {
      await c.query(`UPDATE transfers SET status_raw = 'Tampered' WHERE transfer_id = 'tr-1'`)
      await c.query(`UPDATE settings SET value = '"Back Office"' WHERE key = 'counter.name'`)
      await c.query('DELETE FROM audit_log WHERE id IN (5, 6)')
      await c.query(`DELETE FROM deliveries WHERE id = 1000`)
      // Another receiver already opened a tunnel window of its own: the ledger's open one cannot
      // go in beside it (one open window per kind), though its id is free.
      openId = (await c.query<{ id: number }>(`DELETE FROM downtime WHERE kind = 'tunnel' AND ended_at IS NULL RETURNING id::int`)).rows[0]!.id
      await c.query(`INSERT INTO downtime (kind, started_at, reason) VALUES ('tunnel', 1, 'seen by receiver B')`)
      // Likewise a counter already on PostgreSQL opened a shift: the ledger's open one stays out (one open shift).
      await c.query(`DELETE FROM shifts WHERE closed_at IS NULL`)
      await c.query(`INSERT INTO shifts (shift_id, opened_at, opened_by) VALUES ('pg-open', 2, 'Counter B')`)
    })
    const r = await migrateLedger({ from: dataDir, to: db.url, schema: s2 })
    const by = Object.fromEntries(r.tables.map((t) => [t.table, t]))
    expect(by.transfers).toMatchObject({ copied: 0, conflicts: 1, conflictKeys: ['tr-1'] })
    expect(by.settings).toMatchObject({ copied: 0, conflicts: 1, conflictKeys: ['counter.name'] })
    expect(by.audit_log).toMatchObject({ copied: 2, conflicts: 0 })
    expect(by.deliveries).toMatchObject({ copied: 1, conflicts: 0 })
    expect(by.downtime).toMatchObject({ copied: 0, conflicts: 1, conflictKeys: [openId] })
    expect(by.shifts).toMatchObject({ copied: 0, conflicts: 1, conflictKeys: ['shift-2'] })
    expect(r.tables.filter((t) => !['transfers', 'settings', 'audit_log', 'deliveries', 'downtime', 'shifts'].includes(t.table)).every((t) => t.copied === 0 && t.conflicts === 0)).toBe(true)
    await withClient(db.url, s2, async (c) => {
      expect((await c.query(`SELECT status_raw FROM transfers WHERE transfer_id = 'tr-1'`)).rows).toEqual([{ status_raw: 'Tampered' }])
      expect((await c.query(`SELECT value FROM settings WHERE key = 'counter.name'`)).rows).toEqual([{ value: '"Back Office"' }])
      expect((await c.query('SELECT count(*)::int AS n FROM audit_log WHERE id IN (5, 6)')).rows).toEqual([{ n: 2 }])
      expect((await c.query('SELECT count(*)::int AS n FROM deliveries WHERE id = 1000')).rows).toEqual([{ n: 1 }])
      expect((await c.query('SELECT shift_id, opened_by FROM shifts WHERE closed_at IS NULL')).rows).toEqual([{ shift_id: 'pg-open', opened_by: 'Counter B' }])
    })
  })

  it('copies a v5 ledger (before shifts) as it is: its sale arrives, there are no shifts to copy', async () => {
    const v5 = join(tmp.dir, 'v5')
    buildV5Ledger(join(v5, 'countertop.sqlite'))
    const s5 = db.schema()
    const r = await migrateLedger({ from: v5, to: db.url, schema: s5 })
    expect(r).toMatchObject({ sqliteVersion: 5, upgradedFrom: null })
    expect(r.tables.map((t) => t.table)).toEqual(TABLES.map((t) => t.name))
    expect(r.tables.find((t) => t.table === 'shifts')).toMatchObject({ total: 0, copied: 0, present: 0, conflicts: 0 })
    expect(r.tables.find((t) => t.table === 'link_sessions')).toMatchObject({ total: 1, copied: 1 })
    const pgs = await openPostgresStore({ url: db.url, schema: s5, poolSize: 1 })
    try {
      expect(await pgs.sessions.get('sess-v5')).toMatchObject({ amount: '4.20', transfer_id: 'tr-v5' })
      expect(await pgs.shifts.list(10)).toEqual([])
    } finally {
      await pgs.close()
    }
  })

  it('upgrades a v3 ledger in place with --upgrade, then copies it', async () => {
    const old = join(tmp.dir, 'v3')
    buildV3Ledger(join(old, 'countertop.sqlite'))
    await expect(migrateLedger({ from: old, to: db.url, schema: db.schema() })).rejects.toMatchObject({ code: 'LEDGER_TOO_OLD' })
    const s3 = db.schema()
    const r = await migrateLedger({ from: old, to: db.url, schema: s3, upgrade: true })
    expect(r.upgradedFrom).toBe(3)
    expect(r.sqliteVersion).toBe(LATEST_SQLITE_VERSION)
    const pgs = await openPostgresStore({ url: db.url, schema: s3, poolSize: 1 })
    try {
      expect(await pgs.transfers.get('tr-v3')).toMatchObject({ status: 'succeeded', transactionId: 'ct_v3' })
      expect((await pgs.deliveries.listForTransfer('tr-v3')).map((d) => [d.id, d.verdict, d.answerMs])).toEqual([[1, 'accepted', 2.5]])
    } finally {
      await pgs.close()
    }
  })

  it('the CLI: progress on stderr, a summary line per table on stdout, exit 0; again: nothing copied', async () => {
    const s4 = db.schema()
    const r = await runMigrate(['--from', dataDir, '--to', db.url, '--schema', s4])
    expect(r.stderr).not.toContain('failed')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(`ledger:migrate: reading ${file} (schema v${LATEST_SQLITE_VERSION},`)
    expect(r.stderr).toMatch(/^ledger:migrate: transfers 1000\/10000$/m)
    expect(r.stderr).toMatch(/^ledger:migrate: transfers 10000\/10000$/m)
    expect(r.stderr).toContain(`ledger:migrate: deliveries ${info.deliveries}/${info.deliveries}`)
    for (const t of first.tables) expect([t.table, summaryOf(r.stdout, t.table)]).toEqual([t.table, [t.total, t.total, 0, 0]])
    const total = first.tables.reduce((a, t) => a + t.total, 0)
    expect(r.stdout).toMatch(new RegExp(`^ {2}total +${total} rows +${total} copied +0 already there +0 conflicts in [\\d.]+ s \\([\\d,]+ rows/s\\)$`, 'm'))
    expect(r.stdout.trim().split('\n')).toHaveLength(TABLES.length + 2)

    const again = await runMigrate(['--from', dataDir, '--to', db.url, '--schema', s4, '--fail-on-conflict'])
    expect(again.code).toBe(0)
    for (const t of first.tables) expect([t.table, summaryOf(again.stdout, t.table)]).toEqual([t.table, [t.total, 0, t.total, 0]])

    // A conflict with --fail-on-conflict: exit 3, the row named.
    await withClient(db.url, s4, (c) => c.query(`UPDATE transfers SET chain = 'Moon' WHERE transfer_id = 'TR-3'`))
    const conflicted = await runMigrate(['--from', dataDir, '--to', db.url, '--schema', s4, '--fail-on-conflict'])
    expect(conflicted.code).toBe(3)
    expect(summaryOf(conflicted.stdout, 'transfers')).toEqual([TRANSFERS, 0, TRANSFERS - 1, 1])
    expect(conflicted.stderr).toContain(`warning: transfers: 1 row already in PostgreSQL with other content (or another unique key taken); PostgreSQL's kept. First: "TR-3"`)
    console.info(`[ledger:migrate] CLI: first run ${(r.ms / 1000).toFixed(2)} s, re-run ${(again.ms / 1000).toFixed(2)} s (node start included)`)
  })
})
