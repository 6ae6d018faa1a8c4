// A busy console, in a process of its own (forked by bench/run.ts): while webhooks arrive it
// keeps two loops going over the console API, back to back with no pause:
//  - paging: ledger pages (first, next by cursor, status filters), inspector pages
//    (deliveries first/next, verdict=duplicate — a common verdict, the slow count —, rejected),
//    one transfer's history;
//  - export: the whole ledger in pages of 500 by cursor, then the deliveries in pages of 500,
//    then again — what an export does.
// Bounded by time and by a query count.
import http from 'node:http'

export interface ReadJob {
  type: 'run'
  base: string
  token: string
  durationMs: number
  maxQueries?: number
  transferIds: string[]
}

export interface ReadResult {
  queries: number
  errors: number
  firstError: string | null
  /** Per query name: times, ms. */
  times: Record<string, number[]>
  /** Rows fetched by the export loop, and how many full passes it made. */
  exportRows: number
  exportPasses: number
  bytes: number
  elapsedMs: number
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 })

function post(base: string, token: string, command: string, args: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(args)
    const req = http.request(
      `${base}/api/${command}`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      }
    )
    req.setTimeout(30_000, () => req.destroy(new Error(`${command}: no answer in 30 s`)))
    req.on('error', reject)
    req.end(body)
  })
}

async function run(job: ReadJob): Promise<ReadResult> {
  const until = performance.now() + job.durationMs
  const maxQueries = job.maxQueries ?? 200_000
  const r: ReadResult = { queries: 0, errors: 0, firstError: null, times: {}, exportRows: 0, exportPasses: 0, bytes: 0, elapsedMs: 0 }
  const more = () => performance.now() < until && r.queries < maxQueries
  const q = async (name: string, command: string, args: unknown): Promise<{ items?: unknown[]; nextCursor?: string | null } | null> => {
    const t = performance.now()
    r.queries++
    try {
      const res = await post(job.base, job.token, command, args)
      ;(r.times[name] ??= []).push(performance.now() - t)
      r.bytes += res.body.length
      const env = JSON.parse(res.body) as { ok: boolean; value?: { items?: unknown[]; nextCursor?: string | null }; error?: { code: string; message: string } }
      if (!env.ok) throw new Error(`${env.error?.code}: ${env.error?.message}`)
      return env.value ?? null
    } catch (err) {
      r.errors++
      r.firstError ??= `${name}: ${(err as Error).message}`
      return null
    }
  }

  const paging = async () => {
    let k = 0
    while (more()) {
      const first = await q('ledger first page', 'ledger.list', {})
      let cursor = first?.nextCursor ?? null
      for (let p = 0; p < 3 && cursor && more(); p++) cursor = (await q('ledger next page', 'ledger.list', { cursor }))?.nextCursor ?? null
      if (!more()) break
      await q('ledger status=failed', 'ledger.list', { status: 'failed' })
      await q('ledger status=succeeded', 'ledger.list', { status: 'succeeded' })
      const d = await q('deliveries first page', 'deliveries.list', {})
      cursor = d?.nextCursor ?? null
      for (let p = 0; p < 3 && cursor && more(); p++) cursor = (await q('deliveries next page', 'deliveries.list', { cursor }))?.nextCursor ?? null
      if (!more()) break
      await q('deliveries verdict=duplicate', 'deliveries.list', { verdict: 'duplicate' })
      await q('deliveries rejected', 'deliveries.list', { rejected: true })
      if (job.transferIds.length) await q('ledger.get', 'ledger.get', { transferId: job.transferIds[k++ % job.transferIds.length] })
    }
  }

  const exporting = async () => {
    while (more()) {
      for (const command of ['ledger.list', 'deliveries.list'] as const) {
        let cursor: string | null = null
        do {
          const v = await q(`export ${command} (500)`, command, cursor ? { limit: 500, cursor } : { limit: 500 })
          if (!v) break
          r.exportRows += v.items?.length ?? 0
          cursor = v.nextCursor ?? null
        } while (cursor && more())
        if (!more()) break
      }
      if (more()) r.exportPasses++
    }
  }

  const t0 = performance.now()
  await Promise.all([paging(), exporting()])
  r.elapsedMs = performance.now() - t0
  return r
}

process.on('message', (msg: ReadJob | { type: 'exit' }) => {
  if (msg.type === 'exit') {
    agent.destroy()
    process.exit(0)
  }
  if (msg.type === 'run') void run(msg).then((r) => process.send!({ type: 'result', result: r }))
})
process.on('disconnect', () => process.exit(0))
process.send!({ type: 'ready' })
