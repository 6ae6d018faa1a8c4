// Recording deliveries on PostgreSQL: what ../../webhooks/record.ts does on the SQLite writer
// thread, as SQL that is safe with several receivers writing at once.
//
// One transaction per delivery (PostgreSQL groups the fsyncs of concurrent commits itself):
//   1. the event is claimed with INSERT … ON CONFLICT (event_id) DO NOTHING RETURNING — the
//      unique key is the gate: of any number of receivers holding the same EventId, exactly one
//      gets the row back and applies it, every other one waits for that transaction and then
//      counts a duplicate. Never check-then-insert;
//   2. the transfer's new state is ONE upsert, INSERT … ON CONFLICT (transfer_id) DO UPDATE,
//      whose SET clauses encode nextTransferState (../../webhooks/state.ts) and the field rules
//      of applyEvent (../../webhooks/apply.ts) — see transferUpsertSql below. The conflicting
//      row is locked and read at its latest committed version, so two events of one transfer
//      at once serialise on it and neither is lost;
//   3. the delivery row, and pg_notify with ids only, delivered to every listener at COMMIT.
import { FINAL_STATUSES, type DeliveryVerdict, type Provenance } from '../../../../shared/contract'
import { PAID_STATUSES, STATUS_STEPS } from '../../../../shared/status'
import type { PolledItem, PolledOutcome } from '../../webhooks/apply'
import type { MeshStatusEvent } from '../../webhooks/payload'
import { DEFAULT_LIMITS, rejectedDeliveryRow, storableHeaders, type IncomingDelivery, type IngestLimits, type IngestResult, type PreparedDelivery } from '../../webhooks/record'
import { formatFlags, type DeliveryInsert } from '../deliveries'
import { DELIVERY_INSERT_COLUMNS, PRUNE_SQL, deliveryValues } from './repos'
import { all, one, type Queryable } from './sql'

/** What a LISTENer is told about a change: ids only, the rows are read where they are shown. */
export interface ChangeNotice {
  /** The delivery row recorded; null for a change without one (a status Mesh's transfer list reported). */
  deliveryId: number | null
  /** The transfer whose row changed, if any. */
  transferId: string | null
}

