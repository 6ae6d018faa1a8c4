// Copying a counter's SQLite ledger into PostgreSQL (`npm run ledger:migrate`, ./ledger-migrate.ts).
//
//  - The SQLite file is read read-only with better-sqlite3, every table inside one read
//    transaction: one consistent snapshot even if something writes meanwhile.
//  - The PostgreSQL schema is created by opening the engine (openPostgresStore runs its
//    migrations under their advisory lock); the copy then runs on one plain `pg` client.
//  - Rows keep their primary keys (delivery, SDK event, audit … ids included). Each batch is
//    one INSERT … ON CONFLICT statement, i.e. one transaction: a row whose primary key is already
//    in PostgreSQL is never touched. If its content is the same it counts as "already there";
//    if it differs, PostgreSQL's row is kept and counted as a conflict (its key is named). A row
//    whose primary key is free but another unique key (a sale's TransactionId, a customer's
//    userId, the one open downtime window per kind, the one open shift) is taken is a conflict
//    too. The one exception: the placeholder row PostgreSQL's own migration seeds (settings
//    'heartbeat' = null at time 0) is replaced by the SQLite value.
//  - So a second run adds nothing and changes nothing, and a run interrupted half-way is
//    finished by running it again.
//  - Sequences (BIGSERIAL ids) are moved past the highest id of both ledgers before the copy and
//    again after it, never backwards: a receiver writing meanwhile gets ids above the copied ones.
import Database from 'better-sqlite3'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import pg from 'pg'
import { openLedger } from '../core/store/sqlite/ledger'
import { migrations } from '../core/store/migrations'
import { openPostgresStore } from '../core/store/postgres'
import { pgTypes } from '../core/store/postgres/sql'

export const LEDGER_FILE = 'countertop.sqlite'
export const LOCK_FILE = 'countertop.lock'
/** The oldest SQLite schema the copy reads: v4 has the tables and columns PostgreSQL's v1 mirrors. */
export const MIN_SQLITE_VERSION = 4
export const LATEST_SQLITE_VERSION = migrations[migrations.length - 1]!.version

/**
 * Every ledger table, in an order that satisfies the foreign keys (a sale before its SDK events,
 * a customer before its connections). `seed`: a PostgreSQL row (alias t) that its migration
 * inserted as a placeholder and the SQLite row replaces. `since`: the SQLite schema version that
 * added the table after MIN_SQLITE_VERSION; an older ledger has none of its rows to copy.
 */
export const TABLES: readonly { name: string; seed?: string; since?: number }[] = [
  { name: 'transfers' },
  { name: 'webhook_events' },
  { name: 'deliveries' },
  { name: 'link_sessions' },
  { name: 'sdk_events' },
  { name: 'customers' },
  { name: 'customer_connections' },
  { name: 'settings', seed: `t.key = 'heartbeat' AND t.value = 'null' AND t.updated_at = 0` },
  { name: 'audit_log' },
  { name: 'downtime' },
  { name: 'reconcile_runs' },
  { name: 'shifts', since: 7 }
]

/**
 * Columns a ledger older than its table's newest SQLite schema lacks, and what to copy in their
 * place: before v6 a sale sent amountInFiat = amount whatever the currency, so that is the USD it
 * charged (the v6 migration writes the same). Columns not listed stay NULL in PostgreSQL.
 */
export const DERIVED_COLUMNS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  link_sessions: { usd_amount: 'amount' }
}

/**
 * SQLite's own keys, which PostgreSQL does without (it indexes by TransferId): not copied.
 * Schema v9's integer transfer keys (see migrations.ts).
 */
export const SQLITE_ONLY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  transfers: ['seq'],
  webhook_events: ['transfer_seq'],
  deliveries: ['transfer_seq']
}

export type MigrateErrorCode =
  | 'LEDGER_MISSING'
  | 'NOT_A_LEDGER'
  | 'LEDGER_TOO_OLD'
  | 'LEDGER_TOO_NEW'
  | 'LEDGER_LOCKED'
  | 'LEDGER_UNREADABLE'
  | 'PG_UNREACHABLE'
  | 'PG_REFUSED'
  | 'SCHEMA_MISMATCH'
  | 'COPY_FAILED'

