// The reader gate: how the checkpointer gets a moment with no console query on the WAL. A WAL
// starts over only at a commit made when every frame was copied back and no reader holds a
// snapshot that uses it — and a console that pages and exports back to back always has a query
// running on the reader thread, each pinning the frames written since it began. So the WAL
// could not start over while a console read, and grew to its ceiling, where the writer had to
// checkpoint it itself with Mesh's answers waiting. Two shared Int32s:
//   HOLD    how many threads (checkpointer, writer) are holding new queries back
//   RUNNING 1 while the reader thread runs a query
// The reader marks a query running, then looks at HOLD; if held it steps back and waits (at
// most HOLD_MAX_MS: a stuck checkpointer never stops the console). A holder raises HOLD, waits
// (bounded) for the running query to end, does its work with no query on the WAL, and lowers
// HOLD. Sequentially consistent atomics on both sides: a query that started is seen running,
// or it saw the hold.
const HOLD = 0
const RUNNING = 1

/** The longest a query waits for a holder; the longest a holder waits for the query running. */
export const HOLD_MAX_MS = 500
export const QUERY_WAIT_MS = 200

export interface ReaderGate {
  /** Reader thread, before a query: waits while held (bounded). Returns the ms it waited. */
  enter(): number
  /** Reader thread, after the query. */
  leave(): void
  /**
   * Checkpointer or writer: holds new queries back, waits up to waitMs for the running one to
   * end, runs fn, and lets queries go on. `idle`: no query was running when fn ran.
   */
  withReaderHeld<T>(waitMs: number, fn: (idle: boolean) => T): T
}

export function createReaderGate(buffer: SharedArrayBuffer, offset = 0): ReaderGate {
  const cells = new Int32Array(buffer, offset, 2)
  return {
    enter() {
      const t0 = performance.now()
      for (;;) {
        Atomics.store(cells, RUNNING, 1)
        if (Atomics.load(cells, HOLD) === 0) return performance.now() - t0
        // Held: step back (wake the holder waiting for us), wait for the hold to end.
        Atomics.store(cells, RUNNING, 0)
        Atomics.notify(cells, RUNNING)
        const left = HOLD_MAX_MS - (performance.now() - t0)
        const held = Atomics.load(cells, HOLD)
        if (left <= 0) {
          Atomics.store(cells, RUNNING, 1)
          return performance.now() - t0
        }
        if (held !== 0) Atomics.wait(cells, HOLD, held, left)
      }
    },
    leave() {
      Atomics.store(cells, RUNNING, 0)
      Atomics.notify(cells, RUNNING)
    },
    withReaderHeld(waitMs, fn) {
      Atomics.add(cells, HOLD, 1)
      try {
        const until = performance.now() + waitMs
        while (Atomics.load(cells, RUNNING) === 1) {
          const left = until - performance.now()
          if (left <= 0) break
          Atomics.wait(cells, RUNNING, 1, left)
        }
        return fn(Atomics.load(cells, RUNNING) === 0)
      } finally {
        Atomics.sub(cells, HOLD, 1)
        Atomics.notify(cells, HOLD)
      }
    }
  }
}
