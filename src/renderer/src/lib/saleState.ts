// How the counter shows a sale. The server computes SaleView.state (green only after Mesh's
// succeeded webhook); this module only turns it into words and merges views that may arrive
// out of order (a sale.updated event racing the reply of sales.recordSdkEvent).
import { usdFor } from '../../../shared/amount-input'
import type { AmountMismatch, CounterSettings, SaleCharge, SaleEndReason, SaleRefund, SaleState, SaleView } from '../../../shared/contract'
import { formatCrypto, formatFiat } from '../../../shared/money'
import { linkedForLater, manualSendText, sendsManually } from './sdkEvents'
import { statusStep } from '../../../shared/status'

export type Tone = 'neutral' | 'progress' | 'success' | 'danger' | 'warning'

export interface SaleStatus {
  state: SaleState
  /** Short label: the word tests and people look for. */
  label: string
  /** One sentence saying what it means and what to do. */
  detail: string
  tone: Tone
  final: boolean
  /** Position in the lifecycle, 1-based, for a step indicator (finals share the last step). */
  step: 1 | 2 | 3 | 4
}

const STATUS: Record<SaleState, Omit<SaleStatus, 'state'>> = {
  waiting: {
    label: 'Waiting for customer',
    detail: 'Mesh Link is open. The customer picks an exchange and approves the payment.',
    tone: 'neutral',
    final: false,
    step: 1
  },
  submitted: {
    label: 'Submitted',
    detail: 'The exchange accepted the transfer (Link said so). Not paid yet: waiting for Mesh to confirm.',
    tone: 'progress',
    final: false,
    step: 2
  },
  pending: {
    label: 'Pending',
    detail: 'Mesh reports the transfer as pending. Not paid yet: waiting for it to succeed.',
    tone: 'progress',
    final: false,
    step: 3
  },
  succeeded: {
    label: 'Succeeded',
    detail: 'Paid. Mesh confirmed the transfer succeeded.',
    tone: 'success',
    final: true,
    step: 4
  },
  failed: {
    label: 'Failed',
    detail: 'Not paid. Mesh reports the transfer failed or it was declined. Ask for another payment.',
    tone: 'danger',
    final: true,
    step: 4
  },
  abandoned: {
    label: 'Abandoned',
    detail: 'Not paid. Link was closed without a transfer.',
    tone: 'warning',
    final: true,
    step: 4
  },
  expired: {
    label: 'Expired',
    detail: 'Not paid. The payment link expired unused. Charge again.',
    tone: 'warning',
    final: true,
    step: 4
  },
  cancelled: {
    label: 'Cancelled',
    detail: 'Not paid. The sale was cancelled at the counter.',
    tone: 'warning',
    final: true,
    step: 4
  }
}

export const SALE_STATES = Object.keys(STATUS) as SaleState[]

export function saleStatus(state: SaleState | string): SaleStatus {
  const s = STATUS[state as SaleState]
  if (s) return { state: state as SaleState, ...s }
  return { state: state as SaleState, label: state, detail: 'Unknown sale state.', tone: 'neutral', final: false, step: 1 }
}

export const isFinalSale = (state: SaleState | string): boolean => saleStatus(state).final

/** The words for an amount Mesh reported against the charge: "12.5 USDC reported for $250.00 charged". */
export function describeAmountMismatch(m: AmountMismatch, locale?: string): string {
  return `Mesh reports ${formatCrypto(m.reported, m.asset, locale)} (${m.field}) for a sale that charged ${formatFiat(m.charged, m.currency, locale)}.`
}

const LATE_LABEL: Record<SaleEndReason, string> = {
  cancelled: 'Paid after cancel',
  expired: 'Paid after expiry',
  abandoned: 'Paid after abandon'
}
const ENDED_HOW: Record<SaleEndReason, string> = {
  cancelled: 'was cancelled at the counter',
  expired: 'had expired',
  abandoned: 'was abandoned (Link closed)'
}

/**
 * A sale the counter had ended (cancelled, abandoned, expired) whose transfer Mesh then reported
 * succeeded: the customer paid anyway. Null for every other sale.
 */
export function latePaid(sale: Pick<SaleView, 'lateTransfer' | 'transfer' | 'endReason'>): { label: string; detail: string } | null {
  if (!sale.lateTransfer || sale.transfer?.status !== 'succeeded') return null
  const reason = sale.endReason
  return {
    label: reason ? LATE_LABEL[reason] : 'Paid after the sale ended',
    detail: `Mesh confirmed a payment for this sale after it ${reason ? ENDED_HOW[reason] : 'had ended'}. The customer has paid: hand over the goods, or refund the payment.`
  }
}

