// What the emulator's server and its Link page (the browser bundle in this folder) agree on:
// the JSON the page is served with, the replies of its same-origin actions, and page names.
// Types and constants only: this file is compiled into both the Node build and the browser
// bundle, so it may import nothing from either side (src/shared is neither).
import type { LinkScenario } from '../../../shared/link-scenarios'

export type { LinkScenario } from '../../../shared/link-scenarios'

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
  home: 'homePage',
  oauth: 'integrationOAuthPage',
  mfa: 'integrationMfaPage',
  accounts: 'integrationAccountSelectionPage',
  connectionDeclined: 'connectionDeclinedPage',
  asset: 'transferAssetPage',
  network: 'transferNetworkPage',
  kyc: 'transferKycPage',
  noAssets: 'transferNoEligibleAssetsPage',
  funding: 'transferFundingPage',
  configureError: 'transferConfigureErrorPage',
  transferMfa: 'transferMfaPage',
  declined: 'transferDeclinedPage',
  qr: 'linkTransferQrPage',
  wallet: 'walletConnectPage',
  verify: 'verifyWalletPage',
  verifyDone: 'verifyDonePage',
  buy: 'buyPage',
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

/** One entry of transferOptions.toAddresses: an asset and network the merchant accepts. */
export interface LinkPaymentOption {
  symbol: string
  networkId: string
  networkName: string
  address: string
  addressTag: string | null
  /** Token units, when the request fixed them. */
  amount: number | null
}

export interface LinkVerifyWallet {
  message: string
  addresses: string[]
  networkId: string | null
}

export interface LinkPageView {
  sessionId: string
  userId: string
  payment: LinkPagePayment | null
  /** Absent means `link`. */
  mode?: LinkPageMode
  /** What this session does (see src/shared/link-scenarios.ts). */
  scenario: LinkScenario
  /** Every toAddresses entry (payment is the first). */
  options: LinkPaymentOption[]
  /** The request's verifyWalletOptions, when it asked to verify a wallet. */
  verifyWallet: LinkVerifyWallet | null
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
  /** The sandbox 2FA code (Mesh's documented 123456). */
  sandboxMfaCode: string
  /** Scenario names and what each does, for the page's scenario picker. */
  scenarios: { name: LinkScenario; label: string }[]
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

export interface ScenarioReply {
  scenario: LinkScenario
}

/** POST select: whether the exchange can be used right now. */
export type SelectReply = { available: true } | { available: false; reason: string }

export interface AccountChoice {
  accountId: string
  accountName: string
  cash: number
}

/** POST connect: the next step of signing in. */
export type ConnectReply =
  /** Handed to the SDK as-is (brokerageAccountAccessToken). */
  | { step: 'connected'; accessTokenPayload: Record<string, unknown> }
  /** Handed to the SDK as-is (delayedAuthentication). */
  | { step: 'delayed'; delayedAuthPayload: Record<string, unknown> }
  | { step: 'mfa' }
  | { step: 'accounts'; accounts: AccountChoice[] }
  | { step: 'declined'; reason: string; errorMessage: string }

export interface TokenHeld {
  symbol: string
  amount: number
  amountInFiat?: number
  ineligibilityReason?: string
}

export interface FundingOption extends Record<string, unknown> {
  cryptocurrencyFundingOptionType: string
  name: string
  paymentMethodType: string
  usedAmountInCryptocurrency: number
  usedAmountInFiat: number
  cryptocurrencySymbol: string
  fee: { amountInFiat: number; fiatSymbol: string; amountInCryptocurrency: number; cryptocurrencySymbol: string; isInclusive: boolean }
}

/** POST configure: what stands between the connected account and a preview. */
export type ConfigureReply =
  | { step: 'ok' }
  | { step: 'kyc' }
  | { step: 'noEligibleAssets'; noAssetsType: string; arrayOfTokensHeld: TokenHeld[] }
  | { step: 'funding'; shortBy: number; options: FundingOption[] }
  | { step: 'configureError'; errorMessage: string }

export interface WalletSignedReply {
  /** The SDK's walletMessageSigned payload. */
  signed: Record<string, unknown>
}

export interface LinkPreview extends Record<string, unknown> {
  previewId: string
  amount: number
  amountInFiat: number
  symbol: string
  networkId: string
  networkName: string
  toAddress: string
  clientTransactionId?: string
  estimatedNetworkGasFee: { fee: number; feeCurrency: string; feeInFiat: number }
  institutionTransferFee: { fee: number; feeCurrency: string; feeInFiat: number }
}

export interface PreviewReply {
  preview: LinkPreview
}

export type ApproveReply =
  | {
      step: 'executed'
      transferId: string
      executed: Record<string, unknown>
      finished: Record<string, unknown>
      /** The SDK's executeFundingStep payload, when a funding step ran first. */
      funding?: Record<string, unknown>
    }
  /** The exchange wants its 2FA code before it sends. */
  | { step: 'mfa' }
  /** The network fee rose: review this new preview. */
  | { step: 'gasIncrease'; preview: LinkPreview; previousFeeInFiat: number }
  /** The exchange declined: the SDK's transferDeclined payload; the transfer is Failed. */
  | { step: 'declined'; transferId: string; declined: Record<string, unknown>; errorMessage: string }

export interface DeclineReply {
  transferId: string
  errorMessage: string
}
