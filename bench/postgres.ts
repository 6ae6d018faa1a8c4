// The PostgreSQL section of the benchmark (issue 12): 1, 2 and 4 receiver processes on one
// PostgreSQL ledger, flat out (wrk) and at 500/s (the open-loop generator), side by side with
// one SQLite receiver measured the same way in the same run.
//
// The database: COUNTERTOP_BENCH_DATABASE_URL (or COUNTERTOP_TEST_DATABASE_URL); without one, as
// root with Debian's PostgreSQL installed, a throwaway cluster is started (initdb + pg_ctl as the
// postgres user) and stopped afterwards; otherwise the section says why it was skipped.
// Standalone: `npx tsx bench/postgres.ts` prints the markdown; bench/run.ts appends it to
// docs/PERFORMANCE.md.
import { execFileSync, fork, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { LoadJob, LoadResult } from './loadgen'
import { spawnHeadless, type Headless } from './proc'
import { round, summarize } from './stats'
import { runWrk, writeRequestSet } from './wrk'

const SECRET = 'whsec_bench_postgres_5b0c1f4e9a7d'
const TOKEN = 'bench-postgres-token-0123456789'
const QUICK = process.env.BENCH_QUICK === '1'
const FLAT_S = QUICK ? 4 : 10
const RATE_S = QUICK ? 5 : 15
const RATE = 500
const log = (m: string) => process.stderr.write(`[bench pg] ${m}\n`)

interface Cluster {
  url: string
  stop(): void
}

function startCluster(): Cluster | string {
  const given = process.env.COUNTERTOP_BENCH_DATABASE_URL || process.env.COUNTERTOP_TEST_DATABASE_URL
  if (given) return { url: given, stop: () => {} }
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : []
  const bin = versions.length ? `/usr/lib/postgresql/${versions[versions.length - 1]}/bin` : null
  if (!bin || !existsSync(`${bin}/initdb`)) return 'PostgreSQL is not installed (Debian: apt-get install postgresql), and no COUNTERTOP_BENCH_DATABASE_URL is set'
  if (process.getuid?.() !== 0) return 'no COUNTERTOP_BENCH_DATABASE_URL is set, and starting a throwaway cluster needs root (to run it as the postgres user)'
  const dir = mkdtempSync(join(os.tmpdir(), 'countertop-bench-pg-'))
  chmodSync(dir, 0o755)
  execFileSync('chown', ['postgres', dir])
  const port = 56000 + Math.floor(Math.random() * 2000)
  const su = (cmd: string) => execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd], { stdio: 'ignore' })
  su(`'${bin}/initdb' -D '${dir}/data' -U postgres --auth=trust -E UTF8 --no-instructions`)
  su(`'${bin}/pg_ctl' -D '${dir}/data' -l '${dir}/log' -w -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200" start`)
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        su(`'${bin}/pg_ctl' -D '${dir}/data' -m fast -w stop`)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

function withSchema(url: string, schema: string): string {
  const u = new URL(url)
  u.searchParams.set('options', `-c search_path=${schema}`)
  return u.toString()
}

