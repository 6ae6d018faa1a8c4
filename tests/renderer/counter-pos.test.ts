// The counter as a point of sale, below the UI: how a sale is shown (both amounts, late
// payments, the token's time), and how the counter slice charges, cancels, and ends a sale when
// Link closes — in the order the server must hear it.
import { describe, expect, it, vi } from 'vitest'
import type { CounterSettings, IntegrationAccessToken, SaleView } from '../../src/shared/contract'
import {
  canCancelSale,
  describeCharge,
  latePaid,
  linkCloseEnds,
  mergeSale,
  previewCharge,
  saleDisplayStatus,
  saleRank,
  tokenRemaining,
  transferAttempted
} from '../../src/renderer/src/lib/saleState'
import { createAppStore } from '../../src/renderer/src/store'
import { selectShiftSummary } from '../../src/renderer/src/store/selectors'
import type { LinkCallbacks, LinkLauncher } from '../../src/renderer/src/store/types'
import { fakeBridge } from './fakes'
import { row, sale } from './fixtures'

const usdSettings: CounterSettings = {
  mode: 'emulator',
  currency: 'USD',
  payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x1' }],
  defaultAsset: 'USDC',
  defaultNetwork: 'Ethereum',
  locale: 'en-US',
  fxRate: null,
  chargeBlocked: null,
  saleLimit: null,
  shop: { name: '', address: '' },
  paidSound: false,
  notifications: false
}
const eur = { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' }

describe('how the counter shows a sale', () => {
  it('shows both amounts for another currency: €10.00 ≈ $10.87 at 1.087', () => {
    expect(describeCharge(eur, 'en-US')).toBe('€10.00 ≈ $10.87 at 1.087')
    expect(describeCharge({ amount: '12.5', currency: 'USD', usdAmount: '12.5', rate: null }, 'en-US')).toBe('$12.50')
    expect(describeCharge(eur, 'de-DE')).toBe('10,00\u00a0€ ≈ 10,87\u00a0$ at 1,087')
  })

  it('previews the charge with the core rule (half-up to cents), and none without a rate', () => {
    expect(previewCharge('10.00', { currency: 'EUR', fxRate: '1.087' })).toEqual(eur)
    expect(previewCharge('0.05', { currency: 'EUR', fxRate: '1.09' })).toEqual({ amount: '0.05', currency: 'EUR', usdAmount: '0.05', rate: '1.09' })
    expect(previewCharge('12', { currency: 'USD', fxRate: null })).toEqual({ amount: '12', currency: 'USD', usdAmount: '12', rate: null })
    expect(previewCharge('10', { currency: 'EUR', fxRate: null })).toBeNull()
  })

  it('flags a payment that arrived after the counter ended the sale, by how it ended', () => {
    const paid = row({ transferId: 't', status: 'succeeded', isFinal: true })
    expect(latePaid(sale({ sessionId: 'a', state: 'cancelled', endReason: 'cancelled', lateTransfer: true, transfer: paid }))?.label).toBe('Paid after cancel')
    expect(latePaid(sale({ sessionId: 'b', state: 'expired', endReason: 'expired', lateTransfer: true, transfer: paid }))?.label).toBe('Paid after expiry')
    expect(latePaid(sale({ sessionId: 'c', state: 'abandoned', endReason: 'abandoned', lateTransfer: true, transfer: paid }))?.label).toBe('Paid after abandon')
    // A late transfer that is only pending, or failed, is no payment.
    expect(latePaid(sale({ sessionId: 'd', state: 'cancelled', endReason: 'cancelled', lateTransfer: true, transfer: row({ transferId: 't2' }) }))).toBeNull()
    expect(latePaid(sale({ sessionId: 'e', state: 'succeeded', lateTransfer: false, transfer: paid }))).toBeNull()
  })

  it('never shows a late payment as a plain green paid', () => {
    const paid = row({ transferId: 't', status: 'succeeded', isFinal: true })
    for (const state of ['cancelled', 'succeeded'] as const) {
      const st = saleDisplayStatus(sale({ sessionId: 'a', state, endReason: 'cancelled', lateTransfer: true, transfer: paid }))
      expect(st.label).toBe('Paid after cancel')
      expect(st.tone).toBe('warning')
      expect(st.detail).toMatch(/hand over the goods, or refund/)
    }
    expect(saleDisplayStatus(sale({ sessionId: 'b', state: 'cancelled', endReason: 'cancelled' })).label).toBe('Cancelled')
  })

  it('counts a late payment as paid in the shift summary, and says how many were late', () => {
    const { bridge } = fakeBridge({})
    const store = createAppStore({ bridge, link: { open: async () => {}, close: () => {} }, now: () => new Date(2025, 4, 20, 14).getTime() })
    const at = new Date(2025, 4, 20, 13).getTime()
    const paid = row({ transferId: 't', status: 'succeeded', isFinal: true })
    store.getState().applySales([
      sale({ sessionId: 'a', createdAt: at, state: 'succeeded', amount: '2.00', transfer: paid }),
      sale({ sessionId: 'b', createdAt: at + 1, state: 'cancelled', endReason: 'cancelled', lateTransfer: true, amount: '3.00', transfer: paid }),
      sale({ sessionId: 'c', createdAt: at + 2, state: 'cancelled', endReason: 'cancelled', amount: '4.00' })
    ])
    expect(selectShiftSummary(store.getState())).toEqual({ count: 3, paidCount: 2, mismatchCount: 0, lateCount: 1, refundedCount: 0, paid: [{ currency: 'USD', amount: '5' }] })
  })

  it('offers Cancel only while the sale waits for the customer', () => {
    expect(canCancelSale(sale({ sessionId: 'a', state: 'waiting' }))).toBe(true)
    for (const state of ['submitted', 'pending', 'succeeded', 'failed', 'abandoned', 'expired', 'cancelled'] as const) expect(canCancelSale(sale({ sessionId: 'a', state }))).toBe(false)
    expect(canCancelSale(sale({ sessionId: 'a', state: 'waiting', endReason: 'cancelled' }))).toBe(false)
  })

  it('counts down the link token while the sale waits', () => {
    const s = sale({ sessionId: 'a', state: 'waiting', tokenExpiresAt: 600_000 })
    expect(tokenRemaining(s, 18_000)).toBe(582_000)
    expect(tokenRemaining(s, 700_000)).toBe(0)
    expect(tokenRemaining({ ...s, state: 'pending' }, 18_000)).toBeNull()
    expect(tokenRemaining({ ...s, tokenExpiresAt: null }, 18_000)).toBeNull()
  })

  it('keeps a cancelled sale over a stale waiting view, and lets the webhook outrank it', () => {
    expect(saleRank('cancelled')).toBe(saleRank('abandoned'))
    const cancelled = sale({ sessionId: 's', state: 'cancelled', endReason: 'cancelled' })
    expect(mergeSale(cancelled, sale({ sessionId: 's', state: 'waiting' }))).toBe(cancelled)
    const paid = sale({ sessionId: 's', state: 'succeeded' })
    expect(mergeSale(cancelled, paid)).toBe(paid)
  })

  it('takes a late transfer’s progress over its timestamp (counters stamp rows with their own clocks)', () => {
    const ended = { sessionId: 's', state: 'expired' as const, endReason: 'expired' as const, lateTransfer: true }
    const pending = sale({ ...ended, transfer: row({ transferId: 't', status: 'pending', isFinal: false, eventCount: 1, updatedAt: 9_000 }) })
    // Written by a counter whose clock is behind: an older updatedAt, yet the final word.
    const paid = sale({ ...ended, transfer: row({ transferId: 't', status: 'succeeded', isFinal: true, eventCount: 2, updatedAt: 2_000 }) })
    expect(mergeSale(pending, paid)).toBe(paid)
    expect(mergeSale(paid, pending)).toBe(paid)
    // Same progress: the later update wins.
    const again = sale({ ...ended, transfer: row({ transferId: 't', status: 'succeeded', isFinal: true, eventCount: 2, updatedAt: 3_000 }) })
    expect(mergeSale(paid, again)).toBe(again)
  })

  it('keeps the counter end (endReason) over a same-rank view that has not heard of it', () => {
    const cancelled = sale({ sessionId: 's', state: 'cancelled', endReason: 'cancelled', endedAt: 5 })
    expect(mergeSale(cancelled, sale({ sessionId: 's', state: 'abandoned' }))).toBe(cancelled)
  })

  it('tells a Link closed with nothing attempted (abandoned) from one where the customer tried to pay', () => {
    expect(linkCloseEnds({ state: 'waiting', events: ['pageLoaded', 'integrationSelected'], exitPage: 'catalogPage', transferId: null })).toBe(true)
    expect(linkCloseEnds({ state: 'waiting', events: [], exitPage: null, transferId: null })).toBe(true)
    expect(linkCloseEnds({ state: 'waiting', events: ['transferExecutionError'], exitPage: 'transferExecutionErrorPage', transferId: null })).toBe(false)
    expect(linkCloseEnds({ state: 'waiting', events: [], exitPage: 'transferExecutedPage', transferId: null })).toBe(false)
    expect(linkCloseEnds({ state: 'submitted', events: [], exitPage: null, transferId: null })).toBe(false)
    expect(transferAttempted({ events: [], exitPage: null, transferId: 'tr-1' })).toBe(true)
    expect(transferAttempted({ events: ['transferFinished'], exitPage: null, transferId: null })).toBe(true)
  })
})

/** A launcher that behaves like the real one: closeLink() fires exit, then the overlay is gone. */
function sdkLikeLink() {
  const opened: { linkToken: string; accessTokens: IntegrationAccessToken[] | undefined; cb: LinkCallbacks }[] = []
  let open = false
  const fire = (type: string, payload: unknown) => opened[opened.length - 1]!.cb.onSdkEvent(type, payload)
  const closeWith = (summary: unknown) => {
    if (!open) return
    open = false
    fire('exit', { error: null, summary })
    opened[opened.length - 1]!.cb.onClosed()
  }
  const link: LinkLauncher = {
    async open(linkToken, accessTokens, cb) {
      open = true
      opened.push({ linkToken, accessTokens, cb })
    },
    close: () => closeWith(null)
  }
  return { link, opened, fire, closeFromLink: closeWith, escape: () => opened[opened.length - 1]!.cb.onEscape?.() }
}

function counter(settings: CounterSettings, extra: Record<string, (a: never) => unknown> = {}) {
  const started = (amount: string) => ({
    sessionId: 's1',
    transactionId: 'ct_1',
    linkToken: 'aHR0cDovL2xpbms=',
    sale: sale({ sessionId: 's1', state: 'waiting', amount, currency: settings.currency, createdAt: new Date(2025, 4, 20, 13).getTime() })
  })
  // Like the core: an exit with no transfer derives "abandoned"; a sale the counter ended stays ended.
  let ended: SaleView | null = null
  const b = fakeBridge({
    'counter.settings': () => settings,
    'sales.start': (a: { amount: string }) => started(a.amount),
    'sales.recordSdkEvent': (a: { type: string }) => ended ?? sale({ sessionId: 's1', state: a.type === 'exit' ? 'abandoned' : 'waiting' }),
    'sales.end': (a: { reason: 'cancelled' | 'abandoned' }) => (ended = sale({ sessionId: 's1', state: a.reason, endReason: a.reason, endedAt: 5_000 })),
    'sales.get': () => sale({ sessionId: 's1', state: 'expired', endReason: 'expired' }),
    ...extra
  })
  const l = sdkLikeLink()
  const store = createAppStore({ bridge: b.bridge, link: l.link, now: () => new Date(2025, 4, 20, 14).getTime() })
  /** Commands the server heard after loading, with the SDK event or end reason. */
  const heard = () =>
    b.calls
      .filter((c) => c.name === 'sales.recordSdkEvent' || c.name === 'sales.end')
      .map((c) => `${c.name}:${(c.args as { type?: string; reason?: string }).type ?? (c.args as { reason?: string }).reason}`)
  return { store, ...b, ...l, heard }
}

async function chargeNow(c: ReturnType<typeof counter>, amount: string) {
  await c.store.getState().loadCounterSettings()
  c.store.getState().setSaleField('amount', amount)
  await c.store.getState().charge()
}

describe('charging at the counter', () => {
  it('sends the canonical amount typed the locale way', async () => {
    const c = counter({ ...usdSettings, currency: 'EUR', locale: 'de-DE', fxRate: '1.087' })
    await chargeNow(c, '1.234,50')
    expect(c.callsOf('sales.start')).toEqual([{ amount: '1234.50', asset: 'USDC', network: 'Ethereum' }])
  })

  it('keeps the typed amount and says why when it is above the per-sale limit', async () => {
    const c = counter({ ...usdSettings, saleLimit: '500' })
    await chargeNow(c, '750')
    expect(c.store.getState().amountError).toBe('Above the per-sale limit of $500.00. A manager can change the limit in Settings.')
    expect(c.store.getState().saleForm.amount).toBe('750')
    expect(c.callsOf('sales.start')).toEqual([])
  })

  it('does not start a sale while charging is blocked, and says why', async () => {
    const reason = 'No EUR rate is set: a manager can add one in Settings.'
    const c = counter({ ...usdSettings, currency: 'EUR', chargeBlocked: reason })
    await chargeNow(c, '10')
    expect(c.store.getState().chargeError).toBe(reason)
    expect(c.callsOf('sales.start')).toEqual([])
  })

  it('shows the server refusal of an amount next to the Amount field', async () => {
    const c = counter(usdSettings, { 'sales.start': () => ({ ok: false, error: { code: 'SALE_LIMIT_EXCEEDED', message: 'Above the per-sale limit of $100.00.' } }) })
    await chargeNow(c, '150')
    expect(c.store.getState().amountError).toBe('Above the per-sale limit of $100.00.')
    expect(c.store.getState().chargeError).toBeNull()
  })
})

describe('ending a sale at the counter', () => {
  it('Cancel while Link is open: the server hears "cancelled" before Link exits, and nothing abandons it', async () => {
    const c = counter(usdSettings)
    await chargeNow(c, '5')
    c.fire('pageLoaded', null)
    await c.store.getState().cancelSale('s1')
    await vi.waitFor(() => expect(c.heard()).toEqual(['sales.recordSdkEvent:pageLoaded', 'sales.end:cancelled', 'sales.recordSdkEvent:exit']))
    expect(c.store.getState().linkOpen).toBe(false)
    expect(c.store.getState().sales['s1']!.state).toBe('cancelled')
    expect(c.store.getState().endError).toBeNull()
  })

  it('Escape on the overlay abandons a sale with nothing attempted, before Link exits', async () => {
    const c = counter(usdSettings)
    await chargeNow(c, '5')
    c.escape()
    await vi.waitFor(() => expect(c.heard()).toEqual(['sales.end:abandoned', 'sales.recordSdkEvent:exit']))
    expect(c.store.getState().linkOpen).toBe(false)
    await vi.waitFor(() => expect(c.store.getState().sales['s1']!.endReason).toBe('abandoned'))
  })

  it('Escape after the customer approved only closes Link: Mesh settles that sale', async () => {
    const c = counter(usdSettings)
    await chargeNow(c, '5')
    c.fire('transferFinished', { status: 'success', transferId: 'tr-1' })
    c.escape()
    await vi.waitFor(() => expect(c.heard()).toEqual(['sales.recordSdkEvent:transferFinished', 'sales.recordSdkEvent:exit']))
    expect(c.callsOf('sales.end')).toEqual([])
  })

  it('Link closed from its own UI: the exit is recorded, and a core that concluded "abandoned" is not asked again', async () => {
    const c = counter(usdSettings)
    await chargeNow(c, '5')
    c.closeFromLink({ page: 'catalogPage' })
    await vi.waitFor(() => expect(c.store.getState().sales['s1']!.state).toBe('abandoned'))
    expect(c.heard()).toEqual(['sales.recordSdkEvent:exit'])
  })

  it('Link closed from its own UI with nothing attempted, sale still waiting after the exit: abandoned with sales.end', async () => {
    const c = counter(usdSettings, { 'sales.recordSdkEvent': () => sale({ sessionId: 's1', state: 'waiting' }) })
    await chargeNow(c, '5')
    c.closeFromLink({ page: 'catalogPage' })
    await vi.waitFor(() => expect(c.heard()).toEqual(['sales.recordSdkEvent:exit', 'sales.end:abandoned']))
    await vi.waitFor(() => expect(c.store.getState().sales['s1']!.endReason).toBe('abandoned'))
  })

  it('a declined payment is not abandoned when Link closes (the failed webhook decides)', async () => {
    const c = counter(usdSettings, { 'sales.recordSdkEvent': () => sale({ sessionId: 's1', state: 'waiting' }) })
    await chargeNow(c, '5')
    c.fire('transferExecutionError', { errorMessage: 'declined' })
    c.closeFromLink({ page: 'transferExecutionErrorPage', errorMessage: 'declined' })
    await vi.waitFor(() => expect(c.heard()).toEqual(['sales.recordSdkEvent:transferExecutionError', 'sales.recordSdkEvent:exit']))
    expect(c.callsOf('sales.end')).toEqual([])
  })

  it('a sale the server already ended shows what the server has, without an error', async () => {
    const c = counter(usdSettings, { 'sales.end': () => ({ ok: false, error: { code: 'SALE_ENDED', message: 'That sale has already ended (expired).' } }) })
    await chargeNow(c, '5')
    await c.store.getState().cancelSale('s1')
    await vi.waitFor(() => expect(c.store.getState().sales['s1']!.state).toBe('expired'))
    expect(c.store.getState().endError).toBeNull()
  })

  it('says when the sale could not be cancelled', async () => {
    const c = counter(usdSettings, { 'sales.end': () => ({ ok: false, error: { code: 'INTERNAL', message: 'Countertop hit an unexpected error.' } }) })
    await chargeNow(c, '5')
    await c.store.getState().cancelSale('s1')
    expect(c.store.getState().endError).toBe('Could not cancel the sale: Countertop hit an unexpected error.')
  })

  it('closes Link when the core expires its sale, without ending it again', async () => {
    const c = counter(usdSettings)
    await chargeNow(c, '5')
    c.store.getState().applySales([sale({ sessionId: 's1', state: 'expired', endReason: 'expired', sdkEvents: [{ id: 1, at: 1, type: 'pageLoaded', payload: null }] })])
    expect(c.store.getState().linkOpen).toBe(false)
    await vi.waitFor(() => expect(c.heard()).toEqual(['sales.recordSdkEvent:exit']))
    expect(c.callsOf('sales.end')).toEqual([])
  })

  it('does not cancel twice when Cancel is pressed again', async () => {
    const c = counter(usdSettings)
    await chargeNow(c, '5')
    await Promise.all([c.store.getState().cancelSale('s1'), c.store.getState().cancelSale('s1')])
    expect(c.callsOf('sales.end')).toEqual([{ sessionId: 's1', reason: 'cancelled' }])
  })
})
