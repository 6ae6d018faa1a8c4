// The ledger's repositories on PostgreSQL: the same methods, arguments and row shapes as the
// SQLite ones (../transfers.ts, ../deliveries.ts, …), whose doc comments give the semantics.
// Each method is one statement (autocommit on the pool) unless it says otherwise; inside a
// domain operation (ops) the same functions run on the transaction's client.
import { searchSpellings } from '../search'
import type { DeliveriesQuery, DeliveryRow, IntegrationAccessToken, LedgerQuery, Page, SaleEndReason, TransferRow } from '../../../../shared/contract'
import type { AuditEntry } from '../audit'
import { CLAIMS_LIMIT, isRejected, toDeliveryRow, type DeliveriesRepo, type DeliveryInsert } from '../deliveries'
import type { DowntimeKind, DowntimeWindow } from '../downtime'
import type { EventRecord } from '../events'
import { toRunRow, type ReconcileRunRow, type RunRecord } from '../reconcile-runs'
import { END_WHERE, type ChargeRecord, type SdkEventRecord, type SessionInsert, type SessionRecord } from '../sessions'
import { paidSalesSql, SALE_USD_AMOUNT_SQL, type PaidSaleRecord, type ShiftOpenResult, type ShiftRecord } from '../shifts'
import { CursorError, decodeCursor, encodeCursor } from '../sql'
import { toTransferRow, type TransferRecord, type TransferWrite } from '../transfers'
import { all, one, run, type Queryable } from './sql'

type DeliveryRecord = NonNullable<ReturnType<DeliveriesRepo['getRaw']>>

/** Builds a parameter list: `p(v)` appends v and returns its placeholder. */
function params(): { values: unknown[]; p: (v: unknown) => string } {
  const values: unknown[] = []
  return { values, p: (v) => `$${values.push(v)}` }
}

/** SQLite reads a negative LIMIT as "no limit"; PostgreSQL wants NULL for that. */
const lim = (n: number): number | null => (n < 0 ? null : n)

/** A row id as SQLite would compare it: only an integer can match a BIGINT. */
const asId = (id: number): number | null => (Number.isSafeInteger(id) ? id : null)

export const TRANSFER_COLUMNS = [
  'transfer_id',
  'transaction_id',
  'status',
  'status_raw',
  'is_final',
  'conflict',
  'status_ts',
  'status_event_id',
  'tx_hash',
  'user_id',
  'token',
  'chain',
  'source_amount',
  'destination_amount',
  'source_provider',
  'destination_address',
  'refund_address',
  'first_seen_at',
  'updated_at',
  'event_count',
  'delivery_count',
  'retried',
  'provenance',
  'is_test',
  'session_id'
] as const
const TCOLS = TRANSFER_COLUMNS.join(', ')

