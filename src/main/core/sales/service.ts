// The sales domain: a sale at the counter is a link session with our own transactionId.
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { isUsd, priceSale, rateMissingMessage } from '../../../shared/charge'
import {
  ErrorCodes,
  type CounterSettings,
  type IntegrationAccessToken,
  type SaleEndReason,
  type SaleStarted,
  type SaleView,
  type SdkEventRow,
  type ParsedArgs,
  isDeclaredErrorCode
} from '../../../shared/contract'
import type { Bus } from '../bus'
import { CommandError } from '../commands/registry'
import type { LinkTokenResult, GetLinkTokenRequest } from '../mesh/types'
import type { SecretStore } from '../secrets'
import type { Store } from '../store'
import { readCounterConfig, rateFor } from '../settings/counter'
import { toSaleCharge, type SessionRecord } from '../store/sessions'
import { isRefundStatus } from '../../../shared/status'
import { deriveSaleState, endDecision, isLateTransfer, isSettled, saleAmountMismatch, saleDeclined, saleDisagreement, saleRefund } from './state'

export const LINK_TOKEN_TTL_MS = 10 * 60 * 1000

/** Mesh's network ids for the networks we offer (reference §2.1). */
export const NETWORK_IDS: Readonly<Record<string, string>> = {
  Ethereum: 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611',
  Polygon: '7436e9d0-ba42-4d2b-b4c0-8e4e606b2c12',
  Solana: '0291810a-5947-424d-9a59-e88bb33e999d'
}

export interface Payout {
  asset: string
  network: string
  address: string
}

/** Emulator-mode payout addresses so the whole flow works on first start (not real wallets). */
export const DEMO_PAYOUTS: readonly Payout[] = [
  { asset: 'USDC', network: 'Ethereum', address: '0x000000000000000000000000000000000000e1e1' },
  { asset: 'USDT', network: 'Ethereum', address: '0x000000000000000000000000000000000000e1e1' },
  { asset: 'ETH', network: 'Ethereum', address: '0x000000000000000000000000000000000000e1e1' },
  { asset: 'USDC', network: 'Polygon', address: '0x000000000000000000000000000000000000e1e1' },
  { asset: 'USDC', network: 'Solana', address: 'DemoSo1anaPayoutAddress111111111111111111111' }
]

export interface SalesDeps {
  store: Store
  bus: Bus
  secrets: SecretStore
  mode: CounterSettings['mode']
  getLinkToken: (req: GetLinkTokenRequest) => Promise<LinkTokenResult>
  now: () => number
  log?: (msg: string) => void
}

const SALT = 'customerSalt'
const HIDDEN = '[stored]'

async function payouts(deps: SalesDeps): Promise<Payout[]> {
  const configured = await deps.store.settings.get<Payout[]>('payouts')
  if (configured && configured.length > 0) return configured
  return deps.mode === 'emulator' ? [...DEMO_PAYOUTS] : []
}

/** An opaque, PII-free key for a loyalty number: HMAC with a salt that never leaves this machine. */
function customerKey(deps: SalesDeps, customerRef: string): string {
  let salt = deps.secrets.get(SALT)
  if (!salt) {
    salt = randomBytes(32).toString('base64url')
    deps.secrets.set(SALT, salt)
  }
  return createHmac('sha256', salt).update(customerRef.trim().toLowerCase()).digest('hex')
}

/** Pulls the saved-connection tokens out of an onIntegrationConnected payload. */
export function connectionsFromPayload(payload: unknown): IntegrationAccessToken[] {
  const p = payload as { accessToken?: { accountTokens?: unknown; brokerType?: unknown; brokerName?: unknown } } | null
  const at = p?.accessToken
  if (!at || !Array.isArray(at.accountTokens)) return []
  const out: IntegrationAccessToken[] = []
  for (const t of at.accountTokens as { account?: { accountId?: unknown; accountName?: unknown }; accessToken?: unknown; tokenId?: unknown }[]) {
    // Under Mesh Managed Tokens the persistent tokenId is what identifies the connection (gap 15).
    const token = typeof t.tokenId === 'string' ? t.tokenId : typeof t.accessToken === 'string' ? t.accessToken : null
    if (!token || typeof t.account?.accountId !== 'string') continue
    out.push({
      accountId: t.account.accountId,
      accountName: typeof t.account.accountName === 'string' ? t.account.accountName : t.account.accountId,
      accessToken: token,
      brokerType: String(at.brokerType ?? 'unknown'),
      brokerName: String(at.brokerName ?? at.brokerType ?? 'unknown')
    })
  }
  return out
}

