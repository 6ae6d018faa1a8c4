// The WAL policy: checkpoints run on their own thread, never on the thread that answers
// webhooks nor inside a group commit, and the WAL is bounded.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs'

/** See WAL_POLICY.passiveAtBytes. */
const PASSIVE_AT_BYTES = 16 * 1024 * 1024
/** The step after the first PASSIVE (WAL_POLICY.passiveStepBytes), from the threshold in force. */
const passiveStepOf = (passiveAtBytes: number): number => Math.floor(passiveAtBytes / 2)

export const WAL_POLICY = {
  /** How often the checkpointer looks at the WAL. */
  tickMs: 50,
  /**
   * At this much live content the checkpointer copies the WAL back (PASSIVE: never blocks the
   * writer). Each commit rewrites the same few hot pages (the tables' and indexes' last pages),
   * and a checkpoint copies only a page's newest version: a larger window copies fewer pages per
   * delivery. 16 MiB rather than 4 at 500/s: 52.7 → 44.2 KiB written per delivery, and fewer
   * database fsyncs competing with the writer's.
   */
  passiveAtBytes: PASSIVE_AT_BYTES,
  /**
   * Past passiveAtBytes, the next PASSIVE waits until this much content not yet copied has
   * accumulated (half of passiveAtBytes; walPolicy() derives it from an overridden one). Each
   * checkpoint that copies anything ends with an fsync of the database file, which competes with
   * the writer's fdatasync. One every tick (50 ms) from 16 to 32 MiB: 160 checkpoints in 15 s at
   * 500/s, with half the groups that waited over 3 ms in the 14 % of the time they ran; with the
   * step 46, and the writer's durable p99 0.73–1.00 ms against 1.49–1.63 (docs/ARCHITECTURE.md).
   */
  passiveStepBytes: passiveStepOf(PASSIVE_AT_BYTES),
  /**
   * From this much live content, once PASSIVE has copied all but restartMaxFramesLeft frames,
   * the WAL is made to start over (a steady stream never lets it by itself): more PASSIVE
   * checkpoints (passiveRetries) until at most pausedFramesMax frames are left, then those with
   * the writer paused between two groups (restart-gate.ts), so its next commit starts the WAL
   * over; without the gate, a RESTART checkpoint.
   */
  restartAtBytes: 32 * 1024 * 1024,
  restartMaxFramesLeft: 512,
  passiveRetries: 3,
  pausedFramesMax: 64,
  /** After this long without a commit, a TRUNCATE checkpoint shrinks the file to zero. */
  quietMs: 1_000,
  /**
   * The ceiling, on the WAL's live content (frames in use, WalProbe). Past it the writer itself
   * runs a RESTART checkpoint before its next group: back-pressure (those answers wait) instead
   * of a WAL that grows without bound. The file can grow no larger than this plus one group.
   */
  hardLimitBytes: 64 * 1024 * 1024,
  /**
   * That forced checkpoint holds console queries back (reader-gate.ts) for at most this long
   * while the one running ends, and waits at most forcedBusyMs for SQLite's locks: a console's
   * snapshot must never hold Mesh's answers for seconds (SQLite's busy_timeout here is 5 s).
   */
  forcedReaderWaitMs: 100,
  forcedBusyMs: 50,
  /**
   * After a forced checkpoint that left the WAL past the ceiling (a console's snapshot still
   * pinned it: a query starved of CPU can run for seconds), the next is not tried for this long.
   * Each try holds one group for up to forcedReaderWaitMs + forcedBusyMs; one per group would hold
   * every answer, and each would fail the same way.
   */
  forcedRetryMs: 500,
  /** Groups of at most this many deliveries sync in the writer itself when no sync is running (wal-sync.ts now()). */
  inlineSyncMax: 4,
  /** Answer times waiting for a group commit are written on their own after this long. */
  answerFlushMs: 250
} as const

/**
 * The policy in force: WAL_POLICY, with the checkpoint thresholds and quiet gap overridable for
 * the torture suite (COUNTERTOP_WAL_PASSIVE_BYTES, COUNTERTOP_WAL_RESTART_BYTES, COUNTERTOP_WAL_QUIET_MS,
 * COUNTERTOP_WAL_TICK_MS), which makes checkpoints run nearly all the time so that SIGKILLs land
 * inside them, and for tests that need the WAL to start over after a few deliveries.
 */
export function walPolicy(env: NodeJS.ProcessEnv = process.env): typeof WAL_POLICY {
  const num = (v: string | undefined, d: number) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : d)
  const passiveAtBytes = num(env.COUNTERTOP_WAL_PASSIVE_BYTES, WAL_POLICY.passiveAtBytes)
  return {
    ...WAL_POLICY,
    passiveAtBytes,
    passiveStepBytes: passiveStepOf(passiveAtBytes),
    restartAtBytes: num(env.COUNTERTOP_WAL_RESTART_BYTES, WAL_POLICY.restartAtBytes),
    quietMs: num(env.COUNTERTOP_WAL_QUIET_MS, WAL_POLICY.quietMs),
    tickMs: Math.max(1, num(env.COUNTERTOP_WAL_TICK_MS, WAL_POLICY.tickMs))
  } as typeof WAL_POLICY
}

