import type { Db } from './db'

export interface AuditEntry {
  id: number
  at: number
  actor: string
  action: string
  detail: unknown
}

export type AuditRepo = ReturnType<typeof createAuditRepo>

/** Append-only audit log: who changed what (never the secret values themselves). */
export function createAuditRepo(db: Db, now: () => number) {
  const insertStmt = db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)')
  const listStmt = db.prepare<[number, number], { id: number; at: number; actor: string; action: string; detail: string | null }>(
    'SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?'
  )
  return {
    append(actor: string, action: string, detail?: unknown): number {
      return Number(insertStmt.run(now(), actor, action, detail === undefined ? null : JSON.stringify(detail)).lastInsertRowid)
    },
    list(limit = 100, beforeId = Number.MAX_SAFE_INTEGER): AuditEntry[] {
      return listStmt.all(beforeId, limit).map((r) => ({ ...r, detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown) }))
    }
  }
}
