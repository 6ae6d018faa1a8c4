// `npm run bench`: ingest over loopback (full path vs a bare Fastify handler), ledger
// queries at 100k transfers / 1M deliveries, headless start-up time and resident memory.
// Writes docs/PERFORMANCE.md and prints one JSON line (the last line of stdout).
//
// BENCH_QUICK=1 shrinks every phase (for working on the benchmark itself; figures are not
// comparable). BENCH_DIR=… puts the data directories elsewhere (default: the OS temp dir).
import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, resolve } from 'node:path'
import Fastify from 'fastify'
import { createCore, type Core } from '../src/main/core'
import { createStore } from '../src/main/core/store'
import { api, ledgerSize, rssOf, spawnHeadless, assertBuilt, sleep } from '../tests/torture/helpers'
import type { LoadJob, LoadResult } from './loadgen'
import { coresBusy, describeMachine, ownWrites, systemCpu, type MachineInfo } from './machine'
import { MIX } from './mix'
import { renderReport } from './report'
import { seedLedger, type SeedResult } from './seed'
import { median, round, summarize, type Summary } from './stats'

const QUICK = process.env.BENCH_QUICK === '1'
const SECRET = 'whsec_bench_5b0c1f4e9a7d4c2e8f6a1b3d5c7e9f0a'
const TOKEN = 'bench-token-0123456789abcdef'
const ROOT = resolve(__dirname, '..')
const BASE = process.env.BENCH_DIR ? resolve(process.env.BENCH_DIR) : os.tmpdir()

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`)

// ---------- load generator (separate process) ----------

function startLoadgen(): Promise<{ child: ChildProcess; run(job: Omit<LoadJob, 'type' | 'id'>): Promise<LoadResult>; stop(): void }> {
  const child = fork(join(__dirname, 'loadgen.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let nextId = 1
  const waiting = new Map<number, (r: LoadResult) => void>()
  return new Promise((resolveStart, reject) => {
    child.once('error', reject)
    child.on('message', (m: { type: string; result?: LoadResult }) => {
      if (m.type === 'ready') {
        resolveStart({
          child,
          run(job) {
            const id = nextId++
            return new Promise<LoadResult>((r) => {
              waiting.set(id, r)
              child.send({ ...job, type: 'run', id })
            })
          },
          stop() {
            child.send({ type: 'exit' })
          }
        })
      } else if (m.type === 'result' && m.result) {
        waiting.get(m.result.id)?.(m.result)
        waiting.delete(m.result.id)
      }
    })
    child.once('exit', (code) => {
      if (waiting.size > 0) reject(new Error(`load generator exited (${code})`))
    })
  })
}

// ---------- ingest ----------

const OTHER_LOAD_MAX = 25

/** Waits (up to maxMs) until other processes use less than OTHER_LOAD_MAX % of a core. */
async function waitForQuiet(maxMs: number): Promise<number | null> {
  const until = Date.now() + maxMs
  let other: number | null = null
  for (;;) {
    const a = systemCpu()
    const cpu0 = process.cpuUsage()
    await sleep(1000)
    const cores = coresBusy(a, systemCpu())
    const own = process.cpuUsage(cpu0)
    if (cores === null) return null
    other = Math.max(0, cores * 100 - (own.user + own.system) / 10)
    if (other <= OTHER_LOAD_MAX || Date.now() >= until) return other
  }
}

interface PhaseResult {
  target: 'full' | 'bare'
  phase: string
  rate: number | null
  concurrency: number
  sent: number
  ok: number
  non200: number
  errors: number
  throughput: number
  client: Summary
  /** Open loop only: time to answer from the scheduled send time. */
  clientFromSchedule: Summary | null
  /** Full path only: answerMs recorded by the server (deliveries table). */
  server: Summary | null
  serverCpuPct: number
  clientCpuPct: number
  /** CPU used on the machine by anything but the server and the load generator (% of one core): other work on a shared box. */
  foreignCpuPct: number | null
  maxLateMs: number
  /** 1 unless other load on the machine made us run this phase again. */
  attempt: number
  /** What the server process wrote (WAL, checkpoints, sockets) per delivery. */
  writes: { kibPerDelivery: number; callsPerDelivery: number } | null
}

async function startBare(): Promise<{ url: string; close(): Promise<void> }> {
  // The same Fastify options and raw-body parser as the real receiver; no verification, no storage.
  const app = Fastify({
    logger: false,
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    connectionTimeout: 10_000,
    requestTimeout: 10_000,
    keepAliveTimeout: 5_000,
    http: { maxHeaderSize: 16 * 1024 }
  })
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 256 * 1024 }, (_req, body, done) => done(null, body))
  app.post('/webhooks/mesh', async () => ({ ok: true, verdict: 'accepted' }))
  await app.listen({ host: '127.0.0.1', port: 0 })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  return { url: `http://127.0.0.1:${port}/webhooks/mesh`, close: () => app.close() }
}

