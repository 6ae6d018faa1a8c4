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
