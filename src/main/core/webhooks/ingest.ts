// The ingest path on the thread that answers Mesh: check the signature over the raw bytes,
// read the body, and hand the delivery to the store. What to answer comes back only when the
// store's group commit holding it is durable (nothing is acknowledged before that).
import type { DeliveryVerdict } from '../../../shared/contract'
import type { Store } from '../store/types'
import { interpretBody, type InterpretOptions } from './payload'
import { createDeliveryRecorder, type IncomingDelivery, type IngestResult, type PreparedDelivery } from './record'
import { SIGNATURE_HEADER, verifySignature } from './signature'

export { DEFAULT_LIMITS, storableHeaders, createDeliveryRecorder } from './record'
export type { IncomingDelivery, IngestLimits, IngestResult, PreparedDelivery } from './record'

/**
 * Pure: the signature check on the raw bytes, then the body's reading (its text decoded:
 * a UTF-8 byte-order mark stripped, UTF-16 read as such). staleAfterMs: see InterpretOptions.
 */
export function prepareDelivery(d: IncomingDelivery, secret: string, opts: Pick<InterpretOptions, 'staleAfterMs'> = {}): PreparedDelivery {
  const sig = verifySignature(secret, d.raw, d.headers[SIGNATURE_HEADER])
  if (sig !== 'valid') {
    return {
      d,
      kind: 'rejected',
      verdict: sig === 'missing' ? 'signature_missing' : 'signature_invalid',
      httpStatus: 401,
      reason: sig === 'missing' ? 'X-Mesh-Signature-256 header is missing' : 'signature does not match the body'
    }
  }
  const parsed = interpretBody(d.raw, { receivedAt: d.receivedAt, staleAfterMs: opts.staleAfterMs })
  // The parsed JSON stays here: the writer stores the exact signed bytes, and a hostile,
  // deeply nested document is not worth copying to another thread.
  if (parsed.kind === 'malformed') return { d, kind: 'signed', parsed }
  const { json: _json, ...rest } = parsed
  return { d, kind: 'signed', parsed: rest }
}

export type Ingestor = ReturnType<typeof createIngestor>

export function createIngestor(deps: { store: Store; secret: () => string; now?: () => number; staleAfterMs?: number }) {
  const now = deps.now ?? Date.now
  return {
    /**
     * Verifies and records several deliveries; resolves once they are durable. Per delivery:
     * its result, or the Error that kept it from being stored (answer that one 503).
     */
    ingestMany(ds: readonly IncomingDelivery[]): Promise<(IngestResult | Error)[]> {
      const secret = deps.secret()
      return deps.store.recordDeliveries(ds.map((d) => prepareDelivery(d, secret, { staleAfterMs: deps.staleAfterMs })))
    },
    /** One delivery; throws when it could not be stored. */
    async ingest(d: IncomingDelivery): Promise<IngestResult> {
      const [r] = await this.ingestMany([d])
      if (r instanceof Error) throw r
      return r!
    },
    /** Records a request refused before it could be verified (too large, broken framing, source not allowed). */
    async recordRejected(d: IncomingDelivery, verdict: DeliveryVerdict, httpStatus: number): Promise<number> {
      const [r] = await deps.store.recordDeliveries([{ d, kind: 'rejected', verdict, httpStatus, reason: null }])
      if (r instanceof Error) throw r
      return r!.deliveryRowId
    },
    now
  }
}

/** For tests and tools that work on a synchronous ledger directly (no threads). */
export { createDeliveryRecorder as createSyncRecorder }
