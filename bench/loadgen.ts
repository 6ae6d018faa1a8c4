// The load generator: a separate process (forked by bench/run.ts) so the client and the
// server never share an event loop. Keep-alive HTTP/1.1, time to answer measured here,
// from writing the request to the end of the response.
import http from 'node:http'
import { createMix, type Delivery } from './mix'

export interface LoadJob {
  type: 'run'
  id: number
  url: string
  secret: string
  seed: number
  /** 'rate': open loop at `rate` deliveries/s; 'flat': closed loop, `concurrency` in flight. */
  mode: 'rate' | 'flat'
  rate?: number
  durationMs: number
  concurrency: number
}

export interface LoadResult {
  id: number
  sent: number
  completed: number
  ok: number
  statuses: Record<string, number>
  errors: number
  elapsedMs: number
  /** Answers per second over the run. */
  throughput: number
  /** Time to answer, ms, from writing the request. */
  latencies: number[]
  /** Time to answer, ms, from the scheduled send time (open loop only; shows coordinated omission). */
  fromSchedule: number[]
  /** How late the scheduler sent, worst case (ms). */
  maxLateMs: number
  cpuMs: number
}

const agents = new Map<string, http.Agent>()
function agentFor(url: string): http.Agent {
  let a = agents.get(url)
  if (!a) {
    a = new http.Agent({ keepAlive: true, maxSockets: 256, keepAliveMsecs: 1000 })
    agents.set(url, a)
  }
  return a
}

function send(url: URL, agent: http.Agent, d: Delivery, done: (status: number | null) => void): void {
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
      res.on('end', () => done(res.statusCode ?? 0))
      res.on('error', () => done(null))
    }
  )
  req.on('error', () => done(null))
  req.end(d.body)
}

async function run(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url)
  const agent = agentFor(job.url)
  const mix = createMix(job.secret, job.seed)
  const statuses: Record<string, number> = {}
  let ok = 0
  let errors = 0
  const latencies: number[] = []
  const fromSchedule: number[] = []
  let maxLateMs = 0
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const record = (status: number | null) => {
    if (status === null) errors++
    else {
      statuses[status] = (statuses[status] ?? 0) + 1
      if (status === 200) ok++
    }
  }

  let sent = 0
  let completed = 0
  if (job.mode === 'rate') {
    const rate = job.rate!
    const total = Math.round((rate * job.durationMs) / 1000)
    const deliveries = Array.from({ length: total }, () => mix.next())
    const interval = 1000 / rate
    const start = performance.now()
    await new Promise<void>((resolve) => {
      const fire = (i: number) => {
        const scheduled = start + i * interval
        const s = performance.now()
        maxLateMs = Math.max(maxLateMs, s - scheduled)
        sent++
        send(url, agent, deliveries[i]!, (status) => {
          const e = performance.now()
          latencies.push(e - s)
          fromSchedule.push(e - scheduled)
          record(status)
          if (++completed === total) resolve()
        })
      }
      let i = 0
      const tick = () => {
        const now = performance.now()
        while (i < total && start + i * interval <= now) fire(i++)
        if (i < total) setTimeout(tick, Math.max(0, start + i * interval - performance.now()))
      }
      tick()
    })
  } else {
    const end = performance.now() + job.durationMs
    await new Promise<void>((resolve) => {
      let active = job.concurrency
      const loop = () => {
        if (performance.now() >= end) {
          if (--active === 0) resolve()
          return
        }
        const s = performance.now()
        sent++
        send(url, agent, mix.next(), (status) => {
          latencies.push(performance.now() - s)
          record(status)
          completed++
          loop()
        })
      }
      for (let c = 0; c < job.concurrency; c++) loop()
    })
  }
  const elapsedMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return {
    id: job.id,
    sent,
    completed,
    ok,
    statuses,
    errors,
    elapsedMs,
    throughput: (completed / elapsedMs) * 1000,
    latencies,
    fromSchedule,
    maxLateMs,
    cpuMs: (cpu.user + cpu.system) / 1000
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
process.send!({ type: 'ready' })
