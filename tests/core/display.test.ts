// The customer display's state machine (pure: every transition) and its thin wiring.
import { describe, expect, it } from 'vitest'
import type { DisplayView, SaleState, SaleView } from '../../src/shared/contract'
import { createDisplay, displayStateOf, initialDisplay, nextDisplay, type DisplayState } from '../../src/main/core/display'
import { waitFor } from '../helpers/wait'
import { sale } from '../renderer/fixtures'

const LINK = 'http://127.0.0.1:4555/paylink?linkToken=aHR0cDovL3g%3D'
const RESET = 15_000

/** A display that shows `s` as due (started at t=100). */
function dueWith(s: SaleView, paymentLink: string | null = LINK): DisplayState {
  return nextDisplay(initialDisplay(0, 'Corner Café', 'de-DE'), { type: 'sale', sale: s, at: 100, started: true, paymentLink })
}

describe('displayStateOf: what a sale means for the customer', () => {
  it.each<[SaleState, Partial<SaleView>, DisplayView['state']]>([
    ['waiting', {}, 'due'],
    ['submitted', {}, 'due'],
    ['pending', {}, 'due'],
    ['succeeded', {}, 'paid'],
    ['succeeded', { endReason: 'cancelled', lateTransfer: true }, 'paid'],
    ['succeeded', { amountMismatch: { charged: '12.50', currency: 'USD', reported: '1', asset: 'USDC', field: 'DestinationAmount' } }, 'failed'],
    ['failed', {}, 'failed'],
    ['abandoned', {}, 'cancelled'],
    ['expired', {}, 'cancelled'],
    ['cancelled', {}, 'cancelled'],
    ['waiting', { endReason: 'cancelled' }, 'cancelled']
  ])('%s %o → %s', (state, extra, expected) => {
    expect(displayStateOf(sale({ sessionId: 's', state, ...extra }))).toBe(expected)
  })
})

describe('nextDisplay', () => {
  it('starts idle, with the shop and nothing to pay', () => {
    expect(initialDisplay(5, 'Corner Café', 'de-DE')).toEqual({
      view: { state: 'idle', sessionId: null, charge: null, paymentLink: null, shopName: 'Corner Café', locale: 'de-DE', updatedAt: 5 },
      enteredAt: 5,
      newestSaleAt: null
    })
  })

  it('idle → due when a sale starts, with its charge and Paylink', () => {
    const s = sale({ sessionId: 's1', createdAt: 90, amount: '12.50' })
    expect(dueWith(s).view).toEqual({
      state: 'due',
      sessionId: 's1',
      charge: { amount: '12.50', currency: 'USD', usdAmount: '12.50', rate: null },
      paymentLink: LINK,
      shopName: 'Corner Café',
      locale: 'de-DE',
      updatedAt: 100
    })
  })

  it('idle → due from a sale.updated of a new sale, taking the Paylink from the sale view', () => {
    const next = nextDisplay(initialDisplay(0), { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 50, paymentLink: LINK }), at: 60 })
    expect(next.view).toMatchObject({ state: 'due', sessionId: 's1', paymentLink: LINK })
  })

  it('keeps the Paylink it knows when a later view of the same sale does not carry it', () => {
    const d = dueWith(sale({ sessionId: 's1', createdAt: 90 }))
    const next = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'pending', paymentLink: null }), at: 200 })
    expect(next).toBe(d) // nothing the customer sees changed: nothing to publish
    expect(next.view.paymentLink).toBe(LINK)
  })

  it('shows the charge with its rate for a non-USD sale', () => {
    const charge = { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' }
    expect(dueWith(sale({ sessionId: 's1', charge })).view.charge).toEqual(charge)
  })

  it.each<[SaleState, Partial<SaleView>, DisplayView['state']]>([
    ['succeeded', {}, 'paid'],
    ['failed', {}, 'failed'],
    ['cancelled', { endReason: 'cancelled' }, 'cancelled'],
    ['abandoned', { endReason: 'abandoned' }, 'cancelled'],
    ['expired', { endReason: 'expired' }, 'cancelled']
  ])('due → %s when the sale.updated says so', (state, extra, expected) => {
    const d = dueWith(sale({ sessionId: 's1', createdAt: 90 }))
    const next = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state, ...extra }), at: 500 })
    expect(next.view).toMatchObject({ state: expected, sessionId: 's1', paymentLink: LINK, updatedAt: 500 })
    expect(next.enteredAt).toBe(500)
  })

  it('due stays due through pending (and updates nothing)', () => {
    const d = dueWith(sale({ sessionId: 's1', createdAt: 90 }))
    expect(nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'submitted' }), at: 300 })).toBe(d)
  })

  it('cancelled → paid when the customer paid after all (paid after cancel)', () => {
    const d = dueWith(sale({ sessionId: 's1', createdAt: 90 }))
    const cancelled = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'cancelled', endReason: 'cancelled' }), at: 300 })
    const paid = nextDisplay(cancelled, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'succeeded', endReason: 'cancelled', lateTransfer: true }), at: 400 })
    expect(paid.view.state).toBe('paid')
  })

  it('paid stays paid for its sale', () => {
    const d = dueWith(sale({ sessionId: 's1', createdAt: 90 }))
    const paid = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'succeeded' }), at: 300 })
    expect(nextDisplay(paid, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'pending' }), at: 400 })).toBe(paid)
  })

  it.each(['paid', 'failed', 'cancelled'] as const)('%s → idle once the delay has passed, not before', (final) => {
    const state: SaleState = final === 'paid' ? 'succeeded' : final === 'failed' ? 'failed' : 'cancelled'
    const d = nextDisplay(dueWith(sale({ sessionId: 's1', createdAt: 90 })), { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state }), at: 1_000 })
    expect(d.view.state).toBe(final)
    expect(nextDisplay(d, { type: 'tick', at: 1_000 + RESET - 1 }, RESET)).toBe(d)
    const idle = nextDisplay(d, { type: 'tick', at: 1_000 + RESET }, RESET)
    expect(idle.view).toEqual({ state: 'idle', sessionId: null, charge: null, paymentLink: null, shopName: 'Corner Café', locale: 'de-DE', updatedAt: 1_000 + RESET })
  })

  it('due never times out on its own (the sale expires through sale.updated)', () => {
    const d = dueWith(sale({ sessionId: 's1', createdAt: 90 }))
    expect(nextDisplay(d, { type: 'tick', at: 10 * RESET }, RESET)).toBe(d)
  })

  it.each(['due', 'paid', 'failed', 'cancelled', 'idle'] as const)('%s → due for a new, newer sale', (from) => {
    let d = dueWith(sale({ sessionId: 's1', createdAt: 90 }))
    if (from === 'paid') d = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'succeeded' }), at: 200 })
    if (from === 'failed') d = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'failed' }), at: 200 })
    if (from === 'cancelled') d = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'cancelled' }), at: 200 })
    if (from === 'idle') d = nextDisplay(nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'succeeded' }), at: 200 }), { type: 'tick', at: 200 + RESET }, RESET)
    expect(d.view.state).toBe(from)
    const next = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's2', createdAt: 300, amount: '4.00' }), at: 300 + RESET })
    expect(next.view).toMatchObject({ state: 'due', sessionId: 's2', paymentLink: null, charge: { amount: '4.00' } })
  })

  it('ignores a late update of an older sale (it never takes the display back)', () => {
    const d = dueWith(sale({ sessionId: 's2', createdAt: 300 }))
    expect(nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'succeeded' }), at: 400 })).toBe(d)
    const idle = nextDisplay(nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's2', createdAt: 300, state: 'failed' }), at: 500 }), { type: 'tick', at: 500 + RESET }, RESET)
    expect(idle.view.state).toBe('idle')
    expect(nextDisplay(idle, { type: 'sale', sale: sale({ sessionId: 's2', createdAt: 300, state: 'failed' }), at: 600 + RESET })).toBe(idle)
  })

  it('a sale the counter starts takes the display whatever came before', () => {
    const d = dueWith(sale({ sessionId: 's2', createdAt: 300 }))
    const next = nextDisplay(d, { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90 }), at: 400, started: true, paymentLink: null })
    expect(next.view).toMatchObject({ state: 'due', sessionId: 's1' })
  })

  it('follows the shop name and locale without restarting the reset delay', () => {
    const d = nextDisplay(dueWith(sale({ sessionId: 's1', createdAt: 90 })), { type: 'sale', sale: sale({ sessionId: 's1', createdAt: 90, state: 'succeeded' }), at: 1_000 })
    const renamed = nextDisplay(d, { type: 'shop', shopName: 'Eckcafé', locale: null, at: 2_000 })
    expect(renamed.view).toMatchObject({ state: 'paid', shopName: 'Eckcafé', locale: null, updatedAt: 2_000 })
    expect(nextDisplay(renamed, { type: 'shop', shopName: 'Eckcafé', locale: null, at: 3_000 })).toBe(renamed)
    expect(nextDisplay(renamed, { type: 'tick', at: 1_000 + RESET }, RESET).view.state).toBe('idle')
  })
})