function maxDeliveryId(core: Core): number {
  return (core.store.db.prepare('SELECT coalesce(max(id), 0) AS m FROM deliveries').get() as { m: number }).m
}

async function ingestBench(machine: MachineInfo): Promise<{ phases: PhaseResult[]; dataDir: string; pragmas: Record<string, unknown>; verdicts: Record<string, number> }> {
  const dataDir = mkdtempSync(join(BASE, 'countertop-bench-ingest-'))
  const core = createCore({ dataDir, webhookSecret: SECRET, mode: 'emulator', synchronous: 'FULL' })
  const receiver = await core.startReceiver('127.0.0.1', 0)
  const pragmas = {
    journal_mode: core.store.db.pragma('journal_mode', { simple: true }),
    synchronous: core.store.db.pragma('synchronous', { simple: true }) === 2 ? 'FULL' : core.store.db.pragma('synchronous', { simple: true })
  }
  const bare = await startBare()
  const gen = await startLoadgen()
  const urls = { full: receiver.url, bare: bare.url }
  log(`ingest: full path ${urls.full} (journal_mode=${pragmas.journal_mode}, synchronous=${pragmas.synchronous}); bare ${urls.bare}`)

  const scale = QUICK ? 0.2 : 1
  const phases: { name: string; mode: 'rate' | 'flat'; rate?: number; durationMs: number; concurrency: number }[] = [
    { name: '100/s', mode: 'rate', rate: 100, durationMs: 10_000 * scale, concurrency: 0 },
    { name: '500/s', mode: 'rate', rate: 500, durationMs: 20_000 * scale, concurrency: 0 },
    { name: '1000/s', mode: 'rate', rate: 1000, durationMs: 15_000 * scale, concurrency: 0 },
    { name: 'flat out (32 connections)', mode: 'flat', durationMs: 10_000 * scale, concurrency: 32 }
  ]
  let seed = 1
  const other = await waitForQuiet(60_000)
  if (other !== null && other > OTHER_LOAD_MAX) log(`other processes keep ${round(other, 0)}% of a core busy: figures will show it`)
  // Warm-up (JIT, connections, SQLite page cache): not recorded.
  for (const target of ['bare', 'full'] as const) {
    await gen.run({ url: urls[target], secret: SECRET, seed: seed++, mode: 'rate', rate: 1000, durationMs: 3000 * scale, concurrency: 0 })
  }
  const results: PhaseResult[] = []
  const runOne = async (p: (typeof phases)[number], target: 'bare' | 'full', attempt: number): Promise<PhaseResult> => {
    global.gc?.()
    await sleep(300)
    const before = target === 'full' ? maxDeliveryId(core) : 0
    const cpu0 = process.cpuUsage()
    const sys0 = systemCpu()
    const io0 = ownWrites()
    const r = await gen.run({ url: urls[target], secret: SECRET, seed: seed++, mode: p.mode, rate: p.rate, durationMs: p.durationMs, concurrency: p.concurrency })
    const cpu = process.cpuUsage(cpu0)
    const machineCores = coresBusy(sys0, systemCpu())
    const io1 = ownWrites()
    let server: Summary | null = null
    if (target === 'full') {
      await sleep(400) // answer times are written in batches every 100 ms
      const after = maxDeliveryId(core)
      const rows = core.store.db
        .prepare('SELECT answer_ms AS ms FROM deliveries WHERE id > ? AND id <= ? AND answer_ms IS NOT NULL')
        .all(before, after) as { ms: number }[]
      server = summarize(rows.map((x) => x.ms))
    }
    const res: PhaseResult = {
      target,
      phase: p.name,
      rate: p.rate ?? null,
      concurrency: p.concurrency,
      sent: r.sent,
      ok: r.ok,
      non200: r.completed - r.errors - r.ok,
      errors: r.errors,
      throughput: r.throughput,
      client: summarize(r.latencies),
      clientFromSchedule: p.mode === 'rate' ? summarize(r.fromSchedule) : null,
      server,
      serverCpuPct: ((cpu.user + cpu.system) / 1000 / r.elapsedMs) * 100,
      clientCpuPct: (r.cpuMs / r.elapsedMs) * 100,
      foreignCpuPct: machineCores === null ? null : Math.max(0, machineCores * 100 - ((cpu.user + cpu.system) / 1000 / r.elapsedMs) * 100 - (r.cpuMs / r.elapsedMs) * 100),
      maxLateMs: r.maxLateMs,
      attempt,
      writes: io0 && io1 && r.completed > 0 ? { kibPerDelivery: (io1.bytes - io0.bytes) / 1024 / r.completed, callsPerDelivery: (io1.calls - io0.calls) / r.completed } : null
    }
    log(
      `ingest ${target.padEnd(4)} ${p.name.padEnd(26)} ${round(res.throughput, 0)}/s  p50 ${round(res.client.p50)} p95 ${round(res.client.p95)} p99 ${round(res.client.p99)} max ${round(res.client.max)} ms` +
        (server ? `  (server p50 ${round(server.p50)} p99 ${round(server.p99)})` : '') +
        `  non200 ${res.non200} errors ${res.errors}  cpu server ${round(res.serverCpuPct, 0)}% client ${round(res.clientCpuPct, 0)}% other ${res.foreignCpuPct === null ? '?' : round(res.foreignCpuPct, 0)}%`
    )
    return res
  }
  // A shared machine: when other work took more than OTHER_LOAD_MAX of a core during a pair
  // of runs, that pair is run again (at most twice); the figures say what load there was.
  for (const p of phases) {
    let pair: PhaseResult[] = []
    for (let attempt = 1; attempt <= 3; attempt++) {
      pair = [await runOne(p, 'bare', attempt), await runOne(p, 'full', attempt)]
      const other = Math.max(...pair.map((x) => x.foreignCpuPct ?? 0))
      if (other <= OTHER_LOAD_MAX || attempt === 3) break
      log(`other processes used ${round(other, 0)}% of a core during ${p.name}: running it again`)
      await waitForQuiet(20_000)
    }
    results.push(...pair)
  }
  gen.stop()
  const verdicts = Object.fromEntries(
    (core.store.db.prepare('SELECT verdict, count(*) AS n FROM deliveries GROUP BY verdict').all() as { verdict: string; n: number }[]).map((r) => [r.verdict, r.n])
  )
  await bare.close()
  await core.close()
  void machine
  return { phases: results, dataDir, pragmas, verdicts }
}

