// The SQLite store's threads. One entry, three roles (workerData.role):
//   writer       owns the only write connection: group commits of webhook deliveries (each
//                answered when *its* group is durable: committed, then its WAL frames synced by
//                wal-sync.ts while the next group is built) and every other change, in order;
//   reader       a read-only connection for the console's queries (WAL lets it read while the
//                writer writes), so a large page or export never delays an answer to Mesh;
//   checkpointer its own connection: copies the WAL back into the database off the ack path
//                and keeps the WAL bounded (policy in ./wal.ts).
import { closeSync, openSync, readlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { setPriority } from 'node:os'
import { dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { createDeliveryRecorder, type IngestLimits, type PreparedDelivery } from '../../webhooks/record'
import { openLedger, type SyncLedger } from './ledger'
import { serializeError, type FromWorker, type ToWorker, type WorkerConfig } from './protocol'
import { createCeiling, createWalProbe, passiveDue, threadNice, walBytes, walPolicy, type WalCounters } from './wal'
import { createWalSync, type AfterSync } from './wal-sync'
import { ackTrace, preciseNow } from './ack-trace'
import { createReaderGate, QUERY_WAIT_MS } from './reader-gate'
import { createRestartGate } from './restart-gate'
import { writeSync } from 'node:fs'
import { openDatabase } from '../db'
import { encodeEnvelopeInto, envelopeText } from '../serialized'
import { claimSlot, releaseSlot, slotBytes } from './page-pool'
import { isViewName, VIEWS } from '../views'

const port = parentPort!
const config = workerData as WorkerConfig
const WAL_POLICY = walPolicy()
/** COUNTERTOP_WAL_TRACE=1: checkpoint begin/end on stderr, written synchronously (the crash suite reads where a SIGKILL landed). */
const TRACE = process.env.COUNTERTOP_WAL_TRACE === '1'
const trace = (what: string) => {
  if (TRACE) writeSync(2, `countertop-wal: ${what}\n`)
}

function send(m: FromWorker): void {
  port.postMessage(m)
}

/** A Buffer again after the structured clone turned it into a Uint8Array. */
function asBuffer(u: Uint8Array | Buffer): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength)
}

function call(ledger: SyncLedger, repo: string, method: string, args: unknown[]): unknown {
  const target = repo === 'self' ? (ledger as unknown as Record<string, unknown>) : (ledger as unknown as Record<string, Record<string, unknown>>)[repo]
  const fn = target?.[method]
  if (typeof fn !== 'function') throw new Error(`store: no method ${repo}.${method}`)
  return (fn as (...a: unknown[]) => unknown).apply(target, args)
}

/** Runs one request; its result or its error, as the message to send back. */
function outcome(id: number, run: () => unknown): FromWorker {
  try {
    return { t: 'result', id, ok: true, value: run() }
  } catch (err) {
    return { t: 'result', id, ok: false, error: serializeError(err) }
  }
}

/** Runs one request and sends its result or its error back. */
function reply(id: number, run: () => unknown): void {
  send(outcome(id, run))
}

/** Closes the connection, says so, and ends the thread's message loop. */
function shutdown(id: number, close: () => void): void {
  close()
  send({ t: 'result', id, ok: true, value: null })
  port.close()
}

/** SQLite and file-system failures that mean the disk will not take writes (not a bad statement). */
const STORAGE_FAILURE = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM|PROTOCOL|NOLFS)|^E(ACCES|PERM|ROFS|NOSPC|DQUOT|IO)$/

function isStorageFailure(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code
  return typeof code === 'string' && STORAGE_FAILURE.test(code)
}

/** Can a file be created in the ledger's directory right now? No fsync: a cheap probe (checkpointer thread). */
function probeDirectory(): void {
  const probe = join(dirname(config.file), '.countertop-write-probe')
  const fd = openSync(probe, 'w', 0o600)
  try {
    writeFileSync(fd, 'ok')
  } finally {
    closeSync(fd)
    unlinkSync(probe)
  }
}

