// The WAL policy's measure (wal.ts createWalProbe): the WAL's live frames, from the wal-index
// header — not the file's size, which stays at its largest after the WAL starts over. (Policing
// the size made the writer checkpoint before every group once the file had once been large.)
import Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCeiling, createWalProbe, passiveDue, THREAD_NICE, threadNice, WAL_POLICY, walPolicy } from '../../../src/main/core/store/sqlite/wal'
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
      expect(full.backfilled).toBe(0)

      // A PASSIVE checkpoint with no reader copies every frame: all of them count as copied.
      const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[]
      expect(row!.checkpointed).toBe(row!.log)
      expect(probe.read()).toMatchObject({ frames: full.frames, backfilled: full.frames })

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

describe('when the checkpointer copies', () => {
  const MiB = 1024 * 1024
  /** One WAL cycle from empty to the restart threshold, `step` bytes appended per tick; the live sizes at which a PASSIVE ran. */
  function cycle(step: number): number[] {
    const ran: number[] = []
    let live = 0
    let copied = 0
    let copiedSinceChange = false
    while (live < WAL_POLICY.restartAtBytes) {
      live += step
      copiedSinceChange = false
      if (passiveDue({ liveBytes: live, uncopiedBytes: live - copied, copiedSinceChange })) {
        ran.push(live / MiB)
        copied = live
        copiedSinceChange = true
      }
    }
    return ran
  }

  it('copies at 16, 24 and 32 MiB of a growing WAL, not at every tick past 16 (each copy fsyncs the database)', () => {
    // 500/s at about 40 KiB of WAL a delivery, 50 ms ticks: about 1 MiB a tick.
    expect(cycle(1 * MiB)).toEqual([16, 24, 32])
    expect(cycle(0.25 * MiB)).toEqual([16, 24, 32])
  })

  it('never copies below the threshold, and past the restart threshold copies whatever was appended', () => {
    expect(passiveDue({ liveBytes: 15 * MiB, uncopiedBytes: 15 * MiB, copiedSinceChange: false })).toBe(false)
    expect(passiveDue({ liveBytes: 20 * MiB, uncopiedBytes: 4 * MiB, copiedSinceChange: false })).toBe(false)
    expect(passiveDue({ liveBytes: 33 * MiB, uncopiedBytes: 1 * MiB, copiedSinceChange: false })).toBe(true)
    expect(passiveDue({ liveBytes: 33 * MiB, uncopiedBytes: 0, copiedSinceChange: true })).toBe(false)
  })

  it('keeps the step at half the threshold when the crash suite lowers it (checkpoints nearly all the time)', () => {
    const p = walPolicy({ COUNTERTOP_WAL_PASSIVE_BYTES: '16384' })
    expect(p.passiveStepBytes).toBe(8192)
    expect(passiveDue({ liveBytes: 20_000, uncopiedBytes: 8192, copiedSinceChange: false }, p)).toBe(true)
    expect(walPolicy({}).passiveStepBytes).toBe(WAL_POLICY.passiveStepBytes)
  })
})
