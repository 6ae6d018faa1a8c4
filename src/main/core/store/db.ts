import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
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
}

/** Opens the ledger database, applies the pragmas and runs pending migrations. */
export function openDatabase(opts: OpenOptions): Db {
  if (opts.readonly) {
    const db = new Database(opts.file, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) })
    db.pragma('busy_timeout = 5000')
    return db
  }
  if (opts.file !== ':memory:') mkdirSync(dirname(opts.file), { recursive: true })
  const db = new Database(opts.file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : undefined)
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${opts.synchronous ?? 'FULL'}`)
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // Savepoint sub-journals (one per delivery in a group commit) in memory, not in a temp file:
  // a file costs ~60 KiB of write() calls per delivery. Not needed after a crash either way.
  db.pragma('temp_store = MEMORY')
  db.pragma(`wal_autocheckpoint = ${opts.walAutocheckpoint ?? 1000}`)
  migrate(db)
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
