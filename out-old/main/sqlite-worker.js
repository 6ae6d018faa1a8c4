const require_record = require("./chunks/record-DlFXqfJA.js");
const require_protocol = require("./chunks/protocol-iWDzxKh1.js");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_worker_threads = require("node:worker_threads");
let node_os = require("node:os");
// src/main/core/store/sqlite/wal.ts
var WAL_POLICY$1 = {
	/** How often the checkpointer looks at the WAL. */
	tickMs: 50,
	/**
	* At this much live content the checkpointer copies the WAL back (PASSIVE: never blocks the
	* writer). Each commit rewrites the same few hot pages (the tables' and indexes' last pages),
	* and a checkpoint copies only a page's newest version: a larger window copies fewer pages per
	* delivery. 16 MiB rather than 4 at 500/s: 52.7 → 44.2 KiB written per delivery, and fewer
	* database fsyncs competing with the writer's.
	*/
	passiveAtBytes: 16777216,
	/**
	* From this much live content, once PASSIVE has copied all but restartMaxFramesLeft frames,
	* the WAL is made to start over (a steady stream never lets it by itself): more PASSIVE
	* checkpoints (passiveRetries) until at most pausedFramesMax frames are left, then those with
	* the writer paused between two groups (restart-gate.ts), so its next commit starts the WAL
	* over; without the gate, a RESTART checkpoint.
	*/
	restartAtBytes: 33554432,
	restartMaxFramesLeft: 512,
	passiveRetries: 3,
	pausedFramesMax: 64,
	/** After this long without a commit, a TRUNCATE checkpoint shrinks the file to zero. */
	quietMs: 1e3,
	/**
	* The ceiling, on the WAL's live content (frames in use, WalProbe). Past it the writer itself
	* runs a RESTART checkpoint before its next group: back-pressure (those answers wait) instead
	* of a WAL that grows without bound. The file can grow no larger than this plus one group.
	*/
	hardLimitBytes: 67108864,
	/** Groups of at most this many deliveries sync in the writer itself when no sync is running (wal-sync.ts now()). */
	inlineSyncMax: 4,
	/** Answer times waiting for a group commit are written on their own after this long. */
	answerFlushMs: 250
};
/**
* The policy in force: WAL_POLICY, with the checkpoint threshold and quiet gap overridable for
* the torture suite (COUNTERTOP_WAL_PASSIVE_BYTES, COUNTERTOP_WAL_QUIET_MS, COUNTERTOP_WAL_TICK_MS), which makes
* checkpoints run nearly all the time so that SIGKILLs land inside them.
*/
function walPolicy(env = process.env) {
	const num = (v, d) => v !== void 0 && /^\d+$/.test(v) ? Number(v) : d;
	return {
		...WAL_POLICY$1,
		passiveAtBytes: num(env.COUNTERTOP_WAL_PASSIVE_BYTES, WAL_POLICY$1.passiveAtBytes),
		quietMs: num(env.COUNTERTOP_WAL_QUIET_MS, WAL_POLICY$1.quietMs),
		tickMs: Math.max(1, num(env.COUNTERTOP_WAL_TICK_MS, WAL_POLICY$1.tickMs))
	};
}
/**
* Scheduling priority (Linux nice) of each store thread. On two cores a console page or export
* competes for CPU with the threads that answer Mesh (main and writer, nice 0): the reader
* yields to them, and still gets the whole CPU when it is free. (A WAL reader never blocks the
* writer.) The checkpointer stays at 0: the writer sometimes waits for it (restart-gate.ts), and
* a thread cannot raise its priority back for that moment without privileges.
*/
var THREAD_NICE = {
	writer: 0,
	reader: 19,
	checkpointer: 0
};
function walBytes(dbFile) {
	try {
		return (0, node_fs.statSync)(`${dbFile}-wal`).size;
	} catch {
		return 0;
	}
}
function createWalProbe(dbFile) {
	const shm = `${dbFile}-shm`;
	const header = Buffer.alloc(100);
	let fd = -1;
	let ino = -1;
	const read = () => {
		try {
			const now = (0, node_fs.statSync)(shm).ino;
			if (fd < 0 || now !== ino) {
				if (fd >= 0) (0, node_fs.closeSync)(fd);
				fd = (0, node_fs.openSync)(shm, "r");
				ino = (0, node_fs.fstatSync)(fd).ino;
			}
			if ((0, node_fs.readSync)(fd, header, 0, 100, 0) < 100) return {
				frames: 0,
				backfilled: 0,
				frameBytes: 0
			};
		} catch {
			return {
				frames: 0,
				backfilled: 0,
				frameBytes: 0
			};
		}
		const le = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
		const u16 = (o) => le ? header.readUInt16LE(o) : header.readUInt16BE(o);
		const u32 = (o) => le ? header.readUInt32LE(o) : header.readUInt32BE(o);
		const page = u16(14) === 1 ? 65536 : u16(14);
		return {
			frames: u32(16),
			backfilled: u32(96),
			frameBytes: page + 24
		};
	};
	return {
		read,
		liveBytes() {
			const r = read();
			return r.frames * r.frameBytes;
		},
		close() {
			if (fd >= 0) (0, node_fs.closeSync)(fd);
			fd = -1;
		}
	};
}
// src/main/core/store/sqlite/wal-sync.ts
function createWalSync(walFile, sync = node_fs.fdatasync, syncHere = node_fs.fdatasyncSync) {
	let fd = -1;
	let ino = -1;
	let inFlight = false;
	let waiting = [];
	let syncs = 0;
	/** The WAL's descriptor, reopened if the file was replaced (never while SQLite holds it open, but cheap to check). */
	function walFd() {
		const now = (0, node_fs.statSync)(walFile).ino;
		if (fd >= 0 && now === ino) return fd;
		if (fd >= 0) (0, node_fs.closeSync)(fd);
		fd = (0, node_fs.openSync)(walFile, "r+");
		ino = (0, node_fs.fstatSync)(fd).ino;
		return fd;
	}
	function settle(batch, err) {
		for (const then of batch) then(err);
	}
	function kick() {
		if (inFlight || waiting.length === 0) return;
		const batch = waiting;
		waiting = [];
		let target;
		try {
			target = walFd();
		} catch (err) {
			return settle(batch, err.code === "ENOENT" ? null : err);
		}
		inFlight = true;
		syncs++;
		sync(target, (err) => {
			inFlight = false;
			settle(batch, err);
			kick();
		});
	}
	return {
		after(then) {
			waiting.push(then);
			kick();
		},
		now(then) {
			waiting.push(then);
			if (inFlight) return;
			const batch = waiting;
			waiting = [];
			let err = null;
			try {
				syncs++;
				syncHere(walFd());
			} catch (e) {
				err = e.code === "ENOENT" ? null : e;
			}
			settle(batch, err);
		},
		get syncs() {
			return syncs;
		},
		close() {
			if (fd >= 0) (0, node_fs.closeSync)(fd);
			fd = -1;
		}
	};
}
function createRestartGate(buffer) {
	const cell = new Int32Array(buffer, 0, 1);
	return {
		yieldIfAsked() {
			if (Atomics.compareExchange(cell, 0, 1, 2) !== 1) return 0;
			const t0 = performance.now();
			Atomics.notify(cell, 0);
			Atomics.wait(cell, 0, 2, 50);
			Atomics.compareExchange(cell, 0, 2, 0);
			return performance.now() - t0;
		},
		withWriterPaused(checkpoint) {
			Atomics.store(cell, 0, 1);
			Atomics.wait(cell, 0, 1, 20);
			const paused = Atomics.compareExchange(cell, 0, 1, 0) === 2;
			try {
				checkpoint();
			} finally {
				if (paused) {
					Atomics.compareExchange(cell, 0, 2, 0);
					Atomics.notify(cell, 0);
				}
			}
			return paused;
		}
	};
}
// src/main/core/store/sqlite/worker.ts
var port = node_worker_threads.parentPort;
var config = node_worker_threads.workerData;
var WAL_POLICY = walPolicy();
/** COUNTERTOP_WAL_TRACE=1: checkpoint begin/end on stderr, written synchronously (the crash suite reads where a SIGKILL landed). */
var TRACE = process.env.COUNTERTOP_WAL_TRACE === "1";
var trace = (what) => {
	if (TRACE) (0, node_fs.writeSync)(2, `countertop-wal: ${what}\n`);
};
function send(m) {
	port.postMessage(m);
}
/** A Buffer again after the structured clone turned it into a Uint8Array. */
function asBuffer(u) {
	return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}
