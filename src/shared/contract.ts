// The console API contract: one map of commands (argument schema + result type) and one map
// of events, shared by the HTTP/WebSocket transport (headless mode) and the Electron IPC
// bridge. Both carry the same envelope unchanged. No Node, no DOM, no electron here.
import { z } from 'zod'
import { amountTextProblem } from './charge'
import { LINK_SCENARIO_NAMES, type LinkScenario } from './link-scenarios'

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

/**
 * Every error code a command may answer with. Only these reach a client; anything else a
 * handler throws (a driver's `SQLITE_CONSTRAINT…`, `ENOENT`, a bug) becomes `INTERNAL`, logged.
 */
export const ERROR_CODES = [
  ...Object.values(ErrorCodes),
  'PIN_NOT_SET',
  'PIN_LOCKED',
  'PIN_REQUIRED',
  'PIN_INVALID',
  'PAYOUT_NOT_CONFIGURED',
  'NOT_IN_EMULATOR_MODE',
  'RECEIVER_NOT_RUNNING',
  'RECONCILE_FAILED',
  'AMOUNT_INVALID',
  'SALE_LIMIT_EXCEEDED',
  'CURRENCY_RATE_MISSING',
  'SALE_ENDED',
  'SHIFT_ALREADY_OPEN',
  'NO_OPEN_SHIFT',
  'MESH_NOT_READY',
  'MESH_CREDENTIALS_MISSING',
  'MESH_AUTH_FAILED',
  'MESH_BAD_RESPONSE',
  'MESH_NOT_FOUND',
  'MESH_PERMISSION_DENIED',
  'MESH_RATE_LIMITED',
  'MESH_REQUEST_REJECTED',
  'MESH_TIMEOUT',
  'MESH_UNAVAILABLE',
  'TUNNEL_AUTHTOKEN_MISSING',
  'TUNNEL_AUTH_FAILED',
  'TUNNEL_DOMAIN_IN_USE',
  'TUNNEL_DOMAIN_NOT_RESERVED',
  'TUNNEL_FAILED',
  'TUNNEL_INVALID_SETTINGS',
  'TUNNEL_NETWORK',
  'TUNNEL_NGROK_MISSING',
  'TUNNEL_SESSION_LIMIT',
  'TUNNEL_UNREACHABLE'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]
const DECLARED_CODES: ReadonlySet<string> = new Set(ERROR_CODES)
export function isDeclaredErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && DECLARED_CODES.has(code)
}

// ---------- rows ----------

export type KnownStatus = 'pending' | 'succeeded' | 'failed' | 'refundpending' | 'refundsucceeded'
/** No further status is expected (reconciliation stops looking them up); refundpending is not final. */
export const FINAL_STATUSES: readonly string[] = ['succeeded', 'failed', 'refundsucceeded']

/** Where a state change came from. */
export type Provenance = 'webhook' | 'poll' | 'sdk'

export interface TransferRow {
  transferId: string
  transactionId: string | null
  /** Lower-cased status (pending, succeeded, failed, refundpending, refundsucceeded, or an unknown one). */
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
  /**
   * What the sale behind this transfer charged (joined from its link session by ledger.list and
   * ledger.get); null when no sale of ours started it; absent on live events (keep the last known).
   */
  charge?: SaleCharge | null
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
  | 'source_not_allowed' // 403: the IP allowlist is on and the sender is not Mesh

export const REJECTED_VERDICTS: readonly DeliveryVerdict[] = ['signature_missing', 'signature_invalid', 'too_large', 'bad_request', 'source_not_allowed']

/**
 * What a signed delivery carried that deserves a look (DeliveryRow.flags):
 *  - ambiguous: a field we read appears twice in the body (JSON keeps the last one): the event
 *    is recorded but not applied;
 *  - no_tx_hash: a Succeeded with no TxHash: applied, but there is no on-chain proof to check;
 *  - stale: Mesh's SentTimestamp is older than the staleness window (default 24 h): recorded
 *    and applied as usual, flagged as a possible replay.
 */
export type DeliveryFlag = 'ambiguous' | 'no_tx_hash' | 'stale'
export const DELIVERY_FLAGS: readonly DeliveryFlag[] = ['ambiguous', 'no_tx_hash', 'stale']

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
  /** DeliveryFlag values (unknown ones from a newer Countertop kept as they are); [] when none. */
  flags: string[]
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
  /** Contradicts the transfer's state (failed against a paid status): recorded, not applied. */
  conflict: boolean
  payload: unknown
  deliveries: DeliveryRow[]
}

