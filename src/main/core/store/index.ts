import { openDatabase, type Db, type OpenOptions } from './db'
import { createAuditRepo } from './audit'
import { createCustomersRepo } from './customers'
import { createDeliveriesRepo } from './deliveries'
import { createEventsRepo } from './events'
import { createSessionsRepo } from './sessions'
import { createSettingsRepo } from './settings'
import { createTransfersRepo } from './transfers'

export type Store = ReturnType<typeof createStore>

/** The ledger: one SQLite file, one repository per table group. */
export function createStore(opts: OpenOptions & { now?: () => number }) {
  const now = opts.now ?? Date.now
  const db: Db = openDatabase(opts)
  return {
    db,
    transfers: createTransfersRepo(db),
    events: createEventsRepo(db),
    deliveries: createDeliveriesRepo(db),
    sessions: createSessionsRepo(db),
    customers: createCustomersRepo(db),
    settings: createSettingsRepo(db, now),
    audit: createAuditRepo(db, now),
    /** Runs fn in one transaction (immediate: the write lock is taken up front). */
    tx<T>(fn: () => T): T {
      return db.transaction(fn).immediate()
    },
    integrityCheck(): string {
      return db.pragma('integrity_check', { simple: true }) as string
    },
    close(): void {
      if (db.open) db.close()
    }
  }
}