/** A failure the user can act on: the message says what happened and what to do. */
export class MigrateError extends Error {
  constructor(
    readonly code: MigrateErrorCode,
    message: string,
    cause?: unknown
  ) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'MigrateError'
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(unparseable URL)'
  }
}

/** Whether a process with this PID exists here (EPERM: it does, and belongs to someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The lock a running Countertop keeps in its data directory: JSON {pid, hostname, startedAt}
 * (src/main/host/datadir.ts), or a bare PID. null when there is none or its process is gone;
 * 'unreadable' when it exists but says nothing we can use.
 */
export function lockHolder(dataDir: string): { pid: number; host: string | null } | 'unreadable' | null {
  const file = join(dataDir, LOCK_FILE)
  let text: string
  try {
    text = readFileSync(file, 'utf8').trim()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    return 'unreadable'
  }
  let pid: number | undefined
  let host: string | null = null
  if (/^\d+$/.test(text)) pid = Number(text)
  else {
    try {
      const v = JSON.parse(text) as { pid?: unknown; hostname?: unknown }
      if (typeof v.pid === 'number') pid = v.pid
      if (typeof v.hostname === 'string' && v.hostname) host = v.hostname
    } catch {
      /* not JSON */
    }
  }
  if (pid === undefined || !Number.isSafeInteger(pid) || pid <= 0) return 'unreadable'
  // On another machine (a shared disk) we cannot tell whether it runs: held.
  if (host !== null && host !== hostname()) return { pid, host }
  return processAlive(pid) ? { pid, host: null } : null
}

export interface LedgerLocation {
  /** The data directory (where the lock lives). */
  dir: string
  file: string
}

/** --from is the data directory (or, accepted too, the ledger file itself). */
export function locateLedger(from: string): LedgerLocation {
  let st
  try {
    st = statSync(from)
  } catch {
    throw new MigrateError('LEDGER_MISSING', `There is no data directory ${from}. Give --from the Countertop data directory (the one holding ${LEDGER_FILE}).`)
  }
  if (st.isFile()) return { dir: dirname(from), file: from }
  const file = join(from, LEDGER_FILE)
  if (!existsSync(file)) throw new MigrateError('LEDGER_MISSING', `There is no ledger in ${from}: ${LEDGER_FILE} is missing. Give --from the Countertop data directory (the one holding ${LEDGER_FILE}).`)
  return { dir: from, file }
}

/** Refuses a ledger that a running Countertop holds (its lock file names a live PID). */
export function assertNotHeld(loc: LedgerLocation, warn: (m: string) => void = () => {}): void {
  const h = lockHolder(loc.dir)
  if (h === 'unreadable') {
    warn(`${join(loc.dir, LOCK_FILE)} exists but names no process; assuming no Countertop is running on this data directory`)
    return
  }
  if (h) {
    const where = h.host ? ` on ${h.host}` : ''
    throw new MigrateError(
      'LEDGER_LOCKED',
      `A running Countertop (PID ${h.pid}${where}) holds the ledger in ${loc.dir} (${LOCK_FILE}). Stop it first, then run the migration again` +
        ` (if PID ${h.pid} is not Countertop, delete ${join(loc.dir, LOCK_FILE)}).`
    )
  }
}

