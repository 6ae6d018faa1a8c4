// How the console shows a refunded sale: the counter's words and tone, merging views, the
// Transfer page's sentence, the Ledger's badge and filter, the receipt, the shift summary, the
// Z report (paid, refunded, net) and its exports, the takings table, and no "paid" cue.
// Expected strings are written out by hand.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { SaleRefund, SaleView, ShiftReport, TakingsReport } from '../../src/shared/contract'
import { StatusBadge } from '../../src/renderer/src/components/common'
import { ShiftReportView } from '../../src/renderer/src/features/shift/ShiftReportView'
import { decideCues, saleOutcome } from '../../src/renderer/src/lib/cues'
import { matchesFilter, EMPTY_FILTER, STATUS_OPTIONS } from '../../src/renderer/src/lib/ledger'
import { buildReceipt, type PaidReceipt } from '../../src/renderer/src/lib/receipt'
import { describeRefund, mergeSale, refundAmount, saleDisplayStatus, saleEndedAt } from '../../src/renderer/src/lib/saleState'
import { exportState, shiftReportCsvRecords, shiftReportToJson } from '../../src/renderer/src/lib/shift'
import { takingsRows, takingsTotals } from '../../src/renderer/src/lib/takings'
import { selectShiftSummary } from '../../src/renderer/src/store/selectors'
import { makeStore } from './fakes'
import { row, sale } from './fixtures'
import { closedReport, takingsReport } from './shift-fixtures'

const PAID_AT = Date.UTC(2025, 0, 7, 13, 3, 7)
const REFUND_AT = Date.UTC(2025, 0, 8, 9, 30, 0)
const ADDR = '0xc0ba5e0000000000000000000000000000000c0b'

const refund = (status: SaleRefund['status'], p: Partial<SaleRefund> = {}): SaleRefund => ({ status, at: REFUND_AT, refundAddress: ADDR, paidAt: PAID_AT, ...p })

function refundedSale(status: SaleRefund['status'] | null, p: Partial<SaleView> = {}): SaleView {
  const transferStatus = status === null ? 'succeeded' : status === 'pending' ? 'refundpending' : 'refundsucceeded'
  return sale({
    sessionId: 's-r',
    transactionId: 'ct_refund',
    state: 'succeeded',
    transferId: 'tr-r',
    transfer: row({
      transferId: 'tr-r',
      status: transferStatus,
      statusRaw: transferStatus,
      isFinal: transferStatus !== 'refundpending',
      txHash: '0xpaid',
      destinationAmount: '12.5',
      refundAddress: status === null ? null : ADDR,
      statusTimestamp: status === null ? PAID_AT : REFUND_AT,
      eventCount: status === null ? 2 : status === 'pending' ? 3 : 4,
      updatedAt: status === null ? PAID_AT : REFUND_AT
    }),
    refund: status === null ? null : refund(status),
    ...p
  })
}

describe('the counter’s words for a refunded sale', () => {
  it('says "Paid · refund pending", then "Refunded", in the warning tone, never the plain green paid', () => {
    expect(saleDisplayStatus(refundedSale(null))).toMatchObject({ label: 'Succeeded', tone: 'success' })
    expect(saleDisplayStatus(refundedSale('pending'))).toMatchObject({ label: 'Paid · refund pending', tone: 'warning', final: true, state: 'succeeded' })
    expect(saleDisplayStatus(refundedSale('succeeded'))).toMatchObject({ label: 'Refunded', tone: 'warning', final: true, state: 'succeeded' })
    expect(saleDisplayStatus(refundedSale('succeeded')).detail).toBe('Paid, then refunded: Mesh returned the payment to the customer. It does not count in the takings.')
  })

  it('puts the refund before "paid after cancel" and before an amount mismatch', () => {
    const late = refundedSale('succeeded', { state: 'cancelled', endReason: 'cancelled', lateTransfer: true })
    expect(saleDisplayStatus(late).label).toBe('Refunded')
    const mismatch = refundedSale('pending', { amountMismatch: { charged: '12.50', currency: 'USD', reported: '1', asset: 'USDC', field: 'DestinationAmount' } })
    expect(saleDisplayStatus(mismatch).label).toBe('Paid · refund pending')
  })

  it('keeps the refund when a stale view of the same sale arrives after it, and takes it when it is the newer one', () => {
    const paid = refundedSale(null)
    const pending = refundedSale('pending')
    const done = refundedSale('succeeded')
    expect(mergeSale(paid, pending)).toBe(pending)
    expect(mergeSale(pending, paid)).toBe(pending)
    expect(mergeSale(pending, done)).toBe(done)
    expect(mergeSale(done, pending)).toBe(done)
    expect(mergeSale(done, paid)).toBe(done)
  })

  it('stops the sale’s clock when it was paid, not when it was refunded', () => {
    expect(saleEndedAt(refundedSale('succeeded'))).toBe(PAID_AT)
    expect(saleEndedAt(refundedSale('succeeded', { refund: refund('succeeded', { paidAt: null }) }))).toBe(REFUND_AT)
  })
})

