// Pure builders for what goes on the wire, and the backoff decision.
import { LINK_TOKEN_REQUEST_KEYS } from '../../../shared/mesh-wire'
import type { GetLinkTokenRequest, LinkTokenTransferOptions, ListTransfersQuery } from './types'

export { LINK_TOKEN_REQUEST_KEYS }

export const MAX_PAGE_SIZE = 100

type Json = Record<string, unknown>

/** Copies only the listed keys whose value is not undefined (Mesh rejects unknown properties). */
function pick(src: object, keys: readonly string[]): Json {
  const out: Json = {}
  for (const k of keys) {
    const v = (src as Json)[k]
    if (v !== undefined) out[k] = v
  }
  return out
}

const TRANSFER_OPTION_KEYS = [
  'toAddresses',
  'amountInFiat',
  'transactionId',
  'clientFee',
  'transferType',
  'fundingOptions',
  'isInclusiveFeeEnabled',
  'description',
  'goodsDetails',
  'generatePayLink'
] as const
const TO_ADDRESS_KEYS = ['networkId', 'symbol', 'address', 'addressTag', 'amount', 'displayAmountInFiat'] as const
const GOODS_KEYS = ['goodsType', 'goodsCategory', 'referenceGoodsId', 'goodsName', 'goodsDetail'] as const
const VERIFY_KEYS = ['message', 'verificationMethods', 'addresses', 'networkId', 'networkType'] as const

function transferOptionsBody(t: LinkTokenTransferOptions): Json {
  const out = pick(t, TRANSFER_OPTION_KEYS)
  if (Array.isArray(t.toAddresses)) out.toAddresses = t.toAddresses.map((a) => pick(a, TO_ADDRESS_KEYS))
  if (Array.isArray(t.goodsDetails)) out.goodsDetails = t.goodsDetails.map((g) => pick(g, GOODS_KEYS))
  if (t.fundingOptions) out.fundingOptions = pick(t.fundingOptions, ['enabled'])
  return out
}

/** The JSON body of `POST /api/v1/linktoken`: camelCase, known fields only, undefined dropped. */
export function buildLinkTokenBody(req: GetLinkTokenRequest): Json {
  const out = pick(req, LINK_TOKEN_REQUEST_KEYS)
  if (req.transferOptions) out.transferOptions = transferOptionsBody(req.transferOptions)
  if (req.verifyWalletOptions) out.verifyWalletOptions = pick(req.verifyWalletOptions, VERIFY_KEYS)
  return out
}

/**
 * The query string of `GET /api/v1/transfers/managed/mesh`: PascalCase keys, array filters as
 * repeated keys (`Statuses=a&Statuses=b`, the .NET binding convention; reference gap 12).
 * Throws RangeError for a page size outside 1..100.
 */
export function buildTransfersQuery(q: ListTransfersQuery): URLSearchParams {
  const p = new URLSearchParams()
  if (q.count !== undefined) {
    if (!Number.isInteger(q.count) || q.count < 1 || q.count > MAX_PAGE_SIZE) {
      throw new RangeError(`count must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${q.count}`)
    }
    p.set('Count', String(q.count))
  }
  if (q.offset !== undefined) {
    if (!Number.isInteger(q.offset) || q.offset < 0) throw new RangeError(`offset must be a non-negative integer; got ${q.offset}`)
    p.set('Offset', String(q.offset))
  }
  const scalar: [string, string | number | boolean | undefined][] = [
    ['Id', q.id],
    ['ClientTransactionId', q.clientTransactionId],
    ['UserId', q.userId],
    ['FromTimestamp', q.fromTimestamp],
    ['ToTimestamp', q.toTimestamp],
    ['MinAmountInFiat', q.minAmountInFiat],
    ['MaxAmountInFiat', q.maxAmountInFiat],
    ['OrderBy', q.orderBy],
    ['DescendingOrder', q.descendingOrder],
    ['Hash', q.hash],
    ['SubClientId', q.subClientId],
    ['IsSandBox', q.isSandBox]
  ]
  for (const [k, v] of scalar) if (v !== undefined && v !== '') p.set(k, String(v))
  for (const s of q.statuses ?? []) p.append('Statuses', s)
  for (const id of q.integrationIds ?? []) p.append('IntegrationIds', id)
  return p
}

/**
 * Delay before retry number `retry` (0-based): exponential, capped, "equal jitter" (half fixed,
 * half random) so retries spread out but never collapse to zero. A Retry-After from Mesh is
 * honoured when longer, up to the cap.
 */
export function backoffDelay(retry: number, opts: { baseMs: number; maxMs: number; random: number; retryAfterSeconds?: number | null }): number {
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** retry)
  const jittered = exp / 2 + (exp / 2) * Math.min(Math.max(opts.random, 0), 1)
  const after = opts.retryAfterSeconds != null ? Math.min(opts.maxMs, opts.retryAfterSeconds * 1000) : 0
  return Math.round(Math.max(jittered, after))
}

/** Link token and payment link from either `content.*` (spec) or the top level (Paylinks guide; gap 8). */
export function readLinkToken(body: unknown): { linkToken: string | null; paymentLink: string | null } {
  const o = body !== null && typeof body === 'object' ? (body as Json) : {}
  const c = o.content !== null && typeof o.content === 'object' ? (o.content as Json) : {}
  const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null)
  return {
    linkToken: str(c.linkToken) ?? str(o.linkToken),
    paymentLink: str(c.paymentLink) ?? str(o.paymentLink)
  }
}
