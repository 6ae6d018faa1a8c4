import { describe, expect, it } from 'vitest'
import type { SaleEndReason, SaleState } from '../../../src/shared/contract'
import { deriveSaleState, endDecision, isLateTransfer, isSettled, saleAmountMismatch, saleDisagreement, saleRefund } from '../../../src/main/core/sales/state'
import { connectionsFromPayload, redactTokens } from '../../../src/main/core/sales/service'

const ev = (type: string, payload: unknown = null) => ({ type, payload })
const base = { tokenExpiresAt: 10_000, sdkEvents: [] as { type: string; payload: unknown }[], transfer: null, now: 1_000 }

describe('deriveSaleState', () => {
  it('waits for the customer until something happens', () => {
    expect(deriveSaleState(base)).toBe('waiting')
    expect(deriveSaleState({ ...base, sdkEvents: [ev('pageLoaded')] })).toBe('waiting')
  })

  it('is only submitted (not paid) on the SDK success callback', () => {
    expect(deriveSaleState({ ...base, sdkEvents: [ev('pageLoaded'), ev('transferFinished', { status: 'success' })] })).toBe('submitted')
  })

  it('follows the webhook: pending, then succeeded or failed', () => {
    const sdk = [ev('transferFinished', { status: 'success' })]
    expect(deriveSaleState({ ...base, sdkEvents: sdk, transfer: { status: 'pending', isFinal: false } })).toBe('pending')
    expect(deriveSaleState({ ...base, sdkEvents: sdk, transfer: { status: 'succeeded', isFinal: true } })).toBe('succeeded')
    expect(deriveSaleState({ ...base, sdkEvents: sdk, transfer: { status: 'failed', isFinal: true } })).toBe('failed')
  })

  it('keeps a refunded sale paid: RefundPending and RefundSucceeded are succeeded, never pending or not paid', () => {
    expect(deriveSaleState({ ...base, transfer: { status: 'refundpending', isFinal: false } })).toBe('succeeded')
    expect(deriveSaleState({ ...base, transfer: { status: 'refundsucceeded', isFinal: true } })).toBe('succeeded')
    // An unknown status is still only pending.
    expect(deriveSaleState({ ...base, transfer: { status: 'refundfailed', isFinal: false } })).toBe('pending')
  })

  it('is abandoned when Link closes without a transfer', () => {
    expect(deriveSaleState({ ...base, sdkEvents: [ev('pageLoaded'), ev('exit', { summary: { page: 'startPage' } })] })).toBe('abandoned')
  })

  it('expires when its token’s lifetime runs out with nothing submitted, opened or not', () => {
    expect(deriveSaleState({ ...base, now: 9_999 })).toBe('waiting')
    expect(deriveSaleState({ ...base, now: 10_000 })).toBe('expired')
    // Link was opened (and left open, or the browser closed): the token still runs out.
    expect(deriveSaleState({ ...base, now: 10_000, sdkEvents: [ev('pageLoaded'), ev('integrationConnected')] })).toBe('expired')
    // Submitted in Link: Mesh's to settle, never expired by the counter.
    expect(deriveSaleState({ ...base, now: 10_000, sdkEvents: [ev('transferFinished', { status: 'success' })] })).toBe('submitted')
    expect(deriveSaleState({ ...base, now: 10_000, transfer: { status: 'pending', isFinal: false } })).toBe('pending')
    // Closed by the customer (SDK exit) stays abandoned.
    expect(deriveSaleState({ ...base, now: 10_000, sdkEvents: [ev('exit')] })).toBe('abandoned')
  })

  it('keeps a sale the counter ended, whatever Mesh reports later', () => {
    for (const endReason of ['cancelled', 'abandoned', 'expired'] as const) {
      expect(deriveSaleState({ ...base, endReason })).toBe(endReason)
      expect(deriveSaleState({ ...base, endReason, transfer: { status: 'succeeded', isFinal: true } })).toBe(endReason)
      expect(deriveSaleState({ ...base, endReason, transfer: { status: 'failed', isFinal: true } })).toBe(endReason)
    }
    expect(isLateTransfer('cancelled', { status: 'succeeded' })).toBe(true)
    expect(isLateTransfer('cancelled', null)).toBe(false)
    expect(isLateTransfer(null, { status: 'succeeded' })).toBe(false)
  })

  it('counts the counter’s ends and Mesh’s final word as settled, not an SDK exit alone', () => {
    expect(['succeeded', 'failed', 'expired', 'cancelled'].map((st) => isSettled(st as SaleState))).toEqual([true, true, true, true])
    expect(isSettled('abandoned')).toBe(false)
    expect(isSettled('abandoned', 'abandoned')).toBe(true)
    expect(['waiting', 'submitted', 'pending'].map((st) => isSettled(st as SaleState))).toEqual([false, false, false])
  })
})

