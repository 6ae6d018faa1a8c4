// Shifts (a cashier's session at the counter, closed with a Z report) and the sales they cover.
// At most one shift is open per ledger: a partial unique index decides, so on a PostgreSQL
// ledger shared by several counters the shop has one open shift, and two opens at once make one.
import { PAID_STATUSES } from '../../../shared/status'
import type { Db } from './db'
import type { SessionRecord } from './sessions'

export interface ShiftRecord {
  shift_id: string
  opened_at: number
  closed_at: number | null
  opened_by: string | null
}

/** What the takings report reads of a paid sale: its charge, and what its transfer delivered. */
export interface PaidSaleRecord {
  created_at: number
  /** The transfer's status: succeeded, or a refund step (refundpending, refundsucceeded). */
  status: string
  currency: string
  amount: string
  /** The USD Mesh was asked to charge (see saleUsdAmountSql). */
  usd_amount: string
  asset: string
  network: string | null
  token: string | null
  chain: string | null
  destination_amount: string | null
  source_amount: string | null
}

/** The result of opening: the shift now open, and whether this call opened it. */
export interface ShiftOpenResult {
  created: boolean
  shift: ShiftRecord
}

/** The USD Mesh was asked to charge for a sale, as SQL over link_sessions `s` (schema v6; older rows: the amount, as sent). */
export const SALE_USD_AMOUNT_SQL = 'coalesce(s.usd_amount, s.amount)'

/**
 * A paid sale is one whose transfer succeeded, later refunded or not (PAID_STATUSES; sales the
 * counter ended included: the money arrived). One range on link_sessions' created_at index,
 * each transfer by its key.
 */
export function paidSalesSql(usdAmount: string, from: string, to: string): string {
  return `SELECT s.created_at, t.status, s.currency, s.amount, ${usdAmount} AS usd_amount, s.asset, s.network,
      t.token, t.chain, t.destination_amount, t.source_amount
    FROM link_sessions s JOIN transfers t ON t.transfer_id = s.transfer_id
    WHERE s.created_at >= ${from} AND s.created_at < ${to} AND t.status IN (${PAID_STATUSES.map((st) => `'${st}'`).join(', ')})
    ORDER BY s.created_at`
}

export type ShiftsRepo = ReturnType<typeof createShiftsRepo>

export function createShiftsRepo(db: Db) {
  const insertStmt = db.prepare<[string, number, string | null], ShiftRecord>(
    'INSERT INTO shifts (shift_id, opened_at, closed_at, opened_by) VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING RETURNING *'
  )
  const currentStmt = db.prepare<[], ShiftRecord>('SELECT * FROM shifts WHERE closed_at IS NULL')
  const closeStmt = db.prepare<[number], ShiftRecord>('UPDATE shifts SET closed_at = max(opened_at, ?) WHERE closed_at IS NULL RETURNING *')
  const getStmt = db.prepare<[string], ShiftRecord>('SELECT * FROM shifts WHERE shift_id = ?')
  const listStmt = db.prepare<[number], ShiftRecord>('SELECT * FROM shifts ORDER BY opened_at DESC, shift_id DESC LIMIT ?')
  const salesStmt = db.prepare<[number, number], SessionRecord>(
    'SELECT * FROM link_sessions WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC, session_id DESC'
  )
  const paidStmt = db.prepare<[number, number], PaidSaleRecord>(paidSalesSql(SALE_USD_AMOUNT_SQL, '?', '?'))
  const open = db.transaction((shiftId: string, openedAt: number, openedBy: string | null): ShiftOpenResult => {
    const inserted = insertStmt.get(shiftId, openedAt, openedBy)
    if (inserted) return { created: true, shift: inserted }
    const current = currentStmt.get()
    if (!current) throw new Error(`store: shift id ${shiftId} is taken`)
    return { created: false, shift: current }
  })
  return {
    /** Opens a shift, unless one is open already: then that one comes back with created false. */
    open: (shiftId: string, openedAt: number, openedBy: string | null): ShiftOpenResult => open.immediate(shiftId, openedAt, openedBy),
    /** Closes the open shift (never before it opened) and returns it; undefined when none was open. */
    close: (at: number): ShiftRecord | undefined => closeStmt.get(at),
    current: (): ShiftRecord | undefined => currentStmt.get(),
    get: (shiftId: string): ShiftRecord | undefined => getStmt.get(shiftId),
    /** Newest first. */
    list: (limit: number): ShiftRecord[] => listStmt.all(limit),
    /** Every sale created in [from, to), newest first. */
    salesBetween: (from: number, to: number): SessionRecord[] => salesStmt.all(from, to),
    /** The paid sales created in [from, to), oldest first. */
    paidSalesBetween: (from: number, to: number): PaidSaleRecord[] => paidStmt.all(from, to)
  }
}