/** A decline's words: "Declined by Coinbase", and what Link said. */
export function declinedStatus(d: NonNullable<SaleView['declined']>): { label: string; detail: string } {
  const said = d.message ? ` ${/[.!?…]$/.test(d.message) ? d.message : `${d.message}.`}` : d.by ? ` ${d.by} declined the transfer.` : ' The exchange declined the transfer.'
  return { label: d.by ? `Declined by ${d.by}` : 'Declined', detail: `Not paid.${said} Ask the customer for another way to pay.` }
}

/**
 * What the SDK's callbacks change in how a state reads: a decline (the core's failed + declined),
 * an account only linked for later (delayed authentication) and then closed, a customer sending
 * by hand (Link's QR code).
 */
function sdkStatus(sale: Pick<SaleView, 'state'> & Partial<Pick<SaleView, 'declined' | 'sdkEvents' | 'asset'>>): Pick<SaleStatus, 'label' | 'detail' | 'tone'> | null {
  if (sale.state === 'failed' && sale.declined) return { ...declinedStatus(sale.declined), tone: 'danger' }
  const events = sale.sdkEvents ?? []
  if (sale.state === 'abandoned') {
    const linked = linkedForLater(events)
    if (linked) return { label: 'Account linked, no payment', detail: `The customer linked their ${linked} account for later; no payment was made in this session. Start a new sale.`, tone: 'warning' }
  }
  if (sale.state === 'waiting' && sendsManually(events)) {
    const detail = manualSendText({ sdkEvents: events, asset: sale.asset ?? '' }) ?? 'The customer is sending the payment by hand from their own wallet. Not paid until Mesh confirms the transfer.'
    return { label: 'Sending manually', detail, tone: 'progress' }
  }
  return null
}

/**
 * A paid sale Mesh is refunding (RefundPending) or has refunded (RefundSucceeded): still paid
 * for the shift's history, never shown as a plain green paid. Null for every other sale.
 */
export function refundStatus(refund: SaleRefund | null | undefined): { label: string; detail: string } | null {
  if (!refund) return null
  if (refund.status === 'pending') return { label: 'Paid · refund pending', detail: 'Paid, and Mesh is refunding the payment to the customer. It no longer counts in the takings.' }
  return { label: 'Refunded', detail: 'Paid, then refunded: Mesh returned the payment to the customer. It does not count in the takings.' }
}

/** What a refund sentence is made of: amounts and time already formatted, or null when unknown. */
export interface RefundFacts {
  /** The transfer's status: refundpending or refundsucceeded (anything else: no refund). */
  status: string
  /** The amount refunded: "$12.50 (12.5 USDC)", or only one of them. */
  amount: string | null
  refundAddress: string | null
  /** When the refund reached its status, formatted. */
  at: string | null
}

/**
 * One sentence for a refund (Transfer page, sale panel): "Refunded $12.50 (12.5 USDC) to 0xab…
 * at 2025-05-20 14:03:22", "Refund pending: $12.50 to 0xab… since …". Parts Mesh did not give
 * are left out. Null for a status that is no refund.
 */
export function describeRefund(f: RefundFacts): string | null {
  const amount = f.amount ? ` ${f.amount}` : ''
  const to = f.refundAddress ? ` to ${f.refundAddress}` : ''
  if (f.status === 'refundsucceeded') return `Refunded${amount || ' the payment'}${to}${f.at ? ` at ${f.at}` : ''}`
  if (f.status === 'refundpending') return `Refund pending:${amount || ' the payment'}${to}${f.at ? `, since ${f.at}` : ''}`
  return null
}

/**
 * "$12.50 (12.5 USDC)": what the sale charged and the crypto Mesh reported for the transfer
 * (DestinationAmount, else SourceAmount), either alone when the other is unknown.
 */
export function refundAmount(
  charged: string | null,
  t: Pick<NonNullable<SaleView['transfer']>, 'destinationAmount' | 'sourceAmount' | 'token'>,
  locale?: string
): string | null {
  const received = t.destinationAmount ?? t.sourceAmount
  const crypto = received ? formatCrypto(received, t.token, locale) : null
  if (charged && crypto) return `${charged} (${crypto})`
  return charged ?? crypto
}

/**
 * How the counter shows a sale: its state's words, except that a succeeded sale whose amount
 * Mesh reports differently is never shown as plain paid (warning tone, its own label), nor is
 * a refunded one (warning tone: "Paid · refund pending", "Refunded").
 */