/**
 * Whether the checkpointer's tick runs a PASSIVE checkpoint, with the WAL as it is now: past
 * restartAtBytes whenever something was appended since the last one copied everything (the WAL
 * is to start over); past passiveAtBytes once passiveStepBytes are waiting to be copied.
 */
export function passiveDue(
  w: { liveBytes: number; uncopiedBytes: number; copiedSinceChange: boolean },
  policy: Pick<typeof WAL_POLICY, 'passiveAtBytes' | 'passiveStepBytes' | 'restartAtBytes'> = WAL_POLICY
): boolean {
  if (w.liveBytes >= policy.restartAtBytes) return !w.copiedSinceChange
  return w.liveBytes >= policy.passiveAtBytes && w.uncopiedBytes >= policy.passiveStepBytes
}

/**
 * When the writer runs the ceiling's forced checkpoint (WAL_POLICY.hardLimitBytes): whenever the
 * WAL's live content is past the ceiling, except within `retryMs` of a try that left it past.
 */
export function createCeiling(limitBytes: number, retryMs: number, now: () => number = () => performance.now()) {
  let notBefore = Number.NEGATIVE_INFINITY
  return {
    /** Whether to try one before the next group. */
    due: (liveBytes: number): boolean => liveBytes > limitBytes && now() >= notBefore,
    /** After a try, with the live content it left. */
    tried(liveBytes: number): void {
      notBefore = liveBytes > limitBytes ? now() + retryMs : Number.NEGATIVE_INFINITY
    }
  }
}

/**
 * Scheduling priority (Linux nice) of each store thread. On two cores a console page or export
 * competes for CPU with the threads that answer Mesh (main and writer, nice 0): the reader
 * yields to them, and still gets the whole CPU when it is free. (A WAL reader never blocks the
 * writer.) The checkpointer stays at 0: the writer sometimes waits for it (restart-gate.ts), and
 * a thread cannot raise its priority back for that moment without privileges.
 */
export const THREAD_NICE = { writer: 0, reader: 19, checkpointer: 0 } as const

/**
 * A thread's nice value: THREAD_NICE, the reader's overridable (COUNTERTOP_READER_NICE, 0–19)
 * for tests of the reader gate on a machine where other processes keep the CPUs busy: at 19 a
 * query there can take seconds however short it is, which is what the gate's bounds are for.
 */
export function threadNice(role: keyof typeof THREAD_NICE, env: NodeJS.ProcessEnv = process.env): number {
  const v = env.COUNTERTOP_READER_NICE
  return role === 'reader' && v !== undefined && /^(1?\d)$/.test(v) ? Number(v) : THREAD_NICE[role]
}

export interface WalCounters {
  groups: number
  deliveries: number
  forcedCheckpoints: number
  lastGroupSize: number
  maxGroupSize: number
  /** Times the writer paused between groups for the checkpointer's RESTART, and the longest pause. */
  pauses: number
  maxPauseMs: number
}

export function walBytes(dbFile: string): number {
  try {
    return statSync(`${dbFile}-wal`).size
  } catch {
    return 0
  }
}

/**
 * The WAL's live content, from the wal-index header in `-shm` (SQLite's file format: mxFrame at
 * byte 16, the page size at 14, nBackfill at 96; native byte order). The file's size is not it:
 * after a RESTART the writer reuses the file from its beginning, so the size stays at its largest
 * while the frames in use start again from zero.
 */
export interface WalProbe {
  /** Frames in the WAL now, and how many of them are already copied into the database. */
  read(): { frames: number; backfilled: number; frameBytes: number }
  /** The bytes those frames take (0 when there is no WAL yet). */
  liveBytes(): number
  close(): void
}

export function createWalProbe(dbFile: string): WalProbe {
  const shm = `${dbFile}-shm`
  const header = Buffer.alloc(100)
  let fd = -1
  let ino = -1
  const read = () => {
    try {
      const now = statSync(shm).ino
      if (fd < 0 || now !== ino) {
        if (fd >= 0) closeSync(fd)
        fd = openSync(shm, 'r')
        ino = fstatSync(fd).ino
      }
      if (readSync(fd, header, 0, 100, 0) < 100) return { frames: 0, backfilled: 0, frameBytes: 0 }
    } catch {
      return { frames: 0, backfilled: 0, frameBytes: 0 }
    }
    const le = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1
    const u16 = (o: number) => (le ? header.readUInt16LE(o) : header.readUInt16BE(o))
    const u32 = (o: number) => (le ? header.readUInt32LE(o) : header.readUInt32BE(o))
    const page = u16(14) === 1 ? 65536 : u16(14)
    return { frames: u32(16), backfilled: u32(96), frameBytes: page + 24 }
  }
  return {
    read,
    liveBytes() {
      const r = read()
      return r.frames * r.frameBytes
    },
    close() {
      if (fd >= 0) closeSync(fd)
      fd = -1
    }
  }
}
