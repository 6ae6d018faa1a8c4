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
}

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
    `INSERT INTO link_sessions (session_id, transaction_id, created_at, amount, currency, asset, network, destination_address, note, user_id, customer_key, token_expires_at, state, transfer_id, updated_at)
     VALUES (@session_id, @transaction_id, @created_at, @amount, @currency, @asset, @network, @destination_address, @note, @user_id, @customer_key, @token_expires_at, @state, @transfer_id, @updated_at)`
  )
  const getStmt = db.prepare<[string], SessionRecord>('SELECT * FROM link_sessions WHERE session_id = ?')
  const byTxnStmt = db.prepare<[string], SessionRecord>('SELECT * FROM link_sessions WHERE transaction_id = ?')
  const setTransferStmt = db.prepare('UPDATE link_sessions SET transfer_id = ?, updated_at = ? WHERE session_id = ? AND transfer_id IS NULL')
  const setStateStmt = db.prepare('UPDATE link_sessions SET state = ?, updated_at = ? WHERE session_id = ?')
  const recentStmt = db.prepare<[number], SessionRecord>('SELECT * FROM link_sessions ORDER BY created_at DESC LIMIT ?')
  const addEventStmt = db.prepare('INSERT INTO sdk_events (session_id, at, type, payload) VALUES (?, ?, ?, ?)')
  const eventsStmt = db.prepare<[string], SdkEventRecord>('SELECT * FROM sdk_events WHERE session_id = ? ORDER BY id')
  return {
    insert: (r: SessionRecord): void => void insertStmt.run(r),
    get: (id: string) => getStmt.get(id),
    findByTransactionId: (txn: string) => byTxnStmt.get(txn),
    linkTransfer: (sessionId: string, transferId: string, now: number): void => void setTransferStmt.run(transferId, now, sessionId),
    setState: (sessionId: string, state: string, now: number): void => void setStateStmt.run(state, now, sessionId),
    recent: (limit: number) => recentStmt.all(limit),
    addSdkEvent: (sessionId: string, at: number, type: string, payload: unknown): number =>
      Number(addEventStmt.run(sessionId, at, type, payload === undefined ? null : JSON.stringify(payload)).lastInsertRowid),
    sdkEvents: (sessionId: string) => eventsStmt.all(sessionId)
  }
}
