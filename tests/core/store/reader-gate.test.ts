// The reader gate between the SQLite reader thread and the checkpointer (reader-gate.ts), with a
// real second thread as the reader: a holder gets a moment with no query running (it waits for
// the one running, and none starts meanwhile), and neither side waits past its bound.
import { afterEach, describe, expect, it } from 'vitest'
import { createReaderGate, HOLD_MAX_MS } from '../../../src/main/core/store/sqlite/reader-gate'
import { spinUntil, startBusyThread, type BusyThread } from '../../helpers/threads'

// cells of `state`: 0 stop, 1 queries started, 2 a query running (the reader's own mark), 3 query length ms
const READER = `
        import { workerData } from 'node:worker_threads'
        import { createReaderGate } from './reader-gate'
        const g = createReaderGate(workerData.gate)
        const s = new Int32Array(workerData.state)
        while (Atomics.load(s, 0) === 0) {
          g.enter()
          Atomics.store(s, 2, 1)
          Atomics.add(s, 1, 1)
          const end = performance.now() + Atomics.load(s, 3)
          while (performance.now() < end) {}
          Atomics.store(s, 2, 0)
          g.leave()
        }`

describe('reader gate', () => {
  let reader: BusyThread | undefined
  let state: Int32Array | undefined
  /** Starts the reader thread with queries of `queryMs` back to back, and waits until it runs them. */
  const runningReader = (queryMs: number): SharedArrayBuffer => {
    const gateBuf = new SharedArrayBuffer(8)
    reader = startBusyThread(READER, gateBuf, { cells: 4, busyAfter: 3, init: (s) => Atomics.store(s, 3, queryMs) })
    state = reader.state
    return gateBuf
  }
  afterEach(async () => {
    await reader?.stop()
    reader = undefined
    state = undefined
  })

  it('waits for the query running, starts none while held, and lets them go on after', () => {
    const gate = createReaderGate(runningReader(10))
    let during: { idle: boolean; running: number; before: number; after: number } | null = null
    gate.withReaderHeld(1_000, (idle) => {
      const before = Atomics.load(state!, 1)
      const running = Atomics.load(state!, 2)
      spinUntil(() => false, 40) // the checkpoint's copy: four queries' worth
      during = { idle, running, before, after: Atomics.load(state!, 1) }
    })
    expect(during).toEqual({ idle: true, running: 0, before: expect.any(Number), after: during!.before })
    const after = Atomics.load(state!, 1)
    expect(spinUntil(() => Atomics.load(state!, 1) > after, 10_000)).toBe(true)
  })

  it('does not wait past its bound for a long query, and says the reader was not idle', () => {
    const gate = createReaderGate(runningReader(400))
    // Right after a query started: it has ~400 ms to go.
    const n = Atomics.load(state!, 1)
    spinUntil(() => Atomics.load(state!, 1) > n, 10_000)
    const t0 = performance.now()
    let seen: boolean | null = null
    gate.withReaderHeld(30, (idle) => (seen = idle))
    expect(seen).toBe(false)
    expect(performance.now() - t0).toBeLessThan(300)
  })

  it(`never holds the console back past ${HOLD_MAX_MS} ms, even if the holder takes long`, () => {
    const gate = createReaderGate(runningReader(1))
    let resumedDuring = false
    gate.withReaderHeld(1_000, () => {
      const a = Atomics.load(state!, 1)
      resumedDuring = spinUntil(() => Atomics.load(state!, 1) > a, 10_000)
    })
    expect(resumedDuring).toBe(true)
  })

  it('costs an idle reader nothing: a holder runs at once, and a query with no holder does not wait', () => {
    const gate = createReaderGate(new SharedArrayBuffer(8))
    const t0 = performance.now()
    expect(gate.withReaderHeld(1_000, (idle) => idle)).toBe(true)
    expect(performance.now() - t0).toBeLessThan(100)
    expect(gate.enter()).toBeLessThan(5)
    gate.leave()
  })
})
