let node_fs = require("node:fs");
// src/main/core/store/serialized.ts
var encoder = new TextEncoder();
var OK_HEAD = "{\"ok\":true,\"value\":";
var OK_TAIL = "}";
var Serialized = class {
	envelope;
	/** The value's JSON (a view into `envelope`). */
	json;
	/**
	* @param envelope the console API's whole answer, `{"ok":true,"value":…}`: built around the
	* value where it was serialized, so a transport sends it without copying (toJsonEnvelope).
	*/
	constructor(envelope) {
		this.envelope = envelope;
		this.json = envelope.subarray(19, envelope.length - 1);
	}
	/** The value again (a copy; costs a parse). */
	value() {
		return JSON.parse(new TextDecoder().decode(this.json));
	}
};
/** The value itself, parsing it if it came serialized. */
function materialize(v) {
	return v instanceof Serialized ? v.value() : v;
}
/**
* The console API's answer `{ ok: true, value }` as UTF-8 JSON, in a buffer of its own (so it
* can be transferred to another thread): new Serialized(bytes) reads it back.
*/
function toJsonEnvelope(value) {
	return encoder.encode(OK_HEAD + JSON.stringify(value) + OK_TAIL);
}
/** The answer's bytes as a Buffer, for a socket (the same memory: no copy). */
function okEnvelopeBytes(v) {
	return Buffer.from(v.envelope.buffer, v.envelope.byteOffset, v.envelope.byteLength);
}
/**
* What the Electron main process answers an invoke with: the envelope, or — for a value that
* came as JSON — `{ ok: true, json }` (src/shared/ipc-answer.ts: the preload parses it, in the
* page's process, not in the one that answers Mesh).
*/
function toIpcAnswer(e) {
	return e.ok && e.value instanceof Serialized ? {
		ok: true,
		json: e.value.json
	} : e;
}
// src/main/core/store/sqlite/ack-trace.ts
/** Milliseconds since the epoch, with sub-millisecond precision, comparable between threads of one process. */
var preciseNow = () => performance.timeOrigin + performance.now();
/** The trace for one side (`writer` or `main`), or null when COUNTERTOP_ACK_TRACE is not set. */
function ackTrace(side, env = process.env) {
	const base = env.COUNTERTOP_ACK_TRACE;
	if (!base) return null;
	const file = `${base}.${side}`;
	let buffered = [];
	const flush = () => {
		if (buffered.length === 0) return;
		const text = buffered.join("");
		buffered = [];
		(0, node_fs.appendFile)(file, text, () => {});
	};
	const timer = setInterval(flush, 1e3);
	timer.unref();
	return {
		close() {
			clearInterval(timer);
			if (buffered.length) (0, node_fs.appendFileSync)(file, buffered.join(""));
			buffered = [];
		},
		line(fields) {
			buffered.push(`${Math.round(preciseNow())} ${fields.map((f) => Number.isInteger(f) ? String(f) : f.toFixed(3)).join(" ")}\n`);
		}
	};
}
// src/main/core/store/sqlite/protocol.ts
function serializeError(err) {
	const e = err;
	return {
		message: e?.message ?? String(err),
		name: e?.name,
		stack: e?.stack,
		...typeof e?.code === "string" ? { code: e.code } : {}
	};
}
function deserializeError(s) {
	const e = new Error(s.message);
	if (s.name) e.name = s.name;
	if (s.code) e.code = s.code;
	if (s.stack) e.stack = s.stack;
	return e;
}
Object.defineProperty(exports, "Serialized", {
	enumerable: true,
	get: function() {
		return Serialized;
	}
});
Object.defineProperty(exports, "ackTrace", {
	enumerable: true,
	get: function() {
		return ackTrace;
	}
});
Object.defineProperty(exports, "deserializeError", {
	enumerable: true,
	get: function() {
		return deserializeError;
	}
});
Object.defineProperty(exports, "materialize", {
	enumerable: true,
	get: function() {
		return materialize;
	}
});
Object.defineProperty(exports, "okEnvelopeBytes", {
	enumerable: true,
	get: function() {
		return okEnvelopeBytes;
	}
});
Object.defineProperty(exports, "preciseNow", {
	enumerable: true,
	get: function() {
		return preciseNow;
	}
});
Object.defineProperty(exports, "serializeError", {
	enumerable: true,
	get: function() {
		return serializeError;
	}
});
Object.defineProperty(exports, "toIpcAnswer", {
	enumerable: true,
	get: function() {
		return toIpcAnswer;
	}
});
Object.defineProperty(exports, "toJsonEnvelope", {
	enumerable: true,
	get: function() {
		return toJsonEnvelope;
	}
});
