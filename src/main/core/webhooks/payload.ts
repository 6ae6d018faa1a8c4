// Interpreting a (signed) Mesh webhook body. Pure: bytes in, a tagged result out.
import { toDecimalString } from '../../../shared/money'
import { normalizeStatus } from './state'

export interface MeshStatusEvent {
  eventId: string
  deliveryId: string | null
  sentTimestamp: number | null
  timestamp: number | null
  transferId: string
  status: string
  statusRaw: string
  transactionId: string | null
  txHash: string | null
  userId: string | null
  token: string | null
  chain: string | null
  sourceAmount: string | null
  destinationAmount: string | null
  sourceAccountProvider: string | null
  destinationAddress: string | null
  refundAddress: string | null
  /** Our own signed self-test delivery (Health screen): kept out of the sales ledger. */
  selfTest: boolean
}

export type Interpretation =
  | { kind: 'event'; event: MeshStatusEvent; json: unknown }
  /** JSON, but not a status event we can apply; eventId/deliveryId when they were readable. */
  | { kind: 'uninterpretable'; reason: string; json: unknown; eventId: string | null; deliveryId: string | null; transferId: string | null; sentTimestamp: number | null }
  | { kind: 'malformed'; reason: string }

const MAX_ID = 200

function str(o: Record<string, unknown>, key: string, max = 1000): string | null {
  const v = o[key]
  if (typeof v === 'string' && v.length > 0 && v.length <= max) return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

function int(o: Record<string, unknown>, key: string): number | null {
  const v = o[key]
  const n = typeof v === 'string' && /^\d{1,16}$/.test(v.trim()) ? Number(v) : v
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null
}

/** Reads a key PascalCase first, then camelCase, so a casing drift on Mesh's side loses nothing. */
function pick(o: Record<string, unknown>, pascal: string): Record<string, unknown> {
  return pascal in o ? o : { [pascal]: o[pascal[0]!.toLowerCase() + pascal.slice(1)] }
}

export function interpretBody(raw: Buffer): Interpretation {
  let json: unknown
  try {
    json = JSON.parse(raw.toString('utf8'))
  } catch {
    return { kind: 'malformed', reason: 'body is not valid JSON' }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { kind: 'uninterpretable', reason: 'body is not a JSON object', json, eventId: null, deliveryId: null, transferId: null, sentTimestamp: null }
  }
  const o = json as Record<string, unknown>
  const get = (k: string, max?: number) => str(pick(o, k), k, max)
  const eventId = get('EventId', MAX_ID)
  const deliveryId = get('Id', MAX_ID)
  const transferId = get('TransferId', MAX_ID)
  const sentTimestamp = int(pick(o, 'SentTimestamp'), 'SentTimestamp')
  const statusRaw = get('TransferStatus', 100)
  const partial = { json, eventId, deliveryId, transferId, sentTimestamp }
  if (!eventId) return { kind: 'uninterpretable', reason: 'EventId is missing', ...partial }
  if (!transferId) return { kind: 'uninterpretable', reason: 'TransferId is missing', ...partial }
  if (!statusRaw) return { kind: 'uninterpretable', reason: 'TransferStatus is missing', ...partial }
  const status = normalizeStatus(statusRaw)
  if (status === '') return { kind: 'uninterpretable', reason: 'TransferStatus is empty', ...partial }
  return {
    kind: 'event',
    json,
    event: {
      eventId,
      deliveryId,
      sentTimestamp,
      timestamp: int(pick(o, 'Timestamp'), 'Timestamp'),
      transferId,
      status,
      statusRaw,
      transactionId: get('TransactionId', 128),
      txHash: get('TxHash', 200),
      userId: get('UserId', 300),
      token: get('Token', 50),
      chain: get('Chain', 100),
      sourceAmount: toDecimalString(pick(o, 'SourceAmount').SourceAmount),
      destinationAmount: toDecimalString(pick(o, 'DestinationAmount').DestinationAmount),
      sourceAccountProvider: get('SourceAccountProvider', 200),
      destinationAddress: get('DestinationAddress', 300),
      refundAddress: get('RefundAddress', 300),
      selfTest: o.CountertopSelfTest === true
    }
  }
}
