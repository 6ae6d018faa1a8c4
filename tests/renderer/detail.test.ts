import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TransferDetail } from '../../src/shared/contract'
import { makeStore } from './fakes'
import { delivery, event, row, sale } from './fixtures'

afterEach(() => {
  vi.useRealTimers()
})

const NOW = new Date(2025, 4, 20, 14, 0).getTime()

describe('transfer detail slice', () => {
  const detail = (answerMs: number | null): TransferDetail => ({
    transfer: row({ transferId: 't-1', sessionId: 's' }),
    events: [event({ eventId: 'e-1', deliveries: [delivery({ id: 1, receivedAt: NOW - 1_000, answerMs })] })],
    rejected: []
  })

  it('loads the transfer, its sale, and the rejected deliveries the core found for it', async () => {
    const claim = delivery({ id: 9, eventId: null, transferId: null, verdict: 'signature_invalid', httpStatus: 401, body: '{"EventId":"e-1","TransferId":"t-1"}' })
    const { store, callsOf } = makeStore(
      {
        'ledger.get': () => ({ ...detail(4), rejected: [claim] }),
        'sales.get': () => sale({ sessionId: 's', state: 'succeeded' })
      },
      () => NOW
    )
    store.getState().setRoute('#/transfer/t-1')
    await store.getState().openTransfer('t-1')
    const s = store.getState()
    expect(s.detailStatus).toBe('ready')
    expect(s.detailSale?.state).toBe('succeeded')
    expect(s.detailRejected.map((d) => d.id)).toEqual([9])
    // No scan of the newest rejected deliveries in the browser any more.
    expect(callsOf('deliveries.list')).toEqual([])
    // The sale also lands in the counter's store.
    expect(s.sales['s']?.state).toBe('succeeded')
  })

  it('shows the error state for an unknown transfer', async () => {
    const { store } = makeStore({
      'ledger.get': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'No transfer nope in the ledger.' } }),
      'deliveries.list': () => ({ items: [], total: 0, nextCursor: null })
    })
    await store.getState().openTransfer('nope')
    expect(store.getState().detailStatus).toBe('error')
    expect(store.getState().detailError).toBe('No transfer nope in the ledger.')
  })

  it('reloads when a live event touches the open transfer, and looks again for unmeasured answer times', async () => {
    vi.useFakeTimers({ now: NOW })
    let measured = false
    const { store, callsOf } = makeStore(
      {
        'ledger.get': () => detail(measured ? 12 : null),
        'sales.get': () => sale({ sessionId: 's' }),
        'deliveries.list': () => ({ items: [], total: 0, nextCursor: null })
      },
      () => Date.now()
    )
    store.getState().setRoute('#/transfer/t-1')
    await store.getState().openTransfer('t-1')
    expect(callsOf('ledger.get')).toHaveLength(1)
    measured = true
    await vi.advanceTimersByTimeAsync(600)
    expect(callsOf('ledger.get')).toHaveLength(2)
    expect(store.getState().detail?.events[0]?.deliveries[0]?.answerMs).toBe(12)
    store.getState().noteTransferChanges([row({ transferId: 'other' })], [], [])
    await vi.advanceTimersByTimeAsync(10)
    expect(callsOf('ledger.get')).toHaveLength(2)
    store.getState().noteTransferChanges([], [delivery({ id: 5, transferId: 't-1' })], [])
    await vi.advanceTimersByTimeAsync(10)
    expect(callsOf('ledger.get')).toHaveLength(3)
  })
})

describe('inspector answer times', () => {
  it('fetches the newest page again to fill in answer times measured after the event', async () => {
    vi.useFakeTimers({ now: NOW })
    let page = [delivery({ id: 1 })]
    const { store, callsOf } = makeStore({ 'deliveries.list': () => ({ items: page, total: page.length, nextCursor: null }) })
    await store.getState().loadDeliveries()
    store.getState().applyDeliveries([delivery({ id: 2, answerMs: null })])
    expect(store.getState().deliveries.map((d) => [d.id, d.answerMs])).toEqual([
      [2, null],
      [1, 5]
    ])
    page = [delivery({ id: 2, answerMs: 17 }), delivery({ id: 1 })]
    await vi.advanceTimersByTimeAsync(600)
    expect(callsOf('deliveries.list')).toHaveLength(2)
    expect(store.getState().deliveries.map((d) => [d.id, d.answerMs])).toEqual([
      [2, 17],
      [1, 5]
    ])
    expect(store.getState().deliveriesTotal).toBe(2)
  })
})
