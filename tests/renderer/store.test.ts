import { describe, expect, it, vi } from 'vitest'
import type { CounterSettings, LedgerQuery, Page, SaleView, TransferRow } from '../../src/shared/contract'
import { deliverBatch } from '../../src/renderer/src/live'
import { parseCsv } from '../../src/renderer/src/lib/csv'
import { amountProblem } from '../../src/renderer/src/store/counterSlice'
import { describeFaults, toWebhookFaults, NO_FAULTS } from '../../src/renderer/src/store/inspectorSlice'
import {
  selectAssets,
  selectCurrentSale,
  selectCurrentSaleStatus,
  selectNetworks,
  selectShiftSales,
  selectShiftSummary
} from '../../src/renderer/src/store/selectors'
import { deferred, makeStore } from './fakes'
import { delivery, row, sale } from './fixtures'

const settings: CounterSettings = {
  mode: 'emulator',
  currency: 'USD',
  payouts: [
    { asset: 'USDC', network: 'Ethereum', address: '0x1' },
    { asset: 'USDC', network: 'Solana', address: 'So1' },
    { asset: 'ETH', network: 'Ethereum', address: '0x2' }
  ],
  defaultAsset: 'USDC',
  defaultNetwork: 'Solana',
  locale: null,
  fxRate: null,
  chargeBlocked: null,
  saleLimit: null,
  shop: { name: '', address: '' },
  paidSound: false,
  notifications: false
}

function startedSale(state: SaleView['state'] = 'waiting') {
  return {
    sessionId: 's1',
    transactionId: 'txn-1',
    linkToken: 'aHR0cDovL2xpbms=',
    accessTokens: [{ accountId: 'a', accountName: 'A', accessToken: 'tok', brokerType: 'coinbase', brokerName: 'Coinbase' }],
    sale: sale({ sessionId: 's1', state, createdAt: new Date(2025, 4, 20, 13, 0).getTime() })
  }
}

