// What the counter shows for a sale, derived from its link session, the SDK callbacks and
// Mesh's webhooks. Pure. Paid means Mesh's final webhook said so — never the SDK alone.
import type { AmountMismatch, SaleState, SdkEventRow, TransferRow } from '../../../shared/contract'
import { isDecimalString } from '../../../shared/money'

/** SDK callbacks that mean the customer submitted a transfer in Link. */
const SUBMITTED = new Set(['transferFinished', 'transferCompleted', 'transferExecuted', 'transferInitiated'])
/** Any sign the Link page was opened (the token got used). */
const OPENED = new Set(['pageLoaded', 'integrationSelected', 'integrationConnected', ...SUBMITTED])

export interface SaleFacts {
  tokenExpiresAt: number | null
  sdkEvents: readonly Pick<SdkEventRow, 'type' | 'payload'>[]
  transfer: Pick<TransferRow, 'status' | 'isFinal'> | null
  now: number
}

export function deriveSaleState(f: SaleFacts): SaleState {
  if (f.transfer) {
    if (f.transfer.status === 'succeeded') return 'succeeded'
    if (f.transfer.status === 'failed') return 'failed'
    return 'pending'
  }
  const types = new Set(f.sdkEvents.map((e) => e.type))
  if ([...SUBMITTED].some((t) => types.has(t))) return 'submitted'
  if (types.has('exit')) return 'abandoned'
  const opened = [...OPENED].some((t) => types.has(t))
  if (!opened && f.tokenExpiresAt !== null && f.now >= f.tokenExpiresAt) return 'expired'
  return 'waiting'
}

/** True once nothing more can change what the counter shows. */
export function isSettled(state: SaleState): boolean {
  return state === 'succeeded' || state === 'failed' || state === 'expired'
}

/** Where the SDK and Mesh's webhooks disagree, in words for support staff. */
export function saleDisagreement(f: Pick<SaleFacts, 'sdkEvents' | 'transfer'>): string | null {
  const sdkSuccess = f.sdkEvents.some(
    (e) => e.type === 'transferFinished' && typeof e.payload === 'object' && e.payload !== null && (e.payload as { status?: unknown }).status === 'success'
  )
  const sdkExitOnly = f.sdkEvents.some((e) => e.type === 'exit') && !f.sdkEvents.some((e) => SUBMITTED.has(e.type))
  if (f.transfer?.status === 'failed' && sdkSuccess) return 'The SDK reported success, but Mesh’s webhook says the transfer failed.'
  if (f.transfer && f.transfer.status !== 'failed' && sdkExitOnly) return 'Link was closed without a transfer, yet Mesh reports one for this sale.'
  return null
}

/**
 * Assets whose unit is the US dollar: a USD charge compares with their amount directly. For
 * any other asset the charge was converted at a price we do not hold, so no check is made.
 */
const USD_ASSETS = new Set(['USDC', 'USDT', 'PYUSD', 'DAI', 'USDP', 'GUSD', 'TUSD', 'FDUSD', 'USDS'])

/** How far Mesh's amount may be from the charge: the larger of an absolute amount and a share of the charge. */
export interface AmountTolerance {
  /** Decimal text, in the charged currency. */
  absolute: string
  /** In basis points of the charged amount (50 = 0.5 %). */
  relativeBps: number
}

export const DEFAULT_AMOUNT_TOLERANCE: AmountTolerance = { absolute: '0.01', relativeBps: 50 }

const SCALE = 18
/** A non-negative decimal string as an integer of 10^-18 units (digits past 18 dropped); null if it is not one. */
function units(s: string): bigint | null {
  if (!isDecimalString(s) || s.startsWith('-')) return null
  const [int = '0', frac = ''] = s.split('.')
  return BigInt(int || '0') * 10n ** BigInt(SCALE) + BigInt((frac + '0'.repeat(SCALE)).slice(0, SCALE) || '0')
}

/**
 * Does Mesh's reported amount for the sale's transfer differ from what the sale charged by more
 * than the tolerance? Compared when the charge is in USD and the asset paid (the transfer's
 * Token, else the sale's) is a dollar stablecoin; DestinationAmount (what arrived) when Mesh
 * gave it, else SourceAmount. Pure; null when it matches or cannot be compared.
 */
export function saleAmountMismatch(
  sale: { amount: string; currency: string; asset: string },
  transfer: Pick<TransferRow, 'sourceAmount' | 'destinationAmount' | 'token'> | null,
  tol: AmountTolerance = DEFAULT_AMOUNT_TOLERANCE
): AmountMismatch | null {
  if (!transfer || sale.currency.toUpperCase() !== 'USD') return null
  const asset = (transfer.token ?? sale.asset).toUpperCase()
  if (!USD_ASSETS.has(asset)) return null
  const field = transfer.destinationAmount !== null ? 'DestinationAmount' : transfer.sourceAmount !== null ? 'SourceAmount' : null
  if (!field) return null
  const reported = (field === 'DestinationAmount' ? transfer.destinationAmount : transfer.sourceAmount)!
  const c = units(sale.amount)
  const r = units(reported)
  const abs = units(tol.absolute)
  if (c === null || r === null || abs === null) return null
  const relative = (c * BigInt(Math.max(0, Math.round(tol.relativeBps)))) / 10_000n
  const allowed = abs > relative ? abs : relative
  const diff = r > c ? r - c : c - r
  if (diff <= allowed) return null
  return { charged: sale.amount, currency: sale.currency, reported, asset, field }
}