export function saleDisplayStatus(
  sale: Pick<SaleView, 'state'> & { amountMismatch?: AmountMismatch | null } & Partial<Pick<SaleView, 'lateTransfer' | 'transfer' | 'endReason' | 'declined' | 'sdkEvents' | 'asset' | 'refund'>>
): SaleStatus {
  const st = saleStatus(sale.state)
  // A refund is the newest word on a paid sale, whatever else it carries (late, mismatch).
  const refund = refundStatus(sale.refund)
  if (refund) return { ...st, final: true, step: 4, label: refund.label, detail: refund.detail, tone: 'warning' }
  const late = latePaid({ lateTransfer: sale.lateTransfer ?? false, transfer: sale.transfer ?? null, endReason: sale.endReason ?? null })
  // Paid, but after the counter had given up on the sale: never shown as a plain green paid.
  if (late) return { ...st, final: true, step: 4, label: late.label, detail: late.detail, tone: 'warning' }
  const ways = sdkStatus(sale)
  if (ways) return { ...st, ...ways }
  if (!sale.amountMismatch || sale.state !== 'succeeded') return st
  return {
    ...st,
    label: 'Amount mismatch',
    detail: `Not plain paid: ${describeAmountMismatch(sale.amountMismatch)} Check the transfer before handing over the goods; refund or charge the difference.`,
    tone: 'warning'
  }
}

/**
 * Rank for merging: a view never moves a sale backwards. Webhook-final states outrank the
 * states the counter infers (abandoned, expired), because a transfer can still arrive after
 * Link was closed.
 */
export function saleRank(state: SaleState | string): number {
  switch (state) {
    case 'waiting':
      return 0
    case 'submitted':
      return 1
    case 'pending':
      return 2
    case 'abandoned':
    case 'expired':
    case 'cancelled':
      return 3
    case 'succeeded':
    case 'failed':
      return 4
    default:
      return 0
  }
}

/**
 * How far a sale's transfer has got: the later lifecycle step (pending < succeeded | failed <
 * refundpending < refundsucceeded), then final beats not final, then more events, then more
 * deliveries, then the later update. Not by time alone: counters sharing a ledger stamp rows
 * with their own clocks, so a newer row can carry an older updatedAt. Negative: `a` is behind.
 */
function compareTransferProgress(a: SaleView['transfer'], b: SaleView['transfer']): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0)
  return (
    statusStep(a.status) - statusStep(b.status) ||
    Number(a.isFinal) - Number(b.isFinal) ||
    a.eventCount - b.eventCount ||
    a.deliveryCount - b.deliveryCount ||
    a.updatedAt - b.updatedAt
  )
}

/** Which of two views of the same sale to keep: the newer one, judged by state and evidence. */
/**
 * A view's rank: its state's, except that a sale failed only by the SDK's decline (Mesh has no
 * final word yet) ranks with pending, so a later attempt that went through can still follow.
 */
function viewRank(v: SaleView): number {
  if (v.state === 'failed' && v.declined && !v.transfer?.isFinal) return saleRank('pending')
  return saleRank(v.state)
}

export function mergeSale(prev: SaleView | undefined, next: SaleView): SaleView {
  if (!prev) return next
  const rp = viewRank(prev)
  const rn = viewRank(next)
  if (rn > rp) return next
  if (rn < rp) return prev
  // Same rank: the counter's own end (cancel, abandon) is newer than a view that has not heard of it.
  if (prev.endReason && !next.endReason) return prev
  // Otherwise keep the one that has seen more (SDK events, transfer changes).
  if (next.sdkEvents.length < prev.sdkEvents.length) return prev
  if (compareTransferProgress(next.transfer, prev.transfer) < 0) return prev
  if (prev.disagreement && !next.disagreement && next.sdkEvents.length === prev.sdkEvents.length) return prev
  return next
}

/** When the sale's clock stops: the time of its final evidence, or null while it runs. */
export function saleEndedAt(sale: SaleView): number | null {
  if (sale.state === 'cancelled' || sale.state === 'abandoned' || sale.state === 'expired') {
    if (sale.endedAt != null) return sale.endedAt
  }
  // A refund later changes the transfer's row, not when the sale was paid.
  if (sale.state === 'succeeded' && sale.refund?.paidAt != null) return sale.refund.paidAt
  switch (sale.state) {
    case 'succeeded':
    case 'failed':
      return sale.transfer?.updatedAt ?? lastSdkAt(sale) ?? sale.createdAt
    case 'abandoned':
    case 'cancelled':
      return lastSdkAt(sale) ?? sale.createdAt
    case 'expired':
      return sale.tokenExpiresAt ?? lastSdkAt(sale) ?? sale.createdAt
    default:
      return null
  }
}

function lastSdkAt(sale: SaleView): number | null {
  const last = sale.sdkEvents[sale.sdkEvents.length - 1]
  return last ? last.at : null
}

/** Elapsed ms of a sale at `now` (stopped at its end). */
export function saleElapsed(sale: SaleView, now: number): number {
  const end = saleEndedAt(sale) ?? now
  return Math.max(0, end - sale.createdAt)
}

