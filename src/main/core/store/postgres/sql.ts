// The small layer between the PostgreSQL repositories and `pg`: a query function that works
// on the pool (autocommit) and on a transaction's client alike, and the type parsers.
import pg from 'pg'

/** The part of a Pool or a PoolClient the repositories use. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(config: pg.QueryConfig<unknown[]>): Promise<pg.QueryResult<R>>
}

/**
 * Runs one statement. A `name` makes it a prepared statement on each connection (parsed and
 * planned once per connection): only for fixed texts.
 */
export async function run<R extends pg.QueryResultRow = pg.QueryResultRow>(q: Queryable, text: string, values: unknown[] = [], name?: string): Promise<pg.QueryResult<R>> {
  return q.query<R>(name ? { name, text, values } : { text, values })
}

export async function all<R extends pg.QueryResultRow>(q: Queryable, text: string, values: unknown[] = [], name?: string): Promise<R[]> {
  return (await run<R>(q, text, values, name)).rows
}

export async function one<R extends pg.QueryResultRow>(q: Queryable, text: string, values: unknown[] = [], name?: string): Promise<R | undefined> {
  return (await run<R>(q, text, values, name)).rows[0]
}

const INT8 = 20

/**
 * BIGINT (timestamps in ms, BIGSERIAL ids, count(*)) as a JS number, as SQLite returns it: every
 * value we store is far below 2^53. Per pool, so another user of `pg` in the process keeps the
 * driver's defaults.
 */
export const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser']
}

/** PostgreSQL's SQLSTATE of an error from the server, if it is one. */
export function sqlState(err: unknown): string | undefined {
  const c = (err as { code?: unknown } | null)?.code
  return typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c) ? c : undefined
}