describe('createDisplay (wiring)', () => {
  function wired(resetAfterMs = 60_000, sales: Record<string, SaleView> = {}) {
    const published: DisplayView[] = []
    const d = createDisplay({
      now: () => Date.now(),
      resetAfterMs,
      shop: () => Promise.resolve({ shopName: 'Corner Café', locale: 'en-GB' }),
      getSale: (id) => Promise.resolve(sales[id] ?? null),
      publish: (v) => published.push(v)
    })
    return { d, published }
  }

  it('publishes each change once, in order, and goes back to idle on its own', async () => {
    const { d, published } = wired(50)
    try {
      const t = Date.now()
      await d.saleStarted(sale({ sessionId: 's1', createdAt: t }), LINK)
      await d.onSale(sale({ sessionId: 's1', createdAt: t, state: 'pending' }))
      await d.onSale(sale({ sessionId: 's1', createdAt: t, state: 'succeeded' }))
      await waitFor(() => published.at(-1)?.state === 'idle', { what: 'the display to go back to idle' })
      expect(published.map((v) => [v.state, v.shopName, v.paymentLink])).toEqual([
        ['idle', 'Corner Café', null],
        ['due', 'Corner Café', LINK],
        ['paid', 'Corner Café', LINK],
        ['idle', 'Corner Café', null]
      ])
    } finally {
      d.close()
    }
  })

  it('display.get catches up with a sale whose update nobody heard', async () => {
    const t = Date.now()
    const sales: Record<string, SaleView> = {}
    const { d } = wired(60_000, sales)
    try {
      await d.onSale(sale({ sessionId: 's1', createdAt: t, paymentLink: LINK }))
      sales.s1 = sale({ sessionId: 's1', createdAt: t, state: 'succeeded' })
      expect(await d.get()).toMatchObject({ state: 'paid', sessionId: 's1', paymentLink: LINK, shopName: 'Corner Café', locale: 'en-GB' })
    } finally {
      d.close()
    }
  })
})
