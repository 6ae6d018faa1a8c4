// Flat-out load with wrk (an independent C load generator: the client is never the limit).
// wrk's Lua has no HMAC, so the signed requests are written to files beforehand (one per wrk
// thread) and bench/post.lua cycles through them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { meshBody, prng, procCpuMs, sign, type MeshEventSpec } from './proc'

export const LUA = join(__dirname, 'post.lua')

/** wrk processes still running (so the benchmark can end them, by pid, if it fails). */
export const running = new Set<ChildProcess>()

export function wrkVersion(): string | null {
  const r = spawnSync('wrk', ['--version'], { encoding: 'utf8' })
  if (r.error) return null
  return /wrk\s+(\S+)/.exec(`${r.stdout}${r.stderr}`)?.[1] ?? 'unknown version'
}

export const WRK_MISSING = 'wrk is not installed. On Debian/Ubuntu: `sudo apt-get install wrk` (the Debian package `wrk`); elsewhere build it from https://github.com/wg/wrk and put it on PATH.'

export interface RequestSet {
  prefix: string
  threads: number
  count: number
  /** Transfers in the set, for the console queries (every 97th). */
  samples: { transferId: string; transactionId: string; txHash: string | null }[]
  transfers: number
}

/**
 * Writes `count` signed deliveries, every one a new event (unique EventId and Id): a new
 * transfer's Pending, or the final status (Succeeded 85 % with a TxHash, Failed 15 %) of one
 * pending earlier — the full insert path each time. Split round-robin into one file per thread.
 */
export function writeRequestSet(prefix: string, secret: string, count: number, seed: number, threads = 2): RequestSet {
  const rng = prng(seed)
  const fds = Array.from({ length: threads }, (_, t) => openSync(`${prefix}.${t + 1}`, 'w'))
  const pending: MeshEventSpec[] = []
  const samples: RequestSet['samples'] = []
  let transfers = 0
  const chunks: string[][] = fds.map(() => [])
  const flush = (t: number) => {
    if (chunks[t]!.length) writeSync(fds[t]!, chunks[t]!.join(''))
    chunks[t] = []
  }
  const now = Date.now()
  try {
    for (let i = 0; i < count; i++) {
      let spec: MeshEventSpec
      if (pending.length > 200 || (pending.length > 0 && rng() < 0.45)) {
        const p = pending.shift()!
        const ok = rng() < 0.85
        spec = {
          eventId: randomUUID(),
          transferId: p.transferId,
          transactionId: p.transactionId,
          status: ok ? 'Succeeded' : 'Failed',
          timestamp: p.timestamp + 1000 + Math.floor(rng() * 60_000),
          txHash: ok ? `0x${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}` : null,
          amount: p.amount
        }
        if (transfers % 97 === 0 && samples.length < 200) samples.push({ transferId: spec.transferId, transactionId: spec.transactionId!, txHash: spec.txHash ?? null })
      } else {
        const transferId = randomUUID()
        spec = { eventId: randomUUID(), transferId, transactionId: `txn_${transferId.slice(0, 13)}`, status: 'Pending', timestamp: now - Math.floor(rng() * 86400_000), amount: Math.round(rng() * 100_000) / 100 }
        pending.push(spec)
        transfers++
      }
      const body = meshBody(spec)
      const t = i % threads
      chunks[t]!.push(`${sign(secret, body)}\t${body}\n`)
      if (chunks[t]!.length >= 4096) flush(t)
    }
    for (let t = 0; t < threads; t++) flush(t)
  } finally {
    for (const fd of fds) closeSync(fd)
  }
  return { prefix, threads, count, samples, transfers }
}

export interface WrkResult {
  requests: number
  durationS: number
  throughput: number
  /** Requests/sec and the latency distribution (ms) as wrk printed them (--latency). */
  printedRps: number | null
  printedLatency: Record<string, number>
  non2xx: number
  socketErrors: { connect: number; read: number; write: number; timeout: number }
  latency: { p50: number; p75: number | null; p90: number; p99: number; p999: number; max: number; mean: number }
  /** Requests sent beyond the unique ones in the files (byte-identical repeats). */
  repeats: number
  /** The most any one thread sent (the offset for a later run against the same server). */
  maxThreadSent: number
  duplicateShare: number
  stoppedEarly: boolean
  raw: string
}

const unitMs = (v: string, unit: string) => Number(v) * (unit === 'us' ? 0.001 : unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : NaN)

