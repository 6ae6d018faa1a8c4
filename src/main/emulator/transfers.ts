// The emulator's transfers as Mesh's REST API shows them, and the pure list query over them.
import type { TransferModel } from '@meshconnect/node-api'
import { DEFAULT_DESTINATION_ADDRESS, DEFAULT_NETWORK_ID, DEFAULT_SYMBOL, EXCHANGE_INFO, networkName, priceUsd, round } from './catalog'
import type { CreateTransferInput, RestTransferStatus, TransferOutcome, WebhookFaults } from './types'
import type { TransferListFilter } from './validate'

export interface EmulatedTransfer {
  /** Insertion order; tie-breaker for stable paging. */
  seq: number
  model: TransferModel
  outcome: TransferOutcome
  faults: WebhookFaults
  pendingEventId: string
  finalEventId: string
  /** Unix ms (emulator clock) of the Pending status change, and of the final one once settled. */
  pendingAtMs: number
  settledAtMs: number | null
  /** Emulator ms it stays Pending (lifecycle.ts sets it). */
  pendingMs?: number
  /** Emulator ms after Succeeded until an automatic refund starts; null or absent for none. */
  refundAfterMs?: number | null
  /** Once a refund started: its two status events and times. */
  refund?: { pendingEventId: string; succeededEventId: string; startedAtMs: number; settledAtMs: number | null } | null
}

/** Withdrawal fee the fake exchange charges on top of the amount (0.1%). */
const FEE_RATIO = 0.001

export interface Quote {
  amountInFiat: number
  amount: number
  fee: number
  feeInFiat: number
}

/**
 * Token amount, fiat amount and exchange fee at the sandbox price. Either amount may be given;
 * a given token amount wins over the fiat-derived one, as in Mesh's toAddresses[].amount.
 */
export function quote(symbol: string, amountInFiat: number | null | undefined, amount: number | null | undefined): Quote {
  const price = priceUsd(symbol)
  const fiat = round(amountInFiat ?? (amount ?? 0) * price, 2)
  const tokens = amount ?? round(fiat / price, 8)
  return { amountInFiat: fiat, amount: tokens, fee: round(tokens * FEE_RATIO, 8), feeInFiat: round(fiat * FEE_RATIO, 2) }
}

/** A new pending TransferModel with Mesh's field names; amounts derived from the sandbox price. */
export function buildTransferModel(input: CreateTransferInput, ids: { transferId: string; institutionTransactionId: string }, nowMs: number): TransferModel {
  const symbol = (input.symbol ?? DEFAULT_SYMBOL).toUpperCase()
  const networkId = input.networkId ?? DEFAULT_NETWORK_ID
  const { amountInFiat, amount, fee, feeInFiat } = quote(symbol, input.amountInFiat, input.amount)
  const exchange = EXCHANGE_INFO[input.exchange ?? 'Coinbase']
  return {
    id: ids.transferId,
    clientTransactionId: input.transactionId ?? null,
    institutionTransactionId: ids.institutionTransactionId,
    userId: input.userId ?? null,
    status: 'pending',
    transferType: input.transferType ?? 'payment',
    amount,
    amountToReceive: amount,
    amountInFiat,
    amountToReceiveInFiat: amountInFiat,
    amountInFiatCurrencyCode: 'USD',
    symbol,
    tokenAddress: null,
    networkId,
    networkName: networkName(networkId),
    networkLogoUrl: null,
    hash: null,
    infoUrl: null,
    destinationAddress: input.destinationAddress ?? DEFAULT_DESTINATION_ADDRESS,
    refundAddress: null,
    createdTimestamp: Math.floor(nowMs / 1000),
    executedTimestamp: null,
    from: { id: exchange.integrationId, type: exchange.brokerType, name: exchange.name, logoUrl: null },
    gasFee: { fee: 0, feeCurrency: symbol, feeInFiat: 0 },
    withdrawalFee: { fee, feeCurrency: symbol, feeInFiat },
    processingFee: { fee: 0, feeCurrency: symbol, feeInFiat: 0 },
    isFeeIncluded: false,
    sourceAmount: round(amount + fee, 8),
    destinationAmount: amount,
    destinationAmountInFiat: amountInFiat,
    totalFeesAmountInFiat: feeInFiat,
    totalTransactionAmountInFiat: round(amountInFiat + feeInFiat, 2),
    fundingMethods: input.fundedFrom
      ? [
          {
            type: 'cryptocurrencyConversion',
            amount: round(input.fundedFrom.amountInFiat / priceUsd(symbol), 8),
            amountInFiat: input.fundedFrom.amountInFiat,
            toSymbol: symbol,
            fromAmount: input.fundedFrom.amount,
            fromSymbol: input.fundedFrom.symbol.toUpperCase(),
            paymentMethodType: null,
            fee: null
          }
        ]
      : [],
    bridgingDetails: null,
    subClientId: input.subClientId ?? null
  }
}