/** How deep and how large an SDK callback's payload may be. Real ones are a few levels and a few KiB. */
export const SDK_PAYLOAD_LIMITS = { maxDepth: 32, maxBytes: 64 * 1024 } as const

/**
 * Why an SDK payload cannot be stored, or null when it can: only JSON data (no cycles, functions,
 * bigints…), at most `maxDepth` levels, at most `maxBytes` as JSON. Walked without recursion, so
 * a payload nested 20,000 levels deep is refused, not a stack overflow.
 */
export function sdkPayloadProblem(payload: unknown, limits: { maxDepth: number; maxBytes: number } = SDK_PAYLOAD_LIMITS): string | null {
  if (payload === undefined || payload === null) return null
  // A running estimate of the JSON size, so a huge payload is refused before it is serialised.
  let bytes = 0
  const stack: { v: unknown; depth: number }[] = [{ v: payload, depth: 0 }]
  const seen = new Set<object>()
  const tooBig = `The SDK payload is larger than ${limits.maxBytes / 1024} KiB; it was not recorded.`
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!
    switch (typeof v) {
      case 'string':
        bytes += Buffer.byteLength(v) + 2
        break
      case 'number':
      case 'boolean':
        bytes += 8
        break
      case 'undefined':
        break
      case 'object': {
        if (v === null) {
          bytes += 4
          break
        }
        if (depth >= limits.maxDepth) return `The SDK payload is nested deeper than ${limits.maxDepth} levels; it was not recorded.`
        // Only plain data: structured clones (IPC) may carry Maps, Dates or cycles.
        const proto = Object.getPrototypeOf(v) as unknown
        if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return 'The SDK payload must be plain JSON data; it was not recorded.'
        if (seen.has(v)) return 'The SDK payload holds the same object twice (or refers to itself); it was not recorded.'
        seen.add(v)
        bytes += 2
        if (Array.isArray(v)) {
          for (const item of v) stack.push({ v: item, depth: depth + 1 })
          bytes += v.length
        } else {
          for (const [k, item] of Object.entries(v)) {
            bytes += Buffer.byteLength(k) + 4
            stack.push({ v: item, depth: depth + 1 })
          }
        }
        break
      }
      default:
        return 'The SDK payload must be plain JSON data; it was not recorded.'
    }
    if (bytes > limits.maxBytes) return tooBig
  }
  return null
}

const TOKEN_KEY = /^(access_?token|refresh_?token|token_?id)$/i

/**
 * Replaces token values in an SDK payload before it is stored as an event, at any depth
 * (iterative: no recursion limit to slip under). Returns a copy; the input is not changed.
 */
export function redactTokens(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  const root: { v: unknown } = { v: undefined }
  const work: { src: object; put: (copy: unknown) => void }[] = [{ src: value, put: (c) => (root.v = c) }]
  const seen = new Map<object, unknown>()
  while (work.length > 0) {
    const { src, put } = work.pop()!
    const done = seen.get(src)
    if (done !== undefined) {
      put(done)
      continue
    }
    if (Array.isArray(src)) {
      const out: unknown[] = new Array<unknown>(src.length)
      seen.set(src, out)
      put(out)
      src.forEach((v, i) => {
        if (v !== null && typeof v === 'object') work.push({ src: v as object, put: (c) => (out[i] = c) })
        else out[i] = v
      })
    } else {
      const out: Record<string, unknown> = {}
      seen.set(src, out)
      put(out)
      for (const [k, v] of Object.entries(src)) {
        if (TOKEN_KEY.test(k) && typeof v === 'string') out[k] = HIDDEN
        else if (v !== null && typeof v === 'object') work.push({ src: v as object, put: (c) => (out[k] = c) })
        else out[k] = v
      }
    }
  }
  return root.v
}

