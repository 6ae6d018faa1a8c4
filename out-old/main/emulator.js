const require_emulator = require("./chunks/emulator-CLgm5r48.js");
let node_util = require("node:util");
// src/main/emulator/cli-args.ts
var EMULATOR_USAGE = `Usage: node out/main/emulator.js --port N --webhook-url URL --webhook-secret S
         [--client-id ID --client-secret SECRET] [--control-token T] [--host H] [--settle-delay-ms MS]

  --port             TCP port to listen on (0 = any free port)
  --webhook-url      where transfer status webhooks are POSTed
  --webhook-secret   HMAC key for X-Mesh-Signature-256 (or env MESH_EMULATOR_WEBHOOK_SECRET)
  --client-id        API client id to accept; with --client-secret (or env MESH_EMULATOR_CLIENT_SECRET).
                     Without both, throwaway credentials are generated and printed once.
  --control-token    bearer token the control API (/_emulator/*) requires, 16+ characters (or env
                     MESH_EMULATOR_CONTROL_TOKEN). Without it, one is generated and printed once.
  --host             loopback address to bind: 127.0.0.1 (default), ::1 or localhost
  --settle-delay-ms  time from Pending to the final status (default 1500)`;
function int(name, v, min, max) {
	if (!/^\d+$/.test(v)) return `--${name} must be a whole number; got "${v}"`;
	const n = Number(v);
	return n < min || n > max ? `--${name} must be from ${min} to ${max}; got ${n}` : n;
}
function parseEmulatorArgs(argv, env = {}) {
	let values;
	try {
		values = (0, node_util.parseArgs)({
			args: [...argv],
			strict: true,
			allowPositionals: false,
			options: {
				port: { type: "string" },
				"webhook-url": { type: "string" },
				"webhook-secret": { type: "string" },
				"client-id": { type: "string" },
				"client-secret": { type: "string" },
				"control-token": { type: "string" },
				host: { type: "string" },
				"settle-delay-ms": { type: "string" },
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
	const portRaw = str("port");
	if (portRaw === void 0) return {
		ok: false,
		message: "--port is required (use 0 for any free port)"
	};
	const port = int("port", portRaw, 0, 65535);
	if (typeof port === "string") return {
		ok: false,
		message: port
	};
	const webhookUrl = str("webhook-url");
	if (webhookUrl === void 0) return {
		ok: false,
		message: "--webhook-url is required (where webhooks are sent)"
	};
	try {
		const u = new URL(webhookUrl);
		if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
	} catch {
		return {
			ok: false,
			message: `--webhook-url must be an http(s) URL; got "${webhookUrl}"`
		};
	}
	const webhookSecret = str("webhook-secret") ?? env.MESH_EMULATOR_WEBHOOK_SECRET;
	if (!webhookSecret) return {
		ok: false,
		message: "--webhook-secret is required (or set MESH_EMULATOR_WEBHOOK_SECRET)"
	};
	const clientId = str("client-id");
	const clientSecret = str("client-secret") ?? (clientId !== void 0 ? env.MESH_EMULATOR_CLIENT_SECRET : void 0);
	if (clientId === void 0 !== (clientSecret === void 0)) return {
		ok: false,
		message: "give --client-id and --client-secret together, or neither (then throwaway credentials are generated)"
	};
	const host = str("host") ?? "127.0.0.1";
	if (!require_emulator.isEmulatorHost(host)) return {
		ok: false,
		message: `--host must be a loopback address (${require_emulator.EMULATOR_HOSTS.join(", ")}); got "${host}". The emulator is for this machine only.`
	};
	const controlToken = str("control-token") ?? (env.MESH_EMULATOR_CONTROL_TOKEN || void 0);
	if (controlToken !== void 0 && controlToken.length < 16) return {
		ok: false,
		message: "--control-token must be at least 16 characters"
	};
	const options = {
		host,
		port,
		webhookUrl,
		webhookSecret
	};
	if (controlToken !== void 0) options.controlToken = controlToken;
	if (clientId !== void 0 && clientSecret !== void 0) {
		options.clientId = clientId;
		options.clientSecret = clientSecret;
	}
	const settle = str("settle-delay-ms");
	if (settle !== void 0) {
		const n = int("settle-delay-ms", settle, 0, 36e5);
		if (typeof n === "string") return {
			ok: false,
			message: n
		};
		options.settleDelayMs = n;
	}
	return {
		ok: true,
		help: false,
		options
	};
}
// src/main/emulator/cli.ts
async function main() {
	const parsed = parseEmulatorArgs(process.argv.slice(2), process.env);
	if (!parsed.ok) {
		process.stderr.write(`mesh-emulator: ${parsed.message}\n\n${EMULATOR_USAGE}\n`);
		process.exit(2);
	}
	if (parsed.help) {
		process.stdout.write(`${EMULATOR_USAGE}\n`);
		return;
	}
	const o = parsed.options;
	const running = {};
	let stopping = false;
	const stop = (signal) => {
		if (stopping) return;
		stopping = true;
		process.stderr.write(`mesh-emulator: ${signal}, shutting down\n`);
		if (!running.emulator) return;
		running.emulator.close().then(() => process.exit(0), (e) => {
			process.stderr.write(`mesh-emulator: error while closing: ${e instanceof Error ? e.message : String(e)}\n`);
			process.exit(1);
		});
	};
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
	const emulator = running.emulator = await require_emulator.startMeshEmulator({
		host: o.host,
		port: o.port,
		webhookUrl: o.webhookUrl,
		webhookSecret: o.webhookSecret,
		clientId: o.clientId,
		clientSecret: o.clientSecret,
		controlToken: o.controlToken,
		settleDelayMs: o.settleDelayMs,
		log: (e) => process.stderr.write(`mesh-emulator [${e.kind}] ${e.message}\n`)
	});
	if (stopping) {
		stopping = false;
		stop("SIGTERM");
		return;
	}
	process.stdout.write(`mesh-emulator: ${emulator.url}\n`);
	if (emulator.generatedCredentials) {
		process.stdout.write(`mesh-emulator: generated client id ${emulator.clientId}\n`);
		process.stdout.write(`mesh-emulator: generated client secret (throwaway test key) ${emulator.clientSecret}\n`);
	}
	if (emulator.generatedControlToken) process.stdout.write(`mesh-emulator: control token ${emulator.controlToken}\n`);
}
main().catch((e) => {
	const err = e;
	const why = err instanceof TypeError ? err.message : err.code === "EADDRINUSE" ? "that port is already in use; pick another --port" : err.code === "EACCES" ? "not allowed to listen there; pick a port above 1024" : err.message ?? String(e);
	process.stderr.write(`mesh-emulator: could not start: ${why}\n`);
	process.exit(1);
});
