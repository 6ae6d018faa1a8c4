import type { SaleCharge, SaleEndReason, TransferRow } from '../../../shared/contract'
import type { Db } from './db'

export interface SessionRecord {
  session_id: string
  transaction_id: string
  created_at: number
  amount: string
  currency: string
  asset: string
  network: string | null
  destination_address: string | null
  note: string | null
  user_id: string
  customer_key: string | null
  token_expires_at: number | null
  state: string
  transfer_id: string | null
  updated_at: number
  /** What Mesh was asked to charge, USD decimal text (schema v6; pre-v6 rows: amount). */
  usd_amount: string | null
  /** USD per one unit of currency, for a non-USD sale; null for USD. */
  fx_rate: string | null
  /** How the counter ended the sale (SaleEndReason), when it did: final for the counter. */
  end_reason: string | null
  ended_at: number | null
  /** Mesh's Paylink (generatePayLink). */
  payment_link: string | null
}

/** The v6 columns may be left out of an insert (they are then NULL). */
export type SessionInsert = Omit<SessionRecord, 'usd_amount' | 'fx_rate' | 'end_reason' | 'ended_at' | 'payment_link'> &
  Partial<Pick<SessionRecord, 'usd_amount' | 'fx_rate' | 'end_reason' | 'ended_at' | 'payment_link'>>

const V6_DEFAULTS = { usd_amount: null, fx_rate: null, end_reason: null, ended_at: null, payment_link: null } as const

/** What ledger reads need of a sale to show its charge beside a transfer. */
export interface ChargeRecord {
  session_id: string
  transaction_id: string
  amount: string
  currency: string
  usd_amount: string | null
  fx_rate: string | null
}

/** A sale's charge. A row copied from a pre-v6 ledger without usd_amount charged amountInFiat = amount. */
export function toSaleCharge(r: Pick<ChargeRecord, 'amount' | 'currency' | 'usd_amount' | 'fx_rate'>): SaleCharge {
  return { amount: r.amount, currency: r.currency, usdAmount: r.usd_amount ?? r.amount, rate: r.fx_rate }
}

/** The keys to look a page of transfers' sales up by: their session ids and TransactionIds. */
export function chargeKeys(rows: readonly Pick<TransferRow, 'sessionId' | 'transactionId'>[]): { sessionIds: string[]; transactionIds: string[] } {
  const sessionIds = new Set<string>()
  const transactionIds = new Set<string>()
  for (const r of rows) {
    if (r.sessionId) sessionIds.add(r.sessionId)
    else if (r.transactionId) transactionIds.add(r.transactionId)
  }
  return { sessionIds: [...sessionIds], transactionIds: [...transactionIds] }
}

/** Each transfer with the charge of its sale (by session id, else by TransactionId), null when no sale of ours started it. */
export function withCharges<T extends Pick<TransferRow, 'sessionId' | 'transactionId'>>(rows: readonly T[], charges: readonly ChargeRecord[]): (T & { charge: SaleCharge | null })[] {
  const bySession = new Map(charges.map((c) => [c.session_id, c]))
  const byTxn = new Map(charges.map((c) => [c.transaction_id, c]))
  return rows.map((r) => {
    const c = (r.sessionId ? bySession.get(r.sessionId) : undefined) ?? (r.transactionId ? byTxn.get(r.transactionId) : undefined)
    return { ...r, charge: c ? toSaleCharge(c) : null }
  })
}

/** The SQL of the conditional end: only a sale not yet ended and with no transfer (the engines share it). */
export const END_WHERE = 'end_reason IS NULL AND transfer_id IS NULL'

