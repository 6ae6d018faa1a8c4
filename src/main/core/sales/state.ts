// What the counter shows for a sale, derived from its link session, the SDK callbacks and
// Mesh's webhooks. Pure. Paid means Mesh's final webhook said so — never the SDK alone.
import type { AmountMismatch, SaleDecline, SaleEndReason, SaleRefund, SaleState, SdkEventRow, TransferRow } from '../../../shared/contract'
import { sendsManually as sendsManuallyByType } from '../../../shared/link-events'
import { isDecimalString } from '../../../shared/money'
import { isRefundStatus } from '../../../shared/status'

/** SDK callbacks that mean the customer submitted a transfer in Link. */
const SUBMITTED = new Set(['transferFinished', 'transferCompleted', 'transferExecuted', 'transferInitiated'])

export interface SaleFacts {
  tokenExpiresAt: number | null
  sdkEvents: readonly Pick<SdkEventRow, 'type' | 'payload'>[]
  transfer: Pick<TransferRow, 'status' | 'isFinal'> | null
  now: number
  /** How the counter ended the sale (sales.end, or the expiry sweep), if it did. */
  endReason?: SaleEndReason | null
}

/**
 * The counter's state of a sale. In this order:
 *  - ended by the counter (cancelled, abandoned, expired): final for the counter, whatever
 *    arrives later (a late transfer is still recorded and linked: see isLateTransfer);
 *  - the exchange declined in Link (saleDeclined) while Mesh has no final word: failed at once;
 *  - Mesh's transfer: pending, then succeeded or failed;
 *  - the SDK: submitted; 'exit' alone (the customer closed Link) is abandoned but NOT ended —
 *    a transfer may still follow and then wins — unless the counter calls sales.end; an exit
 *    after Link's QR code (the customer sends by hand, sendsManually) keeps the sale waiting;
 *  - a link token past its lifetime with nothing submitted: expired (opened or not: a token
 *    that has run out cannot be paid with any more).
 */
export function deriveSaleState(f: SaleFacts): SaleState {
  if (f.endReason) return f.endReason
  // The exchange declined in Link: failed at once (Mesh's Failed follows); Mesh's final word still wins.
  if (!f.transfer?.isFinal && saleDeclined(f.sdkEvents)) return 'failed'
  if (f.transfer) {
    if (f.transfer.status === 'succeeded') return 'succeeded'
    // A refund (RefundPending, RefundSucceeded): the sale WAS paid; SaleView.refund shows the rest.
    if (isRefundStatus(f.transfer.status)) return 'succeeded'
    if (f.transfer.status === 'failed') return 'failed'
    return 'pending'
  }
  const types = new Set(f.sdkEvents.map((e) => e.type))
  if ([...SUBMITTED].some((t) => types.has(t))) return 'submitted'
  if (types.has('exit') && !sendsManually(f.sdkEvents)) return 'abandoned'
  if (f.tokenExpiresAt !== null && f.now >= f.tokenExpiresAt) return 'expired'
  return 'waiting'
}

type SdkFact = Pick<SdkEventRow, 'type' | 'payload'>

/** SDK callbacks in which the exchange refused the customer's transfer (Mesh's Failed webhook follows). */
const DECLINES = new Set(['transferDeclined', 'transferExecutionError'])

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 500) : null)

/** The exchange or wallet an SDK callback names, if it names one. */
function integrationOf(e: SdkFact): string | null {
  const p = e.payload as Record<string, unknown> | null
  if (!p || typeof p !== 'object') return null
  if (e.type === 'integrationConnected') {
    const c = (p.accessToken ?? p.delayedAuth) as { brokerName?: unknown } | undefined
    return text(c?.brokerName)
  }
  if (e.type === 'exit') return text((p.summary as { selectedIntegration?: { name?: unknown } } | null)?.selectedIntegration?.name)
  return text(p.integrationName)
}

/**
 * Whether a decline stands, and who declined and why: the last transferDeclined or
 * transferExecutionError, unless the customer submitted a transfer after it (tried again). `by`
 * is the exchange it names, else the last one named before it; `message` its errorMessage, else
 * the errorMessage of Link's exit summary after it. Pure.
 */
export function saleDeclined(events: readonly SdkFact[]): SaleDecline | null {
  let named: string | null = null
  let declined: SaleDecline | null = null
  for (const e of events) {
    const name = integrationOf(e)
    if (DECLINES.has(e.type)) {
      const p = e.payload as { errorMessage?: unknown } | null
      declined = { by: name ?? named, message: text(p?.errorMessage) }
    } else if (SUBMITTED.has(e.type)) {
      declined = null
    } else if (e.type === 'exit' && declined) {
      const summary = (e.payload as { summary?: { errorMessage?: unknown } | null } | null)?.summary
      declined = { by: declined.by ?? name, message: declined.message ?? text(summary?.errorMessage) }
    }
    if (name) named = name
  }
  return declined
}

