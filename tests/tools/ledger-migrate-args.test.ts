// `npm run ledger:migrate`'s argument parsing and its summary: pure.
import { describe, expect, it } from 'vitest'
import { formatProgress, formatSummary, MIGRATE_USAGE, parseMigrateArgs } from '../../src/main/tools/ledger-migrate'
import { lockHolder, redactUrl } from '../../src/main/tools/ledger-migrate-core'

const URL_ = 'postgres://ct:pw@db.example:5432/countertop'

describe('parseMigrateArgs', () => {
  it('takes --from and --to, with defaults for the rest', () => {
    expect(parseMigrateArgs(['--from', '/data', '--to', URL_])).toEqual({
      ok: true,
      help: false,
      options: { from: '/data', to: URL_, batchSize: 1000, upgrade: false, failOnConflict: false }
    })
  })

  it('takes every option', () => {
    const r = parseMigrateArgs(['--from=/d', `--to=${URL_}`, '--schema', 'shop_2', '--batch', '250', '--upgrade', '--fail-on-conflict'])
    expect(r).toEqual({ ok: true, help: false, options: { from: '/d', to: URL_, schema: 'shop_2', batchSize: 250, upgrade: true, failOnConflict: true } })
  })

  it('falls back to COUNTERTOP_DATABASE_URL for --to; --to wins over it', () => {
    expect(parseMigrateArgs(['--from', '/d'], { COUNTERTOP_DATABASE_URL: 'postgresql://h/db' })).toMatchObject({ ok: true, options: { to: 'postgresql://h/db' } })
    expect(parseMigrateArgs(['--from', '/d', '--to', URL_], { COUNTERTOP_DATABASE_URL: 'postgresql://h/db' })).toMatchObject({ ok: true, options: { to: URL_ } })
  })

  it('says --help', () => {
    expect(parseMigrateArgs(['--help'])).toEqual({ ok: true, help: true })
    expect(parseMigrateArgs(['-h'])).toEqual({ ok: true, help: true })
    expect(MIGRATE_USAGE).toContain('--from DATA_DIR --to postgres://')
  })

  it.each([
    [[], /--from is required/],
    [['--from', '/d'], /--to is required \(or set COUNTERTOP_DATABASE_URL\)/],
    [['--from', '', '--to', URL_], /--from is required/],
    [['--from', '/d', '--to', 'not a url'], /--to is not a URL: "not a url"/],
    [['--from', '/d', '--to', 'mysql://u:secret@h/db'], /--to must be a postgres:\/\/ \(or postgresql:\/\/\) URL; got mysql:\/\/ in "mysql:\/\/u:\*\*\*@h\/db"/],
    [['--from', '/d', '--to', URL_, '--schema', 'Shop'], /--schema must be a plain lower-case name/],
    [['--from', '/d', '--to', URL_, '--schema', 'a;drop'], /--schema must be a plain lower-case name/],
    [['--from', '/d', '--to', URL_, '--batch', '0'], /--batch must be a whole number from 1 to 10000; got "0"/],
    [['--from', '/d', '--to', URL_, '--batch', '1e3'], /--batch must be a whole number/],
    [['--from', '/d', '--to', URL_, '--batch', '20000'], /--batch must be a whole number/],
    [['--from', '/d', '--to', URL_, '--bogus'], /Unknown option '--bogus'/],
    [['--from', '/d', '--to', URL_, 'extra'], /positional/i]
  ])('refuses %j', (argv, message) => {
    const r = parseMigrateArgs(argv as string[])
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(message)
  })

  it('never repeats a password in its messages', () => {
    const r = parseMigrateArgs(['--from', '/d', '--to', 'http://u:hunter2@h/db'])
    expect(!r.ok && r.message).not.toContain('hunter2')
    expect(redactUrl('postgres://u:hunter2@h:5/db')).toBe('postgres://u:***@h:5/db')
  })
})

describe('the output', () => {
  it('progress: table, rows done / total', () => {
    expect(formatProgress({ table: 'transfers', done: 3000, total: 10000, copied: 3000, present: 0, conflicts: 0 })).toBe('transfers 3000/10000')
    expect(formatProgress({ table: 'transfers', done: 10, total: 10, copied: 8, present: 0, conflicts: 2 })).toBe('transfers 10/10 (2 conflicts)')
  })

  it('summary: a header, a line per table, a total with the rate', () => {
    const lines = formatSummary({
      source: '/d/countertop.sqlite',
      sqliteVersion: 4,
      upgradedFrom: 3,
      target: 'postgres://u:***@h/db',
      schema: 'public',
      sequences: {},
      ms: 2000,
      tables: [
        { table: 'transfers', total: 10, copied: 7, present: 2, conflicts: 1, conflictKeys: ['tr-1'], ms: 1 },
        { table: 'audit_log', total: 30, copied: 30, present: 0, conflicts: 0, conflictKeys: [], ms: 1 }
      ]
    })
    expect(lines[0]).toBe('ledger:migrate: /d/countertop.sqlite (SQLite schema v4, upgraded from v3) → postgres://u:***@h/db (schema public)')
    expect(lines[1]).toMatch(/^ {2}transfers\s+10 rows\s+7 copied\s+2 already there\s+1 conflicts$/)
    expect(lines[2]).toMatch(/^ {2}audit_log\s+30 rows\s+30 copied\s+0 already there\s+0 conflicts$/)
    expect(lines[3]).toMatch(/^ {2}total\s+40 rows\s+37 copied\s+2 already there\s+1 conflicts in 2\.0 s \(20 rows\/s\)$/)
  })
})

describe('lockHolder', () => {
  it('reads no lock as free', () => {
    expect(lockHolder('/nonexistent-dir-for-this-test')).toBeNull()
  })
})
