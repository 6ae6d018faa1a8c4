// Pure validation for everything the emulator accepts: Mesh's link token request (checked the
// way Mesh documents it, answered in Mesh's words) and the control API bodies.
import { z } from 'zod'
import type { GetLinkTokenRequest } from '@meshconnect/node-api'
import { EXCHANGES } from './catalog'
import { MAX_ADVANCE_MS, MAX_CLOCK_RATE } from './clock'
import type { ApiFault, CreateTransferInput } from './types'
import { FaultsSchema } from '../../shared/contract'
import { LINK_TOKEN_REQUEST_KEYS } from '../../shared/mesh-wire'

export type Validation<T> = { ok: true; value: T } | { ok: false; message: string; errorType: 'missingField' | 'invalidField' }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const CONTRACT_ADDRESS = /^0x[0-9a-f]{40}$/i

const REQUEST_KEYS: ReadonlySet<string> = new Set(LINK_TOKEN_REQUEST_KEYS)
export const TRANSFER_TYPES = ['deposit', 'payment', 'onramp', 'fiatOnRamp', 'fiatOffRamp'] as const

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const missing = (message: string): Validation<never> => ({ ok: false, message, errorType: 'missingField' })
const invalid = (message: string): Validation<never> => ({ ok: false, message, errorType: 'invalidField' })
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** Checks a `POST /api/v1/linktoken` body the way Mesh documents it (reference §2.1). */
export function validateLinkTokenRequest(body: unknown): Validation<GetLinkTokenRequest> {
  if (body === undefined || body === null || body === '') return missing('Request body is required')
  if (!isObj(body)) return invalid('Request body must be a JSON object')
  for (const k of Object.keys(body)) {
    if (!REQUEST_KEYS.has(k)) return invalid(`Unknown property '${k}' in the link token request`)
  }
  const { userId } = body
  if (userId === undefined || userId === null || userId === '') return missing('UserId is required')
  if (typeof userId !== 'string') return invalid('UserId must be a string')
  if (userId.trim() === '') return missing('UserId is required')
  if (userId.length > 300) return invalid('UserId must be at most 300 characters long')
  for (const k of ['restrictMultipleAccounts', 'disableApiKeyGeneration'] as const) {
    if (body[k] !== undefined && body[k] !== null && typeof body[k] !== 'boolean') return invalid(`${k} must be a boolean`)
  }
  for (const k of ['integrationId', 'subClientId'] as const) {
    const v = body[k]
    if (v !== undefined && v !== null && (typeof v !== 'string' || !UUID.test(v))) return invalid(`${k} must be a UUID`)
  }
  if (body.brokerType !== undefined && body.brokerType !== null && typeof body.brokerType !== 'string') return invalid('brokerType must be a string')
  if (body.verifyWalletOptions !== undefined && body.verifyWalletOptions !== null && !isObj(body.verifyWalletOptions)) {
    return invalid('verifyWalletOptions must be an object')
  }
  const t = body.transferOptions
  if (t !== undefined && t !== null) {
    const r = validateTransferOptions(t)
    if (!r.ok) return r
  }
  return { ok: true, value: body as unknown as GetLinkTokenRequest }
}

