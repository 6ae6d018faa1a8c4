// The SQLite ledger as synchronous repositories over one better-sqlite3 connection. It runs
// only inside the store's worker threads (worker.ts): the writer thread owns the one write
// connection, a reader thread has its own read-only connection. The rest of the app reaches
// it through the Promise-returning Store (../types.ts), never directly.
import type { IntegrationAccessToken } from '../../../../shared/contract'
import { createAuditRepo } from '../audit'
import { createCustomersRepo } from '../customers'
import { openDatabase, type Db, type OpenOptions } from '../db'
import { createDeliveriesRepo } from '../deliveries'
import { createDowntimeRepo } from '../downtime'
import { createEventsRepo } from '../events'
import { createReconcileRepo } from '../reconcile-runs'
import { createSessionsRepo } from '../sessions'
import { createSettingsRepo } from '../settings'
import { createShiftsRepo } from '../shifts'
import { createTransferKeys, createTransfersRepo } from '../transfers'
import { createEventRecorder, type PolledItem, type PolledOutcome } from '../../webhooks/apply'
import type { MeshStatusEvent } from '../../webhooks/payload'

export type SyncLedger = ReturnType<typeof openLedger>


export interface LedgerOpenOptions extends OpenOptions {
  readonly?: boolean
}

export type Repos = ReturnType<typeof createRepos>

function createRepos(db: Db, now: () => number) {
  return {
    transfers: createTransfersRepo(db),
    /** Not in the Store: the writer's integer transfer keys (schema v9). */
    transferKeys: createTransferKeys(db),
    events: createEventsRepo(db),
    deliveries: createDeliveriesRepo(db),
    sessions: createSessionsRepo(db),
    customers: createCustomersRepo(db),
    settings: createSettingsRepo(db, now),
    audit: createAuditRepo(db, now),
    downtime: createDowntimeRepo(db),
    reconcileRuns: createReconcileRepo(db),
    shifts: createShiftsRepo(db)
  }
}

/** Multi-statement changes that must be one transaction: domain operations, not SQL. */
function createOps(db: Db, repos: Repos) {
  const recordNewEvent = createEventRecorder(repos)
  function recordPolled(e: MeshStatusEvent, at: number, payload: string): PolledOutcome {
    const cur = repos.transfers.getRecord(e.transferId)
    if (cur && cur.status === e.status) return null
    if (repos.events.find(e.eventId)) return null
    const { applied, conflict } = recordNewEvent(e, { provenance: 'poll', at, isTest: false, payload })
    return { applied, conflict, created: !cur }
  }
  const tx = <A extends unknown[], R>(fn: (...a: A) => R) => {
    const t = db.transaction(fn)
    return (...a: A): R => t.immediate(...a)
  }
  return {
    /** Settings changed together with the audit entry that says so. */
    setSettings: tx((entries: readonly [key: string, value: unknown][], audit: { actor: string; action: string; detail?: unknown } | null): void => {
      for (const [k, v] of entries) {
        if (v === null) repos.settings.delete(k)
        else repos.settings.set(k, v)
      }
      if (audit) repos.audit.append(audit.actor, audit.action, audit.detail)
    }),
    /** One SDK callback of a sale: its saved connections, the callback row, the transfer it names. */
    recordSdkEvent: tx(
      (a: { sessionId: string; at: number; type: string; payload: unknown; customerKey: string | null; connections: readonly IntegrationAccessToken[]; transferId: string | null }): void => {
        if (a.customerKey) for (const c of a.connections) repos.customers.saveConnection(a.customerKey, c, a.at)
        repos.sessions.addSdkEvent(a.sessionId, a.at, a.type, a.payload)
        if (a.transferId) repos.sessions.linkTransfer(a.sessionId, a.transferId, a.at)
      }
    ),
    /** A status Mesh's transfer list reports: recorded as a new 'poll' event unless we already have it. */
    recordPolledEvent: tx(recordPolled),
    /** A page of Mesh's transfer list: each item as recordPolledEvent, all in one transaction (one fsync). */
    recordPolledEvents: tx((items: readonly PolledItem[], at: number): PolledOutcome[] => items.map((i) => recordPolled(i.event, at, i.payload))),
    /** Forgets a return customer's saved connections, audited. */
    forgetCustomer: tx((customerKey: string): number => {
      const removed = repos.customers.forgetConnections(customerKey)
      repos.audit.append('counter', 'customer.connections.forgotten', { removed })
      return removed
    })
  }
}

export function openLedger(opts: LedgerOpenOptions & { now?: () => number }) {
  const now = opts.now ?? Date.now
  const db: Db = openDatabase(opts)
  const repos = createRepos(db, now)
  return {
    db,
    ...repos,
    ops: createOps(db, repos),
    /** Runs fn in one transaction (immediate: the write lock is taken up front). */
    tx<T>(fn: () => T): T {
      return db.transaction(fn).immediate()
    },
    integrityCheck(): string {
      return db.pragma('integrity_check', { simple: true }) as string
    },
    quickCheck(): string {
      return db.pragma('quick_check', { simple: true }) as string
    },
    close(): void {
      if (db.open) db.close()
    }
  }
}
