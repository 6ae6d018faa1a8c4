// The ingest path: verify, then one transaction records the delivery, the event (if new)
// and the transfer's new state. The caller answers only after this returns (= committed).
import type { DeliveryVerdict, Provenance } from '../../../shared/contract'
import type { Store } from '../store'
import type { TransferRecord } from '../store/transfers'
import { interpretBody, type MeshStatusEvent } from './payload'
import { verifySignature, SIGNATURE_HEADER } from './signature'
import { isFinalStatus, nextTransferState } from './state'

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

  /** Applies one new status event to its transfer. Returns whether the event changed the status and whether it conflicts. */
  function applyEvent(e: MeshStatusEvent, provenance: Provenance, at: number, isTest: boolean): { applied: boolean; conflict: boolean } {
    const cur = store.transfers.getRecord(e.transferId)
    const t = nextTransferState(
      cur ? { status: cur.status, statusRaw: cur.status_raw, ts: cur.status_ts, eventId: cur.status_event_id ?? '' } : null,
      { status: e.status, statusRaw: e.statusRaw, ts: e.timestamp, eventId: e.eventId }
    )
    // Fields: a value we already have is kept unless this event set the status (then it is
    // fresher); a field we lack is filled from any event.
    const prefer = <T>(fresh: T | null, old: T | null | undefined): T | null => (t.applied ? (fresh ?? old ?? null) : (old ?? fresh ?? null))
    const session = cur?.session_id ? null : e.transactionId ? store.sessions.findByTransactionId(e.transactionId) : undefined
    const rec: TransferRecord = {
      transfer_id: e.transferId,
      transaction_id: prefer(e.transactionId, cur?.transaction_id),
      status: t.next.status,
      status_raw: t.next.statusRaw,
      is_final: isFinalStatus(t.next.status) ? 1 : 0,
      conflict: (cur?.conflict ?? 0) || (t.conflict ? 1 : 0),
      status_ts: t.next.ts,
      status_event_id: t.next.eventId,
      tx_hash: prefer(e.txHash, cur?.tx_hash),
      user_id: prefer(e.userId, cur?.user_id),
      token: prefer(e.token, cur?.token),
      chain: prefer(e.chain, cur?.chain),
      source_amount: prefer(e.sourceAmount, cur?.source_amount),
      destination_amount: prefer(e.destinationAmount, cur?.destination_amount),
      source_provider: prefer(e.sourceAccountProvider, cur?.source_provider),
      destination_address: prefer(e.destinationAddress, cur?.destination_address),
      refund_address: prefer(e.refundAddress, cur?.refund_address),
      first_seen_at: cur?.first_seen_at ?? at,
      updated_at: at,
      event_count: (cur?.event_count ?? 0) + 1,
      delivery_count: (cur?.delivery_count ?? 0) + 1,
      retried: cur?.retried ?? 0,
      provenance: t.applied ? provenance : ((cur?.provenance as Provenance | undefined) ?? provenance),
      is_test: cur ? cur.is_test : isTest ? 1 : 0,
      session_id: cur?.session_id ?? session?.session_id ?? null
    }
    if (cur) store.transfers.update(rec)
    else store.transfers.insert(rec)
    if (session) store.sessions.linkTransfer(session.session_id, e.transferId, at)
    return { applied: t.applied, conflict: t.conflict }
  }

  const recordSigned = store.db.transaction((d: IncomingDelivery): IngestResult => {
    const parsed = interpretBody(d.raw)
    const base = {
      received_at: d.receivedAt,
      http_status: 200,
      remote_addr: d.remoteAddress,
      headers: storableHeaders(d.headers, limits.headerBytes),
      body: d.raw,
      body_size: d.raw.length,
      body_truncated: 0,
      replay_of: d.replayOf ?? null,
      is_test: d.isTest ? 1 : 0
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
            payload: JSON.stringify(parsed.json)
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
      const { applied, conflict } = applyEvent(e, 'webhook', d.receivedAt, d.isTest ?? false)
      store.events.insert({
        event_id: e.eventId,
        transfer_id: e.transferId,
        status: e.status,
        status_raw: e.statusRaw,
        event_ts: e.timestamp,
        first_received_at: d.receivedAt,
        delivery_count: 1,
        provenance: 'webhook',
        applied: applied ? 1 : 0,
        conflict: conflict ? 1 : 0,
        payload: JSON.stringify(parsed.json)
      })
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

  return {
    /** Verifies and records one delivery; returns what to answer. Throws only if the database fails (answer 503: not acknowledged). */
    ingest(d: IncomingDelivery): IngestResult {
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
    },
    /** Records a request rejected before it could be verified (too large, broken framing). */
    recordRejected(d: IncomingDelivery, verdict: DeliveryVerdict, httpStatus: number): number {
      return recordRejected.immediate(d, verdict, httpStatus)
    },
    now
  }
}