describe('counter slice', () => {
  it('loads settings and picks the default asset and network', async () => {
    const { store } = makeStore({ 'counter.settings': () => settings })
    await store.getState().loadCounterSettings()
    const s = store.getState()
    expect(s.saleForm.asset).toBe('USDC')
    expect(s.saleForm.network).toBe('Solana')
    expect(selectAssets(s)).toEqual(['USDC', 'ETH'])
    expect(selectAssets(s)).toBe(selectAssets(store.getState()))
    expect(selectNetworks(s)).toEqual(['Ethereum', 'Solana'])
  })

  it('switches the network to one the new asset supports', async () => {
    const { store } = makeStore({ 'counter.settings': () => settings })
    await store.getState().loadCounterSettings()
    store.getState().setSaleField('asset', 'ETH')
    expect(store.getState().saleForm.network).toBe('Ethereum')
  })

  it('refuses to charge a bad amount without calling the server', async () => {
    const { store, calls } = makeStore({ 'counter.settings': () => settings })
    await store.getState().loadCounterSettings()
    store.getState().setSaleField('amount', '12.345')
    await store.getState().charge()
    expect(store.getState().amountError).toBe('USD amounts have at most 2 decimals.')
    // What was typed stays in the field.
    expect(store.getState().saleForm.amount).toBe('12.345')
    expect(calls.some((c) => c.name === 'sales.start')).toBe(false)
    expect(amountProblem('0.00', settings, 'en-US')).toBe('The amount must be more than zero.')
    expect(amountProblem('', settings, 'en-US')).toMatch(/Enter an amount/)
    expect(amountProblem('7', settings, 'en-US')).toBeNull()
  })

  it('starts the sale with the customer and opens Link with their access tokens', async () => {
    const { store, callsOf, opened } = makeStore({ 'counter.settings': () => settings, 'sales.start': () => startedSale() })
    await store.getState().loadCounterSettings()
    store.getState().setSaleField('amount', ' 12.50 ')
    store.getState().setSaleField('customerRef', 'LOYAL-7')
    await store.getState().charge()
    expect(callsOf('sales.start')).toEqual([{ amount: '12.50', asset: 'USDC', network: 'Solana', customerRef: 'LOYAL-7' }])
    expect(opened).toHaveLength(1)
    expect(opened[0]!.linkToken).toBe('aHR0cDovL2xpbms=')
    expect(opened[0]!.accessTokens?.[0]?.accessToken).toBe('tok')
    const s = store.getState()
    expect(s.currentSaleId).toBe('s1')
    expect(s.linkOpen).toBe(true)
    expect(s.saleForm.amount).toBe('')
    expect(selectCurrentSaleStatus(s)?.label).toBe('Waiting for customer')
  })

  it('shows the server error when the sale cannot start', async () => {
    const { store, opened } = makeStore({ 'counter.settings': () => settings, 'sales.start': () => ({ ok: false, error: { code: 'MESH_AUTH_FAILED', message: 'Check the Mesh API key.' } }) })
    await store.getState().loadCounterSettings()
    store.getState().setSaleField('amount', '5')
    await store.getState().charge()
    expect(store.getState().chargeError).toBe('Check the Mesh API key.')
    expect(store.getState().saleForm.amount).toBe('5')
    expect(opened).toHaveLength(0)
  })

  it('records SDK callbacks in the order they fired, even when replies come back out of order', async () => {
    const first = deferred<SaleView>()
    const order: string[] = []
    let n = 0
    const { store, opened } = makeStore({
      'counter.settings': () => settings,
      'sales.start': () => startedSale(),
      'sales.recordSdkEvent': (a: { type: string }) => {
        order.push(a.type)
        n++
        return n === 1 ? first.promise : sale({ sessionId: 's1', state: 'submitted', sdkEvents: [{ id: 1, at: 1, type: 'pageLoaded', payload: null }, { id: 2, at: 2, type: 'transferFinished', payload: null }] })
      }
    })
    await store.getState().loadCounterSettings()
    store.getState().setSaleField('amount', '5')
    await store.getState().charge()
    const cb = opened[0]!.cb
    cb.onSdkEvent('pageLoaded', null)
    cb.onSdkEvent('transferFinished', { status: 'success' })
    await vi.waitFor(() => expect(order).toEqual(['pageLoaded']))
    // The second is chained after the first, which is still unanswered: it cannot have been sent.
    expect(order).toEqual(['pageLoaded'])
    first.resolve(sale({ sessionId: 's1', state: 'waiting', sdkEvents: [{ id: 1, at: 1, type: 'pageLoaded', payload: null }] }))
    await vi.waitFor(() => expect(order).toEqual(['pageLoaded', 'transferFinished']))
    await vi.waitFor(() => expect(store.getState().sales['s1']!.state).toBe('submitted'))
  })

  it('never turns green on the SDK callback alone: only the server state counts', async () => {
    const { store, opened } = makeStore({
      'counter.settings': () => settings,
      'sales.start': () => startedSale(),
      'sales.recordSdkEvent': () => sale({ sessionId: 's1', state: 'submitted', sdkEvents: [{ id: 1, at: 1, type: 'transferFinished', payload: { status: 'success' } }] })
    })
    await store.getState().loadCounterSettings()
    store.getState().setSaleField('amount', '5')
    await store.getState().charge()
    await store.getState().recordSdkEvent('s1', 'transferFinished', { status: 'success' })
    expect(selectCurrentSaleStatus(store.getState())?.tone).not.toBe('success')
    // The webhook (via sale.updated) is what makes it green.
    store.getState().applySales([sale({ sessionId: 's1', state: 'succeeded', sdkEvents: [{ id: 1, at: 1, type: 'transferFinished', payload: null }] })])
    expect(selectCurrentSaleStatus(store.getState())?.label).toBe('Succeeded')
    void opened
  })

  it('marks Link closed when the SDK exits', async () => {
    const { store, opened } = makeStore({ 'counter.settings': () => settings, 'sales.start': () => startedSale(), 'sales.recordSdkEvent': () => sale({ sessionId: 's1', state: 'abandoned' }) })
    await store.getState().loadCounterSettings()
    store.getState().setSaleField('amount', '5')
    await store.getState().charge()
    opened[0]!.cb.onSdkEvent('exit', { error: null, summary: { page: 'catalogPage' } })
    opened[0]!.cb.onClosed()
    expect(store.getState().linkOpen).toBe(false)
  })

  it('lists this shift since local midnight, newest first, and adds live sales of today only', async () => {
    const today = new Date(2025, 4, 20, 9).getTime()
    const { store, callsOf } = makeStore({
      'sales.list': () => [sale({ sessionId: 'a', createdAt: today, state: 'succeeded', amount: '0.10' }), sale({ sessionId: 'b', createdAt: today + 60_000, state: 'succeeded', amount: '0.20' })]
    })
    await store.getState().loadShiftSales()
    expect(callsOf('sales.list')).toEqual([{ since: new Date(2025, 4, 20).getTime(), limit: 50 }])
    expect(selectShiftSales(store.getState()).map((s) => s.sessionId)).toEqual(['b', 'a'])
    store.getState().applySales([sale({ sessionId: 'old', createdAt: new Date(2025, 4, 19, 23).getTime() }), sale({ sessionId: 'c', createdAt: today + 120_000, state: 'failed' })])
    expect(selectShiftSales(store.getState()).map((s) => s.sessionId)).toEqual(['c', 'b', 'a'])
    const summary = selectShiftSummary(store.getState())
    expect(summary).toEqual({ count: 3, paidCount: 2, mismatchCount: 0, lateCount: 0, refundedCount: 0, paid: [{ currency: 'USD', amount: '0.3' }] })
    expect(selectShiftSummary(store.getState())).toBe(summary)
    // a sale Mesh reports paid by another amount is not paid: counted apart, out of the total
    const mismatch = { charged: '250.00', currency: 'USD', reported: '0.01', asset: 'USDC', field: 'DestinationAmount' as const }
    store.getState().applySales([sale({ sessionId: 'd', createdAt: today + 180_000, state: 'succeeded', amount: '250.00', amountMismatch: mismatch })])
    expect(selectShiftSummary(store.getState())).toEqual({ count: 4, paidCount: 2, mismatchCount: 1, lateCount: 0, refundedCount: 0, paid: [{ currency: 'USD', amount: '0.3' }] })
  })

  it('shows a sale from the shift in the panel', async () => {
    const { store } = makeStore({ 'sales.list': () => [sale({ sessionId: 'a', createdAt: new Date(2025, 4, 20, 9).getTime() })] })
    await store.getState().loadShiftSales()
    store.getState().showSale('a')
    expect(selectCurrentSale(store.getState())?.sessionId).toBe('a')
  })
})

