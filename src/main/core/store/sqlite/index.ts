// The SQLite engine behind the Store interface: three threads of its own (./worker.ts) so
// the main thread — which answers Mesh's webhooks — never waits on SQLite, fsync or a
// checkpoint, and a console query never waits behind a group commit.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { IngestLimits, PreparedDelivery } from '../../webhooks/record'
import { REPOS, type RecordOutcome, type Store, type StoreStats } from '../types'
import { Serialized } from '../serialized'
import { VIEWS, type StoreViews, type ViewName } from '../views'
import { ackTrace, preciseNow, type AckTrace } from './ack-trace'
import { createPagePool, releaseSlot, slotBytes, slotsTaken } from './page-pool'
import { deserializeError, type FromWorker, type ToWorker, type WorkerConfig } from './protocol'

export interface SqliteStoreOptions {
  /** The ledger file (countertop.sqlite). */
  file: string
  synchronous?: 'FULL' | 'NORMAL'
  nativeBinding?: string
  limits?: Partial<IngestLimits>
  /** Start-up progress worth a line (the quick_check of a large ledger takes a while). */
  onProgress?: (message: string) => void
}

/** Below this size a ledger's quick_check is too quick to announce. */
const ANNOUNCE_CHECK_BYTES = 64 * 1024 * 1024
const PROGRESS_EVERY_MS = 5_000

function sizeOf(file: string): number {
  try {
    return statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0)
  } catch {
    return 0
  }
}

/**
 * Each thread's young generation, MB (V8's default grows to tens of MB per isolate under load:
 * with four isolates that was ~80 MB of the process's resident memory in the hostile-input
 * torture run, past its bound). The writer's and reader's garbage is short-lived and small
 * (a group's rows, a page's objects; a page's JSON string lives in large-object space).
 */
const YOUNG_GENERATION_MB = { writer: 8, reader: 8, checkpointer: 4 } as const

/** Methods served by the reader thread; everything else is a change and goes to the writer. */
const READS: Record<string, ReadonlySet<string>> = {
  transfers: new Set(['getRecord', 'get', 'list']),
  events: new Set(['find', 'listForTransfer']),
  deliveries: new Set(['get', 'getRaw', 'listForTransfer', 'listClaimingTransfer', 'rejectedCount', 'lastReceivedAt', 'list']),
  sessions: new Set(['get', 'findByTransactionId', 'recent', 'sdkEvents', 'expiredWaiting', 'charges']),
  customers: new Set(['connections']),
  settings: new Set(['get', 'all']),
  audit: new Set(['list']),
  downtime: new Set(['openWindow', 'get', 'list', 'unreconciled']),
  reconcileRuns: new Set(['getRun', 'listRuns', 'runsBetween', 'pendingTransfers', 'unlinkedSessions']),
  shifts: new Set(['current', 'get', 'list', 'salesBetween', 'paidSalesBetween']),
  ops: new Set()
}

let sourceBundle: string | null = null

/**
 * The built worker next to the bundle (out/main), or — when the app runs from its TypeScript
 * source (tests, tsx scripts) — the source bundled once per process with esbuild, so every
 * thread starts as plain JavaScript in a few milliseconds.
 */
