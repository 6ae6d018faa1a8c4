// What the benchmark needs to drive the product from the outside: spawn the built headless
// process, sign Mesh deliveries, call the console API over HTTP, read /proc. Nothing here
// imports src/ or tests/: the benchmark must keep working while the engine behind
// out/main/headless.js is rewritten (it only relies on the command line, the printed URLs,
// POST /webhooks/mesh and POST /api/<command>).
import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '..')
/** BENCH_HEADLESS=path runs another build (e.g. a checkout of the old code) instead of ./out. */
export const HEADLESS_JS = process.env.BENCH_HEADLESS ? resolve(process.env.BENCH_HEADLESS) : join(ROOT, 'out/main/headless.js')
export const LEDGER_FILE = 'countertop.sqlite'

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

/** base64(HMAC-SHA256(utf8(secret), raw body)): what Mesh sends in X-Mesh-Signature-256. */
export function sign(secret: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(body).digest('base64')
}

export interface MeshEventSpec {
  eventId: string
  transferId: string
  status: string
  /** ms: when the status changed. */
  timestamp: number
  transactionId?: string
  txHash?: string | null
  amount?: number
}

/** One delivery attempt of an event, shaped as Mesh sends it (a fresh Id and SentTimestamp per attempt). */
export function meshBody(e: MeshEventSpec, attemptId: string = randomUUID(), sentAtSec = Math.floor(Date.now() / 1000)): string {
  const body: Record<string, unknown> = {
    EventId: e.eventId,
    Id: attemptId,
    SentTimestamp: sentAtSec,
    Timestamp: e.timestamp,
    TransferId: e.transferId,
    TransferStatus: e.status,
    TransactionId: e.transactionId ?? `txn_${e.transferId.slice(0, 8)}`,
    UserId: 'user_4f1c2b',
    Token: 'USDC',
    Chain: 'Ethereum',
    SourceAmount: e.amount ?? 12.5,
    DestinationAmount: e.amount ?? 12.5,
    SourceAccountProvider: 'Coinbase',
    DestinationAddress: '0x9f8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a',
    RefundAddress: null
  }
  if (e.txHash) body.TxHash = e.txHash
  return JSON.stringify(body)
}

/** Small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------- HTTP ----------

export interface HttpResult {
  status: number
  body: string
}

export function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string | number>; body?: string | Buffer; agent?: http.Agent | false; timeoutMs?: number } = {}
): Promise<HttpResult> {
  return new Promise((resolveP, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: opts.agent ?? false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolveP({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error(`${url}: no answer in ${opts.timeoutMs ?? 30_000} ms`)))
    req.end(opts.body)
  })
}

export interface Envelope<T = unknown> {
  ok: boolean
  value?: T
  error?: { code: string; message: string }
}

/** The console API: POST /api/<command> with the bearer token; the envelope as sent. */
export async function api<T = unknown>(base: string, token: string, command: string, args: unknown = {}, agent?: http.Agent): Promise<Envelope<T>> {
  const r = await request(`${base}/api/${command}`, {
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(args)
  })
  try {
    return JSON.parse(r.body) as Envelope<T>
  } catch {
    return { ok: false, error: { code: `HTTP_${r.status}`, message: r.body.slice(0, 200) } }
  }
}

/** Like api(), but throws unless the command succeeded. */
export async function call<T = unknown>(base: string, token: string, command: string, args: unknown = {}, agent?: http.Agent): Promise<T> {
  const env = await api<T>(base, token, command, args, agent)
  if (!env.ok) throw new Error(`${command} ${JSON.stringify(args)}: ${env.error?.code} ${env.error?.message}`)
  return env.value as T
}

export function postSigned(url: string, secret: string, body: string, agent?: http.Agent): Promise<HttpResult> {
  return request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-mesh-signature-256': sign(secret, body) }, body })
}

// ---------- the headless process ----------

export interface Headless {
  proc: ChildProcess
  pid: number
  dataDir: string
  consoleBase: string
  webhookUrl: string
  token: string
  startupMs: number
  stderr(): string
  alive(): boolean
  /** SIGTERM, wait for the clean shutdown (SIGKILL after timeoutMs). */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>
}

export function assertBuilt(): void {
  if (!existsSync(HEADLESS_JS)) throw new Error(`${HEADLESS_JS} does not exist: run \`npm run build\` (npm run bench builds it first).`)
}