describe('ledger slice', () => {
  const rows = [row({ transferId: 'c', firstSeenAt: 30 }), row({ transferId: 'b', firstSeenAt: 20 })]

  it('loads, applies live updates and pages on', async () => {
    const { store, callsOf } = makeStore({
      'ledger.list': (q: LedgerQuery): Page<TransferRow> => (q.cursor ? { items: [row({ transferId: 'a', firstSeenAt: 10 })], total: 3, nextCursor: null } : { items: rows, total: 3, nextCursor: 'c1' })
    })
    await store.getState().loadLedger()
    expect(store.getState().ledgerRows.map((r) => r.transferId)).toEqual(['c', 'b'])
    store.getState().applyTransferUpdates([row({ transferId: 'd', firstSeenAt: 40 }), row({ transferId: 'b', firstSeenAt: 20, status: 'succeeded', updatedAt: 5_000 })])
    expect(store.getState().ledgerRows.map((r) => `${r.transferId}:${r.status}`)).toEqual(['d:pending', 'c:pending', 'b:succeeded'])
    expect(store.getState().ledgerTotal).toBe(4)
    await store.getState().loadMoreLedger()
    expect(store.getState().ledgerRows.map((r) => r.transferId)).toEqual(['d', 'c', 'b', 'a'])
    expect(callsOf('ledger.list')[1]).toMatchObject({ cursor: 'c1' })
  })

  it('drops the reply of an older query when filters changed meanwhile', async () => {
    const slow = deferred<Page<TransferRow>>()
    const { store } = makeStore({
      'ledger.list': (q: LedgerQuery) => (q.status === 'failed' ? { items: [row({ transferId: 'f', status: 'failed' })], total: 1, nextCursor: null } : slow.promise)
    })
    const first = store.getState().loadLedger()
    await store.getState().setLedgerFilter({ status: 'failed' })
    slow.resolve({ items: rows, total: 2, nextCursor: null })
    await first
    expect(store.getState().ledgerRows.map((r) => r.transferId)).toEqual(['f'])
  })

  it('shows the error state when the ledger cannot load', async () => {
    const { store } = makeStore({ 'ledger.list': () => ({ ok: false, error: { code: 'OFFLINE', message: 'Cannot reach Countertop' } }) })
    await store.getState().loadLedger()
    expect(store.getState().ledgerStatus).toBe('error')
    expect(store.getState().ledgerError).toBe('Cannot reach Countertop')
  })

  it('exports every row matching the filters, fetching the pages not loaded yet', async () => {
    const { store, callsOf } = makeStore({
      'ledger.list': (q: LedgerQuery): Page<TransferRow> =>
        q.cursor === 'p2' ? { items: [row({ transferId: 'x,2', firstSeenAt: 1 })], total: 2, nextCursor: null } : { items: [row({ transferId: 'x1', firstSeenAt: 2 })], total: 2, nextCursor: 'p2' }
    })
    await store.getState().setLedgerFilter({ status: 'pending', search: 'x1' })
    const file = await store.getState().exportLedger('csv')
    expect(file?.filename).toBe('countertop-ledger-20250520.csv')
    expect(file?.rows).toBe(2)
    const parsed = parseCsv(file!.text)
    expect(parsed.slice(1).map((r) => r[parsed[0]!.indexOf('transferId')])).toEqual(['x1', 'x,2'])
    expect(callsOf('ledger.list').slice(1)).toEqual([
      { limit: 500, includeTests: false, status: 'pending', search: 'x1' },
      { limit: 500, includeTests: false, status: 'pending', search: 'x1', cursor: 'p2' }
    ])
    expect(store.getState().exportProgress).toBeNull()
    const json = await store.getState().exportLedger('json')
    expect(json?.filename).toBe('countertop-ledger-20250520.json')
    expect(JSON.parse(json!.text)).toHaveLength(2)
  })
})

