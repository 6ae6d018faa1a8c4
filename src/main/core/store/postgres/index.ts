// The PostgreSQL engine behind the Store interface (../types.ts): for a shop whose counters
// share one ledger and whose receivers run side by side behind the one Mesh webhook URL.
// The same repositories, row shapes, pagination and search as the SQLite engine (one contract
// test suite runs against both: tests/core/store/contract.test.ts).
//
//  - a Pool for everything (each repository call one statement, each domain operation and each
//    delivery one transaction);
//  - a dedicated connection LISTENs for every receiver's NOTIFYs (./listen.ts) and hands them
//    to onNotify, resyncing from the last delivery id it saw after a lost connection;
//  - migrations of its own (./migrations.ts), under an advisory lock, at open.
import pg from 'pg'
import type { IntegrationAccessToken } from '../../../../shared/contract'
import type { MeshStatusEvent } from '../../webhooks/payload'
import type { IngestLimits, PreparedDelivery } from '../../webhooks/record'
import type { PolledItem } from '../../webhooks/apply'
import type { RecordOutcome, Store, StoreStats } from '../types'
import { localViews } from '../views'
import { createPgRecorder, Rollback, type ChangeNotice, type TxRunner } from './ingest'
import { startListener, type Listener, type NoticeSource } from './listen'
import { migratePostgres, type MigrateOptions } from './migrations'
import { auditRepo, customersRepo, deliveriesRepo, downtimeRepo, eventsRepo, reconcileRepo, sessionsRepo, settingsRepo, shiftsRepo, transfersRepo, writeAnswerTimes } from './repos'
import { pgTypes, type Queryable } from './sql'

export type { ChangeNotice } from './ingest'
export type { NoticeSource } from './listen'
export { pgMigrations, LATEST_PG_VERSION } from './migrations'

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database (COUNTERTOP_DATABASE_URL). */
  url: string
  /** Connections in the pool (deliveries recorded at once). Default 10. */
  poolSize?: number
  /**
   * Called for every change notice received on the LISTEN connection — from this process and
   * every other one writing the same ledger — and, after a lost connection, for each delivery
   * committed meanwhile (source 'resync'). Without it the store does not LISTEN.
   */
  onNotify?: (n: ChangeNotice, source: NoticeSource) => void
  /** The schema to keep the ledger in (created if missing); default: the connection's current schema. */
  schema?: string
  /** The NOTIFY channel. Default 'countertop', or 'countertop_<schema>' with a schema. */
  channel?: string
  limits?: Partial<IngestLimits>
  migration?: MigrateOptions
  /** Per statement on the pool's connections; a stuck one fails (503) instead of holding an answer. Default 30 s. */
  statementTimeoutMs?: number
  /** The LISTEN connection's reconnect backoff and idle probe. */
  listen?: { minBackoffMs?: number; maxBackoffMs?: number; pingMs?: number; onState?: (s: 'listening' | 'lost') => void }
  /** application_name of the pool's connections (pg_stat_activity); the LISTEN one adds '-listen'. Default 'countertop'. */
  applicationName?: string
  /** Clock for settings and audit rows (tests). */
  now?: () => number
}

export type PostgresStore = Store & {
  readonly engine: 'postgres'
  /** The highest delivery id reported to onNotify (0 before any; stays 0 without onNotify). */
  readonly lastSeenDeliveryId: number
  /** The LISTEN connection is up (false without onNotify). */
  readonly listening: boolean
  /** The LISTEN connection's successful reconnects. */
  readonly listenReconnects: number
}

/** A schema as search_path reads it unquoted (lower case), and a channel name. */
const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/
const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

/** Answer times wait this long for company before they are written (one statement for all). */
const ANSWER_FLUSH_MS = 250

function closedError(): Error {
  return Object.assign(new Error('The ledger is closed.'), { code: 'STORE_CLOSED' })
}