/** The model after its final status change. */
export function settleTransferModel(model: TransferModel, outcome: TransferOutcome, hash: string | null, nowMs: number): TransferModel {
  return {
    ...model,
    status: outcome,
    hash: outcome === 'succeeded' ? hash : null,
    executedTimestamp: outcome === 'succeeded' ? Math.floor(nowMs / 1000) : null
  }
}

/** The model in a refund status (REST camelCase, our guess); the payment's hash and times stay. */
export function refundTransferModel(model: TransferModel, status: Extract<RestTransferStatus, 'refundPending' | 'refundSucceeded'>, refundAddress: string): TransferModel {
  return { ...model, status: status as TransferModel['status'], refundAddress }
}

function sortKey(t: EmulatedTransfer, orderBy: string): string | number {
  const m = t.model
  switch (orderBy) {
    case 'id':
      return m.id
    case 'clientTransferId':
      return m.clientTransactionId ?? ''
    case 'userId':
      return m.userId ?? ''
    case 'fromType':
      return m.from?.type ?? ''
    case 'amountInFiat':
      return m.amountInFiat ?? 0
    case 'status':
      return m.status ?? ''
    case 'symbol':
      return m.symbol ?? ''
    case 'networkName':
      return m.networkName ?? ''
    default:
      return m.createdTimestamp ?? 0
  }
}

/**
 * Filters, orders and pages like `GET /api/v1/transfers/managed/mesh`. Default order is newest
 * first; insertion order breaks ties so paging is stable. Timestamps filter on creation time
 * in Unix seconds, both bounds inclusive. IntegrationIds matches the source (`from.id`, any of
 * them), SubClientId the sub-client the link token was made for; IsSandBox is accepted and
 * ignored (the emulator is all sandbox).
 */
export function queryTransfers(all: readonly EmulatedTransfer[], f: TransferListFilter): { items: TransferModel[]; total: number } {
  const hits = all.filter((t) => {
    const m = t.model
    if (f.id !== undefined && m.id.toLowerCase() !== f.id.toLowerCase()) return false
    if (f.clientTransactionId !== undefined && m.clientTransactionId !== f.clientTransactionId) return false
    if (f.userId !== undefined && m.userId !== f.userId) return false
    if (f.statuses !== undefined && !f.statuses.includes((m.status ?? 'pending').toLowerCase())) return false
    if (f.fromTimestamp !== undefined && (m.createdTimestamp ?? 0) < f.fromTimestamp) return false
    if (f.toTimestamp !== undefined && (m.createdTimestamp ?? 0) > f.toTimestamp) return false
    if (f.minAmountInFiat !== undefined && (m.amountInFiat ?? 0) < f.minAmountInFiat) return false
    if (f.maxAmountInFiat !== undefined && (m.amountInFiat ?? 0) > f.maxAmountInFiat) return false
    if (f.hash !== undefined && (m.hash ?? '').toLowerCase() !== f.hash.toLowerCase()) return false
    if (f.integrationIds !== undefined && !f.integrationIds.some((id) => id.toLowerCase() === (m.from?.id ?? '').toLowerCase())) return false
    if (f.subClientId !== undefined && (m.subClientId ?? '').toLowerCase() !== f.subClientId.toLowerCase()) return false
    return true
  })
  const orderBy = f.orderBy ?? 'createdTimestamp'
  const desc = f.descendingOrder ?? (f.orderBy === undefined ? true : false)
  hits.sort((a, b) => {
    const ka = sortKey(a, orderBy)
    const kb = sortKey(b, orderBy)
    const c = ka < kb ? -1 : ka > kb ? 1 : a.seq - b.seq
    return desc ? -c : c
  })
  return { items: hits.slice(f.offset, f.offset + f.count).map((t) => structuredClone(t.model)), total: hits.length }
}
