import { describe, expect, it } from 'vitest'
import { deriveSaleState, saleDisagreement } from '../../../src/main/core/sales/state'
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
    expect(deriveSaleState({ ...base, transfer: { status: 'refundpending', isFinal: false } })).toBe('pending')
  })

  it('is abandoned when Link closes without a transfer', () => {
    expect(deriveSaleState({ ...base, sdkEvents: [ev('pageLoaded'), ev('exit', { summary: { page: 'startPage' } })] })).toBe('abandoned')
  })

  it('expires when the token was never used before its lifetime ran out', () => {
    expect(deriveSaleState({ ...base, now: 10_000 })).toBe('expired')
    expect(deriveSaleState({ ...base, now: 10_000, sdkEvents: [ev('pageLoaded')] })).toBe('waiting')
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