// ---------- ledger queries, start-up, memory ----------

interface QueryResult {
  name: string
  command: string
  medianMs: number
  maxMs: number
  firstMs: number
  runs: number
  rows: number
  /** ledger: a ledger page (the target); inspector: a deliveries page (reported, no target). */
  kind: 'ledger' | 'inspector' | 'other'
}

function queryPlan(seed: SeedResult): { name: string; command: string; args: () => unknown; kind: QueryResult['kind'] }[] {
  const s = seed.samples
  const succeeded = s.filter((x) => x.txHash)
  let i = 0
  const rotate = <T>(arr: T[]) => () => arr[i++ % arr.length]!
  const pickTransfer = rotate(s)
  const pickHash = rotate(succeeded)
  const [from, to] = seed.firstSeenRange
  const mid = Math.floor((from + to) / 2)
  return [
    { name: 'ledger first page (50)', command: 'ledger.list', args: () => ({}), kind: 'ledger' },
    { name: 'ledger page 2 (cursor)', command: 'ledger.list', args: () => ({ cursor: '__CURSOR__' }), kind: 'ledger' },
    { name: 'ledger filtered: status=failed', command: 'ledger.list', args: () => ({ status: 'failed' }), kind: 'ledger' },
    { name: 'ledger filtered: status=pending', command: 'ledger.list', args: () => ({ status: 'pending' }), kind: 'ledger' },
    { name: 'ledger filtered: status=refundpending (0.1%)', command: 'ledger.list', args: () => ({ status: 'refundpending' }), kind: 'ledger' },
    { name: 'ledger filtered: status=succeeded (85%)', command: 'ledger.list', args: () => ({ status: 'succeeded' }), kind: 'ledger' },
    { name: 'ledger filtered: failed or pending', command: 'ledger.list', args: () => ({ status: ['failed', 'pending'] }), kind: 'ledger' },
    { name: 'ledger filtered: one week', command: 'ledger.list', args: () => ({ from: mid, to: mid + 7 * 86400_000 }), kind: 'ledger' },
    { name: 'search by TransferId', command: 'ledger.list', args: () => ({ search: pickTransfer().transferId }), kind: 'ledger' },
    { name: 'search by TxHash', command: 'ledger.list', args: () => ({ search: pickHash().txHash! }), kind: 'ledger' },
    { name: 'search by TransactionId', command: 'ledger.list', args: () => ({ search: pickTransfer().transactionId }), kind: 'ledger' },
    { name: 'search by id prefix (8 chars)', command: 'ledger.list', args: () => ({ search: pickTransfer().transferId.slice(0, 8) }), kind: 'ledger' },
    { name: "one transfer's history (ledger.get)", command: 'ledger.get', args: () => ({ transferId: pickTransfer().transferId }), kind: 'ledger' },
    { name: 'deliveries first page (50)', command: 'deliveries.list', args: () => ({}), kind: 'inspector' },
    { name: 'deliveries filtered: rejected', command: 'deliveries.list', args: () => ({ rejected: true }), kind: 'inspector' },
    { name: 'deliveries filtered: verdict=duplicate', command: 'deliveries.list', args: () => ({ verdict: 'duplicate' }), kind: 'inspector' },
    { name: 'health.get', command: 'health.get', args: () => ({}), kind: 'other' }
  ]
}