describe('endDecision (sales.end)', () => {
  const f = (state: SaleState, endReason: SaleEndReason | null = null, hasTransfer = false) => ({ state, endReason, hasTransfer })
  it('ends a sale still waiting, or abandoned only by the SDK', () => {
    expect(endDecision(f('waiting'), 'cancelled')).toEqual({ kind: 'end' })
    expect(endDecision(f('waiting'), 'abandoned')).toEqual({ kind: 'end' })
    expect(endDecision(f('abandoned'), 'cancelled')).toEqual({ kind: 'end' })
  })
  it('changes nothing for the same end again, or Cancel after Escape', () => {
    expect(endDecision(f('cancelled', 'cancelled'), 'cancelled')).toEqual({ kind: 'noop' })
    expect(endDecision(f('abandoned', 'abandoned'), 'cancelled')).toEqual({ kind: 'noop' })
  })
  it('refuses what is final or Mesh’s to settle', () => {
    expect(endDecision(f('cancelled', 'cancelled'), 'abandoned')).toEqual({ kind: 'refuse', message: 'This sale was already cancelled.' })
    expect(endDecision(f('expired', 'expired'), 'cancelled')).toEqual({ kind: 'refuse', message: 'This sale has already expired: its link token ran out.' })
    expect(endDecision(f('expired'), 'cancelled')).toEqual({ kind: 'refuse', message: 'This sale has already expired: its link token ran out.' })
    const settling = { kind: 'refuse', message: 'Mesh already has a transfer for this sale: Mesh settles it, so the counter cannot end it.' }
    expect(endDecision(f('pending', null, true), 'cancelled')).toEqual(settling)
    expect(endDecision(f('succeeded', null, true), 'cancelled')).toEqual(settling)
    expect(endDecision(f('waiting', null, true), 'cancelled')).toEqual(settling)
    expect(endDecision(f('submitted'), 'cancelled')).toEqual({
      kind: 'refuse',
      message: 'The customer already submitted the payment in Link: Mesh settles it, so the counter cannot end it.'
    })
  })

  it('is never succeeded without a webhook, whatever the SDK says', () => {
    const all = ['transferFinished', 'transferCompleted', 'transferExecuted', 'integrationConnected', 'done', 'exit'].map((t) => ev(t, { status: 'success' }))
    expect(deriveSaleState({ ...base, sdkEvents: all })).not.toBe('succeeded')
  })
})

describe('saleDisagreement', () => {
  it('flags SDK success against a failed webhook', () => {
    expect(saleDisagreement({ sdkEvents: [ev('transferFinished', { status: 'success' })], transfer: { status: 'failed', isFinal: true } })).toMatch(/SDK reported success/)
    expect(saleDisagreement({ sdkEvents: [ev('transferFinished', { status: 'success' })], transfer: { status: 'succeeded', isFinal: true } })).toBeNull()
  })
})

describe('return-customer tokens', () => {
  const payload = {
    accessToken: {
      brokerType: 'coinbase',
      brokerName: 'Coinbase',
      accountTokens: [{ account: { accountId: 'acc-1', accountName: 'Main' }, accessToken: 'raw-secret', refreshToken: 'rt', tokenId: 'tok-123' }]
    }
  }
  it('keeps the MMT tokenId per account', () => {
    expect(connectionsFromPayload(payload)).toEqual([{ accountId: 'acc-1', accountName: 'Main', accessToken: 'tok-123', brokerType: 'coinbase', brokerName: 'Coinbase' }])
    expect(connectionsFromPayload(null)).toEqual([])
    expect(connectionsFromPayload({ accessToken: { accountTokens: 'x' } })).toEqual([])
  })
  it('redacts token values before an SDK payload is stored', () => {
    const s = JSON.stringify(redactTokens(payload))
    expect(s).not.toMatch(/raw-secret|tok-123|"rt"/)
    expect(s).toContain('acc-1')
  })
})

