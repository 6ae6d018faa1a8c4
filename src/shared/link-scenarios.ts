// The Mesh emulator's Link scenarios: what the emulated Link page does for one session, chosen
// on the page or ahead of time (emulator control API, the console's sandbox tools). Shared so
// the console can offer them without importing the emulator. Names only; the behaviour is in
// src/main/emulator.

export const LINK_SCENARIOS = {
  standard: 'Standard: sign in, review, approve or decline',
  detailed: 'Every step: home page, method, asset, network and amount pickers',
  mfa: 'The exchange asks for a 2FA code at sign-in and again to approve (sandbox code 123456)',
  oauth: 'OAuth sign-in in the exchange’s own window',
  accountSelection: 'Several accounts at the exchange: the customer picks one',
  delayedAuth: 'Delayed authentication: the account is linked for later, no transfer is made',
  connectionUnavailable: 'The first exchange picked is unavailable; the customer must pick another',
  connectionDeclined: 'The exchange declines the connection; the customer may pick another',
  noEligibleAssets: 'The account holds nothing this payment accepts',
  funding: 'Not enough USDC: the customer converts another asset first (SmartFunding)',
  kyc: 'The exchange requires identity verification before the transfer',
  configureError: 'The transfer cannot be configured at this exchange',
  previewError: 'The first preview fails; trying again works',
  gasIncrease: 'The network fee rises at approval; the customer reviews again',
  transferDeclined: 'The exchange declines the transfer (a Failed transfer)',
  longPending: 'The transfer stays Pending for 3 hours of emulator time, then succeeds',
  refund: 'Paid, then refunded: Succeeded → RefundPending → RefundSucceeded',
  selfCustody: 'Pay from a self-custody wallet: injected wallets, a wallet error, the QR code',
  verifyWallet: 'Verify a self-custody wallet by signing a message'
} as const

export type LinkScenario = keyof typeof LINK_SCENARIOS

export const LINK_SCENARIO_NAMES = Object.keys(LINK_SCENARIOS) as [LinkScenario, ...LinkScenario[]]

export function isLinkScenario(v: unknown): v is LinkScenario {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(LINK_SCENARIOS, v)
}

/** How long the longPending scenario's transfer stays Pending, in emulator time. */
export const LONG_PENDING_MS = 3 * 3600_000
