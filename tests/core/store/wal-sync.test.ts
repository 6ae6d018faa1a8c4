// The writer's pipelined durability (wal-sync.ts): a commit's answers wait for a sync of the WAL
// that began after the commit, syncs never overlap, and a failed sync fails what waited for it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createWalSync } from '../../../src/main/core/store/sqlite/wal-sync'
import { tempDir } from '../../helpers'

describe('WAL sync (writer thread)', () => {
  let cleanup: (() => void) | undefined
  afterEach(() => cleanup?.())
  const wal = () => {
    const tmp = tempDir()
    cleanup = tmp.cleanup
    const file = join(tmp.dir, 'countertop.sqlite-wal')
    writeFileSync(file, 'frames')
    return file
  }

  it('answers a commit only after a sync that started after it; commits made meanwhile share the next sync', () => {
    const started: ((err: Error | null) => void)[] = []
    const s = createWalSync(wal(), (_fd, cb) => void started.push(cb))
    const settled: string[] = []
    s.after((err) => settled.push(`a:${err === null}`))
    expect(started).toHaveLength(1)
    // Committed while the first sync runs: not covered by it.
    s.after((err) => settled.push(`b:${err === null}`))
    s.after((err) => settled.push(`c:${err === null}`))
    expect(started).toHaveLength(1)
    expect(settled).toEqual([])
    started[0]!(null)
    expect(settled).toEqual(['a:true'])
    // b and c: one sync for both, begun only now.
    expect(started).toHaveLength(2)
    started[1]!(null)
    expect(settled).toEqual(['a:true', 'b:true', 'c:true'])
    expect(s.syncs).toBe(2)
    s.close()
  })

  it('passes a failed sync to everything that waited for it, and syncs again for what comes after', () => {
    const started: ((err: Error | null) => void)[] = []
    const s = createWalSync(wal(), (_fd, cb) => void started.push(cb))
    const seen: (string | null)[] = []
    s.after((err) => seen.push(err?.message ?? null))
    s.after((err) => seen.push(err?.message ?? null))
    started[0]!(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }))
    started[1]!(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }))
    expect(seen).toEqual(['EIO: i/o error, fdatasync', 'EIO: i/o error, fdatasync'])
    s.after((err) => seen.push(err?.message ?? 'durable'))
    started[2]!(null)
    expect(seen[2]).toBe('durable')
    s.close()
  })

  it('syncs a small group in the calling thread when no sync is running, and waits its turn when one is', () => {
    const started: ((err: Error | null) => void)[] = []
    const here: number[] = []
    const s = createWalSync(wal(), (_fd, cb) => void started.push(cb), (fd) => void here.push(fd))
    const seen: string[] = []
    s.now((err) => seen.push(`a:${err === null}`))
    expect(here).toHaveLength(1) // synced right here, before now() returned
    expect(seen).toEqual(['a:true'])
    s.after((err) => seen.push(`b:${err === null}`)) // a large group: on the pool
    expect(started).toHaveLength(1)
    s.now((err) => seen.push(`c:${err === null}`)) // a sync is running: c waits for the next one
    expect(here).toHaveLength(1)
    expect(seen).toEqual(['a:true'])
    started[0]!(null)
    expect(seen).toEqual(['a:true', 'b:true'])
    started[1]!(null)
    expect(seen).toEqual(['a:true', 'b:true', 'c:true'])
    s.close()
  })

  it('passes a failed sync made in the calling thread to what waited for it', () => {
    const s = createWalSync(wal(), () => {}, () => {
      throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })
    })
    let got: Error | null | undefined
    s.now((err) => (got = err))
    expect(got?.message).toBe('EIO: i/o error, fdatasync')
    s.close()
  })

  it('syncs a real file with fdatasync', async () => {
    const s = createWalSync(wal())
    await expect(new Promise((resolve) => s.after(resolve))).resolves.toBeNull()
    let here: Error | null | undefined
    s.now((err) => (here = err))
    expect(here).toBeNull()
    s.close()
  })
})
