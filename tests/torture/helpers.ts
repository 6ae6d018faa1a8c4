// Shared helpers for the torture tests (and the benchmark): spawning the built headless
// mode, signing Mesh deliveries independently of src/, and small HTTP utilities.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac, randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../..')
export const HEADLESS_JS = join(ROOT, 'out/main/headless.js')

/** TORTURE_FULL=1 (npm run torture) runs the long versions. */
export const FULL = process.env.TORTURE_FULL === '1' || process.env.TORTURE_FULL === 'true'

export function assertBuilt(): void {
  if (!existsSync(HEADLESS_JS)) {
    throw new Error(`${HEADLESS_JS} does not exist: run \`npm run build\` first (npm test and npm run torture build it for you).`)
  }
}

export function tempDir(prefix = 'countertop-torture-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

// ---------- signing and payloads ----------

/** base64(HMAC-SHA256(utf8(secret), raw body)): what Mesh sends in X-Mesh-Signature-256. */
export function sign(secret: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(body).digest('base64')
}

export type MeshStatus = 'Pending' | 'Succeeded' | 'Failed'

export interface MeshEventSpec {
  eventId: string
  transferId: string
  status: MeshStatus | string
  /** ms: when the status changed. */
  timestamp: number
  transactionId?: string
  txHash?: string | null
  amount?: number
}

/** One delivery attempt of an event: a fresh Id and SentTimestamp each time, as Mesh retries do. */
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

// ---------- HTTP ----------

export interface HttpResult {
  status: number
  headers: http.IncomingHttpHeaders
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
      res.on('end', () => resolveP({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    if (opts.timeoutMs) req.setTimeout(opts.timeoutMs, () => req.destroy(new Error('request timed out')))
    req.end(opts.body)
  })
}

export function postSigned(webhookUrl: string, secret: string, body: string, agent?: http.Agent): Promise<HttpResult> {
  return request(webhookUrl, {
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', 'x-mesh-signature-256': sign(secret, body) },
    body
  })
}

export interface Envelope<T = unknown> {
  ok: boolean
  value?: T
  error?: { code: string; message: string }
}

/** Calls the console API: POST /api/<command> with the bearer token. */
export async function api<T = unknown>(baseUrl: string, token: string | null, command: string, args: unknown = {}): Promise<{ status: number; env: Envelope<T> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== null) headers.authorization = `Bearer ${token}`
  const r = await request(`${baseUrl}/api/${command}`, { method: 'POST', headers, body: JSON.stringify(args) })
  let env: Envelope<T>
  try {
    env = JSON.parse(r.body) as Envelope<T>
  } catch {
    env = { ok: false, error: { code: 'NOT_JSON', message: r.body.slice(0, 200) } }
  }
  return { status: r.status, env }
}

// ---------- headless mode ----------

export interface HeadlessProc {
  proc: ChildProcess
  pid: number
  /** http://host:port (no path, no token) */
  consoleBase: string
  consoleUrl: string
  webhookUrl: string
  webhookBase: string
  token: string
  /** ms from spawn until both lines were printed */
  startupMs: number
  stderr(): string
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  alive(): boolean
  /** SIGTERM and wait for the clean shutdown. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** SIGKILL and wait until it is gone. */
  kill(): Promise<void>
}

export interface SpawnOptions {
  dataDir: string
  secret: string
  token?: string
  /** The webhook listener's address (--webhook-host). */
  host?: string
  timeoutMs?: number
  nodeArgs?: string[]
  /** Extra environment for the process (e.g. the WAL knobs of the crash suite). */
  env?: NodeJS.ProcessEnv
  /** More command-line options (e.g. --database URL). */
  args?: string[]
}

export async function spawnHeadless(o: SpawnOptions): Promise<HeadlessProc> {
  assertBuilt()
  const token = o.token ?? `tok_${randomUUID().replace(/-/g, '')}`
  const host = o.host ?? '127.0.0.1'
  const t0 = performance.now()
  const proc = spawn(process.execPath, [...(o.nodeArgs ?? []), HEADLESS_JS, '--data', o.dataDir, '--port', '0', '--webhook-port', '0', '--webhook-host', host, ...(o.args ?? [])], {
    env: { ...process.env, ...o.env, MESH_WEBHOOK_SECRET: o.secret, COUNTERTOP_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  proc.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString('utf8')
    if (stderr.length > 64 * 1024) stderr = stderr.slice(-32 * 1024)
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => {
    if (proc.exitCode !== null || proc.signalCode !== null) res({ code: proc.exitCode, signal: proc.signalCode })
    else proc.once('exit', (code, signal) => res({ code, signal }))
  })
  const lines = await new Promise<{ console: string; webhooks: string }>((res, rej) => {
    let out = ''
    const found: { console?: string; webhooks?: string } = {}
    const timer = setTimeout(() => {
      proc.kill('SIGKILL')
      rej(new Error(`headless mode did not print its URLs in ${o.timeoutMs ?? 15000} ms; stdout: ${out}; stderr: ${stderr}`))
    }, o.timeoutMs ?? 15_000)
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
      rej(new Error(`headless mode exited (${code ?? signal}) before printing its URLs; stderr: ${stderr}`))
    })
  })
  const startupMs = performance.now() - t0
  const cu = new URL(lines.console)
  const wu = new URL(lines.webhooks)
  const alive = () => proc.exitCode === null && proc.signalCode === null
  return {
    proc,
    pid: proc.pid!,
    consoleBase: cu.origin,
    consoleUrl: lines.console,
    webhookUrl: lines.webhooks,
    webhookBase: wu.origin,
    token: cu.searchParams.get('token') ?? token,
    startupMs,
    stderr: () => stderr,
    exited,
    alive,
    async stop() {
      if (alive()) proc.kill('SIGTERM')
      return exited
    },
    async kill() {
      if (alive()) proc.kill('SIGKILL')
      await exited
    }
  }
}

/** Resident set size of a process, bytes (Linux /proc). */
export function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
  return { rss: kb('VmRSS'), peak: kb('VmHWM') }
}

/** Bytes of the ledger files (database, WAL, shared memory) in a data dir. */
export function ledgerSize(dataDir: string): { db: number; wal: number; shm: number } {
  const size = (f: string) => (existsSync(join(dataDir, f)) ? statSync(join(dataDir, f)).size : 0)
  return { db: size('countertop.sqlite'), wal: size('countertop.sqlite-wal'), shm: size('countertop.sqlite-shm') }
}

export const LEDGER_FILE = 'countertop.sqlite'

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

/** Small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
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