export interface TransferDetail {
  transfer: TransferRow
  events: EventRow[]
  /**
   * Rejected deliveries (no verified ids) whose body claims this transfer, newest first, at most
   * 500, however old (an indexed lookup): shown with the event they name, marked unverified.
   */
  rejected: DeliveryRow[]
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

export type SaleState = 'waiting' | 'submitted' | 'pending' | 'succeeded' | 'failed' | 'abandoned' | 'expired' | 'cancelled'

/** How the counter ended a sale before Mesh settled it (final for the counter). */
export type SaleEndReason = 'cancelled' | 'abandoned' | 'expired'

/**
 * What a sale asked the customer to pay. `amount`/`currency` is what the counter showed;
 * `usdAmount` is what Mesh was asked to charge (its amountInFiat is USD). For a non-USD
 * currency, `rate` is the merchant's rate (USD per one unit of `currency`, decimal text) and
 * usdAmount = amount × rate rounded half-up to cents; for USD, rate is null and usdAmount = amount.
 */
export interface SaleCharge {
  amount: string
  currency: string
  usdAmount: string
  rate: string | null
}

/**
 * The exchange declined the sale's transfer in Link (the SDK's transferDeclined, or
 * transferExecutionError): the sale is failed at once, and Mesh's Failed webhook follows.
 * `by` is the exchange as Link named it; `message` what Link said, when it said anything.
 */
export interface SaleDecline {
  by: string | null
  message: string | null
}

export interface SdkEventRow {
  id: number
  at: number
  /** The SDK callback or onEvent key: pageLoaded, integrationConnected, transferFinished, exit, … */
  type: string
  payload: unknown
}

/** The access tokens the Web Link SDK takes for a returning customer (`accessTokens`). */
export interface IntegrationAccessToken {
  accountId: string
  accountName: string
  accessToken: string
  brokerType: string
  brokerName: string
}

export interface SaleView {
  sessionId: string
  /** Our transactionId, sent to Mesh; echoed as the webhook's TransactionId. */
  transactionId: string
  createdAt: number
  /** Fiat amount as decimal text. */
  amount: string
  currency: string
  asset: string
  network: string | null
  destinationAddress: string | null
  note: string | null
  hasCustomer: boolean
  state: SaleState
  transferId: string | null
  transfer: TransferRow | null
  tokenExpiresAt: number | null
  sdkEvents: SdkEventRow[]
  /** The SDK and Mesh's webhook disagree (e.g. SDK said success, webhook said failed). */
  disagreement: string | null
  /** Mesh reports a different amount than the sale charged (beyond the tolerance): never plain paid. */
  amountMismatch: AmountMismatch | null
  /** The charge (fiat shown, USD sent to Mesh, rate). */
  charge: SaleCharge
  /** Set when the counter ended the sale (Cancel, Escape/close of Link, token expiry). */
  endReason: SaleEndReason | null
  endedAt: number | null
  /** A transfer arrived for a sale the counter had ended ("paid after cancel" when it succeeded). */
  lateTransfer: boolean
  /** Mesh's Paylink for this sale (generatePayLink), for the customer display's QR code. */
  paymentLink: string | null
  /** Set while the sale is failed because the exchange declined in Link (never paid by the SDK alone). */
  declined: SaleDecline | null
  /** Mesh is refunding (or has refunded) the payment: the sale stays paid (state succeeded) and shows it. */
  refund: SaleRefund | null
}

/** The refund of a sale's payment, from its transfer's RefundPending / RefundSucceeded. */
export interface SaleRefund {
  status: 'pending' | 'succeeded'
  /** When the refund reached that status: Mesh's Timestamp of its event, else when we recorded it (ms); null when unknown. */
  at: number | null
  /** Where Mesh sends the refund (the webhook's RefundAddress). */
  refundAddress: string | null
  /** When Mesh said the payment succeeded (its Succeeded event); null when that event never reached us. */
  paidAt: number | null
}

/** The amount Mesh reported for a sale's transfer against what the sale charged. */
export interface AmountMismatch {
  /** The sale's amount, and its currency. */
  charged: string
  currency: string
  /** What Mesh reported, in `asset`, and from which field (DestinationAmount when Mesh gave it). */
  reported: string
  asset: string
  field: 'DestinationAmount' | 'SourceAmount'
}

export interface SaleStarted {
  sessionId: string
  transactionId: string
  linkToken: string
  /** For a known customer: their saved connections, so Link skips the sign-in. */
  accessTokens?: IntegrationAccessToken[]
  sale: SaleView
}

export interface ShopInfo {
  name: string
  address: string
}

export interface CounterSettings {
  mode: HealthInfo['mode']
  currency: string
  /** BCP 47 locale for every formatted number and date; null = the system's. */
  locale: string | null
  /** USD per one unit of `currency` (decimal text); null for USD or when no rate is set. */
  fxRate: string | null
  /** Why the counter cannot charge right now (e.g. a non-USD currency with no rate), else null. */
  chargeBlocked: string | null
  /** The most one sale may charge, in `currency` (decimal text); null = no limit. */
  saleLimit: string | null
  shop: ShopInfo
  /** Play a sound on paid / failed. */
  paidSound: boolean
  /** Show an OS notification on paid / failed when the console is not focused. */
  notifications: boolean
  /** Assets and networks the merchant has a payout address for. */
  payouts: { asset: string; network: string; address: string }[]
  defaultAsset: string
  defaultNetwork: string
}

/** What the emulator's webhook sender does wrong on purpose, per transfer. Counts apply to each status event. */
export interface WebhookFaults {
  /** n extra deliveries of each event (each with a new Id), sent after the event was acknowledged. */
  duplicate?: number
  /** The final event (Succeeded/Failed) is sent first; Pending only after it. */
  outOfOrder?: boolean
  /** The first n attempts of each event are signed with a wrong key. */
  badSignature?: number
  /** The first n attempts of each event send their body after the 200 ms budget (timed out, retried). */
  slowFirst?: number
  /** The first n attempts of each event cut the connection half-way through the body. */
  failFirst?: number
  /** One extra, correctly signed delivery whose body is not valid JSON (after the Pending event). */
  malformedBody?: boolean
  /** Deliver nothing; the transfer still appears in the REST list. */
  dropWebhooks?: boolean
}

export interface ReplayResult {
  deliveryId: number
  verdict: DeliveryVerdict
  httpStatus: number
}

/** One delivery of a bulk replay: what the replay got, or why it could not run. */
export type ReplayManyItem = { sourceId: number } & ({ ok: true; result: ReplayResult } | { ok: false; error: string })

/** A per-transfer support bundle: one self-contained HTML file (readable, with the whole record as JSON inside). */
export interface SupportBundle {
  fileName: string
  html: string
}

export type Environment = 'emulator' | 'sandbox' | 'production'

export interface SecretStatus {
  set: boolean
  /** Last four characters, only for secrets long enough that this reveals nothing useful. */
  last4: string | null
}

/** How the counter charges and shows money (the settings table), as Settings edits it. */
export interface CounterConfig {
  currency: string
  locale: string | null
  /** Currency code → USD per one unit (decimal text). */
  fxRates: Record<string, string>
  saleLimit: string | null
  shop: ShopInfo
  paidSound: boolean
  notifications: boolean
}

export interface SettingsView extends CounterConfig {
  /** The environment saved in settings (applies at the next start). */
  environment: Environment
  /** The environment this process is running against. */
  runningMode: Environment
  restartRequired: boolean
  meshClientId: string | null
  secrets: { meshApiKey: SecretStatus; webhookSecret: SecretStatus }
  payouts: { asset: string; network: string; address: string }[]
  pinSet: boolean
  /** Assets and networks a payout address can be set for. */
  networks: string[]
}

/** paidAfterEnd and refunded are parts of paid (a paid sale may be both), not further buckets. */
export type ShiftCountKey = 'paid' | 'failed' | 'abandoned' | 'cancelled' | 'expired' | 'pending' | 'paidAfterEnd' | 'refunded'

export interface FiatTotal {
  currency: string
  /** Decimal text. */
  amount: string
  /** USD actually charged through Mesh for these sales (decimal text). */
  usdAmount: string
  count: number
}

export interface AssetTotal {
  asset: string
  network: string | null
  /** Crypto received (DestinationAmount, else SourceAmount), decimal text. */
  amount: string
  count: number
}

export interface ShiftView {
  shiftId: string
  openedAt: number
  closedAt: number | null
  /** A free-text name of who opened it (optional at the counter). */
  openedBy: string | null
}

/**
 * A shift's Z report. Paid counts every sale whose payment succeeded (those paid after the
 * counter ended them, and those Mesh refunded or is refunding, included); fiatTotals and
 * assetTotals are NET: the paid sales that were not refunded (what the shop keeps).
 */
export interface ShiftReport {
  shift: ShiftView
  counts: Record<ShiftCountKey, number>
  /** Net: paid sales not refunded. */
  fiatTotals: FiatTotal[]
  /** Net: crypto received for paid sales not refunded. */
  assetTotals: AssetTotal[]
  /** Gross: every paid sale, refunded ones included (= fiatTotals + refundTotals). */
  paidTotals: FiatTotal[]
  /** Paid sales Mesh refunded or is refunding (RefundPending, RefundSucceeded). */
  refundTotals: FiatTotal[]
  /** Sales still waiting, submitted or pending when the report was made. */
  pending: SaleView[]
  /** Every sale of the shift, newest first. */
  sales: SaleView[]
  generatedAt: number
}

/** Takings are net of refunds: count and totals cover paid sales not refunded; refundTotals the refunded ones (by the day of the sale). */
export interface DailyTakings {
  /** Local date in the report's time zone, YYYY-MM-DD. */
  date: string
  count: number
  fiatTotals: FiatTotal[]
  assetTotals: AssetTotal[]
  refundTotals: FiatTotal[]
}

export interface TakingsReport {
  timeZone: string
  /** Every day of the window, oldest first, zero days included. */
  days: DailyTakings[]
  fiatTotals: FiatTotal[]
  assetTotals: AssetTotal[]
  refundTotals: FiatTotal[]
}

/** What the customer-facing display shows. */
export interface DisplayView {
  state: 'idle' | 'due' | 'paid' | 'failed' | 'cancelled'
  sessionId: string | null
  charge: SaleCharge | null
  /** Mesh's Paylink for the sale, shown as a QR code. */
  paymentLink: string | null
  shopName: string
  locale: string | null
  updatedAt: number
}

/** How the console opens the customer display (display.open). */
export interface DisplayOpenResult {
  /** Where a browser opens it (headless: /display?token=DISPLAY_TOKEN); null when the app opened its own window. */
  url: string | null
  /** The app opened (or focused) a display window itself. */
  opened: boolean
}

/** All a customer-display client may call and hear (its token, or its window, is refused everything else). */
export const DISPLAY_COMMANDS: readonly string[] = ['display.get']
export const DISPLAY_EVENTS: readonly string[] = ['display.updated']

export interface TunnelStatusView {
  state: 'off' | 'connecting' | 'online' | 'error'
  provider: 'ngrok' | 'manual' | null
  /** The public webhook URL to register in the Mesh dashboard. */
  publicUrl: string | null
  reason: string | null
  code: string | null
  warning: string | null
  since: number
  nextRetryAt: number | null
  failures: number
  downSince: number | null
}

export interface DowntimeView {
  id: number
  kind: string
  startedAt: number
  endedAt: number | null
  reason: string | null
  reconciledAt: number | null
}

export interface TunnelView {
  status: TunnelStatusView
  config: { provider: 'ngrok' | 'manual' | null; domain: string | null; publicUrl: string | null; authtokenSet: boolean }
  /** The local webhook URL (what the tunnel forwards to). */
  localWebhookUrl: string
  allowlist: { enabled: boolean; addresses: string[] }
  downtime: DowntimeView[]
}

export interface ReconcileResultView {
  runId: number
  trigger: string
  startedAt: number
  finishedAt: number
  /** Distinct transfers Mesh listed in this run. */
  checked: number
  /** Transfers the ledger had never heard of, now recorded from Mesh's list. */
  imported: number
  /** Transfers the ledger had whose status changed (imports not counted). */
  updated: number
  /** Poll results that contradicted a final state (recorded and flagged, not applied). */
  conflicts: number
  /** List requests made (retries after rate limiting not counted). */
  pages: number
  errors: string[]
  /** Transfers with a new poll event (published to the UI, their sales refreshed). */
  changedTransferIds: string[]
  /** What changed, first RECONCILE_CHANGES_MAX of them. */
  changes: ReconcileChange[]
  /** The creation-time range (ms) the sweep of Mesh's list covered; null when no sweep completed. */
  sweptFrom: number | null
  sweptTo: number | null
}

/** One transfer a reconcile run changed: imported (new to the ledger), updated, or a conflict flagged. */
export interface ReconcileChange {
  transferId: string
  /** The status Mesh listed (lower case, as REST gives it). */
  status: string
  kind: 'imported' | 'updated' | 'conflict'
}
export const RECONCILE_CHANGES_MAX = 50

/** A reconcile run in progress (after every page of Mesh's list), and once more at its end. */
export interface ReconcileProgress {
  runId: number
  pages: number
  checked: number
  imported: number
  updated: number
  done: boolean
}

export interface SelfTestResult {
  ok: boolean
  url: string
  viaTunnel: boolean
  httpStatus: number | null
  roundTripMs: number
  verdict: string | null
  message: string
}

export interface AuditEntryView {
  id: number
  at: number
  actor: string
  action: string
  detail: unknown
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
    /** TransferId, TransactionId or TxHash (exact, or a prefix of at least 6 characters), in any letter case */
    search: z.string().trim().max(200).optional(),
    /**
     * Amount range, inclusive, as decimal text: matches the crypto amount sent or received
     * (SourceAmount, DestinationAmount) or the fiat amount the sale charged. Equal bounds = exact.
     */
    amountMin: z.string().trim().regex(/^\d{1,15}(\.\d{1,18})?$/, 'An amount such as 12.50').optional(),
    amountMax: z.string().trim().regex(/^\d{1,15}(\.\d{1,18})?$/, 'An amount such as 12.50').optional(),
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
/** A bulk replay goes in chunks of at most 100 (the console shows progress between them). */
export const DeliveryIdsArg = z
  .object({
    ids: z
      .array(z.number().int().positive())
      .min(1)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'Each delivery may appear only once in a bulk replay.')
  })
  .strict()
export const NoArgs = z.object({}).strict().default({})

/** A positive fiat amount as decimal text with at most 2 decimals, e.g. "12.50". */
export const AmountText = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, 'Enter an amount such as 12.50')
  .refine((v) => /[1-9]/.test(v), 'The amount must be more than zero')

