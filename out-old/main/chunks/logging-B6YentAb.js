const require_rolldown_runtime = require("./rolldown-runtime-Bc0pwXKd.js");
const require_contract = require("./contract-pyYsTFf9.js");
const require_protocol = require("./protocol-iWDzxKh1.js");
const require_record = require("./record-DlFXqfJA.js");
const require_postgres = require("./postgres-BUGs2Da4.js");
const require_emulator = require("./emulator-CLgm5r48.js");
let node_fs = require("node:fs");
let node_path = require("node:path");
let pino = require("pino");
pino = require_rolldown_runtime.__toESM(pino);
let node_crypto = require("node:crypto");
let node_worker_threads = require("node:worker_threads");
let fastify = require("fastify");
fastify = require_rolldown_runtime.__toESM(fastify);
let node_net = require("node:net");
let node_os = require("node:os");
let pino_pretty = require("pino-pretty");
pino_pretty = require_rolldown_runtime.__toESM(pino_pretty);
let pino_roll = require("pino-roll");
pino_roll = require_rolldown_runtime.__toESM(pino_roll);
// src/main/core/bus.ts
/** In-process event bus: the core publishes after replying; transports fan events out. */
function createBus() {
	const listeners = /* @__PURE__ */ new Set();
	const observers = /* @__PURE__ */ new Set();
	return {
		publish(type, payload) {
			const msg = {
				type,
				payload
			};
			for (const set of [listeners, observers]) for (const l of set) try {
				l(msg);
			} catch {}
		},
		subscribe(l) {
			listeners.add(l);
			return () => listeners.delete(l);
		},
		/** The core's own listeners (the customer display): not counted by size(). */
		observe(l) {
			observers.add(l);
			return () => observers.delete(l);
		},
		/** How many transports listen (0: nobody to tell, so publishers may skip reading). */
		size: () => listeners.size
	};
}
// src/main/core/commands/audit.ts
function auditCommands(settings) {
	return { "audit.list": (a) => settings.auditList(a) };
}
// src/main/core/commands/customers.ts
function customersCommands(sales) {
	return { "customers.forget": (a) => sales.forgetCustomer(a) };
}
// src/main/core/commands/registry.ts
/** An error a handler throws on purpose: its code and message reach the user as they are. */
var CommandError = class extends Error {
	code;
	constructor(code, message) {
		super(message);
		this.code = code;
	}
};
var INTERNAL_MESSAGE = "Something went wrong on our side and nothing was changed by it. Try again; if it keeps happening, send the log file (logs/ in the data folder) to support.";
function createRegistry(logger) {
	const handlers = /* @__PURE__ */ new Map();
	/**
	* Validates the arguments once, runs the handler, and always answers with an envelope. A value
	* that came as JSON (Serialized) stays JSON: a transport sends those bytes as they are instead
	* of parsing and serializing them again on this thread.
	*/
	async function dispatchWire(name, rawArgs) {
		if (!require_contract.isCommandName(name) || !handlers.has(name)) return require_contract.fail(require_contract.ErrorCodes.UNKNOWN_COMMAND, `There is no command "${name}".`);
		const parsed = require_contract.commandSchemas[name].safeParse(rawArgs ?? {});
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const where = issue?.path.length ? ` (${issue.path.join(".")})` : "";
			return require_contract.fail(require_contract.ErrorCodes.INVALID_ARGUMENT, `${issue?.message ?? "invalid arguments"}${where}`);
		}
		try {
			return require_contract.ok(await handlers.get(name)(parsed.data));
		} catch (err) {
			const e = err;
			if (require_contract.isDeclaredErrorCode(e?.code) && e.code !== require_contract.ErrorCodes.INTERNAL) return require_contract.fail(e.code, e.message);
			logger?.error({
				err,
				command: name
			}, `command ${name} failed`);
			return require_contract.fail(require_contract.ErrorCodes.INTERNAL, INTERNAL_MESSAGE);
		}
	}
	return {
		/** Registers one domain's handlers; a name registered twice is a programming error. */
		register(domain) {
			for (const [name, h] of Object.entries(domain)) {
				if (!require_contract.isCommandName(name)) throw new Error(`unknown command in registration: ${name}`);
				if (handlers.has(name)) throw new Error(`command registered twice: ${name}`);
				handlers.set(name, h);
			}
		},
		has: (name) => require_contract.isCommandName(name) && handlers.has(name),
		dispatchWire,
		/** As dispatchWire, with the value itself in the envelope (parsed, if it came as JSON). */
		async dispatch(name, rawArgs) {
			const e = await dispatchWire(name, rawArgs);
			return e.ok && e.value instanceof require_protocol.Serialized ? require_contract.ok(require_protocol.materialize(e.value)) : e;
		}
	};
}
// src/main/core/commands/deliveries.ts
function deliveriesCommands({ store, ingestor, now, publish, logError }) {
	return {
		"deliveries.list": (q) => store.views.deliveriesPage(q),
		"deliveries.get": async ({ id }) => {
			const d = await store.deliveries.get(id);
			if (!d) throw new CommandError(require_contract.ErrorCodes.NOT_FOUND, `No delivery #${id}.`);
			return d;
		},
		"deliveries.replay": ({ id }) => replay(id),
		"deliveries.replayMany": ({ ids }) => Promise.all(ids.map(async (sourceId) => {
			try {
				return {
					sourceId,
					ok: true,
					result: await replay(sourceId)
				};
			} catch (err) {
				if (err instanceof CommandError) return {
					sourceId,
					ok: false,
					error: err.message
				};
				logError?.(err, sourceId);
				return {
					sourceId,
					ok: false,
					error: "The replay could not be recorded; see the log."
				};
			}
		}))
	};
	async function replay(id) {
		const d = await store.deliveries.getRaw(id);
		if (!d) throw new CommandError(require_contract.ErrorCodes.NOT_FOUND, `No delivery #${id}.`);
		const headers = JSON.parse(d.headers);
		const r = await ingestor.ingest({
			raw: Buffer.from(d.body ?? []),
			headers,
			remoteAddress: "replay",
			receivedAt: now(),
			replayOf: id,
			isTest: d.is_test === 1
		});
		publish(r);
		return {
			deliveryId: r.deliveryRowId,
			verdict: r.verdict,
			httpStatus: r.httpStatus
		};
	}
}
// src/main/core/commands/display.ts
function displayCommands(display, open) {
	return {
		"display.get": () => display.get(),
		"display.open": () => open()
	};
}
// src/main/core/commands/health.ts
function healthCommands(info, c) {
	return {
		"health.get": () => info(),
		"health.selfTest": () => c.selfTest()
	};
}
// src/main/core/commands/ledger.ts
function ledgerCommands(store) {
	return {
		"ledger.list": (q) => store.views.ledgerPage(q),
		"ledger.get": (a) => store.views.transferHistory(a)
	};
}
// src/main/core/commands/reconcile.ts
function reconcileCommands(c) {
	return { "reconcile.run": (a) => c.reconcileNow(a) };
}
// src/main/core/commands/reports.ts
function reportsCommands(shifts) {
	return { "reports.takings": (a) => shifts.takings(a) };
}
// src/main/core/commands/sales.ts
function salesCommands(sales) {
	return {
		"counter.settings": () => sales.counterSettings(),
		"sales.start": (a) => sales.start(a),
		"sales.recordSdkEvent": (a) => sales.recordSdkEvent(a),
		"sales.get": (a) => sales.getSale(a),
		"sales.list": (a) => sales.list(a),
		"sales.end": (a) => sales.end(a)
	};
}
// src/main/core/commands/sandbox.ts
function sandboxCommands(control) {
	const need = () => {
		const c = control();
		if (!c) throw new CommandError("NOT_IN_EMULATOR_MODE", "Fault scenarios exist only with the built-in Mesh emulator (run with --sandbox).");
		return c;
	};
	return {
		"sandbox.setFaults": ({ faults }) => {
			need().setNextSaleFaults(faults);
			return { faults };
		},
		"sandbox.createTransfer": ({ amountInFiat, symbol, outcome, faults, pendingMs }) => {
			const created = need().createTransfer({
				amountInFiat: Number(amountInFiat),
				symbol,
				outcome,
				faults,
				...pendingMs !== void 0 ? { pendingMs } : {}
			});
			return {
				transferId: created.transferId,
				eventIds: created.eventIds
			};
		},
		"sandbox.setLinkScenario": ({ scenario }) => {
			need().setNextLinkScenario(scenario);
			return { scenario };
		},
		"sandbox.refundTransfer": ({ transferId, delayMs }) => {
			const c = need();
			try {
				const r = c.refundTransfer(transferId, delayMs !== void 0 ? { delayMs } : {});
				return {
					transferId: r.transferId,
					eventIds: [...r.eventIds]
				};
			} catch (e) {
				const code = e.code;
				if (code === "NOT_FOUND") throw new CommandError("NOT_FOUND", `The emulator has no transfer ${transferId}.`);
				if (code === "CONFLICT") throw new CommandError("INVALID_ARGUMENT", e.message);
				throw e;
			}
		},
		"sandbox.clock": ({ rate, advanceMs }) => {
			const { now, rate: r, nextDueInMs } = need().clock({
				...rate !== void 0 ? { rate } : {},
				...advanceMs !== void 0 ? { advanceMs } : {}
			});
			return {
				now,
				rate: r,
				nextDueInMs
			};
		}
	};
}
// src/main/core/commands/settings.ts
function settingsCommands(settings) {
	return {
		"settings.get": () => settings.get(),
		"settings.update": (a) => settings.update(a),
		"settings.setPin": (a) => settings.setPin(a)
	};
}
// src/main/core/commands/shifts.ts
function shiftsCommands(shifts) {
	return {
		"shifts.current": () => shifts.current(),
		"shifts.open": (a) => shifts.open(a),
		"shifts.close": () => shifts.close(),
		"shifts.list": (a) => shifts.list(a),
		"shifts.report": (a) => shifts.report(a)
	};
}
/** What each verdict means for one attempt, in the words support staff read on the timeline. */
var VERDICT_NOTE = {
	accepted: "First delivery: stored and applied",
	duplicate: "Repeat of an event we already had: counted, not applied again",
	uninterpretable: "Signed JSON without a transfer status we can apply: stored, answered 200",
	malformed: "Signed, but the body is not JSON: stored, answered 200",
	signature_missing: "No signature header: rejected with 401",
	signature_invalid: "Signature does not match our webhook secret: rejected with 401 (check the secret in Settings)",
	too_large: "Body over the size limit: rejected with 413",
	bad_request: "Broken HTTP framing (connection cut mid-body): rejected with 400",
	source_not_allowed: "Sender not on the IP allowlist: rejected with 403"
};
/** Verdicts whose answer was decided before timing could matter: lateness is never their cause. */
var REFUSED_BEFORE_TIMING = /* @__PURE__ */ new Set([
	"signature_missing",
	"signature_invalid",
	"too_large",
	"bad_request",
	"source_not_allowed"
]);
/**
* The note on one delivery attempt, from its verdict and timing only: a 401 is a signature
* problem (never slowness); an answer at or over the 200 ms budget is "answered late", and
* Mesh retried when a later attempt of the same event exists. Unknown verdicts (a newer
* Countertop) are named as they are.
*/
function attemptNote(d, retriedAfter) {
	const known = Object.prototype.hasOwnProperty.call(VERDICT_NOTE, d.verdict);
	let note = known ? VERDICT_NOTE[d.verdict] : `Verdict ${String(d.verdict)} (HTTP ${d.httpStatus})`;
	if (d.replayOf != null) note = `Replay of delivery #${d.replayOf}: ${d.verdict === "accepted" ? "stored and applied" : d.verdict === "duplicate" ? "counted, not applied again" : note}`;
	if (known && REFUSED_BEFORE_TIMING.has(d.verdict)) return retriedAfter ? `${note}; Mesh retried` : note;
	if (d.answerMs != null && d.answerMs >= 200) return `${note}; answered late (${Math.round(d.answerMs)} ms ≥ 200 ms), ${retriedAfter ? "so Mesh retried" : "Mesh will retry"}`;
	if (d.httpStatus !== 200) return `${note}; not acknowledged (HTTP ${d.httpStatus})${retriedAfter ? ", Mesh retried" : ""}`;
	return note;
}
// src/main/core/support/bundle.ts
var BUNDLE_FORMAT = "countertop-support-bundle/1";
/** What replaces a removed header value or a scrubbed secret. */
var REMOVED = "[removed]";
/** Header names that carry a credential or a value derived from one (the signature): the value is removed. */
var SECRET_HEADER = /authori[sz]ation|cookie|token|secret|signature|password|passwd|api[-_]?key|session|x-client-id/i;
/** A credential in a URL's query or fragment (a Referer carrying `?token=…`, say). */
var SECRET_PARAM = /([?&;#](?:[\w.-]*token|[\w.-]*secret|[\w.-]*key|sig|signature|password|auth)=)[^&#\s"'<>]*/gi;
function scrubHeaders(h) {
	const out = {};
	for (const [k, v] of Object.entries(h)) out[k] = SECRET_HEADER.test(k) ? REMOVED : String(v).replace(SECRET_PARAM, `$1${REMOVED}`);
	return out;
}
/**
* The distinct forms worth scrubbing, longest first (so a secret that contains another goes
* whole): each secret as it is, as it reads inside a JSON string (a raw body) and URL-encoded.
*/
function scrubList(secrets) {
	const forms = secrets.filter((s) => typeof s === "string" && s.length >= 4).flatMap((s) => [
		s,
		JSON.stringify(s).slice(1, -1),
		encodeURIComponent(s)
	]);
	return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
/** Replaces every occurrence of each secret. */
function scrubSecrets(text, secrets) {
	let out = text;
	for (const s of scrubList(secrets)) if (out.includes(s)) out = out.split(s).join(REMOVED);
	return out;
}
/**
* A JSON-clean copy with every secret removed from every string (keys included): undefined
* members dropped and non-finite numbers made null, exactly as JSON.stringify would, so the
* record equals what JSON.parse reads back from the file.
*/
function scrubDeep(v, secrets) {
	const list = scrubList(secrets);
	const text = (s) => {
		let out = s;
		for (const x of list) if (out.includes(x)) out = out.split(x).join(REMOVED);
		return out;
	};
	const walk = (x) => {
		if (typeof x === "string") return text(x);
		if (typeof x === "number") return Number.isFinite(x) ? x : null;
		if (x === null || typeof x === "boolean") return x;
		if (Array.isArray(x)) return x.map((y) => y === void 0 || typeof y === "function" ? null : walk(y));
		if (typeof x === "object") {
			const out = {};
			for (const [k, y] of Object.entries(x)) if (y !== void 0 && typeof y !== "function") out[text(k)] = walk(y);
			return out;
		}
		return null;
	};
	return walk(v);
}
var esc = (s) => s.replace(/[&<>"']/g, (c) => ({
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;",
	"'": "&#39;"
})[c]);
/** ISO 8601 with the local offset, as exports use. */
function isoWithOffset(ms) {
	if (ms == null || !Number.isFinite(ms)) return "";
	const d = new Date(ms);
	const off = -d.getTimezoneOffset();
	const sign = off >= 0 ? "+" : "-";
	const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, "0");
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}
function bundleFileName(transferId, at) {
	return `countertop-support-${transferId.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 80)}-${isoWithOffset(at).slice(0, 19).replace(/[:T]/g, "").replace(/-/g, "")}.html`;
}
var REDACTION_NOTE = "Secret values (webhook secret, Mesh API key, tunnel and console tokens) are replaced by \"[removed]\" wherever they occur; headers that carry credentials or signatures (Authorization, Cookie, X-Mesh-Signature-256, …) and credentials in URLs are removed.";
/** Arranges and redacts the record: the one object both the JSON block and the readable page are made from. */
function supportBundleRecord(input) {
	const { detail, sale } = input;
	const scrubDelivery = (d) => ({
		...d,
		headers: scrubHeaders(d.headers)
	});
	let saleRest = null;
	if (sale) {
		const { transfer: _t, sdkEvents: _s, ...rest } = sale;
		saleRest = rest;
	}
	return scrubDeep({
		format: BUNDLE_FORMAT,
		generatedAt: isoWithOffset(input.generatedAt),
		countertopVersion: input.version,
		redaction: REDACTION_NOTE,
		transfer: detail.transfer,
		events: detail.events.map((e) => ({
			...e,
			deliveries: [...e.deliveries].sort(byArrival).map(scrubDelivery)
		})),
		rejectedDeliveriesClaimingThisTransfer: detail.rejected.map(scrubDelivery),
		sale: saleRest,
		sdkCallbacks: sale?.sdkEvents ?? [],
		reconciliationWindow: {
			from: isoWithOffset(input.runWindow.from),
			to: isoWithOffset(input.runWindow.to),
			truncated: input.runWindow.truncated
		},
		reconciliationRuns: [...input.runs]
	}, input.secrets);
}
var byArrival = (a, b) => a.receivedAt - b.receivedAt || a.id - b.id;
function table(caption, head, body) {
	return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>${body.length ? body.join("") : `<tr><td colspan="${head.length}">None</td></tr>`}</tbody></table>`;
}
var fact = (k, v) => `<dt>${esc(k)}</dt><dd>${esc(v == null || v === "" ? "—" : String(v))}</dd>`;
/** One attempt in full: its headers and its body as stored. */
function attemptDetails(title, d) {
	const headers = Object.entries(d.headers).map(([k, v]) => `<tr><th scope="row"><code>${esc(k)}</code></th><td><code>${esc(v)}</code></td></tr>`).join("");
	const body = d.body ? `<pre>${esc(d.body)}</pre>` : `<p class="muted">(no body stored${d.bodySize ? `; ${d.bodySize} bytes received` : ""})</p>`;
	return `<details><summary>${esc(title)}</summary><table class="headers"><caption>Headers</caption><tbody>${headers || "<tr><td>None</td></tr>"}</tbody></table><p>Body: ${d.bodySize} bytes${d.bodyTruncated ? " (stored truncated)" : ""}</p>${body}</details>`;
}
function renderHtml(r) {
	const t = r.transfer;
	const sale = r.sale;
	const attemptRows = [];
	const attemptFull = [];
	for (const e of r.events) e.deliveries.forEach((d, i) => {
		const note = attemptNote(d, i < e.deliveries.length - 1);
		attemptRows.push(`<tr><td><code>${esc(e.eventId)}</code></td><td>${esc(require_record.statusWord(e.statusRaw ?? e.status))}</td><td>${i + 1}</td><td class="t">${esc(isoWithOffset(d.receivedAt))}</td><td><code>${esc(d.deliveryId ?? "")}</code></td><td>${esc(d.verdict)}</td><td>${d.httpStatus}</td><td>${d.answerMs == null ? "" : `${Math.round(d.answerMs)} ms`}</td><td>${esc(note)}</td></tr>`);
		attemptFull.push(attemptDetails(`${require_record.statusWord(e.statusRaw ?? e.status)} · attempt ${i + 1} · delivery #${d.id} · ${d.verdict} · HTTP ${d.httpStatus}`, d));
	});
	const rejectedRows = r.rejectedDeliveriesClaimingThisTransfer.map((d) => `<tr><td>${d.id}</td><td class="t">${esc(isoWithOffset(d.receivedAt))}</td><td>${esc(d.verdict)}</td><td>${d.httpStatus}</td><td>${esc(d.remoteAddress ?? "")}</td><td>${esc(attemptNote(d, false))}</td></tr>`);
	const rejectedFull = r.rejectedDeliveriesClaimingThisTransfer.map((d) => attemptDetails(`Rejected delivery #${d.id} · ${d.verdict} · HTTP ${d.httpStatus}`, d));
	const sdkRows = r.sdkCallbacks.map((s) => `<tr><td class="t">${esc(isoWithOffset(s.at))}</td><td>${esc(s.type)}</td><td><code>${esc(JSON.stringify(s.payload) ?? "")}</code></td></tr>`);
	const runRows = r.reconciliationRuns.map((x) => `<tr><td>${x.id}</td><td>${esc(x.trigger)}</td><td class="t">${esc(isoWithOffset(x.startedAt))}</td><td class="t">${esc(isoWithOffset(x.finishedAt))}</td><td>${x.checked}</td><td>${x.updated}</td><td>${x.conflicts}</td><td>${esc(x.error ?? "")}</td></tr>`);
	const saleFacts = sale ? fact("Sale", sale.sessionId) + fact("Sale TransactionId", sale.transactionId) + fact("Sale charged", `${sale.charge.amount} ${sale.charge.currency}${sale.charge.rate ? ` (${sale.charge.usdAmount} USD at ${sale.charge.rate})` : ""}`) + fact("Sale state", sale.state) + fact("Sale started", isoWithOffset(sale.createdAt)) + (sale.disagreement ? fact("Sources disagree", sale.disagreement) : "") : fact("Sale", "none at this counter");
	const win = r.reconciliationWindow;
	const embedded = JSON.stringify(r, null, 2).replace(/</g, "\\u003c");
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="color-scheme" content="light">
<title>Countertop support bundle — ${esc(t.transferId)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111;background:#fff}table{border-collapse:collapse;margin:12px 0 24px;width:100%}caption{text-align:left;font-weight:600;padding:4px 0}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}code,pre{font:12px/1.4 ui-monospace,monospace;word-break:break-all;white-space:pre-wrap}pre{background:#f5f5f5;padding:8px;border:1px solid #ddd}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}dt{font-weight:600}details{margin:4px 0;border:1px solid #ddd;padding:4px 8px}summary{cursor:pointer}.muted{color:#555}.t{white-space:nowrap}</style>
</head><body>
<h1>Support bundle: transfer ${esc(t.transferId)}</h1>
<p>Generated ${esc(r.generatedAt)} by Countertop ${esc(r.countertopVersion)}. ${esc(r.redaction)} The complete record is in the JSON block at the end of this file (element id "bundle", format ${esc(r.format)}).</p>
<h2>Transfer</h2>
<dl>${fact("Status", require_record.statusWord(t.statusRaw || t.status))}${fact("Final", t.isFinal ? "yes" : "no")}${fact("Conflict", t.conflict ? "yes: a later event contradicted the final state" : "no")}${fact("TransactionId", t.transactionId)}${fact("TxHash", t.txHash)}${fact("Token / chain", [t.token, t.chain].filter(Boolean).join(" on "))}${fact("SourceAmount", t.sourceAmount)}${fact("DestinationAmount", t.destinationAmount)}${fact("From", t.sourceAccountProvider)}${fact("DestinationAddress", t.destinationAddress)}${fact("First seen", isoWithOffset(t.firstSeenAt))}${fact("Last changed", isoWithOffset(t.updatedAt))}${fact("Events / deliveries", `${t.eventCount} / ${t.deliveryCount}`)}${fact("Provenance", t.provenance)}${saleFacts}</dl>
${table("Webhook events and every delivery attempt", [
		"EventId",
		"Status",
		"Attempt",
		"Received",
		"Attempt Id",
		"Verdict",
		"HTTP",
		"Our answer",
		"Note"
	], attemptRows)}
<h2>Every attempt in full (headers and body)</h2>
${attemptFull.join("\n") || "<p>None</p>"}
${table("Rejected deliveries claiming this transfer (unverified)", [
		"Delivery",
		"Received",
		"Verdict",
		"HTTP",
		"From",
		"Note"
	], rejectedRows)}
${rejectedFull.join("\n")}
${table("SDK callbacks of the sale", [
		"At",
		"Callback",
		"Payload"
	], sdkRows)}
${table(`Reconciliation runs from ${win.from} to ${win.to}${win.truncated ? " (newest only: more ran in this window)" : ""}`, [
		"Run",
		"Trigger",
		"Started",
		"Finished",
		"Checked",
		"Updated",
		"Conflicts",
		"Error"
	], runRows)}
<script type="application/json" id="bundle">
${embedded}
<\/script>
</body></html>
`;
}
function buildSupportBundle(input) {
	const record = supportBundleRecord(input);
	return {
		fileName: bundleFileName(record.transfer.transferId, input.generatedAt),
		html: scrubSecrets(renderHtml(record), input.secrets),
		record
	};
}
// src/main/core/commands/support.ts
/** Runs from a day before the sale (or the transfer) to a day after its last change: the ones that may have looked for it. */
var RUN_MARGIN_MS = 864e5;
/** At most this many runs (newest first) in one bundle; automatic runs every 5 min make ~600 in such a window. */
var RUN_LIMIT = 1e3;
function supportCommands(d) {
	return { "support.bundle": async ({ transferId }) => {
		const detail = require_protocol.materialize(await d.store.views.transferHistory({ transferId }));
		const t = detail.transfer;
		const sale = t.sessionId ? await d.sales.get(t.sessionId).catch(() => null) : null;
		const from = Math.min(t.firstSeenAt, sale?.createdAt ?? Infinity) - RUN_MARGIN_MS;
		const to = Math.min(d.now(), Math.max(t.updatedAt, t.firstSeenAt) + RUN_MARGIN_MS);
		const found = await d.store.reconcileRuns.runsBetween(from, to, 1001);
		const { fileName, html } = buildSupportBundle({
			detail,
			sale,
			runs: found.slice(0, RUN_LIMIT),
			runWindow: {
				from,
				to,
				truncated: found.length > RUN_LIMIT
			},
			generatedAt: d.now(),
			version: d.version,
			secrets: d.secrets()
		});
		return {
			fileName,
			html
		};
	} };
}
// src/main/core/commands/tunnel.ts
function tunnelCommands(c) {
	return {
		"tunnel.status": () => c.tunnelStatus(),
		"tunnel.start": (a) => c.startTunnel(a),
		"tunnel.stop": () => c.stopTunnel(),
		"tunnel.setAllowlist": (a) => c.setAllowlist(a)
	};
}
// src/main/core/commands/index.ts
/** The domain handler maps, in the order the console lists them. */
function domainCommands(d) {
	return {
		ledger: ledgerCommands(d.store),
		deliveries: deliveriesCommands({
			store: d.store,
			ingestor: d.ingestor,
			now: d.now,
			publish: d.publishDelivery,
			logError: (err, id) => d.logError?.(err, `bulk replay of delivery #${id}`)
		}),
		sales: salesCommands(d.sales),
		display: displayCommands(d.display, d.openDisplay),
		customers: customersCommands(d.sales),
		shifts: shiftsCommands(d.shifts),
		reports: reportsCommands(d.shifts),
		settings: settingsCommands(d.settings),
		audit: auditCommands(d.settings),
		tunnel: tunnelCommands(d.connectivity),
		reconcile: reconcileCommands(d.connectivity),
		health: healthCommands(d.health, d.connectivity),
		sandbox: sandboxCommands(d.sandbox),
		support: supportCommands({
			store: d.store,
			sales: d.sales,
			now: d.now,
			version: d.version,
			secrets: d.secretValues
		})
	};
}
// src/main/core/store/types.ts
var REPOS = [
	"transfers",
	"events",
	"deliveries",
	"sessions",
	"customers",
	"settings",
	"audit",
	"downtime",
	"reconcileRuns",
	"shifts",
	"ops"
];
// node_modules/esbuild/lib/main.js
var require_main = /* @__PURE__ */ require_rolldown_runtime.__commonJSMin(((exports, module) => {
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __export = (target, all) => {
		for (var name in all) __defProp(target, name, {
			get: all[name],
			enumerable: true
		});
	};
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") {
			for (let key of __getOwnPropNames(from)) if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: () => from[key],
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
	var node_exports = {};
	__export(node_exports, {
		analyzeMetafile: () => analyzeMetafile,
		analyzeMetafileSync: () => analyzeMetafileSync,
		build: () => build,
		buildSync: () => buildSync,
		context: () => context,
		default: () => node_default,
		formatMessages: () => formatMessages,
		formatMessagesSync: () => formatMessagesSync,
		initialize: () => initialize,
		stop: () => stop,
		transform: () => transform,
		transformSync: () => transformSync,
		version: () => version
	});
	module.exports = __toCommonJS(node_exports);
	function encodePacket(packet) {
		let visit = (value) => {
			if (value === null) bb.write8(0);
			else if (typeof value === "boolean") {
				bb.write8(1);
				bb.write8(+value);
			} else if (typeof value === "number") {
				bb.write8(2);
				bb.write32(value | 0);
			} else if (typeof value === "string") {
				bb.write8(3);
				bb.write(encodeUTF8(value));
			} else if (value instanceof Uint8Array) {
				bb.write8(4);
				bb.write(value);
			} else if (value instanceof Array) {
				bb.write8(5);
				bb.write32(value.length);
				for (let item of value) visit(item);
			} else {
				let keys = Object.keys(value);
				bb.write8(6);
				bb.write32(keys.length);
				for (let key of keys) {
					bb.write(encodeUTF8(key));
					visit(value[key]);
				}
			}
		};
		let bb = new ByteBuffer();
		bb.write32(0);
		bb.write32(packet.id << 1 | +!packet.isRequest);
		visit(packet.value);
		writeUInt32LE(bb.buf, bb.len - 4, 0);
		return bb.buf.subarray(0, bb.len);
	}
	function decodePacket(bytes) {
		let visit = () => {
			switch (bb.read8()) {
				case 0: return null;
				case 1: return !!bb.read8();
				case 2: return bb.read32();
				case 3: return decodeUTF8(bb.read());
				case 4: return bb.read();
				case 5: {
					let count = bb.read32();
					let value2 = [];
					for (let i = 0; i < count; i++) value2.push(visit());
					return value2;
				}
				case 6: {
					let count = bb.read32();
					let value2 = {};
					for (let i = 0; i < count; i++) value2[decodeUTF8(bb.read())] = visit();
					return value2;
				}
				default: throw new Error("Invalid packet");
			}
		};
		let bb = new ByteBuffer(bytes);
		let id = bb.read32();
		let isRequest = (id & 1) === 0;
		id >>>= 1;
		let value = visit();
		if (bb.ptr !== bytes.length) throw new Error("Invalid packet");
		return {
			id,
			isRequest,
			value
		};
	}
	var ByteBuffer = class {
		constructor(buf = /* @__PURE__ */ new Uint8Array(1024)) {
			this.buf = buf;
			this.len = 0;
			this.ptr = 0;
		}
		_write(delta) {
			if (this.len + delta > this.buf.length) {
				let clone = new Uint8Array((this.len + delta) * 2);
				clone.set(this.buf);
				this.buf = clone;
			}
			this.len += delta;
			return this.len - delta;
		}
		write8(value) {
			let offset = this._write(1);
			this.buf[offset] = value;
		}
		write32(value) {
			let offset = this._write(4);
			writeUInt32LE(this.buf, value, offset);
		}
		write(bytes) {
			let offset = this._write(4 + bytes.length);
			writeUInt32LE(this.buf, bytes.length, offset);
			this.buf.set(bytes, offset + 4);
		}
		_read(delta) {
			if (this.ptr + delta > this.buf.length) throw new Error("Invalid packet");
			this.ptr += delta;
			return this.ptr - delta;
		}
		read8() {
			return this.buf[this._read(1)];
		}
		read32() {
			return readUInt32LE(this.buf, this._read(4));
		}
		read() {
			let length = this.read32();
			let bytes = new Uint8Array(length);
			let ptr = this._read(bytes.length);
			bytes.set(this.buf.subarray(ptr, ptr + length));
			return bytes;
		}
	};
	var encodeUTF8;
	var decodeUTF8;
	var encodeInvariant;
	if (typeof TextEncoder !== "undefined" && typeof TextDecoder !== "undefined") {
		let encoder = new TextEncoder();
		let decoder = new TextDecoder();
		encodeUTF8 = (text) => encoder.encode(text);
		decodeUTF8 = (bytes) => decoder.decode(bytes);
		encodeInvariant = "new TextEncoder().encode(\"\")";
	} else if (typeof Buffer !== "undefined") {
		encodeUTF8 = (text) => Buffer.from(text);
		decodeUTF8 = (bytes) => {
			let { buffer, byteOffset, byteLength } = bytes;
			return Buffer.from(buffer, byteOffset, byteLength).toString();
		};
		encodeInvariant = "Buffer.from(\"\")";
	} else throw new Error("No UTF-8 codec found");
	if (!(encodeUTF8("") instanceof Uint8Array)) throw new Error(`Invariant violation: "${encodeInvariant} instanceof Uint8Array" is incorrectly false

This indicates that your JavaScript environment is broken. You cannot use
esbuild in this environment because esbuild relies on this invariant. This
is not a problem with esbuild. You need to fix your environment instead.
`);
	function readUInt32LE(buffer, offset) {
		return (buffer[offset++] | buffer[offset++] << 8 | buffer[offset++] << 16 | buffer[offset++] << 24) >>> 0;
	}
	function writeUInt32LE(buffer, value, offset) {
		buffer[offset++] = value;
		buffer[offset++] = value >> 8;
		buffer[offset++] = value >> 16;
		buffer[offset++] = value >> 24;
	}
	var fromCharCode = String.fromCharCode;
	function throwSyntaxError(bytes, index, message) {
		const c = bytes[index];
		let line = 1;
		let column = 0;
		for (let i = 0; i < index; i++) if (bytes[i] === 10) {
			line++;
			column = 0;
		} else column++;
		throw new SyntaxError(message ? message : index === bytes.length ? "Unexpected end of input while parsing JSON" : c >= 32 && c <= 126 ? `Unexpected character ${fromCharCode(c)} in JSON at position ${index} (line ${line}, column ${column})` : `Unexpected byte 0x${c.toString(16)} in JSON at position ${index} (line ${line}, column ${column})`);
	}
	function JSON_parse(bytes) {
		if (!(bytes instanceof Uint8Array)) throw new Error(`JSON input must be a Uint8Array`);
		const propertyStack = [];
		const objectStack = [];
		const stateStack = [];
		const length = bytes.length;
		let property = null;
		let state = 0;
		let object;
		let i = 0;
		while (i < length) {
			let c = bytes[i++];
			if (c <= 32) continue;
			let value;
			if (state === 2 && property === null && c !== 34 && c !== 125) throwSyntaxError(bytes, --i);
			switch (c) {
				case 116:
					if (bytes[i++] !== 114 || bytes[i++] !== 117 || bytes[i++] !== 101) throwSyntaxError(bytes, --i);
					value = true;
					break;
				case 102:
					if (bytes[i++] !== 97 || bytes[i++] !== 108 || bytes[i++] !== 115 || bytes[i++] !== 101) throwSyntaxError(bytes, --i);
					value = false;
					break;
				case 110:
					if (bytes[i++] !== 117 || bytes[i++] !== 108 || bytes[i++] !== 108) throwSyntaxError(bytes, --i);
					value = null;
					break;
				case 45:
				case 46:
				case 48:
				case 49:
				case 50:
				case 51:
				case 52:
				case 53:
				case 54:
				case 55:
				case 56:
				case 57: {
					let index = i;
					value = fromCharCode(c);
					c = bytes[i];
					while (true) {
						switch (c) {
							case 43:
							case 45:
							case 46:
							case 48:
							case 49:
							case 50:
							case 51:
							case 52:
							case 53:
							case 54:
							case 55:
							case 56:
							case 57:
							case 101:
							case 69:
								value += fromCharCode(c);
								c = bytes[++i];
								continue;
						}
						break;
					}
					value = +value;
					if (isNaN(value)) throwSyntaxError(bytes, --index, "Invalid number");
					break;
				}
				case 34:
					value = "";
					while (true) {
						if (i >= length) throwSyntaxError(bytes, length);
						c = bytes[i++];
						if (c === 34) break;
						else if (c === 92) switch (bytes[i++]) {
							case 34:
								value += "\"";
								break;
							case 47:
								value += "/";
								break;
							case 92:
								value += "\\";
								break;
							case 98:
								value += "\b";
								break;
							case 102:
								value += "\f";
								break;
							case 110:
								value += "\n";
								break;
							case 114:
								value += "\r";
								break;
							case 116:
								value += "	";
								break;
							case 117: {
								let code = 0;
								for (let j = 0; j < 4; j++) {
									c = bytes[i++];
									code <<= 4;
									if (c >= 48 && c <= 57) code |= c - 48;
									else if (c >= 97 && c <= 102) code |= c + -87;
									else if (c >= 65 && c <= 70) code |= c + -55;
									else throwSyntaxError(bytes, --i);
								}
								value += fromCharCode(code);
								break;
							}
							default: throwSyntaxError(bytes, --i);
						}
						else if (c <= 127) value += fromCharCode(c);
						else if ((c & 224) === 192) value += fromCharCode((c & 31) << 6 | bytes[i++] & 63);
						else if ((c & 240) === 224) value += fromCharCode((c & 15) << 12 | (bytes[i++] & 63) << 6 | bytes[i++] & 63);
						else if ((c & 248) == 240) {
							let codePoint = (c & 7) << 18 | (bytes[i++] & 63) << 12 | (bytes[i++] & 63) << 6 | bytes[i++] & 63;
							if (codePoint > 65535) {
								codePoint -= 65536;
								value += fromCharCode(codePoint >> 10 & 1023 | 55296);
								codePoint = 56320 | codePoint & 1023;
							}
							value += fromCharCode(codePoint);
						}
					}
					value[0];
					break;
				case 91:
					value = [];
					propertyStack.push(property);
					objectStack.push(object);
					stateStack.push(state);
					property = null;
					object = value;
					state = 1;
					continue;
				case 123:
					value = {};
					propertyStack.push(property);
					objectStack.push(object);
					stateStack.push(state);
					property = null;
					object = value;
					state = 2;
					continue;
				case 93:
					if (state !== 1) throwSyntaxError(bytes, --i);
					value = object;
					property = propertyStack.pop();
					object = objectStack.pop();
					state = stateStack.pop();
					break;
				case 125:
					if (state !== 2) throwSyntaxError(bytes, --i);
					value = object;
					property = propertyStack.pop();
					object = objectStack.pop();
					state = stateStack.pop();
					break;
				default: throwSyntaxError(bytes, --i);
			}
			c = bytes[i];
			while (c <= 32) c = bytes[++i];
			switch (state) {
				case 0:
					if (i === length) return value;
					break;
				case 1:
					object.push(value);
					if (c === 44) {
						i++;
						continue;
					}
					if (c === 93) continue;
					break;
				case 2: if (property === null) {
					property = value;
					if (c === 58) {
						i++;
						continue;
					}
				} else {
					object[property] = value;
					property = null;
					if (c === 44) {
						i++;
						continue;
					}
					if (c === 125) continue;
				}
			}
			break;
		}
		throwSyntaxError(bytes, i);
	}
	var quote = JSON.stringify;
	var buildLogLevelDefault = "warning";
	var transformLogLevelDefault = "silent";
	function validateAndJoinStringArray(values, what) {
		const toJoin = [];
		for (const value of values) {
			validateStringValue(value, what);
			if (value.indexOf(",") >= 0) throw new Error(`Invalid ${what}: ${value}`);
			toJoin.push(value);
		}
		return toJoin.join(",");
	}
	var canBeAnything = () => null;
	var mustBeBoolean = (value) => typeof value === "boolean" ? null : "a boolean";
	var mustBeString = (value) => typeof value === "string" ? null : "a string";
	var mustBeRegExp = (value) => value instanceof RegExp ? null : "a RegExp object";
	var mustBeInteger = (value) => typeof value === "number" && value === (value | 0) ? null : "an integer";
	var mustBeValidPortNumber = (value) => typeof value === "number" && value === (value | 0) && value >= 0 && value <= 65535 ? null : "a valid port number";
	var mustBeFunction = (value) => typeof value === "function" ? null : "a function";
	var mustBeArray = (value) => Array.isArray(value) ? null : "an array";
	var mustBeArrayOfStrings = (value) => Array.isArray(value) && value.every((x) => typeof x === "string") ? null : "an array of strings";
	var mustBeObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? null : "an object";
	var mustBeEntryPoints = (value) => typeof value === "object" && value !== null ? null : "an array or an object";
	var mustBeWebAssemblyModule = (value) => value instanceof WebAssembly.Module ? null : "a WebAssembly.Module";
	var mustBeObjectOrNull = (value) => typeof value === "object" && !Array.isArray(value) ? null : "an object or null";
	var mustBeStringOrBoolean = (value) => typeof value === "string" || typeof value === "boolean" ? null : "a string or a boolean";
	var mustBeStringOrObject = (value) => typeof value === "string" || typeof value === "object" && value !== null && !Array.isArray(value) ? null : "a string or an object";
	var mustBeStringOrArrayOfStrings = (value) => typeof value === "string" || Array.isArray(value) && value.every((x) => typeof x === "string") ? null : "a string or an array of strings";
	var mustBeStringOrUint8Array = (value) => typeof value === "string" || value instanceof Uint8Array ? null : "a string or a Uint8Array";
	var mustBeStringOrURL = (value) => typeof value === "string" || value instanceof URL ? null : "a string or a URL";
	function getFlag(object, keys, key, mustBeFn) {
		let value = object[key];
		keys[key + ""] = true;
		if (value === void 0) return void 0;
		let mustBe = mustBeFn(value);
		if (mustBe !== null) throw new Error(`${quote(key)} must be ${mustBe}`);
		return value;
	}
	function checkForInvalidFlags(object, keys, where) {
		for (let key in object) if (!(key in keys)) throw new Error(`Invalid option ${where}: ${quote(key)}`);
	}
	function validateInitializeOptions(options) {
		let keys = /* @__PURE__ */ Object.create(null);
		let wasmURL = getFlag(options, keys, "wasmURL", mustBeStringOrURL);
		let wasmModule = getFlag(options, keys, "wasmModule", mustBeWebAssemblyModule);
		let worker = getFlag(options, keys, "worker", mustBeBoolean);
		checkForInvalidFlags(options, keys, "in initialize() call");
		return {
			wasmURL,
			wasmModule,
			worker
		};
	}
	function validateMangleCache(mangleCache) {
		let validated;
		if (mangleCache !== void 0) {
			validated = /* @__PURE__ */ Object.create(null);
			for (let key in mangleCache) {
				let value = mangleCache[key];
				if (typeof value === "string" || value === false) validated[key] = value;
				else throw new Error(`Expected ${quote(key)} in mangle cache to map to either a string or false`);
			}
		}
		return validated;
	}
	function pushLogFlags(flags, options, keys, isTTY2, logLevelDefault) {
		let color = getFlag(options, keys, "color", mustBeBoolean);
		let logLevel = getFlag(options, keys, "logLevel", mustBeString);
		let logLimit = getFlag(options, keys, "logLimit", mustBeInteger);
		let logStyle = getFlag(options, keys, "logStyle", mustBeString);
		if (color !== void 0) flags.push(`--color=${color}`);
		else if (isTTY2) flags.push(`--color=true`);
		flags.push(`--log-level=${logLevel || logLevelDefault}`);
		flags.push(`--log-limit=${logLimit || 0}`);
		if (logStyle) flags.push(`--log-style=${logStyle}`);
	}
	function validateStringValue(value, what, key) {
		if (typeof value !== "string") throw new Error(`Expected value for ${what}${key !== void 0 ? " " + quote(key) : ""} to be a string, got ${typeof value} instead`);
		return value;
	}
	function pushCommonFlags(flags, options, keys) {
		let legalComments = getFlag(options, keys, "legalComments", mustBeString);
		let sourceRoot = getFlag(options, keys, "sourceRoot", mustBeString);
		let sourcesContent = getFlag(options, keys, "sourcesContent", mustBeBoolean);
		let target = getFlag(options, keys, "target", mustBeStringOrArrayOfStrings);
		let format = getFlag(options, keys, "format", mustBeString);
		let globalName = getFlag(options, keys, "globalName", mustBeString);
		let mangleProps = getFlag(options, keys, "mangleProps", mustBeRegExp);
		let reserveProps = getFlag(options, keys, "reserveProps", mustBeRegExp);
		let mangleQuoted = getFlag(options, keys, "mangleQuoted", mustBeBoolean);
		let minify = getFlag(options, keys, "minify", mustBeBoolean);
		let minifySyntax = getFlag(options, keys, "minifySyntax", mustBeBoolean);
		let minifyWhitespace = getFlag(options, keys, "minifyWhitespace", mustBeBoolean);
		let minifyIdentifiers = getFlag(options, keys, "minifyIdentifiers", mustBeBoolean);
		let lineLimit = getFlag(options, keys, "lineLimit", mustBeInteger);
		let drop = getFlag(options, keys, "drop", mustBeArrayOfStrings);
		let dropLabels = getFlag(options, keys, "dropLabels", mustBeArrayOfStrings);
		let charset = getFlag(options, keys, "charset", mustBeString);
		let treeShaking = getFlag(options, keys, "treeShaking", mustBeBoolean);
		let ignoreAnnotations = getFlag(options, keys, "ignoreAnnotations", mustBeBoolean);
		let jsx = getFlag(options, keys, "jsx", mustBeString);
		let jsxFactory = getFlag(options, keys, "jsxFactory", mustBeString);
		let jsxFragment = getFlag(options, keys, "jsxFragment", mustBeString);
		let jsxImportSource = getFlag(options, keys, "jsxImportSource", mustBeString);
		let jsxDev = getFlag(options, keys, "jsxDev", mustBeBoolean);
		let jsxSideEffects = getFlag(options, keys, "jsxSideEffects", mustBeBoolean);
		let define = getFlag(options, keys, "define", mustBeObject);
		let logOverride = getFlag(options, keys, "logOverride", mustBeObject);
		let supported = getFlag(options, keys, "supported", mustBeObject);
		let pure = getFlag(options, keys, "pure", mustBeArrayOfStrings);
		let keepNames = getFlag(options, keys, "keepNames", mustBeBoolean);
		let platform = getFlag(options, keys, "platform", mustBeString);
		let tsconfigRaw = getFlag(options, keys, "tsconfigRaw", mustBeStringOrObject);
		let absPaths = getFlag(options, keys, "absPaths", mustBeArrayOfStrings);
		if (legalComments) flags.push(`--legal-comments=${legalComments}`);
		if (sourceRoot !== void 0) flags.push(`--source-root=${sourceRoot}`);
		if (sourcesContent !== void 0) flags.push(`--sources-content=${sourcesContent}`);
		if (target) flags.push(`--target=${validateAndJoinStringArray(Array.isArray(target) ? target : [target], "target")}`);
		if (format) flags.push(`--format=${format}`);
		if (globalName) flags.push(`--global-name=${globalName}`);
		if (platform) flags.push(`--platform=${platform}`);
		if (tsconfigRaw) flags.push(`--tsconfig-raw=${typeof tsconfigRaw === "string" ? tsconfigRaw : JSON.stringify(tsconfigRaw)}`);
		if (minify) flags.push("--minify");
		if (minifySyntax) flags.push("--minify-syntax");
		if (minifyWhitespace) flags.push("--minify-whitespace");
		if (minifyIdentifiers) flags.push("--minify-identifiers");
		if (lineLimit) flags.push(`--line-limit=${lineLimit}`);
		if (charset) flags.push(`--charset=${charset}`);
		if (treeShaking !== void 0) flags.push(`--tree-shaking=${treeShaking}`);
		if (ignoreAnnotations) flags.push(`--ignore-annotations`);
		if (drop) for (let what of drop) flags.push(`--drop:${validateStringValue(what, "drop")}`);
		if (dropLabels) flags.push(`--drop-labels=${validateAndJoinStringArray(dropLabels, "drop label")}`);
		if (absPaths) flags.push(`--abs-paths=${validateAndJoinStringArray(absPaths, "abs paths")}`);
		if (mangleProps) flags.push(`--mangle-props=${jsRegExpToGoRegExp(mangleProps)}`);
		if (reserveProps) flags.push(`--reserve-props=${jsRegExpToGoRegExp(reserveProps)}`);
		if (mangleQuoted !== void 0) flags.push(`--mangle-quoted=${mangleQuoted}`);
		if (jsx) flags.push(`--jsx=${jsx}`);
		if (jsxFactory) flags.push(`--jsx-factory=${jsxFactory}`);
		if (jsxFragment) flags.push(`--jsx-fragment=${jsxFragment}`);
		if (jsxImportSource) flags.push(`--jsx-import-source=${jsxImportSource}`);
		if (jsxDev) flags.push(`--jsx-dev`);
		if (jsxSideEffects) flags.push(`--jsx-side-effects`);
		if (define) for (let key in define) {
			if (key.indexOf("=") >= 0) throw new Error(`Invalid define: ${key}`);
			flags.push(`--define:${key}=${validateStringValue(define[key], "define", key)}`);
		}
		if (logOverride) for (let key in logOverride) {
			if (key.indexOf("=") >= 0) throw new Error(`Invalid log override: ${key}`);
			flags.push(`--log-override:${key}=${validateStringValue(logOverride[key], "log override", key)}`);
		}
		if (supported) for (let key in supported) {
			if (key.indexOf("=") >= 0) throw new Error(`Invalid supported: ${key}`);
			const value = supported[key];
			if (typeof value !== "boolean") throw new Error(`Expected value for supported ${quote(key)} to be a boolean, got ${typeof value} instead`);
			flags.push(`--supported:${key}=${value}`);
		}
		if (pure) for (let fn of pure) flags.push(`--pure:${validateStringValue(fn, "pure")}`);
		if (keepNames) flags.push(`--keep-names`);
	}
	function flagsForBuildOptions(callName, options, isTTY2, logLevelDefault, writeDefault) {
		var _a2;
		let flags = [];
		let entries = [];
		let keys = /* @__PURE__ */ Object.create(null);
		let stdinContents = null;
		let stdinResolveDir = null;
		pushLogFlags(flags, options, keys, isTTY2, logLevelDefault);
		pushCommonFlags(flags, options, keys);
		let sourcemap = getFlag(options, keys, "sourcemap", mustBeStringOrBoolean);
		let bundle = getFlag(options, keys, "bundle", mustBeBoolean);
		let splitting = getFlag(options, keys, "splitting", mustBeBoolean);
		let preserveSymlinks = getFlag(options, keys, "preserveSymlinks", mustBeBoolean);
		let metafile = getFlag(options, keys, "metafile", mustBeBoolean);
		let outfile = getFlag(options, keys, "outfile", mustBeString);
		let outdir = getFlag(options, keys, "outdir", mustBeString);
		let outbase = getFlag(options, keys, "outbase", mustBeString);
		let tsconfig = getFlag(options, keys, "tsconfig", mustBeString);
		let resolveExtensions = getFlag(options, keys, "resolveExtensions", mustBeArrayOfStrings);
		let nodePathsInput = getFlag(options, keys, "nodePaths", mustBeArrayOfStrings);
		let mainFields = getFlag(options, keys, "mainFields", mustBeArrayOfStrings);
		let conditions = getFlag(options, keys, "conditions", mustBeArrayOfStrings);
		let external = getFlag(options, keys, "external", mustBeArrayOfStrings);
		let packages = getFlag(options, keys, "packages", mustBeString);
		let alias = getFlag(options, keys, "alias", mustBeObject);
		let loader = getFlag(options, keys, "loader", mustBeObject);
		let outExtension = getFlag(options, keys, "outExtension", mustBeObject);
		let publicPath = getFlag(options, keys, "publicPath", mustBeString);
		let entryNames = getFlag(options, keys, "entryNames", mustBeString);
		let chunkNames = getFlag(options, keys, "chunkNames", mustBeString);
		let assetNames = getFlag(options, keys, "assetNames", mustBeString);
		let inject = getFlag(options, keys, "inject", mustBeArrayOfStrings);
		let banner = getFlag(options, keys, "banner", mustBeObject);
		let footer = getFlag(options, keys, "footer", mustBeObject);
		let entryPoints = getFlag(options, keys, "entryPoints", mustBeEntryPoints);
		let absWorkingDir = getFlag(options, keys, "absWorkingDir", mustBeString);
		let stdin = getFlag(options, keys, "stdin", mustBeObject);
		let write = (_a2 = getFlag(options, keys, "write", mustBeBoolean)) != null ? _a2 : writeDefault;
		let allowOverwrite = getFlag(options, keys, "allowOverwrite", mustBeBoolean);
		let mangleCache = getFlag(options, keys, "mangleCache", mustBeObject);
		keys.plugins = true;
		checkForInvalidFlags(options, keys, `in ${callName}() call`);
		if (sourcemap) flags.push(`--sourcemap${sourcemap === true ? "" : `=${sourcemap}`}`);
		if (bundle) flags.push("--bundle");
		if (allowOverwrite) flags.push("--allow-overwrite");
		if (splitting) flags.push("--splitting");
		if (preserveSymlinks) flags.push("--preserve-symlinks");
		if (metafile) flags.push(`--metafile`);
		if (outfile) flags.push(`--outfile=${outfile}`);
		if (outdir) flags.push(`--outdir=${outdir}`);
		if (outbase) flags.push(`--outbase=${outbase}`);
		if (tsconfig) flags.push(`--tsconfig=${tsconfig}`);
		if (packages) flags.push(`--packages=${packages}`);
		if (resolveExtensions) flags.push(`--resolve-extensions=${validateAndJoinStringArray(resolveExtensions, "resolve extension")}`);
		if (publicPath) flags.push(`--public-path=${publicPath}`);
		if (entryNames) flags.push(`--entry-names=${entryNames}`);
		if (chunkNames) flags.push(`--chunk-names=${chunkNames}`);
		if (assetNames) flags.push(`--asset-names=${assetNames}`);
		if (mainFields) flags.push(`--main-fields=${validateAndJoinStringArray(mainFields, "main field")}`);
		if (conditions) flags.push(`--conditions=${validateAndJoinStringArray(conditions, "condition")}`);
		if (external) for (let name of external) flags.push(`--external:${validateStringValue(name, "external")}`);
		if (alias) for (let old in alias) {
			if (old.indexOf("=") >= 0) throw new Error(`Invalid package name in alias: ${old}`);
			flags.push(`--alias:${old}=${validateStringValue(alias[old], "alias", old)}`);
		}
		if (banner) for (let type in banner) {
			if (type.indexOf("=") >= 0) throw new Error(`Invalid banner file type: ${type}`);
			flags.push(`--banner:${type}=${validateStringValue(banner[type], "banner", type)}`);
		}
		if (footer) for (let type in footer) {
			if (type.indexOf("=") >= 0) throw new Error(`Invalid footer file type: ${type}`);
			flags.push(`--footer:${type}=${validateStringValue(footer[type], "footer", type)}`);
		}
		if (inject) for (let path3 of inject) flags.push(`--inject:${validateStringValue(path3, "inject")}`);
		if (loader) for (let ext in loader) {
			if (ext.indexOf("=") >= 0) throw new Error(`Invalid loader extension: ${ext}`);
			flags.push(`--loader:${ext}=${validateStringValue(loader[ext], "loader", ext)}`);
		}
		if (outExtension) for (let ext in outExtension) {
			if (ext.indexOf("=") >= 0) throw new Error(`Invalid out extension: ${ext}`);
			flags.push(`--out-extension:${ext}=${validateStringValue(outExtension[ext], "out extension", ext)}`);
		}
		if (entryPoints) {
			if (Array.isArray(entryPoints)) for (let i = 0, n = entryPoints.length; i < n; i++) {
				let entryPoint = entryPoints[i];
				if (typeof entryPoint === "object" && entryPoint !== null) {
					let entryPointKeys = /* @__PURE__ */ Object.create(null);
					let input = getFlag(entryPoint, entryPointKeys, "in", mustBeString);
					let output = getFlag(entryPoint, entryPointKeys, "out", mustBeString);
					checkForInvalidFlags(entryPoint, entryPointKeys, "in entry point at index " + i);
					if (input === void 0) throw new Error("Missing property \"in\" for entry point at index " + i);
					if (output === void 0) throw new Error("Missing property \"out\" for entry point at index " + i);
					entries.push([output, input]);
				} else entries.push(["", validateStringValue(entryPoint, "entry point at index " + i)]);
			}
			else for (let key in entryPoints) entries.push([key, validateStringValue(entryPoints[key], "entry point", key)]);
		}
		if (stdin) {
			let stdinKeys = /* @__PURE__ */ Object.create(null);
			let contents = getFlag(stdin, stdinKeys, "contents", mustBeStringOrUint8Array);
			let resolveDir = getFlag(stdin, stdinKeys, "resolveDir", mustBeString);
			let sourcefile = getFlag(stdin, stdinKeys, "sourcefile", mustBeString);
			let loader2 = getFlag(stdin, stdinKeys, "loader", mustBeString);
			checkForInvalidFlags(stdin, stdinKeys, "in \"stdin\" object");
			if (sourcefile) flags.push(`--sourcefile=${sourcefile}`);
			if (loader2) flags.push(`--loader=${loader2}`);
			if (resolveDir) stdinResolveDir = resolveDir;
			if (typeof contents === "string") stdinContents = encodeUTF8(contents);
			else if (contents instanceof Uint8Array) stdinContents = contents;
		}
		let nodePaths = [];
		if (nodePathsInput) for (let value of nodePathsInput) {
			value += "";
			nodePaths.push(value);
		}
		return {
			entries,
			flags,
			write,
			stdinContents,
			stdinResolveDir,
			absWorkingDir,
			nodePaths,
			mangleCache: validateMangleCache(mangleCache)
		};
	}
	function flagsForTransformOptions(callName, options, isTTY2, logLevelDefault) {
		let flags = [];
		let keys = /* @__PURE__ */ Object.create(null);
		pushLogFlags(flags, options, keys, isTTY2, logLevelDefault);
		pushCommonFlags(flags, options, keys);
		let sourcemap = getFlag(options, keys, "sourcemap", mustBeStringOrBoolean);
		let sourcefile = getFlag(options, keys, "sourcefile", mustBeString);
		let loader = getFlag(options, keys, "loader", mustBeString);
		let banner = getFlag(options, keys, "banner", mustBeString);
		let footer = getFlag(options, keys, "footer", mustBeString);
		let mangleCache = getFlag(options, keys, "mangleCache", mustBeObject);
		checkForInvalidFlags(options, keys, `in ${callName}() call`);
		if (sourcemap) flags.push(`--sourcemap=${sourcemap === true ? "external" : sourcemap}`);
		if (sourcefile) flags.push(`--sourcefile=${sourcefile}`);
		if (loader) flags.push(`--loader=${loader}`);
		if (banner) flags.push(`--banner=${banner}`);
		if (footer) flags.push(`--footer=${footer}`);
		return {
			flags,
			mangleCache: validateMangleCache(mangleCache)
		};
	}
	function createChannel(streamIn) {
		const requestCallbacksByKey = {};
		const closeData = {
			didClose: false,
			reason: ""
		};
		let responseCallbacks = {};
		let nextRequestID = 0;
		let nextBuildKey = 0;
		let stdout = /* @__PURE__ */ new Uint8Array(16384);
		let stdoutUsed = 0;
		let readFromStdout = (chunk) => {
			let limit = stdoutUsed + chunk.length;
			if (limit > stdout.length) {
				let swap = new Uint8Array(limit * 2);
				swap.set(stdout);
				stdout = swap;
			}
			stdout.set(chunk, stdoutUsed);
			stdoutUsed += chunk.length;
			let offset = 0;
			while (offset + 4 <= stdoutUsed) {
				let length = readUInt32LE(stdout, offset);
				if (offset + 4 + length > stdoutUsed) break;
				offset += 4;
				handleIncomingPacket(stdout.subarray(offset, offset + length));
				offset += length;
			}
			if (offset > 0) {
				stdout.copyWithin(0, offset, stdoutUsed);
				stdoutUsed -= offset;
			}
		};
		let afterClose = (error) => {
			closeData.didClose = true;
			if (error) closeData.reason = ": " + (error.message || error);
			const text = "The service was stopped" + closeData.reason;
			for (let id in responseCallbacks) responseCallbacks[id](text, null);
			responseCallbacks = {};
		};
		let sendRequest = (refs, value, callback) => {
			if (closeData.didClose) return callback("The service is no longer running" + closeData.reason, null);
			let id = nextRequestID++;
			responseCallbacks[id] = (error, response) => {
				try {
					callback(error, response);
				} finally {
					if (refs) refs.unref();
				}
			};
			if (refs) refs.ref();
			streamIn.writeToStdin(encodePacket({
				id,
				isRequest: true,
				value
			}));
		};
		let sendResponse = (id, value) => {
			if (closeData.didClose) throw new Error("The service is no longer running" + closeData.reason);
			streamIn.writeToStdin(encodePacket({
				id,
				isRequest: false,
				value
			}));
		};
		let handleRequest = async (id, request) => {
			try {
				if (request.command === "ping") {
					sendResponse(id, {});
					return;
				}
				if (typeof request.key === "number") {
					const requestCallbacks = requestCallbacksByKey[request.key];
					if (!requestCallbacks) return;
					const callback = requestCallbacks[request.command];
					if (callback) {
						await callback(id, request);
						return;
					}
				}
				throw new Error(`Invalid command: ` + request.command);
			} catch (e) {
				const errors = [extractErrorMessageV8(e, streamIn, null, void 0, "")];
				try {
					sendResponse(id, { errors });
				} catch {}
			}
		};
		let isFirstPacket = true;
		let handleIncomingPacket = (bytes) => {
			if (isFirstPacket) {
				isFirstPacket = false;
				let binaryVersion = String.fromCharCode(...bytes);
				if (binaryVersion !== "0.28.2") throw new Error(`Cannot start service: Host version "0.28.2" does not match binary version ${quote(binaryVersion)}`);
				return;
			}
			let packet = decodePacket(bytes);
			if (packet.isRequest) handleRequest(packet.id, packet.value);
			else {
				let callback = responseCallbacks[packet.id];
				delete responseCallbacks[packet.id];
				if (packet.value.error) callback(packet.value.error, {});
				else callback(null, packet.value);
			}
		};
		let buildOrContext = ({ callName, refs, options, isTTY: isTTY2, defaultWD: defaultWD2, callback }) => {
			let refCount = 0;
			const buildKey = nextBuildKey++;
			const requestCallbacks = {};
			const buildRefs = {
				ref() {
					if (++refCount === 1) {
						if (refs) refs.ref();
					}
				},
				unref() {
					if (--refCount === 0) {
						delete requestCallbacksByKey[buildKey];
						if (refs) refs.unref();
					}
				}
			};
			requestCallbacksByKey[buildKey] = requestCallbacks;
			buildRefs.ref();
			buildOrContextImpl(callName, buildKey, sendRequest, sendResponse, buildRefs, streamIn, requestCallbacks, options, isTTY2, defaultWD2, (err, res) => {
				try {
					callback(err, res);
				} finally {
					buildRefs.unref();
				}
			});
		};
		let transform2 = ({ callName, refs, input, options, isTTY: isTTY2, fs: fs3, callback }) => {
			const details = createObjectStash();
			let start = (inputPath) => {
				try {
					if (typeof input !== "string" && !(input instanceof Uint8Array)) throw new Error("The input to \"transform\" must be a string or a Uint8Array");
					let { flags, mangleCache } = flagsForTransformOptions(callName, options, isTTY2, transformLogLevelDefault);
					let request = {
						command: "transform",
						flags,
						inputFS: inputPath !== null,
						input: inputPath !== null ? encodeUTF8(inputPath) : typeof input === "string" ? encodeUTF8(input) : input
					};
					if (mangleCache) request.mangleCache = mangleCache;
					sendRequest(refs, request, (error, response) => {
						if (error) return callback(new Error(error), null);
						let errors = replaceDetailsInMessages(response.errors, details);
						let warnings = replaceDetailsInMessages(response.warnings, details);
						let outstanding = 1;
						let next = () => {
							if (--outstanding === 0) {
								let result = {
									warnings,
									code: response.code,
									map: response.map,
									mangleCache: void 0,
									legalComments: void 0
								};
								if ("legalComments" in response) result.legalComments = response == null ? void 0 : response.legalComments;
								if (response.mangleCache) result.mangleCache = response == null ? void 0 : response.mangleCache;
								callback(null, result);
							}
						};
						if (errors.length > 0) return callback(failureErrorWithLog("Transform failed", errors, warnings), null);
						if (response.codeFS) {
							outstanding++;
							fs3.readFile(response.code, (err, contents) => {
								if (err !== null) callback(err, null);
								else {
									response.code = contents;
									next();
								}
							});
						}
						if (response.mapFS) {
							outstanding++;
							fs3.readFile(response.map, (err, contents) => {
								if (err !== null) callback(err, null);
								else {
									response.map = contents;
									next();
								}
							});
						}
						next();
					});
				} catch (e) {
					let flags = [];
					try {
						pushLogFlags(flags, options, {}, isTTY2, transformLogLevelDefault);
					} catch {}
					const error = extractErrorMessageV8(e, streamIn, details, void 0, "");
					sendRequest(refs, {
						command: "error",
						flags,
						error
					}, () => {
						error.detail = details.load(error.detail);
						callback(failureErrorWithLog("Transform failed", [error], []), null);
					});
				}
			};
			if ((typeof input === "string" || input instanceof Uint8Array) && input.length > 1048576) {
				let next = start;
				start = () => fs3.writeFile(input, next);
			}
			start(null);
		};
		let formatMessages2 = ({ callName, refs, messages, options, callback }) => {
			if (!options) throw new Error(`Missing second argument in ${callName}() call`);
			let keys = {};
			let kind = getFlag(options, keys, "kind", mustBeString);
			let color = getFlag(options, keys, "color", mustBeBoolean);
			let terminalWidth = getFlag(options, keys, "terminalWidth", mustBeInteger);
			let logStyle = getFlag(options, keys, "logStyle", mustBeString);
			checkForInvalidFlags(options, keys, `in ${callName}() call`);
			if (kind === void 0) throw new Error(`Missing "kind" in ${callName}() call`);
			if (kind !== "error" && kind !== "warning") throw new Error(`Expected "kind" to be "error" or "warning" in ${callName}() call`);
			let request = {
				command: "format-msgs",
				messages: sanitizeMessages(messages, "messages", null, "", terminalWidth),
				isWarning: kind === "warning"
			};
			if (color !== void 0) request.color = color;
			if (terminalWidth !== void 0) request.terminalWidth = terminalWidth;
			if (logStyle !== void 0) request.logStyle = logStyle;
			sendRequest(refs, request, (error, response) => {
				if (error) return callback(new Error(error), null);
				callback(null, response.messages);
			});
		};
		let analyzeMetafile2 = ({ callName, refs, metafile, options, callback }) => {
			if (options === void 0) options = {};
			let keys = {};
			let color = getFlag(options, keys, "color", mustBeBoolean);
			let verbose = getFlag(options, keys, "verbose", mustBeBoolean);
			checkForInvalidFlags(options, keys, `in ${callName}() call`);
			let request = {
				command: "analyze-metafile",
				metafile
			};
			if (color !== void 0) request.color = color;
			if (verbose !== void 0) request.verbose = verbose;
			sendRequest(refs, request, (error, response) => {
				if (error) return callback(new Error(error), null);
				callback(null, response.result);
			});
		};
		return {
			readFromStdout,
			afterClose,
			service: {
				buildOrContext,
				transform: transform2,
				formatMessages: formatMessages2,
				analyzeMetafile: analyzeMetafile2
			}
		};
	}
	function buildOrContextImpl(callName, buildKey, sendRequest, sendResponse, refs, streamIn, requestCallbacks, options, isTTY2, defaultWD2, callback) {
		const details = createObjectStash();
		const isContext = callName === "context";
		const handleError = (e, pluginName) => {
			const flags = [];
			try {
				pushLogFlags(flags, options, {}, isTTY2, buildLogLevelDefault);
			} catch {}
			const message = extractErrorMessageV8(e, streamIn, details, void 0, pluginName);
			sendRequest(refs, {
				command: "error",
				flags,
				error: message
			}, () => {
				message.detail = details.load(message.detail);
				callback(failureErrorWithLog(isContext ? "Context failed" : "Build failed", [message], []), null);
			});
		};
		let plugins;
		if (typeof options === "object") {
			const value = options.plugins;
			if (value !== void 0) {
				if (!Array.isArray(value)) return handleError(/* @__PURE__ */ new Error(`"plugins" must be an array`), "");
				plugins = value;
			}
		}
		if (plugins && plugins.length > 0) {
			if (streamIn.isSync) return handleError(/* @__PURE__ */ new Error("Cannot use plugins in synchronous API calls"), "");
			handlePlugins(buildKey, sendRequest, sendResponse, refs, streamIn, requestCallbacks, options, plugins, details).then((result) => {
				if (!result.ok) return handleError(result.error, result.pluginName);
				try {
					buildOrContextContinue(result.requestPlugins, result.runOnEndCallbacks, result.scheduleOnDisposeCallbacks);
				} catch (e) {
					handleError(e, "");
				}
			}, (e) => handleError(e, ""));
			return;
		}
		try {
			buildOrContextContinue(null, (result, done) => done([], []), () => {});
		} catch (e) {
			handleError(e, "");
		}
		function buildOrContextContinue(requestPlugins, runOnEndCallbacks, scheduleOnDisposeCallbacks) {
			const writeDefault = streamIn.hasFS;
			const { entries, flags, write, stdinContents, stdinResolveDir, absWorkingDir, nodePaths, mangleCache } = flagsForBuildOptions(callName, options, isTTY2, buildLogLevelDefault, writeDefault);
			if (write && !streamIn.hasFS) throw new Error(`The "write" option is unavailable in this environment`);
			const request = {
				command: "build",
				key: buildKey,
				entries,
				flags,
				write,
				stdinContents,
				stdinResolveDir,
				absWorkingDir: absWorkingDir || defaultWD2,
				nodePaths,
				context: isContext
			};
			if (requestPlugins) request.plugins = requestPlugins;
			if (mangleCache) request.mangleCache = mangleCache;
			const buildResponseToResult = (response, callback2) => {
				const result = {
					errors: replaceDetailsInMessages(response.errors, details),
					warnings: replaceDetailsInMessages(response.warnings, details),
					outputFiles: void 0,
					metafile: void 0,
					mangleCache: void 0
				};
				const originalErrors = result.errors.slice();
				const originalWarnings = result.warnings.slice();
				if (response.outputFiles) result.outputFiles = response.outputFiles.map(convertOutputFiles);
				if (response.metafile && response.metafile.length) result.metafile = parseJSON(response.metafile);
				if (response.mangleCache) result.mangleCache = response.mangleCache;
				if (response.writeToStdout !== void 0) console.log(decodeUTF8(response.writeToStdout).replace(/\n$/, ""));
				runOnEndCallbacks(result, (onEndErrors, onEndWarnings) => {
					if (originalErrors.length > 0 || onEndErrors.length > 0) return callback2(failureErrorWithLog("Build failed", originalErrors.concat(onEndErrors), originalWarnings.concat(onEndWarnings)), null, onEndErrors, onEndWarnings);
					callback2(null, result, onEndErrors, onEndWarnings);
				});
			};
			let latestResultPromise;
			let provideLatestResult;
			if (isContext) requestCallbacks["on-end"] = (id, request2) => new Promise((resolve) => {
				buildResponseToResult(request2, (err, result, onEndErrors, onEndWarnings) => {
					const response = {
						errors: onEndErrors,
						warnings: onEndWarnings
					};
					if (provideLatestResult) provideLatestResult(err, result);
					latestResultPromise = void 0;
					provideLatestResult = void 0;
					sendResponse(id, response);
					resolve();
				});
			});
			sendRequest(refs, request, (error, response) => {
				if (error) return callback(new Error(error), null);
				if (!isContext) return buildResponseToResult(response, (err, res) => {
					scheduleOnDisposeCallbacks();
					return callback(err, res);
				});
				if (response.errors.length > 0) return callback(failureErrorWithLog("Context failed", response.errors, response.warnings), null);
				let didDispose = false;
				const result = {
					rebuild: () => {
						if (!latestResultPromise) latestResultPromise = new Promise((resolve, reject) => {
							let settlePromise;
							provideLatestResult = (err, result2) => {
								if (!settlePromise) settlePromise = () => err ? reject(err) : resolve(result2);
							};
							const triggerAnotherBuild = () => {
								sendRequest(refs, {
									command: "rebuild",
									key: buildKey
								}, (error2, response2) => {
									if (error2) reject(new Error(error2));
									else if (settlePromise) settlePromise();
									else triggerAnotherBuild();
								});
							};
							triggerAnotherBuild();
						});
						return latestResultPromise;
					},
					watch: (options2 = {}) => new Promise((resolve, reject) => {
						if (!streamIn.hasFS) throw new Error(`Cannot use the "watch" API in this environment`);
						const keys = {};
						const delay = getFlag(options2, keys, "delay", mustBeInteger);
						checkForInvalidFlags(options2, keys, `in watch() call`);
						const request2 = {
							command: "watch",
							key: buildKey
						};
						if (delay) request2.delay = delay;
						sendRequest(refs, request2, (error2) => {
							if (error2) reject(new Error(error2));
							else resolve(void 0);
						});
					}),
					serve: (options2 = {}) => new Promise((resolve, reject) => {
						if (!streamIn.hasFS) throw new Error(`Cannot use the "serve" API in this environment`);
						const keys = {};
						const port = getFlag(options2, keys, "port", mustBeValidPortNumber);
						const host = getFlag(options2, keys, "host", mustBeString);
						const servedir = getFlag(options2, keys, "servedir", mustBeString);
						const keyfile = getFlag(options2, keys, "keyfile", mustBeString);
						const certfile = getFlag(options2, keys, "certfile", mustBeString);
						const fallback = getFlag(options2, keys, "fallback", mustBeString);
						const cors = getFlag(options2, keys, "cors", mustBeObject);
						const onRequest = getFlag(options2, keys, "onRequest", mustBeFunction);
						checkForInvalidFlags(options2, keys, `in serve() call`);
						const request2 = {
							command: "serve",
							key: buildKey,
							onRequest: !!onRequest
						};
						if (port !== void 0) request2.port = port;
						if (host !== void 0) request2.host = host;
						if (servedir !== void 0) request2.servedir = servedir;
						if (keyfile !== void 0) request2.keyfile = keyfile;
						if (certfile !== void 0) request2.certfile = certfile;
						if (fallback !== void 0) request2.fallback = fallback;
						if (cors) {
							const corsKeys = {};
							const origin = getFlag(cors, corsKeys, "origin", mustBeStringOrArrayOfStrings);
							checkForInvalidFlags(cors, corsKeys, `on "cors" object`);
							if (Array.isArray(origin)) request2.corsOrigin = origin;
							else if (origin !== void 0) request2.corsOrigin = [origin];
						}
						sendRequest(refs, request2, (error2, response2) => {
							if (error2) return reject(new Error(error2));
							if (onRequest) requestCallbacks["serve-request"] = (id, request3) => {
								onRequest(request3.args);
								sendResponse(id, {});
							};
							resolve(response2);
						});
					}),
					cancel: () => new Promise((resolve) => {
						if (didDispose) return resolve();
						sendRequest(refs, {
							command: "cancel",
							key: buildKey
						}, () => {
							resolve();
						});
					}),
					dispose: () => new Promise((resolve) => {
						if (didDispose) return resolve();
						didDispose = true;
						sendRequest(refs, {
							command: "dispose",
							key: buildKey
						}, () => {
							resolve();
							scheduleOnDisposeCallbacks();
							refs.unref();
						});
					})
				};
				refs.ref();
				callback(null, result);
			});
		}
	}
	var handlePlugins = async (buildKey, sendRequest, sendResponse, refs, streamIn, requestCallbacks, initialOptions, plugins, details) => {
		let onStartCallbacks = [];
		let onEndCallbacks = [];
		let onResolveCallbacks = {};
		let onLoadCallbacks = {};
		let onDisposeCallbacks = [];
		let nextCallbackID = 0;
		let i = 0;
		let requestPlugins = [];
		let isSetupDone = false;
		plugins = [...plugins];
		for (let item of plugins) {
			let keys = {};
			if (typeof item !== "object") throw new Error(`Plugin at index ${i} must be an object`);
			const name = getFlag(item, keys, "name", mustBeString);
			if (typeof name !== "string" || name === "") throw new Error(`Plugin at index ${i} is missing a name`);
			try {
				let setup = getFlag(item, keys, "setup", mustBeFunction);
				if (typeof setup !== "function") throw new Error(`Plugin is missing a setup function`);
				checkForInvalidFlags(item, keys, `on plugin ${quote(name)}`);
				let plugin = {
					name,
					onStart: false,
					onEnd: false,
					onResolve: [],
					onLoad: []
				};
				i++;
				let resolve = (path3, options = {}) => {
					if (!isSetupDone) throw new Error("Cannot call \"resolve\" before plugin setup has completed");
					if (typeof path3 !== "string") throw new Error(`The path to resolve must be a string`);
					let keys2 = /* @__PURE__ */ Object.create(null);
					let pluginName = getFlag(options, keys2, "pluginName", mustBeString);
					let importer = getFlag(options, keys2, "importer", mustBeString);
					let namespace = getFlag(options, keys2, "namespace", mustBeString);
					let resolveDir = getFlag(options, keys2, "resolveDir", mustBeString);
					let kind = getFlag(options, keys2, "kind", mustBeString);
					let pluginData = getFlag(options, keys2, "pluginData", canBeAnything);
					let importAttributes = getFlag(options, keys2, "with", mustBeObject);
					checkForInvalidFlags(options, keys2, "in resolve() call");
					return new Promise((resolve2, reject) => {
						const request = {
							command: "resolve",
							path: path3,
							key: buildKey,
							pluginName: name
						};
						if (pluginName != null) request.pluginName = pluginName;
						if (importer != null) request.importer = importer;
						if (namespace != null) request.namespace = namespace;
						if (resolveDir != null) request.resolveDir = resolveDir;
						if (kind != null) request.kind = kind;
						else throw new Error(`Must specify "kind" when calling "resolve"`);
						if (pluginData != null) request.pluginData = details.store(pluginData);
						if (importAttributes != null) request.with = sanitizeStringMap(importAttributes, "with");
						sendRequest(refs, request, (error, response) => {
							if (error !== null) reject(new Error(error));
							else resolve2({
								errors: replaceDetailsInMessages(response.errors, details),
								warnings: replaceDetailsInMessages(response.warnings, details),
								path: response.path,
								external: response.external,
								sideEffects: response.sideEffects,
								namespace: response.namespace,
								suffix: response.suffix,
								pluginData: details.load(response.pluginData)
							});
						});
					});
				};
				let promise = setup({
					initialOptions,
					resolve,
					onStart(callback) {
						let registeredNote = extractCallerV8(/* @__PURE__ */ new Error(`This error came from the "onStart" callback registered here:`), streamIn, "onStart");
						onStartCallbacks.push({
							name,
							callback,
							note: registeredNote
						});
						plugin.onStart = true;
					},
					onEnd(callback) {
						let registeredNote = extractCallerV8(/* @__PURE__ */ new Error(`This error came from the "onEnd" callback registered here:`), streamIn, "onEnd");
						onEndCallbacks.push({
							name,
							callback,
							note: registeredNote
						});
						plugin.onEnd = true;
					},
					onResolve(options, callback) {
						let registeredNote = extractCallerV8(/* @__PURE__ */ new Error(`This error came from the "onResolve" callback registered here:`), streamIn, "onResolve");
						let keys2 = {};
						let filter = getFlag(options, keys2, "filter", mustBeRegExp);
						let namespace = getFlag(options, keys2, "namespace", mustBeString);
						checkForInvalidFlags(options, keys2, `in onResolve() call for plugin ${quote(name)}`);
						if (filter == null) throw new Error(`onResolve() call is missing a filter`);
						let id = nextCallbackID++;
						onResolveCallbacks[id] = {
							name,
							callback,
							note: registeredNote
						};
						plugin.onResolve.push({
							id,
							filter: jsRegExpToGoRegExp(filter),
							namespace: namespace || ""
						});
					},
					onLoad(options, callback) {
						let registeredNote = extractCallerV8(/* @__PURE__ */ new Error(`This error came from the "onLoad" callback registered here:`), streamIn, "onLoad");
						let keys2 = {};
						let filter = getFlag(options, keys2, "filter", mustBeRegExp);
						let namespace = getFlag(options, keys2, "namespace", mustBeString);
						checkForInvalidFlags(options, keys2, `in onLoad() call for plugin ${quote(name)}`);
						if (filter == null) throw new Error(`onLoad() call is missing a filter`);
						let id = nextCallbackID++;
						onLoadCallbacks[id] = {
							name,
							callback,
							note: registeredNote
						};
						plugin.onLoad.push({
							id,
							filter: jsRegExpToGoRegExp(filter),
							namespace: namespace || ""
						});
					},
					onDispose(callback) {
						onDisposeCallbacks.push(callback);
					},
					esbuild: streamIn.esbuild
				});
				if (promise) await promise;
				requestPlugins.push(plugin);
			} catch (e) {
				return {
					ok: false,
					error: e,
					pluginName: name
				};
			}
		}
		requestCallbacks["on-start"] = async (id, request) => {
			details.clear();
			let response = {
				errors: [],
				warnings: []
			};
			await Promise.all(onStartCallbacks.map(async ({ name, callback, note }) => {
				try {
					let result = await callback();
					if (result != null) {
						if (typeof result !== "object") throw new Error(`Expected onStart() callback in plugin ${quote(name)} to return an object`);
						let keys = {};
						let errors = getFlag(result, keys, "errors", mustBeArray);
						let warnings = getFlag(result, keys, "warnings", mustBeArray);
						checkForInvalidFlags(result, keys, `from onStart() callback in plugin ${quote(name)}`);
						if (errors != null) response.errors.push(...sanitizeMessages(errors, "errors", details, name, void 0));
						if (warnings != null) response.warnings.push(...sanitizeMessages(warnings, "warnings", details, name, void 0));
					}
				} catch (e) {
					response.errors.push(extractErrorMessageV8(e, streamIn, details, note && note(), name));
				}
			}));
			sendResponse(id, response);
		};
		requestCallbacks["on-resolve"] = async (id, request) => {
			let response = {}, name = "", callback, note;
			for (let id2 of request.ids) try {
				({name, callback, note} = onResolveCallbacks[id2]);
				let result = await callback({
					path: request.path,
					importer: request.importer,
					namespace: request.namespace,
					resolveDir: request.resolveDir,
					kind: request.kind,
					pluginData: details.load(request.pluginData),
					with: request.with
				});
				if (result != null) {
					if (typeof result !== "object") throw new Error(`Expected onResolve() callback in plugin ${quote(name)} to return an object`);
					let keys = {};
					let pluginName = getFlag(result, keys, "pluginName", mustBeString);
					let path3 = getFlag(result, keys, "path", mustBeString);
					let namespace = getFlag(result, keys, "namespace", mustBeString);
					let suffix = getFlag(result, keys, "suffix", mustBeString);
					let external = getFlag(result, keys, "external", mustBeBoolean);
					let sideEffects = getFlag(result, keys, "sideEffects", mustBeBoolean);
					let pluginData = getFlag(result, keys, "pluginData", canBeAnything);
					let errors = getFlag(result, keys, "errors", mustBeArray);
					let warnings = getFlag(result, keys, "warnings", mustBeArray);
					let watchFiles = getFlag(result, keys, "watchFiles", mustBeArrayOfStrings);
					let watchDirs = getFlag(result, keys, "watchDirs", mustBeArrayOfStrings);
					checkForInvalidFlags(result, keys, `from onResolve() callback in plugin ${quote(name)}`);
					response.id = id2;
					if (pluginName != null) response.pluginName = pluginName;
					if (path3 != null) response.path = path3;
					if (namespace != null) response.namespace = namespace;
					if (suffix != null) response.suffix = suffix;
					if (external != null) response.external = external;
					if (sideEffects != null) response.sideEffects = sideEffects;
					if (pluginData != null) response.pluginData = details.store(pluginData);
					if (errors != null) response.errors = sanitizeMessages(errors, "errors", details, name, void 0);
					if (warnings != null) response.warnings = sanitizeMessages(warnings, "warnings", details, name, void 0);
					if (watchFiles != null) response.watchFiles = sanitizeStringArray(watchFiles, "watchFiles");
					if (watchDirs != null) response.watchDirs = sanitizeStringArray(watchDirs, "watchDirs");
					break;
				}
			} catch (e) {
				response = {
					id: id2,
					errors: [extractErrorMessageV8(e, streamIn, details, note && note(), name)]
				};
				break;
			}
			sendResponse(id, response);
		};
		requestCallbacks["on-load"] = async (id, request) => {
			let response = {}, name = "", callback, note;
			for (let id2 of request.ids) try {
				({name, callback, note} = onLoadCallbacks[id2]);
				let result = await callback({
					path: request.path,
					namespace: request.namespace,
					suffix: request.suffix,
					pluginData: details.load(request.pluginData),
					with: request.with
				});
				if (result != null) {
					if (typeof result !== "object") throw new Error(`Expected onLoad() callback in plugin ${quote(name)} to return an object`);
					let keys = {};
					let pluginName = getFlag(result, keys, "pluginName", mustBeString);
					let contents = getFlag(result, keys, "contents", mustBeStringOrUint8Array);
					let resolveDir = getFlag(result, keys, "resolveDir", mustBeString);
					let pluginData = getFlag(result, keys, "pluginData", canBeAnything);
					let loader = getFlag(result, keys, "loader", mustBeString);
					let errors = getFlag(result, keys, "errors", mustBeArray);
					let warnings = getFlag(result, keys, "warnings", mustBeArray);
					let watchFiles = getFlag(result, keys, "watchFiles", mustBeArrayOfStrings);
					let watchDirs = getFlag(result, keys, "watchDirs", mustBeArrayOfStrings);
					checkForInvalidFlags(result, keys, `from onLoad() callback in plugin ${quote(name)}`);
					response.id = id2;
					if (pluginName != null) response.pluginName = pluginName;
					if (contents instanceof Uint8Array) response.contents = contents;
					else if (contents != null) response.contents = encodeUTF8(contents);
					if (resolveDir != null) response.resolveDir = resolveDir;
					if (pluginData != null) response.pluginData = details.store(pluginData);
					if (loader != null) response.loader = loader;
					if (errors != null) response.errors = sanitizeMessages(errors, "errors", details, name, void 0);
					if (warnings != null) response.warnings = sanitizeMessages(warnings, "warnings", details, name, void 0);
					if (watchFiles != null) response.watchFiles = sanitizeStringArray(watchFiles, "watchFiles");
					if (watchDirs != null) response.watchDirs = sanitizeStringArray(watchDirs, "watchDirs");
					break;
				}
			} catch (e) {
				response = {
					id: id2,
					errors: [extractErrorMessageV8(e, streamIn, details, note && note(), name)]
				};
				break;
			}
			sendResponse(id, response);
		};
		let runOnEndCallbacks = (result, done) => done([], []);
		if (onEndCallbacks.length > 0) runOnEndCallbacks = (result, done) => {
			(async () => {
				const onEndErrors = [];
				const onEndWarnings = [];
				for (const { name, callback, note } of onEndCallbacks) {
					let newErrors;
					let newWarnings;
					try {
						const value = await callback(result);
						if (value != null) {
							if (typeof value !== "object") throw new Error(`Expected onEnd() callback in plugin ${quote(name)} to return an object`);
							let keys = {};
							let errors = getFlag(value, keys, "errors", mustBeArray);
							let warnings = getFlag(value, keys, "warnings", mustBeArray);
							checkForInvalidFlags(value, keys, `from onEnd() callback in plugin ${quote(name)}`);
							if (errors != null) newErrors = sanitizeMessages(errors, "errors", details, name, void 0);
							if (warnings != null) newWarnings = sanitizeMessages(warnings, "warnings", details, name, void 0);
						}
					} catch (e) {
						newErrors = [extractErrorMessageV8(e, streamIn, details, note && note(), name)];
					}
					if (newErrors) {
						onEndErrors.push(...newErrors);
						try {
							result.errors.push(...newErrors);
						} catch {}
					}
					if (newWarnings) {
						onEndWarnings.push(...newWarnings);
						try {
							result.warnings.push(...newWarnings);
						} catch {}
					}
				}
				done(onEndErrors, onEndWarnings);
			})();
		};
		let scheduleOnDisposeCallbacks = () => {
			for (const cb of onDisposeCallbacks) setTimeout(() => cb(), 0);
		};
		isSetupDone = true;
		return {
			ok: true,
			requestPlugins,
			runOnEndCallbacks,
			scheduleOnDisposeCallbacks
		};
	};
	function createObjectStash() {
		const map = /* @__PURE__ */ new Map();
		let nextID = 0;
		return {
			clear() {
				map.clear();
			},
			load(id) {
				return map.get(id);
			},
			store(value) {
				if (value === void 0) return -1;
				const id = nextID++;
				map.set(id, value);
				return id;
			}
		};
	}
	function extractCallerV8(e, streamIn, ident) {
		let note;
		let tried = false;
		return () => {
			if (tried) return note;
			tried = true;
			try {
				let lines = (e.stack + "").split("\n");
				lines.splice(1, 1);
				let location = parseStackLinesV8(streamIn, lines, ident);
				if (location) {
					note = {
						text: e.message,
						location
					};
					return note;
				}
			} catch {}
		};
	}
	function extractErrorMessageV8(e, streamIn, stash, note, pluginName) {
		let text = "Internal error";
		let location = null;
		try {
			text = (e && e.message || e) + "";
		} catch {}
		try {
			location = parseStackLinesV8(streamIn, (e.stack + "").split("\n"), "");
		} catch {}
		return {
			id: "",
			pluginName,
			text,
			location,
			notes: note ? [note] : [],
			detail: stash ? stash.store(e) : -1
		};
	}
	function parseStackLinesV8(streamIn, lines, ident) {
		let at = "    at ";
		if (streamIn.readFileSync && !lines[0].startsWith(at) && lines[1].startsWith(at)) for (let i = 1; i < lines.length; i++) {
			let line = lines[i];
			if (!line.startsWith(at)) continue;
			line = line.slice(7);
			while (true) {
				let match = /^(?:new |async )?\S+ \((.*)\)$/.exec(line);
				if (match) {
					line = match[1];
					continue;
				}
				match = /^eval at \S+ \((.*)\)(?:, \S+:\d+:\d+)?$/.exec(line);
				if (match) {
					line = match[1];
					continue;
				}
				match = /^(\S+):(\d+):(\d+)$/.exec(line);
				if (match) {
					let contents;
					try {
						contents = streamIn.readFileSync(match[1], "utf8");
					} catch {
						break;
					}
					let lineText = contents.split(/\r\n|\r|\n|\u2028|\u2029/)[+match[2] - 1] || "";
					let column = +match[3] - 1;
					let length = lineText.slice(column, column + ident.length) === ident ? ident.length : 0;
					return {
						file: match[1],
						namespace: "file",
						line: +match[2],
						column: encodeUTF8(lineText.slice(0, column)).length,
						length: encodeUTF8(lineText.slice(column, column + length)).length,
						lineText: lineText + "\n" + lines.slice(1).join("\n"),
						suggestion: ""
					};
				}
				break;
			}
		}
		return null;
	}
	function failureErrorWithLog(text, errors, warnings) {
		let limit = 5;
		text += errors.length < 1 ? "" : ` with ${errors.length} error${errors.length < 2 ? "" : "s"}:` + errors.slice(0, 6).map((e, i) => {
			if (i === limit) return "\n...";
			if (!e.location) return `
error: ${e.text}`;
			let { file, line, column } = e.location;
			return `
${file}:${line}:${column}: ERROR: ${e.pluginName ? `[plugin: ${e.pluginName}] ` : ""}${e.text}`;
		}).join("");
		let error = new Error(text);
		for (const [key, value] of [["errors", errors], ["warnings", warnings]]) Object.defineProperty(error, key, {
			configurable: true,
			enumerable: true,
			get: () => value,
			set: (value2) => Object.defineProperty(error, key, {
				configurable: true,
				enumerable: true,
				value: value2
			})
		});
		return error;
	}
	function replaceDetailsInMessages(messages, stash) {
		for (const message of messages) message.detail = stash.load(message.detail);
		return messages;
	}
	function sanitizeLocation(location, where, terminalWidth) {
		if (location == null) return null;
		let keys = {};
		let file = getFlag(location, keys, "file", mustBeString);
		let namespace = getFlag(location, keys, "namespace", mustBeString);
		let line = getFlag(location, keys, "line", mustBeInteger);
		let column = getFlag(location, keys, "column", mustBeInteger);
		let length = getFlag(location, keys, "length", mustBeInteger);
		let lineText = getFlag(location, keys, "lineText", mustBeString);
		let suggestion = getFlag(location, keys, "suggestion", mustBeString);
		checkForInvalidFlags(location, keys, where);
		if (lineText) {
			const relevantASCII = lineText.slice(0, (column && column > 0 ? column : 0) + (length && length > 0 ? length : 0) + (terminalWidth && terminalWidth > 0 ? terminalWidth : 80));
			if (!/[\x7F-\uFFFF]/.test(relevantASCII) && !/\n/.test(lineText)) lineText = relevantASCII;
		}
		return {
			file: file || "",
			namespace: namespace || "",
			line: line || 0,
			column: column || 0,
			length: length || 0,
			lineText: lineText || "",
			suggestion: suggestion || ""
		};
	}
	function sanitizeMessages(messages, property, stash, fallbackPluginName, terminalWidth) {
		let messagesClone = [];
		let index = 0;
		for (const message of messages) {
			let keys = {};
			let id = getFlag(message, keys, "id", mustBeString);
			let pluginName = getFlag(message, keys, "pluginName", mustBeString);
			let text = getFlag(message, keys, "text", mustBeString);
			let location = getFlag(message, keys, "location", mustBeObjectOrNull);
			let notes = getFlag(message, keys, "notes", mustBeArray);
			let detail = getFlag(message, keys, "detail", canBeAnything);
			let where = `in element ${index} of "${property}"`;
			checkForInvalidFlags(message, keys, where);
			let notesClone = [];
			if (notes) for (const note of notes) {
				let noteKeys = {};
				let noteText = getFlag(note, noteKeys, "text", mustBeString);
				let noteLocation = getFlag(note, noteKeys, "location", mustBeObjectOrNull);
				checkForInvalidFlags(note, noteKeys, where);
				notesClone.push({
					text: noteText || "",
					location: sanitizeLocation(noteLocation, where, terminalWidth)
				});
			}
			messagesClone.push({
				id: id || "",
				pluginName: pluginName || fallbackPluginName,
				text: text || "",
				location: sanitizeLocation(location, where, terminalWidth),
				notes: notesClone,
				detail: stash ? stash.store(detail) : -1
			});
			index++;
		}
		return messagesClone;
	}
	function sanitizeStringArray(values, property) {
		const result = [];
		for (const value of values) {
			if (typeof value !== "string") throw new Error(`${quote(property)} must be an array of strings`);
			result.push(value);
		}
		return result;
	}
	function sanitizeStringMap(map, property) {
		const result = /* @__PURE__ */ Object.create(null);
		for (const key in map) {
			const value = map[key];
			if (typeof value !== "string") throw new Error(`key ${quote(key)} in object ${quote(property)} must be a string`);
			result[key] = value;
		}
		return result;
	}
	function convertOutputFiles({ path: path3, contents, hash }) {
		let text = null;
		return {
			path: path3,
			contents,
			hash,
			get text() {
				const binary = this.contents;
				if (text === null || binary !== contents) {
					contents = binary;
					text = decodeUTF8(binary);
				}
				return text;
			}
		};
	}
	function jsRegExpToGoRegExp(regexp) {
		let result = regexp.source;
		if (regexp.flags) result = `(?${regexp.flags})${result}`;
		return result;
	}
	function parseJSON(bytes) {
		let text;
		try {
			text = decodeUTF8(bytes);
		} catch {
			return JSON_parse(bytes);
		}
		return JSON.parse(text);
	}
	var fs = require("fs");
	var os = require("os");
	var path = require("path");
	var ESBUILD_BINARY_PATH = process.env.ESBUILD_BINARY_PATH || ESBUILD_BINARY_PATH;
	var isValidBinaryPath = (x) => !!x && x !== "/usr/bin/esbuild";
	var packageDarwin_arm64 = "@esbuild/darwin-arm64";
	var packageDarwin_x64 = "@esbuild/darwin-x64";
	var knownWindowsPackages = {
		"win32 arm64 LE": "@esbuild/win32-arm64",
		"win32 ia32 LE": "@esbuild/win32-ia32",
		"win32 x64 LE": "@esbuild/win32-x64"
	};
	var knownUnixlikePackages = {
		"aix ppc64 BE": "@esbuild/aix-ppc64",
		"android arm64 LE": "@esbuild/android-arm64",
		"darwin arm64 LE": "@esbuild/darwin-arm64",
		"darwin x64 LE": "@esbuild/darwin-x64",
		"freebsd arm64 LE": "@esbuild/freebsd-arm64",
		"freebsd x64 LE": "@esbuild/freebsd-x64",
		"linux arm LE": "@esbuild/linux-arm",
		"linux arm64 LE": "@esbuild/linux-arm64",
		"linux ia32 LE": "@esbuild/linux-ia32",
		"linux mips64el LE": "@esbuild/linux-mips64el",
		"linux ppc64 LE": "@esbuild/linux-ppc64",
		"linux riscv64 LE": "@esbuild/linux-riscv64",
		"linux s390x BE": "@esbuild/linux-s390x",
		"linux x64 LE": "@esbuild/linux-x64",
		"linux loong64 LE": "@esbuild/linux-loong64",
		"netbsd arm64 LE": "@esbuild/netbsd-arm64",
		"netbsd x64 LE": "@esbuild/netbsd-x64",
		"openbsd arm64 LE": "@esbuild/openbsd-arm64",
		"openbsd x64 LE": "@esbuild/openbsd-x64",
		"sunos x64 LE": "@esbuild/sunos-x64"
	};
	var knownWebAssemblyFallbackPackages = {
		"android arm LE": "@esbuild/android-arm",
		"android x64 LE": "@esbuild/android-x64",
		"openharmony arm64 LE": "@esbuild/openharmony-arm64"
	};
	function pkgAndSubpathForCurrentPlatform() {
		let pkg;
		let subpath;
		let isWASM = false;
		let platformKey = `${process.platform} ${os.arch()} ${os.endianness()}`;
		if (platformKey in knownWindowsPackages) {
			pkg = knownWindowsPackages[platformKey];
			subpath = "esbuild.exe";
		} else if (platformKey in knownUnixlikePackages) {
			pkg = knownUnixlikePackages[platformKey];
			subpath = "bin/esbuild";
		} else if (platformKey in knownWebAssemblyFallbackPackages) {
			pkg = knownWebAssemblyFallbackPackages[platformKey];
			subpath = "bin/esbuild";
			isWASM = true;
		} else throw new Error(`Unsupported platform: ${platformKey}`);
		return {
			pkg,
			subpath,
			isWASM
		};
	}
	function pkgForSomeOtherPlatform() {
		const libMainJS = require.resolve("esbuild");
		const nodeModulesDirectory = path.dirname(path.dirname(path.dirname(libMainJS)));
		if (path.basename(nodeModulesDirectory) === "node_modules") {
			for (const unixKey in knownUnixlikePackages) try {
				const pkg = knownUnixlikePackages[unixKey];
				if (fs.existsSync(path.join(nodeModulesDirectory, pkg))) return pkg;
			} catch {}
			for (const windowsKey in knownWindowsPackages) try {
				const pkg = knownWindowsPackages[windowsKey];
				if (fs.existsSync(path.join(nodeModulesDirectory, pkg))) return pkg;
			} catch {}
		}
		return null;
	}
	function downloadedBinPath(pkg, subpath) {
		const esbuildLibDir = path.dirname(require.resolve("esbuild"));
		return path.join(esbuildLibDir, `downloaded-${pkg.replace("/", "-")}-${path.basename(subpath)}`);
	}
	function generateBinPath() {
		if (isValidBinaryPath(ESBUILD_BINARY_PATH)) {
			if (!fs.existsSync(ESBUILD_BINARY_PATH)) console.warn(`[esbuild] Ignoring bad configuration: ESBUILD_BINARY_PATH=${ESBUILD_BINARY_PATH}`);
			else return {
				binPath: ESBUILD_BINARY_PATH,
				isWASM: false
			};
		}
		const { pkg, subpath, isWASM } = pkgAndSubpathForCurrentPlatform();
		let binPath;
		try {
			binPath = require.resolve(`${pkg}/${subpath}`);
		} catch (e) {
			binPath = downloadedBinPath(pkg, subpath);
			if (!fs.existsSync(binPath)) {
				try {
					require.resolve(pkg);
				} catch {
					const otherPkg = pkgForSomeOtherPlatform();
					if (otherPkg) {
						let suggestions = `
Specifically the "${otherPkg}" package is present but this platform
needs the "${pkg}" package instead. People often get into this
situation by installing esbuild on Windows or macOS and copying "node_modules"
into a Docker image that runs Linux, or by copying "node_modules" between
Windows and WSL environments.

If you are installing with npm, you can try not copying the "node_modules"
directory when you copy the files over, and running "npm ci" or "npm install"
on the destination platform after the copy. Or you could consider using yarn
instead of npm which has built-in support for installing a package on multiple
platforms simultaneously.

If you are installing with yarn, you can try listing both this platform and the
other platform in your ".yarnrc.yml" file using the "supportedArchitectures"
feature: https://yarnpkg.com/configuration/yarnrc/#supportedArchitectures
Keep in mind that this means multiple copies of esbuild will be present.
`;
						if (pkg === packageDarwin_x64 && otherPkg === packageDarwin_arm64 || pkg === packageDarwin_arm64 && otherPkg === packageDarwin_x64) suggestions = `
Specifically the "${otherPkg}" package is present but this platform
needs the "${pkg}" package instead. People often get into this
situation by installing esbuild with npm running inside of Rosetta 2 and then
trying to use it with node running outside of Rosetta 2, or vice versa (Rosetta
2 is Apple's on-the-fly x86_64-to-arm64 translation service).

If you are installing with npm, you can try ensuring that both npm and node are
not running under Rosetta 2 and then reinstalling esbuild. This likely involves
changing how you installed npm and/or node. For example, installing node with
the universal installer here should work: https://nodejs.org/en/download/. Or
you could consider using yarn instead of npm which has built-in support for
installing a package on multiple platforms simultaneously.

If you are installing with yarn, you can try listing both "arm64" and "x64"
in your ".yarnrc.yml" file using the "supportedArchitectures" feature:
https://yarnpkg.com/configuration/yarnrc/#supportedArchitectures
Keep in mind that this means multiple copies of esbuild will be present.
`;
						throw new Error(`
You installed esbuild for another platform than the one you're currently using.
This won't work because esbuild is written with native code and needs to
install a platform-specific binary executable.
${suggestions}
Another alternative is to use the "esbuild-wasm" package instead, which works
the same way on all platforms. But it comes with a heavy performance cost and
can sometimes be 10x slower than the "esbuild" package, so you may also not
want to do that.
`);
					}
					throw new Error(`The package "${pkg}" could not be found, and is needed by esbuild.

If you are installing esbuild with npm, make sure that you don't specify the
"--no-optional" or "--omit=optional" flags. The "optionalDependencies" feature
of "package.json" is used by esbuild to install the correct binary executable
for your current platform.`);
				}
				throw e;
			}
		}
		if (/\.zip\//.test(binPath)) {
			let pnpapi;
			try {
				pnpapi = require("pnpapi");
			} catch (e) {}
			if (pnpapi) {
				const root = pnpapi.getPackageInformation(pnpapi.topLevel).packageLocation;
				const binTargetPath = path.join(root, "node_modules", ".cache", "esbuild", `pnpapi-${pkg.replace("/", "-")}-0.28.2-${path.basename(subpath)}`);
				if (!fs.existsSync(binTargetPath)) {
					fs.mkdirSync(path.dirname(binTargetPath), { recursive: true });
					fs.copyFileSync(binPath, binTargetPath);
					fs.chmodSync(binTargetPath, 493);
				}
				return {
					binPath: binTargetPath,
					isWASM
				};
			}
		}
		return {
			binPath,
			isWASM
		};
	}
	var child_process = require("child_process");
	var crypto = require("crypto");
	var path2 = require("path");
	var fs2 = require("fs");
	var os2 = require("os");
	var tty = require("tty");
	var worker_threads;
	if (process.env.ESBUILD_WORKER_THREADS !== "0") {
		try {
			worker_threads = require("worker_threads");
		} catch {}
		let [major, minor] = process.versions.node.split(".");
		if (+major < 12 || +major === 12 && +minor < 17 || +major === 13 && +minor < 13) worker_threads = void 0;
	}
	var _a;
	var isInternalWorkerThread = ((_a = worker_threads == null ? void 0 : worker_threads.workerData) == null ? void 0 : _a.esbuildVersion) === "0.28.2";
	var esbuildCommandAndArgs = () => {
		if ((!ESBUILD_BINARY_PATH || false) && (path2.basename(__filename) !== "main.js" || path2.basename(__dirname) !== "lib")) throw new Error(`The esbuild JavaScript API cannot be bundled. Please mark the "esbuild" package as external so it's not included in the bundle.

More information: The file containing the code for esbuild's JavaScript API (${__filename}) does not appear to be inside the esbuild package on the file system, which usually means that the esbuild package was bundled into another file. This is problematic because the API needs to run a binary executable inside the esbuild package which is located using a relative path from the API code to the executable. If the esbuild package is bundled, the relative path will be incorrect and the executable won't be found.`);
		{
			const { binPath, isWASM } = generateBinPath();
			if (isWASM) return ["node", [binPath]];
			else return [binPath, []];
		}
	};
	var isTTY = () => tty.isatty(2);
	var fsSync = {
		readFile(tempFile, callback) {
			try {
				let contents = fs2.readFileSync(tempFile, "utf8");
				try {
					fs2.unlinkSync(tempFile);
				} catch {}
				callback(null, contents);
			} catch (err) {
				callback(err, null);
			}
		},
		writeFile(contents, callback) {
			try {
				let tempFile = randomFileName();
				fs2.writeFileSync(tempFile, contents);
				callback(tempFile);
			} catch {
				callback(null);
			}
		}
	};
	var fsAsync = {
		readFile(tempFile, callback) {
			try {
				fs2.readFile(tempFile, "utf8", (err, contents) => {
					try {
						fs2.unlink(tempFile, () => callback(err, contents));
					} catch {
						callback(err, contents);
					}
				});
			} catch (err) {
				callback(err, null);
			}
		},
		writeFile(contents, callback) {
			try {
				let tempFile = randomFileName();
				fs2.writeFile(tempFile, contents, (err) => err !== null ? callback(null) : callback(tempFile));
			} catch {
				callback(null);
			}
		}
	};
	var version = "0.28.2";
	var build = (options) => ensureServiceIsRunning().build(options);
	var context = (buildOptions) => ensureServiceIsRunning().context(buildOptions);
	var transform = (input, options) => ensureServiceIsRunning().transform(input, options);
	var formatMessages = (messages, options) => ensureServiceIsRunning().formatMessages(messages, options);
	var analyzeMetafile = (messages, options) => ensureServiceIsRunning().analyzeMetafile(messages, options);
	var buildSync = (options) => {
		if (worker_threads && !isInternalWorkerThread) {
			if (!workerThreadService) workerThreadService = startWorkerThreadService(worker_threads);
			return workerThreadService.buildSync(options);
		}
		let result;
		runServiceSync((service) => service.buildOrContext({
			callName: "buildSync",
			refs: null,
			options,
			isTTY: isTTY(),
			defaultWD,
			callback: (err, res) => {
				if (err) throw err;
				result = res;
			}
		}));
		return result;
	};
	var transformSync = (input, options) => {
		if (worker_threads && !isInternalWorkerThread) {
			if (!workerThreadService) workerThreadService = startWorkerThreadService(worker_threads);
			return workerThreadService.transformSync(input, options);
		}
		let result;
		runServiceSync((service) => service.transform({
			callName: "transformSync",
			refs: null,
			input,
			options: options || {},
			isTTY: isTTY(),
			fs: fsSync,
			callback: (err, res) => {
				if (err) throw err;
				result = res;
			}
		}));
		return result;
	};
	var formatMessagesSync = (messages, options) => {
		if (worker_threads && !isInternalWorkerThread) {
			if (!workerThreadService) workerThreadService = startWorkerThreadService(worker_threads);
			return workerThreadService.formatMessagesSync(messages, options);
		}
		let result;
		runServiceSync((service) => service.formatMessages({
			callName: "formatMessagesSync",
			refs: null,
			messages,
			options,
			callback: (err, res) => {
				if (err) throw err;
				result = res;
			}
		}));
		return result;
	};
	var analyzeMetafileSync = (metafile, options) => {
		if (worker_threads && !isInternalWorkerThread) {
			if (!workerThreadService) workerThreadService = startWorkerThreadService(worker_threads);
			return workerThreadService.analyzeMetafileSync(metafile, options);
		}
		let result;
		runServiceSync((service) => service.analyzeMetafile({
			callName: "analyzeMetafileSync",
			refs: null,
			metafile: typeof metafile === "string" ? metafile : JSON.stringify(metafile),
			options,
			callback: (err, res) => {
				if (err) throw err;
				result = res;
			}
		}));
		return result;
	};
	var stop = () => {
		if (stopService) stopService();
		if (workerThreadService) workerThreadService.stop();
		return Promise.resolve();
	};
	var initializeWasCalled = false;
	var initialize = (options) => {
		options = validateInitializeOptions(options || {});
		if (options.wasmURL) throw new Error(`The "wasmURL" option only works in the browser`);
		if (options.wasmModule) throw new Error(`The "wasmModule" option only works in the browser`);
		if (options.worker) throw new Error(`The "worker" option only works in the browser`);
		if (initializeWasCalled) throw new Error("Cannot call \"initialize\" more than once");
		ensureServiceIsRunning();
		initializeWasCalled = true;
		return Promise.resolve();
	};
	var defaultWD = process.cwd();
	var longLivedService;
	var stopService;
	var ensureServiceIsRunning = () => {
		if (longLivedService) return longLivedService;
		let [command, args] = esbuildCommandAndArgs();
		let child = child_process.spawn(command, args.concat(`--service=0.28.2`, "--ping"), {
			windowsHide: true,
			stdio: [
				"pipe",
				"pipe",
				"inherit"
			],
			cwd: defaultWD
		});
		let { readFromStdout, afterClose, service } = createChannel({
			writeToStdin(bytes) {
				child.stdin.write(bytes, (err) => {
					if (err) afterClose(err);
				});
			},
			readFileSync: fs2.readFileSync,
			isSync: false,
			hasFS: true,
			esbuild: node_exports
		});
		child.stdin.on("error", afterClose);
		child.on("error", afterClose);
		const stdin = child.stdin;
		const stdout = child.stdout;
		stdout.on("data", readFromStdout);
		stdout.on("end", afterClose);
		stopService = () => {
			stdin.destroy();
			stdout.destroy();
			child.kill();
			initializeWasCalled = false;
			longLivedService = void 0;
			stopService = void 0;
		};
		let refCount = 0;
		child.unref();
		if (stdin.unref) stdin.unref();
		if (stdout.unref) stdout.unref();
		const refs = {
			ref() {
				if (++refCount === 1) child.ref();
			},
			unref() {
				if (--refCount === 0) child.unref();
			}
		};
		longLivedService = {
			build: (options) => new Promise((resolve, reject) => {
				service.buildOrContext({
					callName: "build",
					refs,
					options,
					isTTY: isTTY(),
					defaultWD,
					callback: (err, res) => err ? reject(err) : resolve(res)
				});
			}),
			context: (options) => new Promise((resolve, reject) => service.buildOrContext({
				callName: "context",
				refs,
				options,
				isTTY: isTTY(),
				defaultWD,
				callback: (err, res) => err ? reject(err) : resolve(res)
			})),
			transform: (input, options) => new Promise((resolve, reject) => service.transform({
				callName: "transform",
				refs,
				input,
				options: options || {},
				isTTY: isTTY(),
				fs: fsAsync,
				callback: (err, res) => err ? reject(err) : resolve(res)
			})),
			formatMessages: (messages, options) => new Promise((resolve, reject) => service.formatMessages({
				callName: "formatMessages",
				refs,
				messages,
				options,
				callback: (err, res) => err ? reject(err) : resolve(res)
			})),
			analyzeMetafile: (metafile, options) => new Promise((resolve, reject) => service.analyzeMetafile({
				callName: "analyzeMetafile",
				refs,
				metafile: typeof metafile === "string" ? metafile : JSON.stringify(metafile),
				options,
				callback: (err, res) => err ? reject(err) : resolve(res)
			}))
		};
		return longLivedService;
	};
	var runServiceSync = (callback) => {
		let [command, args] = esbuildCommandAndArgs();
		let stdin = /* @__PURE__ */ new Uint8Array();
		let { readFromStdout, afterClose, service } = createChannel({
			writeToStdin(bytes) {
				if (stdin.length !== 0) throw new Error("Must run at most one command");
				stdin = bytes;
			},
			isSync: true,
			hasFS: true,
			esbuild: node_exports
		});
		callback(service);
		readFromStdout(child_process.execFileSync(command, args.concat(`--service=0.28.2`), {
			cwd: defaultWD,
			windowsHide: true,
			input: stdin,
			maxBuffer: +process.env.ESBUILD_MAX_BUFFER || 16777216
		}));
		afterClose(null);
	};
	var randomFileName = () => {
		return path2.join(os2.tmpdir(), `esbuild-${crypto.randomBytes(32).toString("hex")}`);
	};
	var workerThreadService = null;
	var startWorkerThreadService = (worker_threads2) => {
		let { port1: mainPort, port2: workerPort } = new worker_threads2.MessageChannel();
		let worker = new worker_threads2.Worker(__filename, {
			workerData: {
				workerPort,
				defaultWD,
				esbuildVersion: "0.28.2"
			},
			transferList: [workerPort],
			execArgv: []
		});
		let nextID = 0;
		let fakeBuildError = (text) => {
			let error = /* @__PURE__ */ new Error(`Build failed with 1 error:
error: ${text}`);
			error.errors = [{
				id: "",
				pluginName: "",
				text,
				location: null,
				notes: [],
				detail: void 0
			}];
			error.warnings = [];
			return error;
		};
		let validateBuildSyncOptions = (options) => {
			if (!options) return;
			let plugins = options.plugins;
			if (plugins && plugins.length > 0) throw fakeBuildError(`Cannot use plugins in synchronous API calls`);
		};
		let applyProperties = (object, properties) => {
			for (let key in properties) object[key] = properties[key];
		};
		let runCallSync = (command, args) => {
			let id = nextID++;
			let sharedBuffer = new SharedArrayBuffer(8);
			let sharedBufferView = new Int32Array(sharedBuffer);
			let msg = {
				sharedBuffer,
				id,
				command,
				args
			};
			worker.postMessage(msg);
			let status = Atomics.wait(sharedBufferView, 0, 0);
			if (status !== "ok" && status !== "not-equal") throw new Error("Internal error: Atomics.wait() failed: " + status);
			let { message: { id: id2, resolve, reject, properties } } = worker_threads2.receiveMessageOnPort(mainPort);
			if (id !== id2) throw new Error(`Internal error: Expected id ${id} but got id ${id2}`);
			if (reject) {
				applyProperties(reject, properties);
				throw reject;
			}
			return resolve;
		};
		worker.unref();
		return {
			buildSync(options) {
				validateBuildSyncOptions(options);
				return runCallSync("build", [options]);
			},
			transformSync(input, options) {
				return runCallSync("transform", [input, options]);
			},
			formatMessagesSync(messages, options) {
				return runCallSync("formatMessages", [messages, options]);
			},
			analyzeMetafileSync(metafile, options) {
				return runCallSync("analyzeMetafile", [metafile, options]);
			},
			stop() {
				worker.terminate();
				workerThreadService = null;
			}
		};
	};
	var startSyncServiceWorker = () => {
		let workerPort = worker_threads.workerData.workerPort;
		let parentPort = worker_threads.parentPort;
		let extractProperties = (object) => {
			let properties = {};
			if (object && typeof object === "object") for (let key in object) properties[key] = object[key];
			return properties;
		};
		try {
			let service = ensureServiceIsRunning();
			defaultWD = worker_threads.workerData.defaultWD;
			parentPort.on("message", (msg) => {
				(async () => {
					let { sharedBuffer, id, command, args } = msg;
					let sharedBufferView = new Int32Array(sharedBuffer);
					try {
						switch (command) {
							case "build":
								workerPort.postMessage({
									id,
									resolve: await service.build(args[0])
								});
								break;
							case "transform":
								workerPort.postMessage({
									id,
									resolve: await service.transform(args[0], args[1])
								});
								break;
							case "formatMessages":
								workerPort.postMessage({
									id,
									resolve: await service.formatMessages(args[0], args[1])
								});
								break;
							case "analyzeMetafile":
								workerPort.postMessage({
									id,
									resolve: await service.analyzeMetafile(args[0], args[1])
								});
								break;
							default: throw new Error(`Invalid command: ${command}`);
						}
					} catch (reject) {
						workerPort.postMessage({
							id,
							reject,
							properties: extractProperties(reject)
						});
					}
					Atomics.add(sharedBufferView, 0, 1);
					Atomics.notify(sharedBufferView, 0, Infinity);
				})();
			});
		} catch (reject) {
			parentPort.on("message", (msg) => {
				let { sharedBuffer, id } = msg;
				let sharedBufferView = new Int32Array(sharedBuffer);
				workerPort.postMessage({
					id,
					reject,
					properties: extractProperties(reject)
				});
				Atomics.add(sharedBufferView, 0, 1);
				Atomics.notify(sharedBufferView, 0, Infinity);
			});
		}
	};
	if (isInternalWorkerThread) startSyncServiceWorker();
	var node_default = node_exports;
	0 && (module.exports = {
		analyzeMetafile,
		analyzeMetafileSync,
		build,
		buildSync,
		context,
		formatMessages,
		formatMessagesSync,
		initialize,
		stop,
		transform,
		transformSync,
		version
	});
}));
// src/main/core/store/sqlite/index.ts
/** Below this size a ledger's quick_check is too quick to announce. */
var ANNOUNCE_CHECK_BYTES = 67108864;
var PROGRESS_EVERY_MS = 5e3;
function sizeOf(file) {
	try {
		return (0, node_fs.statSync)(file).size + ((0, node_fs.existsSync)(`${file}-wal`) ? (0, node_fs.statSync)(`${file}-wal`).size : 0);
	} catch {
		return 0;
	}
}
/** Methods served by the reader thread; everything else is a change and goes to the writer. */
var READS = {
	transfers: /* @__PURE__ */ new Set([
		"getRecord",
		"get",
		"list"
	]),
	events: /* @__PURE__ */ new Set(["find", "listForTransfer"]),
	deliveries: /* @__PURE__ */ new Set([
		"get",
		"getRaw",
		"listForTransfer",
		"listClaimingTransfer",
		"rejectedCount",
		"lastReceivedAt",
		"list"
	]),
	sessions: /* @__PURE__ */ new Set([
		"get",
		"findByTransactionId",
		"recent",
		"sdkEvents",
		"expiredWaiting",
		"charges"
	]),
	customers: /* @__PURE__ */ new Set(["connections"]),
	settings: /* @__PURE__ */ new Set(["get", "all"]),
	audit: /* @__PURE__ */ new Set(["list"]),
	downtime: /* @__PURE__ */ new Set([
		"openWindow",
		"get",
		"list",
		"unreconciled"
	]),
	reconcileRuns: /* @__PURE__ */ new Set([
		"getRun",
		"listRuns",
		"runsBetween",
		"pendingTransfers",
		"unlinkedSessions"
	]),
	shifts: /* @__PURE__ */ new Set([
		"current",
		"get",
		"list",
		"salesBetween",
		"paidSalesBetween"
	]),
	ops: /* @__PURE__ */ new Set()
};
var sourceBundle = null;
/**
* The built worker next to the bundle (out/main), or — when the app runs from its TypeScript
* source (tests, tsx scripts) — the source bundled once per process with esbuild, so every
* thread starts as plain JavaScript in a few milliseconds.
*/
function workerEntry() {
	const built = (0, node_path.join)(__dirname, "sqlite-worker.js");
	for (const f of [built, (0, node_path.join)(__dirname, "..", "sqlite-worker.js")]) if ((0, node_fs.existsSync)(f)) return f;
	const source = (0, node_path.join)(__dirname, "worker.ts");
	if (!(0, node_fs.existsSync)(source)) throw new Error(`The SQLite worker is missing (looked for ${built}); run the build (npm run build).`);
	if (sourceBundle && (0, node_fs.existsSync)(sourceBundle)) return sourceBundle;
	const cache = (0, node_path.join)(__dirname, "..", "..", "..", "..", "..", "node_modules", ".cache", "countertop-sqlite-worker");
	(0, node_fs.mkdirSync)(cache, { recursive: true });
	const code = require_main().buildSync({
		entryPoints: [source],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node22",
		write: false,
		external: ["better-sqlite3"],
		logLevel: "silent"
	}).outputFiles[0].contents;
	const outfile = (0, node_path.join)(cache, `${(0, node_crypto.createHash)("sha256").update(code).digest("hex").slice(0, 16)}.js`);
	if (!(0, node_fs.existsSync)(outfile)) {
		const stale = Date.now() - 36e5;
		for (const old of (0, node_fs.readdirSync)(cache)) {
			const f = (0, node_path.join)(cache, old);
			try {
				if ((0, node_fs.statSync)(f).mtimeMs < stale) (0, node_fs.rmSync)(f, { force: true });
			} catch {}
		}
		const tmp = `${outfile}.${process.pid}.tmp`;
		(0, node_fs.writeFileSync)(tmp, code);
		(0, node_fs.renameSync)(tmp, outfile);
	}
	sourceBundle = outfile;
	return outfile;
}
function startThread(config, onExit, trace = null) {
	const worker = new node_worker_threads.Worker(workerEntry(), {
		workerData: config,
		name: `sqlite-${config.role}`
	});
	let nextId = 1;
	const waiting = /* @__PURE__ */ new Map();
	let closed = false;
	/** Why the thread is gone when it stopped on its own (not by close()). */
	let stopped = null;
	return new Promise((resolve, reject) => {
		worker.on("message", (m) => {
			if (m.t === "ready") resolve({
				worker,
				post: (msg) => worker.postMessage(msg),
				request(msg) {
					if (closed) return Promise.reject(stopped ?? Object.assign(/* @__PURE__ */ new Error("The ledger is closed."), { code: "STORE_CLOSED" }));
					const id = nextId++;
					return new Promise((res, rej) => {
						waiting.set(id, {
							resolve: res,
							reject: rej
						});
						worker.postMessage({
							...msg,
							id
						});
					});
				},
				async close() {
					if (closed) return;
					const id = nextId++;
					const done = new Promise((res, rej) => waiting.set(id, {
						resolve: res,
						reject: rej
					}));
					worker.postMessage({
						t: "close",
						id
					});
					closed = true;
					await done;
					await worker.terminate();
				}
			});
			else if (m.t === "fatal") reject(require_protocol.deserializeError(m.error));
			else if (m.t === "result") {
				const w = waiting.get(m.id);
				waiting.delete(m.id);
				if (!w) return;
				if (m.ok) w.resolve("json" in m ? new require_protocol.Serialized(m.json) : m.value);
				else w.reject(require_protocol.deserializeError(m.error));
			} else if (m.t === "ingested") {
				if (m.durableAt !== void 0) trace?.line([require_protocol.preciseNow() - m.durableAt]);
				const w = waiting.get(m.id);
				waiting.delete(m.id);
				w?.resolve(m.results.map((r) => "error" in r ? require_protocol.deserializeError(r.error) : r));
			}
		});
		worker.on("error", (err) => {
			reject(err);
			for (const w of waiting.values()) w.reject(err);
			waiting.clear();
		});
		worker.on("exit", (code) => {
			const err = Object.assign(/* @__PURE__ */ new Error(`The ledger's ${config.role} thread stopped (exit ${code}).`), { code: "STORE_UNAVAILABLE" });
			for (const w of waiting.values()) w.reject(err);
			waiting.clear();
			if (!closed) {
				stopped = err;
				onExit(config.role, code);
			}
			closed = true;
		});
	});
}
async function openSqliteStore(opts) {
	const base = {
		file: opts.file,
		synchronous: opts.synchronous,
		nativeBinding: opts.nativeBinding
	};
	const gate = new SharedArrayBuffer(4);
	/** COUNTERTOP_ACK_TRACE: this thread's side of the ack trace (./ack-trace.ts), null when off. */
	const trace = require_protocol.ackTrace("main");
	let isOpen = true;
	const onExit = (role, code) => {
		if (isOpen) process.emitWarning(`countertop: the SQLite ${role} thread exited (${code})`);
	};
	const bytes = sizeOf(opts.file);
	const mb = (bytes / 1048576).toFixed(0);
	const t0 = Date.now();
	if (bytes >= ANNOUNCE_CHECK_BYTES) opts.onProgress?.(`checking the ledger ${opts.file} (${mb} MB) before start…`);
	const progress = opts.onProgress ? setInterval(() => opts.onProgress(`still checking the ledger ${opts.file} (${mb} MB; PRAGMA quick_check, then any migrations): ${Math.round((Date.now() - t0) / 1e3)} s so far…`), PROGRESS_EVERY_MS) : null;
	let writer;
	try {
		writer = await startThread({
			...base,
			role: "writer",
			gate,
			limits: opts.limits
		}, onExit, trace);
	} finally {
		if (progress) clearInterval(progress);
	}
	if (bytes >= ANNOUNCE_CHECK_BYTES || Date.now() - t0 >= PROGRESS_EVERY_MS) opts.onProgress?.(`ledger ${opts.file} checked and opened in ${((Date.now() - t0) / 1e3).toFixed(1)} s`);
	let reader;
	let checkpointer;
	try {
		[reader, checkpointer] = await Promise.all([startThread({
			...base,
			role: "reader"
		}, onExit), startThread({
			...base,
			role: "checkpointer",
			gate
		}, onExit)]);
	} catch (err) {
		await writer.close().catch(() => {});
		throw err;
	}
	return {
		...Object.fromEntries(REPOS.map((repo) => [repo, new Proxy({}, { get(_t, method) {
			if (typeof method !== "string") return void 0;
			const thread = READS[repo]?.has(method) ? reader : writer;
			return (...args) => thread.request({
				t: "call",
				repo,
				method,
				args
			});
		} })])),
		engine: "sqlite",
		views: Object.fromEntries(Object.keys(require_record.VIEWS).map((name) => [name, (arg) => reader.request({
			t: "view",
			name,
			arg
		})])),
		get open() {
			return isOpen;
		},
		recordDeliveries: (batch) => writer.request({
			t: "ingest",
			batch,
			...trace ? { sentAt: require_protocol.preciseNow() } : {}
		}),
		runExclusive: (_job, fn) => fn(),
		recordAnswerTimes(rows) {
			if (isOpen && rows.length) writer.post({
				t: "answers",
				rows
			});
		},
		integrityCheck: () => reader.request({
			t: "call",
			repo: "self",
			method: "integrityCheck",
			args: []
		}),
		quickCheck: () => reader.request({
			t: "call",
			repo: "self",
			method: "quickCheck",
			args: []
		}),
		probeWrite: async () => {
			await Promise.all([writer.request({ t: "probe" }), checkpointer.request({ t: "probe" })]);
		},
		async stats() {
			const [w, c] = await Promise.all([writer.request({ t: "stats" }), checkpointer.request({ t: "stats" })]);
			return {
				walBytes: w.walBytes,
				groups: w.groups,
				deliveries: w.deliveries,
				maxGroupSize: w.maxGroupSize,
				forcedCheckpoints: w.forcedCheckpoints,
				passiveCheckpoints: c.passive,
				truncateCheckpoints: c.truncate,
				checkpointBusy: c.busy,
				maxWalBytes: c.maxWalBytes
			};
		},
		async close() {
			if (!isOpen) return;
			isOpen = false;
			await Promise.allSettled([reader.close(), checkpointer.close()]);
			await writer.close();
			trace?.close();
		}
	};
}
// src/main/core/webhooks/signature.ts
var SIGNATURE_HEADER = "x-mesh-signature-256";
/** base64(HMAC-SHA256(utf8(secret), rawBody)) — what Mesh puts in X-Mesh-Signature-256. */
function signBody(secret, rawBody) {
	return (0, node_crypto.createHmac)("sha256", secret).update(rawBody).digest("base64");
}
/**
* Checks the header against the raw bytes in constant time, before anything is parsed.
* Gap decision (reference §7.3): an optional `sha256=` prefix is tolerated, surrounding
* whitespace is trimmed; a repeated header (which Node joins with ", ") does not match.
*/
function verifySignature(secret, rawBody, header) {
	if (header === void 0) return "missing";
	if (Array.isArray(header)) return "invalid";
	let given = header.trim();
	if (given === "") return "missing";
	if (given.toLowerCase().startsWith("sha256=")) given = given.slice(7);
	const expected = Buffer.from(signBody(secret, rawBody), "utf8");
	const actual = Buffer.from(given, "utf8");
	if (actual.length !== expected.length) {
		(0, node_crypto.timingSafeEqual)(expected, expected);
		return "invalid";
	}
	return (0, node_crypto.timingSafeEqual)(expected, actual) ? "valid" : "invalid";
}
// src/main/core/webhooks/ingest.ts
/**
* Pure: the signature check on the raw bytes, then the body's reading (its text decoded:
* a UTF-8 byte-order mark stripped, UTF-16 read as such). staleAfterMs: see InterpretOptions.
*/
function prepareDelivery(d, secret, opts = {}) {
	const sig = verifySignature(secret, d.raw, d.headers[SIGNATURE_HEADER]);
	if (sig !== "valid") return {
		d,
		kind: "rejected",
		verdict: sig === "missing" ? "signature_missing" : "signature_invalid",
		httpStatus: 401,
		reason: sig === "missing" ? "X-Mesh-Signature-256 header is missing" : "signature does not match the body"
	};
	const parsed = require_record.interpretBody(d.raw, {
		receivedAt: d.receivedAt,
		staleAfterMs: opts.staleAfterMs
	});
	if (parsed.kind === "malformed") return {
		d,
		kind: "signed",
		parsed
	};
	const { json: _json, ...rest } = parsed;
	return {
		d,
		kind: "signed",
		parsed: rest
	};
}
function createIngestor(deps) {
	return {
		/**
		* Verifies and records several deliveries; resolves once they are durable. Per delivery:
		* its result, or the Error that kept it from being stored (answer that one 503).
		*/
		ingestMany(ds) {
			const secret = deps.secret();
			return deps.store.recordDeliveries(ds.map((d) => prepareDelivery(d, secret, { staleAfterMs: deps.staleAfterMs })));
		},
		/** One delivery; throws when it could not be stored. */
		async ingest(d) {
			const [r] = await this.ingestMany([d]);
			if (r instanceof Error) throw r;
			return r;
		},
		/** Records a request refused before it could be verified (too large, broken framing, source not allowed). */
		async recordRejected(d, verdict, httpStatus) {
			const [r] = await deps.store.recordDeliveries([{
				d,
				kind: "rejected",
				verdict,
				httpStatus,
				reason: null
			}]);
			if (r instanceof Error) throw r;
			return r.deliveryRowId;
		},
		now: deps.now ?? Date.now
	};
}
// src/main/core/webhooks/receiver.ts
var WEBHOOK_PATH = "/webhooks/mesh";
/** How long a sender may take: headers 5 s, the whole request 10 s; checked every second (Node's default is 30 s). */
var SLOW_SENDER_LIMITS = {
	headersTimeoutMs: 5e3,
	requestTimeoutMs: 1e4,
	checkIntervalMs: 1e3
};
var HEALTH_PROBE_TIMEOUT_MS = 2e3;
/** /healthz's storage verdict, probed at most once per HEALTH_CACHE_MS (concurrent callers share one probe). */
function createHealthProbe(check, now = Date.now, onChange) {
	let last = null;
	let inflight = null;
	const probe = async () => {
		if (!check) return {
			ok: true,
			reason: null
		};
		let timer;
		try {
			await Promise.race([check(), new Promise((_r, reject) => {
				timer = setTimeout(() => reject(/* @__PURE__ */ new Error(`the ledger did not answer within ${HEALTH_PROBE_TIMEOUT_MS} ms`)), HEALTH_PROBE_TIMEOUT_MS);
				timer.unref();
			})]);
			return {
				ok: true,
				reason: null
			};
		} catch (err) {
			return {
				ok: false,
				reason: err?.message ?? String(err)
			};
		} finally {
			clearTimeout(timer);
		}
	};
	return () => {
		if (last && now() - last.at < 1e3) return Promise.resolve(last);
		inflight ??= probe().then((r) => {
			if (!last || last.ok !== r.ok) onChange?.(r.ok, r.reason);
			last = {
				at: now(),
				...r
			};
			inflight = null;
			return r;
		});
		return inflight;
	};
}
function clientAddress(req) {
	return req.socket?.remoteAddress ?? null;
}
/**
* Broken framing gets one 400 and a clean close. The client may still be sending the rest of
* what it meant as a body: that is read and dropped until it is done (or for 2 s), because
* closing with unread bytes makes the kernel answer with a reset and the 400 may be lost.
* (Fastify's default handler destroys the socket at once.)
*/
function answerBrokenFraming(err, socket) {
	if (err.code === "ECONNRESET" || socket.destroyed) return;
	if (!socket.writable) return void socket.destroy();
	const timeout = err.code === "ERR_HTTP_REQUEST_TIMEOUT";
	socket.end(timeout ? "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n" : "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
	socket.resume();
	setTimeout(() => socket.destroy(), 2e3).unref();
}
async function startReceiver(opts) {
	const bodyLimit = opts.bodyLimit ?? 262144;
	const app = (0, fastify.default)({
		...opts.logger ? { loggerInstance: opts.logger } : { logger: false },
		logController: new fastify.LogController({ disableRequestLogging: true }),
		childLoggerFactory: (logger) => logger,
		clientErrorHandler: answerBrokenFraming,
		bodyLimit,
		return503OnClosing: true,
		connectionTimeout: 1e4,
		requestTimeout: SLOW_SENDER_LIMITS.requestTimeoutMs,
		keepAliveTimeout: 5e3,
		routerOptions: { maxParamLength: 200 },
		http: {
			maxHeaderSize: 16384,
			headersTimeout: SLOW_SENDER_LIMITS.headersTimeoutMs,
			connectionsCheckingInterval: SLOW_SENDER_LIMITS.checkIntervalMs
		}
	});
	app.addHook("onRequest", async (req) => {
		if (req.method !== "POST") return;
		const ct = req.headers["content-type"];
		if (ct !== void 0) {
			req.countertop = {
				...req.countertop,
				contentType: ct
			};
			req.headers["content-type"] = "application/octet-stream";
		}
	});
	app.removeAllContentTypeParsers();
	app.addContentTypeParser("*", {
		parseAs: "buffer",
		bodyLimit
	}, (_req, body, done) => done(null, body));
	const storage = createHealthProbe(opts.storageCheck, Date.now, (ok, reason) => {
		if (ok) app.log.info("webhook: storage writable again; /healthz answers 200");
		else app.log.error({ reason }, "webhook: storage cannot write; /healthz answers 503");
	});
	app.get("/healthz", async (_req, reply) => {
		if ((await storage()).ok) return { ok: true };
		return reply.code(503).send({
			ok: false,
			error: "storage_unavailable",
			message: "the ledger cannot store deliveries right now"
		});
	});
	let queue = [];
	const flush = () => {
		const batch = queue;
		queue = [];
		opts.ingestor.ingestMany(batch.map((b) => b.d)).then((results) => batch.forEach((b, i) => {
			const r = results[i];
			if (r instanceof Error) b.reject(r);
			else b.resolve(r);
		}), (err) => {
			for (const b of batch) b.reject(err);
		});
	};
	const record = (d) => new Promise((resolve, reject) => {
		if (queue.push({
			d,
			resolve,
			reject
		}) === 1) setImmediate(flush);
	});
	app.post(WEBHOOK_PATH, async (req, reply) => {
		const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
		const headers = req.countertop?.contentType !== void 0 ? {
			...req.headers,
			"content-type": req.countertop.contentType
		} : req.headers;
		const remoteAddress = clientAddress(req);
		if (opts.sourceAllowed) {
			const xff = req.headers["x-forwarded-for"];
			if (!opts.sourceAllowed(remoteAddress, Array.isArray(xff) ? xff.join(", ") : xff)) {
				req.countertop = { rowId: await opts.ingestor.recordRejected({
					raw,
					headers,
					remoteAddress,
					receivedAt: opts.ingestor.now()
				}, "source_not_allowed", 403) };
				reply.code(403);
				return {
					ok: false,
					error: "source_not_allowed",
					message: "this sender is not on the IP allowlist"
				};
			}
		}
		const result = await record({
			raw,
			headers,
			remoteAddress,
			receivedAt: opts.ingestor.now()
		});
		req.countertop = {
			result,
			rowId: result.deliveryRowId
		};
		reply.code(result.httpStatus);
		if (result.httpStatus === 200) return {
			ok: true,
			verdict: result.verdict
		};
		return {
			ok: false,
			error: result.verdict,
			message: result.reason
		};
	});
	app.setNotFoundHandler((_req, reply) => {
		reply.code(404).send({
			ok: false,
			error: "not_found"
		});
	});
	app.setErrorHandler(async (err, req, reply) => {
		const status = err.statusCode ?? 500;
		if (status === 413 || status >= 400 && status < 500) {
			const verdict = status === 413 ? "too_large" : "bad_request";
			if (req.method === "POST" && req.url.split("?")[0] === "/webhooks/mesh" && !req.countertop?.result) try {
				req.countertop = { rowId: await opts.ingestor.recordRejected({
					raw: Buffer.alloc(0),
					headers: req.headers,
					remoteAddress: clientAddress(req),
					receivedAt: opts.ingestor.now()
				}, verdict, status) };
			} catch {}
			return reply.code(status).send({
				ok: false,
				error: verdict,
				message: err.message
			});
		}
		app.log.error({ err }, "webhook: could not store delivery; answered 503 (Mesh will retry)");
		return reply.code(503).send({
			ok: false,
			error: "unavailable",
			message: "could not store the delivery; retry"
		});
	});
	app.addHook("onResponse", async (req, reply) => {
		const rowId = req.countertop?.rowId;
		if (rowId !== void 0) opts.onAnswered?.(rowId, reply.elapsedTime);
		const result = req.countertop?.result;
		if (result) opts.onDelivered?.(result);
	});
	await app.listen({
		host: opts.host,
		port: opts.port
	});
	const addr = app.server.address();
	const port = typeof addr === "object" && addr ? addr.port : opts.port;
	return {
		app,
		port,
		url: `http://${opts.host}:${port}${WEBHOOK_PATH}`,
		close: () => app.close()
	};
}
// src/main/core/mesh/errors.ts
var MeshError = class extends Error {
	name = "MeshError";
	code;
	httpStatus;
	meshStatus;
	meshMessage;
	displayMessage;
	errorType;
	retryable;
	retryAfterSeconds;
	attempts;
	request;
	constructor(code, message, details = {}, options) {
		super(message, options);
		this.code = code;
		this.httpStatus = details.httpStatus ?? null;
		this.meshStatus = details.meshStatus ?? null;
		this.meshMessage = details.meshMessage ?? null;
		this.displayMessage = details.displayMessage ?? null;
		this.errorType = details.errorType ?? null;
		this.retryable = details.retryable ?? false;
		this.retryAfterSeconds = details.retryAfterSeconds ?? null;
		this.attempts = details.attempts ?? 1;
		this.request = details.request ?? null;
	}
	toJSON() {
		return {
			name: this.name,
			code: this.code,
			message: this.message,
			httpStatus: this.httpStatus,
			meshStatus: this.meshStatus,
			meshMessage: this.meshMessage,
			displayMessage: this.displayMessage,
			errorType: this.errorType,
			retryable: this.retryable,
			attempts: this.attempts,
			request: this.request
		};
	}
};
function isMeshError(e) {
	return e instanceof MeshError;
}
var RETRYABLE_CODES = /* @__PURE__ */ new Set([
	"MESH_RATE_LIMITED",
	"MESH_UNAVAILABLE",
	"MESH_TIMEOUT"
]);
function isRetryableCode(code) {
	return RETRYABLE_CODES.has(code);
}
function meshWords(env) {
	const m = env?.message ?? env?.displayMessage;
	return m ? `: ${m}` : "";
}
/** Parses a Retry-After header given in seconds (HTTP-date forms are ignored). */
function parseRetryAfter(value) {
	if (!value) return null;
	const n = Number(value.trim());
	return Number.isFinite(n) && n >= 0 ? n : null;
}
/**
* What an HTTP answer from Mesh means. `body` is the parsed JSON (or null when the body was
* empty or not JSON; `bodyWasJson` tells those apart for 200 answers).
*/
function classifyResponse(httpStatus, body, bodyWasJson, retryAfter = null) {
	const env = body !== null && typeof body === "object" && !Array.isArray(body) ? body : null;
	const details = {
		httpStatus,
		meshStatus: typeof env?.status === "string" ? env.status : null,
		meshMessage: env?.message ?? null,
		displayMessage: env?.displayMessage ?? null,
		errorType: env?.errorType ?? null,
		retryAfterSeconds: parseRetryAfter(retryAfter)
	};
	const fail = (code, message) => ({
		ok: false,
		error: new MeshError(code, message, {
			...details,
			retryable: isRetryableCode(code)
		})
	});
	if (env?.status === "tooManyRequest" || httpStatus === 429) return fail("MESH_RATE_LIMITED", `Mesh is rate limiting this client${meshWords(env)}. Wait a moment and try again.`);
	if (httpStatus === 401) return fail("MESH_AUTH_FAILED", "Mesh rejected the credentials: check the client id and API key for this environment (sandbox and production keys are separate).");
	if (httpStatus === 403 || env?.status === "permissionDenied") return fail("MESH_PERMISSION_DENIED", `Mesh refused the request${meshWords(env)}. The API key needs the "Read & Write" permission; change it in the Mesh dashboard under Account > API keys.`);
	if (httpStatus === 404 || env?.status === "notFound") return fail("MESH_NOT_FOUND", `Mesh could not find what was asked for${meshWords(env)}. Check the client id and the environment (sandbox or production).`);
	if (httpStatus >= 500 || env?.status === "serverFailure") return fail("MESH_UNAVAILABLE", `Mesh is unavailable (HTTP ${httpStatus})${meshWords(env)}. Try again later.`);
	if (httpStatus >= 400 || env?.status !== void 0 && env.status !== "ok") return fail("MESH_REQUEST_REJECTED", `Mesh rejected the request: ${env?.message ?? env?.displayMessage ?? `HTTP ${httpStatus}`}`);
	if (httpStatus < 200 || httpStatus >= 300) return fail("MESH_BAD_RESPONSE", `Mesh answered with unexpected HTTP ${httpStatus}.`);
	if (!bodyWasJson || env === null) return fail("MESH_BAD_RESPONSE", "Mesh answered with a body that is not a JSON envelope.");
	return {
		ok: true,
		content: env.content ?? null,
		envelope: env
	};
}
/** Copies only the listed keys whose value is not undefined (Mesh rejects unknown properties). */
function pick(src, keys) {
	const out = {};
	for (const k of keys) {
		const v = src[k];
		if (v !== void 0) out[k] = v;
	}
	return out;
}
var TRANSFER_OPTION_KEYS = [
	"toAddresses",
	"amountInFiat",
	"transactionId",
	"clientFee",
	"transferType",
	"fundingOptions",
	"isInclusiveFeeEnabled",
	"description",
	"goodsDetails",
	"generatePayLink"
];
var TO_ADDRESS_KEYS = [
	"networkId",
	"symbol",
	"address",
	"addressTag",
	"amount",
	"displayAmountInFiat"
];
var GOODS_KEYS = [
	"goodsType",
	"goodsCategory",
	"referenceGoodsId",
	"goodsName",
	"goodsDetail"
];
var VERIFY_KEYS = [
	"message",
	"verificationMethods",
	"addresses",
	"networkId",
	"networkType"
];
function transferOptionsBody(t) {
	const out = pick(t, TRANSFER_OPTION_KEYS);
	if (Array.isArray(t.toAddresses)) out.toAddresses = t.toAddresses.map((a) => pick(a, TO_ADDRESS_KEYS));
	if (Array.isArray(t.goodsDetails)) out.goodsDetails = t.goodsDetails.map((g) => pick(g, GOODS_KEYS));
	if (t.fundingOptions) out.fundingOptions = pick(t.fundingOptions, ["enabled"]);
	return out;
}
/** The JSON body of `POST /api/v1/linktoken`: camelCase, known fields only, undefined dropped. */
function buildLinkTokenBody(req) {
	const out = pick(req, require_emulator.LINK_TOKEN_REQUEST_KEYS);
	if (req.transferOptions) out.transferOptions = transferOptionsBody(req.transferOptions);
	if (req.verifyWalletOptions) out.verifyWalletOptions = pick(req.verifyWalletOptions, VERIFY_KEYS);
	return out;
}
/**
* The query string of `GET /api/v1/transfers/managed/mesh`: PascalCase keys, array filters as
* repeated keys (`Statuses=a&Statuses=b`, the .NET binding convention; reference gap 12).
* Throws RangeError for a page size outside 1..100.
*/
function buildTransfersQuery(q) {
	const p = new URLSearchParams();
	if (q.count !== void 0) {
		if (!Number.isInteger(q.count) || q.count < 1 || q.count > 100) throw new RangeError(`count must be an integer from 1 to 100; got ${q.count}`);
		p.set("Count", String(q.count));
	}
	if (q.offset !== void 0) {
		if (!Number.isInteger(q.offset) || q.offset < 0) throw new RangeError(`offset must be a non-negative integer; got ${q.offset}`);
		p.set("Offset", String(q.offset));
	}
	const scalar = [
		["Id", q.id],
		["ClientTransactionId", q.clientTransactionId],
		["UserId", q.userId],
		["FromTimestamp", q.fromTimestamp],
		["ToTimestamp", q.toTimestamp],
		["MinAmountInFiat", q.minAmountInFiat],
		["MaxAmountInFiat", q.maxAmountInFiat],
		["OrderBy", q.orderBy],
		["DescendingOrder", q.descendingOrder],
		["Hash", q.hash],
		["SubClientId", q.subClientId],
		["IsSandBox", q.isSandBox]
	];
	for (const [k, v] of scalar) if (v !== void 0 && v !== "") p.set(k, String(v));
	for (const s of q.statuses ?? []) p.append("Statuses", s);
	for (const id of q.integrationIds ?? []) p.append("IntegrationIds", id);
	return p;
}
/**
* Delay before retry number `retry` (0-based): exponential, capped, "equal jitter" (half fixed,
* half random) so retries spread out but never collapse to zero. A Retry-After from Mesh is
* honoured when longer, up to the cap.
*/
function backoffDelay(retry, opts) {
	const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** retry);
	const jittered = exp / 2 + exp / 2 * Math.min(Math.max(opts.random, 0), 1);
	const after = opts.retryAfterSeconds != null ? Math.min(opts.maxMs, opts.retryAfterSeconds * 1e3) : 0;
	return Math.round(Math.max(jittered, after));
}
/** Link token and payment link from either `content.*` (spec) or the top level (Paylinks guide; gap 8). */
function readLinkToken(body) {
	const o = body !== null && typeof body === "object" ? body : {};
	const c = o.content !== null && typeof o.content === "object" ? o.content : {};
	const str = (v) => typeof v === "string" && v.length > 0 ? v : null;
	return {
		linkToken: str(c.linkToken) ?? str(o.linkToken),
		paymentLink: str(c.paymentLink) ?? str(o.paymentLink)
	};
}
// src/main/core/mesh/types.ts
var MESH_BASE_URLS = {
	sandbox: "https://sandbox-integration-api.meshconnect.com",
	production: "https://integration-api.meshconnect.com"
};
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function resolveBaseUrl(opts) {
	const raw = opts.baseUrl ?? (opts.environment ? MESH_BASE_URLS[opts.environment] : void 0);
	if (!raw) throw new TypeError("createMeshClient needs either baseUrl or environment (\"sandbox\" | \"production\")");
	const url = new URL(raw);
	if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError(`Mesh base URL must be http(s); got ${url.protocol}`);
	return url.toString().replace(/\/+$/, "");
}
function createMeshClient(options) {
	const baseUrl = resolveBaseUrl(options);
	if (!options.clientId || !options.clientSecret) throw new TypeError("createMeshClient needs clientId and clientSecret");
	const clientId = options.clientId;
	const clientSecret = options.clientSecret;
	const timeoutMs = options.timeoutMs ?? 15e3;
	const maxRetries = Math.max(0, options.maxRetries ?? 3);
	const baseMs = options.backoffBaseMs ?? 300;
	const maxMs = options.backoffMaxMs ?? 8e3;
	const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
	const sleep = options.sleep ?? defaultSleep;
	const random = options.random ?? Math.random;
	const now = options.now ?? Date.now;
	const log = options.log;
	async function once(req, signal) {
		const qs = req.query?.toString();
		const url = `${baseUrl}${req.path}${qs ? `?${qs}` : ""}`;
		const controller = new AbortController();
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, timeoutMs);
		const onCallerAbort = () => controller.abort();
		signal?.addEventListener("abort", onCallerAbort, { once: true });
		try {
			const headers = {
				Accept: "application/json",
				"X-Client-Id": clientId,
				"X-Client-Secret": clientSecret
			};
			if (req.body !== void 0) headers["Content-Type"] = "application/json";
			let res;
			let text;
			try {
				res = await doFetch(url, {
					method: req.method,
					headers,
					body: req.body !== void 0 ? JSON.stringify(req.body) : void 0,
					signal: controller.signal
				});
				text = await res.text();
			} catch (cause) {
				if (signal?.aborted) throw signal.reason ?? cause;
				if (timedOut) return {
					ok: false,
					error: new MeshError("MESH_TIMEOUT", `Mesh did not answer within ${timeoutMs} ms. Check the network connection and try again.`, { retryable: true })
				};
				const why = cause instanceof Error ? cause.cause instanceof Error ? cause.cause.message : cause.message : String(cause);
				return {
					ok: false,
					error: new MeshError("MESH_UNAVAILABLE", `Could not reach Mesh at ${new URL(baseUrl).host} (${why}). Check the network connection and try again.`, { retryable: true }, { cause })
				};
			}
			let parsed = null;
			let wasJson = false;
			if (text.length > 0) try {
				parsed = JSON.parse(text);
				wasJson = true;
			} catch {
				parsed = null;
			}
			const verdict = classifyResponse(res.status, parsed, wasJson, res.headers.get("retry-after"));
			return verdict.ok ? {
				ok: true,
				content: verdict.content,
				raw: parsed,
				httpStatus: res.status
			} : verdict;
		} finally {
			clearTimeout(timer);
			signal?.removeEventListener("abort", onCallerAbort);
		}
	}
	/** The injected sleep, cut short (with the caller's reason) if the caller aborts meanwhile. */
	function abortableSleep(ms, signal) {
		if (!signal) return sleep(ms);
		signal.throwIfAborted();
		return new Promise((resolve, reject) => {
			const onAbort = () => reject(signal.reason);
			signal.addEventListener("abort", onAbort, { once: true });
			sleep(ms).then(() => {
				signal.removeEventListener("abort", onAbort);
				resolve();
			}, (e) => {
				signal.removeEventListener("abort", onAbort);
				reject(e);
			});
		});
	}
	async function call(req, callOpts = {}) {
		const label = `${req.method} ${req.path}`;
		for (let attempt = 1;; attempt++) {
			callOpts.signal?.throwIfAborted();
			const started = now();
			const result = await once(req, callOpts.signal);
			const durationMs = now() - started;
			if (result.ok) {
				log?.({
					method: req.method,
					path: req.path,
					attempt,
					httpStatus: result.httpStatus,
					durationMs,
					outcome: "ok"
				});
				return {
					content: result.content,
					raw: result.raw
				};
			}
			const err = result.error;
			err.attempts = attempt;
			err.request = label;
			const retry = isRetryableCode(err.code) && attempt <= maxRetries;
			log?.({
				method: req.method,
				path: req.path,
				attempt,
				httpStatus: err.httpStatus,
				durationMs,
				outcome: retry ? "retry" : "error",
				code: err.code
			});
			if (!retry) {
				if (attempt > 1 && isRetryableCode(err.code)) err.message = `${err.message} (gave up after ${attempt} attempts)`;
				throw err;
			}
			await abortableSleep(backoffDelay(attempt - 1, {
				baseMs,
				maxMs,
				random: random(),
				retryAfterSeconds: err.retryAfterSeconds
			}), callOpts.signal);
		}
	}
	async function getLinkToken(request, callOpts) {
		const { raw } = await call({
			method: "POST",
			path: "/api/v1/linktoken",
			body: buildLinkTokenBody(request)
		}, callOpts);
		const { linkToken, paymentLink } = readLinkToken(raw);
		if (!linkToken) throw new MeshError("MESH_BAD_RESPONSE", "Mesh answered without a link token.", {
			httpStatus: 200,
			request: "POST /api/v1/linktoken"
		});
		return {
			linkToken,
			paymentLink
		};
	}
	async function listTransfers(query = {}, callOpts) {
		const { content } = await call({
			method: "GET",
			path: "/api/v1/transfers/managed/mesh",
			query: buildTransfersQuery(query)
		}, callOpts);
		const items = content?.items;
		if (content === null || items != null && !Array.isArray(items)) throw new MeshError("MESH_BAD_RESPONSE", "Mesh answered the transfer list without a list of items.", {
			httpStatus: 200,
			request: "GET /api/v1/transfers/managed/mesh"
		});
		const list = items ?? [];
		return {
			items: list,
			total: typeof content.total === "number" ? content.total : list.length
		};
	}
	async function* iterateTransfers(query = {}, opts = {}) {
		const pageSize = opts.pageSize ?? 100;
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) throw new RangeError(`pageSize must be an integer from 1 to 100; got ${pageSize}`);
		const limit = opts.limit ?? Infinity;
		let offset = 0;
		let yielded = 0;
		for (;;) {
			const page = await listTransfers({
				...query,
				count: pageSize,
				offset
			}, { signal: opts.signal });
			for (const item of page.items) {
				if (yielded >= limit) return;
				yield item;
				yielded++;
			}
			offset += page.items.length;
			if (page.items.length < pageSize || offset >= page.total || yielded >= limit) return;
		}
	}
	async function listAllTransfers(query = {}, opts = {}) {
		const all = [];
		for await (const t of iterateTransfers(query, opts)) all.push(t);
		return all;
	}
	return {
		baseUrl,
		getLinkToken,
		listTransfers,
		iterateTransfers,
		listAllTransfers
	};
}
// src/main/core/settings/counter.ts
var COUNTER_KEYS = {
	currency: "currency",
	locale: "locale",
	fxRates: "fxRates",
	saleLimit: "saleLimit",
	shop: "shop",
	paidSound: "paidSound",
	notifications: "notifications"
};
/** Defaults: USD, the system's locale, no rates, no limit, no shop details, cues off (notifications need the browser's permission, asked only when turned on). */
var COUNTER_DEFAULTS = {
	currency: "USD",
	locale: null,
	fxRates: {},
	saleLimit: null,
	shop: {
		name: "",
		address: ""
	},
	paidSound: false,
	notifications: false
};
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function readCounterConfig(store) {
	const s = store.settings;
	const [currency, locale, fxRates, saleLimit, shop, paidSound, notifications] = await Promise.all([
		s.get(COUNTER_KEYS.currency),
		s.get(COUNTER_KEYS.locale),
		s.get(COUNTER_KEYS.fxRates),
		s.get(COUNTER_KEYS.saleLimit),
		s.get(COUNTER_KEYS.shop),
		s.get(COUNTER_KEYS.paidSound),
		s.get(COUNTER_KEYS.notifications)
	]);
	const d = COUNTER_DEFAULTS;
	return {
		currency: typeof currency === "string" ? currency : d.currency,
		locale: typeof locale === "string" && locale !== "" ? locale : d.locale,
		fxRates: isRecord(fxRates) ? Object.fromEntries(Object.entries(fxRates).filter((e) => typeof e[1] === "string")) : { ...d.fxRates },
		saleLimit: typeof saleLimit === "string" ? saleLimit : d.saleLimit,
		shop: isRecord(shop) ? {
			name: typeof shop.name === "string" ? shop.name : "",
			address: typeof shop.address === "string" ? shop.address : ""
		} : { ...d.shop },
		paidSound: typeof paidSound === "boolean" ? paidSound : d.paidSound,
		notifications: typeof notifications === "boolean" ? notifications : d.notifications
	};
}
/** The rate for `currency` (USD per unit), or null for USD or when none is set. */
function rateFor(cfg, currency) {
	if (currency.toUpperCase() === "USD") return null;
	return cfg.fxRates[currency.toUpperCase()] ?? null;
}
// src/shared/link-events.ts
/** Callbacks that may follow Link's QR code without the customer leaving it. */
var AFTER_QR = /* @__PURE__ */ new Set([
	"exit",
	"done",
	"close",
	"pageLoaded",
	"legalTermsViewed",
	"seeWhatHappenedClicked"
]);
/**
* The customer chose to send the payment by hand (Link showed its QR code: linkTransferQRGenerated)
* and did nothing else in Link after it: closing Link then is not abandoning the sale.
*/
function sendsManually$1(types) {
	let manual = false;
	for (const t of types) if (t === "linkTransferQRGenerated") manual = true;
	else if (!AFTER_QR.has(t)) manual = false;
	return manual;
}
// src/main/core/sales/state.ts
/** SDK callbacks that mean the customer submitted a transfer in Link. */
var SUBMITTED = /* @__PURE__ */ new Set([
	"transferFinished",
	"transferCompleted",
	"transferExecuted",
	"transferInitiated"
]);
/**
* The counter's state of a sale. In this order:
*  - ended by the counter (cancelled, abandoned, expired): final for the counter, whatever
*    arrives later (a late transfer is still recorded and linked: see isLateTransfer);
*  - the exchange declined in Link (saleDeclined) while Mesh has no final word: failed at once;
*  - Mesh's transfer: pending, then succeeded or failed;
*  - the SDK: submitted; 'exit' alone (the customer closed Link) is abandoned but NOT ended —
*    a transfer may still follow and then wins — unless the counter calls sales.end; an exit
*    after Link's QR code (the customer sends by hand, sendsManually) keeps the sale waiting;
*  - a link token past its lifetime with nothing submitted: expired (opened or not: a token
*    that has run out cannot be paid with any more).
*/
function deriveSaleState(f) {
	if (f.endReason) return f.endReason;
	if (!f.transfer?.isFinal && saleDeclined(f.sdkEvents)) return "failed";
	if (f.transfer) {
		if (f.transfer.status === "succeeded") return "succeeded";
		if (require_record.isRefundStatus(f.transfer.status)) return "succeeded";
		if (f.transfer.status === "failed") return "failed";
		return "pending";
	}
	const types = new Set(f.sdkEvents.map((e) => e.type));
	if ([...SUBMITTED].some((t) => types.has(t))) return "submitted";
	if (types.has("exit") && !sendsManually(f.sdkEvents)) return "abandoned";
	if (f.tokenExpiresAt !== null && f.now >= f.tokenExpiresAt) return "expired";
	return "waiting";
}
/** SDK callbacks in which the exchange refused the customer's transfer (Mesh's Failed webhook follows). */
var DECLINES = /* @__PURE__ */ new Set(["transferDeclined", "transferExecutionError"]);
var text$1 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, 500) : null;
/** The exchange or wallet an SDK callback names, if it names one. */
function integrationOf(e) {
	const p = e.payload;
	if (!p || typeof p !== "object") return null;
	if (e.type === "integrationConnected") return text$1((p.accessToken ?? p.delayedAuth)?.brokerName);
	if (e.type === "exit") return text$1(p.summary?.selectedIntegration?.name);
	return text$1(p.integrationName);
}
/**
* Whether a decline stands, and who declined and why: the last transferDeclined or
* transferExecutionError, unless the customer submitted a transfer after it (tried again). `by`
* is the exchange it names, else the last one named before it; `message` its errorMessage, else
* the errorMessage of Link's exit summary after it. Pure.
*/
function saleDeclined(events) {
	let named = null;
	let declined = null;
	for (const e of events) {
		const name = integrationOf(e);
		if (DECLINES.has(e.type)) {
			const p = e.payload;
			declined = {
				by: name ?? named,
				message: text$1(p?.errorMessage)
			};
		} else if (SUBMITTED.has(e.type)) declined = null;
		else if (e.type === "exit" && declined) {
			const summary = e.payload?.summary;
			declined = {
				by: declined.by ?? name,
				message: declined.message ?? text$1(summary?.errorMessage)
			};
		}
		if (name) named = name;
	}
	return declined;
}
/** The customer sends by hand (Link's QR code) and closed Link after it: see shared/link-events. */
function sendsManually(events) {
	return sendsManually$1(events.map((e) => e.type));
}
/**
* The refund of a sale's payment, or null when its transfer is in no refund status. Its time is
* that of the event that set the transfer's status; paidAt that of the applied Succeeded event.
*/
function saleRefund(transfer, events) {
	if (!transfer || !require_record.isRefundStatus(transfer.status)) return null;
	const when = (status) => {
		const e = events.filter((x) => x.applied && x.status === status).at(-1);
		return e ? e.eventTs ?? e.receivedAt : null;
	};
	return {
		status: transfer.status === "refundsucceeded" ? "succeeded" : "pending",
		at: when(transfer.status),
		refundAddress: transfer.refundAddress,
		paidAt: when("succeeded")
	};
}
/** A transfer arrived for a sale the counter had ended ("paid after cancel" when it succeeded). */
function isLateTransfer(endReason, transfer) {
	return Boolean(endReason) && transfer !== null && transfer !== void 0;
}
/**
* True once nothing more can change what the counter shows: Mesh's final word, or the counter's
* end. A sale abandoned only by the SDK's exit (no end) is not settled: a transfer may follow.
*/
function isSettled(state, endReason = null) {
	if (endReason) return true;
	return state === "succeeded" || state === "failed" || state === "expired" || state === "cancelled";
}
var SETTLING = "Mesh already has a transfer for this sale: Mesh settles it, so the counter cannot end it.";
/**
* Whether the counter may end a sale (sales.end): only one still waiting for the customer (or
* abandoned by the SDK's exit alone) with no transfer. Ending it the same way again, or Cancel
* after Escape already abandoned it, changes nothing. Anything Mesh has a transfer for (or the
* customer already submitted in Link) is Mesh's to settle.
*/
function endDecision(f, reason) {
	if (f.endReason) {
		if (f.endReason === reason || f.endReason === "abandoned" && reason === "cancelled") return { kind: "noop" };
		return {
			kind: "refuse",
			message: f.endReason === "expired" ? "This sale has already expired: its link token ran out." : `This sale was already ${f.endReason}.`
		};
	}
	if (f.hasTransfer || f.state === "pending" || f.state === "succeeded" || f.state === "failed") return {
		kind: "refuse",
		message: SETTLING
	};
	if (f.state === "submitted") return {
		kind: "refuse",
		message: "The customer already submitted the payment in Link: Mesh settles it, so the counter cannot end it."
	};
	if (f.state === "expired") return {
		kind: "refuse",
		message: "This sale has already expired: its link token ran out."
	};
	return { kind: "end" };
}
/** Where the SDK and Mesh's webhooks disagree, in words for support staff. */
function saleDisagreement(f) {
	const sdkSuccess = f.sdkEvents.some((e) => e.type === "transferFinished" && typeof e.payload === "object" && e.payload !== null && e.payload.status === "success");
	const sdkExitOnly = f.sdkEvents.some((e) => e.type === "exit") && !f.sdkEvents.some((e) => SUBMITTED.has(e.type) || DECLINES.has(e.type)) && !sendsManually(f.sdkEvents);
	if (f.transfer?.status === "failed" && sdkSuccess) return "The SDK reported success, but Mesh’s webhook says the transfer failed.";
	if (f.transfer && f.transfer.status !== "failed" && sdkExitOnly) return "Link was closed without a transfer, yet Mesh reports one for this sale.";
	return null;
}
/**
* Assets whose unit is the US dollar: a USD charge compares with their amount directly. For
* any other asset the charge was converted at a price we do not hold, so no check is made.
*/
var USD_ASSETS = /* @__PURE__ */ new Set([
	"USDC",
	"USDT",
	"PYUSD",
	"DAI",
	"USDP",
	"GUSD",
	"TUSD",
	"FDUSD",
	"USDS"
]);
var DEFAULT_AMOUNT_TOLERANCE = {
	absolute: "0.01",
	relativeBps: 50
};
var SCALE = 18;
/** A non-negative decimal string as an integer of 10^-18 units (digits past 18 dropped); null if it is not one. */
function units(s) {
	if (!require_contract.isDecimalString(s) || s.startsWith("-")) return null;
	const [int = "0", frac = ""] = s.split(".");
	return BigInt(int || "0") * 10n ** BigInt(SCALE) + BigInt((frac + "0".repeat(SCALE)).slice(0, SCALE) || "0");
}
/**
* Does Mesh's reported amount for the sale's transfer differ from what the sale charged by more
* than the tolerance? Compared when the charge is in USD and the asset paid (the transfer's
* Token, else the sale's) is a dollar stablecoin; DestinationAmount (what arrived) when Mesh
* gave it, else SourceAmount. Pure; null when it matches or cannot be compared.
*/
function saleAmountMismatch(sale, transfer, tol = DEFAULT_AMOUNT_TOLERANCE) {
	if (!transfer || sale.currency.toUpperCase() !== "USD") return null;
	const asset = (transfer.token ?? sale.asset).toUpperCase();
	if (!USD_ASSETS.has(asset)) return null;
	const field = transfer.destinationAmount !== null ? "DestinationAmount" : transfer.sourceAmount !== null ? "SourceAmount" : null;
	if (!field) return null;
	const reported = field === "DestinationAmount" ? transfer.destinationAmount : transfer.sourceAmount;
	const c = units(sale.amount);
	const r = units(reported);
	const abs = units(tol.absolute);
	if (c === null || r === null || abs === null) return null;
	const relative = c * BigInt(Math.max(0, Math.round(tol.relativeBps))) / 10000n;
	const allowed = abs > relative ? abs : relative;
	if ((r > c ? r - c : c - r) <= allowed) return null;
	return {
		charged: sale.amount,
		currency: sale.currency,
		reported,
		asset,
		field
	};
}
// src/main/core/sales/service.ts
var LINK_TOKEN_TTL_MS = 6e5;
/** Mesh's network ids for the networks we offer (reference §2.1). */
var NETWORK_IDS = {
	Ethereum: "e3c7fdd8-b1fc-4e51-85ae-bb276e075611",
	Polygon: "7436e9d0-ba42-4d2b-b4c0-8e4e606b2c12",
	Solana: "0291810a-5947-424d-9a59-e88bb33e999d"
};
/** Emulator-mode payout addresses so the whole flow works on first start (not real wallets). */
var DEMO_PAYOUTS = [
	{
		asset: "USDC",
		network: "Ethereum",
		address: "0x000000000000000000000000000000000000e1e1"
	},
	{
		asset: "USDT",
		network: "Ethereum",
		address: "0x000000000000000000000000000000000000e1e1"
	},
	{
		asset: "ETH",
		network: "Ethereum",
		address: "0x000000000000000000000000000000000000e1e1"
	},
	{
		asset: "USDC",
		network: "Polygon",
		address: "0x000000000000000000000000000000000000e1e1"
	},
	{
		asset: "USDC",
		network: "Solana",
		address: "DemoSo1anaPayoutAddress111111111111111111111"
	}
];
var SALT = "customerSalt";
var HIDDEN = "[stored]";
async function payouts(deps) {
	const configured = await deps.store.settings.get("payouts");
	if (configured && configured.length > 0) return configured;
	return deps.mode === "emulator" ? [...DEMO_PAYOUTS] : [];
}
/** An opaque, PII-free key for a loyalty number: HMAC with a salt that never leaves this machine. */
function customerKey(deps, customerRef) {
	let salt = deps.secrets.get(SALT);
	if (!salt) {
		salt = (0, node_crypto.randomBytes)(32).toString("base64url");
		deps.secrets.set(SALT, salt);
	}
	return (0, node_crypto.createHmac)("sha256", salt).update(customerRef.trim().toLowerCase()).digest("hex");
}
/** Pulls the saved-connection tokens out of an onIntegrationConnected payload. */
function connectionsFromPayload(payload) {
	const at = payload?.accessToken;
	if (!at || !Array.isArray(at.accountTokens)) return [];
	const out = [];
	for (const t of at.accountTokens) {
		const token = typeof t.tokenId === "string" ? t.tokenId : typeof t.accessToken === "string" ? t.accessToken : null;
		if (!token || typeof t.account?.accountId !== "string") continue;
		out.push({
			accountId: t.account.accountId,
			accountName: typeof t.account.accountName === "string" ? t.account.accountName : t.account.accountId,
			accessToken: token,
			brokerType: String(at.brokerType ?? "unknown"),
			brokerName: String(at.brokerName ?? at.brokerType ?? "unknown")
		});
	}
	return out;
}
/** How deep and how large an SDK callback's payload may be. Real ones are a few levels and a few KiB. */
var SDK_PAYLOAD_LIMITS = {
	maxDepth: 32,
	maxBytes: 65536
};
/**
* Why an SDK payload cannot be stored, or null when it can: only JSON data (no cycles, functions,
* bigints…), at most `maxDepth` levels, at most `maxBytes` as JSON. Walked without recursion, so
* a payload nested 20,000 levels deep is refused, not a stack overflow.
*/
function sdkPayloadProblem(payload, limits = SDK_PAYLOAD_LIMITS) {
	if (payload === void 0 || payload === null) return null;
	let bytes = 0;
	const stack = [{
		v: payload,
		depth: 0
	}];
	const seen = /* @__PURE__ */ new Set();
	const tooBig = `The SDK payload is larger than ${limits.maxBytes / 1024} KiB; it was not recorded.`;
	while (stack.length > 0) {
		const { v, depth } = stack.pop();
		switch (typeof v) {
			case "string":
				bytes += Buffer.byteLength(v) + 2;
				break;
			case "number":
			case "boolean":
				bytes += 8;
				break;
			case "undefined": break;
			case "object": {
				if (v === null) {
					bytes += 4;
					break;
				}
				if (depth >= limits.maxDepth) return `The SDK payload is nested deeper than ${limits.maxDepth} levels; it was not recorded.`;
				const proto = Object.getPrototypeOf(v);
				if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return "The SDK payload must be plain JSON data; it was not recorded.";
				if (seen.has(v)) return "The SDK payload holds the same object twice (or refers to itself); it was not recorded.";
				seen.add(v);
				bytes += 2;
				if (Array.isArray(v)) {
					for (const item of v) stack.push({
						v: item,
						depth: depth + 1
					});
					bytes += v.length;
				} else for (const [k, item] of Object.entries(v)) {
					bytes += Buffer.byteLength(k) + 4;
					stack.push({
						v: item,
						depth: depth + 1
					});
				}
				break;
			}
			default: return "The SDK payload must be plain JSON data; it was not recorded.";
		}
		if (bytes > limits.maxBytes) return tooBig;
	}
	return null;
}
var TOKEN_KEY = /^(access_?token|refresh_?token|token_?id)$/i;
/**
* Replaces token values in an SDK payload before it is stored as an event, at any depth
* (iterative: no recursion limit to slip under). Returns a copy; the input is not changed.
*/
function redactTokens(value) {
	if (value === null || typeof value !== "object") return value;
	const root = { v: void 0 };
	const work = [{
		src: value,
		put: (c) => root.v = c
	}];
	const seen = /* @__PURE__ */ new Map();
	while (work.length > 0) {
		const { src, put } = work.pop();
		const done = seen.get(src);
		if (done !== void 0) {
			put(done);
			continue;
		}
		if (Array.isArray(src)) {
			const out = new Array(src.length);
			seen.set(src, out);
			put(out);
			src.forEach((v, i) => {
				if (v !== null && typeof v === "object") work.push({
					src: v,
					put: (c) => out[i] = c
				});
				else out[i] = v;
			});
		} else {
			const out = {};
			seen.set(src, out);
			put(out);
			for (const [k, v] of Object.entries(src)) if (TOKEN_KEY.test(k) && typeof v === "string") out[k] = HIDDEN;
			else if (v !== null && typeof v === "object") work.push({
				src: v,
				put: (c) => out[k] = c
			});
			else out[k] = v;
		}
	}
	return root.v;
}
function createSales(deps) {
	const { store } = deps;
	const END_REASONS = [
		"cancelled",
		"abandoned",
		"expired"
	];
	const endReasonOf = (s) => s.end_reason !== null && END_REASONS.includes(s.end_reason) ? s.end_reason : null;
	async function view(s) {
		const [events, transferRow] = await Promise.all([store.sessions.sdkEvents(s.session_id), s.transfer_id ? store.transfers.get(s.transfer_id) : void 0]);
		const sdkEvents = events.map((e) => ({
			id: e.id,
			at: e.at,
			type: e.type,
			payload: e.payload === null ? null : JSON.parse(e.payload)
		}));
		const transfer = transferRow ?? null;
		const ended = endReasonOf(s);
		const facts = {
			tokenExpiresAt: s.token_expires_at,
			sdkEvents,
			transfer,
			now: deps.now(),
			endReason: ended
		};
		const state = deriveSaleState(facts);
		const endReason = ended ?? (state === "expired" ? "expired" : null);
		const endedAt = s.ended_at ?? (state === "expired" ? s.token_expires_at : null);
		const charge = require_record.toSaleCharge(s);
		const refund = saleRefund(transfer, (transfer && require_record.isRefundStatus(transfer.status) ? await store.events.listForTransfer(transfer.transferId) : []).map((e) => ({
			status: e.status,
			eventTs: e.event_ts,
			receivedAt: e.first_received_at,
			applied: e.applied === 1
		})));
		return {
			sessionId: s.session_id,
			transactionId: s.transaction_id,
			createdAt: s.created_at,
			amount: s.amount,
			currency: s.currency,
			asset: s.asset,
			network: s.network,
			destinationAddress: s.destination_address,
			note: s.note,
			hasCustomer: s.customer_key !== null,
			state,
			transferId: s.transfer_id,
			transfer,
			tokenExpiresAt: s.token_expires_at,
			sdkEvents,
			disagreement: saleDisagreement(facts),
			amountMismatch: saleAmountMismatch({
				amount: charge.usdAmount,
				currency: "USD",
				asset: s.asset
			}, transfer),
			charge,
			endReason,
			endedAt,
			lateTransfer: isLateTransfer(ended, transfer),
			paymentLink: s.payment_link,
			declined: state === "failed" ? saleDeclined(sdkEvents) : null,
			refund
		};
	}
	async function get(sessionId) {
		const s = await store.sessions.get(sessionId);
		if (!s) throw new CommandError(require_contract.ErrorCodes.NOT_FOUND, `No sale ${sessionId}.`);
		return view(s);
	}
	/**
	* Recomputes a sale, persists its state (and its expiry as an end: final for the counter), and
	* tells the UI when it changed.
	*/
	async function refresh(sessionId, force = false) {
		let s = await store.sessions.get(sessionId);
		if (!s) return null;
		const before = s.state;
		let v = await view(s);
		if (v.state === "expired" && s.end_reason === null) {
			await store.sessions.end(sessionId, "expired", s.token_expires_at ?? deps.now(), deps.now());
			s = await store.sessions.get(sessionId);
			v = await view(s);
		}
		if (v.state !== s.state) await store.sessions.setState(sessionId, v.state, deps.now());
		if (force || v.state !== before) deps.bus.publish("sale.updated", v);
		return v;
	}
	/** Per sweep at most this many expired sales are ended (the next sweep takes the rest). */
	const SWEEP_BATCH = 200;
	const SWEEP_ROUNDS = 50;
	/**
	* Waiting sales whose link token has expired become expired (called periodically, under the
	* store's run-once lock): every one of them, through the index of waiting sales by expiry.
	*/
	async function sweepExpired() {
		const now = deps.now();
		let ended = 0;
		for (let round = 0; round < SWEEP_ROUNDS; round++) {
			const batch = await store.sessions.expiredWaiting(now, SWEEP_BATCH);
			for (const s of batch) if ((await refresh(s.session_id))?.state === "expired") ended++;
			if (batch.length < SWEEP_BATCH) break;
		}
		return ended;
	}
	/** Ends a sale for the counter (Cancel, or Escape/close of Link). See endDecision for what may end. */
	async function end({ sessionId, reason }) {
		for (let attempt = 0;; attempt++) {
			const s = await store.sessions.get(sessionId);
			if (!s) throw new CommandError(require_contract.ErrorCodes.NOT_FOUND, `No sale ${sessionId}.`);
			const v = await view(s);
			const d = endDecision({
				state: v.state,
				endReason: endReasonOf(s),
				hasTransfer: s.transfer_id !== null || v.transfer !== null
			}, reason);
			if (d.kind === "noop") return v;
			if (d.kind === "refuse") {
				if (v.state === "expired") await refresh(sessionId);
				throw new CommandError("SALE_ENDED", d.message);
			}
			const now = deps.now();
			if (await store.sessions.end(sessionId, reason, now, now)) {
				const out = await get(sessionId);
				deps.bus.publish("sale.updated", out);
				return out;
			}
			if (attempt >= 2) throw new CommandError("SALE_ENDED", "This sale changed while it was being ended; look at it again.");
		}
	}
	return {
		counterSettings: async () => {
			const [p, cfg] = await Promise.all([payouts(deps), readCounterConfig(store)]);
			const fxRate = rateFor(cfg, cfg.currency);
			const chargeBlocked = !require_contract.isUsd(cfg.currency) && fxRate === null ? require_contract.rateMissingMessage(cfg.currency) : p.length === 0 ? "There is no payout address to be paid to. A manager can add one in Settings." : null;
			return {
				mode: deps.mode,
				currency: cfg.currency,
				payouts: p,
				defaultAsset: p[0]?.asset ?? "USDC",
				defaultNetwork: p[0]?.network ?? "Ethereum",
				locale: cfg.locale,
				fxRate,
				chargeBlocked,
				saleLimit: cfg.saleLimit,
				shop: cfg.shop,
				paidSound: cfg.paidSound,
				notifications: cfg.notifications
			};
		},
		start: async (a) => {
			const cfg = await readCounterConfig(store);
			const priced = require_contract.priceSale({
				amount: a.amount,
				currency: cfg.currency,
				rate: rateFor(cfg, cfg.currency),
				saleLimit: cfg.saleLimit,
				locale: cfg.locale ?? void 0
			});
			if (!priced.ok) throw new CommandError(priced.code, priced.message);
			const charge = priced.charge;
			const payout = (await payouts(deps)).find((p) => p.asset === a.asset && (a.network === void 0 || p.network === a.network));
			if (!payout) throw new CommandError("PAYOUT_NOT_CONFIGURED", `There is no payout address for ${a.asset}${a.network ? ` on ${a.network}` : ""}. A manager can add one in Settings.`);
			const networkId = NETWORK_IDS[payout.network];
			if (!networkId) throw new CommandError("PAYOUT_NOT_CONFIGURED", `Unknown network ${payout.network}.`);
			const now = deps.now();
			const sessionId = (0, node_crypto.randomUUID)();
			const transactionId = `ct_${(0, node_crypto.randomBytes)(12).toString("hex")}`;
			const key = a.customerRef ? customerKey(deps, a.customerRef) : null;
			const userId = key ? await store.customers.ensure(key, `cust_${key.slice(0, 32)}`, now) : `walkin_${(0, node_crypto.randomBytes)(8).toString("hex")}`;
			let token;
			try {
				token = await deps.getLinkToken({
					userId,
					restrictMultipleAccounts: true,
					transferOptions: {
						toAddresses: [{
							networkId,
							symbol: payout.asset,
							address: payout.address
						}],
						amountInFiat: Number(charge.usdAmount),
						transactionId,
						transferType: "payment",
						isInclusiveFeeEnabled: false,
						...a.payLink ? { generatePayLink: true } : {}
					}
				});
			} catch (err) {
				const e = err;
				throw new CommandError(require_contract.isDeclaredErrorCode(e.code) ? e.code : "MESH_UNAVAILABLE", e.message);
			}
			await store.sessions.insert({
				session_id: sessionId,
				transaction_id: transactionId,
				created_at: now,
				amount: charge.amount,
				currency: charge.currency,
				usd_amount: charge.usdAmount,
				fx_rate: charge.rate,
				payment_link: a.payLink ? token.paymentLink : null,
				asset: payout.asset,
				network: payout.network,
				destination_address: payout.address,
				note: a.note ?? null,
				user_id: userId,
				customer_key: key,
				token_expires_at: now + LINK_TOKEN_TTL_MS,
				state: "waiting",
				transfer_id: null,
				updated_at: now
			});
			const accessTokens = key ? await store.customers.connections(key) : [];
			const sale = await get(sessionId);
			deps.bus.publish("sale.updated", sale);
			return {
				sessionId,
				transactionId,
				linkToken: token.linkToken,
				...accessTokens.length ? { accessTokens } : {},
				sale
			};
		},
		recordSdkEvent: async ({ sessionId, type, payload }) => {
			const problem = sdkPayloadProblem(payload);
			if (problem) throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, problem);
			const s = await store.sessions.get(sessionId);
			if (!s) throw new CommandError(require_contract.ErrorCodes.NOT_FOUND, `No sale ${sessionId}.`);
			const now = deps.now();
			const transferId = payload?.transferId;
			await store.ops.recordSdkEvent({
				sessionId,
				at: now,
				type,
				payload: redactTokens(payload),
				customerKey: type === "integrationConnected" ? s.customer_key : null,
				connections: type === "integrationConnected" && s.customer_key ? connectionsFromPayload(payload) : [],
				transferId: type === "transferFinished" && typeof transferId === "string" && transferId.length <= 200 ? transferId : null
			});
			return await refresh(sessionId, true);
		},
		getSale: ({ sessionId }) => get(sessionId),
		end,
		list: async ({ since, limit }) => Promise.all((await store.sessions.recent(limit)).filter((s) => since === void 0 || s.created_at >= since).map(view)),
		forgetCustomer: async ({ customerRef }) => ({ removed: await store.ops.forgetCustomer(customerKey(deps, customerRef)) }),
		refresh,
		sweepExpired,
		get,
		view,
		isSettled
	};
}
// src/main/core/secrets.ts
function createFileSecretStore(dataDir) {
	const file = (0, node_path.join)(dataDir, "secrets.json");
	let cache = {};
	if ((0, node_fs.existsSync)(file)) try {
		cache = JSON.parse((0, node_fs.readFileSync)(file, "utf8"));
	} catch {
		throw new Error(`The secrets file ${file} is unreadable; fix or delete it (you will have to enter the secrets again).`);
	}
	const save = () => {
		const tmp = `${file}.tmp`;
		(0, node_fs.writeFileSync)(tmp, JSON.stringify(cache), { mode: 384 });
		(0, node_fs.chmodSync)(tmp, 384);
		(0, node_fs.renameSync)(tmp, file);
	};
	return {
		get: (name) => cache[name],
		has: (name) => typeof cache[name] === "string" && cache[name] !== "",
		set(name, value) {
			cache = {
				...cache,
				[name]: value
			};
			save();
		},
		delete(name) {
			const { [name]: _gone, ...rest } = cache;
			cache = rest;
			save();
		}
	};
}
function randomToken(bytes = 24) {
	return (0, node_crypto.randomBytes)(bytes).toString("base64url");
}
/** Mask for display: only "set" and the last four characters ever leave the core. */
function maskSecret(value) {
	if (!value) return {
		set: false,
		last4: null
	};
	return {
		set: true,
		last4: value.length > 8 ? value.slice(-4) : null
	};
}
// src/main/core/settings/pin.ts
/** ~50–100 ms per check on our 2-core machine: slow for guessing, quick for a manager. */
var PIN_COST = {
	N: 2 ** 15,
	r: 8,
	p: 1
};
function scrypt(pin, salt, o) {
	return new Promise((resolve, reject) => (0, node_crypto.scrypt)(pin, salt, 32, {
		...o,
		maxmem: 128 * o.N * o.r * 2
	}, (err, key) => err ? reject(err) : resolve(key)));
}
async function hashPin(pin, cost = PIN_COST) {
	const salt = (0, node_crypto.randomBytes)(16);
	const key = await scrypt(pin, salt, cost);
	return {
		algo: "scrypt",
		salt: salt.toString("base64"),
		hash: key.toString("base64"),
		...cost
	};
}
async function verifyPin(pin, stored) {
	const key = await scrypt(pin, Buffer.from(stored.salt, "base64"), {
		N: stored.N,
		r: stored.r,
		p: stored.p
	});
	const want = Buffer.from(stored.hash, "base64");
	return key.length === want.length && (0, node_crypto.timingSafeEqual)(key, want);
}
var PIN_LOCKOUT_KEY = "pinLockout";
var PIN_LOCK_MS = 6e4;
/** A persisted state read back: anything malformed counts as no failures, never as "unlocked forever". */
function parseLockoutState(v) {
	const o = v ?? {};
	return {
		failures: Number.isInteger(o.failures) && o.failures >= 0 ? o.failures : 0,
		lockedUntil: typeof o.lockedUntil === "number" && Number.isFinite(o.lockedUntil) && o.lockedUntil > 0 ? o.lockedUntil : 0
	};
}
/**
* After `maxFailures` attempts without the right PIN, further attempts are refused for `lockMs`.
* Synchronous on purpose: an attempt is counted (`begin`) the moment it arrives, before its slow
* hash is checked, so guesses sent at once cannot all get past the count. A right PIN (`succeed`)
* clears the count.
*/
function createPinLockout(now, initial = {
	failures: 0,
	lockedUntil: 0
}, maxFailures = 5, lockMs = PIN_LOCK_MS) {
	let { failures, lockedUntil } = initial;
	return {
		lockedFor: () => Math.max(0, lockedUntil - now()),
		/** Counts an attempt as failed until proven right; the one that reaches the limit starts the lock. */
		begin() {
			if (lockedUntil !== 0 && lockedUntil <= now()) lockedUntil = 0;
			failures++;
			if (failures >= maxFailures) {
				lockedUntil = now() + lockMs;
				const n = failures;
				failures = 0;
				return {
					failures: n,
					locked: true
				};
			}
			return {
				failures,
				locked: false
			};
		},
		/**
		* A right PIN clears the lock and the count — except for attempts counted meanwhile whose
		* check has not run yet (`stillPending`): they stay counted, so a right PIN never turns
		* guesses already in flight into free ones.
		*/
		succeed(stillPending = 0) {
			failures = Math.min(stillPending, maxFailures - 1);
			lockedUntil = 0;
		},
		state: () => ({
			failures,
			lockedUntil
		})
	};
}
// src/main/core/settings/service.ts
var SECRET_KEYS$1 = {
	meshClientId: "meshClientId",
	meshApiKey: "meshApiKey",
	environment: "meshEnvironment",
	webhookSecret: "webhookSecret"
};
var PROTECTED = [
	"environment",
	"meshClientId",
	"meshApiKey",
	"webhookSecret",
	"payouts",
	"fxRates",
	"saleLimit"
];
var EVM = /* @__PURE__ */ new Set(["Ethereum", "Polygon"]);
/** Checks an address against its network's format; returns a message a manager can act on. */
function payoutProblem(p) {
	if (!NETWORK_IDS[p.network]) return `Unknown network "${p.network}" (choose ${Object.keys(NETWORK_IDS).join(", ")}).`;
	if (EVM.has(p.network) && !/^0x[0-9a-fA-F]{40}$/.test(p.address)) return `${p.asset} on ${p.network}: an address is 0x followed by 40 hex characters.`;
	if (p.network === "Solana" && !/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(p.address)) return `${p.asset} on Solana: an address is 32–44 base58 characters.`;
	return null;
}
var knownCurrencies = null;
/** ISO 4217 codes this runtime's Intl knows (null when it cannot list them: then any 3-letter code). */
function currencies() {
	if (knownCurrencies === null && typeof Intl.supportedValuesOf === "function") knownCurrencies = new Set(Intl.supportedValuesOf("currency"));
	return knownCurrencies;
}
/** The problem with a currency code, or null. */
function currencyProblem(code) {
	const known = currencies();
	return known && !known.has(code) ? `${code} is not an ISO 4217 currency code this app knows (such as USD, EUR, JPY).` : null;
}
/** A BCP 47 locale in its canonical form, or the problem with it. */
function canonicalLocale(locale) {
	try {
		const [canonical] = Intl.getCanonicalLocales(locale);
		if (!canonical) return { problem: "Enter a locale such as en-US or de-DE, or leave it empty for the system’s." };
		new Intl.NumberFormat(canonical);
		return { locale: canonical };
	} catch {
		return { problem: `"${locale}" is not a locale (BCP 47) such as en-US, de-DE or fr-CH.` };
	}
}
/** Problems with a set of exchange rates (currency → USD per unit), or null. */
function fxRatesProblem(rates) {
	for (const [code, rate] of Object.entries(rates)) {
		if (code === "USD") return "USD needs no exchange rate: Mesh charges in US dollars.";
		const c = currencyProblem(code);
		if (c) return c;
		if (require_contract.compareDecimals(rate, "0") === 0) return `The ${code}→USD rate must be more than zero.`;
	}
	return null;
}
function createSettings(deps) {
	const { store, secrets } = deps;
	let lockout = null;
	/** Whether a manager PIN is stored (known without a read, so a check can count before any await). */
	let pinSet = false;
	let credentialsChanged = false;
	/** Reads the lockout and whether a PIN exists; the core awaits it before any command runs. */
	async function init() {
		const [state, pin] = await Promise.all([store.settings.get(PIN_LOCKOUT_KEY), store.settings.get("managerPin")]);
		lockout = createPinLockout(deps.now, parseLockoutState(state));
		pinSet = pin !== void 0;
	}
	function savedEnvironment() {
		const e = secrets.get(SECRET_KEYS$1.environment);
		if (e === "emulator" || e === "sandbox" || e === "production") return e;
		return secrets.has(SECRET_KEYS$1.meshClientId) && secrets.has(SECRET_KEYS$1.meshApiKey) ? "sandbox" : "emulator";
	}
	async function view() {
		const environment = savedEnvironment();
		const [configured, counter, pin] = await Promise.all([
			store.settings.get("payouts"),
			readCounterConfig(store),
			store.settings.get("managerPin")
		]);
		return {
			environment,
			runningMode: deps.runningMode,
			restartRequired: environment !== deps.runningMode || credentialsChanged,
			meshClientId: secrets.get(SECRET_KEYS$1.meshClientId) ?? null,
			secrets: {
				meshApiKey: maskSecret(secrets.get(SECRET_KEYS$1.meshApiKey)),
				webhookSecret: maskSecret(deps.activeWebhookSecret?.() ?? secrets.get(SECRET_KEYS$1.webhookSecret))
			},
			payouts: configured ?? (deps.runningMode === "emulator" ? [...DEMO_PAYOUTS] : []),
			currency: counter.currency,
			pinSet: pin !== void 0,
			networks: Object.keys(NETWORK_IDS),
			locale: counter.locale,
			fxRates: counter.fxRates,
			saleLimit: counter.saleLimit,
			shop: counter.shop,
			paidSound: counter.paidSound,
			notifications: counter.notifications
		};
	}
	function persistLockout() {
		return store.settings.set(PIN_LOCKOUT_KEY, lockout.state());
	}
	let pinQueue = Promise.resolve();
	/** Attempts counted whose check has not finished. */
	let pinPending = 0;
	/**
	* Checks the manager PIN for `action`. In this order, all before the first await: no PIN set →
	* PIN_NOT_SET; locked → PIN_LOCKED (audited as refused); no PIN given → PIN_REQUIRED; else the
	* attempt is counted as a failure (the fifth starts the lock) and persisted. Then, queued, the
	* hash: wrong → PIN_INVALID (audited as rejected); right → the count is cleared (audited as accepted).
	*/
	function checkPin(pin, action) {
		if (!lockout) return Promise.reject(/* @__PURE__ */ new Error("settings.init() was not awaited"));
		if (!pinSet) return Promise.reject(new CommandError("PIN_NOT_SET", "Set a manager PIN first: it protects payout addresses, keys, the environment, exchange rates and the sale limit."));
		const wait = lockout.lockedFor();
		if (wait > 0) {
			const refused = new CommandError("PIN_LOCKED", `Too many wrong PINs. Try again in ${Math.ceil(wait / 1e3)} s.`);
			return store.audit.append("manager", "pin.refused", {
				action,
				reason: "locked",
				lockedForMs: wait
			}).then(() => Promise.reject(refused));
		}
		if (!pin) return Promise.reject(new CommandError("PIN_REQUIRED", "This change needs the manager PIN."));
		const attempt = lockout.begin();
		const counted = persistLockout();
		counted.catch(() => {});
		pinPending++;
		const run = pinQueue.then(() => verifyQueued(pin, action, attempt, counted)).finally(() => pinPending--);
		pinQueue = run.catch(() => {});
		return run;
	}
	async function verifyQueued(pin, action, attempt, counted) {
		await counted;
		const stored = await store.settings.get("managerPin");
		if (!stored) throw new CommandError("PIN_NOT_SET", "Set a manager PIN first: it protects payout addresses, keys, the environment, exchange rates and the sale limit.");
		if (!await verifyPin(pin, stored)) {
			await store.audit.append("manager", "pin.rejected", {
				action,
				failures: attempt.failures,
				locked: attempt.locked
			});
			throw new CommandError("PIN_INVALID", attempt.locked ? "That PIN is not right. Nothing was changed. Too many wrong PINs: the PIN is locked for a minute." : "That PIN is not right. Nothing was changed.");
		}
		lockout.succeed(pinPending - 1);
		await Promise.all([persistLockout(), store.audit.append("manager", "pin.accepted", { action })]);
	}
	return {
		get: () => view(),
		update: async ({ pin, changes }) => {
			const fields = Object.keys(changes).filter((k) => changes[k] !== void 0);
			if (fields.length === 0) return view();
			if (changes.payouts) {
				for (const p of changes.payouts) {
					const problem = payoutProblem(p);
					if (problem) throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, problem);
				}
				const keys = changes.payouts.map((p) => `${p.asset}/${p.network}`);
				if (new Set(keys).size !== keys.length) throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, "Each asset and network may have only one payout address.");
			}
			if (changes.currency !== void 0) {
				const problem = currencyProblem(changes.currency);
				if (problem) throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, problem);
			}
			let locale = changes.locale;
			if (locale !== void 0 && locale !== null) {
				if (locale === "") locale = null;
				else {
					const l = canonicalLocale(locale);
					if ("problem" in l) throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, l.problem);
					locale = l.locale;
				}
			}
			if (changes.fxRates) {
				const problem = fxRatesProblem(changes.fxRates);
				if (problem) throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, problem);
			}
			if (changes.saleLimit != null && require_contract.compareDecimals(changes.saleLimit, "0") === 0) throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, "A sale limit must be more than zero (clear it for no limit).");
			if (changes.environment && changes.environment !== "emulator") {
				const id = changes.meshClientId ?? secrets.get(SECRET_KEYS$1.meshClientId);
				const key = changes.meshApiKey ?? secrets.get(SECRET_KEYS$1.meshApiKey);
				if (!id || !key) throw new CommandError("MESH_CREDENTIALS_MISSING", `Mesh ${changes.environment} needs a client id and an API key.`);
			}
			if (fields.some((f) => PROTECTED.includes(f))) await checkPin(pin, "settings.update");
			const before = await view();
			if (changes.meshClientId !== void 0) secrets.set(SECRET_KEYS$1.meshClientId, changes.meshClientId);
			if (changes.meshApiKey !== void 0) secrets.set(SECRET_KEYS$1.meshApiKey, changes.meshApiKey);
			if (changes.environment !== void 0) secrets.set(SECRET_KEYS$1.environment, changes.environment);
			if (changes.webhookSecret !== void 0) {
				secrets.set(SECRET_KEYS$1.webhookSecret, changes.webhookSecret);
				deps.onWebhookSecret?.(changes.webhookSecret);
			}
			if (changes.meshClientId !== void 0 || changes.meshApiKey !== void 0) credentialsChanged = true;
			const entries = [];
			if (changes.payouts !== void 0) entries.push(["payouts", changes.payouts]);
			if (changes.currency !== void 0) entries.push([COUNTER_KEYS.currency, changes.currency]);
			if (locale !== void 0) entries.push([COUNTER_KEYS.locale, locale]);
			if (changes.fxRates !== void 0) entries.push([COUNTER_KEYS.fxRates, changes.fxRates]);
			if (changes.saleLimit !== void 0) entries.push([COUNTER_KEYS.saleLimit, changes.saleLimit]);
			if (changes.shop !== void 0) entries.push([COUNTER_KEYS.shop, changes.shop]);
			if (changes.paidSound !== void 0) entries.push([COUNTER_KEYS.paidSound, changes.paidSound]);
			if (changes.notifications !== void 0) entries.push([COUNTER_KEYS.notifications, changes.notifications]);
			const fromTo = (from, to) => to === void 0 ? {} : {
				from,
				to
			};
			await store.ops.setSettings(entries, {
				actor: "manager",
				action: "settings.updated",
				detail: {
					fields,
					...changes.environment ? { environment: {
						from: before.environment,
						to: changes.environment
					} } : {},
					...changes.payouts ? { payouts: changes.payouts } : {},
					...changes.currency ? { currency: changes.currency } : {},
					...locale !== void 0 ? { locale: fromTo(before.locale, locale) } : {},
					...changes.fxRates !== void 0 ? { fxRates: fromTo(before.fxRates, changes.fxRates) } : {},
					...changes.saleLimit !== void 0 ? { saleLimit: fromTo(before.saleLimit, changes.saleLimit) } : {},
					...changes.shop !== void 0 ? { shop: fromTo(before.shop, changes.shop) } : {},
					...changes.paidSound !== void 0 ? { paidSound: changes.paidSound } : {},
					...changes.notifications !== void 0 ? { notifications: changes.notifications } : {}
				}
			});
			return view();
		},
		setPin: async ({ currentPin, newPin }) => {
			const first = !pinSet;
			if (first) pinSet = true;
			else await checkPin(currentPin, "settings.setPin");
			try {
				const h = await hashPin(newPin, deps.pinCost);
				await store.ops.setSettings([["managerPin", h]], {
					actor: "manager",
					action: first ? "pin.set" : "pin.changed"
				});
			} catch (err) {
				if (first) pinSet = false;
				throw err;
			}
			return { pinSet: true };
		},
		auditList: ({ limit, beforeId }) => store.audit.list(limit, beforeId),
		view,
		init
	};
}
// src/main/core/shifts/days.ts
var HOUR_MS = 36e5;
var formatters = /* @__PURE__ */ new Map();
/**
* The zone's canonical name; throws a RangeError for a zone this runtime does not know (Intl's
* own check, so what is accepted here is exactly what the day arithmetic can use).
*/
function canonicalTimeZone(timeZone) {
	return formatter(timeZone).resolvedOptions().timeZone;
}
function formatter(timeZone) {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat("en-US", {
			timeZone,
			hourCycle: "h23",
			year: "numeric",
			month: "numeric",
			day: "numeric",
			hour: "numeric",
			minute: "numeric",
			second: "numeric"
		});
		formatters.set(timeZone, f);
	}
	return f;
}
function wallAt(f, t) {
	const p = {};
	for (const part of f.formatToParts(t)) if (part.type !== "literal") p[part.type] = Number(part.value);
	const y = p.year;
	const m = p.month;
	const d = p.day;
	const subSecond = (t % 1e3 + 1e3) % 1e3;
	return {
		y,
		m,
		d,
		ms: Date.UTC(y, m - 1, d, p.hour, p.minute, p.second) + subSecond
	};
}
var dayKey = (y, m, d) => y * 1e4 + m * 100 + d;
var keyAt = (f, t) => {
	const w = wallAt(f, t);
	return dayKey(w.y, w.m, w.d);
};
/** The first instant whose local date in the zone is y-m-d. */
function startOfDay(f, y, m, d) {
	const midnight = Date.UTC(y, m - 1, d);
	const target = dayKey(y, m, d);
	let t = midnight - (wallAt(f, midnight).ms - midnight);
	t = midnight - (wallAt(f, t).ms - t);
	if (keyAt(f, t) === target && keyAt(f, t - 1) < target) return t;
	let lo = midnight - 15 * HOUR_MS;
	let hi = midnight + 13 * HOUR_MS;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (keyAt(f, mid) >= target) hi = mid;
		else lo = mid;
	}
	return hi;
}
var pad = (n, w) => String(n).padStart(w, "0");
/**
* The `count` local days that end with the one containing `now` (oldest first), in `timeZone`.
* Throws a RangeError for an unknown zone.
*/
function localDays(now, count, timeZone) {
	const f = formatter(timeZone);
	const today = wallAt(f, now);
	const starts = [];
	for (let k = count - 1; k >= -1; k--) {
		const c = new Date(Date.UTC(today.y, today.m - 1, today.d - k));
		const y = c.getUTCFullYear();
		const m = c.getUTCMonth() + 1;
		const d = c.getUTCDate();
		starts.push({
			date: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
			start: startOfDay(f, y, m, d)
		});
	}
	return starts.slice(0, -1).map((s, i) => ({
		date: s.date,
		start: s.start,
		end: starts[i + 1].start
	}));
}
// src/main/core/shifts/report.ts
var ENDED = /* @__PURE__ */ new Set([
	"cancelled",
	"abandoned",
	"expired"
]);
/** The payment arrived: succeeded, later refunded or not. */
function isPaid(sale) {
	return require_record.isPaidStatus(sale.transfer?.status);
}
/** The counter ended the sale before Mesh settled it (by its end reason, or a state that says so). */
function endedByCounter(sale) {
	return sale.endReason !== null || ENDED.has(sale.state);
}
/** Which count a sale falls in (a paid one may also count as paidAfterEnd). */
function saleBucket(sale) {
	if (isPaid(sale)) return "paid";
	if (sale.state === "failed") return "failed";
	if (ENDED.has(sale.state)) return sale.state;
	if (sale.endReason !== null) return sale.endReason;
	return "pending";
}
/** What a paid sale adds to the totals, from its SaleView. */
function paidItemFromSale(v) {
	const t = v.transfer;
	return {
		currency: v.charge.currency,
		amount: v.charge.amount,
		usdAmount: v.charge.usdAmount,
		asset: (t?.token ?? v.asset).toUpperCase(),
		network: t?.chain ?? v.network,
		received: t?.destinationAmount ?? t?.sourceAmount ?? null,
		refunded: require_record.isRefundStatus(t?.status)
	};
}
/** The same, from the takings query's row. */
function paidItemFromRecord(r) {
	return {
		currency: r.currency,
		amount: r.amount,
		usdAmount: r.usd_amount,
		asset: (r.token ?? r.asset).toUpperCase(),
		network: r.chain ?? r.network,
		received: r.destination_amount ?? r.source_amount,
		refunded: require_record.isRefundStatus(r.status)
	};
}
var sum = (values) => require_contract.addDecimals(values.filter(require_contract.isDecimalString));
/** Byte-order comparison of text, null last. */
var cmp = (a, b) => a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
function groupBy(items, key) {
	const groups = /* @__PURE__ */ new Map();
	for (const it of items) {
		const k = key(it);
		const g = groups.get(k);
		if (g) g.push(it);
		else groups.set(k, [it]);
	}
	return [...groups.values()];
}
/** Count and totals per currency and per asset + network, each list in a stable order. */
function summarize(items) {
	const fiatTotals = groupBy(items, (it) => it.currency).map((g) => ({
		currency: g[0].currency,
		amount: sum(g.map((x) => x.amount)),
		usdAmount: sum(g.map((x) => x.usdAmount)),
		count: g.length
	})).sort((a, b) => cmp(a.currency, b.currency));
	const assetTotals = groupBy(items, (it) => JSON.stringify([it.asset, it.network])).map((g) => ({
		asset: g[0].asset,
		network: g[0].network,
		amount: sum(g.flatMap((x) => x.received === null ? [] : [x.received])),
		count: g.length
	})).sort((a, b) => cmp(a.asset, b.asset) || cmp(a.network, b.network));
	return {
		count: items.length,
		fiatTotals,
		assetTotals
	};
}
var newestFirst = (a, b) => b.createdAt - a.createdAt || cmp(b.sessionId, a.sessionId);
/** A shift's report from every sale created in it. */
function buildShiftReport(shift, sales, generatedAt) {
	const counts = {
		paid: 0,
		failed: 0,
		abandoned: 0,
		cancelled: 0,
		expired: 0,
		pending: 0,
		paidAfterEnd: 0,
		refunded: 0
	};
	const paid = [];
	const sorted = [...sales].sort(newestFirst);
	const pending = [];
	for (const s of sorted) {
		const bucket = saleBucket(s);
		counts[bucket]++;
		if (bucket === "paid") {
			const item = paidItemFromSale(s);
			paid.push(item);
			if (endedByCounter(s)) counts.paidAfterEnd++;
			if (item.refunded) counts.refunded++;
		} else if (bucket === "pending") pending.push(s);
	}
	const { fiatTotals, assetTotals } = summarize(paid.filter((p) => !p.refunded));
	return {
		shift,
		counts,
		fiatTotals,
		assetTotals,
		paidTotals: summarize(paid).fiatTotals,
		refundTotals: summarize(paid.filter((p) => p.refunded)).fiatTotals,
		pending,
		sales: sorted,
		generatedAt
	};
}
/** Net takings (paid, not refunded) and the refunds, of some paid items. */
function netOf(items) {
	return {
		...summarize(items.filter((p) => !p.refunded)),
		refundTotals: summarize(items.filter((p) => p.refunded)).fiatTotals
	};
}
/** Takings per local day (every day of `days`, zero days included) and over the whole window; net of refunds, a refund on the day of its sale. */
function buildTakings(timeZone, days, paid) {
	const perDay = days.map(() => []);
	const inWindow = [];
	for (const p of paid) {
		let lo = 0;
		let hi = days.length - 1;
		if (days.length === 0 || p.createdAt < days[0].start || p.createdAt >= days[hi].end) continue;
		while (lo < hi) {
			const mid = lo + hi + 1 >> 1;
			if (days[mid].start <= p.createdAt) lo = mid;
			else hi = mid - 1;
		}
		perDay[lo].push(p);
		inWindow.push(p);
	}
	const out = days.map((d, i) => {
		const s = netOf(perDay[i]);
		return {
			date: d.date,
			count: s.count,
			fiatTotals: s.fiatTotals,
			assetTotals: s.assetTotals,
			refundTotals: s.refundTotals
		};
	});
	const all = netOf(inWindow);
	return {
		timeZone,
		days: out,
		fiatTotals: all.fiatTotals,
		assetTotals: all.assetTotals,
		refundTotals: all.refundTotals
	};
}
// src/main/core/shifts/service.ts
function toShiftView(r) {
	return {
		shiftId: r.shift_id,
		openedAt: r.opened_at,
		closedAt: r.closed_at,
		openedBy: r.opened_by
	};
}
function createShifts(deps) {
	const { store } = deps;
	const newId = deps.newId ?? node_crypto.randomUUID;
	const when = new Intl.DateTimeFormat("en-GB", {
		timeZone: deps.messageTimeZone,
		year: "numeric",
		month: "short",
		day: "numeric",
		hour: "2-digit",
		minute: "2-digit",
		timeZoneName: "short"
	});
	/** The report over the sales created in [openedAt, closedAt ?? now). */
	async function reportFor(r) {
		const generatedAt = deps.now();
		const sessions = await store.shifts.salesBetween(r.opened_at, r.closed_at ?? generatedAt);
		const sales = await Promise.all(sessions.map((s) => deps.saleView(s)));
		return buildShiftReport(toShiftView(r), sales, generatedAt);
	}
	function alreadyOpen(r) {
		const by = r.opened_by ? ` by ${r.opened_by}` : "";
		const shared = store.engine === "postgres" ? " Every counter on this ledger shares that shift." : "";
		return new CommandError("SHIFT_ALREADY_OPEN", `A shift is already open: it was opened on ${when.format(r.opened_at)}${by}.${shared} Close it (its Z report) before opening a new one.`);
	}
	return {
		/** The open shift's live report, or null. */
		current: async () => {
			const r = await store.shifts.current();
			return r ? reportFor(r) : null;
		},
		open: async ({ openedBy }) => {
			const r = await store.shifts.open(newId(), deps.now(), openedBy?.trim() || null);
			if (!r.created) throw alreadyOpen(r.shift);
			return reportFor(r.shift);
		},
		/** Closes the open shift now and returns its final Z report. */
		close: async () => {
			const r = await store.shifts.close(deps.now());
			if (!r) throw new CommandError("NO_OPEN_SHIFT", "No shift is open, so there is none to close. Open a shift first.");
			return reportFor(r);
		},
		list: async ({ limit }) => (await store.shifts.list(limit)).map(toShiftView),
		report: async ({ shiftId }) => {
			const r = await store.shifts.get(shiftId);
			if (!r) throw new CommandError(require_contract.ErrorCodes.NOT_FOUND, `There is no shift ${shiftId}.`);
			return reportFor(r);
		},
		/** Paid sales per local day in `timeZone`: today and the days − 1 before it, oldest first; one query for the window. */
		takings: async ({ days, timeZone }) => {
			let zone;
			try {
				zone = canonicalTimeZone(timeZone);
			} catch {
				throw new CommandError(require_contract.ErrorCodes.INVALID_ARGUMENT, `"${timeZone}" is not a time zone this system knows. Use an IANA name such as Europe/Berlin or America/New_York.`);
			}
			const window = localDays(deps.now(), days, zone);
			const rows = await store.shifts.paidSalesBetween(window[0].start, window[window.length - 1].end);
			return buildTakings(zone, window, rows.map((r) => ({
				...paidItemFromRecord(r),
				createdAt: r.created_at
			})));
		}
	};
}
// src/main/core/tunnel/types.ts
/** A tunnel failure a person can act on. `retryable` false means: retrying will not help until the settings change. */
var TunnelError = class extends Error {
	code;
	retryable;
	name = "TunnelError";
	constructor(code, message, retryable, options) {
		super(message, options);
		this.code = code;
		this.retryable = retryable;
	}
};
var systemClock = {
	now: () => Date.now(),
	setTimeout: (fn, ms) => {
		const t = setTimeout(fn, ms);
		t.unref?.();
		return t;
	},
	clearTimeout: (h) => clearTimeout(h)
};
/** Where a wildcard bind is reached from this machine; IPv6 hosts in brackets. */
function localAddr(target) {
	const h = target.host.trim();
	const host = h === "" || h === "0.0.0.0" || h === "localhost" ? "127.0.0.1" : h === "::" ? "::1" : h.replace(/^\[|\]$/g, "");
	return host.includes(":") ? `[${host}]:${target.port}` : `${host}:${target.port}`;
}
function checkPorts(s) {
	const port = s.webhook?.port;
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new TunnelError("TUNNEL_INVALID_SETTINGS", "The webhook listener has no port yet; start the webhook receiver before the tunnel.", false);
	if (s.consolePort != null && s.consolePort === port) throw new TunnelError("TUNNEL_INVALID_SETTINGS", `Port ${port} is the console's port; the tunnel exposes only the webhook listener. Give the webhook receiver its own port (--webhook-port).`, false);
}
// src/main/core/reconcile/convert.ts
/**
* Mesh's REST timestamps in ms. Their unit is not documented (reference gap 5); the examples and
* the emulator use Unix seconds, webhooks use ms. Values below 1e12 (= Sept 2001 in ms, year
* 33658 in s) are read as seconds. null for anything that is not a positive finite number.
*/
function toMs(ts) {
	const n = typeof ts === "string" && /^\d{1,16}(\.\d+)?$/.test(ts.trim()) ? Number(ts) : ts;
	if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) return null;
	return Math.round(n < 0xe8d4a51000 ? n * 1e3 : n);
}
/** The event id of a poll result: the same transfer seen in the same status is the same event, however often we poll. */
function pollEventId(transferId, status) {
	return `poll:${transferId}:${status}`;
}
function text(v, max = 1e3) {
	if (typeof v === "string" && v.length > 0 && v.length <= max) return v;
	if (typeof v === "number" && Number.isFinite(v)) return String(v);
	return null;
}
/**
* One TransferModel from `GET /api/v1/transfers/managed/mesh` as a status event, in the shape a
* webhook gives (join keys per reference gap 18: `id` = TransferId, `clientTransactionId` =
* TransactionId). null when it has no id or no status to apply.
*/
function transferModelToEvent(model) {
	if (model === null || typeof model !== "object") return null;
	const m = model;
	const transferId = text(m.id, 200);
	const statusRaw = typeof m.status === "string" ? text(m.status, 100) : null;
	if (!transferId || !statusRaw) return null;
	const status = require_record.normalizeStatus(statusRaw);
	if (status === "") return null;
	const from = m.from !== null && typeof m.from === "object" ? m.from : {};
	return {
		eventId: pollEventId(transferId, status),
		deliveryId: null,
		sentTimestamp: null,
		timestamp: toMs(m.executedTimestamp) ?? toMs(m.createdTimestamp),
		transferId,
		status,
		statusRaw,
		transactionId: text(m.clientTransactionId, 128),
		txHash: text(m.hash, 200),
		userId: text(m.userId, 300),
		token: text(m.symbol, 50),
		chain: text(m.networkName, 100),
		sourceAmount: require_contract.toDecimalString(m.sourceAmount),
		destinationAmount: require_contract.toDecimalString(m.destinationAmount),
		sourceAccountProvider: text(from.name, 200),
		destinationAddress: text(m.destinationAddress, 300),
		refundAddress: text(m.refundAddress, 300),
		selfTest: false
	};
}
/**
* List queries (creation time from/to) that cover the windows, each widened by `marginMs` on
* both sides (clock skew between us and Mesh, and a transfer created just before the drop),
* overlapping ones merged. `unit` is what FromTimestamp/ToTimestamp are sent in (gap 5: seconds,
* like createdTimestamp); bounds are rounded outwards. Open windows need `now`.
*/
function windowsToQueries(windows, marginMs, opts = {}) {
	const unit = opts.unit ?? "s";
	const margin = Math.max(0, marginMs);
	const spans = windows.map((w) => {
		const end = w.endedAt ?? opts.now;
		if (end === void 0) throw new RangeError("windowsToQueries: an open window needs opts.now");
		return {
			from: Math.max(0, w.startedAt - margin),
			to: Math.max(w.startedAt, end) + margin,
			id: w.id,
			open: w.endedAt === null
		};
	}).sort((a, b) => a.from - b.from || a.to - b.to);
	const merged = [];
	for (const s of spans) {
		const last = merged[merged.length - 1];
		if (last && s.from <= last.to) {
			last.to = Math.max(last.to, s.to);
			if (s.id !== void 0) last.ids.push(s.id);
			last.open ||= s.open;
		} else merged.push({
			from: s.from,
			to: s.to,
			ids: s.id !== void 0 ? [s.id] : [],
			open: s.open
		});
	}
	return merged.map((m) => ({
		fromTimestamp: unit === "s" ? Math.floor(m.from / 1e3) : m.from,
		toTimestamp: unit === "s" ? Math.ceil(m.to / 1e3) : m.to,
		fromMs: m.from,
		toMs: m.to,
		windowIds: m.ids,
		open: m.open
	}));
}
/** The settings key of the sweep's watermark: the start (ms, our clock) of the last sweep that completed. */
var SWEEP_WATERMARK_KEY = "reconcile.sweptTo";
/** Mesh transfer ids are UUIDs (the list's `Id` filter is typed uuid); anything else cannot be looked up. */
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Mesh errors that mean every further request would fail the same way: stop the run. */
var ABORTING = /* @__PURE__ */ new Set([
	"MESH_AUTH_FAILED",
	"MESH_PERMISSION_DENIED",
	"MESH_NOT_FOUND",
	"MESH_RATE_LIMITED",
	"MESH_UNAVAILABLE",
	"MESH_TIMEOUT"
]);
function createReconciler(opts) {
	const { store } = opts;
	const now = opts.now ?? Date.now;
	const log = opts.log ?? (() => {});
	const pendingAgeMs = opts.pendingAgeMs ?? 12e4;
	const intervalMs = opts.intervalMs ?? 3e5;
	const marginMs = opts.windowMarginMs ?? 3e5;
	const sessionMaxAgeMs = opts.sessionMaxAgeMs ?? 864e5;
	const pendingMaxAgeMs = opts.pendingMaxAgeMs ?? 6048e5;
	const maxGapMs = opts.maxRecheckGapMs ?? 18e5;
	const unit = opts.timestampUnit ?? "s";
	const maxPages = opts.maxPagesPerQuery ?? 1e3;
	const pageSize = opts.pageSize ?? 100;
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) throw new RangeError(`pageSize must be an integer from 1 to 100; got ${pageSize}`);
	const sweepOn = opts.sweep ?? true;
	const lookbackMs = opts.sweepLookbackMs ?? 6048e5;
	const overlapMs = opts.sweepOverlapMs ?? 6e5;
	const clock = opts.clock ?? systemClock;
	const downtime = opts.downtime ?? store.downtime;
	const repo = store.reconcileRuns;
	/** Look-ups done per transfer/sale (in memory): automatic runs space them out. */
	const lookups = /* @__PURE__ */ new Map();
	/** How far each open downtime window has been covered already (in memory). */
	const openCovered = /* @__PURE__ */ new Map();
	let chain = Promise.resolve();
	let autoOn = false;
	let timer = null;
	function due(key, at, force) {
		const e = lookups.get(key);
		if (force || !e) return true;
		return at - e.last >= Math.min(maxGapMs, intervalMs * 2 ** Math.min(e.n - 1, 20));
	}
	function looked(key, at) {
		const e = lookups.get(key);
		lookups.set(key, {
			last: at,
			n: (e?.n ?? 0) + 1
		});
	}
	async function doRun(req) {
		const startedAt = now();
		const runId = await repo.startRun(req.trigger, startedAt);
		const errors = [];
		const seen = /* @__PURE__ */ new Set();
		const changed = /* @__PURE__ */ new Set();
		const changes = [];
		const reconciledWindowIds = [];
		let imported = 0;
		let updated = 0;
		let conflicts = 0;
		let pages = 0;
		let skipped = 0;
		let aborted = false;
		let swept = null;
		function progress(done) {
			try {
				opts.onProgress?.({
					runId,
					pages,
					checked: seen.size,
					imported,
					updated,
					done
				});
			} catch (err) {
				log(`reconcile progress listener failed: ${err.message}`);
			}
		}
		/** Folds one page in: each listed transfer a new poll event, unless Mesh says what we already have. */
		async function fold(models) {
			const items = [];
			for (const m of models) {
				const e = transferModelToEvent(m);
				if (!e) {
					skipped++;
					continue;
				}
				seen.add(e.transferId);
				items.push({
					event: e,
					payload: JSON.stringify(m)
				});
			}
			if (items.length === 0) return;
			(await store.ops.recordPolledEvents(items, now())).forEach((o, i) => {
				if (!o) return;
				const e = items[i].event;
				changed.add(e.transferId);
				const kind = o.conflict ? "conflict" : o.created ? "imported" : o.applied ? "updated" : null;
				if (kind === "conflict") {
					conflicts++;
					log(`reconcile: Mesh lists transfer ${e.transferId} as ${e.statusRaw}, which contradicts its final state in the ledger; flagged, not applied`);
				} else if (kind === "imported") imported++;
				else if (kind === "updated") updated++;
				if (kind && changes.length < 50) changes.push({
					transferId: e.transferId,
					status: e.status,
					kind
				});
			});
		}
		/** Pages through one query; false when it failed (the error is recorded). */
		async function query(client, label, q) {
			if (aborted) return false;
			let offset = 0;
			try {
				for (let page = 0;; page++) {
					if (page >= maxPages) throw new Error(`stopped after ${maxPages} pages; reconcile a shorter period`);
					const p = await client.listTransfers({
						...q,
						count: pageSize,
						offset
					});
					pages++;
					await fold(p.items);
					progress(false);
					offset += p.items.length;
					if (p.items.length < pageSize || offset >= p.total) return true;
				}
			} catch (err) {
				const code = isMeshError(err) ? err.code : err.code ?? "RECONCILE_FAILED";
				errors.push(`${label}: ${String(code)}: ${err.message}`);
				if (isMeshError(err) && ABORTING.has(err.code)) aborted = true;
				return false;
			}
		}
		/**
		* Walks Mesh's list by creation time, oldest first, from the watermark minus the overlap (the
		* first time: the look-back). Only FromTimestamp is sent: were Mesh to read it in another unit
		* (reference gap 5) the sweep would list too much, never too little. The watermark moves to
		* this sweep's start only once every page is in; a failed page leaves it for the next run.
		*/
		async function sweep(client) {
			const to = now();
			const mark = await store.settings.get(SWEEP_WATERMARK_KEY);
			const known = typeof mark === "number" && Number.isFinite(mark) && mark > 0 && mark <= to + overlapMs;
			const from = Math.max(0, known ? Math.min(mark, to) - overlapMs : to - lookbackMs);
			const fromTimestamp = unit === "s" ? Math.floor(from / 1e3) : from;
			if (!await query(client, `sweep since ${new Date(from).toISOString()}`, {
				fromTimestamp,
				orderBy: "createdTimestamp",
				descendingOrder: false
			})) return null;
			const latest = await store.settings.get(SWEEP_WATERMARK_KEY);
			if (!(typeof latest === "number" && latest >= to && latest <= to + overlapMs)) await store.settings.set(SWEEP_WATERMARK_KEY, to);
			return {
				from,
				to
			};
		}
		try {
			const client = opts.mesh();
			if (!client) errors.push("MESH_NOT_READY: The Mesh connection is not configured yet; add the client id and API key in Settings.");
			else if (req.transferId || req.transactionId || req.since !== void 0) {
				if (req.transferId) await query(client, `transfer ${req.transferId}`, { id: req.transferId });
				if (req.transactionId) await query(client, `sale ${req.transactionId}`, { clientTransactionId: req.transactionId });
				if (req.since !== void 0) for (const w of windowsToQueries([{
					startedAt: req.since,
					endedAt: now()
				}], marginMs, { unit })) await query(client, `since ${new Date(req.since).toISOString()}`, {
					fromTimestamp: w.fromTimestamp,
					toTimestamp: w.toTimestamp,
					orderBy: "createdTimestamp",
					descendingOrder: false
				});
			} else {
				const at = now();
				if (sweepOn) swept = await sweep(client);
				const pending = await downtime.unreconciled();
				const windows = [];
				for (const w of pending) {
					const startedAt = w.endedAt === null ? Math.max(w.startedAt, openCovered.get(w.id) ?? 0) : w.startedAt;
					if (!swept || startedAt - marginMs < swept.from) windows.push({
						id: w.id,
						startedAt,
						endedAt: w.endedAt
					});
					else if (w.endedAt === null) openCovered.set(w.id, swept.to);
					else if (await downtime.markReconciled(w.id, now())) {
						reconciledWindowIds.push(w.id);
						openCovered.delete(w.id);
					}
				}
				for (const q of windowsToQueries(windows, marginMs, {
					now: at,
					unit
				})) {
					if (!await query(client, `downtime ${new Date(q.fromMs).toISOString()}…${new Date(q.toMs).toISOString()}`, {
						fromTimestamp: q.fromTimestamp,
						toTimestamp: q.toTimestamp,
						orderBy: "createdTimestamp",
						descendingOrder: false
					})) continue;
					for (const id of q.windowIds) if (pending.find((x) => x.id === id)?.endedAt === null) openCovered.set(id, at);
					else if (await downtime.markReconciled(id, now())) {
						reconciledWindowIds.push(id);
						openCovered.delete(id);
					}
				}
				const force = req.trigger !== "auto" || pending.length > 0;
				const minAge = req.trigger === "manual" ? 0 : pendingAgeMs;
				const transfers = await repo.pendingTransfers(at - minAge, at - pendingMaxAgeMs);
				for (const t of transfers) {
					const key = `t:${t.transfer_id}`;
					if (seen.has(t.transfer_id) || !UUID.test(t.transfer_id) || !due(key, at, force)) continue;
					await query(client, `transfer ${t.transfer_id}`, { id: t.transfer_id });
					if (aborted) break;
					looked(key, at);
				}
				const sessions = await repo.unlinkedSessions(at - minAge, at - sessionMaxAgeMs);
				for (const s of sessions) {
					const key = `s:${s.session_id}`;
					if (!due(key, at, force)) continue;
					if ((await store.sessions.get(s.session_id))?.transfer_id) continue;
					await query(client, `sale ${s.transaction_id}`, { clientTransactionId: s.transaction_id });
					if (aborted) break;
					looked(key, at);
				}
				const live = /* @__PURE__ */ new Set([...transfers.map((t) => `t:${t.transfer_id}`), ...sessions.map((s) => `s:${s.session_id}`)]);
				for (const k of lookups.keys()) if (!live.has(k)) lookups.delete(k);
			}
		} catch (err) {
			errors.push(`RECONCILE_FAILED: ${err.message}`);
			log(`reconcile run failed: ${err.stack ?? err.message}`);
		}
		if (skipped > 0) errors.push(`Mesh listed ${skipped} transfer(s) without an id or status; they were skipped.`);
		const finishedAt = now();
		const result = {
			runId,
			trigger: req.trigger,
			startedAt,
			finishedAt,
			checked: seen.size,
			imported,
			updated,
			conflicts,
			pages,
			errors,
			changedTransferIds: [...changed],
			changes,
			sweptFrom: swept?.from ?? null,
			sweptTo: swept?.to ?? null,
			reconciledWindowIds
		};
		try {
			await repo.finishRun(runId, {
				finishedAt,
				checked: result.checked,
				updated: imported + updated,
				conflicts,
				error: errors.length ? errors.join("\n").slice(0, 4e3) : null
			});
		} catch (err) {
			log(`could not record reconcile run ${runId}: ${err.message}`);
		}
		if (errors.length) log(`reconcile (${req.trigger}): ${errors.length} error(s): ${errors[0]}`);
		progress(true);
		try {
			opts.onResult?.(result);
		} catch (err) {
			log(`reconcile result listener failed: ${err.message}`);
		}
		return result;
	}
	function run(req) {
		const p = chain.then(() => doRun(req));
		chain = p.catch(() => {});
		return p;
	}
	function schedule() {
		timer = clock.setTimeout(() => {
			timer = null;
			if (!autoOn) return;
			store.runExclusive("reconcile", () => run({ trigger: "auto" })).catch(() => {}).finally(() => {
				if (autoOn && timer === null) schedule();
			});
		}, intervalMs);
	}
	return {
		run,
		/** Runs every intervalMs (the next one is scheduled after the previous ends). */
		startAuto() {
			if (autoOn) return;
			autoOn = true;
			schedule();
		},
		/** Stops the automatic runs and waits for a run in progress to end. */
		async stop() {
			autoOn = false;
			if (timer !== null) clock.clearTimeout(timer);
			timer = null;
			await chain;
		},
		/** Recent runs, newest first (for the health screen). */
		runs: (limit) => repo.listRuns(limit),
		get autoRunning() {
			return autoOn;
		}
	};
}
// src/main/core/tunnel/manual.ts
/**
* The webhook URL to register in Mesh from what the merchant typed. Pure. HTTPS only (Mesh posts
* to a public URL and the body is signed, not encrypted); no credentials, query or fragment;
* `/webhooks/mesh` is appended unless the path already ends with it.
*/
function normalizeManualUrl(input) {
	const text = (input ?? "").trim();
	if (text === "") throw new TunnelError("TUNNEL_INVALID_SETTINGS", "Enter the public HTTPS address of your reverse proxy, e.g. https://pay.example.com.", false);
	let url;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
	} catch {
		throw new TunnelError("TUNNEL_INVALID_SETTINGS", `"${text}" is not a web address. Enter it like https://pay.example.com.`, false);
	}
	if (url.protocol !== "https:") throw new TunnelError("TUNNEL_INVALID_SETTINGS", `The public URL must start with https:// (got ${url.protocol}//). Mesh sends payment updates only to HTTPS addresses.`, false);
	if (url.username || url.password) throw new TunnelError("TUNNEL_INVALID_SETTINGS", "Remove the user name and password from the public URL; Mesh cannot send them.", false);
	if (url.search || url.hash || text.includes("?") || text.includes("#")) throw new TunnelError("TUNNEL_INVALID_SETTINGS", "Remove the \"?…\" or \"#…\" part from the public URL.", false);
	if (!url.hostname.includes(".") && !url.hostname.startsWith("[")) throw new TunnelError("TUNNEL_INVALID_SETTINGS", `"${url.hostname}" is not a public host name; Mesh must reach it from the internet.`, false);
	let path = url.pathname.replace(/\/+$/, "");
	if (!path.endsWith("/webhooks/mesh")) path = `${path}${WEBHOOK_PATH}`;
	return `${url.origin}${path}`;
}
/** The receiver's health URL behind a webhook URL (GET /healthz next to /webhooks/mesh). */
function healthUrlFor(webhookUrl) {
	return webhookUrl.endsWith("/webhooks/mesh") ? `${webhookUrl.slice(0, -WEBHOOK_PATH.length)}/healthz` : `${webhookUrl.replace(/\/+$/, "")}/healthz`;
}
/** A reachability check over HTTP: GET <base>/healthz must answer 200. Throws TUNNEL_UNREACHABLE otherwise. */
function httpReachabilityCheck(opts = {}) {
	const doFetch = opts.fetch ?? fetch;
	const timeoutMs = opts.timeoutMs ?? 1e4;
	return async (webhookUrl) => {
		const url = healthUrlFor(webhookUrl);
		let status;
		try {
			const res = await doFetch(url, {
				method: "GET",
				redirect: "manual",
				signal: AbortSignal.timeout(timeoutMs)
			});
			status = res.status;
			await res.arrayBuffer().catch(() => void 0);
		} catch (cause) {
			throw new TunnelError("TUNNEL_UNREACHABLE", `${url} cannot be reached (${cause instanceof Error ? cause.cause instanceof Error ? cause.cause.message : cause.message : String(cause)}) — check the reverse proxy and its DNS`, true, { cause });
		}
		if (status !== 200) throw new TunnelError("TUNNEL_UNREACHABLE", `${url} answered HTTP ${status}, not this receiver — point the reverse proxy at the webhook port`, true);
	};
}
/** The merchant's own URL. It never drops on its own; reachability is checked at start when a check is given. */
function createManualProvider(settings, deps = {}) {
	const publicUrl = normalizeManualUrl(settings.publicUrl);
	return {
		kind: "manual",
		async start(target) {
			checkPorts({
				webhook: target,
				consolePort: settings.consolePort
			});
			if (deps.check && settings.checkReachability !== false) await deps.check(publicUrl);
			return {
				publicUrl,
				warning: null
			};
		},
		async stop() {},
		onDisconnect() {}
	};
}
// src/main/core/tunnel/ngrok.ts
var NGROK_DASHBOARD_AUTHTOKEN = "https://dashboard.ngrok.com/get-started/your-authtoken";
var NGROK_DASHBOARD_DOMAINS = "https://dashboard.ngrok.com/domains";
var NGROK_RANDOM_URL_WARNING = "No reserved domain: this URL changes every time the tunnel starts, and Mesh keeps only one webhook URL per environment. Reserve a free static domain at dashboard.ngrok.com → Domains and enter it in the tunnel settings.";
var HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** Accepts `foo.ngrok-free.app`, `https://foo.ngrok-free.app/`; returns the bare lower-case host or null when empty. */
function normalizeNgrokDomain(domain) {
	if (domain == null) return null;
	let d = domain.trim().toLowerCase();
	if (d === "") return null;
	d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/\/.*$/, "").replace(/\.$/, "");
	if (!HOSTNAME.test(d)) throw new TunnelError("TUNNEL_INVALID_SETTINGS", `"${domain.trim()}" is not a domain name. Enter the reserved domain exactly as ${NGROK_DASHBOARD_DOMAINS} shows it, e.g. shop-name.ngrok-free.app.`, false);
	return d;
}
/** Accepts the token itself, or the whole `ngrok config add-authtoken <token>` line copied from the dashboard. */
function normalizeAuthtoken(token) {
	let t = (token ?? "").trim();
	const cmd = /^ngrok\s+(?:config\s+add-)?authtoken\s+(\S+)$/i.exec(t);
	if (cmd) t = cmd[1];
	if (t === "") throw new TunnelError("TUNNEL_AUTHTOKEN_MISSING", `ngrok needs your authtoken: copy it from ${NGROK_DASHBOARD_AUTHTOKEN} and paste it in the tunnel settings.`, false);
	if (/\s/.test(t) || !/^[\x21-\x7e]+$/.test(t)) throw new TunnelError("TUNNEL_INVALID_SETTINGS", `The ngrok authtoken looks damaged (spaces or odd characters); copy it again from ${NGROK_DASHBOARD_AUTHTOKEN}.`, false);
	return t;
}
/**
* The SDK's forward options from our settings. Pure. Forwards only the webhook listener (on
* this machine), refuses the console's port, and passes the reserved domain when there is one.
*/
function buildNgrokConfig(settings) {
	const authtoken = normalizeAuthtoken(settings.authtoken);
	const domain = normalizeNgrokDomain(settings.domain);
	checkPorts(settings);
	const out = {
		addr: localAddr(settings.webhook),
		authtoken,
		proto: "http"
	};
	if (domain) out.domain = domain;
	return out;
}
/** The webhook URL to register in Mesh, from the listener's base URL. */
function webhookUrlFrom(base) {
	return `${base.replace(/\/+$/, "")}${WEBHOOK_PATH}`;
}
function ngrokCode(err) {
	const e = err;
	for (const v of [
		e?.errorCode,
		e?.code,
		e?.message,
		typeof err === "string" ? err : void 0
	]) if (typeof v === "string") {
		const m = /ERR_NGROK_(\d+)/i.exec(v);
		if (m) return Number(m[1]);
	}
	return null;
}
/**
* What a failure from the SDK means for the merchant. Pure. Never echoes the authtoken (ngrok's
* own messages for a bad token include it).
*/
function classifyNgrokError(err, ctx = {}) {
	if (err instanceof TunnelError) return err;
	const raw = err instanceof Error ? err.message : typeof err === "string" ? err : String(err);
	const redact = (s) => ctx.authtoken && ctx.authtoken.length >= 4 ? s.split(ctx.authtoken).join("[authtoken]") : s;
	const msg = redact(raw).split("\n")[0].trim();
	const code = ngrokCode(err);
	const domain = ctx.domain ? `"${ctx.domain}"` : "The domain";
	if (code === 105 || code === 106 || code === 107 || code === 4018 || /authtoken|authentication failed/i.test(raw)) return new TunnelError("TUNNEL_AUTH_FAILED", `ngrok rejected the authtoken — copy it again from ${NGROK_DASHBOARD_AUTHTOKEN} and paste it in the tunnel settings.`, false, { cause: err });
	if (code === 320 || code === 7117 || code === 7118 || /not reserved|reserved for another account/i.test(raw)) return new TunnelError("TUNNEL_DOMAIN_NOT_RESERVED", `${domain} is not reserved on this ngrok account — reserve it at ${NGROK_DASHBOARD_DOMAINS} (one static domain is free), or check that the authtoken belongs to the account that owns it.`, false, { cause: err });
	if (code === 108 || /simultaneous|session limit/i.test(raw)) return new TunnelError("TUNNEL_SESSION_LIMIT", "Another ngrok agent is already running on this account (free accounts allow one at a time) — stop it", true, { cause: err });
	if (code === 334 || /already (online|bound|in use)/i.test(raw)) return new TunnelError("TUNNEL_DOMAIN_IN_USE", `${domain} is already online through another ngrok agent — stop that agent`, true, { cause: err });
	if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|failed to (dial|establish|connect session)|tcp connection|dns|timed? ?out|network|unreachable|connection reset/i.test(raw)) return new TunnelError("TUNNEL_NETWORK", "Network unreachable — check the internet connection", true, { cause: err });
	return new TunnelError("TUNNEL_FAILED", `ngrok could not open the tunnel: ${msg || "unknown error"}`, true, { cause: err });
}
/** Loads `@ngrok/ngrok` on first use; TUNNEL_NGROK_MISSING when it is not installed or not usable. */
async function loadNgrokSdk(specifier = "@ngrok/ngrok") {
	let mod;
	try {
		mod = await import(
			/* @vite-ignore */
			specifier
);
	} catch (cause) {
		throw new TunnelError("TUNNEL_NGROK_MISSING", "The ngrok agent library (@ngrok/ngrok) is not installed in this build. Install it, or choose \"My own public URL\" in the tunnel settings.", false, { cause });
	}
	const m = mod;
	const sdk = typeof m.forward === "function" ? m : typeof m.default?.forward === "function" ? m.default : null;
	if (!sdk) throw new TunnelError("TUNNEL_NGROK_MISSING", "The installed @ngrok/ngrok has no forward() function; install version 1.x or later.", false);
	return sdk;
}
/** One ngrok listener for the webhook receiver. `loadSdk` is injectable for tests. */
function createNgrokProvider(settings, deps = {}) {
	const loadSdk = deps.loadSdk ?? (() => loadNgrokSdk());
	const startTimeoutMs = deps.startTimeoutMs ?? 3e4;
	let sdkInUse = null;
	let listener = null;
	let generation = 0;
	const disconnectCbs = [];
	return {
		kind: "ngrok",
		async start(target) {
			const config = buildNgrokConfig({
				...settings,
				webhook: target
			});
			const sdk = await loadSdk();
			sdkInUse = sdk;
			const gen = ++generation;
			let opened;
			let timer;
			try {
				const forwarding = sdk.forward({
					...config,
					onStatusChange: (status) => {
						if (gen !== generation || listener === null) return;
						if (status === "connected") return;
						for (const cb of disconnectCbs) cb("Lost the connection to ngrok (network down or the computer slept)");
					}
				});
				const timeout = new Promise((_, reject) => {
					timer = setTimeout(() => {
						if (gen === generation) generation++;
						forwarding.then((l) => l.close()).catch(() => {});
						reject(new TunnelError("TUNNEL_NETWORK", `ngrok did not answer within ${Math.round(startTimeoutMs / 1e3)} s — check the internet connection`, true));
					}, startTimeoutMs);
				});
				opened = await Promise.race([forwarding, timeout]);
			} catch (err) {
				throw classifyNgrokError(err, {
					authtoken: config.authtoken,
					domain: config.domain
				});
			} finally {
				clearTimeout(timer);
			}
			if (gen !== generation) {
				await opened.close().catch(() => {});
				throw new TunnelError("TUNNEL_FAILED", "The tunnel was stopped while it was starting.", true);
			}
			listener = opened;
			const base = opened.url();
			if (!base) throw new TunnelError("TUNNEL_FAILED", "ngrok opened the tunnel but gave no public URL; try again.", true);
			return {
				publicUrl: webhookUrlFrom(base),
				warning: config.domain ? null : NGROK_RANDOM_URL_WARNING
			};
		},
		async stop() {
			generation++;
			const l = listener;
			listener = null;
			if (!l) return;
			await l.close().catch(() => {});
			await sdkInUse?.disconnect?.().catch(() => {});
		},
		onDisconnect(cb) {
			disconnectCbs.push(cb);
		}
	};
}
// src/main/core/tunnel/manager.ts
var DEFAULT_TUNNEL_BACKOFF = {
	baseMs: 1e3,
	maxMs: 6e4
};
/** Delay before reconnect attempt number `failure` (1-based): base·2^(failure-1), capped. Deterministic (one client, no herd to spread). */
function reconnectDelay(failure, b) {
	const n = Math.max(1, Math.floor(failure));
	return Math.min(b.maxMs, b.baseMs * 2 ** Math.min(n - 1, 30));
}
function seconds(ms) {
	return ms < 1e3 ? `${ms} ms` : `${Math.round(ms / 1e3)} s`;
}
function createTunnelManager(opts) {
	const clock = opts.clock ?? systemClock;
	const backoff = {
		...DEFAULT_TUNNEL_BACKOFF,
		...opts.backoff
	};
	const log = opts.log ?? (() => {});
	const statusCbs = /* @__PURE__ */ new Set();
	const onlineCbs = /* @__PURE__ */ new Set();
	if (opts.onStatus) statusCbs.add(opts.onStatus);
	if (opts.onOnline) onlineCbs.add(opts.onOnline);
	let status = {
		state: "off",
		provider: null,
		publicUrl: null,
		reason: null,
		code: null,
		warning: null,
		since: clock.now(),
		nextRetryAt: null,
		failures: 0,
		downSince: null
	};
	/** Bumped by every start/stop, so callbacks from an older run are ignored. */
	let generation = 0;
	let provider = null;
	let settings = null;
	let retryTimer = null;
	/** The last failure's message, shown while the next attempt runs. */
	let lastFailure = null;
	function emit(patch) {
		const stateChanged = patch.state !== void 0 && patch.state !== status.state;
		const next = {
			...status,
			...patch,
			since: stateChanged ? clock.now() : patch.since ?? status.since
		};
		const same = Object.keys(next).every((k) => next[k] === status[k]);
		status = next;
		if (same) return;
		const snapshot = { ...status };
		for (const cb of statusCbs) try {
			cb(snapshot);
		} catch (err) {
			log(`tunnel status listener failed: ${err.message}`);
		}
	}
	if (opts.downtime) {
		const d = opts.downtime;
		Promise.resolve().then(() => d.openWindow("tunnel")).then((w) => {
			if (w && status.state !== "online" && status.downSince === null) status.downSince = w.startedAt;
		}).catch(() => {});
	}
	let downtimeWrites = Promise.resolve();
	function openDowntime(reason) {
		const at = clock.now();
		if (status.downSince === null) status.downSince = at;
		const d = opts.downtime;
		if (!d) return;
		downtimeWrites = downtimeWrites.then(async () => {
			await d.open("tunnel", at, reason);
			const w = await d.openWindow("tunnel");
			if (w && status.downSince !== null) status.downSince = Math.min(status.downSince, w.startedAt);
		}).catch((err) => log(`could not record tunnel downtime: ${err.message}`));
	}
	function closeDowntime() {
		status.downSince = null;
		const d = opts.downtime;
		if (!d) return Promise.resolve(null);
		const at = clock.now();
		const closed = downtimeWrites.then(() => d.close("tunnel", at));
		downtimeWrites = closed.catch(() => {});
		return closed.catch((err) => {
			log(`could not close tunnel downtime: ${err.message}`);
			return null;
		});
	}
	function cancelRetry() {
		if (retryTimer !== null) clock.clearTimeout(retryTimer);
		retryTimer = null;
	}
	function toTunnelError(err) {
		if (err instanceof TunnelError) return err;
		if (status.provider === "ngrok") return classifyNgrokError(err);
		return new TunnelError("TUNNEL_FAILED", `The tunnel could not start: ${err instanceof Error ? err.message : String(err)}`, true, { cause: err });
	}
	/** After a failed attempt or a drop: record the outage, then retry later unless retrying cannot help. */
	function fail(gen, err) {
		if (gen !== generation) return;
		openDowntime(err.message);
		lastFailure = err.message;
		const failures = status.failures + 1;
		if (!err.retryable) {
			log(`tunnel: ${err.code}: ${err.message}`);
			emit({
				state: "error",
				reason: err.message,
				code: err.code,
				nextRetryAt: null,
				failures,
				warning: null
			});
			return;
		}
		const delay = reconnectDelay(failures, backoff);
		const at = clock.now() + delay;
		log(`tunnel: ${err.code}: ${err.message}; retry in ${delay} ms`);
		cancelRetry();
		retryTimer = clock.setTimeout(() => {
			retryTimer = null;
			attempt(gen);
		}, delay);
		emit({
			state: "error",
			reason: `${err.message}; retrying in ${seconds(delay)}`,
			code: err.code,
			nextRetryAt: at,
			failures,
			warning: null
		});
	}
	async function attempt(gen) {
		if (gen !== generation || !provider || !settings) return;
		const p = provider;
		emit({
			state: "connecting",
			nextRetryAt: null,
			reason: lastFailure ? `${lastFailure}; trying again now` : null
		});
		try {
			await p.stop().catch(() => {});
			const { publicUrl, warning } = await p.start(settings.webhook);
			if (gen !== generation) {
				await p.stop().catch(() => {});
				return;
			}
			const window = await closeDowntime();
			lastFailure = null;
			emit({
				state: "online",
				publicUrl,
				reason: null,
				code: null,
				warning: warning ?? null,
				nextRetryAt: null,
				failures: 0
			});
			log(`tunnel online at ${publicUrl}`);
			const info = {
				publicUrl,
				provider: p.kind,
				window
			};
			for (const cb of onlineCbs) try {
				cb(info);
			} catch (err) {
				log(`tunnel online listener failed: ${err.message}`);
			}
		} catch (err) {
			fail(gen, toTunnelError(err));
		}
	}
	async function stopCurrent() {
		generation++;
		cancelRetry();
		const p = provider;
		provider = null;
		settings = null;
		lastFailure = null;
		if (p) await p.stop().catch((err) => log(`tunnel stop failed: ${err.message}`));
	}
	return {
		/** (Re)starts the tunnel with these settings. Resolves after the first attempt (online, or failed with a retry scheduled). */
		async start(next) {
			await stopCurrent();
			const gen = generation;
			let p;
			try {
				p = opts.createProvider(next);
			} catch (err) {
				const e = toTunnelError(err);
				emit({
					state: "error",
					provider: next.provider,
					reason: e.message,
					code: e.code,
					nextRetryAt: null,
					publicUrl: null,
					warning: null,
					failures: 0
				});
				return { ...status };
			}
			provider = p;
			settings = next;
			p.onDisconnect((reason) => {
				if (gen !== generation || provider !== p || status.state !== "online") return;
				log(`tunnel dropped: ${reason}`);
				fail(gen, new TunnelError("TUNNEL_NETWORK", reason, true));
			});
			emit({
				state: "connecting",
				provider: p.kind,
				publicUrl: null,
				reason: null,
				code: null,
				warning: null,
				nextRetryAt: null,
				failures: 0
			});
			await attempt(gen);
			return { ...status };
		},
		/** Takes the tunnel down on purpose and cancels any retry. An open outage window is closed: from here on it is "off", not "down". */
		async stop() {
			await stopCurrent();
			await closeDowntime();
			emit({
				state: "off",
				reason: null,
				code: null,
				nextRetryAt: null,
				publicUrl: null,
				warning: null,
				failures: 0
			});
			return { ...status };
		},
		/** Retries now instead of waiting for the scheduled attempt. */
		async retryNow() {
			if (!provider || status.state === "online" || status.state === "connecting") return { ...status };
			cancelRetry();
			await attempt(generation);
			return { ...status };
		},
		status: () => ({ ...status }),
		onStatus(cb) {
			statusCbs.add(cb);
			return () => statusCbs.delete(cb);
		},
		onOnline(cb) {
			onlineCbs.add(cb);
			return () => onlineCbs.delete(cb);
		}
	};
}
// src/main/core/tunnel/heartbeat.ts
var HEARTBEAT_KEY = "heartbeat";
/**
* The window during which the app was not running, from the last heartbeat to now, or null when
* the gap is within the threshold, or unknown (first run), or the clock went backwards. Pure.
*/
function appDowntimeWindow(lastHeartbeat, now, thresholdMs) {
	if (typeof lastHeartbeat !== "number" || !Number.isFinite(lastHeartbeat) || lastHeartbeat <= 0) return null;
	if (!Number.isFinite(now) || now <= lastHeartbeat) return null;
	if (now - lastHeartbeat <= thresholdMs) return null;
	return {
		startedAt: lastHeartbeat,
		endedAt: now
	};
}
function createHeartbeat(opts) {
	const clock = opts.clock ?? systemClock;
	const intervalMs = opts.intervalMs ?? 3e4;
	const thresholdMs = opts.thresholdMs ?? 9e4;
	let timer = null;
	let running = false;
	async function beat() {
		try {
			await opts.settings.set(HEARTBEAT_KEY, clock.now());
		} catch (err) {
			opts.log?.(`heartbeat write failed: ${err.message}`);
		}
	}
	function schedule() {
		timer = clock.setTimeout(() => {
			if (!running) return;
			beat();
			schedule();
		}, intervalMs);
	}
	return {
		/**
		* Records the app downtime since the last heartbeat (if any), then beats now and every
		* interval. Returns the recorded window's id, or null when there was none.
		*/
		async start() {
			if (running) return null;
			running = true;
			let id = null;
			const w = appDowntimeWindow(await opts.settings.get("heartbeat") ?? null, clock.now(), thresholdMs);
			if (w) {
				id = await opts.downtime.record("app", w.startedAt, w.endedAt, "Countertop was not running");
				opts.log?.(`app was down from ${new Date(w.startedAt).toISOString()} to ${new Date(w.endedAt).toISOString()}`);
			}
			await beat();
			schedule();
			return id;
		},
		/** Stops beating; writes a last beat so the next start measures the gap from now. */
		async stop() {
			if (!running) return;
			running = false;
			if (timer !== null) clock.clearTimeout(timer);
			timer = null;
			await beat();
		},
		beat
	};
}
// src/main/core/tunnel/allowlist.ts
/** Mesh's documented webhook source (reference §5). */
var MESH_WEBHOOK_SOURCE_IPS = ["20.22.113.37"];
/** A bare, canonical address: no brackets, no port, no zone, IPv4-mapped IPv6 unwrapped; null when it is not an IP. */
function normalizeIp(value) {
	if (typeof value !== "string") return null;
	let v = value.trim().toLowerCase();
	if (v === "") return null;
	const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
	if (bracketed) v = bracketed[1];
	else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
	v = v.replace(/%[^%]*$/, "");
	const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(v);
	if (mapped) v = mapped[1];
	return (0, node_net.isIP)(v) ? v : null;
}
function isLoopback(ip) {
	if (ip === null) return false;
	if ((0, node_net.isIP)(ip) === 4) return ip.startsWith("127.");
	return ip === "::1";
}
function forwardedEntries(h) {
	if (h == null) return [];
	return (typeof h === "string" ? h : h.join(",")).split(",").map((s) => s.trim()).filter((s) => s !== "");
}
/**
* The address a request really came from, as far as we can trust it. Pure.
* - peer not loopback: the peer (X-Forwarded-For is ignored: anyone can write it);
* - peer loopback and trustedProxyHops = n ≥ 1 and the header has ≥ n entries: the n-th entry from
*   the right (the one our own hop appended); fewer entries: null (cannot tell);
* - peer loopback without the header, or n = 0: the peer.
*/
function resolveSourceAddress(c) {
	const peer = normalizeIp(c.remoteAddress);
	if (peer === null) return null;
	const hops = Number.isInteger(c.trustedProxyHops) && c.trustedProxyHops > 0 ? c.trustedProxyHops : 0;
	if (!isLoopback(peer) || hops === 0) return peer;
	const entries = forwardedEntries(c.forwardedFor);
	if (entries.length === 0) return peer;
	if (entries.length < hops) return null;
	return normalizeIp(entries[entries.length - hops]);
}
function buildList(entries) {
	const list = new node_net.BlockList();
	for (const raw of entries) {
		const [addr, bits, extra] = raw.trim().split("/");
		if (extra !== void 0) continue;
		const ip = normalizeIp(addr);
		if (ip === null) continue;
		const family = (0, node_net.isIP)(ip) === 4 ? "ipv4" : "ipv6";
		if (bits === void 0) {
			list.addAddress(ip, family);
			continue;
		}
		const prefix = Number(bits);
		if (!/^\d{1,3}$/.test(bits) || prefix > (family === "ipv4" ? 32 : 128)) continue;
		list.addSubnet(ip, prefix, family);
	}
	return list;
}
/** True when the request's trusted source address is on the allowlist. Pure; invalid list entries never match. */
function isAllowedSource(c) {
	const source = resolveSourceAddress(c);
	if (source === null) return false;
	return buildList(c.allowlist ?? MESH_WEBHOOK_SOURCE_IPS).check(source, (0, node_net.isIP)(source) === 4 ? "ipv4" : "ipv6");
}
// src/main/core/tunnel/index.ts
/** The provider for a settings object: ngrok (SDK loaded on first start) or the merchant's own URL. */
function defaultProviderFactory(deps = {}) {
	return (s) => s.provider === "ngrok" ? createNgrokProvider(s, { loadSdk: deps.loadNgrok }) : createManualProvider(s, { check: deps.check });
}
// src/main/core/connectivity.ts
var NGROK_AUTHTOKEN = "ngrokAuthtoken";
function createConnectivity(deps) {
	const { store } = deps;
	const downtime = store.downtime;
	const reconciler = createReconciler({
		store,
		mesh: deps.mesh,
		now: deps.now,
		log: deps.log,
		downtime,
		intervalMs: deps.reconcileIntervalMs,
		pendingAgeMs: deps.pendingAgeMs,
		sweepLookbackMs: deps.sweepLookbackMs,
		sweepOverlapMs: deps.sweepOverlapMs,
		onProgress: (p) => deps.bus.publish("reconcile.progress", p),
		onResult: (r) => {
			for (const id of r.changedTransferIds) deps.publishTransfer(id);
		}
	});
	const tunnel = createTunnelManager({
		createProvider: defaultProviderFactory({ check: httpReachabilityCheck() }),
		downtime,
		log: deps.log,
		onStatus: (s) => deps.bus.publish("tunnel.updated", s),
		onOnline: () => void reconciler.run({ trigger: "tunnel" }).catch((e) => deps.log(`reconcile after tunnel: ${e.message}`))
	});
	const heartbeat = createHeartbeat({
		settings: store.settings,
		downtime,
		log: deps.log
	});
	async function config() {
		return await store.settings.get("tunnel") ?? null;
	}
	let allowlist = false;
	function allowlistEnabled() {
		return allowlist;
	}
	/** For the receiver: with the allowlist on, only Mesh's documented address, via the trusted tunnel hop. */
	function sourceAllowed(remoteAddress, forwardedFor) {
		return !allowlist || isAllowedSource({
			remoteAddress: remoteAddress ?? "",
			forwardedFor,
			trustedProxyHops: 1
		});
	}
	async function view() {
		const [c, windows] = await Promise.all([config(), downtime.list(20)]);
		const r = deps.receiver();
		return {
			status: tunnel.status(),
			config: {
				provider: c?.provider ?? null,
				domain: c?.domain ?? null,
				publicUrl: c?.publicUrl ?? null,
				authtokenSet: deps.secrets.has(NGROK_AUTHTOKEN)
			},
			localWebhookUrl: r?.url ?? "",
			allowlist: {
				enabled: allowlistEnabled(),
				addresses: [...MESH_WEBHOOK_SOURCE_IPS]
			},
			downtime: windows
		};
	}
	function settingsFor(c) {
		const r = deps.receiver();
		if (!r) throw new CommandError("RECEIVER_NOT_RUNNING", "The webhook receiver is not running.");
		const common = {
			webhook: {
				host: r.host,
				port: r.port
			},
			consolePort: deps.consolePort()
		};
		if (c.provider === "ngrok") {
			const authtoken = deps.secrets.get(NGROK_AUTHTOKEN);
			if (!authtoken) throw new CommandError("TUNNEL_AUTHTOKEN_MISSING", "Paste your ngrok authtoken (dashboard.ngrok.com → Your Authtoken).");
			return {
				provider: "ngrok",
				authtoken,
				domain: c.domain,
				...common
			};
		}
		if (!c.publicUrl) throw new CommandError("TUNNEL_INVALID_SETTINGS", "Enter the public https URL of your reverse proxy.");
		return {
			provider: "manual",
			publicUrl: c.publicUrl,
			...common
		};
	}
	async function selfTest() {
		const r = deps.receiver();
		if (!r) throw new CommandError("RECEIVER_NOT_RUNNING", "The webhook receiver is not running.");
		const st = tunnel.status();
		const viaTunnel = st.state === "online" && !!st.publicUrl;
		const url = viaTunnel ? st.publicUrl : r.url;
		const id = `selftest-${(0, node_crypto.randomUUID)()}`;
		const now = deps.now();
		const body = JSON.stringify({
			EventId: id,
			Id: (0, node_crypto.randomUUID)(),
			SentTimestamp: Math.floor(now / 1e3),
			Timestamp: now,
			TransferId: id,
			TransferStatus: "Succeeded",
			TransactionId: id,
			CountertopSelfTest: true
		});
		const started = performance.now();
		try {
			const res = await fetch(url, {
				method: "POST",
				headers: {
					"content-type": "application/json",
					"x-mesh-signature-256": signBody(deps.webhookSecret(), body)
				},
				body,
				signal: AbortSignal.timeout(1e4)
			});
			const roundTripMs = Math.round((performance.now() - started) * 10) / 10;
			const answer = await res.json().catch(() => null);
			const ok = res.status === 200 && answer?.verdict === "accepted";
			return {
				ok,
				url,
				viaTunnel,
				httpStatus: res.status,
				roundTripMs,
				verdict: answer?.verdict ?? null,
				message: ok ? `Signed test delivery answered 200 in ${roundTripMs} ms${viaTunnel ? " through the public URL" : " (local; no tunnel online)"}${roundTripMs > 200 ? " — slower than Mesh’s 200 ms budget, expect retries" : ""}.` : `The test delivery got HTTP ${res.status}${answer?.verdict ? ` (${answer.verdict})` : ""}: the URL may not reach this Countertop, or it has another webhook secret.`
			};
		} catch (err) {
			return {
				ok: false,
				url,
				viaTunnel,
				httpStatus: null,
				roundTripMs: Math.round(performance.now() - started),
				verdict: null,
				message: `Could not reach ${url}: ${err.message}`
			};
		}
	}
	return {
		tunnelStatus: () => view(),
		startTunnel: async ({ provider, authtoken, domain, publicUrl }) => {
			if (authtoken) deps.secrets.set(NGROK_AUTHTOKEN, authtoken);
			const prev = await config();
			const c = {
				provider,
				domain: domain === void 0 ? prev?.domain ?? null : domain || null,
				publicUrl: publicUrl ?? prev?.publicUrl ?? null
			};
			const settings = settingsFor(c);
			await store.ops.setSettings([["tunnel", c]], {
				actor: "manager",
				action: "tunnel.configured",
				detail: {
					provider,
					domain: c.domain,
					publicUrl: c.publicUrl,
					authtoken: authtoken ? "changed" : void 0
				}
			});
			await tunnel.start(settings);
			return view();
		},
		stopTunnel: async () => {
			await tunnel.stop();
			const c = await config();
			await store.ops.setSettings([["tunnel", c ? {
				...c,
				stopped: true
			} : null]], null);
			return view();
		},
		setAllowlist: async ({ enabled }) => {
			await store.ops.setSettings([["allowlist", enabled]], {
				actor: "manager",
				action: "allowlist.changed",
				detail: { enabled }
			});
			allowlist = enabled;
			return view();
		},
		reconcileNow: async ({ transferId, transactionId }) => {
			if (!deps.mesh()) throw new CommandError("MESH_NOT_READY", "The Mesh connection is not ready yet; try again in a moment.");
			const r = await reconciler.run({
				trigger: "manual",
				transferId,
				transactionId
			});
			if (r.errors.length && r.checked === 0 && r.pages === 0) throw new CommandError("RECONCILE_FAILED", r.errors[0]);
			const { reconciledWindowIds: _covered, ...view } = r;
			return view;
		},
		selfTest,
		reconciler,
		tunnel,
		allowlistEnabled,
		sourceAllowed,
		/** Loads what the receiver needs on every delivery (the allowlist); before the receiver starts. */
		async init() {
			allowlist = await store.settings.get("allowlist") === true;
		},
		/** Starts the heartbeat, the start-up catch-up, automatic reconciliation, and a saved tunnel. */
		async start() {
			await heartbeat.start();
			store.runExclusive("reconcile", () => reconciler.run({ trigger: "startup" })).catch((e) => deps.log(`start-up reconcile: ${e.message}`));
			reconciler.startAuto();
			const c = await store.settings.get("tunnel");
			if (c && !c.stopped) try {
				tunnel.start(settingsFor(c)).catch((e) => deps.log(`tunnel: ${e.message}`));
			} catch (e) {
				deps.log(`tunnel not started: ${e.message}`);
			}
		},
		async stop() {
			await reconciler.stop();
			await tunnel.stop().catch(() => {});
			await heartbeat.stop().catch(() => {});
		}
	};
}
// src/main/core/display.ts
/** How long paid / failed / cancelled stays on the display before it goes back to idle. */
var DISPLAY_RESET_MS = 15e3;
function initialDisplay(at, shopName = "", locale = null) {
	return {
		view: idleView(shopName, locale, at),
		enteredAt: at,
		newestSaleAt: null
	};
}
function idleView(shopName, locale, at) {
	return {
		state: "idle",
		sessionId: null,
		charge: null,
		paymentLink: null,
		shopName,
		locale,
		updatedAt: at
	};
}
/**
* What a sale means for the customer. A payment Mesh reports with a different amount is not
* "paid" for the customer either (the counter shows Amount mismatch): they are sent to the cashier.
*/
function displayStateOf(sale) {
	switch (sale.state) {
		case "succeeded": return sale.amountMismatch ? "failed" : "paid";
		case "failed": return "failed";
		case "abandoned":
		case "expired":
		case "cancelled": return "cancelled";
		default: return sale.endReason ? "cancelled" : "due";
	}
}
var FINAL = /* @__PURE__ */ new Set([
	"paid",
	"failed",
	"cancelled"
]);
var isDisplayFinal = (s) => FINAL.has(s);
function sameCharge(a, b) {
	if (a === null || b === null) return a === b;
	return a.amount === b.amount && a.currency === b.currency && a.usdAmount === b.usdAmount && a.rate === b.rate;
}
/** The display's next state. Returns `s` itself when nothing changed (nothing to publish). */
function nextDisplay(s, input, resetAfterMs = DISPLAY_RESET_MS) {
	const v = s.view;
	switch (input.type) {
		case "tick":
			if (!isDisplayFinal(v.state) || input.at - s.enteredAt < resetAfterMs) return s;
			return {
				...s,
				view: idleView(v.shopName, v.locale, input.at),
				enteredAt: input.at
			};
		case "shop":
			if (input.shopName === v.shopName && input.locale === v.locale) return s;
			return {
				...s,
				view: {
					...v,
					shopName: input.shopName,
					locale: input.locale,
					updatedAt: input.at
				}
			};
		case "sale": {
			const { sale } = input;
			const current = v.sessionId === sale.sessionId;
			const newer = s.newestSaleAt === null || sale.createdAt > s.newestSaleAt;
			if (!current && !input.started && !newer) return s;
			const state = current && v.state === "paid" ? "paid" : displayStateOf(sale);
			const paymentLink = input.paymentLink ?? sale.paymentLink ?? (current ? v.paymentLink : null);
			if (current && state === v.state && paymentLink === v.paymentLink && sameCharge(sale.charge, v.charge)) return s;
			return {
				view: {
					state,
					sessionId: sale.sessionId,
					charge: sale.charge,
					paymentLink,
					shopName: v.shopName,
					locale: v.locale,
					updatedAt: input.at
				},
				enteredAt: current && state === v.state ? s.enteredAt : input.at,
				newestSaleAt: s.newestSaleAt === null ? sale.createdAt : Math.max(s.newestSaleAt, sale.createdAt)
			};
		}
	}
}
/**
* The display's wiring: every input goes through one queue (so the shop read before a transition
* never reorders two of them), each change is published, and a timer takes a final state back
* to idle after `resetAfterMs`.
*/
function createDisplay(deps) {
	const resetAfterMs = deps.resetAfterMs ?? 15e3;
	let state = initialDisplay(deps.now());
	let queue = Promise.resolve();
	let timer = null;
	let closed = false;
	function apply(input) {
		const next = nextDisplay(state, input, resetAfterMs);
		if (next === state) return;
		const changed = next.view !== state.view;
		state = next;
		if (changed) deps.publish(state.view);
		schedule();
	}
	function schedule() {
		if (timer) clearTimeout(timer);
		timer = null;
		if (closed || !isDisplayFinal(state.view.state)) return;
		timer = setTimeout(() => void enqueue(async () => apply({
			type: "tick",
			at: deps.now()
		})), Math.max(0, state.enteredAt + resetAfterMs - deps.now()));
		timer.unref?.();
	}
	async function readShop() {
		try {
			apply({
				type: "shop",
				...await deps.shop(),
				at: deps.now()
			});
		} catch (err) {
			deps.log?.("the customer display could not read the shop settings", err);
		}
	}
	function enqueue(fn) {
		const run = queue.then(fn);
		queue = run.catch((err) => deps.log?.("the customer display could not update", err));
		return run;
	}
	return {
		/** A sale changed (sale.updated). Dropped after close (the store is closing). */
		onSale(sale) {
			return enqueue(async () => {
				if (closed) return;
				await readShop();
				apply({
					type: "sale",
					sale,
					at: deps.now()
				});
			});
		},
		/** The sales start path: this sale now owns the display, with its Paylink when known. */
		saleStarted(sale, paymentLink) {
			return enqueue(async () => {
				if (closed) return;
				await readShop();
				apply({
					type: "sale",
					sale,
					at: deps.now(),
					started: true,
					paymentLink
				});
			});
		},
		/** The current view (display.get). Catches up first: updates may have gone unheard. */
		get() {
			return enqueue(async () => {
				await readShop();
				apply({
					type: "tick",
					at: deps.now()
				});
				const id = state.view.sessionId;
				if (id && !isDisplayFinal(state.view.state)) {
					const sale = await deps.getSale(id);
					if (sale) apply({
						type: "sale",
						sale,
						at: deps.now()
					});
				}
				return state.view;
			});
		},
		close() {
			closed = true;
			if (timer) clearTimeout(timer);
			timer = null;
		}
	};
}
// src/main/core/index.ts
/** Secret-store entries whose values must never leave the core (support bundles scrub them). */
var SECRET_NAMES = [
	SECRET_KEYS$1.meshApiKey,
	SECRET_KEYS$1.webhookSecret,
	NGROK_AUTHTOKEN,
	"customerSalt"
];
var VERSION = "0.1.0";
async function createCore(opts) {
	const now = opts.now ?? Date.now;
	const logger = opts.logger ?? (0, pino.default)({ level: "silent" });
	const log = (msg) => logger.warn(msg);
	let onNotice = () => {};
	const store = opts.databaseUrl ? await require_postgres.openPostgresStore({
		url: opts.databaseUrl,
		limits: opts.limits,
		now,
		onNotify: (n) => onNotice(n)
	}) : await openSqliteStore({
		file: (0, node_path.join)(opts.dataDir, "countertop.sqlite"),
		synchronous: opts.synchronous,
		nativeBinding: opts.nativeBinding,
		limits: opts.limits,
		onProgress: (m) => logger.info(m)
	});
	const shared = store.engine === "postgres";
	logger.info({ engine: store.engine }, shared ? "ledger: PostgreSQL (shared by every counter pointed at it)" : "ledger: SQLite in the data directory");
	const bus = createBus();
	let secret = opts.webhookSecret;
	const ingestor = createIngestor({
		store,
		secret: () => secret,
		now,
		staleAfterMs: opts.staleAfterMs
	});
	const registry = createRegistry(logger.child({ component: "commands" }));
	const secrets = opts.secrets ?? createFileSecretStore(opts.dataDir);
	let receiver = null;
	let sandbox = null;
	let mesh = null;
	/** The Mesh API key in use (from the environment, Settings or the emulator): a secret like the stored ones. */
	let meshKey = null;
	const sales = createSales({
		store,
		bus,
		secrets,
		mode: opts.mode,
		now,
		log,
		getLinkToken: (req) => {
			if (!mesh) throw new CommandError("MESH_NOT_READY", "The Mesh connection is not ready yet; try again in a moment.");
			return mesh.getLinkToken(req);
		}
	});
	const shifts = createShifts({
		store,
		saleView: (s) => sales.view(s),
		now
	});
	const display = createDisplay({
		now,
		resetAfterMs: opts.displayResetMs,
		shop: async () => {
			const c = await sales.counterSettings();
			return {
				shopName: c.shop.name,
				locale: c.locale
			};
		},
		getSale: (id) => sales.get(id).catch(() => null),
		publish: (view) => bus.publish("display.updated", view),
		log: (msg, err) => logger.warn({ err }, msg)
	});
	const unobserve = bus.observe((msg) => {
		if (msg.type === "sale.updated") display.onSale(msg.payload);
	});
	let openDisplay = () => Promise.resolve({
		url: null,
		opened: false
	});
	const sweep = setInterval(() => {
		if (store.open) store.runExclusive("sale-expiry", () => sales.sweepExpired()).catch((err) => logger.warn({ err }, "sale expiry sweep failed"));
	}, 5e3);
	sweep.unref();
	function setSecret(s) {
		secret = s;
		if (sandbox && receiver) sandbox.setWebhookTarget(receiver.url, s);
	}
	let pendingAnswers = [];
	const flushAnswers = () => {
		if (pendingAnswers.length === 0 || !store.open) return;
		const batch = pendingAnswers;
		pendingAnswers = [];
		store.recordAnswerTimes(batch);
	};
	const answerTimer = setInterval(flushAnswers, 100);
	answerTimer.unref();
	async function publishTransfer(transferId) {
		const row = await store.transfers.get(transferId);
		if (!row) return;
		bus.publish("transfer.updated", row);
		if (row.sessionId) await sales.refresh(row.sessionId, true);
	}
	/** Tells the consoles about a recorded delivery and the transfer it changed. */
	function publishChange(transferId, deliveryId) {
		if (!store.open || bus.size() === 0) return;
		const work = async () => {
			if (transferId) await publishTransfer(transferId);
			if (deliveryId === null) return;
			const d = await store.deliveries.get(deliveryId);
			if (d) bus.publish("delivery.recorded", d);
		};
		work().catch((err) => {
			if (store.open) logger.warn({ err }, "could not publish a delivery");
		});
	}
	/**
	* After the reply: tell the consoles (the UI hears of a delivery only once it is answered).
	* On a shared ledger the notice from the database does it — for this process's deliveries and
	* every other receiver's alike — so it is not done twice.
	*/
	function publishDelivery(r) {
		if (!shared) publishChange(r.changedTransferId, r.deliveryRowId);
	}
	onNotice = (n) => publishChange(n.transferId, n.deliveryId);
	let receiverHost = "127.0.0.1";
	let consolePort = null;
	const connectivity = createConnectivity({
		store,
		bus,
		secrets,
		now,
		log,
		mesh: () => mesh,
		webhookSecret: () => secret,
		receiver: () => receiver ? {
			host: receiverHost,
			port: receiver.port,
			url: receiver.url
		} : null,
		consolePort: () => consolePort,
		publishTransfer: (transferId) => void publishTransfer(transferId).catch((err) => {
			if (store.open) logger.warn({ err }, "could not publish a reconciled transfer");
		}),
		reconcileIntervalMs: opts.reconcile?.intervalMs,
		pendingAgeMs: opts.reconcile?.pendingAgeMs,
		sweepLookbackMs: opts.reconcile?.sweepLookbackMs,
		sweepOverlapMs: opts.reconcile?.sweepOverlapMs
	});
	await connectivity.init();
	const settings = createSettings({
		store,
		secrets,
		runningMode: opts.mode,
		now,
		pinCost: opts.pinCost,
		activeWebhookSecret: () => secret,
		onWebhookSecret: (s) => setSecret(s)
	});
	await settings.init();
	const health = async () => ({
		mode: opts.mode,
		receiverListening: receiver !== null,
		webhookUrl: receiver?.url ?? "",
		lastDeliveryAt: await store.deliveries.lastReceivedAt(),
		version: VERSION
	});
	for (const domain of Object.values(domainCommands({
		store,
		ingestor,
		sales,
		shifts,
		settings,
		connectivity,
		health,
		sandbox: () => sandbox,
		now,
		publishDelivery,
		logError: (err, what) => logger.warn({ err }, `${what} failed`),
		version: VERSION,
		display,
		openDisplay: () => openDisplay(),
		secretValues: () => [
			secret,
			meshKey ?? "",
			...SECRET_NAMES.map((n) => secrets.get(n) ?? ""),
			...opts.hostSecrets?.() ?? []
		].filter((s) => s.length > 0)
	}))) registry.register(domain);
	return {
		store,
		bus,
		ingestor,
		registry,
		sales,
		shifts,
		settings,
		now,
		get receiver() {
			return receiver;
		},
		get sandbox() {
			return sandbox;
		},
		get mesh() {
			return mesh;
		},
		connectivity,
		display,
		/** The host's way to show the customer display (display.open): a window, or the URL for a browser. */
		setDisplayOpener(fn) {
			openDisplay = fn;
		},
		/** The console's port, so the tunnel can refuse to expose it. */
		setConsolePort(port) {
			consolePort = port;
		},
		/** Heartbeat, start-up catch-up, periodic reconciliation and a saved tunnel: after the receiver (and emulator) run. */
		startBackground() {
			connectivity.start().catch((err) => logger.error({ err }, "background jobs did not start"));
		},
		/**
		* Points the Mesh client at a Mesh (in emulator mode: the emulator the host started, with
		* the credentials it issued) and, for the emulator, takes its fault controls.
		*/
		connectMesh(conn, control) {
			meshKey = conn.clientSecret;
			mesh = createMeshClient(conn.baseUrl ? {
				baseUrl: conn.baseUrl,
				clientId: conn.clientId,
				clientSecret: conn.clientSecret
			} : {
				environment: opts.mode,
				clientId: conn.clientId,
				clientSecret: conn.clientSecret
			});
			sandbox = control ?? null;
			if (sandbox && receiver) sandbox.setWebhookTarget(receiver.url, secret);
		},
		setWebhookSecret: (s) => setSecret(s),
		async startReceiver(host, port) {
			receiverHost = host;
			receiver = await startReceiver({
				ingestor,
				host,
				port,
				bodyLimit: opts.bodyLimit,
				sourceAllowed: connectivity.sourceAllowed,
				storageCheck: () => store.open && store.probeWrite ? store.probeWrite() : Promise.resolve(),
				logger: logger.child({ component: "webhooks" }),
				onAnswered: (id, ms) => {
					pendingAnswers.push({
						id,
						ms
					});
					if (pendingAnswers.length >= 500) flushAnswers();
				},
				onDelivered: (r) => setImmediate(() => publishDelivery(r))
			});
			return receiver;
		},
		/** Closes listeners first (in-flight requests finish), then the database. */
		async close() {
			await connectivity.stop();
			sandbox = null;
			if (receiver) await receiver.close();
			receiver = null;
			clearInterval(answerTimer);
			clearInterval(sweep);
			unobserve();
			display.close();
			flushAnswers();
			await store.close();
		}
	};
}
// src/main/host/datadir.ts
var LOCK_FILE = "countertop.lock";
/** The holder touches its lock this often; a lock from another machine untouched for LOCK_STALE_MS is stale. */
var LOCK_REFRESH_MS = 15e3;
var LOCK_STALE_MS = 6e4;
/** Locks this process holds (by path): a second host in the same process is refused, not mistaken for a stale lock. */
var heldHere = /* @__PURE__ */ new Set();
/** A start-up failure a person must fix: says which path, what went wrong and what to do. */
var StartupError = class extends Error {
	code;
	path;
	constructor(code, message, path, cause) {
		super(message, cause === void 0 ? void 0 : { cause });
		this.code = code;
		this.path = path;
		this.name = "StartupError";
	}
};
var WHY = {
	EACCES: "permission denied",
	EPERM: "operation not permitted",
	EROFS: "the file system is read-only",
	ENOSPC: "the disk is full",
	EDQUOT: "the disk quota is exhausted",
	ENOTDIR: "a part of the path is a file, not a directory",
	EISDIR: "it is a directory",
	ENOENT: "it does not exist",
	EEXIST: "it already exists"
};
/** "permission denied (EACCES)" — the cause of a file-system error in words, with its code. */
function describeFsError(err) {
	const e = err;
	if (e?.code && WHY[e.code]) return `${WHY[e.code]} (${e.code})`;
	return e?.message ?? String(err);
}
/** Creates the data dir (0700), tightens an existing one to 0700 when it is ours, and proves it writable. */
function prepareDataDir(dir) {
	try {
		(0, node_fs.mkdirSync)(dir, {
			recursive: true,
			mode: 448
		});
	} catch (err) {
		throw new StartupError("DATA_DIR_UNUSABLE", `Cannot create the data directory ${dir}: ${describeFsError(err)}. Choose another with --data, or fix its parent's permissions.`, dir, err);
	}
	let st;
	try {
		st = (0, node_fs.statSync)(dir);
	} catch (err) {
		throw new StartupError("DATA_DIR_UNUSABLE", `Cannot read the data directory ${dir}: ${describeFsError(err)}.`, dir, err);
	}
	if (!st.isDirectory()) throw new StartupError("DATA_DIR_UNUSABLE", `The data directory ${dir} is not a directory. Choose another with --data.`, dir);
	let tightened = false;
	if ((typeof process.getuid !== "function" || st.uid === process.getuid()) && (st.mode & 63) !== 0 && process.platform !== "win32") try {
		(0, node_fs.chmodSync)(dir, 448);
		tightened = true;
	} catch (err) {
		throw new StartupError("DATA_DIR_UNUSABLE", `Cannot make the data directory ${dir} private (mode 0700): ${describeFsError(err)}.`, dir, err);
	}
	return { tightened };
}
function readLock(file) {
	try {
		const v = JSON.parse((0, node_fs.readFileSync)(file, "utf8"));
		return typeof v.pid === "number" && Number.isInteger(v.pid) && v.pid > 0 ? {
			pid: v.pid,
			hostname: String(v.hostname ?? ""),
			startedAt: Number(v.startedAt ?? 0)
		} : null;
	} catch {
		return null;
	}
}
/** Whether a process with this PID exists (EPERM: it does, it is someone else's). */
function processAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return err.code === "EPERM";
	}
}
/** When a process started (ms since epoch), where the system says (Linux /proc); null when unknown. */
function processStartedAt(pid) {
	try {
		const stat = (0, node_fs.readFileSync)(`/proc/${pid}/stat`, "utf8");
		const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
		const ticks = Number(fields[19]);
		const btime = Number(/^btime (\d+)$/m.exec((0, node_fs.readFileSync)("/proc/stat", "utf8"))?.[1]);
		return Number.isFinite(ticks) && Number.isFinite(btime) ? btime * 1e3 + ticks / 100 * 1e3 : null;
	} catch {
		return null;
	}
}
/**
* Whether the lock's holder still runs. On this machine: its PID is alive and is the process
* that wrote the lock (a PID reused since — after a crash and a container restart the new
* process may even get our own PID — does not count). On another machine (a shared data dir):
* its holder keeps touching the file, so one untouched for LOCK_STALE_MS is gone.
*/
function holderAlive(file, holder, me) {
	if (holder.hostname !== me.hostname) try {
		return Date.now() - (0, node_fs.statSync)(file).mtimeMs < LOCK_STALE_MS;
	} catch {
		return false;
	}
	if (holder.pid === me.pid) return false;
	if (!processAlive(holder.pid)) return false;
	const started = processStartedAt(holder.pid);
	return started === null || started <= holder.startedAt + 6e4;
}
/**
* Creates the lock file with its content in one step: written to a file of our own (O_EXCL), then
* hard-linked to the lock's name — link() fails with EEXIST when the lock exists, and another
* instance never sees a half-written lock.
*/
function writeNew(file, info) {
	const tmp = `${file}.${process.pid}.tmp`;
	unlinkQuiet(tmp);
	const fd = (0, node_fs.openSync)(tmp, "wx", 384);
	try {
		(0, node_fs.writeSync)(fd, `${JSON.stringify(info)}\n`);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
	try {
		(0, node_fs.linkSync)(tmp, file);
	} finally {
		unlinkQuiet(tmp);
	}
}
/**
* Takes the data dir's lock, or throws a StartupError naming the PID that holds it. A lock whose
* PID is gone (on this machine) is stale: it is moved aside atomically and taken over; if another
* starting instance took it over first, that one wins and this one refuses.
*/
function acquireDataDirLock(dir) {
	const file = (0, node_path.join)(dir, LOCK_FILE);
	const me = {
		pid: process.pid,
		hostname: (0, node_os.hostname)(),
		startedAt: Date.now()
	};
	if (heldHere.has((0, node_path.resolve)(file))) throw new StartupError("DATA_DIR_LOCKED", `This process (PID ${process.pid}) already uses the data directory ${dir}; close the first one before starting another on it.`, file);
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeNew(file, me);
			return ownLock(file);
		} catch (err) {
			if (err.code !== "EEXIST") throw new StartupError("DATA_DIR_UNUSABLE", `Cannot create the lock file ${file}: ${describeFsError(err)}. The data directory ${dir} must be writable by this user; fix its permissions or choose another with --data.`, file, err);
		}
		const holder = readLock(file);
		if (holder && holderAlive(file, holder, me)) {
			const where = holder.hostname !== me.hostname ? ` on ${holder.hostname}` : "";
			throw new StartupError("DATA_DIR_LOCKED", `Another Countertop (PID ${holder.pid}${where}) is using the data directory ${dir}. Stop it first, or start this one with another --data. If PID ${holder.pid} is not Countertop, delete ${file}.`, file);
		}
		const aside = `${file}.stale-${process.pid}`;
		try {
			(0, node_fs.renameSync)(file, aside);
		} catch {
			continue;
		}
		const moved = readLock(aside);
		if (moved && moved.pid !== holder?.pid && holderAlive(aside, moved, me)) {
			try {
				(0, node_fs.linkSync)(aside, file);
			} catch {}
			unlinkQuiet(aside);
			throw new StartupError("DATA_DIR_LOCKED", `Another Countertop (PID ${moved.pid}) is starting on the data directory ${dir}. Stop it first, or start this one with another --data.`, file);
		}
		unlinkQuiet(aside);
	}
	throw new StartupError("DATA_DIR_LOCKED", `Could not take the lock ${file}: other instances keep starting on ${dir}.`, file);
}
function unlinkQuiet(file) {
	try {
		(0, node_fs.unlinkSync)(file);
	} catch {}
}
function ownLock(file) {
	let released = false;
	const key = (0, node_path.resolve)(file);
	heldHere.add(key);
	const refresh = setInterval(() => {
		try {
			const now = /* @__PURE__ */ new Date();
			(0, node_fs.utimesSync)(file, now, now);
		} catch {}
	}, LOCK_REFRESH_MS);
	refresh.unref();
	return {
		file,
		async release() {
			if (released) return;
			released = true;
			clearInterval(refresh);
			heldHere.delete(key);
			if (readLock(file)?.pid === process.pid) unlinkQuiet(file);
		}
	};
}
/** Prepares the data dir and takes its lock: what both hosts do first. */
function claimDataDir(dir) {
	const { tightened } = prepareDataDir(dir);
	return {
		lock: acquireDataDirLock(dir),
		tightened
	};
}
// src/main/host/mesh-setup.ts
/** A bad setting a user must fix; the hosts print its message and exit. */
var SetupError = class extends Error {
	code = "SETUP_INVALID";
};
/** An environment variable set to nothing (or blanks) counts as unset, never as an empty value. */
function envValue(env, name) {
	const v = env[name]?.trim();
	return v ? v : void 0;
}
/**
* Which Mesh to talk to. `--sandbox`, or no credentials at all, means the built-in emulator,
* so a newcomer sees the whole flow work on first start. Credentials come from the
* environment (MESH_CLIENT_ID, MESH_API_KEY, MESH_ENV=sandbox|production) or the secret store.
*/
function resolveMeshSetup(sandbox, env, stored) {
	if (sandbox) return {
		mode: "emulator",
		reason: "--sandbox"
	};
	if (!envValue(env, "MESH_ENV") && stored.environment === "emulator") return {
		mode: "emulator",
		reason: "environment set to emulator in settings"
	};
	const clientId = envValue(env, "MESH_CLIENT_ID") || stored.clientId;
	const clientSecret = envValue(env, "MESH_API_KEY") || stored.apiKey;
	const environment = envValue(env, "MESH_ENV") || stored.environment || "sandbox";
	if (environment !== "sandbox" && environment !== "production") throw new SetupError(`MESH_ENV must be "sandbox" or "production" (got "${environment}").`);
	if (!clientId || !clientSecret) return {
		mode: "emulator",
		reason: clientId || clientSecret ? "Mesh credentials incomplete (need both client id and API key)" : "no Mesh credentials configured"
	};
	return {
		mode: environment,
		credentials: {
			clientId,
			clientSecret
		},
		reason: `Mesh ${environment}`
	};
}
// src/main/host/bootstrap.ts
var WEBHOOK_SECRET_NAME = "webhookSecret";
/** The staleness window for deliveries (a possible replay), in hours: COUNTERTOP_STALE_AFTER_HOURS. */
var STALE_AFTER_ENV = "COUNTERTOP_STALE_AFTER_HOURS";
/** COUNTERTOP_STALE_AFTER_HOURS as milliseconds (undefined: the core's default, 24 h); a value that is not a positive number of hours is refused. */
function staleAfterMsFromEnv(env) {
	const raw = envValue(env, STALE_AFTER_ENV);
	if (raw === void 0) return void 0;
	const hours = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
	if (!(hours > 0) || hours > 8760) throw new StartupError("BAD_STALE_WINDOW", `${STALE_AFTER_ENV} must be a number of hours above 0 and at most 8760 (got "${raw}").`);
	return Math.round(hours * 36e5);
}
/**
* The webhook secret: a non-empty environment variable wins (without touching the stored one);
* else the stored one; else a new one is made and stored. An empty variable counts as unset, so
* it never replaces a stored secret (which would fail every later webhook's signature).
*/
function resolveWebhookSecret(env, secrets, make = () => randomToken(32)) {
	const fromEnv = envValue(env, "MESH_WEBHOOK_SECRET");
	if (fromEnv) return {
		secret: fromEnv,
		source: "environment"
	};
	const stored = secrets.get(WEBHOOK_SECRET_NAME);
	if (stored) return {
		secret: stored,
		source: "stored"
	};
	const secret = make();
	secrets.set(WEBHOOK_SECRET_NAME, secret);
	return {
		secret,
		source: "generated"
	};
}
/** A listener that could not start, said with its address and what to do. */
function listenError(err, what, host, port) {
	const e = err;
	const at = `${host.includes(":") ? `[${host}]` : host}:${port}`;
	if (e?.code === "EADDRINUSE") return Object.assign(/* @__PURE__ */ new Error(`The ${what} cannot listen on ${at}: the port is already in use. Pick another port (0 = any free port).`), { code: "EADDRINUSE" });
	if (e?.code === "EADDRNOTAVAIL") return Object.assign(/* @__PURE__ */ new Error(`The ${what} cannot listen on ${at}: that address is not one of this machine's.`), { code: "EADDRNOTAVAIL" });
	if (e?.code === "EACCES") return Object.assign(/* @__PURE__ */ new Error(`The ${what} cannot listen on ${at}: not allowed (ports below 1024 need privileges).`), { code: "EACCES" });
	return err instanceof Error ? err : new Error(String(err));
}
async function startHost(opts) {
	const env = opts.env ?? process.env;
	const log = opts.logger;
	const lock = opts.lock ?? claimDataDir(opts.dataDir).lock;
	let core;
	let emulator = null;
	try {
		let resolved;
		try {
			resolved = resolveWebhookSecret(env, opts.secrets);
		} catch (err) {
			throw new StartupError("SECRETS_UNWRITABLE", `Cannot store the webhook secret in ${opts.dataDir}: ${describeFsError(err)}.`, opts.dataDir, err);
		}
		const { secret, source } = resolved;
		const setup = resolveMeshSetup(opts.sandbox ?? false, env, {
			clientId: opts.secrets.get("meshClientId"),
			apiKey: opts.secrets.get("meshApiKey"),
			environment: opts.secrets.get("meshEnvironment")
		});
		log.info({
			mode: setup.mode,
			reason: setup.reason,
			webhookSecretFrom: source
		}, `mesh: ${setup.mode} (${setup.reason})`);
		const staleAfterMs = staleAfterMsFromEnv(env);
		core = await createCore({
			...opts.core,
			...staleAfterMs !== void 0 ? { staleAfterMs } : {},
			dataDir: opts.dataDir,
			webhookSecret: secret,
			mode: setup.mode,
			secrets: opts.secrets,
			logger: log,
			hostSecrets: () => [...opts.core?.hostSecrets?.() ?? [], ...emulator ? [emulator.controlToken] : []]
		});
		const receiver = await core.startReceiver(opts.webhookHost, opts.webhookPort).catch((err) => {
			throw listenError(err, "webhook listener", opts.webhookHost, opts.webhookPort);
		});
		if (setup.mode === "emulator") {
			const emuLog = log.child({ component: "emulator" });
			emulator = await require_emulator.startMeshEmulator({
				host: "127.0.0.1",
				port: 0,
				webhookUrl: receiver.url,
				webhookSecret: secret,
				...opts.emulator,
				log: (e) => emuLog.debug({ kind: e.kind }, e.message)
			});
			core.connectMesh({
				baseUrl: emulator.url,
				clientId: emulator.clientId,
				clientSecret: emulator.clientSecret
			}, emulator);
		} else core.connectMesh(setup.credentials);
		const emu = emulator;
		const c = core;
		return {
			core: c,
			setup,
			emulator,
			webhookUrl: receiver.url,
			startBackground: () => c.startBackground(),
			async close() {
				try {
					if (emu) await emu.close();
					await c.close();
				} finally {
					await lock.release();
				}
			}
		};
	} catch (err) {
		if (emulator) await emulator.close().catch(() => {});
		await core?.close().catch(() => {});
		await lock.release();
		throw err;
	}
}
// src/main/host/logging.ts
var CENSOR = "[redacted]";
/** Keys that hold secrets, wherever they appear in a logged object (up to three levels deep). */
var SECRET_KEYS = [
	"authorization",
	"cookie",
	"x-client-secret",
	"x-mesh-signature-256",
	"token",
	"accessToken",
	"refreshToken",
	"linkToken",
	"authtoken",
	"apiKey",
	"meshApiKey",
	"clientSecret",
	"webhookSecret",
	"secret",
	"pin",
	"currentPin",
	"newPin",
	"password"
];
function redactPaths() {
	const paths = [];
	for (const k of SECRET_KEYS) {
		const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
		const dot = key.startsWith("[") ? "" : ".";
		paths.push(key, `*${dot}${key}`, `*.*${dot}${key}`, `*.*.*${dot}${key}`);
	}
	return paths;
}
/** `?token=…` (the console's WebSocket and start URL) and other credentials in a URL. */
function redactUrl(url) {
	return url.replace(/([?&](?:token|access_token|auth_code|key|secret)=)[^&#]*/gi, `$1${CENSOR}`);
}
function loggerOptions(level) {
	return {
		level,
		base: { app: "countertop" },
		redact: {
			paths: redactPaths(),
			censor: CENSOR
		},
		serializers: {
			err: pino.default.stdSerializers.err,
			req(req) {
				return {
					id: req.id,
					method: req.method,
					url: req.url ? redactUrl(req.url) : req.url,
					remoteAddress: req.ip
				};
			},
			res(res) {
				return { statusCode: res.statusCode };
			}
		}
	};
}
async function createLogger(setup = {}) {
	const level = setup.level ?? process.env.COUNTERTOP_LOG_LEVEL ?? "info";
	const streams = [];
	let file = null;
	let roll = null;
	if (setup.dataDir) {
		const dir = (0, node_path.join)(setup.dataDir, "logs");
		(0, node_fs.mkdirSync)(dir, {
			recursive: true,
			mode: 448
		});
		const base = (0, node_path.join)(dir, "countertop");
		roll = await (0, pino_roll.default)({
			file: base,
			extension: ".log",
			size: setup.maxFileSize ?? "5m",
			limit: { count: setup.keepFiles ?? 5 },
			mkdir: true,
			mode: 384,
			maxLength: 4194304
		});
		file = `${base}.N.log`;
		let trouble = false;
		roll.on("write", () => trouble = false);
		roll.on("error", (err) => {
			if (trouble) return;
			trouble = true;
			process.stderr.write(`countertop: cannot write the log in ${dir}: ${err.code ?? err.message}; logging to the terminal until it works again\n`);
		});
		streams.push({
			level,
			stream: roll
		});
	}
	if (setup.terminal ?? true) streams.push({
		level,
		stream: (0, pino_pretty.default)({
			destination: 2,
			sync: true,
			colorize: process.stderr.isTTY,
			translateTime: "SYS:HH:MM:ss.l",
			ignore: "pid,hostname,app"
		})
	});
	if (setup.stream) streams.push({
		level,
		stream: setup.stream
	});
	return {
		logger: (0, pino.default)(loggerOptions(level), pino.default.multistream(streams)),
		file,
		close: () => new Promise((resolve) => {
			const r = roll;
			if (!r) return resolve();
			try {
				r.flushSync();
			} catch {}
			r.once("close", () => resolve());
			r.end();
			setTimeout(resolve, 1e3).unref();
		})
	};
}
/** A logger that drops everything (tests and library use without a host). */
function silentLogger() {
	return (0, pino.default)({ level: "silent" });
}
Object.defineProperty(exports, "claimDataDir", {
	enumerable: true,
	get: function() {
		return claimDataDir;
	}
});
Object.defineProperty(exports, "createFileSecretStore", {
	enumerable: true,
	get: function() {
		return createFileSecretStore;
	}
});
Object.defineProperty(exports, "createLogger", {
	enumerable: true,
	get: function() {
		return createLogger;
	}
});
Object.defineProperty(exports, "randomToken", {
	enumerable: true,
	get: function() {
		return randomToken;
	}
});
Object.defineProperty(exports, "silentLogger", {
	enumerable: true,
	get: function() {
		return silentLogger;
	}
});
Object.defineProperty(exports, "startHost", {
	enumerable: true,
	get: function() {
		return startHost;
	}
});
