// Interpreting a (signed) Mesh webhook body. Pure: bytes in, a tagged result out.
import { DELIVERY_FLAGS, type DeliveryFlag } from '../../../shared/contract'
import { toDecimalString } from '../../../shared/money'
import { duplicateKeys, topLevelKeys } from './keys'
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
  /** flags: DeliveryFlag values, in DELIVERY_FLAGS order; an `ambiguous` event is recorded but not applied. */
  | { kind: 'event'; event: MeshStatusEvent; json: unknown; flags: DeliveryFlag[] }
  /** JSON, but not a status event we can apply; eventId/deliveryId when they were readable. */
  | { kind: 'uninterpretable'; reason: string; json: unknown; eventId: string | null; deliveryId: string | null; transferId: string | null; sentTimestamp: number | null; flags: DeliveryFlag[] }
  | { kind: 'malformed'; reason: string }

export interface InterpretOptions {
  /** When the delivery arrived (ms); with staleAfterMs, what makes a SentTimestamp stale. */
  receivedAt?: number
  /** A SentTimestamp older than this (ms) before receivedAt flags the delivery stale. Default 24 h. */
  staleAfterMs?: number
}

export const DEFAULT_STALE_AFTER_MS = 24 * 60 * 60 * 1000

/** The body fields we read (PascalCase; their camelCase spellings are read too, see pick). */
const USED_FIELDS = [
  'EventId',
  'Id',
  'TransferId',
  'SentTimestamp',
  'TransferStatus',
  'Timestamp',
  'TransactionId',
  'TxHash',
  'UserId',
  'Token',
  'Chain',
  'SourceAmount',
  'DestinationAmount',
  'SourceAccountProvider',
  'DestinationAddress',
  'RefundAddress',
  'CountertopSelfTest'
]
const camel = (k: string) => k[0]!.toLowerCase() + k.slice(1)
/** Every spelling of a used field, to its PascalCase name. */
const USED_SPELLINGS = new Map(USED_FIELDS.flatMap((k) => [[k, k] as const, [camel(k), k] as const]))

/**
 * The used fields given more than once at the top level: the same key twice, or both its
 * PascalCase and camelCase spellings (either way, which value counts is a guess).
 */
export function ambiguousFields(text: string): string[] {
  const keys = topLevelKeys(text)
  if (!keys) return []
  const used = keys.map((k) => USED_SPELLINGS.get(k)).filter((k): k is string => k !== undefined)
  return duplicateKeys(used)
}

const MAX_ID = 200