/** Opens the ledger read-only and checks that it is a Countertop ledger this tool can copy. */
export function openSource(file: string, opts: { upgrade?: boolean; log?: (m: string) => void } = {}): { db: Database.Database; version: number; upgradedFrom: number | null } {
  const open = () => {
    let db: Database.Database
    try {
      db = new Database(file, { readonly: true, fileMustExist: true })
      db.pragma('busy_timeout = 5000')
    } catch (err) {
      throw new MigrateError('LEDGER_UNREADABLE', `Cannot open ${file}: ${(err as Error).message}.`, err)
    }
    try {
      const version = db.pragma('user_version', { simple: true }) as number
      const tables = new Set(db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => r.name))
      return { db, version, tables }
    } catch (err) {
      db.close()
      const code = (err as { code?: string }).code ?? ''
      if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) throw new MigrateError('NOT_A_LEDGER', `${file} is not a Countertop ledger: it is not a SQLite database (${(err as Error).message}).`, err)
      throw new MigrateError('LEDGER_UNREADABLE', `Cannot read ${file}: ${(err as Error).message}.`, err)
    }
  }
  let s = open()
  if (!s.tables.has('transfers') || !s.tables.has('deliveries') || s.version < 1) {
    s.db.close()
    throw new MigrateError('NOT_A_LEDGER', `${file} is a SQLite database but not a Countertop ledger (no Countertop tables, schema version ${s.version}).`)
  }
  if (s.version > LATEST_SQLITE_VERSION) {
    s.db.close()
    throw new MigrateError('LEDGER_TOO_NEW', `${file} has ledger schema v${s.version}, newer than this Countertop knows (v${LATEST_SQLITE_VERSION}); update Countertop and run the migration with it.`)
  }
  let upgradedFrom: number | null = null
  if (s.version < MIN_SQLITE_VERSION) {
    s.db.close()
    if (!opts.upgrade) {
      throw new MigrateError(
        'LEDGER_TOO_OLD',
        `${file} has ledger schema v${s.version}; the migration reads v${MIN_SQLITE_VERSION} or later. Start this Countertop once on that data directory ` +
          `(it upgrades the ledger at start), stop it, and run the migration again — or add --upgrade to let the migration upgrade it in place first.`
      )
    }
    opts.log?.(`upgrading ${basename(file)} from schema v${s.version} to v${LATEST_SQLITE_VERSION} in place (what starting Countertop does)`)
    upgradedFrom = s.version
    try {
      openLedger({ file }).close()
    } catch (err) {
      throw new MigrateError('LEDGER_UNREADABLE', `Could not upgrade ${file}: ${(err as Error).message}`, err)
    }
    s = open()
  }
  const missing = TABLES.filter((t) => !s.tables.has(t.name) && (t.since ?? 0) <= s.version).map((t) => t.name)
  if (missing.length) {
    s.db.close()
    throw new MigrateError('NOT_A_LEDGER', `${file} (schema v${s.version}) lacks the ledger table${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: not a complete Countertop ledger.`)
  }
  return { db: s.db, version: s.version, upgradedFrom }
}

/** What PostgreSQL said, as a message the user can act on. */
export function describePgError(err: unknown, url: string): MigrateError {
  if (err instanceof MigrateError) return err
  const e = err as Error & { code?: string; detail?: string }
  const where = redactUrl(url)
  const msg = e?.message ?? String(err)
  switch (e?.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new MigrateError('PG_UNREACHABLE', `Cannot reach PostgreSQL at ${where}: ${msg} (${e.code}). Is the server running, and are the host and port right?`, err)
    case '28P01':
    case '28000':
      return new MigrateError('PG_REFUSED', `PostgreSQL refused the login at ${where}: ${msg}. Check the user name and password in the URL.`, err)
    case '3D000':
      return new MigrateError('PG_REFUSED', `PostgreSQL at ${where}: ${msg}. Create the database first (createdb), then run the migration again.`, err)
    case '42501':
      return new MigrateError('PG_REFUSED', `PostgreSQL at ${where}: ${msg}. The user needs the right to create tables in the ledger's schema.`, err)
    case 'STORE_SCHEMA_NEWER':
      return new MigrateError('SCHEMA_MISMATCH', msg, err)
  }
  if (/timeout/i.test(msg) && !e?.code) return new MigrateError('PG_UNREACHABLE', `Cannot reach PostgreSQL at ${where}: ${msg}.`, err)
  return new MigrateError('COPY_FAILED', `PostgreSQL at ${where}: ${msg}${e?.detail ? ` (${e.detail})` : ''}`, err)
}

export interface TableResult {
  table: string
  /** Rows in the SQLite ledger. */
  total: number
  /** Inserted into PostgreSQL by this run. */
  copied: number
  /** Already in PostgreSQL with the same content. */
  present: number
  /** In PostgreSQL with other content (PostgreSQL's kept), or blocked by another unique key. */
  conflicts: number
  /** The first few conflicting primary keys. */
  conflictKeys: unknown[]
  ms: number
}

