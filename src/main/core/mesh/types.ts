// Types of the Mesh API surface we use. Field names come from @meshconnect/node-api (type-only
// imports, so nothing of axios is pulled in) to keep them honest against Mesh's own spec.
import type {
  GetLinkTokenRequest,
  LinkTokenTransferOptions,
  TransferModel,
  TransferStatus,
  TransferOrderByFields
} from '@meshconnect/node-api'

export type { GetLinkTokenRequest, LinkTokenTransferOptions, TransferModel, TransferStatus, TransferOrderByFields }

export type MeshEnvironment = 'sandbox' | 'production'

export const MESH_BASE_URLS: Readonly<Record<MeshEnvironment, string>> = {
  sandbox: 'https://sandbox-integration-api.meshconnect.com',
  production: 'https://integration-api.meshconnect.com'
}

/** Mesh's `ApiResult` envelope statuses (reference §1). */
export type MeshEnvelopeStatus =
  | 'ok'
  | 'serverFailure'
  | 'permissionDenied'
  | 'badRequest'
  | 'notFound'
  | 'conflict'
  | 'tooManyRequest'
  | 'locked'
  | 'unavailableForLegalReasons'

export interface MeshEnvelope<T> {
  status?: MeshEnvelopeStatus | string
  message?: string | null
  displayMessage?: string | null
  errorHash?: string | null
  errorType?: string | null
  errorData?: unknown
  content?: T | null
}

export interface LinkTokenResult {
  /** Base64 of the Link URL; hand it to the Web Link SDK's `openLink`. */
  linkToken: string
  /** Only when `transferOptions.generatePayLink` was set. */
  paymentLink: string | null
}

/**
 * Filter for `GET /api/v1/transfers/managed/mesh`. camelCase here; the client sends the
 * PascalCase query parameters Mesh expects (`Count`, `Offset`, `Statuses`, …).
 */
export interface ListTransfersQuery {
  /** Page size, 1..100 (Mesh's maximum). Mesh defaults to 10. */
  count?: number
  offset?: number
  /** Mesh transfer id (= webhook TransferId). */
  id?: string
  /** Our transactionId (= webhook TransactionId). */
  clientTransactionId?: string
  userId?: string
  integrationIds?: string[]
  statuses?: TransferStatus[]
  fromTimestamp?: number
  toTimestamp?: number
  minAmountInFiat?: number
  maxAmountInFiat?: number
  orderBy?: TransferOrderByFields
  descendingOrder?: boolean
  hash?: string
  subClientId?: string
  isSandBox?: boolean
}

export interface TransferPage {
  items: TransferModel[]
  total: number
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

export interface MeshClientLogEvent {
  method: 'GET' | 'POST'
  /** Path only (no query string, never headers). */
  path: string
  attempt: number
  /** HTTP status, or null when no response arrived. */
  httpStatus: number | null
  durationMs: number
  outcome: 'ok' | 'retry' | 'error'
  code?: string
}

export interface MeshClientOptions {
  /** Either a named environment or an explicit base URL (e.g. the emulator's). */
  environment?: MeshEnvironment
  baseUrl?: string
  clientId: string
  clientSecret: string
  /** Per-attempt timeout. Default 15 000 ms. */
  timeoutMs?: number
  /** Retries after the first attempt for retryable failures. Default 3. */
  maxRetries?: number
  /** Backoff base and cap. Defaults 300 ms and 8 000 ms. */
  backoffBaseMs?: number
  backoffMaxMs?: number
  fetch?: FetchLike
  sleep?: (ms: number) => Promise<void>
  /** Source of jitter in [0, 1). */
  random?: () => number
  now?: () => number
  /** Receives one entry per HTTP attempt. Carries no secrets. */
  log?: (event: MeshClientLogEvent) => void
}

export interface CallOptions {
  signal?: AbortSignal
}

export interface ListAllTransfersOptions extends CallOptions {
  /** Page size, 1..100. Default 100. */
  pageSize?: number
  /** Stop after this many items. */
  limit?: number
}

export interface MeshClient {
  readonly baseUrl: string
  getLinkToken(request: GetLinkTokenRequest, options?: CallOptions): Promise<LinkTokenResult>
  listTransfers(query?: ListTransfersQuery, options?: CallOptions): Promise<TransferPage>
  /** Pages through every matching transfer, `pageSize` (≤100) at a time. */
  iterateTransfers(query?: Omit<ListTransfersQuery, 'count' | 'offset'>, options?: ListAllTransfersOptions): AsyncGenerator<TransferModel, void, undefined>
  /** Same as iterateTransfers, collected into an array. */
  listAllTransfers(query?: Omit<ListTransfersQuery, 'count' | 'offset'>, options?: ListAllTransfersOptions): Promise<TransferModel[]>
}