/**
 * The amount typed at the counter: digits with up to 3 decimals and 12 integer digits, above zero,
 * each problem with its own message. The currency's own decimals (JPY 0, USD 2, BHD 3) and the
 * sale limit are the core's to check (sales.start: AMOUNT_INVALID, SALE_LIMIT_EXCEEDED).
 */
export const ChargeAmountText = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = amountTextProblem(v)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

export const SaleStartArgs = z
  .object({
    amount: ChargeAmountText,
    asset: z.string().trim().min(1).max(20),
    network: z.string().trim().min(1).max(50).optional(),
    note: z.string().trim().max(200).optional(),
    customerRef: z.string().trim().min(1).max(100).optional(),
    /** Ask Mesh for a Paylink too (generatePayLink), for the customer display. */
    payLink: z.boolean().optional()
  })
  .strict()

export const SaleEndArgs = z.object({ sessionId: z.string().min(1).max(100), reason: z.enum(['cancelled', 'abandoned']) }).strict()
export const ShiftOpenArgs = z.object({ openedBy: z.string().trim().max(100).optional() }).strict()
export const ShiftIdArg = z.object({ shiftId: z.string().min(1).max(100) }).strict()
export const ShiftListArgs = z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict()
export const TakingsArgs = z
  .object({
    days: z.number().int().min(1).max(366).default(30),
    /** IANA time zone the days are counted in (the console's). */
    timeZone: z.string().min(1).max(64)
  })
  .strict()