export interface Progress {
  table: string
  done: number
  total: number
  copied: number
  present: number
  conflicts: number
}

export interface MigrateOptions {
  /** The data directory (or the ledger file). */
  from: string
  /** postgres://… */
  to: string
  /** The PostgreSQL schema to keep the ledger in; default: the connection's current one. */
  schema?: string
  /** Rows per INSERT (one transaction each). Default 1000. */
  batchSize?: number
  /** Upgrade an older SQLite ledger in place (openLedger) instead of refusing it. */
  upgrade?: boolean
  onProgress?: (p: Progress) => void
  /** Lines worth telling the user (stderr). */
  log?: (message: string) => void
}

export interface MigrateSummary {
  source: string
  sqliteVersion: number
  upgradedFrom: number | null
  target: string
  schema: string
  tables: TableResult[]
  /** Sequences moved: table → new last value. */
  sequences: Record<string, number>
  ms: number
}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`

/** A SQLite value as JSON that json_populate_recordset reads back exactly. */
function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()
  if (Buffer.isBuffer(v)) return `\\x${v.toString('hex')}`
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity'
  return v
}

interface PgTable {
  columns: string[]
  key: string[]
  /** The BIGSERIAL column and its sequence, if any. */
  serial: { column: string; sequence: string } | null
}

async function describePgTable(c: pg.Client, table: string): Promise<PgTable | null> {
  const rel = await c.query<{ oid: string | null }>(`SELECT to_regclass(quote_ident(current_schema()) || '.' || quote_ident($1))::oid::text AS oid`, [table])
  const oid = rel.rows[0]?.oid
  if (!oid) return null
  const cols = await c.query<{ name: string; serial: string | null }>(
    `SELECT a.attname AS name, pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident($2), a.attname) AS serial
       FROM pg_attribute a WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [oid, table]
  )
  const key = await c.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::oid AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [oid]
  )
  const serial = cols.rows.find((r) => r.serial)
  return { columns: cols.rows.map((r) => r.name), key: key.rows.map((r) => r.name), serial: serial ? { column: serial.name, sequence: serial.serial! } : null }
}

/**
 * One batch as one statement: insert what is missing, and in the same snapshot tell apart the
 * rows already there (same content) from the conflicting ones.
 */
function batchSql(table: string, columns: string[], key: string[], seed: string | undefined): string {
  const cols = columns.map(q).join(', ')
  const keyCols = key.map(q).join(', ')
  const on = (a: string, b: string) => key.map((k) => `${a}.${q(k)} = ${b}.${q(k)}`).join(' AND ')
  const row = (alias: string) => `ROW(${columns.map((c) => `${alias}.${q(c)}`).join(', ')})`
  const conflict = seed
    ? `ON CONFLICT (${keyCols}) DO UPDATE SET ${columns
        .filter((c) => !key.includes(c))
        .map((c) => `${q(c)} = EXCLUDED.${q(c)}`)
        .join(', ')} WHERE ${seed}`
    : 'ON CONFLICT DO NOTHING'
  const keyJson = `json_build_array(${key.map((k) => `s.${q(k)}`).join(', ')})`
  return `WITH src AS (SELECT ${cols} FROM json_populate_recordset(NULL::${q(table)}, $1::json)),
    ins AS (INSERT INTO ${q(table)} AS t (${cols}) SELECT ${cols} FROM src ${conflict} RETURNING ${key.map((k) => `t.${q(k)}`).join(', ')}),
    differs AS (SELECT ${keyJson} AS k FROM src s JOIN ${q(table)} t ON ${on('t', 's')}
                 WHERE ${row('s')} IS DISTINCT FROM ${row('t')}${seed ? ` AND NOT (${seed})` : ''}),
    blocked AS (SELECT ${keyJson} AS k FROM src s
                 WHERE NOT EXISTS (SELECT 1 FROM ${q(table)} t WHERE ${on('t', 's')}) AND NOT EXISTS (SELECT 1 FROM ins t WHERE ${on('t', 's')}))
    SELECT (SELECT count(*) FROM ins)::int AS inserted,
           ((SELECT count(*) FROM differs) + (SELECT count(*) FROM blocked))::int AS conflicts,
           (SELECT json_agg(k) FROM (SELECT k FROM differs UNION ALL SELECT k FROM blocked LIMIT 5) x) AS keys`
}

