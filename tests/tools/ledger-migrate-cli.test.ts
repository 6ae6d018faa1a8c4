// `ledger:migrate` refusing what it must refuse, end to end (the built CLI as a child process):
// each with its reason on stderr and a non-zero exit code. None of these reaches a PostgreSQL
// server, so they run without COUNTERTOP_TEST_DATABASE_URL too.
import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers'
import { runMigrate } from './cli'
import { buildLedger, buildV3Ledger } from './ledger-fixture'

/** Nothing listens on port 1: the connection is refused at once. */
const DEAD_PG = 'postgres://ct:hunter2@127.0.0.1:1/countertop'

describe('ledger:migrate refuses bad inputs', () => {
  let tmp: ReturnType<typeof tempDir>
  /** A data directory with a small, sound ledger. */
  let good: string
  const dir = (name: string) => {
    const d = join(tmp.dir, name)
    mkdirSync(d, { recursive: true })
    return d
  }
  beforeAll(() => {
    tmp = tempDir('countertop-migrate-cli-')
    good = dir('good')
    buildLedger(join(good, 'countertop.sqlite'), { transfers: 20 })
  })
  afterAll(() => tmp?.cleanup())

  it('a bad --to URL: exit 2 with the reason and the usage, the password never shown', async () => {
    const r = await runMigrate(['--from', good, '--to', 'mysql://ct:hunter2@db/countertop'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--to must be a postgres:// (or postgresql://) URL; got mysql://')
    expect(r.stderr).toContain('Usage: npm run ledger:migrate')
    const n = await runMigrate(['--from', good, '--to', 'postgres//nope'])
    expect(n.code).toBe(2)
    expect(n.stderr).toContain('--to is not a URL: "postgres//nope"')
    const none = await runMigrate(['--from', good])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('--to is required (or set COUNTERTOP_DATABASE_URL)')
    expect(r.stderr + n.stderr + r.stdout).not.toContain('hunter2')
  })

  it('a missing data directory, or one without a ledger', async () => {
    const r = await runMigrate(['--from', join(tmp.dir, 'nowhere'), '--to', DEAD_PG])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`There is no data directory ${join(tmp.dir, 'nowhere')}`)
    const empty = await runMigrate(['--from', dir('empty'), '--to', DEAD_PG])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('countertop.sqlite is missing')
    expect(r.stdout + empty.stdout).toBe('')
  })

  it('a file that is not a SQLite database, and a SQLite database that is not a ledger', async () => {
    const junk = dir('junk')
    writeFileSync(join(junk, 'countertop.sqlite'), 'this is a shopping list, not a database\n'.repeat(200))
    const r = await runMigrate(['--from', junk, '--to', DEAD_PG])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/countertop\.sqlite is not a Countertop ledger: it is not a SQLite database/)
    const other = dir('other')
    const db = new Database(join(other, 'countertop.sqlite'))
    db.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)')
    db.close()
    const o = await runMigrate(['--from', other, '--to', DEAD_PG])
    expect(o.code).toBe(1)
    expect(o.stderr).toContain('is a SQLite database but not a Countertop ledger')
  })

  it('a ledger older than schema v4: says to start Countertop once (or --upgrade), and leaves it as it was', async () => {
    const old = dir('v3')
    buildV3Ledger(join(old, 'countertop.sqlite'))
    const r = await runMigrate(['--from', old, '--to', DEAD_PG])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('has ledger schema v3; the migration reads v4 or later. Start this Countertop once on that data directory')
    expect(r.stderr).toContain('--upgrade')
    const db = new Database(join(old, 'countertop.sqlite'), { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    db.close()
  })

  it('a ledger newer than this Countertop knows', async () => {
    const nu = dir('v99')
    buildLedger(join(nu, 'countertop.sqlite'), { transfers: 2 })
    const db = new Database(join(nu, 'countertop.sqlite'))
    db.pragma('user_version = 99')
    db.close()
    const r = await runMigrate(['--from', nu, '--to', DEAD_PG])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/has ledger schema v99, newer than this Countertop knows \(v\d+\); update Countertop/)
  })

  it('a ledger a running Countertop holds: refused, naming its PID (the lock as src/main/host/datadir.ts writes it, or a bare PID)', async () => {
    const held = dir('held')
    buildLedger(join(held, 'countertop.sqlite'), { transfers: 2 })
    // This test process is alive: its PID in the lock is a running Countertop as far as the tool can tell.
    writeFileSync(join(held, 'countertop.lock'), `${JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: Date.now() })}\n`)
    const r = await runMigrate(['--from', held, '--to', DEAD_PG])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`A running Countertop (PID ${process.pid}) holds the ledger in ${held} (countertop.lock). Stop it first`)
    writeFileSync(join(held, 'countertop.lock'), `${process.pid}\n`)
    const bare = await runMigrate(['--from', held, '--to', DEAD_PG])
    expect(bare.code).toBe(1)
    expect(bare.stderr).toContain(`A running Countertop (PID ${process.pid})`)
    // On another machine (a shared disk) it cannot be checked: held.
    writeFileSync(join(held, 'countertop.lock'), JSON.stringify({ pid: 4242, hostname: 'till-2.example', startedAt: 1 }))
    const remote = await runMigrate(['--from', held, '--to', DEAD_PG])
    expect(remote.code).toBe(1)
    expect(remote.stderr).toContain('A running Countertop (PID 4242 on till-2.example)')
  })

  it('a stale lock (its process is gone) does not stop it: it goes on to PostgreSQL, and says clearly that it cannot reach it', async () => {
    const stale = dir('stale')
    buildLedger(join(stale, 'countertop.sqlite'), { transfers: 2 })
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    const deadPid = Number(gone.stdout)
    expect(deadPid).toBeGreaterThan(0)
    writeFileSync(join(stale, 'countertop.lock'), JSON.stringify({ pid: deadPid, hostname: hostname(), startedAt: 1 }))
    // --from may name the ledger file itself, too.
    const r = await runMigrate(['--from', join(stale, 'countertop.sqlite'), '--to', DEAD_PG])
    expect(r.code).toBe(1)
    expect(r.stderr).not.toContain('holds the ledger')
    expect(r.stderr).toContain('reading ')
    expect(r.stderr).toContain('Cannot reach PostgreSQL at postgres://ct:***@127.0.0.1:1/countertop')
    expect(r.stderr).toContain('ECONNREFUSED')
    expect(r.stderr + r.stdout).not.toContain('hunter2')
  })
})
