// The restart gate: how the checkpointer gets a moment with no writer, for the RESTART
// checkpoint that makes the WAL start over at its beginning. Under a steady stream the writer
// is nearly always inside a group, and SQLite's busy handler (sleeps of 1, 2, 5… ms) keeps
// missing the microseconds between two groups, so the WAL grew to its ceiling and the writer
// had to checkpoint it itself (a quarter of its time, flat out). Instead, one shared Int32:
//   OPEN (0) → the checkpointer asks (ASKED, 1) → the writer, between two groups (its commits
//   are done, its answers already waiting for their sync), PAUSED (2), and waits → the
//   checkpointer runs RESTART (only the few frames PASSIVE left to copy) → OPEN, and wakes it.
// Either side gives up after a bound (the writer is never held longer than PAUSE_MAX_MS).
export const OPEN = 0
export const ASKED = 1
export const PAUSED = 2

/** The longest the checkpointer waits for the writer to pause, and the longest the writer stays paused. */
export const ASK_WAIT_MS = 20
export const PAUSE_MAX_MS = 50

export interface RestartGate {
  /** Writer, between two groups: pauses if the checkpointer asked. Returns the ms it was held (0 if not asked). */
  yieldIfAsked(): number
  /**
   * Checkpointer: asks the writer to pause and runs `checkpoint` once it has (or, if it does
   * not within ASK_WAIT_MS — an idle writer never looks — runs it anyway; SQLite's own lock
   * still decides). Returns whether the writer was paused for it.
   */
  withWriterPaused(checkpoint: () => void): boolean
}

export function createRestartGate(buffer: SharedArrayBuffer): RestartGate {
  const cell = new Int32Array(buffer, 0, 1)
  return {
    yieldIfAsked() {
      if (Atomics.compareExchange(cell, 0, ASKED, PAUSED) !== ASKED) return 0
      const t0 = performance.now()
      Atomics.notify(cell, 0)
      Atomics.wait(cell, 0, PAUSED, PAUSE_MAX_MS)
      // Timed out: open the gate ourselves (the checkpointer finds it open and does not wait).
      Atomics.compareExchange(cell, 0, PAUSED, OPEN)
      return performance.now() - t0
    },
    withWriterPaused(checkpoint) {
      Atomics.store(cell, 0, ASKED)
      Atomics.wait(cell, 0, ASKED, ASK_WAIT_MS)
      // Still ASKED: the writer did not look; withdraw (unless it paused just now).
      const paused = Atomics.compareExchange(cell, 0, ASKED, OPEN) === PAUSED
      try {
        checkpoint()
      } finally {
        if (paused) {
          Atomics.compareExchange(cell, 0, PAUSED, OPEN)
          Atomics.notify(cell, 0)
        }
      }
      return paused
    }
  }
}