function workerEntry(): string {
  // Bundled: out/main/sqlite-worker.js, beside the entry or one level above a shared chunk.
  const built = join(__dirname, 'sqlite-worker.js')
  for (const f of [built, join(__dirname, '..', 'sqlite-worker.js')]) if (existsSync(f)) return f
  const source = join(__dirname, 'worker.ts')
  if (!existsSync(source)) throw new Error(`The SQLite worker is missing (looked for ${built}); run the build (npm run build).`)
  if (sourceBundle && existsSync(sourceBundle)) return sourceBundle
  // Inside the project, so the bundle resolves better-sqlite3 from its node_modules; named by a
  // hash of the sources, so parallel test processes share one file and old ones are replaced.
  const cache = join(__dirname, '..', '..', '..', '..', '..', 'node_modules', '.cache', 'countertop-sqlite-worker')
  mkdirSync(cache, { recursive: true })
  // A development-only dependency: the built app never reaches this line.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when running from source
  const esbuild = require('esbuild') as typeof import('esbuild')
  const result = esbuild.buildSync({ entryPoints: [source], bundle: true, platform: 'node', format: 'cjs', target: 'node22', write: false, external: ['better-sqlite3'], logLevel: 'silent' })
  const code = result.outputFiles[0]!.contents
  const outfile = join(cache, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`)
  if (!existsSync(outfile)) {
    // Only bundles nobody wrote for an hour: another checkout's test run (a worktree sharing this
    // node_modules) may be starting threads from its own right now.
    const stale = Date.now() - 60 * 60 * 1000
    for (const old of readdirSync(cache)) {
      const f = join(cache, old)
      try {
        if (statSync(f).mtimeMs < stale) rmSync(f, { force: true })
      } catch {
        // gone already
      }
    }
    const tmp = `${outfile}.${process.pid}.tmp`
    writeFileSync(tmp, code)
    renameSync(tmp, outfile)
  }
  sourceBundle = outfile
  return outfile
}

interface Thread {
  worker: Worker
  request(m: DistributiveOmit<ToWorker, 'id'>): Promise<unknown>
  post(m: ToWorker): void
  close(): Promise<void>
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

function startThread(config: WorkerConfig, onExit: (role: string, code: number) => void, trace: AckTrace | null = null): Promise<Thread> {
  const worker = new Worker(workerEntry(), { workerData: config, name: `sqlite-${config.role}`, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB[config.role] } })
  let nextId = 1
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let closed = false
  /** Why the thread is gone when it stopped on its own (not by close()). */
  let stopped: Error | null = null
  return new Promise((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if (m.t === 'ready') {
        resolve({
          worker,
          post: (msg) => worker.postMessage(msg),
          request(msg) {
            if (closed) return Promise.reject(stopped ?? Object.assign(new Error('The ledger is closed.'), { code: 'STORE_CLOSED' }))
            const id = nextId++
            return new Promise((res, rej) => {
              waiting.set(id, { resolve: res, reject: rej })
              worker.postMessage({ ...msg, id } as ToWorker)
            })
          },
          async close() {
            if (closed) return
            const id = nextId++
            const done = new Promise((res, rej) => waiting.set(id, { resolve: res, reject: rej }))
            worker.postMessage({ t: 'close', id } satisfies ToWorker)
            closed = true
            await done
            await worker.terminate()
          }
        })
      } else if (m.t === 'fatal') {
        reject(deserializeError(m.error))
      } else if (m.t === 'result') {
        const w = waiting.get(m.id)
        waiting.delete(m.id)
        if (!w) {
          if ('slot' in m) releaseSlot(config.pagePool!, m.slot)
          return
        }
        if (!m.ok) w.reject(deserializeError(m.error))
        else if ('slot' in m) {
          // The page's bytes stay in the pool's slot until its consumer is done with them.
          const { pagePool } = config
          const slot = m.slot
          w.resolve(new Serialized(slotBytes(pagePool!, slot, m.length), () => releaseSlot(pagePool!, slot)))
        } else w.resolve('json' in m ? new Serialized(m.json) : m.value)
      } else if (m.t === 'ingested') {
        if (m.durableAt !== undefined) trace?.line([preciseNow() - m.durableAt])
        const w = waiting.get(m.id)
        waiting.delete(m.id)
        w?.resolve(m.results.map((r) => ('error' in r ? deserializeError(r.error) : r)))
      }
    })
    worker.on('error', (err) => {
      reject(err)
      for (const w of waiting.values()) w.reject(err)
      waiting.clear()
    })
    worker.on('exit', (code) => {
      const err = Object.assign(new Error(`The ledger's ${config.role} thread stopped (exit ${code}).`), { code: 'STORE_UNAVAILABLE' })
      for (const w of waiting.values()) w.reject(err)
      waiting.clear()
      if (!closed) {
        stopped = err
        onExit(config.role, code)
      }
      closed = true
    })
  })
}