export interface SdkEventRecord {
  id: number
  session_id: string
  at: number
  type: string
  payload: string | null
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>

/** Link sessions (one per sale at the counter) and the SDK callbacks recorded against them. */
export function createSessionsRepo(db: Db) {
  const insertStmt = db.prepare(
    `INSERT INTO link_sessions (session_id, transaction_id, created_at, amount, currency, asset, network, destination_address, note, user_id, customer_key, token_expires_at, state, transfer_id, updated_at,
       usd_amount, fx_rate, end_reason, ended_at, payment_link)
     VALUES (@session_id, @transaction_id, @created_at, @amount, @currency, @asset, @network, @destination_address, @note, @user_id, @customer_key, @token_expires_at, @state, @transfer_id, @updated_at,
       @usd_amount, @fx_rate, @end_reason, @ended_at, @payment_link)`
  )
  const getStmt = db.prepare<[string], SessionRecord>('SELECT * FROM link_sessions WHERE session_id = ?')
  const byTxnStmt = db.prepare<[string], SessionRecord>('SELECT * FROM link_sessions WHERE transaction_id = ?')
  const setTransferStmt = db.prepare('UPDATE link_sessions SET transfer_id = ?, updated_at = ? WHERE session_id = ? AND transfer_id IS NULL')
  const setStateStmt = db.prepare('UPDATE link_sessions SET state = ?, updated_at = ? WHERE session_id = ?')
  const recentStmt = db.prepare<[number], SessionRecord>('SELECT * FROM link_sessions ORDER BY created_at DESC LIMIT ?')
  const endStmt = db.prepare(`UPDATE link_sessions SET end_reason = ?, ended_at = ?, state = ?, updated_at = ? WHERE session_id = ? AND ${END_WHERE}`)
  // The partial index sessions_waiting_expiry (schema v6): only waiting sales are read.
  const expiredStmt = db.prepare<[number, number], SessionRecord>(
    `SELECT * FROM link_sessions WHERE state = 'waiting' AND token_expires_at <= ? ORDER BY token_expires_at, session_id LIMIT ?`
  )
  // Two lists as JSON arrays: one prepared statement for any page size, each key an index lookup.
  const chargesStmt = db.prepare<[string, string], ChargeRecord>(
    `SELECT session_id, transaction_id, amount, currency, usd_amount, fx_rate FROM link_sessions
      WHERE session_id IN (SELECT value FROM json_each(?)) OR transaction_id IN (SELECT value FROM json_each(?))`
  )
  const addEventStmt = db.prepare('INSERT INTO sdk_events (session_id, at, type, payload) VALUES (?, ?, ?, ?)')
  const eventsStmt = db.prepare<[string], SdkEventRecord>('SELECT * FROM sdk_events WHERE session_id = ? ORDER BY id')
  return {
    insert: (r: SessionInsert): void => void insertStmt.run({ ...V6_DEFAULTS, ...r }),
    get: (id: string) => getStmt.get(id),
    findByTransactionId: (txn: string) => byTxnStmt.get(txn),
    linkTransfer: (sessionId: string, transferId: string, now: number): void => void setTransferStmt.run(transferId, now, sessionId),
    setState: (sessionId: string, state: string, now: number): void => void setStateStmt.run(state, now, sessionId),
    recent: (limit: number) => recentStmt.all(limit),
    /**
     * Ends a sale for the counter (cancelled, abandoned, expired): its state, reason and time (an
     * expiry ends at the token's expiry), in one statement that applies only while the sale has
     * no end and no transfer. True when it did.
     */
    end: (sessionId: string, reason: SaleEndReason, endedAt: number, now: number): boolean => endStmt.run(reason, endedAt, reason, now, sessionId).changes === 1,
    /** Waiting sales whose link token expired by `now`, oldest expiry first. */
    expiredWaiting: (now: number, limit: number) => expiredStmt.all(now, limit),
    /** The charges of the sales with these session ids or TransactionIds (ledger reads). */
    charges: (sessionIds: readonly string[], transactionIds: readonly string[]): ChargeRecord[] =>
      sessionIds.length + transactionIds.length === 0 ? [] : chargesStmt.all(JSON.stringify(sessionIds), JSON.stringify(transactionIds)),
    addSdkEvent: (sessionId: string, at: number, type: string, payload: unknown): number =>
      Number(addEventStmt.run(sessionId, at, type, payload === undefined ? null : JSON.stringify(payload)).lastInsertRowid),
    sdkEvents: (sessionId: string) => eventsStmt.all(sessionId)
  }
}
