// A real second thread for the store's gate tests: TypeScript source (importing from
// src/main/core/store/sqlite) bundled with esbuild and run as a worker, and a spin-wait for the
// test's own thread (which plays the checkpointer: it may block).
import { buildSync } from 'esbuild'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

const SQLITE_SRC = join(__dirname, '../../src/main/core/store/sqlite')

/** Runs `source` (its imports resolved from the SQLite engine's folder) in a worker with `workerData`. */
export function startSourceThread(source: string, workerData: unknown): Worker {
  const code = buildSync({
    stdin: { contents: source, resolveDir: SQLITE_SRC, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false
  }).outputFiles[0]!.text
  return new Worker(code, { eval: true, workerData })
}

/** Spins until cond() holds or ms pass; whether it holds. */
export function spinUntil(cond: () => boolean, ms: number): boolean {
  const end = performance.now() + ms
  while (!cond() && performance.now() < end) {
    /* spin */
  }
  return cond()
}

/** A thread started by startBusyThread. */
export interface BusyThread {
  /** Shared with the thread: cell 0 asks it to stop, cell 1 counts its work; the others are the test's. */
  readonly state: Int32Array
  /** Asks it to stop, and ends it. */
  stop(): Promise<void>
}

/**
 * Runs `source` (see startSourceThread) with workerData `{ gate, state }`, `state` holding `cells`
 * Int32s (`init` sets them first), and returns once its count (cell 1) has passed `busyAfter`.
 */
export function startBusyThread(source: string, gate: SharedArrayBuffer, opts: { cells: number; busyAfter: number; init?: (state: Int32Array) => void }): BusyThread {
  const state = new Int32Array(new SharedArrayBuffer(4 * opts.cells))
  opts.init?.(state)
  const worker = startSourceThread(source, { gate, state: state.buffer })
  const stop = async (): Promise<void> => {
    Atomics.store(state, 0, 1)
    await worker.terminate()
  }
  if (!spinUntil(() => Atomics.load(state, 1) > opts.busyAfter, 10_000)) {
    void stop()
    throw new Error(`the thread counted ${Atomics.load(state, 1)} in 10 s, not more than ${opts.busyAfter}`)
  }
  return { state, stop }
}
