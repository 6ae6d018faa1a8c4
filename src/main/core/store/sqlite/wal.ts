// The WAL policy: checkpoints run on their own thread, never on the thread that answers
// webhooks nor inside a group commit, and the WAL is bounded.
import { statSync } from 'node:fs'

export const WAL_POLICY = {
  /** How often the checkpointer looks at the WAL. */
  tickMs: 50,
  /** At this size the checkpointer copies the WAL back (PASSIVE: never blocks the writer). */
  passiveAtBytes: 4 * 1024 * 1024,
  /**
   * From this size, once PASSIVE has copied all but restartMaxFramesLeft frames, a RESTART
   * checkpoint makes the writer start the WAL over (a steady stream never lets it restart).
   */
  restartAtBytes: 8 * 1024 * 1024,
  restartMaxFramesLeft: 512,
  /** After this long without a commit, a TRUNCATE checkpoint shrinks the file to zero. */
  quietMs: 1_000,
  /**
   * The ceiling. Past it the writer itself runs a RESTART checkpoint before its next group:
   * back-pressure (those answers wait) instead of a WAL that grows without bound.
   */
  hardLimitBytes: 64 * 1024 * 1024,
  /** Answer times waiting for a group commit are written on their own after this long. */
  answerFlushMs: 250
} as const

/**
 * The policy in force: WAL_POLICY, with the checkpoint threshold and quiet gap overridable for
 * the torture suite (COUNTERTOP_WAL_PASSIVE_BYTES, COUNTERTOP_WAL_QUIET_MS, COUNTERTOP_WAL_TICK_MS), which makes
 * checkpoints run nearly all the time so that SIGKILLs land inside them.
 */
export function walPolicy(env: NodeJS.ProcessEnv = process.env): typeof WAL_POLICY {
  const num = (v: string | undefined, d: number) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : d)
  return {
    ...WAL_POLICY,
    passiveAtBytes: num(env.COUNTERTOP_WAL_PASSIVE_BYTES, WAL_POLICY.passiveAtBytes),
    quietMs: num(env.COUNTERTOP_WAL_QUIET_MS, WAL_POLICY.quietMs),
    tickMs: Math.max(1, num(env.COUNTERTOP_WAL_TICK_MS, WAL_POLICY.tickMs))
  } as typeof WAL_POLICY
}

export interface WalCounters {
  groups: number
  deliveries: number
  forcedCheckpoints: number
  lastGroupSize: number
  maxGroupSize: number
}

export function walBytes(dbFile: string): number {
  try {
    return statSync(`${dbFile}-wal`).size
  } catch {
    return 0
  }
}