/** ackTrace: COUNTERTOP_ACK_TRACE for the server (where its ack trace goes: bench/ack-stages.ts reads it). */
export async function spawnHeadless(o: { dataDir: string; secret: string; token: string; nodeArgs?: string[]; timeoutMs?: number; args?: string[]; ackTrace?: string }): Promise<Headless> {
  assertBuilt()
  const t0 = performance.now()
  const proc = spawn(process.execPath, [...(o.nodeArgs ?? []), HEADLESS_JS, '--data', o.dataDir, '--port', '0', '--webhook-port', '0', '--host', '127.0.0.1', ...(o.args ?? [])], {
    env: { ...process.env, MESH_WEBHOOK_SECRET: o.secret, COUNTERTOP_TOKEN: o.token, ...(o.ackTrace ? { COUNTERTOP_ACK_TRACE: o.ackTrace } : {}) },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  proc.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString('utf8')
    if (stderr.length > 64 * 1024) stderr = stderr.slice(-32 * 1024)
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => proc.once('exit', (code, signal) => res({ code, signal })))
  const urls = await new Promise<{ console: string; webhooks: string }>((res, rej) => {
    let out = ''
    const found: { console?: string; webhooks?: string } = {}
    const timer = setTimeout(() => {
      proc.kill('SIGKILL')
      rej(new Error(`headless mode did not print its URLs in ${o.timeoutMs ?? 30_000} ms; stderr: ${stderr.slice(-2000)}`))
    }, o.timeoutMs ?? 30_000)
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8')
      for (const line of out.split('\n')) {
        const m = /^(console|webhooks): (\S+)\s*$/.exec(line)
        if (m) found[m[1] as 'console' | 'webhooks'] = m[2]!
      }
      if (found.console && found.webhooks) {
        clearTimeout(timer)
        res({ console: found.console, webhooks: found.webhooks })
      }
    })
    void exited.then(({ code, signal }) => {
      clearTimeout(timer)
      rej(new Error(`headless mode exited (${code ?? signal}) before printing its URLs; stderr: ${stderr.slice(-2000)}`))
    })
  })
  const startupMs = performance.now() - t0
  const alive = () => proc.exitCode === null && proc.signalCode === null
  return {
    proc,
    pid: proc.pid!,
    dataDir: o.dataDir,
    consoleBase: new URL(urls.console).origin,
    webhookUrl: urls.webhooks,
    token: o.token,
    startupMs,
    stderr: () => stderr,
    alive,
    async stop(timeoutMs = 20_000) {
      const t = performance.now()
      if (alive()) proc.kill('SIGTERM')
      const timer = setTimeout(() => alive() && proc.kill('SIGKILL'), timeoutMs)
      const r = await exited
      clearTimeout(timer)
      return { ...r, ms: performance.now() - t }
    }
  }
}

// ---------- /proc ----------

/** A process's I/O counters (Linux /proc/PID/io, all its threads): wchar = bytes passed to write calls, writeBytes = bytes it sent to storage. */
export function procIo(pid: number): { wchar: number; writeBytes: number; syscw: number } | null {
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8')
    const get = (k: string) => Number(new RegExp(`^${k}: (\\d+)`, 'm').exec(io)?.[1] ?? NaN)
    return { wchar: get('wchar'), writeBytes: get('write_bytes'), syscw: get('syscw') }
  } catch {
    return null
  }
}

/** utime + stime of a /proc stat line, ms: fields 14 and 15, at 11 and 12 after the command name (USER_HZ 100). */
function cpuMsOfStat(stat: string): number {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100
}

/** CPU time a process has used so far (user + system, ms; Linux /proc/PID/stat). */
export function procCpuMs(pid: number): number | null {
  try {
    return cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return null
  }
}

/**
 * The server's threads as the CPU table groups them, by the name Linux gives each
 * (/proc/PID/task/TID/comm: Node names a worker thread after its `name` option, cut to 15 bytes).
 */
export const THREAD_GROUPS = ['main', 'writer', 'checkpointer', 'reader', 'V8 helpers', 'libuv pool', 'other'] as const
export type ThreadGroup = (typeof THREAD_GROUPS)[number]

export function threadGroupOf(comm: string): ThreadGroup {
  if (comm === 'MainThread' || comm === 'node') return 'main'
  if (comm === 'sqlite-writer') return 'writer'
  if (comm.startsWith('sqlite-checkpoi')) return 'checkpointer'
  if (comm === 'sqlite-reader') return 'reader'
  // V8's platform threads: concurrent marking, parallel scavenge, background compilation.
  if (comm === 'V8Worker' || comm === 'DelayedTaskSche') return 'V8 helpers'
  if (comm === 'libuv-worker') return 'libuv pool'
  return 'other'
}

/**
 * CPU time (user + system, ms) each thread of a process has used so far, by thread id, with its
 * name (Linux /proc/PID/task). A thread that ended between two readings takes its time with it,
 * so a phase is measured as the difference per thread id, not of the sums.
 */
export function threadCpuMs(pid: number): Map<number, { comm: string; ms: number }> | null {
  try {
    const out = new Map<number, { comm: string; ms: number }>()
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        out.set(Number(tid), { comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ms: cpuMsOfStat(stat) })
      } catch {
        /* the thread ended meanwhile */
      }
    }
    return out
  } catch {
    return null
  }
}

/** CPU ms per thread group between two threadCpuMs readings (threads that started meanwhile count from zero). */
export function threadCpuBetween(
  before: Map<number, { comm: string; ms: number }> | null,
  after: Map<number, { comm: string; ms: number }> | null
): Record<ThreadGroup, number> | null {
  if (!before || !after) return null
  const sums = Object.fromEntries(THREAD_GROUPS.map((g) => [g, 0])) as Record<ThreadGroup, number>
  for (const [tid, t] of after) sums[threadGroupOf(t.comm)] += Math.max(0, t.ms - (before.get(tid)?.ms ?? 0))
  return sums
}

/** Resident set size of a process, bytes (Linux /proc). */
export function rssOf(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
    return { rss: kb('VmRSS'), peak: kb('VmHWM') }
  } catch {
    return { rss: NaN, peak: NaN }
  }
}

export function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** Sizes of the ledger's files in a data dir (database, WAL, wal-index). */
export function ledgerFiles(dataDir: string): { db: number; wal: number; shm: number } {
  const f = join(dataDir, LEDGER_FILE)
  return { db: fileSize(f), wal: fileSize(`${f}-wal`), shm: fileSize(`${f}-shm`) }
}