export const SdkEventArgs = z
  .object({
    sessionId: z.string().min(1).max(100),
    type: z.string().min(1).max(64),
    payload: z.unknown().optional()
  })
  .strict()

export const SessionIdArg = z.object({ sessionId: z.string().min(1).max(100) }).strict()
export const SalesListArgs = z.object({ since: z.number().int().nonnegative().optional(), limit: z.number().int().min(1).max(200).default(20) }).strict()

const count = z.number().int().min(0).max(50)
export const FaultsSchema = z
  .object({
    duplicate: count.optional(),
    outOfOrder: z.boolean().optional(),
    badSignature: count.optional(),
    slowFirst: count.optional(),
    failFirst: count.optional(),
    malformedBody: z.boolean().optional(),
    dropWebhooks: z.boolean().optional()
  })
  .strict()

export const SandboxFaultsArgs = z.object({ faults: FaultsSchema.nullable() }).strict()
/** The longest the emulator may hold a transfer in one status: a week. */
const EMULATOR_MAX_HOLD_MS = 7 * 24 * 3600_000
export const SandboxTransferArgs = z
  .object({
    amountInFiat: AmountText,
    symbol: z.string().trim().min(1).max(20).optional(),
    outcome: z.enum(['succeeded', 'failed']),
    faults: FaultsSchema.optional(),
    /** Emulator ms it stays Pending before the outcome (e.g. 3 h for an exchange's review); default the emulator's settle delay. */
    pendingMs: z.number().int().min(0).max(EMULATOR_MAX_HOLD_MS).optional()
  })
  .strict()