function runWriter(): void {
  // The writer opens the file first, so it is the one that checks it (quick_check) before the migrations.
  // Its commits do not wait for the disk (NORMAL); with FULL (the default) wal-sync.ts makes each
  // group durable before its answers go out, without holding this thread meanwhile.
  const ledger = openLedger({ file: config.file, synchronous: 'NORMAL', nativeBinding: config.nativeBinding, walAutocheckpoint: 0, quickCheck: true })
  const durable = config.synchronous === 'NORMAL' ? null : createWalSync(`${config.file}-wal`)
  /** Runs `then` once everything committed so far is durable (at once with synchronous=NORMAL). */
  const afterDurable = (then: AfterSync): void => (durable ? durable.after(then) : then(null))
  /** The last write that failed for a storage reason, until a later one succeeds (/healthz answers 503 meanwhile). */
  let lastWriteError: { message: string; code?: string; at: number } | null = null
  const noteWrite = (err: unknown): void => {
    if (err === null) lastWriteError = null
    else if (isStorageFailure(err)) lastWriteError = { message: (err as Error).message, code: (err as { code?: string }).code, at: Date.now() }
  }
  const tracked = (run: () => unknown) => () => {
    try {
      const v = run()
      noteWrite(null)
      return v
    } catch (err) {
      noteWrite(err)
      throw err
    }
  }
  /** Sends a request's result once what it wrote is durable (its error instead if the sync failed). */
  const sendWhenDurable = (id: number, out: FromWorker): void =>
    afterDurable((err) => {
      if (err) noteWrite(err)
      send(err ? { t: 'result', id, ok: false, error: serializeError(err) } : out)
    })
  const recorder = createDeliveryRecorder(ledger, config.limits as Partial<IngestLimits> | undefined)
  const counters: WalCounters = { groups: 0, deliveries: 0, forcedCheckpoints: 0, lastGroupSize: 0, maxGroupSize: 0, pauses: 0, maxPauseMs: 0 }
  let inbox: ToWorker[] = []
  let answers: { id: number; ms: number }[] = []
  let scheduled = false
  let answerTimer: NodeJS.Timeout | null = null
  /** Set by close: nothing more is written (the close itself waits for the last sync). */
  let closing = false

  const gate = config.gate ? createRestartGate(config.gate) : null
  const readers = config.readerGate ? createReaderGate(config.readerGate) : null
  const wal = createWalProbe(config.file)
  const ceiling = createCeiling(WAL_POLICY.hardLimitBytes, WAL_POLICY.forcedRetryMs)
  const acks = ackTrace('writer')

  function drain(): void {
    scheduled = false
    if (closing) return
    const startedAt = acks ? preciseNow() : 0
    // Between two groups: the checkpointer may be waiting for a moment without a writer.
    const paused = gate?.yieldIfAsked() ?? 0
    if (paused > 0) {
      counters.pauses++
      counters.maxPauseMs = Math.max(counters.maxPauseMs, paused)
    }
    const batch = inbox
    inbox = []
    const ingests = batch.filter((m): m is Extract<ToWorker, { t: 'ingest' }> => m.t === 'ingest')
    if (ingests.length > 0 || answers.length > 0) {
      const prepared: PreparedDelivery[] = []
      for (const m of ingests) for (const p of m.batch) prepared.push({ ...p, d: { ...p.d, raw: asBuffer(p.d.raw) } })
      const pendingAnswers = answers
      answers = []
      try {
        // One transaction, one fsync: everything that arrived while the last group committed.
        const results = recorder.recordGroup(prepared, pendingAnswers)
        const committedAt = acks ? preciseNow() : 0
        noteWrite(null)
        counters.groups++
        counters.deliveries += prepared.length
        counters.lastGroupSize = prepared.length
        counters.maxGroupSize = Math.max(counters.maxGroupSize, prepared.length)
        // Committed; answered once durable. The next group is built meanwhile — or, for a small
        // group with no sync running, the sync is made right here (one thread hop less).
        const whenDurable = durable && prepared.length <= WAL_POLICY.inlineSyncMax ? (then: AfterSync) => durable.now(then) : afterDurable
        whenDurable((err) => {
          if (err) {
            // The disk did not confirm: stored perhaps, acknowledged never (Mesh retries; a retry is a repeat).
            noteWrite(err)
            for (const m of ingests) send({ t: 'ingested', id: m.id, results: m.batch.map(() => ({ error: serializeError(err) })) })
            return
          }
          let durableAt: number | undefined
          if (acks && prepared.length > 0) {
            durableAt = preciseNow()
            const handedOver = Math.min(...ingests.map((m) => m.sentAt ?? startedAt))
            acks.line([prepared.length, startedAt - handedOver, committedAt - startedAt, durableAt - committedAt])
          }
          let i = 0
          for (const m of ingests) {
            const mine = results.slice(i, i + m.batch.length)
            i += m.batch.length
            const out: FromWorker = { t: 'ingested', id: m.id, results: mine.map((r) => (r instanceof Error ? { error: serializeError(r) } : r)) }
            if (durableAt !== undefined) out.durableAt = durableAt
            send(out)
          }
        })
      } catch (err) {
        noteWrite(err)
        // The commit failed: nothing of this group is stored; every delivery in it answers 503.
        for (const m of ingests) send({ t: 'ingested', id: m.id, results: m.batch.map(() => ({ error: serializeError(err) })) })
      }
    }
    for (const m of batch) {
      if (m.t === 'call') {
        // A change a command made is durable before the command's caller hears of it.
        const out = outcome(m.id, tracked(() => call(ledger, m.repo, m.method, m.args)))
        sendWhenDurable(m.id, out)
      } else if (m.t === 'stats') reply(m.id, () => ({ ...counters, walBytes: walBytes(config.file) }))
      else if (m.t === 'probe') {
        // Healthy again only once a write reached the disk: the probe's own write is synced too.
        const out = outcome(m.id, () => {
          if (!lastWriteError) return null
          // Sick since a write failed: try one small real write (the header's user_version, set
          // to what it is), so health comes back once the disk does, even with no delivery coming.
          const failed = lastWriteError
          try {
            tracked(() => ledger.db.pragma(`user_version = ${Number(ledger.db.pragma('user_version', { simple: true }))}`))()
          } catch {
            /* still failing: lastWriteError holds the newest cause */
          }
          if (lastWriteError) throw Object.assign(new Error(`the last write failed: ${(lastWriteError ?? failed).message}`), { code: (lastWriteError ?? failed).code })
          return null
        })
        sendWhenDurable(m.id, out)
      } else if (m.t === 'close') {
        // After the last sync: every answer still waiting for one goes out first.
        closing = true
        if (answerTimer) clearTimeout(answerTimer)
        return afterDurable(() =>
          shutdown(m.id, () => {
            acks?.close()
            durable?.close()
            wal.close()
            ledger.close()
          })
        )
      }
    }
    // Back-pressure: the checkpointer could not keep up (a reader held an old snapshot for
    // long, or the disk is slow). Rather than let the WAL grow without bound, this thread
    // copies it back itself before the next group — those acks wait, nothing is lost.
    if (ceiling.due(wal.liveBytes())) {
      counters.forcedCheckpoints++
      // With console queries held back (at most a query's length, bounded) and a short busy
      // wait: a reader's snapshot must not keep Mesh's answers waiting for seconds.
      const restart = () => {
        const usual = Number(ledger.db.pragma('busy_timeout', { simple: true }))
        ledger.db.pragma(`busy_timeout = ${WAL_POLICY.forcedBusyMs}`)
        try {
          trace('checkpoint begin restart (writer)')
          ledger.db.pragma('wal_checkpoint(RESTART)')
          trace('checkpoint end')
        } catch {
          // busy: the next group tries again
        } finally {
          ledger.db.pragma(`busy_timeout = ${usual}`)
        }
      }
      if (readers) readers.withReaderHeld(WAL_POLICY.forcedReaderWaitMs, restart)
      else restart()
      ceiling.tried(wal.liveBytes())
    }
  }

  port.on('message', (m: ToWorker) => {
    if (m.t === 'answers') {
      // Written in the next group commit. With no delivery coming, on their own a little later
      // (one commit for all of them, off every answer's path).
      for (const r of m.rows) answers.push(r)
      answerTimer ??= setTimeout(() => {
        answerTimer = null
        if (answers.length > 0 && !scheduled) {
          scheduled = true
          setImmediate(drain)
        }
      }, WAL_POLICY.answerFlushMs)
      return
    }
    inbox.push(m)
    if (!scheduled) {
      scheduled = true
      setImmediate(drain)
    }
  })
  send({ t: 'ready' })
}

