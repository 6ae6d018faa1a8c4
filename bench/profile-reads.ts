// Profiling aid (not part of npm run bench): what a busy console costs the answers to Mesh.
// Seeds a fresh server's ledger with wrk, then runs the open-loop generator at a fixed rate
// three times — alone, while bench/reader.ts pages and exports over the console API, alone
// again — and prints for each: p99 from the schedule, the server's own times (answer_ms), and
// the server's CPU by thread.
//   npx tsx bench/profile-reads.ts [seedSeconds=30] [rate=500] [seconds=10]
// COUNTERTOP_PROFILE=1 adds Node's CPU profiler to the server (a .cpuprofile per thread);
// PROFILE_NODE_ARGS='--trace-gc' more flags for it, PROFILE_STDOUT=FILE its stdout (where
// --trace-gc writes); PROFILE_READER_NICE=19 runs the console client at that nice value.
import { fork } from 'node:child_process'
import Database from 'better-sqlite3'
import { createWriteStream, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import type { LoadResult } from './loadgen'
import { fileSize, procCpuMs, sleep, spawnHeadless, threadCpuBetween, threadCpuMs } from './proc'
import type { ReadResult } from './reader'
import { round, summarize } from './stats'
import { runWrk, writeRequestSet } from './wrk'

const SECRET = 'profile-secret'

function child<T>(file: string) {
  const c = fork(join(__dirname, file), [], { execArgv: ['--import', 'tsx'] })
  const ready = new Promise<void>((r) => c.once('message', () => r()))
  return {
    pid: () => c.pid!,
    ready,
    run: (msg: object) =>
      new Promise<T>((r) => {
        const on = (m: { type: string; result: T }) => {
          if (m.type !== 'result') return
          c.off('message', on)
          r(m.result)
        }
        c.on('message', on)
        c.send(msg)
      }),
    kill: () => c.kill('SIGTERM')
  }
}

/** The server's own times to answer (answer_ms) for deliveries received between from and to. */
function ownTimes(file: string, from: number, to: number) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const ms = (db.prepare('SELECT answer_ms AS ms FROM deliveries WHERE received_at >= ? AND received_at <= ? AND answer_ms IS NOT NULL').all(from, to) as { ms: number }[]).map((r) => r.ms)
    return ms.length ? summarize(ms) : null
  } finally {
    db.close()
  }
}

async function main(): Promise<void> {
  const seedSeconds = Number(process.argv[2] ?? 30)
  const rate = Number(process.argv[3] ?? 500)
  const seconds = Number(process.argv[4] ?? 10)
  const dir = mkdtempSync(join(os.tmpdir(), 'countertop-profile-reads-'))
  const profDir = mkdtempSync(join(os.tmpdir(), 'countertop-cpuprofile-'))
  const h = await spawnHeadless({ dataDir: join(dir, 'data'), secret: SECRET, token: 'profile-token', nodeArgs: [...(process.env.COUNTERTOP_PROFILE === '1' ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []), ...(process.env.PROFILE_NODE_ARGS ?? '').split(' ').filter(Boolean)] })
  // PROFILE_NODE_ARGS='--trace-gc …': the server's stdout from here on goes to PROFILE_STDOUT (a file).
  if (process.env.PROFILE_STDOUT) h.proc.stdout?.pipe(createWriteStream(process.env.PROFILE_STDOUT))
  try {
    const set = writeRequestSet(join(dir, 'requests'), SECRET, Math.min(400_000, seedSeconds * 6_000), 1)
    const w = await runWrk({ url: h.webhookUrl, set, seconds: seedSeconds })
    console.log(`seeded ${w.requests} deliveries (${round(w.throughput, 0)}/s)`)
    await sleep(3000)
    const gen = child<LoadResult>('loadgen.ts')
    const reader = child<ReadResult>('reader.ts')
    await Promise.all([gen.ready, reader.ready])
    if (process.env.PROFILE_READER_NICE) os.setPriority(reader.pid(), Number(process.env.PROFILE_READER_NICE))
    let seed = 7
    const phase = async (name: string, withReads: boolean) => {
      const cpu0 = procCpuMs(h.pid)
      const threads0 = threadCpuMs(h.pid)
      const t0 = performance.now()
      const wall0 = Date.now()
      const [res, rr] = await Promise.all([
        gen.run({ type: 'run', id: seed, url: h.webhookUrl, secret: SECRET, seed: seed++, rate, durationMs: seconds * 1000, timeoutMs: 10_000 }),
        withReads ? reader.run({ type: 'run', base: h.consoleBase, token: h.token, durationMs: seconds * 1000, transferIds: set.samples.map((s) => s.transferId) }) : Promise.resolve(null)
      ])
      const elapsed = performance.now() - t0
      const cpu = ((procCpuMs(h.pid)! - cpu0!) / elapsed) * 100
      const threads1 = threadCpuMs(h.pid)
      const perThread = Object.entries(threadCpuBetween(threads0, threads1) ?? {})
        .map(([name, ms]) => [name, (ms / elapsed) * 100] as const)
        .filter(([, pct]) => pct >= 1)
        .sort((x, y) => y[1] - x[1])
        .map(([name, pct]) => `${name} ${round(pct, 0)}%`)
        .join(', ')
      await sleep(600) // answer times are written in a later group commit
      const own = ownTimes(join(dir, 'data', 'countertop.sqlite'), wall0, Date.now())
      const s = summarize(res.fromSchedule)
      console.log(
        `${name.padEnd(22)} p50 ${round(s.p50)} p99 ${round(s.p99)} max ${round(s.max)} ms, over 200 ms ${res.fromSchedule.filter((x) => x > 200).length}, no answer ${res.errors}, server cpu ${round(cpu, 0)}% (${perThread}), server's own p50 ${own ? round(own.p50) : '?'} p99 ${own ? round(own.p99) : '?'} ms, WAL file ${round(fileSize(join(dir, 'data', 'countertop.sqlite-wal')) / 1024 ** 2, 1)} MiB` +
          (rr ? ` | reads: ${rr.queries} queries, ${rr.errors} errors, ${rr.exportRows} rows exported, ${round(rr.bytes / 1024 ** 2, 1)} MiB` : '')
      )
      return s.p99
    }
    const a = await phase(`${rate}/s alone`, false)
    await sleep(1000)
    const b = await phase(`${rate}/s + console reads`, true)
    await sleep(1000)
    const c = await phase(`${rate}/s alone again`, false)
    console.log(`rise: +${round(b - (a + c) / 2)} ms against the mean of before and after`)
    gen.kill()
    reader.kill()
  } finally {
    await h.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  for (const f of readdirSync(profDir)) console.log(`profile: ${join(profDir, f)}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
