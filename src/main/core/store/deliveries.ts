import { REJECTED_VERDICTS, type DeliveriesQuery, type DeliveryRow, type DeliveryVerdict, type Page } from '../../../shared/contract'
import { decodeBodyText } from '../webhooks/payload'
import type { Db } from './db'
import { inList } from './sql'

export interface DeliveryInsert {
  delivery_id: string | null
  event_id: string | null
  transfer_id: string | null
  received_at: number
  sent_ts: number | null
  verdict: DeliveryVerdict
  http_status: number
  remote_addr: string | null
  headers: string
  body: Buffer
  body_size: number
  body_truncated: number
  replay_of: number | null
  is_test: number
  /** DeliveryFlag values, comma-separated (schema v5); null or absent when none. */
  flags?: string | null
  /** Rejected rows only: the TransferId their unverified body claims (schema v8). */
  claimed_transfer_id?: string | null
  /** Its transfer's seq (SQLite schema v9); null or absent for a transfer the ledger lacks. */
  transfer_seq?: number | null
}

interface DeliveryRecord extends DeliveryInsert {
  id: number
  rejected: number
  answer_ms: number | null
}

export type DeliveriesRepo = ReturnType<typeof createDeliveriesRepo>

export function toDeliveryRow(r: DeliveryRecord): DeliveryRow {
  let headers: Record<string, string> = {}
  try {
    headers = JSON.parse(r.headers) as Record<string, string>
  } catch {
    /* stored bounded; a cut header blob shows as empty */
  }
  return {
    id: r.id,
    deliveryId: r.delivery_id,
    eventId: r.event_id,
    transferId: r.transfer_id,
    receivedAt: r.received_at,
    sentTimestamp: r.sent_ts,
    verdict: r.verdict,
    httpStatus: r.http_status,
    answerMs: r.answer_ms,
    remoteAddress: r.remote_addr,
    headers,
    bodySize: r.body_size,
    bodyTruncated: r.body_truncated === 1,
    // Decoded as the receiver reads it (a UTF-8 BOM stripped, UTF-16 as such).
    body: r.body ? decodeBodyText(Buffer.from(r.body)) : '',
    replayOf: r.replay_of,
    isTest: r.is_test === 1,
    flags: parseFlags(r.flags)
  }
}

/** Flags as stored: comma-separated, no spaces. */
export const formatFlags = (flags: readonly string[] | undefined): string | null => (flags && flags.length ? flags.join(',') : null)
export const parseFlags = (stored: string | null | undefined): string[] => (stored ? stored.split(',').filter((f) => f.length > 0) : [])

/** At most this many rejected deliveries claiming one transfer are returned (hostile volume is pruned anyway). */
export const CLAIMS_LIMIT = 500

export function isRejected(v: DeliveryVerdict): boolean {
  return REJECTED_VERDICTS.includes(v)
}

