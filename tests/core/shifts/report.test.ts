// The pure rules under the Z report and the takings: which count a sale falls in, and the sums
// (decimal text, exact: no binary float anywhere). Expected values worked out by hand.
import { describe, expect, it } from 'vitest'
import { buildTakings, endedByCounter, saleBucket, summarize, type PaidItem } from '../../../src/main/core/shifts/report'
import type { SaleState } from '../../../src/shared/contract'

const sale = (state: SaleState, transfer: string | null, endReason: 'cancelled' | 'abandoned' | 'expired' | null = null) => ({
  state,
  endReason,
  transfer: transfer === null ? null : { status: transfer }
})

const item = (over: Partial<PaidItem>): PaidItem => ({ currency: 'USD', amount: '1', usdAmount: '1', asset: 'USDC', network: 'Ethereum', received: '1', ...over })

describe('which count a sale falls in', () => {
  it.each([
    ['succeeded by webhook', sale('succeeded', 'succeeded'), 'paid', false],
    ['failed by webhook', sale('failed', 'failed'), 'failed', false],
    ['waiting for the customer', sale('waiting', null), 'pending', false],
    ['submitted in Link, no webhook yet', sale('submitted', null), 'pending', false],
    ['Mesh says pending', sale('pending', 'pending'), 'pending', false],
    ['an unknown, non-final Mesh status', sale('pending', 'refundpending'), 'pending', false],
    ['abandoned in Link', sale('abandoned', null), 'abandoned', true],
    ['expired token', sale('expired', null), 'expired', true],
    ['cancelled at the counter', sale('cancelled', null, 'cancelled'), 'cancelled', true],
    // the counter ended it, yet the money arrived: paid (and paidAfterEnd), whichever state the view shows
    ['cancelled, then Mesh said succeeded', sale('cancelled', 'succeeded', 'cancelled'), 'paid', true],
    ['expired, then Mesh said succeeded', sale('expired', 'succeeded'), 'paid', true],
    ['ended (abandoned) though the view shows succeeded', sale('succeeded', 'succeeded', 'abandoned'), 'paid', true],
    ['cancelled, then Mesh said failed', sale('cancelled', 'failed', 'cancelled'), 'cancelled', true]
  ] as const)('%s → %s', (_what, s, bucket, ended) => {
    expect(saleBucket(s)).toBe(bucket)
    expect(endedByCounter(s)).toBe(ended)
  })
})

describe('totals', () => {
  it('sums exactly per currency and per asset + network, ordered by code, a missing network last', () => {
    const r = summarize([
      item({ amount: '0.10', usdAmount: '0.10', received: '0.1' }),
      item({ amount: '0.20', usdAmount: '0.20', received: '0.2' }),
      item({ currency: 'EUR', amount: '10.00', usdAmount: '10.87', received: '10.86' }),
      item({ currency: 'EUR', amount: '0.01', usdAmount: '0.01', asset: 'ETH', received: '0.000000000000000001' }),
      item({ currency: 'EUR', amount: '999999999.99', usdAmount: '1086999999.99', asset: 'ETH', received: '123456789.123456789123456789' }),
      item({ asset: 'USDC', network: null, received: null }),
      item({ asset: 'USDC', network: 'Polygon', received: '5' })
    ])
    expect(r).toEqual({
      count: 7,
      fiatTotals: [
        // 10.00 + 0.01 + 999999999.99; 10.87 + 0.01 + 1086999999.99
        { currency: 'EUR', amount: '1000000010', usdAmount: '1087000010.87', count: 3 },
        // 0.10 + 0.20 + 1 + 1 (0.1 + 0.2 is 0.3 here, not 0.30000000000000004)
        { currency: 'USD', amount: '2.3', usdAmount: '2.3', count: 4 }
      ],
      assetTotals: [
        { asset: 'ETH', network: 'Ethereum', amount: '123456789.12345678912345679', count: 2 },
        // 0.1 + 0.2 + 10.86
        { asset: 'USDC', network: 'Ethereum', amount: '11.16', count: 3 },
        { asset: 'USDC', network: 'Polygon', amount: '5', count: 1 },
        // paid, but Mesh reported no amount: counted, adds nothing
        { asset: 'USDC', network: null, amount: '0', count: 1 }
      ]
    })
  })

  it('puts each paid sale on the day it was made: a day’s end belongs to the next day; outside the window, nowhere', () => {
    const days = [
      { date: '2024-03-30', start: 1000, end: 2000 },
      { date: '2024-03-31', start: 2000, end: 2900 }
    ]
    const at = (createdAt: number, amount: string) => ({ ...item({ amount, usdAmount: amount, received: amount }), createdAt })
    const r = buildTakings('Europe/Berlin', days, [at(999, '100'), at(1000, '1'), at(1999, '2'), at(2000, '4'), at(2899, '8'), at(2900, '200')])
    expect(r.days.map((d) => [d.date, d.count, d.fiatTotals])).toEqual([
      ['2024-03-30', 2, [{ currency: 'USD', amount: '3', usdAmount: '3', count: 2 }]],
      ['2024-03-31', 2, [{ currency: 'USD', amount: '12', usdAmount: '12', count: 2 }]]
    ])
    expect(r.fiatTotals).toEqual([{ currency: 'USD', amount: '15', usdAmount: '15', count: 4 }])
    expect(r.timeZone).toBe('Europe/Berlin')
  })
})
