// The PostgreSQL schema: numbered, append-only migrations of its own (the SQLite ones are in
// ../migrations.ts). Never edit a shipped one: add the next number.
//
// The same tables and columns as SQLite schema v4, so rows read back identically:
//  - timestamps are BIGINT milliseconds, flags SMALLINT 0/1 (the row shapes the repositories
//    return, TransferRecord & co., carry numbers, not booleans), bodies BYTEA, ids BIGSERIAL;
//  - every identifier or status that is ordered, range-searched or compared is COLLATE "C":
//    SQLite compares text byte by byte, and so must we, whatever the database's own collation
//    (under en_US 'a' < 'B', under C 'B' < 'a'; keyset cursors and the EventId tie-break of
//    the state rules depend on it);
//  - at most one open downtime window per kind is a partial unique index here (SQLite relies
//    on its single writer), so two receivers cannot both open one.
import type { PoolClient } from 'pg'

export interface PgMigration {
  version: number
  name: string
  sql: string
}

export const pgMigrations: readonly PgMigration[] = [
  {
    version: 1,
    name: 'ledger',
    sql: `
      CREATE TABLE transfers (
        transfer_id text COLLATE "C" PRIMARY KEY,
        transaction_id text COLLATE "C",
        status text COLLATE "C" NOT NULL,
        status_raw text NOT NULL,
        is_final smallint NOT NULL DEFAULT 0,
        conflict smallint NOT NULL DEFAULT 0,
        status_ts bigint,
        status_event_id text COLLATE "C",
        tx_hash text COLLATE "C",
        user_id text,
        token text,
        chain text,
        source_amount text,
        destination_amount text,
        source_provider text,
        destination_address text,
        refund_address text,
        first_seen_at bigint NOT NULL,
        updated_at bigint NOT NULL,
        event_count integer NOT NULL DEFAULT 0,
        delivery_count integer NOT NULL DEFAULT 0,
        retried smallint NOT NULL DEFAULT 0,
        provenance text NOT NULL DEFAULT 'webhook',
        is_test smallint NOT NULL DEFAULT 0,
        session_id text COLLATE "C"
      );
      CREATE INDEX transfers_seen ON transfers (is_test, first_seen_at DESC, transfer_id DESC);
      CREATE INDEX transfers_status_seen ON transfers (status, first_seen_at DESC, transfer_id DESC);
      CREATE INDEX transfers_txn ON transfers (transaction_id) WHERE transaction_id IS NOT NULL;
      CREATE INDEX transfers_hash ON transfers (tx_hash) WHERE tx_hash IS NOT NULL;
      CREATE INDEX transfers_open ON transfers (first_seen_at) WHERE is_final = 0 AND is_test = 0;

      -- The unique key on event_id is the gate of the ingest: INSERT … ON CONFLICT DO NOTHING.
      CREATE TABLE webhook_events (
        event_id text COLLATE "C" PRIMARY KEY,
        transfer_id text COLLATE "C",
        status text COLLATE "C",
        status_raw text,
        event_ts bigint,
        first_received_at bigint NOT NULL,
        delivery_count integer NOT NULL DEFAULT 1,
        provenance text NOT NULL DEFAULT 'webhook',
        applied smallint NOT NULL DEFAULT 0,
        conflict smallint NOT NULL DEFAULT 0,
        payload text
      );
      CREATE INDEX events_transfer ON webhook_events (transfer_id, event_ts);

      CREATE TABLE deliveries (
        id bigserial PRIMARY KEY,
        delivery_id text,
        event_id text COLLATE "C",
        transfer_id text COLLATE "C",
        received_at bigint NOT NULL,
        sent_ts bigint,
        verdict text NOT NULL,
        rejected smallint NOT NULL DEFAULT 0,
        http_status integer NOT NULL,
        answer_ms double precision,
        remote_addr text,
        headers text NOT NULL,
        body bytea,
        body_size integer NOT NULL,
        body_truncated smallint NOT NULL DEFAULT 0,
        replay_of bigint,
        is_test smallint NOT NULL DEFAULT 0
      );
      CREATE INDEX deliveries_transfer ON deliveries (transfer_id, id);
      CREATE INDEX deliveries_unusual ON deliveries (verdict, id) WHERE verdict <> 'accepted';
      CREATE INDEX deliveries_rejected ON deliveries (id) WHERE rejected = 1;

      CREATE TABLE link_sessions (
        session_id text COLLATE "C" PRIMARY KEY,
        transaction_id text COLLATE "C" NOT NULL UNIQUE,
        created_at bigint NOT NULL,
        amount text NOT NULL,
        currency text NOT NULL,
        asset text NOT NULL,
        network text,
        destination_address text,
        note text,
        user_id text NOT NULL,
        customer_key text,
        token_expires_at bigint,
        state text NOT NULL,
        transfer_id text COLLATE "C",
        updated_at bigint NOT NULL
      );
      CREATE INDEX sessions_created ON link_sessions (created_at DESC);
      CREATE INDEX sessions_unlinked ON link_sessions (created_at) WHERE transfer_id IS NULL;

      CREATE TABLE sdk_events (
        id bigserial PRIMARY KEY,
        session_id text COLLATE "C" NOT NULL REFERENCES link_sessions (session_id),
        at bigint NOT NULL,
        type text NOT NULL,
        payload text
      );
      CREATE INDEX sdk_events_session ON sdk_events (session_id, id);

      CREATE TABLE settings (
        key text COLLATE "C" PRIMARY KEY,
        value text NOT NULL,
        updated_at bigint NOT NULL
      );
      -- Liveness heartbeat (SQLite v3): the last moment the app was known to be running.
      INSERT INTO settings (key, value, updated_at) VALUES ('heartbeat', 'null', 0) ON CONFLICT DO NOTHING;

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at bigint NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        detail text
      );

      CREATE TABLE customers (
        customer_key text COLLATE "C" PRIMARY KEY,
        user_id text NOT NULL UNIQUE,
        created_at bigint NOT NULL,
        last_seen_at bigint NOT NULL
      );
      CREATE TABLE customer_connections (
        customer_key text COLLATE "C" NOT NULL REFERENCES customers (customer_key) ON DELETE CASCADE,
        broker_type text COLLATE "C" NOT NULL,
        broker_name text NOT NULL,
        account_id text COLLATE "C" NOT NULL,
        account_name text NOT NULL,
        access_token text NOT NULL,
        updated_at bigint NOT NULL,
        PRIMARY KEY (customer_key, broker_type, account_id)
      );

      CREATE TABLE downtime (
        id bigserial PRIMARY KEY,
        kind text COLLATE "C" NOT NULL,
        started_at bigint NOT NULL,
        ended_at bigint,
        reason text,
        reconciled_at bigint
      );
      CREATE UNIQUE INDEX downtime_one_open ON downtime (kind) WHERE ended_at IS NULL;
      CREATE INDEX downtime_unreconciled ON downtime (started_at, id) WHERE reconciled_at IS NULL;

      CREATE TABLE reconcile_runs (
        id bigserial PRIMARY KEY,
        started_at bigint NOT NULL,
        finished_at bigint,
        trigger text NOT NULL,
        checked integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        conflicts integer NOT NULL DEFAULT 0,
        error text
      );
    `
  },
  {
    version: 2,
    name: 'delivery flags',
    // DeliveryFlag values, comma-separated (ambiguous, no_tx_hash, stale); NULL when none. A
    // nullable column without a default: no table rewrite.
    sql: `ALTER TABLE deliveries ADD COLUMN flags text;`
  },
  {
    version: 3,
    name: 'sale charge and end',
    // SQLite v6: what a sale charged (usd_amount, fx_rate), how the counter ended it (end_reason,
    // ended_at), Mesh's Paylink; old rows charged amountInFiat = amount (see ../migrations.ts v6).
    // Nullable columns without defaults (no rewrite); the UPDATE touches every sale once.
    sql: `
      ALTER TABLE link_sessions ADD COLUMN usd_amount text;
      ALTER TABLE link_sessions ADD COLUMN fx_rate text;
      ALTER TABLE link_sessions ADD COLUMN end_reason text;
      ALTER TABLE link_sessions ADD COLUMN ended_at bigint;
      ALTER TABLE link_sessions ADD COLUMN payment_link text;
      UPDATE link_sessions SET usd_amount = amount;
      CREATE INDEX sessions_waiting_expiry ON link_sessions (token_expires_at) WHERE state = 'waiting';
    `
  },
  {
    version: 4,
    name: 'shifts',
    // As SQLite v7. One open shift per ledger, i.e. per shop when several counters share it: the
    // partial unique index is what makes two opens at once yield one shift (INSERT … ON CONFLICT
    // DO NOTHING). (3 belongs to the sale lifecycle; versions are applied by set, gaps allowed.)
    sql: `
      CREATE TABLE shifts (
        shift_id text COLLATE "C" PRIMARY KEY,
        opened_at bigint NOT NULL,
        closed_at bigint,
        opened_by text
      );
      CREATE UNIQUE INDEX shifts_one_open ON shifts ((closed_at IS NULL)) WHERE closed_at IS NULL;
      CREATE INDEX shifts_opened ON shifts (opened_at DESC, shift_id DESC);
    `
  },
  {
    version: 5,
    name: 'rejected delivery claims',
    // As SQLite's v8: the TransferId a rejected delivery's unverified body claims, indexed.
    // Existing rows are read back with a pattern (bodies may be truncated or not UTF-8).
    sql: `
      ALTER TABLE deliveries ADD COLUMN claimed_transfer_id text COLLATE "C";
      UPDATE deliveries SET claimed_transfer_id = substring(encode(body, 'escape') from '"TransferId"\s*:\s*"([^"\\]{1,200})"')
        WHERE rejected = 1 AND body IS NOT NULL;
      CREATE INDEX deliveries_claims ON deliveries (claimed_transfer_id, id) WHERE claimed_transfer_id IS NOT NULL;
    `
  }
]