export const SandboxLinkScenarioArgs = z.object({ scenario: z.enum(LINK_SCENARIO_NAMES).nullable() }).strict()
export const SandboxRefundArgs = z
  .object({
    transferId: z.string().trim().min(1).max(200),
    /** Emulator ms from RefundPending to RefundSucceeded; default the emulator's settle delay. */
    delayMs: z.number().int().min(0).max(EMULATOR_MAX_HOLD_MS).optional()
  })
  .strict()
export const SandboxClockArgs = z
  .object({
    /** Emulator ms per real ms: 1 real time, 3600 an hour a second, 0 stopped. */
    rate: z.number().min(0).max(1_000_000).optional(),
    /** Jump the emulator clock forward (fires whatever falls due on the way). */
    advanceMs: z.number().int().min(0).max(30 * 24 * 3600_000).optional()
  })
  .strict()

/** The emulator clock (sandbox.clock). */
export interface SandboxClockView {
  /** Emulated Unix ms. */
  now: number
  rate: number
  /** Emulator ms until the next transfer moves on (settles, refunds), or null. */
  nextDueInMs: number | null
}
export const PayoutSchema = z
  .object({
    asset: z.string().trim().regex(/^[A-Z0-9]{2,12}$/, 'Asset is a ticker such as USDC'),
    network: z.string().trim().min(1).max(50),
    address: z.string().trim().min(20, 'That address is too short').max(128).regex(/^\S+$/, 'An address has no spaces')
  })
  .strict()

