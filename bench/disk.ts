// The disk's own floor, measured in a child process of its own (so nothing else runs on its
// event loop): `node --import tsx bench/disk.ts DIR N` prints one JSON line with
//  - append: a 256-byte append to a file, then fdatasync — what any durable write costs here;
//  - commit: one single-row transaction on a WAL database with synchronous=FULL through
//    better-sqlite3 (the same library as the product, not the product's code) — what one
//    crash-safe SQLite commit costs here. wal_autocheckpoint is off so every sample is a
//    commit and nothing else.
// Each loop is bounded by N iterations and by a time limit; the first 5 % are a warm-up.
import Database from 'better-sqlite3'
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]!
const n = Number(process.argv[3] ?? 2000)
const limitMs = Number(process.argv[4] ?? 15_000)

function appendProbe(): number[] {
  const file = join(dir, `fsync-probe-${process.pid}.bin`)
  const fd = openSync(file, 'a')
  const buf = Buffer.alloc(256, 0x61)
  const times: number[] = []
  const until = performance.now() + limitMs
  try {
    for (let i = 0; i < n && performance.now() < until; i++) {
      const t = performance.now()
      writeSync(fd, buf)
      fdatasyncSync(fd)
      times.push(performance.now() - t)
    }
  } finally {
    closeSync(fd)
    rmSync(file, { force: true })
  }
  return times.slice(Math.floor(times.length / 20))
}

function commitProbe(): number[] {
  const file = join(dir, `commit-probe-${process.pid}.sqlite`)
  const db = new Database(file)
  const times: number[] = []
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('wal_autocheckpoint = 0')
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)')
    const ins = db.prepare('INSERT INTO t (b) VALUES (?)')
    const body = Buffer.alloc(600, 0x62) // about one delivery body
    const until = performance.now() + limitMs
    for (let i = 0; i < n && performance.now() < until; i++) {
      const t = performance.now()
      ins.run(body) // autocommit: one transaction, one WAL commit, one fsync
      times.push(performance.now() - t)
    }
  } finally {
    db.close()
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
  }
  return times.slice(Math.floor(times.length / 20))
}

const append = appendProbe()
const commit = commitProbe()
process.stdout.write(`${JSON.stringify({ append, commit })}\n`)
