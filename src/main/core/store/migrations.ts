// Numbered, append-only migrations. Never edit a shipped one: add the next number.

export interface Migration {
  version: number
  name: string
  sql: string
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'ledger',
    sql: `
      CREATE TABLE transfers (
        transfer_id TEXT PRIMARY KEY,
        transaction_id TEXT,
        status TEXT NOT NULL,
        status_raw TEXT NOT NULL,
        is_final INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        status_ts INTEGER,
        status_event_id TEXT,
        tx_hash TEXT,
        user_id TEXT,
        token TEXT,
        chain TEXT,
        source_amount TEXT,
        destination_amount TEXT,
        source_provider TEXT,
        destination_address TEXT,
        refund_address TEXT,
        first_seen_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        event_count INTEGER NOT NULL DEFAULT 0,
        delivery_count INTEGER NOT NULL DEFAULT 0,
        retried INTEGER NOT NULL DEFAULT 0,
        provenance TEXT NOT NULL DEFAULT 'webhook',
        is_test INTEGER NOT NULL DEFAULT 0,
        session_id TEXT
      );
      CREATE INDEX transfers_seen ON transfers (is_test, first_seen_at DESC, transfer_id DESC);
      CREATE INDEX transfers_status_seen ON transfers (status, first_seen_at DESC, transfer_id DESC);
      CREATE INDEX transfers_txn ON transfers (transaction_id);
      CREATE INDEX transfers_hash ON transfers (tx_hash);

      CREATE TABLE webhook_events (
        event_id TEXT PRIMARY KEY,
        transfer_id TEXT,
        status TEXT,
        status_raw TEXT,
        event_ts INTEGER,
        first_received_at INTEGER NOT NULL,
        delivery_count INTEGER NOT NULL DEFAULT 1,
        provenance TEXT NOT NULL DEFAULT 'webhook',
        applied INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        payload TEXT
      );
      CREATE INDEX events_transfer ON webhook_events (transfer_id, event_ts);

      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        delivery_id TEXT,
        event_id TEXT,
        transfer_id TEXT,
        received_at INTEGER NOT NULL,
        sent_ts INTEGER,
        verdict TEXT NOT NULL,
        rejected INTEGER NOT NULL DEFAULT 0,
        http_status INTEGER NOT NULL,
        answer_ms REAL,
        remote_addr TEXT,
        headers TEXT NOT NULL,
        body BLOB,
        body_size INTEGER NOT NULL,
        body_truncated INTEGER NOT NULL DEFAULT 0,
        replay_of INTEGER,
        is_test INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX deliveries_event ON deliveries (event_id, id);
      CREATE INDEX deliveries_transfer ON deliveries (transfer_id, id);
      CREATE INDEX deliveries_verdict ON deliveries (verdict, id);
      CREATE INDEX deliveries_rejected ON deliveries (rejected, id);

      CREATE TABLE link_sessions (
        session_id TEXT PRIMARY KEY,
        transaction_id TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        amount TEXT NOT NULL,
        currency TEXT NOT NULL,
        asset TEXT NOT NULL,
        network TEXT,
        destination_address TEXT,
        note TEXT,
        user_id TEXT NOT NULL,
        customer_key TEXT,
        token_expires_at INTEGER,
        state TEXT NOT NULL,
        transfer_id TEXT,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_created ON link_sessions (created_at DESC);

      CREATE TABLE sdk_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES link_sessions(session_id),
        at INTEGER NOT NULL,
        type TEXT NOT NULL,
        payload TEXT
      );
      CREATE INDEX sdk_events_session ON sdk_events (session_id, id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT
      );
    `
  },
  {
    version: 2,
    name: 'customers',
    sql: `
      -- Return customers: an opaque key (HMAC of the loyalty number), never the number itself.
      CREATE TABLE customers (
        customer_key TEXT PRIMARY KEY,
        user_id TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      );
      -- Saved connections (Mesh Managed Token ids) per customer and account. Secrets:
      -- only ever handed to the SDK for this customer's next sale, never logged.
      CREATE TABLE customer_connections (
        customer_key TEXT NOT NULL REFERENCES customers(customer_key) ON DELETE CASCADE,
        broker_type TEXT NOT NULL,
        broker_name TEXT NOT NULL,
        account_id TEXT NOT NULL,
        account_name TEXT NOT NULL,
        access_token TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (customer_key, broker_type, account_id)
      );
    `
  },
  {
    version: 3,
    name: 'tunnel and reconciliation',
    sql: `
      -- Windows when Mesh could not reach us: tunnel down, or the app not running.
      CREATE TABLE downtime (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        reason TEXT,
        reconciled_at INTEGER
      );
      CREATE INDEX downtime_open ON downtime (ended_at);
      CREATE TABLE reconcile_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        trigger TEXT NOT NULL,
        checked INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        conflicts INTEGER NOT NULL DEFAULT 0,
        error TEXT
      );
      -- Liveness heartbeat: the last moment the app was known to be running.
      INSERT INTO settings (key, value, updated_at) VALUES ('heartbeat', 'null', 0) ON CONFLICT DO NOTHING;
    `
  },
  {
    version: 4,
    name: 'leaner ack path',
    // Measured per lone delivery (WAL+FULL, half new Pending, half Succeeded): 20.8 WAL frames
    // before, 14.3 after (docs/PERFORMANCE.md).
    //  - webhook_events keyed by its TEXT EventId WITHOUT ROWID: one b-tree instead of a rowid
    //    table plus a unique index (its rows are small now that the body is not repeated there;
    //    transfers' rows are wide, and WITHOUT ROWID measured no better for them);
    //  - deliveries without AUTOINCREMENT (no sqlite_sequence write per insert; ids still only
    //    grow: pruning never removes the newest row), and without the event_id index (an
    //    EventId filter goes through its transfer);
    //  - partial indexes for what is rare: unusual verdicts, rejected rows, set tx hashes and
    //    transaction ids;
    //  - a webhook event's body is stored once, in its first delivery (payload NULL).
    sql: `
      DROP INDEX transfers_txn;
      DROP INDEX transfers_hash;
      CREATE INDEX transfers_txn ON transfers (transaction_id) WHERE transaction_id IS NOT NULL;
      CREATE INDEX transfers_hash ON transfers (tx_hash) WHERE tx_hash IS NOT NULL;

      CREATE TABLE webhook_events_v4 (
        event_id TEXT NOT NULL PRIMARY KEY,
        transfer_id TEXT,
        status TEXT,
        status_raw TEXT,
        event_ts INTEGER,
        first_received_at INTEGER NOT NULL,
        delivery_count INTEGER NOT NULL DEFAULT 1,
        provenance TEXT NOT NULL DEFAULT 'webhook',
        applied INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        payload TEXT
      ) WITHOUT ROWID;
      INSERT INTO webhook_events_v4 SELECT event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance,
        applied, conflict, CASE WHEN provenance = 'webhook' THEN NULL ELSE payload END FROM webhook_events;
      DROP TABLE webhook_events;
      ALTER TABLE webhook_events_v4 RENAME TO webhook_events;
      CREATE INDEX events_transfer ON webhook_events (transfer_id, event_ts);

      CREATE TABLE deliveries_v4 (
        id INTEGER PRIMARY KEY,
        delivery_id TEXT,
        event_id TEXT,
        transfer_id TEXT,
        received_at INTEGER NOT NULL,
        sent_ts INTEGER,
        verdict TEXT NOT NULL,
        rejected INTEGER NOT NULL DEFAULT 0,
        http_status INTEGER NOT NULL,
        answer_ms REAL,
        remote_addr TEXT,
        headers TEXT NOT NULL,
        body BLOB,
        body_size INTEGER NOT NULL,
        body_truncated INTEGER NOT NULL DEFAULT 0,
        replay_of INTEGER,
        is_test INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO deliveries_v4 SELECT id, delivery_id, event_id, transfer_id, received_at, sent_ts, verdict, rejected, http_status, answer_ms,
        remote_addr, headers, body, body_size, body_truncated, replay_of, is_test FROM deliveries;
      DROP TABLE deliveries;
      ALTER TABLE deliveries_v4 RENAME TO deliveries;
      CREATE INDEX deliveries_transfer ON deliveries (transfer_id, id);
      CREATE INDEX deliveries_unusual ON deliveries (verdict, id) WHERE verdict <> 'accepted';
      CREATE INDEX deliveries_rejected ON deliveries (id) WHERE rejected = 1;
    `
  },
  {
    version: 5,
    name: 'delivery flags',
    // DeliveryFlag values, comma-separated (ambiguous, no_tx_hash, stale); NULL when none
    // (ADD COLUMN with a NULL default rewrites nothing: old rows read NULL).
    sql: `ALTER TABLE deliveries ADD COLUMN flags TEXT;`
  },
  {
    version: 6,
    name: 'sale charge and end',
    // What a sale charged and how the counter ended it (SaleCharge, SaleView.endReason):
    //  - usd_amount: what Mesh was asked to charge (amountInFiat, USD), fx_rate: the merchant's
    //    rate (USD per unit of currency) for a non-USD sale, NULL for USD;
    //  - end_reason ('cancelled' | 'abandoned' | 'expired') and ended_at: final for the counter;
    //  - payment_link: Mesh's Paylink (generatePayLink).
    // Before v6 every sale sent amountInFiat = amount whatever the display currency, so that is
    // what Mesh charged in USD: old rows get usd_amount = amount and no rate.
    // The expiry sweep finds waiting sales past their token's lifetime through a partial index.
    sql: `
      ALTER TABLE link_sessions ADD COLUMN usd_amount TEXT;
      ALTER TABLE link_sessions ADD COLUMN fx_rate TEXT;
      ALTER TABLE link_sessions ADD COLUMN end_reason TEXT;
      ALTER TABLE link_sessions ADD COLUMN ended_at INTEGER;
      ALTER TABLE link_sessions ADD COLUMN payment_link TEXT;
      UPDATE link_sessions SET usd_amount = amount;
      CREATE INDEX sessions_waiting_expiry ON link_sessions (token_expires_at) WHERE state = 'waiting';
    `
  },
  {
    version: 7,
    name: 'shifts',
    // A cashier's shift, closed with a Z report. At most one open shift: the partial unique
    // index on a constant (closed_at IS NULL is 1 for every open row) decides. (6 belongs to the
    // sale lifecycle; the runner applies every version above user_version, gaps allowed.)
    sql: `
      CREATE TABLE shifts (
        shift_id TEXT PRIMARY KEY,
        opened_at INTEGER NOT NULL,
        closed_at INTEGER,
        opened_by TEXT
      );
      CREATE UNIQUE INDEX shifts_one_open ON shifts ((closed_at IS NULL)) WHERE closed_at IS NULL;
      CREATE INDEX shifts_opened ON shifts (opened_at DESC, shift_id DESC);
    `
  },
  {
    version: 8,
    name: 'rejected delivery claims',
    // The TransferId a rejected delivery's (unverified) body claims, so ledger.get finds them
    // through an index however old they are. Set only on rejected rows; existing ones are read
    // back where their stored body is valid JSON (a truncated body stays unclaimed).
    sql: `
      ALTER TABLE deliveries ADD COLUMN claimed_transfer_id TEXT;
      UPDATE deliveries SET claimed_transfer_id = json_extract(CAST(body AS TEXT), '$.TransferId')
        WHERE rejected = 1 AND body IS NOT NULL AND json_valid(CAST(body AS TEXT)) AND json_type(CAST(body AS TEXT), '$.TransferId') = 'text';
      CREATE INDEX deliveries_claims ON deliveries (claimed_transfer_id, id) WHERE claimed_transfer_id IS NOT NULL;
    `
  },
  {
    version: 9,
    name: 'integer transfer keys',
    // A delivery and its event were found by their transfer through (transfer_id, …) indexes: a
    // random UUID leads them, so every delivery dirtied a random page of each (two of the ~6.9
    // WAL frames a delivery wrote in a group of 32). Now:
    //  - transfers gets an INTEGER PRIMARY KEY, seq (its rowid until now, so the order is kept;
    //    transfers are never deleted, so a seq is never reused); transfer_id stays UNIQUE;
    //  - webhook_events and deliveries carry their transfer's seq, and are indexed by it: a new
    //    transfer's seq is the largest, and a transfer's status events come minutes apart, so
    //    these inserts land on the last pages, which a group commit shares;
    //  - rows from before v9 (and the rare row naming a transfer the ledger does not have) keep
    //    transfer_seq NULL and stay findable by TransferId through the old index, now partial.
    //    Nothing of those tables is rewritten: the upgrade of a 1M-delivery ledger only builds
    //    indexes. Reads ask both (stores' listForTransfer).
    //  - the seq indexes are whole, not partial: the old rows sit in them under NULL (where the
    //    NULLs end, one page shared by every new NULL row), and count(*) needs a whole index that
    //    small, or it reads the table (200 ms instead of 15 at 800k deliveries).
    sql: `
      CREATE TABLE transfers_v9 (
        seq INTEGER PRIMARY KEY,
        transfer_id TEXT NOT NULL UNIQUE,
        transaction_id TEXT,
        status TEXT NOT NULL,
        status_raw TEXT NOT NULL,
        is_final INTEGER NOT NULL DEFAULT 0,
        conflict INTEGER NOT NULL DEFAULT 0,
        status_ts INTEGER,
        status_event_id TEXT,
        tx_hash TEXT,
        user_id TEXT,
        token TEXT,
        chain TEXT,
        source_amount TEXT,
        destination_amount TEXT,
        source_provider TEXT,
        destination_address TEXT,
        refund_address TEXT,
        first_seen_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        event_count INTEGER NOT NULL DEFAULT 0,
        delivery_count INTEGER NOT NULL DEFAULT 0,
        retried INTEGER NOT NULL DEFAULT 0,
        provenance TEXT NOT NULL DEFAULT 'webhook',
        is_test INTEGER NOT NULL DEFAULT 0,
        session_id TEXT
      );
      INSERT INTO transfers_v9 (seq, transfer_id, transaction_id, status, status_raw, is_final, conflict, status_ts, status_event_id, tx_hash, user_id, token, chain,
        source_amount, destination_amount, source_provider, destination_address, refund_address, first_seen_at, updated_at, event_count,
        delivery_count, retried, provenance, is_test, session_id)
        SELECT rowid, transfer_id, transaction_id, status, status_raw, is_final, conflict, status_ts, status_event_id, tx_hash, user_id, token, chain,
        source_amount, destination_amount, source_provider, destination_address, refund_address, first_seen_at, updated_at, event_count,
        delivery_count, retried, provenance, is_test, session_id FROM transfers ORDER BY rowid;
      DROP TABLE transfers;
      ALTER TABLE transfers_v9 RENAME TO transfers;
      CREATE INDEX transfers_seen ON transfers (is_test, first_seen_at DESC, transfer_id DESC);
      CREATE INDEX transfers_status_seen ON transfers (status, first_seen_at DESC, transfer_id DESC);
      CREATE INDEX transfers_txn ON transfers (transaction_id) WHERE transaction_id IS NOT NULL;
      CREATE INDEX transfers_hash ON transfers (tx_hash) WHERE tx_hash IS NOT NULL;

      ALTER TABLE webhook_events ADD COLUMN transfer_seq INTEGER;
      DROP INDEX events_transfer;
      CREATE INDEX events_transfer_id ON webhook_events (transfer_id, event_ts) WHERE transfer_seq IS NULL AND transfer_id IS NOT NULL;
      CREATE INDEX events_transfer ON webhook_events (transfer_seq, event_ts);

      ALTER TABLE deliveries ADD COLUMN transfer_seq INTEGER;
      DROP INDEX deliveries_transfer;
      CREATE INDEX deliveries_transfer_id ON deliveries (transfer_id, id) WHERE transfer_seq IS NULL AND transfer_id IS NOT NULL;
      CREATE INDEX deliveries_transfer ON deliveries (transfer_seq, id);
    `
  }
]
