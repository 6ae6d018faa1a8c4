// Recording verified deliveries: the writer side of the ingest path. Runs where the write
// connection lives (the SQLite writer thread); the main thread has already checked the
// signature and parsed the body (prepare.ts), and answers only after this has committed.
import { claimedTransferId } from './claims'
import type { DeliveryVerdict } from '../../../shared/contract'
import { formatFlags, type DeliveryInsert } from '../store/deliveries'
import type { SyncLedger } from '../store/sqlite/ledger'
import { createEventRecorder } from './apply'
import type { Interpretation } from './payload'

export interface IngestLimits {
  /** Rejected deliveries keep at most this many bytes of body. */
  rejectedBodyBytes: number
  /** At most this many rejected deliveries are kept (oldest pruned). */
  rejectedKeep: number
  /** Stored header JSON is cut to this many bytes. */
  headerBytes: number
}

export const DEFAULT_LIMITS: IngestLimits = { rejectedBodyBytes: 4096, rejectedKeep: 10_000, headerBytes: 8192 }

export interface IncomingDelivery {
  raw: Buffer
  headers: Record<string, string | string[] | undefined>
  remoteAddress: string | null
  receivedAt: number
  /** Set when the delivery is a replay of a stored one (inspector). */
  replayOf?: number | null
  isTest?: boolean
}

/** A delivery whose signature was checked and whose body was read, ready to be stored. */
export type PreparedDelivery =
  | { d: IncomingDelivery; kind: 'rejected'; verdict: DeliveryVerdict; httpStatus: number; reason: string | null }
  /** `parsed` without its `json` (the writer stores the exact signed bytes, never a re-serialisation). */
  | { d: IncomingDelivery; kind: 'signed'; parsed: Exclude<Interpretation, { kind: 'event' | 'uninterpretable' }> | DistributiveOmit<Extract<Interpretation, { kind: 'event' | 'uninterpretable' }>, 'json'> }

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export interface IngestResult {
  httpStatus: 200 | 400 | 401 | 413
  verdict: DeliveryVerdict
  deliveryRowId: number
  eventId: string | null
  transferId: string | null
  /** Transfer rows changed by this delivery (to publish after the reply). */
  changedTransferId: string | null
  reason: string | null
}

/** Header names whose values are secrets or credentials: never stored. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-client-secret', 'x-api-key'])

export function storableHeaders(headers: IncomingDelivery['headers'], maxBytes: number): string {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue
    const key = k.toLowerCase()
    out[key] = SECRET_HEADERS.has(key) ? '[redacted]' : Array.isArray(v) ? v.join(', ') : v
  }
  let json = JSON.stringify(out)
  if (Buffer.byteLength(json) > maxBytes) {
    // Keep what fits, header by header, and say that some were cut.
    const kept: Record<string, string> = {}
    let size = 2
    for (const [k, v] of Object.entries(out)) {
      const val = v.length > 512 ? `${v.slice(0, 512)}…` : v
      const add = Buffer.byteLength(JSON.stringify({ [k]: val }))
      if (size + add > maxBytes - 40) break
      kept[k] = val
      size += add
    }
    kept['x-countertop-truncated'] = 'true'
    json = JSON.stringify(kept)
  }
  return json
}

export type DeliveryRecorder = ReturnType<typeof createDeliveryRecorder>

/**
 * The row of a rejected delivery, for both engines: no verified ids, the body cut at the limit,
 * and the TransferId its unverified body claims (so ledger.get finds it by index).
 */
export function rejectedDeliveryRow(d: IncomingDelivery, verdict: DeliveryVerdict, httpStatus: number, limits: IngestLimits): DeliveryInsert {
  const body = d.raw.subarray(0, limits.rejectedBodyBytes)
  return {
    delivery_id: null,
    event_id: null,
    transfer_id: null,
    received_at: d.receivedAt,
    sent_ts: null,
    verdict,
    http_status: httpStatus,
    remote_addr: d.remoteAddress,
    headers: storableHeaders(d.headers, limits.headerBytes),
    body,
    body_size: d.raw.length,
    body_truncated: d.raw.length > limits.rejectedBodyBytes ? 1 : 0,
    replay_of: d.replayOf ?? null,
    is_test: d.isTest ? 1 : 0,
    claimed_transfer_id: claimedTransferId(body)
  }
}

