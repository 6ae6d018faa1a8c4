import Database from 'better-sqlite3'
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { migrations } from './migrations'

export type Db = Database.Database

export interface OpenOptions {
  /** Path of the SQLite file; ':memory:' is allowed for pure unit tests. */
  file: string
  /**
   * FULL (default) fsyncs the WAL on every commit, so an acknowledged webhook survives a
   * power loss or OS crash, not only a process crash. See docs/ARCHITECTURE.md.
   */
  synchronous?: 'FULL' | 'NORMAL'
  /** Path of a better_sqlite3.node built for another ABI (Electron); default: the Node build. */
  nativeBinding?: string
  /** A read-only connection (the console's reader thread): no pragmas that write, no migrations. */
  readonly?: boolean
  /**
   * WAL pages after which a commit runs a checkpoint itself. 0 (the writer thread's setting)
   * = never: checkpoints run on the checkpointer thread, off the ack path.
   */
  walAutocheckpoint?: number
  /**
   * Run `PRAGMA quick_check` before the migrations (the writer, once at start): a damaged ledger
   * is refused with a LedgerOpenError that names the file and says what to do.
   */
  quickCheck?: boolean
}

/** The ledger could not be opened: `code` says why (LEDGER_DAMAGED, LEDGER_UNWRITABLE, LEDGER_UNREADABLE). */
export class LedgerOpenError extends Error {
  constructor(
    readonly code: 'LEDGER_DAMAGED' | 'LEDGER_UNWRITABLE' | 'LEDGER_UNREADABLE',
    message: string,
    readonly file: string
  ) {
    super(message)
    this.name = 'LedgerOpenError'
  }
}

const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/
const UNWRITABLE = /^SQLITE_(READONLY|CANTOPEN|PERM|FULL|IOERR)|^E(ACCES|PERM|ROFS|NOSPC|DQUOT)$/

/** What to do about a damaged ledger: keep it, restore a backup or salvage it, and start again. */
function damagedAdvice(file: string): string {
  const name = basename(file)
  return (
    `Countertop will not start on a damaged ledger, so nothing more is lost. Stop here and keep a copy of ${name} ` +
    `(and ${name}-wal if it exists). Then restore the ledger from your backup, or salvage what is readable with ` +
    `\`sqlite3 ${name} .recover | sqlite3 recovered.sqlite\` and put recovered.sqlite in its place; ` +
    `moving the damaged file aside starts an empty ledger at the next start.`
  )
}

/** An open failure said with the file, the cause and what to do. */
export function ledgerOpenError(file: string, err: unknown): Error {
  if (err instanceof LedgerOpenError) return err
  const e = err as Error & { code?: string }
  const code = typeof e?.code === 'string' ? e.code : ''
  const cause = code ? `${e.message} (${code})` : (e?.message ?? String(err))
  if (DAMAGED.test(code)) return new LedgerOpenError('LEDGER_DAMAGED', `The ledger ${file} is damaged: ${cause}. ${damagedAdvice(file)}`, file)
  if (UNWRITABLE.test(code)) {
    return new LedgerOpenError(
      'LEDGER_UNWRITABLE',
      `Cannot open the ledger ${file} for writing: ${cause}. Its directory ${dirname(file)} and the file itself must be writable by this user (SQLite creates ${basename(file)}-wal and -shm beside it), and the disk must have free space.`,
      file
    )
  }
  return new LedgerOpenError('LEDGER_UNREADABLE', `Cannot open the ledger ${file}: ${cause}.`, file)
}

/**
 * The ledger's files readable by this user only (they hold the PIN hash and every payment): the
 * database is created 0600 before SQLite opens it, so the -wal and -shm files SQLite makes next
 * to it get the same mode; files left 0644 by an older version are tightened.
 */
export function makeLedgerFilesPrivate(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600))
  if (process.platform === 'win32') return
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((statSync(f).mode & 0o077) !== 0) chmodSync(f, 0o600)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
  }
}

/** quick_check's first findings, or null when the file is sound. */
export function quickCheckProblems(db: Db): string | null {
  const rows = db.pragma('quick_check(10)') as { quick_check: string }[]
  const found = rows.map((r) => r.quick_check).filter((m) => m !== 'ok')
  return found.length ? found.join('; ') : null
}

/** Opens the ledger database, applies the pragmas and runs pending migrations. */
export function openDatabase(opts: OpenOptions): Db {
  if (opts.readonly) {
    let db: Db
    try {
      db = new Database(opts.file, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) })
      db.pragma('busy_timeout = 5000')
    } catch (err) {
      throw ledgerOpenError(opts.file, err)
    }
    return db
  }
  let db: Db
  try {
    if (opts.file !== ':memory:') {
      mkdirSync(dirname(opts.file), { recursive: true, mode: 0o700 })
      makeLedgerFilesPrivate(opts.file)
    }
    db = new Database(opts.file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : undefined)
  } catch (err) {
    throw ledgerOpenError(opts.file, err)
  }
  try {
    db.pragma('journal_mode = WAL')
    db.pragma(`synchronous = ${opts.synchronous ?? 'FULL'}`)
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // Savepoint sub-journals (one per delivery in a group commit) in memory, not in a temp file:
    // a file costs ~60 KiB of write() calls per delivery. Not needed after a crash either way.
    db.pragma('temp_store = MEMORY')
    db.pragma(`wal_autocheckpoint = ${opts.walAutocheckpoint ?? 1000}`)
    if (opts.quickCheck) {
      const problems = quickCheckProblems(db)
      if (problems) throw new LedgerOpenError('LEDGER_DAMAGED', `The ledger ${opts.file} is damaged (PRAGMA quick_check: ${problems.slice(0, 600)}). ${damagedAdvice(opts.file)}`, opts.file)
    }
    migrate(db)
  } catch (err) {
    db.close()
    throw ledgerOpenError(opts.file, err)
  }
  return db
}

/** Applies every migration whose number is above PRAGMA user_version, each in its own transaction. */
export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number
  let applied = 0
  for (const m of migrations) {
    if (m.version <= current) continue
    db.transaction(() => {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    })()
    applied++
  }
  return applied
}
