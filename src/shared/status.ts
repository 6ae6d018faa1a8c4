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