function countRows(v: unknown): number {
  const o = v as { items?: unknown[]; events?: { deliveries: unknown[] }[] }
  if (Array.isArray(o?.items)) return o.items.length
  if (Array.isArray(o?.events)) return o.events.reduce((n, e) => n + e.deliveries.length, 0)
  return 1
}

async function ledgerBench(): Promise<{
  seed: SeedResult
  queries: QueryResult[]
  startup: { runsMs: number[]; medianMs: number; firstMs: number; shutdownMs: number[] }
  memory: { rssMiB: number; peakMiB: number; idleRssMiB: number }
  dbBytes: number
}> {
  const dataDir = mkdtempSync(join(BASE, 'countertop-bench-ledger-'))
  const transfers = QUICK ? 10_000 : 100_000
  const deliveries = QUICK ? 100_000 : 1_000_000
  log(`ledger: seeding ${transfers} transfers / ${deliveries} deliveries in ${dataDir}`)
  const store = createStore({ file: join(dataDir, 'countertop.sqlite') })
  const seed = seedLedger(store.db, { transfers, deliveries, secret: SECRET })
  store.close()
  const size = ledgerSize(dataDir)
  log(`ledger: seeded in ${round(seed.ms / 1000, 1)} s (${seed.events} events, ${seed.deliveries} deliveries, ${round(size.db / 1024 ** 2, 0)} MiB)`)

  // Queries through the registry, as the console (IPC or HTTP) calls them.
  const core = createCore({ dataDir, webhookSecret: SECRET, mode: 'emulator', synchronous: 'FULL' })
  const plan = queryPlan(seed)
  const first = (await core.registry.dispatch('ledger.list', {})) as { ok: true; value: { nextCursor: string } }
  const cursor = first.value.nextCursor
  const RUNS = 9
  const queries: QueryResult[] = []
  for (const q of plan) {
    const times: number[] = []
    let rows = 0
    for (let r = 0; r < RUNS; r++) {
      let args = q.args()
      if (JSON.stringify(args).includes('__CURSOR__')) args = { cursor }
      const t = performance.now()
      const res = await core.registry.dispatch(q.command, args)
      times.push(performance.now() - t)
      if (!res.ok) throw new Error(`${q.name}: ${res.error.code} ${res.error.message}`)
      rows = countRows(res.value)
    }
    const res: QueryResult = { name: q.name, command: q.command, medianMs: median(times), maxMs: Math.max(...times), firstMs: times[0]!, runs: RUNS, rows, kind: q.kind }
    queries.push(res)
    log(`query ${q.name.padEnd(40)} median ${round(res.medianMs)} ms  first ${round(res.firstMs)}  max ${round(res.maxMs)}  (${rows} rows)`)
  }
  await core.close()

  // Start-up of the built headless mode on this ledger, then its memory after the queries.
  const runsMs: number[] = []
  const shutdownMs: number[] = []
  let memory = { rssMiB: 0, peakMiB: 0, idleRssMiB: 0 }
  const STARTS = QUICK ? 3 : 5
  for (let k = 0; k < STARTS; k++) {
    const h = await spawnHeadless({ dataDir, secret: SECRET, token: TOKEN })
    runsMs.push(h.startupMs)
    log(`startup #${k + 1}: ${round(h.startupMs, 0)} ms`)
    if (k === STARTS - 1) {
      await sleep(500)
      const idle = rssOf(h.pid)
      for (let rep = 0; rep < 3; rep++) {
        for (const q of plan) {
          let args = q.args()
          if (JSON.stringify(args).includes('__CURSOR__')) args = { cursor }
          const r = await api(h.consoleBase, h.token, q.command, args)
          if (r.status !== 200) throw new Error(`headless ${q.name}: HTTP ${r.status} ${JSON.stringify(r.env.error)}`)
        }
      }
      await sleep(200)
      const m = rssOf(h.pid)
      memory = { rssMiB: m.rss / 1024 ** 2, peakMiB: m.peak / 1024 ** 2, idleRssMiB: idle.rss / 1024 ** 2 }
      log(`memory: RSS ${round(memory.rssMiB, 1)} MiB after the queries (idle after start ${round(memory.idleRssMiB, 1)} MiB, peak ${round(memory.peakMiB, 1)} MiB)`)
    }
    // cli.ts installs its SIGTERM handler only after printing the URLs: give it a moment.
    await sleep(200)
    const t = performance.now()
    const exit = await h.stop()
    shutdownMs.push(performance.now() - t)
    if (exit.code !== 0) throw new Error(`headless exited ${exit.code ?? exit.signal}: ${h.stderr()}`)
  }
  const dbBytes = ledgerSize(dataDir).db
  rmSync(dataDir, { recursive: true, force: true })
  return { seed, queries, startup: { runsMs, medianMs: median(runsMs), firstMs: runsMs[0]!, shutdownMs }, memory, dbBytes }
}

