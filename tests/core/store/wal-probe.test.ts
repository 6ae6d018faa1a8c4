// The WAL policy's measure (wal.ts createWalProbe): the WAL's live frames, from the wal-index
// header — not the file's size, which stays at its largest after the WAL starts over. (Policing
// the size made the writer checkpoint before every group once the file had once been large.)
import Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCeiling, createWalProbe, THREAD_NICE, threadNice } from '../../../src/main/core/store/sqlite/wal'
import { tempDir } from '../../helpers'

describe('live WAL probe', () => {
  let cleanup: (() => void) | undefined
  afterEach(() => cleanup?.())

  it('counts the frames in use: many after writes, few once the WAL has started over, whatever the file’s size', () => {
    const tmp = tempDir()
    cleanup = tmp.cleanup
    const file = join(tmp.dir, 'countertop.sqlite')
    const db = new Database(file)
    const probe = createWalProbe(file)
    try {
      db.pragma('journal_mode = WAL')
      db.pragma('wal_autocheckpoint = 0')
      db.exec('CREATE TABLE t (b BLOB)')
      const ins = db.prepare('INSERT INTO t VALUES (?)')
      for (let i = 0; i < 200; i++) ins.run(Buffer.alloc(3000, i))
      const full = probe.read()
      // 200 commits of a 3000-byte row each: at least one 4 KiB page apiece.
      expect(full.frames).toBeGreaterThanOrEqual(200)
      expect(full.frameBytes).toBe(4096 + 24)
      expect(probe.liveBytes()).toBe(full.frames * full.frameBytes)
      const fileBytes = statSync(`${file}-wal`).size

      // Copied back, then one more commit: SQLite starts the WAL over at its beginning.
      db.pragma('wal_checkpoint(RESTART)')
      ins.run(Buffer.alloc(10))
      const after = probe.read()
      expect(after.frames).toBeGreaterThan(0)
      expect(after.frames).toBeLessThan(10)
      expect(statSync(`${file}-wal`).size).toBe(fileBytes) // the file kept its size
    } finally {
      probe.close()
      db.close()
    }
  })

  it('reads nothing, without failing, where there is no WAL yet', () => {
    const tmp = tempDir()
    cleanup = tmp.cleanup
    const probe = createWalProbe(join(tmp.dir, 'none.sqlite'))
    expect(probe.read()).toEqual({ frames: 0, backfilled: 0, frameBytes: 0 })
    expect(probe.liveBytes()).toBe(0)
    probe.close()
  })
})

describe('store thread priorities', () => {
  it('runs the reader at nice 19 unless told a value from 0 to 19, and never moves the writer or the checkpointer', () => {
    expect(threadNice('reader', {})).toBe(19)
    expect(threadNice('reader', { COUNTERTOP_READER_NICE: '0' })).toBe(0)
    expect(threadNice('reader', { COUNTERTOP_READER_NICE: '12' })).toBe(12)
    for (const bad of ['20', '-1', 'x', '', '1.5']) expect(threadNice('reader', { COUNTERTOP_READER_NICE: bad })).toBe(THREAD_NICE.reader)
    expect(threadNice('writer', { COUNTERTOP_READER_NICE: '19' })).toBe(0)
    expect(threadNice('checkpointer', { COUNTERTOP_READER_NICE: '5' })).toBe(0)
  })
})

describe('the WAL ceiling', () => {
  it('is tried whenever the WAL is past it, but not again within the retry time of a try that left it past', () => {
    let t = 1_000
    const c = createCeiling(100, 500, () => t)
    expect(c.due(100)).toBe(false)
    expect(c.due(101)).toBe(true)
    // A console's snapshot still pinned it: the groups of the next 500 ms are not held for a try.
    c.tried(150)
    t += 499
    expect(c.due(200)).toBe(false)
    t += 1
    expect(c.due(200)).toBe(true)
    // A try that got it under: the next time it is past, at once.
    c.tried(0)
    t += 1
    expect(c.due(101)).toBe(true)
  })
})
