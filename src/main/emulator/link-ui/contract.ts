// What the emulator's server and its Link page (the browser bundle in this folder) agree on:
// the JSON the page is served with, the replies of its same-origin actions, and page names.
// Types and constants only: this file is compiled into both the Node build and the browser
// bundle, so it may import nothing from either side.

/** Page names used in SessionSummary.page and close payloads. */
export const LINK_PAGES = {
  catalog: 'catalogPage',
  signIn: 'signInPage',
  amount: 'transferAmountPage',
  preview: 'transferPreviewPage',
  executed: 'transferExecutedPage',
  executionError: 'transferExecutionErrorPage',
  connected: 'integrationConnectedPage',
  /** The Paylink's first page: the amount and a Pay button (no SDK around it). */
  paylink: 'paylinkPage',
  tokenUsed: 'linkTokenUsedPage',
  tokenExpired: 'linkTokenExpiredPage',
  tokenInvalid: 'linkTokenInvalidPage'
} as const

export type LinkPageName = (typeof LINK_PAGES)[keyof typeof LINK_PAGES]

/** Where the emulator serves the page's script (same origin as the page, so CSP 'self' admits it). */
export const LINK_SCRIPT_PATH = '/link/assets/link.js'

/** Ids of the <script type="application/json"> elements the page's data comes in. */
export const SESSION_DATA_ID = 'mesh-session'
export const ERROR_DATA_ID = 'mesh-error'

export interface LinkPagePayment {
  amountInFiat: number | null
  amount: number | null
  symbol: string
  networkId: string
  networkName: string
  address: string
  addressTag: string | null
  transactionId: string | null
}

/** `link`: framed by the Web Link SDK; `paylink`: Mesh's hosted payment page, opened top-level (no SDK). */
export type LinkPageMode = 'link' | 'paylink'

export interface LinkPageView {
  sessionId: string
  userId: string
  payment: LinkPagePayment | null
  /** Absent means `link`. */
  mode?: LinkPageMode
}

export interface LinkExchangeView {
  name: string
  brokerType: string
  integrationId: string
}

/** The JSON in #mesh-session: everything the interactive page needs. */
export interface LinkSessionData extends LinkPageView {
  exchanges: LinkExchangeView[]
  sandboxPassword: string
}

/** The JSON in #mesh-error: a token that cannot be used. */
export interface LinkErrorData {
  page: LinkPageName
  errorMessage: string
}

// ---- replies of POST /link/:id/<action> -------------------------------------------------

/** Every failed action answers `{ error }` with a 4xx status. */
export interface LinkActionError {
  error: string
}

export interface RecognizeReply {
  exchanges: { exchange: string; accountId: string; accountName: string }[]
}

export interface ConnectReply {
  /** Handed to the SDK as-is (brokerageAccountAccessToken). */
  accessTokenPayload: Record<string, unknown>
}

export interface LinkPreview extends Record<string, unknown> {
  previewId: string
  amount: number
  amountInFiat: number
  symbol: string
  networkId: string
  clientTransactionId?: string
  institutionTransferFee: { fee: number; feeCurrency: string; feeInFiat: number }
}

export interface PreviewReply {
  preview: LinkPreview
}

export interface ApproveReply {
  transferId: string
  executed: Record<string, unknown>
  finished: Record<string, unknown>
}

export interface DeclineReply {
  transferId: string
  errorMessage: string
}
