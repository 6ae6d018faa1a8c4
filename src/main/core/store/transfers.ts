import type { LedgerQuery, Page, Provenance, TransferRow } from '../../../shared/contract'
import { searchSpellings } from './search'
import type { Statement } from 'better-sqlite3'
import type { Db } from './db'
import { decodeCursor, encodeCursor, inList } from './sql'

interface TransferRecord {
  /** SQLite only (schema v9): the transfer's integer key, which its events and deliveries are indexed by. */
  seq?: number
  transfer_id: string
  transaction_id: string | null
  status: string
  status_raw: string
  is_final: number
  conflict: number
  status_ts: number | null
  status_event_id: string | null
  tx_hash: string | null
  user_id: string | null
  token: string | null
  chain: string | null
  source_amount: string | null
  destination_amount: string | null
  source_provider: string | null
  destination_address: string | null
  refund_address: string | null
  first_seen_at: number
  updated_at: number
  event_count: number
  delivery_count: number
  retried: number
  provenance: string
  is_test: number
  session_id: string | null
}

export type TransferWrite = Omit<TransferRecord, 'first_seen_at'> & { first_seen_at?: number }

export function toTransferRow(r: TransferRecord): TransferRow {
  return {
    transferId: r.transfer_id,
    transactionId: r.transaction_id,
    status: r.status,
    statusRaw: r.status_raw,
    isFinal: r.is_final === 1,
    conflict: r.conflict === 1,
    txHash: r.tx_hash,
    userId: r.user_id,
    token: r.token,
    chain: r.chain,
    sourceAmount: r.source_amount,
    destinationAmount: r.destination_amount,
    sourceAccountProvider: r.source_provider,
    destinationAddress: r.destination_address,
    refundAddress: r.refund_address,
    firstSeenAt: r.first_seen_at,
    updatedAt: r.updated_at,
    statusTimestamp: r.status_ts,
    eventCount: r.event_count,
    deliveryCount: r.delivery_count,
    retried: r.retried === 1,
    provenance: r.provenance as Provenance,
    isTest: r.is_test === 1,
    sessionId: r.session_id
  }
}

const COLUMNS = `transfer_id, transaction_id, status, status_raw, is_final, conflict, status_ts, status_event_id, tx_hash, user_id, token, chain,
  source_amount, destination_amount, source_provider, destination_address, refund_address, first_seen_at, updated_at,
  event_count, delivery_count, retried, provenance, is_test, session_id`

/** Columns an UPDATE may change that are in an index (SQLite rewrites those entries whenever they are SET). */
const INDEXED_UPDATE = ['transaction_id', 'tx_hash', 'status', 'is_test'] as const
const UNINDEXED_UPDATE = [
  'status_raw', 'is_final', 'conflict', 'status_ts', 'status_event_id', 'user_id', 'token', 'chain', 'source_amount', 'destination_amount',
  'source_provider', 'destination_address', 'refund_address', 'updated_at', 'event_count', 'delivery_count', 'retried', 'provenance', 'session_id'
] as const

const INSERT_SQL = `INSERT INTO transfers (${COLUMNS}) VALUES (@transfer_id, @transaction_id, @status, @status_raw, @is_final, @conflict, @status_ts,
      @status_event_id, @tx_hash, @user_id, @token, @chain, @source_amount, @destination_amount, @source_provider, @destination_address,
      @refund_address, @first_seen_at, @updated_at, @event_count, @delivery_count, @retried, @provenance, @is_test, @session_id)`

export type TransfersRepo = ReturnType<typeof createTransfersRepo>

/**
 * SQLite's integer transfer keys (schema v9), for the writer's ingest only: not part of the
 * engine-free Store (PostgreSQL indexes by TransferId and has no seq).
 */
