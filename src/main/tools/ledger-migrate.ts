// `npm run ledger:migrate -- --from DATA_DIR --to postgres://…`: copies a counter's SQLite ledger
// into PostgreSQL (./ledger-migrate-core.ts says how, and what a re-run does). Progress goes to
// stderr, the summary (one line per table) to stdout. Exit codes: 0 done, 1 failed (the reason
// on stderr), 2 bad arguments, 3 done but rows conflicted and --fail-on-conflict was given.
import { parseArgs } from 'node:util'
import { MigrateError, migrateLedger, type MigrateSummary, type Progress } from './ledger-migrate-core'

export interface MigrateCliOptions {
  from: string
  to: string
  schema?: string
  batchSize: number
  upgrade: boolean
  failOnConflict: boolean
}

export type ParsedMigrateArgs = { ok: true; help: true } | { ok: true; help: false; options: MigrateCliOptions } | { ok: false; message: string }

export const MIGRATE_USAGE = `Usage: npm run ledger:migrate -- --from DATA_DIR --to postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
         [--schema NAME] [--batch N] [--upgrade] [--fail-on-conflict]

  --from              the counter's data directory (holding countertop.sqlite), or the ledger file.
                      Stop that counter first: a running Countertop's lock is refused.
  --to                the PostgreSQL database (or env COUNTERTOP_DATABASE_URL). The ledger's tables
                      are created there if missing, as the receivers would create them.
  --schema            keep the ledger in this schema (created if missing); default: the connection's
                      current schema (usually public)
  --batch             rows per INSERT, each its own transaction (default 1000, 1 to 10000)
  --upgrade           a ledger older than schema v4: upgrade it in place first (as starting
                      Countertop would) instead of refusing it
  --fail-on-conflict  exit 3 when a row already in PostgreSQL differs from the SQLite one

Re-running is safe: rows already in PostgreSQL are skipped by primary key; one whose content differs
is kept as PostgreSQL has it and counted as a conflict.`

/** A URL as typed, its password (if any) masked, for messages about a URL that may not parse. */
const hidePassword = (url: string): string => url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@')

/** Accepted as the store accepts it (PostgresStoreOptions.schema). */
const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/

export function parseMigrateArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedMigrateArgs {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        schema: { type: 'string' },
        batch: { type: 'string' },
        upgrade: { type: 'boolean' },
        'fail-on-conflict': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) }
  }
  if (values.help) return { ok: true, help: true }
  const str = (k: string): string | undefined => (typeof values[k] === 'string' && values[k] !== '' ? (values[k] as string) : undefined)

  const from = str('from')
  if (from === undefined) return { ok: false, message: '--from is required: the data directory of the counter whose ledger to copy' }

  const to = str('to') ?? (env.COUNTERTOP_DATABASE_URL || undefined)
  if (to === undefined) return { ok: false, message: '--to is required (or set COUNTERTOP_DATABASE_URL): postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE' }
  let url: URL
  try {
    url = new URL(to)
  } catch {
    return { ok: false, message: `--to is not a URL: "${hidePassword(to)}"; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` }
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { ok: false, message: `--to must be a postgres:// (or postgresql://) URL; got ${url.protocol}// in "${hidePassword(to)}"` }
  }

  const options: MigrateCliOptions = { from, to, batchSize: 1000, upgrade: values.upgrade === true, failOnConflict: values['fail-on-conflict'] === true }
  const schema = str('schema')
  if (schema !== undefined) {
    if (!SCHEMA.test(schema)) return { ok: false, message: `--schema must be a plain lower-case name (letters, digits, _; not starting with a digit); got "${schema}"` }
    options.schema = schema
  }
  const batch = str('batch')
  if (batch !== undefined) {
    const n = /^\d+$/.test(batch) ? Number(batch) : NaN
    if (!(n >= 1 && n <= 10_000)) return { ok: false, message: `--batch must be a whole number from 1 to 10000; got "${batch}"` }
    options.batchSize = n
  }
  return { ok: true, help: false, options }
}

export function formatProgress(p: Progress): string {
  return `${p.table} ${p.done}/${p.total}${p.conflicts ? ` (${p.conflicts} conflicts)` : ''}`
}

