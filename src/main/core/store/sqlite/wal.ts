// The WAL policy: checkpoints run on their own thread, never on the thread that answers
// webhooks nor inside a group commit, and the WAL is bounded.
import { statSync } from 'node:fs'

export const WAL_POLICY = {
  /** How often the checkpointer looks at the WAL. */
  tickMs: 50,
  /** At this size the checkpointer copies the WAL back (PASSIVE: never blocks the writer). */
  passiveAtBytes: 4 * 1024 * 1024,
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
