import type { EventRow, Provenance } from '../../../shared/contract'
import type { Db } from './db'

export interface EventRecord {
  event_id: string
  transfer_id: string | null
  status: string | null
  status_raw: string | null
  event_ts: number | null
  first_received_at: number
  delivery_count: number
  provenance: string
  applied: number
  conflict: number
  payload: string | null
  /** SQLite only (schema v9): its transfer's seq; null for rows from before v9 and for a transfer the ledger lacks. */
  transfer_seq?: number | null
}

export type EventsRepo = ReturnType<typeof createEventsRepo>

/** What the Store reads of an event (not SQLite's transfer_seq). */
const COLUMNS = 'event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload'

export function toEventRow(r: EventRecord): Omit<EventRow, 'deliveries'> {
  let payload: unknown = null
  if (r.payload !== null) {
    try {
      payload = JSON.parse(r.payload)
    } catch {
      payload = r.payload
    }
  }
  return {
    eventId: r.event_id,
    transferId: r.transfer_id,
    status: r.status,
    statusRaw: r.status_raw,
    timestamp: r.event_ts,
    firstReceivedAt: r.first_received_at,
    deliveryCount: r.delivery_count,
    provenance: r.provenance as Provenance,
    applied: r.applied === 1,
    conflict: r.conflict === 1,
    payload
  }
}

export function createEventsRepo(db: Db) {
  const findStmt = db.prepare<[string], Pick<EventRecord, 'event_id' | 'transfer_id'>>(
    'SELECT event_id, transfer_id FROM webhook_events WHERE event_id = ?'
  )
  const insertStmt = db.prepare(
    `INSERT INTO webhook_events (event_id, transfer_id, transfer_seq, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
     VALUES (@event_id, @transfer_id, @transfer_seq, @status, @status_raw, @event_ts, @first_received_at, @delivery_count, @provenance, @applied, @conflict, @payload)`
  )
  const bumpStmt = db.prepare('UPDATE webhook_events SET delivery_count = delivery_count + 1 WHERE event_id = ?')
  // By the transfer's seq (schema v9), and by its TransferId for the rows that have none (see migration 9).
  const forTransferStmt = db.prepare<[string, string], EventRecord>(
    `SELECT ${COLUMNS} FROM (
       SELECT * FROM webhook_events WHERE transfer_seq = (SELECT seq FROM transfers WHERE transfer_id = ?)
       UNION ALL SELECT * FROM webhook_events WHERE transfer_seq IS NULL AND transfer_id = ?
     ) ORDER BY coalesce(event_ts, first_received_at), first_received_at, event_id`
  )
  return {
    find: (eventId: string) => findStmt.get(eventId),
    insert: (r: EventRecord): void => void insertStmt.run({ ...r, transfer_seq: r.transfer_seq ?? null }),
    countRepeatDelivery: (eventId: string): void => void bumpStmt.run(eventId),
    listForTransfer: (transferId: string): EventRecord[] => forTransferStmt.all(transferId, transferId)
  }
}
