let zod = require("zod");
// src/shared/money.ts
var DECIMAL = /^-?\d+(\.\d+)?$/;
/** Longer than any amount (18 decimals on a 30-digit integer part): refused, which also bounds the work on hostile input. */
var MAX_DECIMAL_LENGTH = 64;
/** True when `s` is a plain decimal number such as "12", "0.5" or "-3.25". */
function isDecimalString(s) {
	return s.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(s);
}
/**
* Turns a JSON number or string into a canonical decimal string, or null when it is not a
* finite decimal. JSON numbers arrive as doubles; String(n) gives the shortest text that
* round-trips, which is the text Mesh sent for any amount with ≤ 15 significant digits.
*/
function toDecimalString(v) {
	if (typeof v === "number") {
		if (!Number.isFinite(v)) return null;
		const s = String(v);
		if (s.includes("e") || s.includes("E")) return expandExponent(v);
		return s;
	}
	if (typeof v === "string") {
		const t = v.trim();
		return isDecimalString(t) ? stripZeros(t) : null;
	}
	return null;
}
function expandExponent(v) {
	return stripZeros(Math.abs(v) < 1 ? v.toFixed(18) : BigInt(Math.round(v)).toString());
}
function stripZeros(s) {
	if (!s.includes(".")) return s.replace(/^(-?)0+(\d)/, "$1$2");
	const out = s.replace(/0+$/, "").replace(/\.$/, "").replace(/^(-?)0+(\d)/, "$1$2");
	return out === "-0" ? "0" : out;
}
/** Adds decimal strings exactly. */
function addDecimals(values) {
	let scale = 0;
	for (const v of values) {
		const frac = v.split(".")[1];
		if (frac && frac.length > scale) scale = frac.length;
	}
	let total = 0n;
	for (const v of values) total += toScaled(v, scale);
	return fromScaled(total, scale);
}
function toScaled(v, scale) {
	const neg = v.startsWith("-");
	const [int = "0", frac = ""] = (neg ? v.slice(1) : v).split(".");
	const n = BigInt(int + frac.padEnd(scale, "0"));
	return neg ? -n : n;
}
function fromScaled(n, scale) {
	if (scale === 0) return n.toString();
	const neg = n < 0n;
	const digits = (neg ? -n : n).toString().padStart(scale + 1, "0");
	const s = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
	return stripZeros(neg ? `-${s}` : s);
}
/** Formats a fiat amount for display with Intl (the string goes in as-is where the engine supports it). */
function formatFiat(amount, currency = "USD", locale) {
	if (amount == null || !isDecimalString(amount)) return "—";
	return new Intl.NumberFormat(locale, {
		style: "currency",
		currency
	}).format(amount);
}
// src/shared/charge.ts
/** The shape of amount text we take: digits, at most one point. */
var PLAIN = /^\d+(\.\d+)?$/;
/** Mesh cannot charge less than one US cent. */
var MIN_USD_AMOUNT = "0.01";
var digitsCache = /* @__PURE__ */ new Map();
/**
* How many decimals the currency has (Intl's minor unit): USD 2, JPY 0, BHD 3. A code Intl does
* not know gets 2 (its default for a well-formed code).
*/
function currencyDigits(currency) {
	const key = currency.toUpperCase();
	let d = digitsCache.get(key);
	if (d === void 0) {
		try {
			d = new Intl.NumberFormat("en", {
				style: "currency",
				currency: key
			}).resolvedOptions().maximumFractionDigits ?? 2;
		} catch {
			d = 2;
		}
		digitsCache.set(key, d);
	}
	return d;
}
/**
* Why `text` is not an amount we can read, or null. Checks the form only (digits, one point,
* bounded length, above zero); the currency's own decimals and the sale limit are checked by
* `priceSale`. Messages name the problem: a negative number, an exponent, thousands separators…
*/
function amountTextProblem(text) {
	const v = text.trim();
	if (v === "") return "Enter an amount, such as 12.50.";
	if (/^[-−]/.test(v)) return "The amount must be more than zero: it cannot be negative.";
	if (/^\+/.test(v)) return "Enter the amount without a sign, such as 12.50.";
	if (/^\d*\.?\d+[eE][-+]?\d+$/.test(v)) return "Write the amount in plain digits, such as 1000000 (not 1e6).";
	if (/^\d{1,3}([,\u00a0\u202f '’]\d{3})+(\.\d+)?$/.test(v)) return "Type the amount without thousands separators, such as 1234.56.";
	if (/^\d+,\d+$/.test(v)) return "Use a point for decimals, such as 12.50.";
	if (!PLAIN.test(v)) return "Enter an amount such as 12.50: digits and at most one decimal point.";
	const [int = "", frac = ""] = v.split(".");
	if (int.replace(/^0+(?=\d)/, "").length > 12) return `That amount is too large: at most 12 digits before the decimal point.`;
	if (frac.length > 3) return `An amount has at most 3 decimals.`;
	if (!/[1-9]/.test(v)) return "The amount must be more than zero";
	return null;
}
/** A non-negative plain decimal as an integer and its scale: "12.50" → 1250n, 2. */
function scaled(s) {
	if (!PLAIN.test(s)) throw new RangeError(`not a plain non-negative decimal: ${JSON.stringify(s)}`);
	const [int = "0", frac = ""] = s.split(".");
	return {
		n: BigInt(int + frac),
		scale: frac.length
	};
}
function pow10(k) {
	return 10n ** BigInt(k);
}
/** -1, 0 or 1 as a < b, a = b, a > b (plain non-negative decimals). */
function compareDecimals(a, b) {
	const x = scaled(a);
	const y = scaled(b);
	const scale = Math.max(x.scale, y.scale);
	const l = x.n * pow10(scale - x.scale);
	const r = y.n * pow10(scale - y.scale);
	return l < r ? -1 : l > r ? 1 : 0;
}
/** Decimals `s` is written with ("12.5" → 1). */
function decimalsOf(s) {
	return s.split(".")[1]?.length ?? 0;
}
/** An amount written with exactly `digits` decimals, no leading zeros: ("012.5", 2) → "12.50". Never drops a digit. */
function normalizeAmount(amount, digits) {
	const { n, scale } = scaled(amount);
	if (scale > digits) throw new RangeError(`${amount} has more than ${digits} decimals`);
	const units = (n * pow10(digits - scale)).toString().padStart(digits + 1, "0");
	return digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
/**
* amount × rate in US dollars, rounded half-up to cents (both non-negative decimal text):
* ("10.00", "1.087") → "10.87", ("0.01", "0.5") → "0.01", ("1000", "0.0067") → "6.70".
*/
function toUsdCents(amount, rate) {
	const a = scaled(amount);
	const r = scaled(rate);
	const product = a.n * r.n;
	const scale = a.scale + r.scale;
	let cents;
	if (scale <= 2) cents = product * pow10(2 - scale);
	else {
		const div = pow10(scale - 2);
		cents = (product * 2n + div) / (div * 2n);
	}
	return normalizeAmount(`${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`, 2);
}
function isUsd(currency) {
	return currency.toUpperCase() === "USD";
}
/** Why a non-USD currency cannot be charged without a rate (the counter shows this too). */
function rateMissingMessage(currency) {
	return `${currency} has no exchange rate: Mesh charges in US dollars. A manager can set the ${currency}→USD rate in Settings.`;
}
/**
* The charge for an amount typed at the counter, or why it cannot be charged: more decimals than
* the currency has (AMOUNT_INVALID), above the per-sale limit (SALE_LIMIT_EXCEEDED), a non-USD
* currency without a rate (CURRENCY_RATE_MISSING), or a USD amount below one cent (AMOUNT_INVALID).
* The amount comes back written with the currency's decimals ("12.5" → "12.50").
*/
function priceSale(p) {
	const problem = amountTextProblem(p.amount);
	if (problem) return {
		ok: false,
		code: "AMOUNT_INVALID",
		message: problem
	};
	const text = p.amount.trim();
	const currency = p.currency.toUpperCase();
	const digits = currencyDigits(currency);
	const given = decimalsOf(text);
	if (given > digits) return {
		ok: false,
		code: "AMOUNT_INVALID",
		message: digits === 0 ? `${currency} amounts have no decimals: enter a whole number such as ${text.split(".")[0].replace(/^0+(?=\d)/, "")}.` : `${currency} amounts have at most ${digits} decimal${digits === 1 ? "" : "s"}; ${text} has ${given}.`
	};
	const amount = normalizeAmount(text, digits);
	const fmt = (v, c = currency) => formatFiat(v, c, p.locale);
	if (p.saleLimit != null && compareDecimals(amount, p.saleLimit) > 0) return {
		ok: false,
		code: "SALE_LIMIT_EXCEEDED",
		message: `${fmt(amount)} is above the per-sale limit of ${fmt(p.saleLimit)}. Charge less, or ask a manager to raise the limit in Settings.`
	};
	if (isUsd(currency)) return {
		ok: true,
		charge: {
			amount,
			currency,
			usdAmount: normalizeAmount(amount, 2),
			rate: null
		}
	};
	if (!p.rate) return {
		ok: false,
		code: "CURRENCY_RATE_MISSING",
		message: rateMissingMessage(currency)
	};
	const usdAmount = toUsdCents(amount, p.rate);
	if (compareDecimals(usdAmount, "0.01") < 0) return {
		ok: false,
		code: "AMOUNT_INVALID",
		message: `${fmt(amount)} is less than ${fmt(MIN_USD_AMOUNT, "USD")} at ${p.rate} USD per ${currency}; Mesh cannot charge less than one US cent.`
	};
	return {
		ok: true,
		charge: {
			amount,
			currency,
			usdAmount,
			rate: p.rate
		}
	};
}
// src/shared/link-scenarios.ts
var LINK_SCENARIOS = {
	standard: "Standard: sign in, review, approve or decline",
	detailed: "Every step: home page, method, asset, network and amount pickers",
	mfa: "The exchange asks for a 2FA code at sign-in and again to approve (sandbox code 123456)",
	oauth: "OAuth sign-in in the exchange’s own window",
	accountSelection: "Several accounts at the exchange: the customer picks one",
	delayedAuth: "Delayed authentication: the account is linked for later, no transfer is made",
	connectionUnavailable: "The first exchange picked is unavailable; the customer must pick another",
	connectionDeclined: "The exchange declines the connection; the customer may pick another",
	noEligibleAssets: "The account holds nothing this payment accepts",
	funding: "Not enough USDC: the customer converts another asset first (SmartFunding)",
	kyc: "The exchange requires identity verification before the transfer",
	configureError: "The transfer cannot be configured at this exchange",
	previewError: "The first preview fails; trying again works",
	gasIncrease: "The network fee rises at approval; the customer reviews again",
	transferDeclined: "The exchange declines the transfer (a Failed transfer)",
	longPending: "The transfer stays Pending for 3 hours of emulator time, then succeeds",
	refund: "Paid, then refunded: Succeeded → RefundPending → RefundSucceeded",
	selfCustody: "Pay from a self-custody wallet: injected wallets, a wallet error, the QR code",
	verifyWallet: "Verify a self-custody wallet by signing a message"
};
var LINK_SCENARIO_NAMES = Object.keys(LINK_SCENARIOS);
function isLinkScenario(v) {
	return typeof v === "string" && Object.prototype.hasOwnProperty.call(LINK_SCENARIOS, v);
}
/** How long the longPending scenario's transfer stays Pending, in emulator time. */
var LONG_PENDING_MS = 108e5;
// src/shared/contract.ts
var ok = (value) => ({
	ok: true,
	value
});
var fail = (code, message) => ({
	ok: false,
	error: {
		code,
		message
	}
});
/** Error codes a transport or handler can answer with (handlers may add domain codes). */
var ErrorCodes = {
	UNAUTHORIZED: "UNAUTHORIZED",
	UNKNOWN_COMMAND: "UNKNOWN_COMMAND",
	INVALID_ARGUMENT: "INVALID_ARGUMENT",
	NOT_FOUND: "NOT_FOUND",
	INTERNAL: "INTERNAL"
};
/**
* Every error code a command may answer with. Only these reach a client; anything else a
* handler throws (a driver's `SQLITE_CONSTRAINT…`, `ENOENT`, a bug) becomes `INTERNAL`, logged.
*/
var ERROR_CODES = [
	...Object.values(ErrorCodes),
	"PIN_NOT_SET",
	"PIN_LOCKED",
	"PIN_REQUIRED",
	"PIN_INVALID",
	"PAYOUT_NOT_CONFIGURED",
	"NOT_IN_EMULATOR_MODE",
	"RECEIVER_NOT_RUNNING",
	"RECONCILE_FAILED",
	"AMOUNT_INVALID",
	"SALE_LIMIT_EXCEEDED",
	"CURRENCY_RATE_MISSING",
	"SALE_ENDED",
	"SHIFT_ALREADY_OPEN",
	"NO_OPEN_SHIFT",
	"MESH_NOT_READY",
	"MESH_CREDENTIALS_MISSING",
	"MESH_AUTH_FAILED",
	"MESH_BAD_RESPONSE",
	"MESH_NOT_FOUND",
	"MESH_PERMISSION_DENIED",
	"MESH_RATE_LIMITED",
	"MESH_REQUEST_REJECTED",
	"MESH_TIMEOUT",
	"MESH_UNAVAILABLE",
	"TUNNEL_AUTHTOKEN_MISSING",
	"TUNNEL_AUTH_FAILED",
	"TUNNEL_DOMAIN_IN_USE",
	"TUNNEL_DOMAIN_NOT_RESERVED",
	"TUNNEL_FAILED",
	"TUNNEL_INVALID_SETTINGS",
	"TUNNEL_NETWORK",
	"TUNNEL_NGROK_MISSING",
	"TUNNEL_SESSION_LIMIT",
	"TUNNEL_UNREACHABLE"
];
var DECLARED_CODES = new Set(ERROR_CODES);
function isDeclaredErrorCode(code) {
	return typeof code === "string" && DECLARED_CODES.has(code);
}
/** No further status is expected (reconciliation stops looking them up); refundpending is not final. */
var FINAL_STATUSES = [
	"succeeded",
	"failed",
	"refundsucceeded"
];
var REJECTED_VERDICTS = [
	"signature_missing",
	"signature_invalid",
	"too_large",
	"bad_request",
	"source_not_allowed"
];
var DELIVERY_FLAGS = [
	"ambiguous",
	"no_tx_hash",
	"stale"
];
/** All a customer-display client may call and hear (its token, or its window, is refused everything else). */
var DISPLAY_COMMANDS = ["display.get"];
var DISPLAY_EVENTS = ["display.updated"];
var limit = zod.z.number().int().min(1).max(500).default(50);
var LedgerQuery = zod.z.object({
	status: zod.z.union([zod.z.string(), zod.z.array(zod.z.string()).max(10)]).optional(),
	/** ms since epoch, inclusive, on firstSeenAt */
	from: zod.z.number().int().nonnegative().optional(),
	/** ms since epoch, exclusive */
	to: zod.z.number().int().nonnegative().optional(),
	/** TransferId, TransactionId or TxHash (exact, or a prefix of at least 6 characters), in any letter case */
	search: zod.z.string().trim().max(200).optional(),
	/**
	* Amount range, inclusive, as decimal text: matches the crypto amount sent or received
	* (SourceAmount, DestinationAmount) or the fiat amount the sale charged. Equal bounds = exact.
	*/
	amountMin: zod.z.string().trim().regex(/^\d{1,15}(\.\d{1,18})?$/, "An amount such as 12.50").optional(),
	amountMax: zod.z.string().trim().regex(/^\d{1,15}(\.\d{1,18})?$/, "An amount such as 12.50").optional(),
	includeTests: zod.z.boolean().default(false),
	limit,
	cursor: zod.z.string().max(200).nullable().optional()
}).strict();
var DeliveriesQuery = zod.z.object({
	verdict: zod.z.union([zod.z.string(), zod.z.array(zod.z.string()).max(10)]).optional(),
	rejected: zod.z.boolean().optional(),
	transferId: zod.z.string().max(200).optional(),
	eventId: zod.z.string().max(200).optional(),
	limit,
	cursor: zod.z.string().max(200).nullable().optional()
}).strict();
var TransferIdArg = zod.z.object({ transferId: zod.z.string().min(1).max(200) }).strict();
var DeliveryIdArg = zod.z.object({ id: zod.z.number().int().positive() }).strict();
/** A bulk replay goes in chunks of at most 100 (the console shows progress between them). */
var DeliveryIdsArg = zod.z.object({ ids: zod.z.array(zod.z.number().int().positive()).min(1).max(100).refine((ids) => new Set(ids).size === ids.length, "Each delivery may appear only once in a bulk replay.") }).strict();
var NoArgs = zod.z.object({}).strict().default({});
/** A positive fiat amount as decimal text with at most 2 decimals, e.g. "12.50". */
var AmountText = zod.z.string().trim().regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter an amount such as 12.50").refine((v) => /[1-9]/.test(v), "The amount must be more than zero");
/**
* The amount typed at the counter: digits with up to 3 decimals and 12 integer digits, above zero,
* each problem with its own message. The currency's own decimals (JPY 0, USD 2, BHD 3) and the
* sale limit are the core's to check (sales.start: AMOUNT_INVALID, SALE_LIMIT_EXCEEDED).
*/
var ChargeAmountText = zod.z.string().trim().superRefine((v, ctx) => {
	const problem = amountTextProblem(v);
	if (problem) ctx.addIssue({
		code: "custom",
		message: problem
	});
});
var SaleStartArgs = zod.z.object({
	amount: ChargeAmountText,
	asset: zod.z.string().trim().min(1).max(20),
	network: zod.z.string().trim().min(1).max(50).optional(),
	note: zod.z.string().trim().max(200).optional(),
	customerRef: zod.z.string().trim().min(1).max(100).optional(),
	/** Ask Mesh for a Paylink too (generatePayLink), for the customer display. */
	payLink: zod.z.boolean().optional()
}).strict();
var SaleEndArgs = zod.z.object({
	sessionId: zod.z.string().min(1).max(100),
	reason: zod.z.enum(["cancelled", "abandoned"])
}).strict();
var ShiftOpenArgs = zod.z.object({ openedBy: zod.z.string().trim().max(100).optional() }).strict();
var ShiftIdArg = zod.z.object({ shiftId: zod.z.string().min(1).max(100) }).strict();
var ShiftListArgs = zod.z.object({ limit: zod.z.number().int().min(1).max(200).default(50) }).strict();
var TakingsArgs = zod.z.object({
	days: zod.z.number().int().min(1).max(366).default(30),
	/** IANA time zone the days are counted in (the console's). */
	timeZone: zod.z.string().min(1).max(64)
}).strict();
var SdkEventArgs = zod.z.object({
	sessionId: zod.z.string().min(1).max(100),
	type: zod.z.string().min(1).max(64),
	payload: zod.z.unknown().optional()
}).strict();
var SessionIdArg = zod.z.object({ sessionId: zod.z.string().min(1).max(100) }).strict();
var SalesListArgs = zod.z.object({
	since: zod.z.number().int().nonnegative().optional(),
	limit: zod.z.number().int().min(1).max(200).default(20)
}).strict();
var count = zod.z.number().int().min(0).max(50);
var FaultsSchema = zod.z.object({
	duplicate: count.optional(),
	outOfOrder: zod.z.boolean().optional(),
	badSignature: count.optional(),
	slowFirst: count.optional(),
	failFirst: count.optional(),
	malformedBody: zod.z.boolean().optional(),
	dropWebhooks: zod.z.boolean().optional()
}).strict();
var SandboxFaultsArgs = zod.z.object({ faults: FaultsSchema.nullable() }).strict();
/** The longest the emulator may hold a transfer in one status: a week. */
var EMULATOR_MAX_HOLD_MS = 6048e5;
var SandboxTransferArgs = zod.z.object({
	amountInFiat: AmountText,
	symbol: zod.z.string().trim().min(1).max(20).optional(),
	outcome: zod.z.enum(["succeeded", "failed"]),
	faults: FaultsSchema.optional(),
	/** Emulator ms it stays Pending before the outcome (e.g. 3 h for an exchange's review); default the emulator's settle delay. */
	pendingMs: zod.z.number().int().min(0).max(EMULATOR_MAX_HOLD_MS).optional()
}).strict();
var SandboxLinkScenarioArgs = zod.z.object({ scenario: zod.z.enum(LINK_SCENARIO_NAMES).nullable() }).strict();
var SandboxRefundArgs = zod.z.object({
	transferId: zod.z.string().trim().min(1).max(200),
	/** Emulator ms from RefundPending to RefundSucceeded; default the emulator's settle delay. */
	delayMs: zod.z.number().int().min(0).max(EMULATOR_MAX_HOLD_MS).optional()
}).strict();
var SandboxClockArgs = zod.z.object({
	/** Emulator ms per real ms: 1 real time, 3600 an hour a second, 0 stopped. */
	rate: zod.z.number().min(0).max(1e6).optional(),
	/** Jump the emulator clock forward (fires whatever falls due on the way). */
	advanceMs: zod.z.number().int().min(0).max(2592e6).optional()
}).strict();
var PayoutSchema = zod.z.object({
	asset: zod.z.string().trim().regex(/^[A-Z0-9]{2,12}$/, "Asset is a ticker such as USDC"),
	network: zod.z.string().trim().min(1).max(50),
	address: zod.z.string().trim().min(20, "That address is too short").max(128).regex(/^\S+$/, "An address has no spaces")
}).strict();
var PinSchema = zod.z.string().regex(/^\d{4,12}$/, "A PIN is 4 to 12 digits");
var SettingsUpdateArgs = zod.z.object({
	pin: zod.z.string().max(12).optional(),
	changes: zod.z.object({
		environment: zod.z.enum([
			"emulator",
			"sandbox",
			"production"
		]).optional(),
		meshClientId: zod.z.string().trim().max(100).optional(),
		meshApiKey: zod.z.string().trim().min(8).max(300).optional(),
		webhookSecret: zod.z.string().min(8).max(300).optional(),
		payouts: zod.z.array(PayoutSchema).max(50).optional(),
		currency: zod.z.string().regex(/^[A-Z]{3}$/, "Currency is a 3-letter ISO code").optional(),
		locale: zod.z.string().trim().max(35).nullable().optional(),
		/** Currency code → USD per one unit, decimal text such as "1.087". */
		fxRates: zod.z.record(zod.z.string().regex(/^[A-Z]{3}$/), zod.z.string().trim().regex(/^\d{1,6}(\.\d{1,8})?$/, "A rate is a decimal such as 1.087")).optional(),
		saleLimit: zod.z.string().trim().regex(/^\d{1,12}(\.\d{1,3})?$/, "A limit is an amount such as 500").nullable().optional(),
		shop: zod.z.object({
			name: zod.z.string().trim().max(100),
			address: zod.z.string().trim().max(300)
		}).strict().optional(),
		paidSound: zod.z.boolean().optional(),
		notifications: zod.z.boolean().optional()
	}).strict()
}).strict();
var SetPinArgs = zod.z.object({
	currentPin: zod.z.string().max(12).optional(),
	newPin: PinSchema
}).strict();
var AuditListArgs = zod.z.object({
	limit: zod.z.number().int().min(1).max(500).default(100),
	beforeId: zod.z.number().int().positive().optional()
}).strict();
var TunnelStartArgs = zod.z.object({
	provider: zod.z.enum(["ngrok", "manual"]),
	authtoken: zod.z.string().trim().min(10).max(200).optional(),
	domain: zod.z.string().trim().max(253).nullable().optional(),
	publicUrl: zod.z.string().trim().max(500).optional()
}).strict();
var AllowlistArgs = zod.z.object({ enabled: zod.z.boolean() }).strict();
var ReconcileArgs = zod.z.object({
	transferId: zod.z.string().max(200).optional(),
	transactionId: zod.z.string().max(128).optional()
}).strict();
var commandSchemas = {
	"ledger.list": LedgerQuery,
	"ledger.get": TransferIdArg,
	"deliveries.list": DeliveriesQuery,
	"deliveries.get": DeliveryIdArg,
	"deliveries.replay": DeliveryIdArg,
	"deliveries.replayMany": DeliveryIdsArg,
	"support.bundle": TransferIdArg,
	"health.get": NoArgs,
	"counter.settings": NoArgs,
	"sales.start": SaleStartArgs,
	"sales.recordSdkEvent": SdkEventArgs,
	"sales.get": SessionIdArg,
	"sales.list": SalesListArgs,
	"sales.end": SaleEndArgs,
	"shifts.current": NoArgs,
	"shifts.open": ShiftOpenArgs,
	"shifts.close": NoArgs,
	"shifts.list": ShiftListArgs,
	"shifts.report": ShiftIdArg,
	"reports.takings": TakingsArgs,
	"display.get": NoArgs,
	"display.open": NoArgs,
	"customers.forget": zod.z.object({ customerRef: zod.z.string().trim().min(1).max(100) }).strict(),
	"sandbox.setFaults": SandboxFaultsArgs,
	"sandbox.createTransfer": SandboxTransferArgs,
	"sandbox.setLinkScenario": SandboxLinkScenarioArgs,
	"sandbox.refundTransfer": SandboxRefundArgs,
	"sandbox.clock": SandboxClockArgs,
	"settings.get": NoArgs,
	"settings.update": SettingsUpdateArgs,
	"settings.setPin": SetPinArgs,
	"audit.list": AuditListArgs,
	"tunnel.status": NoArgs,
	"tunnel.start": TunnelStartArgs,
	"tunnel.stop": NoArgs,
	"tunnel.setAllowlist": AllowlistArgs,
	"reconcile.run": ReconcileArgs,
	"health.selfTest": NoArgs
};
function isCommandName(name) {
	return Object.prototype.hasOwnProperty.call(commandSchemas, name);
}
Object.freeze(Object.keys({
	"transfer.updated": true,
	"delivery.recorded": true,
	"sale.updated": true,
	"tunnel.updated": true,
	"display.updated": true,
	"reconcile.progress": true
}));
Object.defineProperty(exports, "DELIVERY_FLAGS", {
	enumerable: true,
	get: function() {
		return DELIVERY_FLAGS;
	}
});
Object.defineProperty(exports, "DISPLAY_COMMANDS", {
	enumerable: true,
	get: function() {
		return DISPLAY_COMMANDS;
	}
});
Object.defineProperty(exports, "DISPLAY_EVENTS", {
	enumerable: true,
	get: function() {
		return DISPLAY_EVENTS;
	}
});
Object.defineProperty(exports, "ErrorCodes", {
	enumerable: true,
	get: function() {
		return ErrorCodes;
	}
});
Object.defineProperty(exports, "FINAL_STATUSES", {
	enumerable: true,
	get: function() {
		return FINAL_STATUSES;
	}
});
Object.defineProperty(exports, "FaultsSchema", {
	enumerable: true,
	get: function() {
		return FaultsSchema;
	}
});
Object.defineProperty(exports, "LINK_SCENARIOS", {
	enumerable: true,
	get: function() {
		return LINK_SCENARIOS;
	}
});
Object.defineProperty(exports, "LINK_SCENARIO_NAMES", {
	enumerable: true,
	get: function() {
		return LINK_SCENARIO_NAMES;
	}
});
Object.defineProperty(exports, "LONG_PENDING_MS", {
	enumerable: true,
	get: function() {
		return LONG_PENDING_MS;
	}
});
Object.defineProperty(exports, "REJECTED_VERDICTS", {
	enumerable: true,
	get: function() {
		return REJECTED_VERDICTS;
	}
});
Object.defineProperty(exports, "addDecimals", {
	enumerable: true,
	get: function() {
		return addDecimals;
	}
});
Object.defineProperty(exports, "commandSchemas", {
	enumerable: true,
	get: function() {
		return commandSchemas;
	}
});
Object.defineProperty(exports, "compareDecimals", {
	enumerable: true,
	get: function() {
		return compareDecimals;
	}
});
Object.defineProperty(exports, "fail", {
	enumerable: true,
	get: function() {
		return fail;
	}
});
Object.defineProperty(exports, "isCommandName", {
	enumerable: true,
	get: function() {
		return isCommandName;
	}
});
Object.defineProperty(exports, "isDecimalString", {
	enumerable: true,
	get: function() {
		return isDecimalString;
	}
});
Object.defineProperty(exports, "isDeclaredErrorCode", {
	enumerable: true,
	get: function() {
		return isDeclaredErrorCode;
	}
});
Object.defineProperty(exports, "isLinkScenario", {
	enumerable: true,
	get: function() {
		return isLinkScenario;
	}
});
Object.defineProperty(exports, "isUsd", {
	enumerable: true,
	get: function() {
		return isUsd;
	}
});
Object.defineProperty(exports, "ok", {
	enumerable: true,
	get: function() {
		return ok;
	}
});
Object.defineProperty(exports, "priceSale", {
	enumerable: true,
	get: function() {
		return priceSale;
	}
});
Object.defineProperty(exports, "rateMissingMessage", {
	enumerable: true,
	get: function() {
		return rateMissingMessage;
	}
});
Object.defineProperty(exports, "toDecimalString", {
	enumerable: true,
	get: function() {
		return toDecimalString;
	}
});