function runReader(): void {
  const ledger = openLedger({ file: config.file, nativeBinding: config.nativeBinding, readonly: true })
  // Every query between enter() and leave(): the checkpointer can hold them back for a moment
  // with none on the WAL, so that it can start over (reader-gate.ts).
  const gate = config.readerGate ? createReaderGate(config.readerGate) : null
  port.on('message', (m: ToWorker) => {
    if (m.t === 'call') {
      gate?.enter()
      try {
        reply(m.id, () => call(ledger, m.repo, m.method, m.args))
      } finally {
        gate?.leave()
      }
    } else if (m.t === 'view') {
      // Built and serialized here: the main thread gets bytes, never the rows.
      const run = isViewName(m.name) ? VIEWS[m.name] : null
      if (!run) return reply(m.id, () => {
        throw new Error(`store: no view ${m.name}`)
      })
      gate?.enter()
      // The repositories answer synchronously: the view ends within this turn, before any other message.
      run(ledger, m.arg as never)
        .then((value) => {
          // Serializing may fail too (a value JSON cannot hold): then that error is the answer.
          const text = envelopeText(value)
          // Into shared memory when a slot is free and the page fits (page-pool.ts: nothing for
          // the main thread's heap to account), else in a buffer of its own, transferred.
          const pool = config.pagePool
          const slot = pool ? claimSlot(pool) : -1
          if (slot >= 0) {
            const length = encodeEnvelopeInto(text, slotBytes(pool!, slot))
            if (length !== null) return port.postMessage({ t: 'result', id: m.id, ok: true, slot, length } satisfies FromWorker)
            releaseSlot(pool!, slot)
          }
          const json = new TextEncoder().encode(text)
          port.postMessage({ t: 'result', id: m.id, ok: true, json } satisfies FromWorker, [json.buffer as ArrayBuffer])
        })
        .catch((err: unknown) => send({ t: 'result', id: m.id, ok: false, error: serializeError(err) }))
        .finally(() => gate?.leave())
    }
    else if (m.t === 'close') shutdown(m.id, () => ledger.close())
  })
  send({ t: 'ready' })
}

