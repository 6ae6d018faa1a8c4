// The pure rules under the Z report and the takings: which count a sale falls in, and the sums
// (decimal text, exact: no binary float anywhere). Expected values worked out by hand.
import { describe, expect, it } from 'vitest'
import { buildShiftReport, buildTakings, endedByCounter, saleBucket, summarize, type PaidItem } from '../../../src/main/core/shifts/report'
import type { SaleState, SaleView } from '../../../src/shared/contract'
import { sale as saleView, row } from '../../renderer/fixtures'

const sale = (state: SaleState, transfer: string | null, endReason: 'cancelled' | 'abandoned' | 'expired' | null = null) => ({
  state,
  endReason,
  transfer: transfer === null ? null : { status: transfer }
})

const item = (over: Partial<PaidItem>): PaidItem => ({ currency: 'USD', amount: '1', usdAmount: '1', asset: 'USDC', network: 'Ethereum', received: '1', refunded: false, ...over })

describe('which count a sale falls in', () => {
  it.each([
    ['succeeded by webhook', sale('succeeded', 'succeeded'), 'paid', false],
    ['failed by webhook', sale('failed', 'failed'), 'failed', false],
    ['waiting for the customer', sale('waiting', null), 'pending', false],
    ['submitted in Link, no webhook yet', sale('submitted', null), 'pending', false],
    ['Mesh says pending', sale('pending', 'pending'), 'pending', false],
    ['an unknown, non-final Mesh status', sale('pending', 'onhold'), 'pending', false],
    // a refund: the payment arrived (paid), and is counted as refunded too
    ['Mesh is refunding it', sale('succeeded', 'refundpending'), 'paid', false],
    ['Mesh refunded it', sale('succeeded', 'refundsucceeded'), 'paid', false],
    ['cancelled, paid anyway, then refunded', sale('cancelled', 'refundsucceeded', 'cancelled'), 'paid', true],
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

describe('refunds in the Z report and the takings', () => {
  const paidSale = (id: string, amount: string, status: string, endReason: SaleView['endReason'] = null): SaleView =>
    saleView({
      sessionId: id,
      createdAt: Number(id.slice(1)),
      state: endReason ?? 'succeeded',
      endReason,
      amount,
      charge: { amount, currency: 'USD', usdAmount: amount, rate: null },
      transferId: `tr-${id}`,
      transfer: row({ transferId: `tr-${id}`, status, token: 'USDC', chain: 'Ethereum', destinationAmount: amount }),
      refund: status === 'refundpending' ? { status: 'pending', at: 1, refundAddress: null, paidAt: null } : status === 'refundsucceeded' ? { status: 'succeeded', at: 1, refundAddress: null, paidAt: null } : null
    })

  it('counts a refunded sale in Paid and in refunded; fiat and crypto totals are net, paidTotals gross, refundTotals the refunds', () => {
    const r = buildShiftReport({ shiftId: 'sh', openedAt: 0, closedAt: null, openedBy: null }, [
      paidSale('s1', '10.00', 'succeeded'),
      paidSale('s2', '2.50', 'refundsucceeded'),
      paidSale('s3', '0.10', 'refundpending'),
      paidSale('s4', '0.20', 'succeeded'),
      paidSale('s5', '5.00', 'refundsucceeded', 'cancelled')
    ], 99)
    expect(r.counts).toEqual({ paid: 5, failed: 0, abandoned: 0, cancelled: 0, expired: 0, pending: 0, paidAfterEnd: 1, refunded: 3 })
    // gross 10.00 + 2.50 + 0.10 + 0.20 + 5.00; refunds 2.50 + 0.10 + 5.00; net 10.00 + 0.20
    expect(r.paidTotals).toEqual([{ currency: 'USD', amount: '17.8', usdAmount: '17.8', count: 5 }])
    expect(r.refundTotals).toEqual([{ currency: 'USD', amount: '7.6', usdAmount: '7.6', count: 3 }])
    expect(r.fiatTotals).toEqual([{ currency: 'USD', amount: '10.2', usdAmount: '10.2', count: 2 }])
    expect(r.assetTotals).toEqual([{ asset: 'USDC', network: 'Ethereum', amount: '10.2', count: 2 }])
  })

  it('leaves no refund totals when nothing was refunded', () => {
    const r = buildShiftReport({ shiftId: 'sh', openedAt: 0, closedAt: null, openedBy: null }, [paidSale('s1', '1.00', 'succeeded')], 1)
    expect([r.counts.refunded, r.refundTotals, r.paidTotals]).toEqual([0, [], r.fiatTotals])
  })

  it('takes a refund off the takings of the day the sale was made', () => {
    const days = [
      { date: '2024-03-30', start: 1000, end: 2000 },
      { date: '2024-03-31', start: 2000, end: 3000 }
    ]
    const at = (createdAt: number, amount: string, refunded: boolean) => ({ ...item({ amount, usdAmount: amount, received: amount, refunded }), createdAt })
    const r = buildTakings('UTC', days, [at(1000, '1', false), at(1500, '2', true), at(2500, '4', false), at(2600, '8', true), at(2700, '16', true)])
    expect(r.days).toEqual([
      { date: '2024-03-30', count: 1, fiatTotals: [{ currency: 'USD', amount: '1', usdAmount: '1', count: 1 }], assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '1', count: 1 }], refundTotals: [{ currency: 'USD', amount: '2', usdAmount: '2', count: 1 }] },
      { date: '2024-03-31', count: 1, fiatTotals: [{ currency: 'USD', amount: '4', usdAmount: '4', count: 1 }], assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '4', count: 1 }], refundTotals: [{ currency: 'USD', amount: '24', usdAmount: '24', count: 2 }] }
    ])
    expect(r.fiatTotals).toEqual([{ currency: 'USD', amount: '5', usdAmount: '5', count: 2 }])
    expect(r.refundTotals).toEqual([{ currency: 'USD', amount: '26', usdAmount: '26', count: 3 }])
  })
})