export const PinSchema = z.string().regex(/^\d{4,12}$/, 'A PIN is 4 to 12 digits')

export const SettingsUpdateArgs = z
  .object({
    pin: z.string().max(12).optional(),
    changes: z
      .object({
        environment: z.enum(['emulator', 'sandbox', 'production']).optional(),
        meshClientId: z.string().trim().max(100).optional(),
        meshApiKey: z.string().trim().min(8).max(300).optional(),
        webhookSecret: z.string().min(8).max(300).optional(),
        payouts: z.array(PayoutSchema).max(50).optional(),
        currency: z.string().regex(/^[A-Z]{3}$/, 'Currency is a 3-letter ISO code').optional(),
        locale: z.string().trim().max(35).nullable().optional(),
        /** Currency code → USD per one unit, decimal text such as "1.087". */
        fxRates: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().trim().regex(/^\d{1,6}(\.\d{1,8})?$/, 'A rate is a decimal such as 1.087')).optional(),
        saleLimit: z.string().trim().regex(/^\d{1,12}(\.\d{1,3})?$/, 'A limit is an amount such as 500').nullable().optional(),
        shop: z.object({ name: z.string().trim().max(100), address: z.string().trim().max(300) }).strict().optional(),
        paidSound: z.boolean().optional(),
        notifications: z.boolean().optional()
      })
      .strict()
  })
  .strict()