function runCheckpointer(): void {
  const db = openDatabase({ file: config.file, nativeBinding: config.nativeBinding, synchronous: config.synchronous, walAutocheckpoint: 0 })
  // Never wait long for the writer: a checkpoint that cannot start now runs at the next tick.
  db.pragma('busy_timeout = 20')
  const stats = { passive: 0, restart: 0, truncate: 0, busy: 0, maxWalBytes: 0 }
  const gate = config.gate ? createRestartGate(config.gate) : null
  const readers = config.readerGate ? createReaderGate(config.readerGate) : null
  const wal = createWalProbe(config.file)
  let lastFrames = wal.read().frames
  let lastChange = Date.now()
  let copiedSinceChange = false
  /** One PASSIVE checkpoint (never blocks the writer): frames in the WAL, and how many are copied. */
  const passive = (): { busy: number; log: number; checkpointed: number } | undefined => {
    trace('checkpoint begin passive')
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[]
    trace('checkpoint end')
    stats.passive++
    return row
  }
  const tick = () => {
    const { frames, backfilled, frameBytes } = wal.read()
    const size = frames * frameBytes
    /** Live content not yet copied into the database (nBackfill: what the last checkpoint copied). */
    const uncopied = Math.max(0, frames - backfilled) * frameBytes
    stats.maxWalBytes = Math.max(stats.maxWalBytes, walBytes(config.file))
    const now = Date.now()
    if (frames !== lastFrames) {
      lastFrames = frames
      lastChange = now
      copiedSinceChange = false
    }
    try {
      if (passiveDue({ liveBytes: size, uncopiedBytes: uncopied, copiedSinceChange }, WAL_POLICY)) {
        // PASSIVE never blocks the writer: it copies what it can, and the writer starts over at
        // the WAL's beginning once everything was copied (so the file stops growing).
        const row = passive()
        copiedSinceChange = row !== undefined && row.log === row.checkpointed
        // Under a steady stream the writer keeps appending, so the WAL never starts over by
        // itself: SQLite restarts it at a commit whose transaction began with every frame copied
        // and no reader needing one, and a busy writer is nearly always inside a transaction.
        // Once PASSIVE has copied nearly all of it: PASSIVE again for the frames appended
        // meanwhile (none of that holds the writer), then the last few with the writer paused
        // between two groups (restart-gate.ts): its next commit starts the WAL over. The pause
        // is that short copy.
        // A console query pins the frames written since it began (a WAL reader's snapshot), and
        // a console that pages and exports back to back always has one running: so the restart
        // is attempted with console queries held back (reader-gate.ts; the console waits for at
        // most the copy, Mesh's answers not at all), with the running one ended first.
        const restart = (left: number) => {
          if (left > WAL_POLICY.restartMaxFramesLeft) return void stats.busy++
          for (let i = 0; i < WAL_POLICY.passiveRetries && left > WAL_POLICY.pausedFramesMax; i++) {
            const again = passive()
            left = again ? again.log - again.checkpointed : left
          }
          // Only the frames appended meanwhile are left (not frames a snapshot pins: then the
          // writer would pause for nothing).
          if (left > WAL_POLICY.pausedFramesMax) return void stats.busy++
          const finish = () => {
            const r = passive()
            if (r && r.log === r.checkpointed) stats.restart++
            else stats.busy++
          }
          // Not paused (the writer did not look: it is idle): finish ran anyway, and an idle
          // writer's next commit starts the WAL over just the same. (The writer counts its pauses.)
          if (gate) gate.withWriterPaused(finish)
          else finish()
        }
        if (row && size >= WAL_POLICY.restartAtBytes) {
          if (readers)
            readers.withReaderHeld(QUERY_WAIT_MS, () => {
              // Nothing pins now: this copies up to the writer's last commit.
              const fresh = passive()
              restart(fresh ? fresh.log - fresh.checkpointed : row.log - row.checkpointed)
            })
          else restart(row.log - row.checkpointed)
          copiedSinceChange = true
        }
      } else if (walBytes(config.file) > 0 && now - lastChange >= WAL_POLICY.quietMs) {
        // A quiet gap: copy everything back and truncate the file to zero.
        trace('checkpoint begin truncate')
        const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
        trace('checkpoint end')
        if (row && row.busy === 0) stats.truncate++
        else stats.busy++
        lastFrames = wal.read().frames
        lastChange = now
      }
    } catch {
      stats.busy++
    }
  }
  const timer = setInterval(tick, WAL_POLICY.tickMs)
  port.on('message', (m: ToWorker) => {
    if (m.t === 'stats') reply(m.id, () => ({ ...stats, walBytes: walBytes(config.file) }))
    else if (m.t === 'probe')
      reply(m.id, () => {
        probeDirectory()
        return null
      })
    else if (m.t === 'close')
      shutdown(m.id, () => {
        clearInterval(timer)
        wal.close()
        db.close()
      })
  })
  send({ t: 'ready' })
}

/** Linux: sets this thread's nice value (/proc/thread-self names its id); elsewhere, or if refused, nothing. */
function setOwnPriority(nice: number): void {
  if (nice === 0 || process.platform !== 'linux') return
  try {
    const tid = /\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]
    if (tid) setPriority(Number(tid), nice)
  } catch {
    // not permitted here: the thread keeps the process's priority
  }
}

try {
  setOwnPriority(threadNice(config.role))
  if (config.role === 'writer') runWriter()
  else if (config.role === 'reader') runReader()
  else runCheckpointer()
} catch (err) {
  send({ t: 'fatal', error: serializeError(err) })
}
