// Profiling aid (not part of npm run bench): runs the full ingest path in this process under
// load from bench/loadgen.ts and prints time to answer, server CPU, other load on the machine
// and what the server wrote per delivery.
//   npx tsx bench/profile-ingest.ts [seconds=10] [connections (flat out) | N/s (fixed rate)]
//   node --cpu-prof --import tsx bench/profile-ingest.ts 8 32      (a .cpuprofile to open in DevTools)
// Experiments: SYNC=NORMAL (synchronous), CKPT=n (wal_autocheckpoint), BG=ms (checkpoint from a
// worker thread every ms instead of on the committing connection).
import { fork } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { createCore } from '../src/main/core'
import type { LoadResult } from './loadgen'
import { coresBusy, systemCpu } from './machine'
import { round, summarize } from './stats'

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10)
  const load = process.argv[3] ?? '32'
  const dataDir = mkdtempSync(join(os.tmpdir(), 'countertop-profile-'))
  const core = createCore({ dataDir, webhookSecret: 'profile-secret', mode: 'emulator', synchronous: (process.env.SYNC as 'FULL' | 'NORMAL' | undefined) ?? 'FULL' })
  if (process.env.CKPT) core.store.db.pragma(`wal_autocheckpoint = ${process.env.CKPT}`)
  let bg: Worker | null = null
  if (process.env.BG) {
    core.store.db.pragma('wal_autocheckpoint = 0')
    const code = `const { workerData } = require('node:worker_threads'); const Database = require(workerData.module);
      const db = new Database(workerData.file); db.pragma('synchronous = FULL'); db.pragma('busy_timeout = 5000');
      setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), Number(workerData.ms))`
    bg = new Worker(code, { eval: true, workerData: { module: require.resolve('better-sqlite3'), file: join(dataDir, 'countertop.sqlite'), ms: process.env.BG } })
  }
  const receiver = await core.startReceiver('127.0.0.1', 0)
  const child = fork(join(__dirname, 'loadgen.ts'), [], { execArgv: ['--import', 'tsx'] })
  await new Promise<void>((r) => child.once('message', () => r()))
  const job = load.endsWith('/s')
    ? { mode: 'rate', rate: Number(load.slice(0, -2)), concurrency: 0 }
    : { mode: 'flat', concurrency: Number(load) }
  const io = () => Object.fromEntries(readFileSync('/proc/self/io', 'utf8').trim().split('\n').map((l) => l.split(': ')).map(([k, v]) => [k, Number(v)]))
  const io0 = io()
  const sys0 = systemCpu()
  const cpu0 = process.cpuUsage()
  child.send({ type: 'run', id: 1, url: receiver.url, secret: 'profile-secret', seed: 1, durationMs: seconds * 1000, ...job })
  const res = await new Promise<LoadResult>((r) => child.on('message', (m: { type: string; result: LoadResult }) => m.type === 'result' && r(m.result)))
  const s = summarize(res.latencies)
  const io1 = io()
  const cpu = process.cpuUsage(cpu0)
  const own = (cpu.user + cpu.system) / 10 / res.elapsedMs + (res.cpuMs / res.elapsedMs) * 100
  const other = (coresBusy(sys0, systemCpu()) ?? 0) * 100 - own
  const n = res.completed
  console.log(`per delivery: ${round((io1.wchar! - io0.wchar!) / n / 1024, 1)} KiB written (${round((io1.write_bytes! - io0.write_bytes!) / n / 1024, 1)} KiB to disk), ${round((io1.syscw! - io0.syscw!) / n, 1)} write calls`)
  console.log(`${load} ckpt=${process.env.BG ? `background every ${process.env.BG} ms` : (process.env.CKPT ?? 1000)}: ${round(res.throughput, 0)}/s p50 ${round(s.p50)} p95 ${round(s.p95)} p99 ${round(s.p99)} max ${round(s.max)} ms, errors ${res.errors}; cpu server ${round((cpu.user + cpu.system) / 10 / res.elapsedMs, 0)}% other ${round(other, 0)}%`)
  child.send({ type: 'exit' })
  await bg?.terminate()
  await core.close()
  rmSync(dataDir, { recursive: true, force: true })
}
void main()
