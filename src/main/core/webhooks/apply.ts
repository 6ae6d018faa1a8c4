// Folding one new status event (from a webhook or a poll) into its transfer row. Runs inside
// the caller's transaction; the state decision itself is nextTransferState (pure).
import type { Provenance } from '../../../shared/contract'
import type { Repos } from '../store/sqlite/ledger'

type Store = Pick<Repos, 'transfers' | 'transferKeys' | 'events' | 'sessions'>
import type { TransferRecord } from '../store/transfers'
import type { MeshStatusEvent } from './payload'
import { isFinalStatus, nextTransferState } from './state'

export type EventApplier = (e: MeshStatusEvent, provenance: Provenance, at: number, isTest: boolean) => { applied: boolean; conflict: boolean; seq: number | null }

/** Records a status event seen for the first time: folds it into its transfer and stores the event row (one place for webhooks and polls). */
export type EventRecorder = (e: MeshStatusEvent, o: { provenance: Provenance; at: number; isTest: boolean; payload: string | null }) => { applied: boolean; conflict: boolean; seq: number | null }

/** One transfer Mesh's list reported, as a status event, with the listed JSON kept as its payload. */
export interface PolledItem {
  event: MeshStatusEvent
  payload: string
}

/**
 * What recording a polled status did: null when the ledger already had it (same status, or the
 * same poll event); else whether it moved the status, contradicted a final one, and whether the
 * ledger had no such transfer before (an import).
 */
export type PolledOutcome = { applied: boolean; conflict: boolean; created: boolean } | null

export function createEventRecorder(store: Store): EventRecorder {
  const applyEvent = createEventApplier(store)
  return (e, o) => {
    const r = applyEvent(e, o.provenance, o.at, o.isTest)
    store.events.insert({
      event_id: e.eventId,
      transfer_id: e.transferId,
      transfer_seq: r.seq,
      status: e.status,
      status_raw: e.statusRaw,
      event_ts: e.timestamp,
      first_received_at: o.at,
      // A webhook event arrives with its first delivery; a polled one with none.
      delivery_count: o.provenance === 'webhook' ? 1 : 0,
      provenance: o.provenance,
      applied: r.applied ? 1 : 0,
      conflict: r.conflict ? 1 : 0,
      // A webhook event's body is its first delivery's body: stored once, there (schema v4).
      payload: o.payload
    })
    return r
  }
}

function createEventApplier(store: Store): EventApplier {
  /** Applies one new status event to its transfer. Returns whether the event changed the status and whether it conflicts. */
  return function applyEvent(e: MeshStatusEvent, provenance: Provenance, at: number, isTest: boolean): ReturnType<EventApplier> {
    const cur = store.transferKeys.current(e.transferId)
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
      delivery_count: (cur?.delivery_count ?? 0) + (provenance === 'webhook' ? 1 : 0),
      retried: cur?.retried ?? 0,
      provenance: t.applied ? provenance : ((cur?.provenance as Provenance | undefined) ?? provenance),
      is_test: cur ? cur.is_test : isTest ? 1 : 0,
      session_id: cur?.session_id ?? session?.session_id ?? null
    }
    let seq: number | null = cur?.seq ?? null
    if (cur) store.transfers.update(rec, cur)
    else seq = store.transferKeys.insert(rec)
    if (session) store.sessions.linkTransfer(session.session_id, e.transferId, at)
    return { applied: t.applied, conflict: t.conflict, seq }
  }
}
