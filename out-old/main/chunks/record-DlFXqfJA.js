const require_rolldown_runtime = require("./rolldown-runtime-Bc0pwXKd.js");
const require_contract = require("./contract-pyYsTFf9.js");
let node_fs = require("node:fs");
let node_path = require("node:path");
let better_sqlite3 = require("better-sqlite3");
better_sqlite3 = require_rolldown_runtime.__toESM(better_sqlite3);
// src/shared/status.ts
var WORDS = {
	pending: "Pending",
	succeeded: "Succeeded",
	failed: "Failed",
	refundpending: "Refund pending",
	refundsucceeded: "Refunded",
	refundfailed: "Refund failed"
};
/**
* The word for a transfer status, whatever its source spelled it: "succeeded", "Succeeded" and
* "SUCCEEDED" all read "Succeeded"; Mesh's RefundPending reads "Refund pending". A status we do
* not know is split at its capitals ("OnHold" → "On hold") so it still reads as words.
*/
function statusWord(status) {
	if (!status) return "No status";
	const known = WORDS[status.replace(/[\s_-]/g, "").toLowerCase()];
	if (known) return known;
	const words = status.replace(/[_-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").trim().toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
/**
* How far a status is along Mesh's lifecycle: pending (and any status we do not know) 0 <
* succeeded | failed 1 < refundpending 2 < refundsucceeded 3. A transfer only moves forward;
* Mesh documents no RefundFailed (reference §5, from 3P only), so it is an unknown status here.
*/
var STATUS_STEPS = {
	pending: 0,
	succeeded: 1,
	failed: 1,
	refundpending: 2,
	refundsucceeded: 3
};
function statusStep(status) {
	return STATUS_STEPS[status] ?? 0;
}
/** Statuses that mean the payment arrived: succeeded, and the refund steps after it (a refund implies the payment). */
var PAID_STATUSES = [
	"succeeded",
	"refundpending",
	"refundsucceeded"
];
var REFUND_STATUSES = ["refundpending", "refundsucceeded"];
var isPaidStatus = (status) => status != null && PAID_STATUSES.includes(status);
var isRefundStatus = (status) => status != null && REFUND_STATUSES.includes(status);
/** Two statuses no transfer can both have: failed against anything that means it was paid. */
function statusesContradict(a, b) {
	return a === "failed" && isPaidStatus(b) || b === "failed" && isPaidStatus(a);
}
// src/main/core/store/events.ts
/** What the Store reads of an event (not SQLite's transfer_seq). */
var COLUMNS$1 = "event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload";
function toEventRow(r) {
	let payload = null;
	if (r.payload !== null) try {
		payload = JSON.parse(r.payload);
	} catch {
		payload = r.payload;
	}
	return {
		eventId: r.event_id,
		transferId: r.transfer_id,
		status: r.status,
		statusRaw: r.status_raw,
		timestamp: r.event_ts,
		firstReceivedAt: r.first_received_at,
		deliveryCount: r.delivery_count,
		provenance: r.provenance,
		applied: r.applied === 1,
		conflict: r.conflict === 1,
		payload
	};
}
function createEventsRepo(db) {
	const findStmt = db.prepare("SELECT event_id, transfer_id FROM webhook_events WHERE event_id = ?");
	const insertStmt = db.prepare(`INSERT INTO webhook_events (event_id, transfer_id, transfer_seq, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
     VALUES (@event_id, @transfer_id, @transfer_seq, @status, @status_raw, @event_ts, @first_received_at, @delivery_count, @provenance, @applied, @conflict, @payload)`);
	const bumpStmt = db.prepare("UPDATE webhook_events SET delivery_count = delivery_count + 1 WHERE event_id = ?");
	const forTransferStmt = db.prepare(`SELECT ${COLUMNS$1} FROM (
       SELECT * FROM webhook_events WHERE transfer_seq = (SELECT seq FROM transfers WHERE transfer_id = ?)
       UNION ALL SELECT * FROM webhook_events WHERE transfer_seq IS NULL AND transfer_id = ?
     ) ORDER BY coalesce(event_ts, first_received_at), first_received_at, event_id`);
	return {
		find: (eventId) => findStmt.get(eventId),
		insert: (r) => void insertStmt.run({
			...r,
			transfer_seq: r.transfer_seq ?? null
		}),
		countRepeatDelivery: (eventId) => void bumpStmt.run(eventId),
		listForTransfer: (transferId) => forTransferStmt.all(transferId, transferId)
	};
}
// src/main/core/store/sessions.ts
var V6_DEFAULTS = {
	usd_amount: null,
	fx_rate: null,
	end_reason: null,
	ended_at: null,
	payment_link: null
};
/** A sale's charge. A row copied from a pre-v6 ledger without usd_amount charged amountInFiat = amount. */
function toSaleCharge(r) {
	return {
		amount: r.amount,
		currency: r.currency,
		usdAmount: r.usd_amount ?? r.amount,
		rate: r.fx_rate
	};
}
/** The keys to look a page of transfers' sales up by: their session ids and TransactionIds. */
function chargeKeys(rows) {
	const sessionIds = /* @__PURE__ */ new Set();
	const transactionIds = /* @__PURE__ */ new Set();
	for (const r of rows) if (r.sessionId) sessionIds.add(r.sessionId);
	else if (r.transactionId) transactionIds.add(r.transactionId);
	return {
		sessionIds: [...sessionIds],
		transactionIds: [...transactionIds]
	};
}
/** Each transfer with the charge of its sale (by session id, else by TransactionId), null when no sale of ours started it. */
function withCharges(rows, charges) {
	const bySession = new Map(charges.map((c) => [c.session_id, c]));
	const byTxn = new Map(charges.map((c) => [c.transaction_id, c]));
	return rows.map((r) => {
		const c = (r.sessionId ? bySession.get(r.sessionId) : void 0) ?? (r.transactionId ? byTxn.get(r.transactionId) : void 0);
		return {
			...r,
			charge: c ? toSaleCharge(c) : null
		};
	});
}
/** The SQL of the conditional end: only a sale not yet ended and with no transfer (the engines share it). */
var END_WHERE = "end_reason IS NULL AND transfer_id IS NULL";
/** Link sessions (one per sale at the counter) and the SDK callbacks recorded against them. */
function createSessionsRepo(db) {
	const insertStmt = db.prepare(`INSERT INTO link_sessions (session_id, transaction_id, created_at, amount, currency, asset, network, destination_address, note, user_id, customer_key, token_expires_at, state, transfer_id, updated_at,
       usd_amount, fx_rate, end_reason, ended_at, payment_link)
     VALUES (@session_id, @transaction_id, @created_at, @amount, @currency, @asset, @network, @destination_address, @note, @user_id, @customer_key, @token_expires_at, @state, @transfer_id, @updated_at,
       @usd_amount, @fx_rate, @end_reason, @ended_at, @payment_link)`);
	const getStmt = db.prepare("SELECT * FROM link_sessions WHERE session_id = ?");
	const byTxnStmt = db.prepare("SELECT * FROM link_sessions WHERE transaction_id = ?");
	const setTransferStmt = db.prepare("UPDATE link_sessions SET transfer_id = ?, updated_at = ? WHERE session_id = ? AND transfer_id IS NULL");
	const setStateStmt = db.prepare("UPDATE link_sessions SET state = ?, updated_at = ? WHERE session_id = ?");
	const recentStmt = db.prepare("SELECT * FROM link_sessions ORDER BY created_at DESC LIMIT ?");
	const endStmt = db.prepare(`UPDATE link_sessions SET end_reason = ?, ended_at = ?, state = ?, updated_at = ? WHERE session_id = ? AND ${END_WHERE}`);
	const expiredStmt = db.prepare(`SELECT * FROM link_sessions WHERE state = 'waiting' AND token_expires_at <= ? ORDER BY token_expires_at, session_id LIMIT ?`);
	const chargesStmt = db.prepare(`SELECT session_id, transaction_id, amount, currency, usd_amount, fx_rate FROM link_sessions
      WHERE session_id IN (SELECT value FROM json_each(?)) OR transaction_id IN (SELECT value FROM json_each(?))`);
	const addEventStmt = db.prepare("INSERT INTO sdk_events (session_id, at, type, payload) VALUES (?, ?, ?, ?)");
	const eventsStmt = db.prepare("SELECT * FROM sdk_events WHERE session_id = ? ORDER BY id");
	return {
		insert: (r) => void insertStmt.run({
			...V6_DEFAULTS,
			...r
		}),
		get: (id) => getStmt.get(id),
		findByTransactionId: (txn) => byTxnStmt.get(txn),
		linkTransfer: (sessionId, transferId, now) => void setTransferStmt.run(transferId, now, sessionId),
		setState: (sessionId, state, now) => void setStateStmt.run(state, now, sessionId),
		recent: (limit) => recentStmt.all(limit),
		/**
		* Ends a sale for the counter (cancelled, abandoned, expired): its state, reason and time (an
		* expiry ends at the token's expiry), in one statement that applies only while the sale has
		* no end and no transfer. True when it did.
		*/
		end: (sessionId, reason, endedAt, now) => endStmt.run(reason, endedAt, reason, now, sessionId).changes === 1,
		/** Waiting sales whose link token expired by `now`, oldest expiry first. */
		expiredWaiting: (now, limit) => expiredStmt.all(now, limit),
		/** The charges of the sales with these session ids or TransactionIds (ledger reads). */
		charges: (sessionIds, transactionIds) => sessionIds.length + transactionIds.length === 0 ? [] : chargesStmt.all(JSON.stringify(sessionIds), JSON.stringify(transactionIds)),
		addSdkEvent: (sessionId, at, type, payload) => Number(addEventStmt.run(sessionId, at, type, payload === void 0 ? null : JSON.stringify(payload)).lastInsertRowid),
		sdkEvents: (sessionId) => eventsStmt.all(sessionId)
	};
}
// src/main/core/store/views.ts
/** Each transfer with what its sale charged: one indexed lookup of the page's sales. */
async function ledgerPage(r, q) {
	const page = await r.transfers.list(q);
	const keys = chargeKeys(page.items);
	return {
		...page,
		items: withCharges(page.items, await r.sessions.charges(keys.sessionIds, keys.transactionIds))
	};
}
/** One transfer, every status event with its delivery attempts, and the rejected deliveries that claim it. */
async function transferHistory(r, { transferId }) {
	const [transfer, deliveries, eventRecords, rejected] = await Promise.all([
		r.transfers.get(transferId),
		r.deliveries.listForTransfer(transferId),
		r.events.listForTransfer(transferId),
		r.deliveries.listClaimingTransfer(transferId)
	]);
	if (!transfer) throw Object.assign(/* @__PURE__ */ new Error(`No transfer ${transferId} in the ledger.`), { code: require_contract.ErrorCodes.NOT_FOUND });
	const keys = chargeKeys([transfer]);
	const [withCharge] = withCharges([transfer], await r.sessions.charges(keys.sessionIds, keys.transactionIds));
	const byEvent = /* @__PURE__ */ new Map();
	for (const d of deliveries) {
		if (!d.eventId) continue;
		const list = byEvent.get(d.eventId) ?? [];
		list.push(d);
		byEvent.set(d.eventId, list);
	}
	return {
		transfer: withCharge,
		events: eventRecords.map((e) => {
			const own = byEvent.get(e.event_id) ?? [];
			const first = e.payload === null ? own.find((d) => d.httpStatus === 200 && d.body !== "") : void 0;
			return {
				...toEventRow(first ? {
					...e,
					payload: first.body
				} : e),
				deliveries: own
			};
		}),
		rejected
	};
}
/** A page of the delivery inspector. */
async function deliveriesPage(r, q) {
	return r.deliveries.list(q);
}
var VIEWS = {
	ledgerPage,
	transferHistory,
	deliveriesPage
};
var isViewName = (name) => Object.hasOwn(VIEWS, name);
/** The views over repositories in this thread (no serialization: the values themselves). */
function localViews(r) {
	return {
		ledgerPage: (q) => VIEWS.ledgerPage(r, q),
		transferHistory: (a) => VIEWS.transferHistory(r, a),
		deliveriesPage: (q) => VIEWS.deliveriesPage(r, q)
	};
}
// src/main/core/store/audit.ts
/** Append-only audit log: who changed what (never the secret values themselves). */
function createAuditRepo(db, now) {
	const insertStmt = db.prepare("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)");
	const listStmt = db.prepare("SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?");
	return {
		append(actor, action, detail) {
			return Number(insertStmt.run(now(), actor, action, detail === void 0 ? null : JSON.stringify(detail)).lastInsertRowid);
		},
		list(limit = 100, beforeId = Number.MAX_SAFE_INTEGER) {
			return listStmt.all(beforeId, limit).map((r) => ({
				...r,
				detail: r.detail === null ? null : JSON.parse(r.detail)
			}));
		}
	};
}
// src/main/core/store/customers.ts
function createCustomersRepo(db) {
	const getStmt = db.prepare("SELECT customer_key, user_id FROM customers WHERE customer_key = ?");
	const insertStmt = db.prepare("INSERT INTO customers (customer_key, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)");
	const seenStmt = db.prepare("UPDATE customers SET last_seen_at = ? WHERE customer_key = ?");
	const upsertConn = db.prepare(`INSERT INTO customer_connections (customer_key, broker_type, broker_name, account_id, account_name, access_token, updated_at)
     VALUES (@customer_key, @broker_type, @broker_name, @account_id, @account_name, @access_token, @updated_at)
     ON CONFLICT(customer_key, broker_type, account_id) DO UPDATE SET broker_name = excluded.broker_name,
       account_name = excluded.account_name, access_token = excluded.access_token, updated_at = excluded.updated_at`);
	const connsStmt = db.prepare("SELECT account_id, account_name, access_token, broker_type, broker_name FROM customer_connections WHERE customer_key = ? ORDER BY updated_at DESC");
	const forgetConns = db.prepare("DELETE FROM customer_connections WHERE customer_key = ?");
	return {
		/** The customer's Mesh userId, creating the customer on first sight. */
		ensure(customerKey, newUserId, now) {
			const found = getStmt.get(customerKey);
			if (found) {
				seenStmt.run(now, customerKey);
				return found.user_id;
			}
			insertStmt.run(customerKey, newUserId, now, now);
			return newUserId;
		},
		saveConnection(customerKey, c, now) {
			upsertConn.run({
				customer_key: customerKey,
				broker_type: c.brokerType,
				broker_name: c.brokerName,
				account_id: c.accountId,
				account_name: c.accountName,
				access_token: c.accessToken,
				updated_at: now
			});
		},
		connections(customerKey) {
			return connsStmt.all(customerKey).map((r) => ({
				accountId: r.account_id,
				accountName: r.account_name,
				accessToken: r.access_token,
				brokerType: r.broker_type,
				brokerName: r.broker_name
			}));
		},
		forgetConnections(customerKey) {
			return forgetConns.run(customerKey).changes;
		}
	};
}
// src/main/core/store/migrations.ts
var migrations = [
	{
		version: 1,
		name: "ledger",
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
		name: "customers",
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
		name: "tunnel and reconciliation",
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
		name: "leaner ack path",
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
		name: "delivery flags",
		sql: `ALTER TABLE deliveries ADD COLUMN flags TEXT;`
	},
	{
		version: 6,
		name: "sale charge and end",
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
		name: "shifts",
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
		name: "rejected delivery claims",
		sql: `
      ALTER TABLE deliveries ADD COLUMN claimed_transfer_id TEXT;
      UPDATE deliveries SET claimed_transfer_id = json_extract(CAST(body AS TEXT), '$.TransferId')
        WHERE rejected = 1 AND body IS NOT NULL AND json_valid(CAST(body AS TEXT)) AND json_type(CAST(body AS TEXT), '$.TransferId') = 'text';
      CREATE INDEX deliveries_claims ON deliveries (claimed_transfer_id, id) WHERE claimed_transfer_id IS NOT NULL;
    `
	},
	{
		version: 9,
		name: "integer transfer keys",
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
];
// src/main/core/store/db.ts
/** The ledger could not be opened: `code` says why (LEDGER_DAMAGED, LEDGER_UNWRITABLE, LEDGER_UNREADABLE). */
var LedgerOpenError = class extends Error {
	code;
	file;
	constructor(code, message, file) {
		super(message);
		this.code = code;
		this.file = file;
		this.name = "LedgerOpenError";
	}
};
var DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/;
var UNWRITABLE = /^SQLITE_(READONLY|CANTOPEN|PERM|FULL|IOERR)|^E(ACCES|PERM|ROFS|NOSPC|DQUOT)$/;
/** What to do about a damaged ledger: keep it, restore a backup or salvage it, and start again. */
function damagedAdvice(file) {
	const name = (0, node_path.basename)(file);
	return `Countertop will not start on a damaged ledger, so nothing more is lost. Stop here and keep a copy of ${name} (and ${name}-wal if it exists). Then restore the ledger from your backup, or salvage what is readable with \`sqlite3 ${name} .recover | sqlite3 recovered.sqlite\` and put recovered.sqlite in its place; moving the damaged file aside starts an empty ledger at the next start.`;
}
/** An open failure said with the file, the cause and what to do. */
function ledgerOpenError(file, err) {
	if (err instanceof LedgerOpenError) return err;
	const e = err;
	const code = typeof e?.code === "string" ? e.code : "";
	const cause = code ? `${e.message} (${code})` : e?.message ?? String(err);
	if (DAMAGED.test(code)) return new LedgerOpenError("LEDGER_DAMAGED", `The ledger ${file} is damaged: ${cause}. ${damagedAdvice(file)}`, file);
	if (UNWRITABLE.test(code)) return new LedgerOpenError("LEDGER_UNWRITABLE", `Cannot open the ledger ${file} for writing: ${cause}. Its directory ${(0, node_path.dirname)(file)} and the file itself must be writable by this user (SQLite creates ${(0, node_path.basename)(file)}-wal and -shm beside it), and the disk must have free space.`, file);
	return new LedgerOpenError("LEDGER_UNREADABLE", `Cannot open the ledger ${file}: ${cause}.`, file);
}
/**
* The ledger's files readable by this user only (they hold the PIN hash and every payment): the
* database is created 0600 before SQLite opens it, so the -wal and -shm files SQLite makes next
* to it get the same mode; files left 0644 by an older version are tightened.
*/
function makeLedgerFilesPrivate(file) {
	if (!(0, node_fs.existsSync)(file)) (0, node_fs.closeSync)((0, node_fs.openSync)(file, "a", 384));
	if (process.platform === "win32") return;
	for (const f of [
		file,
		`${file}-wal`,
		`${file}-shm`
	]) try {
		if (((0, node_fs.statSync)(f).mode & 63) !== 0) (0, node_fs.chmodSync)(f, 384);
	} catch (err) {
		if (err.code !== "ENOENT") throw err;
	}
}
/** quick_check's first findings, or null when the file is sound. */
function quickCheckProblems(db) {
	const found = db.pragma("quick_check(10)").map((r) => r.quick_check).filter((m) => m !== "ok");
	return found.length ? found.join("; ") : null;
}
/** Opens the ledger database, applies the pragmas and runs pending migrations. */
function openDatabase(opts) {
	if (opts.readonly) {
		let db;
		try {
			db = new better_sqlite3.default(opts.file, {
				readonly: true,
				fileMustExist: true,
				...opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}
			});
			db.pragma("busy_timeout = 5000");
		} catch (err) {
			throw ledgerOpenError(opts.file, err);
		}
		return db;
	}
	let db;
	try {
		if (opts.file !== ":memory:") {
			(0, node_fs.mkdirSync)((0, node_path.dirname)(opts.file), {
				recursive: true,
				mode: 448
			});
			makeLedgerFilesPrivate(opts.file);
		}
		db = new better_sqlite3.default(opts.file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : void 0);
	} catch (err) {
		throw ledgerOpenError(opts.file, err);
	}
	try {
		db.pragma("journal_mode = WAL");
		db.pragma(`synchronous = ${opts.synchronous ?? "FULL"}`);
		db.pragma("foreign_keys = ON");
		db.pragma("busy_timeout = 5000");
		db.pragma("temp_store = MEMORY");
		db.pragma(`wal_autocheckpoint = ${opts.walAutocheckpoint ?? 1e3}`);
		if (opts.quickCheck) {
			const problems = quickCheckProblems(db);
			if (problems) throw new LedgerOpenError("LEDGER_DAMAGED", `The ledger ${opts.file} is damaged (PRAGMA quick_check: ${problems.slice(0, 600)}). ${damagedAdvice(opts.file)}`, opts.file);
		}
		migrate(db);
	} catch (err) {
		db.close();
		throw ledgerOpenError(opts.file, err);
	}
	return db;
}
/** Applies every migration whose number is above PRAGMA user_version, each in its own transaction. */
function migrate(db) {
	const current = db.pragma("user_version", { simple: true });
	let applied = 0;
	for (const m of migrations) {
		if (m.version <= current) continue;
		db.transaction(() => {
			db.exec(m.sql);
			db.pragma(`user_version = ${m.version}`);
		})();
		applied++;
	}
	return applied;
}
// src/main/core/webhooks/keys.ts
/** The top-level object's keys in order (duplicates kept); null when the text is not an object. */
function topLevelKeys(text) {
	const n = text.length;
	let i = 0;
	while (i < n && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
	if (text[i] !== "{") return null;
	i++;
	const keys = [];
	let depth = 1;
	let expectKey = true;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			const start = i++;
			while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
			if (depth === 1 && expectKey) {
				keys.push(unquote(text.slice(start, i + 1)));
				expectKey = false;
			}
			i++;
			continue;
		}
		if (c === 123 || c === 91) depth++;
		else if (c === 125 || c === 93) {
			if (--depth === 0) return keys;
		} else if (c === 44 && depth === 1) expectKey = true;
		i++;
	}
	return keys;
}
function unquote(literal) {
	try {
		return JSON.parse(literal);
	} catch {
		return literal.slice(1, -1);
	}
}
/** Keys that appear more than once at the top level, each once, in first-seen order. */
function duplicateKeys(keys) {
	const seen = /* @__PURE__ */ new Set();
	const dup = /* @__PURE__ */ new Set();
	for (const k of keys) if (seen.has(k)) dup.add(k);
	else seen.add(k);
	return [...dup];
}
// src/main/core/webhooks/state.ts
/** Lower-cases a Mesh status for matching; the raw value is kept separately. */
function normalizeStatus(raw) {
	return raw.trim().toLowerCase();
}
function isFinalStatus(status) {
	return require_contract.FINAL_STATUSES.includes(status);
}
/** Orders events of equal finality: by Mesh Timestamp, then by EventId, so the result never depends on arrival order. */
function isLater(a, b) {
	const at = a.ts ?? -1;
	const bt = b.ts ?? -1;
	if (at !== bt) return at > bt;
	return a.eventId > b.eventId;
}
/**
* The next state of a transfer given one new event (each EventId is applied at most once).
* Steps (shared/status.ts): pending and unknown 0 < succeeded | failed 1 < refundpending 2 <
* refundsucceeded 3.
* - no current state: the event's status (a refund status implies the payment succeeded);
* - failed against a paid status (succeeded or a refund step), either way round: a conflict,
*   flagged, not applied — whichever arrived first stands;
* - a later step: applied (succeeded → refundpending → refundsucceeded; pending → any);
* - an earlier step: not applied (a late pending or succeeded never undoes a refund);
* - the same step: a final state holds (sticky); between non-final ones (pending and unknown
*   statuses, or two refundpending events) the later event by Timestamp, then EventId, wins,
*   so the result does not depend on arrival order.
*/
function nextTransferState(current, event) {
	const asState = {
		status: event.status,
		statusRaw: event.statusRaw,
		ts: event.ts,
		eventId: event.eventId
	};
	if (current === null) return {
		next: asState,
		applied: true,
		conflict: false
	};
	if (statusesContradict(current.status, event.status)) return {
		next: current,
		applied: false,
		conflict: true
	};
	const from = statusStep(current.status);
	const to = statusStep(event.status);
	if (to > from) return {
		next: asState,
		applied: true,
		conflict: false
	};
	if (to < from || isFinalStatus(current.status)) return {
		next: current,
		applied: false,
		conflict: false
	};
	if (isLater(event, current)) return {
		next: asState,
		applied: true,
		conflict: false
	};
	return {
		next: current,
		applied: false,
		conflict: false
	};
}
/** The body fields we read (PascalCase; their camelCase spellings are read too, see pick). */
var USED_FIELDS = [
	"EventId",
	"Id",
	"TransferId",
	"SentTimestamp",
	"TransferStatus",
	"Timestamp",
	"TransactionId",
	"TxHash",
	"UserId",
	"Token",
	"Chain",
	"SourceAmount",
	"DestinationAmount",
	"SourceAccountProvider",
	"DestinationAddress",
	"RefundAddress",
	"CountertopSelfTest"
];
var camel = (k) => k[0].toLowerCase() + k.slice(1);
/** Every spelling of a used field, to its PascalCase name. */
var USED_SPELLINGS = new Map(USED_FIELDS.flatMap((k) => [[k, k], [camel(k), k]]));
/**
* The used fields given more than once at the top level: the same key twice, or both its
* PascalCase and camelCase spellings (either way, which value counts is a guess).
*/
function ambiguousFields(text) {
	const keys = topLevelKeys(text);
	if (!keys) return [];
	return duplicateKeys(keys.map((k) => USED_SPELLINGS.get(k)).filter((k) => k !== void 0));
}
var MAX_ID$1 = 200;
function str(o, key, max = 1e3) {
	const v = o[key];
	if (typeof v === "string" && v.length > 0 && v.length <= max) return v;
	if (typeof v === "number" && Number.isFinite(v)) return String(v);
	return null;
}
/** An identifier: a non-empty string only. A number is refused (42, "42" and 42.0 must not become one id). */
function id(o, key, max) {
	const v = o[key];
	if (typeof v === "string") return {
		value: v.length > 0 && v.length <= max ? v : null,
		wrongType: false
	};
	return {
		value: null,
		wrongType: v !== void 0 && v !== null
	};
}
/**
* The text of a body as Mesh may send it: UTF-8 (a byte-order mark stripped), or UTF-16 told
* by its byte-order mark or, without one, by where the null bytes of its ASCII are (JSON text
* starts with ASCII: `{` or whitespace). Pure; never throws (an odd UTF-16 length drops the
* last byte, and JSON.parse then refuses the text as it would any broken body).
*/
function decodeBodyText(raw) {
	if (raw.length >= 3 && raw[0] === 239 && raw[1] === 187 && raw[2] === 191) return raw.subarray(3).toString("utf8");
	if (raw.length >= 2 && raw[0] === 255 && raw[1] === 254) return utf16(raw.subarray(2), "le");
	if (raw.length >= 2 && raw[0] === 254 && raw[1] === 255) return utf16(raw.subarray(2), "be");
	const order = utf16ByNulls(raw);
	return order ? utf16(raw, order) : raw.toString("utf8");
}
function utf16(b, order) {
	const even = b.subarray(0, b.length - b.length % 2);
	if (order === "le") return even.toString("utf16le");
	const swapped = Buffer.from(even);
	swapped.swap16();
	return swapped.toString("utf16le");
}
/** UTF-16 without a byte-order mark, by the null bytes of the first two code units (JSON text starts with two ASCII characters; RFC 4627 §3). */
function utf16ByNulls(b) {
	const units = Math.min(2, Math.floor(b.length / 2));
	if (units === 0) return null;
	let le = true;
	let be = true;
	for (let i = 0; i < units; i++) {
		const a = b[2 * i];
		const c = b[2 * i + 1];
		if (!(a !== 0 && c === 0)) le = false;
		if (!(a === 0 && c !== 0)) be = false;
		if (!le && !be) return null;
	}
	return le ? "le" : be ? "be" : null;
}
function int(o, key) {
	const v = o[key];
	const n = typeof v === "string" && /^\d{1,16}$/.test(v.trim()) ? Number(v) : v;
	return typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : null;
}
/** Reads a key PascalCase first, then camelCase, so a casing drift on Mesh's side loses nothing. */
function pick(o, pascal) {
	return pascal in o ? o : { [pascal]: o[pascal[0].toLowerCase() + pascal.slice(1)] };
}
function interpretBody(raw, opts = {}) {
	let json;
	let text;
	try {
		text = decodeBodyText(raw);
		json = JSON.parse(text);
	} catch {
		return {
			kind: "malformed",
			reason: "body is not valid JSON"
		};
	}
	if (json === null || typeof json !== "object" || Array.isArray(json)) return {
		kind: "uninterpretable",
		reason: "body is not a JSON object",
		json,
		eventId: null,
		deliveryId: null,
		transferId: null,
		sentTimestamp: null,
		flags: []
	};
	const o = json;
	const get = (k, max) => str(pick(o, k), k, max);
	const ev = id(pick(o, "EventId"), "EventId", MAX_ID$1);
	const tr = id(pick(o, "TransferId"), "TransferId", MAX_ID$1);
	const eventId = ev.value;
	const deliveryId = get("Id", MAX_ID$1);
	const transferId = tr.value;
	const sentTimestamp = int(pick(o, "SentTimestamp"), "SentTimestamp");
	const statusRaw = get("TransferStatus", 100);
	const ambiguous = ambiguousFields(text).length > 0;
	const staleAfter = opts.staleAfterMs ?? 864e5;
	const stale = sentTimestamp !== null && opts.receivedAt !== void 0 && opts.receivedAt - sentTimestamp * 1e3 > staleAfter;
	const flags = (more = []) => {
		const set = new Set(more);
		if (ambiguous) set.add("ambiguous");
		if (stale) set.add("stale");
		return require_contract.DELIVERY_FLAGS.filter((f) => set.has(f));
	};
	const partial = {
		json,
		eventId,
		deliveryId,
		transferId,
		sentTimestamp,
		flags: flags()
	};
	if (ev.wrongType) return {
		kind: "uninterpretable",
		reason: "EventId is not a string",
		...partial
	};
	if (tr.wrongType) return {
		kind: "uninterpretable",
		reason: "TransferId is not a string",
		...partial
	};
	if (!eventId) return {
		kind: "uninterpretable",
		reason: "EventId is missing",
		...partial
	};
	if (!transferId) return {
		kind: "uninterpretable",
		reason: "TransferId is missing",
		...partial
	};
	if (!statusRaw) return {
		kind: "uninterpretable",
		reason: "TransferStatus is missing",
		...partial
	};
	const status = normalizeStatus(statusRaw);
	if (status === "") return {
		kind: "uninterpretable",
		reason: "TransferStatus is empty",
		...partial
	};
	const txHash = get("TxHash", 200);
	return {
		kind: "event",
		json,
		flags: flags(status === "succeeded" && !txHash ? ["no_tx_hash"] : []),
		event: {
			eventId,
			deliveryId,
			sentTimestamp,
			timestamp: int(pick(o, "Timestamp"), "Timestamp"),
			transferId,
			status,
			statusRaw,
			transactionId: get("TransactionId", 128),
			txHash,
			userId: get("UserId", 300),
			token: get("Token", 50),
			chain: get("Chain", 100),
			sourceAmount: require_contract.toDecimalString(pick(o, "SourceAmount").SourceAmount),
			destinationAmount: require_contract.toDecimalString(pick(o, "DestinationAmount").DestinationAmount),
			sourceAccountProvider: get("SourceAccountProvider", 200),
			destinationAddress: get("DestinationAddress", 300),
			refundAddress: get("RefundAddress", 300),
			selfTest: o.CountertopSelfTest === true
		}
	};
}
// src/main/core/store/sql.ts
function inList(n) {
	return new Array(n).fill("?").join(", ");
}
/** Keyset cursors: an integer and a string, opaque to clients. */
function encodeCursor(n, s) {
	return Buffer.from(JSON.stringify([n, s]), "utf8").toString("base64url");
}
function decodeCursor(c) {
	if (!c) return null;
	try {
		const v = JSON.parse(Buffer.from(c, "base64url").toString("utf8"));
		if (Array.isArray(v) && typeof v[0] === "number" && typeof v[1] === "string") return {
			n: v[0],
			s: v[1]
		};
	} catch {}
	throw new CursorError();
}
var CursorError = class extends Error {
	code = "INVALID_ARGUMENT";
	constructor() {
		super("The page cursor is not valid; start again from the first page.");
	}
};
// src/main/core/store/deliveries.ts
function toDeliveryRow(r) {
	let headers = {};
	try {
		headers = JSON.parse(r.headers);
	} catch {}
	return {
		id: r.id,
		deliveryId: r.delivery_id,
		eventId: r.event_id,
		transferId: r.transfer_id,
		receivedAt: r.received_at,
		sentTimestamp: r.sent_ts,
		verdict: r.verdict,
		httpStatus: r.http_status,
		answerMs: r.answer_ms,
		remoteAddress: r.remote_addr,
		headers,
		bodySize: r.body_size,
		bodyTruncated: r.body_truncated === 1,
		body: r.body ? decodeBodyText(Buffer.from(r.body)) : "",
		replayOf: r.replay_of,
		isTest: r.is_test === 1,
		flags: parseFlags(r.flags)
	};
}
/** Flags as stored: comma-separated, no spaces. */
var formatFlags = (flags) => flags && flags.length ? flags.join(",") : null;
var parseFlags = (stored) => stored ? stored.split(",").filter((f) => f.length > 0) : [];
function isRejected(v) {
	return require_contract.REJECTED_VERDICTS.includes(v);
}
function createDeliveriesRepo(db) {
	const insertStmt = db.prepare(`INSERT INTO deliveries (delivery_id, event_id, transfer_id, transfer_seq, received_at, sent_ts, verdict, rejected, http_status, remote_addr, headers, body, body_size, body_truncated, replay_of, is_test, flags, claimed_transfer_id)
     VALUES (@delivery_id, @event_id, @transfer_id, @transfer_seq, @received_at, @sent_ts, @verdict, @rejected, @http_status, @remote_addr, @headers, @body, @body_size, @body_truncated, @replay_of, @is_test, @flags, @claimed_transfer_id)`);
	const answerStmt = db.prepare("UPDATE deliveries SET answer_ms = ? WHERE id = ?");
	const getStmt = db.prepare("SELECT * FROM deliveries WHERE id = ?");
	const forTransferStmt = db.prepare(`SELECT * FROM deliveries WHERE transfer_seq = (SELECT seq FROM transfers WHERE transfer_id = ?)
     UNION ALL SELECT * FROM deliveries WHERE transfer_seq IS NULL AND transfer_id = ? ORDER BY id`);
	const eventKeyStmt = db.prepare("SELECT transfer_id, transfer_seq FROM webhook_events WHERE event_id = ?");
	const claimingStmt = db.prepare("SELECT * FROM deliveries WHERE claimed_transfer_id = ? ORDER BY id DESC LIMIT ?");
	const rejectedCountStmt = db.prepare("SELECT count(*) AS n FROM deliveries WHERE rejected = 1");
	const pruneStmt = db.prepare(`DELETE FROM deliveries WHERE rejected = 1 AND id <= (SELECT id FROM deliveries WHERE rejected = 1 ORDER BY id DESC LIMIT 1 OFFSET ?)`);
	const lastStmt = db.prepare("SELECT received_at AS at FROM deliveries ORDER BY id DESC LIMIT 1");
	const recordAnswers = db.transaction((rows) => {
		for (const r of rows) answerStmt.run(r.ms, r.id);
	});
	function list(q) {
		const where = [];
		const params = [];
		const verdicts = q.verdict === void 0 ? [] : Array.isArray(q.verdict) ? q.verdict : [q.verdict];
		if (verdicts.length) {
			where.push(`verdict IN (${inList(verdicts.length)})`);
			params.push(...verdicts);
			if (!verdicts.includes("accepted")) where.push(`verdict <> 'accepted'`);
		}
		if (q.rejected !== void 0) where.push(q.rejected ? "rejected = 1" : "rejected = 0");
		if (q.transferId) {
			where.push("(transfer_seq = (SELECT seq FROM transfers WHERE transfer_id = ?) OR (transfer_seq IS NULL AND transfer_id = ?))");
			params.push(q.transferId, q.transferId);
		}
		if (q.eventId) {
			where.push("event_id = ?");
			params.push(q.eventId);
			const ev = eventKeyStmt.get(q.eventId);
			if (ev?.transfer_seq != null) {
				where.push("transfer_seq = ?");
				params.push(ev.transfer_seq);
			} else if (ev?.transfer_id != null) {
				where.push("transfer_seq IS NULL", "transfer_id = ?");
				params.push(ev.transfer_id);
			}
		}
		const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
		const count = (sql, ...p) => db.prepare(`SELECT count(*) AS n FROM deliveries ${sql}`).get(...p).n;
		const onlyAccepted = where.length === 1 && verdicts.length === 1 && verdicts[0] === "accepted";
		const total = where.length === 1 && q.rejected === false ? count("") - count("WHERE rejected = 1") : onlyAccepted ? count("") - count(`WHERE verdict <> 'accepted'`) : count(filter, ...params);
		if (q.cursor) {
			const before = Number(q.cursor);
			if (!Number.isSafeInteger(before)) throw Object.assign(/* @__PURE__ */ new Error("The page cursor is not valid; start again from the first page."), { code: "INVALID_ARGUMENT" });
			where.push("id < ?");
			params.push(before);
		}
		const rows = db.prepare(`SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`).all(...params, q.limit + 1);
		const more = rows.length > q.limit;
		const items = rows.slice(0, q.limit).map(toDeliveryRow);
		const last = items[items.length - 1];
		return {
			items,
			total,
			nextCursor: more && last ? String(last.id) : null
		};
	}
	return {
		insert: (d) => Number(insertStmt.run({
			...d,
			transfer_seq: d.transfer_seq ?? null,
			flags: d.flags ?? null,
			claimed_transfer_id: d.claimed_transfer_id ?? null,
			rejected: isRejected(d.verdict) ? 1 : 0
		}).lastInsertRowid),
		/** Our time to answer is known only after the reply; it is written in batches, off the ack path. */
		recordAnswerTimes: (rows) => recordAnswers(rows),
		get: (id) => {
			const r = getStmt.get(id);
			return r ? toDeliveryRow(r) : void 0;
		},
		/** The stored row as the Store shows it (without SQLite's transfer_seq). */
		getRaw: (id) => {
			const r = getStmt.get(id);
			if (!r) return void 0;
			const { transfer_seq: _seq, ...row } = r;
			return row;
		},
		listForTransfer: (transferId) => forTransferStmt.all(transferId, transferId).map(toDeliveryRow),
		/** Rejected deliveries whose unverified body claims this transfer, newest first (indexed). */
		listClaimingTransfer: (transferId, limit = 500) => claimingStmt.all(transferId, limit).map(toDeliveryRow),
		rejectedCount: () => rejectedCountStmt.get().n,
		/** Keeps only the newest `keep` rejected deliveries. */
		pruneRejected: (keep) => pruneStmt.run(keep).changes,
		lastReceivedAt: () => lastStmt.get()?.at ?? null,
		list
	};
}
// src/main/core/store/downtime.ts
function toWindow(r) {
	return {
		id: r.id,
		kind: r.kind,
		startedAt: r.started_at,
		endedAt: r.ended_at,
		reason: r.reason,
		reconciledAt: r.reconciled_at
	};
}
function createDowntimeRepo(db) {
	const openOfKind = db.prepare("SELECT * FROM downtime WHERE kind = ? AND ended_at IS NULL ORDER BY id LIMIT 1");
	const insertStmt = db.prepare("INSERT INTO downtime (kind, started_at, ended_at, reason) VALUES (?, ?, ?, ?)");
	const closeStmt = db.prepare("UPDATE downtime SET ended_at = max(started_at, ?) WHERE kind = ? AND ended_at IS NULL");
	const listStmt = db.prepare("SELECT * FROM downtime ORDER BY started_at DESC, id DESC LIMIT ?");
	const unreconciledStmt = db.prepare("SELECT * FROM downtime WHERE reconciled_at IS NULL ORDER BY started_at, id");
	const markStmt = db.prepare("UPDATE downtime SET reconciled_at = ? WHERE id = ? AND ended_at IS NOT NULL AND reconciled_at IS NULL");
	const getStmt = db.prepare("SELECT * FROM downtime WHERE id = ?");
	const open = db.transaction((kind, at, reason) => {
		const existing = openOfKind.get(kind);
		if (existing) return existing.id;
		return Number(insertStmt.run(kind, at, null, reason).lastInsertRowid);
	});
	const close = db.transaction((kind, at) => {
		const existing = openOfKind.get(kind);
		if (!existing) return null;
		closeStmt.run(at, kind);
		return toWindow(getStmt.get(existing.id));
	});
	return {
		/** Opens a window of this kind, or returns the one already open (a second outage before recovery extends the first). */
		open: (kind, at, reason = null) => open.immediate(kind, at, reason),
		/** Closes the open window of this kind (never before it started); returns it, or null when none was open. */
		close: (kind, at) => close.immediate(kind, at),
		/** Records a window already over (e.g. the app was not running between two heartbeats). */
		record(kind, startedAt, endedAt, reason = null) {
			return Number(insertStmt.run(kind, startedAt, Math.max(startedAt, endedAt), reason).lastInsertRowid);
		},
		openWindow: (kind) => {
			const r = openOfKind.get(kind);
			return r ? toWindow(r) : null;
		},
		get: (id) => {
			const r = getStmt.get(id);
			return r ? toWindow(r) : null;
		},
		/** Newest first. */
		list: (limit = 100) => listStmt.all(limit).map(toWindow),
		/** Windows not yet covered by reconciliation, oldest first; open ones included. */
		unreconciled: () => unreconciledStmt.all().map(toWindow),
		/** Marks a closed window reconciled; an open one cannot be (returns false). */
		markReconciled: (id, at) => markStmt.run(at, id).changes === 1
	};
}
// src/main/core/store/reconcile-runs.ts
var toRunRow = (r) => ({
	id: r.id,
	startedAt: r.started_at,
	finishedAt: r.finished_at,
	trigger: r.trigger,
	checked: r.checked,
	updated: r.updated,
	conflicts: r.conflicts,
	error: r.error
});
function createReconcileRepo(db) {
	const startStmt = db.prepare("INSERT INTO reconcile_runs (started_at, trigger) VALUES (?, ?)");
	const finishStmt = db.prepare("UPDATE reconcile_runs SET finished_at = @finished_at, checked = @checked, updated = @updated, conflicts = @conflicts, error = @error WHERE id = @id");
	const listStmt = db.prepare("SELECT * FROM reconcile_runs ORDER BY id DESC LIMIT ?");
	const getStmt = db.prepare("SELECT * FROM reconcile_runs WHERE id = ?");
	const betweenStmt = db.prepare("SELECT * FROM reconcile_runs WHERE started_at >= ? AND started_at <= ? ORDER BY id DESC LIMIT ?");
	const pendingStmt = db.prepare("SELECT transfer_id, first_seen_at FROM transfers WHERE is_final = 0 AND is_test = 0 AND first_seen_at <= ? AND first_seen_at >= ? ORDER BY first_seen_at");
	const unlinkedStmt = db.prepare("SELECT session_id, transaction_id, created_at FROM link_sessions WHERE transfer_id IS NULL AND created_at <= ? AND created_at >= ? ORDER BY created_at");
	return {
		startRun: (trigger, at) => Number(startStmt.run(at, trigger).lastInsertRowid),
		finishRun: (id, r) => void finishStmt.run({
			id,
			finished_at: r.finishedAt,
			checked: r.checked,
			updated: r.updated,
			conflicts: r.conflicts,
			error: r.error
		}),
		getRun: (id) => {
			const r = getStmt.get(id);
			return r ? toRunRow(r) : null;
		},
		/** Newest first. */
		listRuns: (limit = 20) => listStmt.all(limit).map(toRunRow),
		/** Runs started in [from, to], newest first, at most `limit` (a support bundle's window). */
		runsBetween: (from, to, limit) => betweenStmt.all(from, to, limit).map(toRunRow),
		pendingTransfers: (seenBefore, seenAfter) => pendingStmt.all(seenBefore, seenAfter),
		unlinkedSessions: (createdBefore, createdAfter) => unlinkedStmt.all(createdBefore, createdAfter)
	};
}
// src/main/core/store/settings.ts
/** Plain (non-secret) settings as JSON values. Secrets live in the secret store, never here. */
function createSettingsRepo(db, now) {
	const getStmt = db.prepare("SELECT value FROM settings WHERE key = ?");
	const allStmt = db.prepare("SELECT key, value FROM settings ORDER BY key");
	const setStmt = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at");
	const delStmt = db.prepare("DELETE FROM settings WHERE key = ?");
	return {
		get(key) {
			const r = getStmt.get(key);
			return r ? JSON.parse(r.value) : void 0;
		},
		set(key, value) {
			setStmt.run(key, JSON.stringify(value), now());
		},
		delete(key) {
			delStmt.run(key);
		},
		all() {
			return Object.fromEntries(allStmt.all().map((r) => [r.key, JSON.parse(r.value)]));
		}
	};
}
// src/main/core/store/shifts.ts
/** The USD Mesh was asked to charge for a sale, as SQL over link_sessions `s` (schema v6; older rows: the amount, as sent). */
var SALE_USD_AMOUNT_SQL = "coalesce(s.usd_amount, s.amount)";
/**
* A paid sale is one whose transfer succeeded, later refunded or not (PAID_STATUSES; sales the
* counter ended included: the money arrived). One range on link_sessions' created_at index,
* each transfer by its key.
*/
function paidSalesSql(usdAmount, from, to) {
	return `SELECT s.created_at, t.status, s.currency, s.amount, ${usdAmount} AS usd_amount, s.asset, s.network,
      t.token, t.chain, t.destination_amount, t.source_amount
    FROM link_sessions s JOIN transfers t ON t.transfer_id = s.transfer_id
    WHERE s.created_at >= ${from} AND s.created_at < ${to} AND t.status IN (${PAID_STATUSES.map((st) => `'${st}'`).join(", ")})
    ORDER BY s.created_at`;
}
function createShiftsRepo(db) {
	const insertStmt = db.prepare("INSERT INTO shifts (shift_id, opened_at, closed_at, opened_by) VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING RETURNING *");
	const currentStmt = db.prepare("SELECT * FROM shifts WHERE closed_at IS NULL");
	const closeStmt = db.prepare("UPDATE shifts SET closed_at = max(opened_at, ?) WHERE closed_at IS NULL RETURNING *");
	const getStmt = db.prepare("SELECT * FROM shifts WHERE shift_id = ?");
	const listStmt = db.prepare("SELECT * FROM shifts ORDER BY opened_at DESC, shift_id DESC LIMIT ?");
	const salesStmt = db.prepare("SELECT * FROM link_sessions WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC, session_id DESC");
	const paidStmt = db.prepare(paidSalesSql(SALE_USD_AMOUNT_SQL, "?", "?"));
	const open = db.transaction((shiftId, openedAt, openedBy) => {
		const inserted = insertStmt.get(shiftId, openedAt, openedBy);
		if (inserted) return {
			created: true,
			shift: inserted
		};
		const current = currentStmt.get();
		if (!current) throw new Error(`store: shift id ${shiftId} is taken`);
		return {
			created: false,
			shift: current
		};
	});
	return {
		/** Opens a shift, unless one is open already: then that one comes back with created false. */
		open: (shiftId, openedAt, openedBy) => open.immediate(shiftId, openedAt, openedBy),
		/** Closes the open shift (never before it opened) and returns it; undefined when none was open. */
		close: (at) => closeStmt.get(at),
		current: () => currentStmt.get(),
		get: (shiftId) => getStmt.get(shiftId),
		/** Newest first. */
		list: (limit) => listStmt.all(limit),
		/** Every sale created in [from, to), newest first. */
		salesBetween: (from, to) => salesStmt.all(from, to),
		/** The paid sales created in [from, to), oldest first. */
		paidSalesBetween: (from, to) => paidStmt.all(from, to)
	};
}
// src/shared/search.ts
/**
* The spellings a TransferId, TransactionId or TxHash may be stored in for a term typed in any
* case: as typed, lower and upper case, and for 0x hashes the prefix kept lower. Each is looked
* up through the columns' own indexes (no lower() index to keep up on the ack path); stored ids
* are one case (Mesh's UUIDs and hex hashes lower, ours lower), so this finds them all.
*/
function searchSpellings(term) {
	const out = /* @__PURE__ */ new Set([
		term,
		term.toLowerCase(),
		term.toUpperCase()
	]);
	if (/^0x/i.test(term)) {
		const rest = term.slice(2);
		out.add(`0x${rest.toLowerCase()}`);
		out.add(`0x${rest.toUpperCase()}`);
	}
	return [...out];
}
// src/main/core/store/transfers.ts
function toTransferRow(r) {
	return {
		transferId: r.transfer_id,
		transactionId: r.transaction_id,
		status: r.status,
		statusRaw: r.status_raw,
		isFinal: r.is_final === 1,
		conflict: r.conflict === 1,
		txHash: r.tx_hash,
		userId: r.user_id,
		token: r.token,
		chain: r.chain,
		sourceAmount: r.source_amount,
		destinationAmount: r.destination_amount,
		sourceAccountProvider: r.source_provider,
		destinationAddress: r.destination_address,
		refundAddress: r.refund_address,
		firstSeenAt: r.first_seen_at,
		updatedAt: r.updated_at,
		statusTimestamp: r.status_ts,
		eventCount: r.event_count,
		deliveryCount: r.delivery_count,
		retried: r.retried === 1,
		provenance: r.provenance,
		isTest: r.is_test === 1,
		sessionId: r.session_id
	};
}
var COLUMNS = `transfer_id, transaction_id, status, status_raw, is_final, conflict, status_ts, status_event_id, tx_hash, user_id, token, chain,
  source_amount, destination_amount, source_provider, destination_address, refund_address, first_seen_at, updated_at,
  event_count, delivery_count, retried, provenance, is_test, session_id`;
/** Columns an UPDATE may change that are in an index (SQLite rewrites those entries whenever they are SET). */
var INDEXED_UPDATE = [
	"transaction_id",
	"tx_hash",
	"status",
	"is_test"
];
var UNINDEXED_UPDATE = [
	"status_raw",
	"is_final",
	"conflict",
	"status_ts",
	"status_event_id",
	"user_id",
	"token",
	"chain",
	"source_amount",
	"destination_amount",
	"source_provider",
	"destination_address",
	"refund_address",
	"updated_at",
	"event_count",
	"delivery_count",
	"retried",
	"provenance",
	"session_id"
];
var INSERT_SQL = `INSERT INTO transfers (${COLUMNS}) VALUES (@transfer_id, @transaction_id, @status, @status_raw, @is_final, @conflict, @status_ts,
      @status_event_id, @tx_hash, @user_id, @token, @chain, @source_amount, @destination_amount, @source_provider, @destination_address,
      @refund_address, @first_seen_at, @updated_at, @event_count, @delivery_count, @retried, @provenance, @is_test, @session_id)`;
/**
* SQLite's integer transfer keys (schema v9), for the writer's ingest only: not part of the
* engine-free Store (PostgreSQL indexes by TransferId and has no seq).
*/
function createTransferKeys(db) {
	const insertStmt = db.prepare(INSERT_SQL);
	const seqStmt = db.prepare("SELECT seq FROM transfers WHERE transfer_id = ?");
	const currentStmt = db.prepare(`SELECT seq, ${COLUMNS} FROM transfers WHERE transfer_id = ?`);
	const eventStmt = db.prepare("SELECT event_id, transfer_id, transfer_seq FROM webhook_events WHERE event_id = ?");
	return {
		/** The transfer's row with its seq (as TransfersRepo.getRecord). */
		current: (transferId) => currentStmt.get(transferId),
		/** A known event's transfer and that transfer's seq, as its row holds them (as EventsRepo.find). */
		event: (eventId) => eventStmt.get(eventId),
		/** Inserts a new transfer (as TransfersRepo.insert); returns its seq. */
		insert: (r) => Number(insertStmt.run(r).lastInsertRowid),
		/** The transfer's seq; null when the ledger has no such transfer. */
		seqOf: (transferId) => seqStmt.get(transferId)?.seq ?? null
	};
}
function createTransfersRepo(db) {
	const getStmt = db.prepare(`SELECT ${COLUMNS} FROM transfers WHERE transfer_id = ?`);
	const insertStmt = db.prepare(INSERT_SQL);
	const updateStmts = /* @__PURE__ */ new Map();
	const updateStmt = (changed) => {
		let stmt = updateStmts.get(changed);
		if (!stmt) {
			const set = [...UNINDEXED_UPDATE, ...INDEXED_UPDATE.filter((_, i) => changed & 1 << i)].map((c) => `${c} = @${c}`);
			stmt = db.prepare(`UPDATE transfers SET ${set.join(", ")} WHERE transfer_id = @transfer_id`);
			updateStmts.set(changed, stmt);
		}
		return stmt;
	};
	const countDeliveryStmt = db.prepare(`UPDATE transfers SET delivery_count = delivery_count + 1, retried = 1, updated_at = ? WHERE transfer_id = ?`);
	function list(q) {
		const where = [];
		const params = [];
		const c = (column) => q.search ? `+${column}` : column;
		const statuses = q.status === void 0 ? [] : Array.isArray(q.status) ? q.status : [q.status];
		if (!q.includeTests) where.push(`${statuses.length === 1 ? "+is_test" : c("is_test")} = 0`);
		const statusParams = statuses.map((s) => s.toLowerCase());
		if (statuses.length > 0) {
			where.push(`${c("status")} IN (${inList(statuses.length)})`);
			params.push(...statusParams);
		}
		if (q.from !== void 0) {
			where.push(`${c("first_seen_at")} >= ?`);
			params.push(q.from);
		}
		if (q.to !== void 0) {
			where.push(`${c("first_seen_at")} < ?`);
			params.push(q.to);
		}
		if (q.search) {
			const terms = [];
			for (const s of searchSpellings(q.search)) if (s.length >= 6) {
				const hi = s + "￿";
				terms.push(`(transfer_id >= ? AND transfer_id < ?) OR (transaction_id >= ? AND transaction_id < ?) OR (tx_hash >= ? AND tx_hash < ?)`);
				params.push(s, hi, s, hi, s, hi);
			} else {
				terms.push("transfer_id = ? OR transaction_id = ? OR tx_hash = ?");
				params.push(s, s, s);
			}
			where.push(`(${terms.join(" OR ")})`);
		}
		if (q.amountMin !== void 0 || q.amountMax !== void 0) {
			const lo = q.amountMin ?? "0";
			const hi = q.amountMax ?? "1e308";
			where.push(`((CAST(source_amount AS REAL) BETWEEN CAST(? AS REAL) AND CAST(? AS REAL)) OR (CAST(destination_amount AS REAL) BETWEEN CAST(? AS REAL) AND CAST(? AS REAL))
          OR EXISTS (SELECT 1 FROM link_sessions ls WHERE ls.session_id = transfers.session_id AND CAST(ls.amount AS REAL) BETWEEN CAST(? AS REAL) AND CAST(? AS REAL)))`);
			params.push(lo, hi, lo, hi, lo, hi);
		}
		const count = (w, p) => db.prepare(`SELECT count(*) AS n FROM transfers ${w.length ? `WHERE ${w.join(" AND ")}` : ""}`).get(...p).n;
		let total;
		if (!q.includeTests && !q.search && q.from === void 0 && q.to === void 0 && q.amountMin === void 0 && q.amountMax === void 0) {
			const byStatus = statuses.length > 0 ? [`status IN (${inList(statuses.length)})`] : [];
			total = count(byStatus, statusParams) - count(["is_test = 1", ...byStatus.map((w) => `+${w}`)], statusParams);
		} else total = count(where, params);
		const pageWhere = [...where];
		const pageParams = [...params];
		const cursor = decodeCursor(q.cursor);
		if (cursor) {
			pageWhere.push("(first_seen_at < ? OR (first_seen_at = ? AND transfer_id < ?))");
			pageParams.push(cursor.n, cursor.n, cursor.s);
		}
		const rows = db.prepare(`SELECT ${COLUMNS} FROM transfers ${pageWhere.length ? `WHERE ${pageWhere.join(" AND ")}` : ""}
         ORDER BY first_seen_at DESC, transfer_id DESC LIMIT ?`).all(...pageParams, q.limit + 1);
		const more = rows.length > q.limit;
		const items = rows.slice(0, q.limit).map(toTransferRow);
		const last = items[items.length - 1];
		return {
			items,
			total,
			nextCursor: more && last ? encodeCursor(last.firstSeenAt, last.transferId) : null
		};
	}
	return {
		getRecord: (transferId) => getStmt.get(transferId),
		get: (transferId) => {
			const r = getStmt.get(transferId);
			return r ? toTransferRow(r) : void 0;
		},
		insert: (r) => void insertStmt.run(r),
		/** Writes a transfer's new state; with `before` (its row as read in this transaction) only the indexed columns that changed. */
		update: (r, before) => {
			let changed = 0;
			INDEXED_UPDATE.forEach((c, i) => {
				if (!before || before[c] !== r[c]) changed |= 1 << i;
			});
			updateStmt(changed).run(r);
		},
		/** Counts a repeated delivery of a known event against its transfer. */
		countRepeatDelivery: (transferId, now) => void countDeliveryStmt.run(now, transferId),
		list
	};
}
// src/main/core/webhooks/apply.ts
function createEventRecorder(store) {
	const applyEvent = createEventApplier(store);
	return (e, o) => {
		const r = applyEvent(e, o.provenance, o.at, o.isTest);
		store.events.insert({
			event_id: e.eventId,
			transfer_id: e.transferId,
			transfer_seq: r.seq,
			status: e.status,
			status_raw: e.statusRaw,
			event_ts: e.timestamp,
			first_received_at: o.at,
			delivery_count: o.provenance === "webhook" ? 1 : 0,
			provenance: o.provenance,
			applied: r.applied ? 1 : 0,
			conflict: r.conflict ? 1 : 0,
			payload: o.payload
		});
		return r;
	};
}
function createEventApplier(store) {
	/** Applies one new status event to its transfer. Returns whether the event changed the status and whether it conflicts. */
	return function applyEvent(e, provenance, at, isTest) {
		const cur = store.transferKeys.current(e.transferId);
		const t = nextTransferState(cur ? {
			status: cur.status,
			statusRaw: cur.status_raw,
			ts: cur.status_ts,
			eventId: cur.status_event_id ?? ""
		} : null, {
			status: e.status,
			statusRaw: e.statusRaw,
			ts: e.timestamp,
			eventId: e.eventId
		});
		const prefer = (fresh, old) => t.applied ? fresh ?? old ?? null : old ?? fresh ?? null;
		const session = cur?.session_id ? null : e.transactionId ? store.sessions.findByTransactionId(e.transactionId) : void 0;
		const rec = {
			transfer_id: e.transferId,
			transaction_id: prefer(e.transactionId, cur?.transaction_id),
			status: t.next.status,
			status_raw: t.next.statusRaw,
			is_final: isFinalStatus(t.next.status) ? 1 : 0,
			conflict: (cur?.conflict ?? 0) || (t.conflict ? 1 : 0),
			status_ts: t.next.ts,
			status_event_id: t.next.eventId,
			tx_hash: prefer(e.txHash, cur?.tx_hash),
			user_id: prefer(e.userId, cur?.user_id),
			token: prefer(e.token, cur?.token),
			chain: prefer(e.chain, cur?.chain),
			source_amount: prefer(e.sourceAmount, cur?.source_amount),
			destination_amount: prefer(e.destinationAmount, cur?.destination_amount),
			source_provider: prefer(e.sourceAccountProvider, cur?.source_provider),
			destination_address: prefer(e.destinationAddress, cur?.destination_address),
			refund_address: prefer(e.refundAddress, cur?.refund_address),
			first_seen_at: cur?.first_seen_at ?? at,
			updated_at: at,
			event_count: (cur?.event_count ?? 0) + 1,
			delivery_count: (cur?.delivery_count ?? 0) + (provenance === "webhook" ? 1 : 0),
			retried: cur?.retried ?? 0,
			provenance: t.applied ? provenance : cur?.provenance ?? provenance,
			is_test: cur ? cur.is_test : isTest ? 1 : 0,
			session_id: cur?.session_id ?? session?.session_id ?? null
		};
		let seq = cur?.seq ?? null;
		if (cur) store.transfers.update(rec, cur);
		else seq = store.transferKeys.insert(rec);
		if (session) store.sessions.linkTransfer(session.session_id, e.transferId, at);
		return {
			applied: t.applied,
			conflict: t.conflict,
			seq
		};
	};
}
// src/main/core/store/sqlite/ledger.ts
function createRepos(db, now) {
	return {
		transfers: createTransfersRepo(db),
		/** Not in the Store: the writer's integer transfer keys (schema v9). */
		transferKeys: createTransferKeys(db),
		events: createEventsRepo(db),
		deliveries: createDeliveriesRepo(db),
		sessions: createSessionsRepo(db),
		customers: createCustomersRepo(db),
		settings: createSettingsRepo(db, now),
		audit: createAuditRepo(db, now),
		downtime: createDowntimeRepo(db),
		reconcileRuns: createReconcileRepo(db),
		shifts: createShiftsRepo(db)
	};
}
/** Multi-statement changes that must be one transaction: domain operations, not SQL. */
function createOps(db, repos) {
	const recordNewEvent = createEventRecorder(repos);
	function recordPolled(e, at, payload) {
		const cur = repos.transfers.getRecord(e.transferId);
		if (cur && cur.status === e.status) return null;
		if (repos.events.find(e.eventId)) return null;
		const { applied, conflict } = recordNewEvent(e, {
			provenance: "poll",
			at,
			isTest: false,
			payload
		});
		return {
			applied,
			conflict,
			created: !cur
		};
	}
	const tx = (fn) => {
		const t = db.transaction(fn);
		return (...a) => t.immediate(...a);
	};
	return {
		/** Settings changed together with the audit entry that says so. */
		setSettings: tx((entries, audit) => {
			for (const [k, v] of entries) if (v === null) repos.settings.delete(k);
			else repos.settings.set(k, v);
			if (audit) repos.audit.append(audit.actor, audit.action, audit.detail);
		}),
		/** One SDK callback of a sale: its saved connections, the callback row, the transfer it names. */
		recordSdkEvent: tx((a) => {
			if (a.customerKey) for (const c of a.connections) repos.customers.saveConnection(a.customerKey, c, a.at);
			repos.sessions.addSdkEvent(a.sessionId, a.at, a.type, a.payload);
			if (a.transferId) repos.sessions.linkTransfer(a.sessionId, a.transferId, a.at);
		}),
		/** A status Mesh's transfer list reports: recorded as a new 'poll' event unless we already have it. */
		recordPolledEvent: tx(recordPolled),
		/** A page of Mesh's transfer list: each item as recordPolledEvent, all in one transaction (one fsync). */
		recordPolledEvents: tx((items, at) => items.map((i) => recordPolled(i.event, at, i.payload))),
		/** Forgets a return customer's saved connections, audited. */
		forgetCustomer: tx((customerKey) => {
			const removed = repos.customers.forgetConnections(customerKey);
			repos.audit.append("counter", "customer.connections.forgotten", { removed });
			return removed;
		})
	};
}
function openLedger(opts) {
	const now = opts.now ?? Date.now;
	const db = openDatabase(opts);
	const repos = createRepos(db, now);
	return {
		db,
		...repos,
		ops: createOps(db, repos),
		/** Runs fn in one transaction (immediate: the write lock is taken up front). */
		tx(fn) {
			return db.transaction(fn).immediate();
		},
		integrityCheck() {
			return db.pragma("integrity_check", { simple: true });
		},
		quickCheck() {
			return db.pragma("quick_check", { simple: true });
		},
		close() {
			if (db.open) db.close();
		}
	};
}
// src/main/core/webhooks/claims.ts
var MAX_ID = 200;
/** Mesh's field as a JSON string; a truncated body may not parse, so this reads the text directly. */
var TRANSFER_ID = /"TransferId"\s*:\s*"((?:[^"\\]|\\.){1,200})"/;
/** The TransferId a (possibly truncated) webhook body claims, or null. Never throws. */
function claimedTransferId(body) {
	if (body.length === 0) return null;
	const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
	try {
		const v = JSON.parse(text)?.TransferId;
		return typeof v === "string" && v.length > 0 && v.length <= MAX_ID ? v : null;
	} catch {
		const m = TRANSFER_ID.exec(text);
		if (!m) return null;
		try {
			const id = JSON.parse(`"${m[1]}"`);
			return id.length > 0 && id.length <= MAX_ID ? id : null;
		} catch {
			return null;
		}
	}
}
// src/main/core/webhooks/record.ts
var DEFAULT_LIMITS = {
	rejectedBodyBytes: 4096,
	rejectedKeep: 1e4,
	headerBytes: 8192
};
/** Header names whose values are secrets or credentials: never stored. */
var SECRET_HEADERS = /* @__PURE__ */ new Set([
	"authorization",
	"proxy-authorization",
	"cookie",
	"set-cookie",
	"x-client-secret",
	"x-api-key"
]);
function storableHeaders(headers, maxBytes) {
	const out = {};
	for (const [k, v] of Object.entries(headers)) {
		if (v === void 0) continue;
		const key = k.toLowerCase();
		out[key] = SECRET_HEADERS.has(key) ? "[redacted]" : Array.isArray(v) ? v.join(", ") : v;
	}
	let json = JSON.stringify(out);
	if (Buffer.byteLength(json) > maxBytes) {
		const kept = {};
		let size = 2;
		for (const [k, v] of Object.entries(out)) {
			const val = v.length > 512 ? `${v.slice(0, 512)}…` : v;
			const add = Buffer.byteLength(JSON.stringify({ [k]: val }));
			if (size + add > maxBytes - 40) break;
			kept[k] = val;
			size += add;
		}
		kept["x-countertop-truncated"] = "true";
		json = JSON.stringify(kept);
	}
	return json;
}
/**
* The row of a rejected delivery, for both engines: no verified ids, the body cut at the limit,
* and the TransferId its unverified body claims (so ledger.get finds it by index).
*/
function rejectedDeliveryRow(d, verdict, httpStatus, limits) {
	const body = d.raw.subarray(0, limits.rejectedBodyBytes);
	return {
		delivery_id: null,
		event_id: null,
		transfer_id: null,
		received_at: d.receivedAt,
		sent_ts: null,
		verdict,
		http_status: httpStatus,
		remote_addr: d.remoteAddress,
		headers: storableHeaders(d.headers, limits.headerBytes),
		body,
		body_size: d.raw.length,
		body_truncated: d.raw.length > limits.rejectedBodyBytes ? 1 : 0,
		replay_of: d.replayOf ?? null,
		is_test: d.isTest ? 1 : 0,
		claimed_transfer_id: claimedTransferId(body)
	};
}
function createDeliveryRecorder(store, limitsIn) {
	const limits = {
		...DEFAULT_LIMITS,
		...limitsIn
	};
	let rejectedSincePrune = 0;
	const recordNewEvent = createEventRecorder(store);
	function recordRejected(d, verdict, httpStatus) {
		const id = store.deliveries.insert(rejectedDeliveryRow(d, verdict, httpStatus, limits));
		if (++rejectedSincePrune >= 100) {
			rejectedSincePrune = 0;
			store.deliveries.pruneRejected(limits.rejectedKeep);
		}
		return id;
	}
	function recordSigned(d, parsed) {
		const isTest = d.isTest === true || parsed.kind === "event" && parsed.event.selfTest;
		const base = {
			received_at: d.receivedAt,
			http_status: 200,
			remote_addr: d.remoteAddress,
			headers: storableHeaders(d.headers, limits.headerBytes),
			body: d.raw,
			body_size: d.raw.length,
			body_truncated: 0,
			replay_of: d.replayOf ?? null,
			is_test: isTest ? 1 : 0
		};
		if (parsed.kind === "malformed") return {
			httpStatus: 200,
			verdict: "malformed",
			deliveryRowId: store.deliveries.insert({
				...base,
				delivery_id: null,
				event_id: null,
				transfer_id: null,
				sent_ts: null,
				verdict: "malformed",
				flags: null
			}),
			eventId: null,
			transferId: null,
			changedTransferId: null,
			reason: parsed.reason
		};
		if (parsed.kind === "uninterpretable") {
			let seq = parsed.transferId ? store.transferKeys.seqOf(parsed.transferId) : null;
			if (parsed.eventId) {
				const known = store.transferKeys.event(parsed.eventId);
				if (known) {
					store.events.countRepeatDelivery(parsed.eventId);
					if (known.transfer_id === parsed.transferId) seq = known.transfer_seq ?? null;
				} else store.events.insert({
					event_id: parsed.eventId,
					transfer_id: parsed.transferId,
					transfer_seq: seq,
					status: null,
					status_raw: null,
					event_ts: null,
					first_received_at: d.receivedAt,
					delivery_count: 1,
					provenance: "webhook",
					applied: 0,
					conflict: 0,
					payload: null
				});
			}
			return {
				httpStatus: 200,
				verdict: "uninterpretable",
				deliveryRowId: store.deliveries.insert({
					...base,
					delivery_id: parsed.deliveryId,
					event_id: parsed.eventId,
					transfer_id: parsed.transferId,
					transfer_seq: seq,
					sent_ts: parsed.sentTimestamp,
					verdict: "uninterpretable",
					flags: formatFlags(parsed.flags)
				}),
				eventId: parsed.eventId,
				transferId: parsed.transferId,
				changedTransferId: null,
				reason: parsed.reason
			};
		}
		const e = parsed.event;
		const known = store.transferKeys.event(e.eventId);
		let verdict;
		let changed = null;
		/** The seq of the transfer this delivery is indexed by: its event's (a repeat), else its own transfer's. */
		let seq;
		if (known) {
			seq = known.transfer_seq ?? null;
			verdict = "duplicate";
			store.events.countRepeatDelivery(e.eventId);
			if (known.transfer_id) {
				store.transfers.countRepeatDelivery(known.transfer_id, d.receivedAt);
				changed = known.transfer_id;
			}
		} else if (parsed.flags.includes("ambiguous")) {
			verdict = "accepted";
			seq = store.transferKeys.seqOf(e.transferId);
			store.events.insert({
				event_id: e.eventId,
				transfer_id: e.transferId,
				transfer_seq: seq,
				status: e.status,
				status_raw: e.statusRaw,
				event_ts: e.timestamp,
				first_received_at: d.receivedAt,
				delivery_count: 1,
				provenance: "webhook",
				applied: 0,
				conflict: 0,
				payload: null
			});
		} else {
			verdict = "accepted";
			seq = recordNewEvent(e, {
				provenance: "webhook",
				at: d.receivedAt,
				isTest,
				payload: null
			}).seq;
			changed = e.transferId;
		}
		const id = store.deliveries.insert({
			...base,
			delivery_id: e.deliveryId,
			event_id: e.eventId,
			transfer_id: known ? known.transfer_id : e.transferId,
			transfer_seq: seq,
			sent_ts: e.sentTimestamp,
			verdict,
			flags: formatFlags(parsed.flags)
		});
		return {
			httpStatus: 200,
			verdict,
			deliveryRowId: id,
			eventId: e.eventId,
			transferId: e.transferId,
			changedTransferId: changed,
			reason: null
		};
	}
	function recordOne(p) {
		if (p.kind === "rejected") {
			const id = recordRejected(p.d, p.verdict, p.httpStatus);
			return {
				httpStatus: p.httpStatus,
				verdict: p.verdict,
				deliveryRowId: id,
				eventId: null,
				transferId: null,
				changedTransferId: null,
				reason: p.reason
			};
		}
		return recordSigned(p.d, p.parsed);
	}
	/** One delivery in its own savepoint (inside the group's transaction): its failure undoes only itself. */
	const inSavepoint = store.db.transaction((p) => recordOne(p));
	/**
	* Group commit: one transaction (one fsync with synchronous=FULL) for every delivery that
	* arrived while the previous group was being committed, each in its own savepoint. Per
	* delivery its result or the Error that kept it from being stored (answer that one 503).
	* Throws if the commit itself fails: then none is stored (answer all 503).
	*/
	const recordGroup = store.db.transaction((ps, answers) => {
		if (answers.length) store.deliveries.recordAnswerTimes(answers);
		return ps.map((p) => {
			try {
				return inSavepoint(p);
			} catch (err) {
				return err instanceof Error ? err : new Error(String(err));
			}
		});
	});
	return {
		recordGroup: (ps, answers = []) => recordGroup.immediate(ps, answers),
		/** One delivery in its own transaction (replays, tests). */
		recordOne: (p) => inSavepoint.immediate(p)
	};
}
Object.defineProperty(exports, "CursorError", {
	enumerable: true,
	get: function() {
		return CursorError;
	}
});
Object.defineProperty(exports, "DEFAULT_LIMITS", {
	enumerable: true,
	get: function() {
		return DEFAULT_LIMITS;
	}
});
Object.defineProperty(exports, "END_WHERE", {
	enumerable: true,
	get: function() {
		return END_WHERE;
	}
});
Object.defineProperty(exports, "PAID_STATUSES", {
	enumerable: true,
	get: function() {
		return PAID_STATUSES;
	}
});
Object.defineProperty(exports, "SALE_USD_AMOUNT_SQL", {
	enumerable: true,
	get: function() {
		return SALE_USD_AMOUNT_SQL;
	}
});
Object.defineProperty(exports, "STATUS_STEPS", {
	enumerable: true,
	get: function() {
		return STATUS_STEPS;
	}
});
Object.defineProperty(exports, "VIEWS", {
	enumerable: true,
	get: function() {
		return VIEWS;
	}
});
Object.defineProperty(exports, "createDeliveryRecorder", {
	enumerable: true,
	get: function() {
		return createDeliveryRecorder;
	}
});
Object.defineProperty(exports, "decodeCursor", {
	enumerable: true,
	get: function() {
		return decodeCursor;
	}
});
Object.defineProperty(exports, "encodeCursor", {
	enumerable: true,
	get: function() {
		return encodeCursor;
	}
});
Object.defineProperty(exports, "formatFlags", {
	enumerable: true,
	get: function() {
		return formatFlags;
	}
});
Object.defineProperty(exports, "interpretBody", {
	enumerable: true,
	get: function() {
		return interpretBody;
	}
});
Object.defineProperty(exports, "isPaidStatus", {
	enumerable: true,
	get: function() {
		return isPaidStatus;
	}
});
Object.defineProperty(exports, "isRefundStatus", {
	enumerable: true,
	get: function() {
		return isRefundStatus;
	}
});
Object.defineProperty(exports, "isRejected", {
	enumerable: true,
	get: function() {
		return isRejected;
	}
});
Object.defineProperty(exports, "isViewName", {
	enumerable: true,
	get: function() {
		return isViewName;
	}
});
Object.defineProperty(exports, "localViews", {
	enumerable: true,
	get: function() {
		return localViews;
	}
});
Object.defineProperty(exports, "migrations", {
	enumerable: true,
	get: function() {
		return migrations;
	}
});
Object.defineProperty(exports, "normalizeStatus", {
	enumerable: true,
	get: function() {
		return normalizeStatus;
	}
});
Object.defineProperty(exports, "openDatabase", {
	enumerable: true,
	get: function() {
		return openDatabase;
	}
});
Object.defineProperty(exports, "openLedger", {
	enumerable: true,
	get: function() {
		return openLedger;
	}
});
Object.defineProperty(exports, "paidSalesSql", {
	enumerable: true,
	get: function() {
		return paidSalesSql;
	}
});
Object.defineProperty(exports, "rejectedDeliveryRow", {
	enumerable: true,
	get: function() {
		return rejectedDeliveryRow;
	}
});
Object.defineProperty(exports, "searchSpellings", {
	enumerable: true,
	get: function() {
		return searchSpellings;
	}
});
Object.defineProperty(exports, "statusWord", {
	enumerable: true,
	get: function() {
		return statusWord;
	}
});
Object.defineProperty(exports, "storableHeaders", {
	enumerable: true,
	get: function() {
		return storableHeaders;
	}
});
Object.defineProperty(exports, "toDeliveryRow", {
	enumerable: true,
	get: function() {
		return toDeliveryRow;
	}
});
Object.defineProperty(exports, "toRunRow", {
	enumerable: true,
	get: function() {
		return toRunRow;
	}
});
Object.defineProperty(exports, "toSaleCharge", {
	enumerable: true,
	get: function() {
		return toSaleCharge;
	}
});
Object.defineProperty(exports, "toTransferRow", {
	enumerable: true,
	get: function() {
		return toTransferRow;
	}
});
