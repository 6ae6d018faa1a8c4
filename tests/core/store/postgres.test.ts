// What only the PostgreSQL engine has: its migrations (numbered, under an advisory lock, once
// however many receivers start together), its column types, live change notices from every
// process (LISTEN/NOTIFY) and the resync after a lost LISTEN connection, and a pool that
// outlives connections the server dropped. The shared behaviour is in contract.test.ts.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openPostgresStore, pgMigrations, type ChangeNotice, type NoticeSource, type PostgresStore, type PostgresStoreOptions } from '../../../src/main/core/store/postgres'
import type { IngestResult } from '../../../src/main/core/webhooks/ingest'
import { interpretBody } from '../../../src/main/core/webhooks/payload'
import { waitFor } from '../../helpers/wait'
import { eventBody, signed, unsigned } from './engines'
import { adminQuery, createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from './pg'

notePgSkipped()

describe.skipIf(!PG_URL)(`PostgreSQL engine${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let db: TestDatabase
  const opened: PostgresStore[] = []
  beforeAll(async () => {
    db = await createTestDatabase('pgstore')
  })
  afterAll(() => db?.drop())
  afterEach(async () => {
    await Promise.allSettled(opened.splice(0).map((s) => s.close()))
  })
  const open = async (schema: string, o: Partial<PostgresStoreOptions> = {}) => {
    const s = await openPostgresStore({ url: db.url, schema, poolSize: 4, ...o })
    opened.push(s)
    return s
  }
  async function query<R extends pg.QueryResultRow>(schema: string, sql: string, values: unknown[] = []): Promise<R[]> {
    const c = new pg.Client({ connectionString: db.url, options: `-c search_path=${schema}` })
    await c.connect()
    try {
      return (await c.query<R>(sql, values)).rows
    } finally {
      await c.end()
    }
  }

  describe('migrations', () => {
    it('creates the schema once, records it in schema_migrations, and is a no-op when reopened', async () => {
      const schema = db.schema()
      const s = await open(schema)
      expect(s.engine).toBe('postgres')
      const rows = await query<{ version: number; name: string; applied_at: number }>(schema, 'SELECT version, name, applied_at::float8 AS applied_at FROM schema_migrations ORDER BY version')
      expect(rows.map((r) => [r.version, r.name])).toEqual(pgMigrations.map((m) => [m.version, m.name]))
      await s.close()
      const again = await open(schema)
      expect(await query(schema, 'SELECT version FROM schema_migrations')).toHaveLength(pgMigrations.length)
      expect(await again.settings.all()).toEqual({ heartbeat: null })
    })

    it('migrates once when several receivers start together', async () => {
      const schema = db.schema()
      const stores = await Promise.all(Array.from({ length: 4 }, () => open(schema, { poolSize: 2 })))
      expect(stores.every((s) => s.open)).toBe(true)
      expect(await query(schema, 'SELECT version FROM schema_migrations')).toHaveLength(pgMigrations.length)
      // and they share one ledger
      const [r] = await stores[0]!.recordDeliveries([signed({ eventId: 'ev-1', transferId: 'tr-1', status: 'Pending' }, { receivedAt: 1 })])
      expect(await stores[3]!.deliveries.get((r as IngestResult).deliveryRowId)).toMatchObject({ verdict: 'accepted' })
    })

    it('waits for another process’s migration (the advisory lock) and gives up after its lock timeout', async () => {
      const holder = new pg.Client({ connectionString: db.url })
      await holder.connect()
      try {
        await holder.query('SELECT pg_advisory_lock(7165074649429406324)')
        const t0 = Date.now()
        await expect(openPostgresStore({ url: db.url, schema: db.schema(), migration: { waitForLockMs: 300 } })).rejects.toMatchObject({ code: '55P03' })
        expect(Date.now() - t0).toBeGreaterThanOrEqual(250)
        const schema = db.schema()
        const pending = open(schema)
        await new Promise((r) => setTimeout(r, 200))
        expect(await query(schema, `SELECT 1 FROM pg_tables WHERE schemaname = $1`, [schema])).toEqual([])
        await holder.query('SELECT pg_advisory_unlock(7165074649429406324)')
        const s = await pending
        expect(await s.quickCheck()).toBe('ok')
      } finally {
        await holder.end()
      }
    })

    it('refuses a ledger migrated by a newer Countertop', async () => {
      const schema = db.schema()
      const s = await open(schema)
      await s.close()
      await query(schema, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)`)
      await expect(openPostgresStore({ url: db.url, schema })).rejects.toMatchObject({ code: 'STORE_SCHEMA_NEWER' })
    })

    it('keeps timestamps as BIGINT ms, bodies as BYTEA, delivery ids BIGSERIAL, and ids byte-ordered', async () => {
      const schema = db.schema()
      await open(schema)
      const cols = await query<{ table_name: string; column_name: string; data_type: string; collation_name: string | null; column_default: string | null }>(
        schema,
        `SELECT table_name, column_name, data_type, collation_name, column_default FROM information_schema.columns WHERE table_schema = $1`,
        [schema]
      )
      const col = (t: string, c: string) => cols.find((x) => x.table_name === t && x.column_name === c)!
      expect(col('deliveries', 'id')).toMatchObject({ data_type: 'bigint', column_default: expect.stringContaining('nextval') })
      expect(col('deliveries', 'body').data_type).toBe('bytea')
      for (const [t, c] of [
        ['deliveries', 'received_at'],
        ['transfers', 'first_seen_at'],
        ['transfers', 'status_ts'],
        ['webhook_events', 'event_ts'],
        ['audit_log', 'at']
      ] as const)
        expect(col(t, c).data_type).toBe('bigint')
      for (const [t, c] of [
        ['transfers', 'transfer_id'],
        ['transfers', 'transaction_id'],
        ['transfers', 'tx_hash'],
        ['transfers', 'status_event_id'],
        ['webhook_events', 'event_id']
      ] as const)
        expect(col(t, c).collation_name).toBe('C')
      expect(db.icu, 'the test database uses ICU English collation, so byte order is really tested').toBe(true)
    })
  })

  describe('live changes', () => {
    type Heard = { n: ChangeNotice; source: NoticeSource }
    const listen = async (schema: string, extra: Partial<PostgresStoreOptions> = {}) => {
      const heard: Heard[] = []
      const s = await open(schema, { onNotify: (n, source) => heard.push({ n, source }), ...extra })
      return { s, heard }
    }

    it('tells every listening store of each delivery, from any store, with ids only', async () => {
      const schema = db.schema()
      const a = await listen(schema)
      const b = await listen(schema)
      const writer = await open(schema)
      expect(a.s.listening && b.s.listening).toBe(true)
      expect(writer.listening).toBe(false)
      const [r1] = (await writer.recordDeliveries([signed({ eventId: 'ev-1', transferId: 'tr-1', status: 'Pending' }, { receivedAt: 1 })])) as IngestResult[]
      const [r2] = (await writer.recordDeliveries([unsigned('{}', { receivedAt: 2 })])) as IngestResult[]
      const [r3] = (await a.s.recordDeliveries([signed({ eventId: 'ev-1', transferId: 'tr-1', status: 'Pending', id: 'again' }, { receivedAt: 3 })])) as IngestResult[]
      const expected = [
        { n: { deliveryId: r1!.deliveryRowId, transferId: 'tr-1' }, source: 'notify' },
        { n: { deliveryId: r2!.deliveryRowId, transferId: null }, source: 'notify' },
        { n: { deliveryId: r3!.deliveryRowId, transferId: 'tr-1' }, source: 'notify' }
      ]
      for (const l of [a, b]) {
        await waitFor(() => l.heard.length >= 3, { timeoutMs: 1000, what: 'three notices within a second' })
        expect(l.heard).toEqual(expected)
        expect(l.s.lastSeenDeliveryId).toBe(r3!.deliveryRowId)
      }
      // a status from Mesh's transfer list changes a transfer without a delivery
      const i = interpretBody(Buffer.from(JSON.stringify(eventBody({ eventId: 'poll-1', transferId: 'tr-1', status: 'Succeeded' }))))
      if (i.kind !== 'event') throw new Error('not an event')
      await writer.ops.recordPolledEvent(i.event, 10, '{}')
      await waitFor(() => b.heard.length >= 4, { timeoutMs: 1000, what: 'the polled change' })
      expect(b.heard[3]).toEqual({ n: { deliveryId: null, transferId: 'tr-1' }, source: 'notify' })
      // another ledger (schema) in the same database is on another channel
      const other = await open(db.schema())
      await other.recordDeliveries([signed({ eventId: 'ev-x', transferId: 'tr-x', status: 'Pending' }, { receivedAt: 1 })])
      await new Promise((r) => setTimeout(r, 150))
      expect(a.heard).toHaveLength(4)
    })

    it('resyncs what it missed after its LISTEN connection was cut, each delivery once', async () => {
      const schema = db.schema()
      const app = `ct-${randomUUID().slice(0, 8)}`
      const states: string[] = []
      const a = await listen(schema, { applicationName: app, listen: { minBackoffMs: 300, maxBackoffMs: 1000, onState: (s) => states.push(s) } })
      const writer = await open(schema)
      const record = async (n: number, tag: string) => {
        const out: number[] = []
        for (let i = 0; i < n; i++) {
          const [r] = (await writer.recordDeliveries([signed({ eventId: `${tag}-${i}`, transferId: `tr-${tag}`, status: 'Pending' }, { receivedAt: i })])) as IngestResult[]
          out.push(r!.deliveryRowId)
        }
        return out
      }
      const before = await record(2, 'before')
      await waitFor(() => a.heard.length === 2, { timeoutMs: 1000, what: 'the notices before the cut' })
      const cut = await adminQuery<{ ok: boolean }>(db.url, `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1`, [`${app}-listen`])
      expect(cut).toEqual([{ ok: true }])
      await waitFor(() => !a.s.listening, { timeoutMs: 2000, what: 'the listener to notice the cut' })
      const during = await record(5, 'during')
      await waitFor(() => a.s.listening && a.s.listenReconnects === 1, { timeoutMs: 5000, what: 'the listener to reconnect' })
      const after = await record(2, 'after')
      await waitFor(() => a.heard.length >= 9, { timeoutMs: 2000, what: 'every delivery reported' })
      await new Promise((r) => setTimeout(r, 100))
      expect(a.heard.map((h) => h.n.deliveryId)).toEqual([...before, ...during, ...after])
      expect(a.heard.slice(2, 7).map((h) => h.source)).toEqual(['resync', 'resync', 'resync', 'resync', 'resync'])
      expect(a.heard.slice(2, 7).map((h) => h.n.transferId)).toEqual(Array(5).fill('tr-during'))
      expect(a.heard.slice(7).map((h) => h.source)).toEqual(['notify', 'notify'])
      expect(a.s.lastSeenDeliveryId).toBe(after[1])
      expect(states).toEqual(['listening', 'lost', 'listening'])
    })

    it('reconnects with backoff while the server refuses it, and resyncs once back', async () => {
      const schema = db.schema()
      const app = `ct-${randomUUID().slice(0, 8)}`
      const a = await listen(schema, { applicationName: app, listen: { minBackoffMs: 50, maxBackoffMs: 200 } })
      const writer = await open(schema)
      // Cut it again and again: every reconnect is cut too, for a while.
      const until = Date.now() + 700
      let cuts = 0
      while (Date.now() < until) {
        const r = await adminQuery<{ ok: boolean }>(db.url, `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1`, [`${app}-listen`])
        cuts += r.length
        await writer.recordDeliveries([signed({ eventId: randomUUID(), transferId: 'tr-1', status: 'Pending' }, { receivedAt: 1 })])
        await new Promise((res) => setTimeout(res, 20))
      }
      expect(cuts).toBeGreaterThan(1)
      const total = (await writer.deliveries.list({ limit: 1 })).total
      await waitFor(() => a.s.listening && new Set(a.heard.map((h) => h.n.deliveryId)).size === total, { timeoutMs: 5000, what: 'every delivery reported after the storm' })
      expect(a.heard).toHaveLength(total)
    })
  })

  describe('connections', () => {
    it('replaces pool connections the server closed', async () => {
      const schema = db.schema()
      const app = `ct-${randomUUID().slice(0, 8)}`
      const s = await open(schema, { applicationName: app })
      await Promise.all(Array.from({ length: 4 }, (_, i) => s.recordDeliveries([signed({ eventId: `e-${i}`, transferId: `t-${i}`, status: 'Pending' }, { receivedAt: 1 })])))
      const cut = await adminQuery(db.url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [app])
      expect(cut.length).toBeGreaterThan(0)
      await new Promise((r) => setTimeout(r, 100))
      const [r] = await s.recordDeliveries([signed({ eventId: 'after', transferId: 't-after', status: 'Pending' }, { receivedAt: 2 })])
      expect(r).toMatchObject({ verdict: 'accepted' })
      expect(await s.quickCheck()).toBe('ok')
      await expect(s.probeWrite!()).resolves.toBeUndefined()
    })

    it('serialises the same EventId sent through several calls at once: one accepted', async () => {
      const s = await open(db.schema(), { poolSize: 8 })
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => s.recordDeliveries([signed({ eventId: 'same', transferId: 'tr', status: 'Pending', id: `try-${i}` }, { receivedAt: i })])))
      const verdicts = results.flat().map((r) => (r as IngestResult).verdict)
      expect(verdicts.filter((v) => v === 'accepted')).toHaveLength(1)
      expect(verdicts.filter((v) => v === 'duplicate')).toHaveLength(7)
      expect(await s.transfers.getRecord('tr')).toMatchObject({ event_count: 1, delivery_count: 8, retried: 1 })
    })
  })
})
