// The open-loop load generator: a separate process (forked by bench/run.ts), so the client
// and the server never share an event loop. At a fixed rate, delivery i is due at
// start + i / rate whatever happened to the ones before (a fixed timetable: a slow answer
// never delays the next send), and its time to answer is measured from that *scheduled*
// time, so a stall that holds sends back (the generator's own, or a full connection pool)
// is counted, not hidden (no coordinated omission). Keep-alive HTTP/1.1.
import http from 'node:http'
import { createMix, type Delivery } from './mix'

export interface LoadJob {
  type: 'run'
  id: number
  url: string
  secret: string
  seed: number
  rate: number
  durationMs: number
  /** A request with no answer after this long counts as failed (ms). */
  timeoutMs?: number
}

export interface LoadResult {
  id: number
  sent: number
  completed: number
  ok: number
  statuses: Record<string, number>
  /** No answer at all (connection error or timeout). */
  errors: number
  elapsedMs: number
  throughput: number
  /** Time to answer, ms, from the scheduled send time (what Mesh's clock sees). */
  fromSchedule: number[]
  /** Time to answer, ms, from the actual write of the request. */
  fromSend: number[]
  /** How late the generator sent, worst case and p99 (ms). */
  maxLateMs: number
  lateP99Ms: number
  cpuMs: number
  kinds: Record<string, number>
}

const agents = new Map<string, http.Agent>()
function agentFor(url: string): http.Agent {
  let a = agents.get(url)
  if (!a) {
    a = new http.Agent({ keepAlive: true, maxSockets: 512, keepAliveMsecs: 1000 })
    agents.set(url, a)
  }
  return a
}

function send(url: URL, agent: http.Agent, d: Delivery, timeoutMs: number, done: (status: number | null) => void): void {
  let finished = false
  const finish = (s: number | null) => {
    if (finished) return
    finished = true
    done(s)
  }
  const req = http.request(
    {
      agent,
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(d.body), 'x-mesh-signature-256': d.signature }
    },
    (res) => {
      res.on('data', () => {})
      res.on('end', () => finish(res.statusCode ?? 0))
      res.on('error', () => finish(null))
    }
  )
  req.setTimeout(timeoutMs, () => {
    req.destroy(new Error('timeout'))
    finish(null)
  })
  req.on('error', () => finish(null))
  req.end(d.body)
}

async function run(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url)
  const agent = agentFor(job.url)
  const mix = createMix(job.secret, job.seed)
  const timeoutMs = job.timeoutMs ?? 10_000
  const statuses: Record<string, number> = {}
  const kinds: Record<string, number> = {}
  let ok = 0
  let errors = 0
  const total = Math.max(1, Math.round((job.rate * job.durationMs) / 1000))
  const deliveries = Array.from({ length: total }, () => mix.next())
  for (const d of deliveries) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1
  const fromSchedule = new Float64Array(total)
  const fromSend = new Float64Array(total)
  const late = new Float64Array(total)
  const interval = 1000 / job.rate
  let sent = 0
  let completed = 0
  const cpu0 = process.cpuUsage()
  const start = performance.now() + 5
  await new Promise<void>((resolve) => {
    const fire = (i: number) => {
      const scheduled = start + i * interval
      const s = performance.now()
      late[i] = s - scheduled
      sent++
      send(url, agent, deliveries[i]!, timeoutMs, (status) => {
        const e = performance.now()
        // A request with no answer counts as answered at the timeout (it is at least that late).
        fromSchedule[i] = status === null ? Math.max(e - scheduled, timeoutMs) : e - scheduled
        fromSend[i] = e - s
        if (status === null) errors++
        else {
          statuses[status] = (statuses[status] ?? 0) + 1
          if (status === 200) ok++
        }
        if (++completed === total) resolve()
      })
    }
    let i = 0
    const tick = () => {
      const now = performance.now()
      while (i < total && start + i * interval <= now) fire(i++)
      if (i < total) setTimeout(tick, Math.max(0, start + i * interval - performance.now()))
    }
    setTimeout(tick, 5)
  })
  const elapsedMs = performance.now() - start
  const cpu = process.cpuUsage(cpu0)
  const sortedLate = Float64Array.from(late).sort()
  return {
    id: job.id,
    sent,
    completed,
    ok,
    statuses,
    errors,
    elapsedMs,
    throughput: (completed / elapsedMs) * 1000,
    fromSchedule: Array.from(fromSchedule),
    fromSend: Array.from(fromSend),
    maxLateMs: sortedLate[total - 1]!,
    lateP99Ms: sortedLate[Math.min(total - 1, Math.ceil(0.99 * total) - 1)]!,
    cpuMs: (cpu.user + cpu.system) / 1000,
    kinds
  }
}

process.on('message', (msg: LoadJob | { type: 'exit' }) => {
  if (msg.type === 'exit') {
    for (const a of agents.values()) a.destroy()
    process.exit(0)
  }
  if (msg.type === 'run') {
    void run(msg).then((r) => process.send!({ type: 'result', result: r }))
  }
})
process.on('disconnect', () => process.exit(0))
process.send!({ type: 'ready' })
