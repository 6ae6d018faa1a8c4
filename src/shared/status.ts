// One status vocabulary for every source (webhook, poll, SDK): the words a badge shows. Pure.

const WORDS: Readonly<Record<string, string>> = {
  pending: 'Pending',
  succeeded: 'Succeeded',
  failed: 'Failed',
  refundpending: 'Refund pending',
  refundsucceeded: 'Refunded',
  refundfailed: 'Refund failed'
}

/**
 * The word for a transfer status, whatever its source spelled it: "succeeded", "Succeeded" and
 * "SUCCEEDED" all read "Succeeded"; Mesh's RefundPending reads "Refund pending". A status we do
 * not know is split at its capitals ("OnHold" → "On hold") so it still reads as words.
 */
export function statusWord(status: string | null | undefined): string {
  if (!status) return 'No status'
  const key = status.replace(/[\s_-]/g, '').toLowerCase()
  const known = WORDS[key]
  if (known) return known
  const words = status
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

// ---------- the lifecycle (lower-cased statuses, as TransferRow.status holds them) ----------

/**
 * How far a status is along Mesh's lifecycle: pending (and any status we do not know) 0 <
 * succeeded | failed 1 < refundpending 2 < refundsucceeded 3. A transfer only moves forward;
 * Mesh documents no RefundFailed (reference §5, from 3P only), so it is an unknown status here.
 */
export const STATUS_STEPS: Readonly<Record<string, number>> = { pending: 0, succeeded: 1, failed: 1, refundpending: 2, refundsucceeded: 3 }

export function statusStep(status: string): number {
  return STATUS_STEPS[status] ?? 0
}

/** Statuses that mean the payment arrived: succeeded, and the refund steps after it (a refund implies the payment). */
export const PAID_STATUSES: readonly string[] = ['succeeded', 'refundpending', 'refundsucceeded']
export const REFUND_STATUSES: readonly string[] = ['refundpending', 'refundsucceeded']

export const isPaidStatus = (status: string | null | undefined): boolean => status != null && PAID_STATUSES.includes(status)
export const isRefundStatus = (status: string | null | undefined): boolean => status != null && REFUND_STATUSES.includes(status)

/** Two statuses no transfer can both have: failed against anything that means it was paid. */
export function statusesContradict(a: string, b: string): boolean {
  return (a === 'failed' && isPaidStatus(b)) || (b === 'failed' && isPaidStatus(a))
}