const rate = (rows: number, ms: number) => (ms > 0 ? Math.round((rows * 1000) / ms).toLocaleString('en-US') : '–')

/** The closing lines: a header, one line per table, a total. */
export function formatSummary(s: MigrateSummary): string[] {
  const w = Math.max(...s.tables.map((t) => t.table.length), 'total'.length)
  const pad = (n: number, width = 7) => String(n).padStart(width)
  const line = (name: string, t: { total: number; copied: number; present: number; conflicts: number }) =>
    `  ${name.padEnd(w)} ${pad(t.total)} rows ${pad(t.copied)} copied ${pad(t.present)} already there ${pad(t.conflicts, 4)} conflicts`
  const sum = s.tables.reduce((a, t) => ({ total: a.total + t.total, copied: a.copied + t.copied, present: a.present + t.present, conflicts: a.conflicts + t.conflicts }), {
    total: 0,
    copied: 0,
    present: 0,
    conflicts: 0
  })
  return [
    `ledger:migrate: ${s.source} (SQLite schema v${s.sqliteVersion}${s.upgradedFrom !== null ? `, upgraded from v${s.upgradedFrom}` : ''}) → ${s.target} (schema ${s.schema})`,
    ...s.tables.map((t) => line(t.table, t)),
    `${line('total', sum)} in ${(s.ms / 1000).toFixed(1)} s (${rate(sum.total, s.ms)} rows/s)`
  ]
}

export interface CliIo {
  out: (s: string) => void
  err: (s: string) => void
  /** stderr is a terminal: progress is redrawn in place. */
  tty: boolean
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: CliIo): Promise<number> {
  const parsed = parseMigrateArgs(argv, env)
  if (!parsed.ok) {
    io.err(`ledger:migrate: ${parsed.message}\n\n${MIGRATE_USAGE}\n`)
    return 2
  }
  if (parsed.help) {
    io.out(`${MIGRATE_USAGE}\n`)
    return 0
  }
  const o = parsed.options
  let last = 0
  const progress = (p: Progress) => {
    const now = Date.now()
    const final = p.done === p.total
    if (io.tty) {
      io.err(`\rledger:migrate: ${formatProgress(p)}\x1b[K${final ? '\n' : ''}`)
      return
    }
    // A line for a table's first batch, its last, and at most one a quarter second between.
    if (p.done === 0 && p.total > 0) return
    if (final || p.done <= o.batchSize || now - last >= 250) {
      io.err(`ledger:migrate: ${formatProgress(p)}\n`)
      last = now
    }
  }
  try {
    const s = await migrateLedger({
      from: o.from,
      to: o.to,
      schema: o.schema,
      batchSize: o.batchSize,
      upgrade: o.upgrade,
      onProgress: progress,
      log: (m) => io.err(`ledger:migrate: ${m}\n`)
    })
    const conflicted = s.tables.filter((t) => t.conflicts > 0)
    for (const t of conflicted) {
      io.err(
        `ledger:migrate: warning: ${t.table}: ${t.conflicts} row${t.conflicts > 1 ? 's' : ''} already in PostgreSQL with other content (or another unique key taken); ` +
          `PostgreSQL's kept. First: ${t.conflictKeys.map((k) => JSON.stringify(k)).join(', ')}\n`
      )
    }
    io.out(`${formatSummary(s).join('\n')}\n`)
    return conflicted.length > 0 && o.failOnConflict ? 3 : 0
  } catch (err) {
    if (io.tty) io.err('\n')
    if (err instanceof MigrateError) io.err(`ledger:migrate: ${err.message}\n`)
    else io.err(`ledger:migrate: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    return 1
  }
}

// Run only as the entry (out/main/ledger-migrate.js), not when a test imports the parser.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main(process.argv.slice(2), process.env, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    tty: process.stderr.isTTY === true
  }).then(
    (code) => {
      process.exitCode = code
    },
    (err: unknown) => {
      process.stderr.write(`ledger:migrate: failed: ${String(err)}\n`)
      process.exitCode = 1
    }
  )
}
