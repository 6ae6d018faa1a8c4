import type { DeliveryRow, EventRow, SaleView, TransferRow } from '../../src/shared/contract'

export function row(p: Partial<TransferRow> & { transferId: string }): TransferRow {
  return {
    transactionId: null,
    status: 'pending',
    statusRaw: 'Pending',
    isFinal: false,
    conflict: false,
    txHash: null,
    userId: null,
    token: 'USDC',
    chain: 'Ethereum',
    sourceAmount: '10',
    destinationAmount: '10',
    sourceAccountProvider: 'Coinbase',
    destinationAddress: '0xabc',
    refundAddress: null,
    firstSeenAt: 1_000,
    updatedAt: 1_000,
    statusTimestamp: null,
    eventCount: 1,
    deliveryCount: 1,
    retried: false,
    provenance: 'webhook',
    isTest: false,
    sessionId: null,
    ...p
  }
}

export function sale(p: Partial<SaleView> & { sessionId: string }): SaleView {
  return {
    transactionId: `txn-${p.sessionId}`,
    createdAt: 1_000,
    amount: '12.50',
    currency: 'USD',
    asset: 'USDC',
    network: 'Ethereum',
    destinationAddress: '0xabc',
    note: null,
    hasCustomer: false,
    state: 'waiting',
    transferId: null,
    transfer: null,
    charge: { amount: p.amount ?? '12.50', currency: p.currency ?? 'USD', usdAmount: p.amount ?? '12.50', rate: null },
    endReason: null,
    endedAt: null,
    lateTransfer: false,
    paymentLink: null,
    declined: null,
    refund: null,
    tokenExpiresAt: null,
    sdkEvents: [],
    disagreement: null,
    amountMismatch: null,
    ...p
  }
}

export function delivery(p: Partial<DeliveryRow> & { id: number }): DeliveryRow {
  return {
    deliveryId: `d-${p.id}`,
    eventId: 'e-1',
    transferId: 't-1',
    receivedAt: 1_000 + p.id,
    sentTimestamp: 1,
    verdict: 'accepted',
    httpStatus: 200,
    answerMs: 5,
    remoteAddress: '127.0.0.1',
    headers: {},
    bodySize: 2,
    bodyTruncated: false,
    body: '{}',
    replayOf: null,
    isTest: false,
    flags: [],
    ...p
  }
}

export function event(p: Partial<EventRow> & { eventId: string }): EventRow {
  return {
    transferId: 't-1',
    status: 'pending',
    statusRaw: 'Pending',
    timestamp: 1_000,
    firstReceivedAt: 1_000,
    deliveryCount: 1,
    provenance: 'webhook',
    applied: true,
    conflict: false,
    payload: { EventId: p.eventId },
    deliveries: [],
    ...p
  }
}
