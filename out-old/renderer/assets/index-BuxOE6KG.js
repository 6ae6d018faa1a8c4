const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./web-link-sdk-y5GXuMzw.js","./bridge-BdI-iC9Z.js"])))=>i.map(i=>d[i]);
import { A as require_react, C as addDecimals, D as isDecimalString, E as init_money, F as __toESM, M as __esmMin, O as require_client, S as require_jsx_runtime, T as formatFiat, a as isEnvelope, b as compareDecimals$1, c as useShallow, d as useStore, f as createStore, g as init_zod, h as init_contract, i as init_types, j as __commonJSMin, k as require_react_dom, l as init_esm, m as REJECTED_VERDICTS, n as init_bridge, o as require_browser, p as init_vanilla, r as pickBridge, s as init_shallow, v as object, w as formatCrypto, x as init_charge, y as string } from "./bridge-BdI-iC9Z.js";
// src/renderer/src/skip-prewarm.ts
var init_skip_prewarm = __esmMin((() => {
	window.meshLinkShouldSkipPrewarm = true;
}));
// src/renderer/src/styles.css
var init_styles = __esmMin((() => {}));
// src/shared/amount-input.ts
function resolveLocale$1(locale) {
	if (!locale) return void 0;
	try {
		return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : void 0;
	} catch {
		return;
	}
}
function symbolsFor(locale) {
	const key = locale ?? "";
	const hit = symbolCache.get(key);
	if (hit) return hit;
	const nf = new Intl.NumberFormat(locale);
	const parts = nf.formatToParts(1234567890.5);
	const sizes = parts.filter((p) => p.type === "integer").map((p) => p.value.length);
	const primary = sizes[sizes.length - 1] ?? 3;
	const plain = new Intl.NumberFormat(locale, { useGrouping: false });
	const s = {
		locale: nf.resolvedOptions().locale,
		decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
		group: normaliseSpace(parts.find((p) => p.type === "group")?.value ?? ","),
		primary,
		secondary: sizes.length > 2 ? sizes[sizes.length - 2] ?? primary : primary,
		digits: Array.from({ length: 10 }, (_, i) => plain.format(i))
	};
	symbolCache.set(key, s);
	return s;
}
/** Decimals an amount in `currency` may have at this counter: Intl's, capped at the contract's 2. */
function currencyDecimals(currency) {
	let digits = 2;
	try {
		digits = new Intl.NumberFormat("en", {
			style: "currency",
			currency
		}).resolvedOptions().maximumFractionDigits ?? 2;
	} catch {}
	return Math.min(digits, 2);
}
function intlDecimals(currency) {
	try {
		return new Intl.NumberFormat("en", {
			style: "currency",
			currency
		}).resolvedOptions().maximumFractionDigits ?? 2;
	} catch {
		return 2;
	}
}
/** "12.50" written the locale's way ("12,50"), for examples in messages. */
function example(sym, decimals) {
	return decimals === 0 ? "1250" : `12${sym.decimal}${"50".slice(0, decimals)}`;
}
/** Groups a run of ASCII digits the locale's way ("1234567" → "1,234,567"). */
function groupDigits(digits, sym) {
	if (digits.length <= sym.primary) return digits;
	const out = [digits.slice(-sym.primary)];
	let rest = digits.slice(0, -sym.primary);
	while (rest.length > sym.secondary) {
		out.unshift(rest.slice(-sym.secondary));
		rest = rest.slice(0, -sym.secondary);
	}
	if (rest) out.unshift(rest);
	return out.join(sym.group);
}
/** The currency's symbols and code as they may be typed around an amount. */
function currencyMarks(currency, locale) {
	const marks = /* @__PURE__ */ new Set([currency.toUpperCase()]);
	for (const display of ["symbol", "narrowSymbol"]) try {
		const c = new Intl.NumberFormat(locale, {
			style: "currency",
			currency,
			currencyDisplay: display
		}).formatToParts(1).find((x) => x.type === "currency")?.value;
		if (c) marks.add(c);
	} catch {}
	return [...marks].sort((a, b) => b.length - a.length);
}
function stripCurrency(t, currency, locale) {
	for (const m of currencyMarks(currency, locale)) {
		const up = t.toUpperCase();
		const mark = m.toUpperCase();
		if (up.startsWith(mark)) return t.slice(m.length).trim();
		if (up.endsWith(mark)) return t.slice(0, t.length - m.length).trim();
	}
	return t;
}
/** Compares two non-negative decimal strings exactly: -1, 0 or 1. */
function compareDecimals(a, b) {
	const [ai = "0", af = ""] = a.split(".");
	const [bi = "0", bf = ""] = b.split(".");
	const scale = Math.max(af.length, bf.length);
	const x = BigInt(ai + af.padEnd(scale, "0"));
	const y = BigInt(bi + bf.padEnd(scale, "0"));
	return x < y ? -1 : x > y ? 1 : 0;
}
/**
* Reads a typed amount. Accepts the locale's digits, decimal separator and thousands groups
* ("1,234.56" in en-US, "1.234,56" in de-DE), the currency's symbol or code around it, and
* spaces; answers canonical decimal text ("1234.56": no groups, "." as the decimal point, no
* leading zeros, the decimals as typed). Every refusal says what is wrong and how to type it.
*/
function parseAmountInput(text, opts) {
	const locale = resolveLocale$1(opts.locale);
	const sym = symbolsFor(locale);
	const currency = opts.currency.toUpperCase();
	const decimals = currencyDecimals(currency);
	const ex = example(sym, decimals);
	let t = normaliseSpace(text).trim();
	if (t === "") return fail("empty", `Enter an amount such as ${ex}.`);
	t = [...t].map((ch) => {
		const d = sym.digits.indexOf(ch);
		return d >= 0 ? String(d) : ch === "−" ? "-" : ch;
	}).join("");
	t = stripCurrency(t, currency, locale);
	let negative = false;
	if (/^\(.*\)$/.test(t)) {
		negative = true;
		t = t.slice(1, -1).trim();
	}
	if (/^[-+]/.test(t)) {
		negative ||= t[0] === "-";
		t = t.slice(1).trim();
	} else if (/-$/.test(t)) {
		negative = true;
		t = t.slice(0, -1).trim();
	}
	t = stripCurrency(t, currency, locale);
	if (/^[\d.,' \u2019]*\d[eE][-+]?\d+$/.test(t)) return fail("exponent", `“${text.trim()}” looks like scientific notation, which is not accepted: type every digit (e.g. 1000, not 1e3).`);
	const group = sym.group;
	const isGroup = (ch) => ch === group || group === " " && ch === " " || /['\u2019]/.test(group) && /['\u2019]/.test(ch);
	const foreign = [".", ","].filter((c) => c !== sym.decimal && !isGroup(c));
	const allowed = (ch) => /\d/.test(ch) || ch === sym.decimal || isGroup(ch) || foreign.includes(ch);
	if (![...t].every(allowed) || !/\d/.test(t)) return fail("not_a_number", `“${text.trim()}” is not an amount: type digits such as ${ex}.`);
	if (negative) return fail("not_positive", "The amount must be more than zero: type it without a minus sign.");
	const where = `In ${sym.locale} amounts`;
	const parts = t.split(sym.decimal);
	if (parts.length > 2) return fail("separator", `${where}, “${sym.decimal}” is the decimal separator and may appear only once (e.g. ${ex}).`);
	const intText = parts[0];
	const fracText = parts[1] ?? "";
	const groupName = group === " " ? "a space" : `“${group}”`;
	if ([...fracText].some((ch) => !/\d/.test(ch))) return fail("separator", `${where}, “${sym.decimal}” is the decimal separator and ${groupName} separates thousands: “${text.trim()}” has them the other way round or misplaced (e.g. ${groupDigits("1234", sym)}${sym.decimal}56).`);
	const foreignInInt = [...intText].find((ch) => foreign.includes(ch));
	if (foreignInInt !== void 0) {
		const guess = parts.length === 1 ? intText.split(foreignInInt) : null;
		const meant = guess && guess.length === 2 && /^\d+$/.test(guess[0]) && /^\d{1,2}$/.test(guess[1]) ? ` Did you mean ${guess[0]}${sym.decimal}${guess[1]}?` : "";
		return fail("separator", `${where}, the decimal separator is “${sym.decimal}”; “${foreignInInt}” is not used.${meant}`);
	}
	let intDigits = intText;
	if ([...intText].some(isGroup)) {
		const groups = [""];
		for (const ch of intText) if (isGroup(ch)) groups.push("");
		else groups[groups.length - 1] += ch;
		const last = groups[groups.length - 1];
		const middle = groups.slice(1, -1);
		const first = groups[0];
		if (!(first.length >= 1 && first.length <= sym.secondary && last.length === sym.primary && middle.every((g) => g.length === sym.secondary))) {
			const digits = groups.join("");
			if ((group === "." || group === ",") && parts.length === 1 && groups.length === 2 && /^\d{1,2}$/.test(last) && first.length > 0) return fail("separator", `${where}, ${groupName} separates thousands and the decimal separator is “${sym.decimal}”. Did you mean ${first}${sym.decimal}${last}?`);
			const size = sym.primary === sym.secondary ? `groups of ${sym.primary} digits` : `a last group of ${sym.primary} digits and groups of ${sym.secondary} before it`;
			return fail("separator", `${where}, ${groupName} separates thousands in ${size}: “${text.trim()}” has it misplaced. Type ${digits.replace(/^0+(?=\d)/, "") || "0"} or ${groupDigits(digits.replace(/^0+(?=\d)/, "") || "0", sym)}.`);
		}
		intDigits = groups.join("");
	}
	if (intDigits === "" && fracText === "") return fail("not_a_number", `“${text.trim()}” is not an amount: type digits such as ${ex}.`);
	const intPart = intDigits.replace(/^0+(?=\d)/, "") || "0";
	if (fracText.length > decimals) {
		const real = intlDecimals(currency);
		if (decimals === 0) return fail("too_many_decimals", `${currency} amounts have no decimals.`);
		return fail("too_many_decimals", `${currency} amounts have at most ${decimals} decimal${decimals === 1 ? "" : "s"}${real > decimals ? " at this counter" : ""}.`);
	}
	if (/^0*$/.test(intPart + fracText)) return fail("not_positive", "The amount must be more than zero.");
	if (intPart.length > 9) {
		const most = decimals === 0 ? "9".repeat(9) : `${"9".repeat(9)}.${"9".repeat(decimals)}`;
		return fail("too_large", `That is more than one sale can charge: at most ${formatFiat(most, currency, locale)}.`);
	}
	const value = fracText ? `${intPart}.${fracText}` : intPart;
	if (opts.limit && isDecimalString(opts.limit) && compareDecimals(value, opts.limit) > 0) return fail("over_limit", `Above the per-sale limit of ${formatFiat(opts.limit, currency, locale)}. A manager can change the limit in Settings.`);
	return {
		ok: true,
		value
	};
}
/**
* USD for `amount` at `rate` (USD per one unit), rounded half-up to cents: the rule the core
* uses for SaleCharge.usdAmount. Decimal text in and out ("10.00" × "1.087" → "10.87"); null when
* either is not a non-negative decimal.
*/
function usdFor(amount, rate) {
	if (!isDecimalString(amount) || !isDecimalString(rate) || amount.startsWith("-") || rate.startsWith("-")) return null;
	const [ai = "0", af = ""] = amount.split(".");
	const [ri = "0", rf = ""] = rate.split(".");
	const product = BigInt(ai + af) * BigInt(ri + rf);
	const scale = af.length + rf.length;
	let cents;
	if (scale <= 2) cents = product * 10n ** BigInt(2 - scale);
	else {
		const div = 10n ** BigInt(scale - 2);
		cents = product / div;
		if (product % div * 2n >= div) cents += 1n;
	}
	return `${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`;
}
var symbolCache, normaliseSpace, fail;
var init_amount_input = __esmMin((() => {
	init_money();
	symbolCache = /* @__PURE__ */ new Map();
	normaliseSpace = (s) => s.replace(/[\u00a0\u202f\u2007\s]/g, " ");
	fail = (code, error) => ({
		ok: false,
		code,
		error
	});
}));
// src/shared/status.ts
/**
* The word for a transfer status, whatever its source spelled it: "succeeded", "Succeeded" and
* "SUCCEEDED" all read "Succeeded"; Mesh's RefundPending reads "Refund pending". A status we do
* not know is split at its capitals ("OnHold" → "On hold") so it still reads as words.
*/
function statusWord$1(status) {
	if (!status) return "No status";
	const key = status.replace(/[\s_-]/g, "").toLowerCase();
	const known = WORDS[key];
	if (known) return known;
	const words = status.replace(/[_-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").trim().toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
function statusStep(status) {
	return STATUS_STEPS[status] ?? 0;
}
var WORDS, STATUS_STEPS, PAID_STATUSES, REFUND_STATUSES, isPaidStatus, isRefundStatus;
var init_status = __esmMin((() => {
	WORDS = {
		pending: "Pending",
		succeeded: "Succeeded",
		failed: "Failed",
		refundpending: "Refund pending",
		refundsucceeded: "Refunded",
		refundfailed: "Refund failed"
	};
	STATUS_STEPS = {
		pending: 0,
		succeeded: 1,
		failed: 1,
		refundpending: 2,
		refundsucceeded: 3
	};
	PAID_STATUSES = [
		"succeeded",
		"refundpending",
		"refundsucceeded"
	];
	REFUND_STATUSES = ["refundpending", "refundsucceeded"];
	isPaidStatus = (status) => status != null && PAID_STATUSES.includes(status);
	isRefundStatus = (status) => status != null && REFUND_STATUSES.includes(status);
}));
// src/renderer/src/components/dom.ts
/** Saves text as a file through a Blob URL and a temporary link. */
function downloadText(filename, mime, text) {
	const blob = new Blob([text], { type: mime });
	const url = URL.createObjectURL(blob);
	const a = document.createElement("a");
	a.href = url;
	a.download = filename;
	a.rel = "noopener";
	a.style.display = "none";
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 3e4);
}
/** Copies text; falls back to a hidden textarea where the async clipboard is unavailable. */
async function copyText(text) {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {}
	const ta = document.createElement("textarea");
	ta.value = text;
	ta.setAttribute("readonly", "");
	ta.style.position = "fixed";
	ta.style.opacity = "0";
	document.body.appendChild(ta);
	ta.select();
	let ok = false;
	try {
		ok = document.execCommand("copy");
	} catch {
		ok = false;
	}
	ta.remove();
	return ok;
}
/**
* The address of a view of this console (origin, path and the given hash): what "Copy link"
* copies. The query is left out: the access token was there (it is taken from the URL at start).
*/
function viewLink(hash, loc = window.location) {
	return `${loc.origin}${loc.pathname}${hash}`;
}
var init_dom = __esmMin((() => {}));
// src/renderer/src/components/common.tsx
function Badge({ tone = "neutral", children, title }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("span", {
		className: `badge badge-${tone}`,
		title,
		children
	});
}
/** Tone of a transfer status badge. */
function statusTone(status) {
	switch (status.replace(/[\s_-]/g, "").toLowerCase()) {
		case "succeeded": return "success";
		case "failed": return "danger";
		case "pending": return "progress";
		default: return "warning";
	}
}
/** One badge for a transfer status from any source: the same words for a webhook's "Succeeded" and a poll's "succeeded". */
function StatusBadge({ status, raw }) {
	const word = statusWord$1(status);
	return /* @__PURE__ */ (0, import_jsx_runtime$27.jsx)(Badge, {
		tone: statusTone(status),
		title: raw && raw !== word ? `Mesh sent “${raw}”` : void 0,
		children: word
	});
}
function Loading({ children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$27.jsxs)("div", {
		className: "state state-loading",
		role: "status",
		"aria-live": "polite",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("span", {
			className: "spinner",
			"aria-hidden": "true"
		}), children]
	});
}
function Empty({ title, children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$27.jsxs)("div", {
		className: "state state-empty",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("p", {
			className: "state-title",
			children: title
		}), children && /* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("p", {
			className: "muted",
			children
		})]
	});
}
function ErrorState({ title, message, onRetry }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$27.jsxs)("div", {
		className: "state state-error",
		role: "alert",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("p", {
				className: "state-title",
				children: title
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("p", { children: message }),
			onRetry && /* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("button", {
				type: "button",
				onClick: onRetry,
				children: "Try again"
			})
		]
	});
}
function CopyButton({ text, label = "Copy", className }) {
	const [state, setState] = (0, import_react$17.useState)("idle");
	return /* @__PURE__ */ (0, import_jsx_runtime$27.jsxs)("span", {
		className: "copy",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("button", {
			type: "button",
			className: className ?? "small",
			onClick: async () => {
				const ok = await copyText(text);
				setState(ok ? "done" : "failed");
				setTimeout(() => setState("idle"), 1500);
			},
			children: label
		}), /* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("span", {
			className: "copy-state",
			role: "status",
			children: state === "done" ? "Copied" : state === "failed" ? "Copy failed" : ""
		})]
	});
}
function Mono({ children, title }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$27.jsx)("code", {
		className: "mono",
		title,
		children
	});
}
var import_react$17, import_jsx_runtime$27;
var init_common = __esmMin((() => {
	import_react$17 = /* @__PURE__ */ __toESM(require_react());
	init_status();
	init_dom();
	import_jsx_runtime$27 = require_jsx_runtime();
}));
// src/shared/link-events.ts
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
var AFTER_QR;
var init_link_events = __esmMin((() => {
	AFTER_QR = /* @__PURE__ */ new Set([
		"exit",
		"done",
		"close",
		"pageLoaded",
		"legalTermsViewed",
		"seeWhatHappenedClicked"
	]);
}));
// src/renderer/src/lib/sdkEvents.ts
/** A short, single-line string field of a payload, or null. */
function field(v, key) {
	const x = obj(v)[key];
	return typeof x === "string" && x.trim() !== "" ? x.replace(/\s+/g, " ").trim().slice(0, 300) : null;
}
function heldList(p) {
	const held = obj(p).arrayOfTokensHeld;
	if (!Array.isArray(held) || held.length === 0) return "";
	const names = held.map((t) => field(t, "symbol")).filter((s) => s !== null).slice(0, 4);
	return names.length ? ` (it holds ${names.join(", ")}${held.length > names.length ? ", …" : ""})` : "";
}
/** How a recorded callback is handled; a name this SDK does not declare is only recorded. */
function sdkEventHandling(type) {
	if (Object.prototype.hasOwnProperty.call(CALLBACK_HANDLING, type)) return CALLBACK_HANDLING[type];
	if (Object.prototype.hasOwnProperty.call(SDK_EVENT_HANDLING, type)) return SDK_EVENT_HANDLING[type];
	return PASSIVE;
}
function sdkEventKind(type, payload) {
	const k = sdkEventHandling(type).kind;
	return typeof k === "function" ? k(payload) : k;
}
/** The exchange or wallet a callback names, if it names one. */
function integrationNamed(e) {
	if (e.type === "integrationConnected") return brokerOf(e.payload);
	if (e.type === "exit") return field(obj(obj(obj(e.payload).summary).selectedIntegration), "name");
	return field(e.payload, "integrationName");
}
/**
* The line the counter shows under a sale's state: what the customer is doing in Link, or what to
* tell them. The last callback that says something wins; passive ones change nothing; a submitted
* transfer, a decline or a payment sent by hand clears it (the sale's status says those: see
* saleDisplayStatus); so does Link closing. Null when there is nothing to say, or the sale is over.
*/
function cashierNote(sale) {
	if (!OPEN.has(sale.state)) return null;
	let note = null;
	let exchange = null;
	for (const e of sale.sdkEvents) {
		const kind = sdkEventKind(e.type, e.payload);
		const ctx = {
			exchange,
			asset: sale.asset
		};
		const named = integrationNamed(e);
		if (named) exchange = named;
		if (kind === "passive") continue;
		const as = NOTE_OF[kind];
		const text = as ? sdkEventHandling(e.type).text?.(e.payload, {
			...ctx,
			exchange: named ?? ctx.exchange
		}) : null;
		note = as && text ? {
			kind: as,
			text,
			type: e.type
		} : null;
	}
	return note;
}
/** What the customer sends by hand, in words, from the last QR code Link showed (null if none). */
function manualSendText(sale) {
	const qr = sale.sdkEvents.findLast((e) => e.type === "linkTransferQRGenerated");
	return qr ? SDK_EVENT_HANDLING.linkTransferQRGenerated.text?.(qr.payload, {
		exchange: null,
		asset: sale.asset
	}) ?? null : null;
}
/** The customer is sending by hand (Link's QR code) and did nothing else in Link since. */
function sendsManually(events) {
	return sendsManually$1(events.map((e) => typeof e === "string" ? e : e.type));
}
/** The exchange whose account was linked for later (delayed authentication) with no transfer submitted, else null. */
function linkedForLater(events) {
	let linked = null;
	for (const e of events) {
		const kind = sdkEventKind(e.type, e.payload);
		if (kind === "linkOnly") linked = brokerOf(e.payload) ?? "The exchange";
		else if (kind === "submitted") return null;
	}
	return linked;
}
var obj, at, sentence, delayedAuthOf, brokerOf, SDK_EVENT_HANDLING, CALLBACK_HANDLING, PASSIVE, NOTE_OF, OPEN;
var init_sdkEvents = __esmMin((() => {
	init_link_events();
	obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
	at = (ctx, fallback = "the exchange") => ctx.exchange ?? fallback;
	sentence = (s) => /[.!?…]$/.test(s) ? s : `${s}.`;
	delayedAuthOf = (p) => {
		const d = obj(p).delayedAuth;
		return d !== null && typeof d === "object" ? d : null;
	};
	brokerOf = (p) => field(obj(p).accessToken, "brokerName") ?? field(delayedAuthOf(p), "brokerName");
	SDK_EVENT_HANDLING = {
		pageLoaded: { kind: "passive" },
		homePageLoaded: { kind: "passive" },
		legalTermsViewed: { kind: "passive" },
		seeWhatHappenedClicked: { kind: "passive" },
		SDKinjectedWalletProviders: { kind: "passive" },
		methodSelected: {
			kind: "step",
			text: (p) => {
				const m = field(p, "method");
				return m === "manual" ? "Customer chose to send the payment by hand." : m === "buy" ? "Customer chose to buy crypto first." : "Customer chose to pay from an exchange or wallet.";
			}
		},
		integrationSelected: {
			kind: "step",
			text: (p) => `Customer chose ${field(p, "integrationName") ?? "an exchange"}.`
		},
		credentialsEntered: {
			kind: "step",
			text: (_p, c) => `Customer is signing in at ${at(c)}.`
		},
		integrationOAuthStarted: {
			kind: "step",
			text: (_p, c) => `Customer is signing in at ${at(c)}, in ${at(c)}’s own window.`
		},
		integrationMfaRequired: {
			kind: "step",
			text: (_p, c) => `Customer is entering the 2FA code for ${at(c)}.`
		},
		integrationMfaEntered: {
			kind: "step",
			text: (_p, c) => `2FA code entered: signing in at ${at(c)}.`
		},
		integrationAccountSelectionRequired: {
			kind: "step",
			text: (_p, c) => `Customer is choosing which ${at(c)} account to pay from.`
		},
		integrationConnectionError: {
			kind: "note",
			text: (p, c) => `Sign-in at ${at(c)} did not work${field(p, "errorMessage") ? `: ${sentence(field(p, "errorMessage"))}` : "."} The customer can try again.`
		},
		integrationConnected: {
			kind: (p) => delayedAuthOf(p) ? "linkOnly" : "step",
			text: (p, c) => {
				const name = brokerOf(p) ?? at(c);
				return delayedAuthOf(p) ? `${name} account linked for later: no payment will come from this session. Start a new sale.` : `Customer signed in at ${name}.`;
			}
		},
		connectionUnavailable: {
			kind: "hint",
			text: (p, c) => `${field(p, "integrationName") ?? at(c, "This exchange")} is unavailable right now: ask the customer to pick another exchange.`
		},
		connectionDeclined: {
			kind: "hint",
			text: (p, c) => {
				const name = field(p, "integrationName") ?? at(c, "The exchange");
				const msg = field(p, "errorMessage");
				return `${msg ? sentence(msg) : `${name} declined the connection.`} Ask the customer to pick another exchange.`;
			}
		},
		transferStarted: {
			kind: "step",
			text: (p, c) => `Customer is setting up the payment at ${field(p, "integrationName") ?? at(c)}.`
		},
		transferAssetSelected: {
			kind: "step",
			text: (p) => `Customer chose to pay in ${field(p, "symbol") ?? "an asset"}.`
		},
		transferNetworkSelected: {
			kind: "step",
			text: (p) => `Customer chose the ${field(p, "name") ?? "payment"} network.`
		},
		transferAmountEntered: {
			kind: "step",
			text: () => "Customer entered the amount."
		},
		transferKycRequired: {
			kind: "hint",
			text: (_p, c) => `${at(c, "The exchange")} needs to verify the customer’s identity first, which may take long: offer another exchange or way to pay.`
		},
		transferNoEligibleAssets: {
			kind: "hint",
			text: (p, c) => `Nothing in this ${field(p, "integrationName") ?? at(c)} account can pay ${c.asset ?? "this sale"}${heldList(p)}: ask the customer to pick another exchange or wallet.`
		},
		transferConfigureError: {
			kind: "hint",
			text: (p, c) => `${field(p, "errorMessage") ? sentence(field(p, "errorMessage")) : `${at(c, "The exchange")} cannot make this payment.`} Ask the customer to pick another exchange or wallet.`
		},
		fundingOptionsViewed: {
			kind: "step",
			text: (_p, c) => `Not enough ${c.asset ?? "funds"} at ${at(c)}: the customer is choosing what to convert.`
		},
		fundingOptionsUpdated: {
			kind: "step",
			text: () => "Customer chose what to convert to cover the payment."
		},
		executeFundingStep: {
			kind: (p) => field(p, "errorMessage") ? "hint" : "step",
			text: (p) => {
				const err = field(p, "errorMessage");
				return err ? `Converting funds did not work: ${sentence(err)} The customer can try another way to pay.` : `Customer is converting funds to pay${field(p, "status") ? ` (${field(p, "status")})` : ""}.`;
			}
		},
		transferPreviewed: {
			kind: "step",
			text: () => "Customer is reviewing the payment."
		},
		transferPreviewError: {
			kind: "hint",
			text: (p, c) => `${at(c, "The exchange")} could not prepare the payment${field(p, "errorMessage") ? `: ${sentence(field(p, "errorMessage"))}` : "."} The customer can try again or pick another exchange.`
		},
		gasIncreaseWarning: {
			kind: "step",
			text: () => "The network fee changed: the customer is reviewing the payment again."
		},
		transferMfaRequired: {
			kind: "step",
			text: (_p, c) => `Customer is entering the 2FA code to approve at ${at(c)}.`
		},
		transferMfaEntered: {
			kind: "step",
			text: () => "2FA code entered: approving the payment."
		},
		transferInitiated: { kind: "submitted" },
		transferExecuted: { kind: "submitted" },
		transferCompleted: { kind: "submitted" },
		transferExecutionError: {
			kind: "declined",
			text: (p, c) => `${at(c, "The exchange")} declined the transfer${field(p, "errorMessage") ? `: ${sentence(field(p, "errorMessage"))}` : "."}`
		},
		transferDeclined: {
			kind: "declined",
			text: (p, c) => `${field(p, "integrationName") ?? at(c, "The exchange")} declined the transfer.`
		},
		done: { kind: "exit" },
		close: { kind: "exit" },
		linkTransferQRGenerated: {
			kind: "manual",
			text: (p, c) => {
				return `Customer is sending ${[field(p, "token") ?? c.asset, field(p, "network") ? `on ${field(p, "network")}` : null].filter(Boolean).join(" ") || "the payment"} by hand from their own wallet (Link’s QR code). Not paid until Mesh confirms the transfer.`;
			}
		},
		defiWalletError: {
			kind: "hint",
			text: (p) => {
				const wallet = field(p, "integrationName") ?? "The wallet";
				if (field(p, "errorType") === "verifyMismatch") {
					const net = field(obj(p).details, "connectedNetwork");
					return `${wallet} is connected to the wrong account or network${net ? ` (${net})` : ""}: ask the customer to switch it, or to pick another way to pay.`;
				}
				return `${wallet} did not answer: ask the customer to open the wallet app, or to pick another way to pay.`;
			}
		},
		walletMessageSigned: {
			kind: "step",
			text: () => "Customer signed the message with their wallet."
		},
		verifyDonePage: { kind: "step" },
		verifyWalletRejected: {
			kind: "note",
			text: () => "Customer rejected the wallet’s signature request."
		}
	};
	CALLBACK_HANDLING = {
		transferFinished: { kind: "submitted" },
		exit: { kind: "exit" }
	};
	PASSIVE = { kind: "passive" };
	NOTE_OF = {
		step: "progress",
		note: "note",
		hint: "hint",
		linkOnly: "linkOnly"
	};
	OPEN = /* @__PURE__ */ new Set([
		"waiting",
		"submitted",
		"pending"
	]);
}));
// src/renderer/src/lib/saleState.ts
function saleStatus(state) {
	const s = STATUS[state];
	if (s) return {
		state,
		...s
	};
	return {
		state,
		label: state,
		detail: "Unknown sale state.",
		tone: "neutral",
		final: false,
		step: 1
	};
}
/** The words for an amount Mesh reported against the charge: "12.5 USDC reported for $250.00 charged". */
function describeAmountMismatch(m, locale) {
	return `Mesh reports ${formatCrypto(m.reported, m.asset, locale)} (${m.field}) for a sale that charged ${formatFiat(m.charged, m.currency, locale)}.`;
}
/**
* A sale the counter had ended (cancelled, abandoned, expired) whose transfer Mesh then reported
* succeeded: the customer paid anyway. Null for every other sale.
*/
function latePaid(sale) {
	if (!sale.lateTransfer || sale.transfer?.status !== "succeeded") return null;
	const reason = sale.endReason;
	return {
		label: reason ? LATE_LABEL[reason] : "Paid after the sale ended",
		detail: `Mesh confirmed a payment for this sale after it ${reason ? ENDED_HOW[reason] : "had ended"}. The customer has paid: hand over the goods, or refund the payment.`
	};
}
/** A decline's words: "Declined by Coinbase", and what Link said. */
function declinedStatus(d) {
	const said = d.message ? ` ${/[.!?…]$/.test(d.message) ? d.message : `${d.message}.`}` : d.by ? ` ${d.by} declined the transfer.` : " The exchange declined the transfer.";
	return {
		label: d.by ? `Declined by ${d.by}` : "Declined",
		detail: `Not paid.${said} Ask the customer for another way to pay.`
	};
}
/**
* What the SDK's callbacks change in how a state reads: a decline (the core's failed + declined),
* an account only linked for later (delayed authentication) and then closed, a customer sending
* by hand (Link's QR code).
*/
function sdkStatus(sale) {
	if (sale.state === "failed" && sale.declined) return {
		...declinedStatus(sale.declined),
		tone: "danger"
	};
	const events = sale.sdkEvents ?? [];
	if (sale.state === "abandoned") {
		const linked = linkedForLater(events);
		if (linked) return {
			label: "Account linked, no payment",
			detail: `The customer linked their ${linked} account for later; no payment was made in this session. Start a new sale.`,
			tone: "warning"
		};
	}
	if (sale.state === "waiting" && sendsManually(events)) return {
		label: "Sending manually",
		detail: manualSendText({
			sdkEvents: events,
			asset: sale.asset ?? ""
		}) ?? "The customer is sending the payment by hand from their own wallet. Not paid until Mesh confirms the transfer.",
		tone: "progress"
	};
	return null;
}
/**
* A paid sale Mesh is refunding (RefundPending) or has refunded (RefundSucceeded): still paid
* for the shift's history, never shown as a plain green paid. Null for every other sale.
*/
function refundStatus(refund) {
	if (!refund) return null;
	if (refund.status === "pending") return {
		label: "Paid · refund pending",
		detail: "Paid, and Mesh is refunding the payment to the customer. It no longer counts in the takings."
	};
	return {
		label: "Refunded",
		detail: "Paid, then refunded: Mesh returned the payment to the customer. It does not count in the takings."
	};
}
/**
* One sentence for a refund (Transfer page, sale panel): "Refunded $12.50 (12.5 USDC) to 0xab…
* at 2025-05-20 14:03:22", "Refund pending: $12.50 to 0xab… since …". Parts Mesh did not give
* are left out. Null for a status that is no refund.
*/
function describeRefund(f) {
	const amount = f.amount ? ` ${f.amount}` : "";
	const to = f.refundAddress ? ` to ${f.refundAddress}` : "";
	if (f.status === "refundsucceeded") return `Refunded${amount || " the payment"}${to}${f.at ? ` at ${f.at}` : ""}`;
	if (f.status === "refundpending") return `Refund pending:${amount || " the payment"}${to}${f.at ? `, since ${f.at}` : ""}`;
	return null;
}
/**
* "$12.50 (12.5 USDC)": what the sale charged and the crypto Mesh reported for the transfer
* (DestinationAmount, else SourceAmount), either alone when the other is unknown.
*/
function refundAmount(charged, t, locale) {
	const received = t.destinationAmount ?? t.sourceAmount;
	const crypto = received ? formatCrypto(received, t.token, locale) : null;
	if (charged && crypto) return `${charged} (${crypto})`;
	return charged ?? crypto;
}
/**
* How the counter shows a sale: its state's words, except that a succeeded sale whose amount
* Mesh reports differently is never shown as plain paid (warning tone, its own label), nor is
* a refunded one (warning tone: "Paid · refund pending", "Refunded").
*/
function saleDisplayStatus(sale) {
	const st = saleStatus(sale.state);
	const refund = refundStatus(sale.refund);
	if (refund) return {
		...st,
		final: true,
		step: 4,
		label: refund.label,
		detail: refund.detail,
		tone: "warning"
	};
	const late = latePaid({
		lateTransfer: sale.lateTransfer ?? false,
		transfer: sale.transfer ?? null,
		endReason: sale.endReason ?? null
	});
	if (late) return {
		...st,
		final: true,
		step: 4,
		label: late.label,
		detail: late.detail,
		tone: "warning"
	};
	const ways = sdkStatus(sale);
	if (ways) return {
		...st,
		...ways
	};
	if (!sale.amountMismatch || sale.state !== "succeeded") return st;
	return {
		...st,
		label: "Amount mismatch",
		detail: `Not plain paid: ${describeAmountMismatch(sale.amountMismatch)} Check the transfer before handing over the goods; refund or charge the difference.`,
		tone: "warning"
	};
}
/**
* Rank for merging: a view never moves a sale backwards. Webhook-final states outrank the
* states the counter infers (abandoned, expired), because a transfer can still arrive after
* Link was closed.
*/
function saleRank(state) {
	switch (state) {
		case "waiting": return 0;
		case "submitted": return 1;
		case "pending": return 2;
		case "abandoned":
		case "expired":
		case "cancelled": return 3;
		case "succeeded":
		case "failed": return 4;
		default: return 0;
	}
}
/**
* How far a sale's transfer has got: the later lifecycle step (pending < succeeded | failed <
* refundpending < refundsucceeded), then final beats not final, then more events, then more
* deliveries, then the later update. Not by time alone: counters sharing a ledger stamp rows
* with their own clocks, so a newer row can carry an older updatedAt. Negative: `a` is behind.
*/
function compareTransferProgress(a, b) {
	if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
	return statusStep(a.status) - statusStep(b.status) || Number(a.isFinal) - Number(b.isFinal) || a.eventCount - b.eventCount || a.deliveryCount - b.deliveryCount || a.updatedAt - b.updatedAt;
}
/** Which of two views of the same sale to keep: the newer one, judged by state and evidence. */
/**
* A view's rank: its state's, except that a sale failed only by the SDK's decline (Mesh has no
* final word yet) ranks with pending, so a later attempt that went through can still follow.
*/
function viewRank(v) {
	if (v.state === "failed" && v.declined && !v.transfer?.isFinal) return saleRank("pending");
	return saleRank(v.state);
}
function mergeSale(prev, next) {
	if (!prev) return next;
	const rp = viewRank(prev);
	const rn = viewRank(next);
	if (rn > rp) return next;
	if (rn < rp) return prev;
	if (prev.endReason && !next.endReason) return prev;
	if (next.sdkEvents.length < prev.sdkEvents.length) return prev;
	if (compareTransferProgress(next.transfer, prev.transfer) < 0) return prev;
	if (prev.disagreement && !next.disagreement && next.sdkEvents.length === prev.sdkEvents.length) return prev;
	return next;
}
/** When the sale's clock stops: the time of its final evidence, or null while it runs. */
function saleEndedAt(sale) {
	if (sale.state === "cancelled" || sale.state === "abandoned" || sale.state === "expired") {
		if (sale.endedAt != null) return sale.endedAt;
	}
	if (sale.state === "succeeded" && sale.refund?.paidAt != null) return sale.refund.paidAt;
	switch (sale.state) {
		case "succeeded":
		case "failed": return sale.transfer?.updatedAt ?? lastSdkAt(sale) ?? sale.createdAt;
		case "abandoned":
		case "cancelled": return lastSdkAt(sale) ?? sale.createdAt;
		case "expired": return sale.tokenExpiresAt ?? lastSdkAt(sale) ?? sale.createdAt;
		default: return null;
	}
}
function lastSdkAt(sale) {
	const last = sale.sdkEvents[sale.sdkEvents.length - 1];
	return last ? last.at : null;
}
/** Elapsed ms of a sale at `now` (stopped at its end). */
function saleElapsed(sale, now) {
	const end = saleEndedAt(sale) ?? now;
	return Math.max(0, end - sale.createdAt);
}
/**
* The step indicator: Waiting → Submitted → Pending → final. Steps a finished sale never went
* through (e.g. Link closed before any transfer) are 'skipped', not shown as done.
*/
function saleSteps(sale) {
	const st = saleStatus(sale.state);
	const last = sale.state === "failed" && sale.declined ? declinedStatus(sale.declined).label : st.label;
	const names = [
		"Waiting",
		"Submitted",
		"Pending",
		st.final ? last : "Done"
	];
	if (!st.final) return names.map((name, i) => ({
		name,
		state: i + 1 < st.step ? "done" : i + 1 === st.step ? "current" : "todo"
	}));
	const submitted = sale.state === "failed" && sale.declined ? false : sale.state === "succeeded" || sale.state === "failed" || sale.sdkEvents.some((e) => SUBMIT_EVENTS.has(e.type)) || sale.transferId !== null;
	const pending = sale.transfer !== null || sale.transferId !== null;
	return [
		{
			name: names[0],
			state: "done"
		},
		{
			name: names[1],
			state: submitted ? "done" : "skipped"
		},
		{
			name: names[2],
			state: pending ? "done" : "skipped"
		},
		{
			name: names[3],
			state: "current"
		}
	];
}
/** The cashier may cancel a sale while the customer has not submitted anything yet. */
function canCancelSale(sale) {
	return sale.state === "waiting" && sale.endReason === null;
}
/** Milliseconds left on the sale's link token while it waits (0 once past), else null. */
function tokenRemaining(sale, now) {
	if (sale.state !== "waiting" || sale.tokenExpiresAt == null) return null;
	return Math.max(0, sale.tokenExpiresAt - now);
}
/**
* One line for a charge: "$12.50", or for another currency with the merchant's rate
* "€10.00 ≈ $10.87 at 1.087" (what the customer is shown ≈ what Mesh charges in USD).
*/
function describeCharge$1(charge, locale) {
	const shown = formatFiat(charge.amount, charge.currency, locale);
	if (charge.currency === "USD" || charge.rate === null) return shown;
	return `${shown} ≈ ${formatFiat(charge.usdAmount, "USD", locale)} at ${formatCrypto(charge.rate, null, locale)}`;
}
/**
* The charge a typed amount would make with the counter's settings, computed like the core does
* (usdFor: half-up to cents); null when it cannot be charged in USD (no rate for the currency).
*/
function previewCharge(amount, settings) {
	if (settings.currency === "USD") return {
		amount,
		currency: "USD",
		usdAmount: amount,
		rate: null
	};
	if (!settings.fxRate) return null;
	const usdAmount = usdFor(amount, settings.fxRate);
	return usdAmount === null ? null : {
		amount,
		currency: settings.currency,
		usdAmount,
		rate: settings.fxRate
	};
}
/** Whether the customer tried to pay in Link: a transfer, a decline, or a payment they are sending by hand. */
function transferAttempted(facts) {
	return facts.transferId !== null || facts.events.some((e) => ATTEMPT_EVENTS.has(e)) || facts.exitPage !== null && ATTEMPT_PAGES.has(facts.exitPage) || sendsManually(facts.events);
}
/** Whether Link closing ends the sale as abandoned: it was still waiting and no transfer was attempted. */
function linkCloseEnds(facts) {
	return facts.state === "waiting" && !transferAttempted(facts);
}
var STATUS, isFinalSale, LATE_LABEL, ENDED_HOW, SUBMIT_EVENTS, ATTEMPT_EVENTS, ATTEMPT_PAGES;
var init_saleState = __esmMin((() => {
	init_amount_input();
	init_money();
	init_sdkEvents();
	init_status();
	STATUS = {
		waiting: {
			label: "Waiting for customer",
			detail: "Mesh Link is open. The customer picks an exchange and approves the payment.",
			tone: "neutral",
			final: false,
			step: 1
		},
		submitted: {
			label: "Submitted",
			detail: "The exchange accepted the transfer (Link said so). Not paid yet: waiting for Mesh to confirm.",
			tone: "progress",
			final: false,
			step: 2
		},
		pending: {
			label: "Pending",
			detail: "Mesh reports the transfer as pending. Not paid yet: waiting for it to succeed.",
			tone: "progress",
			final: false,
			step: 3
		},
		succeeded: {
			label: "Succeeded",
			detail: "Paid. Mesh confirmed the transfer succeeded.",
			tone: "success",
			final: true,
			step: 4
		},
		failed: {
			label: "Failed",
			detail: "Not paid. Mesh reports the transfer failed or it was declined. Ask for another payment.",
			tone: "danger",
			final: true,
			step: 4
		},
		abandoned: {
			label: "Abandoned",
			detail: "Not paid. Link was closed without a transfer.",
			tone: "warning",
			final: true,
			step: 4
		},
		expired: {
			label: "Expired",
			detail: "Not paid. The payment link expired unused. Charge again.",
			tone: "warning",
			final: true,
			step: 4
		},
		cancelled: {
			label: "Cancelled",
			detail: "Not paid. The sale was cancelled at the counter.",
			tone: "warning",
			final: true,
			step: 4
		}
	};
	Object.keys(STATUS);
	isFinalSale = (state) => saleStatus(state).final;
	LATE_LABEL = {
		cancelled: "Paid after cancel",
		expired: "Paid after expiry",
		abandoned: "Paid after abandon"
	};
	ENDED_HOW = {
		cancelled: "was cancelled at the counter",
		expired: "had expired",
		abandoned: "was abandoned (Link closed)"
	};
	SUBMIT_EVENTS = /* @__PURE__ */ new Set([
		"transferFinished",
		"transferCompleted",
		"transferExecuted"
	]);
	ATTEMPT_EVENTS = /* @__PURE__ */ new Set([
		"transferInitiated",
		"transferExecuted",
		"transferFinished",
		"transferCompleted",
		"transferExecutionError",
		"transferDeclined"
	]);
	ATTEMPT_PAGES = /* @__PURE__ */ new Set([
		"transferExecutedPage",
		"transferExecutionErrorPage",
		"transferDeclinedPage"
	]);
}));
// src/renderer/src/lib/cues.ts
/** What a sale's outcome sounds like: paid, failed (or paid by another amount), or nothing yet — nor for a refund (never a "paid" cue). */
function saleOutcome(sale) {
	if (sale.refund) return null;
	if (latePaid(sale)) return "paid";
	if (sale.state === "succeeded") return sale.amountMismatch ? "failed" : "paid";
	if (sale.state === "failed") return "failed";
	return null;
}
function cueText(sale, kind, locale) {
	const amount = formatFiat(sale.amount, sale.currency, locale);
	const paidIn = `${sale.asset}${sale.network ? ` on ${sale.network}` : ""}`;
	const late = latePaid(sale);
	if (late) return {
		title: `${late.label}: ${amount}`,
		body: late.detail
	};
	if (kind === "paid") return {
		title: `Paid: ${amount}`,
		body: `Mesh confirmed the payment in ${paidIn}.`
	};
	if (sale.amountMismatch) return {
		title: `Amount mismatch: ${amount}`,
		body: "Mesh reports a different amount than the sale charged. Check the transfer before handing over the goods."
	};
	if (sale.state === "failed" && sale.declined) {
		const d = declinedStatus(sale.declined);
		return {
			title: `${d.label}: ${amount}`,
			body: d.detail
		};
	}
	return {
		title: `Not paid: ${amount}`,
		body: `The payment in ${paidIn} failed or was declined. Ask for another payment.`
	};
}
/**
* The cues a change of the known sales calls for. A sale cues once: when this console had seen
* it without that outcome and now sees it with one. A sale first seen already paid (a reload of
* the list, a page opened later) never cues, and one in `cued` never cues again.
*/
function decideCues(prev, next, cued, locale) {
	if (prev === next) return [];
	const out = [];
	for (const [id, sale] of Object.entries(next)) {
		const before = prev[id];
		if (!before || before === sale || cued.has(id)) continue;
		const kind = saleOutcome(sale);
		if (!kind || saleOutcome(before) === kind) continue;
		out.push({
			sessionId: id,
			kind,
			...cueText(sale, kind, locale)
		});
	}
	return out;
}
/** What to do with one cue: the sound when the merchant wants it, a notification only when nobody is looking. */
function cueActions(cue, opts) {
	return {
		sound: opts.paidSound ? cue.kind : null,
		notify: opts.notifications && !opts.focused
	};
}
/** Follows the store's sales and cues each outcome once. Returns the unsubscribe function. */
function attachCues(store, deps) {
	const cued = /* @__PURE__ */ new Set();
	return store.subscribe((next, prev) => {
		if (next.sales === prev.sales) return;
		const settings = store.getState().settings;
		const locale = settings?.locale ?? void 0;
		for (const cue of decideCues(prev.sales, next.sales, cued, locale)) {
			cued.add(cue.sessionId);
			const act = cueActions(cue, {
				paidSound: settings?.paidSound ?? false,
				notifications: settings?.notifications ?? false,
				focused: deps.hasFocus()
			});
			if (act.sound) deps.play(act.sound);
			if (act.notify) deps.notify(cue);
		}
	});
}
function createAudioCues(make = defaultContext) {
	let ctx = null;
	const get = () => {
		ctx ??= make();
		if (ctx && ctx.state === "suspended") ctx.resume().catch(() => {});
		return ctx;
	};
	return {
		prime: () => void get(),
		play(kind) {
			const c = get();
			if (!c) return;
			const { type, notes } = TONES[kind];
			const start = c.currentTime + .01;
			for (const n of notes) {
				const osc = c.createOscillator();
				const gain = c.createGain();
				osc.type = type;
				osc.frequency.setValueAtTime(n.hz, start + n.at);
				gain.gain.setValueAtTime(1e-4, start + n.at);
				gain.gain.exponentialRampToValueAtTime(.25, start + n.at + .015);
				gain.gain.exponentialRampToValueAtTime(1e-4, start + n.at + n.dur);
				osc.connect(gain).connect(c.destination);
				osc.start(start + n.at);
				osc.stop(start + n.at + n.dur + .02);
			}
		}
	};
}
function defaultContext() {
	try {
		return typeof AudioContext === "undefined" ? null : new AudioContext();
	} catch {
		return null;
	}
}
/** The Notification API's permission, or 'unsupported'. */
function notificationPermission() {
	return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}
/**
* Asks for permission to notify; call it only from the click that turns notifications on (a
* browser asks only from a user gesture, and a merchant should be asked only when they opt in).
*/
async function requestNotificationPermission() {
	if (typeof Notification === "undefined") return "unsupported";
	if (Notification.permission !== "default") return Notification.permission;
	try {
		return await Notification.requestPermission();
	} catch {
		return Notification.permission;
	}
}
/** Shows a cue with the Notification API (headless mode in a browser); quiet when not permitted. */
function browserNotify(cue) {
	if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
	try {
		new Notification(cue.title, {
			body: cue.body,
			tag: `countertop-sale-${cue.sessionId}`
		});
	} catch {}
}
var TONES, audioCues;
var init_cues = __esmMin((() => {
	init_money();
	init_saleState();
	TONES = {
		paid: {
			type: "sine",
			notes: [{
				hz: 659.25,
				at: 0,
				dur: .14
			}, {
				hz: 880,
				at: .12,
				dur: .26
			}]
		},
		failed: {
			type: "triangle",
			notes: [{
				hz: 220,
				at: 0,
				dur: .22
			}, {
				hz: 164.81,
				at: .2,
				dur: .36
			}]
		}
	};
	audioCues = createAudioCues();
}));
// src/renderer/src/lib/format.ts
function canonicalLocale$1(tag) {
	if (!tag || !tag.trim()) return null;
	try {
		return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
	} catch {
		return null;
	}
}
/**
* The locale every number and date is shown in: the merchant's setting when it is a valid
* BCP 47 tag, else the system's (navigator.language), else en-US. Never throws.
*/
function resolveLocale(setting, system) {
	return canonicalLocale$1(setting) ?? canonicalLocale$1(system) ?? FALLBACK_LOCALE;
}
/** The browser's language, when there is a navigator. */
function systemLocale() {
	return typeof navigator !== "undefined" && typeof navigator.language === "string" ? navigator.language : null;
}
/** An exchange rate (decimal text) in the locale's digits, without rounding it. */
function formatRate(rate, locale) {
	return formatCrypto(rate, null, locale);
}
/** How a sale's charge reads everywhere (Ledger, Transfer page, receipt); null when unknown. */
function describeCharge(charge, locale) {
	if (!charge || !isDecimalString(charge.amount)) return null;
	const charged = formatFiat(charge.amount, charge.currency, locale);
	if (!(charge.currency !== "USD" && isDecimalString(charge.usdAmount))) return {
		charged,
		usd: null,
		rate: null,
		line: charged
	};
	const usd = formatFiat(charge.usdAmount, "USD", locale);
	const rate = charge.rate && isDecimalString(charge.rate) ? formatRate(charge.rate, locale) : null;
	return {
		charged,
		usd,
		rate,
		line: `${charged} ≈ ${usd}${rate ? ` at ${rate}` : ""}`
	};
}
/** Date and time for a receipt: the locale's long date, with seconds and the time zone. */
function formatReceiptDateTime(ms, locale, timeZone) {
	if (ms == null || !Number.isFinite(ms)) return "—";
	return new Intl.DateTimeFormat(locale, {
		dateStyle: "long",
		timeStyle: "long",
		...timeZone ? { timeZone } : {}
	}).format(ms);
}
/**
* ISO 8601 with the local UTC offset, e.g. "2025-01-07T14:03:07.250+01:00" (exports). The
* offset in minutes east of UTC defaults to the runtime's for that instant.
*/
function isoWithOffset$1(ms, offsetMinutes = -new Date(ms).getTimezoneOffset()) {
	const d = new Date(ms + offsetMinutes * 6e4);
	const sign = offsetMinutes < 0 ? "-" : "+";
	const abs = Math.abs(offsetMinutes);
	return `${`${pad$1(d.getUTCFullYear(), 4)}-${pad$1(d.getUTCMonth() + 1)}-${pad$1(d.getUTCDate())}`}T${`${pad$1(d.getUTCHours())}:${pad$1(d.getUTCMinutes())}:${pad$1(d.getUTCSeconds())}.${pad$1(d.getUTCMilliseconds(), 3)}`}${sign}${pad$1(Math.floor(abs / 60))}:${pad$1(abs % 60)}`;
}
/** The console's IANA time zone (what every time on screen is shown in); UTC when unknown. */
function consoleTimeZone() {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
	} catch {
		return "UTC";
	}
}
function wallFormat(timeZone) {
	const key = timeZone ?? "";
	let f = wallFormats.get(key);
	if (!f) {
		const opts = {
			hourCycle: "h23",
			year: "numeric",
			month: "2-digit",
			day: "2-digit",
			hour: "2-digit",
			minute: "2-digit",
			second: "2-digit"
		};
		try {
			f = new Intl.DateTimeFormat("en-US", {
				...opts,
				timeZone
			});
		} catch {
			f = new Intl.DateTimeFormat("en-US", opts);
		}
		wallFormats.set(key, f);
	}
	return f;
}
/** The wall clock of an instant in a time zone (the runtime's when none is given), with its UTC offset. */
function wallClock(ms, timeZone) {
	const p = {};
	for (const part of wallFormat(timeZone).formatToParts(ms)) if (part.type !== "literal") p[part.type] = Number(part.value);
	const millisecond = (ms % 1e3 + 1e3) % 1e3;
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
	return {
		year: p.year,
		month: p.month,
		day: p.day,
		hour: p.hour % 24,
		minute: p.minute,
		second: p.second,
		millisecond,
		offset: Math.round((asUtc - (ms - millisecond)) / 6e4)
	};
}
/** A UTC offset in minutes as text: 60 → "+01:00", -330 → "-05:30". */
function offsetText(minutes) {
	const sign = minutes < 0 ? "-" : "+";
	const abs = Math.abs(minutes);
	return `${sign}${pad$1(Math.floor(abs / 60))}:${pad$1(abs % 60)}`;
}
/**
* THE date-time format of every screen: local "YYYY-MM-DD HH:MM:SS", seconds always (with
* `ms`, "YYYY-MM-DD HH:MM:SS.mmm"); the zone is stated once per screen (<TimeZoneNote>), not
* on each time. "—" for a missing time.
*/
function formatDateTime(ms, opts = {}) {
	if (ms == null || !Number.isFinite(ms)) return "—";
	const w = wallClock(ms, opts.timeZone);
	const text = `${pad$1(w.year, 4)}-${pad$1(w.month)}-${pad$1(w.day)} ${pad$1(w.hour)}:${pad$1(w.minute)}:${pad$1(w.second)}`;
	return opts.ms ? `${text}.${pad$1(w.millisecond, 3)}` : text;
}
/** "Europe/Berlin (UTC+01:00)": the time zone as a screen states it, with its offset at `at`. */
function describeTimeZone(timeZone, at) {
	return `${timeZone} (UTC${offsetText(wallClock(at, timeZone).offset)})`;
}
/** "YYYYMMDD" in local time. */
function compactDate(ms) {
	const d = new Date(ms);
	return `${d.getFullYear()}${pad$1(d.getMonth() + 1)}${pad$1(d.getDate())}`;
}
/** Elapsed time as "m:ss" (or "h:mm:ss"). */
function formatElapsed(ms) {
	const total = Math.max(0, Math.floor(ms / 1e3));
	const h = Math.floor(total / 3600);
	const m = Math.floor(total % 3600 / 60);
	const s = total % 60;
	return h > 0 ? `${h}:${pad$1(m)}:${pad$1(s)}` : `${m}:${pad$1(s)}`;
}
/** "just now", "12 s ago", "5 min ago", "3 h ago", "2 d ago"; "never" for null. */
function formatRelative(then, now) {
	if (then == null) return "never";
	const diff = Math.max(0, now - then);
	if (diff < 2e3) return "just now";
	const s = Math.floor(diff / 1e3);
	if (s < 60) return `${s} s ago`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m} min ago`;
	const h = Math.floor(m / 60);
	if (h < 48) return `${h} h ago`;
	return `${Math.floor(h / 24)} d ago`;
}
/** First 10 and last 6 characters of a long hash: "0x12ab34cd…9f8e7d". */
function shortHash(hash, head = 10, tail = 6) {
	if (!hash) return "—";
	return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}
/** Start of the local day containing `ms`. */
function startOfLocalDay(ms) {
	const d = new Date(ms);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}
/** "YYYY-MM-DD" (an <input type=date> value) → local midnight in ms; null when empty or invalid. */
function dateInputToMs(value) {
	if (!value) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return null;
	const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Number.isNaN(d.getTime()) ? null : d.getTime();
}
/** The day after a "YYYY-MM-DD" value, as local midnight in ms (an exclusive upper bound). */
function dateInputToEndMs(value) {
	const start = dateInputToMs(value);
	if (start == null) return null;
	const d = new Date(start);
	d.setDate(d.getDate() + 1);
	return d.getTime();
}
/** Pretty JSON for a payload; strings that hold JSON are parsed first. */
function prettyJson(v) {
	if (typeof v === "string") try {
		return JSON.stringify(JSON.parse(v), null, 2);
	} catch {
		return v;
	}
	if (v === void 0) return "";
	try {
		return JSON.stringify(v, null, 2);
	} catch {
		return String(v);
	}
}
var pad$1, FALLBACK_LOCALE, wallFormats;
var init_format = __esmMin((() => {
	init_money();
	pad$1 = (n, w = 2) => String(n).padStart(w, "0");
	FALLBACK_LOCALE = "en-US";
	wallFormats = /* @__PURE__ */ new Map();
}));
// src/shared/attempts.ts
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
var VERDICT_NOTE, REFUSED_BEFORE_TIMING;
var init_attempts = __esmMin((() => {
	VERDICT_NOTE = {
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
	REFUSED_BEFORE_TIMING = /* @__PURE__ */ new Set([
		"signature_missing",
		"signature_invalid",
		"too_large",
		"bad_request",
		"source_not_allowed"
	]);
}));
// src/renderer/src/lib/deliveries.ts
/** A delivery flag's words; an unknown one (from a newer Countertop) is shown as it is. */
function flagInfo(flag) {
	return {
		flag,
		...FLAG_INFO[flag] ?? {
			label: flag.replace(/_/g, " "),
			reason: "A flag this version of Countertop does not know.",
			short: "unknown flag",
			tone: "neutral"
		}
	};
}
/** The flags of a delivery, in their stored order (none for a row from before flags existed). */
function deliveryFlags(d) {
	return (d.flags ?? []).map(flagInfo);
}
function verdictInfo(v) {
	return VERDICT_INFO[v] ?? {
		label: v,
		reason: "Unknown verdict.",
		rejected: false
	};
}
function isRejected(v) {
	return REJECTED_VERDICTS.includes(v);
}
function toDeliveriesQuery(filter, cursor, limit = 100) {
	const q = { limit };
	if (filter === "rejected") q.rejected = true;
	else if (filter) q.verdict = filter;
	if (cursor) q.cursor = cursor;
	return q;
}
function matchesVerdict(d, filter) {
	if (!filter) return true;
	if (filter === "rejected") return isRejected(d.verdict);
	return d.verdict === filter;
}
/**
* Adds live deliveries to a newest-first list: known ids are replaced (e.g. answerMs measured
* later), new matching ones inserted by id descending; the list is capped at `cap` rows.
* Returns the same array when nothing changed.
*/
function mergeDeliveries(list, incoming, filter, cap = 5e3) {
	if (incoming.length === 0) return {
		items: list,
		added: 0
	};
	const byId = /* @__PURE__ */ new Map();
	for (const d of list) byId.set(d.id, d);
	let added = 0;
	let changed = false;
	for (const d of incoming) {
		if (!matchesVerdict(d, filter)) continue;
		if (!byId.has(d.id)) added++;
		byId.set(d.id, d);
		changed = true;
	}
	if (!changed) return {
		items: list,
		added: 0
	};
	return {
		items: [...byId.values()].sort((a, b) => b.id - a.id).slice(0, cap),
		added
	};
}
/** Parses a delivery body as JSON; null when it is not. */
function parseBody(body) {
	try {
		const v = JSON.parse(body);
		return v && typeof v === "object" && !Array.isArray(v) ? v : null;
	} catch {
		return null;
	}
}
/** The ids an (unverified) body claims: useful to place a rejected delivery next to its transfer. */
function claimedIds(d) {
	const b = parseBody(d.body);
	const str = (v) => typeof v === "string" ? v : null;
	return {
		eventId: str(b?.EventId),
		transferId: str(b?.TransferId),
		deliveryId: str(b?.Id),
		status: str(b?.TransferStatus)
	};
}
var VERDICT_INFO, VERDICTS, FLAG_INFO, VERDICT_OPTIONS;
var init_deliveries = __esmMin((() => {
	init_contract();
	init_attempts();
	VERDICT_INFO = {
		accepted: {
			label: "accepted",
			reason: "New event: stored and applied.",
			rejected: false
		},
		duplicate: {
			label: "duplicate",
			reason: "A known EventId delivered again (a retry, a duplicate or a replay): counted, not applied again.",
			rejected: false
		},
		uninterpretable: {
			label: "uninterpretable",
			reason: "Signed and JSON, but not a transfer status we can apply: stored, answered 200.",
			rejected: false
		},
		malformed: {
			label: "malformed",
			reason: "Signed, but the body is not JSON: stored, answered 200.",
			rejected: false
		},
		signature_missing: {
			label: "signature missing",
			reason: "No X-Mesh-Signature-256 header: rejected with 401.",
			rejected: true
		},
		signature_invalid: {
			label: "signature invalid",
			reason: "X-Mesh-Signature-256 does not match the body and our webhook secret: rejected with 401.",
			rejected: true
		},
		too_large: {
			label: "too large",
			reason: "The body is over the size limit: rejected with 413.",
			rejected: true
		},
		bad_request: {
			label: "bad request",
			reason: "Broken HTTP framing (e.g. the connection was cut mid-body): rejected with 400.",
			rejected: true
		},
		source_not_allowed: {
			label: "source not allowed",
			reason: "The IP allowlist is on and the sender is not Mesh’s documented address: rejected with 403.",
			rejected: true
		}
	};
	VERDICTS = Object.keys(VERDICT_INFO);
	FLAG_INFO = {
		ambiguous: {
			label: "ambiguous",
			reason: "A field we read (such as TransferStatus) appears twice in the body, so which value Mesh meant is a guess: the event is recorded but not applied. Check the transfer with Mesh.",
			short: "a field given twice: recorded, not applied",
			tone: "danger"
		},
		no_tx_hash: {
			label: "no tx hash",
			reason: "Succeeded without a TxHash: applied, but there is no on-chain transaction to check it against.",
			short: "Succeeded without a TxHash",
			tone: "warning"
		},
		stale: {
			label: "stale",
			reason: "Mesh’s SentTimestamp is older than the staleness window (24 h unless configured): possibly a replay of an old delivery. Recorded and applied as usual.",
			short: "sent long ago: a possible replay",
			tone: "warning"
		}
	};
	VERDICT_OPTIONS = [
		{
			value: "",
			label: "All verdicts"
		},
		{
			value: "rejected",
			label: "Rejected only"
		},
		...VERDICTS.map((v) => ({
			value: v,
			label: VERDICT_INFO[v].label
		}))
	];
}));
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
/** Does a stored id match a (trimmed) search term, as ledger.list matches it? */
function idMatchesSearch(value, term) {
	if (!value || !term) return false;
	return searchSpellings(term).some((s) => s.length >= 6 ? value.startsWith(s) : value === s);
}
var init_search = __esmMin((() => {}));
// src/renderer/src/lib/ledger.ts
function sameFilter(a, b) {
	return a.status === b.status && a.from === b.from && a.to === b.to && a.search.trim() === b.search.trim() && a.amountMin === b.amountMin && a.amountMax === b.amountMax && a.includeTests === b.includeTests;
}
/** Is any filter other than the default on? */
function isFiltered(f) {
	return !sameFilter(f, EMPTY_FILTER);
}
/** A valid "YYYY-MM-DD" day (an <input type=date> value): a real calendar day. */
function isDateInput(v) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
/** Plain decimal text the contract's amountMin/amountMax accept: up to 15 digits, up to 18 decimals. */
function isAmountText(v) {
	return /^\d{1,15}(\.\d{1,18})?$/.test(v);
}
/** The locale's decimal separator ("." or ","). */
function decimalSeparator(locale) {
	try {
		return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
	} catch {
		return ".";
	}
}
/**
* Reads an amount typed into the Ledger's amount range: digits with a decimal point ("12.50"),
* or the locale's decimal comma ("12,50" in de-DE); no thousands separators, no sign, no unit.
* '' is an open bound. Answers plain decimal text ("12.50", as typed but without leading zeros).
*/
function parseAmountFilter(text, locale) {
	const t = text.replace(/[\s\u00a0\u202f]/g, "");
	if (t === "") return {
		ok: true,
		value: ""
	};
	if (/^[-−]/.test(t)) return {
		ok: false,
		error: "Amounts are never negative: type a number such as 12.50."
	};
	const comma = decimalSeparator(locale) === ",";
	const seps = t.replace(/[0-9]/g, "");
	if (/[^.,]/.test(seps)) return {
		ok: false,
		error: "Type digits only, such as 12.50 (no currency or asset)."
	};
	if (seps.length > 1 || seps === "," && !comma) return {
		ok: false,
		error: `Type the amount without thousands separators, with ${comma ? "a decimal comma or point" : "a decimal point"}: 1234${comma ? "," : "."}50.`
	};
	const [whole = "", frac = ""] = t.split(/[.,]/);
	if (whole === "" && frac === "") return {
		ok: false,
		error: "Type a number such as 12.50."
	};
	const int = whole.replace(/^0+(?=\d)/, "") || "0";
	if (int.length > 15) return {
		ok: false,
		error: "That amount is too large: at most 15 digits before the decimal point."
	};
	if (frac.length > 18) return {
		ok: false,
		error: "At most 18 decimals."
	};
	return {
		ok: true,
		value: frac ? `${int}.${frac}` : int
	};
}
/** The problem with a min/max pair ('' when none): both already plain decimal text or ''. */
function amountRangeProblem(min, max) {
	return min && max && compareDecimals$1(min, max) > 0 ? "The lower bound is above the upper one: swap them." : "";
}
/** The filters that are on, in words (the empty state names them): ["status Failed", "search “0xabc”", …]. */
function describeLedgerFilter(f) {
	const out = [];
	if (f.status) out.push(`status ${STATUS_OPTIONS.find((o) => o.value === f.status)?.label ?? f.status}`);
	const search = f.search.trim();
	if (search) out.push(`search “${search}”`);
	if (f.from && f.to) out.push(f.from === f.to ? `first seen on ${f.from}` : `first seen ${f.from} to ${f.to}`);
	else if (f.from) out.push(`first seen on or after ${f.from}`);
	else if (f.to) out.push(`first seen on or before ${f.to}`);
	if (f.amountMin && f.amountMax) out.push(compareDecimals$1(f.amountMin, f.amountMax) === 0 ? `amount exactly ${f.amountMin}` : `amount ${f.amountMin} to ${f.amountMax}`);
	else if (f.amountMin) out.push(`amount ${f.amountMin} or more`);
	else if (f.amountMax) out.push(`amount ${f.amountMax} or less`);
	if (f.includeTests) out.push("test transfers included");
	return out;
}
/** The ledger.list arguments for a filter. */
function toLedgerQuery(f, cursor, limit = 100) {
	const q = {
		limit,
		includeTests: f.includeTests
	};
	if (f.status) q.status = f.status;
	const from = dateInputToMs(f.from);
	const to = dateInputToEndMs(f.to);
	if (from != null) q.from = from;
	if (to != null) q.to = to;
	const search = f.search.trim();
	if (search) q.search = search;
	if (f.amountMin) q.amountMin = f.amountMin;
	if (f.amountMax) q.amountMax = f.amountMax;
	if (cursor) q.cursor = cursor;
	return q;
}
/** Same order as the server: newest first, ties by TransferId descending. Negative = a before b. */
function compareRows(a, b) {
	if (a.firstSeenAt !== b.firstSeenAt) return b.firstSeenAt - a.firstSeenAt;
	return a.transferId < b.transferId ? 1 : a.transferId > b.transferId ? -1 : 0;
}
/** Is a plain non-negative decimal within [min, max] ('' = open)? */
function amountWithin(v, min, max) {
	if (!v || !isDecimalString(v) || v.startsWith("-")) return false;
	return (!min || compareDecimals$1(v, min) >= 0) && (!max || compareDecimals$1(v, max) <= 0);
}
/** Does a row belong in the ledger under this filter? Mirrors the server's ledger.list. */
function matchesFilter(row, f) {
	if (!f.includeTests && row.isTest) return false;
	if (f.status && row.status !== f.status.toLowerCase()) return false;
	const from = dateInputToMs(f.from);
	const to = dateInputToEndMs(f.to);
	if (from != null && row.firstSeenAt < from) return false;
	if (to != null && row.firstSeenAt >= to) return false;
	const s = f.search.trim();
	if (s && !(idMatchesSearch(row.transferId, s) || idMatchesSearch(row.transactionId, s) || idMatchesSearch(row.txHash, s))) return false;
	if ((f.amountMin || f.amountMax) && ![
		row.sourceAmount,
		row.destinationAmount,
		row.charge?.amount
	].some((v) => amountWithin(v, f.amountMin, f.amountMax))) return false;
	return true;
}
/** The latest version of each transfer in a batch (by updatedAt; later in the batch wins ties). */
function latestPerTransfer(batch) {
	const byId = /* @__PURE__ */ new Map();
	for (const r of batch) {
		const cur = byId.get(r.transferId);
		if (!cur || r.updatedAt >= cur.updatedAt) byId.set(r.transferId, r);
	}
	return [...byId.values()];
}
/** Index where `row` goes in sorted `rows` (binary search). */
function insertionIndex(rows, row) {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if (compareRows(rows[mid], row) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/**
* A live row carries no charge (`charge` absent): keep the one the loaded row had, else take
* the charge of its sale when the console knows it. A row that says (even null) wins.
*/
function withKnownCharge(u, cur, chargeOf) {
	if (u.charge !== void 0) return u;
	if (cur && cur.charge !== void 0) return {
		...u,
		charge: cur.charge
	};
	const known = u.sessionId && chargeOf ? chargeOf(u.sessionId) : void 0;
	return known ? {
		...u,
		charge: known
	} : u;
}
/**
* Applies live updates to a loaded page. Known rows are replaced (or dropped when they no
* longer match the filter), keeping their charge; unknown matching rows are inserted in order
* when they fall inside the loaded range (beyond it, paging will bring them). Stale updates
* (older updatedAt) are ignored. Returns the same object when nothing changed.
*/
function mergeTransferUpdates(page, updates, f, chargeOf) {
	if (updates.length === 0) return page;
	let rows = null;
	let total = page.total;
	const work = () => rows ??= page.rows.slice();
	for (const live of latestPerTransfer(updates)) {
		const list = rows ?? page.rows;
		const idx = list.findIndex((r) => r.transferId === live.transferId);
		if (idx >= 0) {
			const cur = list[idx];
			if (cur.updatedAt > live.updatedAt) continue;
			const u = withKnownCharge(live, cur, chargeOf);
			const w = work();
			w.splice(idx, 1);
			if (matchesFilter(u, f)) w.splice(insertionIndex(w, u), 0, u);
			else total = Math.max(0, total - 1);
			continue;
		}
		const u = withKnownCharge(live, void 0, chargeOf);
		if (!matchesFilter(u, f)) continue;
		const last = list[list.length - 1];
		if (!(page.nextCursor === null || last !== void 0 && compareRows(live, last) < 0)) continue;
		const w = work();
		w.splice(insertionIndex(w, u), 0, u);
		total += 1;
	}
	if (rows === null && total === page.total) return page;
	return {
		rows: rows ?? page.rows,
		total,
		nextCursor: page.nextCursor
	};
}
/** Appends a next page, skipping rows already present (a live insert may have brought them). */
function appendPage(page, next) {
	const seen = new Set(page.rows.map((r) => r.transferId));
	return {
		rows: page.rows.concat(next.items.filter((r) => !seen.has(r.transferId))),
		total: next.total,
		nextCursor: next.nextCursor
	};
}
var EMPTY_FILTER, STATUS_OPTIONS;
var init_ledger = __esmMin((() => {
	init_charge();
	init_money();
	init_search();
	init_status();
	init_format();
	EMPTY_FILTER = {
		status: "",
		from: "",
		to: "",
		search: "",
		amountMin: "",
		amountMax: "",
		includeTests: false
	};
	STATUS_OPTIONS = [{
		value: "",
		label: "All statuses"
	}, ...[
		"pending",
		"succeeded",
		"failed",
		"refundpending",
		"refundsucceeded"
	].map((value) => ({
		value,
		label: statusWord$1(value)
	}))];
}));
// src/renderer/src/lib/route.ts
/** The path ("ledger", "transfer/abc") and the query of a hash. */
function splitHash(hash) {
	const body = hash.replace(/^#/, "").replace(/^\/+/, "");
	const q = body.indexOf("?");
	const path = q < 0 ? body : body.slice(0, q);
	let params;
	try {
		params = new URLSearchParams(q < 0 ? "" : body.slice(q + 1));
	} catch {
		params = new URLSearchParams();
	}
	return {
		path: path.replace(/\/+$/, ""),
		params
	};
}
/** The Ledger filter a query names; anything missing or not valid is left at its default. */
function parseLedgerParams(params) {
	const f = { ...EMPTY_FILTER };
	const status = params.get("status")?.trim().toLowerCase();
	if (status && STATUS_VALUES.has(status)) f.status = status;
	const q = params.get("q")?.trim();
	if (q && q.length <= MAX_SEARCH) f.search = q;
	const from = params.get("from");
	if (from && isDateInput(from)) f.from = from;
	const to = params.get("to");
	if (to && isDateInput(to) && (!f.from || to >= f.from)) f.to = to;
	const min = params.get("min")?.trim();
	if (min && isAmountText(min)) f.amountMin = min;
	const max = params.get("max")?.trim();
	if (max && isAmountText(max) && (!f.amountMin || compareDecimals$1(max, f.amountMin) >= 0)) f.amountMax = max;
	const tests = params.get("tests");
	if (tests === "1" || tests === "true") f.includeTests = true;
	return f;
}
/** The query for a Ledger filter ("" when unfiltered); keys in a fixed order, defaults left out. */
function ledgerQueryString(f) {
	const p = new URLSearchParams();
	if (f.status) p.set("status", f.status);
	if (f.search.trim()) p.set("q", f.search.trim());
	if (f.from) p.set("from", f.from);
	if (f.to) p.set("to", f.to);
	if (f.amountMin) p.set("min", f.amountMin);
	if (f.amountMax) p.set("max", f.amountMax);
	if (f.includeTests) p.set("tests", "1");
	return p.toString();
}
function parseInspectorParams(params) {
	const v = { ...EMPTY_INSPECTOR_VIEW };
	const verdict = params.get("verdict")?.trim();
	if (verdict && VERDICT_VALUES.has(verdict)) v.verdict = verdict;
	const delivery = params.get("delivery")?.trim();
	if (delivery && /^[1-9]\d{0,14}$/.test(delivery)) v.delivery = Number(delivery);
	return v;
}
function inspectorQueryString(v) {
	const p = new URLSearchParams();
	if (v.verdict) p.set("verdict", v.verdict);
	if (v.delivery != null) p.set("delivery", String(v.delivery));
	return p.toString();
}
function decoded(id) {
	try {
		return decodeURIComponent(id);
	} catch {
		return id;
	}
}
function parseRoute(hash) {
	const { path, params } = splitHash(hash);
	const [head = "", ...rest] = path.split("/");
	switch (head) {
		case "ledger": return {
			name: "ledger",
			filter: parseLedgerParams(params)
		};
		case "inspector": return {
			name: "inspector",
			view: parseInspectorParams(params)
		};
		case "settings": return { name: "settings" };
		case "audit": return { name: "audit" };
		case "health": return { name: "health" };
		case "shift": return { name: "shift" };
		case "reports": return { name: "reports" };
		case "receipt": {
			const id = rest.join("/");
			return id ? {
				name: "receipt",
				sessionId: decoded(id)
			} : { name: "counter" };
		}
		case "transfer": {
			const id = rest.join("/");
			return id ? {
				name: "transfer",
				transferId: decoded(id)
			} : {
				name: "ledger",
				filter: { ...EMPTY_FILTER }
			};
		}
		default: return { name: "counter" };
	}
}
function routeHref(r) {
	if (r.name === "transfer") return `#/transfer/${encodeURIComponent(r.transferId)}`;
	if (r.name === "receipt") return `#/receipt/${encodeURIComponent(r.sessionId)}`;
	if (r.name === "ledger") return withQuery("#/ledger", "filter" in r ? ledgerQueryString(r.filter) : "");
	if (r.name === "inspector") return withQuery("#/inspector", "view" in r ? inspectorQueryString(r.view) : "");
	return `#/${r.name}`;
}
var EMPTY_INSPECTOR_VIEW, STATUS_VALUES, VERDICT_VALUES, MAX_SEARCH, withQuery, ledgerHref, inspectorHref, receiptHref, transferHref;
var init_route = __esmMin((() => {
	init_charge();
	init_deliveries();
	init_ledger();
	EMPTY_INSPECTOR_VIEW = {
		verdict: "",
		delivery: null
	};
	STATUS_VALUES = new Set(STATUS_OPTIONS.map((o) => o.value).filter(Boolean));
	VERDICT_VALUES = new Set(VERDICT_OPTIONS.map((o) => o.value).filter(Boolean));
	MAX_SEARCH = 200;
	withQuery = (path, query) => query ? `${path}?${query}` : path;
	ledgerHref = (filter) => routeHref({
		name: "ledger",
		filter
	});
	inspectorHref = (view) => routeHref({
		name: "inspector",
		view
	});
	receiptHref = (sessionId) => routeHref({
		name: "receipt",
		sessionId
	});
	transferHref = (transferId) => routeHref({
		name: "transfer",
		transferId
	});
}));
// src/renderer/src/store/counterSlice.ts
/** Networks the merchant can be paid on for an asset. */
function networksFor(settings, asset) {
	if (!settings) return [];
	return [...new Set(settings.payouts.filter((p) => p.asset === asset).map((p) => p.network))];
}
function assetsOf(settings) {
	if (!settings) return [];
	return [...new Set(settings.payouts.map((p) => p.asset))];
}
/** The locale amounts are typed and shown in: the merchant's, else the browser's. */
/** The merchant's locale (see resolveLocale: one rule for every screen). */
function counterLocale(settings) {
	return resolveLocale(settings?.locale, systemLocale());
}
/** The page Link was on when it closed (SessionSummary.page), from our exit payload {error, summary}. */
function exitPageOf(payload) {
	const summary = payload?.summary;
	return typeof summary?.page === "string" ? summary.page : null;
}
function sortShift(ids, sales) {
	return [...new Set(ids)].filter((id) => sales[id]).sort((a, b) => sales[b].createdAt - sales[a].createdAt || (a < b ? 1 : -1));
}
var createCounterSlice;
var init_counterSlice = __esmMin((() => {
	init_amount_input();
	init_format();
	init_saleState();
	createCounterSlice = (deps) => (set, get) => {
		const chains = /* @__PURE__ */ new Map();
		/** Runs `job` after everything already queued for the sale (SDK events, an earlier end). */
		const enqueue = (sessionId, job) => {
			const next = (chains.get(sessionId) ?? Promise.resolve()).then(job);
			chains.set(sessionId, next);
			next.then(() => {
				if (chains.get(sessionId) === next) chains.delete(sessionId);
			});
			return next;
		};
		/** How the counter is ending each sale it ends: a cancel is never turned into an abandon. */
		const endIntent = /* @__PURE__ */ new Map();
		/** Whether the customer attempted a transfer in each open Link session. */
		const attempts = /* @__PURE__ */ new Map();
		const endSaleNow = async (sessionId, reason) => {
			set({
				endingSaleId: sessionId,
				endError: null
			});
			const r = await deps.bridge.invoke("sales.end", {
				sessionId,
				reason
			});
			if (get().endingSaleId === sessionId) set({ endingSaleId: null });
			if (r.ok) {
				get().applySales([r.value]);
				return;
			}
			if (r.error.code === "SALE_ENDED") {
				const v = await deps.bridge.invoke("sales.get", { sessionId });
				if (v.ok) get().applySales([v.value]);
				return;
			}
			set({ endError: `Could not ${reason === "cancelled" ? "cancel" : "end"} the sale: ${r.error.message}` });
		};
		const endSale = (sessionId, reason) => enqueue(sessionId, () => endSaleNow(sessionId, reason));
		return {
			settings: null,
			settingsStatus: "idle",
			settingsError: null,
			saleForm: {
				amount: "",
				asset: "",
				network: "",
				customerRef: ""
			},
			amountError: null,
			charging: false,
			chargeError: null,
			currentSaleId: null,
			linkOpen: false,
			linkSaleId: null,
			endingSaleId: null,
			endError: null,
			sales: {},
			shiftSince: startOfLocalDay(deps.now()),
			shiftIds: [],
			shiftStatus: "idle",
			shiftError: null,
			customerMessage: null,
			async loadCounterSettings() {
				set({
					settingsStatus: "loading",
					settingsError: null
				});
				const r = await deps.bridge.invoke("counter.settings", {});
				if (!r.ok) {
					set({
						settingsStatus: "error",
						settingsError: r.error.message
					});
					return;
				}
				const s = r.value;
				const form = get().saleForm;
				const assets = assetsOf(s);
				const asset = form.asset && assets.includes(form.asset) ? form.asset : assets.includes(s.defaultAsset) ? s.defaultAsset : assets[0] ?? s.defaultAsset;
				const nets = networksFor(s, asset);
				const network = form.network && nets.includes(form.network) ? form.network : asset === s.defaultAsset && nets.includes(s.defaultNetwork) ? s.defaultNetwork : nets[0] ?? "";
				set({
					settings: s,
					settingsStatus: "ready",
					saleForm: {
						...form,
						asset,
						network
					}
				});
			},
			setSaleField(field, value) {
				const form = {
					...get().saleForm,
					[field]: value
				};
				if (field === "asset") {
					const s = get().settings;
					const nets = networksFor(s, form.asset);
					if (!nets.includes(form.network)) form.network = s && form.asset === s.defaultAsset && nets.includes(s.defaultNetwork) ? s.defaultNetwork : nets[0] ?? "";
				}
				set({
					saleForm: form,
					...field === "amount" ? { amountError: null } : {},
					...field === "customerRef" ? { customerMessage: null } : {}
				});
			},
			async charge() {
				const st = get();
				if (st.charging || st.linkOpen) return;
				const form = st.saleForm;
				const settings = st.settings;
				if (settings?.chargeBlocked) {
					set({ chargeError: settings.chargeBlocked });
					return;
				}
				const parsed = parseAmountInput(form.amount, {
					currency: settings?.currency ?? "USD",
					locale: counterLocale(settings),
					limit: settings?.saleLimit ?? null
				});
				if (!parsed.ok) {
					set({ amountError: parsed.error });
					return;
				}
				if (!form.asset) {
					set({ chargeError: "Choose an asset to be paid in." });
					return;
				}
				set({
					charging: true,
					chargeError: null,
					amountError: null,
					endError: null
				});
				const r = await deps.bridge.invoke("sales.start", {
					amount: parsed.value,
					asset: form.asset,
					...form.network ? { network: form.network } : {},
					...form.customerRef.trim() ? { customerRef: form.customerRef.trim() } : {}
				});
				if (!r.ok) {
					if (r.error.code === "AMOUNT_INVALID" || r.error.code === "SALE_LIMIT_EXCEEDED") set({
						charging: false,
						amountError: r.error.message
					});
					else set({
						charging: false,
						chargeError: r.error.message
					});
					return;
				}
				const { sessionId, linkToken, accessTokens, sale } = r.value;
				get().applySales([sale]);
				set({
					currentSaleId: sessionId,
					linkOpen: true,
					linkSaleId: sessionId,
					saleForm: {
						...get().saleForm,
						amount: "",
						customerRef: ""
					}
				});
				const seen = [];
				let exitPage = null;
				attempts.set(sessionId, () => transferAttempted({
					events: seen,
					exitPage,
					transferId: get().sales[sessionId]?.transferId ?? null
				}));
				try {
					await deps.link.open(linkToken, accessTokens && accessTokens.length > 0 ? accessTokens : void 0, {
						onSdkEvent: (type, payload) => {
							seen.push(type);
							if (type === "exit") exitPage = exitPageOf(payload);
							get().recordSdkEvent(sessionId, type, payload);
						},
						onEscape: () => get().escapeLink(),
						onClosed: () => {
							if (get().linkSaleId === sessionId) set({
								linkOpen: false,
								linkSaleId: null
							});
							if (endIntent.has(sessionId)) return;
							enqueue(sessionId, async () => {
								const sale = get().sales[sessionId];
								if (endIntent.has(sessionId) || !sale || !linkCloseEnds({
									state: sale.state,
									events: seen,
									exitPage,
									transferId: sale.transferId
								})) return;
								endIntent.set(sessionId, "abandoned");
								await endSaleNow(sessionId, "abandoned");
							});
						}
					});
					set({ charging: false });
				} catch (err) {
					set({
						charging: false,
						linkOpen: false,
						linkSaleId: null,
						chargeError: `Could not open Mesh Link: ${err.message}`
					});
					get().recordSdkEvent(sessionId, "exit", {
						error: `Could not open Mesh Link: ${err.message}`,
						summary: null
					});
				}
			},
			recordSdkEvent(sessionId, type, payload) {
				return enqueue(sessionId, async () => {
					const r = await deps.bridge.invoke("sales.recordSdkEvent", {
						sessionId,
						type,
						payload: payload === void 0 ? null : payload
					});
					if (r.ok) get().applySales([r.value]);
					else set({ chargeError: `Could not record the Link event ${type}: ${r.error.message}` });
				});
			},
			applySales(batch) {
				if (batch.length === 0) return;
				const cur = get().sales;
				let sales = null;
				for (const v of batch) {
					const prev = (sales ?? cur)[v.sessionId];
					const merged = mergeSale(prev, v);
					if (merged !== prev) {
						sales ??= { ...cur };
						sales[v.sessionId] = merged;
					}
				}
				if (!sales) return;
				const since = get().shiftSince;
				const fresh = batch.filter((v) => v.createdAt >= since).map((v) => v.sessionId);
				const ids = fresh.some((id) => !get().shiftIds.includes(id)) ? sortShift([...get().shiftIds, ...fresh], sales) : get().shiftIds;
				set({
					sales,
					shiftIds: ids
				});
				const open = get().linkSaleId;
				const linked = open ? sales[open] : void 0;
				if (open && linked && (linked.state === "expired" || linked.state === "cancelled") && !endIntent.has(open)) {
					endIntent.set(open, linked.state);
					deps.link.close();
				}
			},
			async loadShiftSales() {
				const since = startOfLocalDay(deps.now());
				set({
					shiftStatus: get().shiftIds.length ? "ready" : "loading",
					shiftError: null,
					shiftSince: since
				});
				const r = await deps.bridge.invoke("sales.list", {
					since,
					limit: 50
				});
				if (!r.ok) {
					set({
						shiftStatus: "error",
						shiftError: r.error.message
					});
					return;
				}
				get().applySales(r.value);
				const sales = get().sales;
				set({
					shiftIds: sortShift([...get().shiftIds.filter((id) => sales[id].createdAt >= since), ...r.value.map((v) => v.sessionId)], sales),
					shiftStatus: "ready"
				});
			},
			async refreshSale(sessionId) {
				const r = await deps.bridge.invoke("sales.get", { sessionId });
				if (r.ok) get().applySales([r.value]);
			},
			showSale(sessionId) {
				if (get().sales[sessionId]) set({ currentSaleId: sessionId });
			},
			closeLink() {
				deps.link.close();
			},
			async cancelSale(sessionId) {
				const sale = get().sales[sessionId];
				if (!sale || !canCancelSale(sale) || endIntent.has(sessionId)) return;
				endIntent.set(sessionId, "cancelled");
				const done = endSale(sessionId, "cancelled");
				if (get().linkSaleId === sessionId) deps.link.close();
				await done;
			},
			escapeLink() {
				const sessionId = get().linkSaleId;
				if (!sessionId) {
					deps.link.close();
					return;
				}
				const sale = get().sales[sessionId];
				const attempted = attempts.get(sessionId)?.() ?? false;
				if (sale && sale.state === "waiting" && !attempted && !endIntent.has(sessionId)) {
					endIntent.set(sessionId, "abandoned");
					endSale(sessionId, "abandoned");
				}
				deps.link.close();
			},
			async forgetCustomer() {
				const ref = get().saleForm.customerRef.trim();
				if (!ref) {
					set({ customerMessage: "Type the loyalty number to forget first." });
					return;
				}
				const r = await deps.bridge.invoke("customers.forget", { customerRef: ref });
				set({ customerMessage: r.ok ? r.value.removed > 0 ? `Forgot ${r.value.removed} saved connection${r.value.removed === 1 ? "" : "s"} for ${ref}.` : `No saved connections for ${ref}.` : r.error.message });
			}
		};
	};
}));
// src/renderer/src/store/selectors.ts
/** Caches the last result of `fn` for the same inputs (by reference). */
function memo(fn) {
	let last = null;
	let value;
	return (...args) => {
		if (last && last.length === args.length && last.every((v, i) => Object.is(v, args[i]))) return value;
		last = args;
		value = fn(...args);
		return value;
	};
}
var selectRoute, selectTheme, selectLocale, selectHealthState, selectIsEmulator, selectTunnelSummary, selectSaleForm, selectCounterSettingsState, assetsMemo, networksMemo, selectAssets, selectNetworks, selectChargeState, selectCounterLocale, selectEndState, selectCurrentSale, selectLinkSale, shiftMemo, selectShiftSales, selectShiftState, summaryMemo, selectShiftSummary, selectCurrentShiftState, selectShiftAction, selectZReportState, selectClosedShiftsState, selectTakingsState, selectLedgerFilter, selectLedgerFilterEpoch, selectLedgerHref, selectInspectorHref, selectLedgerView, selectExportState, selectTransferDetail, selectReceiptState, selectShop, selectDeliveriesView, selectSelectedDelivery, selectBulk, selectSandbox, selectDisplayOpen;
var init_selectors = __esmMin((() => {
	init_money();
	init_format();
	init_route();
	init_saleState();
	init_counterSlice();
	selectRoute = (s) => s.route;
	selectTheme = (s) => s.theme;
	selectLocale = (s) => resolveLocale(s.settings?.locale, systemLocale());
	selectHealthState = (s) => ({
		health: s.health,
		status: s.healthStatus,
		error: s.healthError,
		stream: s.stream
	});
	selectIsEmulator = (s) => s.health?.mode === "emulator";
	selectTunnelSummary = (s) => ({
		state: s.tunnel?.status.state ?? null,
		provider: s.tunnel?.status.provider ?? null,
		publicUrl: s.tunnel?.status.publicUrl ?? null,
		reason: s.tunnel?.status.reason ?? null,
		error: s.tunnel ? null : s.tunnelError
	});
	selectSaleForm = (s) => s.saleForm;
	selectCounterSettingsState = (s) => ({
		settings: s.settings,
		status: s.settingsStatus,
		error: s.settingsError
	});
	assetsMemo = memo(assetsOf);
	networksMemo = memo(networksFor);
	selectAssets = (s) => assetsMemo(s.settings);
	selectNetworks = (s) => networksMemo(s.settings, s.saleForm.asset);
	selectChargeState = (s) => ({
		charging: s.charging,
		chargeError: s.chargeError,
		amountError: s.amountError,
		linkOpen: s.linkOpen
	});
	selectCounterLocale = (s) => counterLocale(s.settings);
	selectEndState = (s) => ({
		endingSaleId: s.endingSaleId,
		endError: s.endError
	});
	selectCurrentSale = (s) => s.currentSaleId ? s.sales[s.currentSaleId] ?? null : null;
	selectLinkSale = (s) => s.linkSaleId ? s.sales[s.linkSaleId] ?? null : null;
	shiftMemo = memo((ids, sales) => ids.map((id) => sales[id]).filter((v) => !!v));
	selectShiftSales = (s) => shiftMemo(s.shiftIds, s.sales);
	selectShiftState = (s) => ({
		status: s.shiftStatus,
		error: s.shiftError
	});
	summaryMemo = memo((sales) => {
		const byCurrency = /* @__PURE__ */ new Map();
		let paidCount = 0;
		let mismatchCount = 0;
		let lateCount = 0;
		let refundedCount = 0;
		for (const v of sales) {
			if (v.refund) {
				refundedCount++;
				continue;
			}
			const late = latePaid(v) !== null;
			if (late) lateCount++;
			if (v.state !== "succeeded" && !late) continue;
			if (v.amountMismatch) {
				mismatchCount++;
				continue;
			}
			paidCount++;
			const list = byCurrency.get(v.currency) ?? [];
			list.push(v.amount);
			byCurrency.set(v.currency, list);
		}
		return {
			count: sales.length,
			paidCount,
			mismatchCount,
			lateCount,
			refundedCount,
			paid: [...byCurrency].map(([currency, amounts]) => ({
				currency,
				amount: addDecimals(amounts)
			}))
		};
	});
	selectShiftSummary = (s) => summaryMemo(selectShiftSales(s));
	selectCurrentShiftState = (s) => ({
		report: s.currentShift,
		status: s.currentShiftStatus,
		error: s.currentShiftError
	});
	selectShiftAction = (s) => ({
		action: s.shiftAction,
		error: s.shiftActionError,
		failed: s.shiftActionFailed
	});
	selectZReportState = (s) => ({
		id: s.zReportId,
		report: s.zReport,
		status: s.zReportStatus,
		error: s.zReportError
	});
	selectClosedShiftsState = (s) => ({
		shifts: s.closedShifts,
		status: s.closedShiftsStatus,
		error: s.closedShiftsError
	});
	selectTakingsState = (s) => ({
		report: s.takings,
		status: s.takingsStatus,
		error: s.takingsError,
		view: s.takingsView
	});
	selectLedgerFilter = (s) => s.ledgerFilter;
	selectLedgerFilterEpoch = (s) => s.ledgerFilterEpoch;
	selectLedgerHref = (s) => ledgerHref(s.ledgerFilter);
	selectInspectorHref = (s) => inspectorHref({
		verdict: s.verdictFilter,
		delivery: s.selectedDeliveryId
	});
	selectLedgerView = (s) => ({
		rows: s.ledgerRows,
		total: s.ledgerTotal,
		hasMore: s.ledgerCursor !== null,
		status: s.ledgerStatus,
		error: s.ledgerError,
		loadingMore: s.ledgerLoadingMore
	});
	selectExportState = (s) => ({
		progress: s.exportProgress,
		error: s.exportError
	});
	selectTransferDetail = (s) => ({
		id: s.detailId,
		detail: s.detail,
		sale: s.detailSale,
		rejected: s.detailRejected,
		status: s.detailStatus,
		error: s.detailError
	});
	selectReceiptState = (s) => ({
		id: s.receiptId,
		sale: s.receiptId ? s.sales[s.receiptId] ?? null : null,
		status: s.receiptStatus,
		error: s.receiptError
	});
	selectShop = (s) => s.settings?.shop ?? null;
	selectDeliveriesView = (s) => ({
		items: s.deliveries,
		total: s.deliveriesTotal,
		hasMore: s.deliveriesCursor !== null,
		status: s.deliveriesStatus,
		error: s.deliveriesError,
		loadingMore: s.deliveriesLoadingMore,
		filter: s.verdictFilter
	});
	selectSelectedDelivery = (s) => ({
		id: s.selectedDeliveryId,
		delivery: s.selectedDelivery,
		status: s.selectedStatus,
		error: s.selectedError,
		replaying: s.replaying,
		replayResult: s.replayResult,
		replayError: s.replayError
	});
	selectBulk = (s) => ({
		selected: s.bulkSelected,
		selecting: s.bulkSelecting,
		info: s.bulkSelectInfo,
		error: s.bulkSelectError,
		run: s.bulkRun
	});
	selectSandbox = (s) => ({
		faults: s.faultsForm,
		nextSaleFaults: s.nextSaleFaults,
		testOutcome: s.testOutcome,
		testAmount: s.testAmount,
		busy: s.sandboxBusy,
		message: s.sandboxMessage,
		error: s.sandboxError
	});
	selectDisplayOpen = (s) => s.displayOpen;
}));
// src/renderer/src/store/react.tsx
function StoreProvider({ store, children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$26.jsx)(StoreContext.Provider, {
		value: store,
		children
	});
}
function useAppStore() {
	const store = (0, import_react$16.useContext)(StoreContext);
	if (!store) throw new Error("useAppStore outside <StoreProvider>");
	return store;
}
/** Selects a value (compared with Object.is). */
function useApp(selector) {
	return useStore(useAppStore(), selector);
}
/** Selects an object or array of values (compared shallowly). */
function useAppShallow(selector) {
	return useStore(useAppStore(), useShallow(selector));
}
/** The store's actions (stable functions); read without subscribing. */
function useActions() {
	return useAppStore().getState();
}
/** The locale every number and date on screen is formatted in (see selectLocale). */
function useLocale() {
	return useApp(selectLocale);
}
var import_react$16, import_jsx_runtime$26, StoreContext;
var init_react = __esmMin((() => {
	import_react$16 = /* @__PURE__ */ __toESM(require_react());
	init_esm();
	init_shallow();
	init_selectors();
	import_jsx_runtime$26 = require_jsx_runtime();
	StoreContext = (0, import_react$16.createContext)(null);
}));
// src/renderer/src/components/hooks.ts
/** The current time, refreshed every `intervalMs` (for relative times and elapsed clocks). */
function useNow(intervalMs = 1e3, active = true) {
	const [now, setNow] = (0, import_react$15.useState)(() => Date.now());
	(0, import_react$15.useEffect)(() => {
		if (!active) return;
		setNow(Date.now());
		const t = setInterval(() => setNow(Date.now()), intervalMs);
		return () => clearInterval(t);
	}, [intervalMs, active]);
	return now;
}
/** A value that follows `value` after it has stopped changing for `ms`. */
function useDebounced(value, ms) {
	const [v, setV] = (0, import_react$15.useState)(value);
	(0, import_react$15.useEffect)(() => {
		const t = setTimeout(() => setV(value), ms);
		return () => clearTimeout(t);
	}, [value, ms]);
	return v;
}
/** Moves focus to the element once when it mounts (screen headings, the Amount field). */
function useFocusOnMount(enabled = true) {
	const ref = (0, import_react$15.useRef)(null);
	(0, import_react$15.useEffect)(() => {
		if (enabled) ref.current?.focus({ preventScroll: true });
	}, [enabled]);
	return ref;
}
var import_react$15;
var init_hooks = __esmMin((() => {
	import_react$15 = /* @__PURE__ */ __toESM(require_react());
}));
// src/renderer/src/features/counter/linkModal.ts
function setBarHost(el) {
	barHost = el;
	for (const l of hostListeners) l();
}
function subscribeLinkBarHost(listener) {
	hostListeners.add(listener);
	return () => void hostListeners.delete(listener);
}
function sentinel(doc, edge) {
	const s = doc.createElement("span");
	s.tabIndex = 0;
	s.dataset.linkSentinel = edge;
	s.className = "link-sentinel";
	s.setAttribute("aria-hidden", "true");
	return s;
}
/**
* Traps focus in the SDK's overlay while it exists. Returns null when there is no overlay (the
* SDK refused the token and never drew one).
*/
function trapLinkOverlay(doc, onEscape) {
	const overlay = doc.getElementById(LINK_POPUP_ID);
	if (!overlay) return null;
	const iframe = doc.getElementById(LINK_IFRAME_ID);
	const background = [...doc.body.children].filter((el) => el !== overlay && !el.contains(overlay) && ![
		"SCRIPT",
		"STYLE",
		"TEMPLATE"
	].includes(el.tagName));
	const wasInert = background.map((el) => el.inert);
	for (const el of background) el.inert = true;
	const host = doc.createElement("div");
	host.id = LINK_BAR_ID;
	host.tabIndex = -1;
	host.setAttribute("role", "group");
	host.setAttribute("aria-label", "Sale at the counter");
	const start = sentinel(doc, "start");
	const end = sentinel(doc, "end");
	overlay.insertBefore(host, overlay.firstChild);
	overlay.insertBefore(start, host);
	overlay.appendChild(end);
	const focusBar = () => host.focus({ preventScroll: true });
	const onStart = () => {
		if (iframe) iframe.focus({ preventScroll: true });
		else focusBar();
	};
	const onEnd = () => focusBar();
	start.addEventListener("focus", onStart);
	end.addEventListener("focus", onEnd);
	const onKey = (e) => {
		if (e.key !== "Escape" || e.defaultPrevented) return;
		e.preventDefault();
		e.stopPropagation();
		onEscape();
	};
	doc.addEventListener("keydown", onKey, true);
	const onFocusIn = (e) => {
		const t = e.target;
		if (t && !overlay.contains(t)) focusBar();
	};
	doc.addEventListener("focusin", onFocusIn, true);
	const onPointerDown = (e) => {
		const t = e.target;
		if (t === overlay || t?.id === BACKDROP_ID) e.preventDefault();
	};
	overlay.addEventListener("mousedown", onPointerDown);
	setBarHost(host);
	focusBar();
	let released = false;
	return { release() {
		if (released) return;
		released = true;
		doc.removeEventListener("keydown", onKey, true);
		doc.removeEventListener("focusin", onFocusIn, true);
		overlay.removeEventListener("mousedown", onPointerDown);
		start.remove();
		end.remove();
		host.remove();
		background.forEach((el, i) => el.inert = wasInert[i] ?? false);
		if (barHost === host) setBarHost(null);
	} };
}
var LINK_POPUP_ID, LINK_IFRAME_ID, BACKDROP_ID, LINK_BAR_ID, barHost, hostListeners, getLinkBarHost;
var init_linkModal = __esmMin((() => {
	LINK_POPUP_ID = "mesh-link-popup";
	LINK_IFRAME_ID = "mesh-link-popup__iframe";
	BACKDROP_ID = "mesh-link-popup__backdrop";
	LINK_BAR_ID = "countertop-link-bar";
	barHost = null;
	hostListeners = /* @__PURE__ */ new Set();
	getLinkBarHost = () => barHost;
}));
// src/renderer/src/features/counter/SalePanel.tsx
function Steps({ sale }) {
	const last = refundStatus(sale.refund) ?? latePaid(sale);
	const steps = saleSteps(sale).map((st, i, all) => last && i === all.length - 1 ? {
		...st,
		name: last.label
	} : st);
	return /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("ol", {
		className: "steps",
		"aria-label": "Progress",
		children: steps.map((st) => /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("li", {
			className: `step step-${st.state}`,
			"aria-current": st.state === "current" ? "step" : void 0,
			children: [
				st.state === "done" && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
					"aria-hidden": "true",
					className: "step-mark",
					children: ["✓", " "]
				}),
				st.name,
				st.state === "skipped" && /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("span", {
					className: "visually-hidden",
					children: " (skipped)"
				})
			]
		}, st.name))
	});
}
/** What the customer is doing in Link, or what to tell them (lib/sdkEvents.ts). */
function CashierNoteLine({ note, testId = "cashier-note" }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
		className: `cashier-note cashier-note-${note.kind}`,
		"data-testid": testId,
		"data-kind": note.kind,
		"data-event": note.type,
		children: [note.kind === "hint" && /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("span", {
			className: "cashier-note-mark",
			"aria-hidden": "true",
			children: "!"
		}), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("span", {
			className: "cashier-note-text",
			children: note.text
		})]
	});
}
function SaleFacts({ sale, locale }) {
	const t = sale.transfer;
	const foreign = sale.charge.currency !== "USD" && sale.charge.rate !== null;
	return /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("dl", {
		className: "facts",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "Amount" }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", {
				className: "sale-amount",
				"data-testid": "sale-charge",
				children: describeCharge$1(sale.charge, locale)
			}),
			foreign && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)(import_jsx_runtime$25.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "Mesh charges" }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", { children: formatFiat(sale.charge.usdAmount, "USD", locale) })] }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "Paid in" }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("dd", { children: [sale.asset, sale.network ? ` on ${sale.network}` : ""] }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "Started" }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", { children: formatDateTime(sale.createdAt) }),
			sale.endReason && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)(import_jsx_runtime$25.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: END_WORD[sale.endReason] }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", { children: sale.endedAt ? formatDateTime(sale.endedAt) : "—" })] }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "TransactionId" }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("code", {
				className: "mono",
				children: sale.transactionId
			}) }),
			sale.transferId && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)(import_jsx_runtime$25.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "TransferId" }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("a", {
				href: transferHref(sale.transferId),
				children: /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("code", {
					className: "mono",
					children: sale.transferId
				})
			}) })] }),
			t && sale.refund && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)(import_jsx_runtime$25.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "Refund" }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", {
				"data-testid": "sale-refund",
				children: describeRefund({
					status: t.status,
					amount: refundAmount(describeCharge$1(sale.charge, locale), t, locale),
					refundAddress: sale.refund.refundAddress,
					at: sale.refund.at === null ? null : formatDateTime(sale.refund.at)
				})
			})] }),
			t?.txHash && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)(import_jsx_runtime$25.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "TxHash" }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("code", {
				className: "mono",
				title: t.txHash,
				children: shortHash(t.txHash)
			}) })] }),
			sale.hasCustomer && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)(import_jsx_runtime$25.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dt", { children: "Customer" }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("dd", { children: "returning customer" })] })
		]
	});
}
/** The live sale: follows sale.updated; green only when the server says succeeded (webhook). */
function SalePanel() {
	const sale = useApp(selectCurrentSale);
	const linkOpen = useApp((s) => s.linkOpen);
	const locale = useApp(selectCounterLocale);
	const { endingSaleId, endError } = useAppShallow(selectEndState);
	const { refreshSale, cancelSale } = useActions();
	const status = sale ? saleDisplayStatus(sale) : null;
	const now = useNow(1e3, !!status && !status.final);
	if (!sale || !status) return /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("section", {
		className: "card sale-panel sale-idle",
		"aria-label": "Sale",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("h2", { children: "Sale" }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("div", {
			className: "state state-empty",
			children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("p", {
				className: "state-title",
				children: "No sale in progress"
			}), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("p", {
				className: "muted",
				children: "Type an amount and press Enter (or Charge). The customer pays in Mesh Link; this panel follows the payment until Mesh confirms it."
			})]
		})]
	});
	const lastSdk = sale.sdkEvents[sale.sdkEvents.length - 1];
	const note = cashierNote(sale);
	const detail = sale.state === "waiting" && !linkOpen && !sendsManually(sale.sdkEvents) ? "Not paid yet. Link is not open on this screen: the customer may still pay from where they opened it, or cancel the sale." : status.detail;
	const late = latePaid(sale);
	const left = tokenRemaining(sale, now);
	const cancellable = canCancelSale(sale);
	const cancel = async () => {
		await cancelSale(sale.sessionId);
		document.getElementById("amount")?.focus();
	};
	return /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("section", {
		className: `card sale-panel tone-${status.tone}`,
		"aria-label": "Sale",
		"data-state": sale.state,
		"data-session": sale.sessionId,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("div", {
				className: "sale-head",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("h2", { children: "Sale" }), /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
					className: "elapsed",
					children: ["Elapsed ", /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("span", {
						className: "elapsed-value",
						children: formatElapsed(saleElapsed(sale, now))
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("div", {
				className: `sale-status${late ? " is-late-paid" : ""}`,
				role: late ? "alert" : "status",
				"aria-live": late ? "assertive" : "polite",
				"aria-atomic": "true",
				"data-testid": late ? "late-paid" : void 0,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
						className: "sale-state-label",
						"data-testid": "sale-state",
						children: [
							status.final && status.tone === "success" && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
								className: "check",
								"aria-hidden": "true",
								children: ["✓", " "]
							}),
							late && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
								className: "check",
								"aria-hidden": "true",
								children: ["⚠", " "]
							}),
							status.label
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("span", {
						className: "sale-state-detail",
						children: detail
					}),
					note && /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)(CashierNoteLine, { note })
				]
			}),
			status.final && (status.tone === "success" || sale.refund) && /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("a", {
				className: "button small sale-receipt",
				href: receiptHref(sale.sessionId),
				children: "Receipt"
			}),
			left !== null && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("p", {
				className: "token-expiry",
				"data-testid": "token-expiry",
				children: [
					"Link expires in ",
					/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("span", {
						className: "elapsed-value",
						children: formatElapsed(left)
					}),
					left === 0 ? " (expiring now)" : ""
				]
			}),
			endError && endingSaleId === null && /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("p", {
				className: "field-error",
				role: "alert",
				children: endError
			}),
			sale.disagreement && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("div", {
				className: "disagreement",
				role: "alert",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("strong", { children: "Sources disagree:" }),
					" ",
					sale.disagreement
				]
			}),
			sale.amountMismatch && /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("div", {
				className: "disagreement amount-mismatch",
				role: "alert",
				"data-testid": "amount-mismatch",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("strong", { children: "Amount mismatch:" }),
					" ",
					describeAmountMismatch(sale.amountMismatch)
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)(Steps, { sale }),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)(SaleFacts, {
				sale,
				locale
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("div", {
				className: "sale-foot",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
					className: "muted",
					children: [linkOpen ? "Link is open on screen. " : "", lastSdk ? /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)(import_jsx_runtime$25.Fragment, { children: [
						"Last Link event: ",
						/* @__PURE__ */ (0, import_jsx_runtime$25.jsx)(Badge, { children: lastSdk.type }),
						" at ",
						formatDateTime(lastSdk.at)
					] }) : "No Link events yet."]
				}), /* @__PURE__ */ (0, import_jsx_runtime$25.jsxs)("span", {
					className: "button-row",
					children: [cancellable && /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("button", {
						type: "button",
						className: "small danger-button",
						disabled: endingSaleId === sale.sessionId,
						onClick: () => void cancel(),
						children: endingSaleId === sale.sessionId ? "Cancelling…" : "Cancel sale"
					}), /* @__PURE__ */ (0, import_jsx_runtime$25.jsx)("button", {
						type: "button",
						className: "small ghost",
						onClick: () => void refreshSale(sale.sessionId),
						children: "Refresh sale"
					})]
				})]
			})
		]
	});
}
var import_jsx_runtime$25, END_WORD;
var init_SalePanel = __esmMin((() => {
	init_common();
	init_hooks();
	init_format();
	init_route();
	init_saleState();
	init_sdkEvents();
	init_selectors();
	init_react();
	import_jsx_runtime$25 = require_jsx_runtime();
	END_WORD = {
		cancelled: "Cancelled",
		abandoned: "Abandoned",
		expired: "Expired"
	};
}));
// src/renderer/src/features/counter/LinkBar.tsx
/** The bar itself (exported for tests: LinkBar portals it into the overlay). */
function LinkBarContent() {
	const sale = useApp(selectLinkSale);
	const locale = useApp(selectCounterLocale);
	const { endingSaleId, endError } = useAppShallow(selectEndState);
	const { cancelSale } = useActions();
	const now = useNow(1e3, sale?.state === "waiting");
	if (!sale) return null;
	const left = tokenRemaining(sale, now);
	const ending = endingSaleId === sale.sessionId;
	const status = saleDisplayStatus(sale);
	const note = cashierNote(sale);
	const plainWaiting = sale.state === "waiting" && !sendsManually(sale.sdkEvents);
	return /* @__PURE__ */ (0, import_jsx_runtime$24.jsxs)("div", {
		className: "link-bar",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("p", {
				className: "link-bar-title",
				children: "Mesh Link is open"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("p", {
				className: "link-bar-amount",
				"data-testid": "link-charge",
				children: describeCharge$1(sale.charge, locale)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$24.jsxs)("div", {
				className: `link-bar-status tone-${status.tone}`,
				role: "status",
				"aria-live": "polite",
				"aria-atomic": "true",
				"data-state": sale.state,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("p", {
						className: "link-bar-state",
						"data-testid": "link-state",
						children: status.label
					}),
					!plainWaiting && /* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("p", {
						className: "link-bar-detail",
						children: status.detail
					}),
					note && /* @__PURE__ */ (0, import_jsx_runtime$24.jsx)(CashierNoteLine, {
						note,
						testId: "link-note"
					})
				]
			}),
			left !== null && /* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("p", {
				className: "link-bar-expiry",
				"data-testid": "link-expiry",
				children: left > 0 ? `Link expires in ${formatElapsed(left)}` : "Link has expired"
			}),
			endError && /* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("p", {
				className: "field-error",
				role: "alert",
				children: endError
			}),
			canCancelSale(sale) && /* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("button", {
				type: "button",
				className: "danger-button",
				disabled: ending,
				onClick: () => void cancelSale(sale.sessionId),
				children: ending ? "Cancelling…" : "Cancel sale"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$24.jsxs)("p", {
				className: "link-bar-hint",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$24.jsx)("kbd", { children: "Esc" }),
					" closes Link",
					canCancelSale(sale) && plainWaiting ? " (the sale is then abandoned)" : "",
					"."
				]
			})
		]
	});
}
/** Renders the bar into the overlay while Link is open (nothing otherwise). */
function LinkBar() {
	const host = (0, import_react$14.useSyncExternalStore)(subscribeLinkBarHost, getLinkBarHost, () => null);
	return host ? (0, import_react_dom$1.createPortal)(/* @__PURE__ */ (0, import_jsx_runtime$24.jsx)(LinkBarContent, {}), host) : null;
}
var import_react$14, import_react_dom$1, import_jsx_runtime$24;
var init_LinkBar = __esmMin((() => {
	import_react$14 = /* @__PURE__ */ __toESM(require_react());
	import_react_dom$1 = require_react_dom();
	init_hooks();
	init_format();
	init_saleState();
	init_sdkEvents();
	init_selectors();
	init_react();
	init_linkModal();
	init_SalePanel();
	import_jsx_runtime$24 = require_jsx_runtime();
}));
// src/renderer/src/components/time.tsx
/**
* A time in the one on-screen format; its machine-readable value (and tooltip) is ISO 8601 with
* the zone's offset, so hovering shows the exact instant.
*/
function DateTime({ ms, precise = false, stacked = false, timeZone, className }) {
	if (ms == null || !Number.isFinite(ms)) return /* @__PURE__ */ (0, import_jsx_runtime$23.jsx)("span", {
		className,
		children: "—"
	});
	const iso = isoWithOffset$1(ms, wallClock(ms, timeZone).offset);
	const text = formatDateTime(ms, {
		timeZone,
		ms: precise
	});
	const space = text.indexOf(" ");
	return /* @__PURE__ */ (0, import_jsx_runtime$23.jsx)("time", {
		className: [className, stacked ? "dt-stack" : ""].filter(Boolean).join(" ") || void 0,
		dateTime: iso,
		title: iso,
		children: stacked ? /* @__PURE__ */ (0, import_jsx_runtime$23.jsxs)(import_jsx_runtime$23.Fragment, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime$23.jsx)("span", {
				className: "dt-date",
				children: text.slice(0, space)
			}),
			" ",
			/* @__PURE__ */ (0, import_jsx_runtime$23.jsx)("span", {
				className: "dt-time",
				children: text.slice(space + 1)
			})
		] }) : text
	});
}
/** "Times in Europe/Berlin (UTC+01:00)": once per screen that shows times. */
function TimeZoneNote({ timeZone, at = Date.now() }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$23.jsxs)("p", {
		className: "tz-note muted",
		"data-testid": "time-zone",
		children: ["Times in ", describeTimeZone(timeZone ?? consoleTimeZone(), at)]
	});
}
var import_jsx_runtime$23;
var init_time = __esmMin((() => {
	init_format();
	import_jsx_runtime$23 = require_jsx_runtime();
}));
// src/renderer/src/features/counter/ShiftSales.tsx
/** The latest sales of this shift (since local midnight), live. */
function ShiftSales() {
	const sales = useApp(selectShiftSales);
	const summary = useApp(selectShiftSummary);
	const { status, error } = useAppShallow(selectShiftState);
	const currentId = useApp((s) => s.currentSaleId);
	const locale = useApp(selectCounterLocale);
	const { loadShiftSales, showSale } = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("section", {
		className: "card shift",
		"aria-labelledby": "shift-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("div", {
				className: "section-head",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("h2", {
					id: "shift-title",
					children: "This shift"
				}), /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("p", {
					className: "muted",
					role: "status",
					children: [
						summary.count,
						" sale",
						summary.count === 1 ? "" : "s",
						" · paid ",
						summary.paidCount,
						summary.paid.map((p) => ` · ${formatFiat(p.amount, p.currency, locale)}`).join(""),
						summary.lateCount > 0 ? ` · paid after the sale ended ${summary.lateCount}` : "",
						summary.mismatchCount > 0 ? ` · amount mismatch ${summary.mismatchCount}` : "",
						summary.refundedCount > 0 ? ` · refunded ${summary.refundedCount}` : ""
					]
				})]
			}),
			status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)(ErrorState, {
				title: "Could not load this shift's sales",
				message: error ?? "",
				onRetry: () => void loadShiftSales()
			}),
			status === "loading" && sales.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)(Loading, { children: "Loading this shift's sales…" }),
			status === "ready" && sales.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)(Empty, {
				title: "No sales yet this shift",
				children: "Sales you charge today appear here."
			}),
			sales.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("table", {
				className: "table shift-table",
				"aria-label": "Sales this shift",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("th", {
						scope: "col",
						children: "Time"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("th", {
						scope: "col",
						className: "num",
						children: "Amount"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("th", {
						scope: "col",
						children: "Asset"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("th", {
						scope: "col",
						children: "State"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("th", {
						scope: "col",
						children: "Transfer"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("th", {
						scope: "col",
						children: /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("span", {
							className: "visually-hidden",
							children: "Actions"
						})
					})
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("tbody", { children: sales.map((s) => {
					const st = saleDisplayStatus(s);
					const late = latePaid(s);
					const foreign = s.charge.currency !== "USD" && s.charge.rate !== null;
					return /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("tr", {
						className: [s.sessionId === currentId ? "is-current" : "", late ? "is-late-paid" : ""].filter(Boolean).join(" ") || void 0,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("td", {
								className: "nowrap",
								children: formatDateTime(s.createdAt)
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("td", {
								className: "num",
								children: [formatFiat(s.charge.amount, s.charge.currency, locale), foreign && /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("span", {
									className: "muted usd-line",
									children: [" ≈ ", formatFiat(s.charge.usdAmount, "USD", locale)]
								})]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("td", { children: [s.asset, s.network ? /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("span", {
								className: "muted",
								children: [" · ", s.network]
							}) : null] }),
							/* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("td", { children: [
								late ? /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("span", {
									className: "badge badge-late",
									title: late.detail,
									"data-testid": "late-paid-badge",
									children: ["⚠ ", late.label]
								}) : /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)(Badge, {
									tone: st.tone,
									children: st.label
								}),
								s.disagreement && /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)(Badge, {
									tone: "danger",
									title: s.disagreement,
									children: "disagreement"
								}),
								s.amountMismatch && s.state !== "succeeded" && /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)(Badge, {
									tone: "warning",
									title: describeAmountMismatch(s.amountMismatch, locale),
									children: "amount mismatch"
								})
							] }),
							/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("td", { children: s.transferId ? /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("a", {
								href: transferHref(s.transferId),
								"aria-label": `Open transfer ${s.transferId}`,
								children: /* @__PURE__ */ (0, import_jsx_runtime$22.jsxs)("code", {
									className: "mono",
									children: [s.transferId.slice(0, 8), "…"]
								})
							}) : /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("span", {
								className: "muted",
								children: "—"
							}) }),
							/* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)("button", {
								type: "button",
								className: "small ghost",
								onClick: () => showSale(s.sessionId),
								"aria-label": `Show sale of ${formatDateTime(s.createdAt)} (${formatFiat(s.charge.amount, s.charge.currency, locale)}) in the sale panel`,
								children: "Show"
							}) })
						]
					}, s.sessionId);
				}) })]
			}),
			sales.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$22.jsx)(TimeZoneNote, {})
		]
	});
}
var import_jsx_runtime$22;
var init_ShiftSales = __esmMin((() => {
	init_common();
	init_time();
	init_format();
	init_route();
	init_saleState();
	init_selectors();
	init_react();
	import_jsx_runtime$22 = require_jsx_runtime();
}));
// src/renderer/src/features/counter/CounterScreen.tsx
function SaleFormView() {
	const form = useApp(selectSaleForm);
	const assets = useApp(selectAssets);
	const networks = useApp(selectNetworks);
	const { settings, status, error } = useAppShallow(selectCounterSettingsState);
	const { charging, chargeError, amountError, linkOpen } = useAppShallow(selectChargeState);
	const customerMessage = useApp((s) => s.customerMessage);
	const locale = useApp(selectCounterLocale);
	const actions = useActions();
	const store = useAppStore();
	const amountRef = (0, import_react$13.useRef)(null);
	(0, import_react$13.useEffect)(() => {
		amountRef.current?.focus({ preventScroll: true });
	}, []);
	const wasOpen = (0, import_react$13.useRef)(linkOpen);
	(0, import_react$13.useEffect)(() => {
		if (wasOpen.current && !linkOpen) amountRef.current?.focus({ preventScroll: true });
		wasOpen.current = linkOpen;
	}, [linkOpen]);
	const submit = (e) => {
		e?.preventDefault();
		if (settings?.paidSound) audioCues.prime();
		actions.charge().then(() => {
			if (store.getState().amountError !== null) amountRef.current?.focus();
		});
	};
	const onKeyDown = (e) => {
		if (e.key === "Enter" && e.target.tagName === "SELECT") {
			e.preventDefault();
			submit();
		}
	};
	const currency = settings?.currency ?? "USD";
	const busy = charging || linkOpen;
	const blocked = settings?.chargeBlocked ?? null;
	const parsed = form.amount.trim() ? parseAmountInput(form.amount, {
		currency,
		locale,
		limit: settings?.saleLimit ?? null
	}) : null;
	const amount = parsed?.ok ? parsed.value : null;
	const preview = amount && settings ? previewCharge(amount, settings) : null;
	const foreign = currency !== "USD";
	const hintId = amountError ? "amount-error" : "amount-hint";
	return /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("form", {
		className: "card sale-form",
		"aria-label": "New sale",
		onSubmit: submit,
		onKeyDown,
		noValidate: true,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("h2", { children: "New sale" }),
			status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)(ErrorState, {
				title: "Could not load the counter settings",
				message: error ?? "",
				onRetry: () => void actions.loadCounterSettings()
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
				className: "field field-amount",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("label", {
						htmlFor: "amount",
						children: "Amount"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
						className: "amount-input",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("span", {
							className: "amount-currency",
							"aria-hidden": "true",
							children: currency
						}), /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("input", {
							id: "amount",
							ref: amountRef,
							name: "amount",
							inputMode: "decimal",
							autoComplete: "off",
							placeholder: "0.00",
							value: form.amount,
							"aria-invalid": amountError ? true : void 0,
							"aria-describedby": foreign ? `${hintId} amount-rate` : hintId,
							onChange: (e) => actions.setSaleField("amount", e.target.value)
						})]
					}),
					amountError ? /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("p", {
						id: "amount-error",
						className: "field-error",
						role: "alert",
						children: amountError
					}) : /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("p", {
						id: "amount-hint",
						className: "hint",
						children: blocked ? `In ${currency}. Charging is off: see below.` : `In ${currency}; press Enter to charge.`
					}),
					foreign && /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("div", {
						id: "amount-rate",
						className: "charge-preview",
						"aria-live": "polite",
						children: preview && preview.rate ? /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)(import_jsx_runtime$21.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("span", {
							className: "charge-preview-amounts",
							"data-testid": "charge-preview",
							children: describeCharge$1(preview, locale)
						}), /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("span", {
							className: "charge-preview-note",
							children: [
								"Mesh charges the customer ",
								formatFiat(preview.usdAmount, "USD", locale),
								" (USD, at your rate)."
							]
						})] }) : /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("span", {
							className: "charge-preview-note",
							children: settings?.fxRate ? `Mesh charges in USD, at ${settings.fxRate} USD per ${currency}.` : `Mesh charges in USD, and no ${currency} rate is set.`
						})
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
				className: "field-row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("label", {
						htmlFor: "asset",
						children: "Asset"
					}), /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("select", {
						id: "asset",
						value: form.asset,
						disabled: status !== "ready",
						onChange: (e) => actions.setSaleField("asset", e.target.value),
						children: [status !== "ready" && /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("option", {
							value: "",
							children: status === "loading" ? "Loading…" : "—"
						}), assets.map((a) => /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("option", {
							value: a,
							children: a
						}, a))]
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("label", {
						htmlFor: "network",
						children: "Network"
					}), /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("select", {
						id: "network",
						value: form.network,
						disabled: status !== "ready" || networks.length === 0,
						onChange: (e) => actions.setSaleField("network", e.target.value),
						children: [networks.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("option", {
							value: "",
							children: "—"
						}), networks.map((n) => /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("option", {
							value: n,
							children: n
						}, n))]
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
				className: "field",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("label", {
						htmlFor: "customer",
						children: "Customer"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
						className: "inline",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("input", {
							id: "customer",
							name: "customer",
							autoComplete: "off",
							placeholder: "Loyalty number (optional)",
							value: form.customerRef,
							"aria-describedby": "customer-hint",
							onChange: (e) => actions.setSaleField("customerRef", e.target.value)
						}), /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("button", {
							type: "button",
							className: "ghost small",
							onClick: () => void actions.forgetCustomer(),
							disabled: !form.customerRef.trim(),
							children: "Forget customer"
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("p", {
						id: "customer-hint",
						className: "hint",
						role: "status",
						children: customerMessage ?? "A returning customer skips the exchange sign-in."
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("button", {
				type: "submit",
				id: "charge",
				className: "primary charge",
				disabled: busy || status !== "ready" || blocked !== null,
				"aria-describedby": [blocked ? "charge-blocked" : "", chargeError && chargeError !== blocked ? "charge-error" : ""].filter(Boolean).join(" ") || void 0,
				children: [charging ? "Opening Link…" : linkOpen ? "Link is open…" : "Charge", !busy && amount && /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("span", {
					className: "charge-amount",
					"aria-hidden": "true",
					children: [" ", formatFiat(amount, currency, locale)]
				})]
			}),
			blocked && /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("p", {
				id: "charge-blocked",
				className: "notice notice-error charge-blocked",
				role: "status",
				"data-testid": "charge-blocked",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("strong", { children: "Cannot charge:" }),
					" ",
					blocked
				]
			}),
			chargeError && chargeError !== blocked && /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("p", {
				id: "charge-error",
				className: "field-error",
				role: "alert",
				children: chargeError
			})
		]
	});
}
function CounterScreen() {
	const status = useApp((s) => s.settingsStatus);
	return /* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
		className: "screen counter",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)("h1", {
				className: "visually-hidden",
				children: "Counter"
			}),
			status === "loading" || status === "idle" ? /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)(Loading, { children: "Loading the counter…" }) : null,
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsxs)("div", {
				className: "counter-grid",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)(SaleFormView, {}), /* @__PURE__ */ (0, import_jsx_runtime$21.jsx)(SalePanel, {})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)(ShiftSales, {}),
			/* @__PURE__ */ (0, import_jsx_runtime$21.jsx)(LinkBar, {})
		]
	});
}
var import_react$13, import_jsx_runtime$21;
var init_CounterScreen = __esmMin((() => {
	import_react$13 = /* @__PURE__ */ __toESM(require_react());
	init_amount_input();
	init_common();
	init_cues();
	init_format();
	init_saleState();
	init_selectors();
	init_react();
	init_LinkBar();
	init_SalePanel();
	init_ShiftSales();
	import_jsx_runtime$21 = require_jsx_runtime();
}));
// src/renderer/src/features/display/CustomerDisplayButton.tsx
/** The display page in a window that shares nothing with the console (noopener: not even sessionStorage). */
function openInBrowser(url) {
	window.open(new URL(url, window.location.origin).href, "countertop-customer-display", "noopener");
}
function CustomerDisplayButton() {
	const { status, error } = useApp(selectDisplayOpen);
	const { openCustomerDisplay } = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime$20.jsxs)("span", {
		className: "customer-display-open",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$20.jsxs)("button", {
			type: "button",
			className: "ghost",
			"aria-label": "Customer display",
			disabled: status === "opening",
			title: "Open the screen the customer sees: the amount due and a QR code to pay on their phone",
			onClick: () => void openCustomerDisplay(openInBrowser),
			children: [/* @__PURE__ */ (0, import_jsx_runtime$20.jsx)("span", {
				className: "wide-only",
				children: "Customer display"
			}), /* @__PURE__ */ (0, import_jsx_runtime$20.jsx)("span", {
				className: "narrow-only",
				children: "Display"
			})]
		}), status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$20.jsx)("span", {
			role: "alert",
			className: "customer-display-error",
			children: error
		})]
	});
}
var import_jsx_runtime$20;
var init_CustomerDisplayButton = __esmMin((() => {
	init_selectors();
	init_react();
	import_jsx_runtime$20 = require_jsx_runtime();
}));
// src/renderer/src/features/health/HealthStrip.tsx
/** The public tunnel, live from `tunnel.updated`: its state, and its URL once online. */
function TunnelItem() {
	const t = useAppShallow(selectTunnelSummary);
	const look = t.state ? TUNNEL_LOOK[t.state] ?? {
		dot: "dot",
		label: t.state
	} : null;
	return /* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("div", {
		className: "health-item health-url",
		"data-testid": "health-tunnel",
		"data-state": t.state ?? void 0,
		children: [/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dt", { children: "Tunnel" }), /* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("dd", { children: [look ? /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("a", {
			className: `${look.dot} health-link`,
			href: routeHref({ name: "health" }),
			"aria-label": `Tunnel ${look.label}: open the Health screen`,
			title: t.reason ?? (t.provider ? `Provider: ${t.provider}` : "No tunnel running"),
			children: look.label
		}) : t.error ? /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("span", {
			title: t.error,
			children: "unavailable"
		}) : "…", t.state === "online" && t.publicUrl && /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("code", {
			className: "mono",
			title: t.publicUrl,
			children: t.publicUrl
		})] })]
	});
}
/** Always visible: mode, receiver, webhook URL, time of the last delivery (live). */
function HealthStrip() {
	const { health, status, error, stream } = useAppShallow(selectHealthState);
	const now = useNow(1e3);
	return /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("section", {
		className: "health",
		"aria-label": "Health",
		children: status === "error" && !health ? /* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("p", {
			className: "health-item",
			role: "alert",
			children: ["Health unavailable: ", error]
		}) : /* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("dl", {
			className: "health-list",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("div", {
					className: "health-item",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dt", { children: "Mode" }), /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dd", { children: health ? /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)(Badge, {
						tone: MODE_TONE[health.mode] ?? "neutral",
						children: health.mode
					}) : "…" })]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("div", {
					className: "health-item",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dt", { children: "Receiver" }), /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dd", { children: health ? /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("span", {
						className: health.receiverListening ? "dot dot-ok" : "dot dot-bad",
						children: health.receiverListening ? "listening" : "not listening"
					}) : "…" })]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("div", {
					className: "health-item health-url",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dt", { children: "Webhook URL" }), /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dd", { children: health?.webhookUrl ? /* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)(import_jsx_runtime$19.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("code", {
						className: "mono",
						title: health.webhookUrl,
						children: health.webhookUrl
					}), /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)(CopyButton, {
						text: health.webhookUrl,
						label: "Copy webhook URL",
						className: "small ghost"
					})] }) : health ? "none" : "…" })]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)(TunnelItem, {}),
				/* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("div", {
					className: "health-item",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dt", { children: "Last delivery" }), /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("time", {
						dateTime: health?.lastDeliveryAt ? new Date(health.lastDeliveryAt).toISOString() : void 0,
						title: formatDateTime(health?.lastDeliveryAt),
						children: health ? formatRelative(health.lastDeliveryAt, now) : "…"
					}) })]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$19.jsxs)("div", {
					className: "health-item",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dt", { children: "Live updates" }), /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$19.jsx)("span", {
						className: stream === "open" ? "dot dot-ok" : stream === "closed" ? "dot dot-bad" : "dot dot-wait",
						children: stream === "open" ? "connected" : stream === "closed" ? "reconnecting…" : "connecting…"
					}) })]
				})
			]
		})
	});
}
var import_jsx_runtime$19, MODE_TONE, TUNNEL_LOOK;
var init_HealthStrip = __esmMin((() => {
	init_common();
	init_hooks();
	init_format();
	init_route();
	init_selectors();
	init_react();
	import_jsx_runtime$19 = require_jsx_runtime();
	MODE_TONE = {
		emulator: "warning",
		sandbox: "progress",
		production: "success"
	};
	TUNNEL_LOOK = {
		off: {
			dot: "dot",
			label: "off"
		},
		connecting: {
			dot: "dot dot-wait",
			label: "connecting…"
		},
		online: {
			dot: "dot dot-ok",
			label: "online"
		},
		error: {
			dot: "dot dot-bad",
			label: "down"
		}
	};
}));
// src/renderer/src/components/flags.tsx
/**
* `list`: each badge followed by its explanation (the Inspector's delivery detail).
* `inline`: each badge followed by a few words, the full explanation in its title (the Transfer
* page's attempts table).
*/
function DeliveryFlags({ delivery, layout }) {
	const flags = deliveryFlags(delivery);
	if (flags.length === 0) return null;
	if (layout === "list") return /* @__PURE__ */ (0, import_jsx_runtime$18.jsx)("ul", {
		className: "delivery-flags",
		"aria-label": "Flags",
		children: flags.map((f) => /* @__PURE__ */ (0, import_jsx_runtime$18.jsxs)("li", {
			"data-flag": f.flag,
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime$18.jsx)(Badge, {
					tone: f.tone,
					title: f.reason,
					children: f.label
				}),
				" ",
				/* @__PURE__ */ (0, import_jsx_runtime$18.jsx)("span", { children: f.reason })
			]
		}, f.flag))
	});
	return /* @__PURE__ */ (0, import_jsx_runtime$18.jsx)("ul", {
		className: "delivery-flags inline",
		"aria-label": "Flags",
		children: flags.map((f) => /* @__PURE__ */ (0, import_jsx_runtime$18.jsxs)("li", {
			"data-flag": f.flag,
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime$18.jsx)(Badge, {
					tone: f.tone,
					title: f.reason,
					children: f.label
				}),
				" ",
				/* @__PURE__ */ (0, import_jsx_runtime$18.jsx)("span", {
					className: "muted",
					children: f.short
				})
			]
		}, f.flag))
	});
}
var import_jsx_runtime$18;
var init_flags = __esmMin((() => {
	init_deliveries();
	init_common();
	import_jsx_runtime$18 = require_jsx_runtime();
}));
// src/renderer/src/lib/virtual.ts
function computeWindow({ count, rowHeight, scrollTop, viewportHeight, overscan = 6 }) {
	const n = Math.max(0, Math.floor(count));
	const h = rowHeight > 0 ? rowHeight : 1;
	const totalHeight = n * h;
	if (n === 0) return {
		start: 0,
		end: 0,
		offsetTop: 0,
		offsetBottom: 0,
		totalHeight: 0
	};
	const maxScroll = Math.max(0, totalHeight - Math.max(0, viewportHeight));
	const top = Math.min(Math.max(0, scrollTop || 0), maxScroll);
	const firstVisible = Math.min(n - 1, Math.floor(top / h));
	const lastVisible = Math.min(n, Math.ceil((top + Math.max(0, viewportHeight)) / h));
	const start = Math.max(0, firstVisible - overscan);
	const end = Math.min(n, Math.max(lastVisible, firstVisible + 1) + overscan);
	return {
		start,
		end,
		offsetTop: start * h,
		offsetBottom: (n - end) * h,
		totalHeight
	};
}
/** True when the rendered window reaches within `threshold` rows of the end: time to load more. */
function nearEnd(range, count, threshold = 10) {
	return count > 0 && range.end >= count - threshold;
}
var init_virtual = __esmMin((() => {}));
// src/renderer/src/components/VirtualTable.tsx
function VirtualTable({ label, columns, rows, rowKey, rowHeight, totalCount, onNearEnd, rowClassName, footer }) {
	const bodyRef = (0, import_react$12.useRef)(null);
	const [scrollTop, setScrollTop] = (0, import_react$12.useState)(0);
	const [viewport, setViewport] = (0, import_react$12.useState)(600);
	const frame = (0, import_react$12.useRef)(null);
	(0, import_react$12.useLayoutEffect)(() => {
		const el = bodyRef.current;
		if (!el) return;
		setViewport(el.clientHeight || 600);
		const ro = new ResizeObserver(() => setViewport(el.clientHeight || 600));
		ro.observe(el);
		return () => ro.disconnect();
	}, []);
	(0, import_react$12.useEffect)(() => () => {
		if (frame.current !== null) cancelAnimationFrame(frame.current);
	}, []);
	const range = computeWindow({
		count: rows.length,
		rowHeight,
		scrollTop,
		viewportHeight: viewport,
		overscan: 8
	});
	const wantMore = onNearEnd !== void 0 && nearEnd(range, rows.length, 15);
	(0, import_react$12.useEffect)(() => {
		if (wantMore) onNearEnd?.();
	}, [
		wantMore,
		rows.length,
		onNearEnd
	]);
	const style = {
		"--vt-columns": columns.map((c) => c.width).join(" "),
		"--vt-row": `${rowHeight}px`
	};
	const visible = rows.slice(range.start, range.end);
	return /* @__PURE__ */ (0, import_jsx_runtime$17.jsxs)("div", {
		className: "vtable-wrap",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$17.jsxs)("div", {
			className: "vtable",
			role: "table",
			"aria-label": label,
			"aria-rowcount": (totalCount ?? rows.length) + 1,
			style,
			children: [/* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
				role: "rowgroup",
				className: "vtable-head",
				children: /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
					role: "row",
					className: "vtable-row",
					"aria-rowindex": 1,
					children: columns.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
						role: "columnheader",
						className: c.className,
						children: c.header
					}, c.key))
				})
			}), /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
				role: "rowgroup",
				className: "vtable-body",
				ref: bodyRef,
				style: { height: range.totalHeight + 1 },
				tabIndex: 0,
				"aria-label": `${label}: rows`,
				onScroll: (e) => {
					const top = e.currentTarget.scrollTop;
					if (frame.current !== null) cancelAnimationFrame(frame.current);
					frame.current = requestAnimationFrame(() => {
						frame.current = null;
						setScrollTop(top);
					});
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
					style: {
						height: range.totalHeight,
						position: "relative"
					},
					children: /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
						style: { transform: `translateY(${range.offsetTop}px)` },
						children: visible.map((row, i) => {
							const index = range.start + i;
							return /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
								role: "row",
								"aria-rowindex": index + 2,
								className: `vtable-row ${rowClassName?.(row) ?? ""}`,
								style: { height: rowHeight },
								children: columns.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
									role: "cell",
									className: c.className,
									children: c.render(row, index)
								}, c.key))
							}, rowKey(row));
						})
					})
				})
			})]
		}), footer && /* @__PURE__ */ (0, import_jsx_runtime$17.jsx)("div", {
			className: "vtable-footer",
			children: footer
		})]
	});
}
var import_react$12, import_jsx_runtime$17;
var init_VirtualTable = __esmMin((() => {
	import_react$12 = /* @__PURE__ */ __toESM(require_react());
	init_virtual();
	import_jsx_runtime$17 = require_jsx_runtime();
}));
// src/renderer/src/store/inspectorSlice.ts
/** Where one replay goes in the summary. */
function bulkBucket(item) {
	if (!item.ok) return "failed";
	const v = item.result.verdict;
	if (v === "accepted" || v === "duplicate") return v;
	return isRejected(v) ? "rejected" : "stored";
}
/** The run's numbers after one chunk's answer. */
function tallyChunk(run, items) {
	const counts = { ...run.counts };
	const failures = [...run.failures];
	for (const it of items) {
		counts[bulkBucket(it)]++;
		if (!it.ok && failures.length < 5) failures.push({
			sourceId: it.sourceId,
			error: it.error
		});
	}
	return {
		...run,
		counts,
		failures,
		done: run.done + items.length
	};
}
/** The ids of one bulk run: each once, oldest first (so a transfer's events replay in the order they came). */
function replayPlan(selected) {
	const ids = [...new Set(selected)].sort((a, b) => a - b);
	const chunks = [];
	for (let i = 0; i < ids.length; i += 100) chunks.push(ids.slice(i, i + 100));
	return chunks;
}
/** Only the faults that are switched on (the emulator's WebhookFaults). */
function toWebhookFaults(f) {
	const out = {};
	const clamp = (n) => Math.max(0, Math.min(10, Math.floor(Number.isFinite(n) ? n : 0)));
	if (clamp(f.duplicate)) out.duplicate = clamp(f.duplicate);
	if (f.outOfOrder) out.outOfOrder = true;
	if (clamp(f.badSignature)) out.badSignature = clamp(f.badSignature);
	if (clamp(f.slowFirst)) out.slowFirst = clamp(f.slowFirst);
	if (clamp(f.failFirst)) out.failFirst = clamp(f.failFirst);
	if (f.malformedBody) out.malformedBody = true;
	if (f.dropWebhooks) out.dropWebhooks = true;
	return out;
}
function describeFaults(f) {
	if (!f) return "none";
	const parts = [];
	if (f.duplicate) parts.push(`${f.duplicate} duplicate${f.duplicate === 1 ? "" : "s"}`);
	if (f.outOfOrder) parts.push("out of order");
	if (f.badSignature) parts.push(`bad signature on first ${f.badSignature}`);
	if (f.slowFirst) parts.push(`slow first ${f.slowFirst}`);
	if (f.failFirst) parts.push(`failing first ${f.failFirst}`);
	if (f.malformedBody) parts.push("malformed body");
	if (f.dropWebhooks) parts.push("webhooks dropped");
	return parts.length ? parts.join(", ") : "none";
}
var BULK_SELECT_MAX, NO_COUNTS, NO_FAULTS, createInspectorSlice;
var init_inspectorSlice = __esmMin((() => {
	init_deliveries();
	init_route();
	BULK_SELECT_MAX = 1e3;
	NO_COUNTS = {
		accepted: 0,
		duplicate: 0,
		rejected: 0,
		stored: 0,
		failed: 0
	};
	NO_FAULTS = {
		duplicate: 0,
		outOfOrder: false,
		badSignature: 0,
		slowFirst: 0,
		failFirst: 0,
		malformedBody: false,
		dropWebhooks: false
	};
	createInspectorSlice = (deps) => (set, get) => {
		let seq = 0;
		/** Bumped when the filter or the selection changes, so a slow "select all" that was overtaken lands nowhere. */
		let selectSeq = 0;
		let cancelRequested = false;
		/** Live deliveries that arrived while the list was (re)loading: merged into the reply. */
		let missed = null;
		let remeasureTimer = null;
		/** While the Inspector is on screen, the URL follows its verdict filter and open delivery. */
		const syncUrl = () => {
			if (get().route.name !== "inspector") return;
			const view = {
				verdict: get().verdictFilter,
				delivery: get().selectedDeliveryId
			};
			deps.url?.replace(inspectorHref(view));
			set({ route: {
				name: "inspector",
				view
			} });
		};
		const remeasure = async () => {
			const st = get();
			if (st.deliveriesStatus !== "ready") return;
			const my = seq;
			const r = await deps.bridge.invoke("deliveries.list", toDeliveriesQuery(st.verdictFilter));
			if (!r.ok || my !== seq) return;
			const cur = get();
			const { items, added } = mergeDeliveries(cur.deliveries, r.value.items, cur.verdictFilter);
			if (items !== cur.deliveries) set({
				deliveries: items,
				deliveriesTotal: cur.deliveriesTotal + added
			});
			const sel = cur.selectedDeliveryId != null ? r.value.items.find((d) => d.id === cur.selectedDeliveryId) : void 0;
			if (sel && cur.selectedDelivery && cur.selectedDelivery.answerMs === null) set({ selectedDelivery: {
				...cur.selectedDelivery,
				answerMs: sel.answerMs
			} });
		};
		/** Our time to answer is stored just after the reply and not announced: fetch the newest page again shortly to fill it in. */
		const remeasureSoon = (batch) => {
			if (!batch.some((d) => d.answerMs === null) || remeasureTimer) return;
			remeasureTimer = setTimeout(() => {
				remeasureTimer = null;
				remeasure();
			}, 500);
		};
		return {
			deliveries: [],
			deliveriesTotal: 0,
			deliveriesCursor: null,
			deliveriesStatus: "idle",
			deliveriesError: null,
			deliveriesLoadingMore: false,
			verdictFilter: "",
			selectedDeliveryId: null,
			selectedDelivery: null,
			selectedStatus: "idle",
			selectedError: null,
			replaying: false,
			replayResult: null,
			replayError: null,
			faultsForm: NO_FAULTS,
			nextSaleFaults: null,
			testOutcome: "succeeded",
			testAmount: "5.00",
			sandboxBusy: false,
			sandboxMessage: null,
			sandboxError: null,
			bulkSelected: /* @__PURE__ */ new Set(),
			bulkSelecting: false,
			bulkSelectInfo: null,
			bulkSelectError: null,
			bulkRun: null,
			async loadDeliveries() {
				const my = ++seq;
				missed = [];
				set({
					deliveriesStatus: "loading",
					deliveriesError: null,
					deliveriesLoadingMore: false
				});
				const r = await deps.bridge.invoke("deliveries.list", toDeliveriesQuery(get().verdictFilter));
				if (my !== seq) return;
				const late = missed ?? [];
				missed = null;
				if (r.ok) {
					const { items, added } = mergeDeliveries(r.value.items, late, get().verdictFilter);
					set({
						deliveries: items,
						deliveriesTotal: r.value.total + added,
						deliveriesCursor: r.value.nextCursor,
						deliveriesStatus: "ready"
					});
					remeasureSoon(late);
				} else set({
					deliveriesStatus: "error",
					deliveriesError: r.error.message
				});
			},
			async loadMoreDeliveries() {
				const st = get();
				if (!st.deliveriesCursor || st.deliveriesLoadingMore || st.deliveriesStatus !== "ready") return;
				const my = seq;
				set({ deliveriesLoadingMore: true });
				const r = await deps.bridge.invoke("deliveries.list", toDeliveriesQuery(st.verdictFilter, st.deliveriesCursor));
				if (my !== seq) return;
				if (r.ok) {
					const seen = new Set(get().deliveries.map((d) => d.id));
					set({
						deliveries: get().deliveries.concat(r.value.items.filter((d) => !seen.has(d.id))),
						deliveriesCursor: r.value.nextCursor,
						deliveriesLoadingMore: false
					});
				} else set({
					deliveriesLoadingMore: false,
					deliveriesError: r.error.message
				});
			},
			async setVerdictFilter(v) {
				selectSeq++;
				set({
					verdictFilter: v,
					bulkSelected: /* @__PURE__ */ new Set(),
					bulkSelecting: false,
					bulkSelectInfo: null,
					bulkSelectError: null
				});
				const loading = get().loadDeliveries();
				syncUrl();
				await loading;
			},
			applyInspectorRoute(view) {
				const st = get();
				if (view.verdict !== st.verdictFilter) {
					selectSeq++;
					set({
						verdictFilter: view.verdict,
						bulkSelected: /* @__PURE__ */ new Set(),
						bulkSelecting: false,
						bulkSelectInfo: null,
						bulkSelectError: null
					});
					if (st.deliveriesStatus !== "idle") get().loadDeliveries();
				}
				if (view.delivery !== st.selectedDeliveryId) get().selectDelivery(view.delivery);
			},
			applyDeliveries(batch) {
				const st = get();
				if (batch.length === 0) return;
				const sel = st.selectedDeliveryId != null ? batch.find((d) => d.id === st.selectedDeliveryId) : void 0;
				if (sel) set({ selectedDelivery: sel });
				if (st.deliveriesStatus !== "ready") {
					if (missed) missed.push(...batch);
					return;
				}
				const { items, added } = mergeDeliveries(st.deliveries, batch, st.verdictFilter);
				if (items !== st.deliveries) set({
					deliveries: items,
					deliveriesTotal: st.deliveriesTotal + added
				});
				remeasureSoon(batch);
			},
			async selectDelivery(id) {
				set({
					selectedDeliveryId: id,
					replayResult: null,
					replayError: null
				});
				syncUrl();
				if (id == null) {
					set({
						selectedDelivery: null,
						selectedStatus: "idle"
					});
					return;
				}
				const known = get().deliveries.find((d) => d.id === id) ?? null;
				set({
					selectedDelivery: known,
					selectedStatus: known ? "ready" : "loading",
					selectedError: null
				});
				const r = await deps.bridge.invoke("deliveries.get", { id });
				if (get().selectedDeliveryId !== id) return;
				if (r.ok) set({
					selectedDelivery: r.value,
					selectedStatus: "ready"
				});
				else set({
					selectedStatus: "error",
					selectedError: r.error.message
				});
			},
			async replayDelivery(id) {
				set({
					replaying: true,
					replayResult: null,
					replayError: null
				});
				const r = await deps.bridge.invoke("deliveries.replay", { id });
				if (r.ok) set({
					replaying: false,
					replayResult: r.value
				});
				else set({
					replaying: false,
					replayError: r.error.message
				});
			},
			setFaultField(k, v) {
				set({ faultsForm: {
					...get().faultsForm,
					[k]: v
				} });
			},
			setTestTransfer(patch) {
				set(patch);
			},
			async applyFaultsToNextSale() {
				const faults = toWebhookFaults(get().faultsForm);
				set({
					sandboxBusy: true,
					sandboxError: null,
					sandboxMessage: null
				});
				const r = await deps.bridge.invoke("sandbox.setFaults", { faults });
				if (r.ok) set({
					sandboxBusy: false,
					nextSaleFaults: r.value.faults,
					sandboxMessage: `Faults for the next sale: ${describeFaults(r.value.faults)}.`
				});
				else set({
					sandboxBusy: false,
					sandboxError: r.error.message
				});
			},
			async clearNextSaleFaults() {
				set({
					sandboxBusy: true,
					sandboxError: null,
					sandboxMessage: null,
					faultsForm: NO_FAULTS
				});
				const r = await deps.bridge.invoke("sandbox.setFaults", { faults: null });
				if (r.ok) set({
					sandboxBusy: false,
					nextSaleFaults: null,
					sandboxMessage: "No faults for the next sale."
				});
				else set({
					sandboxBusy: false,
					sandboxError: r.error.message
				});
			},
			async createTestTransfer() {
				const st = get();
				const faults = toWebhookFaults(st.faultsForm);
				set({
					sandboxBusy: true,
					sandboxError: null,
					sandboxMessage: null
				});
				const r = await deps.bridge.invoke("sandbox.createTransfer", {
					amountInFiat: st.testAmount.trim(),
					outcome: st.testOutcome,
					...Object.keys(faults).length ? { faults } : {}
				});
				if (r.ok) set({
					sandboxBusy: false,
					sandboxMessage: `Test transfer ${r.value.transferId} created (${st.testOutcome}; faults: ${describeFaults(faults)}).`
				});
				else set({
					sandboxBusy: false,
					sandboxError: r.error.message
				});
			},
			setBulkSelected(ids, on) {
				const next = new Set(get().bulkSelected);
				for (const id of ids) if (on) next.add(id);
				else next.delete(id);
				set({
					bulkSelected: next,
					bulkSelectInfo: null
				});
			},
			clearBulkSelection() {
				selectSeq++;
				set({
					bulkSelected: /* @__PURE__ */ new Set(),
					bulkSelecting: false,
					bulkSelectInfo: null,
					bulkSelectError: null
				});
			},
			async selectAllMatching() {
				const my = ++selectSeq;
				const filter = get().verdictFilter;
				set({
					bulkSelecting: true,
					bulkSelectInfo: null,
					bulkSelectError: null
				});
				const ids = [];
				let cursor = null;
				let total = 0;
				do {
					const r = await deps.bridge.invoke("deliveries.list", toDeliveriesQuery(filter, cursor, Math.min(500, BULK_SELECT_MAX - ids.length)));
					if (my !== selectSeq) return;
					if (!r.ok) {
						set({
							bulkSelecting: false,
							bulkSelectError: `Could not select every matching delivery: ${r.error.message}`
						});
						return;
					}
					if (cursor === null) total = r.value.total;
					ids.push(...r.value.items.map((d) => d.id));
					cursor = r.value.nextCursor;
				} while (cursor && ids.length < 1e3);
				const picked = ids.slice(0, BULK_SELECT_MAX);
				set({
					bulkSelected: new Set(picked),
					bulkSelecting: false,
					bulkSelectInfo: {
						selected: picked.length,
						matching: Math.max(total, picked.length)
					}
				});
			},
			async replaySelected() {
				const run0 = get().bulkRun;
				if (run0 && (run0.status === "running" || run0.status === "cancelling")) return;
				const chunks = replayPlan(get().bulkSelected);
				const total = chunks.reduce((n, c) => n + c.length, 0);
				if (total === 0) return;
				cancelRequested = false;
				const sent = /* @__PURE__ */ new Set();
				let run = {
					status: "running",
					total,
					done: 0,
					counts: { ...NO_COUNTS },
					failures: [],
					error: null
				};
				set({
					bulkRun: run,
					bulkSelectInfo: null
				});
				for (const chunk of chunks) {
					if (cancelRequested) break;
					const ids = chunk.filter((id) => !sent.has(id));
					if (ids.length === 0) continue;
					for (const id of ids) sent.add(id);
					const r = await deps.bridge.invoke("deliveries.replayMany", { ids });
					if (!r.ok) {
						run = {
							...get().bulkRun,
							status: "stopped",
							error: r.error.message
						};
						set({ bulkRun: run });
						return;
					}
					run = {
						...tallyChunk(run, r.value),
						status: get().bulkRun?.status ?? run.status
					};
					const next = new Set(get().bulkSelected);
					for (const it of r.value) if (it.ok) next.delete(it.sourceId);
					set({
						bulkRun: run,
						bulkSelected: next
					});
				}
				set({ bulkRun: {
					...run,
					status: cancelRequested && run.done < run.total ? "cancelled" : "done"
				} });
			},
			cancelBulkReplay() {
				const run = get().bulkRun;
				if (!run || run.status !== "running") return;
				cancelRequested = true;
				set({ bulkRun: {
					...run,
					status: "cancelling"
				} });
			},
			dismissBulkRun() {
				const run = get().bulkRun;
				if (run && (run.status === "running" || run.status === "cancelling")) return;
				set({ bulkRun: null });
			}
		};
	};
}));
// src/renderer/src/features/inspector/BulkReplay.tsx
function useCount() {
	const locale = useLocale();
	const nf = new Intl.NumberFormat(locale);
	return (n) => nf.format(n);
}
/** The checkbox column: one per row, and one in the header for every loaded row. */
function useSelectColumn(items) {
	const selected = useApp((s) => s.bulkSelected);
	const { setBulkSelected } = useActions();
	/** The delivery whose box was clicked last (by id: live rows arriving on top shift the indexes). */
	const last = (0, import_react$11.useRef)(null);
	const allLoaded = items.length > 0 && items.every((d) => selected.has(d.id));
	const someLoaded = !allLoaded && items.some((d) => selected.has(d.id));
	const onRow = (d, index, e) => {
		const on = e.currentTarget.checked;
		const from = last.current === null ? -1 : items.findIndex((x) => x.id === last.current);
		if (e.shiftKey && from >= 0 && from !== index) {
			const [a, b] = from < index ? [from, index] : [index, from];
			setBulkSelected(items.slice(a, b + 1).map((x) => x.id), on);
		} else setBulkSelected([d.id], on);
		last.current = d.id;
	};
	return {
		key: "select",
		header: /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("input", {
			type: "checkbox",
			className: "bulk-check",
			"aria-label": "Select every loaded delivery",
			checked: allLoaded,
			ref: (el) => {
				if (el) el.indeterminate = someLoaded;
			},
			onChange: (e) => setBulkSelected(items.map((d) => d.id), e.currentTarget.checked)
		}),
		width: "2.2rem",
		className: "select-cell",
		render: (d, index) => /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("input", {
			type: "checkbox",
			className: "bulk-check",
			"aria-label": `Select delivery #${d.id}`,
			checked: selected.has(d.id),
			onClick: (e) => onRow(d, index, e),
			onChange: () => {}
		})
	};
}
function BulkBar() {
	const { selected, selecting, info, error, run } = useAppShallow(selectBulk);
	const a = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)(BulkBarView, {
		selectedCount: selected.size,
		selecting,
		info,
		error,
		run,
		onSelectAll: () => void a.selectAllMatching(),
		onClear: () => a.clearBulkSelection(),
		onReplay: () => void a.replaySelected(),
		onCancel: () => a.cancelBulkReplay(),
		onDismiss: () => a.dismissBulkRun()
	});
}
function BulkBarView(p) {
	const count = useCount();
	const { run, info } = p;
	const busy = run?.status === "running" || run?.status === "cancelling";
	const n = p.selectedCount;
	return /* @__PURE__ */ (0, import_jsx_runtime$16.jsxs)("div", {
		className: "bulk",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsxs)("div", {
				className: "bulk-bar",
				role: "group",
				"aria-label": "Bulk replay",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("span", {
						className: "bulk-count",
						"aria-live": "polite",
						children: n ? `${count(n)} selected` : "None selected"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("button", {
						type: "button",
						className: "ghost small",
						disabled: p.selecting || busy,
						onClick: p.onSelectAll,
						children: p.selecting ? "Selecting…" : `Select all matching (up to ${count(BULK_SELECT_MAX)})`
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("button", {
						type: "button",
						className: "ghost small",
						disabled: n === 0 || busy,
						onClick: p.onClear,
						children: "Clear selection"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("button", {
						type: "button",
						className: "primary small bulk-replay",
						disabled: n === 0 || busy || p.selecting,
						onClick: p.onReplay,
						children: "Replay selected"
					})
				]
			}),
			info && /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("p", {
				className: "muted bulk-note",
				children: info.matching > info.selected ? `Selected the newest ${count(info.selected)} of ${count(info.matching)} matching deliveries (at most ${count(1e3)} at a time).` : `Selected all ${count(info.selected)} matching deliver${info.selected === 1 ? "y" : "ies"}.`
			}),
			p.error && /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("p", {
				role: "alert",
				className: "field-error",
				children: p.error
			}),
			run && /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)(BulkRunView, {
				run,
				onCancel: p.onCancel,
				onDismiss: p.onDismiss
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("p", {
				className: "visually-hidden",
				role: "status",
				children: run ? `${headline(run, count)}.` : ""
			})
		]
	});
}
function headline(run, count) {
	const of = `${count(run.done)} of ${count(run.total)}`;
	switch (run.status) {
		case "running": return `Replayed ${of}`;
		case "cancelling": return `Replayed ${of}; stopping after this chunk…`;
		case "cancelled": return `Cancelled: replayed ${of}; the rest are still selected`;
		case "stopped": return `Stopped: replayed ${of}`;
		case "done": return `Replayed ${of}`;
	}
}
function BulkRunView({ run, onCancel, onDismiss }) {
	const count = useCount();
	const active = run.status === "running" || run.status === "cancelling";
	const summary = (0, import_react$11.useRef)(null);
	(0, import_react$11.useEffect)(() => {
		if (!active) summary.current?.focus({ preventScroll: true });
	}, [active]);
	if (active) return /* @__PURE__ */ (0, import_jsx_runtime$16.jsxs)("div", {
		className: "bulk-progress",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("progress", {
				max: run.total,
				value: run.done,
				"aria-label": "Bulk replay progress"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("span", {
				className: "bulk-progress-text",
				"data-testid": "bulk-progress",
				children: headline(run, count)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("button", {
				type: "button",
				className: "small",
				disabled: run.status === "cancelling",
				onClick: onCancel,
				children: run.status === "cancelling" ? "Cancelling…" : "Cancel"
			})
		]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime$16.jsxs)("section", {
		className: `bulk-summary ${run.status === "stopped" || run.counts.failed ? "has-problem" : ""}`,
		"aria-labelledby": "bulk-summary-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("h3", {
				id: "bulk-summary-title",
				ref: summary,
				tabIndex: -1,
				children: headline(run, count)
			}),
			run.error && /* @__PURE__ */ (0, import_jsx_runtime$16.jsxs)("p", {
				role: "alert",
				className: "field-error",
				children: [run.error, " The deliveries not replayed are still selected."]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("dl", {
				className: "bulk-counts",
				"aria-label": "Replays by verdict",
				children: COUNT_LABELS.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$16.jsxs)("div", {
					className: run.counts[c.key] ? "" : "is-zero",
					title: c.hint,
					children: [/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("dt", { children: /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)(Badge, {
						tone: c.tone,
						children: c.label
					}) }), /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("dd", {
						"data-count": c.key,
						children: count(run.counts[c.key])
					})]
				}, c.key))
			}),
			run.failures.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("ul", {
				className: "bulk-failures",
				children: run.failures.map((f) => /* @__PURE__ */ (0, import_jsx_runtime$16.jsxs)("li", { children: [
					"#",
					f.sourceId,
					": ",
					f.error
				] }, f.sourceId))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$16.jsx)("button", {
				type: "button",
				className: "ghost small",
				onClick: onDismiss,
				children: "Dismiss"
			})
		]
	});
}
var import_react$11, import_jsx_runtime$16, COUNT_LABELS;
var init_BulkReplay = __esmMin((() => {
	import_react$11 = /* @__PURE__ */ __toESM(require_react());
	init_common();
	init_inspectorSlice();
	init_selectors();
	init_react();
	import_jsx_runtime$16 = require_jsx_runtime();
	COUNT_LABELS = [
		{
			key: "accepted",
			label: "Accepted",
			tone: "success",
			hint: "new events, stored and applied"
		},
		{
			key: "duplicate",
			label: "Duplicate",
			tone: "neutral",
			hint: "events we already had: counted, not applied again"
		},
		{
			key: "rejected",
			label: "Rejected",
			tone: "danger",
			hint: "refused again (e.g. the signature does not match the secret in use)"
		},
		{
			key: "stored",
			label: "Stored, not applied",
			tone: "warning",
			hint: "signed, but not a status we can apply"
		},
		{
			key: "failed",
			label: "Failed",
			tone: "danger",
			hint: "could not be replayed"
		}
	];
}));
// src/renderer/src/features/inspector/InspectorScreen.tsx
function verdictTone(v) {
	if (verdictInfo(v).rejected) return "danger";
	if (v === "accepted") return "success";
	if (v === "duplicate") return "neutral";
	return "warning";
}
function DeliveryList() {
	const view = useAppShallow(selectDeliveriesView);
	const selectedId = useApp((s) => s.selectedDeliveryId);
	const { loadDeliveries, loadMoreDeliveries, setVerdictFilter, selectDelivery } = useActions();
	const onNearEnd = (0, import_react$10.useCallback)(() => void loadMoreDeliveries(), [loadMoreDeliveries]);
	const selectColumn = useSelectColumn(view.items);
	const ticked = useApp((s) => s.bulkSelected);
	const columns = [
		selectColumn,
		{
			key: "open",
			header: "Delivery",
			width: "minmax(5.2rem, 0.6fr)",
			render: (d) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("button", {
				type: "button",
				className: `link-button ${d.id === selectedId ? "is-selected" : ""}`,
				"aria-pressed": d.id === selectedId,
				onClick: () => void selectDelivery(d.id),
				"aria-label": `Open delivery #${d.id} (${verdictInfo(d.verdict).label})`,
				children: ["#", d.id]
			})
		},
		{
			key: "time",
			header: "Received",
			width: "11.25rem",
			render: (d) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(DateTime, { ms: d.receivedAt })
		},
		{
			key: "verdict",
			header: "Verdict",
			width: "minmax(12.5rem, 1fr)",
			render: (d) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)(import_jsx_runtime$15.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Badge, {
					tone: verdictTone(d.verdict),
					title: verdictInfo(d.verdict).reason,
					children: verdictInfo(d.verdict).label
				}),
				d.replayOf != null && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Badge, {
					title: `Replay of #${d.replayOf}`,
					children: "replay"
				}),
				deliveryFlags(d).map((f) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Badge, {
					tone: f.tone,
					title: f.reason,
					children: f.label
				}, f.flag))
			] })
		},
		{
			key: "http",
			header: "HTTP",
			width: "4rem",
			className: "num",
			render: (d) => d.httpStatus
		},
		{
			key: "ms",
			header: "ms",
			width: "3.5rem",
			className: "num",
			render: (d) => d.answerMs != null ? /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", {
				className: d.answerMs >= 200 ? "flag" : void 0,
				children: Math.round(d.answerMs)
			}) : "—"
		},
		{
			key: "event",
			header: "EventId",
			width: "minmax(5rem, 1.2fr)",
			render: (d) => {
				const id = d.eventId ?? claimedIds(d).eventId;
				return id ? /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("code", {
					className: `mono ellipsis ${d.eventId ? "" : "muted"}`,
					title: d.eventId ? id : `${id} (claimed by an unverified body)`,
					children: id
				}) : "—";
			}
		}
	];
	return /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("section", {
		className: "card deliveries",
		"aria-labelledby": "deliveries-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
				className: "section-head",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("h2", {
						id: "deliveries-title",
						children: "Deliveries"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
						className: "field inline-field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("label", {
							htmlFor: "verdict-filter",
							children: "Verdict"
						}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("select", {
							id: "verdict-filter",
							value: view.filter,
							onChange: (e) => void setVerdictFilter(e.target.value),
							children: VERDICT_OPTIONS.map((o) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("option", {
								value: o.value,
								children: o.label
							}, o.value))
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("p", {
						className: "muted",
						role: "status",
						children: view.status === "ready" ? `${view.total} deliver${view.total === 1 ? "y" : "ies"}` : ""
					})
				]
			}),
			view.status === "ready" && view.items.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(BulkBar, {}),
			view.status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(ErrorState, {
				title: "Could not load deliveries",
				message: view.error ?? "",
				onRetry: () => void loadDeliveries()
			}),
			(view.status === "loading" || view.status === "idle") && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Loading, { children: "Loading deliveries…" }),
			view.status === "ready" && view.items.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Empty, {
				title: view.filter ? "No deliveries with this verdict" : "No deliveries yet",
				children: "Webhook deliveries appear here live, rejected ones included."
			}),
			view.status === "ready" && view.items.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(VirtualTable, {
				label: "Deliveries",
				columns,
				rows: view.items,
				rowKey: (d) => String(d.id),
				rowHeight: 38,
				totalCount: view.total,
				onNearEnd: view.hasMore ? onNearEnd : void 0,
				rowClassName: (d) => `${d.id === selectedId ? "is-selected" : verdictInfo(d.verdict).rejected ? "is-rejected" : ""}${ticked.has(d.id) ? " is-ticked" : ""}`,
				footer: view.hasMore ? /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("button", {
					type: "button",
					className: "ghost",
					onClick: () => void loadMoreDeliveries(),
					disabled: view.loadingMore,
					children: view.loadingMore ? "Loading more…" : "Load more"
				}) : null
			})
		]
	});
}
function DeliveryDetail() {
	const { id, delivery: d, status, error, replaying, replayResult, replayError } = useAppShallow(selectSelectedDelivery);
	const { replayDelivery, selectDelivery } = useActions();
	if (id == null) return /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("section", {
		className: "card delivery-detail",
		"aria-label": "Delivery",
		children: /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Empty, {
			title: "No delivery open",
			children: "Open a delivery from the list to see its headers and body, and replay it."
		})
	});
	const v = d ? verdictInfo(d.verdict) : null;
	const claim = d ? claimedIds(d) : null;
	const body = d ? prettyJson(d.body) : "";
	return /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("section", {
		className: "card delivery-detail",
		"aria-labelledby": "delivery-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
				className: "section-head",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("h2", {
					id: "delivery-title",
					children: ["Delivery #", id]
				}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("button", {
					type: "button",
					className: "ghost small",
					onClick: () => void selectDelivery(null),
					children: "Close delivery"
				})]
			}),
			status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(ErrorState, {
				title: "Could not load this delivery",
				message: error ?? "",
				onRetry: () => void selectDelivery(id)
			}),
			!d && status === "loading" && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Loading, { children: "Loading the delivery…" }),
			d && v && /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)(import_jsx_runtime$15.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
					className: `verdict-box ${v.rejected ? "is-rejected" : ""}`,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Badge, {
							tone: verdictTone(d.verdict),
							children: v.label
						}),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", { children: v.reason }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(DeliveryFlags, {
							delivery: d,
							layout: "list"
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("dl", {
					className: "facts",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "Received" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(DateTime, {
							ms: d.receivedAt,
							precise: true
						}) }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "Our answer" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("dd", { children: [
							"HTTP ",
							d.httpStatus,
							d.answerMs != null ? ` in ${Math.round(d.answerMs)} ms` : "",
							d.answerMs != null && d.answerMs >= 200 && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(Badge, {
								tone: "warning",
								children: "over 200 ms budget"
							})
						] }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "Id" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("dd", { children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("code", {
							className: "mono",
							children: d.deliveryId ?? claim?.deliveryId ?? "—"
						}), !d.deliveryId && claim?.deliveryId && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", {
							className: "muted",
							children: " (unverified)"
						})] }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "EventId" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("dd", { children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("code", {
							className: "mono",
							children: d.eventId ?? claim?.eventId ?? "—"
						}), !d.eventId && claim?.eventId && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", {
							className: "muted",
							children: " (unverified)"
						})] }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "TransferId" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dd", { children: d.transferId ? /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("a", {
							href: transferHref(d.transferId),
							children: /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("code", {
								className: "mono",
								children: d.transferId
							})
						}) : /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)(import_jsx_runtime$15.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("code", {
							className: "mono",
							children: claim?.transferId ?? "—"
						}), claim?.transferId && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", {
							className: "muted",
							children: " (unverified)"
						})] }) }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "SentTimestamp" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dd", { children: d.sentTimestamp != null ? /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)(import_jsx_runtime$15.Fragment, { children: [
							d.sentTimestamp,
							" (",
							/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(DateTime, { ms: d.sentTimestamp * 1e3 }),
							")"
						] }) : "—" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "From" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dd", { children: d.remoteAddress ?? "—" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "Body" }),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("dd", { children: [
							d.bodySize,
							" bytes",
							d.bodyTruncated ? " (stored truncated)" : ""
						] }),
						d.replayOf != null && /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)(import_jsx_runtime$15.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("dt", { children: "Replay of" }), /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("dd", { children: ["#", d.replayOf] })] })
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
					className: "replay",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("button", {
							type: "button",
							className: "primary",
							onClick: () => void replayDelivery(d.id),
							disabled: replaying,
							children: replaying ? "Replaying…" : "Replay"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", {
							role: "status",
							className: "muted",
							children: replayResult ? `Replayed as delivery #${replayResult.deliveryId}: ${verdictInfo(replayResult.verdict).label} (HTTP ${replayResult.httpStatus})` : ""
						}),
						replayError && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", {
							role: "alert",
							className: "field-error",
							children: replayError
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("h3", { children: "Headers" }),
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("table", {
					className: "table headers",
					"aria-label": "Headers",
					children: /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("tbody", { children: Object.entries(d.headers).map(([k, val]) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("tr", { children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("th", {
						scope: "row",
						children: /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("code", {
							className: "mono",
							children: k
						})
					}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("code", {
						className: "mono break",
						children: val
					}) })] }, k)) })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("h3", { children: "Body" }),
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("pre", {
					className: "code",
					"aria-label": "Body",
					children: body || "(empty)"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(CopyButton, {
					text: d.body,
					label: "Copy body"
				})
			] })
		]
	});
}
function EmulatorControls() {
	const sb = useAppShallow(selectSandbox);
	const a = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("section", {
		className: "card emulator",
		"aria-labelledby": "emulator-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("h2", {
				id: "emulator-title",
				children: "Emulator faults"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("fieldset", {
				className: "faults",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("legend", { children: "Faults" }),
					NUMBER_FAULTS.map((f) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
						className: "field fault",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("label", {
								htmlFor: `fault-${f.key}`,
								children: f.label
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("input", {
								id: `fault-${f.key}`,
								type: "number",
								min: 0,
								max: 10,
								step: 1,
								value: sb.faults[f.key],
								"aria-describedby": `fault-${f.key}-hint`,
								onChange: (e) => a.setFaultField(f.key, Number(e.target.value))
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("span", {
								className: "hint",
								id: `fault-${f.key}-hint`,
								children: f.hint
							})
						]
					}, f.key)),
					BOOL_FAULTS.map((f) => /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("label", {
						className: "check-field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("input", {
							type: "checkbox",
							checked: sb.faults[f.key],
							onChange: (e) => a.setFaultField(f.key, e.target.checked)
						}), f.label]
					}, f.key))
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
				className: "button-row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("button", {
					type: "button",
					className: "primary",
					disabled: sb.busy,
					onClick: () => void a.applyFaultsToNextSale(),
					children: "Apply faults to next sale"
				}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("button", {
					type: "button",
					className: "ghost",
					disabled: sb.busy,
					onClick: () => void a.clearNextSaleFaults(),
					children: "Clear faults"
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("p", {
				className: "muted",
				children: ["Next sale: ", describeFaults(sb.nextSaleFaults)]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("fieldset", {
				className: "test-transfer",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("legend", { children: "Test transfer" }),
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("label", {
							htmlFor: "test-outcome",
							children: "Outcome"
						}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("select", {
							id: "test-outcome",
							value: sb.testOutcome,
							onChange: (e) => a.setTestTransfer({ testOutcome: e.target.value }),
							children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("option", {
								value: "succeeded",
								children: "Succeeded"
							}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("option", {
								value: "failed",
								children: "Failed"
							})]
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("label", {
							htmlFor: "test-amount",
							children: "Test amount"
						}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("input", {
							id: "test-amount",
							inputMode: "decimal",
							value: sb.testAmount,
							onChange: (e) => a.setTestTransfer({ testAmount: e.target.value })
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("button", {
						type: "button",
						disabled: sb.busy,
						onClick: () => void a.createTestTransfer(),
						children: "Create test transfer"
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("p", {
				role: "status",
				className: "muted",
				children: sb.message ?? ""
			}),
			sb.error && /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("p", {
				role: "alert",
				className: "field-error",
				children: sb.error
			})
		]
	});
}
function InspectorScreen() {
	const isEmulator = useApp(selectIsEmulator);
	const mode = useApp((s) => s.health?.mode);
	const status = useApp((s) => s.deliveriesStatus);
	const { loadDeliveries } = useActions();
	const heading = useFocusOnMount();
	(0, import_react$10.useEffect)(() => {
		if (status === "idle") loadDeliveries();
	}, [status, loadDeliveries]);
	return /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
		className: "screen inspector",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
			className: "screen-head",
			children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("h1", {
				ref: heading,
				tabIndex: -1,
				children: "Inspector"
			}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
				className: "head-meta",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)("p", {
					className: "muted",
					children: "Every webhook delivery as it arrives, rejected ones included."
				}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(TimeZoneNote, {})]
			})]
		}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
			className: "inspector-grid",
			children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("div", {
				className: "stack",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(DeliveryList, {}), isEmulator ? /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(EmulatorControls, {}) : mode ? /* @__PURE__ */ (0, import_jsx_runtime$15.jsxs)("p", {
					className: "muted",
					children: [
						"Fault injection is available with the built-in Mesh emulator (mode: ",
						mode,
						")."
					]
				}) : null]
			}), /* @__PURE__ */ (0, import_jsx_runtime$15.jsx)(DeliveryDetail, {})]
		})]
	});
}
var import_react$10, import_jsx_runtime$15, NUMBER_FAULTS, BOOL_FAULTS;
var init_InspectorScreen = __esmMin((() => {
	import_react$10 = /* @__PURE__ */ __toESM(require_react());
	init_common();
	init_flags();
	init_hooks();
	init_time();
	init_VirtualTable();
	init_BulkReplay();
	init_deliveries();
	init_format();
	init_route();
	init_inspectorSlice();
	init_selectors();
	init_react();
	import_jsx_runtime$15 = require_jsx_runtime();
	NUMBER_FAULTS = [
		{
			key: "duplicate",
			label: "Duplicates",
			hint: "extra deliveries of each event"
		},
		{
			key: "badSignature",
			label: "Bad signature",
			hint: "first attempts signed wrongly"
		},
		{
			key: "slowFirst",
			label: "Slow first attempts",
			hint: "body sent after the 200 ms budget"
		},
		{
			key: "failFirst",
			label: "Failing first attempts",
			hint: "connection cut mid-body"
		}
	];
	BOOL_FAULTS = [
		{
			key: "outOfOrder",
			label: "Out of order"
		},
		{
			key: "malformedBody",
			label: "Malformed body"
		},
		{
			key: "dropWebhooks",
			label: "Drop webhooks"
		}
	];
}));
// src/renderer/src/features/ledger/LedgerScreen.tsx
/** What the sale charged, in its currency; the USD sent to Mesh and the rate in the tooltip. */
function Charged({ row, locale }) {
	const c = describeCharge(row.charge, locale);
	if (!c) return /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
		className: "muted",
		title: row.charge === null ? "No sale at this counter started this transfer" : void 0,
		children: "—"
	});
	return /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
		className: "money",
		title: c.usd ? c.line : void 0,
		children: c.charged
	});
}
/** A receipt exists for a paid sale of ours (refunded ones too: it says REFUNDED): the button opens it (a button, so the row keeps one link). */
function ReprintButton({ row }) {
	if (!row.sessionId || !isPaidStatus(row.status)) return null;
	const sessionId = row.sessionId;
	return /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("button", {
		type: "button",
		className: "small ghost",
		"aria-label": `Reprint receipt for ${row.transactionId ?? row.transferId}`,
		onClick: () => window.location.hash = receiptHref(sessionId),
		children: "Reprint"
	});
}
function ledgerColumns(locale) {
	return [
		{
			key: "time",
			header: "Time",
			width: "11.5rem",
			className: "ledger-time",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(DateTime, { ms: r.firstSeenAt })
		},
		{
			key: "charged",
			header: "Charged",
			width: "minmax(5.5rem, 0.8fr)",
			className: "num",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(Charged, {
				row: r,
				locale
			})
		},
		{
			key: "received",
			header: "Received",
			width: "minmax(6.5rem, 0.9fr)",
			className: "num",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
				className: "money",
				children: formatCrypto(r.destinationAmount ?? r.sourceAmount, r.token, locale)
			})
		},
		{
			key: "network",
			header: "Network",
			width: "minmax(5.5rem, 0.6fr)",
			render: (r) => r.chain ?? /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
				className: "muted",
				children: "—"
			})
		},
		{
			key: "status",
			header: "Status",
			width: "minmax(7.5rem, 0.8fr)",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)(import_jsx_runtime$14.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(StatusBadge, {
				status: r.status,
				raw: r.statusRaw
			}), r.conflict && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(Badge, {
				tone: "danger",
				title: "A later webhook contradicted the final status",
				children: "conflict"
			})] })
		},
		{
			key: "receipt",
			header: "Receipt",
			width: "minmax(5.75rem, 0.5fr)",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(ReprintButton, { row: r })
		},
		{
			key: "txn",
			header: "TransactionId",
			width: "minmax(5rem, 1.1fr)",
			render: (r) => r.transactionId ? /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("code", {
				className: "mono ellipsis",
				title: r.transactionId,
				children: r.transactionId
			}) : "—"
		},
		{
			key: "transfer",
			header: "TransferId",
			width: "minmax(5.5rem, 1.3fr)",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("a", {
				href: transferHref(r.transferId),
				className: "mono ellipsis",
				title: `Open transfer ${r.transferId}`,
				children: r.transferId
			})
		},
		{
			key: "hash",
			header: "TxHash",
			width: "minmax(6.5rem, 0.9fr)",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("code", {
				className: "mono",
				title: r.txHash ?? void 0,
				children: shortHash(r.txHash, 6, 4)
			})
		},
		{
			key: "deliveries",
			header: "Deliveries",
			width: "minmax(6rem, 0.8fr)",
			render: (r) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)(import_jsx_runtime$14.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
					className: "delivery-count",
					children: r.deliveryCount
				}),
				r.retried && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(Badge, {
					tone: "warning",
					title: "Some event of this transfer was delivered more than once",
					children: "retried"
				}),
				r.isTest && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(Badge, {
					title: "Test transfer (emulator)",
					children: "test"
				})
			] })
		}
	];
}
/** A search that is a plain number is more likely an amount than an id: offer to search it as one. */
function amountLike(search, locale) {
	const t = search.trim();
	if (!/^\d+([.,]\d+)?$/.test(t)) return null;
	const p = parseAmountFilter(t, locale);
	return p.ok && p.value ? p.value : null;
}
function Filters() {
	const filter = useApp(selectLedgerFilter);
	const locale = useLocale();
	const { setLedgerFilter, resetLedgerFilter } = useActions();
	const [search, setSearch] = (0, import_react$9.useState)(filter.search);
	const [minText, setMinText] = (0, import_react$9.useState)(filter.amountMin);
	const [maxText, setMaxText] = (0, import_react$9.useState)(filter.amountMax);
	const min = parseAmountFilter(minText, locale);
	const max = parseAmountFilter(maxText, locale);
	const rangeProblem = min.ok && max.ok ? amountRangeProblem(min.value, max.value) : "";
	const amountsValid = min.ok && max.ok && !rangeProblem;
	const debouncedSearch = useDebounced(search, 300);
	const debouncedRange = useDebounced(amountsValid && min.ok && max.ok ? `${min.value}|${max.value}` : null, 300);
	(0, import_react$9.useEffect)(() => {
		const patch = {};
		if (debouncedSearch.trim() !== filter.search.trim()) patch.search = debouncedSearch;
		if (debouncedRange !== null) {
			const [lo = "", hi = ""] = debouncedRange.split("|");
			if (lo !== filter.amountMin || hi !== filter.amountMax) Object.assign(patch, {
				amountMin: lo,
				amountMax: hi
			});
		}
		if (Object.keys(patch).length) setLedgerFilter(patch);
	}, [debouncedSearch, debouncedRange]);
	const asAmount = amountLike(search, locale);
	const minError = min.ok ? "" : min.error;
	const maxError = max.ok ? "" : max.error;
	return /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("form", {
		className: "filters",
		role: "search",
		"aria-label": "Filter the ledger",
		onSubmit: (e) => {
			e.preventDefault();
			setLedgerFilter(amountsValid && min.ok && max.ok ? {
				search,
				amountMin: min.value,
				amountMax: max.value
			} : { search });
		},
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
				className: "field grow",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("label", {
						htmlFor: "ledger-search",
						children: "Search"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("input", {
						id: "ledger-search",
						type: "search",
						placeholder: "TransferId, TransactionId or TxHash",
						"aria-describedby": "ledger-search-hint",
						value: search,
						onChange: (e) => setSearch(e.target.value),
						autoComplete: "off",
						spellCheck: false
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
						id: "ledger-search-hint",
						className: "visually-hidden",
						children: "Exact, or the first 6 characters or more, in any letter case."
					}),
					asAmount && /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("p", {
						className: "hint search-amount-hint",
						children: [
							"Looking for an amount?",
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("button", {
								type: "button",
								className: "link-button",
								onClick: () => {
									setSearch("");
									setMinText(asAmount);
									setMaxText(asAmount);
									setLedgerFilter({
										search: "",
										amountMin: asAmount,
										amountMax: asAmount
									});
								},
								children: ["Find the amount ", asAmount]
							})
						]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("label", {
					htmlFor: "ledger-status",
					children: "Status"
				}), /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("select", {
					id: "ledger-status",
					value: filter.status,
					onChange: (e) => void setLedgerFilter({ status: e.target.value }),
					children: STATUS_OPTIONS.map((o) => /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("option", {
						value: o.value,
						children: o.label
					}, o.value))
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("label", {
					htmlFor: "ledger-from",
					children: "From"
				}), /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("input", {
					id: "ledger-from",
					type: "date",
					value: filter.from,
					max: filter.to || void 0,
					onChange: (e) => void setLedgerFilter({ from: e.target.value })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("label", {
					htmlFor: "ledger-to",
					children: "To"
				}), /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("input", {
					id: "ledger-to",
					type: "date",
					value: filter.to,
					min: filter.from || void 0,
					onChange: (e) => void setLedgerFilter({ to: e.target.value })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("div", {
				className: "filters-break",
				"aria-hidden": "true"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("fieldset", {
				className: "field amount-range",
				"aria-describedby": "ledger-amount-hint",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("legend", { children: "Amount" }),
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
						className: "amount-inputs",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("label", {
								htmlFor: "ledger-min",
								className: "visually-hidden",
								children: "Minimum amount"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("input", {
								id: "ledger-min",
								inputMode: "decimal",
								placeholder: "min",
								autoComplete: "off",
								value: minText,
								"aria-invalid": minError || rangeProblem ? true : void 0,
								"aria-describedby": minError ? "ledger-min-error" : rangeProblem ? "ledger-range-error" : void 0,
								onChange: (e) => setMinText(e.target.value)
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
								"aria-hidden": "true",
								children: "–"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("label", {
								htmlFor: "ledger-max",
								className: "visually-hidden",
								children: "Maximum amount"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("input", {
								id: "ledger-max",
								inputMode: "decimal",
								placeholder: "max",
								autoComplete: "off",
								value: maxText,
								"aria-invalid": maxError || rangeProblem ? true : void 0,
								"aria-describedby": maxError ? "ledger-max-error" : rangeProblem ? "ledger-range-error" : void 0,
								onChange: (e) => setMaxText(e.target.value)
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
						id: "ledger-amount-hint",
						className: "visually-hidden",
						children: "The fiat the sale charged, or the crypto sent or received; both ends included. The same amount in both finds that exact amount."
					}),
					minError && /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("p", {
						id: "ledger-min-error",
						className: "field-error",
						role: "alert",
						children: ["Minimum: ", minError]
					}),
					maxError && /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("p", {
						id: "ledger-max-error",
						className: "field-error",
						role: "alert",
						children: ["Maximum: ", maxError]
					}),
					rangeProblem && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("p", {
						id: "ledger-range-error",
						className: "field-error",
						role: "alert",
						children: rangeProblem
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("label", {
				className: "check-field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("input", {
					type: "checkbox",
					checked: filter.includeTests,
					onChange: (e) => void setLedgerFilter({ includeTests: e.target.checked })
				}), "Include test transfers"]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("button", {
				type: "button",
				className: "ghost",
				onClick: () => void resetLedgerFilter(),
				children: "Clear filters"
			})
		]
	});
}
/** "Copy link to this view": the console's address with the filters (never the access token). */
function CopyViewLink() {
	const href = useApp(selectLedgerHref);
	return /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(CopyButton, {
		text: viewLink(href),
		label: "Copy link to this view",
		className: "ghost"
	});
}
function ExportButtons({ disabled }) {
	const { progress, error } = useAppShallow(selectExportState);
	const { exportLedger } = useActions();
	const run = async (kind) => {
		const file = await exportLedger(kind);
		if (file) downloadText(file.filename, file.mime, file.text);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
		className: "export",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("button", {
				type: "button",
				onClick: () => void run("csv"),
				disabled: disabled || progress !== null,
				children: "Export CSV"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("button", {
				type: "button",
				onClick: () => void run("json"),
				disabled: disabled || progress !== null,
				children: "Export JSON"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
				role: "status",
				className: "muted",
				children: progress !== null ? `Exporting… ${progress} rows` : ""
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("span", {
				role: "alert",
				className: "field-error",
				children: error
			})
		]
	});
}
function LedgerScreen() {
	const view = useAppShallow(selectLedgerView);
	const filter = useApp(selectLedgerFilter);
	const epoch = useApp(selectLedgerFilterEpoch);
	const { loadLedger, loadMoreLedger, resetLedgerFilter } = useActions();
	const heading = useFocusOnMount();
	const locale = useLocale();
	const columns = (0, import_react$9.useMemo)(() => ledgerColumns(locale), [locale]);
	const onNearEnd = (0, import_react$9.useCallback)(() => void loadMoreLedger(), [loadMoreLedger]);
	const filtered = isFiltered(filter);
	const active = describeLedgerFilter(filter);
	return /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
		className: "screen ledger",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
				className: "screen-head",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("h1", {
						ref: heading,
						tabIndex: -1,
						children: "Ledger"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
						className: "head-meta",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("p", {
							className: "muted",
							role: "status",
							"aria-live": "polite",
							children: view.status === "ready" ? `${view.total} transfer${view.total === 1 ? "" : "s"}${view.rows.length < view.total ? ` (${view.rows.length} loaded)` : ""}` : ""
						}), /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(TimeZoneNote, {})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("div", {
						className: "head-actions",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(CopyViewLink, {}), /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(ExportButtons, { disabled: view.status !== "ready" || view.total === 0 })]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(Filters, {}, epoch),
			view.status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(ErrorState, {
				title: "Could not load the ledger",
				message: view.error ?? "",
				onRetry: () => void loadLedger()
			}),
			(view.status === "loading" || view.status === "idle") && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(Loading, { children: "Loading transfers…" }),
			view.status === "ready" && view.rows.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(Empty, {
				title: filtered ? "No transfers match these filters" : "No transfers yet",
				children: filtered ? /* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)(import_jsx_runtime$14.Fragment, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsxs)("span", {
						"data-testid": "active-filters",
						children: [
							"Filters: ",
							active.join(" · "),
							"."
						]
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("button", {
						type: "button",
						className: "link-button",
						onClick: () => void resetLedgerFilter(),
						children: "Clear the filters"
					})
				] }) : "Transfers appear here as soon as Mesh sends their first webhook."
			}),
			view.status === "ready" && view.rows.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)(VirtualTable, {
				label: "Transfers",
				columns,
				rows: view.rows,
				rowKey: (r) => r.transferId,
				rowHeight: 40,
				totalCount: view.total,
				onNearEnd: view.hasMore ? onNearEnd : void 0,
				rowClassName: (r) => `status-${r.status}`,
				footer: view.hasMore ? /* @__PURE__ */ (0, import_jsx_runtime$14.jsx)("button", {
					type: "button",
					className: "ghost",
					onClick: () => void loadMoreLedger(),
					disabled: view.loadingMore,
					children: view.loadingMore ? "Loading more…" : "Load more"
				}) : null
			})
		]
	});
}
var import_react$9, import_jsx_runtime$14;
var init_LedgerScreen = __esmMin((() => {
	import_react$9 = /* @__PURE__ */ __toESM(require_react());
	init_status();
	init_common();
	init_dom();
	init_hooks();
	init_time();
	init_VirtualTable();
	init_format();
	init_ledger();
	init_route();
	init_selectors();
	init_react();
	import_jsx_runtime$14 = require_jsx_runtime();
}));
// src/renderer/src/lib/timeline.ts
function attemptViews(deliveries, unverified = /* @__PURE__ */ new Set()) {
	const sorted = [...deliveries].sort((a, b) => a.receivedAt - b.receivedAt || a.id - b.id);
	return sorted.map((d, i) => {
		const slow = d.answerMs != null && d.answerMs >= 200;
		const notAcknowledged = d.httpStatus !== 200;
		const retriedAfter = i < sorted.length - 1;
		const note = attemptNote(d, retriedAfter);
		return {
			delivery: d,
			n: i + 1,
			slow,
			notAcknowledged,
			retriedAfter,
			unverified: unverified.has(d.id),
			note
		};
	});
}
/**
* Builds the timeline. `rejected` are rejected deliveries (no verified ids) whose bodies claim
* one of this transfer's events; they are shown with that event, marked unverified.
*/
function buildTimeline(detail, sale, rejected = []) {
	const entries = [];
	if (sale) {
		entries.push({
			kind: "session",
			at: sale.createdAt,
			key: `session:${sale.sessionId}`,
			sale
		});
		for (const s of sale.sdkEvents) entries.push({
			kind: "sdk",
			at: s.at,
			key: `sdk:${s.id}`,
			sdk: s
		});
	}
	const byEvent = /* @__PURE__ */ new Map();
	for (const d of rejected) {
		const claim = claimedIds(d);
		if (!claim.eventId || claim.transferId && claim.transferId !== detail.transfer.transferId) continue;
		const list = byEvent.get(claim.eventId) ?? [];
		list.push(d);
		byEvent.set(claim.eventId, list);
	}
	for (const e of detail.events) {
		const extra = (byEvent.get(e.eventId) ?? []).filter((d) => !e.deliveries.some((x) => x.id === d.id));
		const unverified = new Set(extra.map((d) => d.id));
		const attempts = attemptViews([...e.deliveries, ...extra], unverified);
		const first = attempts[0]?.delivery.receivedAt;
		entries.push({
			kind: "event",
			at: Math.min(e.firstReceivedAt, first ?? e.firstReceivedAt),
			key: `event:${e.eventId}`,
			event: e,
			attempts
		});
	}
	const order = {
		session: 0,
		sdk: 1,
		event: 2
	};
	return entries.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind]);
}
/** Where the sources disagree, in words (empty when they agree). */
function disagreements(detail, sale) {
	const out = [];
	if (sale?.disagreement) out.push(sale.disagreement);
	if (detail.transfer.conflict) out.push(`A later webhook contradicted the final status ${detail.transfer.statusRaw}; it was kept but not applied.`);
	for (const e of detail.events) if (e.conflict) out.push(`Event ${e.eventId} (${e.statusRaw ?? e.status ?? "no status"}) contradicts the final status.`);
	return out;
}
var init_timeline = __esmMin((() => {
	init_deliveries();
}));
// src/renderer/src/features/transfer/SupportBundleButton.tsx
function SupportBundleButton({ transferId }) {
	const state = useApp((s) => s.supportBundle);
	const { downloadSupportBundle } = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime$13.jsx)(SupportBundleView, {
		transferId,
		state,
		onDownload: () => void downloadSupportBundle(transferId, save)
	});
}
function SupportBundleView({ transferId, state, onDownload }) {
	const mine = state.transferId === transferId;
	const preparing = mine && state.status === "preparing";
	return /* @__PURE__ */ (0, import_jsx_runtime$13.jsxs)("span", {
		className: "support-bundle",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$13.jsx)("button", {
				type: "button",
				className: "small",
				disabled: preparing,
				"aria-describedby": `support-bundle-note-${transferId}`,
				title: "One HTML file with this transfer, its events, every attempt (headers and bodies), the SDK callbacks and reconciliation runs; secrets removed",
				onClick: onDownload,
				children: preparing ? "Preparing bundle…" : "Download support bundle"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$13.jsx)("span", {
				id: `support-bundle-note-${transferId}`,
				className: "support-bundle-note muted",
				role: "status",
				title: mine && state.fileName ? state.fileName : void 0,
				children: mine && state.status === "saved" ? "Bundle saved" : ""
			}),
			mine && state.status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$13.jsx)("span", {
				role: "alert",
				className: "field-error",
				children: state.error
			})
		]
	});
}
var import_jsx_runtime$13, save;
var init_SupportBundleButton = __esmMin((() => {
	init_dom();
	init_react();
	import_jsx_runtime$13 = require_jsx_runtime();
	save = (fileName, html) => downloadText(fileName, "text/html;charset=utf-8", html);
}));
// src/renderer/src/features/transfer/TransferScreen.tsx
/** Sent and received, each with its asset; one amount when they are the same. */
function cryptoLine(t, locale) {
	const sent = t.sourceAmount ? formatCrypto(t.sourceAmount, t.token, locale) : null;
	const received = t.destinationAmount ? formatCrypto(t.destinationAmount, t.token, locale) : null;
	if (sent && received && t.sourceAmount !== t.destinationAmount) return `${sent} sent · ${received} received`;
	if (received) return `${received} received`;
	if (sent) return `${sent} sent`;
	return "—";
}
/**
* When the refund reached the transfer's status: the sale's view knows it from the refund's
* event; otherwise Mesh's Timestamp of the event that set the status (a refund one: the transfer is in it).
*/
function refundAt(t, events, sale) {
	if (sale?.refund && sale.transferId === t.transferId) return sale.refund.at;
	const e = events.filter((x) => x.applied && x.status === t.status).at(-1);
	return e ? e.timestamp ?? e.firstReceivedAt : t.statusTimestamp;
}
function Summary({ t, sale, events }) {
	const locale = useLocale();
	const charge = describeCharge(t.charge ?? (sale && sale.sessionId === t.sessionId ? sale.charge : null), locale);
	const at = isRefundStatus(t.status) ? refundAt(t, events, sale) : null;
	const refund = describeRefund({
		status: t.status,
		amount: refundAmount(charge?.charged ?? null, t, locale),
		refundAddress: t.refundAddress,
		at: at === null ? null : formatDateTime(at)
	});
	return /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)(import_jsx_runtime$12.Fragment, { children: [refund && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("p", {
		className: "refund-note",
		"data-testid": "transfer-refund",
		children: refund
	}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("dl", {
		className: "facts facts-wide",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Status" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("dd", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(StatusBadge, {
					status: t.status,
					raw: t.statusRaw
				}),
				" ",
				t.isFinal ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
					className: "muted",
					children: "final"
				}) : /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
					className: "muted",
					children: "not final"
				})
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Charged" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", {
				"data-testid": "transfer-charged",
				children: charge ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
					className: "money",
					children: charge.line
				}) : /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
					className: "muted",
					children: "— (no sale at this counter started this transfer)"
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Crypto" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("dd", {
				"data-testid": "transfer-crypto",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
					className: "money",
					children: cryptoLine(t, locale)
				}), t.chain ? ` · ${t.chain}` : ""]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "TransferId" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
				className: "mono",
				children: t.transferId
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "TransactionId" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
				className: "mono",
				children: t.transactionId ?? "—"
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "TxHash" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
				className: "mono break",
				children: t.txHash ?? "—"
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "From" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: t.sourceAccountProvider ?? "—" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "To address" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
				className: "mono break",
				children: t.destinationAddress ?? "—"
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "First seen" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DateTime, { ms: t.firstSeenAt }) }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Last change" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DateTime, { ms: t.updatedAt }) }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Deliveries" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("dd", { children: [
				t.eventCount,
				" event",
				t.eventCount === 1 ? "" : "s",
				", ",
				t.deliveryCount,
				" deliver",
				t.deliveryCount === 1 ? "y" : "ies",
				t.retried && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Badge, {
					tone: "warning",
					children: "retried"
				}),
				t.isTest && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Badge, { children: "test" }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("span", {
					className: "muted",
					children: [" · via ", t.provenance]
				})
			] })
		]
	})] });
}
function Payload({ label, value }) {
	const text = prettyJson(value);
	if (!text) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("details", {
		className: "payload",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("summary", { children: label }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("pre", {
				className: "code",
				children: text
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(CopyButton, {
				text,
				label: "Copy payload"
			})
		]
	});
}
function budgetWidth(ms) {
	return `${Math.min(100, ms / 400 * 100)}%`;
}
/**
* One attempt = two rows of its own <tbody>: the facts, then its note across the whole width, so
* neither the budget nor the note needs an inner scroll at 1024 px and the note wraps by words.
*/
function Attempts({ attempts }) {
	if (attempts.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("p", {
		className: "muted",
		children: "No delivery attempts recorded (the event came from another source)."
	});
	return /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("div", {
		className: "attempts-wrap",
		children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("table", {
			className: "table attempts",
			"aria-label": "Delivery attempts",
			children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("tr", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("th", {
					scope: "col",
					children: "#"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("th", {
					scope: "col",
					children: "Id"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("th", {
					scope: "col",
					children: "Received"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("th", {
					scope: "col",
					children: "Mesh sent"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("th", {
					scope: "col",
					children: "Verdict"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("th", {
					scope: "col",
					children: "Our answer"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("th", {
					scope: "col",
					children: [
						"Time to answer (budget ",
						200,
						" ms)"
					]
				})
			] }) }), attempts.map((a) => {
				const d = a.delivery;
				const v = verdictInfo(d.verdict);
				const flagged = a.slow || a.notAcknowledged;
				return /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("tbody", {
					className: `attempt${flagged ? " attempt-flagged" : ""}`,
					children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("tr", {
						className: "attempt-facts",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("td", { children: a.n }),
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("td", {
								className: "attempt-id",
								children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
									className: "mono",
									children: d.deliveryId ?? `#${d.id}`
								}), a.unverified && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Badge, {
									tone: "danger",
									children: "unverified"
								})]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DateTime, {
								ms: d.receivedAt,
								precise: true,
								stacked: true
							}) }),
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("td", {
								title: d.sentTimestamp != null ? `SentTimestamp ${d.sentTimestamp}` : void 0,
								children: d.sentTimestamp != null ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DateTime, {
									ms: d.sentTimestamp * 1e3,
									stacked: true
								}) : "—"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("td", { children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Badge, {
								tone: v.rejected ? "danger" : d.verdict === "accepted" ? "success" : d.verdict === "duplicate" ? "neutral" : "warning",
								title: v.reason,
								children: v.label
							}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DeliveryFlags, {
								delivery: d,
								layout: "inline"
							})] }),
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("td", {
								className: "nowrap",
								children: ["HTTP ", d.httpStatus]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("td", { children: d.answerMs != null ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("span", {
								className: "budget",
								children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
									className: `budget-bar ${a.slow ? "over" : "under"}`,
									style: { width: budgetWidth(d.answerMs) },
									"aria-hidden": "true"
								}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
									className: "budget-text",
									children: `${Math.round(d.answerMs)} ms`
								})]
							}) : /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
								className: "muted",
								children: "not measured"
							}) })
						]
					}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("tr", {
						className: "attempt-note-row",
						children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("td", {
							colSpan: 7,
							className: "attempt-note",
							children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("span", {
								className: "visually-hidden",
								children: [
									"Note on attempt ",
									a.n,
									": "
								]
							}), a.note ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
								className: flagged ? "flag" : "muted",
								children: a.note
							}) : /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
								className: "muted",
								children: "—"
							})]
						})
					})]
				}, d.id);
			})]
		})
	});
}
function EventEntry({ event, attempts }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)(import_jsx_runtime$12.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
			className: "tl-title",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("strong", { children: event.provenance === "poll" ? "Polled from Mesh" : "Webhook event" }),
				" ",
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(StatusBadge, {
					status: event.status ?? "unknown",
					raw: event.statusRaw ?? event.status ?? "no status"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)(Badge, {
					tone: event.provenance === "poll" ? "warning" : "neutral",
					title: "Where this status came from",
					children: ["via ", event.provenance]
				}),
				event.applied ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
					className: "muted",
					children: "changed the status"
				}) : /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("span", {
					className: "muted",
					children: "recorded, not applied"
				}),
				event.conflict && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Badge, {
					tone: "danger",
					children: "conflict"
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("dl", {
			className: "facts facts-inline",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "EventId" }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
					className: "mono",
					children: event.eventId
				}) }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Timestamp" }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: event.timestamp != null ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)(import_jsx_runtime$12.Fragment, { children: [
					event.timestamp,
					" (",
					/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DateTime, {
						ms: event.timestamp,
						precise: true
					}),
					")"
				] }) : "—" }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "First received" }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DateTime, {
					ms: event.firstReceivedAt,
					precise: true
				}) }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: event.provenance === "poll" ? "Found by" : "Attempts" }),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: event.provenance === "poll" ? "reconciliation (GET transfers/managed/mesh); no webhook delivered it" : attempts.length })
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Attempts, { attempts }),
		/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Payload, {
			label: "Raw payload",
			value: event.payload
		})
	] });
}
function SessionEntry({ sale }) {
	const st = saleDisplayStatus(sale);
	const locale = useLocale();
	return /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)(import_jsx_runtime$12.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
		className: "tl-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("strong", { children: "Link session started" }),
			" ",
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Badge, {
				tone: st.tone,
				children: st.label
			})
		]
	}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("dl", {
		className: "facts facts-inline",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Sale" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("dd", { children: [
				describeCharge(sale.charge, locale)?.line ?? "—",
				" in ",
				sale.asset,
				sale.network ? ` on ${sale.network}` : ""
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "Session" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
				className: "mono",
				children: sale.sessionId
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dt", { children: "TransactionId" }),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
				className: "mono",
				children: sale.transactionId
			}) })
		]
	})] });
}
function SdkEntry({ sdk }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)(import_jsx_runtime$12.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
		className: "tl-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("strong", { children: "Link (SDK)" }),
			" ",
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Badge, { children: sdk.type })
		]
	}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Payload, {
		label: "Payload",
		value: sdk.payload
	})] });
}
function TransferScreen({ transferId }) {
	const { detail, sale, rejected, status, error, id } = useAppShallow(selectTransferDetail);
	const { openTransfer } = useActions();
	const heading = useFocusOnMount();
	const ledgerHref = useApp(selectLedgerHref);
	(0, import_react$8.useEffect)(() => {
		openTransfer(transferId);
	}, [transferId, openTransfer]);
	const current = id === transferId ? detail : null;
	const timeline = (0, import_react$8.useMemo)(() => current ? buildTimeline(current, sale, rejected) : [], [
		current,
		sale,
		rejected
	]);
	const flags = (0, import_react$8.useMemo)(() => current ? disagreements(current, sale) : [], [current, sale]);
	return /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
		className: "screen transfer",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
				className: "transfer-head",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("p", {
					className: "crumbs",
					children: /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("a", {
						href: ledgerHref,
						children: "← Back to ledger"
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(TimeZoneNote, {})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("h1", {
				ref: heading,
				tabIndex: -1,
				children: ["Transfer ", /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("code", {
					className: "mono",
					children: transferId
				})]
			}),
			status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(ErrorState, {
				title: "Could not load this transfer",
				message: error ?? "",
				onRetry: () => void openTransfer(transferId)
			}),
			!current && status !== "error" && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Loading, { children: "Loading the transfer…" }),
			current && /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)(import_jsx_runtime$12.Fragment, { children: [
				flags.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
					className: "disagreement",
					role: "alert",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("strong", { children: "Sources disagree" }), /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("ul", { children: flags.map((f) => /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("li", { children: f }, f)) })]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("section", {
					className: "card",
					"aria-labelledby": "summary-title",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
						className: "section-head",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("h2", {
								id: "summary-title",
								children: "Summary"
							}),
							isPaidStatus(current.transfer.status) && current.transfer.sessionId && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("a", {
								className: "button small section-action",
								href: receiptHref(current.transfer.sessionId),
								children: "Reprint receipt"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(SupportBundleButton, { transferId: current.transfer.transferId })
						]
					}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(Summary, {
						t: current.transfer,
						sale,
						events: current.events
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("section", {
					className: "card",
					"aria-labelledby": "timeline-title",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("h2", {
						id: "timeline-title",
						children: "Timeline"
					}), timeline.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("p", {
						className: "muted",
						children: "Nothing recorded yet."
					}) : /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)("ol", {
						className: "timeline",
						"aria-label": "Timeline",
						children: timeline.map((e) => /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("li", {
							className: `tl tl-${e.kind}`,
							children: [/* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(DateTime, {
								className: "tl-time",
								ms: e.at,
								precise: true
							}), /* @__PURE__ */ (0, import_jsx_runtime$12.jsxs)("div", {
								className: "tl-body",
								children: [
									e.kind === "session" && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(SessionEntry, { sale: e.sale }),
									e.kind === "sdk" && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(SdkEntry, { sdk: e.sdk }),
									e.kind === "event" && /* @__PURE__ */ (0, import_jsx_runtime$12.jsx)(EventEntry, {
										event: e.event,
										attempts: e.attempts
									})
								]
							})]
						}, e.key))
					})]
				})
			] })
		]
	});
}
var import_react$8, import_jsx_runtime$12;
var init_TransferScreen = __esmMin((() => {
	import_react$8 = /* @__PURE__ */ __toESM(require_react());
	init_status();
	init_common();
	init_flags();
	init_hooks();
	init_time();
	init_format();
	init_deliveries();
	init_saleState();
	init_route();
	init_timeline();
	init_selectors();
	init_react();
	init_SupportBundleButton();
	import_jsx_runtime$12 = require_jsx_runtime();
}));
// src/renderer/src/features/settings/AuditScreen.tsx
function describe(detail) {
	if (detail === null || detail === void 0) return "";
	const d = detail;
	const parts = [];
	if (d.fields) parts.push(`changed ${d.fields.join(", ")}`);
	if (d.environment) parts.push(`environment ${d.environment.from} → ${d.environment.to}`);
	if (d.payouts) parts.push(`payouts: ${d.payouts.map((p) => `${p.asset}/${p.network} ${p.address}`).join("; ")}`);
	if (d.currency) parts.push(`currency ${d.currency}`);
	if (d.action) parts.push(`attempted ${d.action}`);
	if (d.removed !== void 0) parts.push(`${d.removed} connection(s) removed`);
	return parts.join(" · ") || JSON.stringify(detail);
}
function AuditScreen() {
	const { audit, status, error } = useAppShallow((s) => ({
		audit: s.audit,
		status: s.auditStatus,
		error: s.auditError
	}));
	const actions = useActions();
	if (status === "error") return /* @__PURE__ */ (0, import_jsx_runtime$11.jsx)(ErrorState, {
		title: "Could not load the audit log",
		message: error ?? "",
		onRetry: () => void actions.loadAudit()
	});
	if (status !== "ready") return /* @__PURE__ */ (0, import_jsx_runtime$11.jsx)(Loading, { children: "Loading the audit log…" });
	return /* @__PURE__ */ (0, import_jsx_runtime$11.jsxs)("section", {
		className: "card",
		"aria-label": "Audit log",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$11.jsxs)("div", {
			className: "section-head",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("h2", { children: "Audit log" }),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)(TimeZoneNote, {}),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("button", {
					type: "button",
					className: "small",
					onClick: () => void actions.loadAudit(),
					children: "Refresh"
				})
			]
		}), audit.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime$11.jsx)(Empty, {
			title: "No changes recorded yet",
			children: "Settings changes and PIN attempts appear here."
		}) : /* @__PURE__ */ (0, import_jsx_runtime$11.jsxs)("table", {
			className: "table",
			"aria-label": "Audit entries",
			children: [/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$11.jsxs)("tr", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("th", {
					scope: "col",
					children: "When"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("th", {
					scope: "col",
					children: "Who"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("th", {
					scope: "col",
					children: "What"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("th", {
					scope: "col",
					children: "Details"
				})
			] }) }), /* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("tbody", { children: audit.map((a) => /* @__PURE__ */ (0, import_jsx_runtime$11.jsxs)("tr", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("td", {
					className: "nowrap",
					children: /* @__PURE__ */ (0, import_jsx_runtime$11.jsx)(DateTime, { ms: a.at })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("td", { children: a.actor }),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$11.jsx)(Mono, { children: a.action }) }),
				/* @__PURE__ */ (0, import_jsx_runtime$11.jsx)("td", {
					className: "wrap",
					children: describe(a.detail)
				})
			] }, a.id)) })]
		})]
	});
}
var import_jsx_runtime$11;
var init_AuditScreen = __esmMin((() => {
	init_common();
	init_time();
	init_react();
	import_jsx_runtime$11 = require_jsx_runtime();
}));
// src/renderer/src/store/settingsSlice.ts
function draftFrom(v) {
	return {
		environment: v.environment,
		meshClientId: v.meshClientId ?? "",
		meshApiKey: "",
		webhookSecret: "",
		payouts: v.payouts.map((p) => ({ ...p })),
		currency: v.currency,
		shopName: v.shop.name,
		shopAddress: v.shop.address,
		locale: v.locale ?? "",
		fxRate: v.fxRates[v.currency] ?? "",
		saleLimit: v.saleLimit ?? "",
		paidSound: v.paidSound,
		notifications: v.notifications
	};
}
/** The draft's locale tag if it is one Intl knows, else null. */
function canonicalLocale(tag) {
	try {
		return Intl.getCanonicalLocales(tag)[0] ?? null;
	} catch {
		return null;
	}
}
/** The limit as canonical decimal text (typed the draft locale's way), or the reason it cannot be one. */
function limitOf(d) {
	const t = d.saleLimit.trim();
	if (!t) return { value: null };
	const locale = d.locale.trim() && canonicalLocale(d.locale.trim()) || void 0;
	const r = parseAmountInput(t, {
		currency: d.currency.trim().toUpperCase() || "USD",
		locale
	});
	return r.ok ? { value: r.value } : { error: r.error };
}
/** What is wrong with the draft, field by field, before anything is sent (the server checks again). */
function draftProblems(d) {
	const e = {};
	const currency = d.currency.trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency)) e.currency = "A currency is a 3-letter ISO code such as USD or EUR.";
	const locale = d.locale.trim();
	if (locale && !canonicalLocale(locale)) e.locale = `“${locale}” is not a locale tag: use one such as en-US, de-DE or fr-CH (or leave it empty for the system's).`;
	const rate = d.fxRate.trim();
	if (currency !== "USD" && rate) {
		if (!RATE.test(rate)) e.fxRate = `A rate is how many USD one ${currency || "unit"} buys, as digits with “.” for decimals, such as 1.087 (at most 8 decimals).`;
		else if (!/[1-9]/.test(rate)) e.fxRate = "A rate must be more than zero.";
	}
	const limit = limitOf(d);
	if ("error" in limit) e.saleLimit = limit.error;
	if (d.shopName.trim().length > 100) e.shopName = "A shop name has at most 100 characters.";
	if (d.shopAddress.trim().length > 300) e.shopAddress = "An address has at most 300 characters.";
	return e;
}
/** Which field a server error is about: the registry names the argument's path, e.g. "(changes.saleLimit)". */
function fieldOfServerError(message) {
	const m = /\(changes\.([A-Za-z]+)(?:\.([A-Za-z]+))?/.exec(message);
	if (!m) return null;
	switch (m[1]) {
		case "fxRates": return "fxRate";
		case "shop": return m[2] === "address" ? "shopAddress" : "shopName";
		case "currency":
		case "locale":
		case "saleLimit":
		case "payouts":
		case "meshClientId":
		case "meshApiKey":
		case "webhookSecret": return m[1];
		default: return null;
	}
}
/** Only what the manager changed goes to the server (so an untouched secret is kept). */
function changesFrom(v, d) {
	const c = {};
	if (d.environment !== v.environment) c.environment = d.environment;
	if (d.meshClientId.trim() !== (v.meshClientId ?? "")) c.meshClientId = d.meshClientId.trim();
	if (d.meshApiKey.trim() !== "") c.meshApiKey = d.meshApiKey.trim();
	if (d.webhookSecret !== "") c.webhookSecret = d.webhookSecret;
	const payouts = d.payouts.map((p) => ({
		asset: p.asset.trim().toUpperCase(),
		network: p.network,
		address: p.address.trim()
	}));
	if (JSON.stringify(payouts) !== JSON.stringify(v.payouts)) c.payouts = payouts;
	const currency = d.currency.trim().toUpperCase();
	if (currency !== v.currency) c.currency = currency;
	if (d.shopName.trim() !== v.shop.name || d.shopAddress.trim() !== v.shop.address) c.shop = {
		name: d.shopName.trim(),
		address: d.shopAddress.trim()
	};
	const locale = d.locale.trim() ? canonicalLocale(d.locale.trim()) ?? d.locale.trim() : null;
	if (locale !== v.locale) c.locale = locale;
	if (currency !== "USD") {
		const rate = d.fxRate.trim();
		if (rate !== (v.fxRates[currency] ?? "")) {
			const rates = { ...v.fxRates };
			if (rate) rates[currency] = rate;
			else delete rates[currency];
			c.fxRates = rates;
		}
	}
	const limit = limitOf(d);
	const limitValue = "value" in limit ? limit.value : d.saleLimit.trim();
	if (limitValue !== v.saleLimit) c.saleLimit = limitValue;
	if (d.paidSound !== v.paidSound) c.paidSound = d.paidSound;
	if (d.notifications !== v.notifications) c.notifications = d.notifications;
	return c;
}
/** Fields whose change needs the manager PIN (mirrors the server's rule, which is the one enforced). */
function needsPin(changes) {
	return [
		"environment",
		"meshClientId",
		"meshApiKey",
		"webhookSecret",
		"payouts",
		"fxRates",
		"saleLimit"
	].some((k) => k in changes);
}
var RATE, createSettingsSlice;
var init_settingsSlice = __esmMin((() => {
	init_amount_input();
	RATE = /^\d{1,6}(\.\d{1,8})?$/;
	createSettingsSlice = (deps) => (set, get) => ({
		config: null,
		configStatus: "idle",
		configError: null,
		draft: null,
		saving: false,
		saveMessage: null,
		fieldErrors: {},
		audit: [],
		auditStatus: "idle",
		auditError: null,
		async loadConfig(opts) {
			set({ configStatus: get().config ? "ready" : "loading" });
			const r = await deps.bridge.invoke("settings.get", {});
			if (r.ok) set({
				config: r.value,
				draft: (opts?.keepDraft ? get().draft : null) ?? draftFrom(r.value),
				configStatus: "ready",
				configError: null
			});
			else set({
				configStatus: "error",
				configError: r.error.message
			});
		},
		editDraft(patch) {
			const d = get().draft;
			if (!d) return;
			const fieldErrors = { ...get().fieldErrors };
			for (const k of Object.keys(patch)) delete fieldErrors[k];
			if (patch.currency !== void 0 && patch.fxRate === void 0 && get().config) {
				const cur = patch.currency.trim().toUpperCase();
				patch = {
					...patch,
					fxRate: get().config.fxRates[cur] ?? ""
				};
				delete fieldErrors.fxRate;
			}
			set({
				draft: {
					...d,
					...patch
				},
				saveMessage: null,
				fieldErrors
			});
		},
		editPayout(index, patch) {
			const d = get().draft;
			if (!d) return;
			set({
				draft: {
					...d,
					payouts: d.payouts.map((p, i) => i === index ? {
						...p,
						...patch
					} : p)
				},
				saveMessage: null
			});
		},
		addPayout() {
			const d = get().draft;
			if (d) set({ draft: {
				...d,
				payouts: [...d.payouts, {
					asset: "USDC",
					network: get().config?.networks[0] ?? "Ethereum",
					address: ""
				}]
			} });
		},
		removePayout(index) {
			const d = get().draft;
			if (d) set({ draft: {
				...d,
				payouts: d.payouts.filter((_, i) => i !== index)
			} });
		},
		async saveSettings(pin) {
			const { config, draft } = get();
			if (!config || !draft) return false;
			const problems = draftProblems(draft);
			if (Object.keys(problems).length > 0) {
				set({
					fieldErrors: problems,
					saveMessage: {
						tone: "error",
						text: "Nothing was saved: correct the fields marked below."
					}
				});
				return false;
			}
			const changes = changesFrom(config, draft);
			if (Object.keys(changes).length === 0) {
				set({ saveMessage: {
					tone: "ok",
					text: "Nothing to save: no changes."
				} });
				return true;
			}
			set({
				saving: true,
				saveMessage: null,
				fieldErrors: {}
			});
			const r = await deps.bridge.invoke("settings.update", {
				changes,
				...pin ? { pin } : {}
			});
			if (r.ok) {
				set({
					saving: false,
					config: r.value,
					draft: draftFrom(r.value),
					fieldErrors: {},
					saveMessage: {
						tone: "ok",
						text: r.value.restartRequired ? "Saved. Restart Countertop to switch environment or keys." : "Saved."
					}
				});
				get().loadCounterSettings();
				return true;
			}
			const field = fieldOfServerError(r.error.message);
			set({
				saving: false,
				fieldErrors: field ? { [field]: r.error.message.replace(/\s*\(changes\.[^)]*\)\s*$/, "") } : {},
				saveMessage: {
					tone: "error",
					text: field ? "Nothing was saved: see the field marked below." : r.error.message
				}
			});
			return false;
		},
		async setPin(currentPin, newPin) {
			set({
				saving: true,
				saveMessage: null
			});
			const r = await deps.bridge.invoke("settings.setPin", {
				newPin,
				...currentPin ? { currentPin } : {}
			});
			if (r.ok) {
				set({
					saving: false,
					saveMessage: {
						tone: "ok",
						text: "Manager PIN saved."
					}
				});
				await get().loadConfig({ keepDraft: true });
				return true;
			}
			set({
				saving: false,
				saveMessage: {
					tone: "error",
					text: r.error.message
				}
			});
			return false;
		},
		async loadAudit() {
			set({ auditStatus: get().audit.length ? "ready" : "loading" });
			const r = await deps.bridge.invoke("audit.list", { limit: 200 });
			if (r.ok) set({
				audit: r.value,
				auditStatus: "ready",
				auditError: null
			});
			else set({
				auditStatus: "error",
				auditError: r.error.message
			});
		}
	});
}));
// src/renderer/src/features/settings/SettingsScreen.tsx
function secretHint(s) {
	if (!s.set) return "Not set.";
	return s.last4 ? `Set (ends in …${s.last4}). Leave empty to keep it.` : "Set. Leave empty to keep it.";
}
/** A labelled input with its hint and, when there is one, its error (aria-invalid, aria-describedby). */
function TextField(props) {
	const error = useApp((s) => s.fieldErrors[props.field]) ?? props.problem;
	const described = [props.hint ? `${props.id}-hint` : "", error ? `${props.id}-error` : ""].filter(Boolean).join(" ") || void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
		className: "field",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
				htmlFor: props.id,
				children: props.label
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
				id: props.id,
				autoComplete: "off",
				value: props.value,
				placeholder: props.placeholder,
				maxLength: props.maxLength,
				inputMode: props.inputMode,
				"aria-invalid": error ? true : void 0,
				"aria-describedby": described,
				onChange: (e) => props.onChange(e.target.value)
			}),
			props.hint && /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
				id: `${props.id}-hint`,
				className: "hint",
				children: props.hint
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
				id: `${props.id}-error`,
				className: "field-error",
				children: error
			})
		]
	});
}
/** What an amount will look like with the draft's locale and currency. */
function localeExample(d) {
	const cur = /^[A-Z]{3}$/.test(d.currency.trim().toUpperCase()) ? d.currency.trim().toUpperCase() : "USD";
	try {
		return formatFiat("1234.56", cur, d.locale.trim() || void 0);
	} catch {
		return formatFiat("1234.56", cur);
	}
}
function CounterFields({ draft }) {
	const actions = useActions();
	const currency = draft.currency.trim().toUpperCase();
	const problems = draftProblems(draft);
	const system = typeof navigator === "undefined" ? "en-US" : navigator.language;
	const inShell = typeof window !== "undefined" && typeof window.countertop?.invoke === "function";
	const [permission, setPermission] = (0, import_react$7.useState)(() => notificationPermission());
	const toggleNotifications = async (on) => {
		if (on && !inShell) setPermission(await requestNotificationPermission());
		actions.editDraft({ notifications: on });
	};
	const notifyHint = inShell ? "Shown by the desktop app when Countertop is not the focused window." : permission === "denied" ? "This browser blocks notifications from Countertop: allow them in the site settings, then save again." : permission === "unsupported" ? "This browser cannot show notifications." : permission === "granted" ? "Allowed by the browser. Shown when this tab is not focused." : "The browser asks for permission when you turn this on.";
	return /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)(import_jsx_runtime$10.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("fieldset", { children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("legend", { children: "Shop" }), /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
			className: "field-row",
			children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(TextField, {
				id: "shop-name",
				field: "shopName",
				problem: problems.shopName,
				label: "Shop name",
				value: draft.shopName,
				maxLength: 100,
				hint: "On receipts and the customer display.",
				onChange: (v) => actions.editDraft({ shopName: v })
			}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(TextField, {
				id: "shop-address",
				field: "shopAddress",
				problem: problems.shopAddress,
				label: "Shop address",
				value: draft.shopAddress,
				maxLength: 300,
				onChange: (v) => actions.editDraft({ shopAddress: v })
			})]
		})] }),
		/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("fieldset", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("legend", { children: "Money" }),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
				className: "field-row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(TextField, {
					id: "currency",
					field: "currency",
					problem: problems.currency,
					label: "Display currency",
					value: draft.currency,
					maxLength: 3,
					hint: "What the counter charges in (ISO code).",
					onChange: (v) => actions.editDraft({ currency: v.toUpperCase() })
				}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(TextField, {
					id: "locale",
					field: "locale",
					problem: problems.locale,
					label: "Locale",
					value: draft.locale,
					placeholder: `System: ${system}`,
					maxLength: 35,
					hint: `Amounts look like ${localeExample(draft)}.`,
					onChange: (v) => actions.editDraft({ locale: v })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
				className: "field-row",
				children: [currency === "USD" ? /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("span", {
						className: "label-like",
						children: "Exchange rate"
					}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
						className: "hint",
						children: "Mesh charges in USD: a USD counter needs no rate."
					})]
				}) : /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(TextField, {
					id: "fx-rate",
					field: "fxRate",
					problem: problems.fxRate,
					label: `Exchange rate (USD per 1 ${currency || "…"})`,
					value: draft.fxRate,
					inputMode: "decimal",
					placeholder: "e.g. 1.087",
					hint: `Mesh charges in USD: a sale of ${currency || "this currency"} 10 asks Mesh for 10 × this rate. Without a rate the counter cannot charge. Needs the manager PIN.`,
					onChange: (v) => actions.editDraft({ fxRate: v })
				}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(TextField, {
					id: "sale-limit",
					field: "saleLimit",
					problem: problems.saleLimit,
					label: `Per-sale limit (${currency || "…"})`,
					value: draft.saleLimit,
					inputMode: "decimal",
					placeholder: "No limit",
					hint: "The most one sale may charge; empty for no limit. Needs the manager PIN.",
					onChange: (v) => actions.editDraft({ saleLimit: v })
				})]
			})
		] }),
		/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("fieldset", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("legend", { children: "Paid and failed cues" }),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("label", {
					className: "check",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
						type: "checkbox",
						checked: draft.paidSound,
						onChange: (e) => actions.editDraft({ paidSound: e.target.checked })
					}), " Play a sound when a sale is paid or fails"]
				}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("button", {
					type: "button",
					className: "small",
					onClick: () => {
						audioCues.prime();
						audioCues.play("paid");
						setTimeout(() => audioCues.play("failed"), 700);
					},
					children: "Play the two sounds"
				}) })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("label", {
					className: "check",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
						type: "checkbox",
						checked: draft.notifications,
						"aria-describedby": "notify-hint",
						onChange: (e) => void toggleNotifications(e.target.checked)
					}), " Show a notification when a sale is paid or fails while Countertop is not in front"]
				}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
					id: "notify-hint",
					className: "hint",
					children: notifyHint
				})]
			})
		] })
	] });
}
function PinForm({ pinSet }) {
	const actions = useActions();
	const [current, setCurrent] = (0, import_react$7.useState)("");
	const [next, setNext] = (0, import_react$7.useState)("");
	const submit = async (e) => {
		e.preventDefault();
		if (await actions.setPin(current, next)) {
			setCurrent("");
			setNext("");
		}
	};
	return /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("form", {
		className: "card",
		"aria-label": "PIN management",
		onSubmit: submit,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("h2", { children: "Manager PIN" }),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
				className: "muted",
				children: pinSet ? "Needed to change payout addresses, keys, the environment, exchange rates or the per-sale limit. Stored as a slow hash; five wrong tries lock it for a minute." : "No PIN yet. Set one before payout addresses, keys, the environment, exchange rates or the per-sale limit can be changed."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
				className: "field-row",
				children: [pinSet && /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
						htmlFor: "pin-current",
						children: "Current PIN"
					}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
						id: "pin-current",
						type: "password",
						inputMode: "numeric",
						autoComplete: "off",
						value: current,
						onChange: (e) => setCurrent(e.target.value)
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
						htmlFor: NEW_PIN_ID,
						children: "New PIN"
					}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
						id: NEW_PIN_ID,
						type: "password",
						inputMode: "numeric",
						autoComplete: "new-password",
						placeholder: "4–12 digits",
						value: next,
						onChange: (e) => setNext(e.target.value)
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("button", {
				type: "submit",
				disabled: next.length < 4,
				children: pinSet ? "Change PIN" : "Set PIN"
			}) })
		]
	});
}
function SettingsScreen() {
	const { config, status, error, draft, saving, saveMessage } = useAppShallow((s) => ({
		config: s.config,
		status: s.configStatus,
		error: s.configError,
		draft: s.draft,
		saving: s.saving,
		saveMessage: s.saveMessage
	}));
	const actions = useActions();
	const [pin, setPin] = (0, import_react$7.useState)("");
	const ids = (0, import_react$7.useId)();
	if (status === "error") return /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(ErrorState, {
		title: "Could not load the settings",
		message: error ?? "",
		onRetry: () => void actions.loadConfig()
	});
	if (!config || !draft) return /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(Loading, { children: "Loading settings…" });
	const changes = changesFrom(config, draft);
	const pinNeeded = needsPin(changes);
	const dirty = Object.keys(changes).length > 0;
	const pinMissing = pinNeeded && !config.pinSet;
	const goToPinForm = () => {
		const field = document.getElementById(NEW_PIN_ID);
		field?.scrollIntoView({ block: "center" });
		field?.focus();
	};
	const save = async (e) => {
		e.preventDefault();
		if (await actions.saveSettings(pin)) setPin("");
	};
	return /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
		className: "stack",
		children: [
			saveMessage && /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
				className: `notice notice-${saveMessage.tone}`,
				role: saveMessage.tone === "error" ? "alert" : "status",
				children: saveMessage.text
			}),
			config.restartRequired && !saveMessage && /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("p", {
				className: "notice notice-ok",
				role: "status",
				children: [
					"Running against ",
					config.runningMode,
					"; the saved settings apply at the next start."
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("form", {
				className: "card settings-form",
				"aria-label": "Settings",
				onSubmit: save,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("h2", { children: "Settings" }),
					/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("fieldset", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("legend", { children: "Mesh" }),
						/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
							className: "field-row",
							children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
								className: "field",
								children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
									htmlFor: "env",
									children: "Environment"
								}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("select", {
									id: "env",
									value: draft.environment,
									onChange: (e) => actions.editDraft({ environment: e.target.value }),
									children: [
										/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("option", {
											value: "emulator",
											children: "Built-in emulator"
										}),
										/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("option", {
											value: "sandbox",
											children: "Mesh sandbox"
										}),
										/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("option", {
											value: "production",
											children: "Mesh production"
										})
									]
								})]
							}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
								className: "field",
								children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
									htmlFor: "client-id",
									children: "Client ID"
								}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
									id: "client-id",
									autoComplete: "off",
									value: draft.meshClientId,
									onChange: (e) => actions.editDraft({ meshClientId: e.target.value })
								})]
							})]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
							className: "field-row",
							children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
								className: "field",
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
										htmlFor: "api-key",
										children: "API key"
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
										id: "api-key",
										type: "password",
										autoComplete: "off",
										"aria-describedby": "api-key-hint",
										value: draft.meshApiKey,
										onChange: (e) => actions.editDraft({ meshApiKey: e.target.value })
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
										id: "api-key-hint",
										className: "hint",
										children: secretHint(config.secrets.meshApiKey)
									})
								]
							}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
								className: "field",
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
										htmlFor: "webhook-secret",
										children: "Webhook secret"
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
										id: "webhook-secret",
										type: "password",
										autoComplete: "off",
										"aria-describedby": "webhook-secret-hint",
										value: draft.webhookSecret,
										onChange: (e) => actions.editDraft({ webhookSecret: e.target.value })
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("p", {
										id: "webhook-secret-hint",
										className: "hint",
										children: [secretHint(config.secrets.webhookSecret), " Mesh shows it once, when you register the webhook URL."]
									})
								]
							})]
						})
					] }),
					/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("fieldset", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("legend", { children: "Payout addresses" }),
						/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
							className: "muted",
							children: "Where customers’ payments go, one address per asset and network."
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("table", {
							className: "table payouts",
							"aria-label": "Payout addresses",
							children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("tr", { children: [
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("th", {
									scope: "col",
									children: "Asset"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("th", {
									scope: "col",
									children: "Network"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("th", {
									scope: "col",
									children: "Address"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("th", {
									scope: "col",
									children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("span", {
										className: "visually-hidden",
										children: "Remove"
									})
								})
							] }) }), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("tbody", { children: draft.payouts.map((p, i) => /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("tr", { children: [
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
									"aria-label": `Asset ${i + 1}`,
									value: p.asset,
									size: 8,
									onChange: (e) => actions.editPayout(i, { asset: e.target.value })
								}) }),
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("select", {
									"aria-label": `Network ${i + 1}`,
									value: p.network,
									onChange: (e) => actions.editPayout(i, { network: e.target.value }),
									children: config.networks.map((n) => /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("option", {
										value: n,
										children: n
									}, n))
								}) }),
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("td", {
									className: "grow",
									children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
										"aria-label": `Address ${i + 1}`,
										className: "mono",
										value: p.address,
										onChange: (e) => actions.editPayout(i, { address: e.target.value })
									})
								}),
								/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("button", {
									type: "button",
									className: "small",
									"aria-label": `Remove payout ${i + 1}`,
									onClick: () => actions.removePayout(i),
									children: "Remove"
								}) })
							] }, i)) })]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("button", {
							type: "button",
							className: "small",
							onClick: () => actions.addPayout(),
							children: "Add payout address"
						})
					] }),
					/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(CounterFields, { draft }),
					/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
						className: "field-row save-row",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
								className: "field",
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("label", {
										htmlFor: `${ids}-pin`,
										children: "Manager PIN"
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("input", {
										id: `${ids}-pin`,
										type: "password",
										inputMode: "numeric",
										autoComplete: "off",
										"aria-describedby": `${ids}-pin-hint`,
										value: pin,
										disabled: !config.pinSet,
										onChange: (e) => setPin(e.target.value)
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("p", {
										id: `${ids}-pin-hint`,
										className: "hint",
										children: !config.pinSet ? "No manager PIN set yet." : pinNeeded ? "Needed for these changes." : "Only needed for payout addresses, keys, the environment, exchange rates and the per-sale limit."
									})
								]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("div", {
								className: "field",
								children: [/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("span", {
									"aria-hidden": "true",
									children: "\xA0"
								}), /* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("button", {
									type: "submit",
									className: "primary",
									disabled: !dirty || saving || pinMissing || pinNeeded && pin.length === 0,
									"aria-describedby": pinMissing ? `${ids}-pin-missing` : void 0,
									children: saving ? "Saving…" : "Save settings"
								})]
							}),
							pinMissing && /* @__PURE__ */ (0, import_jsx_runtime$10.jsxs)("p", {
								id: `${ids}-pin-missing`,
								className: "notice save-note",
								role: "status",
								children: [
									"Set a manager PIN first: payout addresses, keys, the environment, exchange rates and the per-sale limit can only be saved with one.",
									" ",
									/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)("button", {
										type: "button",
										className: "link-button",
										onClick: goToPinForm,
										children: "Set the PIN below"
									})
								]
							})
						]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$10.jsx)(PinForm, { pinSet: config.pinSet })
		]
	});
}
var import_react$7, import_jsx_runtime$10, NEW_PIN_ID;
var init_SettingsScreen = __esmMin((() => {
	import_react$7 = /* @__PURE__ */ __toESM(require_react());
	init_money();
	init_common();
	init_cues();
	init_settingsSlice();
	init_react();
	import_jsx_runtime$10 = require_jsx_runtime();
	NEW_PIN_ID = "pin-new";
}));
// src/renderer/src/features/health/ReconcilePanel.tsx
function plural(n, one, many = `${one}s`) {
	return `${n} ${n === 1 ? one : many}`;
}
/** Mesh's REST status (lower case) as a word for people: "succeeded" → "Succeeded". */
function statusWord(status) {
	return status ? status[0].toUpperCase() + status.slice(1) : status;
}
/** One line for a run in progress; before the first page, what it is waiting for. */
function progressText(p) {
	if (!p) return "Reconciling with Mesh… asking for its transfer list.";
	return `Reconciling with Mesh… ${plural(p.pages, "page")} read, ${plural(p.checked, "transfer")} checked, ${p.imported} imported, ${p.updated} updated.`;
}
function ReconcileProgressLine({ progress }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("p", {
		className: "notice reconcile-progress",
		role: "status",
		"aria-label": "Reconcile progress",
		"aria-live": "polite",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$9.jsx)("span", {
				className: "spinner",
				"aria-hidden": "true"
			}),
			" ",
			progressText(progress)
		]
	});
}
function ReconcileResult({ result: r }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("div", {
		className: `notice ${r.errors.length ? "notice-error" : "notice-ok"}`,
		role: "status",
		"aria-label": "Reconcile result",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("p", {
				className: "reconcile-summary",
				children: [
					"Checked ",
					plural(r.checked, "transfer"),
					" in ",
					plural(r.pages, "page"),
					": ",
					r.imported,
					" imported, ",
					r.updated,
					" updated, ",
					plural(r.conflicts, "conflict"),
					".",
					r.sweptFrom !== null ? ` Mesh’s list was swept for every transfer created since ${formatDateTime(r.sweptFrom)}.` : "",
					r.imported + r.updated + r.conflicts === 0 && r.errors.length === 0 ? " Nothing was missing." : ""
				]
			}),
			GROUPS.map((g) => {
				const n = g.count(r);
				if (n === 0) return null;
				const list = r.changes.filter((c) => c.kind === g.kind);
				return /* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("div", {
					className: "reconcile-group",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("p", { children: [g.title(n), ":"] }), /* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("ul", {
						className: "reconcile-changes",
						"aria-label": g.title(n),
						children: [list.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("li", { children: [
							/* @__PURE__ */ (0, import_jsx_runtime$9.jsx)("a", {
								href: transferHref(c.transferId),
								className: "mono",
								title: `Open transfer ${c.transferId}`,
								children: c.transferId
							}),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime$9.jsx)(StatusBadge, {
								status: c.status,
								raw: statusWord(c.status)
							})
						] }, c.transferId)), n > list.length && /* @__PURE__ */ (0, import_jsx_runtime$9.jsxs)("li", {
							className: "muted",
							children: [
								"… and ",
								n - list.length,
								" more (see the Ledger)"
							]
						})]
					})]
				}, g.kind);
			}),
			r.errors.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$9.jsx)("ul", {
				className: "reconcile-errors",
				"aria-label": "Reconcile errors",
				children: r.errors.map((e, i) => /* @__PURE__ */ (0, import_jsx_runtime$9.jsx)("li", { children: e }, i))
			})
		]
	});
}
var import_jsx_runtime$9, GROUPS;
var init_ReconcilePanel = __esmMin((() => {
	init_common();
	init_format();
	init_route();
	import_jsx_runtime$9 = require_jsx_runtime();
	GROUPS = [
		{
			kind: "imported",
			title: (n) => `Imported ${plural(n, "transfer")} Mesh never delivered`,
			count: (r) => r.imported
		},
		{
			kind: "updated",
			title: (n) => `Updated ${plural(n, "transfer")} from Mesh’s list`,
			count: (r) => r.updated
		},
		{
			kind: "conflict",
			title: (n) => `Flagged ${plural(n, "conflict")} (Mesh contradicts a final status; not applied)`,
			count: (r) => r.conflicts
		}
	];
}));
// src/renderer/src/features/health/HealthScreen.tsx
function RegisterSteps({ url, mode }) {
	const env = mode === "production" ? "Production" : "Sandbox";
	return /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("ol", {
		className: "steps",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("li", { children: [
				"Sign in to the Mesh dashboard and open ",
				/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("strong", { children: "Account › API keys › Webhooks" }),
				"."
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("li", { children: [
				"Under ",
				/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("strong", { children: env }),
				" (Mesh keeps one webhook URI per environment: ",
				mode === "production" ? "production" : "sandbox",
				" keys need the ",
				env.toLowerCase(),
				" entry), paste",
				" ",
				/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("code", {
					className: "mono",
					children: url
				}),
				"."
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("li", { children: "Copy the secret Mesh shows — it is shown only once — into Settings › Webhook secret." }),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("li", { children: "Come back here and run the self-test." })
		]
	});
}
function TunnelForm() {
	const { tunnel, busy } = useAppShallow((s) => ({
		tunnel: s.tunnel,
		busy: s.tunnelBusy
	}));
	const actions = useActions();
	const [provider, setProvider] = (0, import_react$6.useState)(tunnel?.config.provider ?? "ngrok");
	const [authtoken, setAuthtoken] = (0, import_react$6.useState)("");
	const [domain, setDomain] = (0, import_react$6.useState)(tunnel?.config.domain ?? "");
	const [publicUrl, setPublicUrl] = (0, import_react$6.useState)(tunnel?.config.publicUrl ?? "");
	if (!tunnel) return null;
	const submit = (e) => {
		e.preventDefault();
		actions.startTunnel(provider === "ngrok" ? {
			provider,
			...authtoken ? { authtoken } : {},
			domain: domain.trim() || null
		} : {
			provider,
			publicUrl: publicUrl.trim()
		});
		setAuthtoken("");
	};
	const running = tunnel.status.state !== "off";
	return /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("form", {
		className: "card",
		"aria-label": "Tunnel",
		onSubmit: submit,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("div", {
				className: "section-head",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("h2", { children: "Public webhook URL" }), /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(Badge, {
					tone: STATE_TONE[tunnel.status.state] ?? "neutral",
					children: tunnel.status.state
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("p", {
				className: "muted",
				children: [
					"Mesh must reach this counter from the internet. Only the webhook listener is forwarded (",
					tunnel.localWebhookUrl,
					") — never the console."
				]
			}),
			tunnel.status.reason && /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("p", {
				className: "notice notice-error",
				role: "alert",
				children: [tunnel.status.reason, tunnel.status.nextRetryAt ? `${/[.!?]$/.test(tunnel.status.reason) ? "" : "."} Next try at ${formatDateTime(tunnel.status.nextRetryAt)}.` : ""]
			}),
			tunnel.status.warning && /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("p", {
				className: "notice",
				children: tunnel.status.warning
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("div", {
				className: "field-row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("label", {
						htmlFor: "tunnel-provider",
						children: "Provider"
					}), /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("select", {
						id: "tunnel-provider",
						value: provider,
						onChange: (e) => setProvider(e.target.value),
						children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("option", {
							value: "ngrok",
							children: "ngrok"
						}), /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("option", {
							value: "manual",
							children: "My own URL (reverse proxy)"
						})]
					})]
				}), provider === "ngrok" ? /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("div", {
					className: "field",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("label", {
							htmlFor: "tunnel-domain",
							children: "Reserved domain"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("input", {
							id: "tunnel-domain",
							placeholder: "your-shop.ngrok-free.app",
							value: domain,
							onChange: (e) => setDomain(e.target.value),
							"aria-describedby": "tunnel-domain-hint"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("p", {
							id: "tunnel-domain-hint",
							className: "hint",
							children: "Strongly recommended: without one the URL changes at every start and must be registered in Mesh again."
						})
					]
				}) : /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("label", {
						htmlFor: "tunnel-url",
						children: "Public URL"
					}), /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("input", {
						id: "tunnel-url",
						placeholder: "https://pay.example-shop.com",
						value: publicUrl,
						onChange: (e) => setPublicUrl(e.target.value)
					})]
				})]
			}),
			provider === "ngrok" && /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("div", {
				className: "field",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("label", {
						htmlFor: "tunnel-authtoken",
						children: "ngrok authtoken"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("input", {
						id: "tunnel-authtoken",
						type: "password",
						autoComplete: "off",
						value: authtoken,
						onChange: (e) => setAuthtoken(e.target.value),
						"aria-describedby": "tunnel-authtoken-hint"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("p", {
						id: "tunnel-authtoken-hint",
						className: "hint",
						children: tunnel.config.authtokenSet ? "Saved. Leave empty to keep it." : "From dashboard.ngrok.com › Your Authtoken."
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("p", {
				className: "inline",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("button", {
					type: "submit",
					className: "primary",
					disabled: busy !== null,
					children: busy === "start" ? "Starting…" : running ? "Restart tunnel" : "Start tunnel"
				}), /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("button", {
					type: "button",
					disabled: !running || busy !== null,
					onClick: () => void actions.stopTunnel(),
					children: "Stop tunnel"
				})]
			})
		]
	});
}
function HealthScreen() {
	const s = useAppShallow((st) => ({
		tunnel: st.tunnel,
		status: st.tunnelStatus,
		error: st.tunnelError,
		busy: st.tunnelBusy,
		selfTest: st.selfTest,
		reconcile: st.reconcileResult,
		reconcileProgress: st.reconcileProgress,
		message: st.tunnelMessage,
		mode: st.health?.mode ?? "emulator"
	}));
	const actions = useActions();
	if (s.status === "error") return /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(ErrorState, {
		title: "Could not load the connection status",
		message: s.error ?? "",
		onRetry: () => void actions.loadTunnel()
	});
	if (!s.tunnel) return /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(Loading, { children: "Loading the connection status…" });
	const t = s.tunnel;
	const url = t.status.state === "online" && t.status.publicUrl ? t.status.publicUrl : null;
	return /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("div", {
		className: "stack",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(TimeZoneNote, {}),
			s.message && /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("p", {
				className: "notice notice-error",
				role: "alert",
				children: s.message
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("section", {
				className: "card",
				"aria-label": "Webhook registration",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("h2", { children: "Register with Mesh" }),
					url ? /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("p", {
						className: "inline",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("code", {
							className: "mono",
							children: url
						}), /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(CopyButton, {
							text: url,
							label: "Copy public URL"
						})]
					}) : /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("p", {
						className: "muted",
						children: [
							"No public URL yet: start a tunnel below",
							s.mode === "emulator" ? " (the built-in emulator needs none; it calls the local receiver directly)" : "",
							"."
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(RegisterSteps, {
						url: url ?? "https://…/webhooks/mesh",
						mode: s.mode
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(TunnelForm, {}),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("section", {
				className: "card",
				"aria-label": "Checks",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("h2", { children: "Checks" }),
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("p", {
						className: "inline",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("button", {
							type: "button",
							disabled: s.busy !== null,
							onClick: () => void actions.runSelfTest(),
							children: s.busy === "selftest" ? "Testing…" : "Run self-test"
						}), /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("button", {
							type: "button",
							disabled: s.busy !== null,
							onClick: () => void actions.runReconcile(),
							children: s.busy === "reconcile" ? "Reconciling…" : "Reconcile now"
						})]
					}),
					s.selfTest && /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("p", {
						className: `notice ${s.selfTest.ok ? "notice-ok" : "notice-error"}`,
						role: "status",
						"aria-label": "Self-test result",
						children: [
							s.selfTest.message,
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("span", {
								className: "muted",
								children: [
									"(",
									s.selfTest.url,
									")"
								]
							})
						]
					}),
					s.busy === "reconcile" && /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(ReconcileProgressLine, { progress: s.reconcileProgress }),
					s.reconcile && /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)(ReconcileResult, { result: s.reconcile }),
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("label", {
						className: "check",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("input", {
								type: "checkbox",
								checked: t.allowlist.enabled,
								disabled: s.busy !== null,
								onChange: (e) => void actions.setAllowlist(e.target.checked)
							}),
							"Only accept deliveries from Mesh’s address (",
							t.allowlist.addresses.join(", "),
							")"
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("p", {
						className: "hint",
						children: "Off by default. Behind ngrok the sender’s address comes from the tunnel’s X-Forwarded-For, trusted only from the local agent. Turn it on only if Mesh still sends from that address; everything else is refused with 403 and shown in the Inspector."
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("section", {
				className: "card",
				"aria-label": "Downtime",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("h2", { children: "Downtime" }), t.downtime.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("p", {
					className: "muted",
					children: "No downtime recorded."
				}) : /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("table", {
					className: "table",
					"aria-label": "Downtime windows",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("th", {
							scope: "col",
							children: "What"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("th", {
							scope: "col",
							children: "From"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("th", {
							scope: "col",
							children: "To"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("th", {
							scope: "col",
							children: "Reason"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("th", {
							scope: "col",
							children: "Caught up"
						})
					] }) }), /* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("tbody", { children: t.downtime.map((d) => /* @__PURE__ */ (0, import_jsx_runtime$8.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("td", { children: d.kind === "app" ? "Countertop not running" : "Tunnel down" }),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("td", { children: formatDateTime(d.startedAt) }),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("td", { children: d.endedAt ? formatDateTime(d.endedAt) : "ongoing" }),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("td", {
							className: "wrap",
							children: d.reason ?? ""
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$8.jsx)("td", { children: d.reconciledAt ? formatDateTime(d.reconciledAt) : "not yet" })
					] }, d.id)) })]
				})]
			})
		]
	});
}
var import_react$6, import_jsx_runtime$8, STATE_TONE;
var init_HealthScreen = __esmMin((() => {
	import_react$6 = /* @__PURE__ */ __toESM(require_react());
	init_common();
	init_time();
	init_format();
	init_react();
	init_ReconcilePanel();
	import_jsx_runtime$8 = require_jsx_runtime();
	STATE_TONE = {
		online: "success",
		connecting: "progress",
		error: "danger",
		off: "neutral"
	};
}));
// src/shared/explorer.ts
function explorerFor(network) {
	if (!network) return null;
	const key = network.trim().toLowerCase().replace(/[\s_-]+/g, "");
	return Object.prototype.hasOwnProperty.call(EXPLORERS, key) ? EXPLORERS[key] : null;
}
/**
* The explorer page of a transaction, or null when the network is unknown, the hash is
* missing, or the hash is not shaped like one of that network's (never a link built from junk).
*/
function explorerTxUrl(network, txHash) {
	const e = explorerFor(network);
	if (!e || !txHash) return null;
	const hash = txHash.trim();
	if (e.kind === "evm" ? !EVM_HASH.test(hash) : !SOLANA_SIGNATURE.test(hash)) return null;
	return `${e.base}${hash}${e.suffix}`;
}
var EVM_HASH, SOLANA_SIGNATURE, EXPLORERS;
var init_explorer = __esmMin((() => {
	EVM_HASH = /^0x[0-9a-fA-F]{64}$/;
	SOLANA_SIGNATURE = /^[1-9A-HJ-NP-Za-km-z]{64,90}$/;
	EXPLORERS = {
		ethereum: {
			base: "https://etherscan.io/tx/",
			suffix: "",
			kind: "evm"
		},
		polygon: {
			base: "https://polygonscan.com/tx/",
			suffix: "",
			kind: "evm"
		},
		solana: {
			base: "https://solscan.io/tx/",
			suffix: "",
			kind: "solana"
		},
		sepolia: {
			base: "https://sepolia.etherscan.io/tx/",
			suffix: "",
			kind: "evm"
		},
		ethereumsepolia: {
			base: "https://sepolia.etherscan.io/tx/",
			suffix: "",
			kind: "evm"
		},
		solanadevnet: {
			base: "https://solscan.io/tx/",
			suffix: "?cluster=devnet",
			kind: "solana"
		}
	};
}));
// src/renderer/src/lib/receipt.ts
function addressLines(address) {
	return (address ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
/** When the sale was paid: Mesh's Timestamp of the succeeded event, else when we recorded it. */
function paidAt(sale) {
	if (sale.refund) return sale.refund.paidAt ?? sale.createdAt;
	const t = sale.transfer;
	return t?.statusTimestamp ?? t?.updatedAt ?? sale.createdAt;
}
function buildReceipt(sale, shop, locale, opts = {}) {
	const charge = describeCharge(sale.charge, locale);
	const charged = charge?.charged ?? "—";
	if (sale.state !== "succeeded" || sale.amountMismatch) {
		const st = saleDisplayStatus(sale);
		const final = saleStatus(sale.state).final;
		const detail = sale.amountMismatch ? `${describeAmountMismatch(sale.amountMismatch)} There is no receipt for a payment that does not match the charge; check the transfer.` : final ? `${st.detail} There is no receipt for an unpaid sale.` : `${st.detail} The receipt appears here as soon as Mesh confirms the payment.`;
		return {
			paid: false,
			title: "NOT PAID",
			state: st.label,
			detail,
			final,
			charged,
			transactionId: sale.transactionId
		};
	}
	const t = sale.transfer;
	const at = paidAt(sale);
	const asset = t?.token ?? sale.asset;
	const amount = t?.destinationAmount ?? t?.sourceAmount ?? null;
	const network = t?.chain ?? sale.network ?? "—";
	const crypto = amount ? formatCrypto(amount, asset, locale) : `— ${asset}`;
	const txHash = t?.txHash ?? null;
	const notes = [];
	if (sale.endReason || sale.lateTransfer) notes.push("Paid after the counter had ended the sale.");
	const r = sale.refund;
	const refundTo = r?.refundAddress ? ` to ${r.refundAddress}` : "";
	const refundWhen = r?.at != null ? formatReceiptDateTime(r.at, locale, opts.timeZone) : null;
	const refund = !r ? null : r.status === "succeeded" ? {
		title: "REFUNDED",
		detail: `Mesh refunded this payment (${charged})${refundTo}${refundWhen ? ` on ${refundWhen}` : ""}. It is not a proof of purchase any more.`
	} : {
		title: "REFUND PENDING",
		detail: `Mesh is refunding this payment (${charged})${refundTo}${refundWhen ? `, since ${refundWhen}` : ""}.`
	};
	if (!txHash) notes.push("Mesh sent no transaction hash for this transfer.");
	const lines = [
		{
			label: "Paid in",
			value: crypto
		},
		{
			label: "Network",
			value: network
		},
		{
			label: "TransactionId",
			value: sale.transactionId,
			mono: true
		},
		{
			label: "Mesh TransferId",
			value: sale.transferId ?? t?.transferId ?? "—",
			mono: true
		},
		{
			label: "TxHash",
			value: txHash ?? "—",
			mono: true
		}
	];
	return {
		paid: true,
		shopName: shop?.name.trim() ? shop.name.trim() : null,
		shopAddress: addressLines(shop?.address),
		dateTime: formatReceiptDateTime(at, locale, opts.timeZone),
		dateTimeIso: isoWithOffset$1(at, opts.offsetMinutes),
		charged,
		converted: charge?.usd ? `${charge.usd}${charge.rate ? ` at ${charge.rate}` : ""}` : null,
		crypto,
		network,
		lines,
		explorerUrl: explorerTxUrl(network, txHash),
		test: (t?.isTest ?? false) || opts.mode != null && opts.mode !== "production",
		notes,
		fileName: `receipt-${sale.transactionId}${r?.status === "succeeded" ? "-refunded" : ""}`,
		refund
	};
}
var RECEIPT_QR;
var init_receipt = __esmMin((() => {
	init_explorer();
	init_format();
	init_saleState();
	RECEIPT_QR = {
		type: "svg",
		errorCorrectionLevel: "M",
		margin: 4,
		color: {
			dark: "#000000",
			light: "#ffffff"
		}
	};
})), SAVE_PDF_COMMAND;
var init_pdf$1 = __esmMin((() => {
	init_zod();
	SAVE_PDF_COMMAND = "shell.savePdf";
	object({
		/** The file name offered in the save dialog, e.g. "receipt-ct_0123.pdf". */
		suggestedName: string().trim().min(1).max(120),
		/** The merchant's locale: decides Letter or A4. */
		locale: string().trim().min(1).max(35)
	}).strict();
}));
// src/renderer/src/features/receipt/pdf.ts
/** The desktop saver when the Electron preload is there, else null (use the print dialog). */
function desktopPdf(win) {
	const api = win.countertop;
	if (!api || typeof api.invoke !== "function") return null;
	return async (args) => {
		try {
			const reply = await api.invoke(SAVE_PDF_COMMAND, args);
			if (!isEnvelope(reply)) return {
				kind: "error",
				message: "The app gave no answer to Save PDF. Use Print receipt instead."
			};
			if (!reply.ok) return {
				kind: "error",
				message: reply.error.message
			};
			const v = reply.value;
			return v.saved ? {
				kind: "saved",
				path: v.path
			} : { kind: "cancelled" };
		} catch (err) {
			return {
				kind: "error",
				message: `Could not save the PDF: ${err.message}. Use Print receipt instead.`
			};
		}
	};
}
var init_pdf = __esmMin((() => {
	init_pdf$1();
	init_types();
}));
// src/renderer/src/features/receipt/ReceiptScreen.tsx
/** The QR code of `url` as an SVG data URL (qrcode's SVG output), or null until it is made. */
function useQrDataUrl(url) {
	const [made, setMade] = (0, import_react$5.useState)(null);
	(0, import_react$5.useEffect)(() => {
		if (!url) return;
		let live = true;
		import_browser.toString(url, RECEIPT_QR).then((svg) => live && setMade({
			url,
			src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
		}), () => live && setMade({
			url,
			src: null
		}));
		return () => {
			live = false;
		};
	}, [url]);
	if (!url || !made || made.url !== url) return {
		src: null,
		failed: false
	};
	return {
		src: made.src,
		failed: made.src === null
	};
}
function ExplorerQr({ url }) {
	const { src, failed } = useQrDataUrl(url);
	if (!url) return /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("p", {
		className: "receipt-noqr muted",
		children: "No block-explorer link for this transfer (no transaction hash, or a network without a known explorer)."
	});
	return /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("figure", {
		className: "receipt-qr",
		children: [src ? /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("img", {
			src,
			alt: "QR code of the block-explorer link below",
			"data-testid": "receipt-qr",
			"data-url": url,
			width: 160,
			height: 160
		}) : /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", {
			className: "receipt-qr-placeholder",
			role: "status",
			children: failed ? "Could not draw the QR code; the link below is the same." : "Drawing the QR code…"
		}), /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("figcaption", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", {
				className: "receipt-qr-label",
				children: "Check this payment on the blockchain:"
			}),
			" ",
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("a", {
				href: url,
				target: "_blank",
				rel: "noreferrer",
				className: "mono break",
				"data-testid": "receipt-explorer-link",
				children: url
			})
		] })]
	});
}
function PaidView({ r }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("article", {
		className: `receipt${r.refund ? " receipt-refunded" : ""}`,
		"aria-labelledby": "receipt-shop",
		"data-testid": "receipt",
		"data-paid": "true",
		"data-refund": r.refund ? r.refund.title.toLowerCase().replace(" ", "-") : void 0,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("header", {
				className: "receipt-head",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("h2", {
						id: "receipt-shop",
						className: "receipt-shop",
						children: r.shopName ?? "Receipt"
					}),
					r.shopAddress.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("address", {
						className: "receipt-address",
						children: r.shopAddress.map((l, i) => /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", { children: l }, i))
					}),
					r.test ? /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("p", {
						className: "receipt-kind receipt-test",
						"data-testid": "receipt-test",
						title: "Made in emulator or sandbox mode, or for a test transfer",
						children: "Test receipt — not a real payment"
					}) : r.shopName && /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("p", {
						className: "receipt-kind",
						children: "Receipt"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("time", {
						className: "receipt-time",
						dateTime: r.dateTimeIso,
						"data-testid": "receipt-time",
						children: r.dateTime
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
				className: "receipt-total",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", { children: "Total charged" }), /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("strong", {
					className: "money",
					"data-testid": "receipt-charged",
					children: r.charged
				})]
			}),
			r.converted && /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("p", {
				className: "receipt-converted",
				"data-testid": "receipt-converted",
				children: ["Charged through Mesh as ", /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", {
					className: "money",
					children: r.converted
				})]
			}),
			r.refund ? /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
				className: "receipt-refund",
				role: "note",
				"data-testid": "receipt-refund",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("p", {
					className: "refund-stamp",
					children: r.refund.title
				}), /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("p", {
					className: "refund-detail",
					children: r.refund.detail
				})]
			}) : /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("p", {
				className: "receipt-paid",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", {
					"aria-hidden": "true",
					children: "✓ "
				}), "Paid — confirmed by Mesh"]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("dl", {
				className: "receipt-lines",
				children: r.lines.map((l) => /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
					className: l.mono ? "receipt-line receipt-line-id" : "receipt-line",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("dt", { children: l.label }), /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("dd", {
						className: l.mono ? "mono break" : "money",
						"data-testid": `receipt-${l.label.toLowerCase().replace(/\s+/g, "-")}`,
						children: l.value
					})]
				}, l.label))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)(ExplorerQr, { url: r.explorerUrl }),
			r.notes.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("ul", {
				className: "receipt-notes",
				children: r.notes.map((n) => /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("li", { children: n }, n))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("footer", {
				className: "receipt-foot",
				children: "Paid with crypto through Mesh Connect. Thank you!"
			})
		]
	});
}
function NotPaidView({ r }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("article", {
		className: "receipt receipt-not-paid",
		"aria-labelledby": "receipt-not-paid",
		"data-testid": "receipt",
		"data-paid": "false",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("p", {
				id: "receipt-not-paid",
				className: "not-paid-stamp",
				role: "alert",
				children: r.title
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("p", {
				className: "not-paid-state",
				children: ["Sale state: ", /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("strong", { children: r.state })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("p", { children: r.detail }),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("dl", {
				className: "receipt-lines",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
					className: "receipt-line",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("dt", { children: "Amount due" }), /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("dd", {
						className: "money",
						children: r.charged
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
					className: "receipt-line",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("dt", { children: "TransactionId" }), /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("dd", {
						className: "mono break",
						children: r.transactionId
					})]
				})]
			})
		]
	});
}
function PrintActions({ fileName, locale }) {
	const saver = (0, import_react$5.useMemo)(() => desktopPdf(window), []);
	const [busy, setBusy] = (0, import_react$5.useState)(false);
	const [outcome, setOutcome] = (0, import_react$5.useState)(null);
	const savePdf = async () => {
		if (!saver) {
			window.print();
			return;
		}
		setBusy(true);
		setOutcome(null);
		const r = await saver({
			suggestedName: fileName,
			locale
		});
		setBusy(false);
		setOutcome(r);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
		className: "receipt-actions",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("button", {
				type: "button",
				className: "primary",
				onClick: () => window.print(),
				children: "Print receipt"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("button", {
				type: "button",
				onClick: () => void savePdf(),
				disabled: busy,
				"aria-describedby": "save-pdf-hint",
				children: busy ? "Saving PDF…" : "Save PDF"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", {
				id: "save-pdf-hint",
				className: "muted",
				children: saver ? "Saves this receipt as a PDF file." : "Opens the print dialog: choose “Save as PDF” as the destination."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("span", {
				role: "status",
				className: outcome?.kind === "error" ? "field-error" : "muted",
				children: outcome?.kind === "saved" ? `Saved to ${outcome.path}` : outcome?.kind === "error" ? outcome.message : ""
			})
		]
	});
}
function ReceiptScreen({ sessionId }) {
	const { id, sale, status, error } = useAppShallow(selectReceiptState);
	const shop = useApp(selectShop);
	const mode = useApp((s) => s.settings?.mode ?? null);
	const locale = useLocale();
	const { loadReceipt } = useActions();
	const heading = useFocusOnMount();
	(0, import_react$5.useEffect)(() => {
		loadReceipt(sessionId);
	}, [sessionId, loadReceipt]);
	const current = id === sessionId ? sale : null;
	const receipt = (0, import_react$5.useMemo)(() => current ? buildReceipt(current, shop, locale, { mode }) : null, [
		current,
		shop,
		locale,
		mode
	]);
	return /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
		className: "screen receipt-screen",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
				className: "screen-head no-print",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("h1", {
					ref: heading,
					tabIndex: -1,
					children: "Receipt"
				}), /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("p", {
					className: "crumbs",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("a", {
						href: "#/counter",
						children: "← Counter"
					}), current?.transferId && /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)(import_jsx_runtime$7.Fragment, { children: [" · ", /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("a", {
						href: transferHref(current.transferId),
						children: "Open the transfer"
					})] })]
				})]
			}),
			status === "error" && id === sessionId && /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)(ErrorState, {
				title: "Could not load this sale",
				message: error ?? "",
				onRetry: () => void loadReceipt(sessionId)
			}),
			!receipt && status !== "error" && /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)(Loading, { children: "Loading the sale…" }),
			receipt?.paid && /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)(import_jsx_runtime$7.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("div", {
				className: "no-print",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)(PrintActions, {
					fileName: receipt.fileName,
					locale
				}), !receipt.shopName && /* @__PURE__ */ (0, import_jsx_runtime$7.jsxs)("p", {
					className: "hint",
					children: [
						"No shop name or address on this receipt yet: a manager can set them in ",
						/* @__PURE__ */ (0, import_jsx_runtime$7.jsx)("a", {
							href: "#/settings",
							children: "Settings"
						}),
						"."
					]
				})]
			}), /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)(PaidView, { r: receipt })] }),
			receipt && !receipt.paid && /* @__PURE__ */ (0, import_jsx_runtime$7.jsx)(NotPaidView, { r: receipt })
		]
	});
}
var import_browser, import_react$5, import_jsx_runtime$7;
var init_ReceiptScreen = __esmMin((() => {
	import_browser = /* @__PURE__ */ __toESM(require_browser());
	import_react$5 = /* @__PURE__ */ __toESM(require_react());
	init_common();
	init_hooks();
	init_receipt();
	init_route();
	init_selectors();
	init_react();
	init_pdf();
	import_jsx_runtime$7 = require_jsx_runtime();
}));
// src/renderer/src/lib/csv.ts
/**
* One CSV field: quoted when it holds a comma, quote, CR, LF or edge spaces, quotes doubled.
* Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
* apostrophe; plain numbers such as "-3.5" are left alone.
*/
function csvField(v) {
	if (v === null || v === void 0) return "";
	let s = typeof v === "string" ? v : String(v);
	if (typeof v === "string" && /^[=+\-@\t\r]/.test(s) && !DECIMAL.test(s)) s = `'${s}`;
	if (/[",\r\n]/.test(s) || /^\s|\s$/.test(s)) return `"${s.replace(/"/g, "\"\"")}"`;
	return s;
}
function csvLine(values) {
	return values.map(csvField).join(",");
}
function exportRecord(r, offsetOf = localOffset) {
	const c = r.charge ?? null;
	return {
		firstSeenAt: isoWithOffset$1(r.firstSeenAt, offsetOf(r.firstSeenAt)),
		status: r.status,
		statusRaw: r.statusRaw || r.status,
		fiatAmount: plain$1(c?.amount),
		fiatCurrency: c?.currency ?? null,
		usdCharged: plain$1(c?.usdAmount),
		fxRate: plain$1(c?.rate),
		cryptoAmount: plain$1(r.destinationAmount ?? r.sourceAmount),
		asset: r.token,
		network: r.chain,
		sourceAmount: plain$1(r.sourceAmount),
		destinationAmount: plain$1(r.destinationAmount),
		transactionId: r.transactionId,
		transferId: r.transferId,
		txHash: r.txHash,
		sessionId: r.sessionId,
		sourceAccountProvider: r.sourceAccountProvider,
		destinationAddress: r.destinationAddress,
		events: r.eventCount,
		deliveries: r.deliveryCount,
		retried: r.retried,
		conflict: r.conflict,
		isFinal: r.isFinal,
		provenance: r.provenance,
		isTest: r.isTest,
		updatedAt: isoWithOffset$1(r.updatedAt, offsetOf(r.updatedAt))
	};
}
/** The ledger as CSV text: a header line, then one line per row, CRLF line ends. */
function ledgerToCsv(rows, offsetOf = localOffset) {
	const lines = [csvLine(EXPORT_COLUMNS)];
	for (const r of rows) {
		const rec = exportRecord(r, offsetOf);
		lines.push(csvLine(EXPORT_COLUMNS.map((k) => rec[k])));
	}
	return lines.join("\r\n") + "\r\n";
}
/** The ledger as pretty JSON: an array of export records (same keys as the CSV columns). */
function ledgerToJson(rows, offsetOf = localOffset) {
	return JSON.stringify(rows.map((r) => exportRecord(r, offsetOf)), null, 2) + "\n";
}
function exportFilename(kind, now) {
	return `countertop-ledger-${compactDate(now)}.${kind}`;
}
var DECIMAL, EXPORT_COLUMNS, localOffset, plain$1;
var init_csv = __esmMin((() => {
	init_money();
	init_format();
	DECIMAL = /^-?\d+(\.\d+)?$/;
	EXPORT_COLUMNS = [
		"firstSeenAt",
		"status",
		"statusRaw",
		"fiatAmount",
		"fiatCurrency",
		"usdCharged",
		"fxRate",
		"cryptoAmount",
		"asset",
		"network",
		"sourceAmount",
		"destinationAmount",
		"transactionId",
		"transferId",
		"txHash",
		"sessionId",
		"sourceAccountProvider",
		"destinationAddress",
		"events",
		"deliveries",
		"retried",
		"conflict",
		"isFinal",
		"provenance",
		"isTest",
		"updatedAt"
	];
	localOffset = (ms) => -new Date(ms).getTimezoneOffset();
	plain$1 = (v) => v != null && isDecimalString(v) ? v : null;
}));
// src/renderer/src/lib/shift.ts
/** ISO 8601 with the zone's offset, to the second: "2025-05-20T09:00:00+02:00". */
function isoWithOffset(ms, timeZone) {
	const w = wallClock(ms, timeZone);
	return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(w.offset)}`;
}
/** The USD charged through Mesh over every currency (decimal text). */
function usdCharged(totals) {
	return addDecimals(totals.map((t) => t.usdAmount).concat("0"));
}
/** Crypto received for a sale (DestinationAmount, else SourceAmount), decimal text or null; a refunded sale's too (it was received, then returned). */
function receivedAmount(sale) {
	if (!sale.transfer || !isPaidStatus(sale.transfer.status)) return null;
	return sale.transfer.destinationAmount ?? sale.transfer.sourceAmount;
}
/** A sale's state for exports: refund_pending / refunded for a refunded sale, paid_after_<reason> for one paid after the counter ended it, else its state. */
function exportState(s) {
	if (s.refund) return s.refund.status === "succeeded" ? "refunded" : "refund_pending";
	if (s.lateTransfer && s.transfer?.status === "succeeded" && s.endReason) return `paid_after_${s.endReason}`;
	return s.state;
}
function shiftReportCsvRecords(r, timeZone) {
	const at = (ms) => ms == null ? null : isoWithOffset(ms, timeZone);
	const out = [
		{
			section: "shift",
			key: "shiftId",
			value: r.shift.shiftId
		},
		{
			section: "shift",
			key: "openedAt",
			time: at(r.shift.openedAt)
		},
		{
			section: "shift",
			key: "closedAt",
			time: at(r.shift.closedAt)
		},
		{
			section: "shift",
			key: "openedBy",
			value: r.shift.openedBy
		},
		{
			section: "shift",
			key: "generatedAt",
			time: at(r.generatedAt)
		},
		{
			section: "shift",
			key: "timeZone",
			value: timeZone
		}
	];
	for (const c of COUNT_ROWS) out.push({
		section: "count",
		key: c.key,
		count: r.counts[c.key] ?? 0
	});
	for (const f of r.fiatTotals) out.push({
		section: "fiat",
		key: f.currency,
		currency: f.currency,
		amount: f.amount,
		usdAmount: f.usdAmount,
		count: f.count
	});
	if ((r.refundTotals?.length ?? 0) > 0) {
		for (const f of r.paidTotals) out.push({
			section: "paid",
			key: f.currency,
			currency: f.currency,
			amount: f.amount,
			usdAmount: f.usdAmount,
			count: f.count
		});
		for (const f of r.refundTotals) out.push({
			section: "refund",
			key: f.currency,
			currency: f.currency,
			amount: f.amount,
			usdAmount: f.usdAmount,
			count: f.count
		});
	}
	for (const a of r.assetTotals) out.push({
		section: "asset",
		key: a.network ? `${a.asset}/${a.network}` : a.asset,
		asset: a.asset,
		network: a.network,
		cryptoAmount: a.amount,
		count: a.count
	});
	for (const s of r.sales) out.push({
		section: "sale",
		key: s.transactionId,
		value: exportState(s),
		time: at(s.createdAt),
		currency: s.charge.currency,
		amount: s.charge.amount,
		usdAmount: s.charge.usdAmount,
		asset: s.asset,
		network: s.network,
		cryptoAmount: receivedAmount(s)
	});
	return out;
}
/** The Z report as CSV text (CRLF, formula-safe fields: the ledger export's helper). */
function shiftReportToCsv(r, timeZone) {
	const lines = [csvLine(SHIFT_CSV_COLUMNS)];
	for (const rec of shiftReportCsvRecords(r, timeZone)) lines.push(csvLine(SHIFT_CSV_COLUMNS.map((c) => rec[c])));
	return lines.join("\r\n") + "\r\n";
}
function saleExport(s, timeZone) {
	return {
		sessionId: s.sessionId,
		transactionId: s.transactionId,
		createdAt: isoWithOffset(s.createdAt, timeZone),
		state: s.state,
		refund: s.refund ? {
			status: s.refund.status,
			at: s.refund.at == null ? null : isoWithOffset(s.refund.at, timeZone),
			refundAddress: s.refund.refundAddress
		} : null,
		amount: s.charge.amount,
		currency: s.charge.currency,
		usdAmount: s.charge.usdAmount,
		rate: s.charge.rate,
		asset: s.asset,
		network: s.network,
		received: receivedAmount(s),
		transferId: s.transferId,
		txHash: s.transfer?.txHash ?? null,
		endReason: s.endReason,
		endedAt: s.endedAt == null ? null : isoWithOffset(s.endedAt, timeZone),
		lateTransfer: s.lateTransfer
	};
}
/**
* The Z report as JSON: the report's own fields with times as ISO 8601 (offset) text and each
* sale reduced to what bookkeeping needs (no SDK payloads).
*/
function shiftReportToJson(r, timeZone) {
	const doc = {
		shiftId: r.shift.shiftId,
		openedAt: isoWithOffset(r.shift.openedAt, timeZone),
		closedAt: r.shift.closedAt == null ? null : isoWithOffset(r.shift.closedAt, timeZone),
		openedBy: r.shift.openedBy,
		generatedAt: isoWithOffset(r.generatedAt, timeZone),
		timeZone,
		counts: Object.fromEntries(COUNT_ROWS.map((c) => [c.key, r.counts[c.key] ?? 0])),
		fiatTotals: r.fiatTotals,
		assetTotals: r.assetTotals,
		paidTotals: r.paidTotals,
		refundTotals: r.refundTotals,
		pending: r.pending.map((s) => saleExport(s, timeZone)),
		sales: r.sales.map((s) => saleExport(s, timeZone))
	};
	return JSON.stringify(doc, null, 2) + "\n";
}
/** "countertop-z-report-20250520-0900.csv": named by when the shift opened (local). */
function shiftReportFilename(r, kind, timeZone) {
	const w = wallClock(r.shift.openedAt, timeZone);
	return `countertop-z-report-${w.year}${pad(w.month)}${pad(w.day)}-${pad(w.hour)}${pad(w.minute)}.${kind}`;
}
var pad, COUNT_ROWS, SHIFT_CSV_COLUMNS;
var init_shift = __esmMin((() => {
	init_money();
	init_status();
	init_csv();
	init_format();
	pad = (n) => String(n).padStart(2, "0");
	COUNT_ROWS = [
		{
			key: "paid",
			label: "Paid"
		},
		{
			key: "paidAfterEnd",
			label: "Paid after ending",
			hint: "Ended at the counter, but the transfer succeeded anyway. Included in Paid and in the totals."
		},
		{
			key: "refunded",
			label: "Refunded",
			hint: "Paid, then refunded by Mesh (or being refunded). Included in Paid, left out of the totals: they are net of refunds."
		},
		{
			key: "failed",
			label: "Failed"
		},
		{
			key: "cancelled",
			label: "Cancelled"
		},
		{
			key: "abandoned",
			label: "Abandoned"
		},
		{
			key: "expired",
			label: "Expired"
		},
		{
			key: "pending",
			label: "Still pending"
		}
	];
	SHIFT_CSV_COLUMNS = [
		"section",
		"key",
		"value",
		"time",
		"currency",
		"amount",
		"usdAmount",
		"asset",
		"network",
		"cryptoAmount",
		"count"
	];
}));
// src/renderer/src/features/shift/dialogKeys.ts
/**
* `count` focusable elements in the dialog, `active` the index of the focused one (-1 when focus
* is on the dialog itself or outside it). While `busy` (the confirmed action runs) Escape does
* nothing: the action cannot be taken back by closing the dialog.
*/
function dialogKeyAction(key, shiftKey, count, active, busy = false) {
	if (key === "Escape" || key === "Esc") return busy ? { kind: "none" } : { kind: "close" };
	if (key !== "Tab") return { kind: "none" };
	if (count <= 0) return {
		kind: "focus",
		index: -1
	};
	if (shiftKey) return {
		kind: "focus",
		index: active <= 0 || active >= count ? count - 1 : active - 1
	};
	return {
		kind: "focus",
		index: active < 0 || active >= count - 1 ? 0 : active + 1
	};
}
var FOCUSABLE;
var init_dialogKeys = __esmMin((() => {
	FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";
}));
// src/renderer/src/features/shift/Dialog.tsx
/** The dialog's markup without the portal and the focus handling (rendered as-is in tests). */
function DialogPanel(p) {
	return /* @__PURE__ */ (0, import_jsx_runtime$6.jsxs)("div", {
		ref: p.panelRef,
		className: `dialog card${p.className ? ` ${p.className}` : ""}`,
		role: "dialog",
		"aria-modal": "true",
		"aria-labelledby": p.titleId,
		"aria-describedby": p.descriptionId,
		tabIndex: -1,
		onKeyDown: p.onKeyDown,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$6.jsx)("h2", {
				id: p.titleId,
				children: p.title
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$6.jsx)("div", {
				id: p.descriptionId,
				className: "dialog-description",
				children: p.description
			}),
			p.children,
			/* @__PURE__ */ (0, import_jsx_runtime$6.jsx)("div", {
				className: "button-row dialog-actions",
				children: p.actions
			})
		]
	});
}
function Dialog({ onClose, busy = false, initialFocus, ...rest }) {
	const panel = (0, import_react$4.useRef)(null);
	const titleId = (0, import_react$4.useId)();
	const descriptionId = (0, import_react$4.useId)();
	(0, import_react$4.useEffect)(() => {
		const el = panel.current;
		if (!el) return;
		const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		const root = document.getElementById("root");
		const wasInert = root?.hasAttribute("inert") ?? false;
		root?.setAttribute("inert", "");
		((initialFocus ? el.querySelector(initialFocus) : null) ?? el.querySelector("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])") ?? el).focus();
		const onFocusIn = (e) => {
			if (e.target instanceof Node && !el.contains(e.target)) (el.querySelector("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])") ?? el).focus();
		};
		document.addEventListener("focusin", onFocusIn);
		return () => {
			document.removeEventListener("focusin", onFocusIn);
			if (!wasInert) root?.removeAttribute("inert");
			if (opener?.isConnected) opener.focus();
		};
	}, []);
	const onKeyDown = (e) => {
		const el = panel.current;
		if (!el) return;
		const items = [...el.querySelectorAll(FOCUSABLE)];
		const action = dialogKeyAction(e.key, e.shiftKey, items.length, items.indexOf(document.activeElement), busy);
		if (action.kind === "none") return;
		e.preventDefault();
		e.stopPropagation();
		if (action.kind === "close") onClose();
		else (items[action.index] ?? el).focus();
	};
	return (0, import_react_dom.createPortal)(/* @__PURE__ */ (0, import_jsx_runtime$6.jsx)("div", {
		className: "dialog-backdrop",
		onMouseDown: (e) => {
			if (e.target === e.currentTarget && !busy) onClose();
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime$6.jsx)(DialogPanel, {
			...rest,
			titleId,
			descriptionId,
			onKeyDown,
			panelRef: panel
		})
	}), document.body);
}
var import_react$4, import_react_dom, import_jsx_runtime$6;
var init_Dialog = __esmMin((() => {
	import_react$4 = /* @__PURE__ */ __toESM(require_react());
	import_react_dom = require_react_dom();
	init_dialogKeys();
	import_jsx_runtime$6 = require_jsx_runtime();
}));
// src/renderer/src/features/shift/ShiftReportView.tsx
function ShiftReportView({ report, locale, timeZone, variant }) {
	const { shift } = report;
	const total = usdCharged(report.fiatTotals);
	const refunded = report.counts.refunded ?? 0;
	return /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", {
		className: "shift-report",
		"data-shift": shift.shiftId,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("dl", {
				className: "shift-meta",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dt", { children: "Opened" }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dd", {
						"data-testid": "opened-at",
						children: formatDateTime(shift.openedAt, { timeZone })
					})] }),
					variant === "final" && /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dt", { children: "Closed" }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dd", {
						"data-testid": "closed-at",
						children: formatDateTime(shift.closedAt, { timeZone })
					})] }),
					variant === "final" && /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dt", { children: "Shift" }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dd", { children: /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("code", {
						className: "mono",
						children: shift.shiftId
					}) })] }),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dt", { children: "Opened by" }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dd", { children: shift.openedBy || /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("span", {
						className: "muted",
						children: "not given"
					}) })] }),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dt", { children: variant === "final" ? "Report made" : "Updated" }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dd", { children: formatDateTime(report.generatedAt, { timeZone }) })] }),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", {
						className: "print-only",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dt", { children: "Time zone" }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dd", { children: describeTimeZone(timeZone, shift.openedAt) })]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("h3", {
				id: `counts-${shift.shiftId}`,
				children: "Sales"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dl", {
				className: "shift-counts",
				"aria-labelledby": `counts-${shift.shiftId}`,
				children: COUNT_ROWS.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("div", {
					className: `count count-${c.key}`,
					"data-count": c.key,
					title: c.hint,
					children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dt", { children: c.label }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("dd", { children: report.counts[c.key] ?? 0 })]
				}, c.key))
			}),
			(report.counts.paidAfterEnd ?? 0) > 0 && /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("p", {
				className: "hint",
				children: COUNT_ROWS.find((c) => c.key === "paidAfterEnd")?.hint
			}),
			refunded > 0 && /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("p", {
				className: "hint",
				children: COUNT_ROWS.find((c) => c.key === "refunded")?.hint
			}),
			(report.refundTotals?.length ?? 0) > 0 && /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)(RefundsTable, {
				report,
				locale
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("h3", { children: ["Totals per currency", refunded > 0 ? ", net of refunds" : ""] }),
			report.fiatTotals.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("p", {
				className: "muted",
				children: refunded > 0 ? "Every paid sale was refunded: nothing is left in the takings." : `No paid sales${variant === "live" ? " yet" : ""}.`
			}) : /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("table", {
				className: "table shift-totals",
				"aria-label": "Totals per currency",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
							scope: "col",
							children: "Currency"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
							scope: "col",
							className: "num",
							children: "Paid sales"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
							scope: "col",
							className: "num",
							children: "Amount"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
							scope: "col",
							className: "num",
							children: "USD charged"
						})
					] }) }),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("tbody", { children: report.fiatTotals.map((f) => /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", {
						"data-currency": f.currency,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
								scope: "row",
								children: f.currency
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
								className: "num",
								children: f.count
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
								className: "num",
								children: formatFiat(f.amount, f.currency, locale)
							}),
							/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
								className: "num",
								children: formatFiat(f.usdAmount, "USD", locale)
							})
						]
					}, f.currency)) }),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("tfoot", { children: /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
							scope: "row",
							children: "All currencies"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
							className: "num",
							children: report.fiatTotals.reduce((n, f) => n + f.count, 0)
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
							className: "num",
							"data-testid": "usd-total",
							children: formatFiat(total, "USD", locale)
						})
					] }) })
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("h3", { children: ["Crypto received", refunded > 0 ? ", net of refunds" : ""] }),
			report.assetTotals.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("p", {
				className: "muted",
				children: refunded > 0 ? "Every paid sale was refunded: no crypto is kept." : `Nothing received${variant === "live" ? " yet" : ""}.`
			}) : /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("table", {
				className: "table shift-totals",
				"aria-label": "Totals per asset",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
						scope: "col",
						children: "Asset"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
						scope: "col",
						children: "Network"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
						scope: "col",
						className: "num",
						children: "Paid sales"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
						scope: "col",
						className: "num",
						children: "Received"
					})
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("tbody", { children: report.assetTotals.map((a) => /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", {
					"data-asset": a.asset,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
							scope: "row",
							children: a.asset
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", { children: a.network ?? /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("span", {
							className: "muted",
							children: "—"
						}) }),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
							className: "num",
							children: a.count
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
							className: "num",
							children: formatCrypto(a.amount, a.asset, locale)
						})
					]
				}, `${a.asset}/${a.network ?? ""}`)) })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("h3", { children: "Still pending" }),
			report.pending.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("p", {
				className: "muted",
				children: "No sale is waiting for payment."
			}) : /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)(SalesTable, {
				sales: report.pending,
				label: "Pending sales",
				locale,
				timeZone
			}),
			report.sales.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("details", {
				className: "shift-sales",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("summary", { children: [
					"All ",
					report.sales.length,
					" sale",
					report.sales.length === 1 ? "" : "s",
					" of this shift"
				] }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)(SalesTable, {
					sales: report.sales,
					label: "Sales in this shift",
					locale,
					timeZone
				})]
			})
		]
	});
}
/** Paid (gross), refunded and net per currency, as the core summed them: shown when something was refunded. */
function RefundsTable({ report, locale }) {
	const currencies = [...new Set([...report.paidTotals, ...report.refundTotals].map((f) => f.currency))];
	const find = (list, currency) => list.find((f) => f.currency === currency);
	const money = (f, currency) => formatFiat(f?.amount ?? "0", currency, locale);
	return /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)(import_jsx_runtime$5.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("h3", { children: "Paid, refunded and net" }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("table", {
		className: "table shift-totals",
		"aria-label": "Paid, refunded and net per currency",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				children: "Currency"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				className: "num",
				children: "Paid"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				className: "num",
				children: "Refunded"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				className: "num",
				children: "Net"
			})
		] }) }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("tbody", { children: currencies.map((c) => {
			const paid = find(report.paidTotals, c);
			const refund = find(report.refundTotals, c);
			return /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", {
				"data-refund-currency": c,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
						scope: "row",
						children: c
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("td", {
						className: "num",
						children: [
							money(paid, c),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("span", {
								className: "muted",
								children: [
									"(",
									paid?.count ?? 0,
									")"
								]
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("td", {
						className: "num",
						children: [
							money(refund, c),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("span", {
								className: "muted",
								children: [
									"(",
									refund?.count ?? 0,
									")"
								]
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
						className: "num",
						children: money(find(report.fiatTotals, c), c)
					})
				]
			}, c);
		}) })]
	})] });
}
/** Sales with their charge and state; `compact` leaves out USD charged and Received (the dialog). */
function SalesTable({ sales, label, locale, timeZone, compact = false }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("table", {
		className: "table",
		"aria-label": label,
		children: [/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				children: "Time"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				className: "num",
				children: "Amount"
			}),
			!compact && /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				className: "num",
				children: "USD charged"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				children: "Asset"
			}),
			!compact && /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				className: "num",
				children: "Received"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("th", {
				scope: "col",
				children: "State"
			})
		] }) }), /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("tbody", { children: sales.map((s) => {
			const st = saleDisplayStatus(s);
			const received = receivedAmount(s);
			return /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("tr", {
				"data-session": s.sessionId,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
						className: "nowrap",
						children: formatDateTime(s.createdAt, { timeZone })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
						className: "num",
						children: formatFiat(s.charge.amount, s.charge.currency, locale)
					}),
					!compact && /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
						className: "num",
						children: formatFiat(s.charge.usdAmount, "USD", locale)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("td", { children: [s.asset, s.network ? /* @__PURE__ */ (0, import_jsx_runtime$5.jsxs)("span", {
						className: "muted",
						children: [" · ", s.network]
					}) : null] }),
					!compact && /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", {
						className: "num",
						children: received ? formatCrypto(received, s.transfer?.token ?? s.asset, locale) : /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("span", {
							className: "muted",
							children: "—"
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$5.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime$5.jsx)(Badge, {
						tone: st.tone,
						children: st.label
					}) })
				]
			}, s.sessionId);
		}) })]
	});
}
var import_jsx_runtime$5;
var init_ShiftReportView = __esmMin((() => {
	init_common();
	init_format();
	init_saleState();
	init_shift();
	import_jsx_runtime$5 = require_jsx_runtime();
}));
// src/renderer/src/features/shift/ShiftScreen.tsx
function ShiftScreen() {
	const timeZone = (0, import_react$3.useMemo)(() => consoleTimeZone(), []);
	const locale = useApp(selectLocale);
	const z = useAppShallow(selectZReportState);
	const heading = (0, import_react$3.useRef)(null);
	const { dismissShiftReport } = useActions();
	const backToShift = () => {
		dismissShiftReport();
		heading.current?.focus();
	};
	return /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("section", {
		className: "screen shift-screen",
		"aria-labelledby": "shift-heading",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("div", {
				className: "screen-head",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("h1", {
					id: "shift-heading",
					ref: heading,
					tabIndex: -1,
					children: "Shift"
				}), /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(TimeZoneNote, { timeZone })]
			}),
			z.id ? /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(ZReportPanel, {
				locale,
				timeZone,
				onBack: backToShift
			}) : /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(CurrentShiftPanel, {
				locale,
				timeZone
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(ClosedShifts, {
				locale,
				timeZone
			})
		]
	});
}
function CurrentShiftPanel({ locale, timeZone }) {
	const { report, status, error } = useAppShallow(selectCurrentShiftState);
	const { loadShift } = useActions();
	if (status === "error" && !report) return /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(ErrorState, {
		title: "Could not load the shift",
		message: error ?? "",
		onRetry: () => void loadShift()
	});
	if (status !== "ready" && !report) return /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(Loading, { children: "Loading the shift…" });
	if (!report) return /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(OpenShiftCard, {});
	return /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(OpenShiftReport, {
		report,
		locale,
		timeZone
	});
}
function OpenShiftCard() {
	const { action, error, failed } = useAppShallow(selectShiftAction);
	const { openShift } = useActions();
	const [name, setName] = (0, import_react$3.useState)("");
	const field = useFocusOnMount();
	const opening = action === "opening";
	return /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("section", {
		className: "card shift-open-card",
		"aria-labelledby": "no-shift-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("h2", {
				id: "no-shift-title",
				children: "No shift is open"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("p", {
				className: "muted",
				children: "Open a shift at the start of the day. Its Z report counts every sale started until you close it."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("form", {
				className: "shift-open-form",
				onSubmit: (e) => {
					e.preventDefault();
					openShift(name).then((ok) => {
						if (!ok) return;
						setName("");
						setTimeout(() => document.getElementById("open-shift-title")?.focus(), 0);
					});
				},
				children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("label", {
						htmlFor: "shift-opened-by",
						children: "Your name (optional)"
					}), /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("input", {
						id: "shift-opened-by",
						ref: field,
						value: name,
						maxLength: 100,
						autoComplete: "off",
						onChange: (e) => setName(e.target.value),
						disabled: opening
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
					type: "submit",
					className: "primary",
					disabled: opening,
					children: opening ? "Opening…" : "Open shift"
				})]
			}),
			error && failed === "opening" && /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("p", {
				className: "field-error",
				role: "alert",
				children: error
			})
		]
	});
}
function OpenShiftReport({ report, locale, timeZone }) {
	const { action, error, failed } = useAppShallow(selectShiftAction);
	const { closeShift, refreshCurrentShift, clearShiftError } = useActions();
	const [confirming, setConfirming] = (0, import_react$3.useState)(false);
	const closing = action === "closing";
	return /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("section", {
		className: "card shift-live",
		"aria-labelledby": "open-shift-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("div", {
				className: "section-head",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("h2", {
						id: "open-shift-title",
						tabIndex: -1,
						children: "Shift open"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("span", {
						className: "badge badge-success",
						children: "live"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
						type: "button",
						className: "danger-button",
						onClick: () => {
							clearShiftError();
							setConfirming(true);
							refreshCurrentShift();
						},
						children: "Close shift…"
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(ShiftReportView, {
				report,
				locale,
				timeZone,
				variant: "live"
			}),
			confirming && /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)(Dialog, {
				title: "Close this shift?",
				busy: closing,
				onClose: () => setConfirming(false),
				initialFocus: "[data-dialog-cancel]",
				className: "close-shift-dialog",
				description: /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("p", { children: [
					"The shift opened ",
					formatDateTime(report.shift.openedAt, { timeZone }),
					report.shift.openedBy ? ` by ${report.shift.openedBy}` : "",
					" ends now and its Z report is made. Sales started after this belong to the next shift."
				] }),
				actions: /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)(import_jsx_runtime$4.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
					type: "button",
					"data-dialog-cancel": true,
					onClick: () => setConfirming(false),
					disabled: closing,
					children: "Keep it open"
				}), /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
					type: "button",
					className: "danger-button",
					onClick: () => void closeShift().then((ok) => ok && setConfirming(false)),
					disabled: closing,
					children: closing ? "Closing…" : "Close shift"
				})] }),
				children: [report.pending.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("div", {
					className: "dialog-warning",
					role: "note",
					children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("p", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("strong", { children: [
							report.pending.length,
							" sale",
							report.pending.length === 1 ? " is" : "s are",
							" still pending."
						] }),
						" ",
						"The Z report lists ",
						report.pending.length === 1 ? "it" : "them",
						" as pending, not as paid."
					] }), /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(SalesTable, {
						sales: report.pending,
						label: "Sales still pending",
						locale,
						timeZone,
						compact: true
					})]
				}), error && failed === "closing" && /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("p", {
					className: "field-error",
					role: "alert",
					children: error
				})]
			})
		]
	});
}
function ZReportPanel({ locale, timeZone, onBack }) {
	const { id, report, status, error } = useAppShallow(selectZReportState);
	const { viewShiftReport } = useActions();
	const shop = useApp((s) => s.settings?.shop ?? null);
	const title = (0, import_react$3.useRef)(null);
	const shown = status === "ready" && report ? report.shift.shiftId : null;
	(0, import_react$3.useEffect)(() => {
		if (shown) title.current?.focus({ preventScroll: false });
	}, [shown]);
	const back = /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
		type: "button",
		onClick: onBack,
		children: "Back to shift"
	});
	if (status === "error") return /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("section", {
		className: "card",
		"aria-label": "Z report",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(ErrorState, {
			title: "Could not load the Z report",
			message: error ?? "",
			onRetry: () => id && void viewShiftReport(id)
		}), /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("div", {
			className: "button-row",
			children: back
		})]
	});
	if (!report) return /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(Loading, { children: "Loading the Z report…" });
	const exportAs = (kind) => downloadText(shiftReportFilename(report, kind, timeZone), kind === "csv" ? "text/csv;charset=utf-8" : "application/json", kind === "csv" ? shiftReportToCsv(report, timeZone) : shiftReportToJson(report, timeZone));
	return /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("article", {
		className: "card z-report",
		"aria-labelledby": "z-report-title",
		children: [
			shop?.name && /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("p", {
				className: "print-only z-shop",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("strong", { children: shop.name }), shop.address && /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("span", { children: [" · ", shop.address] })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("div", {
				className: "section-head",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("h2", {
					id: "z-report-title",
					ref: title,
					tabIndex: -1,
					children: "Z report"
				}), /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("div", {
					className: "button-row z-actions no-print",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
							type: "button",
							className: "primary",
							onClick: () => window.print(),
							children: "Print"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
							type: "button",
							onClick: () => exportAs("csv"),
							children: "Export CSV"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
							type: "button",
							onClick: () => exportAs("json"),
							children: "Export JSON"
						}),
						back
					]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(ShiftReportView, {
				report,
				locale,
				timeZone,
				variant: "final"
			})
		]
	});
}
function ClosedShifts({ timeZone }) {
	const { shifts, status, error } = useAppShallow(selectClosedShiftsState);
	const viewing = useApp((s) => s.zReportId);
	const { loadClosedShifts, viewShiftReport } = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("section", {
		className: "card closed-shifts no-print",
		"aria-labelledby": "closed-shifts-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("h2", {
				id: "closed-shifts-title",
				children: "Closed shifts"
			}),
			status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(ErrorState, {
				title: "Could not load the closed shifts",
				message: error ?? "",
				onRetry: () => void loadClosedShifts()
			}),
			status !== "error" && status !== "ready" && shifts.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(Loading, { children: "Loading closed shifts…" }),
			status === "ready" && shifts.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)(Empty, {
				title: "No closed shifts yet",
				children: "Each shift you close is listed here with its Z report."
			}),
			shifts.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("table", {
				className: "table",
				"aria-label": "Closed shifts",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("th", {
						scope: "col",
						children: "Opened"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("th", {
						scope: "col",
						children: "Closed"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("th", {
						scope: "col",
						children: "Opened by"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("th", {
						scope: "col",
						children: /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("span", {
							className: "visually-hidden",
							children: "Report"
						})
					})
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("tbody", { children: shifts.map((s) => {
					const opened = formatDateTime(s.openedAt, { timeZone });
					return /* @__PURE__ */ (0, import_jsx_runtime$4.jsxs)("tr", {
						"data-shift": s.shiftId,
						className: s.shiftId === viewing ? "is-current" : void 0,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("td", { children: opened }),
							/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("td", { children: formatDateTime(s.closedAt, { timeZone }) }),
							/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("td", { children: s.openedBy || /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("span", {
								className: "muted",
								children: "—"
							}) }),
							/* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("td", {
								className: "num",
								children: /* @__PURE__ */ (0, import_jsx_runtime$4.jsx)("button", {
									type: "button",
									className: "small",
									"aria-label": `Open the Z report of the shift opened ${opened}`,
									"aria-current": s.shiftId === viewing ? "true" : void 0,
									onClick: () => void viewShiftReport(s.shiftId),
									children: "Z report"
								})
							})
						]
					}, s.shiftId);
				}) })]
			})
		]
	});
}
var import_react$3, import_jsx_runtime$4;
var init_ShiftScreen = __esmMin((() => {
	import_react$3 = /* @__PURE__ */ __toESM(require_react());
	init_common();
	init_dom();
	init_hooks();
	init_time();
	init_format();
	init_shift();
	init_selectors();
	init_react();
	init_Dialog();
	init_ShiftReportView();
	import_jsx_runtime$4 = require_jsx_runtime();
}));
// src/renderer/src/lib/takings.ts
function parseViewKey(key) {
	return key.startsWith("asset:") ? {
		kind: "asset",
		asset: key.slice(6)
	} : { kind: "usd" };
}
/** The views a report offers: USD charged, then one per asset received. */
function takingsViews(r) {
	return [{ kind: "usd" }, ...[...new Set(assetColumns(r).map((c) => c.asset))].map((asset) => ({
		kind: "asset",
		asset
	}))];
}
function viewLabel(v) {
	return v.kind === "usd" ? "USD charged, by sale currency" : `${v.asset} received, by network`;
}
/** "Tue, 20 May" for a YYYY-MM-DD date, in the merchant's locale (the date itself, no zone shift). */
function dayLabel(date, locale, style = "short") {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return date;
	const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	const opts = style === "short" ? {
		weekday: "short",
		day: "numeric",
		month: "short",
		timeZone: "UTC"
	} : {
		dateStyle: "medium",
		timeZone: "UTC"
	};
	return new Intl.DateTimeFormat(locale, opts).format(utc);
}
/** One column per asset and network: the report's totals first (its order), then any other a day holds. */
function assetColumns(r) {
	const seen = /* @__PURE__ */ new Map();
	const add = (a) => {
		const key = assetKey(a);
		if (!seen.has(key)) seen.set(key, {
			key,
			asset: a.asset,
			network: a.network,
			label: a.network ? `${a.asset} · ${a.network}` : a.asset
		});
	};
	r.assetTotals.forEach(add);
	for (const d of r.days) d.assetTotals.forEach(add);
	return [...seen.values()];
}
/** Currencies sales were rung up in: the report's totals first, then any other a day holds. */
function currencies(r) {
	const out = new Set(r.fiatTotals.map((f) => f.currency));
	for (const d of r.days) for (const f of d.fiatTotals) out.add(f.currency);
	return [...out];
}
function sumFor(list, match, value) {
	return addDecimals(list.filter(match).map(value).concat("0"));
}
function takingsChartModel(r, view, locale) {
	const dates = r.days.map((d) => d.date);
	const labels = r.days.map((d) => dayLabel(d.date, locale));
	if (view.kind === "usd") return {
		view,
		dates,
		labels,
		axis: "USD charged",
		series: currencies(r).map((currency) => {
			const values = r.days.map((d) => sumFor(d.fiatTotals, (f) => f.currency === currency, (f) => f.usdAmount));
			return {
				key: currency,
				label: currency === "USD" ? "Sold in USD" : `Sold in ${currency} (USD charged)`,
				values,
				formatted: values.map((v) => formatFiat(v, "USD", locale))
			};
		}),
		unit: {
			kind: "fiat",
			currency: "USD"
		}
	};
	const series = assetColumns(r).filter((c) => c.asset === view.asset).map((c) => {
		const values = r.days.map((d) => sumFor(d.assetTotals, (a) => assetKey(a) === c.key, (a) => a.amount));
		return {
			key: c.key,
			label: c.network ?? c.asset,
			values,
			formatted: values.map((v) => formatCrypto(v, c.asset, locale))
		};
	});
	return {
		view,
		dates,
		labels,
		axis: `${view.asset} received`,
		series,
		unit: {
			kind: "crypto",
			asset: view.asset
		}
	};
}
/** Chart.js data for a model: one stacked dataset per series, coloured from `palette` in turn. */
function chartData(model, palette, border) {
	return {
		labels: model.labels,
		datasets: model.series.map((s, i) => ({
			label: s.label,
			data: s.values.map((v) => Number(v)),
			backgroundColor: palette[i % Math.max(1, palette.length)] ?? "#888",
			borderColor: border,
			borderWidth: 1,
			stack: "takings"
		}))
	};
}
function fiatList(totals, locale) {
	return totals.filter((f) => f.count > 0 || /[1-9]/.test(f.amount)).map((f) => formatFiat(f.amount, f.currency, locale));
}
function assetCells(totals, cols, locale) {
	const out = {};
	for (const c of cols) {
		const t = totals.filter((a) => assetKey(a) === c.key);
		out[c.key] = t.length === 0 ? "—" : formatCrypto(addDecimals(t.map((a) => a.amount)), c.asset, locale);
	}
	return out;
}
function rowOf(d, cols, locale) {
	return {
		count: d.count,
		charged: fiatList(d.fiatTotals, locale),
		usd: formatFiat(usdCharged(d.fiatTotals), "USD", locale),
		assets: assetCells(d.assetTotals, cols, locale),
		refunded: (d.refundTotals ?? []).map((f) => `${formatFiat(f.amount, f.currency, locale)} (${f.count})`)
	};
}
/** One row per day, oldest first (as the report gives them), every day of the window. */
function takingsRows(r, locale) {
	const cols = assetColumns(r);
	return r.days.map((d) => ({
		date: d.date,
		label: dayLabel(d.date, locale, "long"),
		...rowOf(d, cols, locale)
	}));
}
/** The window's totals, as the table's last row. */
function takingsTotals(r, locale) {
	return rowOf({
		count: r.days.reduce((n, d) => n + d.count, 0),
		fiatTotals: r.fiatTotals,
		assetTotals: r.assetTotals,
		refundTotals: r.refundTotals
	}, assetColumns(r), locale);
}
/** The chart's accessible name: what it shows and the headline numbers (the table has the rest). */
function takingsSummary(r, locale) {
	const first = r.days[0];
	const last = r.days[r.days.length - 1];
	const span = first && last ? `${dayLabel(first.date, locale, "long")} to ${dayLabel(last.date, locale, "long")}` : "no days";
	const count = r.days.reduce((n, d) => n + d.count, 0);
	if (count === 0) return `Daily takings, ${r.days.length} days (${span}): no paid sales. The table below lists every day.`;
	let best = null;
	let bestUsd = 0n;
	for (const d of r.days) {
		const cents = toCents(usdCharged(d.fiatTotals));
		if (best === null || cents > bestUsd) {
			best = d;
			bestUsd = cents;
		}
	}
	const total = formatFiat(usdCharged(r.fiatTotals), "USD", locale);
	const bestText = best ? `; best day ${dayLabel(best.date, locale, "long")} with ${formatFiat(usdCharged(best.fiatTotals), "USD", locale)}` : "";
	return `Daily takings, ${r.days.length} days (${span}): ${total} charged over ${count} paid sale${count === 1 ? "" : "s"}${bestText}. The table below has every day's figures.`;
}
/** Decimal text to integer cents for comparison (truncates beyond 2 decimals; USD has 2). */
function toCents(v) {
	const neg = v.startsWith("-");
	const [i = "0", f = ""] = (neg ? v.slice(1) : v).split(".");
	const n = BigInt(i + f.padEnd(2, "0").slice(0, 2));
	return neg ? -n : n;
}
var viewKey, assetKey, hasRefunds;
var init_takings = __esmMin((() => {
	init_money();
	init_shift();
	viewKey = (v) => v.kind === "usd" ? "usd" : `asset:${v.asset}`;
	assetKey = (a) => a.network ? `${a.asset}/${a.network}` : a.asset;
	hasRefunds = (r) => (r.refundTotals ?? []).length > 0;
})), TAKINGS_REFRESH_DEBOUNCE_MS, createReportsSlice;
var init_reportsSlice = __esmMin((() => {
	init_shift();
	init_takings();
	TAKINGS_REFRESH_DEBOUNCE_MS = 1e3;
	createReportsSlice = (deps) => (set, get) => {
		let seq = 0;
		let timer = null;
		return {
			takings: null,
			takingsStatus: "idle",
			takingsError: null,
			takingsView: "usd",
			async loadTakings() {
				const mine = ++seq;
				set({
					takingsStatus: get().takings ? "ready" : "loading",
					takingsError: null
				});
				const r = await deps.bridge.invoke("reports.takings", {
					days: 30,
					timeZone: consoleTimeZone()
				});
				if (mine !== seq) return;
				if (!r.ok) {
					set({
						takingsStatus: "error",
						takingsError: r.error.message
					});
					return;
				}
				const keep = takingsViews(r.value).some((v) => viewKey(v) === get().takingsView);
				set({
					takings: r.value,
					takingsStatus: "ready",
					takingsView: keep ? get().takingsView : "usd"
				});
			},
			setTakingsView(key) {
				set({ takingsView: viewKey(parseViewKey(key)) });
			},
			noteTakingsSales(batch) {
				if (get().route.name !== "reports" || !batch.some((v) => v.state === "succeeded")) return;
				if (timer) clearTimeout(timer);
				timer = setTimeout(() => {
					timer = null;
					get().loadTakings();
				}, TAKINGS_REFRESH_DEBOUNCE_MS);
			}
		};
	};
}));
// node_modules/@kurkle/color/dist/color.esm.js
/*!
* @kurkle/color v0.3.4
* https://github.com/kurkle/color#readme
* (c) 2024 Jukka Kurkela
* Released under the MIT License
*/
function round(v) {
	return v + .5 | 0;
}
function p2b(v) {
	return lim(round(v * 2.55), 0, 255);
}
function n2b(v) {
	return lim(round(v * 255), 0, 255);
}
function b2n(v) {
	return lim(round(v / 2.55) / 100, 0, 1);
}
function n2p(v) {
	return lim(round(v * 100), 0, 100);
}
function hexParse(str) {
	var len = str.length;
	var ret;
	if (str[0] === "#") {
		if (len === 4 || len === 5) ret = {
			r: 255 & map$1[str[1]] * 17,
			g: 255 & map$1[str[2]] * 17,
			b: 255 & map$1[str[3]] * 17,
			a: len === 5 ? map$1[str[4]] * 17 : 255
		};
		else if (len === 7 || len === 9) ret = {
			r: map$1[str[1]] << 4 | map$1[str[2]],
			g: map$1[str[3]] << 4 | map$1[str[4]],
			b: map$1[str[5]] << 4 | map$1[str[6]],
			a: len === 9 ? map$1[str[7]] << 4 | map$1[str[8]] : 255
		};
	}
	return ret;
}
function hexString(v) {
	var f = isShort(v) ? h1 : h2;
	return v ? "#" + f(v.r) + f(v.g) + f(v.b) + alpha(v.a, f) : void 0;
}
function hsl2rgbn(h, s, l) {
	const a = s * Math.min(l, 1 - l);
	const f = (n, k = (n + h / 30) % 12) => l - a * Math.max(Math.min(k - 3, 9 - k, 1), -1);
	return [
		f(0),
		f(8),
		f(4)
	];
}
function hsv2rgbn(h, s, v) {
	const f = (n, k = (n + h / 60) % 6) => v - v * s * Math.max(Math.min(k, 4 - k, 1), 0);
	return [
		f(5),
		f(3),
		f(1)
	];
}
function hwb2rgbn(h, w, b) {
	const rgb = hsl2rgbn(h, 1, .5);
	let i;
	if (w + b > 1) {
		i = 1 / (w + b);
		w *= i;
		b *= i;
	}
	for (i = 0; i < 3; i++) {
		rgb[i] *= 1 - w - b;
		rgb[i] += w;
	}
	return rgb;
}
function hueValue(r, g, b, d, max) {
	if (r === max) return (g - b) / d + (g < b ? 6 : 0);
	if (g === max) return (b - r) / d + 2;
	return (r - g) / d + 4;
}
function rgb2hsl(v) {
	const range = 255;
	const r = v.r / range;
	const g = v.g / range;
	const b = v.b / range;
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	const l = (max + min) / 2;
	let h, s, d;
	if (max !== min) {
		d = max - min;
		s = l > .5 ? d / (2 - max - min) : d / (max + min);
		h = hueValue(r, g, b, d, max);
		h = h * 60 + .5;
	}
	return [
		h | 0,
		s || 0,
		l
	];
}
function calln(f, a, b, c) {
	return (Array.isArray(a) ? f(a[0], a[1], a[2]) : f(a, b, c)).map(n2b);
}
function hsl2rgb(h, s, l) {
	return calln(hsl2rgbn, h, s, l);
}
function hwb2rgb(h, w, b) {
	return calln(hwb2rgbn, h, w, b);
}
function hsv2rgb(h, s, v) {
	return calln(hsv2rgbn, h, s, v);
}
function hue(h) {
	return (h % 360 + 360) % 360;
}
function hueParse(str) {
	const m = HUE_RE.exec(str);
	let a = 255;
	let v;
	if (!m) return;
	if (m[5] !== v) a = m[6] ? p2b(+m[5]) : n2b(+m[5]);
	const h = hue(+m[2]);
	const p1 = +m[3] / 100;
	const p2 = +m[4] / 100;
	if (m[1] === "hwb") v = hwb2rgb(h, p1, p2);
	else if (m[1] === "hsv") v = hsv2rgb(h, p1, p2);
	else v = hsl2rgb(h, p1, p2);
	return {
		r: v[0],
		g: v[1],
		b: v[2],
		a
	};
}
function rotate(v, deg) {
	var h = rgb2hsl(v);
	h[0] = hue(h[0] + deg);
	h = hsl2rgb(h);
	v.r = h[0];
	v.g = h[1];
	v.b = h[2];
}
function hslString(v) {
	if (!v) return;
	const a = rgb2hsl(v);
	const h = a[0];
	const s = n2p(a[1]);
	const l = n2p(a[2]);
	return v.a < 255 ? `hsla(${h}, ${s}%, ${l}%, ${b2n(v.a)})` : `hsl(${h}, ${s}%, ${l}%)`;
}
function unpack() {
	const unpacked = {};
	const keys = Object.keys(names$1);
	const tkeys = Object.keys(map);
	let i, j, k, ok, nk;
	for (i = 0; i < keys.length; i++) {
		ok = nk = keys[i];
		for (j = 0; j < tkeys.length; j++) {
			k = tkeys[j];
			nk = nk.replace(k, map[k]);
		}
		k = parseInt(names$1[ok], 16);
		unpacked[nk] = [
			k >> 16 & 255,
			k >> 8 & 255,
			k & 255
		];
	}
	return unpacked;
}
function nameParse(str) {
	if (!names) {
		names = unpack();
		names.transparent = [
			0,
			0,
			0,
			0
		];
	}
	const a = names[str.toLowerCase()];
	return a && {
		r: a[0],
		g: a[1],
		b: a[2],
		a: a.length === 4 ? a[3] : 255
	};
}
function rgbParse(str) {
	const m = RGB_RE.exec(str);
	let a = 255;
	let r, g, b;
	if (!m) return;
	if (m[7] !== r) {
		const v = +m[7];
		a = m[8] ? p2b(v) : lim(v * 255, 0, 255);
	}
	r = +m[1];
	g = +m[3];
	b = +m[5];
	r = 255 & (m[2] ? p2b(r) : lim(r, 0, 255));
	g = 255 & (m[4] ? p2b(g) : lim(g, 0, 255));
	b = 255 & (m[6] ? p2b(b) : lim(b, 0, 255));
	return {
		r,
		g,
		b,
		a
	};
}
function rgbString(v) {
	return v && (v.a < 255 ? `rgba(${v.r}, ${v.g}, ${v.b}, ${b2n(v.a)})` : `rgb(${v.r}, ${v.g}, ${v.b})`);
}
function interpolate$1(rgb1, rgb2, t) {
	const r = from(b2n(rgb1.r));
	const g = from(b2n(rgb1.g));
	const b = from(b2n(rgb1.b));
	return {
		r: n2b(to(r + t * (from(b2n(rgb2.r)) - r))),
		g: n2b(to(g + t * (from(b2n(rgb2.g)) - g))),
		b: n2b(to(b + t * (from(b2n(rgb2.b)) - b))),
		a: rgb1.a + t * (rgb2.a - rgb1.a)
	};
}
function modHSL(v, i, ratio) {
	if (v) {
		let tmp = rgb2hsl(v);
		tmp[i] = Math.max(0, Math.min(tmp[i] + tmp[i] * ratio, i === 0 ? 360 : 1));
		tmp = hsl2rgb(tmp);
		v.r = tmp[0];
		v.g = tmp[1];
		v.b = tmp[2];
	}
}
function clone$1(v, proto) {
	return v ? Object.assign(proto || {}, v) : v;
}
function fromObject(input) {
	var v = {
		r: 0,
		g: 0,
		b: 0,
		a: 255
	};
	if (Array.isArray(input)) {
		if (input.length >= 3) {
			v = {
				r: input[0],
				g: input[1],
				b: input[2],
				a: 255
			};
			if (input.length > 3) v.a = n2b(input[3]);
		}
	} else {
		v = clone$1(input, {
			r: 0,
			g: 0,
			b: 0,
			a: 1
		});
		v.a = n2b(v.a);
	}
	return v;
}
function functionParse(str) {
	if (str.charAt(0) === "r") return rgbParse(str);
	return hueParse(str);
}
var lim, map$1, hex, h1, h2, eq, isShort, alpha, HUE_RE, map, names$1, names, RGB_RE, to, from, Color;
var init_color_esm = __esmMin((() => {
	lim = (v, l, h) => Math.max(Math.min(v, h), l);
	map$1 = {
		0: 0,
		1: 1,
		2: 2,
		3: 3,
		4: 4,
		5: 5,
		6: 6,
		7: 7,
		8: 8,
		9: 9,
		A: 10,
		B: 11,
		C: 12,
		D: 13,
		E: 14,
		F: 15,
		a: 10,
		b: 11,
		c: 12,
		d: 13,
		e: 14,
		f: 15
	};
	hex = [..."0123456789ABCDEF"];
	h1 = (b) => hex[b & 15];
	h2 = (b) => hex[(b & 240) >> 4] + hex[b & 15];
	eq = (b) => (b & 240) >> 4 === (b & 15);
	isShort = (v) => eq(v.r) && eq(v.g) && eq(v.b) && eq(v.a);
	alpha = (a, f) => a < 255 ? f(a) : "";
	HUE_RE = /^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;
	map = {
		x: "dark",
		Z: "light",
		Y: "re",
		X: "blu",
		W: "gr",
		V: "medium",
		U: "slate",
		A: "ee",
		T: "ol",
		S: "or",
		B: "ra",
		C: "lateg",
		D: "ights",
		R: "in",
		Q: "turquois",
		E: "hi",
		P: "ro",
		O: "al",
		N: "le",
		M: "de",
		L: "yello",
		F: "en",
		K: "ch",
		G: "arks",
		H: "ea",
		I: "ightg",
		J: "wh"
	};
	names$1 = {
		OiceXe: "f0f8ff",
		antiquewEte: "faebd7",
		aqua: "ffff",
		aquamarRe: "7fffd4",
		azuY: "f0ffff",
		beige: "f5f5dc",
		bisque: "ffe4c4",
		black: "0",
		blanKedOmond: "ffebcd",
		Xe: "ff",
		XeviTet: "8a2be2",
		bPwn: "a52a2a",
		burlywood: "deb887",
		caMtXe: "5f9ea0",
		KartYuse: "7fff00",
		KocTate: "d2691e",
		cSO: "ff7f50",
		cSnflowerXe: "6495ed",
		cSnsilk: "fff8dc",
		crimson: "dc143c",
		cyan: "ffff",
		xXe: "8b",
		xcyan: "8b8b",
		xgTMnPd: "b8860b",
		xWay: "a9a9a9",
		xgYF: "6400",
		xgYy: "a9a9a9",
		xkhaki: "bdb76b",
		xmagFta: "8b008b",
		xTivegYF: "556b2f",
		xSange: "ff8c00",
		xScEd: "9932cc",
		xYd: "8b0000",
		xsOmon: "e9967a",
		xsHgYF: "8fbc8f",
		xUXe: "483d8b",
		xUWay: "2f4f4f",
		xUgYy: "2f4f4f",
		xQe: "ced1",
		xviTet: "9400d3",
		dAppRk: "ff1493",
		dApskyXe: "bfff",
		dimWay: "696969",
		dimgYy: "696969",
		dodgerXe: "1e90ff",
		fiYbrick: "b22222",
		flSOwEte: "fffaf0",
		foYstWAn: "228b22",
		fuKsia: "ff00ff",
		gaRsbSo: "dcdcdc",
		ghostwEte: "f8f8ff",
		gTd: "ffd700",
		gTMnPd: "daa520",
		Way: "808080",
		gYF: "8000",
		gYFLw: "adff2f",
		gYy: "808080",
		honeyMw: "f0fff0",
		hotpRk: "ff69b4",
		RdianYd: "cd5c5c",
		Rdigo: "4b0082",
		ivSy: "fffff0",
		khaki: "f0e68c",
		lavFMr: "e6e6fa",
		lavFMrXsh: "fff0f5",
		lawngYF: "7cfc00",
		NmoncEffon: "fffacd",
		ZXe: "add8e6",
		ZcSO: "f08080",
		Zcyan: "e0ffff",
		ZgTMnPdLw: "fafad2",
		ZWay: "d3d3d3",
		ZgYF: "90ee90",
		ZgYy: "d3d3d3",
		ZpRk: "ffb6c1",
		ZsOmon: "ffa07a",
		ZsHgYF: "20b2aa",
		ZskyXe: "87cefa",
		ZUWay: "778899",
		ZUgYy: "778899",
		ZstAlXe: "b0c4de",
		ZLw: "ffffe0",
		lime: "ff00",
		limegYF: "32cd32",
		lRF: "faf0e6",
		magFta: "ff00ff",
		maPon: "800000",
		VaquamarRe: "66cdaa",
		VXe: "cd",
		VScEd: "ba55d3",
		VpurpN: "9370db",
		VsHgYF: "3cb371",
		VUXe: "7b68ee",
		VsprRggYF: "fa9a",
		VQe: "48d1cc",
		VviTetYd: "c71585",
		midnightXe: "191970",
		mRtcYam: "f5fffa",
		mistyPse: "ffe4e1",
		moccasR: "ffe4b5",
		navajowEte: "ffdead",
		navy: "80",
		Tdlace: "fdf5e6",
		Tive: "808000",
		TivedBb: "6b8e23",
		Sange: "ffa500",
		SangeYd: "ff4500",
		ScEd: "da70d6",
		pOegTMnPd: "eee8aa",
		pOegYF: "98fb98",
		pOeQe: "afeeee",
		pOeviTetYd: "db7093",
		papayawEp: "ffefd5",
		pHKpuff: "ffdab9",
		peru: "cd853f",
		pRk: "ffc0cb",
		plum: "dda0dd",
		powMrXe: "b0e0e6",
		purpN: "800080",
		YbeccapurpN: "663399",
		Yd: "ff0000",
		Psybrown: "bc8f8f",
		PyOXe: "4169e1",
		saddNbPwn: "8b4513",
		sOmon: "fa8072",
		sandybPwn: "f4a460",
		sHgYF: "2e8b57",
		sHshell: "fff5ee",
		siFna: "a0522d",
		silver: "c0c0c0",
		skyXe: "87ceeb",
		UXe: "6a5acd",
		UWay: "708090",
		UgYy: "708090",
		snow: "fffafa",
		sprRggYF: "ff7f",
		stAlXe: "4682b4",
		tan: "d2b48c",
		teO: "8080",
		tEstN: "d8bfd8",
		tomato: "ff6347",
		Qe: "40e0d0",
		viTet: "ee82ee",
		JHt: "f5deb3",
		wEte: "ffffff",
		wEtesmoke: "f5f5f5",
		Lw: "ffff00",
		LwgYF: "9acd32"
	};
	RGB_RE = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;
	to = (v) => v <= .0031308 ? v * 12.92 : Math.pow(v, 1 / 2.4) * 1.055 - .055;
	from = (v) => v <= .04045 ? v / 12.92 : Math.pow((v + .055) / 1.055, 2.4);
	Color = class Color {
		constructor(input) {
			if (input instanceof Color) return input;
			const type = typeof input;
			let v;
			if (type === "object") v = fromObject(input);
			else if (type === "string") v = hexParse(input) || nameParse(input) || functionParse(input);
			this._rgb = v;
			this._valid = !!v;
		}
		get valid() {
			return this._valid;
		}
		get rgb() {
			var v = clone$1(this._rgb);
			if (v) v.a = b2n(v.a);
			return v;
		}
		set rgb(obj) {
			this._rgb = fromObject(obj);
		}
		rgbString() {
			return this._valid ? rgbString(this._rgb) : void 0;
		}
		hexString() {
			return this._valid ? hexString(this._rgb) : void 0;
		}
		hslString() {
			return this._valid ? hslString(this._rgb) : void 0;
		}
		mix(color, weight) {
			if (color) {
				const c1 = this.rgb;
				const c2 = color.rgb;
				let w2;
				const p = weight === w2 ? .5 : weight;
				const w = 2 * p - 1;
				const a = c1.a - c2.a;
				const w1 = ((w * a === -1 ? w : (w + a) / (1 + w * a)) + 1) / 2;
				w2 = 1 - w1;
				c1.r = 255 & w1 * c1.r + w2 * c2.r + .5;
				c1.g = 255 & w1 * c1.g + w2 * c2.g + .5;
				c1.b = 255 & w1 * c1.b + w2 * c2.b + .5;
				c1.a = p * c1.a + (1 - p) * c2.a;
				this.rgb = c1;
			}
			return this;
		}
		interpolate(color, t) {
			if (color) this._rgb = interpolate$1(this._rgb, color._rgb, t);
			return this;
		}
		clone() {
			return new Color(this.rgb);
		}
		alpha(a) {
			this._rgb.a = n2b(a);
			return this;
		}
		clearer(ratio) {
			const rgb = this._rgb;
			rgb.a *= 1 - ratio;
			return this;
		}
		greyscale() {
			const rgb = this._rgb;
			rgb.r = rgb.g = rgb.b = round(rgb.r * .3 + rgb.g * .59 + rgb.b * .11);
			return this;
		}
		opaquer(ratio) {
			const rgb = this._rgb;
			rgb.a *= 1 + ratio;
			return this;
		}
		negate() {
			const v = this._rgb;
			v.r = 255 - v.r;
			v.g = 255 - v.g;
			v.b = 255 - v.b;
			return this;
		}
		lighten(ratio) {
			modHSL(this._rgb, 2, ratio);
			return this;
		}
		darken(ratio) {
			modHSL(this._rgb, 2, -ratio);
			return this;
		}
		saturate(ratio) {
			modHSL(this._rgb, 1, ratio);
			return this;
		}
		desaturate(ratio) {
			modHSL(this._rgb, 1, -ratio);
			return this;
		}
		rotate(deg) {
			rotate(this._rgb, deg);
			return this;
		}
	};
}));
// node_modules/chart.js/dist/chunks/index.js
/*!
* Chart.js v4.6.1
* https://www.chartjs.org
* (c) 2026 Chart.js Contributors
* Released under the MIT License
*/
/**
* @namespace Chart.helpers
*/ /**
* An empty function that can be used, for example, for optional callback.
*/ function noop() {}
/**
* Returns true if `value` is neither null nor undefined, else returns false.
* @param value - The value to test.
* @since 2.7.0
*/ function isNullOrUndef(value) {
	return value === null || value === void 0;
}
/**
* Returns true if `value` is an array (including typed arrays), else returns false.
* @param value - The value to test.
* @function
*/ function isArray(value) {
	if (Array.isArray && Array.isArray(value)) return true;
	const type = Object.prototype.toString.call(value);
	if (type.slice(0, 7) === "[object" && type.slice(-6) === "Array]") return true;
	return false;
}
/**
* Returns true if `value` is an object (excluding null), else returns false.
* @param value - The value to test.
* @since 2.7.0
*/ function isObject(value) {
	return value !== null && Object.prototype.toString.call(value) === "[object Object]";
}
/**
* Returns true if `value` is a finite number, else returns false
* @param value  - The value to test.
*/ function isNumberFinite(value) {
	return (typeof value === "number" || value instanceof Number) && isFinite(+value);
}
/**
* Returns `value` if finite, else returns `defaultValue`.
* @param value - The value to return if defined.
* @param defaultValue - The value to return if `value` is not finite.
*/ function finiteOrDefault(value, defaultValue) {
	return isNumberFinite(value) ? value : defaultValue;
}
/**
* Returns `value` if defined, else returns `defaultValue`.
* @param value - The value to return if defined.
* @param defaultValue - The value to return if `value` is undefined.
*/ function valueOrDefault(value, defaultValue) {
	return typeof value === "undefined" ? defaultValue : value;
}
/**
* Calls `fn` with the given `args` in the scope defined by `thisArg` and returns the
* value returned by `fn`. If `fn` is not a function, this method returns undefined.
* @param fn - The function to call.
* @param args - The arguments with which `fn` should be called.
* @param [thisArg] - The value of `this` provided for the call to `fn`.
*/ function callback(fn, args, thisArg) {
	if (fn && typeof fn.call === "function") return fn.apply(thisArg, args);
}
function each(loopable, fn, thisArg, reverse) {
	let i, len, keys;
	if (isArray(loopable)) {
		len = loopable.length;
		if (reverse) for (i = len - 1; i >= 0; i--) fn.call(thisArg, loopable[i], i);
		else for (i = 0; i < len; i++) fn.call(thisArg, loopable[i], i);
	} else if (isObject(loopable)) {
		keys = Object.keys(loopable);
		len = keys.length;
		for (i = 0; i < len; i++) fn.call(thisArg, loopable[keys[i]], keys[i]);
	}
}
/**
* Returns true if the `a0` and `a1` arrays have the same content, else returns false.
* @param a0 - The array to compare
* @param a1 - The array to compare
* @private
*/ function _elementsEqual(a0, a1) {
	let i, ilen, v0, v1;
	if (!a0 || !a1 || a0.length !== a1.length) return false;
	for (i = 0, ilen = a0.length; i < ilen; ++i) {
		v0 = a0[i];
		v1 = a1[i];
		if (v0.datasetIndex !== v1.datasetIndex || v0.index !== v1.index) return false;
	}
	return true;
}
/**
* Returns a deep copy of `source` without keeping references on objects and arrays.
* @param source - The value to clone.
*/ function clone(source) {
	if (isArray(source)) return source.map(clone);
	if (isObject(source)) {
		const target = Object.create(null);
		const keys = Object.keys(source);
		const klen = keys.length;
		let k = 0;
		for (; k < klen; ++k) target[keys[k]] = clone(source[keys[k]]);
		return target;
	}
	return source;
}
function isValidKey(key) {
	return [
		"__proto__",
		"prototype",
		"constructor"
	].indexOf(key) === -1;
}
/**
* The default merger when Chart.helpers.merge is called without merger option.
* Note(SB): also used by mergeConfig and mergeScaleConfig as fallback.
* @private
*/ function _merger(key, target, source, options) {
	if (!isValidKey(key)) return;
	const tval = target[key];
	const sval = source[key];
	if (isObject(tval) && isObject(sval)) merge(tval, sval, options);
	else target[key] = clone(sval);
}
function merge(target, source, options) {
	const sources = isArray(source) ? source : [source];
	const ilen = sources.length;
	if (!isObject(target)) return target;
	options = options || {};
	const merger = options.merger || _merger;
	let current;
	for (let i = 0; i < ilen; ++i) {
		current = sources[i];
		if (!isObject(current)) continue;
		const keys = Object.keys(current);
		for (let k = 0, klen = keys.length; k < klen; ++k) merger(keys[k], target, current, options);
	}
	return target;
}
function mergeIf(target, source) {
	return merge(target, source, { merger: _mergerIf });
}
/**
* Merges source[key] in target[key] only if target[key] is undefined.
* @private
*/ function _mergerIf(key, target, source) {
	if (!isValidKey(key)) return;
	const tval = target[key];
	const sval = source[key];
	if (isObject(tval) && isObject(sval)) mergeIf(tval, sval);
	else if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = clone(sval);
}
/**
* @private
*/ function _splitKey(key) {
	const parts = key.split(".");
	const keys = [];
	let tmp = "";
	for (const part of parts) {
		tmp += part;
		if (tmp.endsWith("\\")) tmp = tmp.slice(0, -1) + ".";
		else {
			keys.push(tmp);
			tmp = "";
		}
	}
	return keys;
}
function _getKeyResolver(key) {
	const keys = _splitKey(key);
	return (obj) => {
		for (const k of keys) {
			if (k === "") break;
			obj = obj && obj[k];
		}
		return obj;
	};
}
function resolveObjectKey(obj, key) {
	return (keyResolvers[key] || (keyResolvers[key] = _getKeyResolver(key)))(obj);
}
/**
* @private
*/ function _capitalize(str) {
	return str.charAt(0).toUpperCase() + str.slice(1);
}
/**
* @param e - The event
* @private
*/ function _isClickEvent(e) {
	return e.type === "mouseup" || e.type === "click" || e.type === "contextmenu";
}
function almostEquals(x, y, epsilon) {
	return Math.abs(x - y) < epsilon;
}
/**
* Implementation of the nice number algorithm used in determining where axis labels will go
*/ function niceNum(range) {
	const roundedRange = Math.round(range);
	range = almostEquals(range, roundedRange, range / 1e3) ? roundedRange : range;
	const niceRange = Math.pow(10, Math.floor(log10(range)));
	const fraction = range / niceRange;
	return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * niceRange;
}
/**
* Returns an array of factors sorted from 1 to sqrt(value)
* @private
*/ function _factorize(value) {
	const result = [];
	const sqrt = Math.sqrt(value);
	let i = 1;
	for (; i < sqrt; i++) if (value % i === 0) {
		result.push(i);
		result.push(value / i);
	}
	if (sqrt === (sqrt | 0)) result.push(sqrt);
	result.sort((a, b) => a - b).pop();
	return result;
}
/**
* Verifies that attempting to coerce n to string or number won't throw a TypeError.
*/ function isNonPrimitive(n) {
	return typeof n === "symbol" || typeof n === "object" && n !== null && !(Symbol.toPrimitive in n || "toString" in n || "valueOf" in n);
}
function isNumber(n) {
	return !isNonPrimitive(n) && !isNaN(parseFloat(n)) && isFinite(n);
}
function almostWhole(x, epsilon) {
	const rounded = Math.round(x);
	return rounded - epsilon <= x && rounded + epsilon >= x;
}
/**
* @private
*/ function _setMinAndMaxByKey(array, target, property) {
	let i, ilen, value;
	for (i = 0, ilen = array.length; i < ilen; i++) {
		value = array[i][property];
		if (!isNaN(value)) {
			target.min = Math.min(target.min, value);
			target.max = Math.max(target.max, value);
		}
	}
}
function toRadians(degrees) {
	return degrees * (PI / 180);
}
function toDegrees(radians) {
	return radians * (180 / PI);
}
/**
* Returns the number of decimal places
* i.e. the number of digits after the decimal point, of the value of this Number.
* @param x - A number.
* @returns The number of decimal places.
* @private
*/ function _decimalPlaces(x) {
	if (!isNumberFinite(x)) return;
	let e = 1;
	let p = 0;
	while (Math.round(x * e) / e !== x) {
		e *= 10;
		p++;
	}
	return p;
}
function getAngleFromPoint(centrePoint, anglePoint) {
	const distanceFromXCenter = anglePoint.x - centrePoint.x;
	const distanceFromYCenter = anglePoint.y - centrePoint.y;
	const radialDistanceFromCenter = Math.sqrt(distanceFromXCenter * distanceFromXCenter + distanceFromYCenter * distanceFromYCenter);
	let angle = Math.atan2(distanceFromYCenter, distanceFromXCenter);
	if (angle < -.5 * PI) angle += TAU;
	return {
		angle,
		distance: radialDistanceFromCenter
	};
}
function distanceBetweenPoints(pt1, pt2) {
	return Math.sqrt(Math.pow(pt2.x - pt1.x, 2) + Math.pow(pt2.y - pt1.y, 2));
}
/**
* Normalize angle to be between 0 and 2*PI
* @private
*/ function _normalizeAngle(a) {
	return (a % TAU + TAU) % TAU;
}
/**
* @private
*/ function _angleBetween(angle, start, end, sameAngleIsFullCircle) {
	const a = _normalizeAngle(angle);
	const s = _normalizeAngle(start);
	const e = _normalizeAngle(end);
	const angleToStart = _normalizeAngle(s - a);
	const angleToEnd = _normalizeAngle(e - a);
	const startToAngle = _normalizeAngle(a - s);
	const endToAngle = _normalizeAngle(a - e);
	return a === s || a === e || sameAngleIsFullCircle && s === e || angleToStart > angleToEnd && startToAngle < endToAngle;
}
/**
* Limit `value` between `min` and `max`
* @param value
* @param min
* @param max
* @private
*/ function _limitValue(value, min, max) {
	return Math.max(min, Math.min(max, value));
}
/**
* @param {number} value
* @private
*/ function _int16Range(value) {
	return _limitValue(value, -32768, 32767);
}
/**
* @param value
* @param start
* @param end
* @param [epsilon]
* @private
*/ function _isBetween(value, start, end, epsilon = 1e-6) {
	return value >= Math.min(start, end) - epsilon && value <= Math.max(start, end) + epsilon;
}
function _lookup(table, value, cmp) {
	cmp = cmp || ((index) => table[index] < value);
	let hi = table.length - 1;
	let lo = 0;
	let mid;
	while (hi - lo > 1) {
		mid = lo + hi >> 1;
		if (cmp(mid)) lo = mid;
		else hi = mid;
	}
	return {
		lo,
		hi
	};
}
/**
* Return subset of `values` between `min` and `max` inclusive.
* Values are assumed to be in sorted order.
* @param values - sorted array of values
* @param min - min value
* @param max - max value
*/ function _filterBetween(values, min, max) {
	let start = 0;
	let end = values.length;
	while (start < end && values[start] < min) start++;
	while (end > start && values[end - 1] > max) end--;
	return start > 0 || end < values.length ? values.slice(start, end) : values;
}
function listenArrayEvents(array, listener) {
	if (array._chartjs) {
		array._chartjs.listeners.push(listener);
		return;
	}
	Object.defineProperty(array, "_chartjs", {
		configurable: true,
		enumerable: false,
		value: { listeners: [listener] }
	});
	arrayEvents.forEach((key) => {
		const method = "_onData" + _capitalize(key);
		const base = array[key];
		Object.defineProperty(array, key, {
			configurable: true,
			enumerable: false,
			value(...args) {
				const res = base.apply(this, args);
				array._chartjs.listeners.forEach((object) => {
					if (typeof object[method] === "function") object[method](...args);
				});
				return res;
			}
		});
	});
}
function unlistenArrayEvents(array, listener) {
	const stub = array._chartjs;
	if (!stub) return;
	const listeners = stub.listeners;
	const index = listeners.indexOf(listener);
	if (index !== -1) listeners.splice(index, 1);
	if (listeners.length > 0) return;
	arrayEvents.forEach((key) => {
		delete array[key];
	});
	delete array._chartjs;
}
/**
* @param items
*/ function _arrayUnique(items) {
	const set = new Set(items);
	if (set.size === items.length) return items;
	return Array.from(set);
}
/**
* Throttles calling `fn` once per animation frame
* Latest arguments are used on the actual call
*/ function throttled(fn, thisArg) {
	let argsToUse = [];
	let ticking = false;
	return function(...args) {
		argsToUse = args;
		if (!ticking) {
			ticking = true;
			requestAnimFrame.call(window, () => {
				ticking = false;
				fn.apply(thisArg, argsToUse);
			});
		}
	};
}
/**
* Debounces calling `fn` for `delay` ms
*/ function debounce(fn, delay) {
	let timeout;
	return function(...args) {
		if (delay) {
			clearTimeout(timeout);
			timeout = setTimeout(fn, delay, args);
		} else fn.apply(this, args);
		return delay;
	};
}
function isPatternOrGradient(value) {
	if (value && typeof value === "object") {
		const type = value.toString();
		return type === "[object CanvasPattern]" || type === "[object CanvasGradient]";
	}
	return false;
}
function color(value) {
	return isPatternOrGradient(value) ? value : new Color(value);
}
function getHoverColor(value) {
	return isPatternOrGradient(value) ? value : new Color(value).saturate(.5).darken(.1).hexString();
}
function applyAnimationsDefaults(defaults) {
	defaults.set("animation", {
		delay: void 0,
		duration: 1e3,
		easing: "easeOutQuart",
		fn: void 0,
		from: void 0,
		loop: void 0,
		to: void 0,
		type: void 0
	});
	defaults.describe("animation", {
		_fallback: false,
		_indexable: false,
		_scriptable: (name) => name !== "onProgress" && name !== "onComplete" && name !== "fn"
	});
	defaults.set("animations", {
		colors: {
			type: "color",
			properties: colors
		},
		numbers: {
			type: "number",
			properties: numbers
		}
	});
	defaults.describe("animations", { _fallback: "animation" });
	defaults.set("transitions", {
		active: { animation: { duration: 400 } },
		resize: { animation: { duration: 0 } },
		show: { animations: {
			colors: { from: "transparent" },
			visible: {
				type: "boolean",
				duration: 0
			}
		} },
		hide: { animations: {
			colors: { to: "transparent" },
			visible: {
				type: "boolean",
				easing: "linear",
				fn: (v) => v | 0
			}
		} }
	});
}
function applyLayoutsDefaults(defaults) {
	defaults.set("layout", {
		autoPadding: true,
		padding: {
			top: 0,
			right: 0,
			bottom: 0,
			left: 0
		}
	});
}
function getNumberFormat(locale, options) {
	options = options || {};
	const cacheKey = locale + JSON.stringify(options);
	let formatter = intlCache.get(cacheKey);
	if (!formatter) {
		formatter = new Intl.NumberFormat(locale, options);
		intlCache.set(cacheKey, formatter);
	}
	return formatter;
}
function formatNumber(num, locale, options) {
	return getNumberFormat(locale, options).format(num);
}
function calculateDelta(tickValue, ticks) {
	let delta = ticks.length > 3 ? ticks[2].value - ticks[1].value : ticks[1].value - ticks[0].value;
	if (Math.abs(delta) >= 1 && tickValue !== Math.floor(tickValue)) delta = tickValue - Math.floor(tickValue);
	return delta;
}
function applyScaleDefaults(defaults) {
	defaults.set("scale", {
		display: true,
		offset: false,
		reverse: false,
		beginAtZero: false,
		bounds: "ticks",
		clip: true,
		grace: 0,
		grid: {
			display: true,
			lineWidth: 1,
			drawOnChartArea: true,
			drawTicks: true,
			tickLength: 8,
			tickWidth: (_ctx, options) => options.lineWidth,
			tickColor: (_ctx, options) => options.color,
			offset: false
		},
		border: {
			display: true,
			dash: [],
			dashOffset: 0,
			width: 1
		},
		title: {
			display: false,
			text: "",
			padding: {
				top: 4,
				bottom: 4
			}
		},
		ticks: {
			minRotation: 0,
			maxRotation: 50,
			mirror: false,
			textStrokeWidth: 0,
			textStrokeColor: "",
			padding: 3,
			display: true,
			autoSkip: true,
			autoSkipPadding: 3,
			labelOffset: 0,
			callback: Ticks.formatters.values,
			minor: {},
			major: {},
			align: "center",
			crossAlign: "near",
			showLabelBackdrop: false,
			backdropColor: "rgba(255, 255, 255, 0.75)",
			backdropPadding: 2
		}
	});
	defaults.route("scale.ticks", "color", "", "color");
	defaults.route("scale.grid", "color", "", "borderColor");
	defaults.route("scale.border", "color", "", "borderColor");
	defaults.route("scale.title", "color", "", "color");
	defaults.describe("scale", {
		_fallback: false,
		_scriptable: (name) => !name.startsWith("before") && !name.startsWith("after") && name !== "callback" && name !== "parser",
		_indexable: (name) => name !== "borderDash" && name !== "tickBorderDash" && name !== "dash"
	});
	defaults.describe("scales", { _fallback: "scale" });
	defaults.describe("scale.ticks", {
		_scriptable: (name) => name !== "backdropPadding" && name !== "callback",
		_indexable: (name) => name !== "backdropPadding"
	});
}
function getScope$1(node, key) {
	if (!key) return node;
	const keys = key.split(".");
	for (let i = 0, n = keys.length; i < n; ++i) {
		const k = keys[i];
		node = node[k] || (node[k] = Object.create(null));
	}
	return node;
}
function set(root, scope, values) {
	if (typeof scope === "string") return merge(getScope$1(root, scope), values);
	return merge(getScope$1(root, ""), scope);
}
/**
* Converts the given font object into a CSS font string.
* @param font - A font object.
* @return The CSS font string. See https://developer.mozilla.org/en-US/docs/Web/CSS/font
* @private
*/ function toFontString(font) {
	if (!font || isNullOrUndef(font.size) || isNullOrUndef(font.family)) return null;
	return (font.style ? font.style + " " : "") + (font.weight ? font.weight + " " : "") + font.size + "px " + font.family;
}
/**
* @private
*/ function _measureText(ctx, data, gc, longest, string) {
	let textWidth = data[string];
	if (!textWidth) {
		textWidth = data[string] = ctx.measureText(string).width;
		gc.push(string);
	}
	if (textWidth > longest) longest = textWidth;
	return longest;
}
/**
* @private
*/ function _longestText(ctx, font, arrayOfThings, cache) {
	cache = cache || {};
	let data = cache.data = cache.data || {};
	let gc = cache.garbageCollect = cache.garbageCollect || [];
	if (cache.font !== font) {
		data = cache.data = {};
		gc = cache.garbageCollect = [];
		cache.font = font;
	}
	ctx.save();
	ctx.font = font;
	let longest = 0;
	const ilen = arrayOfThings.length;
	let i, j, jlen, thing, nestedThing;
	for (i = 0; i < ilen; i++) {
		thing = arrayOfThings[i];
		if (thing !== void 0 && thing !== null && !isArray(thing)) longest = _measureText(ctx, data, gc, longest, thing);
		else if (isArray(thing)) for (j = 0, jlen = thing.length; j < jlen; j++) {
			nestedThing = thing[j];
			if (nestedThing !== void 0 && nestedThing !== null && !isArray(nestedThing)) longest = _measureText(ctx, data, gc, longest, nestedThing);
		}
	}
	ctx.restore();
	const gcLen = gc.length / 2;
	if (gcLen > arrayOfThings.length) {
		for (i = 0; i < gcLen; i++) delete data[gc[i]];
		gc.splice(0, gcLen);
	}
	return longest;
}
/**
* Returns the aligned pixel value to avoid anti-aliasing blur
* @param chart - The chart instance.
* @param pixel - A pixel value.
* @param width - The width of the element.
* @returns The aligned pixel value.
* @private
*/ function _alignPixel(chart, pixel, width) {
	const devicePixelRatio = chart.currentDevicePixelRatio;
	const halfWidth = width !== 0 ? Math.max(width / 2, .5) : 0;
	return Math.round((pixel - halfWidth) * devicePixelRatio) / devicePixelRatio + halfWidth;
}
/**
* Clears the entire canvas.
*/ function clearCanvas(canvas, ctx) {
	if (!ctx && !canvas) return;
	ctx = ctx || canvas.getContext("2d");
	ctx.save();
	ctx.resetTransform();
	ctx.clearRect(0, 0, canvas.width, canvas.height);
	ctx.restore();
}
function drawPoint(ctx, options, x, y) {
	drawPointLegend(ctx, options, x, y, null);
}
function drawPointLegend(ctx, options, x, y, w) {
	let type, xOffset, yOffset, size, cornerRadius, width, xOffsetW, yOffsetW;
	const style = options.pointStyle;
	const rotation = options.rotation;
	const radius = options.radius;
	let rad = (rotation || 0) * RAD_PER_DEG;
	if (style && typeof style === "object") {
		type = style.toString();
		if (type === "[object HTMLImageElement]" || type === "[object HTMLCanvasElement]") {
			ctx.save();
			ctx.translate(x, y);
			ctx.rotate(rad);
			ctx.drawImage(style, -style.width / 2, -style.height / 2, style.width, style.height);
			ctx.restore();
			return;
		}
	}
	if (isNaN(radius) || radius <= 0) return;
	ctx.beginPath();
	switch (style) {
		default:
			if (w) ctx.ellipse(x, y, w / 2, radius, 0, 0, TAU);
			else ctx.arc(x, y, radius, 0, TAU);
			ctx.closePath();
			break;
		case "triangle":
			width = w ? w / 2 : radius;
			ctx.moveTo(x + Math.sin(rad) * width, y - Math.cos(rad) * radius);
			rad += TWO_THIRDS_PI;
			ctx.lineTo(x + Math.sin(rad) * width, y - Math.cos(rad) * radius);
			rad += TWO_THIRDS_PI;
			ctx.lineTo(x + Math.sin(rad) * width, y - Math.cos(rad) * radius);
			ctx.closePath();
			break;
		case "rectRounded":
			cornerRadius = radius * .516;
			size = radius - cornerRadius;
			xOffset = Math.cos(rad + QUARTER_PI) * size;
			xOffsetW = Math.cos(rad + QUARTER_PI) * (w ? w / 2 - cornerRadius : size);
			yOffset = Math.sin(rad + QUARTER_PI) * size;
			yOffsetW = Math.sin(rad + QUARTER_PI) * (w ? w / 2 - cornerRadius : size);
			ctx.arc(x - xOffsetW, y - yOffset, cornerRadius, rad - PI, rad - HALF_PI);
			ctx.arc(x + yOffsetW, y - xOffset, cornerRadius, rad - HALF_PI, rad);
			ctx.arc(x + xOffsetW, y + yOffset, cornerRadius, rad, rad + HALF_PI);
			ctx.arc(x - yOffsetW, y + xOffset, cornerRadius, rad + HALF_PI, rad + PI);
			ctx.closePath();
			break;
		case "rect":
			if (!rotation) {
				size = Math.SQRT1_2 * radius;
				width = w ? w / 2 : size;
				ctx.rect(x - width, y - size, 2 * width, 2 * size);
				break;
			}
			rad += QUARTER_PI;
		case "rectRot":
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			ctx.closePath();
			break;
		case "crossRot": rad += QUARTER_PI;
		case "cross":
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.moveTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			break;
		case "star":
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.moveTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			rad += QUARTER_PI;
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.moveTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			break;
		case "line":
			xOffset = w ? w / 2 : Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			ctx.moveTo(x - xOffset, y - yOffset);
			ctx.lineTo(x + xOffset, y + yOffset);
			break;
		case "dash":
			ctx.moveTo(x, y);
			ctx.lineTo(x + Math.cos(rad) * (w ? w / 2 : radius), y + Math.sin(rad) * radius);
			break;
		case false: ctx.closePath();
	}
	ctx.fill();
	if (options.borderWidth > 0) ctx.stroke();
}
/**
* Returns true if the point is inside the rectangle
* @param point - The point to test
* @param area - The rectangle
* @param margin - allowed margin
* @private
*/ function _isPointInArea(point, area, margin) {
	margin = margin || .5;
	return !area || point && point.x > area.left - margin && point.x < area.right + margin && point.y > area.top - margin && point.y < area.bottom + margin;
}
function clipArea(ctx, area) {
	ctx.save();
	ctx.beginPath();
	ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
	ctx.clip();
}
function unclipArea(ctx) {
	ctx.restore();
}
function setRenderOpts(ctx, opts) {
	if (opts.translation) ctx.translate(opts.translation[0], opts.translation[1]);
	if (!isNullOrUndef(opts.rotation)) ctx.rotate(opts.rotation);
	if (opts.color) ctx.fillStyle = opts.color;
	if (opts.textAlign) ctx.textAlign = opts.textAlign;
	if (opts.textBaseline) ctx.textBaseline = opts.textBaseline;
}
function decorateText(ctx, x, y, line, opts) {
	if (opts.strikethrough || opts.underline) {
		/**
		* Now that IE11 support has been dropped, we can use more
		* of the TextMetrics object. The actual bounding boxes
		* are unflagged in Chrome, Firefox, Edge, and Safari so they
		* can be safely used.
		* See https://developer.mozilla.org/en-US/docs/Web/API/TextMetrics#Browser_compatibility
		*/ const metrics = ctx.measureText(line);
		const left = x - metrics.actualBoundingBoxLeft;
		const right = x + metrics.actualBoundingBoxRight;
		const top = y - metrics.actualBoundingBoxAscent;
		const bottom = y + metrics.actualBoundingBoxDescent;
		const yDecoration = opts.strikethrough ? (top + bottom) / 2 : bottom;
		ctx.strokeStyle = ctx.fillStyle;
		ctx.beginPath();
		ctx.lineWidth = opts.decorationWidth || 2;
		ctx.moveTo(left, yDecoration);
		ctx.lineTo(right, yDecoration);
		ctx.stroke();
	}
}
function drawBackdrop(ctx, opts) {
	const oldColor = ctx.fillStyle;
	ctx.fillStyle = opts.color;
	ctx.fillRect(opts.left, opts.top, opts.width, opts.height);
	ctx.fillStyle = oldColor;
}
/**
* Render text onto the canvas
*/ function renderText(ctx, text, x, y, font, opts = {}) {
	const lines = isArray(text) ? text : [text];
	const stroke = opts.strokeWidth > 0 && opts.strokeColor !== "";
	let i, line;
	ctx.save();
	ctx.font = font.string;
	setRenderOpts(ctx, opts);
	for (i = 0; i < lines.length; ++i) {
		line = lines[i];
		if (opts.backdrop) drawBackdrop(ctx, opts.backdrop);
		if (stroke) {
			if (opts.strokeColor) ctx.strokeStyle = opts.strokeColor;
			if (!isNullOrUndef(opts.strokeWidth)) ctx.lineWidth = opts.strokeWidth;
			ctx.strokeText(line, x, y, opts.maxWidth);
		}
		ctx.fillText(line, x, y, opts.maxWidth);
		decorateText(ctx, x, y, line, opts);
		y += Number(font.lineHeight);
	}
	ctx.restore();
}
/**
* Add a path of a rectangle with rounded corners to the current sub-path
* @param ctx - Context
* @param rect - Bounding rect
*/ function addRoundedRectPath(ctx, rect) {
	const { x, y, w, h, radius } = rect;
	ctx.arc(x + radius.topLeft, y + radius.topLeft, radius.topLeft, 1.5 * PI, PI, true);
	ctx.lineTo(x, y + h - radius.bottomLeft);
	ctx.arc(x + radius.bottomLeft, y + h - radius.bottomLeft, radius.bottomLeft, PI, HALF_PI, true);
	ctx.lineTo(x + w - radius.bottomRight, y + h);
	ctx.arc(x + w - radius.bottomRight, y + h - radius.bottomRight, radius.bottomRight, HALF_PI, 0, true);
	ctx.lineTo(x + w, y + radius.topRight);
	ctx.arc(x + w - radius.topRight, y + radius.topRight, radius.topRight, 0, -HALF_PI, true);
	ctx.lineTo(x + radius.topLeft, y);
}
/**
* @alias Chart.helpers.options
* @namespace
*/ /**
* Converts the given line height `value` in pixels for a specific font `size`.
* @param value - The lineHeight to parse (eg. 1.6, '14px', '75%', '1.6em').
* @param size - The font size (in pixels) used to resolve relative `value`.
* @returns The effective line height in pixels (size * 1.2 if value is invalid).
* @see https://developer.mozilla.org/en-US/docs/Web/CSS/line-height
* @since 2.7.0
*/ function toLineHeight(value, size) {
	const matches = ("" + value).match(LINE_HEIGHT);
	if (!matches || matches[1] === "normal") return size * 1.2;
	value = +matches[2];
	switch (matches[3]) {
		case "px": return value;
		case "%": value /= 100;
	}
	return size * value;
}
function _readValueToProps(value, props) {
	const ret = {};
	const objProps = isObject(props);
	const keys = objProps ? Object.keys(props) : props;
	const read = isObject(value) ? objProps ? (prop) => valueOrDefault(value[prop], value[props[prop]]) : (prop) => value[prop] : () => value;
	for (const prop of keys) ret[prop] = numberOrZero(read(prop));
	return ret;
}
/**
* Converts the given value into a TRBL object.
* @param value - If a number, set the value to all TRBL component,
*  else, if an object, use defined properties and sets undefined ones to 0.
*  x / y are shorthands for same value for left/right and top/bottom.
* @returns The padding values (top, right, bottom, left)
* @since 3.0.0
*/ function toTRBL(value) {
	return _readValueToProps(value, {
		top: "y",
		right: "x",
		bottom: "y",
		left: "x"
	});
}
/**
* Converts the given value into a TRBL corners object (similar with css border-radius).
* @param value - If a number, set the value to all TRBL corner components,
*  else, if an object, use defined properties and sets undefined ones to 0.
* @returns The TRBL corner values (topLeft, topRight, bottomLeft, bottomRight)
* @since 3.0.0
*/ function toTRBLCorners(value) {
	return _readValueToProps(value, [
		"topLeft",
		"topRight",
		"bottomLeft",
		"bottomRight"
	]);
}
/**
* Converts the given value into a padding object with pre-computed width/height.
* @param value - If a number, set the value to all TRBL component,
*  else, if an object, use defined properties and sets undefined ones to 0.
*  x / y are shorthands for same value for left/right and top/bottom.
* @returns The padding values (top, right, bottom, left, width, height)
* @since 2.7.0
*/ function toPadding(value) {
	const obj = toTRBL(value);
	obj.width = obj.left + obj.right;
	obj.height = obj.top + obj.bottom;
	return obj;
}
/**
* Parses font options and returns the font object.
* @param options - A object that contains font options to be parsed.
* @param fallback - A object that contains fallback font options.
* @return The font object.
* @private
*/ function toFont(options, fallback) {
	options = options || {};
	fallback = fallback || defaults.font;
	let size = valueOrDefault(options.size, fallback.size);
	if (typeof size === "string") size = parseInt(size, 10);
	let style = valueOrDefault(options.style, fallback.style);
	if (style && !("" + style).match(FONT_STYLE)) {
		console.warn("Invalid font style specified: \"" + style + "\"");
		style = void 0;
	}
	const font = {
		family: valueOrDefault(options.family, fallback.family),
		lineHeight: toLineHeight(valueOrDefault(options.lineHeight, fallback.lineHeight), size),
		size,
		style,
		weight: valueOrDefault(options.weight, fallback.weight),
		string: ""
	};
	font.string = toFontString(font);
	return font;
}
/**
* Evaluates the given `inputs` sequentially and returns the first defined value.
* @param inputs - An array of values, falling back to the last value.
* @param context - If defined and the current value is a function, the value
* is called with `context` as first argument and the result becomes the new input.
* @param index - If defined and the current value is an array, the value
* at `index` become the new input.
* @param info - object to return information about resolution in
* @param info.cacheable - Will be set to `false` if option is not cacheable.
* @since 2.7.0
*/ function resolve(inputs, context, index, info) {
	let cacheable = true;
	let i, ilen, value;
	for (i = 0, ilen = inputs.length; i < ilen; ++i) {
		value = inputs[i];
		if (value === void 0) continue;
		if (context !== void 0 && typeof value === "function") {
			value = value(context);
			cacheable = false;
		}
		if (index !== void 0 && isArray(value)) {
			value = value[index % value.length];
			cacheable = false;
		}
		if (value !== void 0) {
			if (info && !cacheable) info.cacheable = false;
			return value;
		}
	}
}
/**
* @param minmax
* @param grace
* @param beginAtZero
* @private
*/ function _addGrace(minmax, grace, beginAtZero) {
	const { min, max } = minmax;
	const change = toDimension(grace, (max - min) / 2);
	const keepZero = (value, add) => beginAtZero && value === 0 ? 0 : value + add;
	return {
		min: keepZero(min, -Math.abs(change)),
		max: keepZero(max, change)
	};
}
function createContext(parentContext, context) {
	return Object.assign(Object.create(parentContext), context);
}
/**
* Creates a Proxy for resolving raw values for options.
* @param scopes - The option scopes to look for values, in resolution order
* @param prefixes - The prefixes for values, in resolution order.
* @param rootScopes - The root option scopes
* @param fallback - Parent scopes fallback
* @param getTarget - callback for getting the target for changed values
* @returns Proxy
* @private
*/ function _createResolver(scopes, prefixes = [""], rootScopes, fallback, getTarget = () => scopes[0]) {
	const finalRootScopes = rootScopes || scopes;
	if (typeof fallback === "undefined") fallback = _resolve("_fallback", scopes);
	return new Proxy({
		[Symbol.toStringTag]: "Object",
		_cacheable: true,
		_scopes: scopes,
		_rootScopes: finalRootScopes,
		_fallback: fallback,
		_getTarget: getTarget,
		override: (scope) => _createResolver([scope, ...scopes], prefixes, finalRootScopes, fallback)
	}, {
		/**
		* A trap for the delete operator.
		*/ deleteProperty(target, prop) {
			delete target[prop];
			delete target._keys;
			delete scopes[0][prop];
			return true;
		},
		/**
		* A trap for getting property values.
		*/ get(target, prop) {
			return _cached(target, prop, () => _resolveWithPrefixes(prop, prefixes, scopes, target));
		},
		/**
		* A trap for Object.getOwnPropertyDescriptor.
		* Also used by Object.hasOwnProperty.
		*/ getOwnPropertyDescriptor(target, prop) {
			return Reflect.getOwnPropertyDescriptor(target._scopes[0], prop);
		},
		/**
		* A trap for Object.getPrototypeOf.
		*/ getPrototypeOf() {
			return Reflect.getPrototypeOf(scopes[0]);
		},
		/**
		* A trap for the in operator.
		*/ has(target, prop) {
			return getKeysFromAllScopes(target).includes(prop);
		},
		/**
		* A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
		*/ ownKeys(target) {
			return getKeysFromAllScopes(target);
		},
		/**
		* A trap for setting property values.
		*/ set(target, prop, value) {
			const storage = target._storage || (target._storage = getTarget());
			target[prop] = storage[prop] = value;
			delete target._keys;
			return true;
		}
	});
}
/**
* Returns an Proxy for resolving option values with context.
* @param proxy - The Proxy returned by `_createResolver`
* @param context - Context object for scriptable/indexable options
* @param subProxy - The proxy provided for scriptable options
* @param descriptorDefaults - Defaults for descriptors
* @private
*/ function _attachContext(proxy, context, subProxy, descriptorDefaults) {
	const cache = {
		_cacheable: false,
		_proxy: proxy,
		_context: context,
		_subProxy: subProxy,
		_stack: /* @__PURE__ */ new Set(),
		_descriptors: _descriptors(proxy, descriptorDefaults),
		setContext: (ctx) => _attachContext(proxy, ctx, subProxy, descriptorDefaults),
		override: (scope) => _attachContext(proxy.override(scope), context, subProxy, descriptorDefaults)
	};
	return new Proxy(cache, {
		/**
		* A trap for the delete operator.
		*/ deleteProperty(target, prop) {
			delete target[prop];
			delete proxy[prop];
			return true;
		},
		/**
		* A trap for getting property values.
		*/ get(target, prop, receiver) {
			return _cached(target, prop, () => _resolveWithContext(target, prop, receiver));
		},
		/**
		* A trap for Object.getOwnPropertyDescriptor.
		* Also used by Object.hasOwnProperty.
		*/ getOwnPropertyDescriptor(target, prop) {
			return target._descriptors.allKeys ? Reflect.has(proxy, prop) ? {
				enumerable: true,
				configurable: true
			} : void 0 : Reflect.getOwnPropertyDescriptor(proxy, prop);
		},
		/**
		* A trap for Object.getPrototypeOf.
		*/ getPrototypeOf() {
			return Reflect.getPrototypeOf(proxy);
		},
		/**
		* A trap for the in operator.
		*/ has(target, prop) {
			return Reflect.has(proxy, prop);
		},
		/**
		* A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
		*/ ownKeys() {
			return Reflect.ownKeys(proxy);
		},
		/**
		* A trap for setting property values.
		*/ set(target, prop, value) {
			proxy[prop] = value;
			delete target[prop];
			return true;
		}
	});
}
/**
* @private
*/ function _descriptors(proxy, defaults = {
	scriptable: true,
	indexable: true
}) {
	const { _scriptable = defaults.scriptable, _indexable = defaults.indexable, _allKeys = defaults.allKeys } = proxy;
	return {
		allKeys: _allKeys,
		scriptable: _scriptable,
		indexable: _indexable,
		isScriptable: isFunction(_scriptable) ? _scriptable : () => _scriptable,
		isIndexable: isFunction(_indexable) ? _indexable : () => _indexable
	};
}
function _cached(target, prop, resolve) {
	if (Object.prototype.hasOwnProperty.call(target, prop) || prop === "constructor") return target[prop];
	const value = resolve();
	target[prop] = value;
	return value;
}
function _resolveWithContext(target, prop, receiver) {
	const { _proxy, _context, _subProxy, _descriptors: descriptors } = target;
	let value = _proxy[prop];
	if (isFunction(value) && descriptors.isScriptable(prop)) value = _resolveScriptable(prop, value, target, receiver);
	if (isArray(value) && value.length) value = _resolveArray(prop, value, target, descriptors.isIndexable);
	if (needsSubResolver(prop, value)) value = _attachContext(value, _context, _subProxy && _subProxy[prop], descriptors);
	return value;
}
function _resolveScriptable(prop, getValue, target, receiver) {
	const { _proxy, _context, _subProxy, _stack } = target;
	if (_stack.has(prop)) throw new Error("Recursion detected: " + Array.from(_stack).join("->") + "->" + prop);
	_stack.add(prop);
	let value = getValue(_context, _subProxy || receiver);
	_stack.delete(prop);
	if (needsSubResolver(prop, value)) value = createSubResolver(_proxy._scopes, _proxy, prop, value);
	return value;
}
function _resolveArray(prop, value, target, isIndexable) {
	const { _proxy, _context, _subProxy, _descriptors: descriptors } = target;
	if (typeof _context.index !== "undefined" && isIndexable(prop)) return value[_context.index % value.length];
	else if (isObject(value[0])) {
		const arr = value;
		const scopes = _proxy._scopes.filter((s) => s !== arr);
		value = [];
		for (const item of arr) {
			const resolver = createSubResolver(scopes, _proxy, prop, item);
			value.push(_attachContext(resolver, _context, _subProxy && _subProxy[prop], descriptors));
		}
	}
	return value;
}
function resolveFallback(fallback, prop, value) {
	return isFunction(fallback) ? fallback(prop, value) : fallback;
}
function addScopes(set, parentScopes, key, parentFallback, value) {
	for (const parent of parentScopes) {
		const scope = getScope(key, parent);
		if (scope) {
			set.add(scope);
			const fallback = resolveFallback(scope._fallback, key, value);
			if (typeof fallback !== "undefined" && fallback !== key && fallback !== parentFallback) return fallback;
		} else if (scope === false && typeof parentFallback !== "undefined" && key !== parentFallback) return null;
	}
	return false;
}
function createSubResolver(parentScopes, resolver, prop, value) {
	const rootScopes = resolver._rootScopes;
	const fallback = resolveFallback(resolver._fallback, prop, value);
	const allScopes = [...parentScopes, ...rootScopes];
	const set = /* @__PURE__ */ new Set();
	set.add(value);
	let key = addScopesFromKey(set, allScopes, prop, fallback || prop, value);
	if (key === null) return false;
	if (typeof fallback !== "undefined" && fallback !== prop) {
		key = addScopesFromKey(set, allScopes, fallback, key, value);
		if (key === null) return false;
	}
	return _createResolver(Array.from(set), [""], rootScopes, fallback, () => subGetTarget(resolver, prop, value));
}
function addScopesFromKey(set, allScopes, key, fallback, item) {
	while (key) key = addScopes(set, allScopes, key, fallback, item);
	return key;
}
function subGetTarget(resolver, prop, value) {
	const parent = resolver._getTarget();
	if (!(prop in parent)) parent[prop] = {};
	const target = parent[prop];
	if (isArray(target) && isObject(value)) return value;
	return target || {};
}
function _resolveWithPrefixes(prop, prefixes, scopes, proxy) {
	let value;
	for (const prefix of prefixes) {
		value = _resolve(readKey(prefix, prop), scopes);
		if (typeof value !== "undefined") return needsSubResolver(prop, value) ? createSubResolver(scopes, proxy, prop, value) : value;
	}
}
function _resolve(key, scopes) {
	for (const scope of scopes) {
		if (!scope) continue;
		const value = scope[key];
		if (typeof value !== "undefined") return value;
	}
}
function getKeysFromAllScopes(target) {
	let keys = target._keys;
	if (!keys) keys = target._keys = resolveKeysFromAllScopes(target._scopes);
	return keys;
}
function resolveKeysFromAllScopes(scopes) {
	const set = /* @__PURE__ */ new Set();
	for (const scope of scopes) for (const key of Object.keys(scope).filter((k) => !k.startsWith("_"))) set.add(key);
	return Array.from(set);
}
/**
* @private
*/ function _isDomSupported() {
	return typeof window !== "undefined" && typeof document !== "undefined";
}
/**
* @private
*/ function _getParentNode(domNode) {
	let parent = domNode.parentNode;
	if (parent && parent.toString() === "[object ShadowRoot]") parent = parent.host;
	return parent;
}
/**
* convert max-width/max-height values that may be percentages into a number
* @private
*/ function parseMaxStyle(styleValue, node, parentProperty) {
	let valueInPixels;
	if (typeof styleValue === "string") {
		valueInPixels = parseInt(styleValue, 10);
		if (styleValue.indexOf("%") !== -1) valueInPixels = valueInPixels / 100 * node.parentNode[parentProperty];
	} else valueInPixels = styleValue;
	return valueInPixels;
}
function getStyle(el, property) {
	return getComputedStyle$1(el).getPropertyValue(property);
}
function getPositionedStyle(styles, style, suffix) {
	const result = {};
	suffix = suffix ? "-" + suffix : "";
	for (let i = 0; i < 4; i++) {
		const pos = positions[i];
		result[pos] = parseFloat(styles[style + "-" + pos + suffix]) || 0;
	}
	result.width = result.left + result.right;
	result.height = result.top + result.bottom;
	return result;
}
/**
* @param e
* @param canvas
* @returns Canvas position
*/ function getCanvasPosition(e, canvas) {
	const touches = e.touches;
	const source = touches && touches.length ? touches[0] : e;
	const { offsetX, offsetY } = source;
	let box = false;
	let x, y;
	if (useOffsetPos(offsetX, offsetY, e.target)) {
		x = offsetX;
		y = offsetY;
	} else {
		const rect = canvas.getBoundingClientRect();
		x = source.clientX - rect.left;
		y = source.clientY - rect.top;
		box = true;
	}
	return {
		x,
		y,
		box
	};
}
/**
* Gets an event's x, y coordinates, relative to the chart area
* @param event
* @param chart
* @returns x and y coordinates of the event
*/ function getRelativePosition(event, chart) {
	if ("native" in event) return event;
	const { canvas, currentDevicePixelRatio } = chart;
	const style = getComputedStyle$1(canvas);
	const borderBox = style.boxSizing === "border-box";
	const paddings = getPositionedStyle(style, "padding");
	const borders = getPositionedStyle(style, "border", "width");
	const { x, y, box } = getCanvasPosition(event, canvas);
	const xOffset = paddings.left + (box && borders.left);
	const yOffset = paddings.top + (box && borders.top);
	let { width, height } = chart;
	if (borderBox) {
		width -= paddings.width + borders.width;
		height -= paddings.height + borders.height;
	}
	return {
		x: Math.round((x - xOffset) / width * canvas.width / currentDevicePixelRatio),
		y: Math.round((y - yOffset) / height * canvas.height / currentDevicePixelRatio)
	};
}
function getContainerSize(canvas, width, height) {
	let maxWidth, maxHeight;
	if (width === void 0 || height === void 0) {
		const container = canvas && _getParentNode(canvas);
		if (!container) {
			width = canvas.clientWidth;
			height = canvas.clientHeight;
		} else {
			const rect = container.getBoundingClientRect();
			const containerStyle = getComputedStyle$1(container);
			const containerBorder = getPositionedStyle(containerStyle, "border", "width");
			const containerPadding = getPositionedStyle(containerStyle, "padding");
			width = rect.width - containerPadding.width - containerBorder.width;
			height = rect.height - containerPadding.height - containerBorder.height;
			maxWidth = parseMaxStyle(containerStyle.maxWidth, container, "clientWidth");
			maxHeight = parseMaxStyle(containerStyle.maxHeight, container, "clientHeight");
		}
	}
	return {
		width,
		height,
		maxWidth: maxWidth || INFINITY,
		maxHeight: maxHeight || INFINITY
	};
}
function getMaximumSize(canvas, bbWidth, bbHeight, aspectRatio) {
	const style = getComputedStyle$1(canvas);
	const margins = getPositionedStyle(style, "margin");
	const maxWidth = parseMaxStyle(style.maxWidth, canvas, "clientWidth") || INFINITY;
	const maxHeight = parseMaxStyle(style.maxHeight, canvas, "clientHeight") || INFINITY;
	const containerSize = getContainerSize(canvas, bbWidth, bbHeight);
	let { width, height } = containerSize;
	if (style.boxSizing === "content-box") {
		const borders = getPositionedStyle(style, "border", "width");
		const paddings = getPositionedStyle(style, "padding");
		width -= paddings.width + borders.width;
		height -= paddings.height + borders.height;
	}
	width = Math.max(0, width - margins.width);
	height = Math.max(0, aspectRatio ? width / aspectRatio : height - margins.height);
	width = round1(Math.min(width, maxWidth, containerSize.maxWidth));
	height = round1(Math.min(height, maxHeight, containerSize.maxHeight));
	if (width && !height) height = round1(width / 2);
	if ((bbWidth !== void 0 || bbHeight !== void 0) && aspectRatio && containerSize.height && height > containerSize.height) {
		height = containerSize.height;
		width = round1(Math.floor(height * aspectRatio));
	}
	return {
		width,
		height
	};
}
/**
* @param chart
* @param forceRatio
* @param forceStyle
* @returns True if the canvas context size or transformation has changed.
*/ function retinaScale(chart, forceRatio, forceStyle) {
	const pixelRatio = forceRatio || 1;
	const deviceHeight = round1(chart.height * pixelRatio);
	const deviceWidth = round1(chart.width * pixelRatio);
	chart.height = round1(chart.height);
	chart.width = round1(chart.width);
	const canvas = chart.canvas;
	if (canvas.style && (forceStyle || !canvas.style.height && !canvas.style.width)) {
		canvas.style.height = `${chart.height}px`;
		canvas.style.width = `${chart.width}px`;
	}
	const canvasHeight = Math.floor(deviceHeight);
	const canvasWidth = Math.floor(deviceWidth);
	if (chart.currentDevicePixelRatio !== pixelRatio || canvas.height !== canvasHeight || canvas.width !== canvasWidth) {
		chart.currentDevicePixelRatio = pixelRatio;
		canvas.height = canvasHeight;
		canvas.width = canvasWidth;
		chart.ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
		return true;
	}
	return false;
}
/**
* The "used" size is the final value of a dimension property after all calculations have
* been performed. This method uses the computed style of `element` but returns undefined
* if the computed style is not expressed in pixels. That can happen in some cases where
* `element` has a size relative to its parent and this last one is not yet displayed,
* for example because of `display: none` on a parent node.
* @see https://developer.mozilla.org/en-US/docs/Web/CSS/used_value
* @returns Size in pixels or undefined if unknown.
*/ function readUsedSize(element, property) {
	const value = getStyle(element, property);
	const matches = value && value.match(/^(\d+)(\.\d+)?px$/);
	return matches ? +matches[1] : void 0;
}
function getRtlAdapter(rtl, rectX, width) {
	return rtl ? getRightToLeftAdapter(rectX, width) : getLeftToRightAdapter();
}
function overrideTextDirection(ctx, direction) {
	let style, original;
	if (direction === "ltr" || direction === "rtl") {
		style = ctx.canvas.style;
		original = [style.getPropertyValue("direction"), style.getPropertyPriority("direction")];
		style.setProperty("direction", direction, "important");
		ctx.prevTextDirection = original;
	}
}
function restoreTextDirection(ctx, original) {
	if (original !== void 0) {
		delete ctx.prevTextDirection;
		ctx.canvas.style.setProperty("direction", original[0], original[1]);
	}
}
function getSizeForArea(scale, chartArea, field) {
	return scale.options.clip ? scale[field] : chartArea[field];
}
function getDatasetArea(meta, chartArea) {
	const { xScale, yScale } = meta;
	if (xScale && yScale) return {
		left: getSizeForArea(xScale, chartArea, "left"),
		right: getSizeForArea(xScale, chartArea, "right"),
		top: getSizeForArea(yScale, chartArea, "top"),
		bottom: getSizeForArea(yScale, chartArea, "bottom")
	};
	return chartArea;
}
function getDatasetClipArea(chart, meta) {
	const clip = meta._clip;
	if (clip.disabled) return false;
	const area = getDatasetArea(meta, chart.chartArea);
	return {
		left: clip.left === false ? 0 : area.left - (clip.left === true ? 0 : clip.left),
		right: clip.right === false ? chart.width : area.right + (clip.right === true ? 0 : clip.right),
		top: clip.top === false ? 0 : area.top - (clip.top === true ? 0 : clip.top),
		bottom: clip.bottom === false ? chart.height : area.bottom + (clip.bottom === true ? 0 : clip.bottom)
	};
}
var uid, toDimension, keyResolvers, defined, isFunction, setsEqual, PI, TAU, INFINITY, RAD_PER_DEG, HALF_PI, QUARTER_PI, TWO_THIRDS_PI, log10, sign, _lookupByKey, _rlookupByKey, arrayEvents, requestAnimFrame, _toLeftRightCenter, _alignStartEnd, _textX, atEdge, elasticIn, elasticOut, effects, numbers, colors, intlCache, formatters, Ticks, overrides, descriptors, Defaults, defaults, LINE_HEIGHT, FONT_STYLE, numberOrZero, readKey, needsSubResolver, getScope, getComputedStyle$1, positions, useOffsetPos, round1, supportsEventListenerOptions, getRightToLeftAdapter, getLeftToRightAdapter;
var init_chunks = __esmMin((() => {
	init_color_esm();
	uid = (() => {
		let id = 0;
		return () => id++;
	})();
	toDimension = (value, dimension) => typeof value === "string" && value.endsWith("%") ? parseFloat(value) / 100 * dimension : +value;
	keyResolvers = {
		"": (v) => v,
		x: (o) => o.x,
		y: (o) => o.y
	};
	defined = (value) => typeof value !== "undefined";
	isFunction = (value) => typeof value === "function";
	setsEqual = (a, b) => {
		if (a.size !== b.size) return false;
		for (const item of a) if (!b.has(item)) return false;
		return true;
	};
	PI = Math.PI;
	TAU = 2 * PI;
	TAU + PI;
	INFINITY = Number.POSITIVE_INFINITY;
	RAD_PER_DEG = PI / 180;
	HALF_PI = PI / 2;
	QUARTER_PI = PI / 4;
	TWO_THIRDS_PI = PI * 2 / 3;
	log10 = Math.log10;
	sign = Math.sign;
	_lookupByKey = (table, key, value, last) => _lookup(table, value, last ? (index) => {
		const ti = table[index][key];
		return ti < value || ti === value && table[index + 1][key] === value;
	} : (index) => table[index][key] < value);
	_rlookupByKey = (table, key, value) => _lookup(table, value, (index) => table[index][key] >= value);
	arrayEvents = [
		"push",
		"pop",
		"shift",
		"splice",
		"unshift"
	];
	requestAnimFrame = function() {
		if (typeof window === "undefined") return function(callback) {
			return callback();
		};
		return window.requestAnimationFrame;
	}();
	_toLeftRightCenter = (align) => align === "start" ? "left" : align === "end" ? "right" : "center";
	_alignStartEnd = (align, start, end) => align === "start" ? start : align === "end" ? end : (start + end) / 2;
	_textX = (align, left, right, rtl) => {
		return align === (rtl ? "left" : "right") ? right : align === "center" ? (left + right) / 2 : left;
	};
	atEdge = (t) => t === 0 || t === 1;
	elasticIn = (t, s, p) => -(Math.pow(2, 10 * (t -= 1)) * Math.sin((t - s) * TAU / p));
	elasticOut = (t, s, p) => Math.pow(2, -10 * t) * Math.sin((t - s) * TAU / p) + 1;
	effects = {
		linear: (t) => t,
		easeInQuad: (t) => t * t,
		easeOutQuad: (t) => -t * (t - 2),
		easeInOutQuad: (t) => (t /= .5) < 1 ? .5 * t * t : -.5 * (--t * (t - 2) - 1),
		easeInCubic: (t) => t * t * t,
		easeOutCubic: (t) => (t -= 1) * t * t + 1,
		easeInOutCubic: (t) => (t /= .5) < 1 ? .5 * t * t * t : .5 * ((t -= 2) * t * t + 2),
		easeInQuart: (t) => t * t * t * t,
		easeOutQuart: (t) => -((t -= 1) * t * t * t - 1),
		easeInOutQuart: (t) => (t /= .5) < 1 ? .5 * t * t * t * t : -.5 * ((t -= 2) * t * t * t - 2),
		easeInQuint: (t) => t * t * t * t * t,
		easeOutQuint: (t) => (t -= 1) * t * t * t * t + 1,
		easeInOutQuint: (t) => (t /= .5) < 1 ? .5 * t * t * t * t * t : .5 * ((t -= 2) * t * t * t * t + 2),
		easeInSine: (t) => -Math.cos(t * HALF_PI) + 1,
		easeOutSine: (t) => Math.sin(t * HALF_PI),
		easeInOutSine: (t) => -.5 * (Math.cos(PI * t) - 1),
		easeInExpo: (t) => t === 0 ? 0 : Math.pow(2, 10 * (t - 1)),
		easeOutExpo: (t) => t === 1 ? 1 : -Math.pow(2, -10 * t) + 1,
		easeInOutExpo: (t) => atEdge(t) ? t : t < .5 ? .5 * Math.pow(2, 10 * (t * 2 - 1)) : .5 * (-Math.pow(2, -10 * (t * 2 - 1)) + 2),
		easeInCirc: (t) => t >= 1 ? t : -(Math.sqrt(1 - t * t) - 1),
		easeOutCirc: (t) => Math.sqrt(1 - (t -= 1) * t),
		easeInOutCirc: (t) => (t /= .5) < 1 ? -.5 * (Math.sqrt(1 - t * t) - 1) : .5 * (Math.sqrt(1 - (t -= 2) * t) + 1),
		easeInElastic: (t) => atEdge(t) ? t : elasticIn(t, .075, .3),
		easeOutElastic: (t) => atEdge(t) ? t : elasticOut(t, .075, .3),
		easeInOutElastic(t) {
			const s = .1125;
			const p = .45;
			return atEdge(t) ? t : t < .5 ? .5 * elasticIn(t * 2, s, p) : .5 + .5 * elasticOut(t * 2 - 1, s, p);
		},
		easeInBack(t) {
			return t * t * (2.70158 * t - 1.70158);
		},
		easeOutBack(t) {
			return (t -= 1) * t * (2.70158 * t + 1.70158) + 1;
		},
		easeInOutBack(t) {
			let s = 1.70158;
			if ((t /= .5) < 1) return .5 * (t * t * (((s *= 1.525) + 1) * t - s));
			return .5 * ((t -= 2) * t * (((s *= 1.525) + 1) * t + s) + 2);
		},
		easeInBounce: (t) => 1 - effects.easeOutBounce(1 - t),
		easeOutBounce(t) {
			const m = 7.5625;
			const d = 2.75;
			if (t < 1 / d) return m * t * t;
			if (t < 2 / d) return m * (t -= 1.5 / d) * t + .75;
			if (t < 2.5 / d) return m * (t -= 2.25 / d) * t + .9375;
			return m * (t -= 2.625 / d) * t + .984375;
		},
		easeInOutBounce: (t) => t < .5 ? effects.easeInBounce(t * 2) * .5 : effects.easeOutBounce(t * 2 - 1) * .5 + .5
	};
	numbers = [
		"x",
		"y",
		"borderWidth",
		"radius",
		"tension"
	];
	colors = [
		"color",
		"borderColor",
		"backgroundColor"
	];
	intlCache = /* @__PURE__ */ new Map();
	formatters = {
		values(value) {
			return isArray(value) ? value : "" + value;
		},
		numeric(tickValue, index, ticks) {
			if (tickValue === 0) return "0";
			const locale = this.chart.options.locale;
			let notation;
			let delta = tickValue;
			if (ticks.length > 1) {
				const maxTick = Math.max(Math.abs(ticks[0].value), Math.abs(ticks[ticks.length - 1].value));
				if (maxTick < 1e-4 || maxTick > 0x38d7ea4c68000) notation = "scientific";
				delta = calculateDelta(tickValue, ticks);
			}
			const logDelta = log10(Math.abs(delta));
			const numDecimal = isNaN(logDelta) ? 1 : Math.max(Math.min(-1 * Math.floor(logDelta), 20), 0);
			const options = {
				notation,
				minimumFractionDigits: numDecimal,
				maximumFractionDigits: numDecimal
			};
			Object.assign(options, this.options.ticks.format);
			return formatNumber(tickValue, locale, options);
		},
		logarithmic(tickValue, index, ticks) {
			if (tickValue === 0) return "0";
			const remain = ticks[index].significand || tickValue / Math.pow(10, Math.floor(log10(tickValue)));
			if ([
				1,
				2,
				3,
				5,
				10,
				15
			].includes(remain) || index > .8 * ticks.length) return formatters.numeric.call(this, tickValue, index, ticks);
			return "";
		}
	};
	Ticks = { formatters };
	overrides = Object.create(null);
	descriptors = Object.create(null);
	Defaults = class {
		constructor(_descriptors, _appliers) {
			this.animation = void 0;
			this.backgroundColor = "rgba(0,0,0,0.1)";
			this.borderColor = "rgba(0,0,0,0.1)";
			this.color = "#666";
			this.datasets = {};
			this.devicePixelRatio = (context) => context.chart.platform.getDevicePixelRatio();
			this.elements = {};
			this.events = [
				"mousemove",
				"mouseout",
				"click",
				"touchstart",
				"touchmove"
			];
			this.font = {
				family: "'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",
				size: 12,
				style: "normal",
				lineHeight: 1.2,
				weight: null
			};
			this.hover = {};
			this.hoverBackgroundColor = (ctx, options) => getHoverColor(options.backgroundColor);
			this.hoverBorderColor = (ctx, options) => getHoverColor(options.borderColor);
			this.hoverColor = (ctx, options) => getHoverColor(options.color);
			this.indexAxis = "x";
			this.interaction = {
				mode: "nearest",
				intersect: true,
				includeInvisible: false
			};
			this.maintainAspectRatio = true;
			this.onHover = null;
			this.onClick = null;
			this.parsing = true;
			this.plugins = {};
			this.responsive = true;
			this.scale = void 0;
			this.scales = {};
			this.showLine = true;
			this.drawActiveElementsOnTop = true;
			this.describe(_descriptors);
			this.apply(_appliers);
		}
		set(scope, values) {
			return set(this, scope, values);
		}
		get(scope) {
			return getScope$1(this, scope);
		}
		describe(scope, values) {
			return set(descriptors, scope, values);
		}
		override(scope, values) {
			return set(overrides, scope, values);
		}
		route(scope, name, targetScope, targetName) {
			const scopeObject = getScope$1(this, scope);
			const targetScopeObject = getScope$1(this, targetScope);
			const privateName = "_" + name;
			Object.defineProperties(scopeObject, {
				[privateName]: {
					value: scopeObject[name],
					writable: true
				},
				[name]: {
					enumerable: true,
					get() {
						const local = this[privateName];
						const target = targetScopeObject[targetName];
						if (isObject(local)) return Object.assign({}, target, local);
						return valueOrDefault(local, target);
					},
					set(value) {
						this[privateName] = value;
					}
				}
			});
		}
		apply(appliers) {
			appliers.forEach((apply) => apply(this));
		}
	};
	defaults = /* #__PURE__ */ new Defaults({
		_scriptable: (name) => !name.startsWith("on"),
		_indexable: (name) => name !== "events",
		hover: { _fallback: "interaction" },
		interaction: {
			_scriptable: false,
			_indexable: false
		}
	}, [
		applyAnimationsDefaults,
		applyLayoutsDefaults,
		applyScaleDefaults
	]);
	LINE_HEIGHT = /^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/;
	FONT_STYLE = /^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;
	numberOrZero = (v) => +v || 0;
	readKey = (prefix, name) => prefix ? prefix + _capitalize(name) : name;
	needsSubResolver = (prop, value) => isObject(value) && prop !== "adapters" && (Object.getPrototypeOf(value) === null || value.constructor === Object);
	getScope = (key, parent) => key === true ? parent : typeof key === "string" ? resolveObjectKey(parent, key) : void 0;
	getComputedStyle$1 = (element) => element.ownerDocument.defaultView.getComputedStyle(element, null);
	positions = [
		"top",
		"right",
		"bottom",
		"left"
	];
	useOffsetPos = (x, y, target) => (x > 0 || y > 0) && (!target || !target.shadowRoot);
	round1 = (v) => Math.round(v * 10) / 10;
	supportsEventListenerOptions = function() {
		let passiveSupported = false;
		try {
			const options = { get passive() {
				passiveSupported = true;
				return false;
			} };
			if (_isDomSupported()) {
				window.addEventListener("test", null, options);
				window.removeEventListener("test", null, options);
			}
		} catch (e) {}
		return passiveSupported;
	}();
	getRightToLeftAdapter = function(rectX, width) {
		return {
			x(x) {
				return rectX + rectX + width - x;
			},
			setWidth(w) {
				width = w;
			},
			textAlign(align) {
				if (align === "center") return align;
				return align === "right" ? "left" : "right";
			},
			xPlus(x, value) {
				return x - value;
			},
			leftForLtr(x, itemWidth) {
				return x - itemWidth;
			}
		};
	};
	getLeftToRightAdapter = function() {
		return {
			x(x) {
				return x;
			},
			setWidth(w) {},
			textAlign(align) {
				return align;
			},
			xPlus(x, value) {
				return x + value;
			},
			leftForLtr(x, _itemWidth) {
				return x;
			}
		};
	};
}));
// node_modules/chart.js/dist/chart.js
/*!
* Chart.js v4.6.1
* https://www.chartjs.org
* (c) 2026 Chart.js Contributors
* Released under the MIT License
*/
function awaitAll(animations, properties) {
	const running = [];
	const keys = Object.keys(properties);
	for (let i = 0; i < keys.length; i++) {
		const anim = animations[keys[i]];
		if (anim && anim.active()) running.push(anim.wait());
	}
	return Promise.all(running);
}
function resolveTargetOptions(target, newOptions) {
	if (!newOptions) return;
	let options = target.options;
	if (!options) {
		target.options = newOptions;
		return;
	}
	if (options.$shared) target.options = options = Object.assign({}, options, {
		$shared: false,
		$animations: {}
	});
	return options;
}
function scaleClip(scale, allowedOverflow) {
	const opts = scale && scale.options || {};
	const reverse = opts.reverse;
	const min = opts.min === void 0 ? allowedOverflow : 0;
	const max = opts.max === void 0 ? allowedOverflow : 0;
	return {
		start: reverse ? max : min,
		end: reverse ? min : max
	};
}
function defaultClip(xScale, yScale, allowedOverflow) {
	if (allowedOverflow === false) return false;
	const x = scaleClip(xScale, allowedOverflow);
	const y = scaleClip(yScale, allowedOverflow);
	return {
		top: y.end,
		right: x.end,
		bottom: y.start,
		left: x.start
	};
}
function toClip(value) {
	let t, r, b, l;
	if (isObject(value)) {
		t = value.top;
		r = value.right;
		b = value.bottom;
		l = value.left;
	} else t = r = b = l = value;
	return {
		top: t,
		right: r,
		bottom: b,
		left: l,
		disabled: value === false
	};
}
function getSortedDatasetIndices(chart, filterVisible) {
	const keys = [];
	const metasets = chart._getSortedDatasetMetas(filterVisible);
	let i, ilen;
	for (i = 0, ilen = metasets.length; i < ilen; ++i) keys.push(metasets[i].index);
	return keys;
}
function applyStack(stack, value, dsIndex, options = {}) {
	const keys = stack.keys;
	const singleMode = options.mode === "single";
	let i, ilen, datasetIndex, otherValue;
	if (value === null) return;
	let found = false;
	for (i = 0, ilen = keys.length; i < ilen; ++i) {
		datasetIndex = +keys[i];
		if (datasetIndex === dsIndex) {
			found = true;
			if (options.all) continue;
			break;
		}
		otherValue = stack.values[datasetIndex];
		if (isNumberFinite(otherValue) && (singleMode || value === 0 || sign(value) === sign(otherValue))) value += otherValue;
	}
	if (!found && !options.all) return 0;
	return value;
}
function convertObjectDataToArray(data, meta) {
	const { iScale, vScale } = meta;
	const iAxisKey = iScale.axis === "x" ? "x" : "y";
	const vAxisKey = vScale.axis === "x" ? "x" : "y";
	const keys = Object.keys(data);
	const adata = new Array(keys.length);
	let i, ilen, key;
	for (i = 0, ilen = keys.length; i < ilen; ++i) {
		key = keys[i];
		adata[i] = {
			[iAxisKey]: key,
			[vAxisKey]: data[key]
		};
	}
	return adata;
}
function isStacked(scale, meta) {
	const stacked = scale && scale.options.stacked;
	return stacked || stacked === void 0 && meta.stack !== void 0;
}
function getStackKey(indexScale, valueScale, meta) {
	return `${indexScale.id}.${valueScale.id}.${meta.stack || meta.type}`;
}
function getUserBounds(scale) {
	const { min, max, minDefined, maxDefined } = scale.getUserBounds();
	return {
		min: minDefined ? min : Number.NEGATIVE_INFINITY,
		max: maxDefined ? max : Number.POSITIVE_INFINITY
	};
}
function getOrCreateStack(stacks, stackKey, indexValue) {
	const subStack = stacks[stackKey] || (stacks[stackKey] = {});
	return subStack[indexValue] || (subStack[indexValue] = {});
}
function getLastIndexInStack(stack, vScale, positive, type) {
	for (const meta of vScale.getMatchingVisibleMetas(type).reverse()) {
		const value = stack[meta.index];
		if (positive && value > 0 || !positive && value < 0) return meta.index;
	}
	return null;
}
function updateStacks(controller, parsed) {
	const { chart, _cachedMeta: meta } = controller;
	const stacks = chart._stacks || (chart._stacks = {});
	const { iScale, vScale, index: datasetIndex } = meta;
	const iAxis = iScale.axis;
	const vAxis = vScale.axis;
	const key = getStackKey(iScale, vScale, meta);
	const ilen = parsed.length;
	let stack;
	for (let i = 0; i < ilen; ++i) {
		const item = parsed[i];
		const { [iAxis]: index, [vAxis]: value } = item;
		const itemStacks = item._stacks || (item._stacks = {});
		stack = itemStacks[vAxis] = getOrCreateStack(stacks, key, index);
		stack[datasetIndex] = value;
		stack._top = getLastIndexInStack(stack, vScale, true, meta.type);
		stack._bottom = getLastIndexInStack(stack, vScale, false, meta.type);
		const visualValues = stack._visualValues || (stack._visualValues = {});
		visualValues[datasetIndex] = value;
	}
}
function getFirstScaleId(chart, axis) {
	const scales = chart.scales;
	return Object.keys(scales).filter((key) => scales[key].axis === axis).shift();
}
function createDatasetContext(parent, index) {
	return createContext(parent, {
		active: false,
		dataset: void 0,
		datasetIndex: index,
		index,
		mode: "default",
		type: "dataset"
	});
}
function createDataContext(parent, index, element) {
	return createContext(parent, {
		active: false,
		dataIndex: index,
		parsed: void 0,
		raw: void 0,
		element,
		index,
		mode: "default",
		type: "data"
	});
}
function clearStacks(meta, items) {
	const datasetIndex = meta.controller.index;
	const axis = meta.vScale && meta.vScale.axis;
	if (!axis) return;
	items = items || meta._parsed;
	for (const parsed of items) {
		const stacks = parsed._stacks;
		if (!stacks || stacks[axis] === void 0 || stacks[axis][datasetIndex] === void 0) continue;
		delete stacks[axis][datasetIndex];
		if (stacks[axis]._visualValues !== void 0 && stacks[axis]._visualValues[datasetIndex] !== void 0) delete stacks[axis]._visualValues[datasetIndex];
	}
}
function getAllScaleValues(scale, type) {
	if (!scale._cache.$bar) {
		const visibleMetas = scale.getMatchingVisibleMetas(type);
		let values = [];
		for (let i = 0, ilen = visibleMetas.length; i < ilen; i++) values = values.concat(visibleMetas[i].controller.getAllParsedValues(scale));
		scale._cache.$bar = _arrayUnique(values.sort((a, b) => a - b));
	}
	return scale._cache.$bar;
}
function computeMinSampleSize(meta) {
	const scale = meta.iScale;
	const values = getAllScaleValues(scale, meta.type);
	let min = scale._length;
	let i, ilen, curr, prev;
	const updateMinAndPrev = () => {
		if (curr === 32767 || curr === -32768) return;
		if (defined(prev)) min = Math.min(min, Math.abs(curr - prev) || min);
		prev = curr;
	};
	for (i = 0, ilen = values.length; i < ilen; ++i) {
		curr = scale.getPixelForValue(values[i]);
		updateMinAndPrev();
	}
	prev = void 0;
	for (i = 0, ilen = scale.ticks.length; i < ilen; ++i) {
		curr = scale.getPixelForTick(i);
		updateMinAndPrev();
	}
	return min;
}
function computeFitCategoryTraits(index, ruler, options, stackCount) {
	const thickness = options.barThickness;
	let size, ratio;
	if (isNullOrUndef(thickness)) {
		size = ruler.min * options.categoryPercentage;
		ratio = options.barPercentage;
	} else {
		size = thickness * stackCount;
		ratio = 1;
	}
	return {
		chunk: size / stackCount,
		ratio,
		start: ruler.pixels[index] - size / 2
	};
}
function computeFlexCategoryTraits(index, ruler, options, stackCount) {
	const pixels = ruler.pixels;
	const curr = pixels[index];
	let prev = index > 0 ? pixels[index - 1] : null;
	let next = index < pixels.length - 1 ? pixels[index + 1] : null;
	const percent = options.categoryPercentage;
	if (prev === null) prev = curr - (next === null ? ruler.end - ruler.start : next - curr);
	if (next === null) next = curr + curr - prev;
	const start = curr - (curr - Math.min(prev, next)) / 2 * percent;
	return {
		chunk: Math.abs(next - prev) / 2 * percent / stackCount,
		ratio: options.barPercentage,
		start
	};
}
function parseFloatBar(entry, item, vScale, i) {
	const startValue = vScale.parse(entry[0], i);
	const endValue = vScale.parse(entry[1], i);
	const min = Math.min(startValue, endValue);
	const max = Math.max(startValue, endValue);
	let barStart = min;
	let barEnd = max;
	if (Math.abs(min) > Math.abs(max)) {
		barStart = max;
		barEnd = min;
	}
	item[vScale.axis] = barEnd;
	item._custom = {
		barStart,
		barEnd,
		start: startValue,
		end: endValue,
		min,
		max
	};
}
function parseValue(entry, item, vScale, i) {
	if (isArray(entry)) parseFloatBar(entry, item, vScale, i);
	else item[vScale.axis] = vScale.parse(entry, i);
	return item;
}
function parseArrayOrPrimitive(meta, data, start, count) {
	const iScale = meta.iScale;
	const vScale = meta.vScale;
	const labels = iScale.getLabels();
	const singleScale = iScale === vScale;
	const parsed = [];
	let i, ilen, item, entry;
	for (i = start, ilen = start + count; i < ilen; ++i) {
		entry = data[i];
		item = {};
		item[iScale.axis] = singleScale || iScale.parse(labels[i], i);
		parsed.push(parseValue(entry, item, vScale, i));
	}
	return parsed;
}
function isFloatBar(custom) {
	return custom && custom.barStart !== void 0 && custom.barEnd !== void 0;
}
function barSign(size, vScale, actualBase) {
	if (size !== 0) return sign(size);
	return (vScale.isHorizontal() ? 1 : -1) * (vScale.min >= actualBase ? 1 : -1);
}
function borderProps(properties) {
	let reverse, start, end, top, bottom;
	if (properties.horizontal) {
		reverse = properties.base > properties.x;
		start = "left";
		end = "right";
	} else {
		reverse = properties.base < properties.y;
		start = "bottom";
		end = "top";
	}
	if (reverse) {
		top = "end";
		bottom = "start";
	} else {
		top = "start";
		bottom = "end";
	}
	return {
		start,
		end,
		reverse,
		top,
		bottom
	};
}
function setBorderSkipped(properties, options, stack, index) {
	let edge = options.borderSkipped;
	const res = {};
	if (!edge) {
		properties.borderSkipped = res;
		return;
	}
	if (edge === true) {
		properties.borderSkipped = {
			top: true,
			right: true,
			bottom: true,
			left: true
		};
		return;
	}
	const { start, end, reverse, top, bottom } = borderProps(properties);
	if (edge === "middle" && stack) {
		properties.enableBorderRadius = true;
		if ((stack._top || 0) === index) edge = top;
		else if ((stack._bottom || 0) === index) edge = bottom;
		else {
			res[parseEdge(bottom, start, end, reverse)] = true;
			edge = top;
		}
	}
	res[parseEdge(edge, start, end, reverse)] = true;
	properties.borderSkipped = res;
}
function parseEdge(edge, a, b, reverse) {
	if (reverse) {
		edge = swap(edge, a, b);
		edge = startEnd(edge, b, a);
	} else edge = startEnd(edge, a, b);
	return edge;
}
function swap(orig, v1, v2) {
	return orig === v1 ? v2 : orig === v2 ? v1 : orig;
}
function startEnd(v, start, end) {
	return v === "start" ? start : v === "end" ? end : v;
}
function setInflateAmount(properties, { inflateAmount }, ratio) {
	properties.inflateAmount = inflateAmount === "auto" ? ratio === 1 ? .33 : 0 : inflateAmount;
}
/**
* @namespace Chart._adapters
* @since 2.8.0
* @private
*/ function abstract() {
	throw new Error("This method is not implemented: Check that a complete date adapter is provided.");
}
function binarySearch(metaset, axis, value, intersect) {
	const { controller, data, _sorted } = metaset;
	const iScale = controller._cachedMeta.iScale;
	const spanGaps = metaset.dataset ? metaset.dataset.options ? metaset.dataset.options.spanGaps : null : null;
	if (iScale && axis === iScale.axis && axis !== "r" && _sorted && data.length) {
		const lookupMethod = iScale._reversePixels ? _rlookupByKey : _lookupByKey;
		if (!intersect) {
			const result = lookupMethod(data, axis, value);
			if (spanGaps) {
				const { vScale } = controller._cachedMeta;
				const { _parsed } = metaset;
				const distanceToDefinedLo = _parsed.slice(0, result.lo + 1).reverse().findIndex((point) => !isNullOrUndef(point[vScale.axis]));
				result.lo -= Math.max(0, distanceToDefinedLo);
				const distanceToDefinedHi = _parsed.slice(result.hi).findIndex((point) => !isNullOrUndef(point[vScale.axis]));
				result.hi += Math.max(0, distanceToDefinedHi);
			}
			return result;
		} else if (controller._sharedOptions) {
			const el = data[0];
			const range = typeof el.getRange === "function" && el.getRange(axis);
			if (range) {
				const start = lookupMethod(data, axis, value - range);
				const end = lookupMethod(data, axis, value + range);
				return {
					lo: start.lo,
					hi: end.hi
				};
			}
		}
	}
	return {
		lo: 0,
		hi: data.length - 1
	};
}
function evaluateInteractionItems(chart, axis, position, handler, intersect) {
	const metasets = chart.getSortedVisibleDatasetMetas();
	const value = position[axis];
	for (let i = 0, ilen = metasets.length; i < ilen; ++i) {
		const { index, data } = metasets[i];
		const { lo, hi } = binarySearch(metasets[i], axis, value, intersect);
		for (let j = lo; j <= hi; ++j) {
			const element = data[j];
			if (!element.skip) handler(element, index, j);
		}
	}
}
function getDistanceMetricForAxis(axis) {
	const useX = axis.indexOf("x") !== -1;
	const useY = axis.indexOf("y") !== -1;
	return function(pt1, pt2) {
		const deltaX = useX ? Math.abs(pt1.x - pt2.x) : 0;
		const deltaY = useY ? Math.abs(pt1.y - pt2.y) : 0;
		return Math.sqrt(Math.pow(deltaX, 2) + Math.pow(deltaY, 2));
	};
}
function getIntersectItems(chart, position, axis, useFinalPosition, includeInvisible) {
	const items = [];
	if (!includeInvisible && !chart.isPointInArea(position)) return items;
	const evaluationFunc = function(element, datasetIndex, index) {
		if (!includeInvisible && !_isPointInArea(element, chart.chartArea, 0)) return;
		if (element.inRange(position.x, position.y, useFinalPosition)) items.push({
			element,
			datasetIndex,
			index
		});
	};
	evaluateInteractionItems(chart, axis, position, evaluationFunc, true);
	return items;
}
function getNearestRadialItems(chart, position, axis, useFinalPosition) {
	let items = [];
	function evaluationFunc(element, datasetIndex, index) {
		const { startAngle, endAngle } = element.getProps(["startAngle", "endAngle"], useFinalPosition);
		const { angle } = getAngleFromPoint(element, {
			x: position.x,
			y: position.y
		});
		if (_angleBetween(angle, startAngle, endAngle)) items.push({
			element,
			datasetIndex,
			index
		});
	}
	evaluateInteractionItems(chart, axis, position, evaluationFunc);
	return items;
}
function getNearestCartesianItems(chart, position, axis, intersect, useFinalPosition, includeInvisible) {
	let items = [];
	const distanceMetric = getDistanceMetricForAxis(axis);
	let minDistance = Number.POSITIVE_INFINITY;
	function evaluationFunc(element, datasetIndex, index) {
		const inRange = element.inRange(position.x, position.y, useFinalPosition);
		if (intersect && !inRange) return;
		const center = element.getCenterPoint(useFinalPosition);
		if (!(!!includeInvisible || chart.isPointInArea(center)) && !inRange) return;
		const distance = distanceMetric(position, center);
		if (distance < minDistance) {
			items = [{
				element,
				datasetIndex,
				index
			}];
			minDistance = distance;
		} else if (distance === minDistance) items.push({
			element,
			datasetIndex,
			index
		});
	}
	evaluateInteractionItems(chart, axis, position, evaluationFunc);
	return items;
}
function getNearestItems(chart, position, axis, intersect, useFinalPosition, includeInvisible) {
	if (!includeInvisible && !chart.isPointInArea(position)) return [];
	return axis === "r" && !intersect ? getNearestRadialItems(chart, position, axis, useFinalPosition) : getNearestCartesianItems(chart, position, axis, intersect, useFinalPosition, includeInvisible);
}
function getAxisItems(chart, position, axis, intersect, useFinalPosition) {
	const items = [];
	const rangeMethod = axis === "x" ? "inXRange" : "inYRange";
	let intersectsItem = false;
	evaluateInteractionItems(chart, axis, position, (element, datasetIndex, index) => {
		if (element[rangeMethod] && element[rangeMethod](position[axis], useFinalPosition)) {
			items.push({
				element,
				datasetIndex,
				index
			});
			intersectsItem = intersectsItem || element.inRange(position.x, position.y, useFinalPosition);
		}
	});
	if (intersect && !intersectsItem) return [];
	return items;
}
function filterByPosition(array, position) {
	return array.filter((v) => v.pos === position);
}
function filterDynamicPositionByAxis(array, axis) {
	return array.filter((v) => STATIC_POSITIONS.indexOf(v.pos) === -1 && v.box.axis === axis);
}
function sortByWeight(array, reverse) {
	return array.sort((a, b) => {
		const v0 = reverse ? b : a;
		const v1 = reverse ? a : b;
		return v0.weight === v1.weight ? v0.index - v1.index : v0.weight - v1.weight;
	});
}
function wrapBoxes(boxes) {
	const layoutBoxes = [];
	let i, ilen, box, pos, stack, stackWeight;
	for (i = 0, ilen = (boxes || []).length; i < ilen; ++i) {
		box = boxes[i];
		({position: pos, options: {stack, stackWeight = 1}} = box);
		layoutBoxes.push({
			index: i,
			box,
			pos,
			horizontal: box.isHorizontal(),
			weight: box.weight,
			stack: stack && pos + stack,
			stackWeight
		});
	}
	return layoutBoxes;
}
function buildStacks(layouts) {
	const stacks = {};
	for (const wrap of layouts) {
		const { stack, pos, stackWeight } = wrap;
		if (!stack || !STATIC_POSITIONS.includes(pos)) continue;
		const _stack = stacks[stack] || (stacks[stack] = {
			count: 0,
			placed: 0,
			weight: 0,
			size: 0
		});
		_stack.count++;
		_stack.weight += stackWeight;
	}
	return stacks;
}
function setLayoutDims(layouts, params) {
	const stacks = buildStacks(layouts);
	const { vBoxMaxWidth, hBoxMaxHeight } = params;
	let i, ilen, layout;
	for (i = 0, ilen = layouts.length; i < ilen; ++i) {
		layout = layouts[i];
		const { fullSize } = layout.box;
		const stack = stacks[layout.stack];
		const factor = stack && layout.stackWeight / stack.weight;
		if (layout.horizontal) {
			layout.width = factor ? factor * vBoxMaxWidth : fullSize && params.availableWidth;
			layout.height = hBoxMaxHeight;
		} else {
			layout.width = vBoxMaxWidth;
			layout.height = factor ? factor * hBoxMaxHeight : fullSize && params.availableHeight;
		}
	}
	return stacks;
}
function buildLayoutBoxes(boxes) {
	const layoutBoxes = wrapBoxes(boxes);
	const fullSize = sortByWeight(layoutBoxes.filter((wrap) => wrap.box.fullSize), true);
	const left = sortByWeight(filterByPosition(layoutBoxes, "left"), true);
	const right = sortByWeight(filterByPosition(layoutBoxes, "right"));
	const top = sortByWeight(filterByPosition(layoutBoxes, "top"), true);
	const bottom = sortByWeight(filterByPosition(layoutBoxes, "bottom"));
	const centerHorizontal = filterDynamicPositionByAxis(layoutBoxes, "x");
	const centerVertical = filterDynamicPositionByAxis(layoutBoxes, "y");
	return {
		fullSize,
		leftAndTop: left.concat(top),
		rightAndBottom: right.concat(centerVertical).concat(bottom).concat(centerHorizontal),
		chartArea: filterByPosition(layoutBoxes, "chartArea"),
		vertical: left.concat(right).concat(centerVertical),
		horizontal: top.concat(bottom).concat(centerHorizontal)
	};
}
function getCombinedMax(maxPadding, chartArea, a, b) {
	return Math.max(maxPadding[a], chartArea[a]) + Math.max(maxPadding[b], chartArea[b]);
}
function updateMaxPadding(maxPadding, boxPadding) {
	maxPadding.top = Math.max(maxPadding.top, boxPadding.top);
	maxPadding.left = Math.max(maxPadding.left, boxPadding.left);
	maxPadding.bottom = Math.max(maxPadding.bottom, boxPadding.bottom);
	maxPadding.right = Math.max(maxPadding.right, boxPadding.right);
}
function updateDims(chartArea, params, layout, stacks) {
	const { pos, box } = layout;
	const maxPadding = chartArea.maxPadding;
	if (!isObject(pos)) {
		if (layout.size) chartArea[pos] -= layout.size;
		const stack = stacks[layout.stack] || {
			size: 0,
			count: 1
		};
		stack.size = Math.max(stack.size, layout.horizontal ? box.height : box.width);
		layout.size = stack.size / stack.count;
		chartArea[pos] += layout.size;
	}
	if (box.getPadding) updateMaxPadding(maxPadding, box.getPadding());
	const newWidth = Math.max(0, params.outerWidth - getCombinedMax(maxPadding, chartArea, "left", "right"));
	const newHeight = Math.max(0, params.outerHeight - getCombinedMax(maxPadding, chartArea, "top", "bottom"));
	const widthChanged = newWidth !== chartArea.w;
	const heightChanged = newHeight !== chartArea.h;
	chartArea.w = newWidth;
	chartArea.h = newHeight;
	return layout.horizontal ? {
		same: widthChanged,
		other: heightChanged
	} : {
		same: heightChanged,
		other: widthChanged
	};
}
function handleMaxPadding(chartArea) {
	const maxPadding = chartArea.maxPadding;
	function updatePos(pos) {
		const change = Math.max(maxPadding[pos] - chartArea[pos], 0);
		chartArea[pos] += change;
		return change;
	}
	chartArea.y += updatePos("top");
	chartArea.x += updatePos("left");
	updatePos("right");
	updatePos("bottom");
}
function getMargins(horizontal, chartArea) {
	const maxPadding = chartArea.maxPadding;
	function marginForPositions(positions) {
		const margin = {
			left: 0,
			top: 0,
			right: 0,
			bottom: 0
		};
		positions.forEach((pos) => {
			margin[pos] = Math.max(chartArea[pos], maxPadding[pos]);
		});
		return margin;
	}
	return horizontal ? marginForPositions(["left", "right"]) : marginForPositions(["top", "bottom"]);
}
function fitBoxes(boxes, chartArea, params, stacks) {
	const refitBoxes = [];
	let i, ilen, layout, box, refit, changed;
	for (i = 0, ilen = boxes.length, refit = 0; i < ilen; ++i) {
		layout = boxes[i];
		box = layout.box;
		box.update(layout.width || chartArea.w, layout.height || chartArea.h, getMargins(layout.horizontal, chartArea));
		const { same, other } = updateDims(chartArea, params, layout, stacks);
		refit |= same && refitBoxes.length;
		changed = changed || other;
		if (!box.fullSize) refitBoxes.push(layout);
	}
	return refit && fitBoxes(refitBoxes, chartArea, params, stacks) || changed;
}
function setBoxDims(box, left, top, width, height) {
	box.top = top;
	box.left = left;
	box.right = left + width;
	box.bottom = top + height;
	box.width = width;
	box.height = height;
}
function placeBoxes(boxes, chartArea, params, stacks) {
	const userPadding = params.padding;
	let { x, y } = chartArea;
	for (const layout of boxes) {
		const box = layout.box;
		const stack = stacks[layout.stack] || {
			count: 1,
			placed: 0,
			weight: 1
		};
		const weight = layout.stackWeight / stack.weight || 1;
		if (layout.horizontal) {
			const width = chartArea.w * weight;
			const height = stack.size || box.height;
			if (defined(stack.start)) y = stack.start;
			if (box.fullSize) setBoxDims(box, userPadding.left, y, params.outerWidth - userPadding.right - userPadding.left, height);
			else setBoxDims(box, chartArea.left + stack.placed, y, width, height);
			stack.start = y;
			stack.placed += width;
			y = box.bottom;
		} else {
			const height = chartArea.h * weight;
			const width = stack.size || box.width;
			if (defined(stack.start)) x = stack.start;
			if (box.fullSize) setBoxDims(box, x, userPadding.top, width, params.outerHeight - userPadding.bottom - userPadding.top);
			else setBoxDims(box, x, chartArea.top + stack.placed, width, height);
			stack.start = x;
			stack.placed += height;
			x = box.right;
		}
	}
	chartArea.x = x;
	chartArea.y = y;
}
function initCanvas(canvas, aspectRatio) {
	const style = canvas.style;
	const renderHeight = canvas.getAttribute("height");
	const renderWidth = canvas.getAttribute("width");
	canvas[EXPANDO_KEY] = { initial: {
		height: renderHeight,
		width: renderWidth,
		style: {
			display: style.display,
			height: style.height,
			width: style.width
		}
	} };
	style.display = style.display || "block";
	style.boxSizing = style.boxSizing || "border-box";
	if (isNullOrEmpty(renderWidth)) {
		const displayWidth = readUsedSize(canvas, "width");
		if (displayWidth !== void 0) canvas.width = displayWidth;
	}
	if (isNullOrEmpty(renderHeight)) {
		if (canvas.style.height === "") canvas.height = canvas.width / (aspectRatio || 2);
		else {
			const displayHeight = readUsedSize(canvas, "height");
			if (displayHeight !== void 0) canvas.height = displayHeight;
		}
	}
	return canvas;
}
function addListener(node, type, listener) {
	if (node) node.addEventListener(type, listener, eventListenerOptions);
}
function removeListener(chart, type, listener) {
	if (chart && chart.canvas) chart.canvas.removeEventListener(type, listener, eventListenerOptions);
}
function fromNativeEvent(event, chart) {
	const type = EVENT_TYPES[event.type] || event.type;
	const { x, y } = getRelativePosition(event, chart);
	return {
		type,
		chart,
		native: event,
		x: x !== void 0 ? x : null,
		y: y !== void 0 ? y : null
	};
}
function nodeListContains(nodeList, canvas) {
	for (const node of nodeList) if (node === canvas || node.contains(canvas)) return true;
}
function createAttachObserver(chart, type, listener) {
	const canvas = chart.canvas;
	const observer = new MutationObserver((entries) => {
		let trigger = false;
		for (const entry of entries) {
			trigger = trigger || nodeListContains(entry.addedNodes, canvas);
			trigger = trigger && !nodeListContains(entry.removedNodes, canvas);
		}
		if (trigger) listener();
	});
	observer.observe(document, {
		childList: true,
		subtree: true
	});
	return observer;
}
function createDetachObserver(chart, type, listener) {
	const canvas = chart.canvas;
	const observer = new MutationObserver((entries) => {
		let trigger = false;
		for (const entry of entries) {
			trigger = trigger || nodeListContains(entry.removedNodes, canvas);
			trigger = trigger && !nodeListContains(entry.addedNodes, canvas);
		}
		if (trigger) listener();
	});
	observer.observe(document, {
		childList: true,
		subtree: true
	});
	return observer;
}
function onWindowResize() {
	const dpr = window.devicePixelRatio;
	if (dpr === oldDevicePixelRatio) return;
	oldDevicePixelRatio = dpr;
	drpListeningCharts.forEach((resize, chart) => {
		if (chart.currentDevicePixelRatio !== dpr) resize();
	});
}
function listenDevicePixelRatioChanges(chart, resize) {
	if (!drpListeningCharts.size) window.addEventListener("resize", onWindowResize);
	drpListeningCharts.set(chart, resize);
}
function unlistenDevicePixelRatioChanges(chart) {
	drpListeningCharts.delete(chart);
	if (!drpListeningCharts.size) window.removeEventListener("resize", onWindowResize);
}
function createResizeObserver(chart, type, listener) {
	const canvas = chart.canvas;
	const container = canvas && _getParentNode(canvas);
	if (!container) return;
	const resize = throttled((width, height) => {
		const w = container.clientWidth;
		listener(width, height);
		if (w < container.clientWidth) listener();
	}, window);
	const observer = new ResizeObserver((entries) => {
		const entry = entries[0];
		const width = entry.contentRect.width;
		const height = entry.contentRect.height;
		if (width === 0 && height === 0) return;
		resize(width, height);
	});
	observer.observe(container);
	listenDevicePixelRatioChanges(chart, resize);
	return observer;
}
function releaseObserver(chart, type, observer) {
	if (observer) observer.disconnect();
	if (type === "resize") unlistenDevicePixelRatioChanges(chart);
}
function createProxyAndListen(chart, type, listener) {
	const canvas = chart.canvas;
	const proxy = throttled((event) => {
		if (chart.ctx !== null) listener(fromNativeEvent(event, chart));
	}, chart);
	addListener(canvas, type, proxy);
	return proxy;
}
function _detectPlatform(canvas) {
	if (!_isDomSupported() || typeof OffscreenCanvas !== "undefined" && canvas instanceof OffscreenCanvas) return BasicPlatform;
	return DomPlatform;
}
function autoSkip(scale, ticks) {
	const tickOpts = scale.options.ticks;
	const determinedMaxTicks = determineMaxTicks(scale);
	const ticksLimit = Math.min(tickOpts.maxTicksLimit || determinedMaxTicks, determinedMaxTicks);
	const majorIndices = tickOpts.major.enabled ? getMajorIndices(ticks) : [];
	const numMajorIndices = majorIndices.length;
	const first = majorIndices[0];
	const last = majorIndices[numMajorIndices - 1];
	const newTicks = [];
	if (numMajorIndices > ticksLimit) {
		skipMajors(ticks, newTicks, majorIndices, numMajorIndices / ticksLimit);
		return newTicks;
	}
	const spacing = calculateSpacing(majorIndices, ticks, ticksLimit);
	if (numMajorIndices > 0) {
		let i, ilen;
		const avgMajorSpacing = numMajorIndices > 1 ? Math.round((last - first) / (numMajorIndices - 1)) : null;
		skip(ticks, newTicks, spacing, isNullOrUndef(avgMajorSpacing) ? 0 : first - avgMajorSpacing, first);
		for (i = 0, ilen = numMajorIndices - 1; i < ilen; i++) skip(ticks, newTicks, spacing, majorIndices[i], majorIndices[i + 1]);
		skip(ticks, newTicks, spacing, last, isNullOrUndef(avgMajorSpacing) ? ticks.length : last + avgMajorSpacing);
		return newTicks;
	}
	skip(ticks, newTicks, spacing);
	return newTicks;
}
function determineMaxTicks(scale) {
	const offset = scale.options.offset;
	const tickLength = scale._tickSize();
	const maxScale = scale._length / tickLength + (offset ? 0 : 1);
	const maxChart = scale._maxLength / tickLength;
	return Math.floor(Math.min(maxScale, maxChart));
}
function calculateSpacing(majorIndices, ticks, ticksLimit) {
	const evenMajorSpacing = getEvenSpacing(majorIndices);
	const spacing = ticks.length / ticksLimit;
	if (!evenMajorSpacing) return Math.max(spacing, 1);
	const factors = _factorize(evenMajorSpacing);
	for (let i = 0, ilen = factors.length - 1; i < ilen; i++) {
		const factor = factors[i];
		if (factor > spacing) return factor;
	}
	return Math.max(spacing, 1);
}
function getMajorIndices(ticks) {
	const result = [];
	let i, ilen;
	for (i = 0, ilen = ticks.length; i < ilen; i++) if (ticks[i].major) result.push(i);
	return result;
}
function skipMajors(ticks, newTicks, majorIndices, spacing) {
	let count = 0;
	let next = majorIndices[0];
	let i;
	spacing = Math.ceil(spacing);
	for (i = 0; i < ticks.length; i++) if (i === next) {
		newTicks.push(ticks[i]);
		count++;
		next = majorIndices[count * spacing];
	}
}
function skip(ticks, newTicks, spacing, majorStart, majorEnd) {
	const start = valueOrDefault(majorStart, 0);
	const end = Math.min(valueOrDefault(majorEnd, ticks.length), ticks.length);
	let count = 0;
	let length, i, next;
	spacing = Math.ceil(spacing);
	if (majorEnd) {
		length = majorEnd - majorStart;
		spacing = length / Math.floor(length / spacing);
	}
	next = start;
	while (next < 0) {
		count++;
		next = Math.round(start + count * spacing);
	}
	for (i = Math.max(start, 0); i < end; i++) if (i === next) {
		newTicks.push(ticks[i]);
		count++;
		next = Math.round(start + count * spacing);
	}
}
function getEvenSpacing(arr) {
	const len = arr.length;
	let i, diff;
	if (len < 2) return false;
	for (diff = arr[0], i = 1; i < len; ++i) if (arr[i] - arr[i - 1] !== diff) return false;
	return diff;
}
function sample(arr, numItems) {
	const result = [];
	const increment = arr.length / numItems;
	const len = arr.length;
	let i = 0;
	for (; i < len; i += increment) result.push(arr[Math.floor(i)]);
	return result;
}
function getPixelForGridLine(scale, index, offsetGridLines) {
	const length = scale.ticks.length;
	const validIndex = Math.min(index, length - 1);
	const start = scale._startPixel;
	const end = scale._endPixel;
	const epsilon = 1e-6;
	let lineValue = scale.getPixelForTick(validIndex);
	let offset;
	if (offsetGridLines) {
		if (length === 1) offset = Math.max(lineValue - start, end - lineValue);
		else if (index === 0) offset = (scale.getPixelForTick(1) - lineValue) / 2;
		else offset = (lineValue - scale.getPixelForTick(validIndex - 1)) / 2;
		lineValue += validIndex < index ? offset : -offset;
		if (lineValue < start - epsilon || lineValue > end + epsilon) return;
	}
	return lineValue;
}
function garbageCollect(caches, length) {
	each(caches, (cache) => {
		const gc = cache.gc;
		const gcLen = gc.length / 2;
		let i;
		if (gcLen > length) {
			for (i = 0; i < gcLen; ++i) delete cache.data[gc[i]];
			gc.splice(0, gcLen);
		}
	});
}
function getTickMarkLength(options) {
	return options.drawTicks ? options.tickLength : 0;
}
function getTitleHeight(options, fallback) {
	if (!options.display) return 0;
	const font = toFont(options.font, fallback);
	const padding = toPadding(options.padding);
	return (isArray(options.text) ? options.text.length : 1) * font.lineHeight + padding.height;
}
function createScaleContext(parent, scale) {
	return createContext(parent, {
		scale,
		type: "scale"
	});
}
function createTickContext(parent, index, tick) {
	return createContext(parent, {
		tick,
		index,
		type: "tick"
	});
}
function titleAlign(align, position, reverse) {
	let ret = _toLeftRightCenter(align);
	if (reverse && position !== "right" || !reverse && position === "right") ret = reverseAlign(ret);
	return ret;
}
function titleArgs(scale, offset, position, align) {
	const { top, left, bottom, right, chart } = scale;
	const { chartArea, scales } = chart;
	let rotation = 0;
	let maxWidth, titleX, titleY;
	const height = bottom - top;
	const width = right - left;
	if (scale.isHorizontal()) {
		titleX = _alignStartEnd(align, left, right);
		if (isObject(position)) {
			const positionAxisID = Object.keys(position)[0];
			const value = position[positionAxisID];
			titleY = scales[positionAxisID].getPixelForValue(value) + height - offset;
		} else if (position === "center") titleY = (chartArea.bottom + chartArea.top) / 2 + height - offset;
		else titleY = offsetFromEdge(scale, position, offset);
		maxWidth = right - left;
	} else {
		if (isObject(position)) {
			const positionAxisID = Object.keys(position)[0];
			const value = position[positionAxisID];
			titleX = scales[positionAxisID].getPixelForValue(value) - width + offset;
		} else if (position === "center") titleX = (chartArea.left + chartArea.right) / 2 - width + offset;
		else titleX = offsetFromEdge(scale, position, offset);
		titleY = _alignStartEnd(align, bottom, top);
		rotation = position === "left" ? -HALF_PI : HALF_PI;
	}
	return {
		titleX,
		titleY,
		maxWidth,
		rotation
	};
}
function registerDefaults(item, scope, parentScope) {
	const itemDefaults = merge(Object.create(null), [
		parentScope ? defaults.get(parentScope) : {},
		defaults.get(scope),
		item.defaults
	]);
	defaults.set(scope, itemDefaults);
	if (item.defaultRoutes) routeDefaults(scope, item.defaultRoutes);
	if (item.descriptors) defaults.describe(scope, item.descriptors);
}
function routeDefaults(scope, routes) {
	Object.keys(routes).forEach((property) => {
		const propertyParts = property.split(".");
		const sourceName = propertyParts.pop();
		const sourceScope = [scope].concat(propertyParts).join(".");
		const parts = routes[property].split(".");
		const targetName = parts.pop();
		const targetScope = parts.join(".");
		defaults.route(sourceScope, sourceName, targetScope, targetName);
	});
}
function isIChartComponent(proto) {
	return "id" in proto && "defaults" in proto;
}
function allPlugins(config) {
	const localIds = {};
	const plugins = [];
	const keys = Object.keys(registry.plugins.items);
	for (let i = 0; i < keys.length; i++) plugins.push(registry.getPlugin(keys[i]));
	const local = config.plugins || [];
	for (let i = 0; i < local.length; i++) {
		const plugin = local[i];
		if (plugins.indexOf(plugin) === -1) {
			plugins.push(plugin);
			localIds[plugin.id] = true;
		}
	}
	return {
		plugins,
		localIds
	};
}
function getOpts(options, all) {
	if (!all && options === false) return null;
	if (options === true) return {};
	return options;
}
function createDescriptors(chart, { plugins, localIds }, options, all) {
	const result = [];
	const context = chart.getContext();
	for (const plugin of plugins) {
		const id = plugin.id;
		const opts = getOpts(options[id], all);
		if (opts === null) continue;
		result.push({
			plugin,
			options: pluginOpts(chart.config, {
				plugin,
				local: localIds[id]
			}, opts, context)
		});
	}
	return result;
}
function pluginOpts(config, { plugin, local }, opts, context) {
	const keys = config.pluginScopeKeys(plugin);
	const scopes = config.getOptionScopes(opts, keys);
	if (local && plugin.defaults) scopes.push(plugin.defaults);
	return config.createResolver(scopes, context, [""], {
		scriptable: false,
		indexable: false,
		allKeys: true
	});
}
function getIndexAxis(type, options) {
	const datasetDefaults = defaults.datasets[type] || {};
	return ((options.datasets || {})[type] || {}).indexAxis || options.indexAxis || datasetDefaults.indexAxis || "x";
}
function getAxisFromDefaultScaleID(id, indexAxis) {
	let axis = id;
	if (id === "_index_") axis = indexAxis;
	else if (id === "_value_") axis = indexAxis === "x" ? "y" : "x";
	return axis;
}
function getDefaultScaleIDFromAxis(axis, indexAxis) {
	return axis === indexAxis ? "_index_" : "_value_";
}
function idMatchesAxis(id) {
	if (id === "x" || id === "y" || id === "r") return id;
}
function axisFromPosition(position) {
	if (position === "top" || position === "bottom") return "x";
	if (position === "left" || position === "right") return "y";
}
function determineAxis(id, ...scaleOptions) {
	if (idMatchesAxis(id)) return id;
	for (const opts of scaleOptions) {
		const axis = opts.axis || axisFromPosition(opts.position) || id.length > 1 && idMatchesAxis(id[0].toLowerCase());
		if (axis) return axis;
	}
	throw new Error(`Cannot determine type of '${id}' axis. Please provide 'axis' or 'position' option.`);
}
function getAxisFromDataset(id, axis, dataset) {
	if (dataset[axis + "AxisID"] === id) return { axis };
}
function retrieveAxisFromDatasets(id, config) {
	if (config.data && config.data.datasets) {
		const boundDs = config.data.datasets.filter((d) => d.xAxisID === id || d.yAxisID === id);
		if (boundDs.length) return getAxisFromDataset(id, "x", boundDs[0]) || getAxisFromDataset(id, "y", boundDs[0]);
	}
	return {};
}
function mergeScaleConfig(config, options) {
	const chartDefaults = overrides[config.type] || { scales: {} };
	const configScales = options.scales || {};
	const chartIndexAxis = getIndexAxis(config.type, options);
	const scales = Object.create(null);
	Object.keys(configScales).forEach((id) => {
		const scaleConf = configScales[id];
		if (!isObject(scaleConf)) return console.error(`Invalid scale configuration for scale: ${id}`);
		if (scaleConf._proxy) return console.warn(`Ignoring resolver passed as options for scale: ${id}`);
		const axis = determineAxis(id, scaleConf, retrieveAxisFromDatasets(id, config), defaults.scales[scaleConf.type]);
		const defaultId = getDefaultScaleIDFromAxis(axis, chartIndexAxis);
		const defaultScaleOptions = chartDefaults.scales || {};
		scales[id] = mergeIf(Object.create(null), [
			{ axis },
			scaleConf,
			defaultScaleOptions[axis],
			defaultScaleOptions[defaultId]
		]);
	});
	config.data.datasets.forEach((dataset) => {
		const type = dataset.type || config.type;
		const indexAxis = dataset.indexAxis || getIndexAxis(type, options);
		const defaultScaleOptions = (overrides[type] || {}).scales || {};
		Object.keys(defaultScaleOptions).forEach((defaultID) => {
			const axis = getAxisFromDefaultScaleID(defaultID, indexAxis);
			const id = dataset[axis + "AxisID"] || axis;
			scales[id] = scales[id] || Object.create(null);
			mergeIf(scales[id], [
				{ axis },
				configScales[id],
				defaultScaleOptions[defaultID]
			]);
		});
	});
	Object.keys(scales).forEach((key) => {
		const scale = scales[key];
		mergeIf(scale, [defaults.scales[scale.type], defaults.scale]);
	});
	return scales;
}
function initOptions(config) {
	const options = config.options || (config.options = {});
	options.plugins = valueOrDefault(options.plugins, {});
	options.scales = mergeScaleConfig(config, options);
}
function initData(data) {
	data = data || {};
	data.datasets = data.datasets || [];
	data.labels = data.labels || [];
	return data;
}
function initConfig(config) {
	config = config || {};
	config.data = initData(config.data);
	initOptions(config);
	return config;
}
function cachedKeys(cacheKey, generate) {
	let keys = keyCache.get(cacheKey);
	if (!keys) {
		keys = generate();
		keyCache.set(cacheKey, keys);
		keysCached.add(keys);
	}
	return keys;
}
function getResolver(resolverCache, scopes, prefixes) {
	let cache = resolverCache.get(scopes);
	if (!cache) {
		cache = /* @__PURE__ */ new Map();
		resolverCache.set(scopes, cache);
	}
	const cacheKey = prefixes.join();
	let cached = cache.get(cacheKey);
	if (!cached) {
		cached = {
			resolver: _createResolver(scopes, prefixes),
			subPrefixes: prefixes.filter((p) => !p.toLowerCase().includes("hover"))
		};
		cache.set(cacheKey, cached);
	}
	return cached;
}
function needContext(proxy, names) {
	const { isScriptable, isIndexable } = _descriptors(proxy);
	for (const prop of names) {
		const scriptable = isScriptable(prop);
		const indexable = isIndexable(prop);
		const value = (indexable || scriptable) && proxy[prop];
		if (scriptable && (isFunction(value) || hasFunction(value)) || indexable && isArray(value)) return true;
	}
	return false;
}
function positionIsHorizontal(position, axis) {
	return position === "top" || position === "bottom" || KNOWN_POSITIONS.indexOf(position) === -1 && axis === "x";
}
function compare2Level(l1, l2) {
	return function(a, b) {
		return a[l1] === b[l1] ? a[l2] - b[l2] : a[l1] - b[l1];
	};
}
function onAnimationsComplete(context) {
	const chart = context.chart;
	const animationOptions = chart.options.animation;
	chart.notifyPlugins("afterRender");
	callback(animationOptions && animationOptions.onComplete, [context], chart);
}
function onAnimationProgress(context) {
	const chart = context.chart;
	const animationOptions = chart.options.animation;
	callback(animationOptions && animationOptions.onProgress, [context], chart);
}
function getCanvas(item) {
	if (_isDomSupported() && typeof item === "string") item = document.getElementById(item);
	else if (item && item.length) item = item[0];
	if (item && item.canvas) item = item.canvas;
	return item;
}
function moveNumericKeys(obj, start, move) {
	const keys = Object.keys(obj);
	for (const key of keys) {
		const intKey = +key;
		if (intKey >= start) {
			const value = obj[key];
			delete obj[key];
			if (move > 0 || intKey > start) obj[intKey + move] = value;
		}
	}
}
function determineLastEvent(e, lastEvent, inChartArea, isClick) {
	if (!inChartArea || e.type === "mouseout") return null;
	if (isClick) return lastEvent;
	return e;
}
function invalidatePlugins() {
	return each(Chart.instances, (chart) => chart._plugins.invalidate());
}
function getBarBounds(bar, useFinalPosition) {
	const { x, y, base, width, height } = bar.getProps([
		"x",
		"y",
		"base",
		"width",
		"height"
	], useFinalPosition);
	let left, right, top, bottom, half;
	if (bar.horizontal) {
		half = height / 2;
		left = Math.min(x, base);
		right = Math.max(x, base);
		top = y - half;
		bottom = y + half;
	} else {
		half = width / 2;
		left = x - half;
		right = x + half;
		top = Math.min(y, base);
		bottom = Math.max(y, base);
	}
	return {
		left,
		top,
		right,
		bottom
	};
}
function skipOrLimit(skip, value, min, max) {
	return skip ? 0 : _limitValue(value, min, max);
}
function parseBorderWidth(bar, maxW, maxH) {
	const value = bar.options.borderWidth;
	const skip = bar.borderSkipped;
	const o = toTRBL(value);
	return {
		t: skipOrLimit(skip.top, o.top, 0, maxH),
		r: skipOrLimit(skip.right, o.right, 0, maxW),
		b: skipOrLimit(skip.bottom, o.bottom, 0, maxH),
		l: skipOrLimit(skip.left, o.left, 0, maxW)
	};
}
function parseBorderRadius(bar, maxW, maxH) {
	const { enableBorderRadius } = bar.getProps(["enableBorderRadius"]);
	const value = bar.options.borderRadius;
	const o = toTRBLCorners(value);
	const maxR = Math.min(maxW, maxH);
	const skip = bar.borderSkipped;
	const enableBorder = enableBorderRadius || isObject(value);
	return {
		topLeft: skipOrLimit(!enableBorder || skip.top || skip.left, o.topLeft, 0, maxR),
		topRight: skipOrLimit(!enableBorder || skip.top || skip.right, o.topRight, 0, maxR),
		bottomLeft: skipOrLimit(!enableBorder || skip.bottom || skip.left, o.bottomLeft, 0, maxR),
		bottomRight: skipOrLimit(!enableBorder || skip.bottom || skip.right, o.bottomRight, 0, maxR)
	};
}
function boundingRects(bar) {
	const bounds = getBarBounds(bar);
	const width = bounds.right - bounds.left;
	const height = bounds.bottom - bounds.top;
	const border = parseBorderWidth(bar, width / 2, height / 2);
	const radius = parseBorderRadius(bar, width / 2, height / 2);
	return {
		outer: {
			x: bounds.left,
			y: bounds.top,
			w: width,
			h: height,
			radius
		},
		inner: {
			x: bounds.left + border.l,
			y: bounds.top + border.t,
			w: width - border.l - border.r,
			h: height - border.t - border.b,
			radius: {
				topLeft: Math.max(0, radius.topLeft - Math.max(border.t, border.l)),
				topRight: Math.max(0, radius.topRight - Math.max(border.t, border.r)),
				bottomLeft: Math.max(0, radius.bottomLeft - Math.max(border.b, border.l)),
				bottomRight: Math.max(0, radius.bottomRight - Math.max(border.b, border.r))
			}
		}
	};
}
function inRange(bar, x, y, useFinalPosition) {
	const skipX = x === null;
	const skipY = y === null;
	const bounds = bar && !(skipX && skipY) && getBarBounds(bar, useFinalPosition);
	return bounds && (skipX || _isBetween(x, bounds.left, bounds.right)) && (skipY || _isBetween(y, bounds.top, bounds.bottom));
}
function hasRadius(radius) {
	return radius.topLeft || radius.topRight || radius.bottomLeft || radius.bottomRight;
}
function addNormalRectPath(ctx, rect) {
	ctx.rect(rect.x, rect.y, rect.w, rect.h);
}
function inflateRect(rect, amount, refRect = {}) {
	const x = rect.x !== refRect.x ? -amount : 0;
	const y = rect.y !== refRect.y ? -amount : 0;
	const w = (rect.x + rect.w !== refRect.x + refRect.w ? amount : 0) - x;
	const h = (rect.y + rect.h !== refRect.y + refRect.h ? amount : 0) - y;
	return {
		x: rect.x + x,
		y: rect.y + y,
		w: rect.w + w,
		h: rect.h + h,
		radius: rect.radius
	};
}
function calculateItemSize(boxWidth, labelFont, ctx, legendItem, _itemHeight) {
	return {
		itemWidth: calculateItemWidth(legendItem, boxWidth, labelFont, ctx),
		itemHeight: calculateItemHeight(_itemHeight, legendItem, labelFont.lineHeight)
	};
}
function calculateItemWidth(legendItem, boxWidth, labelFont, ctx) {
	let legendItemText = legendItem.text;
	if (legendItemText && typeof legendItemText !== "string") legendItemText = legendItemText.reduce((a, b) => a.length > b.length ? a : b);
	return boxWidth + labelFont.size / 2 + ctx.measureText(legendItemText).width;
}
function calculateItemHeight(_itemHeight, legendItem, fontLineHeight) {
	let itemHeight = _itemHeight;
	if (typeof legendItem.text !== "string") itemHeight = calculateLegendItemHeight(legendItem, fontLineHeight);
	return itemHeight;
}
function calculateLegendItemHeight(legendItem, fontLineHeight) {
	return fontLineHeight * (legendItem.text ? legendItem.text.length : 0);
}
function isListened(type, opts) {
	if ((type === "mousemove" || type === "mouseout") && (opts.onHover || opts.onLeave)) return true;
	if (opts.onClick && (type === "click" || type === "mouseup")) return true;
	return false;
}
function pushOrConcat(base, toPush) {
	if (toPush) {
		if (isArray(toPush)) Array.prototype.push.apply(base, toPush);
		else base.push(toPush);
	}
	return base;
}
function splitNewlines(str) {
	if ((typeof str === "string" || str instanceof String) && str.indexOf("\n") > -1) return str.split("\n");
	return str;
}
function createTooltipItem(chart, item) {
	const { element, datasetIndex, index } = item;
	const controller = chart.getDatasetMeta(datasetIndex).controller;
	const { label, value } = controller.getLabelAndValue(index);
	return {
		chart,
		label,
		parsed: controller.getParsed(index),
		raw: chart.data.datasets[datasetIndex].data[index],
		formattedValue: value,
		dataset: controller.getDataset(),
		dataIndex: index,
		datasetIndex,
		element
	};
}
function getTooltipSize(tooltip, options) {
	const ctx = tooltip.chart.ctx;
	const { body, footer, title } = tooltip;
	const { boxWidth, boxHeight } = options;
	const bodyFont = toFont(options.bodyFont);
	const titleFont = toFont(options.titleFont);
	const footerFont = toFont(options.footerFont);
	const titleLineCount = title.length;
	const footerLineCount = footer.length;
	const bodyLineItemCount = body.length;
	const padding = toPadding(options.padding);
	let height = padding.height;
	let width = 0;
	let combinedBodyLength = body.reduce((count, bodyItem) => count + bodyItem.before.length + bodyItem.lines.length + bodyItem.after.length, 0);
	combinedBodyLength += tooltip.beforeBody.length + tooltip.afterBody.length;
	if (titleLineCount) height += titleLineCount * titleFont.lineHeight + (titleLineCount - 1) * options.titleSpacing + options.titleMarginBottom;
	if (combinedBodyLength) {
		const bodyLineHeight = options.displayColors ? Math.max(boxHeight, bodyFont.lineHeight) : bodyFont.lineHeight;
		height += bodyLineItemCount * bodyLineHeight + (combinedBodyLength - bodyLineItemCount) * bodyFont.lineHeight + (combinedBodyLength - 1) * options.bodySpacing;
	}
	if (footerLineCount) height += options.footerMarginTop + footerLineCount * footerFont.lineHeight + (footerLineCount - 1) * options.footerSpacing;
	let widthPadding = 0;
	const maxLineWidth = function(line) {
		width = Math.max(width, ctx.measureText(line).width + widthPadding);
	};
	ctx.save();
	ctx.font = titleFont.string;
	each(tooltip.title, maxLineWidth);
	ctx.font = bodyFont.string;
	each(tooltip.beforeBody.concat(tooltip.afterBody), maxLineWidth);
	widthPadding = options.displayColors ? boxWidth + 2 + options.boxPadding : 0;
	each(body, (bodyItem) => {
		each(bodyItem.before, maxLineWidth);
		each(bodyItem.lines, maxLineWidth);
		each(bodyItem.after, maxLineWidth);
	});
	widthPadding = 0;
	ctx.font = footerFont.string;
	each(tooltip.footer, maxLineWidth);
	ctx.restore();
	width += padding.width;
	return {
		width,
		height
	};
}
function determineYAlign(chart, size) {
	const { y, height } = size;
	if (y < height / 2) return "top";
	else if (y > chart.height - height / 2) return "bottom";
	return "center";
}
function doesNotFitWithAlign(xAlign, chart, options, size) {
	const { x, width } = size;
	const caret = options.caretSize + options.caretPadding;
	if (xAlign === "left" && x + width + caret > chart.width) return true;
	if (xAlign === "right" && x - width - caret < 0) return true;
}
function determineXAlign(chart, options, size, yAlign) {
	const { x, width } = size;
	const { width: chartWidth, chartArea: { left, right } } = chart;
	let xAlign = "center";
	if (yAlign === "center") xAlign = x <= (left + right) / 2 ? "left" : "right";
	else if (x <= width / 2) xAlign = "left";
	else if (x >= chartWidth - width / 2) xAlign = "right";
	if (doesNotFitWithAlign(xAlign, chart, options, size)) xAlign = "center";
	return xAlign;
}
function determineAlignment(chart, options, size) {
	const yAlign = size.yAlign || options.yAlign || determineYAlign(chart, size);
	return {
		xAlign: size.xAlign || options.xAlign || determineXAlign(chart, options, size, yAlign),
		yAlign
	};
}
function alignX(size, xAlign) {
	let { x, width } = size;
	if (xAlign === "right") x -= width;
	else if (xAlign === "center") x -= width / 2;
	return x;
}
function alignY(size, yAlign, paddingAndSize) {
	let { y, height } = size;
	if (yAlign === "top") y += paddingAndSize;
	else if (yAlign === "bottom") y -= height + paddingAndSize;
	else y -= height / 2;
	return y;
}
function getBackgroundPoint(options, size, alignment, chart) {
	const { caretSize, caretPadding, cornerRadius } = options;
	const { xAlign, yAlign } = alignment;
	const paddingAndSize = caretSize + caretPadding;
	const { topLeft, topRight, bottomLeft, bottomRight } = toTRBLCorners(cornerRadius);
	let x = alignX(size, xAlign);
	const y = alignY(size, yAlign, paddingAndSize);
	if (yAlign === "center") {
		if (xAlign === "left") x += paddingAndSize;
		else if (xAlign === "right") x -= paddingAndSize;
	} else if (xAlign === "left") x -= Math.max(topLeft, bottomLeft) + caretSize;
	else if (xAlign === "right") x += Math.max(topRight, bottomRight) + caretSize;
	return {
		x: _limitValue(x, 0, chart.width - size.width),
		y: _limitValue(y, 0, chart.height - size.height)
	};
}
function getAlignedX(tooltip, align, options) {
	const padding = toPadding(options.padding);
	return align === "center" ? tooltip.x + tooltip.width / 2 : align === "right" ? tooltip.x + tooltip.width - padding.right : tooltip.x + padding.left;
}
function getBeforeAfterBodyLines(callback) {
	return pushOrConcat([], splitNewlines(callback));
}
function createTooltipContext(parent, tooltip, tooltipItems) {
	return createContext(parent, {
		tooltip,
		tooltipItems,
		type: "tooltip"
	});
}
function overrideCallbacks(callbacks, context) {
	const override = context && context.dataset && context.dataset.tooltip && context.dataset.tooltip.callbacks;
	return override ? callbacks.override(override) : callbacks;
}
function invokeCallbackWithFallback(callbacks, name, ctx, arg) {
	const result = callbacks[name].call(ctx, arg);
	if (typeof result === "undefined") return defaultCallbacks[name].call(ctx, arg);
	return result;
}
function findOrAddLabel(labels, raw, index, addedLabels) {
	const first = labels.indexOf(raw);
	if (first === -1) return addIfString(labels, raw, index, addedLabels);
	return first !== labels.lastIndexOf(raw) ? index : first;
}
function _getLabelForValue(value) {
	const labels = this.getLabels();
	if (value >= 0 && value < labels.length) return labels[value];
	return value;
}
function generateTicks$1(generationOptions, dataRange) {
	const ticks = [];
	const MIN_SPACING = 1e-14;
	const { bounds, step, min, max, precision, count, maxTicks, maxDigits, includeBounds } = generationOptions;
	const unit = step || 1;
	const maxSpaces = maxTicks - 1;
	const { min: rmin, max: rmax } = dataRange;
	const minDefined = !isNullOrUndef(min);
	const maxDefined = !isNullOrUndef(max);
	const countDefined = !isNullOrUndef(count);
	const minSpacing = (rmax - rmin) / (maxDigits + 1);
	let spacing = niceNum((rmax - rmin) / maxSpaces / unit) * unit;
	let factor, niceMin, niceMax, numSpaces;
	if (spacing < MIN_SPACING && !minDefined && !maxDefined) return [{ value: rmin }, { value: rmax }];
	numSpaces = Math.ceil(rmax / spacing) - Math.floor(rmin / spacing);
	if (numSpaces > maxSpaces) spacing = niceNum(numSpaces * spacing / maxSpaces / unit) * unit;
	if (!isNullOrUndef(precision)) {
		factor = Math.pow(10, precision);
		spacing = Math.ceil(spacing * factor) / factor;
	}
	if (bounds === "ticks") {
		niceMin = Math.floor(rmin / spacing) * spacing;
		niceMax = Math.ceil(rmax / spacing) * spacing;
	} else {
		niceMin = rmin;
		niceMax = rmax;
	}
	if (minDefined && maxDefined && step && almostWhole((max - min) / step, spacing / 1e3)) {
		numSpaces = Math.round(Math.min((max - min) / spacing, maxTicks));
		spacing = (max - min) / numSpaces;
		niceMin = min;
		niceMax = max;
	} else if (countDefined) {
		niceMin = minDefined ? min : niceMin;
		niceMax = maxDefined ? max : niceMax;
		numSpaces = count - 1;
		spacing = (niceMax - niceMin) / numSpaces;
	} else {
		numSpaces = (niceMax - niceMin) / spacing;
		if (almostEquals(numSpaces, Math.round(numSpaces), spacing / 1e3)) numSpaces = Math.round(numSpaces);
		else numSpaces = Math.ceil(numSpaces);
	}
	const decimalPlaces = Math.max(_decimalPlaces(spacing), _decimalPlaces(niceMin));
	factor = Math.pow(10, isNullOrUndef(precision) ? decimalPlaces : precision);
	niceMin = Math.round(niceMin * factor) / factor;
	niceMax = Math.round(niceMax * factor) / factor;
	let j = 0;
	if (minDefined) {
		if (includeBounds && niceMin !== min) {
			ticks.push({ value: min });
			if (niceMin < min) j++;
			if (almostEquals(Math.round((niceMin + j * spacing) * factor) / factor, min, relativeLabelSize(min, minSpacing, generationOptions))) j++;
		} else if (niceMin < min) j++;
	}
	for (; j < numSpaces; ++j) {
		const tickValue = Math.round((niceMin + j * spacing) * factor) / factor;
		if (maxDefined && tickValue > max) break;
		ticks.push({ value: tickValue });
	}
	if (maxDefined && includeBounds && niceMax !== max) {
		if (ticks.length && almostEquals(ticks[ticks.length - 1].value, max, relativeLabelSize(max, minSpacing, generationOptions))) ticks[ticks.length - 1].value = max;
		else ticks.push({ value: max });
	} else if (!maxDefined || niceMax === max) ticks.push({ value: niceMax });
	return ticks;
}
function relativeLabelSize(value, minSpacing, { horizontal, minRotation }) {
	const rad = toRadians(minRotation);
	const ratio = (horizontal ? Math.sin(rad) : Math.cos(rad)) || .001;
	const length = .75 * minSpacing * ("" + value).length;
	return Math.min(minSpacing / ratio, length);
}
function isMajor(tickVal) {
	return tickVal / Math.pow(10, log10Floor(tickVal)) === 1;
}
function steps(min, max, rangeExp) {
	const rangeStep = Math.pow(10, rangeExp);
	const start = Math.floor(min / rangeStep);
	return Math.ceil(max / rangeStep) - start;
}
function startExp(min, max) {
	const range = max - min;
	let rangeExp = log10Floor(range);
	while (steps(min, max, rangeExp) > 10) rangeExp++;
	while (steps(min, max, rangeExp) < 10) rangeExp--;
	return Math.min(rangeExp, log10Floor(min));
}
function generateTicks(generationOptions, { min, max }) {
	min = finiteOrDefault(generationOptions.min, min);
	const ticks = [];
	const minExp = log10Floor(min);
	let exp = startExp(min, max);
	let precision = exp < 0 ? Math.pow(10, Math.abs(exp)) : 1;
	const stepSize = Math.pow(10, exp);
	const base = minExp > exp ? Math.pow(10, minExp) : 0;
	const start = Math.round((min - base) * precision) / precision;
	const offset = Math.floor((min - base) / stepSize / 10) * stepSize * 10;
	let significand = Math.floor((start - offset) / Math.pow(10, exp));
	let value = finiteOrDefault(generationOptions.min, Math.round((base + offset + significand * Math.pow(10, exp)) * precision) / precision);
	while (value < max) {
		ticks.push({
			value,
			major: isMajor(value),
			significand
		});
		if (significand >= 10) significand = significand < 15 ? 15 : 20;
		else significand++;
		if (significand >= 20) {
			exp++;
			significand = 2;
			precision = exp >= 0 ? 1 : precision;
		}
		value = Math.round((base + offset + significand * Math.pow(10, exp)) * precision) / precision;
	}
	const lastTick = finiteOrDefault(generationOptions.max, value);
	ticks.push({
		value: lastTick,
		major: isMajor(lastTick),
		significand
	});
	return ticks;
}
function getTickBackdropHeight(opts) {
	const tickOpts = opts.ticks;
	if (tickOpts.display && opts.display) {
		const padding = toPadding(tickOpts.backdropPadding);
		return valueOrDefault(tickOpts.font && tickOpts.font.size, defaults.font.size) + padding.height;
	}
	return 0;
}
function measureLabelSize(ctx, font, label) {
	label = isArray(label) ? label : [label];
	return {
		w: _longestText(ctx, font.string, label),
		h: label.length * font.lineHeight
	};
}
function determineLimits(angle, pos, size, min, max) {
	if (angle === min || angle === max) return {
		start: pos - size / 2,
		end: pos + size / 2
	};
	else if (angle < min || angle > max) return {
		start: pos - size,
		end: pos
	};
	return {
		start: pos,
		end: pos + size
	};
}
function fitWithPointLabels(scale) {
	const orig = {
		l: scale.left + scale._padding.left,
		r: scale.right - scale._padding.right,
		t: scale.top + scale._padding.top,
		b: scale.bottom - scale._padding.bottom
	};
	const limits = Object.assign({}, orig);
	const labelSizes = [];
	const padding = [];
	const valueCount = scale._pointLabels.length;
	const pointLabelOpts = scale.options.pointLabels;
	const additionalAngle = pointLabelOpts.centerPointLabels ? PI / valueCount : 0;
	for (let i = 0; i < valueCount; i++) {
		const opts = pointLabelOpts.setContext(scale.getPointLabelContext(i));
		padding[i] = opts.padding;
		const pointPosition = scale.getPointPosition(i, scale.drawingArea + padding[i], additionalAngle);
		const plFont = toFont(opts.font);
		const textSize = measureLabelSize(scale.ctx, plFont, scale._pointLabels[i]);
		labelSizes[i] = textSize;
		const angleRadians = _normalizeAngle(scale.getIndexAngle(i) + additionalAngle);
		const angle = Math.round(toDegrees(angleRadians));
		updateLimits(limits, orig, angleRadians, determineLimits(angle, pointPosition.x, textSize.w, 0, 180), determineLimits(angle, pointPosition.y, textSize.h, 90, 270));
	}
	scale.setCenterPoint(orig.l - limits.l, limits.r - orig.r, orig.t - limits.t, limits.b - orig.b);
	scale._pointLabelItems = buildPointLabelItems(scale, labelSizes, padding);
}
function updateLimits(limits, orig, angle, hLimits, vLimits) {
	const sin = Math.abs(Math.sin(angle));
	const cos = Math.abs(Math.cos(angle));
	let x = 0;
	let y = 0;
	if (hLimits.start < orig.l) {
		x = (orig.l - hLimits.start) / sin;
		limits.l = Math.min(limits.l, orig.l - x);
	} else if (hLimits.end > orig.r) {
		x = (hLimits.end - orig.r) / sin;
		limits.r = Math.max(limits.r, orig.r + x);
	}
	if (vLimits.start < orig.t) {
		y = (orig.t - vLimits.start) / cos;
		limits.t = Math.min(limits.t, orig.t - y);
	} else if (vLimits.end > orig.b) {
		y = (vLimits.end - orig.b) / cos;
		limits.b = Math.max(limits.b, orig.b + y);
	}
}
function createPointLabelItem(scale, index, itemOpts) {
	const outerDistance = scale.drawingArea;
	const { extra, additionalAngle, padding, size } = itemOpts;
	const pointLabelPosition = scale.getPointPosition(index, outerDistance + extra + padding, additionalAngle);
	const angle = Math.round(toDegrees(_normalizeAngle(pointLabelPosition.angle + HALF_PI)));
	const y = yForAngle(pointLabelPosition.y, size.h, angle);
	const textAlign = getTextAlignForAngle(angle);
	const left = leftForTextAlign(pointLabelPosition.x, size.w, textAlign);
	return {
		visible: true,
		x: pointLabelPosition.x,
		y,
		textAlign,
		left,
		top: y,
		right: left + size.w,
		bottom: y + size.h
	};
}
function isNotOverlapped(item, area) {
	if (!area) return true;
	const { left, top, right, bottom } = item;
	return !(_isPointInArea({
		x: left,
		y: top
	}, area) || _isPointInArea({
		x: left,
		y: bottom
	}, area) || _isPointInArea({
		x: right,
		y: top
	}, area) || _isPointInArea({
		x: right,
		y: bottom
	}, area));
}
function buildPointLabelItems(scale, labelSizes, padding) {
	const items = [];
	const valueCount = scale._pointLabels.length;
	const opts = scale.options;
	const { centerPointLabels, display } = opts.pointLabels;
	const itemOpts = {
		extra: getTickBackdropHeight(opts) / 2,
		additionalAngle: centerPointLabels ? PI / valueCount : 0
	};
	let area;
	for (let i = 0; i < valueCount; i++) {
		itemOpts.padding = padding[i];
		itemOpts.size = labelSizes[i];
		const item = createPointLabelItem(scale, i, itemOpts);
		items.push(item);
		if (display === "auto") {
			item.visible = isNotOverlapped(item, area);
			if (item.visible) area = item;
		}
	}
	return items;
}
function getTextAlignForAngle(angle) {
	if (angle === 0 || angle === 180) return "center";
	else if (angle < 180) return "left";
	return "right";
}
function leftForTextAlign(x, w, align) {
	if (align === "right") x -= w;
	else if (align === "center") x -= w / 2;
	return x;
}
function yForAngle(y, h, angle) {
	if (angle === 90 || angle === 270) y -= h / 2;
	else if (angle > 270 || angle < 90) y -= h;
	return y;
}
function drawPointLabelBox(ctx, opts, item) {
	const { left, top, right, bottom } = item;
	const { backdropColor } = opts;
	if (!isNullOrUndef(backdropColor)) {
		const borderRadius = toTRBLCorners(opts.borderRadius);
		const padding = toPadding(opts.backdropPadding);
		ctx.fillStyle = backdropColor;
		const backdropLeft = left - padding.left;
		const backdropTop = top - padding.top;
		const backdropWidth = right - left + padding.width;
		const backdropHeight = bottom - top + padding.height;
		if (Object.values(borderRadius).some((v) => v !== 0)) {
			ctx.beginPath();
			addRoundedRectPath(ctx, {
				x: backdropLeft,
				y: backdropTop,
				w: backdropWidth,
				h: backdropHeight,
				radius: borderRadius
			});
			ctx.fill();
		} else ctx.fillRect(backdropLeft, backdropTop, backdropWidth, backdropHeight);
	}
}
function drawPointLabels(scale, labelCount) {
	const { ctx, options: { pointLabels } } = scale;
	for (let i = labelCount - 1; i >= 0; i--) {
		const item = scale._pointLabelItems[i];
		if (!item.visible) continue;
		const optsAtIndex = pointLabels.setContext(scale.getPointLabelContext(i));
		drawPointLabelBox(ctx, optsAtIndex, item);
		const plFont = toFont(optsAtIndex.font);
		const { x, y, textAlign } = item;
		renderText(ctx, scale._pointLabels[i], x, y + plFont.lineHeight / 2, plFont, {
			color: optsAtIndex.color,
			textAlign,
			textBaseline: "middle"
		});
	}
}
function pathRadiusLine(scale, radius, circular, labelCount) {
	const { ctx } = scale;
	if (circular) ctx.arc(scale.xCenter, scale.yCenter, radius, 0, TAU);
	else {
		let pointPosition = scale.getPointPosition(0, radius);
		ctx.moveTo(pointPosition.x, pointPosition.y);
		for (let i = 1; i < labelCount; i++) {
			pointPosition = scale.getPointPosition(i, radius);
			ctx.lineTo(pointPosition.x, pointPosition.y);
		}
	}
}
function drawRadiusLine(scale, gridLineOpts, radius, labelCount, borderOpts) {
	const ctx = scale.ctx;
	const circular = gridLineOpts.circular;
	const { color, lineWidth } = gridLineOpts;
	if (!circular && !labelCount || !color || !lineWidth || radius < 0) return;
	ctx.save();
	ctx.strokeStyle = color;
	ctx.lineWidth = lineWidth;
	ctx.setLineDash(borderOpts.dash || []);
	ctx.lineDashOffset = borderOpts.dashOffset;
	ctx.beginPath();
	pathRadiusLine(scale, radius, circular, labelCount);
	ctx.closePath();
	ctx.stroke();
	ctx.restore();
}
function createPointLabelContext(parent, index, label) {
	return createContext(parent, {
		label,
		index,
		type: "pointLabel"
	});
}
function sorter(a, b) {
	return a - b;
}
function parse(scale, input) {
	if (isNullOrUndef(input)) return null;
	const adapter = scale._adapter;
	const { parser, round, isoWeekday } = scale._parseOpts;
	let value = input;
	if (typeof parser === "function") value = parser(value);
	if (!isNumberFinite(value)) value = typeof parser === "string" ? adapter.parse(value, parser) : adapter.parse(value);
	if (value === null) return null;
	if (round) value = round === "week" && (isNumber(isoWeekday) || isoWeekday === true) ? adapter.startOf(value, "isoWeek", isoWeekday) : adapter.startOf(value, round);
	return +value;
}
function determineUnitForAutoTicks(minUnit, min, max, capacity) {
	const ilen = UNITS.length;
	for (let i = UNITS.indexOf(minUnit); i < ilen - 1; ++i) {
		const interval = INTERVALS[UNITS[i]];
		const factor = interval.steps ? interval.steps : Number.MAX_SAFE_INTEGER;
		if (interval.common && Math.ceil((max - min) / (factor * interval.size)) <= capacity) return UNITS[i];
	}
	return UNITS[ilen - 1];
}
function determineUnitForFormatting(scale, numTicks, minUnit, min, max) {
	for (let i = UNITS.length - 1; i >= UNITS.indexOf(minUnit); i--) {
		const unit = UNITS[i];
		if (INTERVALS[unit].common && scale._adapter.diff(max, min, unit) >= numTicks - 1) return unit;
	}
	return UNITS[minUnit ? UNITS.indexOf(minUnit) : 0];
}
function determineMajorUnit(unit) {
	for (let i = UNITS.indexOf(unit) + 1, ilen = UNITS.length; i < ilen; ++i) if (INTERVALS[UNITS[i]].common) return UNITS[i];
}
function addTick(ticks, time, timestamps) {
	if (!timestamps) ticks[time] = true;
	else if (timestamps.length) {
		const { lo, hi } = _lookup(timestamps, time);
		const timestamp = timestamps[lo] >= time ? timestamps[lo] : timestamps[hi];
		ticks[timestamp] = true;
	}
}
function setMajorTicks(scale, ticks, map, majorUnit) {
	const adapter = scale._adapter;
	const first = +adapter.startOf(ticks[0].value, majorUnit);
	const last = ticks[ticks.length - 1].value;
	let major, index;
	for (major = first; major <= last; major = +adapter.add(major, 1, majorUnit)) {
		index = map[major];
		if (index >= 0) ticks[index].major = true;
	}
	return ticks;
}
function ticksFromTimestamps(scale, values, majorUnit) {
	const ticks = [];
	const map = {};
	const ilen = values.length;
	let i, value;
	for (i = 0; i < ilen; ++i) {
		value = values[i];
		map[value] = i;
		ticks.push({
			value,
			major: false
		});
	}
	return ilen === 0 || !majorUnit ? ticks : setMajorTicks(scale, ticks, map, majorUnit);
}
function interpolate(table, val, reverse) {
	let lo = 0;
	let hi = table.length - 1;
	let prevSource, nextSource, prevTarget, nextTarget;
	if (reverse) {
		if (val >= table[lo].pos && val <= table[hi].pos) ({lo, hi} = _lookupByKey(table, "pos", val));
		({pos: prevSource, time: prevTarget} = table[lo]);
		({pos: nextSource, time: nextTarget} = table[hi]);
	} else {
		if (val >= table[lo].time && val <= table[hi].time) ({lo, hi} = _lookupByKey(table, "time", val));
		({time: prevSource, pos: prevTarget} = table[lo]);
		({time: nextSource, pos: nextTarget} = table[hi]);
	}
	const span = nextSource - prevSource;
	return span ? prevTarget + (nextTarget - prevTarget) * (val - prevSource) / span : prevTarget;
}
var Animator, animator, transparent, interpolators, Animation, Animations, isDirectUpdateMode, cloneIfNotShared, createStack, DatasetController, BarController, DateAdapterBase, adapters, Interaction, STATIC_POSITIONS, layouts, BasePlatform, BasicPlatform, EXPANDO_KEY, EVENT_TYPES, isNullOrEmpty, eventListenerOptions, drpListeningCharts, oldDevicePixelRatio, DomPlatform, Element, reverseAlign, offsetFromEdge, getTicksLimit, Scale, TypedRegistry, Registry, registry, PluginService, keyCache, keysCached, addIfFound, Config, hasFunction, version, KNOWN_POSITIONS, instances, getChart, Chart, BarElement, getBoxSize, itemsEqual, Legend, plugin_legend, positioners, defaultCallbacks, Tooltip, plugin_tooltip, addIfString, validIndex, CategoryScale, LinearScaleBase, LinearScale, log10Floor, changeExponent, INTERVALS, UNITS, TimeScale;
var init_chart = __esmMin((() => {
	init_chunks();
	Animator = class {
		constructor() {
			this._request = null;
			this._charts = /* @__PURE__ */ new Map();
			this._running = false;
			this._lastDate = void 0;
		}
		_notify(chart, anims, date, type) {
			const callbacks = anims.listeners[type];
			const numSteps = anims.duration;
			callbacks.forEach((fn) => fn({
				chart,
				initial: anims.initial,
				numSteps,
				currentStep: Math.min(date - anims.start, numSteps)
			}));
		}
		_refresh() {
			if (this._request) return;
			this._running = true;
			this._request = requestAnimFrame.call(window, () => {
				this._update();
				this._request = null;
				if (this._running) this._refresh();
			});
		}
		_update(date = Date.now()) {
			let remaining = 0;
			this._charts.forEach((anims, chart) => {
				if (!anims.running || !anims.items.length) return;
				const items = anims.items;
				let i = items.length - 1;
				let draw = false;
				let item;
				for (; i >= 0; --i) {
					item = items[i];
					if (item._active) {
						if (item._total > anims.duration) anims.duration = item._total;
						item.tick(date);
						draw = true;
					} else {
						items[i] = items[items.length - 1];
						items.pop();
					}
				}
				if (draw) {
					chart.draw();
					this._notify(chart, anims, date, "progress");
				}
				if (!items.length) {
					anims.running = false;
					this._notify(chart, anims, date, "complete");
					anims.initial = false;
				}
				remaining += items.length;
			});
			this._lastDate = date;
			if (remaining === 0) this._running = false;
		}
		_getAnims(chart) {
			const charts = this._charts;
			let anims = charts.get(chart);
			if (!anims) {
				anims = {
					running: false,
					initial: true,
					items: [],
					listeners: {
						complete: [],
						progress: []
					}
				};
				charts.set(chart, anims);
			}
			return anims;
		}
		listen(chart, event, cb) {
			this._getAnims(chart).listeners[event].push(cb);
		}
		add(chart, items) {
			if (!items || !items.length) return;
			this._getAnims(chart).items.push(...items);
		}
		has(chart) {
			return this._getAnims(chart).items.length > 0;
		}
		start(chart) {
			const anims = this._charts.get(chart);
			if (!anims) return;
			anims.running = true;
			anims.start = Date.now();
			anims.duration = anims.items.reduce((acc, cur) => Math.max(acc, cur._duration), 0);
			this._refresh();
		}
		running(chart) {
			if (!this._running) return false;
			const anims = this._charts.get(chart);
			if (!anims || !anims.running || !anims.items.length) return false;
			return true;
		}
		stop(chart) {
			const anims = this._charts.get(chart);
			if (!anims || !anims.items.length) return;
			const items = anims.items;
			let i = items.length - 1;
			for (; i >= 0; --i) items[i].cancel();
			anims.items = [];
			this._notify(chart, anims, Date.now(), "complete");
		}
		remove(chart) {
			return this._charts.delete(chart);
		}
	};
	animator = /* #__PURE__ */ new Animator();
	transparent = "transparent";
	interpolators = {
		boolean(from, to, factor) {
			return factor > .5 ? to : from;
		},
		color(from, to, factor) {
			const c0 = color(from || transparent);
			const c1 = c0.valid && color(to || transparent);
			return c1 && c1.valid ? c1.mix(c0, factor).hexString() : to;
		},
		number(from, to, factor) {
			return from + (to - from) * factor;
		}
	};
	Animation = class {
		constructor(cfg, target, prop, to) {
			const currentValue = target[prop];
			to = resolve([
				cfg.to,
				to,
				currentValue,
				cfg.from
			]);
			const from = resolve([
				cfg.from,
				currentValue,
				to
			]);
			this._active = true;
			this._fn = cfg.fn || interpolators[cfg.type || typeof from];
			this._easing = effects[cfg.easing] || effects.linear;
			this._start = Math.floor(Date.now() + (cfg.delay || 0));
			this._duration = this._total = Math.floor(cfg.duration);
			this._loop = !!cfg.loop;
			this._target = target;
			this._prop = prop;
			this._from = from;
			this._to = to;
			this._promises = void 0;
		}
		active() {
			return this._active;
		}
		update(cfg, to, date) {
			if (this._active) {
				this._notify(false);
				const currentValue = this._target[this._prop];
				const elapsed = date - this._start;
				const remain = this._duration - elapsed;
				this._start = date;
				this._duration = Math.floor(Math.max(remain, cfg.duration));
				this._total += elapsed;
				this._loop = !!cfg.loop;
				this._to = resolve([
					cfg.to,
					to,
					currentValue,
					cfg.from
				]);
				this._from = resolve([
					cfg.from,
					currentValue,
					to
				]);
			}
		}
		cancel() {
			if (this._active) {
				this.tick(Date.now());
				this._active = false;
				this._notify(false);
			}
		}
		tick(date) {
			const elapsed = date - this._start;
			const duration = this._duration;
			const prop = this._prop;
			const from = this._from;
			const loop = this._loop;
			const to = this._to;
			let factor;
			this._active = from !== to && (loop || elapsed < duration);
			if (!this._active) {
				this._target[prop] = to;
				this._notify(true);
				return;
			}
			if (elapsed < 0) {
				this._target[prop] = from;
				return;
			}
			factor = elapsed / duration % 2;
			factor = loop && factor > 1 ? 2 - factor : factor;
			factor = this._easing(Math.min(1, Math.max(0, factor)));
			this._target[prop] = this._fn(from, to, factor);
		}
		wait() {
			const promises = this._promises || (this._promises = []);
			return new Promise((res, rej) => {
				promises.push({
					res,
					rej
				});
			});
		}
		_notify(resolved) {
			const method = resolved ? "res" : "rej";
			const promises = this._promises || [];
			for (let i = 0; i < promises.length; i++) promises[i][method]();
		}
	};
	Animations = class {
		constructor(chart, config) {
			this._chart = chart;
			this._properties = /* @__PURE__ */ new Map();
			this.configure(config);
		}
		configure(config) {
			if (!isObject(config)) return;
			const animationOptions = Object.keys(defaults.animation);
			const animatedProps = this._properties;
			Object.getOwnPropertyNames(config).forEach((key) => {
				const cfg = config[key];
				if (!isObject(cfg)) return;
				const resolved = {};
				for (const option of animationOptions) resolved[option] = cfg[option];
				(isArray(cfg.properties) && cfg.properties || [key]).forEach((prop) => {
					if (prop === key || !animatedProps.has(prop)) animatedProps.set(prop, resolved);
				});
			});
		}
		_animateOptions(target, values) {
			const newOptions = values.options;
			const options = resolveTargetOptions(target, newOptions);
			if (!options) return [];
			const animations = this._createAnimations(options, newOptions);
			if (newOptions.$shared) awaitAll(target.options.$animations, newOptions).then(() => {
				target.options = newOptions;
			}, () => {});
			return animations;
		}
		_createAnimations(target, values) {
			const animatedProps = this._properties;
			const animations = [];
			const running = target.$animations || (target.$animations = {});
			const props = Object.keys(values);
			const date = Date.now();
			let i;
			for (i = props.length - 1; i >= 0; --i) {
				const prop = props[i];
				if (prop.charAt(0) === "$") continue;
				if (prop === "options") {
					animations.push(...this._animateOptions(target, values));
					continue;
				}
				const value = values[prop];
				let animation = running[prop];
				const cfg = animatedProps.get(prop);
				if (animation) {
					if (cfg && animation.active()) {
						animation.update(cfg, value, date);
						continue;
					} else animation.cancel();
				}
				if (!cfg || !cfg.duration) {
					target[prop] = value;
					continue;
				}
				running[prop] = animation = new Animation(cfg, target, prop, value);
				animations.push(animation);
			}
			return animations;
		}
		update(target, values) {
			if (this._properties.size === 0) {
				Object.assign(target, values);
				return;
			}
			const animations = this._createAnimations(target, values);
			if (animations.length) {
				animator.add(this._chart, animations);
				return true;
			}
		}
	};
	isDirectUpdateMode = (mode) => mode === "reset" || mode === "none";
	cloneIfNotShared = (cached, shared) => shared ? cached : Object.assign({}, cached);
	createStack = (canStack, meta, chart) => canStack && !meta.hidden && meta._stacked && {
		keys: getSortedDatasetIndices(chart, true),
		values: null
	};
	DatasetController = class {
		static defaults = {};
		static datasetElementType = null;
		static dataElementType = null;
		constructor(chart, datasetIndex) {
			this.chart = chart;
			this._ctx = chart.ctx;
			this.index = datasetIndex;
			this._cachedDataOpts = {};
			this._cachedMeta = this.getMeta();
			this._type = this._cachedMeta.type;
			this.options = void 0;
			this._parsing = false;
			this._data = void 0;
			this._objectData = void 0;
			this._sharedOptions = void 0;
			this._drawStart = void 0;
			this._drawCount = void 0;
			this.enableOptionSharing = false;
			this.supportsDecimation = false;
			this.$context = void 0;
			this._syncList = [];
			this.datasetElementType = new.target.datasetElementType;
			this.dataElementType = new.target.dataElementType;
			this.initialize();
		}
		initialize() {
			const meta = this._cachedMeta;
			this.configure();
			this.linkScales();
			meta._stacked = isStacked(meta.vScale, meta);
			this.addElements();
			if (this.options.fill && !this.chart.isPluginEnabled("filler")) console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options");
		}
		updateIndex(datasetIndex) {
			if (this.index !== datasetIndex) clearStacks(this._cachedMeta);
			this.index = datasetIndex;
		}
		linkScales() {
			const chart = this.chart;
			const meta = this._cachedMeta;
			const dataset = this.getDataset();
			const chooseId = (axis, x, y, r) => axis === "x" ? x : axis === "r" ? r : y;
			const xid = meta.xAxisID = valueOrDefault(dataset.xAxisID, getFirstScaleId(chart, "x"));
			const yid = meta.yAxisID = valueOrDefault(dataset.yAxisID, getFirstScaleId(chart, "y"));
			const rid = meta.rAxisID = valueOrDefault(dataset.rAxisID, getFirstScaleId(chart, "r"));
			const indexAxis = meta.indexAxis;
			const iid = meta.iAxisID = chooseId(indexAxis, xid, yid, rid);
			const vid = meta.vAxisID = chooseId(indexAxis, yid, xid, rid);
			meta.xScale = this.getScaleForId(xid);
			meta.yScale = this.getScaleForId(yid);
			meta.rScale = this.getScaleForId(rid);
			meta.iScale = this.getScaleForId(iid);
			meta.vScale = this.getScaleForId(vid);
		}
		getDataset() {
			return this.chart.data.datasets[this.index];
		}
		getMeta() {
			return this.chart.getDatasetMeta(this.index);
		}
		getScaleForId(scaleID) {
			return this.chart.scales[scaleID];
		}
		_getOtherScale(scale) {
			const meta = this._cachedMeta;
			return scale === meta.iScale ? meta.vScale : meta.iScale;
		}
		reset() {
			this._update("reset");
		}
		_destroy() {
			const meta = this._cachedMeta;
			if (this._data) unlistenArrayEvents(this._data, this);
			if (meta._stacked) clearStacks(meta);
		}
		_dataCheck() {
			const dataset = this.getDataset();
			const data = dataset.data || (dataset.data = []);
			const _data = this._data;
			if (isObject(data)) {
				const meta = this._cachedMeta;
				this._data = convertObjectDataToArray(data, meta);
			} else if (_data !== data) {
				if (_data) {
					unlistenArrayEvents(_data, this);
					const meta = this._cachedMeta;
					clearStacks(meta);
					meta._parsed = [];
				}
				if (data && Object.isExtensible(data)) listenArrayEvents(data, this);
				this._syncList = [];
				this._data = data;
			}
		}
		addElements() {
			const meta = this._cachedMeta;
			this._dataCheck();
			if (this.datasetElementType) meta.dataset = new this.datasetElementType();
		}
		buildOrUpdateElements(resetNewElements) {
			const meta = this._cachedMeta;
			const dataset = this.getDataset();
			let stackChanged = false;
			this._dataCheck();
			const oldStacked = meta._stacked;
			meta._stacked = isStacked(meta.vScale, meta);
			if (meta.stack !== dataset.stack) {
				stackChanged = true;
				clearStacks(meta);
				meta.stack = dataset.stack;
			}
			this._resyncElements(resetNewElements);
			if (stackChanged || oldStacked !== meta._stacked) {
				updateStacks(this, meta._parsed);
				meta._stacked = isStacked(meta.vScale, meta);
			}
		}
		configure() {
			const config = this.chart.config;
			const scopeKeys = config.datasetScopeKeys(this._type);
			const scopes = config.getOptionScopes(this.getDataset(), scopeKeys, true);
			this.options = config.createResolver(scopes, this.getContext());
			this._parsing = this.options.parsing;
			this._cachedDataOpts = {};
		}
		parse(start, count) {
			const { _cachedMeta: meta, _data: data } = this;
			const { iScale, _stacked } = meta;
			const iAxis = iScale.axis;
			let sorted = start === 0 && count === data.length ? true : meta._sorted;
			let prev = start > 0 && meta._parsed[start - 1];
			let i, cur, parsed;
			if (this._parsing === false) {
				meta._parsed = data;
				meta._sorted = true;
				parsed = data;
			} else {
				if (isArray(data[start])) parsed = this.parseArrayData(meta, data, start, count);
				else if (isObject(data[start])) parsed = this.parseObjectData(meta, data, start, count);
				else parsed = this.parsePrimitiveData(meta, data, start, count);
				const isNotInOrderComparedToPrev = () => cur[iAxis] === null || prev && cur[iAxis] < prev[iAxis];
				for (i = 0; i < count; ++i) {
					meta._parsed[i + start] = cur = parsed[i];
					if (sorted) {
						if (isNotInOrderComparedToPrev()) sorted = false;
						prev = cur;
					}
				}
				meta._sorted = sorted;
			}
			if (_stacked) updateStacks(this, parsed);
		}
		parsePrimitiveData(meta, data, start, count) {
			const { iScale, vScale } = meta;
			const iAxis = iScale.axis;
			const vAxis = vScale.axis;
			const labels = iScale.getLabels();
			const singleScale = iScale === vScale;
			const parsed = new Array(count);
			let i, ilen, index;
			for (i = 0, ilen = count; i < ilen; ++i) {
				index = i + start;
				parsed[i] = {
					[iAxis]: singleScale || iScale.parse(labels[index], index),
					[vAxis]: vScale.parse(data[index], index)
				};
			}
			return parsed;
		}
		parseArrayData(meta, data, start, count) {
			const { xScale, yScale } = meta;
			const parsed = new Array(count);
			let i, ilen, index, item;
			for (i = 0, ilen = count; i < ilen; ++i) {
				index = i + start;
				item = data[index];
				parsed[i] = {
					x: xScale.parse(item[0], index),
					y: yScale.parse(item[1], index)
				};
			}
			return parsed;
		}
		parseObjectData(meta, data, start, count) {
			const { xScale, yScale } = meta;
			const { xAxisKey = "x", yAxisKey = "y" } = this._parsing;
			const parsed = new Array(count);
			let i, ilen, index, item;
			for (i = 0, ilen = count; i < ilen; ++i) {
				index = i + start;
				item = data[index];
				parsed[i] = {
					x: xScale.parse(resolveObjectKey(item, xAxisKey), index),
					y: yScale.parse(resolveObjectKey(item, yAxisKey), index)
				};
			}
			return parsed;
		}
		getParsed(index) {
			return this._cachedMeta._parsed[index];
		}
		getDataElement(index) {
			return this._cachedMeta.data[index];
		}
		applyStack(scale, parsed, mode) {
			const chart = this.chart;
			const meta = this._cachedMeta;
			const value = parsed[scale.axis];
			return applyStack({
				keys: getSortedDatasetIndices(chart, true),
				values: parsed._stacks[scale.axis]._visualValues
			}, value, meta.index, { mode });
		}
		updateRangeFromParsed(range, scale, parsed, stack) {
			const parsedValue = parsed[scale.axis];
			let value = parsedValue === null ? NaN : parsedValue;
			const values = stack && parsed._stacks[scale.axis];
			if (stack && values) {
				stack.values = values;
				value = applyStack(stack, parsedValue, this._cachedMeta.index);
			}
			range.min = Math.min(range.min, value);
			range.max = Math.max(range.max, value);
		}
		getMinMax(scale, canStack) {
			const meta = this._cachedMeta;
			const _parsed = meta._parsed;
			const sorted = meta._sorted && scale === meta.iScale;
			const ilen = _parsed.length;
			const otherScale = this._getOtherScale(scale);
			const stack = createStack(canStack, meta, this.chart);
			const range = {
				min: Number.POSITIVE_INFINITY,
				max: Number.NEGATIVE_INFINITY
			};
			const { min: otherMin, max: otherMax } = getUserBounds(otherScale);
			let i, parsed;
			function _skip() {
				parsed = _parsed[i];
				const otherValue = parsed[otherScale.axis];
				return !isNumberFinite(parsed[scale.axis]) || otherMin > otherValue || otherMax < otherValue;
			}
			for (i = 0; i < ilen; ++i) {
				if (_skip()) continue;
				this.updateRangeFromParsed(range, scale, parsed, stack);
				if (sorted) break;
			}
			if (sorted) for (i = ilen - 1; i >= 0; --i) {
				if (_skip()) continue;
				this.updateRangeFromParsed(range, scale, parsed, stack);
				break;
			}
			return range;
		}
		getAllParsedValues(scale) {
			const parsed = this._cachedMeta._parsed;
			const values = [];
			let i, ilen, value;
			for (i = 0, ilen = parsed.length; i < ilen; ++i) {
				value = parsed[i][scale.axis];
				if (isNumberFinite(value)) values.push(value);
			}
			return values;
		}
		getMaxOverflow() {
			return false;
		}
		getLabelAndValue(index) {
			const meta = this._cachedMeta;
			const iScale = meta.iScale;
			const vScale = meta.vScale;
			const parsed = this.getParsed(index);
			return {
				label: iScale ? "" + iScale.getLabelForValue(parsed[iScale.axis]) : "",
				value: vScale ? "" + vScale.getLabelForValue(parsed[vScale.axis]) : ""
			};
		}
		_update(mode) {
			const meta = this._cachedMeta;
			this.update(mode || "default");
			meta._clip = toClip(valueOrDefault(this.options.clip, defaultClip(meta.xScale, meta.yScale, this.getMaxOverflow())));
		}
		update(mode) {}
		draw() {
			const ctx = this._ctx;
			const chart = this.chart;
			const meta = this._cachedMeta;
			const elements = meta.data || [];
			const area = chart.chartArea;
			const active = [];
			const start = this._drawStart || 0;
			const count = this._drawCount || elements.length - start;
			const drawActiveElementsOnTop = this.options.drawActiveElementsOnTop;
			let i;
			if (meta.dataset) meta.dataset.draw(ctx, area, start, count);
			for (i = start; i < start + count; ++i) {
				const element = elements[i];
				if (element.hidden) continue;
				if (element.active && drawActiveElementsOnTop) active.push(element);
				else element.draw(ctx, area);
			}
			for (i = 0; i < active.length; ++i) active[i].draw(ctx, area);
		}
		getStyle(index, active) {
			const mode = active ? "active" : "default";
			return index === void 0 && this._cachedMeta.dataset ? this.resolveDatasetElementOptions(mode) : this.resolveDataElementOptions(index || 0, mode);
		}
		getContext(index, active, mode) {
			const dataset = this.getDataset();
			let context;
			if (index >= 0 && index < this._cachedMeta.data.length) {
				const element = this._cachedMeta.data[index];
				context = element.$context || (element.$context = createDataContext(this.getContext(), index, element));
				context.parsed = this.getParsed(index);
				context.raw = dataset.data[index];
				context.index = context.dataIndex = index;
			} else {
				context = this.$context || (this.$context = createDatasetContext(this.chart.getContext(), this.index));
				context.dataset = dataset;
				context.index = context.datasetIndex = this.index;
			}
			context.active = !!active;
			context.mode = mode;
			return context;
		}
		resolveDatasetElementOptions(mode) {
			return this._resolveElementOptions(this.datasetElementType.id, mode);
		}
		resolveDataElementOptions(index, mode) {
			return this._resolveElementOptions(this.dataElementType.id, mode, index);
		}
		_resolveElementOptions(elementType, mode = "default", index) {
			const active = mode === "active";
			const cache = this._cachedDataOpts;
			const cacheKey = elementType + "-" + mode;
			const cached = cache[cacheKey];
			const sharing = this.enableOptionSharing && defined(index);
			if (cached) return cloneIfNotShared(cached, sharing);
			const config = this.chart.config;
			const scopeKeys = config.datasetElementScopeKeys(this._type, elementType);
			const prefixes = active ? [
				`${elementType}Hover`,
				"hover",
				elementType,
				""
			] : [elementType, ""];
			const scopes = config.getOptionScopes(this.getDataset(), scopeKeys);
			const names = Object.keys(defaults.elements[elementType]);
			const context = () => this.getContext(index, active, mode);
			const values = config.resolveNamedOptions(scopes, names, context, prefixes);
			if (values.$shared) {
				values.$shared = sharing;
				cache[cacheKey] = Object.freeze(cloneIfNotShared(values, sharing));
			}
			return values;
		}
		_resolveAnimations(index, transition, active) {
			const chart = this.chart;
			const cache = this._cachedDataOpts;
			const cacheKey = `animation-${transition}`;
			const cached = cache[cacheKey];
			if (cached) return cached;
			let options;
			if (chart.options.animation !== false) {
				const config = this.chart.config;
				const scopeKeys = config.datasetAnimationScopeKeys(this._type, transition);
				const scopes = config.getOptionScopes(this.getDataset(), scopeKeys);
				options = config.createResolver(scopes, this.getContext(index, active, transition));
			}
			const animations = new Animations(chart, options && options.animations);
			if (options && options._cacheable) cache[cacheKey] = Object.freeze(animations);
			return animations;
		}
		getSharedOptions(options) {
			if (!options.$shared) return;
			return this._sharedOptions || (this._sharedOptions = Object.assign({}, options));
		}
		includeOptions(mode, sharedOptions) {
			return !sharedOptions || isDirectUpdateMode(mode) || this.chart._animationsDisabled;
		}
		_getSharedOptions(start, mode) {
			const firstOpts = this.resolveDataElementOptions(start, mode);
			const previouslySharedOptions = this._sharedOptions;
			const sharedOptions = this.getSharedOptions(firstOpts);
			const includeOptions = this.includeOptions(mode, sharedOptions) || sharedOptions !== previouslySharedOptions;
			this.updateSharedOptions(sharedOptions, mode, firstOpts);
			return {
				sharedOptions,
				includeOptions
			};
		}
		updateElement(element, index, properties, mode) {
			if (isDirectUpdateMode(mode)) Object.assign(element, properties);
			else this._resolveAnimations(index, mode).update(element, properties);
		}
		updateSharedOptions(sharedOptions, mode, newOptions) {
			if (sharedOptions && !isDirectUpdateMode(mode)) this._resolveAnimations(void 0, mode).update(sharedOptions, newOptions);
		}
		_setStyle(element, index, mode, active) {
			element.active = active;
			const options = this.getStyle(index, active);
			this._resolveAnimations(index, mode, active).update(element, { options: !active && this.getSharedOptions(options) || options });
		}
		removeHoverStyle(element, datasetIndex, index) {
			this._setStyle(element, index, "active", false);
		}
		setHoverStyle(element, datasetIndex, index) {
			this._setStyle(element, index, "active", true);
		}
		_removeDatasetHoverStyle() {
			const element = this._cachedMeta.dataset;
			if (element) this._setStyle(element, void 0, "active", false);
		}
		_setDatasetHoverStyle() {
			const element = this._cachedMeta.dataset;
			if (element) this._setStyle(element, void 0, "active", true);
		}
		_resyncElements(resetNewElements) {
			const data = this._data;
			const elements = this._cachedMeta.data;
			for (const [method, arg1, arg2] of this._syncList) this[method](arg1, arg2);
			this._syncList = [];
			const numMeta = elements.length;
			const numData = data.length;
			const count = Math.min(numData, numMeta);
			if (count) this.parse(0, count);
			if (numData > numMeta) this._insertElements(numMeta, numData - numMeta, resetNewElements);
			else if (numData < numMeta) this._removeElements(numData, numMeta - numData);
		}
		_insertElements(start, count, resetNewElements = true) {
			const meta = this._cachedMeta;
			const data = meta.data;
			const end = start + count;
			let i;
			const move = (arr) => {
				arr.length += count;
				for (i = arr.length - 1; i >= end; i--) arr[i] = arr[i - count];
			};
			move(data);
			for (i = start; i < end; ++i) data[i] = new this.dataElementType();
			if (this._parsing) move(meta._parsed);
			this.parse(start, count);
			if (resetNewElements) this.updateElements(data, start, count, "reset");
		}
		updateElements(element, start, count, mode) {}
		_removeElements(start, count) {
			const meta = this._cachedMeta;
			if (this._parsing) {
				const removed = meta._parsed.splice(start, count);
				if (meta._stacked) clearStacks(meta, removed);
			}
			meta.data.splice(start, count);
		}
		_sync(args) {
			if (this._parsing) this._syncList.push(args);
			else {
				const [method, arg1, arg2] = args;
				this[method](arg1, arg2);
			}
			this.chart._dataChanges.push([this.index, ...args]);
		}
		_onDataPush() {
			const count = arguments.length;
			this._sync([
				"_insertElements",
				this.getDataset().data.length - count,
				count
			]);
		}
		_onDataPop() {
			this._sync([
				"_removeElements",
				this._cachedMeta.data.length - 1,
				1
			]);
		}
		_onDataShift() {
			this._sync([
				"_removeElements",
				0,
				1
			]);
		}
		_onDataSplice(start, count) {
			if (count) this._sync([
				"_removeElements",
				start,
				count
			]);
			const newCount = arguments.length - 2;
			if (newCount) this._sync([
				"_insertElements",
				start,
				newCount
			]);
		}
		_onDataUnshift() {
			this._sync([
				"_insertElements",
				0,
				arguments.length
			]);
		}
	};
	BarController = class extends DatasetController {
		static id = "bar";
		static defaults = {
			datasetElementType: false,
			dataElementType: "bar",
			categoryPercentage: .8,
			barPercentage: .9,
			grouped: true,
			animations: { numbers: {
				type: "number",
				properties: [
					"x",
					"y",
					"base",
					"width",
					"height"
				]
			} }
		};
		static overrides = { scales: {
			_index_: {
				type: "category",
				offset: true,
				grid: { offset: true }
			},
			_value_: {
				type: "linear",
				beginAtZero: true
			}
		} };
		parsePrimitiveData(meta, data, start, count) {
			return parseArrayOrPrimitive(meta, data, start, count);
		}
		parseArrayData(meta, data, start, count) {
			return parseArrayOrPrimitive(meta, data, start, count);
		}
		parseObjectData(meta, data, start, count) {
			const { iScale, vScale } = meta;
			const { xAxisKey = "x", yAxisKey = "y" } = this._parsing;
			const iAxisKey = iScale.axis === "x" ? xAxisKey : yAxisKey;
			const vAxisKey = vScale.axis === "x" ? xAxisKey : yAxisKey;
			const parsed = [];
			let i, ilen, item, obj;
			for (i = start, ilen = start + count; i < ilen; ++i) {
				obj = data[i];
				item = {};
				item[iScale.axis] = iScale.parse(resolveObjectKey(obj, iAxisKey), i);
				parsed.push(parseValue(resolveObjectKey(obj, vAxisKey), item, vScale, i));
			}
			return parsed;
		}
		updateRangeFromParsed(range, scale, parsed, stack) {
			super.updateRangeFromParsed(range, scale, parsed, stack);
			const custom = parsed._custom;
			if (custom && scale === this._cachedMeta.vScale) {
				range.min = Math.min(range.min, custom.min);
				range.max = Math.max(range.max, custom.max);
			}
		}
		getMaxOverflow() {
			return 0;
		}
		getLabelAndValue(index) {
			const { iScale, vScale } = this._cachedMeta;
			const parsed = this.getParsed(index);
			const custom = parsed._custom;
			const value = isFloatBar(custom) ? "[" + custom.start + ", " + custom.end + "]" : "" + vScale.getLabelForValue(parsed[vScale.axis]);
			return {
				label: "" + iScale.getLabelForValue(parsed[iScale.axis]),
				value
			};
		}
		initialize() {
			this.enableOptionSharing = true;
			super.initialize();
			const meta = this._cachedMeta;
			meta.stack = this.getDataset().stack;
		}
		update(mode) {
			const meta = this._cachedMeta;
			this.updateElements(meta.data, 0, meta.data.length, mode);
		}
		updateElements(bars, start, count, mode) {
			const reset = mode === "reset";
			const { index, _cachedMeta: { vScale } } = this;
			const base = vScale.getBasePixel();
			const horizontal = vScale.isHorizontal();
			const ruler = this._getRuler();
			const { sharedOptions, includeOptions } = this._getSharedOptions(start, mode);
			for (let i = start; i < start + count; i++) {
				const parsed = this.getParsed(i);
				const vpixels = reset || isNullOrUndef(parsed[vScale.axis]) ? {
					base,
					head: base
				} : this._calculateBarValuePixels(i);
				const ipixels = this._calculateBarIndexPixels(i, ruler);
				const stack = (parsed._stacks || {})[vScale.axis];
				const properties = {
					horizontal,
					base: vpixels.base,
					enableBorderRadius: !stack || isFloatBar(parsed._custom) || index === stack._top || index === stack._bottom,
					x: horizontal ? vpixels.head : ipixels.center,
					y: horizontal ? ipixels.center : vpixels.head,
					height: horizontal ? ipixels.size : Math.abs(vpixels.size),
					width: horizontal ? Math.abs(vpixels.size) : ipixels.size
				};
				if (includeOptions) properties.options = sharedOptions || this.resolveDataElementOptions(i, bars[i].active ? "active" : mode);
				const options = properties.options || bars[i].options;
				setBorderSkipped(properties, options, stack, index);
				setInflateAmount(properties, options, ruler.ratio);
				this.updateElement(bars[i], i, properties, mode);
			}
		}
		_getStacks(last, dataIndex) {
			const { iScale } = this._cachedMeta;
			const metasets = iScale.getMatchingVisibleMetas(this._type).filter((meta) => meta.controller.options.grouped);
			const stacked = iScale.options.stacked;
			const stacks = [];
			const currentParsed = this._cachedMeta.controller.getParsed(dataIndex);
			const iScaleValue = currentParsed && currentParsed[iScale.axis];
			const skipNull = (meta) => {
				const parsed = meta._parsed.find((item) => item[iScale.axis] === iScaleValue);
				const val = parsed && parsed[meta.vScale.axis];
				if (isNullOrUndef(val) || isNaN(val)) return true;
			};
			for (const meta of metasets) {
				if (dataIndex !== void 0 && skipNull(meta)) continue;
				if (stacked === false || stacks.indexOf(meta.stack) === -1 || stacked === void 0 && meta.stack === void 0) stacks.push(meta.stack);
				if (meta.index === last) break;
			}
			if (!stacks.length) stacks.push(void 0);
			return stacks;
		}
		_getStackCount(index) {
			return this._getStacks(void 0, index).length;
		}
		_getAxisCount() {
			return this._getAxis().length;
		}
		getFirstScaleIdForIndexAxis() {
			const scales = this.chart.scales;
			const indexScaleId = this.chart.options.indexAxis;
			return Object.keys(scales).filter((key) => scales[key].axis === indexScaleId).shift();
		}
		_getAxis() {
			const axis = {};
			const firstScaleAxisId = this.getFirstScaleIdForIndexAxis();
			for (const dataset of this.chart.data.datasets) axis[valueOrDefault(this.chart.options.indexAxis === "x" ? dataset.xAxisID : dataset.yAxisID, firstScaleAxisId)] = true;
			return Object.keys(axis);
		}
		_getStackIndex(datasetIndex, name, dataIndex) {
			const stacks = this._getStacks(datasetIndex, dataIndex);
			const index = name !== void 0 ? stacks.indexOf(name) : -1;
			return index === -1 ? stacks.length - 1 : index;
		}
		_getRuler() {
			const opts = this.options;
			const meta = this._cachedMeta;
			const iScale = meta.iScale;
			const pixels = [];
			let i, ilen;
			for (i = 0, ilen = meta.data.length; i < ilen; ++i) pixels.push(iScale.getPixelForValue(this.getParsed(i)[iScale.axis], i));
			const barThickness = opts.barThickness;
			return {
				min: barThickness || computeMinSampleSize(meta),
				pixels,
				start: iScale._startPixel,
				end: iScale._endPixel,
				stackCount: this._getStackCount(),
				scale: iScale,
				grouped: opts.grouped,
				ratio: barThickness ? 1 : opts.categoryPercentage * opts.barPercentage
			};
		}
		_calculateBarValuePixels(index) {
			const { _cachedMeta: { vScale, _stacked, index: datasetIndex }, options: { base: baseValue, minBarLength } } = this;
			const actualBase = baseValue || 0;
			const parsed = this.getParsed(index);
			const custom = parsed._custom;
			const floating = isFloatBar(custom);
			let value = parsed[vScale.axis];
			let start = 0;
			let length = _stacked ? this.applyStack(vScale, parsed, _stacked) : value;
			let head, size;
			if (length !== value) {
				start = length - value;
				length = value;
			}
			if (floating) {
				value = custom.barStart;
				length = custom.barEnd - custom.barStart;
				if (value !== 0 && sign(value) !== sign(custom.barEnd)) start = 0;
				start += value;
			}
			const startValue = !isNullOrUndef(baseValue) && !floating ? baseValue : start;
			let base = vScale.getPixelForValue(startValue);
			if (this.chart.getDataVisibility(index)) head = vScale.getPixelForValue(start + length);
			else head = base;
			size = head - base;
			if (Math.abs(size) < minBarLength) {
				size = barSign(size, vScale, actualBase) * minBarLength;
				if (value === actualBase) base -= size / 2;
				const startPixel = vScale.getPixelForDecimal(0);
				const endPixel = vScale.getPixelForDecimal(1);
				base = Math.max(Math.min(base, Math.max(startPixel, endPixel)), Math.min(startPixel, endPixel));
				head = base + size;
				if (_stacked && !floating) parsed._stacks[vScale.axis]._visualValues[datasetIndex] = vScale.getValueForPixel(head) - vScale.getValueForPixel(base);
			}
			if (base === vScale.getPixelForValue(actualBase)) {
				const halfGrid = sign(size) * vScale.getLineWidthForValue(actualBase) / 2;
				base += halfGrid;
				size -= halfGrid;
			}
			return {
				size,
				base,
				head,
				center: head + size / 2
			};
		}
		_calculateBarIndexPixels(index, ruler) {
			const scale = ruler.scale;
			const options = this.options;
			const skipNull = options.skipNull;
			const maxBarThickness = valueOrDefault(options.maxBarThickness, Infinity);
			let center, size;
			const axisCount = this._getAxisCount();
			if (ruler.grouped) {
				const stackCount = skipNull ? this._getStackCount(index) : ruler.stackCount;
				const range = options.barThickness === "flex" ? computeFlexCategoryTraits(index, ruler, options, stackCount * axisCount) : computeFitCategoryTraits(index, ruler, options, stackCount * axisCount);
				const axisID = this.chart.options.indexAxis === "x" ? this.getDataset().xAxisID : this.getDataset().yAxisID;
				const axisNumber = this._getAxis().indexOf(valueOrDefault(axisID, this.getFirstScaleIdForIndexAxis()));
				const stackIndex = this._getStackIndex(this.index, this._cachedMeta.stack, skipNull ? index : void 0) + axisNumber;
				center = range.start + range.chunk * stackIndex + range.chunk / 2;
				size = Math.min(maxBarThickness, range.chunk * range.ratio);
			} else {
				center = scale.getPixelForValue(this.getParsed(index)[scale.axis], index);
				size = Math.min(maxBarThickness, ruler.min * ruler.ratio);
			}
			return {
				base: center - size / 2,
				head: center + size / 2,
				center,
				size
			};
		}
		draw() {
			const meta = this._cachedMeta;
			const vScale = meta.vScale;
			const rects = meta.data;
			const ilen = rects.length;
			let i = 0;
			for (; i < ilen; ++i) if (this.getParsed(i)[vScale.axis] !== null && !rects[i].hidden) rects[i].draw(this._ctx);
		}
	};
	DateAdapterBase = class DateAdapterBase {
		/**
		* Override default date adapter methods.
		* Accepts type parameter to define options type.
		* @example
		* Chart._adapters._date.override<{myAdapterOption: string}>({
		*   init() {
		*     console.log(this.options.myAdapterOption);
		*   }
		* })
		*/ static override(members) {
			Object.assign(DateAdapterBase.prototype, members);
		}
		options;
		constructor(options) {
			this.options = options || {};
		}
		init() {}
		formats() {
			return abstract();
		}
		parse() {
			return abstract();
		}
		format() {
			return abstract();
		}
		add() {
			return abstract();
		}
		diff() {
			return abstract();
		}
		startOf() {
			return abstract();
		}
		endOf() {
			return abstract();
		}
	};
	adapters = { _date: DateAdapterBase };
	Interaction = {
		evaluateInteractionItems,
		modes: {
			index(chart, e, options, useFinalPosition) {
				const position = getRelativePosition(e, chart);
				const axis = options.axis || "x";
				const includeInvisible = options.includeInvisible || false;
				const items = options.intersect ? getIntersectItems(chart, position, axis, useFinalPosition, includeInvisible) : getNearestItems(chart, position, axis, false, useFinalPosition, includeInvisible);
				const elements = [];
				if (!items.length) return [];
				chart.getSortedVisibleDatasetMetas().forEach((meta) => {
					const index = items[0].index;
					const element = meta.data[index];
					if (element && !element.skip) elements.push({
						element,
						datasetIndex: meta.index,
						index
					});
				});
				return elements;
			},
			dataset(chart, e, options, useFinalPosition) {
				const position = getRelativePosition(e, chart);
				const axis = options.axis || "xy";
				const includeInvisible = options.includeInvisible || false;
				let items = options.intersect ? getIntersectItems(chart, position, axis, useFinalPosition, includeInvisible) : getNearestItems(chart, position, axis, false, useFinalPosition, includeInvisible);
				if (items.length > 0) {
					const datasetIndex = items[0].datasetIndex;
					const data = chart.getDatasetMeta(datasetIndex).data;
					items = [];
					for (let i = 0; i < data.length; ++i) items.push({
						element: data[i],
						datasetIndex,
						index: i
					});
				}
				return items;
			},
			point(chart, e, options, useFinalPosition) {
				return getIntersectItems(chart, getRelativePosition(e, chart), options.axis || "xy", useFinalPosition, options.includeInvisible || false);
			},
			nearest(chart, e, options, useFinalPosition) {
				const position = getRelativePosition(e, chart);
				const axis = options.axis || "xy";
				const includeInvisible = options.includeInvisible || false;
				return getNearestItems(chart, position, axis, options.intersect, useFinalPosition, includeInvisible);
			},
			x(chart, e, options, useFinalPosition) {
				return getAxisItems(chart, getRelativePosition(e, chart), "x", options.intersect, useFinalPosition);
			},
			y(chart, e, options, useFinalPosition) {
				return getAxisItems(chart, getRelativePosition(e, chart), "y", options.intersect, useFinalPosition);
			}
		}
	};
	STATIC_POSITIONS = [
		"left",
		"top",
		"right",
		"bottom"
	];
	layouts = {
		addBox(chart, item) {
			if (!chart.boxes) chart.boxes = [];
			item.fullSize = item.fullSize || false;
			item.position = item.position || "top";
			item.weight = item.weight || 0;
			item._layers = item._layers || function() {
				return [{
					z: 0,
					draw(chartArea) {
						item.draw(chartArea);
					}
				}];
			};
			chart.boxes.push(item);
		},
		removeBox(chart, layoutItem) {
			const index = chart.boxes ? chart.boxes.indexOf(layoutItem) : -1;
			if (index !== -1) chart.boxes.splice(index, 1);
		},
		configure(chart, item, options) {
			item.fullSize = options.fullSize;
			item.position = options.position;
			item.weight = options.weight;
		},
		update(chart, width, height, minPadding) {
			if (!chart) return;
			const padding = toPadding(chart.options.layout.padding);
			const availableWidth = Math.max(width - padding.width, 0);
			const availableHeight = Math.max(height - padding.height, 0);
			const boxes = buildLayoutBoxes(chart.boxes);
			const verticalBoxes = boxes.vertical;
			const horizontalBoxes = boxes.horizontal;
			each(chart.boxes, (box) => {
				if (typeof box.beforeLayout === "function") box.beforeLayout();
			});
			const visibleVerticalBoxCount = verticalBoxes.reduce((total, wrap) => wrap.box.options && wrap.box.options.display === false ? total : total + 1, 0) || 1;
			const params = Object.freeze({
				outerWidth: width,
				outerHeight: height,
				padding,
				availableWidth,
				availableHeight,
				vBoxMaxWidth: availableWidth / 2 / visibleVerticalBoxCount,
				hBoxMaxHeight: availableHeight / 2
			});
			const maxPadding = Object.assign({}, padding);
			updateMaxPadding(maxPadding, toPadding(minPadding));
			const chartArea = Object.assign({
				maxPadding,
				w: availableWidth,
				h: availableHeight,
				x: padding.left,
				y: padding.top
			}, padding);
			const stacks = setLayoutDims(verticalBoxes.concat(horizontalBoxes), params);
			fitBoxes(boxes.fullSize, chartArea, params, stacks);
			fitBoxes(verticalBoxes, chartArea, params, stacks);
			if (fitBoxes(horizontalBoxes, chartArea, params, stacks)) fitBoxes(verticalBoxes, chartArea, params, stacks);
			handleMaxPadding(chartArea);
			placeBoxes(boxes.leftAndTop, chartArea, params, stacks);
			chartArea.x += chartArea.w;
			chartArea.y += chartArea.h;
			placeBoxes(boxes.rightAndBottom, chartArea, params, stacks);
			chart.chartArea = {
				left: chartArea.left,
				top: chartArea.top,
				right: chartArea.left + chartArea.w,
				bottom: chartArea.top + chartArea.h,
				height: chartArea.h,
				width: chartArea.w
			};
			each(boxes.chartArea, (layout) => {
				const box = layout.box;
				Object.assign(box, chart.chartArea);
				box.update(chartArea.w, chartArea.h, {
					left: 0,
					top: 0,
					right: 0,
					bottom: 0
				});
			});
		}
	};
	BasePlatform = class {
		acquireContext(canvas, aspectRatio) {}
		releaseContext(context) {
			return false;
		}
		addEventListener(chart, type, listener) {}
		removeEventListener(chart, type, listener) {}
		getDevicePixelRatio() {
			return 1;
		}
		getMaximumSize(element, width, height, aspectRatio) {
			width = Math.max(0, width || element.width);
			height = height || element.height;
			return {
				width,
				height: Math.max(0, aspectRatio ? Math.floor(width / aspectRatio) : height)
			};
		}
		isAttached(canvas) {
			return true;
		}
		updateConfig(config) {}
	};
	BasicPlatform = class extends BasePlatform {
		acquireContext(item) {
			return item && item.getContext && item.getContext("2d") || null;
		}
		updateConfig(config) {
			config.options.animation = false;
		}
	};
	EXPANDO_KEY = "$chartjs";
	EVENT_TYPES = {
		touchstart: "mousedown",
		touchmove: "mousemove",
		touchend: "mouseup",
		pointerenter: "mouseenter",
		pointerdown: "mousedown",
		pointermove: "mousemove",
		pointerup: "mouseup",
		pointerleave: "mouseout",
		pointerout: "mouseout"
	};
	isNullOrEmpty = (value) => value === null || value === "";
	eventListenerOptions = supportsEventListenerOptions ? { passive: true } : false;
	drpListeningCharts = /* @__PURE__ */ new Map();
	oldDevicePixelRatio = 0;
	DomPlatform = class extends BasePlatform {
		acquireContext(canvas, aspectRatio) {
			const context = canvas && canvas.getContext && canvas.getContext("2d");
			if (context && context.canvas === canvas) {
				initCanvas(canvas, aspectRatio);
				return context;
			}
			return null;
		}
		releaseContext(context) {
			const canvas = context.canvas;
			if (!canvas[EXPANDO_KEY]) return false;
			const initial = canvas[EXPANDO_KEY].initial;
			["height", "width"].forEach((prop) => {
				const value = initial[prop];
				if (isNullOrUndef(value)) canvas.removeAttribute(prop);
				else canvas.setAttribute(prop, value);
			});
			const style = initial.style || {};
			Object.keys(style).forEach((key) => {
				canvas.style[key] = style[key];
			});
			canvas.width = canvas.width;
			delete canvas[EXPANDO_KEY];
			return true;
		}
		addEventListener(chart, type, listener) {
			this.removeEventListener(chart, type);
			const proxies = chart.$proxies || (chart.$proxies = {});
			proxies[type] = ({
				attach: createAttachObserver,
				detach: createDetachObserver,
				resize: createResizeObserver
			}[type] || createProxyAndListen)(chart, type, listener);
		}
		removeEventListener(chart, type) {
			const proxies = chart.$proxies || (chart.$proxies = {});
			const proxy = proxies[type];
			if (!proxy) return;
			({
				attach: releaseObserver,
				detach: releaseObserver,
				resize: releaseObserver
			}[type] || removeListener)(chart, type, proxy);
			proxies[type] = void 0;
		}
		getDevicePixelRatio() {
			return window.devicePixelRatio;
		}
		getMaximumSize(canvas, width, height, aspectRatio) {
			return getMaximumSize(canvas, width, height, aspectRatio);
		}
		isAttached(canvas) {
			const container = canvas && _getParentNode(canvas);
			return !!(container && container.isConnected);
		}
	};
	Element = class {
		static defaults = {};
		static defaultRoutes = void 0;
		x;
		y;
		active = false;
		options;
		$animations;
		tooltipPosition(useFinalPosition) {
			const { x, y } = this.getProps(["x", "y"], useFinalPosition);
			return {
				x,
				y
			};
		}
		hasValue() {
			return isNumber(this.x) && isNumber(this.y);
		}
		getProps(props, final) {
			const anims = this.$animations;
			if (!final || !anims) return this;
			const ret = {};
			props.forEach((prop) => {
				ret[prop] = anims[prop] && anims[prop].active() ? anims[prop]._to : this[prop];
			});
			return ret;
		}
	};
	reverseAlign = (align) => align === "left" ? "right" : align === "right" ? "left" : align;
	offsetFromEdge = (scale, edge, offset) => edge === "top" || edge === "left" ? scale[edge] + offset : scale[edge] - offset;
	getTicksLimit = (ticksLength, maxTicksLimit) => Math.min(maxTicksLimit || ticksLength, ticksLength);
	Scale = class Scale extends Element {
		constructor(cfg) {
			super();
			this.id = cfg.id;
			this.type = cfg.type;
			this.options = void 0;
			this.ctx = cfg.ctx;
			this.chart = cfg.chart;
			this.top = void 0;
			this.bottom = void 0;
			this.left = void 0;
			this.right = void 0;
			this.width = void 0;
			this.height = void 0;
			this._margins = {
				left: 0,
				right: 0,
				top: 0,
				bottom: 0
			};
			this.maxWidth = void 0;
			this.maxHeight = void 0;
			this.paddingTop = void 0;
			this.paddingBottom = void 0;
			this.paddingLeft = void 0;
			this.paddingRight = void 0;
			this.axis = void 0;
			this.labelRotation = void 0;
			this.min = void 0;
			this.max = void 0;
			this._range = void 0;
			this.ticks = [];
			this._gridLineItems = null;
			this._labelItems = null;
			this._labelSizes = null;
			this._length = 0;
			this._maxLength = 0;
			this._longestTextCache = {};
			this._startPixel = void 0;
			this._endPixel = void 0;
			this._reversePixels = false;
			this._userMax = void 0;
			this._userMin = void 0;
			this._suggestedMax = void 0;
			this._suggestedMin = void 0;
			this._ticksLength = 0;
			this._borderValue = 0;
			this._cache = {};
			this._dataLimitsCached = false;
			this.$context = void 0;
		}
		init(options) {
			this.options = options.setContext(this.getContext());
			this.axis = options.axis;
			this._userMin = this.parse(options.min);
			this._userMax = this.parse(options.max);
			this._suggestedMin = this.parse(options.suggestedMin);
			this._suggestedMax = this.parse(options.suggestedMax);
		}
		parse(raw, index) {
			return raw;
		}
		getUserBounds() {
			let { _userMin, _userMax, _suggestedMin, _suggestedMax } = this;
			_userMin = finiteOrDefault(_userMin, Number.POSITIVE_INFINITY);
			_userMax = finiteOrDefault(_userMax, Number.NEGATIVE_INFINITY);
			_suggestedMin = finiteOrDefault(_suggestedMin, Number.POSITIVE_INFINITY);
			_suggestedMax = finiteOrDefault(_suggestedMax, Number.NEGATIVE_INFINITY);
			return {
				min: finiteOrDefault(_userMin, _suggestedMin),
				max: finiteOrDefault(_userMax, _suggestedMax),
				minDefined: isNumberFinite(_userMin),
				maxDefined: isNumberFinite(_userMax)
			};
		}
		getMinMax(canStack) {
			let { min, max, minDefined, maxDefined } = this.getUserBounds();
			let range;
			if (minDefined && maxDefined) return {
				min,
				max
			};
			const metas = this.getMatchingVisibleMetas();
			for (let i = 0, ilen = metas.length; i < ilen; ++i) {
				range = metas[i].controller.getMinMax(this, canStack);
				if (!minDefined) min = Math.min(min, range.min);
				if (!maxDefined) max = Math.max(max, range.max);
			}
			min = maxDefined && min > max ? max : min;
			max = minDefined && min > max ? min : max;
			return {
				min: finiteOrDefault(min, finiteOrDefault(max, min)),
				max: finiteOrDefault(max, finiteOrDefault(min, max))
			};
		}
		getPadding() {
			return {
				left: this.paddingLeft || 0,
				top: this.paddingTop || 0,
				right: this.paddingRight || 0,
				bottom: this.paddingBottom || 0
			};
		}
		getTicks() {
			return this.ticks;
		}
		getLabels() {
			const data = this.chart.data;
			return this.options.labels || (this.isHorizontal() ? data.xLabels : data.yLabels) || data.labels || [];
		}
		getLabelItems(chartArea = this.chart.chartArea) {
			return this._labelItems || (this._labelItems = this._computeLabelItems(chartArea));
		}
		beforeLayout() {
			this._cache = {};
			this._dataLimitsCached = false;
		}
		beforeUpdate() {
			callback(this.options.beforeUpdate, [this]);
		}
		update(maxWidth, maxHeight, margins) {
			const { beginAtZero, grace, ticks: tickOpts } = this.options;
			const sampleSize = tickOpts.sampleSize;
			this.beforeUpdate();
			this.maxWidth = maxWidth;
			this.maxHeight = maxHeight;
			this._margins = margins = Object.assign({
				left: 0,
				right: 0,
				top: 0,
				bottom: 0
			}, margins);
			this.ticks = null;
			this._labelSizes = null;
			this._gridLineItems = null;
			this._labelItems = null;
			this.beforeSetDimensions();
			this.setDimensions();
			this.afterSetDimensions();
			this._maxLength = this.isHorizontal() ? this.width + margins.left + margins.right : this.height + margins.top + margins.bottom;
			if (!this._dataLimitsCached) {
				this.beforeDataLimits();
				this.determineDataLimits();
				this.afterDataLimits();
				this._range = _addGrace(this, grace, beginAtZero);
				this._dataLimitsCached = true;
			}
			this.beforeBuildTicks();
			this.ticks = this.buildTicks() || [];
			this.afterBuildTicks();
			const samplingEnabled = sampleSize < this.ticks.length;
			this._convertTicksToLabels(samplingEnabled ? sample(this.ticks, sampleSize) : this.ticks);
			this.configure();
			this.beforeCalculateLabelRotation();
			this.calculateLabelRotation();
			this.afterCalculateLabelRotation();
			if (tickOpts.display && (tickOpts.autoSkip || tickOpts.source === "auto")) {
				this.ticks = autoSkip(this, this.ticks);
				this._labelSizes = null;
				this.afterAutoSkip();
			}
			if (samplingEnabled) this._convertTicksToLabels(this.ticks);
			this.beforeFit();
			this.fit();
			this.afterFit();
			this.afterUpdate();
		}
		configure() {
			let reversePixels = this.options.reverse;
			let startPixel, endPixel;
			if (this.isHorizontal()) {
				startPixel = this.left;
				endPixel = this.right;
			} else {
				startPixel = this.top;
				endPixel = this.bottom;
				reversePixels = !reversePixels;
			}
			this._startPixel = startPixel;
			this._endPixel = endPixel;
			this._reversePixels = reversePixels;
			this._length = endPixel - startPixel;
			this._alignToPixels = this.options.alignToPixels;
		}
		afterUpdate() {
			callback(this.options.afterUpdate, [this]);
		}
		beforeSetDimensions() {
			callback(this.options.beforeSetDimensions, [this]);
		}
		setDimensions() {
			if (this.isHorizontal()) {
				this.width = this.maxWidth;
				this.left = 0;
				this.right = this.width;
			} else {
				this.height = this.maxHeight;
				this.top = 0;
				this.bottom = this.height;
			}
			this.paddingLeft = 0;
			this.paddingTop = 0;
			this.paddingRight = 0;
			this.paddingBottom = 0;
		}
		afterSetDimensions() {
			callback(this.options.afterSetDimensions, [this]);
		}
		_callHooks(name) {
			this.chart.notifyPlugins(name, this.getContext());
			callback(this.options[name], [this]);
		}
		beforeDataLimits() {
			this._callHooks("beforeDataLimits");
		}
		determineDataLimits() {}
		afterDataLimits() {
			this._callHooks("afterDataLimits");
		}
		beforeBuildTicks() {
			this._callHooks("beforeBuildTicks");
		}
		buildTicks() {
			return [];
		}
		afterBuildTicks() {
			this._callHooks("afterBuildTicks");
		}
		beforeTickToLabelConversion() {
			callback(this.options.beforeTickToLabelConversion, [this]);
		}
		generateTickLabels(ticks) {
			const tickOpts = this.options.ticks;
			let i, ilen, tick;
			for (i = 0, ilen = ticks.length; i < ilen; i++) {
				tick = ticks[i];
				tick.label = callback(tickOpts.callback, [
					tick.value,
					i,
					ticks
				], this);
			}
		}
		afterTickToLabelConversion() {
			callback(this.options.afterTickToLabelConversion, [this]);
		}
		beforeCalculateLabelRotation() {
			callback(this.options.beforeCalculateLabelRotation, [this]);
		}
		calculateLabelRotation() {
			const options = this.options;
			const tickOpts = options.ticks;
			const numTicks = getTicksLimit(this.ticks.length, options.ticks.maxTicksLimit);
			const minRotation = tickOpts.minRotation || 0;
			const maxRotation = tickOpts.maxRotation;
			let labelRotation = minRotation;
			let tickWidth, maxHeight, maxLabelDiagonal;
			if (!this._isVisible() || !tickOpts.display || minRotation >= maxRotation || numTicks <= 1 || !this.isHorizontal()) {
				this.labelRotation = minRotation;
				return;
			}
			const labelSizes = this._getLabelSizes();
			const maxLabelWidth = labelSizes.widest.width;
			const maxLabelHeight = labelSizes.highest.height;
			const maxWidth = _limitValue(this.chart.width - maxLabelWidth, 0, this.maxWidth);
			tickWidth = options.offset ? this.maxWidth / numTicks : maxWidth / (numTicks - 1);
			if (maxLabelWidth + 6 > tickWidth) {
				tickWidth = maxWidth / (numTicks - (options.offset ? .5 : 1));
				maxHeight = this.maxHeight - getTickMarkLength(options.grid) - tickOpts.padding - getTitleHeight(options.title, this.chart.options.font);
				maxLabelDiagonal = Math.sqrt(maxLabelWidth * maxLabelWidth + maxLabelHeight * maxLabelHeight);
				labelRotation = toDegrees(Math.min(Math.asin(_limitValue((labelSizes.highest.height + 6) / tickWidth, -1, 1)), Math.asin(_limitValue(maxHeight / maxLabelDiagonal, -1, 1)) - Math.asin(_limitValue(maxLabelHeight / maxLabelDiagonal, -1, 1))));
				labelRotation = Math.max(minRotation, Math.min(maxRotation, labelRotation));
			}
			this.labelRotation = labelRotation;
		}
		afterCalculateLabelRotation() {
			callback(this.options.afterCalculateLabelRotation, [this]);
		}
		afterAutoSkip() {}
		beforeFit() {
			callback(this.options.beforeFit, [this]);
		}
		fit() {
			const minSize = {
				width: 0,
				height: 0
			};
			const { chart, options: { ticks: tickOpts, title: titleOpts, grid: gridOpts } } = this;
			const display = this._isVisible();
			const isHorizontal = this.isHorizontal();
			if (display) {
				const titleHeight = getTitleHeight(titleOpts, chart.options.font);
				if (isHorizontal) {
					minSize.width = this.maxWidth;
					minSize.height = getTickMarkLength(gridOpts) + titleHeight;
				} else {
					minSize.height = this.maxHeight;
					minSize.width = getTickMarkLength(gridOpts) + titleHeight;
				}
				if (tickOpts.display && this.ticks.length) {
					const { first, last, widest, highest } = this._getLabelSizes();
					const tickPadding = tickOpts.padding * 2;
					const angleRadians = toRadians(this.labelRotation);
					const cos = Math.cos(angleRadians);
					const sin = Math.sin(angleRadians);
					if (isHorizontal) {
						const labelHeight = tickOpts.mirror ? 0 : sin * widest.width + cos * highest.height;
						minSize.height = Math.min(this.maxHeight, minSize.height + labelHeight + tickPadding);
					} else {
						const labelWidth = tickOpts.mirror ? 0 : cos * widest.width + sin * highest.height;
						minSize.width = Math.min(this.maxWidth, minSize.width + labelWidth + tickPadding);
					}
					this._calculatePadding(first, last, sin, cos);
				}
			}
			this._handleMargins();
			if (isHorizontal) {
				this.width = this._length = chart.width - this._margins.left - this._margins.right;
				this.height = minSize.height;
			} else {
				this.width = minSize.width;
				this.height = this._length = chart.height - this._margins.top - this._margins.bottom;
			}
		}
		_calculatePadding(first, last, sin, cos) {
			const { ticks: { align, padding }, position } = this.options;
			const isRotated = this.labelRotation !== 0;
			const labelsBelowTicks = position !== "top" && this.axis === "x";
			if (this.isHorizontal()) {
				const offsetLeft = this.getPixelForTick(0) - this.left;
				const offsetRight = this.right - this.getPixelForTick(this.ticks.length - 1);
				let paddingLeft = 0;
				let paddingRight = 0;
				if (isRotated) {
					if (labelsBelowTicks) {
						paddingLeft = cos * first.width;
						paddingRight = sin * last.height;
					} else {
						paddingLeft = sin * first.height;
						paddingRight = cos * last.width;
					}
				} else if (align === "start") paddingRight = last.width;
				else if (align === "end") paddingLeft = first.width;
				else if (align !== "inner") {
					paddingLeft = first.width / 2;
					paddingRight = last.width / 2;
				}
				this.paddingLeft = Math.max((paddingLeft - offsetLeft + padding) * this.width / (this.width - offsetLeft), 0);
				this.paddingRight = Math.max((paddingRight - offsetRight + padding) * this.width / (this.width - offsetRight), 0);
			} else {
				let paddingTop = last.height / 2;
				let paddingBottom = first.height / 2;
				if (align === "start") {
					paddingTop = 0;
					paddingBottom = first.height;
				} else if (align === "end") {
					paddingTop = last.height;
					paddingBottom = 0;
				}
				this.paddingTop = paddingTop + padding;
				this.paddingBottom = paddingBottom + padding;
			}
		}
		_handleMargins() {
			if (this._margins) {
				this._margins.left = Math.max(this.paddingLeft, this._margins.left);
				this._margins.top = Math.max(this.paddingTop, this._margins.top);
				this._margins.right = Math.max(this.paddingRight, this._margins.right);
				this._margins.bottom = Math.max(this.paddingBottom, this._margins.bottom);
			}
		}
		afterFit() {
			callback(this.options.afterFit, [this]);
		}
		isHorizontal() {
			const { axis, position } = this.options;
			return position === "top" || position === "bottom" || axis === "x";
		}
		isFullSize() {
			return this.options.fullSize;
		}
		_convertTicksToLabels(ticks) {
			this.beforeTickToLabelConversion();
			this.generateTickLabels(ticks);
			let i, ilen;
			for (i = 0, ilen = ticks.length; i < ilen; i++) if (isNullOrUndef(ticks[i].label)) {
				ticks.splice(i, 1);
				ilen--;
				i--;
			}
			this.afterTickToLabelConversion();
		}
		_getLabelSizes() {
			let labelSizes = this._labelSizes;
			if (!labelSizes) {
				const sampleSize = this.options.ticks.sampleSize;
				let ticks = this.ticks;
				if (sampleSize < ticks.length) ticks = sample(ticks, sampleSize);
				this._labelSizes = labelSizes = this._computeLabelSizes(ticks, ticks.length, this.options.ticks.maxTicksLimit);
			}
			return labelSizes;
		}
		_computeLabelSizes(ticks, length, maxTicksLimit) {
			const { ctx, _longestTextCache: caches } = this;
			const widths = [];
			const heights = [];
			const increment = Math.floor(length / getTicksLimit(length, maxTicksLimit));
			let widestLabelSize = 0;
			let highestLabelSize = 0;
			let i, j, jlen, label, tickFont, fontString, cache, lineHeight, width, height, nestedLabel;
			for (i = 0; i < length; i += increment) {
				label = ticks[i].label;
				tickFont = this._resolveTickFontOptions(i);
				ctx.font = fontString = tickFont.string;
				cache = caches[fontString] = caches[fontString] || {
					data: {},
					gc: []
				};
				lineHeight = tickFont.lineHeight;
				width = height = 0;
				if (!isNullOrUndef(label) && !isArray(label)) {
					width = _measureText(ctx, cache.data, cache.gc, width, label);
					height = lineHeight;
				} else if (isArray(label)) for (j = 0, jlen = label.length; j < jlen; ++j) {
					nestedLabel = label[j];
					if (!isNullOrUndef(nestedLabel) && !isArray(nestedLabel)) {
						width = _measureText(ctx, cache.data, cache.gc, width, nestedLabel);
						height += lineHeight;
					}
				}
				widths.push(width);
				heights.push(height);
				widestLabelSize = Math.max(width, widestLabelSize);
				highestLabelSize = Math.max(height, highestLabelSize);
			}
			garbageCollect(caches, length);
			const widest = widths.indexOf(widestLabelSize);
			const highest = heights.indexOf(highestLabelSize);
			const valueAt = (idx) => ({
				width: widths[idx] || 0,
				height: heights[idx] || 0
			});
			return {
				first: valueAt(0),
				last: valueAt(length - 1),
				widest: valueAt(widest),
				highest: valueAt(highest),
				widths,
				heights
			};
		}
		getLabelForValue(value) {
			return value;
		}
		getPixelForValue(value, index) {
			return NaN;
		}
		getValueForPixel(pixel) {}
		getPixelForTick(index) {
			const ticks = this.ticks;
			if (index < 0 || index > ticks.length - 1) return null;
			return this.getPixelForValue(ticks[index].value);
		}
		getPixelForDecimal(decimal) {
			if (this._reversePixels) decimal = 1 - decimal;
			const pixel = this._startPixel + decimal * this._length;
			return _int16Range(this._alignToPixels ? _alignPixel(this.chart, pixel, 0) : pixel);
		}
		getDecimalForPixel(pixel) {
			const decimal = (pixel - this._startPixel) / this._length;
			return this._reversePixels ? 1 - decimal : decimal;
		}
		getBasePixel() {
			return this.getPixelForValue(this.getBaseValue());
		}
		getBaseValue() {
			const { min, max } = this;
			return min < 0 && max < 0 ? max : min > 0 && max > 0 ? min : 0;
		}
		getContext(index) {
			const ticks = this.ticks || [];
			if (index >= 0 && index < ticks.length) {
				const tick = ticks[index];
				return tick.$context || (tick.$context = createTickContext(this.getContext(), index, tick));
			}
			return this.$context || (this.$context = createScaleContext(this.chart.getContext(), this));
		}
		_tickSize() {
			const optionTicks = this.options.ticks;
			const rot = toRadians(this.labelRotation);
			const cos = Math.abs(Math.cos(rot));
			const sin = Math.abs(Math.sin(rot));
			const labelSizes = this._getLabelSizes();
			const padding = optionTicks.autoSkipPadding || 0;
			const w = labelSizes ? labelSizes.widest.width + padding : 0;
			const h = labelSizes ? labelSizes.highest.height + padding : 0;
			return this.isHorizontal() ? h * cos > w * sin ? w / cos : h / sin : h * sin < w * cos ? h / cos : w / sin;
		}
		_isVisible() {
			const display = this.options.display;
			if (display !== "auto") return !!display;
			return this.getMatchingVisibleMetas().length > 0;
		}
		_computeGridLineItems(chartArea) {
			const axis = this.axis;
			const chart = this.chart;
			const options = this.options;
			const { grid, position, border } = options;
			const offset = grid.offset;
			const isHorizontal = this.isHorizontal();
			const ticksLength = this.ticks.length + (offset ? 1 : 0);
			const tl = getTickMarkLength(grid);
			const items = [];
			const borderOpts = border.setContext(this.getContext());
			const axisWidth = borderOpts.display ? borderOpts.width : 0;
			const axisHalfWidth = axisWidth / 2;
			const alignBorderValue = function(pixel) {
				return _alignPixel(chart, pixel, axisWidth);
			};
			let borderValue, i, lineValue, alignedLineValue;
			let tx1, ty1, tx2, ty2, x1, y1, x2, y2;
			if (position === "top") {
				borderValue = alignBorderValue(this.bottom);
				ty1 = this.bottom - tl;
				ty2 = borderValue - axisHalfWidth;
				y1 = alignBorderValue(chartArea.top) + axisHalfWidth;
				y2 = chartArea.bottom;
			} else if (position === "bottom") {
				borderValue = alignBorderValue(this.top);
				y1 = chartArea.top;
				y2 = alignBorderValue(chartArea.bottom) - axisHalfWidth;
				ty1 = borderValue + axisHalfWidth;
				ty2 = this.top + tl;
			} else if (position === "left") {
				borderValue = alignBorderValue(this.right);
				tx1 = this.right - tl;
				tx2 = borderValue - axisHalfWidth;
				x1 = alignBorderValue(chartArea.left) + axisHalfWidth;
				x2 = chartArea.right;
			} else if (position === "right") {
				borderValue = alignBorderValue(this.left);
				x1 = chartArea.left;
				x2 = alignBorderValue(chartArea.right) - axisHalfWidth;
				tx1 = borderValue + axisHalfWidth;
				tx2 = this.left + tl;
			} else if (axis === "x") {
				if (position === "center") borderValue = alignBorderValue((chartArea.top + chartArea.bottom) / 2 + .5);
				else if (isObject(position)) {
					const positionAxisID = Object.keys(position)[0];
					const value = position[positionAxisID];
					borderValue = alignBorderValue(this.chart.scales[positionAxisID].getPixelForValue(value));
				}
				y1 = chartArea.top;
				y2 = chartArea.bottom;
				ty1 = borderValue + axisHalfWidth;
				ty2 = ty1 + tl;
			} else if (axis === "y") {
				if (position === "center") borderValue = alignBorderValue((chartArea.left + chartArea.right) / 2);
				else if (isObject(position)) {
					const positionAxisID = Object.keys(position)[0];
					const value = position[positionAxisID];
					borderValue = alignBorderValue(this.chart.scales[positionAxisID].getPixelForValue(value));
				}
				tx1 = borderValue - axisHalfWidth;
				tx2 = tx1 - tl;
				x1 = chartArea.left;
				x2 = chartArea.right;
			}
			const limit = valueOrDefault(options.ticks.maxTicksLimit, ticksLength);
			const step = Math.max(1, Math.ceil(ticksLength / limit));
			for (i = 0; i < ticksLength; i += step) {
				const context = this.getContext(i);
				const optsAtIndex = grid.setContext(context);
				const optsAtIndexBorder = border.setContext(context);
				const lineWidth = optsAtIndex.lineWidth;
				const lineColor = optsAtIndex.color;
				const borderDash = optsAtIndexBorder.dash || [];
				const borderDashOffset = optsAtIndexBorder.dashOffset;
				const tickWidth = optsAtIndex.tickWidth;
				const tickColor = optsAtIndex.tickColor;
				const tickBorderDash = optsAtIndex.tickBorderDash || [];
				const tickBorderDashOffset = optsAtIndex.tickBorderDashOffset;
				lineValue = getPixelForGridLine(this, i, offset);
				if (lineValue === void 0) continue;
				alignedLineValue = _alignPixel(chart, lineValue, lineWidth);
				if (isHorizontal) tx1 = tx2 = x1 = x2 = alignedLineValue;
				else ty1 = ty2 = y1 = y2 = alignedLineValue;
				items.push({
					tx1,
					ty1,
					tx2,
					ty2,
					x1,
					y1,
					x2,
					y2,
					width: lineWidth,
					color: lineColor,
					borderDash,
					borderDashOffset,
					tickWidth,
					tickColor,
					tickBorderDash,
					tickBorderDashOffset
				});
			}
			this._ticksLength = ticksLength;
			this._borderValue = borderValue;
			return items;
		}
		_computeLabelItems(chartArea) {
			const axis = this.axis;
			const options = this.options;
			const { position, ticks: optionTicks } = options;
			const isHorizontal = this.isHorizontal();
			const ticks = this.ticks;
			const { align, crossAlign, padding, mirror } = optionTicks;
			const tl = getTickMarkLength(options.grid);
			const tickAndPadding = tl + padding;
			const hTickAndPadding = mirror ? -padding : tickAndPadding;
			const rotation = -toRadians(this.labelRotation);
			const items = [];
			let i, ilen, tick, label, x, y, textAlign, pixel, font, lineHeight, lineCount, textOffset;
			let textBaseline = "middle";
			if (position === "top") {
				y = this.bottom - hTickAndPadding;
				textAlign = this._getXAxisLabelAlignment();
			} else if (position === "bottom") {
				y = this.top + hTickAndPadding;
				textAlign = this._getXAxisLabelAlignment();
			} else if (position === "left") {
				const ret = this._getYAxisLabelAlignment(tl);
				textAlign = ret.textAlign;
				x = ret.x;
			} else if (position === "right") {
				const ret = this._getYAxisLabelAlignment(tl);
				textAlign = ret.textAlign;
				x = ret.x;
			} else if (axis === "x") {
				if (position === "center") y = (chartArea.top + chartArea.bottom) / 2 + tickAndPadding;
				else if (isObject(position)) {
					const positionAxisID = Object.keys(position)[0];
					const value = position[positionAxisID];
					y = this.chart.scales[positionAxisID].getPixelForValue(value) + tickAndPadding;
				}
				textAlign = this._getXAxisLabelAlignment();
			} else if (axis === "y") {
				if (position === "center") x = (chartArea.left + chartArea.right) / 2 - tickAndPadding;
				else if (isObject(position)) {
					const positionAxisID = Object.keys(position)[0];
					const value = position[positionAxisID];
					x = this.chart.scales[positionAxisID].getPixelForValue(value);
				}
				textAlign = this._getYAxisLabelAlignment(tl).textAlign;
			}
			if (axis === "y") {
				if (align === "start") textBaseline = "top";
				else if (align === "end") textBaseline = "bottom";
			}
			const labelSizes = this._getLabelSizes();
			for (i = 0, ilen = ticks.length; i < ilen; ++i) {
				tick = ticks[i];
				label = tick.label;
				const optsAtIndex = optionTicks.setContext(this.getContext(i));
				pixel = this.getPixelForTick(i) + optionTicks.labelOffset;
				font = this._resolveTickFontOptions(i);
				lineHeight = font.lineHeight;
				lineCount = isArray(label) ? label.length : 1;
				const halfCount = lineCount / 2;
				const color = optsAtIndex.color;
				const strokeColor = optsAtIndex.textStrokeColor;
				const strokeWidth = optsAtIndex.textStrokeWidth;
				let tickTextAlign = textAlign;
				if (isHorizontal) {
					x = pixel;
					if (textAlign === "inner") {
						if (i === ilen - 1) tickTextAlign = !this.options.reverse ? "right" : "left";
						else if (i === 0) tickTextAlign = !this.options.reverse ? "left" : "right";
						else tickTextAlign = "center";
					}
					if (position === "top") {
						if (crossAlign === "near" || rotation !== 0) textOffset = -lineCount * lineHeight + lineHeight / 2;
						else if (crossAlign === "center") textOffset = -labelSizes.highest.height / 2 - halfCount * lineHeight + lineHeight;
						else textOffset = -labelSizes.highest.height + lineHeight / 2;
					} else if (crossAlign === "near" || rotation !== 0) textOffset = lineHeight / 2;
					else if (crossAlign === "center") textOffset = labelSizes.highest.height / 2 - halfCount * lineHeight;
					else textOffset = labelSizes.highest.height - lineCount * lineHeight;
					if (mirror) textOffset *= -1;
					if (rotation !== 0 && !optsAtIndex.showLabelBackdrop) x += lineHeight / 2 * Math.sin(rotation);
				} else {
					y = pixel;
					textOffset = (1 - lineCount) * lineHeight / 2;
				}
				let backdrop;
				if (optsAtIndex.showLabelBackdrop) {
					const labelPadding = toPadding(optsAtIndex.backdropPadding);
					const height = labelSizes.heights[i];
					const width = labelSizes.widths[i];
					let top = textOffset - labelPadding.top;
					let left = 0 - labelPadding.left;
					switch (textBaseline) {
						case "middle":
							top -= height / 2;
							break;
						case "bottom": top -= height;
					}
					switch (textAlign) {
						case "center":
							left -= width / 2;
							break;
						case "right":
							left -= width;
							break;
						case "inner": if (i === ilen - 1) left -= width;
						else if (i > 0) left -= width / 2;
					}
					backdrop = {
						left,
						top,
						width: width + labelPadding.width,
						height: height + labelPadding.height,
						color: optsAtIndex.backdropColor
					};
				}
				items.push({
					label,
					font,
					textOffset,
					options: {
						rotation,
						color,
						strokeColor,
						strokeWidth,
						textAlign: tickTextAlign,
						textBaseline,
						translation: [x, y],
						backdrop
					}
				});
			}
			return items;
		}
		_getXAxisLabelAlignment() {
			const { position, ticks } = this.options;
			if (-toRadians(this.labelRotation)) return position === "top" ? "left" : "right";
			let align = "center";
			if (ticks.align === "start") align = "left";
			else if (ticks.align === "end") align = "right";
			else if (ticks.align === "inner") align = "inner";
			return align;
		}
		_getYAxisLabelAlignment(tl) {
			const { position, ticks: { crossAlign, mirror, padding } } = this.options;
			const labelSizes = this._getLabelSizes();
			const tickAndPadding = tl + padding;
			const widest = labelSizes.widest.width;
			let textAlign;
			let x;
			if (position === "left") {
				if (mirror) {
					x = this.right + padding;
					if (crossAlign === "near") textAlign = "left";
					else if (crossAlign === "center") {
						textAlign = "center";
						x += widest / 2;
					} else {
						textAlign = "right";
						x += widest;
					}
				} else {
					x = this.right - tickAndPadding;
					if (crossAlign === "near") textAlign = "right";
					else if (crossAlign === "center") {
						textAlign = "center";
						x -= widest / 2;
					} else {
						textAlign = "left";
						x = this.left;
					}
				}
			} else if (position === "right") {
				if (mirror) {
					x = this.left + padding;
					if (crossAlign === "near") textAlign = "right";
					else if (crossAlign === "center") {
						textAlign = "center";
						x -= widest / 2;
					} else {
						textAlign = "left";
						x -= widest;
					}
				} else {
					x = this.left + tickAndPadding;
					if (crossAlign === "near") textAlign = "left";
					else if (crossAlign === "center") {
						textAlign = "center";
						x += widest / 2;
					} else {
						textAlign = "right";
						x = this.right;
					}
				}
			} else textAlign = "right";
			return {
				textAlign,
				x
			};
		}
		_computeLabelArea() {
			if (this.options.ticks.mirror) return;
			const chart = this.chart;
			const position = this.options.position;
			if (position === "left" || position === "right") return {
				top: 0,
				left: this.left,
				bottom: chart.height,
				right: this.right
			};
			if (position === "top" || position === "bottom") return {
				top: this.top,
				left: 0,
				bottom: this.bottom,
				right: chart.width
			};
		}
		drawBackground() {
			const { ctx, options: { backgroundColor }, left, top, width, height } = this;
			if (backgroundColor) {
				ctx.save();
				ctx.fillStyle = backgroundColor;
				ctx.fillRect(left, top, width, height);
				ctx.restore();
			}
		}
		getLineWidthForValue(value) {
			const grid = this.options.grid;
			if (!this._isVisible() || !grid.display) return 0;
			const index = this.ticks.findIndex((t) => t.value === value);
			if (index >= 0) return grid.setContext(this.getContext(index)).lineWidth;
			return 0;
		}
		drawGrid(chartArea) {
			const grid = this.options.grid;
			const ctx = this.ctx;
			const items = this._gridLineItems || (this._gridLineItems = this._computeGridLineItems(chartArea));
			let i, ilen;
			const drawLine = (p1, p2, style) => {
				if (!style.width || !style.color) return;
				ctx.save();
				ctx.lineWidth = style.width;
				ctx.strokeStyle = style.color;
				ctx.setLineDash(style.borderDash || []);
				ctx.lineDashOffset = style.borderDashOffset;
				ctx.beginPath();
				ctx.moveTo(p1.x, p1.y);
				ctx.lineTo(p2.x, p2.y);
				ctx.stroke();
				ctx.restore();
			};
			if (grid.display) for (i = 0, ilen = items.length; i < ilen; ++i) {
				const item = items[i];
				if (grid.drawOnChartArea) drawLine({
					x: item.x1,
					y: item.y1
				}, {
					x: item.x2,
					y: item.y2
				}, item);
				if (grid.drawTicks) drawLine({
					x: item.tx1,
					y: item.ty1
				}, {
					x: item.tx2,
					y: item.ty2
				}, {
					color: item.tickColor,
					width: item.tickWidth,
					borderDash: item.tickBorderDash,
					borderDashOffset: item.tickBorderDashOffset
				});
			}
		}
		drawBorder() {
			const { chart, ctx, options: { border, grid } } = this;
			const borderOpts = border.setContext(this.getContext());
			const axisWidth = border.display ? borderOpts.width : 0;
			if (!axisWidth) return;
			const lastLineWidth = grid.setContext(this.getContext(0)).lineWidth;
			const borderValue = this._borderValue;
			let x1, x2, y1, y2;
			if (this.isHorizontal()) {
				x1 = _alignPixel(chart, this.left, axisWidth) - axisWidth / 2;
				x2 = _alignPixel(chart, this.right, lastLineWidth) + lastLineWidth / 2;
				y1 = y2 = borderValue;
			} else {
				y1 = _alignPixel(chart, this.top, axisWidth) - axisWidth / 2;
				y2 = _alignPixel(chart, this.bottom, lastLineWidth) + lastLineWidth / 2;
				x1 = x2 = borderValue;
			}
			ctx.save();
			ctx.lineWidth = borderOpts.width;
			ctx.strokeStyle = borderOpts.color;
			ctx.beginPath();
			ctx.moveTo(x1, y1);
			ctx.lineTo(x2, y2);
			ctx.stroke();
			ctx.restore();
		}
		drawLabels(chartArea) {
			if (!this.options.ticks.display) return;
			const ctx = this.ctx;
			const area = this._computeLabelArea();
			if (area) clipArea(ctx, area);
			const items = this.getLabelItems(chartArea);
			for (const item of items) {
				const renderTextOptions = item.options;
				const tickFont = item.font;
				const label = item.label;
				const y = item.textOffset;
				renderText(ctx, label, 0, y, tickFont, renderTextOptions);
			}
			if (area) unclipArea(ctx);
		}
		drawTitle() {
			const { ctx, options: { position, title, reverse } } = this;
			if (!title.display) return;
			const font = toFont(title.font);
			const padding = toPadding(title.padding);
			const align = title.align;
			let offset = font.lineHeight / 2;
			if (position === "bottom" || position === "center" || isObject(position)) {
				offset += padding.bottom;
				if (isArray(title.text)) offset += font.lineHeight * (title.text.length - 1);
			} else offset += padding.top;
			const { titleX, titleY, maxWidth, rotation } = titleArgs(this, offset, position, align);
			renderText(ctx, title.text, 0, 0, font, {
				color: title.color,
				maxWidth,
				rotation,
				textAlign: titleAlign(align, position, reverse),
				textBaseline: "middle",
				translation: [titleX, titleY],
				strokeColor: title.strokeColor,
				strokeWidth: title.strokeWidth
			});
		}
		draw(chartArea) {
			if (!this._isVisible()) return;
			this.drawBackground();
			this.drawGrid(chartArea);
			this.drawBorder();
			this.drawTitle();
			this.drawLabels(chartArea);
		}
		_layers() {
			const opts = this.options;
			const tz = opts.ticks && opts.ticks.z || 0;
			const gz = valueOrDefault(opts.grid && opts.grid.z, -1);
			const bz = valueOrDefault(opts.border && opts.border.z, 0);
			if (!this._isVisible() || this.draw !== Scale.prototype.draw) return [{
				z: tz,
				draw: (chartArea) => {
					this.draw(chartArea);
				}
			}];
			return [
				{
					z: gz,
					draw: (chartArea) => {
						this.drawBackground();
						this.drawGrid(chartArea);
						this.drawTitle();
					}
				},
				{
					z: bz,
					draw: () => {
						this.drawBorder();
					}
				},
				{
					z: tz,
					draw: (chartArea) => {
						this.drawLabels(chartArea);
					}
				}
			];
		}
		getMatchingVisibleMetas(type) {
			const metas = this.chart.getSortedVisibleDatasetMetas();
			const axisID = this.axis + "AxisID";
			const result = [];
			let i, ilen;
			for (i = 0, ilen = metas.length; i < ilen; ++i) {
				const meta = metas[i];
				if (meta[axisID] === this.id && (!type || meta.type === type)) result.push(meta);
			}
			return result;
		}
		_resolveTickFontOptions(index) {
			return toFont(this.options.ticks.setContext(this.getContext(index)).font);
		}
		_maxDigits() {
			const fontSize = this._resolveTickFontOptions(0).lineHeight;
			return (this.isHorizontal() ? this.width : this.height) / fontSize;
		}
	};
	TypedRegistry = class {
		constructor(type, scope, override) {
			this.type = type;
			this.scope = scope;
			this.override = override;
			this.items = Object.create(null);
		}
		isForType(type) {
			return Object.prototype.isPrototypeOf.call(this.type.prototype, type.prototype);
		}
		register(item) {
			const proto = Object.getPrototypeOf(item);
			let parentScope;
			if (isIChartComponent(proto)) parentScope = this.register(proto);
			const items = this.items;
			const id = item.id;
			const scope = this.scope + "." + id;
			if (!id) throw new Error("class does not have id: " + item);
			if (id in items) return scope;
			items[id] = item;
			registerDefaults(item, scope, parentScope);
			if (this.override) defaults.override(item.id, item.overrides);
			return scope;
		}
		get(id) {
			return this.items[id];
		}
		unregister(item) {
			const items = this.items;
			const id = item.id;
			const scope = this.scope;
			if (id in items) delete items[id];
			if (scope && id in defaults[scope]) {
				delete defaults[scope][id];
				if (this.override) delete overrides[id];
			}
		}
	};
	Registry = class {
		constructor() {
			this.controllers = new TypedRegistry(DatasetController, "datasets", true);
			this.elements = new TypedRegistry(Element, "elements");
			this.plugins = new TypedRegistry(Object, "plugins");
			this.scales = new TypedRegistry(Scale, "scales");
			this._typedRegistries = [
				this.controllers,
				this.scales,
				this.elements
			];
		}
		add(...args) {
			this._each("register", args);
		}
		remove(...args) {
			this._each("unregister", args);
		}
		addControllers(...args) {
			this._each("register", args, this.controllers);
		}
		addElements(...args) {
			this._each("register", args, this.elements);
		}
		addPlugins(...args) {
			this._each("register", args, this.plugins);
		}
		addScales(...args) {
			this._each("register", args, this.scales);
		}
		getController(id) {
			return this._get(id, this.controllers, "controller");
		}
		getElement(id) {
			return this._get(id, this.elements, "element");
		}
		getPlugin(id) {
			return this._get(id, this.plugins, "plugin");
		}
		getScale(id) {
			return this._get(id, this.scales, "scale");
		}
		removeControllers(...args) {
			this._each("unregister", args, this.controllers);
		}
		removeElements(...args) {
			this._each("unregister", args, this.elements);
		}
		removePlugins(...args) {
			this._each("unregister", args, this.plugins);
		}
		removeScales(...args) {
			this._each("unregister", args, this.scales);
		}
		_each(method, args, typedRegistry) {
			[...args].forEach((arg) => {
				const reg = typedRegistry || this._getRegistryForType(arg);
				if (typedRegistry || reg.isForType(arg) || reg === this.plugins && arg.id) this._exec(method, reg, arg);
				else each(arg, (item) => {
					const itemReg = typedRegistry || this._getRegistryForType(item);
					this._exec(method, itemReg, item);
				});
			});
		}
		_exec(method, registry, component) {
			const camelMethod = _capitalize(method);
			callback(component["before" + camelMethod], [], component);
			registry[method](component);
			callback(component["after" + camelMethod], [], component);
		}
		_getRegistryForType(type) {
			for (let i = 0; i < this._typedRegistries.length; i++) {
				const reg = this._typedRegistries[i];
				if (reg.isForType(type)) return reg;
			}
			return this.plugins;
		}
		_get(id, typedRegistry, type) {
			const item = typedRegistry.get(id);
			if (item === void 0) throw new Error("\"" + id + "\" is not a registered " + type + ".");
			return item;
		}
	};
	registry = /* #__PURE__ */ new Registry();
	PluginService = class {
		constructor() {
			this._init = void 0;
		}
		notify(chart, hook, args, filter) {
			if (hook === "beforeInit") {
				this._init = this._createDescriptors(chart, true);
				this._notify(this._init, chart, "install");
			}
			if (this._init === void 0) return;
			const descriptors = filter ? this._descriptors(chart).filter(filter) : this._descriptors(chart);
			const result = this._notify(descriptors, chart, hook, args);
			if (hook === "afterDestroy") {
				this._notify(descriptors, chart, "stop");
				this._notify(this._init, chart, "uninstall");
				this._init = void 0;
			}
			return result;
		}
		_notify(descriptors, chart, hook, args) {
			args = args || {};
			for (const descriptor of descriptors) {
				const plugin = descriptor.plugin;
				const method = plugin[hook];
				if (callback(method, [
					chart,
					args,
					descriptor.options
				], plugin) === false && args.cancelable) return false;
			}
			return true;
		}
		invalidate() {
			if (!isNullOrUndef(this._cache)) {
				this._oldCache = this._cache;
				this._cache = void 0;
			}
		}
		_descriptors(chart) {
			if (this._cache) return this._cache;
			const descriptors = this._cache = this._createDescriptors(chart);
			this._notifyStateChanges(chart);
			return descriptors;
		}
		_createDescriptors(chart, all) {
			const config = chart && chart.config;
			const options = valueOrDefault(config.options && config.options.plugins, {});
			const plugins = allPlugins(config);
			return options === false && !all ? [] : createDescriptors(chart, plugins, options, all);
		}
		_notifyStateChanges(chart) {
			const previousDescriptors = this._oldCache || [];
			const descriptors = this._cache;
			const diff = (a, b) => a.filter((x) => !b.some((y) => x.plugin.id === y.plugin.id));
			this._notify(diff(previousDescriptors, descriptors), chart, "stop");
			this._notify(diff(descriptors, previousDescriptors), chart, "start");
		}
	};
	keyCache = /* @__PURE__ */ new Map();
	keysCached = /* @__PURE__ */ new Set();
	addIfFound = (set, obj, key) => {
		const opts = resolveObjectKey(obj, key);
		if (opts !== void 0) set.add(opts);
	};
	Config = class {
		constructor(config) {
			this._config = initConfig(config);
			this._scopeCache = /* @__PURE__ */ new Map();
			this._resolverCache = /* @__PURE__ */ new Map();
		}
		get platform() {
			return this._config.platform;
		}
		get type() {
			return this._config.type;
		}
		set type(type) {
			this._config.type = type;
		}
		get data() {
			return this._config.data;
		}
		set data(data) {
			this._config.data = initData(data);
		}
		get options() {
			return this._config.options;
		}
		set options(options) {
			this._config.options = options;
		}
		get plugins() {
			return this._config.plugins;
		}
		update() {
			const config = this._config;
			this.clearCache();
			initOptions(config);
		}
		clearCache() {
			this._scopeCache.clear();
			this._resolverCache.clear();
		}
		datasetScopeKeys(datasetType) {
			return cachedKeys(datasetType, () => [[`datasets.${datasetType}`, ""]]);
		}
		datasetAnimationScopeKeys(datasetType, transition) {
			return cachedKeys(`${datasetType}.transition.${transition}`, () => [[`datasets.${datasetType}.transitions.${transition}`, `transitions.${transition}`], [`datasets.${datasetType}`, ""]]);
		}
		datasetElementScopeKeys(datasetType, elementType) {
			return cachedKeys(`${datasetType}-${elementType}`, () => [[
				`datasets.${datasetType}.elements.${elementType}`,
				`datasets.${datasetType}`,
				`elements.${elementType}`,
				""
			]]);
		}
		pluginScopeKeys(plugin) {
			const id = plugin.id;
			const type = this.type;
			return cachedKeys(`${type}-plugin-${id}`, () => [[`plugins.${id}`, ...plugin.additionalOptionScopes || []]]);
		}
		_cachedScopes(mainScope, resetCache) {
			const _scopeCache = this._scopeCache;
			let cache = _scopeCache.get(mainScope);
			if (!cache || resetCache) {
				cache = /* @__PURE__ */ new Map();
				_scopeCache.set(mainScope, cache);
			}
			return cache;
		}
		getOptionScopes(mainScope, keyLists, resetCache) {
			const { options, type } = this;
			const cache = this._cachedScopes(mainScope, resetCache);
			const cached = cache.get(keyLists);
			if (cached) return cached;
			const scopes = /* @__PURE__ */ new Set();
			keyLists.forEach((keys) => {
				if (mainScope) {
					scopes.add(mainScope);
					keys.forEach((key) => addIfFound(scopes, mainScope, key));
				}
				keys.forEach((key) => addIfFound(scopes, options, key));
				keys.forEach((key) => addIfFound(scopes, overrides[type] || {}, key));
				keys.forEach((key) => addIfFound(scopes, defaults, key));
				keys.forEach((key) => addIfFound(scopes, descriptors, key));
			});
			const array = Array.from(scopes);
			if (array.length === 0) array.push(Object.create(null));
			if (keysCached.has(keyLists)) cache.set(keyLists, array);
			return array;
		}
		chartOptionScopes() {
			const { options, type } = this;
			return [
				options,
				overrides[type] || {},
				defaults.datasets[type] || {},
				{ type },
				defaults,
				descriptors
			];
		}
		resolveNamedOptions(scopes, names, context, prefixes = [""]) {
			const result = { $shared: true };
			const { resolver, subPrefixes } = getResolver(this._resolverCache, scopes, prefixes);
			let options = resolver;
			if (needContext(resolver, names)) {
				result.$shared = false;
				context = isFunction(context) ? context() : context;
				const subResolver = this.createResolver(scopes, context, subPrefixes);
				options = _attachContext(resolver, context, subResolver);
			}
			for (const prop of names) result[prop] = options[prop];
			return result;
		}
		createResolver(scopes, context, prefixes = [""], descriptorDefaults) {
			const { resolver } = getResolver(this._resolverCache, scopes, prefixes);
			return isObject(context) ? _attachContext(resolver, context, void 0, descriptorDefaults) : resolver;
		}
	};
	hasFunction = (value) => isObject(value) && Object.getOwnPropertyNames(value).some((key) => isFunction(value[key]));
	version = "4.6.1";
	KNOWN_POSITIONS = [
		"top",
		"bottom",
		"left",
		"right",
		"chartArea"
	];
	instances = {};
	getChart = (key) => {
		const canvas = getCanvas(key);
		return Object.values(instances).filter((c) => c.canvas === canvas).pop();
	};
	Chart = class {
		static defaults = defaults;
		static instances = instances;
		static overrides = overrides;
		static registry = registry;
		static version = version;
		static getChart = getChart;
		static register(...items) {
			registry.add(...items);
			invalidatePlugins();
		}
		static unregister(...items) {
			registry.remove(...items);
			invalidatePlugins();
		}
		constructor(item, userConfig) {
			const config = this.config = new Config(userConfig);
			const initialCanvas = getCanvas(item);
			const existingChart = getChart(initialCanvas);
			if (existingChart) throw new Error("Canvas is already in use. Chart with ID '" + existingChart.id + "' must be destroyed before the canvas with ID '" + existingChart.canvas.id + "' can be reused.");
			const options = config.createResolver(config.chartOptionScopes(), this.getContext());
			this.platform = new (config.platform || (_detectPlatform(initialCanvas)))();
			this.platform.updateConfig(config);
			const context = this.platform.acquireContext(initialCanvas, options.aspectRatio);
			const canvas = context && context.canvas;
			const height = canvas && canvas.height;
			const width = canvas && canvas.width;
			this.id = uid();
			this.ctx = context;
			this.canvas = canvas;
			this.width = width;
			this.height = height;
			this._options = options;
			this._aspectRatio = this.aspectRatio;
			this._layers = [];
			this._metasets = [];
			this._stacks = void 0;
			this.boxes = [];
			this.currentDevicePixelRatio = void 0;
			this.chartArea = void 0;
			this._active = [];
			this._lastEvent = void 0;
			this._listeners = {};
			this._responsiveListeners = void 0;
			this._sortedMetasets = [];
			this.scales = {};
			this._plugins = new PluginService();
			this.$proxies = {};
			this._hiddenIndices = {};
			this.attached = false;
			this._animationsDisabled = void 0;
			this.$context = void 0;
			this._doResize = debounce((mode) => this.update(mode), options.resizeDelay || 0);
			this._dataChanges = [];
			instances[this.id] = this;
			if (!context || !canvas) {
				console.error("Failed to create chart: can't acquire context from the given item");
				return;
			}
			animator.listen(this, "complete", onAnimationsComplete);
			animator.listen(this, "progress", onAnimationProgress);
			this._initialize();
			if (this.attached) this.update();
		}
		get aspectRatio() {
			const { options: { aspectRatio, maintainAspectRatio }, width, height, _aspectRatio } = this;
			if (!isNullOrUndef(aspectRatio)) return aspectRatio;
			if (maintainAspectRatio && _aspectRatio) return _aspectRatio;
			return height ? width / height : null;
		}
		get data() {
			return this.config.data;
		}
		set data(data) {
			this.config.data = data;
		}
		get options() {
			return this._options;
		}
		set options(options) {
			this.config.options = options;
		}
		get registry() {
			return registry;
		}
		_initialize() {
			this.notifyPlugins("beforeInit");
			if (this.options.responsive) this.resize();
			else retinaScale(this, this.options.devicePixelRatio);
			this.bindEvents();
			this.notifyPlugins("afterInit");
			return this;
		}
		clear() {
			clearCanvas(this.canvas, this.ctx);
			return this;
		}
		stop() {
			animator.stop(this);
			return this;
		}
		resize(width, height) {
			if (!animator.running(this)) this._resize(width, height);
			else this._resizeBeforeDraw = {
				width,
				height
			};
		}
		_resize(width, height) {
			const options = this.options;
			const canvas = this.canvas;
			const aspectRatio = options.maintainAspectRatio && this.aspectRatio;
			const newSize = this.platform.getMaximumSize(canvas, width, height, aspectRatio);
			const newRatio = options.devicePixelRatio || this.platform.getDevicePixelRatio();
			const mode = this.width ? "resize" : "attach";
			this.width = newSize.width;
			this.height = newSize.height;
			this._aspectRatio = this.aspectRatio;
			if (!retinaScale(this, newRatio, true)) return;
			this.notifyPlugins("resize", { size: newSize });
			callback(options.onResize, [this, newSize], this);
			if (this.attached) {
				if (this._doResize(mode)) this.render();
			}
		}
		ensureScalesHaveIDs() {
			each(this.options.scales || {}, (axisOptions, axisID) => {
				axisOptions.id = axisID;
			});
		}
		buildOrUpdateScales() {
			const options = this.options;
			const scaleOpts = options.scales;
			const scales = this.scales;
			const updated = Object.keys(scales).reduce((obj, id) => {
				obj[id] = false;
				return obj;
			}, {});
			let items = [];
			if (scaleOpts) items = items.concat(Object.keys(scaleOpts).map((id) => {
				const scaleOptions = scaleOpts[id];
				const axis = determineAxis(id, scaleOptions);
				const isRadial = axis === "r";
				const isHorizontal = axis === "x";
				return {
					options: scaleOptions,
					dposition: isRadial ? "chartArea" : isHorizontal ? "bottom" : "left",
					dtype: isRadial ? "radialLinear" : isHorizontal ? "category" : "linear"
				};
			}));
			each(items, (item) => {
				const scaleOptions = item.options;
				const id = scaleOptions.id;
				const axis = determineAxis(id, scaleOptions);
				const scaleType = valueOrDefault(scaleOptions.type, item.dtype);
				if (scaleOptions.position === void 0 || positionIsHorizontal(scaleOptions.position, axis) !== positionIsHorizontal(item.dposition)) scaleOptions.position = item.dposition;
				updated[id] = true;
				let scale = null;
				if (id in scales && scales[id].type === scaleType) scale = scales[id];
				else {
					scale = new (registry.getScale(scaleType))({
						id,
						type: scaleType,
						ctx: this.ctx,
						chart: this
					});
					scales[scale.id] = scale;
				}
				scale.init(scaleOptions, options);
			});
			each(updated, (hasUpdated, id) => {
				if (!hasUpdated) delete scales[id];
			});
			each(scales, (scale) => {
				layouts.configure(this, scale, scale.options);
				layouts.addBox(this, scale);
			});
		}
		_updateMetasets() {
			const metasets = this._metasets;
			const numData = this.data.datasets.length;
			const numMeta = metasets.length;
			metasets.sort((a, b) => a.index - b.index);
			if (numMeta > numData) {
				for (let i = numData; i < numMeta; ++i) this._destroyDatasetMeta(i);
				metasets.splice(numData, numMeta - numData);
			}
			this._sortedMetasets = metasets.slice(0).sort(compare2Level("order", "index"));
		}
		_removeUnreferencedMetasets() {
			const { _metasets: metasets, data: { datasets } } = this;
			if (metasets.length > datasets.length) delete this._stacks;
			metasets.forEach((meta, index) => {
				if (datasets.filter((x) => x === meta._dataset).length === 0) this._destroyDatasetMeta(index);
			});
		}
		buildOrUpdateControllers() {
			const newControllers = [];
			const datasets = this.data.datasets;
			let i, ilen;
			this._removeUnreferencedMetasets();
			for (i = 0, ilen = datasets.length; i < ilen; i++) {
				const dataset = datasets[i];
				let meta = this.getDatasetMeta(i);
				const type = dataset.type || this.config.type;
				if (meta.type && meta.type !== type) {
					this._destroyDatasetMeta(i);
					meta = this.getDatasetMeta(i);
				}
				meta.type = type;
				meta.indexAxis = dataset.indexAxis || getIndexAxis(type, this.options);
				meta.order = dataset.order || 0;
				meta.index = i;
				meta.label = "" + dataset.label;
				meta.visible = this.isDatasetVisible(i);
				if (meta.controller) {
					meta.controller.updateIndex(i);
					meta.controller.linkScales();
				} else {
					const ControllerClass = registry.getController(type);
					const { datasetElementType, dataElementType } = defaults.datasets[type];
					Object.assign(ControllerClass, {
						dataElementType: registry.getElement(dataElementType),
						datasetElementType: datasetElementType && registry.getElement(datasetElementType)
					});
					meta.controller = new ControllerClass(this, i);
					newControllers.push(meta.controller);
				}
			}
			this._updateMetasets();
			return newControllers;
		}
		_resetElements() {
			each(this.data.datasets, (dataset, datasetIndex) => {
				this.getDatasetMeta(datasetIndex).controller.reset();
			}, this);
		}
		reset() {
			this._resetElements();
			this.notifyPlugins("reset");
		}
		update(mode) {
			const config = this.config;
			config.update();
			const options = this._options = config.createResolver(config.chartOptionScopes(), this.getContext());
			const animsDisabled = this._animationsDisabled = !options.animation;
			this._updateScales();
			this._checkEventBindings();
			this._updateHiddenIndices();
			this._plugins.invalidate();
			if (this.notifyPlugins("beforeUpdate", {
				mode,
				cancelable: true
			}) === false) return;
			const newControllers = this.buildOrUpdateControllers();
			this.notifyPlugins("beforeElementsUpdate");
			let minPadding = 0;
			for (let i = 0, ilen = this.data.datasets.length; i < ilen; i++) {
				const { controller } = this.getDatasetMeta(i);
				const reset = !animsDisabled && newControllers.indexOf(controller) === -1;
				controller.buildOrUpdateElements(reset);
				minPadding = Math.max(+controller.getMaxOverflow(), minPadding);
			}
			minPadding = this._minPadding = options.layout.autoPadding ? minPadding : 0;
			this._updateLayout(minPadding);
			if (!animsDisabled) each(newControllers, (controller) => {
				controller.reset();
			});
			this._updateDatasets(mode);
			this.notifyPlugins("afterUpdate", { mode });
			this._layers.sort(compare2Level("z", "_idx"));
			const { _active, _lastEvent } = this;
			if (_lastEvent) this._eventHandler(_lastEvent, true);
			else if (_active.length) this._updateHoverStyles(_active, _active, true);
			this.render();
		}
		_updateScales() {
			each(this.scales, (scale) => {
				layouts.removeBox(this, scale);
			});
			this.ensureScalesHaveIDs();
			this.buildOrUpdateScales();
		}
		_checkEventBindings() {
			const options = this.options;
			const existingEvents = new Set(Object.keys(this._listeners));
			const newEvents = new Set(options.events);
			if (!setsEqual(existingEvents, newEvents) || !!this._responsiveListeners !== options.responsive) {
				this.unbindEvents();
				this.bindEvents();
			}
		}
		_updateHiddenIndices() {
			const { _hiddenIndices } = this;
			const changes = this._getUniformDataChanges() || [];
			for (const { method, start, count } of changes) moveNumericKeys(_hiddenIndices, start, method === "_removeElements" ? -count : count);
		}
		_getUniformDataChanges() {
			const _dataChanges = this._dataChanges;
			if (!_dataChanges || !_dataChanges.length) return;
			this._dataChanges = [];
			const datasetCount = this.data.datasets.length;
			const makeSet = (idx) => new Set(_dataChanges.filter((c) => c[0] === idx).map((c, i) => i + "," + c.splice(1).join(",")));
			const changeSet = makeSet(0);
			for (let i = 1; i < datasetCount; i++) if (!setsEqual(changeSet, makeSet(i))) return;
			return Array.from(changeSet).map((c) => c.split(",")).map((a) => ({
				method: a[1],
				start: +a[2],
				count: +a[3]
			}));
		}
		_updateLayout(minPadding) {
			if (this.notifyPlugins("beforeLayout", { cancelable: true }) === false) return;
			layouts.update(this, this.width, this.height, minPadding);
			const area = this.chartArea;
			const noArea = area.width <= 0 || area.height <= 0;
			this._layers = [];
			each(this.boxes, (box) => {
				if (noArea && box.position === "chartArea") return;
				if (box.configure) box.configure();
				this._layers.push(...box._layers());
			}, this);
			this._layers.forEach((item, index) => {
				item._idx = index;
			});
			this.notifyPlugins("afterLayout");
		}
		_updateDatasets(mode) {
			if (this.notifyPlugins("beforeDatasetsUpdate", {
				mode,
				cancelable: true
			}) === false) return;
			for (let i = 0, ilen = this.data.datasets.length; i < ilen; ++i) this.getDatasetMeta(i).controller.configure();
			for (let i = 0, ilen = this.data.datasets.length; i < ilen; ++i) this._updateDataset(i, isFunction(mode) ? mode({ datasetIndex: i }) : mode);
			this.notifyPlugins("afterDatasetsUpdate", { mode });
		}
		_updateDataset(index, mode) {
			const meta = this.getDatasetMeta(index);
			const args = {
				meta,
				index,
				mode,
				cancelable: true
			};
			if (this.notifyPlugins("beforeDatasetUpdate", args) === false) return;
			meta.controller._update(mode);
			args.cancelable = false;
			this.notifyPlugins("afterDatasetUpdate", args);
		}
		render() {
			if (this.notifyPlugins("beforeRender", { cancelable: true }) === false) return;
			if (animator.has(this)) {
				if (this.attached && !animator.running(this)) animator.start(this);
			} else {
				this.draw();
				onAnimationsComplete({ chart: this });
			}
		}
		draw() {
			let i;
			if (this._resizeBeforeDraw) {
				const { width, height } = this._resizeBeforeDraw;
				this._resizeBeforeDraw = null;
				this._resize(width, height);
			}
			this.clear();
			if (this.width <= 0 || this.height <= 0) return;
			if (this.notifyPlugins("beforeDraw", { cancelable: true }) === false) return;
			const layers = this._layers;
			for (i = 0; i < layers.length && layers[i].z <= 0; ++i) layers[i].draw(this.chartArea);
			this._drawDatasets();
			for (; i < layers.length; ++i) layers[i].draw(this.chartArea);
			this.notifyPlugins("afterDraw");
		}
		_getSortedDatasetMetas(filterVisible) {
			const metasets = this._sortedMetasets;
			const result = [];
			let i, ilen;
			for (i = 0, ilen = metasets.length; i < ilen; ++i) {
				const meta = metasets[i];
				if (!filterVisible || meta.visible) result.push(meta);
			}
			return result;
		}
		getSortedVisibleDatasetMetas() {
			return this._getSortedDatasetMetas(true);
		}
		_drawDatasets() {
			if (this.notifyPlugins("beforeDatasetsDraw", { cancelable: true }) === false) return;
			const metasets = this.getSortedVisibleDatasetMetas();
			for (let i = metasets.length - 1; i >= 0; --i) this._drawDataset(metasets[i]);
			this.notifyPlugins("afterDatasetsDraw");
		}
		_drawDataset(meta) {
			const ctx = this.ctx;
			const args = {
				meta,
				index: meta.index,
				cancelable: true
			};
			const clip = getDatasetClipArea(this, meta);
			if (this.notifyPlugins("beforeDatasetDraw", args) === false) return;
			if (clip) clipArea(ctx, clip);
			meta.controller.draw();
			if (clip) unclipArea(ctx);
			args.cancelable = false;
			this.notifyPlugins("afterDatasetDraw", args);
		}
		isPointInArea(point) {
			return _isPointInArea(point, this.chartArea, this._minPadding);
		}
		getElementsAtEventForMode(e, mode, options, useFinalPosition) {
			const method = Interaction.modes[mode];
			if (typeof method === "function") return method(this, e, options, useFinalPosition);
			return [];
		}
		getDatasetMeta(datasetIndex) {
			const dataset = this.data.datasets[datasetIndex];
			const metasets = this._metasets;
			let meta = metasets.filter((x) => x && x._dataset === dataset).pop();
			if (!meta) {
				meta = {
					type: null,
					data: [],
					dataset: null,
					controller: null,
					hidden: null,
					xAxisID: null,
					yAxisID: null,
					order: dataset && dataset.order || 0,
					index: datasetIndex,
					_dataset: dataset,
					_parsed: [],
					_sorted: false
				};
				metasets.push(meta);
			}
			return meta;
		}
		getContext() {
			return this.$context || (this.$context = createContext(null, {
				chart: this,
				type: "chart"
			}));
		}
		getVisibleDatasetCount() {
			return this.getSortedVisibleDatasetMetas().length;
		}
		isDatasetVisible(datasetIndex) {
			const dataset = this.data.datasets[datasetIndex];
			if (!dataset) return false;
			const meta = this.getDatasetMeta(datasetIndex);
			return typeof meta.hidden === "boolean" ? !meta.hidden : !dataset.hidden;
		}
		setDatasetVisibility(datasetIndex, visible) {
			const meta = this.getDatasetMeta(datasetIndex);
			meta.hidden = !visible;
		}
		toggleDataVisibility(index) {
			this._hiddenIndices[index] = !this._hiddenIndices[index];
		}
		getDataVisibility(index) {
			return !this._hiddenIndices[index];
		}
		_updateVisibility(datasetIndex, dataIndex, visible) {
			const mode = visible ? "show" : "hide";
			const meta = this.getDatasetMeta(datasetIndex);
			const anims = meta.controller._resolveAnimations(void 0, mode);
			if (defined(dataIndex)) {
				meta.data[dataIndex].hidden = !visible;
				this.update();
			} else {
				this.setDatasetVisibility(datasetIndex, visible);
				anims.update(meta, { visible });
				this.update((ctx) => ctx.datasetIndex === datasetIndex ? mode : void 0);
			}
		}
		hide(datasetIndex, dataIndex) {
			this._updateVisibility(datasetIndex, dataIndex, false);
		}
		show(datasetIndex, dataIndex) {
			this._updateVisibility(datasetIndex, dataIndex, true);
		}
		_destroyDatasetMeta(datasetIndex) {
			const meta = this._metasets[datasetIndex];
			if (meta && meta.controller) meta.controller._destroy();
			delete this._metasets[datasetIndex];
		}
		_stop() {
			let i, ilen;
			this.stop();
			animator.remove(this);
			for (i = 0, ilen = this.data.datasets.length; i < ilen; ++i) this._destroyDatasetMeta(i);
		}
		destroy() {
			this.notifyPlugins("beforeDestroy");
			const { canvas, ctx } = this;
			this._stop();
			this.config.clearCache();
			if (canvas) {
				this.unbindEvents();
				clearCanvas(canvas, ctx);
				this.platform.releaseContext(ctx);
				this.canvas = null;
				this.ctx = null;
			}
			delete instances[this.id];
			this.notifyPlugins("afterDestroy");
		}
		toBase64Image(...args) {
			return this.canvas.toDataURL(...args);
		}
		bindEvents() {
			this.bindUserEvents();
			if (this.options.responsive) this.bindResponsiveEvents();
			else this.attached = true;
		}
		bindUserEvents() {
			const listeners = this._listeners;
			const platform = this.platform;
			const _add = (type, listener) => {
				platform.addEventListener(this, type, listener);
				listeners[type] = listener;
			};
			const listener = (e, x, y) => {
				e.offsetX = x;
				e.offsetY = y;
				this._eventHandler(e);
			};
			each(this.options.events, (type) => _add(type, listener));
		}
		bindResponsiveEvents() {
			if (!this._responsiveListeners) this._responsiveListeners = {};
			const listeners = this._responsiveListeners;
			const platform = this.platform;
			const _add = (type, listener) => {
				platform.addEventListener(this, type, listener);
				listeners[type] = listener;
			};
			const _remove = (type, listener) => {
				if (listeners[type]) {
					platform.removeEventListener(this, type, listener);
					delete listeners[type];
				}
			};
			const listener = (width, height) => {
				if (this.canvas) this.resize(width, height);
			};
			let detached;
			const attached = () => {
				_remove("attach", attached);
				this.attached = true;
				this.resize();
				_add("resize", listener);
				_add("detach", detached);
			};
			detached = () => {
				this.attached = false;
				_remove("resize", listener);
				this._stop();
				this._resize(0, 0);
				_add("attach", attached);
			};
			if (platform.isAttached(this.canvas)) attached();
			else detached();
		}
		unbindEvents() {
			each(this._listeners, (listener, type) => {
				this.platform.removeEventListener(this, type, listener);
			});
			this._listeners = {};
			each(this._responsiveListeners, (listener, type) => {
				this.platform.removeEventListener(this, type, listener);
			});
			this._responsiveListeners = void 0;
		}
		updateHoverStyle(items, mode, enabled) {
			const prefix = enabled ? "set" : "remove";
			let meta, item, i, ilen;
			if (mode === "dataset") {
				meta = this.getDatasetMeta(items[0].datasetIndex);
				meta.controller["_" + prefix + "DatasetHoverStyle"]();
			}
			for (i = 0, ilen = items.length; i < ilen; ++i) {
				item = items[i];
				const controller = item && this.getDatasetMeta(item.datasetIndex).controller;
				if (controller) controller[prefix + "HoverStyle"](item.element, item.datasetIndex, item.index);
			}
		}
		getActiveElements() {
			return this._active || [];
		}
		setActiveElements(activeElements) {
			const lastActive = this._active || [];
			const active = activeElements.map(({ datasetIndex, index }) => {
				const meta = this.getDatasetMeta(datasetIndex);
				if (!meta) throw new Error("No dataset found at index " + datasetIndex);
				return {
					datasetIndex,
					element: meta.data[index],
					index
				};
			});
			if (!_elementsEqual(active, lastActive)) {
				this._active = active;
				this._lastEvent = null;
				this._updateHoverStyles(active, lastActive);
			}
		}
		notifyPlugins(hook, args, filter) {
			return this._plugins.notify(this, hook, args, filter);
		}
		isPluginEnabled(pluginId) {
			return this._plugins._cache.filter((p) => p.plugin.id === pluginId).length === 1;
		}
		_updateHoverStyles(active, lastActive, replay) {
			const hoverOptions = this.options.hover;
			const diff = (a, b) => a.filter((x) => !b.some((y) => x.datasetIndex === y.datasetIndex && x.index === y.index));
			const deactivated = diff(lastActive, active);
			const activated = replay ? active : diff(active, lastActive);
			if (deactivated.length) this.updateHoverStyle(deactivated, hoverOptions.mode, false);
			if (activated.length && hoverOptions.mode) this.updateHoverStyle(activated, hoverOptions.mode, true);
		}
		_eventHandler(e, replay) {
			const args = {
				event: e,
				replay,
				cancelable: true,
				inChartArea: this.isPointInArea(e)
			};
			const eventFilter = (plugin) => (plugin.options.events || this.options.events).includes(e.native.type);
			if (this.notifyPlugins("beforeEvent", args, eventFilter) === false) return;
			const changed = this._handleEvent(e, replay, args.inChartArea);
			args.cancelable = false;
			this.notifyPlugins("afterEvent", args, eventFilter);
			if (changed || args.changed) this.render();
			return this;
		}
		_handleEvent(e, replay, inChartArea) {
			const { _active: lastActive = [], options } = this;
			const useFinalPosition = replay;
			const active = this._getActiveElements(e, lastActive, inChartArea, useFinalPosition);
			const isClick = _isClickEvent(e);
			const lastEvent = determineLastEvent(e, this._lastEvent, inChartArea, isClick);
			if (inChartArea) {
				this._lastEvent = null;
				callback(options.onHover, [
					e,
					active,
					this
				], this);
				if (isClick) callback(options.onClick, [
					e,
					active,
					this
				], this);
			}
			const changed = !_elementsEqual(active, lastActive);
			if (changed || replay) {
				this._active = active;
				this._updateHoverStyles(active, lastActive, replay);
			}
			this._lastEvent = lastEvent;
			return changed;
		}
		_getActiveElements(e, lastActive, inChartArea, useFinalPosition) {
			if (e.type === "mouseout") return [];
			if (!inChartArea) return lastActive;
			const hoverOptions = this.options.hover;
			return this.getElementsAtEventForMode(e, hoverOptions.mode, hoverOptions, useFinalPosition);
		}
	};
	BarElement = class extends Element {
		static id = "bar";
		static defaults = {
			borderSkipped: "start",
			borderWidth: 0,
			borderRadius: 0,
			inflateAmount: "auto",
			pointStyle: void 0
		};
		static defaultRoutes = {
			backgroundColor: "backgroundColor",
			borderColor: "borderColor"
		};
		constructor(cfg) {
			super();
			this.options = void 0;
			this.horizontal = void 0;
			this.base = void 0;
			this.width = void 0;
			this.height = void 0;
			this.inflateAmount = void 0;
			if (cfg) Object.assign(this, cfg);
		}
		draw(ctx) {
			const { inflateAmount, options: { borderColor, backgroundColor } } = this;
			const { inner, outer } = boundingRects(this);
			const addRectPath = hasRadius(outer.radius) ? addRoundedRectPath : addNormalRectPath;
			ctx.save();
			if (outer.w !== inner.w || outer.h !== inner.h) {
				ctx.beginPath();
				addRectPath(ctx, inflateRect(outer, inflateAmount, inner));
				ctx.clip();
				addRectPath(ctx, inflateRect(inner, -inflateAmount, outer));
				ctx.fillStyle = borderColor;
				ctx.fill("evenodd");
			}
			ctx.beginPath();
			addRectPath(ctx, inflateRect(inner, inflateAmount));
			ctx.fillStyle = backgroundColor;
			ctx.fill();
			ctx.restore();
		}
		inRange(mouseX, mouseY, useFinalPosition) {
			return inRange(this, mouseX, mouseY, useFinalPosition);
		}
		inXRange(mouseX, useFinalPosition) {
			return inRange(this, mouseX, null, useFinalPosition);
		}
		inYRange(mouseY, useFinalPosition) {
			return inRange(this, null, mouseY, useFinalPosition);
		}
		getCenterPoint(useFinalPosition) {
			const { x, y, base, horizontal } = this.getProps([
				"x",
				"y",
				"base",
				"horizontal"
			], useFinalPosition);
			return {
				x: horizontal ? (x + base) / 2 : x,
				y: horizontal ? y : (y + base) / 2
			};
		}
		getRange(axis) {
			return axis === "x" ? this.width / 2 : this.height / 2;
		}
	};
	getBoxSize = (labelOpts, fontSize) => {
		let { boxHeight = fontSize, boxWidth = fontSize } = labelOpts;
		if (labelOpts.usePointStyle) {
			boxHeight = Math.min(boxHeight, fontSize);
			boxWidth = labelOpts.pointStyleWidth || Math.min(boxWidth, fontSize);
		}
		return {
			boxWidth,
			boxHeight,
			itemHeight: Math.max(fontSize, boxHeight)
		};
	};
	itemsEqual = (a, b) => a !== null && b !== null && a.datasetIndex === b.datasetIndex && a.index === b.index;
	Legend = class extends Element {
		constructor(config) {
			super();
			this._added = false;
			this.legendHitBoxes = [];
			this._hoveredItem = null;
			this.doughnutMode = false;
			this.chart = config.chart;
			this.options = config.options;
			this.ctx = config.ctx;
			this.legendItems = void 0;
			this.columnSizes = void 0;
			this.lineWidths = void 0;
			this.maxHeight = void 0;
			this.maxWidth = void 0;
			this.top = void 0;
			this.bottom = void 0;
			this.left = void 0;
			this.right = void 0;
			this.height = void 0;
			this.width = void 0;
			this._margins = void 0;
			this.position = void 0;
			this.weight = void 0;
			this.fullSize = void 0;
		}
		update(maxWidth, maxHeight, margins) {
			this.maxWidth = maxWidth;
			this.maxHeight = maxHeight;
			this._margins = margins;
			this.setDimensions();
			this.buildLabels();
			this.fit();
		}
		setDimensions() {
			if (this.isHorizontal()) {
				this.width = this.maxWidth;
				this.left = this._margins.left;
				this.right = this.width;
			} else {
				this.height = this.maxHeight;
				this.top = this._margins.top;
				this.bottom = this.height;
			}
		}
		buildLabels() {
			const labelOpts = this.options.labels || {};
			let legendItems = callback(labelOpts.generateLabels, [this.chart], this) || [];
			if (labelOpts.filter) legendItems = legendItems.filter((item) => labelOpts.filter(item, this.chart.data));
			if (labelOpts.sort) legendItems = legendItems.sort((a, b) => labelOpts.sort(a, b, this.chart.data));
			if (this.options.reverse) legendItems.reverse();
			this.legendItems = legendItems;
		}
		fit() {
			const { options, ctx } = this;
			if (!options.display) {
				this.width = this.height = 0;
				return;
			}
			const labelOpts = options.labels;
			const labelFont = toFont(labelOpts.font);
			const fontSize = labelFont.size;
			const titleHeight = this._computeTitleHeight();
			const { boxWidth, itemHeight } = getBoxSize(labelOpts, fontSize);
			let width, height;
			ctx.font = labelFont.string;
			if (this.isHorizontal()) {
				width = this.maxWidth;
				height = this._fitRows(titleHeight, fontSize, boxWidth, itemHeight) + 10;
			} else {
				height = this.maxHeight;
				width = this._fitCols(titleHeight, labelFont, boxWidth, itemHeight) + 10;
			}
			this.width = Math.min(width, options.maxWidth || this.maxWidth);
			this.height = Math.min(height, options.maxHeight || this.maxHeight);
		}
		_fitRows(titleHeight, fontSize, boxWidth, itemHeight) {
			const { ctx, maxWidth, options: { labels: { padding } } } = this;
			const hitboxes = this.legendHitBoxes = [];
			const lineWidths = this.lineWidths = [0];
			const lineHeight = itemHeight + padding;
			let totalHeight = titleHeight;
			ctx.textAlign = "left";
			ctx.textBaseline = "middle";
			let row = -1;
			let top = -lineHeight;
			this.legendItems.forEach((legendItem, i) => {
				const itemWidth = boxWidth + fontSize / 2 + ctx.measureText(legendItem.text).width;
				if (i === 0 || lineWidths[lineWidths.length - 1] + itemWidth + 2 * padding > maxWidth) {
					totalHeight += lineHeight;
					lineWidths[lineWidths.length - (i > 0 ? 0 : 1)] = 0;
					top += lineHeight;
					row++;
				}
				hitboxes[i] = {
					left: 0,
					top,
					row,
					width: itemWidth,
					height: itemHeight
				};
				lineWidths[lineWidths.length - 1] += itemWidth + padding;
			});
			return totalHeight;
		}
		_fitCols(titleHeight, labelFont, boxWidth, _itemHeight) {
			const { ctx, maxHeight, options: { labels: { padding } } } = this;
			const hitboxes = this.legendHitBoxes = [];
			const columnSizes = this.columnSizes = [];
			const heightLimit = maxHeight - titleHeight;
			let totalWidth = padding;
			let currentColWidth = 0;
			let currentColHeight = 0;
			let left = 0;
			let col = 0;
			this.legendItems.forEach((legendItem, i) => {
				const { itemWidth, itemHeight } = calculateItemSize(boxWidth, labelFont, ctx, legendItem, _itemHeight);
				if (i > 0 && currentColHeight + itemHeight + 2 * padding > heightLimit) {
					totalWidth += currentColWidth + padding;
					columnSizes.push({
						width: currentColWidth,
						height: currentColHeight
					});
					left += currentColWidth + padding;
					col++;
					currentColWidth = currentColHeight = 0;
				}
				hitboxes[i] = {
					left,
					top: currentColHeight,
					col,
					width: itemWidth,
					height: itemHeight
				};
				currentColWidth = Math.max(currentColWidth, itemWidth);
				currentColHeight += itemHeight + padding;
			});
			totalWidth += currentColWidth;
			columnSizes.push({
				width: currentColWidth,
				height: currentColHeight
			});
			return totalWidth;
		}
		adjustHitBoxes() {
			if (!this.options.display) return;
			const titleHeight = this._computeTitleHeight();
			const { legendHitBoxes: hitboxes, options: { align, labels: { padding }, rtl } } = this;
			const rtlHelper = getRtlAdapter(rtl, this.left, this.width);
			if (this.isHorizontal()) {
				let row = 0;
				let left = _alignStartEnd(align, this.left + padding, this.right - this.lineWidths[row]);
				for (const hitbox of hitboxes) {
					if (row !== hitbox.row) {
						row = hitbox.row;
						left = _alignStartEnd(align, this.left + padding, this.right - this.lineWidths[row]);
					}
					hitbox.top += this.top + titleHeight + padding;
					hitbox.left = rtlHelper.leftForLtr(rtlHelper.x(left), hitbox.width);
					left += hitbox.width + padding;
				}
			} else {
				let col = 0;
				let top = _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - this.columnSizes[col].height);
				for (const hitbox of hitboxes) {
					if (hitbox.col !== col) {
						col = hitbox.col;
						top = _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - this.columnSizes[col].height);
					}
					hitbox.top = top;
					hitbox.left += this.left + padding;
					hitbox.left = rtlHelper.leftForLtr(rtlHelper.x(hitbox.left), hitbox.width);
					top += hitbox.height + padding;
				}
			}
		}
		isHorizontal() {
			return this.options.position === "top" || this.options.position === "bottom";
		}
		draw() {
			if (this.options.display) {
				const ctx = this.ctx;
				clipArea(ctx, this);
				this._draw();
				unclipArea(ctx);
			}
		}
		_draw() {
			const { options: opts, columnSizes, lineWidths, ctx } = this;
			const { align, labels: labelOpts } = opts;
			const defaultColor = defaults.color;
			const rtlHelper = getRtlAdapter(opts.rtl, this.left, this.width);
			const labelFont = toFont(labelOpts.font);
			const { padding } = labelOpts;
			const fontSize = labelFont.size;
			const halfFontSize = fontSize / 2;
			let cursor;
			this.drawTitle();
			ctx.textAlign = rtlHelper.textAlign("left");
			ctx.textBaseline = "middle";
			ctx.lineWidth = .5;
			ctx.font = labelFont.string;
			const { boxWidth, boxHeight, itemHeight } = getBoxSize(labelOpts, fontSize);
			const drawLegendBox = function(x, y, legendItem) {
				if (isNaN(boxWidth) || boxWidth <= 0 || isNaN(boxHeight) || boxHeight < 0) return;
				ctx.save();
				const lineWidth = valueOrDefault(legendItem.lineWidth, 1);
				ctx.fillStyle = valueOrDefault(legendItem.fillStyle, defaultColor);
				ctx.lineCap = valueOrDefault(legendItem.lineCap, "butt");
				ctx.lineDashOffset = valueOrDefault(legendItem.lineDashOffset, 0);
				ctx.lineJoin = valueOrDefault(legendItem.lineJoin, "miter");
				ctx.lineWidth = lineWidth;
				ctx.strokeStyle = valueOrDefault(legendItem.strokeStyle, defaultColor);
				ctx.setLineDash(valueOrDefault(legendItem.lineDash, []));
				if (labelOpts.usePointStyle) {
					const drawOptions = {
						radius: boxHeight * Math.SQRT2 / 2,
						pointStyle: legendItem.pointStyle,
						rotation: legendItem.rotation,
						borderWidth: lineWidth
					};
					const centerX = rtlHelper.xPlus(x, boxWidth / 2);
					const centerY = y + halfFontSize;
					drawPointLegend(ctx, drawOptions, centerX, centerY, labelOpts.pointStyleWidth && boxWidth);
				} else {
					const yBoxTop = y + Math.max((fontSize - boxHeight) / 2, 0);
					const xBoxLeft = rtlHelper.leftForLtr(x, boxWidth);
					const borderRadius = toTRBLCorners(legendItem.borderRadius);
					ctx.beginPath();
					if (Object.values(borderRadius).some((v) => v !== 0)) addRoundedRectPath(ctx, {
						x: xBoxLeft,
						y: yBoxTop,
						w: boxWidth,
						h: boxHeight,
						radius: borderRadius
					});
					else ctx.rect(xBoxLeft, yBoxTop, boxWidth, boxHeight);
					ctx.fill();
					if (lineWidth !== 0) ctx.stroke();
				}
				ctx.restore();
			};
			const fillText = function(x, y, legendItem) {
				renderText(ctx, legendItem.text, x, y + itemHeight / 2, labelFont, {
					strikethrough: legendItem.hidden,
					textAlign: rtlHelper.textAlign(legendItem.textAlign)
				});
			};
			const isHorizontal = this.isHorizontal();
			const titleHeight = this._computeTitleHeight();
			if (isHorizontal) cursor = {
				x: _alignStartEnd(align, this.left + padding, this.right - lineWidths[0]),
				y: this.top + padding + titleHeight,
				line: 0
			};
			else cursor = {
				x: this.left + padding,
				y: _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - columnSizes[0].height),
				line: 0
			};
			overrideTextDirection(this.ctx, opts.textDirection);
			const lineHeight = itemHeight + padding;
			this.legendItems.forEach((legendItem, i) => {
				ctx.strokeStyle = legendItem.fontColor;
				ctx.fillStyle = legendItem.fontColor;
				const textWidth = ctx.measureText(legendItem.text).width;
				const textAlign = rtlHelper.textAlign(legendItem.textAlign || (legendItem.textAlign = labelOpts.textAlign));
				const width = boxWidth + halfFontSize + textWidth;
				let x = cursor.x;
				let y = cursor.y;
				rtlHelper.setWidth(this.width);
				if (isHorizontal) {
					if (i > 0 && x + width + padding > this.right) {
						y = cursor.y += lineHeight;
						cursor.line++;
						x = cursor.x = _alignStartEnd(align, this.left + padding, this.right - lineWidths[cursor.line]);
					}
				} else if (i > 0 && y + lineHeight > this.bottom) {
					x = cursor.x = x + columnSizes[cursor.line].width + padding;
					cursor.line++;
					y = cursor.y = _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - columnSizes[cursor.line].height);
				}
				const realX = rtlHelper.x(x);
				drawLegendBox(realX, y, legendItem);
				x = _textX(textAlign, x + boxWidth + halfFontSize, isHorizontal ? x + width : this.right, opts.rtl);
				fillText(rtlHelper.x(x), y, legendItem);
				if (isHorizontal) cursor.x += width + padding;
				else if (typeof legendItem.text !== "string") {
					const fontLineHeight = labelFont.lineHeight;
					cursor.y += calculateLegendItemHeight(legendItem, fontLineHeight) + padding;
				} else cursor.y += lineHeight;
			});
			restoreTextDirection(this.ctx, opts.textDirection);
		}
		drawTitle() {
			const opts = this.options;
			const titleOpts = opts.title;
			const titleFont = toFont(titleOpts.font);
			const titlePadding = toPadding(titleOpts.padding);
			if (!titleOpts.display) return;
			const rtlHelper = getRtlAdapter(opts.rtl, this.left, this.width);
			const ctx = this.ctx;
			const position = titleOpts.position;
			const halfFontSize = titleFont.size / 2;
			const topPaddingPlusHalfFontSize = titlePadding.top + halfFontSize;
			let y;
			let left = this.left;
			let maxWidth = this.width;
			if (this.isHorizontal()) {
				maxWidth = Math.max(...this.lineWidths);
				y = this.top + topPaddingPlusHalfFontSize;
				left = _alignStartEnd(opts.align, left, this.right - maxWidth);
			} else {
				const maxHeight = this.columnSizes.reduce((acc, size) => Math.max(acc, size.height), 0);
				y = topPaddingPlusHalfFontSize + _alignStartEnd(opts.align, this.top, this.bottom - maxHeight - opts.labels.padding - this._computeTitleHeight());
			}
			const x = _alignStartEnd(position, left, left + maxWidth);
			ctx.textAlign = rtlHelper.textAlign(_toLeftRightCenter(position));
			ctx.textBaseline = "middle";
			ctx.strokeStyle = titleOpts.color;
			ctx.fillStyle = titleOpts.color;
			ctx.font = titleFont.string;
			renderText(ctx, titleOpts.text, x, y, titleFont);
		}
		_computeTitleHeight() {
			const titleOpts = this.options.title;
			const titleFont = toFont(titleOpts.font);
			const titlePadding = toPadding(titleOpts.padding);
			return titleOpts.display ? titleFont.lineHeight + titlePadding.height : 0;
		}
		_getLegendItemAt(x, y) {
			let i, hitBox, lh;
			if (_isBetween(x, this.left, this.right) && _isBetween(y, this.top, this.bottom)) {
				lh = this.legendHitBoxes;
				for (i = 0; i < lh.length; ++i) {
					hitBox = lh[i];
					if (_isBetween(x, hitBox.left, hitBox.left + hitBox.width) && _isBetween(y, hitBox.top, hitBox.top + hitBox.height)) return this.legendItems[i];
				}
			}
			return null;
		}
		handleEvent(e) {
			const opts = this.options;
			if (!isListened(e.type, opts)) return;
			const hoveredItem = this._getLegendItemAt(e.x, e.y);
			if (e.type === "mousemove" || e.type === "mouseout") {
				const previous = this._hoveredItem;
				const sameItem = itemsEqual(previous, hoveredItem);
				if (previous && !sameItem) callback(opts.onLeave, [
					e,
					previous,
					this
				], this);
				this._hoveredItem = hoveredItem;
				if (hoveredItem && !sameItem) callback(opts.onHover, [
					e,
					hoveredItem,
					this
				], this);
			} else if (hoveredItem) callback(opts.onClick, [
				e,
				hoveredItem,
				this
			], this);
		}
	};
	plugin_legend = {
		id: "legend",
		_element: Legend,
		start(chart, _args, options) {
			const legend = chart.legend = new Legend({
				ctx: chart.ctx,
				options,
				chart
			});
			layouts.configure(chart, legend, options);
			layouts.addBox(chart, legend);
		},
		stop(chart) {
			layouts.removeBox(chart, chart.legend);
			delete chart.legend;
		},
		beforeUpdate(chart, _args, options) {
			const legend = chart.legend;
			layouts.configure(chart, legend, options);
			legend.options = options;
		},
		afterUpdate(chart) {
			const legend = chart.legend;
			legend.buildLabels();
			legend.adjustHitBoxes();
		},
		afterEvent(chart, args) {
			if (!args.replay) chart.legend.handleEvent(args.event);
		},
		defaults: {
			display: true,
			position: "top",
			align: "center",
			fullSize: true,
			reverse: false,
			weight: 1e3,
			onClick(e, legendItem, legend) {
				const index = legendItem.datasetIndex;
				const ci = legend.chart;
				if (ci.isDatasetVisible(index)) {
					ci.hide(index);
					legendItem.hidden = true;
				} else {
					ci.show(index);
					legendItem.hidden = false;
				}
			},
			onHover: null,
			onLeave: null,
			labels: {
				color: (ctx) => ctx.chart.options.color,
				boxWidth: 40,
				padding: 10,
				generateLabels(chart) {
					const datasets = chart.data.datasets;
					const { labels: { usePointStyle, pointStyle, textAlign, color, useBorderRadius, borderRadius } } = chart.legend.options;
					return chart._getSortedDatasetMetas().map((meta) => {
						const style = meta.controller.getStyle(usePointStyle ? 0 : void 0);
						const borderWidth = toPadding(style.borderWidth);
						return {
							text: datasets[meta.index].label,
							fillStyle: style.backgroundColor,
							fontColor: color,
							hidden: !meta.visible,
							lineCap: style.borderCapStyle,
							lineDash: style.borderDash,
							lineDashOffset: style.borderDashOffset,
							lineJoin: style.borderJoinStyle,
							lineWidth: (borderWidth.width + borderWidth.height) / 4,
							strokeStyle: style.borderColor,
							pointStyle: pointStyle || style.pointStyle,
							rotation: style.rotation,
							textAlign: textAlign || style.textAlign,
							borderRadius: useBorderRadius && (borderRadius || style.borderRadius),
							datasetIndex: meta.index
						};
					}, this);
				}
			},
			title: {
				color: (ctx) => ctx.chart.options.color,
				display: false,
				position: "center",
				text: ""
			}
		},
		descriptors: {
			_scriptable: (name) => !name.startsWith("on"),
			labels: { _scriptable: (name) => ![
				"generateLabels",
				"filter",
				"sort"
			].includes(name) }
		}
	};
	positioners = {
		average(items) {
			if (!items.length) return false;
			let i, len;
			let xSet = /* @__PURE__ */ new Set();
			let y = 0;
			let count = 0;
			for (i = 0, len = items.length; i < len; ++i) {
				const el = items[i].element;
				if (el && el.hasValue()) {
					const pos = el.tooltipPosition();
					xSet.add(pos.x);
					y += pos.y;
					++count;
				}
			}
			if (count === 0 || xSet.size === 0) return false;
			return {
				x: [...xSet].reduce((a, b) => a + b) / xSet.size,
				y: y / count
			};
		},
		nearest(items, eventPosition) {
			if (!items.length) return false;
			let x = eventPosition.x;
			let y = eventPosition.y;
			let minDistance = Number.POSITIVE_INFINITY;
			let i, len, nearestElement;
			for (i = 0, len = items.length; i < len; ++i) {
				const el = items[i].element;
				if (el && el.hasValue()) {
					const d = distanceBetweenPoints(eventPosition, el.getCenterPoint());
					if (d < minDistance) {
						minDistance = d;
						nearestElement = el;
					}
				}
			}
			if (nearestElement) {
				const tp = nearestElement.tooltipPosition();
				x = tp.x;
				y = tp.y;
			}
			return {
				x,
				y
			};
		}
	};
	defaultCallbacks = {
		beforeTitle: noop,
		title(tooltipItems) {
			if (tooltipItems.length > 0) {
				const item = tooltipItems[0];
				const labels = item.chart.data.labels;
				const labelCount = labels ? labels.length : 0;
				if (this && this.options && this.options.mode === "dataset") return item.dataset.label || "";
				else if (item.label) return item.label;
				else if (labelCount > 0 && item.dataIndex < labelCount) return labels[item.dataIndex];
			}
			return "";
		},
		afterTitle: noop,
		beforeBody: noop,
		beforeLabel: noop,
		label(tooltipItem) {
			if (this && this.options && this.options.mode === "dataset") return tooltipItem.label + ": " + tooltipItem.formattedValue || tooltipItem.formattedValue;
			let label = tooltipItem.dataset.label || "";
			if (label) label += ": ";
			const value = tooltipItem.formattedValue;
			if (!isNullOrUndef(value)) label += value;
			return label;
		},
		labelColor(tooltipItem) {
			const options = tooltipItem.chart.getDatasetMeta(tooltipItem.datasetIndex).controller.getStyle(tooltipItem.dataIndex);
			return {
				borderColor: options.borderColor,
				backgroundColor: options.backgroundColor,
				borderWidth: options.borderWidth,
				borderDash: options.borderDash,
				borderDashOffset: options.borderDashOffset,
				borderRadius: 0
			};
		},
		labelTextColor() {
			return this.options.bodyColor;
		},
		labelPointStyle(tooltipItem) {
			const options = tooltipItem.chart.getDatasetMeta(tooltipItem.datasetIndex).controller.getStyle(tooltipItem.dataIndex);
			return {
				pointStyle: options.pointStyle,
				rotation: options.rotation
			};
		},
		afterLabel: noop,
		afterBody: noop,
		beforeFooter: noop,
		footer: noop,
		afterFooter: noop
	};
	Tooltip = class extends Element {
		static positioners = positioners;
		constructor(config) {
			super();
			this.opacity = 0;
			this._active = [];
			this._eventPosition = void 0;
			this._size = void 0;
			this._cachedAnimations = void 0;
			this._tooltipItems = [];
			this.$animations = void 0;
			this.$context = void 0;
			this.chart = config.chart;
			this.options = config.options;
			this.dataPoints = void 0;
			this.title = void 0;
			this.beforeBody = void 0;
			this.body = void 0;
			this.afterBody = void 0;
			this.footer = void 0;
			this.xAlign = void 0;
			this.yAlign = void 0;
			this.x = void 0;
			this.y = void 0;
			this.height = void 0;
			this.width = void 0;
			this.caretX = void 0;
			this.caretY = void 0;
			this.labelColors = void 0;
			this.labelPointStyles = void 0;
			this.labelTextColors = void 0;
		}
		initialize(options) {
			this.options = options;
			this._cachedAnimations = void 0;
			this.$context = void 0;
		}
		_resolveAnimations() {
			const cached = this._cachedAnimations;
			if (cached) return cached;
			const chart = this.chart;
			const options = this.options.setContext(this.getContext());
			const opts = options.enabled && chart.options.animation && options.animations;
			const animations = new Animations(this.chart, opts);
			if (opts._cacheable) this._cachedAnimations = Object.freeze(animations);
			return animations;
		}
		getContext() {
			return this.$context || (this.$context = createTooltipContext(this.chart.getContext(), this, this._tooltipItems));
		}
		getTitle(context, options) {
			const { callbacks } = options;
			const beforeTitle = invokeCallbackWithFallback(callbacks, "beforeTitle", this, context);
			const title = invokeCallbackWithFallback(callbacks, "title", this, context);
			const afterTitle = invokeCallbackWithFallback(callbacks, "afterTitle", this, context);
			let lines = [];
			lines = pushOrConcat(lines, splitNewlines(beforeTitle));
			lines = pushOrConcat(lines, splitNewlines(title));
			lines = pushOrConcat(lines, splitNewlines(afterTitle));
			return lines;
		}
		getBeforeBody(tooltipItems, options) {
			return getBeforeAfterBodyLines(invokeCallbackWithFallback(options.callbacks, "beforeBody", this, tooltipItems));
		}
		getBody(tooltipItems, options) {
			const { callbacks } = options;
			const bodyItems = [];
			each(tooltipItems, (context) => {
				const bodyItem = {
					before: [],
					lines: [],
					after: []
				};
				const scoped = overrideCallbacks(callbacks, context);
				pushOrConcat(bodyItem.before, splitNewlines(invokeCallbackWithFallback(scoped, "beforeLabel", this, context)));
				pushOrConcat(bodyItem.lines, invokeCallbackWithFallback(scoped, "label", this, context));
				pushOrConcat(bodyItem.after, splitNewlines(invokeCallbackWithFallback(scoped, "afterLabel", this, context)));
				bodyItems.push(bodyItem);
			});
			return bodyItems;
		}
		getAfterBody(tooltipItems, options) {
			return getBeforeAfterBodyLines(invokeCallbackWithFallback(options.callbacks, "afterBody", this, tooltipItems));
		}
		getFooter(tooltipItems, options) {
			const { callbacks } = options;
			const beforeFooter = invokeCallbackWithFallback(callbacks, "beforeFooter", this, tooltipItems);
			const footer = invokeCallbackWithFallback(callbacks, "footer", this, tooltipItems);
			const afterFooter = invokeCallbackWithFallback(callbacks, "afterFooter", this, tooltipItems);
			let lines = [];
			lines = pushOrConcat(lines, splitNewlines(beforeFooter));
			lines = pushOrConcat(lines, splitNewlines(footer));
			lines = pushOrConcat(lines, splitNewlines(afterFooter));
			return lines;
		}
		_createItems(options) {
			const active = this._active;
			const data = this.chart.data;
			const labelColors = [];
			const labelPointStyles = [];
			const labelTextColors = [];
			let tooltipItems = [];
			let i, len;
			for (i = 0, len = active.length; i < len; ++i) tooltipItems.push(createTooltipItem(this.chart, active[i]));
			if (options.filter) tooltipItems = tooltipItems.filter((element, index, array) => options.filter(element, index, array, data));
			if (options.itemSort) tooltipItems = tooltipItems.sort((a, b) => options.itemSort(a, b, data));
			each(tooltipItems, (context) => {
				const scoped = overrideCallbacks(options.callbacks, context);
				labelColors.push(invokeCallbackWithFallback(scoped, "labelColor", this, context));
				labelPointStyles.push(invokeCallbackWithFallback(scoped, "labelPointStyle", this, context));
				labelTextColors.push(invokeCallbackWithFallback(scoped, "labelTextColor", this, context));
			});
			this.labelColors = labelColors;
			this.labelPointStyles = labelPointStyles;
			this.labelTextColors = labelTextColors;
			this.dataPoints = tooltipItems;
			return tooltipItems;
		}
		update(changed, replay) {
			const options = this.options.setContext(this.getContext());
			const active = this._active;
			let properties;
			let tooltipItems = [];
			if (!active.length) {
				if (this.opacity !== 0) properties = { opacity: 0 };
			} else {
				const position = positioners[options.position].call(this, active, this._eventPosition);
				tooltipItems = this._createItems(options);
				this.title = this.getTitle(tooltipItems, options);
				this.beforeBody = this.getBeforeBody(tooltipItems, options);
				this.body = this.getBody(tooltipItems, options);
				this.afterBody = this.getAfterBody(tooltipItems, options);
				this.footer = this.getFooter(tooltipItems, options);
				const size = this._size = getTooltipSize(this, options);
				const positionAndSize = Object.assign({}, position, size);
				const alignment = determineAlignment(this.chart, options, positionAndSize);
				const backgroundPoint = getBackgroundPoint(options, positionAndSize, alignment, this.chart);
				this.xAlign = alignment.xAlign;
				this.yAlign = alignment.yAlign;
				properties = {
					opacity: 1,
					x: backgroundPoint.x,
					y: backgroundPoint.y,
					width: size.width,
					height: size.height,
					caretX: position.x,
					caretY: position.y
				};
			}
			this._tooltipItems = tooltipItems;
			this.$context = void 0;
			if (properties) this._resolveAnimations().update(this, properties);
			if (changed && options.external) options.external.call(this, {
				chart: this.chart,
				tooltip: this,
				replay
			});
		}
		drawCaret(tooltipPoint, ctx, size, options) {
			const caretPosition = this.getCaretPosition(tooltipPoint, size, options);
			ctx.lineTo(caretPosition.x1, caretPosition.y1);
			ctx.lineTo(caretPosition.x2, caretPosition.y2);
			ctx.lineTo(caretPosition.x3, caretPosition.y3);
		}
		getCaretPosition(tooltipPoint, size, options) {
			const { xAlign, yAlign } = this;
			const { caretSize, cornerRadius } = options;
			const { topLeft, topRight, bottomLeft, bottomRight } = toTRBLCorners(cornerRadius);
			const { x: ptX, y: ptY } = tooltipPoint;
			const { width, height } = size;
			let x1, x2, x3, y1, y2, y3;
			if (yAlign === "center") {
				y2 = ptY + height / 2;
				if (xAlign === "left") {
					x1 = ptX;
					x2 = x1 - caretSize;
					y1 = y2 + caretSize;
					y3 = y2 - caretSize;
				} else {
					x1 = ptX + width;
					x2 = x1 + caretSize;
					y1 = y2 - caretSize;
					y3 = y2 + caretSize;
				}
				x3 = x1;
			} else {
				if (xAlign === "left") x2 = ptX + Math.max(topLeft, bottomLeft) + caretSize;
				else if (xAlign === "right") x2 = ptX + width - Math.max(topRight, bottomRight) - caretSize;
				else x2 = this.caretX;
				if (yAlign === "top") {
					y1 = ptY;
					y2 = y1 - caretSize;
					x1 = x2 - caretSize;
					x3 = x2 + caretSize;
				} else {
					y1 = ptY + height;
					y2 = y1 + caretSize;
					x1 = x2 + caretSize;
					x3 = x2 - caretSize;
				}
				y3 = y1;
			}
			return {
				x1,
				x2,
				x3,
				y1,
				y2,
				y3
			};
		}
		drawTitle(pt, ctx, options) {
			const title = this.title;
			const length = title.length;
			let titleFont, titleSpacing, i;
			if (length) {
				const rtlHelper = getRtlAdapter(options.rtl, this.x, this.width);
				pt.x = getAlignedX(this, options.titleAlign, options);
				ctx.textAlign = rtlHelper.textAlign(options.titleAlign);
				ctx.textBaseline = "middle";
				titleFont = toFont(options.titleFont);
				titleSpacing = options.titleSpacing;
				ctx.fillStyle = options.titleColor;
				ctx.font = titleFont.string;
				for (i = 0; i < length; ++i) {
					ctx.fillText(title[i], rtlHelper.x(pt.x), pt.y + titleFont.lineHeight / 2);
					pt.y += titleFont.lineHeight + titleSpacing;
					if (i + 1 === length) pt.y += options.titleMarginBottom - titleSpacing;
				}
			}
		}
		_drawColorBox(ctx, pt, i, rtlHelper, options) {
			const labelColor = this.labelColors[i];
			const labelPointStyle = this.labelPointStyles[i];
			const { boxHeight, boxWidth } = options;
			const bodyFont = toFont(options.bodyFont);
			const colorX = getAlignedX(this, "left", options);
			const rtlColorX = rtlHelper.x(colorX);
			const yOffSet = boxHeight < bodyFont.lineHeight ? (bodyFont.lineHeight - boxHeight) / 2 : 0;
			const colorY = pt.y + yOffSet;
			if (options.usePointStyle) {
				const drawOptions = {
					radius: Math.min(boxWidth, boxHeight) / 2,
					pointStyle: labelPointStyle.pointStyle,
					rotation: labelPointStyle.rotation,
					borderWidth: 1
				};
				const centerX = rtlHelper.leftForLtr(rtlColorX, boxWidth) + boxWidth / 2;
				const centerY = colorY + boxHeight / 2;
				ctx.strokeStyle = options.multiKeyBackground;
				ctx.fillStyle = options.multiKeyBackground;
				drawPoint(ctx, drawOptions, centerX, centerY);
				ctx.strokeStyle = labelColor.borderColor;
				ctx.fillStyle = labelColor.backgroundColor;
				drawPoint(ctx, drawOptions, centerX, centerY);
			} else {
				ctx.lineWidth = isObject(labelColor.borderWidth) ? Math.max(...Object.values(labelColor.borderWidth)) : labelColor.borderWidth || 1;
				ctx.strokeStyle = labelColor.borderColor;
				ctx.setLineDash(labelColor.borderDash || []);
				ctx.lineDashOffset = labelColor.borderDashOffset || 0;
				const outerX = rtlHelper.leftForLtr(rtlColorX, boxWidth);
				const innerX = rtlHelper.leftForLtr(rtlHelper.xPlus(rtlColorX, 1), boxWidth - 2);
				const borderRadius = toTRBLCorners(labelColor.borderRadius);
				if (Object.values(borderRadius).some((v) => v !== 0)) {
					ctx.beginPath();
					ctx.fillStyle = options.multiKeyBackground;
					addRoundedRectPath(ctx, {
						x: outerX,
						y: colorY,
						w: boxWidth,
						h: boxHeight,
						radius: borderRadius
					});
					ctx.fill();
					ctx.stroke();
					ctx.fillStyle = labelColor.backgroundColor;
					ctx.beginPath();
					addRoundedRectPath(ctx, {
						x: innerX,
						y: colorY + 1,
						w: boxWidth - 2,
						h: boxHeight - 2,
						radius: borderRadius
					});
					ctx.fill();
				} else {
					ctx.fillStyle = options.multiKeyBackground;
					ctx.fillRect(outerX, colorY, boxWidth, boxHeight);
					ctx.strokeRect(outerX, colorY, boxWidth, boxHeight);
					ctx.fillStyle = labelColor.backgroundColor;
					ctx.fillRect(innerX, colorY + 1, boxWidth - 2, boxHeight - 2);
				}
			}
			ctx.fillStyle = this.labelTextColors[i];
		}
		drawBody(pt, ctx, options) {
			const { body } = this;
			const { bodySpacing, bodyAlign, displayColors, boxHeight, boxWidth, boxPadding } = options;
			const bodyFont = toFont(options.bodyFont);
			let bodyLineHeight = bodyFont.lineHeight;
			let xLinePadding = 0;
			const rtlHelper = getRtlAdapter(options.rtl, this.x, this.width);
			const fillLineOfText = function(line) {
				ctx.fillText(line, rtlHelper.x(pt.x + xLinePadding), pt.y + bodyLineHeight / 2);
				pt.y += bodyLineHeight + bodySpacing;
			};
			const bodyAlignForCalculation = rtlHelper.textAlign(bodyAlign);
			let bodyItem, textColor, lines, i, j, ilen, jlen;
			ctx.textAlign = bodyAlign;
			ctx.textBaseline = "middle";
			ctx.font = bodyFont.string;
			pt.x = getAlignedX(this, bodyAlignForCalculation, options);
			ctx.fillStyle = options.bodyColor;
			each(this.beforeBody, fillLineOfText);
			xLinePadding = displayColors && bodyAlignForCalculation !== "right" ? bodyAlign === "center" ? boxWidth / 2 + boxPadding : boxWidth + 2 + boxPadding : 0;
			for (i = 0, ilen = body.length; i < ilen; ++i) {
				bodyItem = body[i];
				textColor = this.labelTextColors[i];
				ctx.fillStyle = textColor;
				each(bodyItem.before, fillLineOfText);
				lines = bodyItem.lines;
				if (displayColors && lines.length) {
					this._drawColorBox(ctx, pt, i, rtlHelper, options);
					bodyLineHeight = Math.max(bodyFont.lineHeight, boxHeight);
				}
				for (j = 0, jlen = lines.length; j < jlen; ++j) {
					fillLineOfText(lines[j]);
					bodyLineHeight = bodyFont.lineHeight;
				}
				each(bodyItem.after, fillLineOfText);
			}
			xLinePadding = 0;
			bodyLineHeight = bodyFont.lineHeight;
			each(this.afterBody, fillLineOfText);
			pt.y -= bodySpacing;
		}
		drawFooter(pt, ctx, options) {
			const footer = this.footer;
			const length = footer.length;
			let footerFont, i;
			if (length) {
				const rtlHelper = getRtlAdapter(options.rtl, this.x, this.width);
				pt.x = getAlignedX(this, options.footerAlign, options);
				pt.y += options.footerMarginTop;
				ctx.textAlign = rtlHelper.textAlign(options.footerAlign);
				ctx.textBaseline = "middle";
				footerFont = toFont(options.footerFont);
				ctx.fillStyle = options.footerColor;
				ctx.font = footerFont.string;
				for (i = 0; i < length; ++i) {
					ctx.fillText(footer[i], rtlHelper.x(pt.x), pt.y + footerFont.lineHeight / 2);
					pt.y += footerFont.lineHeight + options.footerSpacing;
				}
			}
		}
		drawBackground(pt, ctx, tooltipSize, options) {
			const { xAlign, yAlign } = this;
			const { x, y } = pt;
			const { width, height } = tooltipSize;
			const { topLeft, topRight, bottomLeft, bottomRight } = toTRBLCorners(options.cornerRadius);
			ctx.fillStyle = options.backgroundColor;
			ctx.strokeStyle = options.borderColor;
			ctx.lineWidth = options.borderWidth;
			ctx.beginPath();
			ctx.moveTo(x + topLeft, y);
			if (yAlign === "top") this.drawCaret(pt, ctx, tooltipSize, options);
			ctx.lineTo(x + width - topRight, y);
			ctx.quadraticCurveTo(x + width, y, x + width, y + topRight);
			if (yAlign === "center" && xAlign === "right") this.drawCaret(pt, ctx, tooltipSize, options);
			ctx.lineTo(x + width, y + height - bottomRight);
			ctx.quadraticCurveTo(x + width, y + height, x + width - bottomRight, y + height);
			if (yAlign === "bottom") this.drawCaret(pt, ctx, tooltipSize, options);
			ctx.lineTo(x + bottomLeft, y + height);
			ctx.quadraticCurveTo(x, y + height, x, y + height - bottomLeft);
			if (yAlign === "center" && xAlign === "left") this.drawCaret(pt, ctx, tooltipSize, options);
			ctx.lineTo(x, y + topLeft);
			ctx.quadraticCurveTo(x, y, x + topLeft, y);
			ctx.closePath();
			ctx.fill();
			if (options.borderWidth > 0) ctx.stroke();
		}
		_updateAnimationTarget(options) {
			const chart = this.chart;
			const anims = this.$animations;
			const animX = anims && anims.x;
			const animY = anims && anims.y;
			if (animX || animY) {
				const position = positioners[options.position].call(this, this._active, this._eventPosition);
				if (!position) return;
				const size = this._size = getTooltipSize(this, options);
				const positionAndSize = Object.assign({}, position, this._size);
				const alignment = determineAlignment(chart, options, positionAndSize);
				const point = getBackgroundPoint(options, positionAndSize, alignment, chart);
				if (animX._to !== point.x || animY._to !== point.y) {
					this.xAlign = alignment.xAlign;
					this.yAlign = alignment.yAlign;
					this.width = size.width;
					this.height = size.height;
					this.caretX = position.x;
					this.caretY = position.y;
					this._resolveAnimations().update(this, point);
				}
			}
		}
		_willRender() {
			return !!this.opacity;
		}
		draw(ctx) {
			const options = this.options.setContext(this.getContext());
			let opacity = this.opacity;
			if (!opacity) return;
			this._updateAnimationTarget(options);
			const tooltipSize = {
				width: this.width,
				height: this.height
			};
			const pt = {
				x: this.x,
				y: this.y
			};
			opacity = Math.abs(opacity) < .001 ? 0 : opacity;
			const padding = toPadding(options.padding);
			const hasTooltipContent = this.title.length || this.beforeBody.length || this.body.length || this.afterBody.length || this.footer.length;
			if (options.enabled && hasTooltipContent) {
				ctx.save();
				ctx.globalAlpha = opacity;
				this.drawBackground(pt, ctx, tooltipSize, options);
				overrideTextDirection(ctx, options.textDirection);
				pt.y += padding.top;
				this.drawTitle(pt, ctx, options);
				this.drawBody(pt, ctx, options);
				this.drawFooter(pt, ctx, options);
				restoreTextDirection(ctx, options.textDirection);
				ctx.restore();
			}
		}
		getActiveElements() {
			return this._active || [];
		}
		setActiveElements(activeElements, eventPosition) {
			const lastActive = this._active;
			const active = activeElements.map(({ datasetIndex, index }) => {
				const meta = this.chart.getDatasetMeta(datasetIndex);
				if (!meta) throw new Error("Cannot find a dataset at index " + datasetIndex);
				return {
					datasetIndex,
					element: meta.data[index],
					index
				};
			});
			const changed = !_elementsEqual(lastActive, active);
			const positionChanged = this._positionChanged(active, eventPosition);
			if (changed || positionChanged) {
				this._active = active;
				this._eventPosition = eventPosition;
				this._ignoreReplayEvents = true;
				this.update(true);
			}
		}
		handleEvent(e, replay, inChartArea = true) {
			if (replay && this._ignoreReplayEvents) return false;
			this._ignoreReplayEvents = false;
			const options = this.options;
			const lastActive = this._active || [];
			const active = this._getActiveElements(e, lastActive, replay, inChartArea);
			const positionChanged = this._positionChanged(active, e);
			const changed = replay || !_elementsEqual(active, lastActive) || positionChanged;
			if (changed) {
				this._active = active;
				if (options.enabled || options.external) {
					this._eventPosition = {
						x: e.x,
						y: e.y
					};
					this.update(true, replay);
				}
			}
			return changed;
		}
		_getActiveElements(e, lastActive, replay, inChartArea) {
			const options = this.options;
			if (e.type === "mouseout") return [];
			if (!inChartArea) return lastActive.filter((i) => this.chart.data.datasets[i.datasetIndex] && this.chart.getDatasetMeta(i.datasetIndex).controller.getParsed(i.index) !== void 0);
			const active = this.chart.getElementsAtEventForMode(e, options.mode, options, replay);
			if (options.reverse) active.reverse();
			return active;
		}
		_positionChanged(active, e) {
			const { caretX, caretY, options } = this;
			const position = positioners[options.position].call(this, active, e);
			return position !== false && (caretX !== position.x || caretY !== position.y);
		}
	};
	plugin_tooltip = {
		id: "tooltip",
		_element: Tooltip,
		positioners,
		afterInit(chart, _args, options) {
			if (options) chart.tooltip = new Tooltip({
				chart,
				options
			});
		},
		beforeUpdate(chart, _args, options) {
			if (chart.tooltip) chart.tooltip.initialize(options);
		},
		reset(chart, _args, options) {
			if (chart.tooltip) chart.tooltip.initialize(options);
		},
		afterDraw(chart) {
			const tooltip = chart.tooltip;
			if (tooltip && tooltip._willRender()) {
				const args = { tooltip };
				if (chart.notifyPlugins("beforeTooltipDraw", {
					...args,
					cancelable: true
				}) === false) return;
				tooltip.draw(chart.ctx);
				chart.notifyPlugins("afterTooltipDraw", args);
			}
		},
		afterEvent(chart, args) {
			if (chart.tooltip) {
				const useFinalPosition = args.replay;
				if (chart.tooltip.handleEvent(args.event, useFinalPosition, args.inChartArea)) args.changed = true;
			}
		},
		defaults: {
			enabled: true,
			external: null,
			position: "average",
			backgroundColor: "rgba(0,0,0,0.8)",
			titleColor: "#fff",
			titleFont: { weight: "bold" },
			titleSpacing: 2,
			titleMarginBottom: 6,
			titleAlign: "left",
			bodyColor: "#fff",
			bodySpacing: 2,
			bodyFont: {},
			bodyAlign: "left",
			footerColor: "#fff",
			footerSpacing: 2,
			footerMarginTop: 6,
			footerFont: { weight: "bold" },
			footerAlign: "left",
			padding: 6,
			caretPadding: 2,
			caretSize: 5,
			cornerRadius: 6,
			boxHeight: (ctx, opts) => opts.bodyFont.size,
			boxWidth: (ctx, opts) => opts.bodyFont.size,
			multiKeyBackground: "#fff",
			displayColors: true,
			boxPadding: 0,
			borderColor: "rgba(0,0,0,0)",
			borderWidth: 0,
			animation: {
				duration: 400,
				easing: "easeOutQuart"
			},
			animations: {
				numbers: {
					type: "number",
					properties: [
						"x",
						"y",
						"width",
						"height",
						"caretX",
						"caretY"
					]
				},
				opacity: {
					easing: "linear",
					duration: 200
				}
			},
			callbacks: defaultCallbacks
		},
		defaultRoutes: {
			bodyFont: "font",
			footerFont: "font",
			titleFont: "font"
		},
		descriptors: {
			_scriptable: (name) => name !== "filter" && name !== "itemSort" && name !== "external",
			_indexable: false,
			callbacks: {
				_scriptable: false,
				_indexable: false
			},
			animation: { _fallback: false },
			animations: { _fallback: "animation" }
		},
		additionalOptionScopes: ["interaction"]
	};
	addIfString = (labels, raw, index, addedLabels) => {
		if (typeof raw === "string") {
			index = labels.push(raw) - 1;
			addedLabels.unshift({
				index,
				label: raw
			});
		} else if (isNaN(raw)) index = null;
		return index;
	};
	validIndex = (index, max) => index === null ? null : _limitValue(Math.round(index), 0, max);
	CategoryScale = class extends Scale {
		static id = "category";
		static defaults = { ticks: { callback: _getLabelForValue } };
		constructor(cfg) {
			super(cfg);
			this._startValue = void 0;
			this._valueRange = 0;
			this._addedLabels = [];
		}
		init(scaleOptions) {
			const added = this._addedLabels;
			if (added.length) {
				const labels = this.getLabels();
				for (const { index, label } of added) if (labels[index] === label) labels.splice(index, 1);
				this._addedLabels = [];
			}
			super.init(scaleOptions);
		}
		parse(raw, index) {
			if (isNullOrUndef(raw)) return null;
			const labels = this.getLabels();
			index = isFinite(index) && labels[index] === raw ? index : findOrAddLabel(labels, raw, valueOrDefault(index, raw), this._addedLabels);
			return validIndex(index, labels.length - 1);
		}
		determineDataLimits() {
			const { minDefined, maxDefined } = this.getUserBounds();
			let { min, max } = this.getMinMax(true);
			if (this.options.bounds === "ticks") {
				if (!minDefined) min = 0;
				if (!maxDefined) max = this.getLabels().length - 1;
			}
			this.min = min;
			this.max = max;
		}
		buildTicks() {
			const min = this.min;
			const max = this.max;
			const offset = this.options.offset;
			const ticks = [];
			let labels = this.getLabels();
			labels = min === 0 && max === labels.length - 1 ? labels : labels.slice(min, max + 1);
			this._valueRange = Math.max(labels.length - (offset ? 0 : 1), 1);
			this._startValue = this.min - (offset ? .5 : 0);
			for (let value = min; value <= max; value++) ticks.push({ value });
			return ticks;
		}
		getLabelForValue(value) {
			return _getLabelForValue.call(this, value);
		}
		configure() {
			super.configure();
			if (!this.isHorizontal()) this._reversePixels = !this._reversePixels;
		}
		getPixelForValue(value) {
			if (typeof value !== "number") value = this.parse(value);
			return value === null ? NaN : this.getPixelForDecimal((value - this._startValue) / this._valueRange);
		}
		getPixelForTick(index) {
			const ticks = this.ticks;
			if (index < 0 || index > ticks.length - 1) return null;
			return this.getPixelForValue(ticks[index].value);
		}
		getValueForPixel(pixel) {
			return Math.round(this._startValue + this.getDecimalForPixel(pixel) * this._valueRange);
		}
		getBasePixel() {
			return this.bottom;
		}
	};
	LinearScaleBase = class extends Scale {
		constructor(cfg) {
			super(cfg);
			this.start = void 0;
			this.end = void 0;
			this._startValue = void 0;
			this._endValue = void 0;
			this._valueRange = 0;
		}
		parse(raw, index) {
			if (isNullOrUndef(raw)) return null;
			if ((typeof raw === "number" || raw instanceof Number) && !isFinite(+raw)) return null;
			return +raw;
		}
		handleTickRangeOptions() {
			const { beginAtZero } = this.options;
			const { minDefined, maxDefined } = this.getUserBounds();
			let { min, max } = this;
			const setMin = (v) => min = minDefined ? min : v;
			const setMax = (v) => max = maxDefined ? max : v;
			if (beginAtZero) {
				const minSign = sign(min);
				const maxSign = sign(max);
				if (minSign < 0 && maxSign < 0) setMax(0);
				else if (minSign > 0 && maxSign > 0) setMin(0);
			}
			if (min === max) {
				let offset = max === 0 ? 1 : Math.abs(max * .05);
				setMax(max + offset);
				if (!beginAtZero) setMin(min - offset);
			}
			this.min = min;
			this.max = max;
		}
		getTickLimit() {
			let { maxTicksLimit, stepSize } = this.options.ticks;
			let maxTicks;
			if (stepSize) {
				maxTicks = Math.ceil(this.max / stepSize) - Math.floor(this.min / stepSize) + 1;
				if (maxTicks > 1e3) {
					console.warn(`scales.${this.id}.ticks.stepSize: ${stepSize} would result generating up to ${maxTicks} ticks. Limiting to 1000.`);
					maxTicks = 1e3;
				}
			} else {
				maxTicks = this.computeTickLimit();
				maxTicksLimit = maxTicksLimit || 11;
			}
			if (maxTicksLimit) maxTicks = Math.min(maxTicksLimit, maxTicks);
			return maxTicks;
		}
		computeTickLimit() {
			return Number.POSITIVE_INFINITY;
		}
		buildTicks() {
			const opts = this.options;
			const tickOpts = opts.ticks;
			let maxTicks = this.getTickLimit();
			maxTicks = Math.max(2, maxTicks);
			const ticks = generateTicks$1({
				maxTicks,
				bounds: opts.bounds,
				min: opts.min,
				max: opts.max,
				precision: tickOpts.precision,
				step: tickOpts.stepSize,
				count: tickOpts.count,
				maxDigits: this._maxDigits(),
				horizontal: this.isHorizontal(),
				minRotation: tickOpts.minRotation || 0,
				includeBounds: tickOpts.includeBounds !== false
			}, this._range || this);
			if (opts.bounds === "ticks") _setMinAndMaxByKey(ticks, this, "value");
			if (opts.reverse) {
				ticks.reverse();
				this.start = this.max;
				this.end = this.min;
			} else {
				this.start = this.min;
				this.end = this.max;
			}
			return ticks;
		}
		configure() {
			const ticks = this.ticks;
			let start = this.min;
			let end = this.max;
			super.configure();
			if (this.options.offset && ticks.length) {
				const offset = (end - start) / Math.max(ticks.length - 1, 1) / 2;
				start -= offset;
				end += offset;
			}
			this._startValue = start;
			this._endValue = end;
			this._valueRange = end - start;
		}
		getLabelForValue(value) {
			return formatNumber(value, this.chart.options.locale, this.options.ticks.format);
		}
	};
	LinearScale = class extends LinearScaleBase {
		static id = "linear";
		static defaults = { ticks: { callback: Ticks.formatters.numeric } };
		determineDataLimits() {
			const { min, max } = this.getMinMax(true);
			this.min = isNumberFinite(min) ? min : 0;
			this.max = isNumberFinite(max) ? max : 1;
			this.handleTickRangeOptions();
		}
		computeTickLimit() {
			const horizontal = this.isHorizontal();
			const length = horizontal ? this.width : this.height;
			const minRotation = toRadians(this.options.ticks.minRotation);
			const ratio = (horizontal ? Math.sin(minRotation) : Math.cos(minRotation)) || .001;
			const tickFont = this._resolveTickFontOptions(0);
			return Math.ceil(length / Math.min(40, tickFont.lineHeight / ratio));
		}
		getPixelForValue(value) {
			return value === null ? NaN : this.getPixelForDecimal((value - this._startValue) / this._valueRange);
		}
		getValueForPixel(pixel) {
			return this._startValue + this.getDecimalForPixel(pixel) * this._valueRange;
		}
	};
	log10Floor = (v) => Math.floor(log10(v));
	changeExponent = (v, m) => Math.pow(10, log10Floor(v) + m);
	(class extends Scale {
		static id = "logarithmic";
		static defaults = { ticks: {
			callback: Ticks.formatters.logarithmic,
			major: { enabled: true }
		} };
		constructor(cfg) {
			super(cfg);
			this.start = void 0;
			this.end = void 0;
			this._startValue = void 0;
			this._valueRange = 0;
		}
		parse(raw, index) {
			const value = LinearScaleBase.prototype.parse.apply(this, [raw, index]);
			if (value === 0) {
				this._zero = true;
				return;
			}
			return isNumberFinite(value) && value > 0 ? value : null;
		}
		determineDataLimits() {
			const { min, max } = this.getMinMax(true);
			this.min = isNumberFinite(min) ? Math.max(0, min) : null;
			this.max = isNumberFinite(max) ? Math.max(0, max) : null;
			if (this.options.beginAtZero) this._zero = true;
			if (this._zero && this.min !== this._suggestedMin && !isNumberFinite(this._userMin)) this.min = min === changeExponent(this.min, 0) ? changeExponent(this.min, -1) : changeExponent(this.min, 0);
			this.handleTickRangeOptions();
		}
		handleTickRangeOptions() {
			const { minDefined, maxDefined } = this.getUserBounds();
			let min = this.min;
			let max = this.max;
			const setMin = (v) => min = minDefined ? min : v;
			const setMax = (v) => max = maxDefined ? max : v;
			if (min === max) {
				if (min <= 0) {
					setMin(1);
					setMax(10);
				} else {
					setMin(changeExponent(min, -1));
					setMax(changeExponent(max, 1));
				}
			}
			if (min <= 0) setMin(changeExponent(max, -1));
			if (max <= 0) setMax(changeExponent(min, 1));
			this.min = min;
			this.max = max;
		}
		buildTicks() {
			const opts = this.options;
			const ticks = generateTicks({
				min: this._userMin,
				max: this._userMax
			}, this);
			if (opts.bounds === "ticks") _setMinAndMaxByKey(ticks, this, "value");
			if (opts.reverse) {
				ticks.reverse();
				this.start = this.max;
				this.end = this.min;
			} else {
				this.start = this.min;
				this.end = this.max;
			}
			return ticks;
		}
		getLabelForValue(value) {
			return value === void 0 ? "0" : formatNumber(value, this.chart.options.locale, this.options.ticks.format);
		}
		configure() {
			const start = this.min;
			super.configure();
			this._startValue = log10(start);
			this._valueRange = log10(this.max) - log10(start);
		}
		getPixelForValue(value) {
			if (value === void 0 || value === 0) value = this.min;
			if (value === null || isNaN(value)) return NaN;
			return this.getPixelForDecimal(value === this.min ? 0 : (log10(value) - this._startValue) / this._valueRange);
		}
		getValueForPixel(pixel) {
			const decimal = this.getDecimalForPixel(pixel);
			return Math.pow(10, this._startValue + decimal * this._valueRange);
		}
	});
	(class extends LinearScaleBase {
		static id = "radialLinear";
		static defaults = {
			display: true,
			animate: true,
			position: "chartArea",
			angleLines: {
				display: true,
				lineWidth: 1,
				borderDash: [],
				borderDashOffset: 0
			},
			grid: { circular: false },
			startAngle: 0,
			ticks: {
				showLabelBackdrop: true,
				callback: Ticks.formatters.numeric
			},
			pointLabels: {
				backdropColor: void 0,
				backdropPadding: 2,
				display: true,
				font: { size: 10 },
				callback(label) {
					return label;
				},
				padding: 5,
				centerPointLabels: false
			}
		};
		static defaultRoutes = {
			"angleLines.color": "borderColor",
			"pointLabels.color": "color",
			"ticks.color": "color"
		};
		static descriptors = { angleLines: { _fallback: "grid" } };
		constructor(cfg) {
			super(cfg);
			this.xCenter = void 0;
			this.yCenter = void 0;
			this.drawingArea = void 0;
			this._pointLabels = [];
			this._pointLabelItems = [];
		}
		setDimensions() {
			const padding = this._padding = toPadding(getTickBackdropHeight(this.options) / 2);
			const w = this.width = this.maxWidth - padding.width;
			const h = this.height = this.maxHeight - padding.height;
			this.xCenter = Math.floor(this.left + w / 2 + padding.left);
			this.yCenter = Math.floor(this.top + h / 2 + padding.top);
			this.drawingArea = Math.floor(Math.min(w, h) / 2);
		}
		determineDataLimits() {
			const { min, max } = this.getMinMax(false);
			this.min = isNumberFinite(min) && !isNaN(min) ? min : 0;
			this.max = isNumberFinite(max) && !isNaN(max) ? max : 0;
			this.handleTickRangeOptions();
		}
		computeTickLimit() {
			return Math.ceil(this.drawingArea / getTickBackdropHeight(this.options));
		}
		generateTickLabels(ticks) {
			LinearScaleBase.prototype.generateTickLabels.call(this, ticks);
			this._pointLabels = this.getLabels().map((value, index) => {
				const label = callback(this.options.pointLabels.callback, [value, index], this);
				return label || label === 0 ? label : "";
			}).filter((v, i) => this.chart.getDataVisibility(i));
		}
		fit() {
			const opts = this.options;
			if (opts.display && opts.pointLabels.display) fitWithPointLabels(this);
			else this.setCenterPoint(0, 0, 0, 0);
		}
		setCenterPoint(leftMovement, rightMovement, topMovement, bottomMovement) {
			this.xCenter += Math.floor((leftMovement - rightMovement) / 2);
			this.yCenter += Math.floor((topMovement - bottomMovement) / 2);
			this.drawingArea -= Math.min(this.drawingArea / 2, Math.max(leftMovement, rightMovement, topMovement, bottomMovement));
		}
		getIndexAngle(index) {
			const angleMultiplier = TAU / (this._pointLabels.length || 1);
			const startAngle = this.options.startAngle || 0;
			return _normalizeAngle(index * angleMultiplier + toRadians(startAngle));
		}
		getDistanceFromCenterForValue(value) {
			if (isNullOrUndef(value)) return NaN;
			const scalingFactor = this.drawingArea / (this.max - this.min);
			if (this.options.reverse) return (this.max - value) * scalingFactor;
			return (value - this.min) * scalingFactor;
		}
		getValueForDistanceFromCenter(distance) {
			if (isNullOrUndef(distance)) return NaN;
			const scaledDistance = distance / (this.drawingArea / (this.max - this.min));
			return this.options.reverse ? this.max - scaledDistance : this.min + scaledDistance;
		}
		getPointLabelContext(index) {
			const pointLabels = this._pointLabels || [];
			if (index >= 0 && index < pointLabels.length) {
				const pointLabel = pointLabels[index];
				return createPointLabelContext(this.getContext(), index, pointLabel);
			}
		}
		getPointPosition(index, distanceFromCenter, additionalAngle = 0) {
			const angle = this.getIndexAngle(index) - HALF_PI + additionalAngle;
			return {
				x: Math.cos(angle) * distanceFromCenter + this.xCenter,
				y: Math.sin(angle) * distanceFromCenter + this.yCenter,
				angle
			};
		}
		getPointPositionForValue(index, value) {
			return this.getPointPosition(index, this.getDistanceFromCenterForValue(value));
		}
		getBasePosition(index) {
			return this.getPointPositionForValue(index || 0, this.getBaseValue());
		}
		getPointLabelPosition(index) {
			const { left, top, right, bottom } = this._pointLabelItems[index];
			return {
				left,
				top,
				right,
				bottom
			};
		}
		drawBackground() {
			const { backgroundColor, grid: { circular } } = this.options;
			if (backgroundColor) {
				const ctx = this.ctx;
				ctx.save();
				ctx.beginPath();
				pathRadiusLine(this, this.getDistanceFromCenterForValue(this._endValue), circular, this._pointLabels.length);
				ctx.closePath();
				ctx.fillStyle = backgroundColor;
				ctx.fill();
				ctx.restore();
			}
		}
		drawGrid() {
			const ctx = this.ctx;
			const opts = this.options;
			const { angleLines, grid, border } = opts;
			const labelCount = this._pointLabels.length;
			let i, offset, position;
			if (opts.pointLabels.display) drawPointLabels(this, labelCount);
			if (grid.display) this.ticks.forEach((tick, index) => {
				if (index !== 0 || index === 0 && this.min < 0) {
					offset = this.getDistanceFromCenterForValue(tick.value);
					const context = this.getContext(index);
					const optsAtIndex = grid.setContext(context);
					const optsAtIndexBorder = border.setContext(context);
					drawRadiusLine(this, optsAtIndex, offset, labelCount, optsAtIndexBorder);
				}
			});
			if (angleLines.display) {
				ctx.save();
				for (i = labelCount - 1; i >= 0; i--) {
					const optsAtIndex = angleLines.setContext(this.getPointLabelContext(i));
					const { color, lineWidth } = optsAtIndex;
					if (!lineWidth || !color) continue;
					ctx.lineWidth = lineWidth;
					ctx.strokeStyle = color;
					ctx.setLineDash(optsAtIndex.borderDash);
					ctx.lineDashOffset = optsAtIndex.borderDashOffset;
					offset = this.getDistanceFromCenterForValue(opts.reverse ? this.min : this.max);
					position = this.getPointPosition(i, offset);
					ctx.beginPath();
					ctx.moveTo(this.xCenter, this.yCenter);
					ctx.lineTo(position.x, position.y);
					ctx.stroke();
				}
				ctx.restore();
			}
		}
		drawBorder() {}
		drawLabels() {
			const ctx = this.ctx;
			const opts = this.options;
			const tickOpts = opts.ticks;
			if (!tickOpts.display) return;
			const startAngle = this.getIndexAngle(0);
			let offset, width;
			ctx.save();
			ctx.translate(this.xCenter, this.yCenter);
			ctx.rotate(startAngle);
			ctx.textAlign = "center";
			ctx.textBaseline = "middle";
			this.ticks.forEach((tick, index) => {
				if (index === 0 && this.min >= 0 && !opts.reverse) return;
				const optsAtIndex = tickOpts.setContext(this.getContext(index));
				const tickFont = toFont(optsAtIndex.font);
				offset = this.getDistanceFromCenterForValue(this.ticks[index].value);
				if (optsAtIndex.showLabelBackdrop) {
					ctx.font = tickFont.string;
					width = ctx.measureText(tick.label).width;
					ctx.fillStyle = optsAtIndex.backdropColor;
					const padding = toPadding(optsAtIndex.backdropPadding);
					ctx.fillRect(-width / 2 - padding.left, -offset - tickFont.size / 2 - padding.top, width + padding.width, tickFont.size + padding.height);
				}
				renderText(ctx, tick.label, 0, -offset, tickFont, {
					color: optsAtIndex.color,
					strokeColor: optsAtIndex.textStrokeColor,
					strokeWidth: optsAtIndex.textStrokeWidth
				});
			});
			ctx.restore();
		}
		drawTitle() {}
	});
	INTERVALS = {
		millisecond: {
			common: true,
			size: 1,
			steps: 1e3
		},
		second: {
			common: true,
			size: 1e3,
			steps: 60
		},
		minute: {
			common: true,
			size: 6e4,
			steps: 60
		},
		hour: {
			common: true,
			size: 36e5,
			steps: 24
		},
		day: {
			common: true,
			size: 864e5,
			steps: 30
		},
		week: {
			common: false,
			size: 6048e5,
			steps: 4
		},
		month: {
			common: true,
			size: 2628e6,
			steps: 12
		},
		quarter: {
			common: false,
			size: 7884e6,
			steps: 4
		},
		year: {
			common: true,
			size: 3154e7
		}
	};
	UNITS = /* #__PURE__ */ Object.keys(INTERVALS);
	TimeScale = class extends Scale {
		static id = "time";
		static defaults = {
			bounds: "data",
			adapters: {},
			time: {
				parser: false,
				unit: false,
				round: false,
				isoWeekday: false,
				minUnit: "millisecond",
				displayFormats: {}
			},
			ticks: {
				source: "auto",
				callback: false,
				major: { enabled: false }
			}
		};
		constructor(props) {
			super(props);
			this._cache = {
				data: [],
				labels: [],
				all: []
			};
			this._unit = "day";
			this._majorUnit = void 0;
			this._offsets = {};
			this._normalized = false;
			this._parseOpts = void 0;
		}
		init(scaleOpts, opts = {}) {
			const time = scaleOpts.time || (scaleOpts.time = {});
			const adapter = this._adapter = new adapters._date(scaleOpts.adapters.date);
			adapter.init(opts);
			mergeIf(time.displayFormats, adapter.formats());
			this._parseOpts = {
				parser: time.parser,
				round: time.round,
				isoWeekday: time.isoWeekday
			};
			super.init(scaleOpts);
			this._normalized = opts.normalized;
		}
		parse(raw, index) {
			if (raw === void 0) return null;
			return parse(this, raw);
		}
		beforeLayout() {
			super.beforeLayout();
			this._cache = {
				data: [],
				labels: [],
				all: []
			};
		}
		determineDataLimits() {
			const options = this.options;
			const adapter = this._adapter;
			const unit = options.time.unit || "day";
			let { min, max, minDefined, maxDefined } = this.getUserBounds();
			function _applyBounds(bounds) {
				if (!minDefined && !isNaN(bounds.min)) min = Math.min(min, bounds.min);
				if (!maxDefined && !isNaN(bounds.max)) max = Math.max(max, bounds.max);
			}
			if (!minDefined || !maxDefined) {
				_applyBounds(this._getLabelBounds());
				if (options.bounds !== "ticks" || options.ticks.source !== "labels") _applyBounds(this.getMinMax(false));
			}
			min = isNumberFinite(min) && !isNaN(min) ? min : +adapter.startOf(Date.now(), unit);
			max = isNumberFinite(max) && !isNaN(max) ? max : +adapter.endOf(Date.now(), unit) + 1;
			this.min = Math.min(min, max - 1);
			this.max = Math.max(min + 1, max);
		}
		_getLabelBounds() {
			const arr = this.getLabelTimestamps();
			let min = Number.POSITIVE_INFINITY;
			let max = Number.NEGATIVE_INFINITY;
			if (arr.length) {
				min = arr[0];
				max = arr[arr.length - 1];
			}
			return {
				min,
				max
			};
		}
		buildTicks() {
			const options = this.options;
			const timeOpts = options.time;
			const tickOpts = options.ticks;
			const timestamps = tickOpts.source === "labels" ? this.getLabelTimestamps() : this._generate();
			if (options.bounds === "ticks" && timestamps.length) {
				this.min = this._userMin || timestamps[0];
				this.max = this._userMax || timestamps[timestamps.length - 1];
			}
			const min = this.min;
			const max = this.max;
			const ticks = _filterBetween(timestamps, min, max);
			this._unit = timeOpts.unit || (tickOpts.autoSkip ? determineUnitForAutoTicks(timeOpts.minUnit, this.min, this.max, this._getLabelCapacity(min)) : determineUnitForFormatting(this, ticks.length, timeOpts.minUnit, this.min, this.max));
			this._majorUnit = !tickOpts.major.enabled || this._unit === "year" ? void 0 : determineMajorUnit(this._unit);
			this.initOffsets(timestamps);
			if (options.reverse) ticks.reverse();
			return ticksFromTimestamps(this, ticks, this._majorUnit);
		}
		afterAutoSkip() {
			if (this.options.offsetAfterAutoskip) this.initOffsets(this.ticks.map((tick) => +tick.value));
		}
		initOffsets(timestamps = []) {
			let start = 0;
			let end = 0;
			let first, last;
			if (this.options.offset && timestamps.length) {
				first = this.getDecimalForValue(timestamps[0]);
				if (timestamps.length === 1) start = 1 - first;
				else start = (this.getDecimalForValue(timestamps[1]) - first) / 2;
				last = this.getDecimalForValue(timestamps[timestamps.length - 1]);
				if (timestamps.length === 1) end = last;
				else end = (last - this.getDecimalForValue(timestamps[timestamps.length - 2])) / 2;
			}
			const limit = timestamps.length < 3 ? .5 : .25;
			start = _limitValue(start, 0, limit);
			end = _limitValue(end, 0, limit);
			this._offsets = {
				start,
				end,
				factor: 1 / (start + 1 + end)
			};
		}
		_generate() {
			const adapter = this._adapter;
			const min = this.min;
			const max = this.max;
			const options = this.options;
			const timeOpts = options.time;
			const minor = timeOpts.unit || determineUnitForAutoTicks(timeOpts.minUnit, min, max, this._getLabelCapacity(min));
			const stepSize = valueOrDefault(options.ticks.stepSize, 1);
			const weekday = minor === "week" ? timeOpts.isoWeekday : false;
			const hasWeekday = isNumber(weekday) || weekday === true;
			const ticks = {};
			let first = min;
			let time, count;
			if (hasWeekday) first = +adapter.startOf(first, "isoWeek", weekday);
			first = +adapter.startOf(first, hasWeekday ? "day" : minor);
			if (adapter.diff(max, min, minor) > 1e5 * stepSize) throw new Error(min + " and " + max + " are too far apart with stepSize of " + stepSize + " " + minor);
			const timestamps = options.ticks.source === "data" && this.getDataTimestamps();
			for (time = first, count = 0; time < max; time = +adapter.add(time, stepSize, minor), count++) addTick(ticks, time, timestamps);
			if (time === max || options.bounds === "ticks" || count === 1) addTick(ticks, time, timestamps);
			return Object.keys(ticks).sort(sorter).map((x) => +x);
		}
		getLabelForValue(value) {
			const adapter = this._adapter;
			const timeOpts = this.options.time;
			if (timeOpts.tooltipFormat) return adapter.format(value, timeOpts.tooltipFormat);
			return adapter.format(value, timeOpts.displayFormats.datetime);
		}
		format(value, format) {
			const formats = this.options.time.displayFormats;
			const unit = this._unit;
			const fmt = format || formats[unit];
			return this._adapter.format(value, fmt);
		}
		_tickFormatFunction(time, index, ticks, format) {
			const options = this.options;
			const formatter = options.ticks.callback;
			if (formatter) return callback(formatter, [
				time,
				index,
				ticks
			], this);
			const formats = options.time.displayFormats;
			const unit = this._unit;
			const majorUnit = this._majorUnit;
			const minorFormat = unit && formats[unit];
			const majorFormat = majorUnit && formats[majorUnit];
			const tick = ticks[index];
			const major = majorUnit && majorFormat && tick && tick.major;
			return this._adapter.format(time, format || (major ? majorFormat : minorFormat));
		}
		generateTickLabels(ticks) {
			let i, ilen, tick;
			for (i = 0, ilen = ticks.length; i < ilen; ++i) {
				tick = ticks[i];
				tick.label = this._tickFormatFunction(tick.value, i, ticks);
			}
		}
		getDecimalForValue(value) {
			return value === null ? NaN : (value - this.min) / (this.max - this.min);
		}
		getPixelForValue(value) {
			const offsets = this._offsets;
			const pos = this.getDecimalForValue(value);
			return this.getPixelForDecimal((offsets.start + pos) * offsets.factor);
		}
		getValueForPixel(pixel) {
			const offsets = this._offsets;
			const pos = this.getDecimalForPixel(pixel) / offsets.factor - offsets.end;
			return this.min + pos * (this.max - this.min);
		}
		_getLabelSize(label) {
			const ticksOpts = this.options.ticks;
			const tickLabelWidth = this.ctx.measureText(label).width;
			const angle = toRadians(this.isHorizontal() ? ticksOpts.maxRotation : ticksOpts.minRotation);
			const cosRotation = Math.cos(angle);
			const sinRotation = Math.sin(angle);
			const tickFontSize = this._resolveTickFontOptions(0).size;
			return {
				w: tickLabelWidth * cosRotation + tickFontSize * sinRotation,
				h: tickLabelWidth * sinRotation + tickFontSize * cosRotation
			};
		}
		_getLabelCapacity(exampleTime) {
			const timeOpts = this.options.time;
			const displayFormats = timeOpts.displayFormats;
			const format = displayFormats[timeOpts.unit] || displayFormats.millisecond;
			const exampleLabel = this._tickFormatFunction(exampleTime, 0, ticksFromTimestamps(this, [exampleTime], this._majorUnit), format);
			const size = this._getLabelSize(exampleLabel);
			const capacity = Math.floor(this.isHorizontal() ? this.width / size.w : this.height / size.h) - 1;
			return capacity > 0 ? capacity : 1;
		}
		getDataTimestamps() {
			let timestamps = this._cache.data || [];
			let i, ilen;
			if (timestamps.length) return timestamps;
			const metas = this.getMatchingVisibleMetas();
			if (this._normalized && metas.length) return this._cache.data = metas[0].controller.getAllParsedValues(this);
			for (i = 0, ilen = metas.length; i < ilen; ++i) timestamps = timestamps.concat(metas[i].controller.getAllParsedValues(this));
			return this._cache.data = this.normalize(timestamps);
		}
		getLabelTimestamps() {
			const timestamps = this._cache.labels || [];
			let i, ilen;
			if (timestamps.length) return timestamps;
			const labels = this.getLabels();
			for (i = 0, ilen = labels.length; i < ilen; ++i) timestamps.push(parse(this, labels[i]));
			return this._cache.labels = this._normalized ? timestamps : this.normalize(timestamps);
		}
		normalize(values) {
			return _arrayUnique(values.sort(sorter));
		}
	};
	(class extends TimeScale {
		static id = "timeseries";
		static defaults = TimeScale.defaults;
		constructor(props) {
			super(props);
			this._table = [];
			this._minPos = void 0;
			this._tableRange = void 0;
		}
		initOffsets() {
			const timestamps = this._getTimestampsForTable();
			const table = this._table = this.buildLookupTable(timestamps);
			this._minPos = interpolate(table, this.min);
			this._tableRange = interpolate(table, this.max) - this._minPos;
			super.initOffsets(timestamps);
		}
		buildLookupTable(timestamps) {
			const { min, max } = this;
			const items = [];
			const table = [];
			let i, ilen, prev, curr, next;
			for (i = 0, ilen = timestamps.length; i < ilen; ++i) {
				curr = timestamps[i];
				if (curr >= min && curr <= max) items.push(curr);
			}
			if (items.length < 2) return [{
				time: min,
				pos: 0
			}, {
				time: max,
				pos: 1
			}];
			for (i = 0, ilen = items.length; i < ilen; ++i) {
				next = items[i + 1];
				prev = items[i - 1];
				curr = items[i];
				if (Math.round((next + prev) / 2) !== curr) table.push({
					time: curr,
					pos: i / (ilen - 1)
				});
			}
			return table;
		}
		_generate() {
			const min = this.min;
			const max = this.max;
			let timestamps = super.getDataTimestamps();
			if (!timestamps.includes(min) || !timestamps.length) timestamps.splice(0, 0, min);
			if (!timestamps.includes(max) || timestamps.length === 1) timestamps.push(max);
			return timestamps.sort((a, b) => a - b);
		}
		_getTimestampsForTable() {
			let timestamps = this._cache.all || [];
			if (timestamps.length) return timestamps;
			const data = this.getDataTimestamps();
			const label = this.getLabelTimestamps();
			if (data.length && label.length) timestamps = this.normalize(data.concat(label));
			else timestamps = data.length ? data : label;
			timestamps = this._cache.all = timestamps;
			return timestamps;
		}
		getDecimalForValue(value) {
			return (interpolate(this._table, value) - this._minPos) / this._tableRange;
		}
		getValueForPixel(pixel) {
			const offsets = this._offsets;
			const decimal = this.getDecimalForPixel(pixel) / offsets.factor - offsets.end;
			return interpolate(this._table, decimal * this._tableRange + this._minPos, true);
		}
	});
}));
// src/renderer/src/features/reports/TakingsChart.tsx
function readColours() {
	const css = getComputedStyle(document.documentElement);
	const v = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
	const series = [
		1,
		2,
		3,
		4,
		5,
		6
	].map((i) => css.getPropertyValue(`--chart-${i}`).trim()).filter(Boolean);
	return {
		series: series.length ? series : ["#2454d6"],
		text: v("--text", "#15191e"),
		muted: v("--muted", "#5b6470"),
		grid: v("--border", "#dfe3e8"),
		surface: v("--surface", "#ffffff"),
		font: getComputedStyle(document.body).fontFamily || "system-ui, sans-serif"
	};
}
function tickFormatter(model, locale) {
	const f = model.unit.kind === "fiat" ? new Intl.NumberFormat(locale, {
		style: "currency",
		currency: model.unit.currency,
		maximumFractionDigits: 2,
		minimumFractionDigits: 0
	}) : new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 });
	return (v) => f.format(v);
}
function options(model, c, locale) {
	const tick = tickFormatter(model, locale);
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
		font: {
			family: c.font,
			size: 12
		},
		interaction: {
			mode: "index",
			intersect: false
		},
		scales: {
			x: {
				stacked: true,
				grid: { display: false },
				border: { color: c.grid },
				ticks: {
					color: c.muted,
					maxRotation: 0,
					autoSkipPadding: 12
				}
			},
			y: {
				stacked: true,
				beginAtZero: true,
				border: { color: c.grid },
				grid: { color: c.grid },
				title: {
					display: true,
					text: model.axis,
					color: c.muted
				},
				ticks: {
					color: c.muted,
					callback: (v) => tick(Number(v))
				}
			}
		},
		plugins: {
			legend: {
				position: "bottom",
				labels: {
					color: c.text,
					boxWidth: 14,
					boxHeight: 14
				}
			},
			tooltip: {
				backgroundColor: c.surface,
				titleColor: c.text,
				bodyColor: c.text,
				borderColor: c.grid,
				borderWidth: 1,
				callbacks: {
					title: (items) => model.labels[items[0]?.dataIndex ?? 0] ?? "",
					label: (item) => `${item.dataset.label ?? ""}: ${model.series[item.datasetIndex]?.formatted[item.dataIndex] ?? ""}`
				}
			}
		}
	};
}
function usePrefersDark() {
	const query = typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
	const [dark, setDark] = (0, import_react$2.useState)(() => query?.matches ?? false);
	(0, import_react$2.useEffect)(() => {
		if (!query) return;
		const on = () => setDark(query.matches);
		query.addEventListener("change", on);
		return () => query.removeEventListener("change", on);
	}, [query]);
	return dark;
}
function TakingsChart({ model, locale, label, describedBy }) {
	const canvas = (0, import_react$2.useRef)(null);
	const chart = (0, import_react$2.useRef)(null);
	const theme = useApp(selectTheme);
	const prefersDark = usePrefersDark();
	(0, import_react$2.useEffect)(() => {
		if (!canvas.current) return;
		chart.current = new Chart(canvas.current, {
			type: "bar",
			data: {
				labels: [],
				datasets: []
			}
		});
		return () => {
			chart.current?.destroy();
			chart.current = null;
		};
	}, []);
	(0, import_react$2.useEffect)(() => {
		const c = chart.current;
		if (!c) return;
		const colours = readColours();
		c.data = chartData(model, colours.series, colours.surface);
		c.options = options(model, colours, locale);
		c.update();
	}, [
		model,
		locale,
		theme,
		prefersDark
	]);
	return /* @__PURE__ */ (0, import_jsx_runtime$3.jsx)("div", {
		className: "takings-chart",
		children: /* @__PURE__ */ (0, import_jsx_runtime$3.jsx)("canvas", {
			ref: canvas,
			role: "img",
			"aria-label": label,
			"aria-describedby": describedBy,
			"data-testid": "takings-chart",
			children: label
		})
	});
}
var import_react$2, import_jsx_runtime$3;
var init_TakingsChart = __esmMin((() => {
	init_chart();
	import_react$2 = /* @__PURE__ */ __toESM(require_react());
	init_takings();
	init_selectors();
	init_react();
	import_jsx_runtime$3 = require_jsx_runtime();
	Chart.register(BarController, BarElement, CategoryScale, LinearScale, plugin_tooltip, plugin_legend);
}));
// src/renderer/src/features/reports/ReportsScreen.tsx
function ReportsScreen() {
	const timeZone = (0, import_react$1.useMemo)(() => consoleTimeZone(), []);
	const locale = useApp(selectLocale);
	const { report, status, error, view } = useAppShallow(selectTakingsState);
	const { loadTakings, setTakingsView } = useActions();
	const today = isoWithOffset(Date.now(), timeZone).slice(0, 10);
	const views = (0, import_react$1.useMemo)(() => report ? takingsViews(report) : [], [report]);
	const model = (0, import_react$1.useMemo)(() => report ? takingsChartModel(report, parseViewKey(view), locale) : null, [
		report,
		view,
		locale
	]);
	const rows = (0, import_react$1.useMemo)(() => report ? takingsRows(report, locale) : [], [report, locale]);
	const totals = (0, import_react$1.useMemo)(() => report ? takingsTotals(report, locale) : null, [report, locale]);
	const columns = (0, import_react$1.useMemo)(() => report ? assetColumns(report) : [], [report]);
	const summary = (0, import_react$1.useMemo)(() => report ? takingsSummary(report, locale) : "", [report, locale]);
	const refunds = report ? hasRefunds(report) : false;
	return /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("section", {
		className: "screen reports-screen",
		"aria-labelledby": "reports-heading",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("div", {
				className: "screen-head",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("h1", {
						id: "reports-heading",
						tabIndex: -1,
						children: "Reports"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("p", {
						className: "muted",
						children: ["Days in ", timeZone]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("button", {
						type: "button",
						className: "export",
						onClick: () => void loadTakings(),
						disabled: status === "loading",
						children: "Refresh"
					})
				]
			}),
			status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)(ErrorState, {
				title: "Could not load the takings",
				message: error ?? "",
				onRetry: () => void loadTakings()
			}),
			!report && status !== "error" && /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)(Loading, { children: "Loading the takings…" }),
			report && model && totals && /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)(import_jsx_runtime$2.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("section", {
				className: "card takings-card",
				"aria-labelledby": "takings-title",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("div", {
						className: "section-head",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("h2", {
							id: "takings-title",
							children: [
								"Daily takings, last ",
								30,
								" days"
							]
						}), /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("div", {
							className: "field inline-field takings-view",
							children: [/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("label", {
								htmlFor: "takings-view",
								children: "Chart"
							}), /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("select", {
								id: "takings-view",
								value: view,
								onChange: (e) => setTakingsView(e.target.value),
								children: views.map((v) => /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("option", {
									value: viewKey(v),
									children: viewLabel(v)
								}, viewKey(v)))
							})]
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("p", {
						className: "hint",
						id: "takings-chart-note",
						children: [
							model.unit.kind === "fiat" ? "Each bar is the USD charged through Mesh for the day’s paid sales, split by the currency the sale was rung up in." : `Each bar is the ${model.unit.asset} received that day, split by network.`,
							" ",
							"Refunded sales are left out (takings are net of refunds). The table below has every day’s figures."
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)(TakingsChart, {
						model,
						locale,
						label: summary,
						describedBy: "takings-chart-note"
					})
				]
			}), /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("section", {
				className: "card",
				"aria-labelledby": "takings-table-title",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("h2", {
					id: "takings-table-title",
					children: "Takings per day"
				}), /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("div", {
					className: "table-scroll",
					children: /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("table", {
						className: "table takings-table",
						"aria-labelledby": "takings-table-title",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("tr", { children: [
								/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("th", {
									scope: "col",
									children: "Date"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("th", {
									scope: "col",
									className: "num",
									children: "Paid sales"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("th", {
									scope: "col",
									className: "num",
									children: "Charged"
								}),
								/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("th", {
									scope: "col",
									className: "num",
									children: "USD charged"
								}),
								columns.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("th", {
									scope: "col",
									className: "num",
									children: c.label
								}, c.key)),
								refunds && /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("th", {
									scope: "col",
									className: "num",
									children: "Refunded (not in takings)"
								})
							] }) }),
							/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("tbody", { children: rows.map((r) => /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("tr", {
								"data-date": r.date,
								className: r.date === today ? "is-current" : r.count === 0 ? "is-zero" : void 0,
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("th", {
										scope: "row",
										children: [r.label, r.date === today && /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("span", {
											className: "muted",
											children: " (today)"
										})]
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: r.count
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: r.charged.length ? r.charged.join(" · ") : /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("span", {
											className: "muted",
											children: "—"
										})
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: r.count ? r.usd : /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("span", {
											className: "muted",
											children: "—"
										})
									}),
									columns.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: r.assets[c.key]
									}, c.key)),
									refunds && /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: r.refunded.length ? r.refunded.join(" · ") : /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("span", {
											className: "muted",
											children: "—"
										})
									})
								]
							}, r.date)) }),
							/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("tfoot", { children: /* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("tr", {
								"data-date": "total",
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsxs)("th", {
										scope: "row",
										children: [
											"Total, ",
											report.days.length,
											" days"
										]
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: totals.count
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: totals.charged.length ? totals.charged.join(" · ") : "—"
									}),
									/* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: totals.usd
									}),
									columns.map((c) => /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: totals.assets[c.key]
									}, c.key)),
									refunds && /* @__PURE__ */ (0, import_jsx_runtime$2.jsx)("td", {
										className: "num",
										children: totals.refunded.length ? totals.refunded.join(" · ") : "—"
									})
								]
							}) })
						]
					})
				})]
			})] })
		]
	});
}
var import_react$1, import_jsx_runtime$2;
var init_ReportsScreen = __esmMin((() => {
	import_react$1 = /* @__PURE__ */ __toESM(require_react());
	init_common();
	init_shift();
	init_takings();
	init_reportsSlice();
	init_selectors();
	init_react();
	init_TakingsChart();
	import_jsx_runtime$2 = require_jsx_runtime();
}));
// src/renderer/src/app/App.tsx
function effectiveTheme(theme) {
	if (theme) return theme;
	return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}
function ThemeToggle() {
	const theme = useApp(selectTheme);
	const { setTheme } = useActions();
	const current = effectiveTheme(theme);
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("button", {
		type: "button",
		className: "ghost theme-toggle",
		"aria-label": "Toggle theme",
		"aria-pressed": current === "dark",
		title: `Switch to ${current === "dark" ? "light" : "dark"} theme`,
		onClick: () => setTheme(current === "dark" ? "light" : "dark"),
		children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("span", {
			"aria-hidden": "true",
			children: current === "dark" ? "☀" : "☾"
		}), /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("span", {
			className: "theme-label",
			"aria-hidden": "true",
			children: current === "dark" ? "Light" : "Dark"
		})]
	});
}
function App() {
	const route = useApp(selectRoute);
	const ledgerHref = useApp(selectLedgerHref);
	const inspectorHref = useApp(selectInspectorHref);
	const tabHref = (name) => name === "ledger" ? ledgerHref : name === "inspector" ? inspectorHref : routeHref({ name });
	const active = route.name === "transfer" ? "ledger" : route.name === "receipt" ? "counter" : route.name;
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("div", {
		className: "app",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("a", {
				className: "skip-link",
				href: "#main",
				onClick: (e) => {
					e.preventDefault();
					document.getElementById("main")?.focus();
				},
				children: "Skip to content"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("header", {
				className: "topbar",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("span", {
						className: "brand",
						children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("span", {
							className: "brand-mark",
							"aria-hidden": "true",
							children: "◧"
						}), " Countertop"]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("nav", {
						"aria-label": "Screens",
						className: "tabs",
						children: TABS.map((t) => /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("a", {
							href: tabHref(t.name),
							className: "tab",
							"aria-current": active === t.name ? "page" : void 0,
							children: t.label
						}, t.name))
					}),
					/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(CustomerDisplayButton, {}),
					/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(ThemeToggle, {})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(HealthStrip, {}),
			/* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("main", {
				id: "main",
				tabIndex: -1,
				children: [
					route.name === "counter" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(CounterScreen, {}),
					route.name === "ledger" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(LedgerScreen, {}),
					route.name === "transfer" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(TransferScreen, { transferId: route.transferId }),
					route.name === "inspector" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(InspectorScreen, {}),
					route.name === "settings" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(SettingsScreen, {}),
					route.name === "audit" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(AuditScreen, {}),
					route.name === "health" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(HealthScreen, {}),
					route.name === "receipt" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(ReceiptScreen, { sessionId: route.sessionId }),
					route.name === "shift" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(ShiftScreen, {}),
					route.name === "reports" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(ReportsScreen, {})
				]
			})
		]
	});
}
var import_jsx_runtime$1, TABS;
var init_App = __esmMin((() => {
	init_CounterScreen();
	init_CustomerDisplayButton();
	init_HealthStrip();
	init_InspectorScreen();
	init_LedgerScreen();
	init_TransferScreen();
	init_AuditScreen();
	init_SettingsScreen();
	init_HealthScreen();
	init_ReceiptScreen();
	init_ShiftScreen();
	init_ReportsScreen();
	init_route();
	init_selectors();
	init_react();
	import_jsx_runtime$1 = require_jsx_runtime();
	TABS = [
		{
			name: "counter",
			label: "Counter"
		},
		{
			name: "ledger",
			label: "Ledger"
		},
		{
			name: "shift",
			label: "Shift"
		},
		{
			name: "reports",
			label: "Reports"
		},
		{
			name: "inspector",
			label: "Inspector"
		},
		{
			name: "health",
			label: "Health"
		},
		{
			name: "settings",
			label: "Settings"
		},
		{
			name: "audit",
			label: "Audit log"
		}
	];
}));
// \0vite/preload-helper.js
var scriptRel, assetsURL, seen, isCssPreloadUrl, preloadOnce, __vitePreload;
var init_preload_helper = __esmMin((() => {
	scriptRel = /* @__PURE__ */ (function detectScriptRel() {
		const relList = typeof document !== "undefined" && document.createElement("link").relList;
		return relList && relList.supports && relList.supports("modulepreload") ? "modulepreload" : "preload";
	})();
	assetsURL = function(dep, importerUrl) {
		return new URL(dep, importerUrl).href;
	};
	seen = {};
	isCssPreloadUrl = function isCssPreloadUrl(url) {
		return url.pathname.endsWith(".css");
	};
	preloadOnce = function preloadOnce(seen, href, preload) {
		if (href in seen) return seen[href];
		const promise = preload();
		if (!promise) {
			seen[href] = void 0;
			return;
		}
		const preloadPromise = promise.then(() => {
			seen[href] = void 0;
		}, (err) => {
			seen[href] = void 0;
			throw err;
		});
		seen[href] = preloadPromise;
		return preloadPromise;
	};
	__vitePreload = function preload(baseModule, deps, importerUrl) {
		let promise = Promise.resolve();
		if (deps && deps.length > 0) {
			let preloadedHrefs;
			const cspNonceMeta = document.querySelector("meta[property=csp-nonce]");
			const cspNonce = cspNonceMeta?.nonce || cspNonceMeta?.getAttribute("nonce");
			function allSettled(promises) {
				return Promise.all(promises.map((p) => Promise.resolve(p).then((value) => ({
					status: "fulfilled",
					value
				}), (reason) => ({
					status: "rejected",
					reason
				}))));
			}
			function importMetaResolve(specifier) {
				if (import.meta.resolve) return new URL(import.meta.resolve(specifier));
				return new URL(
					specifier,
					/** #__KEEP__ */
					import.meta.url
				);
			}
			promise = allSettled(deps.map((depString) => {
				depString = assetsURL(depString, importerUrl);
				const dep = importMetaResolve(depString);
				const isCss = isCssPreloadUrl(dep);
				return preloadOnce(seen, dep.href, () => {
					if (preloadedHrefs === void 0) {
						preloadedHrefs = {
							all: /* @__PURE__ */ new Set(),
							styles: /* @__PURE__ */ new Set()
						};
						const links = document.getElementsByTagName("link");
						for (let i = links.length - 1; i >= 0; i--) {
							const link = links[i];
							preloadedHrefs.all.add(link.href);
							if (link.rel === "stylesheet") preloadedHrefs.styles.add(link.href);
						}
					}
					if ((isCss ? preloadedHrefs.styles : preloadedHrefs.all).has(dep.href)) return;
					const link = document.createElement("link");
					link.rel = isCss ? "stylesheet" : scriptRel;
					if (!isCss) link.as = "script";
					link.crossOrigin = "";
					link.href = dep.href;
					if (cspNonce) link.setAttribute("nonce", cspNonce);
					document.head.appendChild(link);
					if (isCss) return new Promise((res, rej) => {
						const handleSettle = (e) => {
							link.removeEventListener("load", handleSettle);
							link.removeEventListener("error", handleSettle);
							if (e.type === "error") rej(/* @__PURE__ */ new Error(`Unable to preload CSS for ${dep}`));
							else res(e);
						};
						link.addEventListener("load", handleSettle);
						link.addEventListener("error", handleSettle);
					});
				});
			}).filter((p) => p !== void 0));
		}
		function handlePreloadError(err) {
			const e = new Event("vite:preloadError", { cancelable: true });
			e.payload = err;
			window.dispatchEvent(e);
			if (!e.defaultPrevented) throw err;
		}
		return promise.then((res) => {
			for (const item of res || []) {
				if (item.status !== "rejected") continue;
				handlePreloadError(item.reason);
			}
			return baseModule().catch(handlePreloadError);
		});
	};
}));
// src/renderer/src/features/counter/meshLink.ts
/** Loads the SDK module once, after making sure the prewarm iframe is skipped. */
function loadSdk() {
	window.meshLinkShouldSkipPrewarm = true;
	sdk ??= __vitePreload(() => import("./web-link-sdk-y5GXuMzw.js"), __vite__mapDeps([0,1]), import.meta.url).catch((err) => {
		sdk = null;
		throw err;
	});
	return sdk;
}
/** Loads the SDK ahead of the first Charge (the prewarm iframe stays off). */
function preloadMeshLink() {
	loadSdk().catch(() => {});
}
/** JSON-safe copy of an SDK payload (drops functions, cycles), for recording. */
function plain(v) {
	if (v === void 0) return null;
	try {
		return JSON.parse(JSON.stringify(v));
	} catch {
		return String(v);
	}
}
function createMeshLinkLauncher() {
	let current = null;
	let closed = null;
	return {
		async open(linkToken, accessTokens, cb) {
			const { createLink } = await loadSdk();
			let done = false;
			let modal = null;
			const finish = () => {
				if (done) return;
				done = true;
				current = null;
				closed = null;
				modal?.release();
				modal = null;
				cb.onClosed();
			};
			const link = createLink({
				displayFiatCurrency: "USD",
				onIntegrationConnected: (payload) => cb.onSdkEvent("integrationConnected", plain(payload)),
				onTransferFinished: (payload) => cb.onSdkEvent("transferFinished", plain(payload)),
				onEvent: (ev) => {
					if (ev.type === "integrationConnected") return;
					cb.onSdkEvent(ev.type, plain(ev.payload));
				},
				onExit: (error, summary) => {
					cb.onSdkEvent("exit", {
						error: error ?? null,
						summary: plain(summary)
					});
					finish();
				},
				accessTokens
			});
			current = link;
			closed = finish;
			link.openLink(linkToken);
			if (!done) modal = trapLinkOverlay(document, () => cb.onEscape ? cb.onEscape() : link.closeLink());
		},
		close() {
			if (current) current.closeLink();
			else closed?.();
		}
	};
}
var sdk;
var init_meshLink = __esmMin((() => {
	init_linkModal();
	init_preload_helper();
	sdk = null;
}));
// src/renderer/src/lib/batcher.ts
function emptyBatch() {
	return {
		transfers: [],
		deliveries: [],
		sales: []
	};
}
/** Adds one event to a batch (unknown types are ignored: the bridge already filters them). */
function joinBatch(batch, msg) {
	const join = JOIN[msg.type];
	join?.(batch, msg.payload);
}
function createBatcher(deliver, schedule) {
	let queue = [];
	let scheduled = false;
	const flush = () => {
		scheduled = false;
		if (queue.length === 0) return;
		const batch = emptyBatch();
		for (const m of queue) joinBatch(batch, m);
		queue = [];
		deliver(batch);
	};
	return {
		push(msg) {
			queue.push(msg);
			if (!scheduled) {
				scheduled = true;
				schedule(flush);
			}
		},
		flush,
		get size() {
			return queue.length;
		}
	};
}
var JOIN;
var init_batcher = __esmMin((() => {
	JOIN = {
		"transfer.updated": (b, p) => void b.transfers.push(p),
		"delivery.recorded": (b, p) => void b.deliveries.push(p),
		"sale.updated": (b, p) => void b.sales.push(p),
		"tunnel.updated": (b, p) => {
			b.tunnel = p;
		},
		"display.updated": (b, p) => {
			b.display = p;
		},
		"reconcile.progress": (b, p) => {
			if (!b.reconcile || p.runId >= b.reconcile.runId) b.reconcile = p;
		}
	};
}));
// src/renderer/src/live.ts
/** Hands a batch to every slice that cares. */
function deliverBatch(store, batch) {
	const s = store.getState();
	if (batch.sales.length) {
		s.applySales(batch.sales);
		s.noteShiftSales(batch.sales);
		s.noteTakingsSales(batch.sales);
	}
	if (batch.transfers.length) s.applyTransferUpdates(batch.transfers);
	if (batch.deliveries.length) {
		s.applyDeliveries(batch.deliveries);
		s.noteDeliveries(batch.deliveries);
	}
	s.noteTransferChanges(batch.transfers, batch.deliveries, batch.sales);
	if (batch.reconcile) s.applyReconcileProgress(batch.reconcile);
	if (batch.tunnel) {
		const before = s.tunnel?.status.state;
		s.applyTunnelStatus(batch.tunnel);
		if (before !== void 0 && before !== batch.tunnel.state && s.route.name === "health") s.loadTunnel();
	}
}
/** Loads what is always on screen (the Health strip, this shift's sales). */
function loadShell(store) {
	const s = store.getState();
	s.loadHealth();
	s.loadTunnel();
	s.loadShiftSales();
}
/**
* Subscribes the store to the bridge's live events, batched by `schedule`: the one place events
* enter the store. After a reconnect it reloads what is shown (events sent while the stream was
* down are not replayed). Returns the unsubscribe function.
*/
function connectEvents(store, bridge, schedule) {
	const batcher = createBatcher((batch) => deliverBatch(store, batch), schedule);
	let everOpen = false;
	const unsubscribe = bridge.subscribe((msg) => batcher.push(msg), (state) => {
		store.getState().setStream(state);
		if (state !== "open") return;
		if (everOpen) {
			const st = store.getState();
			loadShell(store);
			if (st.currentSaleId) st.refreshSale(st.currentSaleId);
			loadForRoute(store, true);
		}
		everOpen = true;
	});
	return () => {
		batcher.flush();
		unsubscribe();
	};
}
/** Loads what the current screen shows (first visit, or again after a reconnect). */
function loadForRoute(store, force = false) {
	const s = store.getState();
	switch (s.route.name) {
		case "ledger":
			if (force || s.ledgerStatus === "idle") s.loadLedger();
			break;
		case "inspector":
			if (force || s.deliveriesStatus === "idle") s.loadDeliveries();
			break;
		case "transfer":
			if (force) s.refreshTransfer();
			break;
		case "receipt":
			if (force) s.loadReceipt(s.route.sessionId);
			break;
		case "settings":
			s.loadConfig();
			break;
		case "audit":
			s.loadAudit();
			break;
		case "health":
			s.loadTunnel();
			break;
		case "shift":
			s.loadShift();
			break;
		case "reports": s.loadTakings();
	}
}
var init_live = __esmMin((() => {
	init_batcher();
}));
// src/renderer/src/store/displaySlice.ts
var createDisplaySlice;
var init_displaySlice = __esmMin((() => {
	createDisplaySlice = (deps) => (set) => ({
		displayOpen: {
			status: "idle",
			error: null
		},
		async openCustomerDisplay(openWindow) {
			set({ displayOpen: {
				status: "opening",
				error: null
			} });
			const r = await deps.bridge.invoke("display.open", {});
			if (!r.ok) {
				set({ displayOpen: {
					status: "error",
					error: r.error.message
				} });
				return;
			}
			if (r.value.url) openWindow(r.value.url);
			set({ displayOpen: {
				status: "idle",
				error: null
			} });
		}
	});
}));
// src/renderer/src/store/healthSlice.ts
var createHealthSlice;
var init_healthSlice = __esmMin((() => {
	createHealthSlice = (deps) => (set, get) => ({
		health: null,
		healthStatus: "idle",
		healthError: null,
		async loadHealth() {
			if (!get().health) set({ healthStatus: "loading" });
			const r = await deps.bridge.invoke("health.get", {});
			if (r.ok) {
				const seen = get().health?.lastDeliveryAt ?? null;
				const last = seen != null && (r.value.lastDeliveryAt == null || seen > r.value.lastDeliveryAt) ? seen : r.value.lastDeliveryAt;
				set({
					health: {
						...r.value,
						lastDeliveryAt: last
					},
					healthStatus: "ready",
					healthError: null
				});
			} else set({
				healthStatus: "error",
				healthError: r.error.message
			});
		},
		noteDeliveries(batch) {
			const h = get().health;
			if (!h || batch.length === 0) return;
			let last = h.lastDeliveryAt;
			for (const d of batch) if (last == null || d.receivedAt > last) last = d.receivedAt;
			if (last !== h.lastDeliveryAt) set({ health: {
				...h,
				lastDeliveryAt: last
			} });
		}
	});
})), createLedgerSlice;
var init_ledgerSlice = __esmMin((() => {
	init_csv();
	init_ledger();
	init_route();
	createLedgerSlice = (deps) => (set, get) => {
		let seq = 0;
		/** Live updates that arrived while the ledger was (re)loading: merged into the reply. */
		let missed = null;
		/** Live rows carry no charge: a new row takes its sale's, when the console knows the sale. */
		const chargeOf = (sessionId) => get().sales[sessionId]?.charge;
		/** While the Ledger is on screen, the URL follows its filters (replaced, not pushed). */
		const syncUrl = (filter) => {
			if (get().route.name !== "ledger") return;
			deps.url?.replace(ledgerHref(filter));
			set({ route: {
				name: "ledger",
				filter
			} });
		};
		return {
			ledgerFilter: EMPTY_FILTER,
			ledgerFilterEpoch: 0,
			ledgerRows: [],
			ledgerTotal: 0,
			ledgerCursor: null,
			ledgerStatus: "idle",
			ledgerError: null,
			ledgerLoadingMore: false,
			exportProgress: null,
			exportError: null,
			async loadLedger() {
				const my = ++seq;
				missed = [];
				set({
					ledgerStatus: "loading",
					ledgerError: null,
					ledgerLoadingMore: false
				});
				const r = await deps.bridge.invoke("ledger.list", toLedgerQuery(get().ledgerFilter));
				if (my !== seq) return;
				const late = missed ?? [];
				missed = null;
				if (r.ok) {
					const page = mergeTransferUpdates({
						rows: r.value.items,
						total: r.value.total,
						nextCursor: r.value.nextCursor
					}, late, get().ledgerFilter, chargeOf);
					set({
						ledgerRows: page.rows,
						ledgerTotal: page.total,
						ledgerCursor: page.nextCursor,
						ledgerStatus: "ready"
					});
				} else set({
					ledgerStatus: "error",
					ledgerError: r.error.message
				});
			},
			async setLedgerFilter(patch) {
				const filter = {
					...get().ledgerFilter,
					...patch
				};
				set({ ledgerFilter: filter });
				const loading = get().loadLedger();
				syncUrl(filter);
				await loading;
			},
			async resetLedgerFilter() {
				set({ ledgerFilterEpoch: get().ledgerFilterEpoch + 1 });
				await get().setLedgerFilter(EMPTY_FILTER);
			},
			applyLedgerRoute(filter) {
				if (sameFilter(filter, get().ledgerFilter)) return;
				set({
					ledgerFilter: filter,
					ledgerFilterEpoch: get().ledgerFilterEpoch + 1
				});
				if (get().ledgerStatus !== "idle") get().loadLedger();
			},
			async loadMoreLedger() {
				const st = get();
				if (!st.ledgerCursor || st.ledgerLoadingMore || st.ledgerStatus !== "ready") return;
				const my = seq;
				set({ ledgerLoadingMore: true });
				const r = await deps.bridge.invoke("ledger.list", toLedgerQuery(st.ledgerFilter, st.ledgerCursor));
				if (my !== seq) return;
				if (r.ok) {
					const page = appendPage({
						rows: get().ledgerRows,
						total: get().ledgerTotal,
						nextCursor: get().ledgerCursor
					}, r.value);
					set({
						ledgerRows: page.rows,
						ledgerTotal: page.total,
						ledgerCursor: page.nextCursor,
						ledgerLoadingMore: false
					});
				} else set({
					ledgerLoadingMore: false,
					ledgerError: r.error.message
				});
			},
			applyTransferUpdates(batch) {
				const st = get();
				if (batch.length === 0) return;
				if (st.ledgerStatus !== "ready") {
					if (missed) missed.push(...batch);
					return;
				}
				const page = {
					rows: st.ledgerRows,
					total: st.ledgerTotal,
					nextCursor: st.ledgerCursor
				};
				const next = mergeTransferUpdates(page, batch, st.ledgerFilter, chargeOf);
				if (next !== page) set({
					ledgerRows: next.rows,
					ledgerTotal: next.total
				});
			},
			async exportLedger(kind) {
				if (get().exportProgress !== null) return null;
				const filter = get().ledgerFilter;
				const rows = [];
				const seen = /* @__PURE__ */ new Set();
				let cursor = null;
				set({
					exportProgress: 0,
					exportError: null
				});
				try {
					do {
						const r = await deps.bridge.invoke("ledger.list", toLedgerQuery(filter, cursor, 500));
						if (!r.ok) {
							set({ exportError: `Export failed: ${r.error.message}` });
							return null;
						}
						for (const row of r.value.items) {
							if (seen.has(row.transferId)) continue;
							seen.add(row.transferId);
							rows.push(row);
						}
						cursor = r.value.nextCursor;
						set({ exportProgress: rows.length });
					} while (cursor && rows.length < 1e5);
					const text = kind === "csv" ? ledgerToCsv(rows) : ledgerToJson(rows);
					return {
						filename: exportFilename(kind, deps.now()),
						mime: kind === "csv" ? "text/csv;charset=utf-8" : "application/json",
						text,
						rows: rows.length
					};
				} finally {
					set({ exportProgress: null });
				}
			}
		};
	};
}));
// src/renderer/src/store/receiptSlice.ts
var createReceiptSlice;
var init_receiptSlice = __esmMin((() => {
	createReceiptSlice = (deps) => (set, get) => ({
		receiptId: null,
		receiptStatus: "idle",
		receiptError: null,
		async loadReceipt(sessionId) {
			const known = get().sales[sessionId] !== void 0;
			set({
				receiptId: sessionId,
				receiptStatus: known ? "ready" : "loading",
				receiptError: null
			});
			const r = await deps.bridge.invoke("sales.get", { sessionId });
			if (get().receiptId !== sessionId) return;
			if (r.ok) {
				get().applySales([r.value]);
				set({
					receiptStatus: "ready",
					receiptError: null
				});
			} else if (!known) set({
				receiptStatus: "error",
				receiptError: r.error.code === "NOT_FOUND" ? `There is no sale ${sessionId}: check the link.` : r.error.message
			});
		}
	});
})), SHIFT_REFRESH_MAX_WAIT_MS, byNewest, createShiftSlice;
var init_shiftSlice = __esmMin((() => {
	SHIFT_REFRESH_MAX_WAIT_MS = 2e3;
	byNewest = (a, b) => b.openedAt - a.openedAt || (a.shiftId < b.shiftId ? 1 : -1);
	createShiftSlice = (deps) => (set, get) => {
		let generation = 0;
		let refreshSeq = 0;
		let reportSeq = 0;
		let timer = null;
		let firstPendingAt = null;
		const cancelRefresh = () => {
			if (timer) clearTimeout(timer);
			timer = null;
			firstPendingAt = null;
		};
		const scheduleRefresh = () => {
			const now = deps.now();
			firstPendingAt ??= now;
			const wait = Math.max(0, Math.min(400, firstPendingAt + SHIFT_REFRESH_MAX_WAIT_MS - now));
			if (timer) clearTimeout(timer);
			timer = setTimeout(() => {
				timer = null;
				firstPendingAt = null;
				get().refreshCurrentShift();
			}, wait);
		};
		const fetchCurrent = async (quiet) => {
			const gen = generation;
			const seq = ++refreshSeq;
			if (!quiet) set({
				currentShiftStatus: get().currentShiftStatus === "ready" ? "ready" : "loading",
				currentShiftError: null
			});
			const r = await deps.bridge.invoke("shifts.current", {});
			if (gen !== generation || seq !== refreshSeq) return;
			if (r.ok) set({
				currentShift: r.value,
				currentShiftStatus: "ready",
				currentShiftError: null
			});
			else if (!quiet || get().currentShiftStatus !== "ready") set({
				currentShiftStatus: "error",
				currentShiftError: r.error.message
			});
		};
		return {
			currentShift: null,
			currentShiftStatus: "idle",
			currentShiftError: null,
			shiftAction: null,
			shiftActionError: null,
			shiftActionFailed: null,
			zReport: null,
			zReportId: null,
			zReportStatus: "idle",
			zReportError: null,
			closedShifts: [],
			closedShiftsStatus: "idle",
			closedShiftsError: null,
			async loadShift() {
				await Promise.all([fetchCurrent(false), get().loadClosedShifts()]);
			},
			refreshCurrentShift: () => fetchCurrent(true),
			async loadClosedShifts() {
				set({
					closedShiftsStatus: get().closedShiftsStatus === "ready" ? "ready" : "loading",
					closedShiftsError: null
				});
				const r = await deps.bridge.invoke("shifts.list", { limit: 50 });
				if (r.ok) set({
					closedShifts: r.value.filter((s) => s.closedAt !== null).sort(byNewest),
					closedShiftsStatus: "ready"
				});
				else set({
					closedShiftsStatus: "error",
					closedShiftsError: r.error.message
				});
			},
			async openShift(openedBy) {
				if (get().shiftAction) return false;
				set({
					shiftAction: "opening",
					shiftActionError: null,
					shiftActionFailed: null
				});
				const name = openedBy.trim();
				const r = await deps.bridge.invoke("shifts.open", name ? { openedBy: name } : {});
				if (!r.ok) {
					set({
						shiftAction: null,
						shiftActionError: r.error.message,
						shiftActionFailed: "opening"
					});
					if (r.error.code === "SHIFT_ALREADY_OPEN") fetchCurrent(true);
					return false;
				}
				generation++;
				cancelRefresh();
				set({
					shiftAction: null,
					currentShift: r.value,
					currentShiftStatus: "ready",
					currentShiftError: null
				});
				return true;
			},
			async closeShift() {
				if (get().shiftAction) return false;
				set({
					shiftAction: "closing",
					shiftActionError: null,
					shiftActionFailed: null
				});
				const r = await deps.bridge.invoke("shifts.close", {});
				if (!r.ok) {
					set({
						shiftAction: null,
						shiftActionError: r.error.message,
						shiftActionFailed: "closing"
					});
					if (r.error.code === "NO_OPEN_SHIFT") fetchCurrent(true);
					return false;
				}
				generation++;
				reportSeq++;
				cancelRefresh();
				const report = r.value;
				set({
					shiftAction: null,
					currentShift: null,
					currentShiftStatus: "ready",
					zReport: report,
					zReportId: report.shift.shiftId,
					zReportStatus: "ready",
					zReportError: null,
					closedShifts: [report.shift, ...get().closedShifts.filter((s) => s.shiftId !== report.shift.shiftId)].sort(byNewest)
				});
				get().loadClosedShifts();
				return true;
			},
			async viewShiftReport(shiftId) {
				const seq = ++reportSeq;
				set({
					zReportId: shiftId,
					zReport: get().zReport?.shift.shiftId === shiftId ? get().zReport : null,
					zReportStatus: "loading",
					zReportError: null
				});
				const r = await deps.bridge.invoke("shifts.report", { shiftId });
				if (seq !== reportSeq) return;
				if (r.ok) set({
					zReport: r.value,
					zReportStatus: "ready"
				});
				else set({
					zReportStatus: "error",
					zReportError: r.error.message
				});
			},
			dismissShiftReport() {
				reportSeq++;
				set({
					zReport: null,
					zReportId: null,
					zReportStatus: "idle",
					zReportError: null
				});
			},
			clearShiftError() {
				set({
					shiftActionError: null,
					shiftActionFailed: null
				});
			},
			noteShiftSales(batch) {
				const cur = get().currentShift;
				if (!cur || cur.shift.closedAt !== null || get().route.name !== "shift") return;
				if (batch.some((v) => v.createdAt >= cur.shift.openedAt)) scheduleRefresh();
			}
		};
	};
}));
// src/renderer/src/store/supportSlice.ts
var createSupportSlice;
var init_supportSlice = __esmMin((() => {
	createSupportSlice = (deps) => (set, get) => ({
		supportBundle: {
			status: "idle",
			transferId: null,
			fileName: null,
			error: null
		},
		async downloadSupportBundle(transferId, save) {
			if (get().supportBundle.status === "preparing" && get().supportBundle.transferId === transferId) return;
			set({ supportBundle: {
				status: "preparing",
				transferId,
				fileName: null,
				error: null
			} });
			const r = await deps.bridge.invoke("support.bundle", { transferId });
			if (get().supportBundle.transferId !== transferId) return;
			if (!r.ok) {
				set({ supportBundle: {
					status: "error",
					transferId,
					fileName: null,
					error: `Could not make the support bundle: ${r.error.message}`
				} });
				return;
			}
			try {
				save(r.value.fileName, r.value.html);
				set({ supportBundle: {
					status: "saved",
					transferId,
					fileName: r.value.fileName,
					error: null
				} });
			} catch (err) {
				set({ supportBundle: {
					status: "error",
					transferId,
					fileName: null,
					error: `The support bundle was made but could not be saved: ${err.message}`
				} });
			}
		}
	});
}));
// src/renderer/src/store/transferSlice.ts
var createTransferSlice;
var init_transferSlice = __esmMin((() => {
	init_deliveries();
	createTransferSlice = (deps) => (set, get) => {
		let inFlight = null;
		let again = false;
		let remeasure = 0;
		const load = async (transferId, quiet) => {
			if (!quiet) set({
				detailStatus: "loading",
				detailError: null
			});
			const d = await deps.bridge.invoke("ledger.get", { transferId });
			if (get().detailId !== transferId) return;
			if (!d.ok) {
				set({
					detailStatus: "error",
					detailError: d.error.message,
					detail: null,
					detailSale: null
				});
				return;
			}
			let sale = null;
			const sessionId = d.value.transfer.sessionId;
			if (sessionId) {
				const s = await deps.bridge.invoke("sales.get", { sessionId });
				if (s.ok) {
					sale = s.value;
					get().applySales([s.value]);
				}
			}
			if (get().detailId !== transferId) return;
			const rejected = d.value.rejected;
			set({
				detail: d.value,
				detailSale: sale,
				detailRejected: rejected,
				detailStatus: "ready",
				detailError: null
			});
			const now = deps.now();
			const unmeasured = d.value.events.some((e) => e.deliveries.some((x) => x.answerMs === null && now - x.receivedAt < 15e3));
			if (unmeasured && remeasure < 5) {
				remeasure++;
				setTimeout(() => {
					if (get().detailId === transferId) reload(true);
				}, 500);
			} else if (!unmeasured) remeasure = 0;
		};
		const reload = (quiet) => {
			const id = get().detailId;
			if (!id) return Promise.resolve();
			if (inFlight) {
				again = true;
				return inFlight;
			}
			inFlight = load(id, quiet).finally(() => {
				inFlight = null;
				if (again) {
					again = false;
					reload(true);
				}
			});
			return inFlight;
		};
		return {
			detailId: null,
			detail: null,
			detailSale: null,
			detailRejected: [],
			detailStatus: "idle",
			detailError: null,
			async openTransfer(transferId) {
				if (get().detailId !== transferId) set({
					detailId: transferId,
					detail: null,
					detailSale: null,
					detailRejected: []
				});
				remeasure = 0;
				again = false;
				if (inFlight) await inFlight;
				await reload(false);
			},
			refreshTransfer: () => reload(true),
			noteTransferChanges(transfers, deliveries, sales) {
				const id = get().detailId;
				if (!id || get().route.name !== "transfer") return;
				const sessionId = get().detail?.transfer.sessionId;
				if (transfers.some((t) => t.transferId === id) || deliveries.some((d) => d.transferId === id || d.transferId === null && claimedIds(d).transferId === id) || sessionId != null && sales.some((s) => s.sessionId === sessionId)) reload(true);
			}
		};
	};
}));
// src/renderer/src/store/tunnelSlice.ts
var createTunnelSlice;
var init_tunnelSlice = __esmMin((() => {
	createTunnelSlice = (deps) => (set, get) => {
		let liveCount = 0;
		let live = null;
		/** Fetches a TunnelView; while it is in flight, live statuses win over the reply's status. */
		async function fetchView(call) {
			const before = liveCount;
			const r = await call();
			if (r.ok && liveCount !== before && live) return {
				ok: true,
				value: {
					...r.value,
					status: live
				}
			};
			return r;
		}
		/** Runs one Health action: shows it as busy, and its error (if any) as the message. */
		async function act(label, call, done) {
			set({
				tunnelBusy: label,
				tunnelMessage: null
			});
			const r = await call();
			if (r.ok) done(r.value);
			else set({ tunnelMessage: r.error.message });
			set({ tunnelBusy: null });
		}
		const setView = (v) => set({
			tunnel: v,
			tunnelStatus: "ready",
			tunnelError: null
		});
		return {
			tunnel: null,
			tunnelStatus: "idle",
			tunnelError: null,
			tunnelBusy: null,
			selfTest: null,
			reconcileResult: null,
			reconcileProgress: null,
			tunnelMessage: null,
			async loadTunnel() {
				if (!get().tunnel) set({ tunnelStatus: "loading" });
				const r = await fetchView(() => deps.bridge.invoke("tunnel.status", {}));
				if (r.ok) setView(r.value);
				else set({
					tunnelStatus: "error",
					tunnelError: r.error.message
				});
			},
			applyTunnelStatus(status) {
				liveCount++;
				live = status;
				const t = get().tunnel;
				if (t) set({ tunnel: {
					...t,
					status
				} });
			},
			startTunnel: (args) => act("start", () => fetchView(() => deps.bridge.invoke("tunnel.start", args)), setView),
			stopTunnel: () => act("stop", () => fetchView(() => deps.bridge.invoke("tunnel.stop", {})), setView),
			runSelfTest: () => act("selftest", () => deps.bridge.invoke("health.selfTest", {}), (v) => set({ selfTest: v })),
			runReconcile: () => {
				set({
					reconcileResult: null,
					reconcileProgress: null
				});
				return act("reconcile", () => deps.bridge.invoke("reconcile.run", {}), (v) => {
					set({ reconcileResult: v });
					get().loadTunnel();
				});
			},
			applyReconcileProgress(p) {
				const cur = get().reconcileProgress;
				if (cur && p.runId < cur.runId) return;
				set({ reconcileProgress: p });
			},
			setAllowlist: (enabled) => act("allowlist", () => fetchView(() => deps.bridge.invoke("tunnel.setAllowlist", { enabled })), setView)
		};
	};
}));
// src/renderer/src/store/uiSlice.ts
var createUiSlice;
var init_uiSlice = __esmMin((() => {
	init_route();
	createUiSlice = (set, get) => ({
		route: { name: "counter" },
		theme: null,
		stream: "connecting",
		setRoute: (hash) => {
			const route = parseRoute(hash);
			if (route.name === "ledger") get().applyLedgerRoute(route.filter);
			else if (route.name === "inspector") get().applyInspectorRoute(route.view);
			set({ route });
		},
		setTheme: (theme) => set({ theme }),
		setStream: (stream) => set({ stream })
	});
}));
// src/renderer/src/store/index.ts
function createAppStore(deps) {
	return createStore()((...a) => ({
		...createUiSlice(...a),
		...createHealthSlice(deps)(...a),
		...createCounterSlice(deps)(...a),
		...createLedgerSlice(deps)(...a),
		...createTransferSlice(deps)(...a),
		...createInspectorSlice(deps)(...a),
		...createSettingsSlice(deps)(...a),
		...createTunnelSlice(deps)(...a),
		...createDisplaySlice(deps)(...a),
		...createReceiptSlice(deps)(...a),
		...createShiftSlice(deps)(...a),
		...createReportsSlice(deps)(...a),
		...createSupportSlice(deps)(...a)
	}));
}
var init_store = __esmMin((() => {
	init_vanilla();
	init_counterSlice();
	init_displaySlice();
	init_healthSlice();
	init_inspectorSlice();
	init_ledgerSlice();
	init_receiptSlice();
	init_reportsSlice();
	init_settingsSlice();
	init_shiftSlice();
	init_supportSlice();
	init_transferSlice();
	init_tunnelSlice();
	init_uiSlice();
}));
// src/renderer/src/bootstrap.ts
function readTheme() {
	try {
		const t = localStorage.getItem(THEME_KEY);
		return t === "light" || t === "dark" ? t : null;
	} catch {
		return null;
	}
}
function bootstrap(win = window) {
	const bridge = pickBridge(win);
	if (!bridge) return null;
	const store = createAppStore({
		bridge,
		link: createMeshLinkLauncher(),
		now: () => Date.now(),
		url: { replace(hash) {
			if (win.location.hash !== hash) win.history.replaceState(win.history.state, "", hash);
		} }
	});
	const s = store.getState();
	s.setTheme(readTheme());
	const applyTheme = (t) => {
		if (t) document.documentElement.dataset.theme = t;
		else delete document.documentElement.dataset.theme;
	};
	applyTheme(store.getState().theme);
	s.setRoute(win.location.hash);
	const onHash = () => store.getState().setRoute(win.location.hash);
	win.addEventListener("hashchange", onHash);
	const unsubStore = store.subscribe((next, prev) => {
		if (next.theme !== prev.theme) {
			applyTheme(next.theme);
			try {
				if (next.theme) localStorage.setItem(THEME_KEY, next.theme);
				else localStorage.removeItem(THEME_KEY);
			} catch {}
		}
		if (next.route !== prev.route) loadForRoute(store);
	});
	const shellNotify = win.countertop?.notify;
	const stopCues = attachCues(store, {
		play: (kind) => audioCues.play(kind),
		notify: (cue) => typeof shellNotify === "function" ? shellNotify({
			title: cue.title,
			body: cue.body,
			tag: `countertop-sale-${cue.sessionId}`
		}) : browserNotify(cue),
		hasFocus: () => win.document.hasFocus()
	});
	const disconnect = connectEvents(store, bridge, frameScheduler);
	loadShell(store);
	s.loadCounterSettings();
	loadForRoute(store);
	const preload = setTimeout(preloadMeshLink, 1e3);
	const healthTimer = setInterval(() => void store.getState().loadHealth(), 3e4);
	const saleTimer = setInterval(() => {
		const st = store.getState();
		const sale = st.currentSaleId ? st.sales[st.currentSaleId] : void 0;
		if (sale && !isFinalSale(sale.state)) st.refreshSale(sale.sessionId);
	}, 15e3);
	return {
		store,
		bridge,
		stop() {
			disconnect();
			unsubStore();
			stopCues();
			win.removeEventListener("hashchange", onHash);
			clearTimeout(preload);
			clearInterval(healthTimer);
			clearInterval(saleTimer);
		}
	};
}
var THEME_KEY, frameScheduler;
var init_bootstrap = __esmMin((() => {
	init_bridge();
	init_meshLink();
	init_cues();
	init_saleState();
	init_live();
	init_store();
	THEME_KEY = "countertop.theme";
	frameScheduler = (cb) => document.hidden ? setTimeout(cb, 250) : requestAnimationFrame(() => cb());
}));
(/* @__PURE__ */ __commonJSMin((() => {
	init_skip_prewarm();
	init_styles();
	var import_react = /* @__PURE__ */ __toESM(require_react());
	var import_client = require_client();
	init_App();
	init_bootstrap();
	init_react();
	var import_jsx_runtime = require_jsx_runtime();
	var started = bootstrap();
	var root = (0, import_client.createRoot)(document.getElementById("root"));
	if (!started) root.render(/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("main", {
		className: "no-token",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", { children: "Countertop" }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			role: "alert",
			children: [
				"Open the console with the URL printed by ",
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("code", { children: "npm run serve" }),
				" (it carries the access token)."
			]
		})]
	}));
	else root.render(/* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.StrictMode, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StoreProvider, {
		store: started.store,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(App, {})
	}) }));
})))();