export async function openPostgresStore(opts: PostgresStoreOptions): Promise<PostgresStore> {
  if (opts.schema !== undefined && !SCHEMA.test(opts.schema)) throw new Error(`store: not a plain schema name: ${JSON.stringify(opts.schema)}`)
  const channel = opts.channel ?? (opts.schema ? `countertop_${opts.schema}` : 'countertop')
  if (!IDENT.test(channel)) throw new Error(`store: not a plain channel name: ${JSON.stringify(channel)}`)
  const now = opts.now ?? Date.now
  const base: pg.ClientConfig = {
    connectionString: opts.url,
    types: pgTypes,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {})
  }
  const pool = new pg.Pool({
    ...base,
    application_name: opts.applicationName ?? 'countertop',
    max: opts.poolSize ?? 10,
    statement_timeout: opts.statementTimeoutMs ?? 30_000,
    idle_in_transaction_session_timeout: 60_000,
    connectionTimeoutMillis: 10_000
  })
  // An idle connection the server closed (restart, pg_terminate_backend) is dropped from the
  // pool; the next query opens a new one. Without a listener it would crash the process.
  pool.on('error', () => {})

  let listener: Listener | null = null
  try {
    const c = await pool.connect()
    const noted = () => {} // a lost connection fails the statement in flight; open() then fails
    c.on('error', noted)
    try {
      if (opts.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${c.escapeIdentifier(opts.schema)}`).catch(async (err: unknown) => {
        // Two receivers creating it at the same instant: the loser finds it there.
        const { rows } = await c.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [opts.schema])
        if (rows.length === 0) throw err
      })
      const { rows } = await c.query<{ s: string | null }>('SELECT current_schema() AS s')
      if (!rows[0]?.s) throw new Error('store: the PostgreSQL connection has no schema to keep the ledger in (search_path)')
      await migratePostgres(c, opts.migration)
    } finally {
      c.removeListener('error', noted)
      c.release()
    }
    if (opts.onNotify) {
      listener = await startListener({
        client: { ...base, application_name: `${opts.applicationName ?? 'countertop'}-listen` },
        channel,
        onNotify: opts.onNotify,
        backoff: { minMs: opts.listen?.minBackoffMs, maxMs: opts.listen?.maxBackoffMs },
        pingMs: opts.listen?.pingMs,
        onState: opts.listen?.onState
      })
    }
  } catch (err) {
    await pool.end().catch(() => {})
    throw err
  }

  let isOpen = true
  const q: Queryable = {
    query: (config) => (isOpen ? pool.query(config) : Promise.reject(closedError()))
  }

  const db: TxRunner = {
    q,
    async tx(fn) {
      if (!isOpen) throw closedError()
      const c = await pool.connect()
      // Checked out, a client has no pool listener: a connection lost between two statements
      // would be an unhandled 'error'. The statement in flight fails instead; we note it.
      let lost: Error | undefined
      const onError = (err: Error) => {
        lost = err
      }
      c.on('error', onError)
      const release = (err?: Error) => {
        c.removeListener('error', onError)
        c.release(err ?? lost)
      }
      try {
        await c.query('BEGIN')
      } catch (err) {
        release(err instanceof Error ? err : new Error(String(err)))
        throw err
      }
      try {
        const r = await fn(c)
        await c.query('COMMIT')
        release()
        return r
      } catch (err) {
        // After a failed COMMIT the transaction is over already; ROLLBACK then only warns. A
        // ROLLBACK that fails means the connection is gone: it leaves the pool.
        await c.query('ROLLBACK').then(
          () => release(),
          (e: unknown) => release(e instanceof Error ? e : new Error(String(e)))
        )
        if (err instanceof Rollback) return err.value as never
        throw err
      }
    }
  }

  const counters = { deliveries: 0 }
  const recorder = createPgRecorder(db, channel, opts.limits, { onCommitted: () => counters.deliveries++ })

  /** The repositories on a connection: the pool, or one transaction's client. */
  const reposOn = (x: Queryable) => ({
    transfers: transfersRepo(x),
    events: eventsRepo(x),
    deliveries: deliveriesRepo(x),
    sessions: sessionsRepo(x),
    customers: customersRepo(x),
    settings: settingsRepo(x, now),
    audit: auditRepo(x, now),
    downtime: downtimeRepo(x),
    reconcileRuns: reconcileRepo(x),
    shifts: shiftsRepo(x)
  })
  const repos = reposOn(q)

  const ops: Store['ops'] = {
    setSettings: (entries: readonly [key: string, value: unknown][], audit: { actor: string; action: string; detail?: unknown } | null) =>
      db.tx(async (c) => {
        const r = reposOn(c)
        for (const [k, v] of entries) {
          if (v === null) await r.settings.delete(k)
          else await r.settings.set(k, v)
        }
        if (audit) await r.audit.append(audit.actor, audit.action, audit.detail)
      }),
    recordSdkEvent: (a: { sessionId: string; at: number; type: string; payload: unknown; customerKey: string | null; connections: readonly IntegrationAccessToken[]; transferId: string | null }) =>
      db.tx(async (c) => {
        const r = reposOn(c)
        if (a.customerKey) for (const conn of a.connections) await r.customers.saveConnection(a.customerKey, conn, a.at)
        await r.sessions.addSdkEvent(a.sessionId, a.at, a.type, a.payload)
        if (a.transferId) await r.sessions.linkTransfer(a.sessionId, a.transferId, a.at)
      }),
    recordPolledEvent: (e: MeshStatusEvent, at: number, payload: string) => recorder.recordPolled(e, at, payload),
    recordPolledEvents: (items: readonly PolledItem[], at: number) => recorder.recordPolledMany(items, at),
    forgetCustomer: (customerKey: string) =>
      db.tx(async (c) => {
        const r = reposOn(c)
        const removed = await r.customers.forgetConnections(customerKey)
        await r.audit.append('counter', 'customer.connections.forgotten', { removed })
        return removed
      })
  }

  // Answer times: known after each reply, written together a little later (never on the ack path).
  let answers: { id: number; ms: number }[] = []
  let answerTimer: NodeJS.Timeout | null = null
  let answerWrite: Promise<void> = Promise.resolve()
  const flushAnswers = () => {
    if (answerTimer) clearTimeout(answerTimer)
    answerTimer = null
    const rows = answers
    answers = []
    if (rows.length) answerWrite = answerWrite.then(() => writeAnswerTimes(pool, rows).catch(() => {}))
    return answerWrite
  }

  const store: PostgresStore = {
    ...repos,
    ops,
    // In this process: the values themselves (a pool's rows are parsed here in any case).
    views: localViews(repos),
    engine: 'postgres',
    get open() {
      return isOpen
    },
    get lastSeenDeliveryId() {
      return listener?.lastSeenDeliveryId ?? 0
    },
    get listening() {
      return listener?.listening ?? false
    },
    get listenReconnects() {
      return listener?.reconnects ?? 0
    },
    async recordDeliveries(batch: PreparedDelivery[]): Promise<RecordOutcome[]> {
      if (!isOpen) throw closedError()
      return recorder.recordMany(batch)
    },
    recordAnswerTimes(rows: { id: number; ms: number }[]) {
      if (!isOpen || rows.length === 0) return
      for (const r of rows) answers.push(r)
      answerTimer ??= setTimeout(flushAnswers, ANSWER_FLUSH_MS)
    },
    async runExclusive<T>(job: string, fn: () => Promise<T>): Promise<T | undefined> {
      if (!isOpen) throw closedError()
      // A session lock on a connection of its own, held while the job runs; released after.
      const c = await pool.connect()
      try {
        const { rows } = await c.query<{ got: boolean }>({ text: "SELECT pg_try_advisory_lock(hashtext('countertop:' || $1)) AS got", values: [job] })
        if (!rows[0]?.got) return undefined
        try {
          return await fn()
        } finally {
          await c.query({ text: "SELECT pg_advisory_unlock(hashtext('countertop:' || $1))", values: [job] }).catch(() => {})
        }
      } finally {
        c.release()
      }
    },
    // PostgreSQL checks its own pages (checksums, WAL); what we can say is whether it answers.
    integrityCheck: async () => {
      await q.query({ text: 'SELECT 1' })
      return 'ok'
    },
    quickCheck: async () => {
      await q.query({ text: 'SELECT 1' })
      return 'ok'
    },
    // Writes are possible when the server answers and is a primary accepting them (not a hot
    // standby, not default_transaction_read_only): no commit, no fsync.
    probeWrite: async () => {
      const r = await q.query<{ standby: boolean; ro: string }>({
        name: 'store.probe',
        text: `SELECT pg_is_in_recovery() AS standby, current_setting('default_transaction_read_only') AS ro`,
        values: []
      })
      const row = r.rows[0]
      if (row?.standby) throw Object.assign(new Error('The PostgreSQL server is a standby (read-only).'), { code: 'STORE_READ_ONLY' })
      if (row?.ro === 'on') throw Object.assign(new Error('The PostgreSQL database is read-only (default_transaction_read_only).'), { code: 'STORE_READ_ONLY' })
    },
    // No WAL or checkpoints of ours: each delivery is its own transaction (a "group" of one).
    stats: async (): Promise<StoreStats> => ({
      walBytes: 0,
      maxWalBytes: 0,
      groups: counters.deliveries,
      deliveries: counters.deliveries,
      maxGroupSize: counters.deliveries > 0 ? 1 : 0,
      forcedCheckpoints: 0,
      passiveCheckpoints: 0,
      restartCheckpoints: 0,
      truncateCheckpoints: 0,
      checkpointBusy: 0,
      pageSlotsTaken: 0
    }),
    async close() {
      if (!isOpen) return
      await flushAnswers()
      isOpen = false
      await listener?.close()
      await pool.end()
    }
  }
  return store
}
