import type { Db } from './db'

export type SettingsRepo = ReturnType<typeof createSettingsRepo>

/** Plain (non-secret) settings as JSON values. Secrets live in the secret store, never here. */
export function createSettingsRepo(db: Db, now: () => number) {
  const getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
  const allStmt = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key')
  const setStmt = db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at'
  )
  const delStmt = db.prepare('DELETE FROM settings WHERE key = ?')
  return {
    get<T>(key: string): T | undefined {
      const r = getStmt.get(key)
      return r ? (JSON.parse(r.value) as T) : undefined
    },
    set(key: string, value: unknown): void {
      setStmt.run(key, JSON.stringify(value), now())
    },
    delete(key: string): void {
      delStmt.run(key)
    },
    all(): Record<string, unknown> {
      return Object.fromEntries(allStmt.all().map((r) => [r.key, JSON.parse(r.value) as unknown]))
    }
  }
}