export type StepState = 'done' | 'current' | 'todo' | 'skipped'

export interface SaleStep {
  name: string
  state: StepState
}

const SUBMIT_EVENTS = new Set(['transferFinished', 'transferCompleted', 'transferExecuted'])

/**
 * The step indicator: Waiting → Submitted → Pending → final. Steps a finished sale never went
 * through (e.g. Link closed before any transfer) are 'skipped', not shown as done.
 */
export function saleSteps(sale: Pick<SaleView, 'state' | 'sdkEvents' | 'transfer' | 'transferId'> & Partial<Pick<SaleView, 'declined'>>): SaleStep[] {
  const st = saleStatus(sale.state)
  const last = sale.state === 'failed' && sale.declined ? declinedStatus(sale.declined).label : st.label
  const names = ['Waiting', 'Submitted', 'Pending', st.final ? last : 'Done']
  if (!st.final) return names.map((name, i) => ({ name, state: i + 1 < st.step ? 'done' : i + 1 === st.step ? 'current' : 'todo' }))
  // A declined transfer never reached Submitted (the exchange refused it).
  const submitted =
    sale.state === 'failed' && sale.declined
      ? false
      : sale.state === 'succeeded' || sale.state === 'failed' || sale.sdkEvents.some((e) => SUBMIT_EVENTS.has(e.type)) || sale.transferId !== null
  const pending = sale.transfer !== null || sale.transferId !== null
  return [
    { name: names[0]!, state: 'done' },
    { name: names[1]!, state: submitted ? 'done' : 'skipped' },
    { name: names[2]!, state: pending ? 'done' : 'skipped' },
    { name: names[3]!, state: 'current' }
  ]
}

/** The cashier may cancel a sale while the customer has not submitted anything yet. */
export function canCancelSale(sale: Pick<SaleView, 'state' | 'endReason'>): boolean {
  return sale.state === 'waiting' && sale.endReason === null
}

/** Milliseconds left on the sale's link token while it waits (0 once past), else null. */
export function tokenRemaining(sale: Pick<SaleView, 'state' | 'tokenExpiresAt'>, now: number): number | null {
  if (sale.state !== 'waiting' || sale.tokenExpiresAt == null) return null
  return Math.max(0, sale.tokenExpiresAt - now)
}

/**
 * One line for a charge: "$12.50", or for another currency with the merchant's rate
 * "€10.00 ≈ $10.87 at 1.087" (what the customer is shown ≈ what Mesh charges in USD).
 */
export function describeCharge(charge: SaleCharge, locale?: string): string {
  const shown = formatFiat(charge.amount, charge.currency, locale)
  if (charge.currency === 'USD' || charge.rate === null) return shown
  return `${shown} ≈ ${formatFiat(charge.usdAmount, 'USD', locale)} at ${formatCrypto(charge.rate, null, locale)}`
}

/**
 * The charge a typed amount would make with the counter's settings, computed like the core does
 * (usdFor: half-up to cents); null when it cannot be charged in USD (no rate for the currency).
 */
export function previewCharge(amount: string, settings: Pick<CounterSettings, 'currency' | 'fxRate'>): SaleCharge | null {
  if (settings.currency === 'USD') return { amount, currency: 'USD', usdAmount: amount, rate: null }
  if (!settings.fxRate) return null
  const usdAmount = usdFor(amount, settings.fxRate)
  return usdAmount === null ? null : { amount, currency: settings.currency, usdAmount, rate: settings.fxRate }
}

/** SDK events and exit pages that mean the customer tried to pay: Mesh, not the counter, settles such a sale. */
const ATTEMPT_EVENTS = new Set(['transferInitiated', 'transferExecuted', 'transferFinished', 'transferCompleted', 'transferExecutionError', 'transferDeclined'])
const ATTEMPT_PAGES = new Set(['transferExecutedPage', 'transferExecutionErrorPage', 'transferDeclinedPage'])

/** Whether the customer tried to pay in Link: a transfer, a decline, or a payment they are sending by hand. */
export function transferAttempted(facts: { events: readonly string[]; exitPage: string | null; transferId: string | null }): boolean {
  return (
    facts.transferId !== null ||
    facts.events.some((e) => ATTEMPT_EVENTS.has(e)) ||
    (facts.exitPage !== null && ATTEMPT_PAGES.has(facts.exitPage)) ||
    sendsManually(facts.events)
  )
}

/** Whether Link closing ends the sale as abandoned: it was still waiting and no transfer was attempted. */
export function linkCloseEnds(facts: { state: SaleState | string; events: readonly string[]; exitPage: string | null; transferId: string | null }): boolean {
  return facts.state === 'waiting' && !transferAttempted(facts)
}
