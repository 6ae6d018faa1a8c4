// Windows when Mesh could not reach us (the tunnel was down, or the app was not running), so
// that reconciliation can ask Mesh what happened meanwhile. At most one open window per kind.
import type { Db } from './db'

export type DowntimeKind = 'tunnel' | 'app'

export interface DowntimeWindow {
  id: number
  kind: DowntimeKind
  startedAt: number
  /** null while the window is still open. */
  endedAt: number | null
  reason: string | null
  /** When reconciliation covered this window; null until then. */
  reconciledAt: number | null
}

interface DowntimeRecord {
  id: number
  kind: string
  started_at: number
  ended_at: number | null
  reason: string | null
  reconciled_at: number | null
}

function toWindow(r: DowntimeRecord): DowntimeWindow {
  return { id: r.id, kind: r.kind as DowntimeKind, startedAt: r.started_at, endedAt: r.ended_at, reason: r.reason, reconciledAt: r.reconciled_at }
}

export type DowntimeRepo = ReturnType<typeof createDowntimeRepo>

export function createDowntimeRepo(db: Db) {
  const openOfKind = db.prepare<[string], DowntimeRecord>('SELECT * FROM downtime WHERE kind = ? AND ended_at IS NULL ORDER BY id LIMIT 1')
  const insertStmt = db.prepare('INSERT INTO downtime (kind, started_at, ended_at, reason) VALUES (?, ?, ?, ?)')
  const closeStmt = db.prepare('UPDATE downtime SET ended_at = max(started_at, ?) WHERE kind = ? AND ended_at IS NULL')
  const listStmt = db.prepare<[number], DowntimeRecord>('SELECT * FROM downtime ORDER BY started_at DESC, id DESC LIMIT ?')
  const unreconciledStmt = db.prepare<[], DowntimeRecord>('SELECT * FROM downtime WHERE reconciled_at IS NULL ORDER BY started_at, id')
  const markStmt = db.prepare('UPDATE downtime SET reconciled_at = ? WHERE id = ? AND ended_at IS NOT NULL AND reconciled_at IS NULL')
  const getStmt = db.prepare<[number], DowntimeRecord>('SELECT * FROM downtime WHERE id = ?')

  const open = db.transaction((kind: DowntimeKind, at: number, reason: string | null): number => {
    const existing = openOfKind.get(kind)
    if (existing) return existing.id
    return Number(insertStmt.run(kind, at, null, reason).lastInsertRowid)
  })
  const close = db.transaction((kind: DowntimeKind, at: number): DowntimeWindow | null => {
    const existing = openOfKind.get(kind)
    if (!existing) return null
    closeStmt.run(at, kind)
    return toWindow(getStmt.get(existing.id)!)
  })

  return {
    /** Opens a window of this kind, or returns the one already open (a second outage before recovery extends the first). */
    open: (kind: DowntimeKind, at: number, reason: string | null = null): number => open.immediate(kind, at, reason),
    /** Closes the open window of this kind (never before it started); returns it, or null when none was open. */
    close: (kind: DowntimeKind, at: number): DowntimeWindow | null => close.immediate(kind, at),
    /** Records a window already over (e.g. the app was not running between two heartbeats). */
    record(kind: DowntimeKind, startedAt: number, endedAt: number, reason: string | null = null): number {
      return Number(insertStmt.run(kind, startedAt, Math.max(startedAt, endedAt), reason).lastInsertRowid)
    },
    openWindow: (kind: DowntimeKind): DowntimeWindow | null => {
      const r = openOfKind.get(kind)
      return r ? toWindow(r) : null
    },
    get: (id: number): DowntimeWindow | null => {
      const r = getStmt.get(id)
      return r ? toWindow(r) : null
    },
    /** Newest first. */
    list: (limit = 100): DowntimeWindow[] => listStmt.all(limit).map(toWindow),
    /** Windows not yet covered by reconciliation, oldest first; open ones included. */
    unreconciled: (): DowntimeWindow[] => unreconciledStmt.all().map(toWindow),
    /** Marks a closed window reconciled; an open one cannot be (returns false). */
    markReconciled: (id: number, at: number): boolean => markStmt.run(at, id).changes === 1
  }
}
