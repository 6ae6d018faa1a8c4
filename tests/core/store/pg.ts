// Real PostgreSQL for the store tests: COUNTERTOP_TEST_DATABASE_URL names a server where we may
// create databases (.ci/run starts a throwaway cluster and exports it). Each test file gets a
// database of its own — with ICU's English collation where the server has ICU, so that a text
// comparison we forgot to make byte-ordered (COLLATE "C", as SQLite compares) orders 'a' before
// 'B' and fails a test — and each test a fresh schema in it.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const PG_URL = process.env.COUNTERTOP_TEST_DATABASE_URL || undefined

export const PG_SKIPPED =
  'PostgreSQL cases SKIPPED: COUNTERTOP_TEST_DATABASE_URL is not set (.ci/run starts a throwaway cluster and sets it; see tests/core/store/pg.ts)'

/** Says once per file, on the console, that the PostgreSQL half did not run. */
export function notePgSkipped(): void {
  if (!PG_URL) console.warn(`\n  ⚠ ${PG_SKIPPED}\n`)
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<R[]> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return (await c.query<R>(sql, values)).rows
  } finally {
    await c.end()
  }
}

export interface TestDatabase {
  url: string
  /** True when the database's default collation is ICU English (not byte order). */
  icu: boolean
  /** A fresh, empty schema name in this database (the store creates it). */
  schema(): string
  drop(): Promise<void>
}

export async function createTestDatabase(prefix = 'ct'): Promise<TestDatabase> {
  if (!PG_URL) throw new Error(PG_SKIPPED)
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
  let icu = true
  try {
    await adminQuery(PG_URL, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en'`)
  } catch {
    icu = false
    await adminQuery(PG_URL, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`)
  }
  const url = withDatabase(PG_URL, name)
  let n = 0
  return {
    url,
    icu,
    schema: () => `s${n++}_${randomBytes(3).toString('hex')}`,
    drop: async () => {
      await adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    }
  }
}