/** The customer sends by hand (Link's QR code) and closed Link after it: see shared/link-events. */
export function sendsManually(events: readonly SdkFact[]): boolean {
  return sendsManuallyByType(events.map((e) => e.type))
}

/** One status event of a sale's transfer, as saleRefund reads it. */
export interface RefundEventFact {
  status: string | null
  /** Mesh's Timestamp (ms), if it sent one. */
  eventTs: number | null
  /** When we recorded the event (ms). */
  receivedAt: number
  applied: boolean
}

/**
 * The refund of a sale's payment, or null when its transfer is in no refund status. Its time is
 * that of the event that set the transfer's status; paidAt that of the applied Succeeded event.
 */
export function saleRefund(transfer: Pick<TransferRow, 'status' | 'refundAddress'> | null, events: readonly RefundEventFact[]): SaleRefund | null {
  if (!transfer || !isRefundStatus(transfer.status)) return null
  const when = (status: string): number | null => {
    const e = events.filter((x) => x.applied && x.status === status).at(-1)
    return e ? (e.eventTs ?? e.receivedAt) : null
  }
  return {
    status: transfer.status === 'refundsucceeded' ? 'succeeded' : 'pending',
    at: when(transfer.status),
    refundAddress: transfer.refundAddress,
    paidAt: when('succeeded')
  }
}

/** A transfer arrived for a sale the counter had ended ("paid after cancel" when it succeeded). */
export function isLateTransfer(endReason: SaleEndReason | null | undefined, transfer: unknown): boolean {
  return Boolean(endReason) && transfer !== null && transfer !== undefined
}

/**
 * True once nothing more can change what the counter shows: Mesh's final word, or the counter's
 * end. A sale abandoned only by the SDK's exit (no end) is not settled: a transfer may follow.
 */
export function isSettled(state: SaleState, endReason: SaleEndReason | null = null): boolean {
  if (endReason) return true
  return state === 'succeeded' || state === 'failed' || state === 'expired' || state === 'cancelled'
}

export type EndDecision = { kind: 'end' } | { kind: 'noop' } | { kind: 'refuse'; message: string }

const SETTLING = 'Mesh already has a transfer for this sale: Mesh settles it, so the counter cannot end it.'

/**
 * Whether the counter may end a sale (sales.end): only one still waiting for the customer (or
 * abandoned by the SDK's exit alone) with no transfer. Ending it the same way again, or Cancel
 * after Escape already abandoned it, changes nothing. Anything Mesh has a transfer for (or the
 * customer already submitted in Link) is Mesh's to settle.
 */
export function endDecision(f: { state: SaleState; endReason: SaleEndReason | null; hasTransfer: boolean }, reason: 'cancelled' | 'abandoned'): EndDecision {
  if (f.endReason) {
    if (f.endReason === reason || (f.endReason === 'abandoned' && reason === 'cancelled')) return { kind: 'noop' }
    return { kind: 'refuse', message: f.endReason === 'expired' ? 'This sale has already expired: its link token ran out.' : `This sale was already ${f.endReason}.` }
  }
  if (f.hasTransfer || f.state === 'pending' || f.state === 'succeeded' || f.state === 'failed') return { kind: 'refuse', message: SETTLING }
  if (f.state === 'submitted') return { kind: 'refuse', message: 'The customer already submitted the payment in Link: Mesh settles it, so the counter cannot end it.' }
  if (f.state === 'expired') return { kind: 'refuse', message: 'This sale has already expired: its link token ran out.' }
  return { kind: 'end' }
}

/** Where the SDK and Mesh's webhooks disagree, in words for support staff. */
export function saleDisagreement(f: Pick<SaleFacts, 'sdkEvents' | 'transfer'>): string | null {
  const sdkSuccess = f.sdkEvents.some(
    (e) => e.type === 'transferFinished' && typeof e.payload === 'object' && e.payload !== null && (e.payload as { status?: unknown }).status === 'success'
  )
  const sdkExitOnly =
    f.sdkEvents.some((e) => e.type === 'exit') && !f.sdkEvents.some((e) => SUBMITTED.has(e.type) || DECLINES.has(e.type)) && !sendsManually(f.sdkEvents)
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