// ---------- main ----------

export interface Target {
  name: string
  target: string
  figure: string
  value: number
  limit: number
  met: boolean
}

async function main(): Promise<void> {
  assertBuilt()
  mkdirSync(BASE, { recursive: true })
  const t0 = performance.now()
  const machine = describeMachine(BASE)
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, disk ${machine.disk}`)
  log(`fsync'd WAL commit: p50 ${round(machine.fsyncCommit.p50, 3)} ms, p99 ${round(machine.fsyncCommit.p99, 3)} ms`)

  const ingest = await ingestBench(machine)
  rmSync(ingest.dataDir, { recursive: true, force: true })
  const ledger = await ledgerBench()

  const at500 = ingest.phases.find((p) => p.target === 'full' && p.rate === 500)!
  const flatFull = ingest.phases.find((p) => p.target === 'full' && p.rate === null)!
  const flatBare = ingest.phases.find((p) => p.target === 'bare' && p.rate === null)!
  const ratio = flatFull.throughput / flatBare.throughput
  const pages = ledger.queries.filter((q) => q.kind === 'ledger')
  const slowest = pages.reduce((a, b) => (b.medianMs > a.medianMs ? b : a))
  const targets: Target[] = [
    { name: 'p99 time to answer at 500 deliveries/s (synchronous=FULL, WAL)', target: '≤ 5 ms', figure: `${round(at500.client.p99)} ms`, value: at500.client.p99, limit: 5, met: at500.client.p99 <= 5 },
    { name: 'full-path throughput ÷ bare Fastify handler (flat out)', target: '≥ 0.5', figure: `${round(ratio, 2)} (${round(flatFull.throughput, 0)}/s vs ${round(flatBare.throughput, 0)}/s)`, value: ratio, limit: 0.5, met: ratio >= 0.5 },
    { name: `ledger pages at ${ledger.seed.deliveries.toLocaleString('en-US')} deliveries (slowest median: ${slowest.name})`, target: '≤ 20 ms', figure: `${round(slowest.medianMs)} ms`, value: slowest.medianMs, limit: 20, met: slowest.medianMs <= 20 },
    { name: 'headless start-up with that ledger (median)', target: '≤ 1.5 s', figure: `${round(ledger.startup.medianMs, 0)} ms`, value: ledger.startup.medianMs, limit: 1500, met: ledger.startup.medianMs <= 1500 },
    { name: 'resident memory of headless mode after the queries', target: '≤ 200 MiB', figure: `${round(ledger.memory.rssMiB, 1)} MiB`, value: ledger.memory.rssMiB, limit: 200, met: ledger.memory.rssMiB <= 200 }
  ]
  const totalS = (performance.now() - t0) / 1000
  const report = { machine, quick: QUICK, mix: MIX, ingest, ledger, targets, totalS }
  if (!QUICK || process.env.BENCH_WRITE === '1') {
    writeFileSync(join(ROOT, 'docs/PERFORMANCE.md'), renderReport(report))
    log(`wrote docs/PERFORMANCE.md (${round(totalS, 0)} s in all)`)
  }
  const summary = {
    machine: { cpu: machine.cpu, cores: machine.cores, ramGiB: machine.ramGiB, node: machine.node, disk: machine.disk, fsyncCommitP50Ms: round(machine.fsyncCommit.p50, 3) },
    ingest: ingest.phases.map((p) => ({
      target: p.target,
      phase: p.phase,
      throughput: round(p.throughput, 0),
      p50: round(p.client.p50),
      p95: round(p.client.p95),
      p99: round(p.client.p99),
      max: round(p.client.max),
      serverP50: p.server ? round(p.server.p50) : null,
      serverP99: p.server ? round(p.server.p99) : null,
      non200: p.non200,
      errors: p.errors
    })),
    ratio: round(ratio, 3),
    queries: Object.fromEntries(ledger.queries.map((q) => [q.name, round(q.medianMs)])),
    startupMs: round(ledger.startup.medianMs, 0),
    rssMiB: round(ledger.memory.rssMiB, 1),
    targets: targets.map((t) => ({ name: t.name, target: t.target, figure: t.figure, met: t.met })),
    totalS: round(totalS, 0)
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`)
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`)
  process.exit(1)
})

export type BenchReport = {
  machine: MachineInfo
  quick: boolean
  mix: typeof MIX
  ingest: Awaited<ReturnType<typeof ingestBench>>
  ledger: Awaited<ReturnType<typeof ledgerBench>>
  targets: Target[]
  totalS: number
}
export type { PhaseResult, QueryResult }