describe('inspector slice', () => {
  it('adds live deliveries that match the verdict filter and counts them', async () => {
    const { store } = makeStore({ 'deliveries.list': () => ({ items: [delivery({ id: 2, verdict: 'signature_invalid', httpStatus: 401 })], total: 1, nextCursor: null }) })
    await store.getState().setVerdictFilter('rejected')
    store.getState().applyDeliveries([delivery({ id: 3 }), delivery({ id: 4, verdict: 'signature_missing', httpStatus: 401 })])
    expect(store.getState().deliveries.map((d) => d.id)).toEqual([4, 2])
    expect(store.getState().deliveriesTotal).toBe(2)
  })

  it('opens a delivery and replays it', async () => {
    const { store, callsOf } = makeStore({
      'deliveries.list': () => ({ items: [delivery({ id: 2 })], total: 1, nextCursor: null }),
      'deliveries.get': () => delivery({ id: 2, body: '{"EventId":"e-1"}' }),
      'deliveries.replay': () => ({ deliveryId: 3, verdict: 'duplicate', httpStatus: 200 })
    })
    await store.getState().loadDeliveries()
    await store.getState().selectDelivery(2)
    expect(store.getState().selectedDelivery?.body).toBe('{"EventId":"e-1"}')
    await store.getState().replayDelivery(2)
    expect(callsOf('deliveries.replay')).toEqual([{ id: 2 }])
    expect(store.getState().replayResult).toEqual({ deliveryId: 3, verdict: 'duplicate', httpStatus: 200 })
  })

  it('sends only the faults that are on, and can clear them', async () => {
    const { store, callsOf } = makeStore({ 'sandbox.setFaults': (a: { faults: unknown }) => ({ faults: a.faults }), 'sandbox.createTransfer': () => ({ transferId: 't9', eventIds: ['e1', 'e2'] }) })
    store.getState().setFaultField('slowFirst', 1)
    store.getState().setFaultField('malformedBody', true)
    await store.getState().applyFaultsToNextSale()
    expect(callsOf('sandbox.setFaults')).toEqual([{ faults: { slowFirst: 1, malformedBody: true } }])
    expect(store.getState().sandboxMessage).toBe('Faults for the next sale: slow first 1, malformed body.')
    store.getState().setTestTransfer({ testOutcome: 'failed', testAmount: '3.00' })
    await store.getState().createTestTransfer()
    expect(callsOf('sandbox.createTransfer')).toEqual([{ amountInFiat: '3.00', outcome: 'failed', faults: { slowFirst: 1, malformedBody: true } }])
    await store.getState().clearNextSaleFaults()
    expect(callsOf('sandbox.setFaults')[1]).toEqual({ faults: null })
    expect(store.getState().faultsForm).toEqual(NO_FAULTS)
  })

  it('clamps fault counts to what the emulator accepts', () => {
    expect(toWebhookFaults({ ...NO_FAULTS, duplicate: 99, badSignature: -3, failFirst: 2.7 })).toEqual({ duplicate: 10, failFirst: 2 })
    expect(describeFaults(null)).toBe('none')
    expect(describeFaults({})).toBe('none')
  })
})

describe('live events into the store', () => {
  it('routes one batch to the ledger, the inspector, the health strip and the counter', async () => {
    const { store } = makeStore({
      'health.get': () => ({ mode: 'emulator', receiverListening: true, webhookUrl: 'http://x/webhooks/mesh', lastDeliveryAt: 1_000, version: '0' }),
      'ledger.list': () => ({ items: [], total: 0, nextCursor: null }),
      'deliveries.list': () => ({ items: [], total: 0, nextCursor: null })
    })
    await Promise.all([store.getState().loadHealth(), store.getState().loadLedger(), store.getState().loadDeliveries()])
    deliverBatch(store, {
      transfers: [row({ transferId: 't' })],
      deliveries: [delivery({ id: 1, receivedAt: 9_000 })],
      sales: [sale({ sessionId: 's', createdAt: Date.now() })]
    })
    const s = store.getState()
    expect(s.ledgerRows.map((r) => r.transferId)).toEqual(['t'])
    expect(s.deliveries.map((d) => d.id)).toEqual([1])
    expect(s.health?.lastDeliveryAt).toBe(9_000)
    expect(s.sales['s']).toBeDefined()
  })
})
