const require_rolldown_runtime = require("./rolldown-runtime-Bc0pwXKd.js");
const require_record = require("./record-DlFXqfJA.js");
const require_contract = require("./contract-pyYsTFf9.js");
let pg = require("pg");
pg = require_rolldown_runtime.__toESM(pg);
// src/main/core/store/postgres/sql.ts
/**
* Runs one statement. A `name` makes it a prepared statement on each connection (parsed and
* planned once per connection): only for fixed texts.
*/
async function run(q, text, values = [], name) {
	return q.query(name ? {
		name,
		text,
		values
	} : {
		text,
		values
	});
}
async function all(q, text, values = [], name) {
	return (await run(q, text, values, name)).rows;
}
async function one(q, text, values = [], name) {
	return (await run(q, text, values, name)).rows[0];
}
var INT8 = 20;
/**
* BIGINT (timestamps in ms, BIGSERIAL ids, count(*)) as a JS number, as SQLite returns it: every
* value we store is far below 2^53. Per pool, so another user of `pg` in the process keeps the
* driver's defaults.
*/
var pgTypes = { getTypeParser: ((oid, format) => oid === INT8 && format !== "binary" ? (v) => Number(v) : pg.default.types.getTypeParser(oid, format)) };
// src/main/core/store/postgres/repos.ts
/** Builds a parameter list: `p(v)` appends v and returns its placeholder. */
function params() {
	const values = [];
	return {
		values,
		p: (v) => `$${values.push(v)}`
	};
}
/** SQLite reads a negative LIMIT as "no limit"; PostgreSQL wants NULL for that. */
var lim = (n) => n < 0 ? null : n;
/** A row id as SQLite would compare it: only an integer can match a BIGINT. */
var asId = (id) => Number.isSafeInteger(id) ? id : null;
var TRANSFER_COLUMNS = [
	"transfer_id",
	"transaction_id",
	"status",
	"status_raw",
	"is_final",
	"conflict",
	"status_ts",
	"status_event_id",
	"tx_hash",
	"user_id",
	"token",
	"chain",
	"source_amount",
	"destination_amount",
	"source_provider",
	"destination_address",
	"refund_address",
	"first_seen_at",
	"updated_at",
	"event_count",
	"delivery_count",
	"retried",
	"provenance",
	"is_test",
	"session_id"
];
var TCOLS = TRANSFER_COLUMNS.join(", ");
function transfersRepo(q) {
	const getRecord = (transferId) => one(q, `SELECT ${TCOLS} FROM transfers WHERE transfer_id = $1`, [transferId], "transfers.get");
	async function list(lq) {
		const where = [];
		const { values, p } = params();
		const statuses = lq.status === void 0 ? [] : Array.isArray(lq.status) ? lq.status : [lq.status];
		if (!lq.includeTests) where.push("is_test = 0");
		if (statuses.length > 0) where.push(`status = ANY(${p(statuses.map((s) => s.toLowerCase()))}::text[])`);
		if (lq.from !== void 0) where.push(`first_seen_at >= ${p(lq.from)}`);
		if (lq.to !== void 0) where.push(`first_seen_at < ${p(lq.to)}`);
		if (lq.search) {
			const terms = [];
			for (const s of require_record.searchSpellings(lq.search)) if (s.length >= 6) {
				const lo = p(s);
				const hi = p(s + "￿");
				terms.push(`(transfer_id >= ${lo} AND transfer_id < ${hi}) OR (transaction_id >= ${lo} AND transaction_id < ${hi}) OR (tx_hash >= ${lo} AND tx_hash < ${hi})`);
			} else {
				const x = p(s);
				terms.push(`transfer_id = ${x} OR transaction_id = ${x} OR tx_hash = ${x}`);
			}
			where.push(`(${terms.join(" OR ")})`);
		}
		if (lq.amountMin !== void 0 || lq.amountMax !== void 0) {
			const lo = p(lq.amountMin ?? "0");
			const hi = lq.amountMax === void 0 ? null : p(lq.amountMax);
			const within = (col) => `(${col}::numeric >= ${lo}::numeric${hi ? ` AND ${col}::numeric <= ${hi}::numeric` : ""})`;
			where.push(`(${within("source_amount")} OR ${within("destination_amount")} OR EXISTS (SELECT 1 FROM link_sessions ls WHERE ls.session_id = transfers.session_id AND ${within("ls.amount")}))`);
		}
		const total = (await one(q, `SELECT count(*) AS n FROM transfers ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`, values)).n;
		const cursor = require_record.decodeCursor(lq.cursor);
		const pageWhere = [...where];
		if (cursor) pageWhere.push(keysetAfter(cursor, p));
		const rows = await all(q, `SELECT ${TCOLS} FROM transfers ${pageWhere.length ? `WHERE ${pageWhere.join(" AND ")}` : ""}
       ORDER BY first_seen_at DESC, transfer_id DESC LIMIT ${p(lim(lq.limit + 1))}`, values);
		const more = rows.length > lq.limit;
		const items = rows.slice(0, lq.limit).map(require_record.toTransferRow);
		const last = items[items.length - 1];
		return {
			items,
			total,
			nextCursor: more && last ? require_record.encodeCursor(last.firstSeenAt, last.transferId) : null
		};
	}
	return {
		getRecord,
		get: async (transferId) => {
			const r = await getRecord(transferId);
			return r ? require_record.toTransferRow(r) : void 0;
		},
		insert: async (r) => {
			await run(q, `INSERT INTO transfers (${TCOLS}) VALUES (${TRANSFER_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`, TRANSFER_COLUMNS.map((c) => r[c]), "transfers.insert");
		},
		update: async (r) => {
			const cols = TRANSFER_COLUMNS.filter((c) => c !== "transfer_id" && c !== "first_seen_at");
			await run(q, `UPDATE transfers SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(", ")} WHERE transfer_id = $1`, [r.transfer_id, ...cols.map((c) => r[c])], "transfers.update");
		},
		countRepeatDelivery: async (transferId, now) => {
			await run(q, "UPDATE transfers SET delivery_count = delivery_count + 1, retried = 1, updated_at = $1 WHERE transfer_id = $2", [now, transferId], "transfers.repeat");
		},
		list
	};
}
/**
* "After this cursor" in (first_seen_at DESC, transfer_id DESC) order. A cursor is opaque but
* only decoded, not signed: a hand-made one with a fractional or huge number must select what
* SQLite's comparison would, not make PostgreSQL reject a BIGINT parameter.
*/
function keysetAfter(c, p) {
	if (Number.isSafeInteger(c.n)) return `(first_seen_at < ${p(c.n)} OR (first_seen_at = ${p(c.n)} AND transfer_id < ${p(c.s)}))`;
	if (Number.isNaN(c.n)) throw new require_record.CursorError();
	const bound = Math.min(Math.max(Math.ceil(c.n), -Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
	return c.n > Number.MAX_SAFE_INTEGER ? "TRUE" : `first_seen_at < ${p(bound)}`;
}
function eventsRepo(q) {
	return {
		find: (eventId) => one(q, "SELECT event_id, transfer_id FROM webhook_events WHERE event_id = $1", [eventId], "events.find"),
		insert: async (r) => {
			await run(q, `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
				r.event_id,
				r.transfer_id,
				r.status,
				r.status_raw,
				r.event_ts,
				r.first_received_at,
				r.delivery_count,
				r.provenance,
				r.applied,
				r.conflict,
				r.payload
			], "events.insert");
		},
		countRepeatDelivery: async (eventId) => {
			await run(q, "UPDATE webhook_events SET delivery_count = delivery_count + 1 WHERE event_id = $1", [eventId], "events.repeat");
		},
		listForTransfer: (transferId) => all(q, "SELECT * FROM webhook_events WHERE transfer_id = $1 ORDER BY coalesce(event_ts, first_received_at), first_received_at, event_id", [transferId], "events.forTransfer")
	};
}
var DELIVERY_INSERT_COLUMNS = "delivery_id, event_id, transfer_id, received_at, sent_ts, verdict, rejected, http_status, remote_addr, headers, body, body_size, body_truncated, replay_of, is_test, flags, claimed_transfer_id";
function deliveryValues(d) {
	return [
		d.delivery_id,
		d.event_id,
		d.transfer_id,
		d.received_at,
		d.sent_ts,
		d.verdict,
		require_record.isRejected(d.verdict) ? 1 : 0,
		d.http_status,
		d.remote_addr,
		d.headers,
		d.body,
		d.body_size,
		d.body_truncated,
		d.replay_of,
		d.is_test,
		d.flags ?? null,
		d.claimed_transfer_id ?? null
	];
}
var PRUNE_SQL = `DELETE FROM deliveries WHERE rejected = 1 AND id <= (SELECT id FROM deliveries WHERE rejected = 1 ORDER BY id DESC LIMIT 1 OFFSET $1)`;
function deliveriesRepo(q) {
	const getRaw = async (id) => {
		const key = asId(id);
		return key === null ? void 0 : one(q, "SELECT * FROM deliveries WHERE id = $1", [key], "deliveries.get");
	};
	async function list(dq) {
		const where = [];
		const { values, p } = params();
		const verdicts = dq.verdict === void 0 ? [] : Array.isArray(dq.verdict) ? dq.verdict : [dq.verdict];
		if (verdicts.length) {
			where.push(`verdict = ANY(${p(verdicts)}::text[])`);
			if (!verdicts.includes("accepted")) where.push(`verdict <> 'accepted'`);
		}
		if (dq.rejected !== void 0) where.push(dq.rejected ? "rejected = 1" : "rejected = 0");
		if (dq.transferId) where.push(`transfer_id = ${p(dq.transferId)}`);
		if (dq.eventId) {
			const ev = await one(q, "SELECT transfer_id FROM webhook_events WHERE event_id = $1", [dq.eventId], "events.transferOf");
			where.push(`event_id = ${p(dq.eventId)}`, ev?.transfer_id == null ? "transfer_id IS NULL" : `transfer_id = ${p(ev.transfer_id)}`);
		}
		const total = (await one(q, `SELECT count(*) AS n FROM deliveries ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`, values)).n;
		if (dq.cursor) {
			const before = Number(dq.cursor);
			if (!Number.isSafeInteger(before)) throw Object.assign(/* @__PURE__ */ new Error("The page cursor is not valid; start again from the first page."), { code: "INVALID_ARGUMENT" });
			where.push(`id < ${p(before)}`);
		}
		const rows = await all(q, `SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ${p(lim(dq.limit + 1))}`, values);
		const more = rows.length > dq.limit;
		const items = rows.slice(0, dq.limit).map(require_record.toDeliveryRow);
		const last = items[items.length - 1];
		return {
			items,
			total,
			nextCursor: more && last ? String(last.id) : null
		};
	}
	return {
		insert: async (d) => (await one(q, `INSERT INTO deliveries (${DELIVERY_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`, deliveryValues(d), "deliveries.insert")).id,
		recordAnswerTimes: (rows) => writeAnswerTimes(q, rows),
		get: async (id) => {
			const r = await getRaw(id);
			return r ? require_record.toDeliveryRow(r) : void 0;
		},
		getRaw,
		listForTransfer: async (transferId) => (await all(q, "SELECT * FROM deliveries WHERE transfer_id = $1 ORDER BY id", [transferId], "deliveries.forTransfer")).map(require_record.toDeliveryRow),
		listClaimingTransfer: async (transferId, limit = 500) => (await all(q, "SELECT * FROM deliveries WHERE claimed_transfer_id = $1 ORDER BY id DESC LIMIT $2", [transferId, limit], "deliveries.claiming")).map(require_record.toDeliveryRow),
		rejectedCount: async () => (await one(q, "SELECT count(*) AS n FROM deliveries WHERE rejected = 1", [], "deliveries.rejectedCount")).n,
		pruneRejected: async (keep) => (await run(q, "DELETE FROM deliveries WHERE rejected = 1 AND id <= (SELECT id FROM deliveries WHERE rejected = 1 ORDER BY id DESC LIMIT 1 OFFSET $1)", [keep], "deliveries.prune")).rowCount ?? 0,
		lastReceivedAt: async () => (await one(q, "SELECT received_at AS at FROM deliveries ORDER BY id DESC LIMIT 1", [], "deliveries.last"))?.at ?? null,
		list
	};
}
/** Our answer times, many rows in one statement (the last value for an id wins, as in SQLite). */
async function writeAnswerTimes(q, rows) {
	const byId = /* @__PURE__ */ new Map();
	for (const r of rows) if (Number.isSafeInteger(r.id)) byId.set(r.id, r.ms);
	if (byId.size === 0) return;
	await run(q, "UPDATE deliveries AS d SET answer_ms = v.ms FROM unnest($1::bigint[], $2::float8[]) AS v(id, ms) WHERE d.id = v.id", [[...byId.keys()], [...byId.values()]], "deliveries.answers");
}
function sessionsRepo(q) {
	return {
		insert: async (r) => {
			await run(q, `INSERT INTO link_sessions (session_id, transaction_id, created_at, amount, currency, asset, network, destination_address, note, user_id, customer_key, token_expires_at, state, transfer_id, updated_at,
           usd_amount, fx_rate, end_reason, ended_at, payment_link)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`, [
				r.session_id,
				r.transaction_id,
				r.created_at,
				r.amount,
				r.currency,
				r.asset,
				r.network,
				r.destination_address,
				r.note,
				r.user_id,
				r.customer_key,
				r.token_expires_at,
				r.state,
				r.transfer_id,
				r.updated_at,
				r.usd_amount ?? null,
				r.fx_rate ?? null,
				r.end_reason ?? null,
				r.ended_at ?? null,
				r.payment_link ?? null
			], "sessions.insert");
		},
		get: (id) => one(q, "SELECT * FROM link_sessions WHERE session_id = $1", [id], "sessions.get"),
		findByTransactionId: (txn) => one(q, "SELECT * FROM link_sessions WHERE transaction_id = $1", [txn], "sessions.byTxn"),
		linkTransfer: async (sessionId, transferId, now) => {
			await run(q, "UPDATE link_sessions SET transfer_id = $1, updated_at = $2 WHERE session_id = $3 AND transfer_id IS NULL", [
				transferId,
				now,
				sessionId
			], "sessions.link");
		},
		setState: async (sessionId, state, now) => {
			await run(q, "UPDATE link_sessions SET state = $1, updated_at = $2 WHERE session_id = $3", [
				state,
				now,
				sessionId
			], "sessions.setState");
		},
		recent: (limit) => all(q, "SELECT * FROM link_sessions ORDER BY created_at DESC LIMIT $1", [lim(limit)], "sessions.recent"),
		end: async (sessionId, reason, endedAt, now) => (await run(q, `UPDATE link_sessions SET end_reason = $1, ended_at = $2, state = $1, updated_at = $3 WHERE session_id = $4 AND ${require_record.END_WHERE}`, [
			reason,
			endedAt,
			now,
			sessionId
		], "sessions.end")).rowCount === 1,
		expiredWaiting: (now, limit) => all(q, `SELECT * FROM link_sessions WHERE state = 'waiting' AND token_expires_at <= $1 ORDER BY token_expires_at, session_id LIMIT $2`, [now, lim(limit)], "sessions.expiredWaiting"),
		charges: async (sessionIds, transactionIds) => sessionIds.length + transactionIds.length === 0 ? [] : all(q, `SELECT session_id, transaction_id, amount, currency, usd_amount, fx_rate FROM link_sessions
              WHERE session_id = ANY($1::text[]) OR transaction_id = ANY($2::text[])`, [sessionIds, transactionIds], "sessions.charges"),
		addSdkEvent: async (sessionId, at, type, payload) => (await one(q, "INSERT INTO sdk_events (session_id, at, type, payload) VALUES ($1, $2, $3, $4) RETURNING id", [
			sessionId,
			at,
			type,
			payload === void 0 ? null : JSON.stringify(payload)
		], "sessions.addSdkEvent")).id,
		sdkEvents: (sessionId) => all(q, "SELECT * FROM sdk_events WHERE session_id = $1 ORDER BY id", [sessionId], "sessions.sdkEvents")
	};
}
function customersRepo(q) {
	return {
		/** The customer's Mesh userId, creating the customer on first sight (one atomic upsert: two counters cannot both create it). */
		ensure: async (customerKey, newUserId, now) => (await one(q, `INSERT INTO customers (customer_key, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (customer_key) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at RETURNING user_id`, [
			customerKey,
			newUserId,
			now
		], "customers.ensure")).user_id,
		saveConnection: async (customerKey, c, now) => {
			await run(q, `INSERT INTO customer_connections (customer_key, broker_type, broker_name, account_id, account_name, access_token, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (customer_key, broker_type, account_id) DO UPDATE SET broker_name = EXCLUDED.broker_name,
           account_name = EXCLUDED.account_name, access_token = EXCLUDED.access_token, updated_at = EXCLUDED.updated_at`, [
				customerKey,
				c.brokerType,
				c.brokerName,
				c.accountId,
				c.accountName,
				c.accessToken,
				now
			], "customers.saveConnection");
		},
		connections: async (customerKey) => (await all(q, "SELECT account_id, account_name, access_token, broker_type, broker_name FROM customer_connections WHERE customer_key = $1 ORDER BY updated_at DESC", [customerKey], "customers.connections")).map((r) => ({
			accountId: r.account_id,
			accountName: r.account_name,
			accessToken: r.access_token,
			brokerType: r.broker_type,
			brokerName: r.broker_name
		})),
		forgetConnections: async (customerKey) => (await run(q, "DELETE FROM customer_connections WHERE customer_key = $1", [customerKey], "customers.forget")).rowCount ?? 0
	};
}
function settingsRepo(q, now) {
	return {
		async get(key) {
			const r = await one(q, "SELECT value FROM settings WHERE key = $1", [key], "settings.get");
			return r ? JSON.parse(r.value) : void 0;
		},
		async set(key, value) {
			await run(q, "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at", [
				key,
				JSON.stringify(value),
				now()
			], "settings.set");
		},
		async delete(key) {
			await run(q, "DELETE FROM settings WHERE key = $1", [key], "settings.delete");
		},
		async all() {
			const rows = await all(q, "SELECT key, value FROM settings ORDER BY key", [], "settings.all");
			return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
		}
	};
}
function auditRepo(q, now) {
	return {
		append: async (actor, action, detail) => (await one(q, "INSERT INTO audit_log (at, actor, action, detail) VALUES ($1, $2, $3, $4) RETURNING id", [
			now(),
			actor,
			action,
			detail === void 0 ? null : JSON.stringify(detail)
		], "audit.append")).id,
		list: async (limit = 100, beforeId = Number.MAX_SAFE_INTEGER) => (await all(q, "SELECT * FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2", [Math.ceil(beforeId), lim(limit)], "audit.list")).map((r) => ({
			...r,
			detail: r.detail === null ? null : JSON.parse(r.detail)
		}))
	};
}
var toWindow = (r) => ({
	id: r.id,
	kind: r.kind,
	startedAt: r.started_at,
	endedAt: r.ended_at,
	reason: r.reason,
	reconciledAt: r.reconciled_at
});
function downtimeRepo(q) {
	const openOfKind = (kind) => one(q, "SELECT * FROM downtime WHERE kind = $1 AND ended_at IS NULL ORDER BY id LIMIT 1", [kind], "downtime.openOfKind");
	return {
		/** One open window per kind: the partial unique index decides between two receivers opening one at once. */
		open: async (kind, at, reason = null) => {
			for (;;) {
				const inserted = await one(q, "INSERT INTO downtime (kind, started_at, ended_at, reason) VALUES ($1, $2, NULL, $3) ON CONFLICT (kind) WHERE ended_at IS NULL DO NOTHING RETURNING id", [
					kind,
					at,
					reason
				], "downtime.open");
				if (inserted) return inserted.id;
				const existing = await openOfKind(kind);
				if (existing) return existing.id;
			}
		},
		close: async (kind, at) => {
			const r = await one(q, "UPDATE downtime SET ended_at = GREATEST(started_at, $1) WHERE kind = $2 AND ended_at IS NULL RETURNING *", [at, kind], "downtime.close");
			return r ? toWindow(r) : null;
		},
		record: async (kind, startedAt, endedAt, reason = null) => (await one(q, "INSERT INTO downtime (kind, started_at, ended_at, reason) VALUES ($1, $2, $3, $4) RETURNING id", [
			kind,
			startedAt,
			Math.max(startedAt, endedAt),
			reason
		], "downtime.record")).id,
		openWindow: async (kind) => {
			const r = await openOfKind(kind);
			return r ? toWindow(r) : null;
		},
		get: async (id) => {
			const key = asId(id);
			const r = key === null ? void 0 : await one(q, "SELECT * FROM downtime WHERE id = $1", [key], "downtime.get");
			return r ? toWindow(r) : null;
		},
		list: async (limit = 100) => (await all(q, "SELECT * FROM downtime ORDER BY started_at DESC, id DESC LIMIT $1", [lim(limit)], "downtime.list")).map(toWindow),
		unreconciled: async () => (await all(q, "SELECT * FROM downtime WHERE reconciled_at IS NULL ORDER BY started_at, id", [], "downtime.unreconciled")).map(toWindow),
		markReconciled: async (id, at) => {
			const key = asId(id);
			if (key === null) return false;
			return (await run(q, "UPDATE downtime SET reconciled_at = $1 WHERE id = $2 AND ended_at IS NOT NULL AND reconciled_at IS NULL", [at, key], "downtime.mark")).rowCount === 1;
		}
	};
}
function reconcileRepo(q) {
	return {
		startRun: async (trigger, at) => (await one(q, "INSERT INTO reconcile_runs (started_at, trigger) VALUES ($1, $2) RETURNING id", [at, trigger], "reconcile.start")).id,
		finishRun: async (id, r) => {
			const key = asId(id);
			if (key === null) return;
			await run(q, "UPDATE reconcile_runs SET finished_at = $2, checked = $3, updated = $4, conflicts = $5, error = $6 WHERE id = $1", [
				key,
				r.finishedAt,
				r.checked,
				r.updated,
				r.conflicts,
				r.error
			], "reconcile.finish");
		},
		getRun: async (id) => {
			const key = asId(id);
			const r = key === null ? void 0 : await one(q, "SELECT * FROM reconcile_runs WHERE id = $1", [key], "reconcile.get");
			return r ? require_record.toRunRow(r) : null;
		},
		listRuns: async (limit = 20) => (await all(q, "SELECT * FROM reconcile_runs ORDER BY id DESC LIMIT $1", [lim(limit)], "reconcile.list")).map(require_record.toRunRow),
		runsBetween: async (from, to, limit) => (await all(q, "SELECT * FROM reconcile_runs WHERE started_at >= $1 AND started_at <= $2 ORDER BY id DESC LIMIT $3", [
			from,
			to,
			lim(limit)
		], "reconcile.between")).map(require_record.toRunRow),
		pendingTransfers: (seenBefore, seenAfter) => all(q, "SELECT transfer_id, first_seen_at FROM transfers WHERE is_final = 0 AND is_test = 0 AND first_seen_at <= $1 AND first_seen_at >= $2 ORDER BY first_seen_at", [seenBefore, seenAfter], "reconcile.pending"),
		unlinkedSessions: (createdBefore, createdAfter) => all(q, "SELECT session_id, transaction_id, created_at FROM link_sessions WHERE transfer_id IS NULL AND created_at <= $1 AND created_at >= $2 ORDER BY created_at", [createdBefore, createdAfter], "reconcile.unlinked")
	};
}
function shiftsRepo(q) {
	const current = () => one(q, "SELECT * FROM shifts WHERE closed_at IS NULL", [], "shifts.current");
	return {
		/** One statement: the partial unique index lets one of two concurrent opens in; the other finds it. */
		open: async (shiftId, openedAt, openedBy) => {
			for (;;) {
				const inserted = await one(q, "INSERT INTO shifts (shift_id, opened_at, closed_at, opened_by) VALUES ($1, $2, NULL, $3) ON CONFLICT DO NOTHING RETURNING *", [
					shiftId,
					openedAt,
					openedBy
				], "shifts.open");
				if (inserted) return {
					created: true,
					shift: inserted
				};
				const existing = await current();
				if (existing) return {
					created: false,
					shift: existing
				};
				if (await one(q, "SELECT 1 FROM shifts WHERE shift_id = $1", [shiftId])) throw new Error(`store: shift id ${shiftId} is taken`);
			}
		},
		close: (at) => one(q, "UPDATE shifts SET closed_at = GREATEST(opened_at, $1) WHERE closed_at IS NULL RETURNING *", [at], "shifts.close"),
		current,
		get: (shiftId) => one(q, "SELECT * FROM shifts WHERE shift_id = $1", [shiftId], "shifts.get"),
		list: (limit) => all(q, "SELECT * FROM shifts ORDER BY opened_at DESC, shift_id DESC LIMIT $1", [lim(limit)], "shifts.list"),
		salesBetween: (from, to) => all(q, "SELECT * FROM link_sessions WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at DESC, session_id DESC", [from, to], "shifts.sales"),
		paidSalesBetween: (from, to) => all(q, require_record.paidSalesSql(require_record.SALE_USD_AMOUNT_SQL, "$1", "$2"), [from, to], "shifts.paid")
	};
}
// src/main/core/store/postgres/ingest.ts
/** Polled transfers recorded at once (each its own transaction; the pool's other connections stay free for webhooks). */
var POLL_CONCURRENCY = 4;
var lit = (s) => `'${s.replace(/'/g, "''")}'`;
var list = (xs) => `(${xs.map(lit).join(", ")})`;
var FINALS = list(require_contract.FINAL_STATUSES);
var PAID = list(require_record.PAID_STATUSES);
/** statusStep (shared/status.ts) of a status column: unknown statuses are step 0, as pending. */
var step = (c) => `(CASE ${c} ${Object.entries(require_record.STATUS_STEPS).map(([st, n]) => `WHEN ${lit(st)} THEN ${n}`).join(" ")} ELSE 0 END)`;
/** statusesContradict: failed against a paid status (succeeded or a refund step), either way round. */
var contradict = (a, b) => `((${a} = 'failed' AND ${b} IN ${PAID}) OR (${b} = 'failed' AND ${a} IN ${PAID}))`;
/**
* "The event is applied" (nextTransferState's `applied`) over the locked current row `t` and
* the proposed one EXCLUDED (the event's values): never when they contradict; a later step
* yes; the same step only when the current status is not final, and then the later by Mesh
* Timestamp (a missing one counts as -1), then by EventId (byte order: COLLATE "C").
*/
var APPLIED = `(NOT ${contradict("t.status", "EXCLUDED.status")} AND (${step("EXCLUDED.status")} > ${step("t.status")}
  OR (${step("EXCLUDED.status")} = ${step("t.status")} AND t.status NOT IN ${FINALS} AND (coalesce(EXCLUDED.status_ts, -1) > coalesce(t.status_ts, -1)
  OR (coalesce(EXCLUDED.status_ts, -1) = coalesce(t.status_ts, -1) AND EXCLUDED.status_event_id > coalesce(t.status_event_id, '') COLLATE "C")))))`;
/** applyEvent's field rule: a value we have is kept unless this event set the status (then it is fresher); a missing one is filled from any event. */
var prefer = (c) => `CASE WHEN ${APPLIED} THEN coalesce(EXCLUDED.${c}, t.${c}) ELSE coalesce(t.${c}, EXCLUDED.${c}) END`;
var ifApplied = (c, otherwise = `t.${c}`) => `CASE WHEN ${APPLIED} THEN EXCLUDED.${c} ELSE ${otherwise} END`;
/**
* One new status event folded into its transfer, in one statement:
*   up:   the upsert. A first event inserts the row (its status, event_count 1, the sale whose
*         TransactionId it names); later ones update it by the rules above. conflict is
*         sticky too: set when an event contradicts the status (failed against paid);
*   link: the sale (link session) named by the event's TransactionId learns its transfer, when
*         the transfer took that sale just now (first come: only if it has none yet);
*   ev:   the event row claimed before this statement gets its verdict: applied when the
*         transfer's status is now the event's (status_event_id), conflict when the status
*         that stands contradicts the event's (failed against paid).
* $1 transfer_id, $2 the event's TransactionId, $3 status, $4 raw status, $5 Timestamp,
* $6 EventId, $7…$15 fields, $16 at, $17 deliveries to count (1 webhook, 0 poll), $18 provenance, $19 is_test.
*/
var TRANSFER_UPSERT_SQL = `
WITH up AS (
  INSERT INTO transfers AS t (transfer_id, transaction_id, status, status_raw, is_final, conflict, status_ts, status_event_id,
    tx_hash, user_id, token, chain, source_amount, destination_amount, source_provider, destination_address, refund_address,
    first_seen_at, updated_at, event_count, delivery_count, retried, provenance, is_test, session_id)
  VALUES ($1::text, $2::text, $3::text, $4::text, CASE WHEN $3::text IN ${FINALS} THEN 1 ELSE 0 END, 0, $5::bigint, $6::text,
    $7::text, $8::text, $9::text, $10::text, $11::text, $12::text, $13::text, $14::text, $15::text,
    $16::bigint, $16::bigint, 1, $17::integer, 0, $18::text, $19::smallint,
    (SELECT s.session_id FROM link_sessions s WHERE s.transaction_id = $2::text))
  ON CONFLICT (transfer_id) DO UPDATE SET
    status = ${ifApplied("status")},
    status_raw = ${ifApplied("status_raw")},
    is_final = CASE WHEN ${ifApplied("status")} IN ${FINALS} THEN 1 ELSE 0 END,
    conflict = CASE WHEN t.conflict <> 0 THEN t.conflict WHEN ${contradict("t.status", "EXCLUDED.status")} THEN 1 ELSE 0 END,
    status_ts = ${ifApplied("status_ts")},
    status_event_id = ${ifApplied("status_event_id", `coalesce(t.status_event_id, '')`)},
    ${[
	"transaction_id",
	"tx_hash",
	"user_id",
	"token",
	"chain",
	"source_amount",
	"destination_amount",
	"source_provider",
	"destination_address",
	"refund_address"
].map((c) => `${c} = ${prefer(c)}`).join(",\n    ")},
    updated_at = EXCLUDED.updated_at,
    event_count = t.event_count + 1,
    delivery_count = t.delivery_count + EXCLUDED.delivery_count,
    provenance = ${ifApplied("provenance")},
    session_id = coalesce(t.session_id, EXCLUDED.session_id)
  RETURNING t.status, t.status_event_id, t.session_id
),
link AS (
  UPDATE link_sessions s SET transfer_id = $1::text, updated_at = $16::bigint
  FROM up WHERE s.session_id = up.session_id AND s.transaction_id = $2::text AND s.transfer_id IS NULL
  RETURNING 1
),
ev AS (
  UPDATE webhook_events e SET
    applied = CASE WHEN up.status_event_id = $6::text THEN 1 ELSE 0 END,
    conflict = CASE WHEN ${contradict("up.status", "$3::text")} THEN 1 ELSE 0 END
  FROM up WHERE e.event_id = $6::text
  RETURNING e.applied, e.conflict
)
SELECT applied, conflict FROM ev`;
/** The event claim: the row, or nothing when the EventId is already stored (or being stored by another receiver, whose commit this waits for). */
var CLAIM_SQL = `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, $9) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`;
/** A known EventId again: counted on the event and on its transfer. */
var REPEAT_SQL = `WITH ev AS (UPDATE webhook_events SET delivery_count = delivery_count + 1 WHERE event_id = $1 RETURNING transfer_id),
  tr AS (UPDATE transfers t SET delivery_count = t.delivery_count + 1, retried = 1, updated_at = $2 FROM ev WHERE t.transfer_id = ev.transfer_id RETURNING 1)
  SELECT transfer_id FROM ev`;
/** An uninterpretable event with an EventId: its row kept (so a retry is a repeat), never applied. */
var UNINTERPRETABLE_EVENT_SQL = `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
  VALUES ($1, $2, NULL, NULL, NULL, $3, 1, 'webhook', 0, 0, NULL)
  ON CONFLICT (event_id) DO UPDATE SET delivery_count = webhook_events.delivery_count + 1`;
/**
* The delivery row and its notice, in one statement: $1…$17 its columns, $18 the channel, $19
* the changed transfer, $20 the row id when one was taken for it ahead (a batch), else the
* sequence's next.
*/
var DELIVERY_SQL = `WITH d AS (
    INSERT INTO deliveries (id, ${DELIVERY_INSERT_COLUMNS})
    VALUES (coalesce($20::bigint, nextval('deliveries_id_seq')), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id
  )
  SELECT id, pg_notify($18, json_build_object('deliveryId', id, 'transferId', $19::text)::text) FROM d`;
/** Row ids for a batch, in batch order (as SQLite numbers a group's deliveries). */
var IDS_SQL = `SELECT nextval('deliveries_id_seq') AS id FROM generate_series(1, $1::integer)`;
var NOTIFY_SQL = `SELECT pg_notify($1, json_build_object('deliveryId', NULL, 'transferId', $2::text)::text)`;
/** Thrown inside tx() to roll back and return `value`. */
var Rollback = class {
	value;
	constructor(value) {
		this.value = value;
	}
};
function createPgRecorder(db, channel, limitsIn, hooks = {}) {
	const limits = {
		...require_record.DEFAULT_LIMITS,
		...limitsIn
	};
	let rejectedSincePrune = 0;
	async function insertDelivery(q, d, changedTransferId, rowId) {
		return (await one(q, DELIVERY_SQL, [
			...deliveryValues(d),
			channel,
			changedTransferId,
			rowId
		], "ingest.delivery")).id;
	}
	/** Folds a claimed event into its transfer (TRANSFER_UPSERT_SQL) and returns the event's verdict. */
	async function applyClaimed(q, e, o) {
		const r = await one(q, TRANSFER_UPSERT_SQL, [
			e.transferId,
			e.transactionId,
			e.status,
			e.statusRaw,
			e.timestamp,
			e.eventId,
			e.txHash,
			e.userId,
			e.token,
			e.chain,
			e.sourceAmount,
			e.destinationAmount,
			e.sourceAccountProvider,
			e.destinationAddress,
			e.refundAddress,
			o.at,
			o.provenance === "webhook" ? 1 : 0,
			o.provenance,
			o.isTest ? 1 : 0
		], "ingest.transfer");
		if (!r) throw new Error(`store: the event ${e.eventId} was not found after it was claimed`);
		return {
			applied: r.applied === 1,
			conflict: r.conflict === 1
		};
	}
	const claim = async (q, e, o) => await one(q, CLAIM_SQL, [
		e.eventId,
		e.transferId,
		e.status,
		e.statusRaw,
		e.timestamp,
		o.at,
		o.provenance === "webhook" ? 1 : 0,
		o.provenance,
		o.payload
	], "ingest.claim") !== void 0;
	async function recordRejected(p, rowId) {
		const d = p.d;
		const id = await insertDelivery(db.q, require_record.rejectedDeliveryRow(d, p.verdict, p.httpStatus, limits), null, rowId);
		if (++rejectedSincePrune >= 100) {
			rejectedSincePrune = 0;
			await db.q.query({
				name: "deliveries.prune",
				text: PRUNE_SQL,
				values: [limits.rejectedKeep]
			}).catch(() => {});
		}
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
	async function recordSigned(d, parsed, rowId) {
		const isTest = d.isTest === true || parsed.kind === "event" && parsed.event.selfTest;
		const base = {
			received_at: d.receivedAt,
			http_status: 200,
			remote_addr: d.remoteAddress,
			headers: require_record.storableHeaders(d.headers, limits.headerBytes),
			body: d.raw,
			body_size: d.raw.length,
			body_truncated: 0,
			replay_of: d.replayOf ?? null,
			is_test: isTest ? 1 : 0
		};
		if (parsed.kind === "malformed") return {
			httpStatus: 200,
			verdict: "malformed",
			deliveryRowId: await insertDelivery(db.q, {
				...base,
				delivery_id: null,
				event_id: null,
				transfer_id: null,
				sent_ts: null,
				verdict: "malformed"
			}, null, rowId),
			eventId: null,
			transferId: null,
			changedTransferId: null,
			reason: parsed.reason
		};
		if (parsed.kind === "uninterpretable") {
			const row = {
				...base,
				delivery_id: parsed.deliveryId,
				event_id: parsed.eventId,
				transfer_id: parsed.transferId,
				sent_ts: parsed.sentTimestamp,
				verdict: "uninterpretable",
				flags: require_record.formatFlags(parsed.flags)
			};
			return {
				httpStatus: 200,
				verdict: "uninterpretable",
				deliveryRowId: parsed.eventId ? await db.tx(async (c) => {
					await c.query({
						name: "ingest.uninterpretable",
						text: UNINTERPRETABLE_EVENT_SQL,
						values: [
							parsed.eventId,
							parsed.transferId,
							d.receivedAt
						]
					});
					return insertDelivery(c, row, null, rowId);
				}) : await insertDelivery(db.q, row, null, rowId),
				eventId: parsed.eventId,
				transferId: parsed.transferId,
				changedTransferId: null,
				reason: parsed.reason
			};
		}
		const e = parsed.event;
		return db.tx(async (c) => {
			let verdict;
			let rowTransfer;
			let changed;
			if (await claim(c, e, {
				provenance: "webhook",
				at: d.receivedAt,
				payload: null
			})) {
				verdict = "accepted";
				rowTransfer = e.transferId;
				if (parsed.flags.includes("ambiguous")) changed = null;
				else {
					await applyClaimed(c, e, {
						provenance: "webhook",
						at: d.receivedAt,
						isTest
					});
					changed = e.transferId;
				}
			} else {
				verdict = "duplicate";
				rowTransfer = (await one(c, REPEAT_SQL, [e.eventId, d.receivedAt], "ingest.repeat"))?.transfer_id ?? null;
				changed = rowTransfer;
			}
			const id = await insertDelivery(c, {
				...base,
				delivery_id: e.deliveryId,
				event_id: e.eventId,
				transfer_id: rowTransfer,
				sent_ts: e.sentTimestamp,
				verdict,
				flags: require_record.formatFlags(parsed.flags)
			}, changed, rowId);
			return {
				httpStatus: 200,
				verdict,
				deliveryRowId: id,
				eventId: e.eventId,
				transferId: e.transferId,
				changedTransferId: changed,
				reason: null
			};
		});
	}
	async function recordOne(p, rowId = null) {
		const r = p.kind === "rejected" ? await recordRejected(p, rowId) : await recordSigned(p.d, p.parsed, rowId);
		hooks.onCommitted?.();
		return r;
	}
	/**
	* Every delivery in its own transaction, concurrently (the pool bounds how many at once).
	* Deliveries of one batch that share an EventId or a TransferId run one after the other in
	* batch order, so a batch gives the verdicts SQLite's in-order group gives (first accepted,
	* then duplicate) rather than whichever connection won; and a batch's row ids are taken
	* ahead, in one statement, so they follow the batch order as SQLite's do.
	*/
	async function recordMany(batch) {
		let ids = [];
		if (batch.length > 1) try {
			ids = (await db.q.query({
				name: "ingest.ids",
				text: IDS_SQL,
				values: [batch.length]
			})).rows.map((r) => r.id).sort((a, b) => a - b);
		} catch (err) {
			const e = err instanceof Error ? err : new Error(String(err));
			return batch.map(() => e);
		}
		const tail = /* @__PURE__ */ new Map();
		return Promise.all(batch.map((p, i) => {
			const keys = keysOf(p);
			const before = keys.map((k) => tail.get(k)).filter((x) => x !== void 0);
			const done = (before.length ? Promise.allSettled(before) : Promise.resolve()).then(() => recordOne(p, ids[i] ?? null)).catch((err) => err instanceof Error ? err : new Error(String(err)));
			for (const k of keys) tail.set(k, done);
			return done;
		}));
	}
	/** A status Mesh's transfer list reports: a new 'poll' event unless we have it or the transfer already has that status. */
	async function recordPolled(e, at, payload) {
		return db.tx(async (c) => {
			if (!await claim(c, e, {
				provenance: "poll",
				at,
				payload
			})) throw new Rollback(null);
			const cur = await one(c, "SELECT status FROM transfers WHERE transfer_id = $1 FOR UPDATE", [e.transferId], "ingest.pollLock");
			if (cur && cur.status === e.status) throw new Rollback(null);
			const r = await applyClaimed(c, e, {
				provenance: "poll",
				at,
				isTest: false
			});
			await c.query({
				name: "ingest.notify",
				text: NOTIFY_SQL,
				values: [channel, e.transferId]
			});
			return {
				...r,
				created: !cur
			};
		});
	}
	/**
	* A page of Mesh's list: each transfer in its own short transaction (a page-long one would hold
	* its transfers' row locks while webhooks for them wait), a few at a time, answers in order.
	*/
	async function recordPolledMany(items, at) {
		const out = new Array(items.length).fill(null);
		if (items.length === 0) return out;
		const [known, events] = await Promise.all([all(db.q, "SELECT transfer_id, status FROM transfers WHERE transfer_id = ANY($1::text[])", [items.map((i) => i.event.transferId)], "ingest.pollKnown"), all(db.q, "SELECT event_id FROM webhook_events WHERE event_id = ANY($1::text[])", [items.map((i) => i.event.eventId)], "ingest.pollEvents")]);
		const status = new Map(known.map((r) => [r.transfer_id, r.status]));
		const seenEvents = new Set(events.map((r) => r.event_id));
		const todo = items.flatMap((it, i) => status.get(it.event.transferId) === it.event.status || seenEvents.has(it.event.eventId) ? [] : [i]);
		let next = 0;
		const worker = async () => {
			for (let k = next++; k < todo.length; k = next++) {
				const i = todo[k];
				out[i] = await recordPolled(items[i].event, at, items[i].payload);
			}
		};
		await Promise.all(Array.from({ length: Math.min(POLL_CONCURRENCY, todo.length) }, worker));
		return out;
	}
	return {
		recordMany,
		recordOne,
		recordPolled,
		recordPolledMany,
		limits
	};
}
function keysOf(p) {
	if (p.kind !== "signed" || p.parsed.kind === "malformed") return [];
	const keys = [];
	const ev = p.parsed.kind === "event" ? p.parsed.event.eventId : p.parsed.eventId;
	const tr = p.parsed.kind === "event" ? p.parsed.event.transferId : p.parsed.transferId;
	if (ev) keys.push(`e:${ev}`);
	if (tr) keys.push(`t:${tr}`);
	return keys;
}
// src/main/core/store/postgres/listen.ts
var RESYNC_OVERLAP = 1e4;
var RESYNC_PAGE = 5e3;
async function startListener(o) {
	const minMs = o.backoff?.minMs ?? 100;
	const maxMs = o.backoff?.maxMs ?? 5e3;
	let client = null;
	let closed = false;
	let attempt = 0;
	let reconnects = 0;
	let retryTimer = null;
	/** Ids up to here were committed before we first listened: not news. */
	let floor = 0;
	let lastSeen = 0;
	const seen = /* @__PURE__ */ new Set();
	function report(n, source) {
		const id = n.deliveryId;
		if (id !== null) {
			if (id <= floor || seen.has(id)) return;
			seen.add(id);
			if (id > lastSeen) lastSeen = id;
			if (seen.size > 4 * RESYNC_OVERLAP) {
				for (const s of seen) if (s < lastSeen - 2 * RESYNC_OVERLAP) seen.delete(s);
			}
		}
		try {
			o.onNotify(n, source);
		} catch (err) {
			process.emitWarning(`countertop: a PostgreSQL change listener threw: ${err?.message ?? String(err)}`);
		}
	}
	function parse(payload) {
		try {
			const v = JSON.parse(payload ?? "");
			const deliveryId = typeof v.deliveryId === "number" && Number.isSafeInteger(v.deliveryId) ? v.deliveryId : null;
			const transferId = typeof v.transferId === "string" ? v.transferId : null;
			return deliveryId === null && transferId === null ? null : {
				deliveryId,
				transferId
			};
		} catch {
			return null;
		}
	}
	async function resync(c) {
		let from = Math.max(floor, lastSeen - RESYNC_OVERLAP);
		for (;;) {
			const { rows } = await c.query("SELECT id, transfer_id, verdict FROM deliveries WHERE id > $1 ORDER BY id LIMIT $2", [from, RESYNC_PAGE]);
			for (const r of rows) {
				report({
					deliveryId: r.id,
					transferId: r.verdict === "accepted" || r.verdict === "duplicate" ? r.transfer_id : null
				}, "resync");
				from = r.id;
			}
			if (rows.length < RESYNC_PAGE) return;
		}
	}
	function lost(c) {
		if (c !== client) return;
		client = null;
		c.end().catch(() => {});
		if (closed) return;
		o.onState?.("lost");
		schedule();
	}
	async function connect(first) {
		const c = new pg.default.Client(o.client);
		c.on("error", () => lost(c));
		c.on("end", () => lost(c));
		c.on("notification", (m) => {
			if (c !== client || m.channel !== o.channel) return;
			const n = parse(m.payload);
			if (n) report(n, "notify");
		});
		try {
			await c.connect();
			client = c;
			await c.query(`LISTEN ${c.escapeIdentifier(o.channel)}`);
			if (first) {
				floor = (await c.query("SELECT coalesce(max(id), 0) AS n FROM deliveries")).rows[0].n;
				lastSeen = floor;
			} else await resync(c);
		} catch (err) {
			if (client === c) client = null;
			c.end().catch(() => {});
			throw err;
		}
		if (closed) {
			client = null;
			await c.end().catch(() => {});
			return;
		}
		o.onState?.("listening");
	}
	function schedule() {
		if (closed || retryTimer) return;
		const delay = Math.min(maxMs, minMs * 2 ** Math.min(attempt, 20)) * (.75 + Math.random() / 4);
		attempt++;
		retryTimer = setTimeout(() => {
			retryTimer = null;
			connect(false).then(() => {
				attempt = 0;
				reconnects++;
			}, () => schedule());
		}, delay);
	}
	const ping = setInterval(() => {
		const c = client;
		if (!c) return;
		const timeout = setTimeout(() => lost(c), 5e3);
		c.query("SELECT 1").then(() => clearTimeout(timeout), () => {
			clearTimeout(timeout);
			lost(c);
		});
	}, o.pingMs ?? 15e3);
	ping.unref();
	try {
		await connect(true);
	} catch (err) {
		closed = true;
		clearInterval(ping);
		throw err;
	}
	return {
		get lastSeenDeliveryId() {
			return lastSeen;
		},
		get listening() {
			return client !== null;
		},
		get reconnects() {
			return reconnects;
		},
		async close() {
			closed = true;
			clearInterval(ping);
			if (retryTimer) clearTimeout(retryTimer);
			retryTimer = null;
			const c = client;
			client = null;
			if (c) await c.end().catch(() => {});
		}
	};
}
// src/main/core/store/postgres/migrations.ts
var pgMigrations = [
	{
		version: 1,
		name: "ledger",
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
		name: "delivery flags",
		sql: `ALTER TABLE deliveries ADD COLUMN flags text;`
	},
	{
		version: 3,
		name: "sale charge and end",
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
		name: "shifts",
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
		name: "rejected delivery claims",
		sql: `
      ALTER TABLE deliveries ADD COLUMN claimed_transfer_id text COLLATE "C";
      UPDATE deliveries SET claimed_transfer_id = substring(encode(body, 'escape') from '"TransferId"\s*:\s*"([^"\\]{1,200})"')
        WHERE rejected = 1 AND body IS NOT NULL;
      CREATE INDEX deliveries_claims ON deliveries (claimed_transfer_id, id) WHERE claimed_transfer_id IS NOT NULL;
    `
	}
];
var LATEST_PG_VERSION = pgMigrations[pgMigrations.length - 1].version;
/** One key for "the countertop schema is being migrated" in this database ('countert' as 8 bytes). */
var MIGRATION_LOCK_KEY = "7165074649429406324";
/**
* Applies every migration not yet in schema_migrations, each in its own transaction, while
* holding a session advisory lock: several receivers starting together migrate once, the
* others wait and then find nothing to do. lock_timeout keeps a migration from queueing an
* ACCESS EXCLUSIVE lock behind a long console query (and every ingest behind it) for long;
* statement_timeout bounds a runaway one. Returns the versions applied.
*/
async function migratePostgres(client, opts = {}) {
	const applied = [];
	const ms = (n) => `${Math.max(0, Math.floor(n))}ms`;
	await client.query(`SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`, [ms(opts.waitForLockMs ?? 6e4), ms((opts.waitForLockMs ?? 6e4) + 5e3)]);
	await client.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
	try {
		await client.query(`SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`, [ms(opts.lockTimeoutMs ?? 5e3), ms(opts.statementTimeoutMs ?? 12e4)]);
		await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`);
		const done = new Set((await client.query("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
		const newer = [...done].filter((v) => v > LATEST_PG_VERSION);
		if (newer.length > 0) throw Object.assign(/* @__PURE__ */ new Error(`The PostgreSQL ledger has schema version ${Math.max(...newer)}, newer than this Countertop knows (${LATEST_PG_VERSION}); update Countertop.`), { code: "STORE_SCHEMA_NEWER" });
		for (const m of pgMigrations) {
			if (done.has(m.version)) continue;
			await client.query("BEGIN");
			try {
				await client.query(m.sql);
				await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
					m.version,
					m.name,
					Date.now()
				]);
				await client.query("COMMIT");
			} catch (err) {
				await client.query("ROLLBACK").catch(() => {});
				throw err;
			}
			applied.push(m.version);
		}
	} finally {
		await client.query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY]).catch(() => {});
		await client.query("RESET lock_timeout; RESET statement_timeout").catch(() => {});
	}
	return applied;
}
// src/main/core/store/postgres/index.ts
/** A schema as search_path reads it unquoted (lower case), and a channel name. */
var SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;
var IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** Answer times wait this long for company before they are written (one statement for all). */
var ANSWER_FLUSH_MS = 250;
function closedError() {
	return Object.assign(/* @__PURE__ */ new Error("The ledger is closed."), { code: "STORE_CLOSED" });
}
async function openPostgresStore(opts) {
	if (opts.schema !== void 0 && !SCHEMA.test(opts.schema)) throw new Error(`store: not a plain schema name: ${JSON.stringify(opts.schema)}`);
	const channel = opts.channel ?? (opts.schema ? `countertop_${opts.schema}` : "countertop");
	if (!IDENT.test(channel)) throw new Error(`store: not a plain channel name: ${JSON.stringify(channel)}`);
	const now = opts.now ?? Date.now;
	const base = {
		connectionString: opts.url,
		types: pgTypes,
		keepAlive: true,
		keepAliveInitialDelayMillis: 1e4,
		...opts.schema ? { options: `-c search_path=${opts.schema}` } : {}
	};
	const pool = new pg.default.Pool({
		...base,
		application_name: opts.applicationName ?? "countertop",
		max: opts.poolSize ?? 10,
		statement_timeout: opts.statementTimeoutMs ?? 3e4,
		idle_in_transaction_session_timeout: 6e4,
		connectionTimeoutMillis: 1e4
	});
	pool.on("error", () => {});
	let listener = null;
	try {
		const c = await pool.connect();
		const noted = () => {};
		c.on("error", noted);
		try {
			if (opts.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${c.escapeIdentifier(opts.schema)}`).catch(async (err) => {
				const { rows } = await c.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [opts.schema]);
				if (rows.length === 0) throw err;
			});
			const { rows } = await c.query("SELECT current_schema() AS s");
			if (!rows[0]?.s) throw new Error("store: the PostgreSQL connection has no schema to keep the ledger in (search_path)");
			await migratePostgres(c, opts.migration);
		} finally {
			c.removeListener("error", noted);
			c.release();
		}
		if (opts.onNotify) listener = await startListener({
			client: {
				...base,
				application_name: `${opts.applicationName ?? "countertop"}-listen`
			},
			channel,
			onNotify: opts.onNotify,
			backoff: {
				minMs: opts.listen?.minBackoffMs,
				maxMs: opts.listen?.maxBackoffMs
			},
			pingMs: opts.listen?.pingMs,
			onState: opts.listen?.onState
		});
	} catch (err) {
		await pool.end().catch(() => {});
		throw err;
	}
	let isOpen = true;
	const q = { query: (config) => isOpen ? pool.query(config) : Promise.reject(closedError()) };
	const db = {
		q,
		async tx(fn) {
			if (!isOpen) throw closedError();
			const c = await pool.connect();
			let lost;
			const onError = (err) => {
				lost = err;
			};
			c.on("error", onError);
			const release = (err) => {
				c.removeListener("error", onError);
				c.release(err ?? lost);
			};
			try {
				await c.query("BEGIN");
			} catch (err) {
				release(err instanceof Error ? err : new Error(String(err)));
				throw err;
			}
			try {
				const r = await fn(c);
				await c.query("COMMIT");
				release();
				return r;
			} catch (err) {
				await c.query("ROLLBACK").then(() => release(), (e) => release(e instanceof Error ? e : new Error(String(e))));
				if (err instanceof Rollback) return err.value;
				throw err;
			}
		}
	};
	const counters = { deliveries: 0 };
	const recorder = createPgRecorder(db, channel, opts.limits, { onCommitted: () => counters.deliveries++ });
	/** The repositories on a connection: the pool, or one transaction's client. */
	const reposOn = (x) => ({
		transfers: transfersRepo(x),
		events: eventsRepo(x),
		deliveries: deliveriesRepo(x),
		sessions: sessionsRepo(x),
		customers: customersRepo(x),
		settings: settingsRepo(x, now),
		audit: auditRepo(x, now),
		downtime: downtimeRepo(x),
		reconcileRuns: reconcileRepo(x),
		shifts: shiftsRepo(x)
	});
	const repos = reposOn(q);
	const ops = {
		setSettings: (entries, audit) => db.tx(async (c) => {
			const r = reposOn(c);
			for (const [k, v] of entries) if (v === null) await r.settings.delete(k);
			else await r.settings.set(k, v);
			if (audit) await r.audit.append(audit.actor, audit.action, audit.detail);
		}),
		recordSdkEvent: (a) => db.tx(async (c) => {
			const r = reposOn(c);
			if (a.customerKey) for (const conn of a.connections) await r.customers.saveConnection(a.customerKey, conn, a.at);
			await r.sessions.addSdkEvent(a.sessionId, a.at, a.type, a.payload);
			if (a.transferId) await r.sessions.linkTransfer(a.sessionId, a.transferId, a.at);
		}),
		recordPolledEvent: (e, at, payload) => recorder.recordPolled(e, at, payload),
		recordPolledEvents: (items, at) => recorder.recordPolledMany(items, at),
		forgetCustomer: (customerKey) => db.tx(async (c) => {
			const r = reposOn(c);
			const removed = await r.customers.forgetConnections(customerKey);
			await r.audit.append("counter", "customer.connections.forgotten", { removed });
			return removed;
		})
	};
	let answers = [];
	let answerTimer = null;
	let answerWrite = Promise.resolve();
	const flushAnswers = () => {
		if (answerTimer) clearTimeout(answerTimer);
		answerTimer = null;
		const rows = answers;
		answers = [];
		if (rows.length) answerWrite = answerWrite.then(() => writeAnswerTimes(pool, rows).catch(() => {}));
		return answerWrite;
	};
	return {
		...repos,
		ops,
		views: require_record.localViews(repos),
		engine: "postgres",
		get open() {
			return isOpen;
		},
		get lastSeenDeliveryId() {
			return listener?.lastSeenDeliveryId ?? 0;
		},
		get listening() {
			return listener?.listening ?? false;
		},
		get listenReconnects() {
			return listener?.reconnects ?? 0;
		},
		async recordDeliveries(batch) {
			if (!isOpen) throw closedError();
			return recorder.recordMany(batch);
		},
		recordAnswerTimes(rows) {
			if (!isOpen || rows.length === 0) return;
			for (const r of rows) answers.push(r);
			answerTimer ??= setTimeout(flushAnswers, ANSWER_FLUSH_MS);
		},
		async runExclusive(job, fn) {
			if (!isOpen) throw closedError();
			const c = await pool.connect();
			try {
				const { rows } = await c.query({
					text: "SELECT pg_try_advisory_lock(hashtext('countertop:' || $1)) AS got",
					values: [job]
				});
				if (!rows[0]?.got) return void 0;
				try {
					return await fn();
				} finally {
					await c.query({
						text: "SELECT pg_advisory_unlock(hashtext('countertop:' || $1))",
						values: [job]
					}).catch(() => {});
				}
			} finally {
				c.release();
			}
		},
		integrityCheck: async () => {
			await q.query({ text: "SELECT 1" });
			return "ok";
		},
		quickCheck: async () => {
			await q.query({ text: "SELECT 1" });
			return "ok";
		},
		probeWrite: async () => {
			const row = (await q.query({
				name: "store.probe",
				text: `SELECT pg_is_in_recovery() AS standby, current_setting('default_transaction_read_only') AS ro`,
				values: []
			})).rows[0];
			if (row?.standby) throw Object.assign(/* @__PURE__ */ new Error("The PostgreSQL server is a standby (read-only)."), { code: "STORE_READ_ONLY" });
			if (row?.ro === "on") throw Object.assign(/* @__PURE__ */ new Error("The PostgreSQL database is read-only (default_transaction_read_only)."), { code: "STORE_READ_ONLY" });
		},
		stats: async () => ({
			walBytes: 0,
			maxWalBytes: 0,
			groups: counters.deliveries,
			deliveries: counters.deliveries,
			maxGroupSize: counters.deliveries > 0 ? 1 : 0,
			forcedCheckpoints: 0,
			passiveCheckpoints: 0,
			truncateCheckpoints: 0,
			checkpointBusy: 0
		}),
		async close() {
			if (!isOpen) return;
			await flushAnswers();
			isOpen = false;
			await listener?.close();
			await pool.end();
		}
	};
}
Object.defineProperty(exports, "openPostgresStore", {
	enumerable: true,
	get: function() {
		return openPostgresStore;
	}
});
Object.defineProperty(exports, "pgTypes", {
	enumerable: true,
	get: function() {
		return pgTypes;
	}
});