describe('the refund sentence (Transfer page, sale panel)', () => {
  it('says what was refunded, to where and when; leaves out what Mesh did not give', () => {
    expect(describeRefund({ status: 'refundsucceeded', amount: '$12.50 (12.5 USDC)', refundAddress: '0xab', at: '2025-01-08 10:30:00' })).toBe('Refunded $12.50 (12.5 USDC) to 0xab at 2025-01-08 10:30:00')
    expect(describeRefund({ status: 'refundpending', amount: '$12.50', refundAddress: '0xab', at: '2025-01-08 10:30:00' })).toBe('Refund pending: $12.50 to 0xab, since 2025-01-08 10:30:00')
    expect(describeRefund({ status: 'refundsucceeded', amount: null, refundAddress: null, at: null })).toBe('Refunded the payment')
    expect(describeRefund({ status: 'succeeded', amount: '$1.00', refundAddress: null, at: null })).toBeNull()
  })

  it('names the charge and the crypto, either alone when the other is unknown', () => {
    const t = { destinationAmount: '12.5', sourceAmount: '12.6', token: 'USDC' }
    expect(refundAmount('$12.50', t, 'en-US')).toBe('$12.50 (12.5 USDC)')
    expect(refundAmount(null, { ...t, destinationAmount: null }, 'en-US')).toBe('12.6 USDC')
    expect(refundAmount('$12.50', { destinationAmount: null, sourceAmount: null, token: 'USDC' }, 'en-US')).toBe('$12.50')
  })
})

describe('the Ledger', () => {
  it('shows refund statuses in the shared words, in the warning tone', () => {
    expect(renderToStaticMarkup(<StatusBadge status="refundpending" raw="RefundPending" />)).toBe('<span class="badge badge-warning" title="Mesh sent “RefundPending”">Refund pending</span>')
    expect(renderToStaticMarkup(<StatusBadge status="refundsucceeded" raw="RefundSucceeded" />)).toBe('<span class="badge badge-warning" title="Mesh sent “RefundSucceeded”">Refunded</span>')
  })

  it('offers the refund statuses in the filter with the badges’ words, and the filter finds them', () => {
    expect(STATUS_OPTIONS.map((o) => o.label)).toEqual(['All statuses', 'Pending', 'Succeeded', 'Failed', 'Refund pending', 'Refunded'])
    const r = row({ transferId: 'tr-r', status: 'refundsucceeded' })
    expect(matchesFilter(r, { ...EMPTY_FILTER, status: 'refundsucceeded' })).toBe(true)
    expect(matchesFilter(r, { ...EMPTY_FILTER, status: 'succeeded' })).toBe(false)
  })
})

describe('the receipt of a refunded sale', () => {
  const paid = (s: SaleView): PaidReceipt => {
    const r = buildReceipt(s, { name: 'Shop', address: '' }, 'en-US', { timeZone: 'UTC', offsetMinutes: 0 })
    if (!r.paid) throw new Error('expected the paid receipt')
    return r
  }

  it('is stamped REFUNDED, dated by the payment, with the refund in words', () => {
    const r = paid(refundedSale('succeeded'))
    expect(r.refund).toEqual({
      title: 'REFUNDED',
      detail: `Mesh refunded this payment ($12.50) to ${ADDR} on January 8, 2025 at 9:30:00 AM UTC. It is not a proof of purchase any more.`
    })
    expect(r.dateTimeIso).toBe('2025-01-07T13:03:07.000+00:00')
    expect(r.fileName).toBe('receipt-ct_refund-refunded')
  })

  it('is stamped REFUND PENDING while Mesh refunds it; a plain paid sale has no stamp', () => {
    expect(paid(refundedSale('pending')).refund).toMatchObject({ title: 'REFUND PENDING' })
    expect(paid(refundedSale(null)).refund).toBeNull()
  })
})