function validateTransferOptions(t: unknown): Validation<true> {
  if (!isObj(t)) return invalid('transferOptions must be an object')
  if (t.toAddresses !== undefined && t.toAddresses !== null) {
    if (!Array.isArray(t.toAddresses)) return invalid('transferOptions.toAddresses must be an array')
    for (const [i, a] of t.toAddresses.entries()) {
      const at = `transferOptions.toAddresses[${i}]`
      if (!isObj(a)) return invalid(`${at} must be an object`)
      if (typeof a.networkId !== 'string' || !UUID.test(a.networkId)) return missing(`${at}.networkId is required and must be a UUID`)
      if (typeof a.symbol !== 'string' || a.symbol.trim() === '') return missing(`${at}.symbol is required`)
      if (CONTRACT_ADDRESS.test(a.symbol)) return invalid(`${at}.symbol must be a token symbol such as USDC, not a contract address`)
      if (typeof a.address !== 'string' || a.address.trim() === '') return missing(`${at}.address is required`)
      if (a.addressTag !== undefined && a.addressTag !== null && typeof a.addressTag !== 'string') return invalid(`${at}.addressTag must be a string`)
      for (const k of ['amount', 'displayAmountInFiat', 'minAmount', 'minAmountInFiat']) {
        const v = a[k]
        if (v !== undefined && v !== null && (!isNum(v) || v <= 0)) return invalid(`${at}.${k} must be a positive number`)
      }
    }
  }
  if (t.amountInFiat !== undefined && t.amountInFiat !== null && (!isNum(t.amountInFiat) || t.amountInFiat <= 0)) {
    return invalid('transferOptions.amountInFiat must be a positive number')
  }
  if (t.transactionId !== undefined && t.transactionId !== null) {
    if (typeof t.transactionId !== 'string') return invalid('transferOptions.transactionId must be a string')
    if (t.transactionId.length > 128) return invalid('transferOptions.transactionId must be at most 128 characters long')
  }
  if (t.clientFee !== undefined && t.clientFee !== null && (!isNum(t.clientFee) || t.clientFee < 0 || t.clientFee > 1)) {
    return invalid('transferOptions.clientFee must be a ratio between 0 and 1 (0.025 = 2.5%)')
  }
  if (t.transferType !== undefined && t.transferType !== null && !(TRANSFER_TYPES as readonly unknown[]).includes(t.transferType)) {
    return invalid(`transferOptions.transferType must be one of ${TRANSFER_TYPES.join(', ')}`)
  }
  if (t.fundingOptions !== undefined && t.fundingOptions !== null) {
    if (!isObj(t.fundingOptions) || (t.fundingOptions.enabled !== undefined && typeof t.fundingOptions.enabled !== 'boolean')) {
      return invalid('transferOptions.fundingOptions must be {"enabled": boolean}')
    }
  }
  for (const k of ['isInclusiveFeeEnabled', 'generatePayLink']) {
    if (t[k] !== undefined && t[k] !== null && typeof t[k] !== 'boolean') return invalid(`transferOptions.${k} must be a boolean`)
  }
  if (t.description !== undefined && t.description !== null) {
    if (typeof t.description !== 'string' || t.description.length > 256) return invalid('transferOptions.description must be a string of at most 256 characters')
  }
  if (t.goodsDetails !== undefined && t.goodsDetails !== null && (!Array.isArray(t.goodsDetails) || !t.goodsDetails.every(isObj))) {
    return invalid('transferOptions.goodsDetails must be an array of objects')
  }
  if (t.generatePayLink === true && (typeof t.transactionId !== 'string' || t.transactionId === '')) {
    return missing('transferOptions.transactionId is required when generatePayLink is true')
  }
  return { ok: true, value: true }
}

// ---- REST list query -------------------------------------------------------------------

export interface TransferListFilter {
  count: number
  offset: number
  id?: string
  clientTransactionId?: string
  userId?: string
  /** Lower-cased. */
  statuses?: string[]
  fromTimestamp?: number
  toTimestamp?: number
  minAmountInFiat?: number
  maxAmountInFiat?: number
  hash?: string
  orderBy?: string
  descendingOrder?: boolean
  /** The integrations the transfers came from (TransferModel.from.id); any of them. */
  integrationIds?: string[]
  subClientId?: string
  isSandBox?: boolean
}

// Lower-cased; the emulator's refund statuses (refundPending, refundSucceeded) are accepted too.
const STATUSES: readonly string[] = ['pending', 'succeeded', 'failed', 'refundpending', 'refundsucceeded']
const ORDER_BY = ['id', 'clientTransferId', 'userId', 'fromType', 'amountInFiat', 'status', 'createdTimestamp', 'symbol', 'networkName']