export function createDeliveryRecorder(store: Pick<SyncLedger, 'db' | 'deliveries' | 'events' | 'transfers' | 'transferKeys' | 'sessions'>, limitsIn?: Partial<IngestLimits>) {
  const limits = { ...DEFAULT_LIMITS, ...limitsIn }
  let rejectedSincePrune = 0
  const recordNewEvent = createEventRecorder(store)

  function recordRejected(d: IncomingDelivery, verdict: DeliveryVerdict, httpStatus: number): number {
    const id = store.deliveries.insert(rejectedDeliveryRow(d, verdict, httpStatus, limits))
    // Prune in amortised steps so hostile traffic cannot fill the disk.
    if (++rejectedSincePrune >= 100) {
      rejectedSincePrune = 0
      store.deliveries.pruneRejected(limits.rejectedKeep)
    }
    return id
  }

  function recordSigned(d: IncomingDelivery, parsed: Extract<PreparedDelivery, { kind: 'signed' }>['parsed']): IngestResult {
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
      const id = store.deliveries.insert({ ...base, delivery_id: null, event_id: null, transfer_id: null, sent_ts: null, verdict: 'malformed', flags: null })
      return { httpStatus: 200, verdict: 'malformed', deliveryRowId: id, eventId: null, transferId: null, changedTransferId: null, reason: parsed.reason }
    }
    if (parsed.kind === 'uninterpretable') {
      // Keep the event row when it has an EventId, so a later retry is seen as a repeat.
      // Indexed by its transfer's seq when the ledger has that transfer (and its event agrees).
      let seq = parsed.transferId ? store.transferKeys.seqOf(parsed.transferId) : null
      if (parsed.eventId) {
        const known = store.transferKeys.event(parsed.eventId)
        if (known) {
          store.events.countRepeatDelivery(parsed.eventId)
          if (known.transfer_id === parsed.transferId) seq = known.transfer_seq ?? null
        } else
          store.events.insert({
            event_id: parsed.eventId,
            transfer_id: parsed.transferId,
            transfer_seq: seq,
            status: null,
            status_raw: null,
            event_ts: null,
            first_received_at: d.receivedAt,
            delivery_count: 1,
            provenance: 'webhook',
            applied: 0,
            conflict: 0,
            payload: null // the body is in this delivery's row
          })
      }
      const id = store.deliveries.insert({
        ...base,
        delivery_id: parsed.deliveryId,
        event_id: parsed.eventId,
        transfer_id: parsed.transferId,
        transfer_seq: seq,
        sent_ts: parsed.sentTimestamp,
        verdict: 'uninterpretable',
        flags: formatFlags(parsed.flags)
      })
      return { httpStatus: 200, verdict: 'uninterpretable', deliveryRowId: id, eventId: parsed.eventId, transferId: parsed.transferId, changedTransferId: null, reason: parsed.reason }
    }
    const e = parsed.event
    const known = store.transferKeys.event(e.eventId)
    let verdict: DeliveryVerdict
    let changed: string | null = null
    /** The seq of the transfer this delivery is indexed by: its event's (a repeat), else its own transfer's. */
    let seq: number | null
    if (known) {
      seq = known.transfer_seq ?? null
      verdict = 'duplicate'
      store.events.countRepeatDelivery(e.eventId)
      if (known.transfer_id) {
        store.transfers.countRepeatDelivery(known.transfer_id, d.receivedAt)
        changed = known.transfer_id
      }
    } else if (parsed.flags.includes('ambiguous')) {
      // A field we read is in the body twice: which value Mesh meant is a guess, so the event
      // is kept (a retry is a repeat; the console shows it flagged) and its transfer left alone.
      verdict = 'accepted'
      seq = store.transferKeys.seqOf(e.transferId)
      store.events.insert({
        event_id: e.eventId,
        transfer_id: e.transferId,
        transfer_seq: seq,
        status: e.status,
        status_raw: e.statusRaw,
        event_ts: e.timestamp,
        first_received_at: d.receivedAt,
        delivery_count: 1,
        provenance: 'webhook',
        applied: 0,
        conflict: 0,
        payload: null
      })
    } else {
      verdict = 'accepted'
      seq = recordNewEvent(e, { provenance: 'webhook', at: d.receivedAt, isTest, payload: null }).seq
      changed = e.transferId
    }
    const id = store.deliveries.insert({
      ...base,
      delivery_id: e.deliveryId,
      event_id: e.eventId,
      transfer_id: known ? known.transfer_id : e.transferId,
      transfer_seq: seq,
      sent_ts: e.sentTimestamp,
      verdict,
      flags: formatFlags(parsed.flags)
    })
    return { httpStatus: 200, verdict, deliveryRowId: id, eventId: e.eventId, transferId: e.transferId, changedTransferId: changed, reason: null }
  }

  function recordOne(p: PreparedDelivery): IngestResult {
    if (p.kind === 'rejected') {
      const id = recordRejected(p.d, p.verdict, p.httpStatus)
      return { httpStatus: p.httpStatus as IngestResult['httpStatus'], verdict: p.verdict, deliveryRowId: id, eventId: null, transferId: null, changedTransferId: null, reason: p.reason }
    }
    return recordSigned(p.d, p.parsed)
  }

  /** One delivery in its own savepoint (inside the group's transaction): its failure undoes only itself. */
  const inSavepoint = store.db.transaction((p: PreparedDelivery) => recordOne(p))

  /**
   * Group commit: one transaction (one fsync with synchronous=FULL) for every delivery that
   * arrived while the previous group was being committed, each in its own savepoint. Per
   * delivery its result or the Error that kept it from being stored (answer that one 503).
   * Throws if the commit itself fails: then none is stored (answer all 503).
   */
  const recordGroup = store.db.transaction((ps: readonly PreparedDelivery[], answers: readonly { id: number; ms: number }[]): (IngestResult | Error)[] => {
    if (answers.length) store.deliveries.recordAnswerTimes(answers)
    return ps.map((p) => {
      try {
        return inSavepoint(p)
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err))
      }
    })
  })

  return {
    recordGroup: (ps: readonly PreparedDelivery[], answers: readonly { id: number; ms: number }[] = []) => recordGroup.immediate(ps, answers),
    /** One delivery in its own transaction (replays, tests). */
    recordOne: (p: PreparedDelivery) => inSavepoint.immediate(p)
  }
}