describe('the shift', () => {
  it('counts a refunded sale apart on the counter: not in the paid count or the paid total', async () => {
    const today = new Date(2025, 4, 20, 9).getTime()
    const { store } = makeStore({
      'sales.list': () => [
        sale({ sessionId: 'a', createdAt: today, state: 'succeeded', amount: '0.10' }),
        refundedSale('succeeded', { sessionId: 'b', createdAt: today + 1, amount: '5.00' }),
        refundedSale('pending', { sessionId: 'c', createdAt: today + 2, amount: '7.00' })
      ]
    })
    await store.getState().loadShiftSales()
    expect(selectShiftSummary(store.getState())).toEqual({ count: 3, paidCount: 1, mismatchCount: 0, lateCount: 0, refundedCount: 2, paid: [{ currency: 'USD', amount: '0.1' }] })
  })

  const withRefunds = (): ShiftReport => {
    const base = closedReport()
    // Of the USD sales, $12.50 (ct_a1) was refunded: gross $25.00, refunded $12.50, net $12.50.
    const refunded = refundedSale('succeeded', { sessionId: 's1', transactionId: 'ct_a1', createdAt: base.sales[5]!.createdAt })
    return {
      ...base,
      counts: { ...base.counts, refunded: 1 },
      fiatTotals: [
        { currency: 'USD', amount: '12.50', usdAmount: '12.50', count: 1 },
        { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 1 }
      ],
      paidTotals: [
        { currency: 'USD', amount: '25.00', usdAmount: '25.00', count: 2 },
        { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 1 }
      ],
      refundTotals: [{ currency: 'USD', amount: '12.50', usdAmount: '12.50', count: 1 }],
      sales: [...base.sales.slice(0, 5), refunded]
    }
  }

  it('shows the Z report’s refunded count, paid / refunded / net per currency, and the sale as Refunded', () => {
    const html = renderToStaticMarkup(<ShiftReportView report={withRefunds()} locale="en-US" timeZone="Europe/Berlin" variant="final" />)
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(text).toContain('Refunded 1')
    expect(text).toContain('Totals per currency, net of refunds')
    expect(text).toContain('USD $25.00 (2) $12.50 (1) $12.50')
    expect(text).toContain('EUR €10.00 (1) €0.00 (0) €10.00')
    expect(text).toMatch(/\$12\.50 \$12\.50 USDC · Ethereum 12\.5 USDC Refunded/)
    expect(text).toContain('left out of the totals: they are net of refunds')
  })

  it('says everything was refunded, rather than "no paid sales", when refunds took all the takings', () => {
    const all: ShiftReport = { ...withRefunds(), counts: { ...withRefunds().counts, refunded: 3 }, fiatTotals: [], assetTotals: [] }
    const text = renderToStaticMarkup(<ShiftReportView report={all} locale="en-US" timeZone="UTC" variant="live" />).replace(/<[^>]+>/g, ' ')
    expect(text).toContain('Every paid sale was refunded: nothing is left in the takings.')
    expect(text).toContain('Every paid sale was refunded: no crypto is kept.')
    expect(text).not.toContain('No paid sales')
  })

  it('exports the refunds: gross and refund rows next to the net fiat rows, the sale as refunded', () => {
    const recs = shiftReportCsvRecords(withRefunds(), 'UTC')
    expect(recs.filter((r) => r.section === 'paid' || r.section === 'refund')).toEqual([
      { section: 'paid', key: 'USD', currency: 'USD', amount: '25.00', usdAmount: '25.00', count: 2 },
      { section: 'paid', key: 'EUR', currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 1 },
      { section: 'refund', key: 'USD', currency: 'USD', amount: '12.50', usdAmount: '12.50', count: 1 }
    ])
    expect(recs.find((r) => r.key === 'ct_a1')).toMatchObject({ value: 'refunded', cryptoAmount: '12.5' })
    expect(recs.find((r) => r.key === 'refunded')).toMatchObject({ section: 'count', count: 1 })
    const doc = JSON.parse(shiftReportToJson(withRefunds(), 'UTC'))
    expect(doc.refundTotals).toEqual([{ currency: 'USD', amount: '12.50', usdAmount: '12.50', count: 1 }])
    expect(doc.sales[5].refund).toEqual({ status: 'succeeded', at: '2025-01-08T09:30:00+00:00', refundAddress: ADDR })
    expect([exportState(refundedSale('pending')), exportState(refundedSale(null))]).toEqual(['refund_pending', 'succeeded'])
  })

  it('adds the refunds of a day to the takings table, apart from the (net) figures', () => {
    const r: TakingsReport = takingsReport()
    r.days[1]!.refundTotals = [{ currency: 'USD', amount: '4.00', usdAmount: '4.00', count: 1 }]
    r.refundTotals = [{ currency: 'USD', amount: '4.00', usdAmount: '4.00', count: 1 }]
    expect(takingsRows(r, 'en-US').map((d) => d.refunded)).toEqual([[], ['$4.00 (1)'], []])
    expect(takingsTotals(r, 'en-US').refunded).toEqual(['$4.00 (1)'])
  })
})

describe('cues', () => {
  it('never sounds "paid" for a refund, nor again when a paid sale is refunded', () => {
    const paid = refundedSale(null)
    const refunded = refundedSale('succeeded')
    expect(saleOutcome(refunded)).toBeNull()
    expect(decideCues({ a: paid }, { a: refunded }, new Set(), 'en-US')).toEqual([])
    expect(decideCues({ a: { ...refunded, state: 'pending', transfer: null, refund: null } }, { a: refunded }, new Set(), 'en-US')).toEqual([])
  })
})