export function createSales(deps: SalesDeps) {
  const { store } = deps

  const END_REASONS: readonly string[] = ['cancelled', 'abandoned', 'expired']
  const endReasonOf = (s: SessionRecord): SaleEndReason | null => (s.end_reason !== null && END_REASONS.includes(s.end_reason) ? (s.end_reason as SaleEndReason) : null)

  async function view(s: SessionRecord): Promise<SaleView> {
    const [events, transferRow] = await Promise.all([store.sessions.sdkEvents(s.session_id), s.transfer_id ? store.transfers.get(s.transfer_id) : undefined])
    const sdkEvents: SdkEventRow[] = events.map((e) => ({
      id: e.id,
      at: e.at,
      type: e.type,
      payload: e.payload === null ? null : (JSON.parse(e.payload) as unknown)
    }))
    const transfer = transferRow ?? null
    const ended = endReasonOf(s)
    const facts = { tokenExpiresAt: s.token_expires_at, sdkEvents, transfer, now: deps.now(), endReason: ended }
    const state = deriveSaleState(facts)
    // A token that ran out ended the sale when it did, whether or not the sweep has written it yet.
    const endReason = ended ?? (state === 'expired' ? 'expired' : null)
    const endedAt = s.ended_at ?? (state === 'expired' ? s.token_expires_at : null)
    const charge = toSaleCharge(s)
    // Only a refunded sale needs its transfer's events (for the refund's and the payment's times).
    const statusEvents = transfer && isRefundStatus(transfer.status) ? await store.events.listForTransfer(transfer.transferId) : []
    const refund = saleRefund(
      transfer,
      statusEvents.map((e) => ({ status: e.status, eventTs: e.event_ts, receivedAt: e.first_received_at, applied: e.applied === 1 }))
    )
    return {
      sessionId: s.session_id,
      transactionId: s.transaction_id,
      createdAt: s.created_at,
      amount: s.amount,
      currency: s.currency,
      asset: s.asset,
      network: s.network,
      destinationAddress: s.destination_address,
      note: s.note,
      hasCustomer: s.customer_key !== null,
      state,
      transferId: s.transfer_id,
      transfer,
      tokenExpiresAt: s.token_expires_at,
      sdkEvents,
      disagreement: saleDisagreement(facts),
      // Against what Mesh was asked to charge (USD), whatever the display currency.
      amountMismatch: saleAmountMismatch({ amount: charge.usdAmount, currency: 'USD', asset: s.asset }, transfer),
      charge,
      endReason,
      endedAt,
      lateTransfer: isLateTransfer(ended, transfer),
      paymentLink: s.payment_link,
      declined: state === 'failed' ? saleDeclined(sdkEvents) : null,
      refund
    }
  }

  async function get(sessionId: string): Promise<SaleView> {
    const s = await store.sessions.get(sessionId)
    if (!s) throw new CommandError(ErrorCodes.NOT_FOUND, `No sale ${sessionId}.`)
    return view(s)
  }

  /**
   * Recomputes a sale, persists its state (and its expiry as an end: final for the counter), and
   * tells the UI when it changed.
   */
  async function refresh(sessionId: string, force = false): Promise<SaleView | null> {
    let s = await store.sessions.get(sessionId)
    if (!s) return null
    const before = s.state
    let v = await view(s)
    if (v.state === 'expired' && s.end_reason === null) {
      // Conditional: a transfer linked meanwhile keeps the sale Mesh's.
      await store.sessions.end(sessionId, 'expired', s.token_expires_at ?? deps.now(), deps.now())
      s = (await store.sessions.get(sessionId))!
      v = await view(s)
    }
    if (v.state !== s.state) await store.sessions.setState(sessionId, v.state, deps.now())
    if (force || v.state !== before) deps.bus.publish('sale.updated', v)
    return v
  }

  /** Per sweep at most this many expired sales are ended (the next sweep takes the rest). */
  const SWEEP_BATCH = 200
  const SWEEP_ROUNDS = 50

  /**
   * Waiting sales whose link token has expired become expired (called periodically, under the
   * store's run-once lock): every one of them, through the index of waiting sales by expiry.
   */
  async function sweepExpired(): Promise<number> {
    const now = deps.now()
    let ended = 0
    for (let round = 0; round < SWEEP_ROUNDS; round++) {
      const batch = await store.sessions.expiredWaiting(now, SWEEP_BATCH)
      for (const s of batch) {
        const v = await refresh(s.session_id)
        if (v?.state === 'expired') ended++
      }
      if (batch.length < SWEEP_BATCH) break
    }
    return ended
  }

  /** Ends a sale for the counter (Cancel, or Escape/close of Link). See endDecision for what may end. */
  async function end({ sessionId, reason }: ParsedArgs<'sales.end'>): Promise<SaleView> {
    for (let attempt = 0; ; attempt++) {
      const s = await store.sessions.get(sessionId)
      if (!s) throw new CommandError(ErrorCodes.NOT_FOUND, `No sale ${sessionId}.`)
      const v = await view(s)
      const d = endDecision({ state: v.state, endReason: endReasonOf(s), hasTransfer: s.transfer_id !== null || v.transfer !== null }, reason)
      if (d.kind === 'noop') return v
      if (d.kind === 'refuse') {
        if (v.state === 'expired') await refresh(sessionId)
        throw new CommandError('SALE_ENDED', d.message)
      }
      const now = deps.now()
      if (await store.sessions.end(sessionId, reason, now, now)) {
        const out = await get(sessionId)
        deps.bus.publish('sale.updated', out)
        return out
      }
      // A transfer or another end got there first: decide again on what is there now.
      if (attempt >= 2) throw new CommandError('SALE_ENDED', 'This sale changed while it was being ended; look at it again.')
    }
  }

  const api = {
    counterSettings: async (): Promise<CounterSettings> => {
      const [p, cfg] = await Promise.all([payouts(deps), readCounterConfig(store)])
      const fxRate = rateFor(cfg, cfg.currency)
      const chargeBlocked =
        !isUsd(cfg.currency) && fxRate === null
          ? rateMissingMessage(cfg.currency)
          : p.length === 0
            ? 'There is no payout address to be paid to. A manager can add one in Settings.'
            : null
      return {
        mode: deps.mode,
        currency: cfg.currency,
        payouts: p,
        defaultAsset: p[0]?.asset ?? 'USDC',
        defaultNetwork: p[0]?.network ?? 'Ethereum',
        locale: cfg.locale,
        fxRate,
        chargeBlocked,
        saleLimit: cfg.saleLimit,
        shop: cfg.shop,
        paidSound: cfg.paidSound,
        notifications: cfg.notifications
      }
    },
    start: async (a: ParsedArgs<'sales.start'>): Promise<SaleStarted> => {
      // What the customer is asked to pay, checked before anything is stored or asked of Mesh.
      const cfg = await readCounterConfig(store)
      const priced = priceSale({ amount: a.amount, currency: cfg.currency, rate: rateFor(cfg, cfg.currency), saleLimit: cfg.saleLimit, locale: cfg.locale ?? undefined })
      if (!priced.ok) throw new CommandError(priced.code, priced.message)
      const charge = priced.charge
      const all = await payouts(deps)
      const payout = all.find((p) => p.asset === a.asset && (a.network === undefined || p.network === a.network))
      if (!payout) {
        throw new CommandError(
          'PAYOUT_NOT_CONFIGURED',
          `There is no payout address for ${a.asset}${a.network ? ` on ${a.network}` : ''}. A manager can add one in Settings.`
        )
      }
      const networkId = NETWORK_IDS[payout.network]
      if (!networkId) throw new CommandError('PAYOUT_NOT_CONFIGURED', `Unknown network ${payout.network}.`)
      const now = deps.now()
      const sessionId = randomUUID()
      const transactionId = `ct_${randomBytes(12).toString('hex')}`
      const key = a.customerRef ? customerKey(deps, a.customerRef) : null
      const userId = key
        ? await store.customers.ensure(key, `cust_${key.slice(0, 32)}`, now)
        : `walkin_${randomBytes(8).toString('hex')}`
      let token: LinkTokenResult
      try {
        token = await deps.getLinkToken({
          userId,
          restrictMultipleAccounts: true,
          transferOptions: {
            toAddresses: [{ networkId, symbol: payout.asset, address: payout.address }],
            // Mesh charges amountInFiat in USD. Its field is a JSON number: a conversion for the
            // wire of the decimal text computed in charge.ts, not arithmetic.
            amountInFiat: Number(charge.usdAmount),
            // Always ours (webhook TransactionId); a Paylink needs it.
            transactionId,
            transferType: 'payment',
            isInclusiveFeeEnabled: false,
            ...(a.payLink ? { generatePayLink: true } : {})
          }
        })
      } catch (err) {
        const e = err as Error & { code?: string }
        throw new CommandError(isDeclaredErrorCode(e.code) ? e.code : 'MESH_UNAVAILABLE', e.message)
      }
      await store.sessions.insert({
        session_id: sessionId,
        transaction_id: transactionId,
        created_at: now,
        amount: charge.amount,
        currency: charge.currency,
        usd_amount: charge.usdAmount,
        fx_rate: charge.rate,
        payment_link: a.payLink ? token.paymentLink : null,
        asset: payout.asset,
        network: payout.network,
        destination_address: payout.address,
        note: a.note ?? null,
        user_id: userId,
        customer_key: key,
        token_expires_at: now + LINK_TOKEN_TTL_MS,
        state: 'waiting',
        transfer_id: null,
        updated_at: now
      })
      const accessTokens = key ? await store.customers.connections(key) : []
      const sale = await get(sessionId)
      deps.bus.publish('sale.updated', sale)
      return { sessionId, transactionId, linkToken: token.linkToken, ...(accessTokens.length ? { accessTokens } : {}), sale }
    },
    recordSdkEvent: async ({ sessionId, type, payload }: ParsedArgs<'sales.recordSdkEvent'>): Promise<SaleView> => {
      // Before any await: a payload we cannot store is the caller's mistake (400), never a 500.
      const problem = sdkPayloadProblem(payload)
      if (problem) throw new CommandError(ErrorCodes.INVALID_ARGUMENT, problem)
      const s = await store.sessions.get(sessionId)
      if (!s) throw new CommandError(ErrorCodes.NOT_FOUND, `No sale ${sessionId}.`)
      const now = deps.now()
      const transferId = (payload as { transferId?: unknown } | null)?.transferId
      await store.ops.recordSdkEvent({
        sessionId,
        at: now,
        type,
        payload: redactTokens(payload),
        customerKey: type === 'integrationConnected' ? s.customer_key : null,
        connections: type === 'integrationConnected' && s.customer_key ? connectionsFromPayload(payload) : [],
        transferId: type === 'transferFinished' && typeof transferId === 'string' && transferId.length <= 200 ? transferId : null
      })
      return (await refresh(sessionId, true))!
    },
    getSale: ({ sessionId }: ParsedArgs<'sales.get'>) => get(sessionId),
    end,
    list: async ({ since, limit }: ParsedArgs<'sales.list'>): Promise<SaleView[]> =>
      Promise.all((await store.sessions.recent(limit)).filter((s) => since === undefined || s.created_at >= since).map(view)),
    forgetCustomer: async ({ customerRef }: ParsedArgs<'customers.forget'>) => ({ removed: await store.ops.forgetCustomer(customerKey(deps, customerRef)) })
  }

  return { ...api, refresh, sweepExpired, get, view, isSettled }
}
export type Sales = ReturnType<typeof createSales>
