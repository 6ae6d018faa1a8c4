// Looking into a ledger file from outside, as another process would: a read-only connection of
// its own (the app's connections live on the store's threads).
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { migrations } from '../../src/main/core/store/migrations'

export function queryLedger<T = unknown>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'countertop.sqlite'), { readonly: true, fileMustExist: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

/**
 * A new ledger file at an old schema version, as that version's Countertop left it: WAL mode and
 * the migrations as shipped up to `version` (each one's user_version). The caller writes its
 * rows with the returned connection, then closes it and opens the file with today's code.
 */
export function sqliteLedgerAt(file: string, version: number): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  for (const m of migrations.filter((m) => m.version <= version)) {
    db.exec(m.sql)
    db.pragma(`user_version = ${m.version}`)
  }
  return db
}
