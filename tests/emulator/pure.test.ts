import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attemptFaults, buildTransferModel, queryTransfers, quote, signWebhookBody, webhookPayload, type WebhookEvent } from '../../src/main/emulator'
import type { EmulatedTransfer } from '../../src/main/emulator/transfers'

describe('signWebhookBody', () => {
  it('is base64(HMAC-SHA256(utf8(secret), body)) — RFC test vector', () => {
    expect(signWebhookBody('key', 'The quick brown fox jumps over the lazy dog')).toBe('97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=')
  })
})

describe('webhookPayload', () => {
  const ev: WebhookEvent = {
    eventId: 'e',
    transferId: 't',
    status: 'Pending',
    timestampMs: 1715175519038,
    transactionId: 'sale',
    txHash: null,
    userId: 'u',
    token: 'USDC',
    chain: 'Ethereum',
    sourceAmount: 1.001,
    destinationAmount: 1,
    sourceAccountProvider: 'Coinbase',
    destinationAddress: '0xabc'
  }

  it('has Mesh’s keys in PascalCase, seconds for SentTimestamp and no TxHash while pending', () => {
    expect(webhookPayload(ev, 'attempt-1', 1720532648999)).toEqual({
      EventId: 'e',
      Id: 'attempt-1',
      SentTimestamp: 1720532648,
      Timestamp: 1715175519038,
      TransferId: 't',
      TransferStatus: 'Pending',
      TransactionId: 'sale',
      UserId: 'u',
      Token: 'USDC',
      Chain: 'Ethereum',
      SourceAmount: 1.001,
      DestinationAmount: 1,
      SourceAccountProvider: 'Coinbase',
      DestinationAddress: '0xabc'
    })
    expect(webhookPayload({ ...ev, status: 'Succeeded', txHash: '0x1' }, 'a', 0).TxHash).toBe('0x1')
  })
})

describe('attemptFaults', () => {
  it('hits exactly the first n attempts', () => {
    expect(attemptFaults({ badSignature: 2, slowFirst: 1 }, 1)).toEqual({ cut: false, slow: true, badSignature: true })
    expect(attemptFaults({ badSignature: 2, slowFirst: 1 }, 2)).toEqual({ cut: false, slow: false, badSignature: true })
    expect(attemptFaults({ badSignature: 2, slowFirst: 1, failFirst: 0 }, 3)).toEqual({ cut: false, slow: false, badSignature: false })
  })
})

describe('quote', () => {
  it('derives the token amount from fiat at the sandbox price, or fiat from a given amount', () => {
    expect(quote('USDC', 12.5, null)).toEqual({ amountInFiat: 12.5, amount: 12.5, fee: 0.0125, feeInFiat: 0.01 })
    expect(quote('ETH', 30, undefined).amount).toBe(0.01)
    expect(quote('ETH', null, 0.5).amountInFiat).toBe(1500)
  })
})

describe('queryTransfers', () => {
  const make = (n: number): EmulatedTransfer[] =>
    Array.from({ length: n }, (_, i) => ({
      seq: i,
      model: buildTransferModel({ transactionId: `s${i}`, amountInFiat: 1 + (i % 7), outcome: 'succeeded' }, { transferId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, institutionTransactionId: 'x' }, 1_700_000_000_000 + Math.floor(i / 3) * 1000),
      outcome: 'succeeded',
      faults: {},
      pendingEventId: 'p',
      finalEventId: 'f',
      pendingAtMs: 0,
      settledAtMs: null
    }))

  it('pages through every transfer exactly once, for any page size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 100 }), fc.constantFrom(undefined, 'amountInFiat', 'createdTimestamp', 'id'), (n, count, orderBy) => {
        const all = make(n)
        const seen: string[] = []
        for (let offset = 0; ; offset += count) {
          const page = queryTransfers(all, { count, offset, orderBy })
          expect(page.total).toBe(n)
          seen.push(...page.items.map((t) => t.id))
          if (page.items.length < count) break
        }
        expect(seen).toHaveLength(n)
        expect(new Set(seen).size).toBe(n)
      })
    )
  })
})