function startLoadgen(): Promise<{ run(job: Omit<LoadJob, 'type' | 'id'>): Promise<LoadResult>; stop(): void }> {
  const c: ChildProcess = fork(join(__dirname, 'loadgen.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let nextId = 1
  const waiting = new Map<number, (r: LoadResult) => void>()
  return new Promise((resolve, reject) => {
    c.once('error', reject)
    c.on('message', (m: { type: string; result?: LoadResult }) => {
      if (m.type === 'ready') {
        try {
          os.setPriority(c.pid!, -10)
        } catch {
          // not allowed: normal priority
        }
        resolve({
          run: (job) =>
            new Promise<LoadResult>((r) => {
              const id = nextId++
              waiting.set(id, r)
              c.send({ ...job, type: 'run', id })
            }),
          stop: () => c.kill()
        })
      } else if (m.type === 'result' && m.result) {
        waiting.get(m.result.id)?.(m.result)
        waiting.delete(m.result.id)
      }
    })
  })
}

interface Row {
  engine: string
  receivers: number
  flatPerS: number
  flatP99: number
  flatNon2xx: number
  rateP50: number
  rateP99: number
  rateMax: number
  over200: number
  failed: number
}

async function measure(label: string, receivers: Headless[], loadgens: Awaited<ReturnType<typeof startLoadgen>>[], seed: number): Promise<Omit<Row, 'engine'>> {
  const n = receivers.length
  // Flat out: one wrk per receiver (32 connections in all), each with its own new events.
  const sets = receivers.map((_, i) => writeRequestSet(join(os.tmpdir(), `countertop-bench-pg-${process.pid}-${seed}-${i}`), SECRET, QUICK ? 40_000 : 120_000, seed * 10 + i, 1))
  const flats = await Promise.all(receivers.map((r, i) => runWrk({ url: r.webhookUrl, set: sets[i]!, seconds: FLAT_S, connections: Math.max(1, Math.floor(32 / n)) })))
  for (const s of sets) for (let t = 1; t <= s.threads; t++) rmSync(`${s.prefix}.${t}`, { force: true })
  const flatPerS = flats.reduce((a, f) => a + f.throughput, 0)
  const flatP99 = Math.max(...flats.map((f) => f.latency.p99))
  const flatNon2xx = flats.reduce((a, f) => a + f.non2xx, 0)
  // 500/s in all, split evenly, each receiver from its own open-loop generator.
  const results = await Promise.all(receivers.map((r, i) => loadgens[i]!.run({ url: r.webhookUrl, secret: SECRET, seed: seed * 100 + i, rate: RATE / n, durationMs: RATE_S * 1000 })))
  const all = results.flatMap((x) => x.fromSchedule)
  const s = summarize(all)
  const over200 = all.filter((v) => v > 200).length
  const failed = results.reduce((a, x) => a + (x.sent - x.ok), 0)
  log(`${label}: flat ${Math.round(flatPerS)}/s p99 ${flatP99} ms · 500/s p50 ${round(s.p50)} p99 ${round(s.p99)} max ${round(s.max)} ms, ${over200} over 200 ms, ${failed} not 200`)
  return { receivers: n, flatPerS, flatP99, flatNon2xx, rateP50: s.p50, rateP99: s.p99, rateMax: s.max, over200, failed }
}

export async function postgresSection(): Promise<{ markdown: string; rows: Row[] }> {
  const cluster = startCluster()
  if (typeof cluster === 'string') {
    log(`skipped: ${cluster}`)
    return { markdown: `## PostgreSQL: several receivers, one ledger\n\nSkipped in this run: ${cluster}.\n`, rows: [] }
  }
  const loadgens = await Promise.all([0, 1, 2, 3].map(() => startLoadgen()))
  const rows: Row[] = []
  const dirs: string[] = []
  const spawn = async (args: string[]) => {
    const dir = mkdtempSync(join(os.tmpdir(), 'countertop-bench-pg-data-'))
    dirs.push(dir)
    return spawnHeadless({ dataDir: dir, secret: SECRET, token: TOKEN, args })
  }
  try {
    // One SQLite receiver, the same load: the reference for this section.
    {
      const r = await spawn([])
      try {
        rows.push({ engine: 'SQLite', ...(await measure('SQLite ×1', [r], loadgens, 1)) })
      } finally {
        await r.stop()
      }
    }
    for (const n of [1, 2, 4]) {
      const schema = `bench_${n}_${process.pid}`
      await admin(cluster.url, `CREATE SCHEMA ${schema}`)
      const url = withSchema(cluster.url, schema)
      const rs = await Promise.all(Array.from({ length: n }, () => spawn(['--database', url])))
      try {
        rows.push({ engine: 'PostgreSQL', ...(await measure(`PostgreSQL ×${n}`, rs, loadgens, 10 + n)) })
      } finally {
        await Promise.all(rs.map((r) => r.stop()))
        await admin(cluster.url, `DROP SCHEMA ${schema} CASCADE`)
      }
    }
  } finally {
    for (const l of loadgens) l.stop()
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
    cluster.stop()
  }
  const sqlite = rows[0]!
  const md = [
    '## PostgreSQL: several receivers, one ledger',
    '',
    `Receivers started with \`--database\` on one PostgreSQL ${'(' + (process.env.COUNTERTOP_BENCH_DATABASE_URL ? 'given' : 'throwaway cluster, default settings, synchronous_commit on') + ')'} — every delivery its own transaction, answered after COMMIT — beside one SQLite receiver under the same load in the same run. Flat out: one wrk per receiver for ${FLAT_S} s, 32 connections in all, every request a new event. Fixed rate: ${RATE}/s in all for ${RATE_S} s, split evenly, one open-loop generator per receiver, timed from the scheduled send. All processes share this machine's 2 cores with PostgreSQL itself, so more receivers here measure contention, not capacity: on separate machines each would have its own cores.`,
    '',
    '| Ledger | Receivers | Flat out /s | ÷ SQLite | wrk p99 ms | non-2xx | 500/s p50 ms | p99 ms | max ms | over 200 ms | not 200 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      `| ${r.engine} | ${r.receivers} | ${Math.round(r.flatPerS).toLocaleString('en-US')} | ${round(r.flatPerS / sqlite.flatPerS, 2)} | ${round(r.flatP99)} | ${r.flatNon2xx} | ${round(r.rateP50)} | ${round(r.rateP99)} | ${round(r.rateMax)} | ${r.over200} | ${r.failed} |`
    ),
    ''
  ].join('\n')
  return { markdown: md, rows }
}

if (require.main === module) {
  postgresSection().then(
    (r) => {
      process.stdout.write(`${r.markdown}\n`)
      process.stdout.write(`${JSON.stringify({ postgres: r.rows })}\n`)
      process.exit(0)
    },
    (err: Error) => {
      process.stderr.write(`bench pg failed: ${err.stack ?? err.message}\n`)
      process.exit(1)
    }
  )
}
