// The data directory at start-up: made private (0700), checked writable, and locked so that one
// Countertop at a time uses it (two would run two emulators, two reconcilers and fight over the
// ledger's write lock). The lock is a file made with O_EXCL holding the owner's PID; a lock whose
// process is gone (a crash, a SIGKILL) is stale and taken over.
import { chmodSync, closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'

export const LOCK_FILE = 'countertop.lock'
/** The holder touches its lock this often; a lock from another machine untouched for LOCK_STALE_MS is stale. */
export const LOCK_REFRESH_MS = 15_000
export const LOCK_STALE_MS = 60_000

/** Locks this process holds (by path): a second host in the same process is refused, not mistaken for a stale lock. */
const heldHere = new Set<string>()

/** A start-up failure a person must fix: says which path, what went wrong and what to do. */
export class StartupError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path?: string,
    cause?: unknown
  ) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'StartupError'
  }
}

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  ENOENT: 'it does not exist',
  EEXIST: 'it already exists'
}

/** "permission denied (EACCES)" — the cause of a file-system error in words, with its code. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  if (e?.code && WHY[e.code]) return `${WHY[e.code]} (${e.code})`
  return e?.message ?? String(err)
}

/** Creates the data dir (0700), tightens an existing one to 0700 when it is ours, and proves it writable. */
export function prepareDataDir(dir: string): { tightened: boolean } {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
  } catch (err) {
    throw new StartupError('DATA_DIR_UNUSABLE', `Cannot create the data directory ${dir}: ${describeFsError(err)}. Choose another with --data, or fix its parent's permissions.`, dir, err)
  }
  let st
  try {
    st = statSync(dir)
  } catch (err) {
    throw new StartupError('DATA_DIR_UNUSABLE', `Cannot read the data directory ${dir}: ${describeFsError(err)}.`, dir, err)
  }
  if (!st.isDirectory()) throw new StartupError('DATA_DIR_UNUSABLE', `The data directory ${dir} is not a directory. Choose another with --data.`, dir)
  let tightened = false
  // It holds the PIN hash, the ledger and (headless) the secrets: nobody else may list or read it.
  const mine = typeof process.getuid !== 'function' || st.uid === process.getuid()
  if (mine && (st.mode & 0o077) !== 0 && process.platform !== 'win32') {
    try {
      chmodSync(dir, 0o700)
      tightened = true
    } catch (err) {
      throw new StartupError('DATA_DIR_UNUSABLE', `Cannot make the data directory ${dir} private (mode 0700): ${describeFsError(err)}.`, dir, err)
    }
  }
  return { tightened }
}

export interface DataDirLock {
  readonly file: string
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): Promise<void>
}

interface LockInfo {
  pid: number
  hostname: string
  startedAt: number
}

function readLock(file: string): LockInfo | null {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>
    return typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0 ? { pid: v.pid, hostname: String(v.hostname ?? ''), startedAt: Number(v.startedAt ?? 0) } : null
  } catch {
    return null
  }
}

/** Whether a process with this PID exists (EPERM: it does, it is someone else's). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** When a process started (ms since epoch), where the system says (Linux /proc); null when unknown. */
function processStartedAt(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[19])
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1])
    // USER_HZ is 100 on every Linux that Node supports.
    return Number.isFinite(ticks) && Number.isFinite(btime) ? btime * 1000 + (ticks / 100) * 1000 : null
  } catch {
    return null
  }
}

/**
 * Whether the lock's holder still runs. On this machine: its PID is alive and is the process
 * that wrote the lock (a PID reused since — after a crash and a container restart the new
 * process may even get our own PID — does not count). On another machine (a shared data dir):
 * its holder keeps touching the file, so one untouched for LOCK_STALE_MS is gone.
 */
function holderAlive(file: string, holder: LockInfo, me: LockInfo): boolean {
  if (holder.hostname !== me.hostname) {
    try {
      return Date.now() - statSync(file).mtimeMs < LOCK_STALE_MS
    } catch {
      return false
    }
  }
  if (holder.pid === me.pid) return false // not held by this process (checked before): a previous life's lock
  if (!processAlive(holder.pid)) return false
  // A process that started well after the lock was written did not write it. A minute of slack:
  // a wall-clock step must never make a live holder look stale.
  const started = processStartedAt(holder.pid)
  return started === null || started <= holder.startedAt + 60_000
}