export function createTransferKeys(db: Db) {
  const insertStmt = db.prepare(INSERT_SQL)
  const seqStmt = db.prepare<[string], { seq: number }>('SELECT seq FROM transfers WHERE transfer_id = ?')
  const currentStmt = db.prepare<[string], TransferRecord & { seq: number }>(`SELECT seq, ${COLUMNS} FROM transfers WHERE transfer_id = ?`)
  const eventStmt = db.prepare<[string], { event_id: string; transfer_id: string | null; transfer_seq: number | null }>(
    'SELECT event_id, transfer_id, transfer_seq FROM webhook_events WHERE event_id = ?'
  )
  return {
    /** The transfer's row with its seq (as TransfersRepo.getRecord). */
    current: (transferId: string): (TransferRecord & { seq: number }) | undefined => currentStmt.get(transferId),
    /** A known event's transfer and that transfer's seq, as its row holds them (as EventsRepo.find). */
    event: (eventId: string) => eventStmt.get(eventId),
    /** Inserts a new transfer (as TransfersRepo.insert); returns its seq. */
    insert: (r: TransferRecord): number => Number(insertStmt.run(r).lastInsertRowid),
    /** The transfer's seq; null when the ledger has no such transfer. */
    seqOf: (transferId: string): number | null => seqStmt.get(transferId)?.seq ?? null
  }
}

