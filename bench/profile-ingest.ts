// Profiling aid (not part of npm run bench): the built headless process under load, with
// Node's CPU profiler on, from the outside like the benchmark (no src/ imports).
//   npx tsx bench/profile-ingest.ts [seconds=10] [flat | N/s]   (COUNTERTOP_PROFILE=0: no profiler, figures only)
// `flat` drives it with wrk (32 connections); `N/s` with the open-loop generator at N/s.
// Prints throughput / latency, server CPU and bytes written per delivery, and the path of a
// .cpuprofile for every thread of the server (open it in Chrome DevTools → Performance).
import Database from 'better-sqlite3'
import { fork } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import type { LoadResult } from './loadgen'
import { procCpuMs, procIo, spawnHeadless } from './proc'
import { round, summarize } from './stats'
import { runWrk, writeRequestSet } from './wrk'

const SECRET = 'profile-secret'

async function main(): Promise<void> {
  const seconds = Math.min(120, Number(process.argv[2] ?? 10))
  const load = process.argv[3] ?? 'flat'
  const dir = mkdtempSync(join(os.tmpdir(), 'countertop-profile-'))
  const profDir = mkdtempSync(join(os.tmpdir(), 'countertop-cpuprofile-'))
  const h = await spawnHeadless({ dataDir: join(dir, 'data'), secret: SECRET, token: 'profile-token', nodeArgs: process.env.COUNTERTOP_PROFILE === '0' ? [] : ['--cpu-prof', '--cpu-prof-dir', profDir] })
  const cpu0 = procCpuMs(h.pid)
  const io0 = procIo(h.pid)
  const t0 = performance.now()
  let n = 0
  if (load === 'flat') {
    const set = writeRequestSet(join(dir, 'requests'), SECRET, Math.min(400_000, seconds * 30_000), 1)
    const w = await runWrk({ url: h.webhookUrl, set, seconds })
    n = w.requests
    console.log(`wrk: ${round(w.throughput, 0)}/s p50 ${round(w.latency.p50)} p99 ${round(w.latency.p99)} max ${round(w.latency.max)} ms, non-2xx ${w.non2xx}, repeats ${round(w.duplicateShare * 100, 1)}%`)
  } else {
    const rate = Number(load.replace(/\/s$/, ''))
    const child = fork(join(__dirname, 'loadgen.ts'), [], { execArgv: ['--import', 'tsx'] })
    await new Promise<void>((r) => child.once('message', () => r()))
    child.send({ type: 'run', id: 1, url: h.webhookUrl, secret: SECRET, seed: 1, rate, durationMs: seconds * 1000 })
    const res = await new Promise<LoadResult>((r) => child.on('message', (m: { type: string; result: LoadResult }) => m.type === 'result' && r(m.result)))
    child.kill('SIGTERM')
    n = res.ok
    const s = summarize(res.fromSchedule)
    console.log(`${rate}/s: p50 ${round(s.p50)} p99 ${round(s.p99)} max ${round(s.max)} ms from the schedule, over 200 ms ${res.fromSchedule.filter((x) => x > 200).length}, no answer ${res.errors}`)
  }
  const elapsed = performance.now() - t0
  const cpu1 = procCpuMs(h.pid)
  const io1 = procIo(h.pid)
  if (cpu0 !== null && cpu1 !== null) console.log(`server cpu ${round(((cpu1 - cpu0) / elapsed) * 100, 0)}% of a core`)
  if (io0 && io1 && n > 0) console.log(`per delivery: ${round((io1.wchar - io0.wchar) / n / 1024, 1)} KiB written (${round((io1.writeBytes - io0.writeBytes) / n / 1024, 1)} KiB to storage), ${round((io1.syscw - io0.syscw) / n, 1)} write calls`)
  await h.stop()
  // The server's own time to answer (Fastify's, from the request's headers to the reply), as the
  // ledger recorded it: what is left of the figures above once the client and the OS are taken out.
  const db = new Database(join(dir, 'data', 'countertop.sqlite'), { readonly: true })
  const answered = (db.prepare('SELECT answer_ms AS ms FROM deliveries WHERE answer_ms IS NOT NULL').all() as { ms: number }[]).map((r) => r.ms)
  db.close()
  if (answered.length) {
    const a = summarize(answered)
    console.log(`server's own time to answer (${answered.length} recorded): p50 ${round(a.p50)} p99 ${round(a.p99)} max ${round(a.max)} ms`)
  }
  for (const f of readdirSync(profDir)) console.log(`profile: ${join(profDir, f)}`)
  rmSync(dir, { recursive: true, force: true })
}

void main()