/** Moves a sequence past `atLeast` and the table's highest id; never backwards. Returns the new last value, or null when unchanged. */
async function moveSequence(c: pg.Client, table: string, serial: { column: string; sequence: string }, atLeast: number): Promise<number | null> {
  const r = await c.query<{ target: number; current: number | null }>(
    `SELECT GREATEST($1::bigint, (SELECT coalesce(max(${q(serial.column)}), 0) FROM ${q(table)}))::bigint AS target, pg_sequence_last_value($2::regclass) AS current`,
    [atLeast, serial.sequence]
  )
  const { target, current } = r.rows[0]!
  if (target < 1 || target <= (current ?? 0)) return null
  await c.query('SELECT setval($1::regclass, $2::bigint, true)', [serial.sequence, target])
  return target
}

/** Copies the ledger in `opts.from` into the PostgreSQL at `opts.to`. Throws a MigrateError. */
export async function migrateLedger(opts: MigrateOptions): Promise<MigrateSummary> {
  const t0 = performance.now()
  const log = opts.log ?? (() => {})
  const batchSize = opts.batchSize ?? 1000
  const loc = locateLedger(opts.from)
  assertNotHeld(loc, (m) => log(`warning: ${m}`))
  const source = openSource(loc.file, { upgrade: opts.upgrade, log })
  const sdb = source.db
  try {
    // Counts and rows from one snapshot: a read transaction held for the whole copy.
    sdb.exec('BEGIN')
    const sqliteCols = new Map<string, string[]>()
    const totals = new Map<string, number>()
    const maxIds = new Map<string, number>()
    // A table newer than the ledger's schema (openSource checked the rest): nothing of it to copy.
    const hasTable = sdb.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?`)
    const absent = new Set(TABLES.filter((t) => hasTable.get(t.name)!.n === 0).map((t) => t.name))
    for (const t of TABLES) {
      if (absent.has(t.name)) {
        sqliteCols.set(t.name, [])
        totals.set(t.name, 0)
        continue
      }
      sqliteCols.set(
        t.name,
        sdb
          .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
          .all(t.name)
          .map((r) => r.name)
          .filter((c) => !SQLITE_ONLY_COLUMNS[t.name]?.includes(c))
      )
      totals.set(t.name, sdb.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${q(t.name)}`).get()!.n)
    }
    const grand = [...totals.values()].reduce((a, b) => a + b, 0)
    log(`reading ${loc.file} (schema v${source.version}, ${grand.toLocaleString('en-US')} rows in ${TABLES.length} tables)`)

    // The schema, by the engine's own migrations.
    try {
      const store = await openPostgresStore({ url: opts.to, schema: opts.schema, poolSize: 1, applicationName: 'countertop-ledger-migrate' })
      await store.close()
    } catch (err) {
      throw describePgError(err, opts.to)
    }
    const c = new pg.Client({
      connectionString: opts.to,
      types: pgTypes,
      application_name: 'countertop-ledger-migrate',
      connectionTimeoutMillis: 10_000,
      statement_timeout: 300_000,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {})
    })
    c.on('error', () => {}) // a lost connection fails the statement in flight
    try {
      await c.connect()
    } catch (err) {
      throw describePgError(err, opts.to)
    }
    try {
      const schema = (await c.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s
      log(`PostgreSQL ledger schema ready: ${redactUrl(opts.to)} (schema ${schema})`)
      const pgTables = new Map<string, PgTable>()
      for (const t of TABLES) {
        const d = await describePgTable(c, t.name)
        if (!d) throw new MigrateError('SCHEMA_MISMATCH', `The PostgreSQL ledger (schema ${schema}) has no table ${t.name}; this Countertop's engines disagree. Update Countertop.`)
        const lacking = sqliteCols.get(t.name)!.filter((col) => !d.columns.includes(col))
        if (lacking.length) throw new MigrateError('SCHEMA_MISMATCH', `The PostgreSQL table ${t.name} lacks the column${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')} the SQLite ledger has; update Countertop.`)
        if (d.key.length === 0) throw new MigrateError('SCHEMA_MISMATCH', `The PostgreSQL table ${t.name} has no primary key.`)
        pgTables.set(t.name, d)
        if (d.serial && !absent.has(t.name)) maxIds.set(t.name, Number(sdb.prepare<[], { m: number | null }>(`SELECT max(${q(d.serial.column)}) AS m FROM ${q(t.name)}`).get()!.m ?? 0))
      }

      // Sequences first: anything writing meanwhile gets ids above the ones being copied.
      const sequences: Record<string, number> = {}
      const moveAll = async () => {
        for (const [name, d] of pgTables) {
          if (!d.serial) continue
          const moved = await moveSequence(c, name, d.serial, maxIds.get(name) ?? 0)
          if (moved !== null) sequences[name] = moved
        }
      }
      await moveAll()

      const results: TableResult[] = []
      for (const t of TABLES) {
        const tt = performance.now()
        const d = pgTables.get(t.name)!
        const own = sqliteCols.get(t.name)!
        const derived = Object.entries(DERIVED_COLUMNS[t.name] ?? {}).filter(([col, from]) => !own.includes(col) && own.includes(from) && d.columns.includes(col))
        const columns = [...own, ...derived.map(([col]) => col)]
        const select = [...own.map(q), ...derived.map(([col, from]) => `${q(from)} AS ${q(col)}`)].join(', ')
        const total = totals.get(t.name)!
        const sql = batchSql(t.name, columns, d.key, t.seed)
        const res: TableResult = { table: t.name, total, copied: 0, present: 0, conflicts: 0, conflictKeys: [], ms: 0 }
        const report = (done: number) => opts.onProgress?.({ table: t.name, done, total, copied: res.copied, present: res.present, conflicts: res.conflicts })
        report(0)
        if (absent.has(t.name)) {
          results.push(res)
          continue
        }
        const stmt = sdb.prepare(`SELECT ${select} FROM ${q(t.name)} ORDER BY ${d.key.map(q).join(', ')}`).safeIntegers(true)
        let batch: Record<string, unknown>[] = []
        let done = 0
        const flush = async () => {
          if (batch.length === 0) return
          let r
          try {
            r = (await c.query<{ inserted: number; conflicts: number; keys: unknown[] | null }>({ text: sql, values: [JSON.stringify(batch)] })).rows[0]!
          } catch (err) {
            const first = batch[0]!
            const e = describePgError(err, opts.to)
            throw new MigrateError(e.code, `Copying ${t.name} (the batch from ${d.key.map((k) => `${k} ${String(first[k])}`).join(', ')}) failed: ${e.message}`, err)
          }
          res.copied += r.inserted
          res.conflicts += r.conflicts
          res.present += batch.length - r.inserted - r.conflicts
          for (const k of r.keys ?? []) if (res.conflictKeys.length < 5) res.conflictKeys.push(Array.isArray(k) && k.length === 1 ? k[0] : k)
          done += batch.length
          batch = []
          report(done)
        }
        for (const raw of stmt.iterate() as Iterable<Record<string, unknown>>) {
          const row: Record<string, unknown> = {}
          for (const col of columns) row[col] = jsonValue(raw[col])
          batch.push(row)
          if (batch.length >= batchSize) await flush()
        }
        await flush()
        res.ms = performance.now() - tt
        results.push(res)
      }
      await moveAll()
      return {
        source: loc.file,
        sqliteVersion: source.version,
        upgradedFrom: source.upgradedFrom,
        target: redactUrl(opts.to),
        schema,
        tables: results,
        sequences,
        ms: performance.now() - t0
      }
    } finally {
      await c.end().catch(() => {})
    }
  } finally {
    if (sdb.inTransaction) sdb.exec('COMMIT')
    sdb.close()
  }
}