/** Polled transfers recorded at once (each its own transaction; the pool's other connections stay free for webhooks). */
const POLL_CONCURRENCY = 4

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`
const list = (xs: readonly string[]) => `(${xs.map(lit).join(', ')})`
const FINALS = list(FINAL_STATUSES)
const PAID = list(PAID_STATUSES)

/** statusStep (shared/status.ts) of a status column: unknown statuses are step 0, as pending. */
const step = (c: string) => `(CASE ${c} ${Object.entries(STATUS_STEPS).map(([st, n]) => `WHEN ${lit(st)} THEN ${n}`).join(' ')} ELSE 0 END)`

/** statusesContradict: failed against a paid status (succeeded or a refund step), either way round. */
const contradict = (a: string, b: string) => `((${a} = 'failed' AND ${b} IN ${PAID}) OR (${b} = 'failed' AND ${a} IN ${PAID}))`

/**
 * "The event is applied" (nextTransferState's `applied`) over the locked current row `t` and
 * the proposed one EXCLUDED (the event's values): never when they contradict; a later step
 * yes; the same step only when the current status is not final, and then the later by Mesh
 * Timestamp (a missing one counts as -1), then by EventId (byte order: COLLATE "C").
 */
const APPLIED = `(NOT ${contradict('t.status', 'EXCLUDED.status')} AND (${step('EXCLUDED.status')} > ${step('t.status')}
  OR (${step('EXCLUDED.status')} = ${step('t.status')} AND t.status NOT IN ${FINALS} AND (coalesce(EXCLUDED.status_ts, -1) > coalesce(t.status_ts, -1)
  OR (coalesce(EXCLUDED.status_ts, -1) = coalesce(t.status_ts, -1) AND EXCLUDED.status_event_id > coalesce(t.status_event_id, '') COLLATE "C")))))`

/** applyEvent's field rule: a value we have is kept unless this event set the status (then it is fresher); a missing one is filled from any event. */
const prefer = (c: string) => `CASE WHEN ${APPLIED} THEN coalesce(EXCLUDED.${c}, t.${c}) ELSE coalesce(t.${c}, EXCLUDED.${c}) END`
const ifApplied = (c: string, otherwise = `t.${c}`) => `CASE WHEN ${APPLIED} THEN EXCLUDED.${c} ELSE ${otherwise} END`

const PREFERRED = ['transaction_id', 'tx_hash', 'user_id', 'token', 'chain', 'source_amount', 'destination_amount', 'source_provider', 'destination_address', 'refund_address']

/**
 * One new status event folded into its transfer, in one statement:
 *   up:   the upsert. A first event inserts the row (its status, event_count 1, the sale whose
 *         TransactionId it names); later ones update it by the rules above. conflict is
 *         sticky too: set when an event contradicts the status (failed against paid);
 *   link: the sale (link session) named by the event's TransactionId learns its transfer, when
 *         the transfer took that sale just now (first come: only if it has none yet);
 *   ev:   the event row claimed before this statement gets its verdict: applied when the
 *         transfer's status is now the event's (status_event_id), conflict when the status
 *         that stands contradicts the event's (failed against paid).
 * $1 transfer_id, $2 the event's TransactionId, $3 status, $4 raw status, $5 Timestamp,
 * $6 EventId, $7…$15 fields, $16 at, $17 deliveries to count (1 webhook, 0 poll), $18 provenance, $19 is_test.
 */
export const TRANSFER_UPSERT_SQL = `
WITH up AS (
  INSERT INTO transfers AS t (transfer_id, transaction_id, status, status_raw, is_final, conflict, status_ts, status_event_id,
    tx_hash, user_id, token, chain, source_amount, destination_amount, source_provider, destination_address, refund_address,
    first_seen_at, updated_at, event_count, delivery_count, retried, provenance, is_test, session_id)
  VALUES ($1::text, $2::text, $3::text, $4::text, CASE WHEN $3::text IN ${FINALS} THEN 1 ELSE 0 END, 0, $5::bigint, $6::text,
    $7::text, $8::text, $9::text, $10::text, $11::text, $12::text, $13::text, $14::text, $15::text,
    $16::bigint, $16::bigint, 1, $17::integer, 0, $18::text, $19::smallint,
    (SELECT s.session_id FROM link_sessions s WHERE s.transaction_id = $2::text))
  ON CONFLICT (transfer_id) DO UPDATE SET
    status = ${ifApplied('status')},
    status_raw = ${ifApplied('status_raw')},
    is_final = CASE WHEN ${ifApplied('status')} IN ${FINALS} THEN 1 ELSE 0 END,
    conflict = CASE WHEN t.conflict <> 0 THEN t.conflict WHEN ${contradict('t.status', 'EXCLUDED.status')} THEN 1 ELSE 0 END,
    status_ts = ${ifApplied('status_ts')},
    status_event_id = ${ifApplied('status_event_id', `coalesce(t.status_event_id, '')`)},
    ${PREFERRED.map((c) => `${c} = ${prefer(c)}`).join(',\n    ')},
    updated_at = EXCLUDED.updated_at,
    event_count = t.event_count + 1,
    delivery_count = t.delivery_count + EXCLUDED.delivery_count,
    provenance = ${ifApplied('provenance')},
    session_id = coalesce(t.session_id, EXCLUDED.session_id)
  RETURNING t.status, t.status_event_id, t.session_id
),
link AS (
  UPDATE link_sessions s SET transfer_id = $1::text, updated_at = $16::bigint
  FROM up WHERE s.session_id = up.session_id AND s.transaction_id = $2::text AND s.transfer_id IS NULL
  RETURNING 1
),
ev AS (
  UPDATE webhook_events e SET
    applied = CASE WHEN up.status_event_id = $6::text THEN 1 ELSE 0 END,
    conflict = CASE WHEN ${contradict('up.status', '$3::text')} THEN 1 ELSE 0 END
  FROM up WHERE e.event_id = $6::text
  RETURNING e.applied, e.conflict
)
SELECT applied, conflict FROM ev`

/** The event claim: the row, or nothing when the EventId is already stored (or being stored by another receiver, whose commit this waits for). */
const CLAIM_SQL = `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, $9) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`

/** A known EventId again: counted on the event and on its transfer. */
const REPEAT_SQL = `WITH ev AS (UPDATE webhook_events SET delivery_count = delivery_count + 1 WHERE event_id = $1 RETURNING transfer_id),
  tr AS (UPDATE transfers t SET delivery_count = t.delivery_count + 1, retried = 1, updated_at = $2 FROM ev WHERE t.transfer_id = ev.transfer_id RETURNING 1)
  SELECT transfer_id FROM ev`

/** An uninterpretable event with an EventId: its row kept (so a retry is a repeat), never applied. */
const UNINTERPRETABLE_EVENT_SQL = `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
  VALUES ($1, $2, NULL, NULL, NULL, $3, 1, 'webhook', 0, 0, NULL)
  ON CONFLICT (event_id) DO UPDATE SET delivery_count = webhook_events.delivery_count + 1`

/**
 * The delivery row and its notice, in one statement: $1…$17 its columns, $18 the channel, $19
 * the changed transfer, $20 the row id when one was taken for it ahead (a batch), else the
 * sequence's next.
 */
const DELIVERY_SQL = `WITH d AS (
    INSERT INTO deliveries (id, ${DELIVERY_INSERT_COLUMNS})
    VALUES (coalesce($20::bigint, nextval('deliveries_id_seq')), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id
  )
  SELECT id, pg_notify($18, json_build_object('deliveryId', id, 'transferId', $19::text)::text) FROM d`

/** Row ids for a batch, in batch order (as SQLite numbers a group's deliveries). */
const IDS_SQL = `SELECT nextval('deliveries_id_seq') AS id FROM generate_series(1, $1::integer)`

const NOTIFY_SQL = `SELECT pg_notify($1, json_build_object('deliveryId', NULL, 'transferId', $2::text)::text)`

export interface TxRunner {
  /** Runs fn in one transaction on one connection; a thrown Rollback ends it without error. */
  tx<T>(fn: (c: Queryable) => Promise<T>): Promise<T>
  /** One statement on its own (autocommit: its own transaction). */
  q: Queryable
}

/** Thrown inside tx() to roll back and return `value`. */
export class Rollback<T> {
  constructor(readonly value: T) {}
}

export function createPgRecorder(db: TxRunner, channel: string, limitsIn?: Partial<IngestLimits>, hooks: { onCommitted?: () => void } = {}) {
  const limits: IngestLimits = { ...DEFAULT_LIMITS, ...limitsIn }
  let rejectedSincePrune = 0

  async function insertDelivery(q: Queryable, d: DeliveryInsert, changedTransferId: string | null, rowId: number | null): Promise<number> {
    return (await one<{ id: number }>(q, DELIVERY_SQL, [...deliveryValues(d), channel, changedTransferId, rowId], 'ingest.delivery'))!.id
  }

  /** Folds a claimed event into its transfer (TRANSFER_UPSERT_SQL) and returns the event's verdict. */
  async function applyClaimed(q: Queryable, e: MeshStatusEvent, o: { provenance: Provenance; at: number; isTest: boolean }): Promise<{ applied: boolean; conflict: boolean }> {
    const r = await one<{ applied: number; conflict: number }>(
      q,
      TRANSFER_UPSERT_SQL,
      [
        e.transferId,
        e.transactionId,
        e.status,
        e.statusRaw,
        e.timestamp,
        e.eventId,
        e.txHash,
        e.userId,
        e.token,
        e.chain,
        e.sourceAmount,
        e.destinationAmount,
        e.sourceAccountProvider,
        e.destinationAddress,
        e.refundAddress,
        o.at,
        o.provenance === 'webhook' ? 1 : 0,
        o.provenance,
        o.isTest ? 1 : 0
      ],
      'ingest.transfer'
    )
    if (!r) throw new Error(`store: the event ${e.eventId} was not found after it was claimed`)
    return { applied: r.applied === 1, conflict: r.conflict === 1 }
  }

  const claim = async (q: Queryable, e: MeshStatusEvent, o: { provenance: Provenance; at: number; payload: string | null }): Promise<boolean> =>
    (await one(
      q,
      CLAIM_SQL,
      [e.eventId, e.transferId, e.status, e.statusRaw, e.timestamp, o.at, o.provenance === 'webhook' ? 1 : 0, o.provenance, o.payload],
      'ingest.claim'
    )) !== undefined

  async function recordRejected(p: Extract<PreparedDelivery, { kind: 'rejected' }>, rowId: number | null): Promise<IngestResult> {
    const d = p.d
    const id = await insertDelivery(db.q, rejectedDeliveryRow(d, p.verdict, p.httpStatus, limits), null, rowId)
    // Prune in amortised steps so hostile traffic cannot fill the disk; its own statement,
    // after the row is durable (a failed prune is retried 100 rejections later).
    if (++rejectedSincePrune >= 100) {
      rejectedSincePrune = 0
      await db.q.query({ name: 'deliveries.prune', text: PRUNE_SQL, values: [limits.rejectedKeep] }).catch(() => {})
    }
    return { httpStatus: p.httpStatus as IngestResult['httpStatus'], verdict: p.verdict, deliveryRowId: id, eventId: null, transferId: null, changedTransferId: null, reason: p.reason }
  }

  async function recordSigned(d: IncomingDelivery, parsed: Extract<PreparedDelivery, { kind: 'signed' }>['parsed'], rowId: number | null): Promise<IngestResult> {
    const isTest = d.isTest === true || (parsed.kind === 'event' && parsed.event.selfTest)
    const base = {
      received_at: d.receivedAt,
      http_status: 200,
      remote_addr: d.remoteAddress,
      headers: storableHeaders(d.headers, limits.headerBytes),
      body: d.raw,
      body_size: d.raw.length,
      body_truncated: 0,
      replay_of: d.replayOf ?? null,
      is_test: isTest ? 1 : 0
    }
    if (parsed.kind === 'malformed') {
      const id = await insertDelivery(db.q, { ...base, delivery_id: null, event_id: null, transfer_id: null, sent_ts: null, verdict: 'malformed' }, null, rowId)
      return { httpStatus: 200, verdict: 'malformed', deliveryRowId: id, eventId: null, transferId: null, changedTransferId: null, reason: parsed.reason }
    }
    if (parsed.kind === 'uninterpretable') {
      const row: DeliveryInsert = {
        ...base,
        delivery_id: parsed.deliveryId,
        event_id: parsed.eventId,
        transfer_id: parsed.transferId,
        sent_ts: parsed.sentTimestamp,
        verdict: 'uninterpretable',
        flags: formatFlags(parsed.flags)
      }
      const id = parsed.eventId
        ? await db.tx(async (c) => {
            await c.query({ name: 'ingest.uninterpretable', text: UNINTERPRETABLE_EVENT_SQL, values: [parsed.eventId, parsed.transferId, d.receivedAt] })
            return insertDelivery(c, row, null, rowId)
          })
        : await insertDelivery(db.q, row, null, rowId)
      return { httpStatus: 200, verdict: 'uninterpretable', deliveryRowId: id, eventId: parsed.eventId, transferId: parsed.transferId, changedTransferId: null, reason: parsed.reason }
    }
    const e = parsed.event
    return db.tx(async (c) => {
      let verdict: DeliveryVerdict
      let rowTransfer: string | null
      let changed: string | null
      if (await claim(c, e, { provenance: 'webhook', at: d.receivedAt, payload: null })) {
        verdict = 'accepted'
        rowTransfer = e.transferId
        // An ambiguous event (a field we read given twice) is claimed — kept, applied 0, a retry
        // is a repeat — but never folded into its transfer: as ../../webhooks/record.ts.
        if (parsed.flags.includes('ambiguous')) changed = null
        else {
          await applyClaimed(c, e, { provenance: 'webhook', at: d.receivedAt, isTest })
          changed = e.transferId
        }
      } else {
        verdict = 'duplicate'
        const known = await one<{ transfer_id: string | null }>(c, REPEAT_SQL, [e.eventId, d.receivedAt], 'ingest.repeat')
        rowTransfer = known?.transfer_id ?? null
        changed = rowTransfer
      }
      const id = await insertDelivery(
        c,
        { ...base, delivery_id: e.deliveryId, event_id: e.eventId, transfer_id: rowTransfer, sent_ts: e.sentTimestamp, verdict, flags: formatFlags(parsed.flags) },
        changed,
        rowId
      )
      return { httpStatus: 200, verdict, deliveryRowId: id, eventId: e.eventId, transferId: e.transferId, changedTransferId: changed, reason: null } satisfies IngestResult
    })
  }

  async function recordOne(p: PreparedDelivery, rowId: number | null = null): Promise<IngestResult> {
    const r = p.kind === 'rejected' ? await recordRejected(p, rowId) : await recordSigned(p.d, p.parsed, rowId)
    hooks.onCommitted?.()
    return r
  }

  /**
   * Every delivery in its own transaction, concurrently (the pool bounds how many at once).
   * Deliveries of one batch that share an EventId or a TransferId run one after the other in
   * batch order, so a batch gives the verdicts SQLite's in-order group gives (first accepted,
   * then duplicate) rather than whichever connection won; and a batch's row ids are taken
   * ahead, in one statement, so they follow the batch order as SQLite's do.
   */
  async function recordMany(batch: readonly PreparedDelivery[]): Promise<(IngestResult | Error)[]> {
    let ids: number[] = []
    if (batch.length > 1) {
      try {
        ids = (await db.q.query<{ id: number }>({ name: 'ingest.ids', text: IDS_SQL, values: [batch.length] })).rows.map((r) => r.id).sort((a, b) => a - b)
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err))
        return batch.map(() => e)
      }
    }
    const tail = new Map<string, Promise<unknown>>()
    return Promise.all(
      batch.map((p, i) => {
        const keys = keysOf(p)
        const before = keys.map((k) => tail.get(k)).filter((x): x is Promise<unknown> => x !== undefined)
        const done = (before.length ? Promise.allSettled(before) : Promise.resolve())
          .then(() => recordOne(p, ids[i] ?? null))
          .catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))))
        for (const k of keys) tail.set(k, done)
        return done
      })
    )
  }

  /** A status Mesh's transfer list reports: a new 'poll' event unless we have it or the transfer already has that status. */
  async function recordPolled(e: MeshStatusEvent, at: number, payload: string): Promise<PolledOutcome> {
    return db.tx(async (c) => {
      // Claim first (the same lock order as a webhook: event, then transfer), then look at the
      // transfer under its row lock; either check failing rolls the claim back.
      if (!(await claim(c, e, { provenance: 'poll', at, payload }))) throw new Rollback(null)
      const cur = await one<{ status: string }>(c, 'SELECT status FROM transfers WHERE transfer_id = $1 FOR UPDATE', [e.transferId], 'ingest.pollLock')
      if (cur && cur.status === e.status) throw new Rollback(null)
      const r = await applyClaimed(c, e, { provenance: 'poll', at, isTest: false })
      await c.query({ name: 'ingest.notify', text: NOTIFY_SQL, values: [channel, e.transferId] })
      return { ...r, created: !cur }
    })
  }

  /**
   * A page of Mesh's list: each transfer in its own short transaction (a page-long one would hold
   * its transfers' row locks while webhooks for them wait), a few at a time, answers in order.
   */
  async function recordPolledMany(items: readonly PolledItem[], at: number): Promise<PolledOutcome[]> {
    const out: PolledOutcome[] = new Array(items.length).fill(null)
    if (items.length === 0) return out
    // What the ledger already holds, in two reads for the page: those need no transaction at all
    // (a re-sweep of the overlap, the second run). recordPolled checks again under its locks.
    const [known, events] = await Promise.all([
      all<{ transfer_id: string; status: string }>(db.q, 'SELECT transfer_id, status FROM transfers WHERE transfer_id = ANY($1::text[])', [items.map((i) => i.event.transferId)], 'ingest.pollKnown'),
      all<{ event_id: string }>(db.q, 'SELECT event_id FROM webhook_events WHERE event_id = ANY($1::text[])', [items.map((i) => i.event.eventId)], 'ingest.pollEvents')
    ])
    const status = new Map(known.map((r) => [r.transfer_id, r.status]))
    const seenEvents = new Set(events.map((r) => r.event_id))
    const todo = items.flatMap((it, i) => (status.get(it.event.transferId) === it.event.status || seenEvents.has(it.event.eventId) ? [] : [i]))
    let next = 0
    const worker = async (): Promise<void> => {
      for (let k = next++; k < todo.length; k = next++) {
        const i = todo[k]!
        out[i] = await recordPolled(items[i]!.event, at, items[i]!.payload)
      }
    }
    await Promise.all(Array.from({ length: Math.min(POLL_CONCURRENCY, todo.length) }, worker))
    return out
  }

  return { recordMany, recordOne, recordPolled, recordPolledMany, limits }
}

function keysOf(p: PreparedDelivery): string[] {
  if (p.kind !== 'signed' || p.parsed.kind === 'malformed') return []
  const keys: string[] = []
  const ev = p.parsed.kind === 'event' ? p.parsed.event.eventId : p.parsed.eventId
  const tr = p.parsed.kind === 'event' ? p.parsed.event.transferId : p.parsed.transferId
  if (ev) keys.push(`e:${ev}`)
  if (tr) keys.push(`t:${tr}`)
  return keys
}
