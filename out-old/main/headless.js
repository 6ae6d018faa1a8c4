const require_rolldown_runtime = require("./chunks/rolldown-runtime-Bc0pwXKd.js");
const require_logging = require("./chunks/logging-B6YentAb.js");
const require_contract = require("./chunks/contract-pyYsTFf9.js");
const require_protocol = require("./chunks/protocol-iWDzxKh1.js");
let node_fs = require("node:fs");
let node_fs_promises = require("node:fs/promises");
let node_path = require("node:path");
let node_crypto = require("node:crypto");
let fastify = require("fastify");
fastify = require_rolldown_runtime.__toESM(fastify);
let node_util = require("node:util");
let node_os = require("node:os");
let _fastify_static = require("@fastify/static");
_fastify_static = require_rolldown_runtime.__toESM(_fastify_static);
let _fastify_websocket = require("@fastify/websocket");
_fastify_websocket = require_rolldown_runtime.__toESM(_fastify_websocket);
// src/main/headless/security.ts
/** Mesh Link's origin (reference §1: the console frames it). */
var MESH_LINK_ORIGIN = "https://web.meshconnect.com";
/** Names the console always answers to, besides its bound address and the merchant's. */
var ALWAYS_ALLOWED_HOSTS = [
	"localhost",
	"127.0.0.1",
	"::1"
];
var WILDCARDS = /* @__PURE__ */ new Set([
	"0.0.0.0",
	"::",
	""
]);
function parse(url) {
	try {
		return new URL(url);
	} catch {
		return null;
	}
}
/** A loopback http origin (the emulator's): the only non-https origin Link may be framed from. */
function isLoopbackHttpOrigin(origin) {
	const u = parse(origin);
	return !!u && u.protocol === "http:" && [
		"127.0.0.1",
		"localhost",
		"[::1]"
	].includes(u.hostname) && u.origin === origin;
}
/** The origins whose pages the console may frame: Mesh Link's, plus the emulator's loopback origin in emulator mode. */
function consoleLinkOrigins(emulatorUrl) {
	const out = [MESH_LINK_ORIGIN];
	const o = emulatorUrl ? parse(emulatorUrl)?.origin : void 0;
	if (o && isLoopbackHttpOrigin(o)) out.push(o);
	return out;
}
/** The console page's Content-Security-Policy: its own scripts only, Link as the only frame, never framed itself. */
function consoleCsp(linkOrigins) {
	for (const o of linkOrigins) if (!/^https:\/\/[a-z0-9.-]+$/i.test(o) && !isLoopbackHttpOrigin(o)) throw new Error(`not a valid Link origin: ${o}`);
	return [
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		`frame-src ${linkOrigins.join(" ")}`,
		"worker-src 'none'",
		"manifest-src 'none'",
		"media-src 'none'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'"
	].join("; ");
}
/** The headers of every console answer (pages, assets and API alike). */
function securityHeaders(csp) {
	return {
		"Content-Security-Policy": csp,
		"Referrer-Policy": "no-referrer",
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options": "DENY"
	};
}
/** A Host-header name as the console compares it: lower-case, no trailing dot, no IPv6 brackets. */
function normaliseHostName(name) {
	return name.trim().toLowerCase().replace(/\.$/, "").replace(/^\[(.*)\]$/, "$1");
}
/** The name and port in a Host header (`name`, `name:port`, `[v6]:port`), or null when it is malformed. */
function parseHostHeader(header) {
	if (typeof header !== "string") return null;
	const h = header.trim().toLowerCase();
	let name;
	let port;
	if (h.startsWith("[")) {
		const end = h.indexOf("]");
		if (end < 0) return null;
		name = h.slice(1, end);
		const rest = h.slice(end + 1);
		if (rest !== "") {
			if (!rest.startsWith(":")) return null;
			port = rest.slice(1);
		}
	} else {
		const parts = h.split(":");
		if (parts.length > 2) return null;
		name = parts[0];
		port = parts[1];
	}
	if (port !== void 0 && (!/^\d{1,5}$/.test(port) || Number(port) > 65535)) return null;
	name = name.replace(/\.$/, "");
	if (name === "" || /[^a-z0-9._:-]/.test(name)) return null;
	return {
		name,
		port: port === void 0 ? null : Number(port)
	};
}
/**
* The Host names the console answers to: its bound address, localhost, 127.0.0.1, ::1 and the
* merchant's `--console-allow-host` names; bound to a wildcard, also this machine's own addresses
* (an IP literal cannot be rebound). A name an attacker's DNS points at us is not among them.
*/
function consoleHostAllowList(o) {
	const out = new Set(ALWAYS_ALLOWED_HOSTS);
	const bound = normaliseHostName(o.bound);
	if (!WILDCARDS.has(bound)) out.add(bound);
	else for (const a of o.interfaceAddresses ?? []) out.add(normaliseHostName(a));
	for (const n of o.extra ?? []) out.add(normaliseHostName(n));
	return out;
}
function isAllowedHost(header, allowed) {
	const h = parseHostHeader(header);
	return h !== null && allowed.has(h.name);
}
/**
* Whether an Origin header names the same origin as the request's (already allowed) Host:
* `absent` (a non-browser client; the token still applies), `same`, or `foreign` — which
* includes `null` (sandboxed frames, file:// pages, some redirects).
*/
function originVerdict(origin, hostHeader) {
	if (origin === void 0) return "absent";
	const u = parse(origin);
	const host = parseHostHeader(hostHeader);
	if (!u || !host || u.protocol !== "http:" && u.protocol !== "https:" || u.origin !== origin.trim().toLowerCase().replace(/\/$/, "")) return "foreign";
	const defaultPort = u.protocol === "https:" ? 443 : 80;
	const originPort = u.port === "" ? defaultPort : Number(u.port);
	const hostPort = host.port ?? defaultPort;
	return normaliseHostName(u.hostname) === host.name && originPort === hostPort ? "same" : "foreign";
}
// src/main/headless/options.ts
var UsageError = class extends Error {};
var USAGE = `Usage: npm run serve -- [--data DIR] [--port N] [--webhook-port N] [--webhook-host HOST]
                        [--console-host HOST] [--console-allow-host NAME]... [--database URL] [--sandbox]

  --data DIR                where the ledger lives (default: the per-user app data directory)
  --port N                  console port (default 4400; 0 picks a free port)
  --webhook-port N          webhook listener port (default 4401; 0 picks a free port)
  --webhook-host HOST       address of the webhook listener, the only one meant to be public
                            (default 127.0.0.1; a tunnel forwards to it)
  --console-host HOST       address of the console (default 127.0.0.1). Anything but loopback
                            exposes the console to other machines: it needs COUNTERTOP_TOKEN set
                            explicitly (16+ characters) and prints a warning
  --console-allow-host NAME a name the console may be reached by (Host header), besides its own
                            address, localhost, 127.0.0.1 and [::1]; repeatable
  --database URL            keep the ledger in PostgreSQL (postgres://user:pass@host:5432/db), shared
                            by every counter pointed at it; default: SQLite in the data directory
  --sandbox                 run the built-in Mesh emulator (also the default with no Mesh credentials)
  --host HOST               deprecated: now means --webhook-host HOST (the console stays on loopback)

Environment: COUNTERTOP_DATABASE_URL (as --database), MESH_WEBHOOK_SECRET (webhook secret), COUNTERTOP_TOKEN (console token; a fresh
one per launch when unset), COUNTERTOP_EMULATOR_TOKEN (the in-app emulator's control token,
for tests; unset: a random one that never leaves the process).`;
/** The per-user application data directory, as Electron's app.getPath('userData') would give. */
function defaultDataDir(env = process.env, platform = process.platform) {
	const home = env.HOME ?? (0, node_os.homedir)();
	if (platform === "win32") return (0, node_path.join)(env.APPDATA ?? (0, node_path.join)(home, "AppData", "Roaming"), "Countertop");
	if (platform === "darwin") return (0, node_path.join)(home, "Library", "Application Support", "Countertop");
	return (0, node_path.join)(env.XDG_CONFIG_HOME ?? (0, node_path.join)(home, ".config"), "Countertop");
}
/**
* Addresses that keep the console on this machine. Deliberately narrow: any other address —
* another 127.x address, a LAN address, a wildcard — counts as exposed and needs an explicit token.
*/
var CONSOLE_LOOPBACK = [
	"127.0.0.1",
	"::1",
	"localhost"
];
function isConsoleLoopback(host) {
	return CONSOLE_LOOPBACK.includes(host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1"));
}
function port(name, v, dflt) {
	if (v === void 0) return dflt;
	if (!/^\d+$/.test(v) || Number(v) > 65535) throw new UsageError(`${name} must be a port number from 0 to 65535 (got "${v}").`);
	return Number(v);
}
function address(name, v, dflt) {
	if (v === void 0) return dflt;
	const h = v.trim().replace(/^\[(.*)\]$/, "$1");
	if (h === "") throw new UsageError(`${name} must not be empty.`);
	if (/[\s/?#@]/.test(h)) throw new UsageError(`${name} must be an address or a host name (got "${v}").`);
	return h;
}
/** Why a console on `consoleHost` may not start with this token, or null when it may. */
function consoleExposureProblem(consoleHost, token) {
	if (isConsoleLoopback(consoleHost)) return null;
	if (!token) return `--console-host ${consoleHost} makes the console (the ledger, settings and payout addresses) reachable from other machines. Set COUNTERTOP_TOKEN to a long random token (16+ characters) to do that on purpose, or leave --console-host out to keep the console on this machine.`;
	if (token.length < 16) return `COUNTERTOP_TOKEN is too short for a console reachable from other machines (--console-host ${consoleHost}): use 16 or more random characters.`;
	return null;
}
/** --database, else COUNTERTOP_DATABASE_URL; only postgres:// (or postgresql://) URLs. */
function databaseUrl(flag, env) {
	const raw = flag ?? (env.COUNTERTOP_DATABASE_URL?.trim() || void 0);
	if (raw === void 0) return null;
	const from = flag !== void 0 ? "--database" : "COUNTERTOP_DATABASE_URL";
	let u;
	try {
		u = new URL(raw);
	} catch {
		throw new UsageError(`${from} must be a PostgreSQL URL such as postgres://countertop:PASSWORD@db.local:5432/countertop (got something that is not a URL).`);
	}
	if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") throw new UsageError(`${from} must start with postgres:// (got ${u.protocol}//…); without it the ledger stays in SQLite in the data directory.`);
	if (!u.hostname && !u.searchParams.get("host")) throw new UsageError(`${from} needs a host, e.g. postgres://countertop@db.local:5432/countertop.`);
	return raw;
}
function parseHeadlessArgs(argv, env = process.env) {
	let values;
	try {
		({values} = (0, node_util.parseArgs)({
			args: argv,
			options: {
				data: { type: "string" },
				port: { type: "string" },
				"webhook-port": { type: "string" },
				"webhook-host": { type: "string" },
				"console-host": { type: "string" },
				"console-allow-host": {
					type: "string",
					multiple: true
				},
				host: { type: "string" },
				database: { type: "string" },
				sandbox: {
					type: "boolean",
					default: false
				},
				help: {
					type: "boolean",
					short: "h",
					default: false
				}
			},
			strict: true,
			allowPositionals: false
		}));
	} catch (err) {
		throw new UsageError(err.message);
	}
	if (values.help) return "help";
	if (values.data !== void 0 && values.data.trim() === "") throw new UsageError("--data must not be empty.");
	const warnings = [];
	if (values.host !== void 0) {
		if (values["webhook-host"] !== void 0) throw new UsageError("--host is the deprecated name of --webhook-host: give only --webhook-host.");
		address("--host", values.host, "127.0.0.1");
		warnings.push(`--host is deprecated: it now sets only the webhook listener (use --webhook-host ${values.host}). The console stays on ${isConsoleLoopback(values["console-host"] ?? "127.0.0.1") ? "loopback" : values["console-host"]}; to reach it from other machines use --console-host with COUNTERTOP_TOKEN.`);
	}
	const webhookHost = address(values.host !== void 0 ? "--host" : "--webhook-host", values["webhook-host"] ?? values.host, "127.0.0.1");
	const consoleHost = address("--console-host", values["console-host"], "127.0.0.1");
	const consoleAllowHosts = (values["console-allow-host"] ?? []).map((n) => {
		const h = normaliseHostName(n);
		const isName = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(h);
		const isIpv6 = h.includes(":") && /^[0-9a-f:.]+$/.test(h);
		if (!isName && !isIpv6) throw new UsageError(`--console-allow-host must be a host name or address without a port (got "${n}").`);
		return h;
	});
	const token = env.COUNTERTOP_TOKEN && env.COUNTERTOP_TOKEN.trim() !== "" ? env.COUNTERTOP_TOKEN.trim() : null;
	const problem = consoleExposureProblem(consoleHost, token);
	if (problem) throw new UsageError(problem);
	if (!isConsoleLoopback(consoleHost)) warnings.push(`the console listens on ${consoleHost}, not on loopback: anyone who can reach that address and has the token controls this till (ledger, settings, payouts). Only the webhook listener is meant to be public.`);
	const emulatorToken = env.COUNTERTOP_EMULATOR_TOKEN && env.COUNTERTOP_EMULATOR_TOKEN.trim() !== "" ? env.COUNTERTOP_EMULATOR_TOKEN.trim() : null;
	if (emulatorToken !== null && emulatorToken.length < 16) throw new UsageError("COUNTERTOP_EMULATOR_TOKEN must be at least 16 characters.");
	return {
		dataDir: values.data ?? defaultDataDir(env),
		webhookHost,
		consoleHost,
		consoleAllowHosts,
		port: port("--port", values.port, 4400),
		webhookPort: port("--webhook-port", values["webhook-port"], 4401),
		sandbox: values.sandbox ?? false,
		token,
		webhookSecret: env.MESH_WEBHOOK_SECRET && env.MESH_WEBHOOK_SECRET !== "" ? env.MESH_WEBHOOK_SECRET : null,
		emulatorToken,
		databaseUrl: databaseUrl(values.database, env),
		warnings
	};
}
// src/main/headless/server.ts
/** Transport-level failures only; everything else a command answers is HTTP 200. */
function httpStatusFor(code) {
	switch (code) {
		case require_contract.ErrorCodes.UNKNOWN_COMMAND: return 404;
		case require_contract.ErrorCodes.INVALID_ARGUMENT: return 400;
		case require_contract.ErrorCodes.INTERNAL: return 500;
		default: return 200;
	}
}
function tokenMatches(expected, given) {
	if (!given) return false;
	const a = Buffer.from(expected, "utf8");
	const b = Buffer.from(given, "utf8");
	if (a.length !== b.length) {
		(0, node_crypto.timingSafeEqual)(a, a);
		return false;
	}
	return (0, node_crypto.timingSafeEqual)(a, b);
}
function roleOf(given, token, displayToken) {
	const isConsole = tokenMatches(token, given);
	const isDisplay = displayToken !== null && tokenMatches(displayToken, given);
	return isConsole ? "console" : isDisplay ? "display" : null;
}
/** What a role may call: the display only DISPLAY_COMMANDS. */
function mayCall(role, command) {
	return role === "console" || command !== void 0 && require_contract.DISPLAY_COMMANDS.includes(command);
}
/** What a role may hear: the display only DISPLAY_EVENTS. */
function mayHear(role, event) {
	return role === "console" || require_contract.DISPLAY_EVENTS.includes(event);
}
function bearer(req) {
	const h = req.headers.authorization;
	if (typeof h !== "string") return null;
	const m = /^Bearer\s+(.+)$/i.exec(h.trim());
	return m ? m[1].trim() : null;
}
async function startConsoleServer(opts) {
	const displayToken = opts.displayToken ?? null;
	if (displayToken !== null && (displayToken.length < 16 || tokenMatches(opts.token, displayToken))) throw new Error("The display token must be at least 16 characters and differ from the console token.");
	const app = (0, fastify.default)({
		...opts.logger ? { loggerInstance: opts.logger } : { logger: false },
		logController: new fastify.LogController({ disableRequestLogging: true }),
		bodyLimit: 1048576,
		return503OnClosing: true,
		forceCloseConnections: "idle"
	});
	await app.register(_fastify_websocket.default, { options: { maxPayload: 65536 } });
	const allowedHosts = opts.allowedHosts ?? consoleHostAllowList({ bound: opts.host });
	const headers = securityHeaders(consoleCsp(opts.linkOrigins ?? consoleLinkOrigins(null)));
	app.setErrorHandler((err, req, reply) => {
		const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
		if (status >= 500) app.log.error({
			err,
			url: req.url.replace(/token=[^&]*/g, "token=[redacted]")
		}, "console request failed");
		reply.code(status).send(require_contract.fail(status >= 500 ? require_contract.ErrorCodes.INTERNAL : require_contract.ErrorCodes.INVALID_ARGUMENT, status >= 500 ? "Internal error." : err.message));
	});
	app.addHook("onRequest", async (req, reply) => {
		reply.headers(headers);
		if (!isAllowedHost(req.headers.host, allowedHosts)) return reply.code(403).send(require_contract.fail(require_contract.ErrorCodes.UNAUTHORIZED, `This console does not answer to the host name "${String(req.headers.host ?? "").slice(0, 100)}". Open it by its own address, or start it with --console-allow-host NAME.`));
		const isApi = (req.routeOptions?.url ?? "").startsWith("/api/") || req.url === "/api" || req.url.startsWith("/api/") || req.url.startsWith("/api?");
		if (isApi && originVerdict(req.headers.origin, req.headers.host) === "foreign") return reply.code(403).send(require_contract.fail(require_contract.ErrorCodes.UNAUTHORIZED, "The console API answers only pages of the console itself (same origin)."));
		if (req.method !== "POST" || !isApi) return;
		const role = roleOf(bearer(req), opts.token, displayToken);
		if (!role) return reply.code(401).send(require_contract.fail(require_contract.ErrorCodes.UNAUTHORIZED, "A valid console token is required (Authorization: Bearer TOKEN)."));
		if (!mayCall(role, req.params?.command)) return reply.code(403).send(require_contract.fail(require_contract.ErrorCodes.UNAUTHORIZED, "The customer display token may only read the display (display.get). Use the console token for anything else."));
	});
	app.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => {
		if (body === "" || body === void 0) return done(null, {});
		try {
			done(null, JSON.parse(body));
		} catch {
			done(Object.assign(/* @__PURE__ */ new Error("The request body is not valid JSON."), { statusCode: 400 }));
		}
	});
	app.post("/api/:command", async (req, reply) => {
		const result = await opts.registry.dispatchWire(req.params.command, req.body);
		if (!result.ok) reply.code(httpStatusFor(result.error.code));
		if (result.ok && result.value instanceof require_protocol.Serialized) return reply.type("application/json; charset=utf-8").send(require_protocol.okEnvelopeBytes(result.value));
		return result;
	});
	app.get("/api/events", { websocket: true }, (socket, req) => {
		const role = roleOf(req.query.token ?? null, opts.token, displayToken);
		if (!role) {
			socket.close(4401, "unauthorized");
			return;
		}
		const unsubscribe = opts.bus.subscribe((msg) => {
			if (socket.readyState === socket.OPEN && mayHear(role, msg.type)) socket.send(JSON.stringify(msg));
		});
		socket.send(JSON.stringify({ type: "hello" }));
		socket.on("close", unsubscribe);
		socket.on("error", unsubscribe);
	});
	if (opts.staticDir && (0, node_fs.existsSync)(opts.staticDir)) {
		await app.register(_fastify_static.default, {
			root: opts.staticDir,
			index: ["index.html"],
			wildcard: false
		});
		app.get("/display", async (_req, reply) => reply.type("text/html; charset=utf-8").sendFile("display.html"));
	} else app.get("/", async (_req, reply) => reply.type("text/plain").send("The console UI is not built. Run `npm run build` (npm run serve does it for you)."));
	await app.listen({
		host: opts.host,
		port: opts.port
	});
	const addr = app.server.address();
	const port = typeof addr === "object" && addr ? addr.port : opts.port;
	return {
		app,
		token: opts.token,
		displayToken,
		port,
		url: `http://${opts.host}:${port}`,
		close: () => app.close()
	};
}
// src/main/headless/app.ts
function hostForUrl(host) {
	return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}
function isWildcard(host) {
	return host === "0.0.0.0" || host === "::" || host === "";
}
/** This machine's own addresses: what a console bound to a wildcard may be reached by. */
function interfaceAddresses() {
	return Object.values((0, node_os.networkInterfaces)()).flatMap((list) => list ?? []).map((i) => i.address);
}
async function startHeadless(opts) {
	const logger = opts.logger ?? require_logging.silentLogger();
	const consoleHost = opts.consoleHost ?? "127.0.0.1";
	const exposure = consoleExposureProblem(consoleHost, opts.token);
	if (exposure) {
		await opts.lock?.release();
		throw Object.assign(new Error(exposure), { code: "CONSOLE_EXPOSED" });
	}
	const token = opts.token ?? require_logging.randomToken(24);
	const displayToken = require_logging.randomToken(24);
	const env = { ...opts.env ?? process.env };
	if (opts.webhookSecret) env.MESH_WEBHOOK_SECRET = opts.webhookSecret;
	const host = await require_logging.startHost({
		dataDir: opts.dataDir,
		secrets: require_logging.createFileSecretStore(opts.dataDir),
		logger,
		sandbox: opts.sandbox,
		env,
		lock: opts.lock,
		webhookHost: opts.webhookHost,
		webhookPort: opts.webhookPort,
		emulator: {
			...opts.emulator,
			...opts.emulatorToken ? { controlToken: opts.emulatorToken } : {}
		},
		core: {
			synchronous: opts.synchronous,
			reconcile: opts.reconcile,
			databaseUrl: opts.databaseUrl ?? void 0,
			...opts.now ? { now: opts.now } : {},
			hostSecrets: () => [token, displayToken]
		}
	});
	const { core, emulator } = host;
	let consoleServer;
	try {
		consoleServer = await startConsoleServer({
			registry: core.registry,
			bus: core.bus,
			token,
			displayToken,
			host: consoleHost,
			port: opts.port,
			allowedHosts: consoleHostAllowList({
				bound: consoleHost,
				extra: opts.consoleAllowHosts,
				interfaceAddresses: interfaceAddresses()
			}),
			linkOrigins: consoleLinkOrigins(emulator?.url ?? null),
			staticDir: opts.staticDir ?? (0, node_path.join)(__dirname, "../renderer"),
			logger: logger.child({ component: "console" })
		});
		const cs = consoleServer;
		const displayPath = `/display?token=${encodeURIComponent(displayToken)}`;
		core.setDisplayOpener(() => Promise.resolve({
			url: displayPath,
			opened: false
		}));
		core.setConsolePort(cs.port);
		host.startBackground();
		const origin = `http://${hostForUrl(isWildcard(consoleHost) ? "127.0.0.1" : consoleHost)}:${cs.port}`;
		return {
			core,
			emulator,
			console: cs,
			token: cs.token,
			consoleUrl: `${origin}/?token=${encodeURIComponent(cs.token)}`,
			displayToken,
			displayUrl: `${origin}${displayPath}`,
			webhookUrl: `http://${hostForUrl(opts.webhookHost)}:${core.receiver.port}/webhooks/mesh`,
			extraLines: emulator ? [`mesh-emulator: ${emulator.url}`] : [],
			async close() {
				await cs.close();
				await host.close();
			}
		};
	} catch (err) {
		await consoleServer?.close().catch(() => {});
		await host.close().catch(() => {});
		throw err;
	}
}
// src/main/headless/test-clock.ts
var TEST_CLOCK_ENV = "COUNTERTOP_TEST_CLOCK_FILE";
/** Reads "the offset in ms" from a file's text: an integer (may be negative), else 0. */
function parseClockOffset(text) {
	const t = text.trim();
	return /^-?\d{1,15}$/.test(t) ? Number(t) : 0;
}
function testClockFromEnv(env, base = Date.now) {
	const file = env[TEST_CLOCK_ENV]?.trim();
	if (!file) return null;
	let offset = 0;
	let reading = false;
	const read = () => {
		if (reading) return;
		reading = true;
		(0, node_fs_promises.readFile)(file, "utf8").then((text) => offset = parseClockOffset(text)).catch(() => offset = 0).finally(() => reading = false);
	};
	read();
	const timer = setInterval(read, 100);
	timer.unref();
	return {
		now: () => base() + offset,
		stop: () => clearInterval(timer)
	};
}
// src/main/headless/cli.ts
async function main() {
	let opts;
	try {
		opts = parseHeadlessArgs(process.argv.slice(2));
	} catch (err) {
		if (err instanceof UsageError) {
			process.stderr.write(`countertop: ${err.message}\n\n${USAGE}\n`);
			process.exit(2);
		}
		throw err;
	}
	if (opts === "help") {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	for (const w of opts.warnings) process.stderr.write(`countertop: warning: ${w}\n`);
	let lock;
	let tightened = false;
	try {
		({lock, tightened} = require_logging.claimDataDir(opts.dataDir));
	} catch (err) {
		process.stderr.write(`countertop: could not start: ${err.message}\n`);
		process.exit(1);
	}
	let logs;
	try {
		logs = await require_logging.createLogger({ dataDir: opts.dataDir });
	} catch (err) {
		await lock.release();
		process.stderr.write(`countertop: cannot write the log in ${opts.dataDir}/logs: ${err.message}\n`);
		process.exit(1);
	}
	const logger = logs.logger;
	const log = (msg) => logger.info(msg);
	let app;
	let closing = false;
	const shutdown = (signal) => {
		if (closing) return;
		closing = true;
		log(`${signal}: shutting down`);
		if (!app) return;
		app.close().then(() => logs.close()).then(() => process.exit(0)).catch((err) => {
			logger.error({ err }, "shutdown failed");
			logs.close().finally(() => process.exit(1));
		});
	};
	process.on("SIGINT", () => shutdown("SIGINT"));
	process.on("SIGTERM", () => shutdown("SIGTERM"));
	if (tightened) logger.warn({ dataDir: opts.dataDir }, `the data directory ${opts.dataDir} was readable by others; it is now private (0700)`);
	const clock = testClockFromEnv(process.env);
	if (clock) process.stderr.write(`countertop: warning: ${TEST_CLOCK_ENV} is set: the clock is moved by that file (for tests only).\n`);
	try {
		app = await startHeadless({
			...opts,
			lock,
			logger,
			...clock ? { now: clock.now } : {}
		});
	} catch (err) {
		const e = err;
		if (e.code === "EADDRINUSE") process.stderr.write(`countertop: ${e.message.replace(/\.$/, "")}. Pick another port with --port / --webhook-port (0 = any free port).\n`);
		else process.stderr.write(`countertop: could not start: ${e.message}\n`);
		logger.error({ err }, "could not start");
		await logs.close();
		process.exit(1);
	}
	if (closing) {
		closing = false;
		shutdown("signal during start-up");
		return;
	}
	process.stdout.write(`console: ${app.consoleUrl}\n`);
	process.stdout.write(`Customer display: ${app.displayUrl}\n`);
	process.stdout.write(`webhooks: ${app.webhookUrl}\n`);
	for (const line of app.extraLines ?? []) process.stdout.write(`${line}\n`);
}
main();
