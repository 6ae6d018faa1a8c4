// Messages between the main thread and the SQLite store's threads (structured clone).
import type { IngestResult, PreparedDelivery } from '../../webhooks/record'
import type { PagePool } from './page-pool'

export interface WorkerConfig {
  role: 'writer' | 'reader' | 'checkpointer'
  file: string
  synchronous?: 'FULL' | 'NORMAL'
  nativeBinding?: string
  limits?: Record<string, number>
  /**
   * Writer and checkpointer only: one Int32 they share (./restart-gate.ts), through which the
   * checkpointer asks the writer to pause between two groups for a RESTART checkpoint.
   */
  gate?: SharedArrayBuffer
  /**
   * Reader, checkpointer and writer: two Int32s (./reader-gate.ts), through which the
   * checkpointer (and the writer at the WAL's ceiling) holds console queries back for a moment.
   */
  readerGate?: SharedArrayBuffer
  /** Reader only: where it writes the console's pages for the main thread (./page-pool.ts). */
  pagePool?: PagePool
}

export interface SerializedError {
  message: string
  code?: string
  name?: string
  stack?: string
}

export type ToWorker =
  | { t: 'call'; id: number; repo: string; method: string; args: unknown[] }
  /** Reader only: one of the console's views (../views.ts), answered as JSON bytes. */
  | { t: 'view'; id: number; name: string; arg: unknown }
  /** sentAt: when the main thread handed it over (ack-trace.ts; only while tracing). */
  | { t: 'ingest'; id: number; batch: PreparedDelivery[]; sentAt?: number }
  | { t: 'answers'; rows: { id: number; ms: number }[] }
  | { t: 'stats'; id: number }
  | { t: 'probe'; id: number }
  | { t: 'close'; id: number }

export type FromWorker =
  | { t: 'ready' }
  | { t: 'fatal'; error: SerializedError }
  | { t: 'result'; id: number; ok: true; value: unknown }
  /** A view's answer: its JSON, in a buffer transferred with the message (not copied). */
  | { t: 'result'; id: number; ok: true; json: Uint8Array }
  /** A view's answer written into a slot of the page pool (./page-pool.ts): its first `length` bytes. */
  | { t: 'result'; id: number; ok: true; slot: number; length: number }
  | { t: 'result'; id: number; ok: false; error: SerializedError }
  /** durableAt: when its group's sync ended (ack-trace.ts; only while tracing). */
  | { t: 'ingested'; id: number; results: (IngestResult | { error: SerializedError })[]; durableAt?: number }

export function serializeError(err: unknown): SerializedError {
  const e = err as Error & { code?: unknown }
  return { message: e?.message ?? String(err), name: e?.name, stack: e?.stack, ...(typeof e?.code === 'string' ? { code: e.code } : {}) }
}

export function deserializeError(s: SerializedError): Error & { code?: string } {
  const e = new Error(s.message) as Error & { code?: string }
  if (s.name) e.name = s.name
  if (s.code) e.code = s.code
  if (s.stack) e.stack = s.stack
  return e
}
