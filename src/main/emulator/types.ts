import type { GetLinkTokenRequest, TransferModel } from '@meshconnect/node-api'
import type { WebhookFaults } from '../../shared/contract'
import type { LinkScenario } from '../../shared/link-scenarios'
import type { ExchangeName } from './catalog'

/** What the webhook sender does wrong on purpose, per transfer (the console's contract type). */
export type { WebhookFaults } from '../../shared/contract'

export type TransferOutcome = 'succeeded' | 'failed'
/** Mesh's webhook TransferStatus values (reference §5; the refund ones are third-party). */
export type WebhookStatus = 'Pending' | 'Succeeded' | 'Failed' | 'RefundPending' | 'RefundSucceeded'
/** The REST status: Mesh's lower-case TransferStatus, plus the refund statuses in REST's camelCase (our guess). */
export type RestTransferStatus = 'pending' | 'succeeded' | 'failed' | 'refundPending' | 'refundSucceeded'

export interface CreateTransferInput {
  transactionId?: string | null
  userId?: string
  amountInFiat: number
  symbol?: string
  networkId?: string
  destinationAddress?: string
  /** Token units; computed from amountInFiat and the sandbox price when absent. */
  amount?: number
  exchange?: ExchangeName
  transferType?: NonNullable<TransferModel['transferType']>
  /** The sub-client (B2B2B) the sale was made for: the link token request's subClientId. */
  subClientId?: string | null
  outcome: TransferOutcome
  faults?: WebhookFaults
  /** Emulator ms from Pending to the final status; default settleDelayMs. */
  pendingMs?: number
  /** When succeeded: emulator ms until the refund starts; no refund when absent. */
  refundAfterMs?: number
  /** SmartFunding: what the customer converted to pay (REST fundingMethods). */
  fundedFrom?: { symbol: string; amount: number; amountInFiat: number }
}

export interface CreatedTransfer {
  transferId: string
  /** Event ids in lifecycle order: [Pending, Succeeded|Failed]. */
  eventIds: [string, string]
}

export interface RefundStarted {
  transferId: string
  /** [RefundPending, RefundSucceeded]. */
  eventIds: [string, string]
}

export interface ClockView {
  /** Emulated Unix ms. */
  now: number
  iso: string
  /** Emulated ms per real ms. */
  rate: number
  /** Emulated ms until the next transfer timer (settling, refund), or null. */
  nextDueInMs: number | null
}

export type DeliveryFault = 'badSignature' | 'slowFirst' | 'failFirst' | 'duplicate' | 'malformed'

/** One HTTP attempt of the webhook sender, and what it got back. */
export interface DeliveryAttempt {
  /** The payload's `Id` (new for every attempt). */
  attemptId: string
  eventId: string
  transferId: string
  status: WebhookStatus
  /** 1-based attempt number within its delivery (a duplicate or malformed extra is attempt 1 of its own). */
  attempt: number
  kind: 'event' | 'duplicate' | 'malformed'
  /** Unix ms when the attempt started. */
  sentAt: number
  url: string | null
  statusCode: number | null
  error: string | null
  durationMs: number
  /** True only for HTTP 200 within the budget. */
  ok: boolean
  fault?: DeliveryFault
  /** An answer that arrived after the attempt had already been counted as timed out. */
  lateStatusCode?: number
  /** First 500 characters of the receiver's answer. */
  responseBody?: string
  /** Set on the last attempt of a delivery that will not be retried again. */
  gaveUp?: boolean
}

export type ApiFaultMode = 'http429' | 'tooManyRequest' | 'http500' | 'http503' | 'delay'

/**
 * Makes the fake Mesh API misbehave for its next `count` calls:
 * `http429` (429 + envelope tooManyRequest), `tooManyRequest` (HTTP 400 whose envelope status is
 * tooManyRequest), `http500`/`http503` (envelope serverFailure), `delay` (answer normally after delayMs).
 */
export interface ApiFault {
  mode: ApiFaultMode
  count: number
  delayMs?: number
  retryAfterSeconds?: number
}

/** One `GET /api/v1/transfers/managed/mesh` the emulator received. */
export interface TransferListRequest {
  /** Unix ms (the emulator's clock). */
  at: number
  /** The query string as received. */
  query: string
  /** The HTTP status answered (a queued API fault's, a 400, or 200). */
  statusCode: number | null
}

export interface EmulatorLogEntry {
  kind: 'http' | 'webhook' | 'transfer' | 'link'
  message: string
}

export interface MeshEmulatorOptions {
  /** A loopback address only (127.0.0.1, ::1 or localhost; default 127.0.0.1): anything else is refused. */
  host?: string
  port?: number
  /** URL used in link tokens; defaults to http://HOST:PORT (127.0.0.1 when bound to a wildcard). */
  publicUrl?: string
  webhookUrl?: string
  webhookSecret: string
  clientId?: string
  clientSecret?: string
  /** Bearer token the control API (/_emulator/*) requires; generated when absent. */
  controlToken?: string
  /** Delays before retry 1, 2, …; after the last one the delivery is given up. */
  retryScheduleMs?: readonly number[]
  /** Time from Pending to the final status. Default 1500 ms. */
  settleDelayMs?: number
  /** How long a receiver has to answer 200. Default 200 ms (Mesh's rule). */
  deliveryTimeoutMs?: number
  /** Link token lifetime. Default 10 minutes. */
  linkTokenTtlMs?: number
  now?: () => number
  randomId?: () => string
  log?: (entry: EmulatorLogEntry) => void
}

export interface MeshEmulator {
  /** http://HOST:PORT — the base URL for the Mesh client. */
  readonly url: string
  readonly clientId: string
  readonly clientSecret: string
  /** True when clientId/clientSecret were generated (not given). */
  readonly generatedCredentials: boolean
  /** What /_emulator/* requires as `Authorization: Bearer TOKEN`. */
  readonly controlToken: string
  /** True when controlToken was generated (not given). */
  readonly generatedControlToken: boolean
  setWebhookTarget(url: string | null, secret?: string): void
  createTransfer(input: CreateTransferInput): CreatedTransfer
  listTransfers(): TransferModel[]
  listDeliveries(filter?: { transferId?: string }): DeliveryAttempt[]
  /** Faults for the next transfer created from the Link page (Approve or Decline). */
  setNextSaleFaults(faults: WebhookFaults | null): void
  /** Scenario of the next Link page opened (null: standard); throws on an unknown name. */
  setNextLinkScenario(scenario: LinkScenario | null): void
  /**
   * Refunds a succeeded transfer: RefundPending now, RefundSucceeded after `delayMs` of emulator
   * time (default settleDelayMs). Throws an Error with `code` 'NOT_FOUND' (unknown transfer) or
   * 'CONFLICT' (not refundable: pending, failed or already refunded).
   */
  refundTransfer(transferId: string, opts?: { delayMs?: number }): RefundStarted
  /** The emulator clock: read it, run it fast (rate) or jump it forward (advanceMs). */
  clock(change?: { rate?: number; advanceMs?: number }): ClockView
  /** Queue misbehaviour of the fake REST API. */
  addApiFault(fault: ApiFault): void
  /** Link token requests received, newest last (for tests). */
  listLinkTokenRequests(): GetLinkTokenRequest[]
  /** Transfer-list requests received, newest last (for tests). */
  listTransferListRequests(): TransferListRequest[]
  /** Resolves when no transfer is waiting to settle and no delivery is in flight or scheduled. */
  idle(): Promise<void>
  close(): Promise<void>
}
