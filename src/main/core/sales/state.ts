// What the counter shows for a sale, derived from its link session, the SDK callbacks and
// Mesh's webhooks. Pure. Paid means Mesh's final webhook said so — never the SDK alone.
import type { SaleState, SdkEventRow, TransferRow } from '../../../shared/contract'

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