export const SetPinArgs = z.object({ currentPin: z.string().max(12).optional(), newPin: PinSchema }).strict()
export const AuditListArgs = z.object({ limit: z.number().int().min(1).max(500).default(100), beforeId: z.number().int().positive().optional() }).strict()

export const TunnelStartArgs = z
  .object({
    provider: z.enum(['ngrok', 'manual']),
    authtoken: z.string().trim().min(10).max(200).optional(),
    domain: z.string().trim().max(253).nullable().optional(),
    publicUrl: z.string().trim().max(500).optional()
  })
  .strict()
export const AllowlistArgs = z.object({ enabled: z.boolean() }).strict()
export const ReconcileArgs = z.object({ transferId: z.string().max(200).optional(), transactionId: z.string().max(128).optional() }).strict()

export const CustomerRefArg = z.object({ customerRef: z.string().trim().min(1).max(100) }).strict()

// ---------- the command map ----------

export const commandSchemas = {
  'ledger.list': LedgerQuery,
  'ledger.get': TransferIdArg,
  'deliveries.list': DeliveriesQuery,
  'deliveries.get': DeliveryIdArg,
  'deliveries.replay': DeliveryIdArg,
  'deliveries.replayMany': DeliveryIdsArg,
  'support.bundle': TransferIdArg,
  'health.get': NoArgs,
  'counter.settings': NoArgs,
  'sales.start': SaleStartArgs,
  'sales.recordSdkEvent': SdkEventArgs,
  'sales.get': SessionIdArg,
  'sales.list': SalesListArgs,
  'sales.end': SaleEndArgs,
  'shifts.current': NoArgs,
  'shifts.open': ShiftOpenArgs,
  'shifts.close': NoArgs,
  'shifts.list': ShiftListArgs,
  'shifts.report': ShiftIdArg,
  'reports.takings': TakingsArgs,
  'display.get': NoArgs,
  'display.open': NoArgs,
  'customers.forget': CustomerRefArg,
  'sandbox.setFaults': SandboxFaultsArgs,
  'sandbox.createTransfer': SandboxTransferArgs,
  'sandbox.setLinkScenario': SandboxLinkScenarioArgs,
  'sandbox.refundTransfer': SandboxRefundArgs,
  'sandbox.clock': SandboxClockArgs,
  'settings.get': NoArgs,
  'settings.update': SettingsUpdateArgs,
  'settings.setPin': SetPinArgs,
  'audit.list': AuditListArgs,
  'tunnel.status': NoArgs,
  'tunnel.start': TunnelStartArgs,
  'tunnel.stop': NoArgs,
  'tunnel.setAllowlist': AllowlistArgs,
  'reconcile.run': ReconcileArgs,
  'health.selfTest': NoArgs
} as const

