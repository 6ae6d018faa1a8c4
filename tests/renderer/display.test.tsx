// The customer display's screen (rendered to markup, as React would), its store, and the
// console's "Customer display" action.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { DisplayOpenResult, DisplayView, Envelope } from '../../src/shared/contract'
import { DisplayScreen } from '../../src/renderer/src/display/DisplayScreen'
import { createDisplayStore, newerView } from '../../src/renderer/src/display/store'
import { createAppStore } from '../../src/renderer/src/store'
import type { Bridge } from '../../src/renderer/src/bridge/types'

const NBSP = '\u00a0'

function view(p: Partial<DisplayView>): DisplayView {
  return { state: 'idle', sessionId: null, charge: null, paymentLink: null, shopName: '', locale: 'en-US', updatedAt: 1, ...p }
}

function render(v: DisplayView | null, extra: Partial<ReturnType<ReturnType<typeof createDisplayStore>['getState']>> = {}): string {
  const store = createDisplayStore({ view: v, status: v ? 'ready' : 'loading', ...extra })
  return renderToStaticMarkup(<DisplayScreen store={store} />)
}

describe('the customer display screen', () => {
  it('welcomes by shop name when idle', () => {
    expect(render(view({ shopName: 'Corner Café' }))).toContain('Welcome to Corner Café')
    expect(render(view({}))).toContain('>Welcome</h1>')
  })

  it('shows the amount in the merchant’s locale, and the US dollars Mesh charges when there is a rate', () => {
    const html = render(
      view({ state: 'due', sessionId: 's', locale: 'de-DE', shopName: 'Eckcafé', charge: { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' } })
    )
    expect(html).toContain(`data-testid="display-amount">10,00${NBSP}€</p>`)
    expect(html).toContain(`data-testid="display-usd">10,87${NBSP}$ charged in US dollars</p>`)
    expect(html).toContain('Eckcafé')
    expect(html).toContain('Please pay at the counter.')
    expect(html).not.toContain('paylink-qr')
  })

  it('shows one amount for a USD sale, and the QR code with the link text below it for a Paylink', () => {
    const link = 'http://127.0.0.1:4555/paylink?linkToken=aHR0cDovL3g%3D'
    const html = render(view({ state: 'due', sessionId: 's', charge: { amount: '12.50', currency: 'USD', usdAmount: '12.50', rate: null }, paymentLink: link }))
    expect(html).toContain('data-testid="display-amount">$12.50</p>')
    expect(html).not.toContain('display-usd')
    expect(html).toMatch(/<svg data-testid="paylink-qr" role="img" aria-label="QR code of the payment link" viewBox="0 0 (\d+) \1"/)
    expect(html).toMatch(/<path d="M4 4h7v1h-7z/) // the finder pattern's top row starts at the quiet zone
    expect(html).toContain(`data-testid="paylink-text">${link.replace(/&/g, '&amp;')}</code>`)
  })

  it.each([
    ['paid', 'Thank you — paid'],
    ['failed', 'Payment not completed'],
    ['cancelled', 'Payment cancelled']
  ] as const)('says %s plainly', (state, title) => {
    const html = render(view({ state, sessionId: 's', charge: { amount: '3.00', currency: 'USD', usdAmount: '3.00', rate: null } }))
    expect(html).toContain(`<h1 class="display-title">${title}</h1>`)
    expect(html).toContain('$3.00')
  })

  it('has a loading, an error and a reconnecting state', () => {
    expect(render(null)).toContain('Connecting…')
    expect(render(null, { status: 'error', error: 'A valid console token is required.' })).toContain('The customer display cannot start: A valid console token is required.')
    expect(render(view({}), { stream: 'closed' })).toContain('Reconnecting…')
  })

  it('keeps the newer of two views', () => {
    const a = view({ state: 'due', updatedAt: 10 })
    const b = view({ state: 'paid', updatedAt: 20 })
    expect(newerView(b, a)).toBe(b)
    expect(newerView(a, b)).toBe(b)
    expect(newerView(null, a)).toBe(a)
  })
})

describe('opening the customer display from the console', () => {
  function storeAnswering(reply: Envelope<DisplayOpenResult>) {
    const bridge: Bridge = { kind: 'http', invoke: (() => Promise.resolve(reply)) as Bridge['invoke'], subscribe: () => () => {} }
    return createAppStore({ bridge, link: { open: async () => {}, close: () => {} }, now: () => 0 })
  }

  it('opens the URL the host gives (headless)', async () => {
    const opened: string[] = []
    const store = storeAnswering({ ok: true, value: { url: '/display?token=abc', opened: false } })
    await store.getState().openCustomerDisplay((u) => opened.push(u))
    expect(opened).toEqual(['/display?token=abc'])
    expect(store.getState().displayOpen).toEqual({ status: 'idle', error: null })
  })

  it('opens nothing itself when the app opened its own window', async () => {
    const opened: string[] = []
    const store = storeAnswering({ ok: true, value: { url: null, opened: true } })
    await store.getState().openCustomerDisplay((u) => opened.push(u))
    expect(opened).toEqual([])
  })

  it('says why when it cannot', async () => {
    const store = storeAnswering({ ok: false, error: { code: 'OFFLINE', message: 'Cannot reach Countertop: connection refused' } })
    await store.getState().openCustomerDisplay(() => {})
    expect(store.getState().displayOpen).toEqual({ status: 'error', error: 'Cannot reach Countertop: connection refused' })
  })
})
