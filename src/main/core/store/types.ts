// The store interface the rest of the app uses: domain-shaped, Promise-returning, engine-free.
// The SQLite engine (./sqlite) runs it on worker threads; a PostgreSQL engine can implement the
// same shape. Callers never see a connection, a statement or a transaction.
import type { IngestResult, PreparedDelivery } from '../webhooks/record'
import type { SyncLedger } from './sqlite/ledger'
import type { StoreViews } from './views'

type Async<F> = F extends (...a: infer A) => infer R ? (...a: A) => Promise<Awaited<R>> : never
type AsyncRepo<T> = { [K in keyof T]: Async<T[K]> }

export const REPOS = ['transfers', 'events', 'deliveries', 'sessions', 'customers', 'settings', 'audit', 'downtime', 'reconcileRuns', 'shifts', 'ops'] as const
export type RepoName = (typeof REPOS)[number]

/** Generic methods keep their type parameter (a mapped type would erase it). */
export interface AsyncSettingsRepo {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown): Promise<void>
  delete(key: string): Promise<void>
  all(): Promise<Record<string, unknown>>
}

export interface StoreStats {
  walBytes: number
  maxWalBytes: number
  /** Group commits so far, deliveries in them, and the largest group. */
  groups: number
  deliveries: number
  maxGroupSize: number
  /** Checkpoints the writer had to run itself because the WAL passed its ceiling. */
  forcedCheckpoints: number
  passiveCheckpoints: number
  /** Times the checkpointer made the WAL start over under a steady stream (restart-gate.ts, reader-gate.ts). */
  restartCheckpoints: number
  truncateCheckpoints: number
  checkpointBusy: number
  /** Console pages in SQLite's shared page pool not yet given back by whoever sent them (sqlite/page-pool.ts); PostgreSQL lends none. */
  pageSlotsTaken: number
}

/** Per delivery: what to answer, or why it could not be stored (answer that one 503). */
export type RecordOutcome = IngestResult | Error

export type Store = { [R in Exclude<RepoName, 'settings'>]: AsyncRepo<SyncLedger[R]> } & {
  readonly engine: 'sqlite' | 'postgres'
  settings: AsyncSettingsRepo
  /**
   * The console's pages and histories (./views.ts). SQLite builds them on its reader thread and
   * answers with their JSON; PostgreSQL with the values.
   */
  views: StoreViews
  /**
   * Records deliveries whose signature the caller has checked. Resolves when the group commit
   * that holds them is durable — the caller answers Mesh only then.
   */
  recordDeliveries(batch: PreparedDelivery[]): Promise<RecordOutcome[]>
  /** Our time to answer, known after the reply: written in a later group commit, never on its own fsync. */
  recordAnswerTimes(rows: { id: number; ms: number }[]): void
  integrityCheck(): Promise<string>
  quickCheck(): Promise<string>
  /**
   * Resolves when the store can take writes right now, rejects with why not (a dead writer, a
   * read-only or full disk, a failed last commit). Cheap while healthy (no commit, no fsync), off
   * the ack path; /healthz asks at most once a second. Optional: an engine without it counts as healthy.
   */
  probeWrite?(): Promise<void>
  /**
   * Runs a job that must run in one process at a time (reconciliation sweeps, sale expiry).
   * PostgreSQL: under an advisory lock named after the job — another process holding it means
   * the job is skipped here (resolves undefined). SQLite: one process owns the data dir anyway.
   */
  runExclusive<T>(job: string, fn: () => Promise<T>): Promise<T | undefined>
  /** WAL size, group-commit and checkpoint counters (health screen, benchmark). */
  stats(): Promise<StoreStats>
  /** True until close() was called. */
  readonly open: boolean
  close(): Promise<void>
}
