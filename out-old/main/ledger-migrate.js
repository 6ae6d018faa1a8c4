Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_rolldown_runtime = require("./chunks/rolldown-runtime-Bc0pwXKd.js");
const require_record = require("./chunks/record-DlFXqfJA.js");
const require_postgres = require("./chunks/postgres-BUGs2Da4.js");
let node_fs = require("node:fs");
let node_path = require("node:path");
let better_sqlite3 = require("better-sqlite3");
better_sqlite3 = require_rolldown_runtime.__toESM(better_sqlite3);
let pg = require("pg");
pg = require_rolldown_runtime.__toESM(pg);
let node_util = require("node:util");
let node_os = require("node:os");
// src/main/tools/ledger-migrate-core.ts
var LEDGER_FILE = "countertop.sqlite";
var LOCK_FILE = "countertop.lock";
var LATEST_SQLITE_VERSION = require_record.migrations[require_record.migrations.length - 1].version;
/**
* Every ledger table, in an order that satisfies the foreign keys (a sale before its SDK events,
* a customer before its connections). `seed`: a PostgreSQL row (alias t) that its migration
* inserted as a placeholder and the SQLite row replaces. `since`: the SQLite schema version that
* added the table after MIN_SQLITE_VERSION; an older ledger has none of its rows to copy.
*/
var TABLES = [
	{ name: "transfers" },
	{ name: "webhook_events" },
	{ name: "deliveries" },
	{ name: "link_sessions" },
	{ name: "sdk_events" },
	{ name: "customers" },
	{ name: "customer_connections" },
	{
		name: "settings",
		seed: `t.key = 'heartbeat' AND t.value = 'null' AND t.updated_at = 0`
	},
	{ name: "audit_log" },
	{ name: "downtime" },
	{ name: "reconcile_runs" },
	{
		name: "shifts",
		since: 7
	}
];
/**
* Columns a ledger older than its table's newest SQLite schema lacks, and what to copy in their
* place: before v6 a sale sent amountInFiat = amount whatever the currency, so that is the USD it
* charged (the v6 migration writes the same). Columns not listed stay NULL in PostgreSQL.
*/
var DERIVED_COLUMNS = { link_sessions: { usd_amount: "amount" } };
/**
* SQLite's own keys, which PostgreSQL does without (it indexes by TransferId): not copied.
* Schema v9's integer transfer keys (see migrations.ts).
*/
var SQLITE_ONLY_COLUMNS = {
	transfers: ["seq"],
	webhook_events: ["transfer_seq"],
	deliveries: ["transfer_seq"]
};
/** A failure the user can act on: the message says what happened and what to do. */
var MigrateError = class extends Error {
	code;
	constructor(code, message, cause) {
		super(message, cause === void 0 ? void 0 : { cause });
		this.code = code;
		this.name = "MigrateError";
	}
};
/** The URL without its password, for messages. */
function redactUrl(url) {
	try {
		const u = new URL(url);
		if (u.password) u.password = "***";
		return u.toString();
	} catch {
		return "(unparseable URL)";
	}
}
/** Whether a process with this PID exists here (EPERM: it does, and belongs to someone else). */
function processAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return err.code === "EPERM";
	}
}
/**
* The lock a running Countertop keeps in its data directory: JSON {pid, hostname, startedAt}
* (src/main/host/datadir.ts), or a bare PID. null when there is none or its process is gone;
* 'unreadable' when it exists but says nothing we can use.
*/
function lockHolder(dataDir) {
	const file = (0, node_path.join)(dataDir, LOCK_FILE);
	let text;
	try {
		text = (0, node_fs.readFileSync)(file, "utf8").trim();
	} catch (err) {
		if (err.code === "ENOENT") return null;
		return "unreadable";
	}
	let pid;
	let host = null;
	if (/^\d+$/.test(text)) pid = Number(text);
	else try {
		const v = JSON.parse(text);
		if (typeof v.pid === "number") pid = v.pid;
		if (typeof v.hostname === "string" && v.hostname) host = v.hostname;
	} catch {}
	if (pid === void 0 || !Number.isSafeInteger(pid) || pid <= 0) return "unreadable";
	if (host !== null && host !== (0, node_os.hostname)()) return {
		pid,
		host
	};
	return processAlive(pid) ? {
		pid,
		host: null
	} : null;
}
/** --from is the data directory (or, accepted too, the ledger file itself). */
function locateLedger(from) {
	let st;
	try {
		st = (0, node_fs.statSync)(from);
	} catch {
		throw new MigrateError("LEDGER_MISSING", `There is no data directory ${from}. Give --from the Countertop data directory (the one holding ${LEDGER_FILE}).`);
	}
	if (st.isFile()) return {
		dir: (0, node_path.dirname)(from),
		file: from
	};
	const file = (0, node_path.join)(from, LEDGER_FILE);
	if (!(0, node_fs.existsSync)(file)) throw new MigrateError("LEDGER_MISSING", `There is no ledger in ${from}: ${LEDGER_FILE} is missing. Give --from the Countertop data directory (the one holding ${LEDGER_FILE}).`);
	return {
		dir: from,
		file
	};
}
/** Refuses a ledger that a running Countertop holds (its lock file names a live PID). */
function assertNotHeld(loc, warn = () => {}) {
	const h = lockHolder(loc.dir);
	if (h === "unreadable") {
		warn(`${(0, node_path.join)(loc.dir, LOCK_FILE)} exists but names no process; assuming no Countertop is running on this data directory`);
		return;
	}
	if (h) {
		const where = h.host ? ` on ${h.host}` : "";
		throw new MigrateError("LEDGER_LOCKED", `A running Countertop (PID ${h.pid}${where}) holds the ledger in ${loc.dir} (${LOCK_FILE}). Stop it first, then run the migration again (if PID ${h.pid} is not Countertop, delete ${(0, node_path.join)(loc.dir, LOCK_FILE)}).`);
	}
}
/** Opens the ledger read-only and checks that it is a Countertop ledger this tool can copy. */
function openSource(file, opts = {}) {
	const open = () => {
		let db;
		try {
			db = new better_sqlite3.default(file, {
				readonly: true,
				fileMustExist: true
			});
			db.pragma("busy_timeout = 5000");
		} catch (err) {
			throw new MigrateError("LEDGER_UNREADABLE", `Cannot open ${file}: ${err.message}.`, err);
		}
		try {
			const version = db.pragma("user_version", { simple: true });
			const tables = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => r.name));
			return {
				db,
				version,
				tables
			};
		} catch (err) {
			db.close();
			const code = err.code ?? "";
			if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) throw new MigrateError("NOT_A_LEDGER", `${file} is not a Countertop ledger: it is not a SQLite database (${err.message}).`, err);
			throw new MigrateError("LEDGER_UNREADABLE", `Cannot read ${file}: ${err.message}.`, err);
		}
	};
	let s = open();
	if (!s.tables.has("transfers") || !s.tables.has("deliveries") || s.version < 1) {
		s.db.close();
		throw new MigrateError("NOT_A_LEDGER", `${file} is a SQLite database but not a Countertop ledger (no Countertop tables, schema version ${s.version}).`);
	}
	if (s.version > LATEST_SQLITE_VERSION) {
		s.db.close();
		throw new MigrateError("LEDGER_TOO_NEW", `${file} has ledger schema v${s.version}, newer than this Countertop knows (v${LATEST_SQLITE_VERSION}); update Countertop and run the migration with it.`);
	}
	let upgradedFrom = null;
	if (s.version < 4) {
		s.db.close();
		if (!opts.upgrade) throw new MigrateError("LEDGER_TOO_OLD", `${file} has ledger schema v${s.version}; the migration reads v4 or later. Start this Countertop once on that data directory (it upgrades the ledger at start), stop it, and run the migration again — or add --upgrade to let the migration upgrade it in place first.`);
		opts.log?.(`upgrading ${(0, node_path.basename)(file)} from schema v${s.version} to v${LATEST_SQLITE_VERSION} in place (what starting Countertop does)`);
		upgradedFrom = s.version;
		try {
			require_record.openLedger({ file }).close();
		} catch (err) {
			throw new MigrateError("LEDGER_UNREADABLE", `Could not upgrade ${file}: ${err.message}`, err);
		}
		s = open();
	}
	const missing = TABLES.filter((t) => !s.tables.has(t.name) && (t.since ?? 0) <= s.version).map((t) => t.name);
	if (missing.length) {
		s.db.close();
		throw new MigrateError("NOT_A_LEDGER", `${file} (schema v${s.version}) lacks the ledger table${missing.length > 1 ? "s" : ""} ${missing.join(", ")}: not a complete Countertop ledger.`);
	}
	return {
		db: s.db,
		version: s.version,
		upgradedFrom
	};
}
/** What PostgreSQL said, as a message the user can act on. */
function describePgError(err, url) {
	if (err instanceof MigrateError) return err;
	const e = err;
	const where = redactUrl(url);
	const msg = e?.message ?? String(err);
	switch (e?.code) {
		case "ECONNREFUSED":
		case "ENOTFOUND":
		case "EAI_AGAIN":
		case "ETIMEDOUT":
		case "EHOSTUNREACH":
		case "ENETUNREACH":
		case "ECONNRESET": return new MigrateError("PG_UNREACHABLE", `Cannot reach PostgreSQL at ${where}: ${msg} (${e.code}). Is the server running, and are the host and port right?`, err);
		case "28P01":
		case "28000": return new MigrateError("PG_REFUSED", `PostgreSQL refused the login at ${where}: ${msg}. Check the user name and password in the URL.`, err);
		case "3D000": return new MigrateError("PG_REFUSED", `PostgreSQL at ${where}: ${msg}. Create the database first (createdb), then run the migration again.`, err);
		case "42501": return new MigrateError("PG_REFUSED", `PostgreSQL at ${where}: ${msg}. The user needs the right to create tables in the ledger's schema.`, err);
		case "STORE_SCHEMA_NEWER": return new MigrateError("SCHEMA_MISMATCH", msg, err);
	}
	if (/timeout/i.test(msg) && !e?.code) return new MigrateError("PG_UNREACHABLE", `Cannot reach PostgreSQL at ${where}: ${msg}.`, err);
	return new MigrateError("COPY_FAILED", `PostgreSQL at ${where}: ${msg}${e?.detail ? ` (${e.detail})` : ""}`, err);
}
var q = (ident) => `"${ident.replace(/"/g, "\"\"")}"`;
/** A SQLite value as JSON that json_populate_recordset reads back exactly. */
function jsonValue(v) {
	if (typeof v === "bigint") return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
	if (Buffer.isBuffer(v)) return `\\x${v.toString("hex")}`;
	if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
	return v;
}
async function describePgTable(c, table) {
	const oid = (await c.query(`SELECT to_regclass(quote_ident(current_schema()) || '.' || quote_ident($1))::oid::text AS oid`, [table])).rows[0]?.oid;
	if (!oid) return null;
	const cols = await c.query(`SELECT a.attname AS name, pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident($2), a.attname) AS serial
       FROM pg_attribute a WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, [oid, table]);
	const key = await c.query(`SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::oid AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`, [oid]);
	const serial = cols.rows.find((r) => r.serial);
	return {
		columns: cols.rows.map((r) => r.name),
		key: key.rows.map((r) => r.name),
		serial: serial ? {
			column: serial.name,
			sequence: serial.serial
		} : null
	};
}
/**
* One batch as one statement: insert what is missing, and in the same snapshot tell apart the
* rows already there (same content) from the conflicting ones.
*/
function batchSql(table, columns, key, seed) {
	const cols = columns.map(q).join(", ");
	const keyCols = key.map(q).join(", ");
	const on = (a, b) => key.map((k) => `${a}.${q(k)} = ${b}.${q(k)}`).join(" AND ");
	const row = (alias) => `ROW(${columns.map((c) => `${alias}.${q(c)}`).join(", ")})`;
	const conflict = seed ? `ON CONFLICT (${keyCols}) DO UPDATE SET ${columns.filter((c) => !key.includes(c)).map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")} WHERE ${seed}` : "ON CONFLICT DO NOTHING";
	const keyJson = `json_build_array(${key.map((k) => `s.${q(k)}`).join(", ")})`;
	return `WITH src AS (SELECT ${cols} FROM json_populate_recordset(NULL::${q(table)}, $1::json)),
    ins AS (INSERT INTO ${q(table)} AS t (${cols}) SELECT ${cols} FROM src ${conflict} RETURNING ${key.map((k) => `t.${q(k)}`).join(", ")}),
    differs AS (SELECT ${keyJson} AS k FROM src s JOIN ${q(table)} t ON ${on("t", "s")}
                 WHERE ${row("s")} IS DISTINCT FROM ${row("t")}${seed ? ` AND NOT (${seed})` : ""}),
    blocked AS (SELECT ${keyJson} AS k FROM src s
                 WHERE NOT EXISTS (SELECT 1 FROM ${q(table)} t WHERE ${on("t", "s")}) AND NOT EXISTS (SELECT 1 FROM ins t WHERE ${on("t", "s")}))
    SELECT (SELECT count(*) FROM ins)::int AS inserted,
           ((SELECT count(*) FROM differs) + (SELECT count(*) FROM blocked))::int AS conflicts,
           (SELECT json_agg(k) FROM (SELECT k FROM differs UNION ALL SELECT k FROM blocked LIMIT 5) x) AS keys`;
}
/** Moves a sequence past `atLeast` and the table's highest id; never backwards. Returns the new last value, or null when unchanged. */
async function moveSequence(c, table, serial, atLeast) {
	const { target, current } = (await c.query(`SELECT GREATEST($1::bigint, (SELECT coalesce(max(${q(serial.column)}), 0) FROM ${q(table)}))::bigint AS target, pg_sequence_last_value($2::regclass) AS current`, [atLeast, serial.sequence])).rows[0];
	if (target < 1 || target <= (current ?? 0)) return null;
	await c.query("SELECT setval($1::regclass, $2::bigint, true)", [serial.sequence, target]);
	return target;
}
/** Copies the ledger in `opts.from` into the PostgreSQL at `opts.to`. Throws a MigrateError. */
async function migrateLedger(opts) {
	const t0 = performance.now();
	const log = opts.log ?? (() => {});
	const batchSize = opts.batchSize ?? 1e3;
	const loc = locateLedger(opts.from);
	assertNotHeld(loc, (m) => log(`warning: ${m}`));
	const source = openSource(loc.file, {
		upgrade: opts.upgrade,
		log
	});
	const sdb = source.db;
	try {
		sdb.exec("BEGIN");
		const sqliteCols = /* @__PURE__ */ new Map();
		const totals = /* @__PURE__ */ new Map();
		const maxIds = /* @__PURE__ */ new Map();
		const hasTable = sdb.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?`);
		const absent = new Set(TABLES.filter((t) => hasTable.get(t.name).n === 0).map((t) => t.name));
		for (const t of TABLES) {
			if (absent.has(t.name)) {
				sqliteCols.set(t.name, []);
				totals.set(t.name, 0);
				continue;
			}
			sqliteCols.set(t.name, sdb.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").all(t.name).map((r) => r.name).filter((c) => !SQLITE_ONLY_COLUMNS[t.name]?.includes(c)));
			totals.set(t.name, sdb.prepare(`SELECT count(*) AS n FROM ${q(t.name)}`).get().n);
		}
		const grand = [...totals.values()].reduce((a, b) => a + b, 0);
		log(`reading ${loc.file} (schema v${source.version}, ${grand.toLocaleString("en-US")} rows in ${TABLES.length} tables)`);
		try {
			await (await require_postgres.openPostgresStore({
				url: opts.to,
				schema: opts.schema,
				poolSize: 1,
				applicationName: "countertop-ledger-migrate"
			})).close();
		} catch (err) {
			throw describePgError(err, opts.to);
		}
		const c = new pg.default.Client({
			connectionString: opts.to,
			types: require_postgres.pgTypes,
			application_name: "countertop-ledger-migrate",
			connectionTimeoutMillis: 1e4,
			statement_timeout: 3e5,
			...opts.schema ? { options: `-c search_path=${opts.schema}` } : {}
		});
		c.on("error", () => {});
		try {
			await c.connect();
		} catch (err) {
			throw describePgError(err, opts.to);
		}
		try {
			const schema = (await c.query("SELECT current_schema() AS s")).rows[0].s;
			log(`PostgreSQL ledger schema ready: ${redactUrl(opts.to)} (schema ${schema})`);
			const pgTables = /* @__PURE__ */ new Map();
			for (const t of TABLES) {
				const d = await describePgTable(c, t.name);
				if (!d) throw new MigrateError("SCHEMA_MISMATCH", `The PostgreSQL ledger (schema ${schema}) has no table ${t.name}; this Countertop's engines disagree. Update Countertop.`);
				const lacking = sqliteCols.get(t.name).filter((col) => !d.columns.includes(col));
				if (lacking.length) throw new MigrateError("SCHEMA_MISMATCH", `The PostgreSQL table ${t.name} lacks the column${lacking.length > 1 ? "s" : ""} ${lacking.join(", ")} the SQLite ledger has; update Countertop.`);
				if (d.key.length === 0) throw new MigrateError("SCHEMA_MISMATCH", `The PostgreSQL table ${t.name} has no primary key.`);
				pgTables.set(t.name, d);
				if (d.serial && !absent.has(t.name)) maxIds.set(t.name, Number(sdb.prepare(`SELECT max(${q(d.serial.column)}) AS m FROM ${q(t.name)}`).get().m ?? 0));
			}
			const sequences = {};
			const moveAll = async () => {
				for (const [name, d] of pgTables) {
					if (!d.serial) continue;
					const moved = await moveSequence(c, name, d.serial, maxIds.get(name) ?? 0);
					if (moved !== null) sequences[name] = moved;
				}
			};
			await moveAll();
			const results = [];
			for (const t of TABLES) {
				const tt = performance.now();
				const d = pgTables.get(t.name);
				const own = sqliteCols.get(t.name);
				const derived = Object.entries(DERIVED_COLUMNS[t.name] ?? {}).filter(([col, from]) => !own.includes(col) && own.includes(from) && d.columns.includes(col));
				const columns = [...own, ...derived.map(([col]) => col)];
				const select = [...own.map(q), ...derived.map(([col, from]) => `${q(from)} AS ${q(col)}`)].join(", ");
				const total = totals.get(t.name);
				const sql = batchSql(t.name, columns, d.key, t.seed);
				const res = {
					table: t.name,
					total,
					copied: 0,
					present: 0,
					conflicts: 0,
					conflictKeys: [],
					ms: 0
				};
				const report = (done) => opts.onProgress?.({
					table: t.name,
					done,
					total,
					copied: res.copied,
					present: res.present,
					conflicts: res.conflicts
				});
				report(0);
				if (absent.has(t.name)) {
					results.push(res);
					continue;
				}
				const stmt = sdb.prepare(`SELECT ${select} FROM ${q(t.name)} ORDER BY ${d.key.map(q).join(", ")}`).safeIntegers(true);
				let batch = [];
				let done = 0;
				const flush = async () => {
					if (batch.length === 0) return;
					let r;
					try {
						r = (await c.query({
							text: sql,
							values: [JSON.stringify(batch)]
						})).rows[0];
					} catch (err) {
						const first = batch[0];
						const e = describePgError(err, opts.to);
						throw new MigrateError(e.code, `Copying ${t.name} (the batch from ${d.key.map((k) => `${k} ${String(first[k])}`).join(", ")}) failed: ${e.message}`, err);
					}
					res.copied += r.inserted;
					res.conflicts += r.conflicts;
					res.present += batch.length - r.inserted - r.conflicts;
					for (const k of r.keys ?? []) if (res.conflictKeys.length < 5) res.conflictKeys.push(Array.isArray(k) && k.length === 1 ? k[0] : k);
					done += batch.length;
					batch = [];
					report(done);
				};
				for (const raw of stmt.iterate()) {
					const row = {};
					for (const col of columns) row[col] = jsonValue(raw[col]);
					batch.push(row);
					if (batch.length >= batchSize) await flush();
				}
				await flush();
				res.ms = performance.now() - tt;
				results.push(res);
			}
			await moveAll();
			return {
				source: loc.file,
				sqliteVersion: source.version,
				upgradedFrom: source.upgradedFrom,
				target: redactUrl(opts.to),
				schema,
				tables: results,
				sequences,
				ms: performance.now() - t0
			};
		} finally {
			await c.end().catch(() => {});
		}
	} finally {
		if (sdb.inTransaction) sdb.exec("COMMIT");
		sdb.close();
	}
}
// src/main/tools/ledger-migrate.ts
var MIGRATE_USAGE = `Usage: npm run ledger:migrate -- --from DATA_DIR --to postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
         [--schema NAME] [--batch N] [--upgrade] [--fail-on-conflict]

  --from              the counter's data directory (holding countertop.sqlite), or the ledger file.
                      Stop that counter first: a running Countertop's lock is refused.
  --to                the PostgreSQL database (or env COUNTERTOP_DATABASE_URL). The ledger's tables
                      are created there if missing, as the receivers would create them.
  --schema            keep the ledger in this schema (created if missing); default: the connection's
                      current schema (usually public)
  --batch             rows per INSERT, each its own transaction (default 1000, 1 to 10000)
  --upgrade           a ledger older than schema v4: upgrade it in place first (as starting
                      Countertop would) instead of refusing it
  --fail-on-conflict  exit 3 when a row already in PostgreSQL differs from the SQLite one

Re-running is safe: rows already in PostgreSQL are skipped by primary key; one whose content differs
is kept as PostgreSQL has it and counted as a conflict.`;
/** A URL as typed, its password (if any) masked, for messages about a URL that may not parse. */
var hidePassword = (url) => url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
/** Accepted as the store accepts it (PostgresStoreOptions.schema). */
var SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;
function parseMigrateArgs(argv, env = {}) {
	let values;
	try {
		values = (0, node_util.parseArgs)({
			args: [...argv],
			strict: true,
			allowPositionals: false,
			options: {
				from: { type: "string" },
				to: { type: "string" },
				schema: { type: "string" },
				batch: { type: "string" },
				upgrade: { type: "boolean" },
				"fail-on-conflict": { type: "boolean" },
				help: {
					type: "boolean",
					short: "h"
				}
			}
		}).values;
	} catch (e) {
		return {
			ok: false,
			message: e instanceof Error ? e.message : String(e)
		};
	}
	if (values.help) return {
		ok: true,
		help: true
	};
	const str = (k) => typeof values[k] === "string" && values[k] !== "" ? values[k] : void 0;
	const from = str("from");
	if (from === void 0) return {
		ok: false,
		message: "--from is required: the data directory of the counter whose ledger to copy"
	};
	const to = str("to") ?? (env.COUNTERTOP_DATABASE_URL || void 0);
	if (to === void 0) return {
		ok: false,
		message: "--to is required (or set COUNTERTOP_DATABASE_URL): postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
	};
	let url;
	try {
		url = new URL(to);
	} catch {
		return {
			ok: false,
			message: `--to is not a URL: "${hidePassword(to)}"; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
		};
	}
	if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") return {
		ok: false,
		message: `--to must be a postgres:// (or postgresql://) URL; got ${url.protocol}// in "${hidePassword(to)}"`
	};
	const options = {
		from,
		to,
		batchSize: 1e3,
		upgrade: values.upgrade === true,
		failOnConflict: values["fail-on-conflict"] === true
	};
	const schema = str("schema");
	if (schema !== void 0) {
		if (!SCHEMA.test(schema)) return {
			ok: false,
			message: `--schema must be a plain lower-case name (letters, digits, _; not starting with a digit); got "${schema}"`
		};
		options.schema = schema;
	}
	const batch = str("batch");
	if (batch !== void 0) {
		const n = /^\d+$/.test(batch) ? Number(batch) : NaN;
		if (!(n >= 1 && n <= 1e4)) return {
			ok: false,
			message: `--batch must be a whole number from 1 to 10000; got "${batch}"`
		};
		options.batchSize = n;
	}
	return {
		ok: true,
		help: false,
		options
	};
}
function formatProgress(p) {
	return `${p.table} ${p.done}/${p.total}${p.conflicts ? ` (${p.conflicts} conflicts)` : ""}`;
}
var rate = (rows, ms) => ms > 0 ? Math.round(rows * 1e3 / ms).toLocaleString("en-US") : "–";
/** The closing lines: a header, one line per table, a total. */
function formatSummary(s) {
	const w = Math.max(...s.tables.map((t) => t.table.length), 5);
	const pad = (n, width = 7) => String(n).padStart(width);
	const line = (name, t) => `  ${name.padEnd(w)} ${pad(t.total)} rows ${pad(t.copied)} copied ${pad(t.present)} already there ${pad(t.conflicts, 4)} conflicts`;
	const sum = s.tables.reduce((a, t) => ({
		total: a.total + t.total,
		copied: a.copied + t.copied,
		present: a.present + t.present,
		conflicts: a.conflicts + t.conflicts
	}), {
		total: 0,
		copied: 0,
		present: 0,
		conflicts: 0
	});
	return [
		`ledger:migrate: ${s.source} (SQLite schema v${s.sqliteVersion}${s.upgradedFrom !== null ? `, upgraded from v${s.upgradedFrom}` : ""}) → ${s.target} (schema ${s.schema})`,
		...s.tables.map((t) => line(t.table, t)),
		`${line("total", sum)} in ${(s.ms / 1e3).toFixed(1)} s (${rate(sum.total, s.ms)} rows/s)`
	];
}
/** Runs the command; resolves to the exit code. */
async function main(argv, env, io) {
	const parsed = parseMigrateArgs(argv, env);
	if (!parsed.ok) {
		io.err(`ledger:migrate: ${parsed.message}\n\n${MIGRATE_USAGE}\n`);
		return 2;
	}
	if (parsed.help) {
		io.out(`${MIGRATE_USAGE}\n`);
		return 0;
	}
	const o = parsed.options;
	let last = 0;
	const progress = (p) => {
		const now = Date.now();
		const final = p.done === p.total;
		if (io.tty) {
			io.err(`\rledger:migrate: ${formatProgress(p)}\x1b[K${final ? "\n" : ""}`);
			return;
		}
		if (p.done === 0 && p.total > 0) return;
		if (final || p.done <= o.batchSize || now - last >= 250) {
			io.err(`ledger:migrate: ${formatProgress(p)}\n`);
			last = now;
		}
	};
	try {
		const s = await migrateLedger({
			from: o.from,
			to: o.to,
			schema: o.schema,
			batchSize: o.batchSize,
			upgrade: o.upgrade,
			onProgress: progress,
			log: (m) => io.err(`ledger:migrate: ${m}\n`)
		});
		const conflicted = s.tables.filter((t) => t.conflicts > 0);
		for (const t of conflicted) io.err(`ledger:migrate: warning: ${t.table}: ${t.conflicts} row${t.conflicts > 1 ? "s" : ""} already in PostgreSQL with other content (or another unique key taken); PostgreSQL's kept. First: ${t.conflictKeys.map((k) => JSON.stringify(k)).join(", ")}\n`);
		io.out(`${formatSummary(s).join("\n")}\n`);
		return conflicted.length > 0 && o.failOnConflict ? 3 : 0;
	} catch (err) {
		if (io.tty) io.err("\n");
		if (err instanceof MigrateError) io.err(`ledger:migrate: ${err.message}\n`);
		else io.err(`ledger:migrate: failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
		return 1;
	}
}
if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) main(process.argv.slice(2), process.env, {
	out: (s) => process.stdout.write(s),
	err: (s) => process.stderr.write(s),
	tty: process.stderr.isTTY === true
}).then((code) => {
	process.exitCode = code;
}, (err) => {
	process.stderr.write(`ledger:migrate: failed: ${String(err)}\n`);
	process.exitCode = 1;
});
exports.MIGRATE_USAGE = MIGRATE_USAGE;
exports.formatProgress = formatProgress;
exports.formatSummary = formatSummary;
exports.main = main;
exports.parseMigrateArgs = parseMigrateArgs;
