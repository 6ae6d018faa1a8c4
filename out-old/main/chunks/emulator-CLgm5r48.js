const require_rolldown_runtime = require("./rolldown-runtime-Bc0pwXKd.js");
const require_contract = require("./contract-pyYsTFf9.js");
let node_fs = require("node:fs");
let node_fs_promises = require("node:fs/promises");
let node_path = require("node:path");
let zod = require("zod");
let node_crypto = require("node:crypto");
let fastify = require("fastify");
fastify = require_rolldown_runtime.__toESM(fastify);
let node_http = require("node:http");
node_http = require_rolldown_runtime.__toESM(node_http);
let node_https = require("node:https");
node_https = require_rolldown_runtime.__toESM(node_https);
let qrcode = require("qrcode");
qrcode = require_rolldown_runtime.__toESM(qrcode);
// src/shared/mesh-wire.ts
/** Top-level fields of Mesh's GetLinkTokenRequest (additionalProperties: false). */
var LINK_TOKEN_REQUEST_KEYS = [
	"userId",
	"brokerType",
	"restrictMultipleAccounts",
	"transferOptions",
	"integrationId",
	"disableApiKeyGeneration",
	"verifyWalletOptions",
	"subClientId"
];
// src/main/emulator/catalog.ts
var NETWORKS = {
	"e3c7fdd8-b1fc-4e51-85ae-bb276e075611": "Ethereum",
	"7436e9d0-ba42-4d2b-b4c0-8e4e606b2c12": "Polygon",
	"0291810a-5947-424d-9a59-e88bb33e999d": "Solana"
};
function networkName(networkId) {
	return NETWORKS[networkId.toLowerCase()] ?? "Unknown network";
}
var EXCHANGES = [
	"Coinbase",
	"Binance",
	"Robinhood"
];
var EXCHANGE_INFO = {
	Coinbase: {
		name: "Coinbase",
		brokerType: "coinbase",
		integrationId: "47624467-e52e-4938-a41a-7926b6c27acf",
		fromAddress: "0xc0ba5e0000000000000000000000000000000c0b"
	},
	Binance: {
		name: "Binance",
		brokerType: "binanceInternational",
		integrationId: "9226e5c2-ebc3-4fdd-94f6-ed52cdce1420",
		fromAddress: "0xb1a4ce0000000000000000000000000000000b1a"
	},
	Robinhood: {
		name: "Robinhood",
		brokerType: "robinhood",
		integrationId: "d8d4d2a0-ea1e-4b54-b1e0-3b52e3e6c1a2",
		fromAddress: "0x20b1400000000000000000000000000000000020"
	}
};
function isExchangeName(v) {
	return typeof v === "string" && EXCHANGES.includes(v);
}
/** Mesh's documented sandbox logins (reference §6); all share password Pass123. */
var SANDBOX_USERS = [
	"Mesh",
	"Mesh2",
	"Mesh3",
	"Mesh4",
	"MeshBTC",
	"MeshUSDC",
	"MeshUSDT",
	"MeshETH",
	"MeshSOL"
];
var SANDBOX_PASSWORD = "Pass123";
/** Mesh's documented sandbox 2FA / OTP code. */
var SANDBOX_MFA_CODE = "123456";
/**
* What a sandbox user's account holds (reference §6), or null for a full portfolio (Mesh,
* Mesh4): Mesh2 is empty, Mesh3 holds only cash, MeshBTC … MeshSOL only that asset.
*/
function sandboxHoldings(username) {
	if (username === "Mesh" || username === "Mesh4") return null;
	if (username === "Mesh2") return [];
	if (username === "Mesh3") return [{
		symbol: "USD",
		amount: 1e7,
		amountInFiat: 1e7
	}];
	const only = /^Mesh([A-Z]+)$/.exec(username)?.[1];
	if (only) return [{
		symbol: only,
		amount: round(1e4 / priceUsd(only), 8),
		amountInFiat: 1e4
	}];
	return null;
}
/** Hard-coded USD prices, like the old sandbox. Unknown symbols are priced at 1. */
var PRICES_USD = {
	USDC: 1,
	USDT: 1,
	PYUSD: 1,
	USDG: 1,
	DAI: 1,
	ETH: 3e3,
	SEPOLIAETH: 3e3,
	BTC: 6e4,
	SOL: 150,
	DEVNETSOL: 150,
	POL: .5,
	MATIC: .5
};
function priceUsd(symbol) {
	return PRICES_USD[symbol.toUpperCase()] ?? 1;
}
/** Round to `digits` decimals (display-grade arithmetic for fake amounts only). */
function round(n, digits) {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
// src/main/emulator/clock.ts
var MAX_CLOCK_RATE = 1e6;
/** The longest single jump: a week is more than any transfer stays pending. */
var MAX_ADVANCE_MS = 2592e6;
/** `base` is the real clock (Date.now unless a test gives one); emulated time starts equal to it. */
function createClock(base = Date.now) {
	let anchorBase = base();
	let anchorEmu = anchorBase;
	let rate = 1;
	let seq = 0;
	let closed = false;
	const timers = /* @__PURE__ */ new Set();
	const now = () => Math.floor(anchorEmu + (base() - anchorBase) * rate);
	function reanchor(at = now()) {
		anchorBase = base();
		anchorEmu = at;
	}
	function arm(t) {
		if (t.real) clearTimeout(t.real);
		t.real = null;
		if (rate === 0 || closed) return;
		const delay = Math.max(0, Math.ceil((t.due - now()) / rate));
		t.real = setTimeout(() => fire(t), Math.min(delay, 2147483647));
	}
	function fire(t) {
		if (!timers.delete(t)) return;
		if (t.real) clearTimeout(t.real);
		t.real = null;
		t.fn(t.due);
	}
	function earliest(limit) {
		let best = null;
		for (const t of timers) if (t.due <= limit && (!best || t.due < best.due || t.due === best.due && t.seq < best.seq)) best = t;
		return best;
	}
	return {
		now,
		get rate() {
			return rate;
		},
		setRate(r) {
			if (!Number.isFinite(r) || r < 0 || r > 1e6) throw new RangeError(`clock rate must be between 0 and ${MAX_CLOCK_RATE}`);
			reanchor();
			rate = r;
			for (const t of timers) arm(t);
		},
		advance(ms) {
			if (!Number.isFinite(ms) || ms < 0 || ms > 2592e6) throw new RangeError(`advance takes 0 to ${MAX_ADVANCE_MS} ms`);
			const target = now() + Math.floor(ms);
			for (let t = earliest(target); t; t = earliest(target)) {
				reanchor(Math.max(now(), t.due));
				fire(t);
			}
			reanchor(Math.max(now(), target));
			for (const t of timers) arm(t);
		},
		schedule(ms, fn) {
			const t = {
				due: now() + Math.max(0, ms),
				seq: seq++,
				fn,
				real: null
			};
			timers.add(t);
			arm(t);
			return () => {
				if (t.real) clearTimeout(t.real);
				timers.delete(t);
			};
		},
		nextDueIn() {
			const t = earliest(Number.POSITIVE_INFINITY);
			return t ? Math.max(0, t.due - now()) : null;
		},
		close() {
			closed = true;
			for (const t of timers) if (t.real) clearTimeout(t.real);
			timers.clear();
		}
	};
}
// src/main/emulator/validate.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var CONTRACT_ADDRESS = /^0x[0-9a-f]{40}$/i;
var REQUEST_KEYS = new Set(LINK_TOKEN_REQUEST_KEYS);
var TRANSFER_TYPES = [
	"deposit",
	"payment",
	"onramp",
	"fiatOnRamp",
	"fiatOffRamp"
];
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var missing = (message) => ({
	ok: false,
	message,
	errorType: "missingField"
});
var invalid = (message) => ({
	ok: false,
	message,
	errorType: "invalidField"
});
var isNum = (v) => typeof v === "number" && Number.isFinite(v);
/** Checks a `POST /api/v1/linktoken` body the way Mesh documents it (reference §2.1). */
function validateLinkTokenRequest(body) {
	if (body === void 0 || body === null || body === "") return missing("Request body is required");
	if (!isObj(body)) return invalid("Request body must be a JSON object");
	for (const k of Object.keys(body)) if (!REQUEST_KEYS.has(k)) return invalid(`Unknown property '${k}' in the link token request`);
	const { userId } = body;
	if (userId === void 0 || userId === null || userId === "") return missing("UserId is required");
	if (typeof userId !== "string") return invalid("UserId must be a string");
	if (userId.trim() === "") return missing("UserId is required");
	if (userId.length > 300) return invalid("UserId must be at most 300 characters long");
	for (const k of ["restrictMultipleAccounts", "disableApiKeyGeneration"]) if (body[k] !== void 0 && body[k] !== null && typeof body[k] !== "boolean") return invalid(`${k} must be a boolean`);
	for (const k of ["integrationId", "subClientId"]) {
		const v = body[k];
		if (v !== void 0 && v !== null && (typeof v !== "string" || !UUID.test(v))) return invalid(`${k} must be a UUID`);
	}
	if (body.brokerType !== void 0 && body.brokerType !== null && typeof body.brokerType !== "string") return invalid("brokerType must be a string");
	if (body.verifyWalletOptions !== void 0 && body.verifyWalletOptions !== null && !isObj(body.verifyWalletOptions)) return invalid("verifyWalletOptions must be an object");
	const t = body.transferOptions;
	if (t !== void 0 && t !== null) {
		const r = validateTransferOptions(t);
		if (!r.ok) return r;
	}
	return {
		ok: true,
		value: body
	};
}
function validateTransferOptions(t) {
	if (!isObj(t)) return invalid("transferOptions must be an object");
	if (t.toAddresses !== void 0 && t.toAddresses !== null) {
		if (!Array.isArray(t.toAddresses)) return invalid("transferOptions.toAddresses must be an array");
		for (const [i, a] of t.toAddresses.entries()) {
			const at = `transferOptions.toAddresses[${i}]`;
			if (!isObj(a)) return invalid(`${at} must be an object`);
			if (typeof a.networkId !== "string" || !UUID.test(a.networkId)) return missing(`${at}.networkId is required and must be a UUID`);
			if (typeof a.symbol !== "string" || a.symbol.trim() === "") return missing(`${at}.symbol is required`);
			if (CONTRACT_ADDRESS.test(a.symbol)) return invalid(`${at}.symbol must be a token symbol such as USDC, not a contract address`);
			if (typeof a.address !== "string" || a.address.trim() === "") return missing(`${at}.address is required`);
			if (a.addressTag !== void 0 && a.addressTag !== null && typeof a.addressTag !== "string") return invalid(`${at}.addressTag must be a string`);
			for (const k of [
				"amount",
				"displayAmountInFiat",
				"minAmount",
				"minAmountInFiat"
			]) {
				const v = a[k];
				if (v !== void 0 && v !== null && (!isNum(v) || v <= 0)) return invalid(`${at}.${k} must be a positive number`);
			}
		}
	}
	if (t.amountInFiat !== void 0 && t.amountInFiat !== null && (!isNum(t.amountInFiat) || t.amountInFiat <= 0)) return invalid("transferOptions.amountInFiat must be a positive number");
	if (t.transactionId !== void 0 && t.transactionId !== null) {
		if (typeof t.transactionId !== "string") return invalid("transferOptions.transactionId must be a string");
		if (t.transactionId.length > 128) return invalid("transferOptions.transactionId must be at most 128 characters long");
	}
	if (t.clientFee !== void 0 && t.clientFee !== null && (!isNum(t.clientFee) || t.clientFee < 0 || t.clientFee > 1)) return invalid("transferOptions.clientFee must be a ratio between 0 and 1 (0.025 = 2.5%)");
	if (t.transferType !== void 0 && t.transferType !== null && !TRANSFER_TYPES.includes(t.transferType)) return invalid(`transferOptions.transferType must be one of ${TRANSFER_TYPES.join(", ")}`);
	if (t.fundingOptions !== void 0 && t.fundingOptions !== null) {
		if (!isObj(t.fundingOptions) || t.fundingOptions.enabled !== void 0 && typeof t.fundingOptions.enabled !== "boolean") return invalid("transferOptions.fundingOptions must be {\"enabled\": boolean}");
	}
	for (const k of ["isInclusiveFeeEnabled", "generatePayLink"]) if (t[k] !== void 0 && t[k] !== null && typeof t[k] !== "boolean") return invalid(`transferOptions.${k} must be a boolean`);
	if (t.description !== void 0 && t.description !== null) {
		if (typeof t.description !== "string" || t.description.length > 256) return invalid("transferOptions.description must be a string of at most 256 characters");
	}
	if (t.goodsDetails !== void 0 && t.goodsDetails !== null && (!Array.isArray(t.goodsDetails) || !t.goodsDetails.every(isObj))) return invalid("transferOptions.goodsDetails must be an array of objects");
	if (t.generatePayLink === true && (typeof t.transactionId !== "string" || t.transactionId === "")) return missing("transferOptions.transactionId is required when generatePayLink is true");
	return {
		ok: true,
		value: true
	};
}
var STATUSES = [
	"pending",
	"succeeded",
	"failed",
	"refundpending",
	"refundsucceeded"
];
var ORDER_BY = [
	"id",
	"clientTransferId",
	"userId",
	"fromType",
	"amountInFiat",
	"status",
	"createdTimestamp",
	"symbol",
	"networkName"
];
function one(q, key) {
	const v = q[key];
	if (Array.isArray(v)) return v.length > 0 ? String(v[v.length - 1]) : void 0;
	return v === void 0 || v === null || v === "" ? void 0 : String(v);
}
function many(q, key) {
	const out = [];
	for (const k of [key, `${key}[]`]) {
		const v = q[k];
		if (Array.isArray(v)) out.push(...v.map(String));
		else if (v !== void 0 && v !== null && v !== "") out.push(String(v));
	}
	return out.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "");
}
/** Parses the PascalCase query of `GET /api/v1/transfers/managed/mesh` (case-insensitive keys). */
function parseTransferListQuery(raw) {
	const q = {};
	for (const [k, v] of Object.entries(raw)) q[k.toLowerCase()] = v;
	const int = (key) => {
		const s = one(q, key);
		if (s === void 0) return void 0;
		return /^-?\d+$/.test(s) ? Number(s) : null;
	};
	const num = (key) => {
		const s = one(q, key);
		if (s === void 0) return void 0;
		const n = Number(s);
		return Number.isFinite(n) ? n : null;
	};
	const count = int("count");
	if (count === null || count !== void 0 && (count < 1 || count > 100)) return invalid("Count must be between 1 and 100");
	const offset = int("offset");
	if (offset === null || offset !== void 0 && offset < 0) return invalid("Offset must be a non-negative integer");
	const out = {
		count: count ?? 10,
		offset: offset ?? 0
	};
	const id = one(q, "id");
	if (id !== void 0) {
		if (!UUID.test(id)) return invalid("Id must be a UUID");
		out.id = id;
	}
	const ctid = one(q, "clienttransactionid");
	if (ctid !== void 0) {
		if (ctid.length > 128) return invalid("ClientTransactionId must be at most 128 characters long");
		out.clientTransactionId = ctid;
	}
	const userId = one(q, "userid");
	if (userId !== void 0) {
		if (userId.length > 50) return invalid("UserId must be at most 50 characters long");
		out.userId = userId;
	}
	const statuses = many(q, "statuses");
	if (statuses.length > 0) {
		if (statuses.length > 5) return invalid("Statuses accepts at most 5 values");
		const lower = statuses.map((s) => s.toLowerCase());
		const bad = lower.find((s) => !STATUSES.includes(s));
		if (bad !== void 0) return invalid(`Statuses must be among ${STATUSES.join(", ")}; got '${bad}'`);
		out.statuses = lower;
	}
	for (const [key, prop] of [["fromtimestamp", "fromTimestamp"], ["totimestamp", "toTimestamp"]]) {
		const v = int(key);
		if (v === null) return invalid(`${prop[0].toUpperCase()}${prop.slice(1)} must be an integer (Unix seconds)`);
		if (v !== void 0) out[prop] = v;
	}
	for (const [key, prop] of [["minamountinfiat", "minAmountInFiat"], ["maxamountinfiat", "maxAmountInFiat"]]) {
		const v = num(key);
		if (v === null) return invalid(`${prop[0].toUpperCase()}${prop.slice(1)} must be a number`);
		if (v !== void 0) out[prop] = v;
	}
	const hash = one(q, "hash");
	if (hash !== void 0) out.hash = hash;
	const orderBy = one(q, "orderby");
	if (orderBy !== void 0) {
		if (!ORDER_BY.includes(orderBy)) return invalid(`OrderBy must be one of ${ORDER_BY.join(", ")}`);
		out.orderBy = orderBy;
	}
	for (const [key, prop] of [["descendingorder", "descendingOrder"], ["issandbox", "isSandBox"]]) {
		const v = one(q, key);
		if (v === void 0) continue;
		if (v !== "true" && v !== "false") return invalid(`${prop[0].toUpperCase()}${prop.slice(1)} must be true or false`);
		out[prop] = v === "true";
	}
	const integrationIds = many(q, "integrationids");
	if (integrationIds.length > 0) {
		if (integrationIds.length > 100) return invalid("IntegrationIds accepts at most 100 values");
		const bad = integrationIds.find((s) => !UUID.test(s));
		if (bad !== void 0) return invalid(`IntegrationIds must be UUIDs; got '${bad}'`);
		out.integrationIds = integrationIds;
	}
	const subClientId = one(q, "subclientid");
	if (subClientId !== void 0) {
		if (!UUID.test(subClientId)) return invalid("SubClientId must be a UUID");
		out.subClientId = subClientId;
	}
	return {
		ok: true,
		value: out
	};
}
/** The same schema the console API validates faults with. */
var webhookFaultsSchema = require_contract.FaultsSchema;
/** The longest a transfer may be told to stay in one status: a week (CEX transfers take up to a day). */
var MAX_PENDING_MS = 6048e5;
var createTransferSchema = zod.z.strictObject({
	transactionId: zod.z.string().max(128).nullable().optional(),
	userId: zod.z.string().min(1).max(300).optional(),
	amountInFiat: zod.z.number().positive().finite(),
	symbol: zod.z.string().min(1).max(20).optional(),
	networkId: zod.z.string().regex(UUID, "networkId must be a UUID").optional(),
	destinationAddress: zod.z.string().min(1).max(200).optional(),
	amount: zod.z.number().positive().finite().optional(),
	exchange: zod.z.enum(EXCHANGES).optional(),
	transferType: zod.z.enum(TRANSFER_TYPES).optional(),
	subClientId: zod.z.string().regex(UUID, "subClientId must be a UUID").nullable().optional(),
	outcome: zod.z.enum(["succeeded", "failed"]),
	faults: webhookFaultsSchema.optional(),
	/** Emulator ms from Pending to the final status (default: the emulator's settle delay). */
	pendingMs: zod.z.number().int().min(0).max(MAX_PENDING_MS).optional(),
	/** When succeeded: emulator ms until the refund starts (RefundPending); none when absent. */
	refundAfterMs: zod.z.number().int().min(0).max(MAX_PENDING_MS).optional(),
	/** SmartFunding: what the customer converted to pay (REST fundingMethods). */
	fundedFrom: zod.z.strictObject({
		symbol: zod.z.string().min(1).max(20),
		amount: zod.z.number().positive().finite(),
		amountInFiat: zod.z.number().positive().finite()
	}).optional()
});
var refundSchema = zod.z.strictObject({ 
/** Emulator ms from RefundPending to RefundSucceeded (default: the emulator's settle delay). */
delayMs: zod.z.number().int().min(0).max(MAX_PENDING_MS).optional() });
var clockChangeSchema = zod.z.strictObject({
	rate: zod.z.number().min(0).max(MAX_CLOCK_RATE).optional(),
	advanceMs: zod.z.number().int().min(0).max(MAX_ADVANCE_MS).optional()
});
var apiFaultSchema = zod.z.strictObject({
	mode: zod.z.enum([
		"http429",
		"tooManyRequest",
		"http500",
		"http503",
		"delay"
	]),
	count: zod.z.number().int().min(1).max(1e3),
	delayMs: zod.z.number().int().min(0).max(6e5).optional(),
	retryAfterSeconds: zod.z.number().int().min(0).max(3600).optional()
});
function parseWith(schema, body, what) {
	const r = schema.safeParse(body ?? {});
	if (r.success) return {
		ok: true,
		value: r.data
	};
	return {
		ok: false,
		message: `Invalid ${what}: ${zod.z.prettifyError(r.error).replace(/\n\s*/g, "; ")}`
	};
}
function parseCreateTransfer(body) {
	return parseWith(createTransferSchema, body, "transfer");
}
// src/main/emulator/webhook-sender.ts
/**
* Default retry schedule: delays before retry 1..6, measured from the end of the failed attempt
* (seconds: 1, 2, 5, 10, 30, 60). Seven attempts over about 108 s, then the delivery is given
* up. Mesh does not publish its schedule (gap 4); this one makes a first retry arrive quickly
* enough to watch at the counter.
*/
var DEFAULT_RETRY_SCHEDULE_MS = [
	1e3,
	2e3,
	5e3,
	1e4,
	3e4,
	6e4
];
var SIGNATURE_HEADER = "X-Mesh-Signature-256";
/** How long an attempt that already counted as timed out may still run, so a late body still arrives. */
var LATE_GRACE_MS = 5e3;
/** Key the badSignature fault signs with. */
var WRONG_KEY = "mesh-emulator-not-the-webhook-secret";
/** base64(HMAC-SHA256(utf8(secret), body)) — the value of X-Mesh-Signature-256. */
function signWebhookBody(secret, body) {
	return (0, node_crypto.createHmac)("sha256", Buffer.from(secret, "utf8")).update(body).digest("base64");
}
/** The JSON object of one attempt. TxHash is left out while there is none (pending, failed). */
function webhookPayload(ev, attemptId, sentAtMs) {
	const p = {
		EventId: ev.eventId,
		Id: attemptId,
		SentTimestamp: Math.floor(sentAtMs / 1e3),
		Timestamp: ev.timestampMs,
		TransferId: ev.transferId,
		TransferStatus: ev.status,
		TransactionId: ev.transactionId
	};
	if (ev.txHash) p.TxHash = ev.txHash;
	Object.assign(p, {
		UserId: ev.userId,
		Token: ev.token,
		Chain: ev.chain,
		SourceAmount: ev.sourceAmount,
		DestinationAmount: ev.destinationAmount,
		SourceAccountProvider: ev.sourceAccountProvider,
		DestinationAddress: ev.destinationAddress
	});
	if (ev.refundAddress) p.RefundAddress = ev.refundAddress;
	return p;
}
/** Which per-attempt faults hit attempt number `attempt` (1-based) of a status event. */
function attemptFaults(faults, attempt) {
	return {
		cut: attempt <= (faults.failFirst ?? 0),
		slow: attempt <= (faults.slowFirst ?? 0),
		badSignature: attempt <= (faults.badSignature ?? 0)
	};
}
function createActivity() {
	let busy = 0;
	let waiters = [];
	return {
		begin() {
			busy++;
			let ended = false;
			return () => {
				if (ended) return;
				ended = true;
				busy--;
				if (busy === 0) {
					const w = waiters;
					waiters = [];
					for (const resolve of w) resolve();
				}
			};
		},
		idle() {
			return busy === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
		}
	};
}
function createWebhookSender(opts) {
	const records = [];
	const inflight = /* @__PURE__ */ new Set();
	const timers = /* @__PURE__ */ new Map();
	let closed = false;
	/** Resolves true after ms, or false if the sender closed first. */
	function sleep(ms) {
		return new Promise((resolve) => {
			const t = setTimeout(() => {
				timers.delete(t);
				resolve(!closed);
			}, ms);
			timers.set(t, () => resolve(false));
		});
	}
	function later(ms, fn) {
		const t = setTimeout(() => {
			timers.delete(t);
			fn();
		}, ms);
		timers.set(t, () => {});
		return t;
	}
	function send(rec, target, body, signature, mode) {
		const t0 = performance.now();
		return new Promise((resolve) => {
			let answered = false;
			let req = null;
			const finish = (statusCode, error) => {
				if (answered) return;
				answered = true;
				clearTimeout(deadline);
				rec.durationMs = Math.round(performance.now() - t0);
				rec.statusCode = statusCode;
				rec.error = error;
				rec.ok = statusCode === 200 && error === null;
				resolve();
			};
			const deadline = setTimeout(() => {
				finish(null, `no answer within ${opts.timeoutMs} ms`);
				if (req) later(LATE_GRACE_MS, () => req?.destroy());
			}, opts.timeoutMs);
			let url;
			try {
				url = new URL(target.url);
				if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http(s)");
			} catch {
				finish(null, "webhook URL is not a valid http(s) URL");
				return;
			}
			const r = (url.protocol === "https:" ? node_https.default : node_http.default).request(url, {
				method: "POST",
				agent: false,
				headers: {
					"Content-Type": "application/json",
					"Content-Length": String(body.length),
					[SIGNATURE_HEADER]: signature,
					"User-Agent": "countertop-mesh-emulator"
				}
			});
			req = r;
			inflight.add(r);
			r.on("close", () => inflight.delete(r));
			r.on("response", (res) => {
				if (answered) rec.lateStatusCode = res.statusCode;
				else finish(res.statusCode ?? null, null);
				const chunks = [];
				let size = 0;
				res.on("data", (c) => {
					if (size < 2048) chunks.push(c);
					size += c.length;
				});
				res.on("end", () => {
					rec.responseBody = Buffer.concat(chunks).toString("utf8").slice(0, 500);
				});
				res.on("error", () => {});
			});
			r.on("error", (e) => {
				finish(null, mode.cut ? "connection cut mid-body (failFirst fault)" : `${e.code ?? "ERROR"}: ${e.message}`);
			});
			if (mode.cut) {
				r.flushHeaders();
				r.write(body.subarray(0, Math.floor(body.length / 2)), () => {
					later(20, () => {
						r.destroy();
						finish(null, "connection cut mid-body (failFirst fault)");
					});
				});
			} else if (mode.slow) {
				r.flushHeaders();
				later(opts.timeoutMs + 100, () => {
					if (!r.destroyed) r.end(body);
				});
			} else r.end(body);
		});
	}
	async function attempt(ev, n, kind, faults) {
		const target = opts.getTarget();
		const attemptId = opts.randomId();
		const sentAt = opts.now();
		const rec = {
			attemptId,
			eventId: ev.eventId,
			transferId: ev.transferId,
			status: ev.status,
			attempt: n,
			kind,
			sentAt,
			url: target?.url ?? null,
			statusCode: null,
			error: null,
			durationMs: 0,
			ok: false
		};
		const f = kind === "event" ? attemptFaults(faults, n) : {
			cut: false,
			slow: false,
			badSignature: false
		};
		const fault = kind === "duplicate" ? "duplicate" : kind === "malformed" ? "malformed" : f.cut ? "failFirst" : f.slow ? "slowFirst" : f.badSignature ? "badSignature" : void 0;
		if (fault) rec.fault = fault;
		if (!target) rec.error = "no webhook target set";
		else {
			let text = JSON.stringify(webhookPayload(ev, attemptId, sentAt));
			if (kind === "malformed") text = text.slice(0, Math.floor(text.length / 2));
			const body = Buffer.from(text, "utf8");
			await send(rec, target, body, signWebhookBody(f.badSignature ? WRONG_KEY : target.secret, body), f);
		}
		records.push(rec);
		opts.log?.(`webhook ${ev.status} event ${ev.eventId} attempt ${n}${kind === "event" ? "" : ` (${kind})`}: ${rec.statusCode !== null ? `HTTP ${rec.statusCode}` : rec.error} in ${rec.durationMs} ms${fault ? ` [fault: ${fault}]` : ""}`);
		return rec;
	}
	async function deliverEvent(ev, faults, hooks = {}) {
		const end = opts.activity.begin();
		try {
			for (let n = 1;; n++) {
				if (closed) return "cancelled";
				const rec = await attempt(ev, n, "event", faults);
				if (n === 1) hooks.afterFirstAttempt?.();
				if (rec.ok) break;
				const delay = opts.retryScheduleMs[n - 1];
				if (delay === void 0) {
					rec.gaveUp = true;
					opts.log?.(`webhook ${ev.status} event ${ev.eventId}: gave up after ${n} attempts`);
					return "gaveUp";
				}
				if (!await sleep(delay)) return "cancelled";
			}
			for (let i = 0; i < (faults.duplicate ?? 0); i++) {
				if (closed) return "cancelled";
				await attempt(ev, 1, "duplicate", faults);
			}
			return "delivered";
		} finally {
			end();
		}
	}
	async function sendMalformed(ev) {
		if (closed) return;
		const end = opts.activity.begin();
		try {
			await attempt(ev, 1, "malformed", {});
		} finally {
			end();
		}
	}
	function list(filter = {}) {
		return records.filter((r) => filter.transferId === void 0 || r.transferId === filter.transferId).map((r, i) => ({
			r,
			i
		})).sort((a, b) => a.r.sentAt - b.r.sentAt || a.i - b.i).map(({ r }) => structuredClone(r));
	}
	function close() {
		closed = true;
		for (const [t, cancel] of timers) {
			clearTimeout(t);
			cancel();
		}
		timers.clear();
		for (const r of inflight) r.destroy();
		inflight.clear();
	}
	return {
		deliverEvent,
		sendMalformed,
		list,
		close
	};
}
var MAX_LIST_REQUESTS = 1e4;
/** Checks the options and builds the state; throws TypeError on options that cannot work. */
function createEmulatorState(opts) {
	if (!opts.webhookSecret) throw new TypeError("startMeshEmulator needs webhookSecret");
	if (opts.controlToken !== void 0 && opts.controlToken.length < 16) throw new TypeError("startMeshEmulator: controlToken must be at least 16 characters");
	if (opts.clientId === void 0 !== (opts.clientSecret === void 0)) throw new TypeError("startMeshEmulator: give both clientId and clientSecret, or neither (then they are generated)");
	const clock = createClock(opts.now ?? Date.now);
	const now = clock.now;
	const randomId = opts.randomId ?? node_crypto.randomUUID;
	const log = (kind, message) => opts.log?.({
		kind,
		message
	});
	const activity = createActivity();
	const state = {
		clientId: opts.clientId ?? (0, node_crypto.randomUUID)(),
		clientSecret: opts.clientSecret ?? `sk_emulator_${(0, node_crypto.randomBytes)(24).toString("base64url")}`,
		generatedCredentials: opts.clientId === void 0,
		controlToken: opts.controlToken ?? `emu_${(0, node_crypto.randomBytes)(24).toString("base64url")}`,
		generatedControlToken: opts.controlToken === void 0,
		now,
		clock,
		randomId,
		settleDelayMs: opts.settleDelayMs ?? 1500,
		tokenTtlMs: opts.linkTokenTtlMs ?? 6e5,
		log,
		baseUrl: "",
		target: opts.webhookUrl ? {
			url: opts.webhookUrl,
			secret: opts.webhookSecret
		} : null,
		webhookSecret: opts.webhookSecret,
		activity,
		sender: createWebhookSender({
			getTarget: () => state.target,
			retryScheduleMs: opts.retryScheduleMs ?? DEFAULT_RETRY_SCHEDULE_MS,
			timeoutMs: opts.deliveryTimeoutMs ?? 200,
			now,
			randomId,
			activity,
			log: (m) => log("webhook", m)
		}),
		transfers: [],
		seq: 0,
		nextSaleFaults: null,
		nextLinkScenario: null,
		apiFaults: [],
		listRequests: [],
		sessions: /* @__PURE__ */ new Map(),
		linkTokenRequests: [],
		tokenIds: /* @__PURE__ */ new Map(),
		accessTokens: /* @__PURE__ */ new Map(),
		timers: /* @__PURE__ */ new Map(),
		clockTimers: /* @__PURE__ */ new Map(),
		closed: false
	};
	return state;
}
/** setTimeout that close() cancels (calling onCancel instead of fn). */
function timer(state, ms, fn, onCancel = () => {}) {
	const t = setTimeout(() => {
		state.timers.delete(t);
		fn();
	}, ms);
	state.timers.set(t, onCancel);
}
/** Like timer, on the emulator clock: `ms` of emulated time (it may run fast or be advanced); fn gets the due time. */
function clockTimer(state, ms, fn, onCancel = () => {}) {
	const key = {};
	const cancel = state.clock.schedule(ms, (dueAt) => {
		state.clockTimers.delete(key);
		fn(dueAt);
	});
	state.clockTimers.set(key, () => {
		cancel();
		onCancel();
	});
}
function setWebhookTarget(state, url, secret) {
	if (secret !== void 0) state.webhookSecret = secret;
	state.target = url ? {
		url,
		secret: state.webhookSecret
	} : null;
}
/** Validates and sets (or with null clears) the next sale's faults. */
function setNextSaleFaults(state, faults) {
	if (faults === null) {
		state.nextSaleFaults = null;
		return { ok: true };
	}
	const v = parseWith(webhookFaultsSchema, faults, "faults");
	if (!v.ok) return v;
	state.nextSaleFaults = v.value;
	return { ok: true };
}
/** Validates and sets (or with null clears) the scenario of the next Link page opened. */
function setNextLinkScenario(state, scenario) {
	if (scenario !== null && !require_contract.isLinkScenario(scenario)) return {
		ok: false,
		message: `Unknown Link scenario; use one of ${require_contract.LINK_SCENARIO_NAMES.join(", ")} (or null)`
	};
	state.nextLinkScenario = scenario;
	return { ok: true };
}
/** What the control API shows of the clock. */
function clockView(state) {
	const now = state.clock.now();
	return {
		now,
		iso: new Date(now).toISOString(),
		rate: state.clock.rate,
		nextDueInMs: state.clock.nextDueIn()
	};
}
/** Validates and applies a clock change: a new rate, then a jump forward (either or both). */
function setClock(state, body) {
	const v = parseWith(clockChangeSchema, body, "clock change");
	if (!v.ok) return v;
	if (v.value.rate !== void 0) state.clock.setRate(v.value.rate);
	if (v.value.advanceMs !== void 0) state.clock.advance(v.value.advanceMs);
	return { ok: true };
}
/** Validates and queues an API fault. */
function addApiFault(state, fault) {
	const v = parseWith(apiFaultSchema, fault, "API fault");
	if (!v.ok) return v;
	state.apiFaults.push({ ...v.value });
	return { ok: true };
}
/** Cancels every timer and stops the sender; the HTTP server is closed by its owner. */
function closeState(state) {
	state.closed = true;
	for (const [t, cancel] of state.timers) {
		clearTimeout(t);
		cancel();
	}
	state.timers.clear();
	for (const cancel of [...state.clockTimers.values()]) cancel();
	state.clockTimers.clear();
	state.clock.close();
	state.sender.close();
}
// src/main/emulator/transfers.ts
/** Withdrawal fee the fake exchange charges on top of the amount (0.1%). */
var FEE_RATIO = .001;
/**
* Token amount, fiat amount and exchange fee at the sandbox price. Either amount may be given;
* a given token amount wins over the fiat-derived one, as in Mesh's toAddresses[].amount.
*/
function quote(symbol, amountInFiat, amount) {
	const price = priceUsd(symbol);
	const fiat = round(amountInFiat ?? (amount ?? 0) * price, 2);
	const tokens = amount ?? round(fiat / price, 8);
	return {
		amountInFiat: fiat,
		amount: tokens,
		fee: round(tokens * FEE_RATIO, 8),
		feeInFiat: round(fiat * FEE_RATIO, 2)
	};
}
/** A new pending TransferModel with Mesh's field names; amounts derived from the sandbox price. */
function buildTransferModel(input, ids, nowMs) {
	const symbol = (input.symbol ?? "USDC").toUpperCase();
	const networkId = input.networkId ?? "e3c7fdd8-b1fc-4e51-85ae-bb276e075611";
	const { amountInFiat, amount, fee, feeInFiat } = quote(symbol, input.amountInFiat, input.amount);
	const exchange = EXCHANGE_INFO[input.exchange ?? "Coinbase"];
	return {
		id: ids.transferId,
		clientTransactionId: input.transactionId ?? null,
		institutionTransactionId: ids.institutionTransactionId,
		userId: input.userId ?? null,
		status: "pending",
		transferType: input.transferType ?? "payment",
		amount,
		amountToReceive: amount,
		amountInFiat,
		amountToReceiveInFiat: amountInFiat,
		amountInFiatCurrencyCode: "USD",
		symbol,
		tokenAddress: null,
		networkId,
		networkName: networkName(networkId),
		networkLogoUrl: null,
		hash: null,
		infoUrl: null,
		destinationAddress: input.destinationAddress ?? "0x000000000000000000000000000000000000e1e1",
		refundAddress: null,
		createdTimestamp: Math.floor(nowMs / 1e3),
		executedTimestamp: null,
		from: {
			id: exchange.integrationId,
			type: exchange.brokerType,
			name: exchange.name,
			logoUrl: null
		},
		gasFee: {
			fee: 0,
			feeCurrency: symbol,
			feeInFiat: 0
		},
		withdrawalFee: {
			fee,
			feeCurrency: symbol,
			feeInFiat
		},
		processingFee: {
			fee: 0,
			feeCurrency: symbol,
			feeInFiat: 0
		},
		isFeeIncluded: false,
		sourceAmount: round(amount + fee, 8),
		destinationAmount: amount,
		destinationAmountInFiat: amountInFiat,
		totalFeesAmountInFiat: feeInFiat,
		totalTransactionAmountInFiat: round(amountInFiat + feeInFiat, 2),
		fundingMethods: input.fundedFrom ? [{
			type: "cryptocurrencyConversion",
			amount: round(input.fundedFrom.amountInFiat / priceUsd(symbol), 8),
			amountInFiat: input.fundedFrom.amountInFiat,
			toSymbol: symbol,
			fromAmount: input.fundedFrom.amount,
			fromSymbol: input.fundedFrom.symbol.toUpperCase(),
			paymentMethodType: null,
			fee: null
		}] : [],
		bridgingDetails: null,
		subClientId: input.subClientId ?? null
	};
}
/** The model after its final status change. */
function settleTransferModel(model, outcome, hash, nowMs) {
	return {
		...model,
		status: outcome,
		hash: outcome === "succeeded" ? hash : null,
		executedTimestamp: outcome === "succeeded" ? Math.floor(nowMs / 1e3) : null
	};
}
/** The model in a refund status (REST camelCase, our guess); the payment's hash and times stay. */
function refundTransferModel(model, status, refundAddress) {
	return {
		...model,
		status,
		refundAddress
	};
}
function sortKey(t, orderBy) {
	const m = t.model;
	switch (orderBy) {
		case "id": return m.id;
		case "clientTransferId": return m.clientTransactionId ?? "";
		case "userId": return m.userId ?? "";
		case "fromType": return m.from?.type ?? "";
		case "amountInFiat": return m.amountInFiat ?? 0;
		case "status": return m.status ?? "";
		case "symbol": return m.symbol ?? "";
		case "networkName": return m.networkName ?? "";
		default: return m.createdTimestamp ?? 0;
	}
}
/**
* Filters, orders and pages like `GET /api/v1/transfers/managed/mesh`. Default order is newest
* first; insertion order breaks ties so paging is stable. Timestamps filter on creation time
* in Unix seconds, both bounds inclusive. IntegrationIds matches the source (`from.id`, any of
* them), SubClientId the sub-client the link token was made for; IsSandBox is accepted and
* ignored (the emulator is all sandbox).
*/
function queryTransfers(all, f) {
	const hits = all.filter((t) => {
		const m = t.model;
		if (f.id !== void 0 && m.id.toLowerCase() !== f.id.toLowerCase()) return false;
		if (f.clientTransactionId !== void 0 && m.clientTransactionId !== f.clientTransactionId) return false;
		if (f.userId !== void 0 && m.userId !== f.userId) return false;
		if (f.statuses !== void 0 && !f.statuses.includes((m.status ?? "pending").toLowerCase())) return false;
		if (f.fromTimestamp !== void 0 && (m.createdTimestamp ?? 0) < f.fromTimestamp) return false;
		if (f.toTimestamp !== void 0 && (m.createdTimestamp ?? 0) > f.toTimestamp) return false;
		if (f.minAmountInFiat !== void 0 && (m.amountInFiat ?? 0) < f.minAmountInFiat) return false;
		if (f.maxAmountInFiat !== void 0 && (m.amountInFiat ?? 0) > f.maxAmountInFiat) return false;
		if (f.hash !== void 0 && (m.hash ?? "").toLowerCase() !== f.hash.toLowerCase()) return false;
		if (f.integrationIds !== void 0 && !f.integrationIds.some((id) => id.toLowerCase() === (m.from?.id ?? "").toLowerCase())) return false;
		if (f.subClientId !== void 0 && (m.subClientId ?? "").toLowerCase() !== f.subClientId.toLowerCase()) return false;
		return true;
	});
	const orderBy = f.orderBy ?? "createdTimestamp";
	const desc = f.descendingOrder ?? (f.orderBy === void 0 ? true : false);
	hits.sort((a, b) => {
		const ka = sortKey(a, orderBy);
		const kb = sortKey(b, orderBy);
		const c = ka < kb ? -1 : ka > kb ? 1 : a.seq - b.seq;
		return desc ? -c : c;
	});
	return {
		items: hits.slice(f.offset, f.offset + f.count).map((t) => structuredClone(t.model)),
		total: hits.length
	};
}
// src/main/emulator/lifecycle.ts
function eventOf(t, status, eventId, atMs) {
	const m = t.model;
	const ev = {
		eventId,
		transferId: m.id,
		status,
		timestampMs: atMs,
		transactionId: m.clientTransactionId ?? null,
		txHash: status === "Succeeded" ? m.hash ?? null : null,
		userId: m.userId ?? null,
		token: m.symbol ?? "",
		chain: m.networkName ?? "",
		sourceAmount: m.sourceAmount ?? null,
		destinationAmount: m.destinationAmount ?? null,
		sourceAccountProvider: m.from?.name ?? "",
		destinationAddress: m.destinationAddress ?? ""
	};
	if (status === "RefundPending" || status === "RefundSucceeded") ev.refundAddress = m.refundAddress ?? null;
	return ev;
}
/**
* Sends `first` now and, after `delayMs` of emulator time, calls `settle` (which moves the
* model on and returns the second event) and sends that; then `after`. The transfer's faults
* apply to both events (outOfOrder: the second is sent first, the first only after it).
*/
function twoSteps(state, t, first, delayMs, settle, opts = {}) {
	const { sender, activity, now } = state;
	const faults = t.faults;
	const deliverFirst = () => {
		if (faults.dropWebhooks) return;
		const delivered = sender.deliverEvent(first, faults);
		if (opts.malformed && faults.malformedBody) {
			const end = activity.begin();
			delivered.then(() => sender.sendMalformed(first)).finally(end);
		}
	};
	if (!faults.outOfOrder) deliverFirst();
	const endSettle = activity.begin();
	clockTimer(state, Math.max(0, first.timestampMs + delayMs - now()), (dueAt) => {
		const second = settle(dueAt);
		if (!faults.dropWebhooks) {
			if (faults.outOfOrder) {
				let firstStarted = false;
				const startFirst = () => {
					if (firstStarted) return;
					firstStarted = true;
					deliverFirst();
				};
				const end = activity.begin();
				sender.deliverEvent(second, faults, { afterFirstAttempt: startFirst }).finally(() => {
					startFirst();
					end();
				});
			} else sender.deliverEvent(second, faults);
		}
		opts.after?.();
		endSettle();
	}, endSettle);
}
/** Creates a transfer, sends its Pending webhook and schedules its settlement. Throws on bad input. */
function createTransfer(state, input) {
	if (state.closed) throw new Error("The Mesh emulator is closed");
	const checked = parseCreateTransfer(input);
	if (!checked.ok) throw new TypeError(checked.message);
	const { log, now, randomId } = state;
	const faults = { ...checked.value.faults ?? {} };
	const createdAt = now();
	const model = buildTransferModel(checked.value, {
		transferId: randomId(),
		institutionTransactionId: `emu-${(0, node_crypto.randomBytes)(6).toString("hex")}`
	}, createdAt);
	const t = {
		seq: state.seq++,
		model,
		outcome: checked.value.outcome,
		faults,
		pendingEventId: randomId(),
		finalEventId: randomId(),
		pendingAtMs: createdAt,
		settledAtMs: null,
		pendingMs: checked.value.pendingMs ?? state.settleDelayMs,
		refundAfterMs: checked.value.outcome === "succeeded" ? checked.value.refundAfterMs ?? null : null,
		refund: null
	};
	state.transfers.push(t);
	log("transfer", `transfer ${model.id} created (${model.amountInFiat} USD in ${model.symbol}, outcome ${t.outcome} after ${t.pendingMs} ms${t.refundAfterMs != null ? `, refunded ${t.refundAfterMs} ms later` : ""}${Object.keys(faults).length ? `, faults ${JSON.stringify(faults)}` : ""})`);
	twoSteps(state, t, eventOf(t, "Pending", t.pendingEventId, createdAt), checked.value.pendingMs ?? state.settleDelayMs, (settledAt) => {
		const hash = t.outcome === "succeeded" ? `0x${(0, node_crypto.randomBytes)(32).toString("hex")}` : null;
		t.model = settleTransferModel(t.model, t.outcome, hash, settledAt);
		t.settledAtMs = settledAt;
		log("transfer", `transfer ${t.model.id} ${t.outcome}`);
		return eventOf(t, t.outcome === "succeeded" ? "Succeeded" : "Failed", t.finalEventId, settledAt);
	}, {
		malformed: true,
		after: () => {
			const refundAfterMs = t.refundAfterMs;
			if (refundAfterMs == null || state.closed) return;
			const endWait = state.activity.begin();
			clockTimer(state, Math.max(0, (t.settledAtMs ?? now()) + refundAfterMs - now()), (dueAt) => {
				if (!state.closed && !t.refund) startRefund(state, t, state.settleDelayMs, dueAt);
				endWait();
			}, endWait);
		}
	});
	return {
		transferId: model.id,
		eventIds: [t.pendingEventId, t.finalEventId]
	};
}
function startRefund(state, t, delayMs, startedAt = state.now()) {
	const { randomId, log } = state;
	const from = t.model.from?.name;
	const refundAddress = isExchangeName(from) ? EXCHANGE_INFO[from].fromAddress : EXCHANGE_INFO.Coinbase.fromAddress;
	t.refund = {
		pendingEventId: randomId(),
		succeededEventId: randomId(),
		startedAtMs: startedAt,
		settledAtMs: null
	};
	const refund = t.refund;
	t.model = refundTransferModel(t.model, "refundPending", refundAddress);
	log("transfer", `transfer ${t.model.id} refund pending (to ${refundAddress})`);
	twoSteps(state, t, eventOf(t, "RefundPending", refund.pendingEventId, startedAt), delayMs, (at) => {
		t.model = refundTransferModel(t.model, "refundSucceeded", refundAddress);
		refund.settledAtMs = at;
		log("transfer", `transfer ${t.model.id} refund succeeded`);
		return eventOf(t, "RefundSucceeded", refund.succeededEventId, at);
	});
	return {
		transferId: t.model.id,
		eventIds: [refund.pendingEventId, refund.succeededEventId]
	};
}
/** Starts the refund of a succeeded transfer (RefundPending now, RefundSucceeded after delayMs of emulator time). */
function refundTransfer(state, transferId, opts = {}) {
	if (state.closed) return {
		ok: false,
		status: 409,
		message: "The Mesh emulator is closed"
	};
	const t = state.transfers.find((x) => x.model.id.toLowerCase() === transferId.toLowerCase());
	if (!t) return {
		ok: false,
		status: 404,
		message: `No transfer ${transferId}`
	};
	if (t.refund) return {
		ok: false,
		status: 409,
		message: `Transfer ${t.model.id} is already refunded (${t.model.status})`
	};
	if (t.model.status !== "succeeded") return {
		ok: false,
		status: 409,
		message: `Only a succeeded transfer can be refunded; ${t.model.id} is ${t.model.status}`
	};
	return {
		ok: true,
		value: startRefund(state, t, opts.delayMs ?? state.settleDelayMs)
	};
}
/** What GET /_emulator/transfers shows of a transfer. */
function transferView(t) {
	return {
		transfer: structuredClone(t.model),
		outcome: t.outcome,
		faults: { ...t.faults },
		eventIds: [t.pendingEventId, t.finalEventId],
		pendingMs: t.pendingMs ?? 0,
		refundEventIds: t.refund ? [t.refund.pendingEventId, t.refund.succeededEventId] : null
	};
}
// src/main/emulator/link-script.ts
/** The browser entry, relative to this folder. */
var LINK_UI_ENTRY = (0, node_path.join)("link-ui", "main.ts");
/** Where the main build writes the bundle, relative to its outDir (out/main). */
var LINK_SCRIPT_ASSET = "emulator-link/link.js";
/**
* Where the script comes from for emulator code living in `dir`: the source entry beside it, or
* the built asset (`dir` is out/main, or out/main/chunks when the emulator is a shared chunk).
*/
function locateLinkScript(dir) {
	const entry = (0, node_path.join)(dir, LINK_UI_ENTRY);
	if ((0, node_fs.existsSync)(entry)) return {
		kind: "source",
		entry
	};
	for (const base of [dir, (0, node_path.join)(dir, "..")]) {
		const file = (0, node_path.join)(base, LINK_SCRIPT_ASSET);
		if ((0, node_fs.existsSync)(file)) return {
			kind: "built",
			file
		};
	}
	return null;
}
/** Bundles the Link UI into one classic script (IIFE) with Vite; nothing is written to disk. */
async function bundleLinkUi(entry) {
	const { build } = await import("vite");
	const result = await build({
		configFile: false,
		root: (0, node_path.dirname)(entry),
		envDir: false,
		publicDir: false,
		logLevel: "silent",
		build: {
			write: false,
			emptyOutDir: false,
			copyPublicDir: false,
			minify: false,
			sourcemap: false,
			target: "es2022",
			lib: {
				entry,
				formats: ["iife"],
				name: "meshLinkEmulator",
				fileName: () => "link.js"
			}
		}
	});
	const outputs = Array.isArray(result) ? result : [result];
	for (const out of outputs) {
		if (!("output" in out)) continue;
		for (const chunk of out.output) if (chunk.type === "chunk" && chunk.isEntry) return {
			code: chunk.code,
			files: chunk.moduleIds.filter((id) => !id.startsWith("\0"))
		};
	}
	throw new Error("Bundling the Link UI produced no script");
}
var LinkScriptMissingError = class extends Error {
	statusCode = 500;
	constructor(dir) {
		super(`The Link page script is missing: run \`npm run build\` (looked for ${LINK_SCRIPT_ASSET} beside ${dir} and its parent)`);
	}
};
var cache = /* @__PURE__ */ new Map();
/** The script's code, found (or bundled) once per process; a failure is retried next time. */
function loadLinkScript(dir = __dirname) {
	let script = cache.get(dir);
	if (!script) {
		script = (async () => {
			const where = locateLinkScript(dir);
			if (!where) throw new LinkScriptMissingError(dir);
			return where.kind === "built" ? (0, node_fs_promises.readFile)(where.file, "utf8") : (await bundleLinkUi(where.entry)).code;
		})();
		cache.set(dir, script);
		script.catch(() => cache.delete(dir));
	}
	return script;
}
// src/main/emulator/loopback.ts
/** The addresses the emulator may bind. */
var EMULATOR_HOSTS = [
	"127.0.0.1",
	"::1",
	"localhost"
];
/** `[::1]` and `::1` alike; case and surrounding blanks ignored. */
function isEmulatorHost(host) {
	return EMULATOR_HOSTS.includes(bareHost(host).toLowerCase());
}
/** A host without the brackets of an IPv6 literal (what listen() takes). */
function bareHost(host) {
	return host.trim().replace(/^\[(.*)\]$/, "$1");
}
// src/main/emulator/link-ui/contract.ts
/** Page names used in SessionSummary.page and close payloads. */
var LINK_PAGES = {
	catalog: "catalogPage",
	signIn: "signInPage",
	amount: "transferAmountPage",
	preview: "transferPreviewPage",
	executed: "transferExecutedPage",
	executionError: "transferExecutionErrorPage",
	connected: "integrationConnectedPage",
	/** The Paylink's first page: the amount and a Pay button (no SDK around it). */
	paylink: "paylinkPage",
	home: "homePage",
	oauth: "integrationOAuthPage",
	mfa: "integrationMfaPage",
	accounts: "integrationAccountSelectionPage",
	connectionDeclined: "connectionDeclinedPage",
	asset: "transferAssetPage",
	network: "transferNetworkPage",
	kyc: "transferKycPage",
	noAssets: "transferNoEligibleAssetsPage",
	funding: "transferFundingPage",
	configureError: "transferConfigureErrorPage",
	transferMfa: "transferMfaPage",
	declined: "transferDeclinedPage",
	qr: "linkTransferQrPage",
	wallet: "walletConnectPage",
	verify: "verifyWalletPage",
	verifyDone: "verifyDonePage",
	buy: "buyPage",
	tokenUsed: "linkTokenUsedPage",
	tokenExpired: "linkTokenExpiredPage",
	tokenInvalid: "linkTokenInvalidPage"
};
/** Where the emulator serves the page's script (same origin as the page, so CSP 'self' admits it). */
var LINK_SCRIPT_PATH = "/link/assets/link.js";
/** Ids of the <script type="application/json"> elements the page's data comes in. */
var SESSION_DATA_ID = "mesh-session";
var ERROR_DATA_ID = "mesh-error";
// src/main/emulator/link-page.ts
/** JSON for a <script type="application/json"> block: nothing in it can close the tag. */
function scriptJson(v) {
	return JSON.stringify(v).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
/** Scripts only from the emulator itself (the Link bundle); styles stay inline. */
var LINK_PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
var STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; background: #fff; color: #111827; }
  header { display: flex; align-items: center; justify-content: space-between; padding: 16px 20px; border-bottom: 1px solid #e5e7eb; }
  header strong { font-size: 15px; }
  .badge { font-size: 11px; background: #fef3c7; color: #92400e; border-radius: 999px; padding: 2px 8px; margin-left: 8px; }
  main { padding: 20px; }
  h1 { font-size: 20px; margin: 0 0 12px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 12px; margin: 0 0 20px; font-size: 14px; }
  dt { color: #6b7280; } dd { margin: 0; word-break: break-all; }
  .amount { font-size: 32px; font-weight: 700; margin: 4px 0 16px; }
  .stack { display: flex; flex-direction: column; gap: 10px; }
  button { font: inherit; padding: 12px 16px; border-radius: 12px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; text-align: left; }
  button.primary { background: #111827; color: #fff; border-color: #111827; text-align: center; }
  button.danger { color: #b91c1c; text-align: center; }
  button:disabled { opacity: .5; cursor: default; }
  button .hint { float: right; color: #059669; font-size: 12px; }
  label { display: flex; flex-direction: column; font-size: 13px; color: #374151; gap: 4px; }
  input { font: inherit; padding: 10px; border: 1px solid #d1d5db; border-radius: 10px; }
  .error { color: #b91c1c; font-size: 14px; min-height: 1em; }
  .muted { color: #6b7280; font-size: 13px; }
  .scenario-bar { padding: 8px 20px; background: #f9fafb; border-bottom: 1px solid #e5e7eb; font-size: 13px; }
  .scenario-bar label { flex-direction: row; align-items: center; gap: 8px; }
  select { font: inherit; padding: 6px; border: 1px solid #d1d5db; border-radius: 8px; max-width: 100%; }
  h2 { font-size: 15px; margin: 16px 0 8px; }
  .note { color: #92400e; background: #fef3c7; border-radius: 8px; padding: 8px 10px; font-size: 13px; margin: 0 0 12px; }
  .warning { color: #92400e; font-size: 14px; }
  footer { padding: 8px 20px 16px; }
  button.link { border: none; padding: 0; background: none; color: #2563eb; text-decoration: underline; font-size: 13px; }
  .dialog { position: fixed; inset: 10% 8%; background: #fff; border: 1px solid #d1d5db; border-radius: 16px; padding: 20px; box-shadow: 0 10px 40px rgba(0,0,0,.2); }
  #qr { display: block; margin: 0 auto 16px; }
  [hidden] { display: none !important; }
`;
/**
* The interactive page for a fresh session: the Link page the SDK frames, or (mode `paylink`)
* Mesh's hosted Paylink page, which starts with the amount and a Pay button and has no SDK to
* close. Both run the same script against the same session actions.
*/
function renderLinkPage(view) {
	const exchanges = EXCHANGES.map((name) => ({
		name,
		brokerType: EXCHANGE_INFO[name].brokerType,
		integrationId: EXCHANGE_INFO[name].integrationId
	}));
	const scenarios = Object.entries(require_contract.LINK_SCENARIOS).map(([name, label]) => ({
		name,
		label
	}));
	const data = {
		...view,
		exchanges,
		sandboxPassword: SANDBOX_PASSWORD,
		sandboxMfaCode: SANDBOX_MFA_CODE,
		scenarios
	};
	const another = "<button type=\"button\" class=\"another\">Choose another exchange</button>";
	const what = "<button type=\"button\" class=\"what\">See what happened</button>";
	const details = "<p class=\"details muted\" hidden></p>";
	const paylink = view.mode === "paylink";
	const name = paylink ? "Mesh Paylink" : "Mesh Link";
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} (emulator)</title>
<style>${STYLE}</style>
</head>
<body>
<header><strong>${name}<span class="badge">emulator</span></strong><button type="button" id="close"${paylink ? " hidden" : ""}>Close</button></header>
<div class="scenario-bar" id="scenario-bar"><label>Emulator scenario <select id="scenario"></select></label></div>
<main>
  <section data-page="paylinkPage"${paylink ? "" : " hidden"}>
    <h1>Payment request</h1>
    <div class="payment"></div>
    <p class="muted">Pay from an exchange account (sandbox). The merchant sees the payment as soon as Mesh confirms it.</p>
    <div class="stack"><button type="button" class="primary" id="paylink-pay">Pay</button></div>
  </section>
  <section data-page="homePage" hidden>
    <h1>How do you want to pay?</h1>
    <div class="payment"></div>
    <div class="stack">
      <button type="button" id="method-embedded">Pay from an exchange or wallet</button>
      <button type="button" id="method-manual">Send it yourself (QR code)</button>
      <button type="button" id="method-buy">Buy crypto</button>
    </div>
  </section>
  <section data-page="catalogPage"${paylink ? " hidden" : ""}>
    <h1>Pay with an exchange</h1>
    <div class="payment"></div>
    <p class="muted">Choose where to pay from (sandbox).</p>
    <div class="error" id="catalog-error" role="alert"></div>
    <div class="stack" id="exchanges"></div>
    <div id="wallets" hidden><h2>Wallets in this browser</h2><div class="stack" id="wallet-list"></div></div>
  </section>
  <section data-page="signInPage" hidden>
    <h1 id="signin-title">Sign in</h1>
    <p class="muted">Sandbox login: any of Mesh, Mesh2 … MeshSOL with password Pass123.</p>
    <div class="stack">
      <label>Username <input id="username" autocomplete="off" value="Mesh"></label>
      <label>Password <input id="password" type="password" autocomplete="off"></label>
      <div class="error" id="signin-error" role="alert"></div>
      <button type="button" class="primary" id="signin">Sign in</button>
    </div>
  </section>
  <section data-page="integrationOAuthPage" hidden>
    <h1 id="oauth-title">Sign in</h1>
    <p class="muted">The exchange signs you in on its own page; you grant access there (emulated).</p>
    <div class="stack">
      <button type="button" class="primary" id="oauth-start">Continue to the exchange</button>
      <div class="stack" id="oauth-wait" hidden>
        <p class="muted" id="oauth-wait-text"></p>
        <button type="button" class="primary" id="oauth-authorize">Authorize</button>
        <button type="button" id="oauth-cancel">Cancel sign-in</button>
      </div>
      <div class="error" id="oauth-error" role="alert"></div>
    </div>
  </section>
  <section data-page="integrationMfaPage" hidden>
    <h1>Enter your 2FA code</h1>
    <p class="muted">The sandbox code is <span class="mfa-hint"></span>.</p>
    <div class="stack">
      <label>Code <input id="mfa-code" inputmode="numeric" autocomplete="one-time-code"></label>
      <div class="error" id="mfa-error" role="alert"></div>
      <button type="button" class="primary" id="mfa-submit">Verify</button>
    </div>
  </section>
  <section data-page="integrationAccountSelectionPage" hidden>
    <h1>Choose an account</h1>
    <div class="stack" id="accounts"></div>
    <div class="error" id="accounts-error" role="alert"></div>
  </section>
  <section data-page="connectionDeclinedPage" hidden>
    <h1>Connection declined</h1>
    <p class="error" id="connection-declined-message"></p>
    <div class="stack">${another}${what}</div>${details}
  </section>
  <section data-page="transferAssetPage" hidden>
    <h1>Choose an asset</h1>
    <div class="stack" id="assets"></div>
  </section>
  <section data-page="transferNetworkPage" hidden>
    <h1>Choose a network</h1>
    <div class="stack" id="networks"></div>
  </section>
  <section data-page="transferKycPage" hidden>
    <h1>Verify your identity</h1>
    <p id="kyc-message"></p>
    <div class="stack"><button type="button" class="primary" id="kyc-done">I have verified my identity</button></div>
  </section>
  <section data-page="transferNoEligibleAssetsPage" hidden>
    <h1>No eligible assets</h1>
    <p class="muted">Nothing in this account can pay this payment.</p>
    <dl id="held"></dl>
    <div class="stack">${another}</div>
  </section>
  <section data-page="transferFundingPage" hidden>
    <h1 id="funding-title">Not enough to pay</h1>
    <p class="muted" id="funding-message"></p>
    <div class="stack" id="funding-options"></div>
  </section>
  <section data-page="transferConfigureErrorPage" hidden>
    <h1>This transfer cannot be set up</h1>
    <p class="error" id="configure-message"></p>
    <div class="stack">${another}${what}</div>${details}
  </section>
  <section data-page="transferAmountPage" hidden>
    <h1>How much?</h1>
    <div class="stack">
      <label>Amount (USD) <input id="amount" inputmode="decimal" value="10.00"></label>
      <div class="error" id="amount-error" role="alert"></div>
      <button type="button" class="primary" id="amount-continue">Continue</button>
    </div>
  </section>
  <section data-page="transferPreviewPage" hidden>
    <h1>Review payment</h1>
    <div class="payment"></div>
    <dl id="preview-details"></dl>
    <p class="warning" id="gas-warning" role="alert" hidden></p>
    <div class="error" id="preview-error" role="alert"></div>
    <div class="stack" id="preview-actions">
      <button type="button" class="primary" id="approve">Approve</button>
      <button type="button" class="danger" id="decline">Decline</button>
    </div>
    <div class="stack" id="preview-retry-box" hidden><button type="button" class="primary" id="preview-retry">Try again</button></div>
  </section>
  <section data-page="transferMfaPage" hidden>
    <h1>Confirm with your 2FA code</h1>
    <p class="muted">The exchange asks for its code before it sends. The sandbox code is <span class="mfa-hint"></span>.</p>
    <div class="stack">
      <label>Code <input id="transfer-mfa-code" inputmode="numeric" autocomplete="one-time-code"></label>
      <div class="error" id="transfer-mfa-error" role="alert"></div>
      <button type="button" class="primary" id="transfer-mfa-submit">Confirm</button>
    </div>
  </section>
  <section data-page="transferExecutedPage" hidden>
    <h1>Payment sent</h1>
    <p class="muted">The exchange accepted the transfer. The merchant is waiting for confirmation.</p>
  </section>
  <section data-page="transferExecutionErrorPage" hidden>
    <h1>Payment declined</h1>
    <p class="error" id="decline-message"></p>
  </section>
  <section data-page="transferDeclinedPage" hidden>
    <h1>Transfer declined</h1>
    <p class="error" id="transfer-declined-message"></p>
    <div class="stack">${what}<button type="button" class="primary" id="declined-done">Done</button></div>${details}
  </section>
  <section data-page="integrationConnectedPage" hidden>
    <h1>Account connected</h1>
  </section>
  <section data-page="linkTransferQrPage" hidden>
    <h1>Send it yourself</h1>
    <p class="muted">Send exactly this amount to this address from any wallet or exchange.</p>
    <img id="qr" alt="QR code of the address" width="180" height="180">
    <dl id="qr-details"></dl>
  </section>
  <section data-page="walletConnectPage" hidden>
    <h1 id="wallet-title">Connecting your wallet</h1>
    <p class="muted">Approve the connection in the wallet (emulated).</p>
    <div class="error" id="wallet-error" role="alert"></div>
    <div class="stack">
      <button type="button" id="wallet-timeout">The wallet does not answer</button>
      <button type="button" id="wallet-mismatch">The wallet is on another account</button>
      <button type="button" id="wallet-manual">Send it yourself instead</button>
    </div>
  </section>
  <section data-page="verifyWalletPage" hidden>
    <h1>Verify your wallet</h1>
    <p id="verify-message"></p>
    <div class="stack">
      <label>Wallet address <input id="verify-address" autocomplete="off"></label>
      <div class="error" id="verify-error" role="alert"></div>
      <button type="button" class="primary" id="verify-sign">Sign message</button>
      <button type="button" class="danger" id="verify-reject">Reject</button>
    </div>
  </section>
  <section data-page="verifyDonePage" hidden>
    <h1>Wallet verified</h1>
  </section>
  <section data-page="buyPage" hidden>
    <h1>Buy crypto</h1>
    <p class="muted">Buying crypto is not emulated. Go back and pay from an exchange or wallet.</p>
    <div class="stack"><button type="button" id="buy-back">Back</button></div>
  </section>
</main>
<footer><button type="button" class="link" id="terms">Terms</button></footer>
<div class="dialog" id="terms-panel" role="dialog" aria-modal="true" aria-labelledby="terms-title" hidden>
  <h2 id="terms-title">Terms (emulator)</h2>
  <p class="muted">Mesh Link’s terms would be shown here. This is the Countertop Mesh emulator: nothing real is moved.</p>
  <button type="button" class="primary" id="terms-close">Close terms</button>
</div>
<script type="application/json" id="${SESSION_DATA_ID}">${scriptJson(data)}<\/script>
<script src="${LINK_SCRIPT_PATH}"><\/script>
</body>
</html>`;
}
/** A page for a token that cannot be used: its script tells the SDK and closes Link. */
function renderLinkErrorPage(page, errorMessage) {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Mesh Link (emulator)</title><style>${STYLE}</style></head>
<body>
<header><strong>Mesh Link<span class="badge">emulator</span></strong></header>
<main><h1>This link cannot be used</h1><p class="error" id="message"></p></main>
<script type="application/json" id="${ERROR_DATA_ID}">${scriptJson({
		page,
		errorMessage
	})}<\/script>
<script src="${LINK_SCRIPT_PATH}"><\/script>
</body>
</html>`;
}
// src/main/emulator/routes/common.ts
/** Mesh's envelope for errors. */
function envelope(status, message, errorType = null, content = null) {
	return {
		status,
		message,
		displayMessage: message,
		errorType,
		content
	};
}
var bodyOf = (req) => req.body && typeof req.body === "object" ? req.body : {};
var pathOf = (req) => req.url.split("?")[0];
/** An emulated Link page (or the paylink's error page), with the page's CSP. */
function sendLinkHtml(reply, code, html) {
	return reply.code(code).header("Content-Type", "text/html; charset=utf-8").header("Content-Security-Policy", LINK_PAGE_CSP).header("Cache-Control", "no-store").send(html);
}
function registerErrorHandlers(app, state) {
	app.setErrorHandler((err, req, reply) => {
		const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
		const message = err.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ? "Request body is required" : err.code === "FST_ERR_CTP_INVALID_JSON_BODY" || err.name === "SyntaxError" ? "Request body is not valid JSON" : err.message;
		if (status >= 500) state.log("http", `${req.method} ${pathOf(req)} failed: ${err.message}`);
		if (req.url.startsWith("/api/")) reply.code(status).send(envelope(status >= 500 ? "serverFailure" : "badRequest", message, status >= 500 ? null : "invalidField"));
		else reply.code(status).send({ error: message });
	});
	app.setNotFoundHandler((req, reply) => {
		if (req.url.startsWith("/api/")) reply.code(404).send(envelope("notFound", `No such endpoint: ${req.method} ${pathOf(req)}`));
		else reply.code(404).send({ error: `No such endpoint: ${req.method} ${pathOf(req)}` });
	});
}
// src/main/emulator/routes/api.ts
function safeEqual(a, b) {
	const x = Buffer.from(a, "utf8");
	const y = Buffer.from(b, "utf8");
	return x.length === y.length && (0, node_crypto.timingSafeEqual)(x, y);
}
/** What the Link page shows and sells, from the link token request (null: connect only). */
function paymentFromRequest(req) {
	const t = req.transferOptions;
	const to = t?.toAddresses?.[0];
	if (!t || !to || !to.networkId || !to.symbol || !to.address) return null;
	return {
		amountInFiat: t.amountInFiat ?? null,
		amount: to.amount ?? null,
		symbol: to.symbol.toUpperCase(),
		networkId: to.networkId,
		networkName: networkName(to.networkId),
		address: to.address,
		addressTag: to.addressTag ?? null,
		transactionId: t.transactionId ?? null
	};
}
function registerApiRoutes(app, state) {
	const { log } = state;
	const LIST_PATH = "/api/v1/transfers/managed/mesh";
	const listed = /* @__PURE__ */ new WeakMap();
	app.addHook("onRequest", async (req, reply) => {
		if (!req.url.startsWith("/api/")) return;
		if (req.method === "GET" && pathOf(req) === LIST_PATH) {
			const q = req.url.indexOf("?");
			const entry = {
				at: state.now(),
				query: q < 0 ? "" : req.url.slice(q + 1),
				statusCode: null
			};
			state.listRequests.push(entry);
			if (state.listRequests.length > 1e4) state.listRequests.splice(0, state.listRequests.length - MAX_LIST_REQUESTS);
			listed.set(req, entry);
		}
		const fault = state.apiFaults[0];
		if (!fault) return;
		fault.count--;
		if (fault.count <= 0) state.apiFaults.shift();
		log("http", `api fault ${fault.mode} on ${req.method} ${pathOf(req)}`);
		switch (fault.mode) {
			case "delay":
				await new Promise((resolve) => timer(state, fault.delayMs ?? 1e3, resolve, resolve));
				return;
			case "http429":
				if (fault.retryAfterSeconds !== void 0) reply.header("Retry-After", String(fault.retryAfterSeconds));
				return reply.code(429).send(envelope("tooManyRequest", "Too many requests (emulated)", "tooManyRequests"));
			case "tooManyRequest": return reply.code(400).send(envelope("tooManyRequest", "Too many requests (emulated)", "tooManyRequests"));
			case "http500":
			case "http503": return reply.code(fault.mode === "http500" ? 500 : 503).send(envelope("serverFailure", "Service unavailable (emulated)"));
		}
	});
	app.addHook("onResponse", async (req, reply) => {
		const entry = listed.get(req);
		if (entry) entry.statusCode = reply.statusCode;
	});
	function authorized(req) {
		const id = req.headers["x-client-id"];
		const secret = req.headers["x-client-secret"];
		return typeof id === "string" && typeof secret === "string" && safeEqual(id, state.clientId) && safeEqual(secret, state.clientSecret);
	}
	app.post("/api/v1/linktoken", async (req, reply) => {
		if (!authorized(req)) return reply.code(401).send();
		const v = validateLinkTokenRequest(req.body);
		if (!v.ok) return reply.code(400).send(envelope("badRequest", v.message, v.errorType));
		const request = structuredClone(v.value);
		state.linkTokenRequests.push(request);
		const id = (0, node_crypto.randomBytes)(16).toString("base64url");
		state.sessions.set(id, {
			id,
			createdAtMs: state.now(),
			request,
			userId: request.userId,
			payment: paymentFromRequest(request),
			state: "issued",
			connected: /* @__PURE__ */ new Set(),
			preview: null,
			exchange: null
		});
		const linkToken = Buffer.from(`${state.baseUrl}/link/${id}`, "utf8").toString("base64");
		const paymentLink = request.transferOptions?.generatePayLink ? `${state.baseUrl}/paylink?linkToken=${encodeURIComponent(linkToken)}` : null;
		log("link", `link token issued for user ${request.userId}`);
		return envelope("ok", null, null, {
			linkToken,
			paymentLink
		});
	});
	app.get(LIST_PATH, async (req, reply) => {
		if (!authorized(req)) return reply.code(401).send();
		const q = parseTransferListQuery(req.query ?? {});
		if (!q.ok) return reply.code(400).send(envelope("badRequest", q.message, q.errorType));
		return envelope("ok", null, null, queryTransfers(state.transfers, q.value));
	});
}
function bearerMatches(req, expected) {
	const h = req.headers.authorization;
	const m = typeof h === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
	if (!m) return false;
	const a = Buffer.from(expected, "utf8");
	const b = Buffer.from(m[1], "utf8");
	return a.length === b.length && (0, node_crypto.timingSafeEqual)(a, b);
}
/** True for a request routed to a control route (by the matched route, so no encoding of the path slips past). */
function isControlRoute(req) {
	const route = req.routeOptions?.url;
	return typeof route === "string" && (route === "/_emulator" || route.startsWith(`/_emulator/`));
}
function registerControlRoutes(app, state) {
	app.addHook("onRequest", async (req, reply) => {
		if (!isControlRoute(req)) return;
		if (!bearerMatches(req, state.controlToken)) return reply.code(401).header("WWW-Authenticate", "Bearer").send({ error: "The emulator control API needs its token: Authorization: Bearer TOKEN (the standalone emulator prints it at start; the in-app one keeps it inside the app)." });
	});
	app.get("/_emulator", async () => ({
		name: "Countertop Mesh emulator",
		api: ["POST /api/v1/linktoken", "GET /api/v1/transfers/managed/mesh"],
		control: [
			"POST /_emulator/transfers",
			"GET /_emulator/transfers",
			"POST /_emulator/transfers/:id/refund",
			"GET /_emulator/deliveries?transferId=",
			"POST /_emulator/faults",
			"POST /_emulator/api-faults",
			"POST /_emulator/webhook-target",
			"GET /_emulator/link-scenarios",
			"POST /_emulator/link-scenario",
			"GET /_emulator/clock",
			"POST /_emulator/clock"
		],
		webhookTarget: state.target?.url ?? null,
		nextLinkScenario: state.nextLinkScenario,
		clock: clockView(state)
	}));
	app.post("/_emulator/transfers", async (req, reply) => {
		const v = parseCreateTransfer(req.body);
		if (!v.ok) return reply.code(400).send({ error: v.message });
		return reply.code(201).send(createTransfer(state, v.value));
	});
	app.get("/_emulator/transfers", async () => ({ items: state.transfers.map(transferView) }));
	app.post("/_emulator/transfers/:id/refund", async (req, reply) => {
		const v = parseWith(refundSchema, req.body, "refund");
		if (!v.ok) return reply.code(400).send({ error: v.message });
		const r = refundTransfer(state, req.params.id, v.value);
		if (!r.ok) return reply.code(r.status).send({ error: r.message });
		return reply.code(202).send(r.value);
	});
	app.get("/_emulator/link-scenarios", async () => ({
		items: Object.entries(require_contract.LINK_SCENARIOS).map(([name, label]) => ({
			name,
			label
		})),
		next: state.nextLinkScenario
	}));
	app.post("/_emulator/link-scenario", async (req, reply) => {
		const v = setNextLinkScenario(state, bodyOf(req).scenario ?? null);
		if (!v.ok) return reply.code(400).send({ error: v.message });
		return { nextLinkScenario: state.nextLinkScenario };
	});
	app.get("/_emulator/clock", async () => clockView(state));
	app.post("/_emulator/clock", async (req, reply) => {
		const v = setClock(state, req.body);
		if (!v.ok) return reply.code(400).send({ error: v.message });
		return clockView(state);
	});
	app.get("/_emulator/deliveries", async (req) => ({ items: state.sender.list(req.query.transferId ? { transferId: req.query.transferId } : {}) }));
	app.post("/_emulator/faults", async (req, reply) => {
		const v = setNextSaleFaults(state, req.body);
		if (!v.ok) return reply.code(400).send({ error: v.message });
		return { nextSaleFaults: state.nextSaleFaults };
	});
	app.post("/_emulator/api-faults", async (req, reply) => {
		const v = addApiFault(state, req.body);
		if (!v.ok) return reply.code(400).send({ error: v.message });
		return { queued: state.apiFaults.map((f) => ({ ...f })) };
	});
	app.post("/_emulator/webhook-target", async (req, reply) => {
		const { url, secret } = bodyOf(req);
		if (url !== null && (typeof url !== "string" || !/^https?:\/\//.test(url))) return reply.code(400).send({ error: "url must be an http(s) URL or null" });
		if (secret !== void 0 && (typeof secret !== "string" || secret === "")) return reply.code(400).send({ error: "secret must be a non-empty string" });
		setWebhookTarget(state, url, secret);
		return { url: state.target?.url ?? null };
	});
}
// src/main/emulator/access-tokens.ts
function stableTokenId(state, userId, exchange) {
	const key = `${userId}\n${exchange}`;
	let id = state.tokenIds.get(key);
	if (!id) {
		id = (0, node_crypto.randomUUID)();
		state.tokenIds.set(key, id);
	}
	return id;
}
/** The user's (fake, stable) account at an exchange. */
function accountOf(userId, exchange) {
	const h = (0, node_crypto.createHash)("sha256").update(`${userId}\n${exchange}`).digest("hex").slice(0, 12);
	return {
		accountId: `emu-${exchange.toLowerCase()}-${h}`,
		accountName: `${exchange} sandbox account`
	};
}
/** The user's accounts at an exchange when they have several (the accountSelection scenario). */
function accountsOf(userId, exchange) {
	const main = accountOf(userId, exchange);
	return [{
		...main,
		accountName: `${exchange} main account`,
		cash: 1e7
	}, {
		accountId: `${main.accountId}-savings`,
		accountName: `${exchange} savings account`,
		cash: 25e4
	}];
}
/** The SDK's brokerageAccountAccessToken payload for a fresh connection; remembers the token. */
function accessTokenPayload(state, userId, exchange, account) {
	const tokenId = stableTokenId(state, userId, exchange);
	const accessToken = `emu_at_${(0, node_crypto.randomBytes)(18).toString("base64url")}`;
	state.accessTokens.set(accessToken, {
		userId,
		exchange,
		tokenId
	});
	const info = EXCHANGE_INFO[exchange];
	const acct = account ?? accountOf(userId, exchange);
	const cash = account?.cash ?? 1e7;
	return {
		accountTokens: [{
			account: {
				accountId: acct.accountId,
				accountName: acct.accountName,
				cash,
				fund: cash
			},
			accessToken,
			refreshToken: `emu_rt_${(0, node_crypto.randomBytes)(18).toString("base64url")}`,
			tokenId
		}],
		brokerBrandInfo: { brokerLogo: "" },
		expiresInSeconds: 3600,
		refreshTokenExpiresInSeconds: 2592e3,
		brokerType: info.brokerType,
		brokerName: info.name
	};
}
/** The SDK's delayedAuthentication payload (DelayedAuthPayload): a refresh token to finish connecting later. */
function delayedAuthPayload(exchange) {
	const info = EXCHANGE_INFO[exchange];
	return {
		refreshTokenExpiresInSeconds: 2592e3,
		brokerType: info.brokerType,
		refreshToken: `emu_rt_${(0, node_crypto.randomBytes)(18).toString("base64url")}`,
		brokerName: info.name,
		brokerBrandInfo: { brokerLogo: "" }
	};
}
/** Exchanges the returning user is already connected to, judged from the SDK's accessTokens. */
function recognize(state, userId, supplied) {
	if (!Array.isArray(supplied)) return [];
	const found = /* @__PURE__ */ new Set();
	for (const item of supplied) {
		if (!item || typeof item !== "object") continue;
		const token = item.accessToken;
		if (typeof token !== "string") continue;
		const issued = state.accessTokens.get(token);
		if (issued && issued.userId === userId) {
			found.add(issued.exchange);
			continue;
		}
		for (const [key, tokenId] of state.tokenIds) {
			const [uid, ex] = key.split("\n");
			if (tokenId === token && uid === userId && isExchangeName(ex)) found.add(ex);
		}
	}
	return [...found];
}
// src/main/emulator/link-flow.ts
/** The funding options Mesh's SmartFunding would offer to cover `shortByUsd` of `symbol` from `from`. */
function fundingOptions(symbol, shortByUsd, from) {
	return (from.length > 0 ? from : [{ symbol: "ETH" }]).map((h) => {
		const buy = h.symbol === "USD";
		const fromSymbol = buy ? "USD" : h.symbol;
		const feeInFiat = round(Math.max(.01, shortByUsd * .005), 2);
		const used = buy ? round(shortByUsd + feeInFiat, 2) : round((shortByUsd + feeInFiat) / priceUsd(fromSymbol), 8);
		return {
			cryptocurrencyFundingOptionType: buy ? "buyingPowerPurchase" : "cryptocurrencyConversion",
			name: buy ? `Buy ${symbol} with cash` : `Convert ${fromSymbol} to ${symbol}`,
			paymentMethodType: buy ? "buyingPower" : "cryptocurrency",
			usedAmountInCryptocurrency: used,
			usedAmountInFiat: round(shortByUsd + feeInFiat, 2),
			cryptocurrencySymbol: fromSymbol,
			fee: {
				amountInFiat: feeInFiat,
				fiatSymbol: "USD",
				amountInCryptocurrency: buy ? feeInFiat : round(feeInFiat / priceUsd(fromSymbol), 8),
				cryptocurrencySymbol: fromSymbol,
				isInclusive: false
			}
		};
	});
}
/**
* What happens after the account is connected and the asset and network are known. `step`
* names the one-off step the route must then mark as passed (OnceStep), if any.
*/
function configureDecision(f) {
	const fiat = f.amountInFiat ?? 0;
	if (f.scenario === "configureError" && !f.passed.has("configureError")) return {
		reply: {
			step: "configureError",
			errorMessage: `${f.exchange} cannot send ${f.symbol} on ${f.networkName} from this account.`
		},
		once: "configureError"
	};
	if (f.scenario === "kyc" && !f.kycDone && !f.passed.has("kyc")) return { reply: { step: "kyc" } };
	if (f.scenario === "noEligibleAssets" && !f.passed.has("noEligibleAssets")) return {
		reply: {
			step: "noEligibleAssets",
			noAssetsType: "insufficientBalance",
			arrayOfTokensHeld: [{
				symbol: f.symbol,
				amount: .5,
				amountInFiat: round(.5 * priceUsd(f.symbol), 2),
				ineligibilityReason: `Not enough ${f.symbol} for this payment`
			}, {
				symbol: "DOGE",
				amount: 12,
				amountInFiat: 1.8,
				ineligibilityReason: `Not accepted: this payment takes ${f.symbol}`
			}]
		},
		once: "noEligibleAssets"
	};
	if (f.funded) return { reply: { step: "ok" } };
	if (f.scenario === "funding") {
		const shortBy = round(Math.max(1, fiat / 2), 2);
		return { reply: {
			step: "funding",
			shortBy,
			options: fundingOptions(f.symbol, shortBy, [{ symbol: "ETH" }, { symbol: "BTC" }])
		} };
	}
	const holdings = sandboxHoldings(f.username);
	if (holdings === null) return { reply: { step: "ok" } };
	const same = holdings.find((h) => h.symbol === f.symbol);
	if (same && same.amountInFiat >= fiat) return { reply: { step: "ok" } };
	const others = holdings.filter((h) => h.symbol !== f.symbol);
	if (f.fundingEnabled && others.length > 0) {
		const shortBy = round(fiat - (same?.amountInFiat ?? 0), 2);
		return { reply: {
			step: "funding",
			shortBy,
			options: fundingOptions(f.symbol, shortBy, others)
		} };
	}
	const held = holdings.map((h) => ({
		...h,
		ineligibilityReason: h.symbol === f.symbol ? `Not enough ${f.symbol} for this payment` : h.symbol === "USD" ? "Cash cannot be sent; buy crypto first" : `Not accepted: this payment takes ${f.symbol}`
	}));
	return { reply: {
		step: "noEligibleAssets",
		noAssetsType: held.length === 0 ? "emptyAccount" : "noEligibleTokens",
		arrayOfTokensHeld: held
	} };
}
/** The network fee after the gasIncrease scenario's rise: at least double, and at least a cent more. */
function raisedGasFee(fee, symbol) {
	const feeInFiat = round(Math.max(fee.feeInFiat * 2, fee.feeInFiat + .35), 2);
	return {
		fee: round(feeInFiat / priceUsd(symbol), 8),
		feeCurrency: fee.feeCurrency,
		feeInFiat
	};
}
// src/main/emulator/routes/link.ts
/** Every usable toAddresses entry of the request, in order. */
function paymentOptions(req) {
	return (req.transferOptions?.toAddresses ?? []).filter((a) => a.networkId && a.symbol && a.address).map((a) => ({
		symbol: a.symbol.toUpperCase(),
		networkId: a.networkId,
		networkName: networkName(a.networkId),
		address: a.address,
		addressTag: a.addressTag ?? null,
		amount: a.amount ?? null
	}));
}
function verifyWalletOf(req) {
	const v = req.verifyWalletOptions;
	if (!v) return null;
	return {
		message: v.message ?? "Sign to prove you own this wallet",
		addresses: v.addresses ?? [],
		networkId: v.networkId ?? null
	};
}
var scenarioOf = (s) => s.scenario ?? "standard";
var passedOf = (s) => s.passed ??= /* @__PURE__ */ new Set();
/**
* Opens a session's page once (link tokens are single use, and a Paylink carries the same token):
* the Link page the SDK frames, or the Paylink page. Both then use the same POST actions below,
* so a Paylink sale is made, settled and sent as webhooks exactly like a Link sale.
*/
function openSessionPage(state, id, mode) {
	const minutes = Math.round(state.tokenTtlMs / 6e4);
	const say = mode === "paylink" ? {
		invalid: "This payment link is not valid. Ask the merchant for a new one.",
		used: "This payment link has already been used. Payment links work once; ask the merchant for a new one.",
		expired: `This payment link has expired (they last ${minutes} minutes). Ask the merchant for a new one.`
	} : {
		invalid: "This link token is not valid. Request a new link token.",
		used: "This link token has already been used. Link tokens are single-use; request a new one.",
		expired: `This link token has expired (they last ${minutes} minutes). Request a new one.`
	};
	const s = id === null ? void 0 : state.sessions.get(id);
	if (!s) return {
		code: 404,
		html: renderLinkErrorPage(LINK_PAGES.tokenInvalid, say.invalid)
	};
	if (s.state !== "issued") return {
		code: 410,
		html: renderLinkErrorPage(LINK_PAGES.tokenUsed, say.used)
	};
	if (state.now() - s.createdAtMs > state.tokenTtlMs) {
		s.state = "finished";
		return {
			code: 410,
			html: renderLinkErrorPage(LINK_PAGES.tokenExpired, say.expired)
		};
	}
	s.state = "open";
	s.scenario = state.nextLinkScenario ?? (s.request.verifyWalletOptions && !s.payment ? "verifyWallet" : "standard");
	state.nextLinkScenario = null;
	state.log("link", `${mode} page opened for user ${s.userId} (scenario ${s.scenario})`);
	return {
		code: 200,
		html: renderLinkPage({
			sessionId: s.id,
			userId: s.userId,
			payment: s.payment,
			mode,
			scenario: s.scenario,
			options: paymentOptions(s.request),
			verifyWallet: verifyWalletOf(s.request)
		})
	};
}
function registerLinkRoutes(app, state) {
	const { log, sessions } = state;
	app.get("/link/:id", async (req, reply) => {
		const page = openSessionPage(state, req.params.id, "link");
		return sendLinkHtml(reply, page.code, page.html);
	});
	app.get(LINK_SCRIPT_PATH, async (_req, reply) => {
		const code = await loadLinkScript();
		return reply.header("Content-Type", "text/javascript; charset=utf-8").header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").send(code);
	});
	function openSession(req, reply) {
		const s = sessions.get(req.params.id);
		if (!s) {
			reply.code(404).send({ error: "Unknown link session" });
			return null;
		}
		if (s.state !== "open") {
			reply.code(409).send({ error: "This Link session is already finished" });
			return null;
		}
		return s;
	}
	function exchangeOf(req, reply) {
		const { exchange } = bodyOf(req);
		if (isExchangeName(exchange)) return exchange;
		reply.code(400).send({ error: "Choose Coinbase, Binance or Robinhood" });
		return null;
	}
	/** The chosen toAddresses entry (by symbol and network), or the first. */
	function optionOf(s, symbol, networkId) {
		const all = paymentOptions(s.request);
		if (symbol === void 0 && networkId === void 0) return all[0] ?? null;
		return all.find((o) => o.symbol === String(symbol).toUpperCase() && o.networkId.toLowerCase() === String(networkId).toLowerCase()) ?? null;
	}
	app.post("/link/:id/scenario", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s) return reply;
		const { scenario } = bodyOf(req);
		if (!require_contract.isLinkScenario(scenario)) return reply.code(400).send({ error: `Unknown scenario; use one of ${Object.keys(require_contract.LINK_SCENARIOS).join(", ")}` });
		if (passedOf(s).has("started")) return reply.code(409).send({ error: "The scenario can only be changed before an exchange is chosen" });
		s.scenario = scenario;
		log("link", `user ${s.userId} chose scenario ${scenario}`);
		return { scenario };
	});
	app.post("/link/:id/recognize", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s) return reply;
		const found = recognize(state, s.userId, bodyOf(req).accessTokens);
		for (const ex of found) s.connected.add(ex);
		return { exchanges: found.map((exchange) => ({
			exchange,
			...accountOf(s.userId, exchange)
		})) };
	});
	app.post("/link/:id/select", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s) return reply;
		const exchange = exchangeOf(req, reply);
		if (!exchange) return reply;
		const passed = passedOf(s);
		passed.add("started");
		if (scenarioOf(s) === "connectionUnavailable" && !passed.has("unavailable")) {
			passed.add("unavailable");
			return {
				available: false,
				reason: `${exchange} is under maintenance and cannot connect right now.`
			};
		}
		return { available: true };
	});
	app.post("/link/:id/connect", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s) return reply;
		const exchange = exchangeOf(req, reply);
		if (!exchange) return reply;
		const { username, password, oauth, mfaCode, accountId } = bodyOf(req);
		const scenario = scenarioOf(s);
		const passed = passedOf(s);
		passed.add("started");
		if (oauth === true) {
			if (scenario !== "oauth") return reply.code(400).send({ error: `${exchange} signs in with a username and password here` });
		} else if (typeof username !== "string" || !SANDBOX_USERS.includes(username) || password !== "Pass123") return reply.code(400).send({ error: `Wrong username or password. Sandbox users are ${SANDBOX_USERS.join(", ")} with password ${SANDBOX_PASSWORD}.` });
		if (scenario === "mfa") {
			if (mfaCode === void 0) return { step: "mfa" };
			if (mfaCode !== "123456") return reply.code(400).send({ error: `That code is wrong. The sandbox code is ${SANDBOX_MFA_CODE}.` });
		}
		let account;
		if (scenario === "accountSelection") {
			const accounts = accountsOf(s.userId, exchange);
			if (accountId === void 0) return {
				step: "accounts",
				accounts
			};
			account = accounts.find((a) => a.accountId === accountId);
			if (!account) return reply.code(400).send({ error: "Choose one of the listed accounts" });
		}
		if (scenario === "connectionDeclined" && !passed.has("declined")) {
			passed.add("declined");
			log("link", `${exchange} declined the connection of user ${s.userId} (scenario)`);
			return {
				step: "declined",
				reason: "accountRestricted",
				errorMessage: `${exchange} declined the connection: this account may not send to outside addresses.`
			};
		}
		if (scenario === "delayedAuth") {
			log("link", `user ${s.userId} connected ${exchange} with delayed authentication`);
			return {
				step: "delayed",
				delayedAuthPayload: delayedAuthPayload(exchange)
			};
		}
		s.connected.add(exchange);
		(s.usernames ??= /* @__PURE__ */ new Map()).set(exchange, typeof username === "string" ? username : "Mesh");
		log("link", `user ${s.userId} connected ${exchange}`);
		return {
			step: "connected",
			accessTokenPayload: accessTokenPayload(state, s.userId, exchange, account)
		};
	});
	app.post("/link/:id/configure", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s) return reply;
		const exchange = exchangeOf(req, reply);
		if (!exchange) return reply;
		if (!s.connected.has(exchange)) return reply.code(400).send({ error: "Connect an exchange first" });
		const { symbol, networkId, kycDone } = bodyOf(req);
		const option = optionOf(s, symbol, networkId);
		if (!option) return reply.code(400).send({ error: "This link token has no such asset and network" });
		const passed = passedOf(s);
		if (kycDone === true && scenarioOf(s) === "kyc") passed.add("kyc");
		const { reply: decision, once } = configureDecision({
			scenario: scenarioOf(s),
			exchange,
			username: s.usernames?.get(exchange) ?? "Mesh",
			symbol: option.symbol,
			networkName: option.networkName,
			amountInFiat: s.payment?.amountInFiat ?? null,
			fundingEnabled: s.request.transferOptions?.fundingOptions?.enabled === true,
			passed,
			kycDone: kycDone === true,
			funded: Boolean(s.funding)
		});
		if (once) passed.add(once);
		if (decision.step === "funding") s.fundingOffer = decision.options;
		return decision;
	});
	app.post("/link/:id/preview", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s) return reply;
		const { exchange, amountInFiat, symbol, networkId, fundingOption } = bodyOf(req);
		if (!isExchangeName(exchange) || !s.connected.has(exchange)) return reply.code(400).send({ error: "Connect an exchange first" });
		if (!s.payment) return reply.code(400).send({ error: "This link token has no transfer options" });
		const option = optionOf(s, symbol, networkId);
		if (!option) return reply.code(400).send({ error: "This link token has no such asset and network" });
		const p = s.payment;
		const fixedAmount = option.amount;
		const fiat = p.amountInFiat ?? (fixedAmount == null && typeof amountInFiat === "number" && amountInFiat > 0 ? amountInFiat : null);
		if (fiat == null && fixedAmount == null) return reply.code(400).send({ error: "Enter an amount" });
		if (typeof fundingOption === "number") {
			const offer = s.fundingOffer?.[fundingOption];
			if (!offer) return reply.code(400).send({ error: "Choose one of the funding options" });
			s.funding = {
				fromSymbol: offer.cryptocurrencySymbol,
				fromAmount: offer.usedAmountInCryptocurrency,
				amountInFiat: offer.usedAmountInFiat
			};
		}
		const passed = passedOf(s);
		if (scenarioOf(s) === "previewError" && !passed.has("previewError")) {
			passed.add("previewError");
			return reply.code(502).send({ error: `${exchange} could not price this transfer right now. Try again.` });
		}
		const q = quote(option.symbol, fiat, fixedAmount);
		const info = EXCHANGE_INFO[exchange];
		s.exchange = exchange;
		const preview = {
			previewId: state.randomId(),
			amount: q.amount,
			symbol: option.symbol,
			toAddress: option.address,
			networkId: option.networkId,
			networkName: option.networkName,
			amountInFiat: q.amountInFiat,
			fiatCurrency: "USD",
			integrationType: info.brokerType,
			integrationName: info.name,
			estimatedNetworkGasFee: {
				fee: 0,
				feeCurrency: option.symbol,
				feeInFiat: 0
			},
			institutionTransferFee: {
				fee: q.fee,
				feeCurrency: option.symbol,
				feeInFiat: q.feeInFiat
			},
			userId: s.userId,
			clientTransactionId: p.transactionId ?? void 0
		};
		const offer = s.funding && s.fundingOffer?.find((o) => o.cryptocurrencySymbol === s.funding.fromSymbol);
		if (offer) preview.cryptocurrencyFundingOptions = [offer];
		s.preview = preview;
		return { preview };
	});
	/** Makes the session's sale with the pending sale faults (which it consumes) and ends the session. */
	function saleFromSession(s, outcome) {
		const p = s.payment;
		const preview = s.preview;
		const faults = state.nextSaleFaults ?? {};
		state.nextSaleFaults = null;
		const scenario = scenarioOf(s);
		const created = createTransfer(state, {
			transactionId: p.transactionId,
			userId: s.userId,
			amountInFiat: preview.amountInFiat,
			amount: preview.amount,
			symbol: preview.symbol,
			networkId: preview.networkId,
			destinationAddress: preview.toAddress,
			exchange: s.exchange ?? "Coinbase",
			transferType: s.request.transferOptions?.transferType ?? "payment",
			subClientId: s.request.subClientId ?? null,
			outcome,
			faults,
			...scenario === "longPending" ? { pendingMs: require_contract.LONG_PENDING_MS } : {},
			...scenario === "refund" && outcome === "succeeded" ? { refundAfterMs: state.settleDelayMs } : {},
			...s.funding ? { fundedFrom: {
				symbol: s.funding.fromSymbol,
				amount: s.funding.fromAmount,
				amountInFiat: s.funding.amountInFiat
			} } : {}
		});
		s.state = "finished";
		return {
			created,
			transfer: state.transfers.find((x) => x.model.id === created.transferId).model
		};
	}
	function checkPreview(s, req, reply) {
		if (!s.preview || !s.payment) {
			reply.code(400).send({ error: "Nothing to approve yet" });
			return false;
		}
		const { previewId } = bodyOf(req);
		if (previewId !== s.preview.previewId) {
			reply.code(400).send({ error: "The preview is out of date; go back and review again" });
			return false;
		}
		return true;
	}
	app.post("/link/:id/approve", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s || !checkPreview(s, req, reply)) return reply;
		const scenario = scenarioOf(s);
		const passed = passedOf(s);
		const { mfaCode } = bodyOf(req);
		if (scenario === "mfa") {
			if (mfaCode === void 0) return { step: "mfa" };
			if (mfaCode !== "123456") return reply.code(400).send({ error: `That code is wrong. The sandbox code is ${SANDBOX_MFA_CODE}.` });
		}
		if (scenario === "gasIncrease" && !passed.has("gasIncrease")) {
			passed.add("gasIncrease");
			const old = s.preview;
			s.preview = {
				...old,
				previewId: state.randomId(),
				estimatedNetworkGasFee: raisedGasFee(old.estimatedNetworkGasFee, old.symbol)
			};
			return {
				step: "gasIncrease",
				preview: s.preview,
				previousFeeInFiat: old.estimatedNetworkGasFee.feeInFiat
			};
		}
		const info = EXCHANGE_INFO[s.exchange ?? "Coinbase"];
		if (scenario === "transferDeclined") {
			const { created, transfer } = saleFromSession(s, "failed");
			const errorMessage = `${info.name} declined the transfer: it did not pass the exchange’s withdrawal review (emulated).`;
			return {
				step: "declined",
				transferId: created.transferId,
				errorMessage,
				declined: {
					integrationType: info.brokerType,
					integrationName: info.name,
					toAddress: transfer.destinationAddress,
					token: transfer.symbol,
					network: transfer.networkName,
					amount: transfer.amount,
					status: "declined"
				}
			};
		}
		const funding = s.funding;
		const { created, transfer } = saleFromSession(s, "succeeded");
		const common = {
			txId: transfer.institutionTransactionId,
			fromAddress: info.fromAddress,
			toAddress: transfer.destinationAddress,
			symbol: transfer.symbol,
			amount: transfer.amount,
			networkId: transfer.networkId,
			userId: s.userId,
			clientTransactionId: transfer.clientTransactionId ?? void 0
		};
		return {
			step: "executed",
			transferId: created.transferId,
			executed: {
				status: "pending",
				...common
			},
			finished: {
				status: "success",
				...common,
				amountInFiat: transfer.amountInFiat,
				totalAmountInFiat: transfer.totalTransactionAmountInFiat,
				networkName: transfer.networkName,
				transferId: created.transferId
			},
			...funding ? { funding: {
				cryptocurrencyFundingOptionType: funding.fromSymbol === "USD" ? "buyingPowerPurchase" : "cryptocurrencyConversion",
				status: "success"
			} } : {}
		};
	});
	app.post("/link/:id/decline", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s || !checkPreview(s, req, reply)) return reply;
		const { created } = saleFromSession(s, "failed");
		const name = s.exchange ?? "The exchange";
		return {
			transferId: created.transferId,
			errorMessage: `${name} declined the transfer (emulated rejection).`
		};
	});
	app.post("/link/:id/verify", async (req, reply) => {
		const s = openSession(req, reply);
		if (!s) return reply;
		const v = verifyWalletOf(s.request) ?? {
			message: "Sign to prove you own this wallet",
			addresses: [],
			networkId: null
		};
		const { address } = bodyOf(req);
		if (typeof address !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(address)) return reply.code(400).send({ error: "A wallet address (0x…) is required" });
		const verified = v.addresses.length === 0 || v.addresses.some((a) => a.toLowerCase() === address.toLowerCase());
		const r = (0, node_crypto.createHash)("sha256").update(`${v.message}\n${address.toLowerCase()}`).digest("hex");
		const hash = `0x${r}${(0, node_crypto.createHash)("sha256").update(r).digest("hex")}1b`;
		log("link", `wallet ${address} signed for user ${s.userId} (${verified ? "verified" : "not a requested address"})`);
		return { signed: {
			signedMessageHash: hash,
			message: v.message,
			address,
			timeStamp: state.now(),
			isVerified: verified,
			verifiedAddresses: verified ? [address] : []
		} };
	});
	app.get("/link/:id/qr.svg", async (req, reply) => {
		const s = sessions.get(req.params.id);
		if (!s || s.state !== "open") return reply.code(404).send({ error: "Unknown or finished link session" });
		const option = paymentOptions(s.request)[Number(req.query.option ?? 0)];
		if (!option) return reply.code(404).send({ error: "No such payment option" });
		const svg = await qrcode.default.toString(option.address, {
			type: "svg",
			margin: 1
		});
		return reply.header("Content-Type", "image/svg+xml").header("Cache-Control", "no-store").send(svg);
	});
	app.post("/link/:id/close", async (req, reply) => {
		const s = sessions.get(req.params.id);
		if (!s) return reply.code(404).send({ error: "Unknown link session" });
		if (s.state === "open") {
			s.state = "finished";
			log("link", `user ${s.userId} closed Link on ${String(bodyOf(req).page ?? "unknown page")}`);
		}
		return { ok: true };
	});
}
// src/main/emulator/routes/paylink.ts
/** The session id inside a link token, when the token is one of ours (base64 of `BASE/link/<id>`). */
function sessionIdOfToken(baseUrl, token) {
	if (!token || !/^[A-Za-z0-9+/]+={0,2}$/.test(token)) return null;
	const url = Buffer.from(token, "base64").toString("utf8");
	const prefix = `${baseUrl}/link/`;
	if (!url.startsWith(prefix)) return null;
	const id = url.slice(prefix.length);
	return /^[A-Za-z0-9_-]+$/.test(id) ? id : null;
}
function registerPaylinkRoutes(app, state) {
	app.get("/paylink", async (req, reply) => {
		const page = openSessionPage(state, sessionIdOfToken(state.baseUrl, req.query.linkToken), "paylink");
		return sendLinkHtml(reply, page.code, page.html);
	});
}
// src/main/emulator/server.ts
function urlHost(host) {
	const h = bareHost(host);
	return h.includes(":") ? `[${h}]` : h;
}
async function startMeshEmulator(opts) {
	const host = opts.host ?? "127.0.0.1";
	if (!isEmulatorHost(host)) throw new TypeError(`The Mesh emulator binds only to loopback (${EMULATOR_HOSTS.join(", ")}); got "${host}".`);
	const state = createEmulatorState(opts);
	const app = (0, fastify.default)({
		logger: false,
		bodyLimit: 1048576,
		forceCloseConnections: true
	});
	registerErrorHandlers(app, state);
	registerApiRoutes(app, state);
	registerLinkRoutes(app, state);
	registerPaylinkRoutes(app, state);
	registerControlRoutes(app, state);
	if (!locateLinkScript(__dirname)) state.log("link", "the Link page script was not found (run `npm run build`); the Link page will not work");
	await app.listen({
		host: bareHost(host),
		port: opts.port ?? 0
	});
	const addr = app.server.address();
	if (addr === null || typeof addr === "string") throw new Error("The Mesh emulator did not get a TCP address");
	state.baseUrl = (opts.publicUrl ?? `http://${urlHost(host)}:${addr.port}`).replace(/\/+$/, "");
	return {
		url: state.baseUrl,
		clientId: state.clientId,
		clientSecret: state.clientSecret,
		generatedCredentials: state.generatedCredentials,
		controlToken: state.controlToken,
		generatedControlToken: state.generatedControlToken,
		setWebhookTarget: (url, secret) => setWebhookTarget(state, url, secret),
		createTransfer: (input) => createTransfer(state, input),
		listTransfers: () => state.transfers.map((t) => structuredClone(t.model)),
		listDeliveries: (filter) => state.sender.list(filter),
		setNextSaleFaults(faults) {
			const v = setNextSaleFaults(state, faults);
			if (!v.ok) throw new TypeError(v.message);
		},
		setNextLinkScenario(scenario) {
			const v = setNextLinkScenario(state, scenario);
			if (!v.ok) throw new TypeError(v.message);
		},
		refundTransfer(transferId, o) {
			const r = refundTransfer(state, transferId, o);
			if (!r.ok) throw Object.assign(new Error(r.message), { code: r.status === 404 ? "NOT_FOUND" : "CONFLICT" });
			return r.value;
		},
		clock(change) {
			if (change) {
				const v = setClock(state, change);
				if (!v.ok) throw new TypeError(v.message);
			}
			return clockView(state);
		},
		addApiFault(fault) {
			const v = addApiFault(state, fault);
			if (!v.ok) throw new TypeError(v.message);
		},
		listLinkTokenRequests: () => state.linkTokenRequests.map((r) => structuredClone(r)),
		listTransferListRequests: () => state.listRequests.map((r) => ({ ...r })),
		idle: () => state.activity.idle(),
		async close() {
			if (state.closed) return;
			closeState(state);
			await app.close();
		}
	};
}
Object.defineProperty(exports, "EMULATOR_HOSTS", {
	enumerable: true,
	get: function() {
		return EMULATOR_HOSTS;
	}
});
Object.defineProperty(exports, "LINK_TOKEN_REQUEST_KEYS", {
	enumerable: true,
	get: function() {
		return LINK_TOKEN_REQUEST_KEYS;
	}
});
Object.defineProperty(exports, "isEmulatorHost", {
	enumerable: true,
	get: function() {
		return isEmulatorHost;
	}
});
Object.defineProperty(exports, "startMeshEmulator", {
	enumerable: true,
	get: function() {
		return startMeshEmulator;
	}
});