export interface CommandResults {
  'ledger.list': Page<TransferRow>
  'ledger.get': TransferDetail
  'deliveries.list': Page<DeliveryRow>
  'deliveries.get': DeliveryRow
  'deliveries.replay': ReplayResult
  /** In the order of the ids given. */
  'deliveries.replayMany': ReplayManyItem[]
  'support.bundle': SupportBundle
  'health.get': HealthInfo
  'counter.settings': CounterSettings
  'sales.start': SaleStarted
  'sales.recordSdkEvent': SaleView
  'sales.get': SaleView
  'sales.list': SaleView[]
  'sales.end': SaleView
  /** The open shift's live report, or null when no shift is open. */
  'shifts.current': ShiftReport | null
  'shifts.open': ShiftReport
  /** Closes the open shift and returns its final Z report. */
  'shifts.close': ShiftReport
  /** Newest first. */
  'shifts.list': ShiftView[]
  'shifts.report': ShiftReport
  'reports.takings': TakingsReport
  'display.get': DisplayView
  /** The console asks to show the customer display (never answered to a display client). */
  'display.open': DisplayOpenResult
  'customers.forget': { removed: number }
  'sandbox.setFaults': { faults: WebhookFaults | null }
  'sandbox.createTransfer': { transferId: string; eventIds: string[] }
  /** The Link scenario the next sale's Link page will run (null: standard). */
  'sandbox.setLinkScenario': { scenario: LinkScenario | null }
  /** [RefundPending, RefundSucceeded] event ids. */
  'sandbox.refundTransfer': { transferId: string; eventIds: string[] }
  'sandbox.clock': SandboxClockView
  'settings.get': SettingsView
  'settings.update': SettingsView
  'settings.setPin': { pinSet: true }
  'audit.list': AuditEntryView[]
  'tunnel.status': TunnelView
  'tunnel.start': TunnelView
  'tunnel.stop': TunnelView
  'tunnel.setAllowlist': TunnelView
  'reconcile.run': ReconcileResultView
  'health.selfTest': SelfTestResult
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
  'sale.updated': SaleView
  'tunnel.updated': TunnelStatusView
  'display.updated': DisplayView
  'reconcile.progress': ReconcileProgress
}
export type EventName = keyof Events

// Every event name once; `satisfies` makes a missing or unknown name a compile error, so this
// list cannot drift from `Events` (the renderer accepts exactly these).
const EVENT_NAME_SET = {
  'transfer.updated': true,
  'delivery.recorded': true,
  'sale.updated': true,
  'tunnel.updated': true,
  'display.updated': true,
  'reconcile.progress': true
} as const satisfies Record<EventName, true>
/** The event names at run time, in the order of `Events`. */
export const EVENT_NAMES: readonly EventName[] = Object.freeze(Object.keys(EVENT_NAME_SET) as EventName[])
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(EVENT_NAME_SET, name)
}

export interface EventMessage<K extends EventName = EventName> {
  type: K
  payload: Events[K]
}