export function createDeliveriesRepo(db: Db) {
  const insertStmt = db.prepare(
    `INSERT INTO deliveries (delivery_id, event_id, transfer_id, transfer_seq, received_at, sent_ts, verdict, rejected, http_status, remote_addr, headers, body, body_size, body_truncated, replay_of, is_test, flags, claimed_transfer_id)
     VALUES (@delivery_id, @event_id, @transfer_id, @transfer_seq, @received_at, @sent_ts, @verdict, @rejected, @http_status, @remote_addr, @headers, @body, @body_size, @body_truncated, @replay_of, @is_test, @flags, @claimed_transfer_id)`
  )
  const answerStmt = db.prepare('UPDATE deliveries SET answer_ms = ? WHERE id = ?')
  const getStmt = db.prepare<[number], DeliveryRecord>('SELECT * FROM deliveries WHERE id = ?')
  // By the transfer's seq (schema v9), and by its TransferId for the rows that have none (see migration 9).
  const forTransferStmt = db.prepare<[string, string], DeliveryRecord>(
    `SELECT * FROM deliveries WHERE transfer_seq = (SELECT seq FROM transfers WHERE transfer_id = ?)
     UNION ALL SELECT * FROM deliveries WHERE transfer_seq IS NULL AND transfer_id = ? ORDER BY id`
  )
  const eventKeyStmt = db.prepare<[string], { transfer_id: string | null; transfer_seq: number | null }>('SELECT transfer_id, transfer_seq FROM webhook_events WHERE event_id = ?')
  const claimingStmt = db.prepare<[string, number], DeliveryRecord>('SELECT * FROM deliveries WHERE claimed_transfer_id = ? ORDER BY id DESC LIMIT ?')
  const rejectedCountStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM deliveries WHERE rejected = 1')
  const pruneStmt = db.prepare(
    `DELETE FROM deliveries WHERE rejected = 1 AND id <= (SELECT id FROM deliveries WHERE rejected = 1 ORDER BY id DESC LIMIT 1 OFFSET ?)`
  )
  // The newest row (ids grow with arrival): max(received_at) would read the whole table, half a
  // second at 1M deliveries, on the thread that answers webhooks.
  const lastStmt = db.prepare<[], { at: number | null }>('SELECT received_at AS at FROM deliveries ORDER BY id DESC LIMIT 1')
  const recordAnswers = db.transaction((rows: readonly { id: number; ms: number }[]) => {
    for (const r of rows) answerStmt.run(r.ms, r.id)
  })

  function list(q: DeliveriesQuery & { limit: number }): Page<DeliveryRow> {
    const where: string[] = []
    const params: unknown[] = []
    const verdicts = q.verdict === undefined ? [] : Array.isArray(q.verdict) ? q.verdict : [q.verdict]
    if (verdicts.length) {
      where.push(`verdict IN (${inList(verdicts.length)})`)
      params.push(...verdicts)
      // The literal term lets SQLite use the partial index of unusual verdicts (schema v4).
      if (!verdicts.includes('accepted')) where.push(`verdict <> 'accepted'`)
    }
    // Literals, not parameters: `rejected = 1` is the partial index's own condition.
    if (q.rejected !== undefined) where.push(q.rejected ? 'rejected = 1' : 'rejected = 0')
    if (q.transferId) {
      // Its seq, or (rows from before schema v9) its TransferId: one index each.
      where.push('(transfer_seq = (SELECT seq FROM transfers WHERE transfer_id = ?) OR (transfer_seq IS NULL AND transfer_id = ?))')
      params.push(q.transferId, q.transferId)
    }
    if (q.eventId) {
      // No index on event_id (one fewer b-tree per delivery): its deliveries are found through
      // the event's transfer, whose deliveries are indexed (by seq; rows from before schema v9
      // by TransferId). An event with no transfer: event_id alone (a scan; such events are rare).
      where.push('event_id = ?')
      params.push(q.eventId)
      const ev = eventKeyStmt.get(q.eventId)
      if (ev?.transfer_seq != null) {
        where.push('transfer_seq = ?')
        params.push(ev.transfer_seq)
      } else if (ev?.transfer_id != null) {
        where.push('transfer_seq IS NULL', 'transfer_id = ?')
        params.push(ev.transfer_id)
      }
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : ''
    const count = (sql: string, ...p: unknown[]) => (db.prepare(`SELECT count(*) AS n FROM deliveries ${sql}`).get(...p) as { n: number }).n
    // Accepted deliveries are nearly all of them: count all (nearly free), subtract the few
    // others through their partial indexes (counting the accepted ones reads the table: 250 ms at 700k).
    const onlyAccepted = where.length === 1 && verdicts.length === 1 && verdicts[0] === 'accepted'
    const total =
      where.length === 1 && q.rejected === false
        ? count('') - count('WHERE rejected = 1')
        : onlyAccepted
          ? count('') - count(`WHERE verdict <> 'accepted'`)
          : count(filter, ...params)
    if (q.cursor) {
      const before = Number(q.cursor)
      if (!Number.isSafeInteger(before)) throw Object.assign(new Error('The page cursor is not valid; start again from the first page.'), { code: 'INVALID_ARGUMENT' })
      where.push('id < ?')
      params.push(before)
    }
    const rows = db
      .prepare<unknown[], DeliveryRecord>(`SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`)
      .all(...params, q.limit + 1)
    const more = rows.length > q.limit
    const items = rows.slice(0, q.limit).map(toDeliveryRow)
    const last = items[items.length - 1]
    return { items, total, nextCursor: more && last ? String(last.id) : null }
  }

  return {
    insert: (d: DeliveryInsert): number =>
      Number(insertStmt.run({ ...d, transfer_seq: d.transfer_seq ?? null, flags: d.flags ?? null, claimed_transfer_id: d.claimed_transfer_id ?? null, rejected: isRejected(d.verdict) ? 1 : 0 }).lastInsertRowid),
    /** Our time to answer is known only after the reply; it is written in batches, off the ack path. */
    recordAnswerTimes: (rows: readonly { id: number; ms: number }[]): void => recordAnswers(rows),
    get: (id: number): DeliveryRow | undefined => {
      const r = getStmt.get(id)
      return r ? toDeliveryRow(r) : undefined
    },
    /** The stored row as the Store shows it (without SQLite's transfer_seq). */
    getRaw: (id: number): DeliveryRecord | undefined => {
      const r = getStmt.get(id)
      if (!r) return undefined
      const { transfer_seq: _seq, ...row } = r
      return row
    },
    listForTransfer: (transferId: string): DeliveryRow[] => forTransferStmt.all(transferId, transferId).map(toDeliveryRow),
    /** Rejected deliveries whose unverified body claims this transfer, newest first (indexed). */
    listClaimingTransfer: (transferId: string, limit = CLAIMS_LIMIT): DeliveryRow[] => claimingStmt.all(transferId, limit).map(toDeliveryRow),
    rejectedCount: (): number => rejectedCountStmt.get()!.n,
    /** Keeps only the newest `keep` rejected deliveries. */
    pruneRejected: (keep: number): number => pruneStmt.run(keep).changes,
    lastReceivedAt: (): number | null => lastStmt.get()?.at ?? null,
    list
  }
}