export function transfersRepo(q: Queryable) {
  const getRecord = (transferId: string) => one<TransferRecord>(q, `SELECT ${TCOLS} FROM transfers WHERE transfer_id = $1`, [transferId], 'transfers.get')

  async function list(lq: Required<Pick<LedgerQuery, 'limit' | 'includeTests'>> & LedgerQuery): Promise<Page<TransferRow>> {
    const where: string[] = []
    const { values, p } = params()
    const statuses = lq.status === undefined ? [] : Array.isArray(lq.status) ? lq.status : [lq.status]
    if (!lq.includeTests) where.push('is_test = 0')
    if (statuses.length > 0) where.push(`status = ANY(${p(statuses.map((s) => s.toLowerCase()))}::text[])`)
    if (lq.from !== undefined) where.push(`first_seen_at >= ${p(lq.from)}`)
    if (lq.to !== undefined) where.push(`first_seen_at < ${p(lq.to)}`)
    if (lq.search) {
      const terms: string[] = []
      for (const s of searchSpellings(lq.search)) {
        if (s.length >= 6) {
          // A prefix as a range on the C-collated (byte-ordered) indexes, as SQLite does it.
          const lo = p(s)
          const hi = p(s + '\uffff')
          terms.push(`(transfer_id >= ${lo} AND transfer_id < ${hi}) OR (transaction_id >= ${lo} AND transaction_id < ${hi}) OR (tx_hash >= ${lo} AND tx_hash < ${hi})`)
        } else {
          const x = p(s)
          terms.push(`transfer_id = ${x} OR transaction_id = ${x} OR tx_hash = ${x}`)
        }
      }
      where.push(`(${terms.join(' OR ')})`)
    }
    if (lq.amountMin !== undefined || lq.amountMax !== undefined) {
      // Exact decimal comparison (numeric); amounts are validated decimal text when stored.
      const lo = p(lq.amountMin ?? '0')
      const hi = lq.amountMax === undefined ? null : p(lq.amountMax)
      const within = (col: string) => `(${col}::numeric >= ${lo}::numeric${hi ? ` AND ${col}::numeric <= ${hi}::numeric` : ''})`
      where.push(
        `(${within('source_amount')} OR ${within('destination_amount')} OR EXISTS (SELECT 1 FROM link_sessions ls WHERE ls.session_id = transfers.session_id AND ${within('ls.amount')}))`
      )
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : ''
    const total = (await one<{ n: number }>(q, `SELECT count(*) AS n FROM transfers ${filter}`, values))!.n
    const cursor = decodeCursor(lq.cursor)
    const pageWhere = [...where]
    if (cursor) pageWhere.push(keysetAfter(cursor, p))
    const rows = await all<TransferRecord>(
      q,
      `SELECT ${TCOLS} FROM transfers ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
       ORDER BY first_seen_at DESC, transfer_id DESC LIMIT ${p(lim(lq.limit + 1))}`,
      values
    )
    const more = rows.length > lq.limit
    const items = rows.slice(0, lq.limit).map(toTransferRow)
    const last = items[items.length - 1]
    return { items, total, nextCursor: more && last ? encodeCursor(last.firstSeenAt, last.transferId) : null }
  }

  return {
    getRecord,
    get: async (transferId: string): Promise<TransferRow | undefined> => {
      const r = await getRecord(transferId)
      return r ? toTransferRow(r) : undefined
    },
    insert: async (r: TransferRecord): Promise<void> => {
      await run(q, `INSERT INTO transfers (${TCOLS}) VALUES (${TRANSFER_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`, TRANSFER_COLUMNS.map((c) => r[c]), 'transfers.insert')
    },
    update: async (r: TransferWrite): Promise<void> => {
      const cols = TRANSFER_COLUMNS.filter((c) => c !== 'transfer_id' && c !== 'first_seen_at')
      await run(
        q,
        `UPDATE transfers SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE transfer_id = $1`,
        [r.transfer_id, ...cols.map((c) => r[c])],
        'transfers.update'
      )
    },
    countRepeatDelivery: async (transferId: string, now: number): Promise<void> => {
      await run(q, 'UPDATE transfers SET delivery_count = delivery_count + 1, retried = 1, updated_at = $1 WHERE transfer_id = $2', [now, transferId], 'transfers.repeat')
    },
    list
  }
}

/**
 * "After this cursor" in (first_seen_at DESC, transfer_id DESC) order. A cursor is opaque but
 * only decoded, not signed: a hand-made one with a fractional or huge number must select what
 * SQLite's comparison would, not make PostgreSQL reject a BIGINT parameter.
 */
function keysetAfter(c: { n: number; s: string }, p: (v: unknown) => string): string {
  if (Number.isSafeInteger(c.n)) return `(first_seen_at < ${p(c.n)} OR (first_seen_at = ${p(c.n)} AND transfer_id < ${p(c.s)}))`
  if (Number.isNaN(c.n)) throw new CursorError()
  const bound = Math.min(Math.max(Math.ceil(c.n), -Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER)
  // No BIGINT equals a fraction; beyond ±2^53 no stored timestamp is on the other side.
  return c.n > Number.MAX_SAFE_INTEGER ? 'TRUE' : `first_seen_at < ${p(bound)}`
}

export function eventsRepo(q: Queryable) {
  return {
    find: (eventId: string) => one<Pick<EventRecord, 'event_id' | 'transfer_id'>>(q, 'SELECT event_id, transfer_id FROM webhook_events WHERE event_id = $1', [eventId], 'events.find'),
    insert: async (r: EventRecord): Promise<void> => {
      await run(
        q,
        `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [r.event_id, r.transfer_id, r.status, r.status_raw, r.event_ts, r.first_received_at, r.delivery_count, r.provenance, r.applied, r.conflict, r.payload],
        'events.insert'
      )
    },
    countRepeatDelivery: async (eventId: string): Promise<void> => {
      await run(q, 'UPDATE webhook_events SET delivery_count = delivery_count + 1 WHERE event_id = $1', [eventId], 'events.repeat')
    },
    listForTransfer: (transferId: string) =>
      all<EventRecord>(
        q,
        'SELECT * FROM webhook_events WHERE transfer_id = $1 ORDER BY coalesce(event_ts, first_received_at), first_received_at, event_id',
        [transferId],
        'events.forTransfer'
      )
  }
}

export const DELIVERY_INSERT_COLUMNS =
  'delivery_id, event_id, transfer_id, received_at, sent_ts, verdict, rejected, http_status, remote_addr, headers, body, body_size, body_truncated, replay_of, is_test, flags, claimed_transfer_id'

export function deliveryValues(d: DeliveryInsert): unknown[] {
  return [
    d.delivery_id,
    d.event_id,
    d.transfer_id,
    d.received_at,
    d.sent_ts,
    d.verdict,
    isRejected(d.verdict) ? 1 : 0,
    d.http_status,
    d.remote_addr,
    d.headers,
    d.body,
    d.body_size,
    d.body_truncated,
    d.replay_of,
    d.is_test,
    d.flags ?? null,
    d.claimed_transfer_id ?? null
  ]
}

export const PRUNE_SQL = `DELETE FROM deliveries WHERE rejected = 1 AND id <= (SELECT id FROM deliveries WHERE rejected = 1 ORDER BY id DESC LIMIT 1 OFFSET $1)`

export function deliveriesRepo(q: Queryable) {
  const getRaw = async (id: number) => {
    const key = asId(id)
    return key === null ? undefined : one<DeliveryRecord>(q, 'SELECT * FROM deliveries WHERE id = $1', [key], 'deliveries.get')
  }

  async function list(dq: DeliveriesQuery & { limit: number }): Promise<Page<DeliveryRow>> {
    const where: string[] = []
    const { values, p } = params()
    const verdicts = dq.verdict === undefined ? [] : Array.isArray(dq.verdict) ? dq.verdict : [dq.verdict]
    if (verdicts.length) {
      where.push(`verdict = ANY(${p(verdicts)}::text[])`)
      if (!verdicts.includes('accepted')) where.push(`verdict <> 'accepted'`)
    }
    if (dq.rejected !== undefined) where.push(dq.rejected ? 'rejected = 1' : 'rejected = 0')
    if (dq.transferId) where.push(`transfer_id = ${p(dq.transferId)}`)
    if (dq.eventId) {
      // As in SQLite: an EventId's deliveries are found through its event's transfer (indexed),
      // looked up first so the planner sees a plain equality (or IS NULL).
      const ev = await one<{ transfer_id: string | null }>(q, 'SELECT transfer_id FROM webhook_events WHERE event_id = $1', [dq.eventId], 'events.transferOf')
      where.push(`event_id = ${p(dq.eventId)}`, ev?.transfer_id == null ? 'transfer_id IS NULL' : `transfer_id = ${p(ev.transfer_id)}`)
    }
    const total = (await one<{ n: number }>(q, `SELECT count(*) AS n FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, values))!.n
    if (dq.cursor) {
      const before = Number(dq.cursor)
      if (!Number.isSafeInteger(before)) throw Object.assign(new Error('The page cursor is not valid; start again from the first page.'), { code: 'INVALID_ARGUMENT' })
      where.push(`id < ${p(before)}`)
    }
    const rows = await all<DeliveryRecord>(q, `SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${p(lim(dq.limit + 1))}`, values)
    const more = rows.length > dq.limit
    const items = rows.slice(0, dq.limit).map(toDeliveryRow)
    const last = items[items.length - 1]
    return { items, total, nextCursor: more && last ? String(last.id) : null }
  }

  return {
    insert: async (d: DeliveryInsert): Promise<number> =>
      (await one<{ id: number }>(q, `INSERT INTO deliveries (${DELIVERY_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`, deliveryValues(d), 'deliveries.insert'))!.id,
    recordAnswerTimes: (rows: readonly { id: number; ms: number }[]) => writeAnswerTimes(q, rows),
    get: async (id: number): Promise<DeliveryRow | undefined> => {
      const r = await getRaw(id)
      return r ? toDeliveryRow(r) : undefined
    },
    getRaw,
    listForTransfer: async (transferId: string): Promise<DeliveryRow[]> =>
      (await all<DeliveryRecord>(q, 'SELECT * FROM deliveries WHERE transfer_id = $1 ORDER BY id', [transferId], 'deliveries.forTransfer')).map(toDeliveryRow),
    listClaimingTransfer: async (transferId: string, limit = CLAIMS_LIMIT): Promise<DeliveryRow[]> =>
      (
        await all<DeliveryRecord>(q, 'SELECT * FROM deliveries WHERE claimed_transfer_id = $1 ORDER BY id DESC LIMIT $2', [transferId, limit], 'deliveries.claiming')
      ).map(toDeliveryRow),
    rejectedCount: async (): Promise<number> => (await one<{ n: number }>(q, 'SELECT count(*) AS n FROM deliveries WHERE rejected = 1', [], 'deliveries.rejectedCount'))!.n,
    pruneRejected: async (keep: number): Promise<number> => (await run(q, PRUNE_SQL, [keep], 'deliveries.prune')).rowCount ?? 0,
    lastReceivedAt: async (): Promise<number | null> => (await one<{ at: number }>(q, 'SELECT received_at AS at FROM deliveries ORDER BY id DESC LIMIT 1', [], 'deliveries.last'))?.at ?? null,
    list
  }
}

/** Our answer times, many rows in one statement (the last value for an id wins, as in SQLite). */
export async function writeAnswerTimes(q: Queryable, rows: readonly { id: number; ms: number }[]): Promise<void> {
  const byId = new Map<number, number>()
  for (const r of rows) if (Number.isSafeInteger(r.id)) byId.set(r.id, r.ms)
  if (byId.size === 0) return
  await run(
    q,
    'UPDATE deliveries AS d SET answer_ms = v.ms FROM unnest($1::bigint[], $2::float8[]) AS v(id, ms) WHERE d.id = v.id',
    [[...byId.keys()], [...byId.values()]],
    'deliveries.answers'
  )
}

export function sessionsRepo(q: Queryable) {
  return {
    insert: async (r: SessionInsert): Promise<void> => {
      await run(
        q,
        `INSERT INTO link_sessions (session_id, transaction_id, created_at, amount, currency, asset, network, destination_address, note, user_id, customer_key, token_expires_at, state, transfer_id, updated_at,
           usd_amount, fx_rate, end_reason, ended_at, payment_link)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
        [
          r.session_id,
          r.transaction_id,
          r.created_at,
          r.amount,
          r.currency,
          r.asset,
          r.network,
          r.destination_address,
          r.note,
          r.user_id,
          r.customer_key,
          r.token_expires_at,
          r.state,
          r.transfer_id,
          r.updated_at,
          r.usd_amount ?? null,
          r.fx_rate ?? null,
          r.end_reason ?? null,
          r.ended_at ?? null,
          r.payment_link ?? null
        ],
        'sessions.insert'
      )
    },
    get: (id: string) => one<SessionRecord>(q, 'SELECT * FROM link_sessions WHERE session_id = $1', [id], 'sessions.get'),
    findByTransactionId: (txn: string) => one<SessionRecord>(q, 'SELECT * FROM link_sessions WHERE transaction_id = $1', [txn], 'sessions.byTxn'),
    linkTransfer: async (sessionId: string, transferId: string, now: number): Promise<void> => {
      await run(q, 'UPDATE link_sessions SET transfer_id = $1, updated_at = $2 WHERE session_id = $3 AND transfer_id IS NULL', [transferId, now, sessionId], 'sessions.link')
    },
    setState: async (sessionId: string, state: string, now: number): Promise<void> => {
      await run(q, 'UPDATE link_sessions SET state = $1, updated_at = $2 WHERE session_id = $3', [state, now, sessionId], 'sessions.setState')
    },
    recent: (limit: number) => all<SessionRecord>(q, 'SELECT * FROM link_sessions ORDER BY created_at DESC LIMIT $1', [lim(limit)], 'sessions.recent'),
    end: async (sessionId: string, reason: SaleEndReason, endedAt: number, now: number): Promise<boolean> =>
      (
        await run(
          q,
          `UPDATE link_sessions SET end_reason = $1, ended_at = $2, state = $1, updated_at = $3 WHERE session_id = $4 AND ${END_WHERE}`,
          [reason, endedAt, now, sessionId],
          'sessions.end'
        )
      ).rowCount === 1,
    expiredWaiting: (now: number, limit: number) =>
      all<SessionRecord>(
        q,
        `SELECT * FROM link_sessions WHERE state = 'waiting' AND token_expires_at <= $1 ORDER BY token_expires_at, session_id LIMIT $2`,
        [now, lim(limit)],
        'sessions.expiredWaiting'
      ),
    charges: async (sessionIds: readonly string[], transactionIds: readonly string[]): Promise<ChargeRecord[]> =>
      sessionIds.length + transactionIds.length === 0
        ? []
        : all<ChargeRecord>(
            q,
            `SELECT session_id, transaction_id, amount, currency, usd_amount, fx_rate FROM link_sessions
              WHERE session_id = ANY($1::text[]) OR transaction_id = ANY($2::text[])`,
            [sessionIds, transactionIds],
            'sessions.charges'
          ),
    addSdkEvent: async (sessionId: string, at: number, type: string, payload: unknown): Promise<number> =>
      (await one<{ id: number }>(
        q,
        'INSERT INTO sdk_events (session_id, at, type, payload) VALUES ($1, $2, $3, $4) RETURNING id',
        [sessionId, at, type, payload === undefined ? null : JSON.stringify(payload)],
        'sessions.addSdkEvent'
      ))!.id,
    sdkEvents: (sessionId: string) => all<SdkEventRecord>(q, 'SELECT * FROM sdk_events WHERE session_id = $1 ORDER BY id', [sessionId], 'sessions.sdkEvents')
  }
}

export function customersRepo(q: Queryable) {
  return {
    /** The customer's Mesh userId, creating the customer on first sight (one atomic upsert: two counters cannot both create it). */
    ensure: async (customerKey: string, newUserId: string, now: number): Promise<string> =>
      (await one<{ user_id: string }>(
        q,
        `INSERT INTO customers (customer_key, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (customer_key) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at RETURNING user_id`,
        [customerKey, newUserId, now],
        'customers.ensure'
      ))!.user_id,
    saveConnection: async (customerKey: string, c: IntegrationAccessToken, now: number): Promise<void> => {
      await run(
        q,
        `INSERT INTO customer_connections (customer_key, broker_type, broker_name, account_id, account_name, access_token, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (customer_key, broker_type, account_id) DO UPDATE SET broker_name = EXCLUDED.broker_name,
           account_name = EXCLUDED.account_name, access_token = EXCLUDED.access_token, updated_at = EXCLUDED.updated_at`,
        [customerKey, c.brokerType, c.brokerName, c.accountId, c.accountName, c.accessToken, now],
        'customers.saveConnection'
      )
    },
    connections: async (customerKey: string): Promise<IntegrationAccessToken[]> =>
      (
        await all<{ account_id: string; account_name: string; access_token: string; broker_type: string; broker_name: string }>(
          q,
          'SELECT account_id, account_name, access_token, broker_type, broker_name FROM customer_connections WHERE customer_key = $1 ORDER BY updated_at DESC',
          [customerKey],
          'customers.connections'
        )
      ).map((r) => ({ accountId: r.account_id, accountName: r.account_name, accessToken: r.access_token, brokerType: r.broker_type, brokerName: r.broker_name })),
    forgetConnections: async (customerKey: string): Promise<number> => (await run(q, 'DELETE FROM customer_connections WHERE customer_key = $1', [customerKey], 'customers.forget')).rowCount ?? 0
  }
}

export function settingsRepo(q: Queryable, now: () => number) {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const r = await one<{ value: string }>(q, 'SELECT value FROM settings WHERE key = $1', [key], 'settings.get')
      return r ? (JSON.parse(r.value) as T) : undefined
    },
    async set(key: string, value: unknown): Promise<void> {
      await run(
        q,
        'INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at',
        [key, JSON.stringify(value), now()],
        'settings.set'
      )
    },
    async delete(key: string): Promise<void> {
      await run(q, 'DELETE FROM settings WHERE key = $1', [key], 'settings.delete')
    },
    async all(): Promise<Record<string, unknown>> {
      const rows = await all<{ key: string; value: string }>(q, 'SELECT key, value FROM settings ORDER BY key', [], 'settings.all')
      return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]))
    }
  }
}

export function auditRepo(q: Queryable, now: () => number) {
  return {
    append: async (actor: string, action: string, detail?: unknown): Promise<number> =>
      (await one<{ id: number }>(
        q,
        'INSERT INTO audit_log (at, actor, action, detail) VALUES ($1, $2, $3, $4) RETURNING id',
        [now(), actor, action, detail === undefined ? null : JSON.stringify(detail)],
        'audit.append'
      ))!.id,
    list: async (limit = 100, beforeId = Number.MAX_SAFE_INTEGER): Promise<AuditEntry[]> =>
      (
        await all<{ id: number; at: number; actor: string; action: string; detail: string | null }>(
          q,
          'SELECT * FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2',
          [Math.ceil(beforeId), lim(limit)],
          'audit.list'
        )
      ).map((r) => ({ ...r, detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown) }))
  }
}

interface DowntimeRecord {
  id: number
  kind: string
  started_at: number
  ended_at: number | null
  reason: string | null
  reconciled_at: number | null
}

const toWindow = (r: DowntimeRecord): DowntimeWindow => ({
  id: r.id,
  kind: r.kind as DowntimeKind,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  reason: r.reason,
  reconciledAt: r.reconciled_at
})

export function downtimeRepo(q: Queryable) {
  const openOfKind = (kind: string) => one<DowntimeRecord>(q, 'SELECT * FROM downtime WHERE kind = $1 AND ended_at IS NULL ORDER BY id LIMIT 1', [kind], 'downtime.openOfKind')
  return {
    /** One open window per kind: the partial unique index decides between two receivers opening one at once. */
    open: async (kind: DowntimeKind, at: number, reason: string | null = null): Promise<number> => {
      for (;;) {
        const inserted = await one<{ id: number }>(
          q,
          'INSERT INTO downtime (kind, started_at, ended_at, reason) VALUES ($1, $2, NULL, $3) ON CONFLICT (kind) WHERE ended_at IS NULL DO NOTHING RETURNING id',
          [kind, at, reason],
          'downtime.open'
        )
        if (inserted) return inserted.id
        const existing = await openOfKind(kind)
        if (existing) return existing.id
        // closed between the two statements: try again
      }
    },
    close: async (kind: DowntimeKind, at: number): Promise<DowntimeWindow | null> => {
      const r = await one<DowntimeRecord>(q, 'UPDATE downtime SET ended_at = GREATEST(started_at, $1) WHERE kind = $2 AND ended_at IS NULL RETURNING *', [at, kind], 'downtime.close')
      return r ? toWindow(r) : null
    },
    record: async (kind: DowntimeKind, startedAt: number, endedAt: number, reason: string | null = null): Promise<number> =>
      (await one<{ id: number }>(
        q,
        'INSERT INTO downtime (kind, started_at, ended_at, reason) VALUES ($1, $2, $3, $4) RETURNING id',
        [kind, startedAt, Math.max(startedAt, endedAt), reason],
        'downtime.record'
      ))!.id,
    openWindow: async (kind: DowntimeKind): Promise<DowntimeWindow | null> => {
      const r = await openOfKind(kind)
      return r ? toWindow(r) : null
    },
    get: async (id: number): Promise<DowntimeWindow | null> => {
      const key = asId(id)
      const r = key === null ? undefined : await one<DowntimeRecord>(q, 'SELECT * FROM downtime WHERE id = $1', [key], 'downtime.get')
      return r ? toWindow(r) : null
    },
    list: async (limit = 100): Promise<DowntimeWindow[]> =>
      (await all<DowntimeRecord>(q, 'SELECT * FROM downtime ORDER BY started_at DESC, id DESC LIMIT $1', [lim(limit)], 'downtime.list')).map(toWindow),
    unreconciled: async (): Promise<DowntimeWindow[]> =>
      (await all<DowntimeRecord>(q, 'SELECT * FROM downtime WHERE reconciled_at IS NULL ORDER BY started_at, id', [], 'downtime.unreconciled')).map(toWindow),
    markReconciled: async (id: number, at: number): Promise<boolean> => {
      const key = asId(id)
      if (key === null) return false
      return (await run(q, 'UPDATE downtime SET reconciled_at = $1 WHERE id = $2 AND ended_at IS NOT NULL AND reconciled_at IS NULL', [at, key], 'downtime.mark')).rowCount === 1
    }
  }
}


export function reconcileRepo(q: Queryable) {
  return {
    startRun: async (trigger: string, at: number): Promise<number> =>
      (await one<{ id: number }>(q, 'INSERT INTO reconcile_runs (started_at, trigger) VALUES ($1, $2) RETURNING id', [at, trigger], 'reconcile.start'))!.id,
    finishRun: async (id: number, r: { finishedAt: number; checked: number; updated: number; conflicts: number; error: string | null }): Promise<void> => {
      const key = asId(id)
      if (key === null) return
      await run(
        q,
        'UPDATE reconcile_runs SET finished_at = $2, checked = $3, updated = $4, conflicts = $5, error = $6 WHERE id = $1',
        [key, r.finishedAt, r.checked, r.updated, r.conflicts, r.error],
        'reconcile.finish'
      )
    },
    getRun: async (id: number): Promise<ReconcileRunRow | null> => {
      const key = asId(id)
      const r = key === null ? undefined : await one<RunRecord>(q, 'SELECT * FROM reconcile_runs WHERE id = $1', [key], 'reconcile.get')
      return r ? toRunRow(r) : null
    },
    listRuns: async (limit = 20): Promise<ReconcileRunRow[]> => (await all<RunRecord>(q, 'SELECT * FROM reconcile_runs ORDER BY id DESC LIMIT $1', [lim(limit)], 'reconcile.list')).map(toRunRow),
    runsBetween: async (from: number, to: number, limit: number): Promise<ReconcileRunRow[]> =>
      (await all<RunRecord>(q, 'SELECT * FROM reconcile_runs WHERE started_at >= $1 AND started_at <= $2 ORDER BY id DESC LIMIT $3', [from, to, lim(limit)], 'reconcile.between')).map(toRunRow),
    pendingTransfers: (seenBefore: number, seenAfter: number) =>
      all<{ transfer_id: string; first_seen_at: number }>(
        q,
        'SELECT transfer_id, first_seen_at FROM transfers WHERE is_final = 0 AND is_test = 0 AND first_seen_at <= $1 AND first_seen_at >= $2 ORDER BY first_seen_at',
        [seenBefore, seenAfter],
        'reconcile.pending'
      ),
    unlinkedSessions: (createdBefore: number, createdAfter: number) =>
      all<{ session_id: string; transaction_id: string; created_at: number }>(
        q,
        'SELECT session_id, transaction_id, created_at FROM link_sessions WHERE transfer_id IS NULL AND created_at <= $1 AND created_at >= $2 ORDER BY created_at',
        [createdBefore, createdAfter],
        'reconcile.unlinked'
      )
  }
}

export function shiftsRepo(q: Queryable) {
  const current = () => one<ShiftRecord>(q, 'SELECT * FROM shifts WHERE closed_at IS NULL', [], 'shifts.current')
  return {
    /** One statement: the partial unique index lets one of two concurrent opens in; the other finds it. */
    open: async (shiftId: string, openedAt: number, openedBy: string | null): Promise<ShiftOpenResult> => {
      for (;;) {
        const inserted = await one<ShiftRecord>(
          q,
          'INSERT INTO shifts (shift_id, opened_at, closed_at, opened_by) VALUES ($1, $2, NULL, $3) ON CONFLICT DO NOTHING RETURNING *',
          [shiftId, openedAt, openedBy],
          'shifts.open'
        )
        if (inserted) return { created: true, shift: inserted }
        const existing = await current()
        if (existing) return { created: false, shift: existing }
        if (await one(q, 'SELECT 1 FROM shifts WHERE shift_id = $1', [shiftId])) throw new Error(`store: shift id ${shiftId} is taken`)
        // the open one was closed between the two statements: try again
      }
    },
    close: (at: number) => one<ShiftRecord>(q, 'UPDATE shifts SET closed_at = GREATEST(opened_at, $1) WHERE closed_at IS NULL RETURNING *', [at], 'shifts.close'),
    current,
    get: (shiftId: string) => one<ShiftRecord>(q, 'SELECT * FROM shifts WHERE shift_id = $1', [shiftId], 'shifts.get'),
    list: (limit: number) => all<ShiftRecord>(q, 'SELECT * FROM shifts ORDER BY opened_at DESC, shift_id DESC LIMIT $1', [lim(limit)], 'shifts.list'),
    salesBetween: (from: number, to: number) =>
      all<SessionRecord>(q, 'SELECT * FROM link_sessions WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at DESC, session_id DESC', [from, to], 'shifts.sales'),
    paidSalesBetween: (from: number, to: number) => all<PaidSaleRecord>(q, paidSalesSql(SALE_USD_AMOUNT_SQL, '$1', '$2'), [from, to], 'shifts.paid')
  }
}