export async function openSqliteStore(opts: SqliteStoreOptions): Promise<Store> {
  const base = { file: opts.file, synchronous: opts.synchronous, nativeBinding: opts.nativeBinding }
  // Shared by the writer and the checkpointer (restart-gate.ts).
  const gate = new SharedArrayBuffer(4)
  // Shared by the reader, the checkpointer and the writer (reader-gate.ts).
  const readerGate = new SharedArrayBuffer(8)
  // The reader's console pages, on their way to this thread (page-pool.ts).
  const pagePool = createPagePool()
  /** COUNTERTOP_ACK_TRACE: this thread's side of the ack trace (./ack-trace.ts), null when off. */
  const trace = ackTrace('main')
  let isOpen = true
  const onExit = (role: string, code: number) => {
    if (isOpen) process.emitWarning(`countertop: the SQLite ${role} thread exited (${code})`)
  }
  // The writer first: it creates the file, sets WAL mode, checks the file (PRAGMA quick_check)
  // and runs the migrations. A large ledger takes a while to check: say so, and keep saying so.
  const bytes = sizeOf(opts.file)
  const mb = (bytes / (1024 * 1024)).toFixed(0)
  const t0 = Date.now()
  if (bytes >= ANNOUNCE_CHECK_BYTES) opts.onProgress?.(`checking the ledger ${opts.file} (${mb} MB) before start…`)
  const progress = opts.onProgress
    ? setInterval(() => opts.onProgress!(`still checking the ledger ${opts.file} (${mb} MB; PRAGMA quick_check, then any migrations): ${Math.round((Date.now() - t0) / 1000)} s so far…`), PROGRESS_EVERY_MS)
    : null
  let writer: Thread
  try {
    writer = await startThread({ ...base, role: 'writer', gate, readerGate, limits: opts.limits as Record<string, number> | undefined }, onExit, trace)
  } finally {
    if (progress) clearInterval(progress)
  }
  if (bytes >= ANNOUNCE_CHECK_BYTES || Date.now() - t0 >= PROGRESS_EVERY_MS) opts.onProgress?.(`ledger ${opts.file} checked and opened in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  let reader: Thread
  let checkpointer: Thread
  try {
    ;[reader, checkpointer] = await Promise.all([startThread({ ...base, role: 'reader', readerGate, pagePool }, onExit), startThread({ ...base, role: 'checkpointer', gate, readerGate }, onExit)])
  } catch (err) {
    await writer.close().catch(() => {})
    throw err
  }

  const repos = Object.fromEntries(
    REPOS.map((repo) => [
      repo,
      new Proxy(
        {},
        {
          get(_t, method) {
            if (typeof method !== 'string') return undefined
            const thread = READS[repo]?.has(method) ? reader : writer
            return (...args: unknown[]) => thread.request({ t: 'call', repo, method, args })
          }
        }
      )
    ])
  )

  const store = {
    ...repos,
    engine: 'sqlite' as const,
    views: Object.fromEntries((Object.keys(VIEWS) as ViewName[]).map((name) => [name, (arg: unknown) => reader.request({ t: 'view', name, arg })])) as unknown as StoreViews,
    get open() {
      return isOpen
    },
    recordDeliveries: (batch: PreparedDelivery[]) => {
      const m: Extract<ToWorker, { t: 'ingest' }> = { t: 'ingest', id: 0, batch }
      if (trace) m.sentAt = preciseNow()
      return writer.request(m) as Promise<RecordOutcome[]>
    },
    // One process owns the data dir (its lock), so a job here never runs twice at once.
    runExclusive: <T>(_job: string, fn: () => Promise<T>) => fn(),
    recordAnswerTimes(rows: { id: number; ms: number }[]) {
      if (isOpen && rows.length) writer.post({ t: 'answers', rows })
    },
    integrityCheck: () => reader.request({ t: 'call', repo: 'self', method: 'integrityCheck', args: [] }),
    quickCheck: () => reader.request({ t: 'call', repo: 'self', method: 'quickCheck', args: [] }),
    // The writer is alive and its last write did not fail for a storage reason; the checkpointer
    // (off the ack path) can create a file next to the ledger. A dead thread rejects at once.
    probeWrite: async () => {
      await Promise.all([writer.request({ t: 'probe' }), checkpointer.request({ t: 'probe' })])
    },
    async stats(): Promise<StoreStats> {
      const [w, c] = (await Promise.all([writer.request({ t: 'stats' }), checkpointer.request({ t: 'stats' })])) as Record<string, number>[]
      return {
        walBytes: w!.walBytes!,
        groups: w!.groups!,
        deliveries: w!.deliveries!,
        maxGroupSize: w!.maxGroupSize!,
        forcedCheckpoints: w!.forcedCheckpoints!,
        passiveCheckpoints: c!.passive!,
        restartCheckpoints: c!.restart!,
        truncateCheckpoints: c!.truncate!,
        checkpointBusy: c!.busy!,
        maxWalBytes: c!.maxWalBytes!,
        pageSlotsTaken: slotsTaken(pagePool)
      }
    },
    async close() {
      if (!isOpen) return
      isOpen = false
      // Readers and the checkpointer first; the writer last (its close checkpoints the WAL).
      await Promise.allSettled([reader.close(), checkpointer.close()])
      await writer.close()
      trace?.close()
    }
  }
  return store as unknown as Store
}
