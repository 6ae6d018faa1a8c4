// Profiling aid (not part of npm run bench): the writer thread's work alone, in this process —
// no threads, no HTTP. Signed deliveries (bench/wrk.ts's mix: a new transfer's Pending, or the
// final status of one pending earlier) are prepared as the main thread prepares them, then
// recorded in group commits as the writer records them. Prints µs per delivery and WAL frames
// per delivery (from the wal-index header: mxFrame, SQLite's file format).
//   npx tsx bench/micro-record.ts [deliveries=40000] [group=32] [FULL|NORMAL]
// Add --cpu-prof (node --import tsx --cpu-prof bench/micro-record.ts) for a profile.
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { openLedger } from '../src/main/core/store/sqlite/ledger'
import { createDeliveryRecorder, prepareDelivery, type PreparedDelivery } from '../src/main/core/webhooks/ingest'
import { writeRequestSet } from './wrk'

const n = Number(process.argv[2] ?? 40_000)
const group = Number(process.argv[3] ?? 32)
const synchronous = process.argv[4] === 'NORMAL' ? 'NORMAL' : 'FULL'
const dir = mkdtempSync(join(os.tmpdir(), 'countertop-micro-'))
const secret = 'micro'
try {
  const set = writeRequestSet(join(dir, 'req'), secret, n, 1, 1)
  const prepared: PreparedDelivery[] = readFileSync(`${set.prefix}.1`, 'utf8')
    .trim()
    .split('\n')
    .map((line, i) => {
      const [sig, body] = line.split('\t') as [string, string]
      const headers = { host: '127.0.0.1:8787', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-mesh-signature-256': sig }
      return prepareDelivery({ raw: Buffer.from(body), headers, remoteAddress: '127.0.0.1', receivedAt: Date.now() + i }, secret)
    })
  const file = join(dir, 'countertop.sqlite')
  // As the writer thread opens it: checkpoints are another thread's job, so none here.
  const ledger = openLedger({ file, synchronous, walAutocheckpoint: 0 })
  const recorder = createDeliveryRecorder(ledger)
  const header = Buffer.alloc(48)
  let shm = -1
  const mxFrame = () => {
    if (shm < 0) shm = openSync(`${file}-shm`, 'r')
    readSync(shm, header, 0, 48, 0)
    return header.readUInt32LE(16)
  }
  let frames = 0
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < prepared.length; i += group) {
    const before = mxFrame()
    recorder.recordGroup(prepared.slice(i, i + group))
    frames += mxFrame() - before
  }
  const us = Number(process.hrtime.bigint() - t0) / 1000
  console.log(
    `${n} deliveries in groups of ${group}, synchronous=${synchronous}: ${(us / n).toFixed(1)} µs per delivery (${Math.round(n / (us / 1e6))}/s), ${(frames / n).toFixed(2)} WAL frames per delivery`
  )
  if (shm >= 0) closeSync(shm)
  ledger.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
