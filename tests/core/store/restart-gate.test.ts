// The restart gate between the SQLite writer and the checkpointer (restart-gate.ts), with a real
// second thread as the writer: it pauses between two "groups" when asked, only then, and never
// for longer than its bound.
import { afterEach, describe, expect, it } from 'vitest'
import { createRestartGate } from '../../../src/main/core/store/sqlite/restart-gate'
import { spinUntil, startBusyThread, type BusyThread } from '../../helpers/threads'

/** A writer thread: counts "groups" in cell 1 of `state`, calling yieldIfAsked between two. */
const WRITER = `
        import { workerData } from 'node:worker_threads'
        import { createRestartGate } from './restart-gate'
        const g = createRestartGate(workerData.gate)
        const n = new Int32Array(workerData.state)
        for (;;) {
          if (Atomics.load(n, 0) === 1) break
          g.yieldIfAsked()
          Atomics.add(n, 1, 1)
        }`

describe('restart gate', () => {
  let writer: BusyThread | undefined
  let counter: Int32Array | undefined
  /** Starts the writer thread and waits until it is busy; returns the gate it shares. */
  const runningWriter = (): SharedArrayBuffer => {
    const gateBuf = new SharedArrayBuffer(4)
    writer = startBusyThread(WRITER, gateBuf, { cells: 2, busyAfter: 1000 })
    counter = writer.state
    return gateBuf
  }
  afterEach(async () => {
    await writer?.stop()
    writer = undefined
  })

  it('holds the writer between two groups while the checkpoint runs, and lets it go after', () => {
    const gateBuf = runningWriter()
    const gate = createRestartGate(gateBuf)
    let during: [number, number] | null = null
    const paused = gate.withWriterPaused(() => {
      const a = Atomics.load(counter!, 1)
      spinUntil(() => false, 5) // the checkpoint's copy
      during = [a, Atomics.load(counter!, 1)]
    })
    expect(paused).toBe(true)
    expect(during![1]).toBe(during![0]) // no group while it ran
    const after = Atomics.load(counter!, 1)
    expect(spinUntil(() => Atomics.load(counter!, 1) > after, 10_000)).toBe(true)
  })

  it('never holds the writer past its bound, even if the checkpoint takes long', () => {
    const gateBuf = runningWriter()
    let resumedDuring = false
    createRestartGate(gateBuf).withWriterPaused(() => {
      const a = Atomics.load(counter!, 1)
      resumedDuring = spinUntil(() => Atomics.load(counter!, 1) > a, 10_000)
    })
    expect(resumedDuring).toBe(true)
  })

  it('runs the checkpoint anyway when no writer looks (an idle writer holds no lock)', () => {
    const gate = createRestartGate(new SharedArrayBuffer(4))
    let ran = false
    expect(gate.withWriterPaused(() => (ran = true))).toBe(false)
    expect(ran).toBe(true)
  })

  it('does not pause a writer nobody asked', () => {
    expect(createRestartGate(new SharedArrayBuffer(4)).yieldIfAsked()).toBe(0)
  })
})