export const LATEST_PG_VERSION = pgMigrations[pgMigrations.length - 1]!.version

/** One key for "the countertop schema is being migrated" in this database ('countert' as 8 bytes). */
const MIGRATION_LOCK_KEY = '7165074649429406324'

export interface MigrateOptions {
  /** How long to wait for another process's migration (the advisory lock). Default 60 s. */
  waitForLockMs?: number
  /** Per migration statement: how long it may wait for a table lock, and run. Defaults 5 s and 120 s. */
  lockTimeoutMs?: number
  statementTimeoutMs?: number
}

/**
 * Applies every migration not yet in schema_migrations, each in its own transaction, while
 * holding a session advisory lock: several receivers starting together migrate once, the
 * others wait and then find nothing to do. lock_timeout keeps a migration from queueing an
 * ACCESS EXCLUSIVE lock behind a long console query (and every ingest behind it) for long;
 * statement_timeout bounds a runaway one. Returns the versions applied.
 */
export async function migratePostgres(client: PoolClient, opts: MigrateOptions = {}): Promise<number[]> {
  const applied: number[] = []
  const ms = (n: number) => `${Math.max(0, Math.floor(n))}ms`
  await client.query(`SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`, [
    ms(opts.waitForLockMs ?? 60_000),
    ms((opts.waitForLockMs ?? 60_000) + 5_000)
  ])
  await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY])
  try {
    await client.query(`SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`, [
      ms(opts.lockTimeoutMs ?? 5_000),
      ms(opts.statementTimeoutMs ?? 120_000)
    ])
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`)
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version))
    const newer = [...done].filter((v) => v > LATEST_PG_VERSION)
    if (newer.length > 0) {
      throw Object.assign(new Error(`The PostgreSQL ledger has schema version ${Math.max(...newer)}, newer than this Countertop knows (${LATEST_PG_VERSION}); update Countertop.`), {
        code: 'STORE_SCHEMA_NEWER'
      })
    }
    for (const m of pgMigrations) {
      if (done.has(m.version)) continue
      await client.query('BEGIN')
      try {
        await client.query(m.sql)
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()])
        await client.query('COMMIT')
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {})
        throw err
      }
      applied.push(m.version)
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]).catch(() => {})
    await client.query('RESET lock_timeout; RESET statement_timeout').catch(() => {})
  }
  return applied
}
