// Hand-written shift and takings reports for the renderer tests. Times are UTC; in Europe/Berlin
// (summer, UTC+2) the shift runs 09:00–17:30 on 20 May 2025.
import type { ShiftReport, TakingsReport } from '../../src/shared/contract'
import { row, sale } from './fixtures'

export const OPENED = Date.UTC(2025, 4, 20, 7, 0, 0)
export const CLOSED = Date.UTC(2025, 4, 20, 15, 30, 0)
const at = (h: number, m: number) => Date.UTC(2025, 4, 20, h, m, 0)

const paidUsd = sale({
  sessionId: 's1',
  transactionId: 'ct_a1',
  createdAt: at(7, 10),
  state: 'succeeded',
  amount: '12.50',
  transferId: 'tr-1',
  transfer: row({ transferId: 'tr-1', status: 'succeeded', statusRaw: 'Succeeded', isFinal: true, destinationAmount: '12.45', sourceAmount: '12.46', txHash: '0xaa' })
})
const paidAfterCancel = sale({
  sessionId: 's2',
  transactionId: 'ct_a2',
  createdAt: at(8, 0),
  // As the core keeps it: ended at the counter (final), the transfer that came later linked.
  state: 'cancelled',
  amount: '12.50',
  endReason: 'cancelled',
  endedAt: at(8, 1),
  lateTransfer: true,
  transferId: 'tr-2',
  transfer: row({ transferId: 'tr-2', status: 'succeeded', statusRaw: 'Succeeded', isFinal: true, destinationAmount: '12.5' })
})
const paidEur = sale({
  sessionId: 's3',
  transactionId: 'ct_a3',
  createdAt: at(9, 30),
  state: 'succeeded',
  amount: '10.00',
  currency: 'EUR',
  asset: 'ETH',
  network: 'Base',
  charge: { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' },
  transferId: 'tr-3',
  transfer: row({ transferId: 'tr-3', status: 'succeeded', statusRaw: 'Succeeded', isFinal: true, token: 'ETH', chain: 'Base', destinationAmount: '0.0031' })
})
const failed = sale({ sessionId: 's4', transactionId: 'ct_a4', createdAt: at(10, 0), state: 'failed', amount: '3.00' })
const cancelled = sale({ sessionId: 's5', transactionId: 'ct_a5', createdAt: at(11, 0), state: 'cancelled', amount: '4.00', endReason: 'cancelled', endedAt: at(11, 2) })
export const pendingSale = sale({ sessionId: 's6', transactionId: 'ct_a6', createdAt: at(15, 20), state: 'pending', amount: '7.25' })

export function closedReport(p: Partial<ShiftReport> = {}): ShiftReport {
  return {
    shift: { shiftId: 'sh_1', openedAt: OPENED, closedAt: CLOSED, openedBy: 'Ana' },
    counts: { paid: 3, failed: 1, abandoned: 0, cancelled: 1, expired: 0, pending: 1, paidAfterEnd: 1, refunded: 0 },
    fiatTotals: [
      { currency: 'USD', amount: '25.00', usdAmount: '25.00', count: 2 },
      { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 1 }
    ],
    paidTotals: [
      { currency: 'USD', amount: '25.00', usdAmount: '25.00', count: 2 },
      { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 1 }
    ],
    refundTotals: [],
    assetTotals: [
      { asset: 'USDC', network: 'Ethereum', amount: '24.95', count: 2 },
      { asset: 'ETH', network: 'Base', amount: '0.0031', count: 1 }
    ],
    pending: [pendingSale],
    sales: [pendingSale, cancelled, failed, paidEur, paidAfterCancel, paidUsd],
    generatedAt: CLOSED + 1_000,
    ...p
  }
}

/** The same shift while still open: no close time, nothing sold yet. */
export function openReport(p: Partial<ShiftReport> = {}): ShiftReport {
  return {
    shift: { shiftId: 'sh_2', openedAt: OPENED, closedAt: null, openedBy: null },
    counts: { paid: 0, failed: 0, abandoned: 0, cancelled: 0, expired: 0, pending: 0, paidAfterEnd: 0, refunded: 0 },
    fiatTotals: [],
    assetTotals: [],
    paidTotals: [],
    refundTotals: [],
    pending: [],
    sales: [],
    generatedAt: OPENED,
    ...p
  }
}

/** Three days: nothing, two USD sales, then one USD and two EUR sales paid in three assets/networks. */
export function takingsReport(): TakingsReport {
  return {
    timeZone: 'Europe/Berlin',
    days: [
      { date: '2025-05-18', count: 0, fiatTotals: [], assetTotals: [], refundTotals: [] },
      {
        date: '2025-05-19',
        count: 2,
        fiatTotals: [{ currency: 'USD', amount: '20.00', usdAmount: '20.00', count: 2 }],
        assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '19.98', count: 2 }],
        refundTotals: []
      },
      {
        date: '2025-05-20',
        count: 3,
        fiatTotals: [
          { currency: 'USD', amount: '5.50', usdAmount: '5.50', count: 1 },
          { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 2 }
        ],
        assetTotals: [
          { asset: 'USDC', network: 'Ethereum', amount: '5.5', count: 1 },
          { asset: 'USDC', network: 'Solana', amount: '5.43', count: 1 },
          { asset: 'ETH', network: 'Base', amount: '0.0017', count: 1 }
        ],
        refundTotals: []
      }
    ],
    fiatTotals: [
      { currency: 'USD', amount: '25.50', usdAmount: '25.50', count: 3 },
      { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 2 }
    ],
    assetTotals: [
      { asset: 'USDC', network: 'Ethereum', amount: '25.48', count: 3 },
      { asset: 'USDC', network: 'Solana', amount: '5.43', count: 1 },
      { asset: 'ETH', network: 'Base', amount: '0.0017', count: 1 }
    ],
    refundTotals: []
  }
}
