// Pipelined durability for the writer thread. The write connection commits with
// synchronous=NORMAL: a commit writes its frames to the WAL but does not wait for the disk. This
// then makes them durable with fdatasync on the WAL file, run on libuv's thread pool, so the
// writer goes on with the next group while the disk works. A commit's answers wait for a sync
// that *began after* the commit returned (every frame it wrote is then on the disk): nothing is
// acknowledged before it is durable, exactly as with synchronous=FULL, one fsync per group.
// Syncs never overlap: the commits made while one runs share the next.
import { closeSync, fdatasync, fdatasyncSync, fstatSync, openSync, statSync } from 'node:fs'

export type AfterSync = (err: Error | null) => void

export interface WalSync {
  /** Runs `then` once everything committed so far is on the disk (or with the error that kept it off). */
  after(then: AfterSync): void
  /**
   * As after(), but when no sync is running it syncs right here, in this thread, and runs `then`
   * (and whatever waited) before returning: for a small group, one thread hop less on the way to
   * its answer (the pool's thread would have to be scheduled to start the sync, this one to take
   * its result). A large group is better off with after(): its thread builds the next meanwhile.
   */
  now(then: AfterSync): void
  /** Syncs started so far (stats). */
  readonly syncs: number
  close(): void
}

export function createWalSync(
  walFile: string,
  sync: (fd: number, cb: (err: Error | null) => void) => void = fdatasync,
  syncHere: (fd: number) => void = fdatasyncSync
): WalSync {
  let fd = -1
  let ino = -1
  let inFlight = false
  let waiting: AfterSync[] = []
  let syncs = 0

  /** The WAL's descriptor, reopened if the file was replaced (never while SQLite holds it open, but cheap to check). */
  function walFd(): number {
    const now = statSync(walFile).ino
    if (fd >= 0 && now === ino) return fd
    if (fd >= 0) closeSync(fd)
    fd = openSync(walFile, 'r+')
    ino = fstatSync(fd).ino
    return fd
  }

  function settle(batch: AfterSync[], err: Error | null): void {
    for (const then of batch) then(err)
  }

  function kick(): void {
    if (inFlight || waiting.length === 0) return
    const batch = waiting
    waiting = []
    let target: number
    try {
      target = walFd()
    } catch (err) {
      // No WAL file: SQLite removes it only when the last connection closes, so nothing is waiting in one.
      return settle(batch, (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : (err as Error))
    }
    inFlight = true
    syncs++
    sync(target, (err) => {
      inFlight = false
      settle(batch, err)
      kick()
    })
  }

  return {
    after(then) {
      waiting.push(then)
      kick()
    },
    now(then) {
      waiting.push(then)
      if (inFlight) return
      const batch = waiting
      waiting = []
      let err: Error | null = null
      try {
        syncs++
        syncHere(walFd())
      } catch (e) {
        err = (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : (e as Error)
      }
      settle(batch, err)
    },
    get syncs() {
      return syncs
    },
    close() {
      if (fd >= 0) closeSync(fd)
      fd = -1
    }
  }
}
