// The console API contract: one map of commands (argument schema + result type) and one map
// of events, shared by the HTTP/WebSocket transport (headless mode) and the Electron IPC
// bridge. Both carry the same envelope unchanged. No Node, no DOM, no electron here.
import { z } from 'zod'

// ---------- envelope ----------

export interface ApiError {
  code: string
  message: string
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value })
export const fail = (code: string, message: string): Envelope<never> => ({ ok: false, error: { code, message } })

/** Error codes a transport or handler can answer with (handlers may add domain codes). */
export const ErrorCodes = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  UNKNOWN_COMMAND: 'UNKNOWN_COMMAND',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL: 'INTERNAL'
} as const

// ---------- rows ----------

export type KnownStatus = 'pending' | 'succeeded' | 'failed'
export const FINAL_STATUSES: readonly string[] = ['succeeded', 'failed']

/** Where a state change came from. */
export type Provenance = 'webhook' | 'poll' | 'sdk'

export interface TransferRow {
  transferId: string
  transactionId: string | null
  /** Lower-cased status (pending, succeeded, failed, or an unknown one such as refundpending). */
  status: string
  /** The status exactly as Mesh last sent it (e.g. "Pending", "RefundPending"). */
  statusRaw: string
  isFinal: boolean
  /** A later event contradicted the final state (kept, flagged, not applied). */
  conflict: boolean
  txHash: string | null
  userId: string | null
  token: string | null
  chain: string | null
  sourceAmount: string | null
  destinationAmount: string | null
  sourceAccountProvider: string | null
  destinationAddress: string | null
  refundAddress: string | null
  /** ms since epoch: when we first heard of the transfer. */
  firstSeenAt: number
  /** ms since epoch: when its row last changed. */
  updatedAt: number
  /** Mesh's Timestamp (ms) of the event that set the current status. */
  statusTimestamp: number | null
  eventCount: number
  deliveryCount: number
  /** Some event of this transfer was delivered more than once. */
  retried: boolean
  provenance: Provenance
  isTest: boolean
  sessionId: string | null
}

export type DeliveryVerdict =
  | 'accepted' // new event, stored and applied
  | 'duplicate' // a known EventId delivered again (retry or duplicate)
  | 'uninterpretable' // signed, valid JSON, but not a transfer status we can apply: stored, answered 200
  | 'malformed' // signed, but not JSON: stored, answered 200
  | 'signature_missing' // 401
  | 'signature_invalid' // 401
  | 'too_large' // 413
  | 'bad_request' // 400: broken HTTP framing (e.g. content-length mismatch)

export const REJECTED_VERDICTS: readonly DeliveryVerdict[] = ['signature_missing', 'signature_invalid', 'too_large', 'bad_request']

export interface DeliveryRow {
  id: number
  /** Mesh's per-attempt Id, when the body was readable. */
  deliveryId: string | null
  eventId: string | null
  transferId: string | null
  receivedAt: number
  /** Mesh's SentTimestamp (seconds) for this attempt. */
  sentTimestamp: number | null
  verdict: DeliveryVerdict
  httpStatus: number
  /** Our time to answer, in ms (null until measured). */
  answerMs: number | null
  remoteAddress: string | null
  headers: Record<string, string>
  bodySize: number
  bodyTruncated: boolean
  /** The raw body as UTF-8 text (bounded). */
  body: string
  replayOf: number | null
  isTest: boolean
}

export interface EventRow {
  eventId: string
  transferId: string | null
  status: string | null
  statusRaw: string | null
  /** Mesh's Timestamp (ms) of the status change. */
  timestamp: number | null
  firstReceivedAt: number
  deliveryCount: number
  provenance: Provenance
  /** Did this event change the transfer's status when it arrived? */
  applied: boolean
  /** Contradicts the transfer's final state. */
  conflict: boolean
  payload: unknown
  deliveries: DeliveryRow[]
}

export interface TransferDetail {
  transfer: TransferRow
  events: EventRow[]
}

export interface Page<T> {
  items: T[]
  total: number
  nextCursor: string | null
}

export interface HealthInfo {
  mode: 'emulator' | 'sandbox' | 'production'
  receiverListening: boolean
  webhookUrl: string
  lastDeliveryAt: number | null
  version: string
}

// ---------- argument schemas ----------

const limit = z.number().int().min(1).max(500).default(50)

export const LedgerQuery = z
  .object({
    status: z.union([z.string(), z.array(z.string()).max(10)]).optional(),
    /** ms since epoch, inclusive, on firstSeenAt */
    from: z.number().int().nonnegative().optional(),
    /** ms since epoch, exclusive */
    to: z.number().int().nonnegative().optional(),
    /** TransferId, TransactionId or TxHash (exact, or a prefix of at least 6 characters) */
    search: z.string().trim().max(200).optional(),
    includeTests: z.boolean().default(false),
    limit,
    cursor: z.string().max(200).nullable().optional()
  })
  .strict()
export type LedgerQuery = z.input<typeof LedgerQuery>

export const DeliveriesQuery = z
  .object({
    verdict: z.union([z.string(), z.array(z.string()).max(10)]).optional(),
    rejected: z.boolean().optional(),
    transferId: z.string().max(200).optional(),
    eventId: z.string().max(200).optional(),
    limit,
    cursor: z.string().max(200).nullable().optional()
  })
  .strict()
export type DeliveriesQuery = z.input<typeof DeliveriesQuery>

export const TransferIdArg = z.object({ transferId: z.string().min(1).max(200) }).strict()
export const DeliveryIdArg = z.object({ id: z.number().int().positive() }).strict()
export const NoArgs = z.object({}).strict().default({})

// ---------- the command map ----------

export const commandSchemas = {
  'ledger.list': LedgerQuery,
  'ledger.get': TransferIdArg,
  'deliveries.list': DeliveriesQuery,
  'deliveries.get': DeliveryIdArg,
  'health.get': NoArgs
} as const

export interface CommandResults {
  'ledger.list': Page<TransferRow>
  'ledger.get': TransferDetail
  'deliveries.list': Page<DeliveryRow>
  'deliveries.get': DeliveryRow
  'health.get': HealthInfo
}

export type CommandName = keyof typeof commandSchemas
export type CommandArgs<K extends CommandName> = z.input<(typeof commandSchemas)[K]>
export type ParsedArgs<K extends CommandName> = z.output<(typeof commandSchemas)[K]>
export type CommandResult<K extends CommandName> = CommandResults[K]

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commandSchemas, name)
}

// ---------- events ----------

export interface Events {
  'transfer.updated': TransferRow
  'delivery.recorded': DeliveryRow
}
export type EventName = keyof Events
export interface EventMessage<K extends EventName = EventName> {
  type: K
  payload: Events[K]
}