function call(ledger, repo, method, args) {
	const target = repo === "self" ? ledger : ledger[repo];
	const fn = target?.[method];
	if (typeof fn !== "function") throw new Error(`store: no method ${repo}.${method}`);
	return fn.apply(target, args);
}
/** Runs one request; its result or its error, as the message to send back. */
function outcome(id, run) {
	try {
		return {
			t: "result",
			id,
			ok: true,
			value: run()
		};
	} catch (err) {
		return {
			t: "result",
			id,
			ok: false,
			error: require_protocol.serializeError(err)
		};
	}
}
/** Runs one request and sends its result or its error back. */
function reply(id, run) {
	send(outcome(id, run));
}
/** Closes the connection, says so, and ends the thread's message loop. */
function shutdown(id, close) {
	close();
	send({
		t: "result",
		id,
		ok: true,
		value: null
	});
	port.close();
}
/** SQLite and file-system failures that mean the disk will not take writes (not a bad statement). */
var STORAGE_FAILURE = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM|PROTOCOL|NOLFS)|^E(ACCES|PERM|ROFS|NOSPC|DQUOT|IO)$/;
function isStorageFailure(err) {
	const code = err?.code;
	return typeof code === "string" && STORAGE_FAILURE.test(code);
}
/** Can a file be created in the ledger's directory right now? No fsync: a cheap probe (checkpointer thread). */
function probeDirectory() {
	const probe = (0, node_path.join)((0, node_path.dirname)(config.file), ".countertop-write-probe");
	const fd = (0, node_fs.openSync)(probe, "w", 384);
	try {
		(0, node_fs.writeFileSync)(fd, "ok");
	} finally {
		(0, node_fs.closeSync)(fd);
		(0, node_fs.unlinkSync)(probe);
	}
}
function runWriter() {
	const ledger = require_record.openLedger({
		file: config.file,
		synchronous: "NORMAL",
		nativeBinding: config.nativeBinding,
		walAutocheckpoint: 0,
		quickCheck: true
	});
	const durable = config.synchronous === "NORMAL" ? null : createWalSync(`${config.file}-wal`);
	/** Runs `then` once everything committed so far is durable (at once with synchronous=NORMAL). */
	const afterDurable = (then) => durable ? durable.after(then) : then(null);
	/** The last write that failed for a storage reason, until a later one succeeds (/healthz answers 503 meanwhile). */
	let lastWriteError = null;
	const noteWrite = (err) => {
		if (err === null) lastWriteError = null;
		else if (isStorageFailure(err)) lastWriteError = {
			message: err.message,
			code: err.code,
			at: Date.now()
		};
	};
	const tracked = (run) => () => {
		try {
			const v = run();
			noteWrite(null);
			return v;
		} catch (err) {
			noteWrite(err);
			throw err;
		}
	};
	/** Sends a request's result once what it wrote is durable (its error instead if the sync failed). */
	const sendWhenDurable = (id, out) => afterDurable((err) => {
		if (err) noteWrite(err);
		send(err ? {
			t: "result",
			id,
			ok: false,
			error: require_protocol.serializeError(err)
		} : out);
	});
	const recorder = require_record.createDeliveryRecorder(ledger, config.limits);
	const counters = {
		groups: 0,
		deliveries: 0,
		forcedCheckpoints: 0,
		lastGroupSize: 0,
		maxGroupSize: 0,
		pauses: 0,
		maxPauseMs: 0
	};
	let inbox = [];
	let answers = [];
	let scheduled = false;
	let answerTimer = null;
	/** Set by close: nothing more is written (the close itself waits for the last sync). */
	let closing = false;
	const gate = config.gate ? createRestartGate(config.gate) : null;
	const wal = createWalProbe(config.file);
	const acks = require_protocol.ackTrace("writer");
	function drain() {
		scheduled = false;
		if (closing) return;
		const startedAt = acks ? require_protocol.preciseNow() : 0;
		const paused = gate?.yieldIfAsked() ?? 0;
		if (paused > 0) {
			counters.pauses++;
			counters.maxPauseMs = Math.max(counters.maxPauseMs, paused);
		}
		const batch = inbox;
		inbox = [];
		const ingests = batch.filter((m) => m.t === "ingest");
		if (ingests.length > 0 || answers.length > 0) {
			const prepared = [];
			for (const m of ingests) for (const p of m.batch) prepared.push({
				...p,
				d: {
					...p.d,
					raw: asBuffer(p.d.raw)
				}
			});
			const pendingAnswers = answers;
			answers = [];
			try {
				const results = recorder.recordGroup(prepared, pendingAnswers);
				const committedAt = acks ? require_protocol.preciseNow() : 0;
				noteWrite(null);
				counters.groups++;
				counters.deliveries += prepared.length;
				counters.lastGroupSize = prepared.length;
				counters.maxGroupSize = Math.max(counters.maxGroupSize, prepared.length);
				(durable && prepared.length <= WAL_POLICY.inlineSyncMax ? (then) => durable.now(then) : afterDurable)((err) => {
					if (err) {
						noteWrite(err);
						for (const m of ingests) send({
							t: "ingested",
							id: m.id,
							results: m.batch.map(() => ({ error: require_protocol.serializeError(err) }))
						});
						return;
					}
					let durableAt;
					if (acks && prepared.length > 0) {
						durableAt = require_protocol.preciseNow();
						const handedOver = Math.min(...ingests.map((m) => m.sentAt ?? startedAt));
						acks.line([
							prepared.length,
							startedAt - handedOver,
							committedAt - startedAt,
							durableAt - committedAt
						]);
					}
					let i = 0;
					for (const m of ingests) {
						const mine = results.slice(i, i + m.batch.length);
						i += m.batch.length;
						send({
							t: "ingested",
							id: m.id,
							results: mine.map((r) => r instanceof Error ? { error: require_protocol.serializeError(r) } : r),
							...durableAt ? { durableAt } : {}
						});
					}
				});
			} catch (err) {
				noteWrite(err);
				for (const m of ingests) send({
					t: "ingested",
					id: m.id,
					results: m.batch.map(() => ({ error: require_protocol.serializeError(err) }))
				});
			}
		}
		for (const m of batch) if (m.t === "call") {
			const out = outcome(m.id, tracked(() => call(ledger, m.repo, m.method, m.args)));
			sendWhenDurable(m.id, out);
		} else if (m.t === "stats") reply(m.id, () => ({
			...counters,
			walBytes: walBytes(config.file)
		}));
		else if (m.t === "probe") {
			const out = outcome(m.id, () => {
				if (!lastWriteError) return null;
				const failed = lastWriteError;
				try {
					tracked(() => ledger.db.pragma(`user_version = ${Number(ledger.db.pragma("user_version", { simple: true }))}`))();
				} catch {}
				if (lastWriteError) throw Object.assign(/* @__PURE__ */ new Error(`the last write failed: ${(lastWriteError ?? failed).message}`), { code: (lastWriteError ?? failed).code });
				return null;
			});
			sendWhenDurable(m.id, out);
		} else if (m.t === "close") {
			closing = true;
			if (answerTimer) clearTimeout(answerTimer);
			return afterDurable(() => shutdown(m.id, () => {
				acks?.close();
				durable?.close();
				wal.close();
				ledger.close();
			}));
		}
		if (wal.liveBytes() > WAL_POLICY.hardLimitBytes) {
			counters.forcedCheckpoints++;
			try {
				trace("checkpoint begin restart (writer)");
				ledger.db.pragma("wal_checkpoint(RESTART)");
				trace("checkpoint end");
			} catch {}
		}
	}
	port.on("message", (m) => {
		if (m.t === "answers") {
			for (const r of m.rows) answers.push(r);
			answerTimer ??= setTimeout(() => {
				answerTimer = null;
				if (answers.length > 0 && !scheduled) {
					scheduled = true;
					setImmediate(drain);
				}
			}, WAL_POLICY.answerFlushMs);
			return;
		}
		inbox.push(m);
		if (!scheduled) {
			scheduled = true;
			setImmediate(drain);
		}
	});
	send({ t: "ready" });
}
function runReader() {
	const ledger = require_record.openLedger({
		file: config.file,
		nativeBinding: config.nativeBinding,
		readonly: true
	});
	port.on("message", (m) => {
		if (m.t === "call") reply(m.id, () => call(ledger, m.repo, m.method, m.args));
		else if (m.t === "view") {
			const run = require_record.isViewName(m.name) ? require_record.VIEWS[m.name] : null;
			if (!run) return reply(m.id, () => {
				throw new Error(`store: no view ${m.name}`);
			});
			run(ledger, m.arg).then((value) => {
				const json = require_protocol.toJsonEnvelope(value);
				port.postMessage({
					t: "result",
					id: m.id,
					ok: true,
					json
				}, [json.buffer]);
			}, (err) => send({
				t: "result",
				id: m.id,
				ok: false,
				error: require_protocol.serializeError(err)
			}));
		} else if (m.t === "close") shutdown(m.id, () => ledger.close());
	});
	send({ t: "ready" });
}
function runCheckpointer() {
	const db = require_record.openDatabase({
		file: config.file,
		nativeBinding: config.nativeBinding,
		synchronous: config.synchronous,
		walAutocheckpoint: 0
	});
	db.pragma("busy_timeout = 20");
	const stats = {
		passive: 0,
		restart: 0,
		truncate: 0,
		busy: 0,
		maxWalBytes: 0
	};
	const gate = config.gate ? createRestartGate(config.gate) : null;
	const wal = createWalProbe(config.file);
	let lastFrames = wal.read().frames;
	let lastChange = Date.now();
	let copiedSinceChange = false;
	/** One PASSIVE checkpoint (never blocks the writer): frames in the WAL, and how many are copied. */
	const passive = () => {
		trace("checkpoint begin passive");
		const [row] = db.pragma("wal_checkpoint(PASSIVE)");
		trace("checkpoint end");
		stats.passive++;
		return row;
	};
	const tick = () => {
		const { frames, frameBytes } = wal.read();
		const size = frames * frameBytes;
		stats.maxWalBytes = Math.max(stats.maxWalBytes, walBytes(config.file));
		const now = Date.now();
		if (frames !== lastFrames) {
			lastFrames = frames;
			lastChange = now;
			copiedSinceChange = false;
		}
		try {
			if (size >= WAL_POLICY.passiveAtBytes && !copiedSinceChange) {
				const row = passive();
				copiedSinceChange = row !== void 0 && row.log === row.checkpointed;
				if (row && size >= WAL_POLICY.restartAtBytes && row.log - row.checkpointed <= WAL_POLICY.restartMaxFramesLeft) {
					let left = row.log - row.checkpointed;
					for (let i = 0; i < WAL_POLICY.passiveRetries && left > WAL_POLICY.pausedFramesMax; i++) {
						const again = passive();
						left = again ? again.log - again.checkpointed : left;
					}
					if (left <= WAL_POLICY.pausedFramesMax) {
						const finish = () => {
							const r = passive();
							if (r && r.log === r.checkpointed) stats.restart++;
							else stats.busy++;
						};
						if (gate) gate.withWriterPaused(finish);
						else finish();
					} else stats.busy++;
					copiedSinceChange = true;
				}
			} else if (walBytes(config.file) > 0 && now - lastChange >= WAL_POLICY.quietMs) {
				trace("checkpoint begin truncate");
				const [row] = db.pragma("wal_checkpoint(TRUNCATE)");
				trace("checkpoint end");
				if (row && row.busy === 0) stats.truncate++;
				else stats.busy++;
				lastFrames = wal.read().frames;
				lastChange = now;
			}
		} catch {
			stats.busy++;
		}
	};
	const timer = setInterval(tick, WAL_POLICY.tickMs);
	port.on("message", (m) => {
		if (m.t === "stats") reply(m.id, () => ({
			...stats,
			walBytes: walBytes(config.file)
		}));
		else if (m.t === "probe") reply(m.id, () => {
			probeDirectory();
			return null;
		});
		else if (m.t === "close") shutdown(m.id, () => {
			clearInterval(timer);
			wal.close();
			db.close();
		});
	});
	send({ t: "ready" });
}
/** Linux: sets this thread's nice value (/proc/thread-self names its id); elsewhere, or if refused, nothing. */
function setOwnPriority(nice) {
	if (nice === 0 || process.platform !== "linux") return;
	try {
		const tid = /\/task\/(\d+)$/.exec((0, node_fs.readlinkSync)("/proc/thread-self"))?.[1];
		if (tid) (0, node_os.setPriority)(Number(tid), nice);
	} catch {}
}
try {
	setOwnPriority(THREAD_NICE[config.role]);
	if (config.role === "writer") runWriter();
	else if (config.role === "reader") runReader();
	else runCheckpointer();
} catch (err) {
	send({
		t: "fatal",
		error: require_protocol.serializeError(err)
	});
}