function one(q: Record<string, unknown>, key: string): string | undefined {
  const v = q[key]
  if (Array.isArray(v)) return v.length > 0 ? String(v[v.length - 1]) : undefined
  return v === undefined || v === null || v === '' ? undefined : String(v)
}

function many(q: Record<string, unknown>, key: string): string[] {
  const out: string[] = []
  for (const k of [key, `${key}[]`]) {
    const v = q[k]
    if (Array.isArray(v)) out.push(...v.map(String))
    else if (v !== undefined && v !== null && v !== '') out.push(String(v))
  }
  // Tolerate comma-separated values as well as repeated keys.
  return out.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '')
}

/** Parses the PascalCase query of `GET /api/v1/transfers/managed/mesh` (case-insensitive keys). */
export function parseTransferListQuery(raw: Record<string, unknown>): Validation<TransferListFilter> {
  const q: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(raw)) q[k.toLowerCase()] = v
  const int = (key: string): number | undefined | null => {
    const s = one(q, key)
    if (s === undefined) return undefined
    return /^-?\d+$/.test(s) ? Number(s) : null
  }
  const num = (key: string): number | undefined | null => {
    const s = one(q, key)
    if (s === undefined) return undefined
    const n = Number(s)
    return Number.isFinite(n) ? n : null
  }
  const count = int('count')
  if (count === null || (count !== undefined && (count < 1 || count > 100))) return invalid('Count must be between 1 and 100')
  const offset = int('offset')
  if (offset === null || (offset !== undefined && offset < 0)) return invalid('Offset must be a non-negative integer')
  const out: TransferListFilter = { count: count ?? 10, offset: offset ?? 0 }
  const id = one(q, 'id')
  if (id !== undefined) {
    if (!UUID.test(id)) return invalid('Id must be a UUID')
    out.id = id
  }
  const ctid = one(q, 'clienttransactionid')
  if (ctid !== undefined) {
    if (ctid.length > 128) return invalid('ClientTransactionId must be at most 128 characters long')
    out.clientTransactionId = ctid
  }
  const userId = one(q, 'userid')
  if (userId !== undefined) {
    if (userId.length > 50) return invalid('UserId must be at most 50 characters long')
    out.userId = userId
  }
  const statuses = many(q, 'statuses')
  if (statuses.length > 0) {
    if (statuses.length > 5) return invalid('Statuses accepts at most 5 values')
    const lower = statuses.map((s) => s.toLowerCase())
    const bad = lower.find((s) => !(STATUSES as readonly string[]).includes(s))
    if (bad !== undefined) return invalid(`Statuses must be among ${STATUSES.join(', ')}; got '${bad}'`)
    out.statuses = lower
  }
  for (const [key, prop] of [
    ['fromtimestamp', 'fromTimestamp'],
    ['totimestamp', 'toTimestamp']
  ] as const) {
    const v = int(key)
    if (v === null) return invalid(`${prop[0]!.toUpperCase()}${prop.slice(1)} must be an integer (Unix seconds)`)
    if (v !== undefined) out[prop] = v
  }
  for (const [key, prop] of [
    ['minamountinfiat', 'minAmountInFiat'],
    ['maxamountinfiat', 'maxAmountInFiat']
  ] as const) {
    const v = num(key)
    if (v === null) return invalid(`${prop[0]!.toUpperCase()}${prop.slice(1)} must be a number`)
    if (v !== undefined) out[prop] = v
  }
  const hash = one(q, 'hash')
  if (hash !== undefined) out.hash = hash
  const orderBy = one(q, 'orderby')
  if (orderBy !== undefined) {
    if (!ORDER_BY.includes(orderBy)) return invalid(`OrderBy must be one of ${ORDER_BY.join(', ')}`)
    out.orderBy = orderBy
  }
  for (const [key, prop] of [
    ['descendingorder', 'descendingOrder'],
    ['issandbox', 'isSandBox']
  ] as const) {
    const v = one(q, key)
    if (v === undefined) continue
    if (v !== 'true' && v !== 'false') return invalid(`${prop[0]!.toUpperCase()}${prop.slice(1)} must be true or false`)
    out[prop] = v === 'true'
  }
  const integrationIds = many(q, 'integrationids')
  if (integrationIds.length > 0) {
    if (integrationIds.length > 100) return invalid('IntegrationIds accepts at most 100 values')
    const bad = integrationIds.find((s) => !UUID.test(s))
    if (bad !== undefined) return invalid(`IntegrationIds must be UUIDs; got '${bad}'`)
    out.integrationIds = integrationIds
  }
  const subClientId = one(q, 'subclientid')
  if (subClientId !== undefined) {
    if (!UUID.test(subClientId)) return invalid('SubClientId must be a UUID')
    out.subClientId = subClientId
  }
  return { ok: true, value: out }
}