describe('saleAmountMismatch', () => {
  const sale = { amount: '250.00', currency: 'USD', asset: 'USDC' }
  const tr = (destinationAmount: string | null, sourceAmount: string | null = null, token: string | null = 'USDC') => ({ destinationAmount, sourceAmount, token })

  it('flags a $0.01 transfer against a $250.00 sale, with what was reported and from which field', () => {
    expect(saleAmountMismatch(sale, tr('0.01', '0.0101'))).toEqual({ charged: '250.00', currency: 'USD', reported: '0.01', asset: 'USDC', field: 'DestinationAmount' })
    expect(saleAmountMismatch(sale, tr(null, '1'))).toEqual({ charged: '250.00', currency: 'USD', reported: '1', asset: 'USDC', field: 'SourceAmount' })
    // overpaid is a mismatch too
    expect(saleAmountMismatch(sale, tr('500'))).toMatchObject({ reported: '500' })
  })

  it('accepts the charged amount within the tolerance (the larger of 1 cent and 0.5 %), exactly, without floats', () => {
    expect(saleAmountMismatch(sale, tr('250'))).toBeNull()
    expect(saleAmountMismatch(sale, tr('248.75'))).toBeNull() // 0.5 % of 250 = 1.25
    expect(saleAmountMismatch(sale, tr('248.749999'))).not.toBeNull()
    expect(saleAmountMismatch({ ...sale, amount: '1.00' }, tr('0.99'))).toBeNull() // 1 cent
    expect(saleAmountMismatch({ ...sale, amount: '1.00' }, tr('0.989999999999999999'))).not.toBeNull()
    expect(saleAmountMismatch({ ...sale, amount: '0.30' }, tr('0.3'))).toBeNull()
    expect(saleAmountMismatch(sale, tr('0.01'), { absolute: '300', relativeBps: 0 })).toBeNull()
    expect(saleAmountMismatch(sale, tr('249.99'), { absolute: '0', relativeBps: 0 })).not.toBeNull()
  })

  it('makes no claim it cannot check: no transfer or amount, a non-dollar asset or currency, an unreadable amount', () => {
    expect(saleAmountMismatch(sale, null)).toBeNull()
    expect(saleAmountMismatch(sale, tr(null, null))).toBeNull()
    expect(saleAmountMismatch({ ...sale, asset: 'ETH' }, tr('0.01', null, 'ETH'))).toBeNull()
    expect(saleAmountMismatch(sale, tr('0.01', null, 'ETH'))).toBeNull() // paid in another asset: no price to compare
    expect(saleAmountMismatch({ ...sale, currency: 'EUR' }, tr('0.01'))).toBeNull()
    expect(saleAmountMismatch(sale, tr('-250'))).toBeNull()
    // the sale's asset counts when Mesh gave no Token; any casing
    expect(saleAmountMismatch({ ...sale, asset: 'usdt' }, tr('1', null, null))).toMatchObject({ asset: 'USDT' })
  })
})

describe('saleRefund', () => {
  const e = (status: string, eventTs: number | null, receivedAt: number, applied = true) => ({ status, eventTs, receivedAt, applied })
  const paid = [e('pending', 100, 1_000), e('succeeded', 200, 2_000)]

  it('is null for a transfer in no refund status, or no transfer', () => {
    expect(saleRefund(null, [])).toBeNull()
    expect(saleRefund({ status: 'succeeded', refundAddress: null }, paid)).toBeNull()
    expect(saleRefund({ status: 'pending', refundAddress: '0xr' }, [])).toBeNull()
  })

  it('is pending on RefundPending, with the refund event’s Mesh Timestamp, the RefundAddress and when the payment succeeded', () => {
    expect(saleRefund({ status: 'refundpending', refundAddress: '0xr' }, [...paid, e('refundpending', 300, 3_000)])).toEqual({ status: 'pending', at: 300, refundAddress: '0xr', paidAt: 200 })
  })

  it('is succeeded on RefundSucceeded, timed by that event; events not applied do not count', () => {
    const evs = [...paid, e('refundpending', 300, 3_000), e('refundsucceeded', 400, 4_000), e('succeeded', 900, 9_000, false), e('refundpending', 950, 9_500, false)]
    expect(saleRefund({ status: 'refundsucceeded', refundAddress: '0xr' }, evs)).toEqual({ status: 'succeeded', at: 400, refundAddress: '0xr', paidAt: 200 })
  })

  it('falls back to when we recorded an event without a Timestamp; paidAt null when the Succeeded never reached us', () => {
    expect(saleRefund({ status: 'refundsucceeded', refundAddress: null }, [e('pending', 100, 1_000), e('refundsucceeded', null, 5_000)])).toEqual({
      status: 'succeeded',
      at: 5_000,
      refundAddress: null,
      paidAt: null
    })
  })
})