/** Parses wrk's text output and the WRKJSON line from post.lua's done(). */
export function parseWrk(out: string, stoppedEarly = false): WrkResult {
  const jsonLine = /^WRKJSON (.+)$/m.exec(out)?.[1]
  if (!jsonLine) throw new Error(`wrk printed no summary:\n${out.slice(-2000)}`)
  const j = JSON.parse(jsonLine) as {
    requests: number
    durationUs: number
    errors: { connect: number; read: number; write: number; status: number; timeout: number }
    latencyUs: { mean: number; max: number; p50: number; p90: number; p99: number; p999: number }
    threads: { sent: number; unique: number }[]
  }
  const printedRps = /^Requests\/sec:\s+([\d.]+)/m.exec(out)?.[1]
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0)
  const printed: Record<string, number> = {}
  for (const m of out.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s|m)\s*$/gm)) printed[`p${m[1]}`] = unitMs(m[2]!, m[3]!)
  const p75 = printed.p75 ?? null
  const sent = j.threads.reduce((a, t) => a + t.sent, 0)
  const repeats = j.threads.reduce((a, t) => a + Math.max(0, t.sent - t.unique), 0)
  const durationS = j.durationUs / 1e6
  return {
    requests: j.requests,
    durationS,
    throughput: j.requests / durationS,
    printedRps: printedRps ? Number(printedRps) : null,
    printedLatency: printed,
    non2xx,
    socketErrors: { connect: j.errors.connect, read: j.errors.read, write: j.errors.write, timeout: j.errors.timeout },
    latency: {
      p50: j.latencyUs.p50 / 1000,
      p75,
      p90: j.latencyUs.p90 / 1000,
      p99: j.latencyUs.p99 / 1000,
      p999: j.latencyUs.p999 / 1000,
      max: j.latencyUs.max / 1000,
      mean: j.latencyUs.mean / 1000
    },
    repeats,
    maxThreadSent: Math.max(0, ...j.threads.map((t) => t.sent)),
    duplicateShare: sent > 0 ? repeats / sent : 0,
    stoppedEarly,
    raw: out
  }
}

/**
 * Runs wrk for `seconds` (bounded) against `url` with the given request set. `stopWhen`, if
 * given, is polled every `pollMs`; when it resolves true wrk is stopped (SIGINT: it prints its
 * figures for the time it ran).
 */
export async function runWrk(o: {
  url: string
  set: RequestSet
  seconds: number
  connections?: number
  stopWhen?: () => Promise<boolean>
  pollMs?: number
  /** Called with wrk's CPU time so far (ms), read from /proc every 250 ms while it runs. */
  onCpuMs?: (ms: number) => void
  /** Skip this many requests of each thread's file (sent by an earlier run to the same server). */
  offset?: number
}): Promise<WrkResult> {
  const u = new URL(o.url)
  const args = ['-t', String(o.set.threads), '-c', String(o.connections ?? 32), '-d', `${Math.max(1, Math.round(o.seconds))}s`, '--latency', '--timeout', '10s', '-s', LUA, `${u.origin}${u.pathname}`, '--', o.set.prefix, u.pathname, String(o.offset ?? 0)]
  const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let out = ''
  let err = ''
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')))
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')))
  let stopped = false
  let poller: NodeJS.Timeout | null = null
  const exited = new Promise<number | null>((res, rej) => {
    child.once('error', rej)
    child.once('exit', (code) => res(code))
  })
  // A hard bound in case wrk hangs: its duration plus init and drain time.
  const killer = setTimeout(() => child.kill('SIGKILL'), (o.seconds + 60) * 1000)
  if (o.stopWhen) {
    let busy = false
    poller = setInterval(() => {
      if (busy || stopped) return
      busy = true
      o.stopWhen!()
        .then((stop) => {
          if (stop && !stopped) {
            stopped = true
            child.kill('SIGINT')
          }
        })
        .catch(() => {})
        .finally(() => (busy = false))
    }, o.pollMs ?? 2000)
  }
  const cpuTimer = o.onCpuMs
    ? setInterval(() => {
        const ms = procCpuMs(child.pid!)
        if (ms !== null) o.onCpuMs!(ms)
      }, 250)
    : null
  const code = await exited
  clearTimeout(killer)
  if (poller) clearInterval(poller)
  if (cpuTimer) clearInterval(cpuTimer)
  if (code !== 0 && !stopped) throw new Error(`wrk exited ${code}: ${err.slice(-2000)}${out.slice(-2000)}`)
  return parseWrk(out, stopped)
}