export function createTransfersRepo(db: Db) {
  const getStmt = db.prepare<[string], TransferRecord>(`SELECT ${COLUMNS} FROM transfers WHERE transfer_id = ?`)
  const insertStmt = db.prepare(INSERT_SQL)
  // An UPDATE rewrites the entry of every index whose columns it SETs, even to the same value
  // (a random page each for the TEXT keys, a WAL frame each per group commit). So the indexed
  // columns are set only when they change; the others always (they live in the row's own page).
  const updateStmts = new Map<number, Statement>()
  const updateStmt = (changed: number): Statement => {
    let stmt = updateStmts.get(changed)
    if (!stmt) {
      const set = [...UNINDEXED_UPDATE, ...INDEXED_UPDATE.filter((_, i) => changed & (1 << i))].map((c) => `${c} = @${c}`)
      stmt = db.prepare(`UPDATE transfers SET ${set.join(', ')} WHERE transfer_id = @transfer_id`)
      updateStmts.set(changed, stmt)
    }
    return stmt
  }
  const countDeliveryStmt = db.prepare(
    `UPDATE transfers SET delivery_count = delivery_count + 1, retried = 1, updated_at = ? WHERE transfer_id = ?`
  )

  function list(q: Required<Pick<LedgerQuery, 'limit' | 'includeTests'>> & LedgerQuery): Page<TransferRow> {
    const where: string[] = []
    const params: unknown[] = []
    // While searching, the search terms' own indexes find the few candidates (MULTI-INDEX OR);
    // a unary + keeps SQLite from walking the whole is_test/status/date index instead (at 100k
    // transfers: ~170 ms → ~0.3 ms).
    const c = (column: string) => (q.search ? `+${column}` : column)
    const statuses = q.status === undefined ? [] : Array.isArray(q.status) ? q.status : [q.status]
    // One status: its own index (status, first_seen_at DESC, transfer_id DESC) yields the page in
    // order whatever that status's share; through the is_test index a rare status (RefundPending)
    // means walking every transfer (~70 ms at 100k).
    if (!q.includeTests) where.push(`${statuses.length === 1 ? '+is_test' : c('is_test')} = 0`)
    const statusParams = statuses.map((s) => s.toLowerCase())
    if (statuses.length > 0) {
      where.push(`${c('status')} IN (${inList(statuses.length)})`)
      params.push(...statusParams)
    }
    if (q.from !== undefined) {
      where.push(`${c('first_seen_at')} >= ?`)
      params.push(q.from)
    }
    if (q.to !== undefined) {
      where.push(`${c('first_seen_at')} < ?`)
      params.push(q.to)
    }
    if (q.search) {
      const terms: string[] = []
      for (const s of searchSpellings(q.search)) {
        if (s.length >= 6) {
          const hi = s + '\uffff'
          terms.push(`(transfer_id >= ? AND transfer_id < ?) OR (transaction_id >= ? AND transaction_id < ?) OR (tx_hash >= ? AND tx_hash < ?)`)
          params.push(s, hi, s, hi, s, hi)
        } else {
          terms.push('transfer_id = ? OR transaction_id = ? OR tx_hash = ?')
          params.push(s, s, s)
        }
      }
      where.push(`(${terms.join(' OR ')})`)
    }
    if (q.amountMin !== undefined || q.amountMax !== undefined) {
      // Decimal text compared as numbers (a filter, not arithmetic: amounts of ≤ 15 significant
      // digits compare exactly as doubles). No index: a scan, ~30 ms at 100k transfers.
      const lo = q.amountMin ?? '0'
      const hi = q.amountMax ?? '1e308'
      where.push(
        `((CAST(source_amount AS REAL) BETWEEN CAST(? AS REAL) AND CAST(? AS REAL)) OR (CAST(destination_amount AS REAL) BETWEEN CAST(? AS REAL) AND CAST(? AS REAL))
          OR EXISTS (SELECT 1 FROM link_sessions ls WHERE ls.session_id = transfers.session_id AND CAST(ls.amount AS REAL) BETWEEN CAST(? AS REAL) AND CAST(? AS REAL)))`
      )
      params.push(lo, hi, lo, hi, lo, hi)
    }
    const count = (w: string[], p: unknown[]) =>
      (db.prepare(`SELECT count(*) AS n FROM transfers ${w.length ? `WHERE ${w.join(' AND ')}` : ''}`).get(...p) as { n: number }).n
    let total: number
    if (!q.includeTests && !q.search && q.from === undefined && q.to === undefined && q.amountMin === undefined && q.amountMax === undefined) {
      // count(*) with no WHERE is nearly free (SQLite counts b-tree cells); WHERE is_test = 0
      // decodes every index entry, and with a status it reads every row (60 ms at 100k). Test
      // transfers are few: count without that term, then subtract them.
      const byStatus = statuses.length > 0 ? [`status IN (${inList(statuses.length)})`] : []
      total = count(byStatus, statusParams) - count(['is_test = 1', ...byStatus.map((w) => `+${w}`)], statusParams)
    } else {
      total = count(where, params)
    }
    const pageWhere = [...where]
    const pageParams = [...params]
    const cursor = decodeCursor(q.cursor)
    if (cursor) {
      pageWhere.push('(first_seen_at < ? OR (first_seen_at = ? AND transfer_id < ?))')
      pageParams.push(cursor.n, cursor.n, cursor.s)
    }
    const rows = db
      .prepare<unknown[], TransferRecord>(
        `SELECT ${COLUMNS} FROM transfers ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
         ORDER BY first_seen_at DESC, transfer_id DESC LIMIT ?`
      )
      .all(...pageParams, q.limit + 1)
    const more = rows.length > q.limit
    const items = rows.slice(0, q.limit).map(toTransferRow)
    const last = items[items.length - 1]
    return { items, total, nextCursor: more && last ? encodeCursor(last.firstSeenAt, last.transferId) : null }
  }

  return {
    getRecord: (transferId: string): TransferRecord | undefined => getStmt.get(transferId),
    get: (transferId: string): TransferRow | undefined => {
      const r = getStmt.get(transferId)
      return r ? toTransferRow(r) : undefined
    },
    insert: (r: TransferRecord): void => void insertStmt.run(r),
    /** Writes a transfer's new state; with `before` (its row as read in this transaction) only the indexed columns that changed. */
    update: (r: TransferWrite, before?: TransferRecord): void => {
      let changed = 0
      INDEXED_UPDATE.forEach((c, i) => {
        if (!before || before[c] !== r[c]) changed |= 1 << i
      })
      updateStmt(changed).run(r)
    },
    /** Counts a repeated delivery of a known event against its transfer. */
    countRepeatDelivery: (transferId: string, now: number): void => void countDeliveryStmt.run(now, transferId),
    list
  }
}

export type { TransferRecord }
