// The SQL of reconciliation: its run log (reconcile_runs) and what it looks for in the ledger.
import type { Db } from './db'

export interface ReconcileRunRow {
  id: number
  startedAt: number
  finishedAt: number | null
  trigger: string
  checked: number
  updated: number
  conflicts: number
  error: string | null
}

/** A reconcile_runs row as both engines read it. */
export interface RunRecord {
  id: number
  started_at: number
  finished_at: number | null
  trigger: string
  checked: number
  updated: number
  conflicts: number
  error: string | null
}

export const toRunRow = (r: RunRecord): ReconcileRunRow => ({
  id: r.id,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  trigger: r.trigger,
  checked: r.checked,
  updated: r.updated,
  conflicts: r.conflicts,
  error: r.error
})

export type ReconcileRepo = ReturnType<typeof createReconcileRepo>

export function createReconcileRepo(db: Db) {
  const startStmt = db.prepare('INSERT INTO reconcile_runs (started_at, trigger) VALUES (?, ?)')
  const finishStmt = db.prepare(
    'UPDATE reconcile_runs SET finished_at = @finished_at, checked = @checked, updated = @updated, conflicts = @conflicts, error = @error WHERE id = @id'
  )
  const listStmt = db.prepare<[number], RunRecord>('SELECT * FROM reconcile_runs ORDER BY id DESC LIMIT ?')
  const getStmt = db.prepare<[number], RunRecord>('SELECT * FROM reconcile_runs WHERE id = ?')
  const betweenStmt = db.prepare<[number, number, number], RunRecord>('SELECT * FROM reconcile_runs WHERE started_at >= ? AND started_at <= ? ORDER BY id DESC LIMIT ?')
  // Non-final transfers we first heard of in [newest, oldest] ago; test (replayed) ones never exist at Mesh.
  const pendingStmt = db.prepare<[number, number], { transfer_id: string; first_seen_at: number }>(
    'SELECT transfer_id, first_seen_at FROM transfers WHERE is_final = 0 AND is_test = 0 AND first_seen_at <= ? AND first_seen_at >= ? ORDER BY first_seen_at'
  )
  // Sales whose transfer we have not seen at all (no webhook linked one).
  const unlinkedStmt = db.prepare<[number, number], { session_id: string; transaction_id: string; created_at: number }>(
    'SELECT session_id, transaction_id, created_at FROM link_sessions WHERE transfer_id IS NULL AND created_at <= ? AND created_at >= ? ORDER BY created_at'
  )
  return {
    startRun: (trigger: string, at: number): number => Number(startStmt.run(at, trigger).lastInsertRowid),
    finishRun: (id: number, r: { finishedAt: number; checked: number; updated: number; conflicts: number; error: string | null }): void =>
      void finishStmt.run({ id, finished_at: r.finishedAt, checked: r.checked, updated: r.updated, conflicts: r.conflicts, error: r.error }),
    getRun: (id: number): ReconcileRunRow | null => {
      const r = getStmt.get(id)
      return r ? toRunRow(r) : null
    },
    /** Newest first. */
    listRuns: (limit = 20): ReconcileRunRow[] => listStmt.all(limit).map(toRunRow),
    /** Runs started in [from, to], newest first, at most `limit` (a support bundle's window). */
    runsBetween: (from: number, to: number, limit: number): ReconcileRunRow[] => betweenStmt.all(from, to, limit).map(toRunRow),
    pendingTransfers: (seenBefore: number, seenAfter: number) => pendingStmt.all(seenBefore, seenAfter),
    unlinkedSessions: (createdBefore: number, createdAfter: number) => unlinkedStmt.all(createdBefore, createdAfter)
  }
}