function str(o: Record<string, unknown>, key: string, max = 1000): string | null {
  const v = o[key]
  if (typeof v === 'string' && v.length > 0 && v.length <= max) return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

/** An identifier: a non-empty string only. A number is refused (42, "42" and 42.0 must not become one id). */
function id(o: Record<string, unknown>, key: string, max: number): { value: string | null; wrongType: boolean } {
  const v = o[key]
  if (typeof v === 'string') return { value: v.length > 0 && v.length <= max ? v : null, wrongType: false }
  return { value: null, wrongType: v !== undefined && v !== null }
}

/**
 * The text of a body as Mesh may send it: UTF-8 (a byte-order mark stripped), or UTF-16 told
 * by its byte-order mark or, without one, by where the null bytes of its ASCII are (JSON text
 * starts with ASCII: `{` or whitespace). Pure; never throws (an odd UTF-16 length drops the
 * last byte, and JSON.parse then refuses the text as it would any broken body).
 */
export function decodeBodyText(raw: Buffer): string {
  if (raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) return raw.subarray(3).toString('utf8')
  if (raw.length >= 2 && raw[0] === 0xff && raw[1] === 0xfe) return utf16(raw.subarray(2), 'le')
  if (raw.length >= 2 && raw[0] === 0xfe && raw[1] === 0xff) return utf16(raw.subarray(2), 'be')
  const order = utf16ByNulls(raw)
  return order ? utf16(raw, order) : raw.toString('utf8')
}

function utf16(b: Buffer, order: 'le' | 'be'): string {
  const even = b.subarray(0, b.length - (b.length % 2))
  if (order === 'le') return even.toString('utf16le')
  const swapped = Buffer.from(even)
  swapped.swap16()
  return swapped.toString('utf16le')
}

/** UTF-16 without a byte-order mark, by the null bytes of the first two code units (JSON text starts with two ASCII characters; RFC 4627 §3). */
function utf16ByNulls(b: Buffer): 'le' | 'be' | null {
  const units = Math.min(2, Math.floor(b.length / 2))
  if (units === 0) return null
  let le = true
  let be = true
  for (let i = 0; i < units; i++) {
    const a = b[2 * i]!
    const c = b[2 * i + 1]!
    if (!(a !== 0 && c === 0)) le = false
    if (!(a === 0 && c !== 0)) be = false
    if (!le && !be) return null
  }
  return le ? 'le' : be ? 'be' : null
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

export function interpretBody(raw: Buffer, opts: InterpretOptions = {}): Interpretation {
  let json: unknown
  let text: string
  try {
    text = decodeBodyText(raw)
    json = JSON.parse(text)
  } catch {
    return { kind: 'malformed', reason: 'body is not valid JSON' }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { kind: 'uninterpretable', reason: 'body is not a JSON object', json, eventId: null, deliveryId: null, transferId: null, sentTimestamp: null, flags: [] }
  }
  const o = json as Record<string, unknown>
  const get = (k: string, max?: number) => str(pick(o, k), k, max)
  const ev = id(pick(o, 'EventId'), 'EventId', MAX_ID)
  const tr = id(pick(o, 'TransferId'), 'TransferId', MAX_ID)
  const eventId = ev.value
  const deliveryId = get('Id', MAX_ID)
  const transferId = tr.value
  const sentTimestamp = int(pick(o, 'SentTimestamp'), 'SentTimestamp')
  const statusRaw = get('TransferStatus', 100)
  const ambiguous = ambiguousFields(text).length > 0
  const staleAfter = opts.staleAfterMs ?? DEFAULT_STALE_AFTER_MS
  const stale = sentTimestamp !== null && opts.receivedAt !== undefined && opts.receivedAt - sentTimestamp * 1000 > staleAfter
  const flags = (more: DeliveryFlag[] = []): DeliveryFlag[] => {
    const set = new Set<DeliveryFlag>(more)
    if (ambiguous) set.add('ambiguous')
    if (stale) set.add('stale')
    return DELIVERY_FLAGS.filter((f) => set.has(f))
  }
  const partial = { json, eventId, deliveryId, transferId, sentTimestamp, flags: flags() }
  if (ev.wrongType) return { kind: 'uninterpretable', reason: 'EventId is not a string', ...partial }
  if (tr.wrongType) return { kind: 'uninterpretable', reason: 'TransferId is not a string', ...partial }
  if (!eventId) return { kind: 'uninterpretable', reason: 'EventId is missing', ...partial }
  if (!transferId) return { kind: 'uninterpretable', reason: 'TransferId is missing', ...partial }
  if (!statusRaw) return { kind: 'uninterpretable', reason: 'TransferStatus is missing', ...partial }
  const status = normalizeStatus(statusRaw)
  if (status === '') return { kind: 'uninterpretable', reason: 'TransferStatus is empty', ...partial }
  const txHash = get('TxHash', 200)
  return {
    kind: 'event',
    json,
    flags: flags(status === 'succeeded' && !txHash ? ['no_tx_hash'] : []),
    event: {
      eventId,
      deliveryId,
      sentTimestamp,
      timestamp: int(pick(o, 'Timestamp'), 'Timestamp'),
      transferId,
      status,
      statusRaw,
      transactionId: get('TransactionId', 128),
      txHash,
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
