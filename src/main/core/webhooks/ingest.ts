// The ingest path: verify, then one transaction records the delivery, the event (if new)
// and the transfer's new state. The caller answers only after this returns (= committed).
import type { DeliveryVerdict } from '../../../shared/contract'
import type { Store } from '../store'
import { interpretBody } from './payload'
import { verifySignature, SIGNATURE_HEADER } from './signature'
import { createEventRecorder } from './apply'

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

export type Ingestor = ReturnType<typeof createIngestor>

export function createIngestor(deps: { store: Store; secret: () => string; limits?: Partial<IngestLimits>; now?: () => number }) {
  const { store } = deps
  const limits = { ...DEFAULT_LIMITS, ...deps.limits }
  const now = deps.now ?? Date.now
  let rejectedSincePrune = 0

  const recordRejected = store.db.transaction((d: IncomingDelivery, verdict: DeliveryVerdict, httpStatus: number) => {
    const id = store.deliveries.insert({
      delivery_id: null,
      event_id: null,
      transfer_id: null,
      received_at: d.receivedAt,
      sent_ts: null,
      verdict,
      http_status: httpStatus,
      remote_addr: d.remoteAddress,
      headers: storableHeaders(d.headers, limits.headerBytes),
      body: d.raw.subarray(0, limits.rejectedBodyBytes),
      body_size: d.raw.length,
      body_truncated: d.raw.length > limits.rejectedBodyBytes ? 1 : 0,
      replay_of: d.replayOf ?? null,
      is_test: d.isTest ? 1 : 0
    })
    // Prune in amortised steps so hostile traffic cannot fill the disk.
    if (++rejectedSincePrune >= 100) {
      rejectedSincePrune = 0
      store.deliveries.pruneRejected(limits.rejectedKeep)
    }
    return id
  })

  const recordNewEvent = createEventRecorder(store)

  const recordSigned = store.db.transaction((d: IncomingDelivery): IngestResult => {
    const parsed = interpretBody(d.raw)
    const isTest = d.isTest === true || (parsed.kind === 'event' && parsed.event.selfTest)
    // The event keeps the exact text Mesh signed: re-serialising the parsed JSON could throw
    // on deep nesting (a 503 Mesh would retry forever) and would not be what was signed.
    const rawText = d.raw.toString('utf8')
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
      const id = store.deliveries.insert({ ...base, delivery_id: null, event_id: null, transfer_id: null, sent_ts: null, verdict: 'malformed' })
      return { httpStatus: 200, verdict: 'malformed', deliveryRowId: id, eventId: null, transferId: null, changedTransferId: null, reason: parsed.reason }
    }
    if (parsed.kind === 'uninterpretable') {
      // Keep the event row when it has an EventId, so a later retry is seen as a repeat.
      if (parsed.eventId) {
        if (store.events.find(parsed.eventId)) store.events.countRepeatDelivery(parsed.eventId)
        else
          store.events.insert({
            event_id: parsed.eventId,
            transfer_id: parsed.transferId,
            status: null,
            status_raw: null,
            event_ts: null,
            first_received_at: d.receivedAt,
            delivery_count: 1,
            provenance: 'webhook',
            applied: 0,
            conflict: 0,
            payload: rawText
          })
      }
      const id = store.deliveries.insert({
        ...base,
        delivery_id: parsed.deliveryId,
        event_id: parsed.eventId,
        transfer_id: parsed.transferId,
        sent_ts: parsed.sentTimestamp,
        verdict: 'uninterpretable'
      })
      return {
        httpStatus: 200,
        verdict: 'uninterpretable',
        deliveryRowId: id,
        eventId: parsed.eventId,
        transferId: parsed.transferId,
        changedTransferId: null,
        reason: parsed.reason
      }
    }
    const e = parsed.event
    const known = store.events.find(e.eventId)
    let verdict: DeliveryVerdict
    let changed: string | null = null
    if (known) {
      verdict = 'duplicate'
      store.events.countRepeatDelivery(e.eventId)
      if (known.transfer_id) {
        store.transfers.countRepeatDelivery(known.transfer_id, d.receivedAt)
        changed = known.transfer_id
      }
    } else {
      verdict = 'accepted'
      recordNewEvent(e, { provenance: 'webhook', at: d.receivedAt, isTest, payload: rawText })
      changed = e.transferId
    }
    const id = store.deliveries.insert({
      ...base,
      delivery_id: e.deliveryId,
      event_id: e.eventId,
      transfer_id: known ? known.transfer_id : e.transferId,
      sent_ts: e.sentTimestamp,
      verdict
    })
    return { httpStatus: 200, verdict, deliveryRowId: id, eventId: e.eventId, transferId: e.transferId, changedTransferId: changed, reason: null }
  })

  /** Verifies and records one delivery (in its own transaction, or a savepoint inside ingestMany's). */
  function ingest(d: IncomingDelivery): IngestResult {
    const sig = verifySignature(deps.secret(), d.raw, d.headers[SIGNATURE_HEADER])
    if (sig !== 'valid') {
      const verdict: DeliveryVerdict = sig === 'missing' ? 'signature_missing' : 'signature_invalid'
      const id = recordRejected.immediate(d, verdict, 401)
      return {
        httpStatus: 401,
        verdict,
        deliveryRowId: id,
        eventId: null,
        transferId: null,
        changedTransferId: null,
        reason: sig === 'missing' ? 'X-Mesh-Signature-256 header is missing' : 'signature does not match the body'
      }
    }
    return recordSigned.immediate(d)
  }

  // Group commit: one transaction (so one fsync with synchronous=FULL) for several deliveries,
  // each in its own savepoint so that one failing delivery does not undo the others.
  const recordMany = store.db.transaction((ds: readonly IncomingDelivery[]): (IngestResult | Error)[] =>
    ds.map((d) => {
      try {
        return ingest(d)
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err))
      }
    })
  )

  return {
    /** Verifies and records one delivery; returns what to answer. Throws only if the database fails (answer 503: not acknowledged). */
    ingest,
    /**
     * Verifies and records several deliveries in one transaction, committed before this returns.
     * Per delivery: its result, or the Error that kept it from being stored (answer that one 503).
     * Throws if the commit itself fails: then none is stored (answer all 503).
     */
    ingestMany(ds: readonly IncomingDelivery[]): (IngestResult | Error)[] {
      return recordMany.immediate(ds)
    },
    /** Records a request rejected before it could be verified (too large, broken framing). */
    recordRejected(d: IncomingDelivery, verdict: DeliveryVerdict, httpStatus: number): number {
      return recordRejected.immediate(d, verdict, httpStatus)
    },
    now
  }
}