/**
 * Creates the lock file with its content in one step: written to a file of our own (O_EXCL), then
 * hard-linked to the lock's name — link() fails with EEXIST when the lock exists, and another
 * instance never sees a half-written lock.
 */
function writeNew(file: string, info: LockInfo): void {
  const tmp = `${file}.${process.pid}.tmp`
  unlinkQuiet(tmp)
  const fd = openSync(tmp, 'wx', 0o600)
  try {
    writeSync(fd, `${JSON.stringify(info)}\n`)
  } finally {
    closeSync(fd)
  }
  try {
    linkSync(tmp, file)
  } finally {
    unlinkQuiet(tmp)
  }
}

/**
 * Takes the data dir's lock, or throws a StartupError naming the PID that holds it. A lock whose
 * PID is gone (on this machine) is stale: it is moved aside atomically and taken over; if another
 * starting instance took it over first, that one wins and this one refuses.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  const file = join(dir, LOCK_FILE)
  const me: LockInfo = { pid: process.pid, hostname: hostname(), startedAt: Date.now() }
  if (heldHere.has(resolve(file))) {
    throw new StartupError('DATA_DIR_LOCKED', `This process (PID ${process.pid}) already uses the data directory ${dir}; close the first one before starting another on it.`, file)
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeNew(file, me)
      return ownLock(file)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StartupError('DATA_DIR_UNUSABLE', `Cannot create the lock file ${file}: ${describeFsError(err)}. The data directory ${dir} must be writable by this user; fix its permissions or choose another with --data.`, file, err)
      }
    }
    const holder = readLock(file)
    if (holder && holderAlive(file, holder, me)) {
      const where = holder.hostname !== me.hostname ? ` on ${holder.hostname}` : ''
      throw new StartupError(
        'DATA_DIR_LOCKED',
        `Another Countertop (PID ${holder.pid}${where}) is using the data directory ${dir}. Stop it first, or start this one with another --data. If PID ${holder.pid} is not Countertop, delete ${file}.`,
        file
      )
    }
    // Stale (its process is gone) or unreadable (not ours to read; a lock is never half-written):
    // move it aside under a name of our own, then make sure what we moved is what we judged stale.
    const aside = `${file}.stale-${process.pid}`
    try {
      renameSync(file, aside)
    } catch {
      continue // someone else moved it first: try again
    }
    const moved = readLock(aside)
    if (moved && moved.pid !== holder?.pid && holderAlive(aside, moved, me)) {
      // We took a fresh lock another instance had just written: put it back and refuse.
      try {
        linkSync(aside, file)
      } catch {
        /* a third instance got there: it owns the dir now */
      }
      unlinkQuiet(aside)
      throw new StartupError('DATA_DIR_LOCKED', `Another Countertop (PID ${moved.pid}) is starting on the data directory ${dir}. Stop it first, or start this one with another --data.`, file)
    }
    unlinkQuiet(aside)
  }
  throw new StartupError('DATA_DIR_LOCKED', `Could not take the lock ${file}: other instances keep starting on ${dir}.`, file)
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    /* already gone */
  }
}

function ownLock(file: string): DataDirLock {
  let released = false
  const key = resolve(file)
  heldHere.add(key)
  // Touched now and then, so an instance on another machine sharing this dir can tell we are alive.
  const refresh = setInterval(() => {
    try {
      const now = new Date()
      utimesSync(file, now, now)
    } catch {
      /* a dir that stopped taking writes: /healthz reports it */
    }
  }, LOCK_REFRESH_MS)
  refresh.unref()
  return {
    file,
    async release() {
      if (released) return
      released = true
      clearInterval(refresh)
      heldHere.delete(key)
      // Only our own lock: never one a later instance took over after ours went stale.
      if (readLock(file)?.pid === process.pid) unlinkQuiet(file)
    }
  }
}

/** Prepares the data dir and takes its lock: what both hosts do first. */
export function claimDataDir(dir: string): { lock: DataDirLock; tightened: boolean } {
  const { tightened } = prepareDataDir(dir)
  return { lock: acquireDataDirLock(dir), tightened }
}
