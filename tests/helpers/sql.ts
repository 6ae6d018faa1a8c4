// Looking into a ledger file from outside, as another process would: a read-only connection of
// its own (the app's connections live on the store's threads).
import Database from 'better-sqlite3'
import { join } from 'node:path'

export function queryLedger<T = unknown>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'countertop.sqlite'), { readonly: true, fileMustExist: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}