// ---- control API -----------------------------------------------------------------------

/** The same schema the console API validates faults with. */
export const webhookFaultsSchema = FaultsSchema

/** The longest a transfer may be told to stay in one status: a week (CEX transfers take up to a day). */
export const MAX_PENDING_MS = 7 * 24 * 3600_000

export const createTransferSchema = z.strictObject({
  transactionId: z.string().max(128).nullable().optional(),
  userId: z.string().min(1).max(300).optional(),
  amountInFiat: z.number().positive().finite(),
  symbol: z.string().min(1).max(20).optional(),
  networkId: z.string().regex(UUID, 'networkId must be a UUID').optional(),
  destinationAddress: z.string().min(1).max(200).optional(),
  amount: z.number().positive().finite().optional(),
  exchange: z.enum(EXCHANGES as unknown as [string, ...string[]]).optional(),
  transferType: z.enum(TRANSFER_TYPES).optional(),
  subClientId: z.string().regex(UUID, 'subClientId must be a UUID').nullable().optional(),
  outcome: z.enum(['succeeded', 'failed']),
  faults: webhookFaultsSchema.optional(),
  /** Emulator ms from Pending to the final status (default: the emulator's settle delay). */
  pendingMs: z.number().int().min(0).max(MAX_PENDING_MS).optional(),
  /** When succeeded: emulator ms until the refund starts (RefundPending); none when absent. */
  refundAfterMs: z.number().int().min(0).max(MAX_PENDING_MS).optional(),
  /** SmartFunding: what the customer converted to pay (REST fundingMethods). */
  fundedFrom: z.strictObject({ symbol: z.string().min(1).max(20), amount: z.number().positive().finite(), amountInFiat: z.number().positive().finite() }).optional()
})

export const refundSchema = z.strictObject({
  /** Emulator ms from RefundPending to RefundSucceeded (default: the emulator's settle delay). */
  delayMs: z.number().int().min(0).max(MAX_PENDING_MS).optional()
})

export const clockChangeSchema = z.strictObject({
  rate: z.number().min(0).max(MAX_CLOCK_RATE).optional(),
  advanceMs: z.number().int().min(0).max(MAX_ADVANCE_MS).optional()
})

export const apiFaultSchema = z.strictObject({
  mode: z.enum(['http429', 'tooManyRequest', 'http500', 'http503', 'delay']),
  count: z.number().int().min(1).max(1000),
  delayMs: z.number().int().min(0).max(600_000).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional()
}) satisfies z.ZodType<ApiFault>

export function parseWith<T>(schema: z.ZodType<T>, body: unknown, what: string): { ok: true; value: T } | { ok: false; message: string } {
  const r = schema.safeParse(body ?? {})
  if (r.success) return { ok: true, value: r.data }
  return { ok: false, message: `Invalid ${what}: ${z.prettifyError(r.error).replace(/\n\s*/g, '; ')}` }
}

export function parseCreateTransfer(body: unknown): { ok: true; value: CreateTransferInput } | { ok: false; message: string } {
  return parseWith(createTransferSchema, body, 'transfer') as { ok: true; value: CreateTransferInput } | { ok: false; message: string }
}
