// Every onEvent key of the installed Web Link SDK has its handling at the counter
// (src/renderer/src/lib/sdkEvents.ts), and the counter says what a cashier needs: a hint to pass
// on while the sale keeps waiting, a progress line, "Declined by Coinbase" as the end of the sale
// (never an error, never "abandoned"), "Sending manually" that closing Link does not abandon, and
// an account only linked for later. The key list is the SDK's own, read from node_modules.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { SaleView, SdkEventRow } from '../../src/shared/contract'
import { LinkBarContent } from '../../src/renderer/src/features/counter/LinkBar'
import { SalePanel } from '../../src/renderer/src/features/counter/SalePanel'
import { decideCues } from '../../src/renderer/src/lib/cues'
import { linkCloseEnds, mergeSale, saleDisplayStatus, saleSteps, transferAttempted } from '../../src/renderer/src/lib/saleState'
import { CALLBACK_HANDLING, SDK_EVENT_HANDLING, cashierNote, sdkEventHandling, sdkEventKind, sendsManually, type SdkEventKind } from '../../src/renderer/src/lib/sdkEvents'
import type { AppStore } from '../../src/renderer/src/store'
import { StoreProvider } from '../../src/renderer/src/store/react'
import { sdkEventKeys } from '../helpers/sdk-keys'
import { makeStore } from './fakes'
import { row, sale } from './fixtures'

const SDK = sdkEventKeys()

/**
 * What each key must do for the cashier, written out from the brief (issue 14 item 7), not read
 * from the table: a new SDK key fails here until someone decides what it means at the counter.
 */
const EXPECTED: Record<string, SdkEventKind> = {
  integrationConnected: 'step', // with delayedAuth: linkOnly (below)
  integrationConnectionError: 'note',
  integrationMfaRequired: 'step',
  integrationMfaEntered: 'step',
  integrationOAuthStarted: 'step',
  integrationAccountSelectionRequired: 'step',
  transferCompleted: 'submitted',
  integrationSelected: 'step',
  credentialsEntered: 'step',
  transferStarted: 'step',
  transferPreviewed: 'step',
  transferPreviewError: 'hint',
  transferExecutionError: 'declined',
  transferConfigureError: 'hint',
  pageLoaded: 'passive',
  transferAssetSelected: 'step',
  transferNetworkSelected: 'step',
  transferAmountEntered: 'step',
  transferMfaRequired: 'step',
  transferMfaEntered: 'step',
  transferKycRequired: 'hint',
  transferExecuted: 'submitted',
  transferInitiated: 'submitted',
  transferNoEligibleAssets: 'hint',
  walletMessageSigned: 'step',
  verifyDonePage: 'step',
  verifyWalletRejected: 'note',
  connectionDeclined: 'hint',
  connectionUnavailable: 'hint',
  transferDeclined: 'declined',
  done: 'exit',
  close: 'exit',
  SDKinjectedWalletProviders: 'passive',
  legalTermsViewed: 'passive',
  seeWhatHappenedClicked: 'passive',
  executeFundingStep: 'step', // with an errorMessage: hint (below)
  fundingOptionsUpdated: 'step',
  fundingOptionsViewed: 'step',
  gasIncreaseWarning: 'step',
  linkTransferQRGenerated: 'manual',
  methodSelected: 'step',
  defiWalletError: 'hint',
  homePageLoaded: 'passive'
}

let nextId = 1
const ev = (type: string, payload: unknown = null): SdkEventRow => ({ id: nextId++, at: 1_000 + nextId, type, payload })
const selected = (name: string) => ev('integrationSelected', { integrationType: name.toLowerCase(), integrationName: name })
const waiting = (...sdkEvents: SdkEventRow[]): SaleView => sale({ sessionId: 's1', state: 'waiting', sdkEvents })
const noteOf = (...events: SdkEventRow[]) => cashierNote(waiting(...events))

describe(`the counter's handling of every onEvent key of @meshconnect/web-link-sdk ${SDK.version}`, () => {
  it('reads the SDK’s own key list', () => {
    expect(SDK.keys.length).toBeGreaterThan(40)
    expect(new Set(SDK.keys).size).toBe(SDK.keys.length)
    for (const k of SDK.keys) expect(SDK.isKey(k), k).toBe(true)
  })

  it.each(SDK.keys)('handles %s the way the counter needs', (key) => {
    expect(Object.keys(SDK_EVENT_HANDLING), `no handling entry for "${key}" in lib/sdkEvents.ts`).toContain(key)
    expect(EXPECTED[key], `"${key}" is new in the SDK: decide what it means at the counter, here and in lib/sdkEvents.ts`).toBeDefined()
    expect(sdkEventKind(key, null)).toBe(EXPECTED[key])
    // Any payload, even none or a wrong one, gives words or nothing, never an exception.
    const text = sdkEventHandling(key).text
    for (const p of [null, {}, { integrationName: 42 }, 'x', []]) {
      const t = text?.(p, { exchange: null, asset: 'USDC' }) ?? null
      if (t !== null) expect(t).toMatch(/^\S.*[.!?]$/)
    }
  })

  it('has no entry for a key the SDK does not declare (beyond our own callback names)', () => {
    expect(Object.keys(SDK_EVENT_HANDLING).filter((k) => !SDK.keys.includes(k))).toEqual([])
    expect(Object.keys(CALLBACK_HANDLING).sort()).toEqual(['exit', 'transferFinished'])
    expect(sdkEventKind('transferFinished', { status: 'success' })).toBe('submitted')
    expect(sdkEventKind('somethingNew', {})).toBe('passive')
  })

  it('reads the payload where it changes the meaning: delayed authentication, a failed funding step', () => {
    expect(sdkEventKind('integrationConnected', { accessToken: { brokerName: 'Coinbase', accountTokens: [] } })).toBe('step')
    expect(sdkEventKind('integrationConnected', { delayedAuth: { brokerName: 'Robinhood', brokerType: 'robinhood', refreshToken: 'x' } })).toBe('linkOnly')
    expect(sdkEventKind('executeFundingStep', { cryptocurrencyFundingOptionType: 'cryptocurrencyConversion', status: 'completed' })).toBe('step')
    expect(sdkEventKind('executeFundingStep', { cryptocurrencyFundingOptionType: 'cryptocurrencyConversion', status: 'failed', errorMessage: 'Market closed' })).toBe('hint')
  })
})

describe('the cashier’s note', () => {
  it('passes on an unavailable exchange as a hint; the sale keeps waiting; the next exchange replaces it', () => {
    const unavailable = [selected('Binance'), ev('connectionUnavailable', { integrationType: 'binance', integrationName: 'Binance', reason: 'Binance is under maintenance.' })]
    expect(noteOf(...unavailable)).toEqual({ kind: 'hint', type: 'connectionUnavailable', text: 'Binance is unavailable right now: ask the customer to pick another exchange.' })
    expect(saleDisplayStatus(waiting(...unavailable)).label).toBe('Waiting for customer')
    expect(noteOf(...unavailable, selected('Coinbase'))).toEqual({ kind: 'progress', type: 'integrationSelected', text: 'Customer chose Coinbase.' })
  })

  it('keeps a hint through passive callbacks (“see what happened”, the terms)', () => {
    const declined = ev('connectionDeclined', { integrationName: 'Coinbase', reason: 'accountRestricted', errorMessage: 'Coinbase declined the connection: this account may not send to outside addresses.' })
    const text = 'Coinbase declined the connection: this account may not send to outside addresses. Ask the customer to pick another exchange.'
    expect(noteOf(selected('Coinbase'), declined, ev('seeWhatHappenedClicked'), ev('legalTermsViewed'))).toMatchObject({ kind: 'hint', text })
  })

  it('says what the exchange needs: identity verification, assets it cannot pay with, a transfer it cannot make', () => {
    expect(noteOf(selected('Kraken'), ev('transferKycRequired'))?.text).toBe('Kraken needs to verify the customer’s identity first, which may take long: offer another exchange or way to pay.')
    expect(
      noteOf(selected('Coinbase'), ev('transferNoEligibleAssets', { integrationName: 'Coinbase', noAssetsType: 'noEligibleAssets', arrayOfTokensHeld: [{ symbol: 'BTC', amount: 0.1 }, { symbol: 'ETH', amount: 2 }] }))?.text
    ).toBe('Nothing in this Coinbase account can pay USDC (it holds BTC, ETH): ask the customer to pick another exchange or wallet.')
    expect(noteOf(selected('Coinbase'), ev('transferConfigureError', { errorMessage: 'Coinbase cannot send USDC on Solana from this account.' }))?.text).toBe(
      'Coinbase cannot send USDC on Solana from this account. Ask the customer to pick another exchange or wallet.'
    )
    expect(noteOf(selected('Coinbase'), ev('transferPreviewError', { errorMessage: 'Preview failed' }))).toMatchObject({
      kind: 'hint',
      text: 'Coinbase could not prepare the payment: Preview failed. The customer can try again or pick another exchange.'
    })
  })

  it('follows the customer through 2FA, OAuth, account choice, funding and a fee change, naming the exchange', () => {
    expect(noteOf(selected('Coinbase'), ev('credentialsEntered'), ev('integrationMfaRequired'))?.text).toBe('Customer is entering the 2FA code for Coinbase.')
    expect(noteOf(selected('Coinbase'), ev('integrationOAuthStarted'))?.text).toBe('Customer is signing in at Coinbase, in Coinbase’s own window.')
    expect(noteOf(selected('Binance'), ev('integrationAccountSelectionRequired'))?.text).toBe('Customer is choosing which Binance account to pay from.')
    expect(noteOf(selected('Coinbase'), ev('fundingOptionsViewed'))?.text).toBe('Not enough USDC at Coinbase: the customer is choosing what to convert.')
    expect(noteOf(selected('Coinbase'), ev('gasIncreaseWarning'))?.text).toBe('The network fee changed: the customer is reviewing the payment again.')
    expect(noteOf(selected('Coinbase'), ev('transferMfaRequired'))?.text).toBe('Customer is entering the 2FA code to approve at Coinbase.')
    expect(noteOf(ev('integrationConnected', { accessToken: { brokerName: 'Coinbase', accountTokens: [] } }))?.text).toBe('Customer signed in at Coinbase.')
  })

  it('shows a failed sign-in as a muted note, and a wallet that did not answer as a hint', () => {
    expect(noteOf(selected('Coinbase'), ev('integrationConnectionError', { errorMessage: 'Wrong username or password' }))).toEqual({
      kind: 'note',
      type: 'integrationConnectionError',
      text: 'Sign-in at Coinbase did not work: Wrong username or password. The customer can try again.'
    })
    expect(noteOf(ev('defiWalletError', { integrationName: 'MetaMask', errorType: 'timeout', details: {}, timeStamp: 1 }))?.text).toBe(
      'MetaMask did not answer: ask the customer to open the wallet app, or to pick another way to pay.'
    )
    expect(noteOf(ev('defiWalletError', { integrationName: 'MetaMask', errorType: 'verifyMismatch', details: { connectedNetwork: 'Polygon' }, timeStamp: 1 }))?.text).toBe(
      'MetaMask is connected to the wrong account or network (Polygon): ask the customer to switch it, or to pick another way to pay.'
    )
  })

  it('says an account linked for later brings no payment', () => {
    const linked = ev('integrationConnected', { delayedAuth: { brokerName: 'Robinhood', brokerType: 'robinhood', refreshToken: 'x' } })
    expect(noteOf(selected('Robinhood'), linked)).toMatchObject({ kind: 'linkOnly', text: 'Robinhood account linked for later: no payment will come from this session. Start a new sale.' })
  })

  it('clears when Link closes, when a transfer is submitted, and says nothing once the sale is over', () => {
    expect(noteOf(selected('Coinbase'), ev('exit', { error: null, summary: { page: 'catalogPage' } }))).toBeNull()
    expect(noteOf(selected('Coinbase'), ev('transferPreviewed', {}), ev('transferInitiated', { integrationName: 'Coinbase', status: 'pending' }))).toBeNull()
    expect(cashierNote(sale({ sessionId: 's', state: 'succeeded', sdkEvents: [selected('Coinbase')] }))).toBeNull()
    expect(cashierNote(sale({ sessionId: 's', state: 'failed', sdkEvents: [ev('transferKycRequired')] }))).toBeNull()
  })
})

const declinedSale = (p: Partial<SaleView> = {}): SaleView =>
  sale({
    sessionId: 'd1',
    state: 'failed',
    declined: { by: 'Coinbase', message: null },
    sdkEvents: [selected('Coinbase'), ev('transferDeclined', { integrationName: 'Coinbase', token: 'USDC', network: 'Ethereum', amount: 12.5, status: 'declined' })],
    ...p
  })

describe('a declined transfer at the counter', () => {
  it('reads "Declined by Coinbase" and asks for another way to pay; a plain failure stays "Failed"', () => {
    expect(saleDisplayStatus(declinedSale())).toMatchObject({ label: 'Declined by Coinbase', tone: 'danger', final: true, detail: 'Not paid. Coinbase declined the transfer. Ask the customer for another way to pay.' })
    expect(saleDisplayStatus(declinedSale({ declined: { by: 'Coinbase', message: 'Coinbase declined the transfer: it did not pass the withdrawal review' } })).detail).toBe(
      'Not paid. Coinbase declined the transfer: it did not pass the withdrawal review. Ask the customer for another way to pay.'
    )
    expect(saleDisplayStatus(declinedSale({ declined: { by: null, message: null } })).label).toBe('Declined')
    expect(saleDisplayStatus(sale({ sessionId: 'f', state: 'failed' })).label).toBe('Failed')
  })

  it('ends the steps with the decline, never through Submitted', () => {
    expect(saleSteps(declinedSale()).map((s) => `${s.name}:${s.state}`)).toEqual(['Waiting:done', 'Submitted:skipped', 'Pending:skipped', 'Declined by Coinbase:current'])
    const withPending = declinedSale({ transferId: 't', transfer: row({ transferId: 't' }) })
    expect(saleSteps(withPending).map((s) => s.state)).toEqual(['done', 'skipped', 'done', 'current'])
  })

  it('is a transfer attempt: closing Link neither abandons it nor asks the server to', () => {
    expect(transferAttempted({ events: ['integrationSelected', 'transferDeclined'], exitPage: null, transferId: null })).toBe(true)
    expect(transferAttempted({ events: ['exit'], exitPage: 'transferDeclinedPage', transferId: null })).toBe(true)
    expect(linkCloseEnds({ state: 'waiting', events: ['transferDeclined', 'exit'], exitPage: 'transferDeclinedPage', transferId: null })).toBe(false)
  })

  it('keeps the declined view over a stale one, yet lets a later attempt that went through follow', () => {
    const d = declinedSale()
    expect(mergeSale(d, sale({ sessionId: 'd1', state: 'waiting', sdkEvents: d.sdkEvents.slice(0, 1) }))).toBe(d)
    expect(mergeSale(d, sale({ sessionId: 'd1', state: 'submitted', sdkEvents: d.sdkEvents.slice(0, 1) }))).toBe(d)
    const retried = sale({ sessionId: 'd1', state: 'pending', sdkEvents: [...d.sdkEvents, ev('transferFinished', { status: 'success' })], transferId: 't', transfer: row({ transferId: 't' }) })
    expect(mergeSale(d, retried)).toBe(retried)
    // Mesh's Failed confirms it: final.
    const confirmed = declinedSale({ transferId: 't', transfer: row({ transferId: 't', status: 'failed', isFinal: true }) })
    expect(mergeSale(confirmed, retried)).toBe(confirmed)
  })

  it('cues as declined', () => {
    const before = sale({ sessionId: 'd1', state: 'waiting' })
    const [cue] = decideCues({ d1: before }, { d1: declinedSale() }, new Set(), 'en-US')
    expect(cue).toMatchObject({ kind: 'failed', title: 'Declined by Coinbase: $12.50', body: 'Not paid. Coinbase declined the transfer. Ask the customer for another way to pay.' })
  })
})

describe('a payment sent by hand, and an account only linked', () => {
  const qr = ev('linkTransferQRGenerated', { token: 'USDC', network: 'Ethereum', toAddress: '0xcafe', qrUrl: 'http://127.0.0.1/qr.svg' })

  it('reads "Sending manually" while waiting, also after Link closed, and closing Link does not end it', () => {
    const closed = [ev('methodSelected', { method: 'manual' }), qr, ev('exit', { error: null, summary: { page: 'linkTransferQrPage' } })]
    for (const events of [closed.slice(0, 2), closed]) {
      expect(saleDisplayStatus(waiting(...events))).toMatchObject({
        label: 'Sending manually',
        final: false,
        detail: 'Customer is sending USDC on Ethereum by hand from their own wallet (Link’s QR code). Not paid until Mesh confirms the transfer.'
      })
    }
    expect(sendsManually(closed)).toBe(true)
    expect(linkCloseEnds({ state: 'waiting', events: closed.map((e) => e.type), exitPage: 'linkTransferQrPage', transferId: null })).toBe(false)
    // Back to the exchanges after the QR code, then closed: abandoned after all.
    const left = ['linkTransferQRGenerated', 'methodSelected', 'integrationSelected', 'exit']
    expect(linkCloseEnds({ state: 'waiting', events: left, exitPage: 'catalogPage', transferId: null })).toBe(true)
  })

  it('reads "Account linked, no payment" (not a plain abandoned) when Link closes after delayed authentication', () => {
    const events = [selected('Robinhood'), ev('integrationConnected', { delayedAuth: { brokerName: 'Robinhood', brokerType: 'robinhood', refreshToken: 'x' } }), ev('exit', { error: null, summary: { page: 'integrationConnectedPage' } })]
    expect(saleDisplayStatus(sale({ sessionId: 'l', state: 'abandoned', endReason: 'abandoned', sdkEvents: events }))).toMatchObject({
      label: 'Account linked, no payment',
      detail: 'The customer linked their Robinhood account for later; no payment was made in this session. Start a new sale.'
    })
    expect(saleDisplayStatus(sale({ sessionId: 'a', state: 'abandoned', sdkEvents: [ev('exit')] })).label).toBe('Abandoned')
  })
})

describe('the sale panel and the bar on Link’s overlay', () => {
  function render(view: SaleView, part: 'panel' | 'bar', linkOpen = true): string {
    const { store } = makeStore({})
    store.setState({ sales: { [view.sessionId]: view }, currentSaleId: view.sessionId, linkOpen, linkSaleId: linkOpen ? view.sessionId : null })
    // Server rendering reads the store's initial state: hand it the state just set.
    const now: AppStore = { ...store, getInitialState: () => store.getState() }
    return renderToStaticMarkup(<StoreProvider store={now}>{part === 'panel' ? <SalePanel /> : <LinkBarContent />}</StoreProvider>)
  }
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

  it('shows the decline as the sale’s end in the panel, with no error banner and no Cancel', () => {
    const html = render(declinedSale(), 'panel')
    expect(html).toContain('data-state="failed"')
    expect(html).toMatch(/data-testid="sale-state">Declined by Coinbase</)
    expect(text(html)).toContain('Not paid. Coinbase declined the transfer. Ask the customer for another way to pay.')
    expect(html).not.toContain('role="alert"')
    expect(html).not.toContain('Cancel sale')
    expect(html).not.toMatch(/Abandoned/)
  })

  it('shows the decline on Link’s overlay too, and Escape only closes Link', () => {
    const html = render(declinedSale(), 'bar')
    expect(html).toMatch(/data-testid="link-state">Declined by Coinbase</)
    expect(text(html)).toContain('Ask the customer for another way to pay.')
    expect(text(html)).toContain('Esc closes Link.')
    expect(html).not.toContain('Cancel sale')
  })

  it('shows a hint in both while the sale keeps waiting, Cancel still there', () => {
    const view = waiting(selected('Binance'), ev('connectionUnavailable', { integrationName: 'Binance', reason: 'maintenance' }))
    for (const part of ['panel', 'bar'] as const) {
      const html = render(view, part)
      expect(html).toContain('data-kind="hint"')
      expect(text(html)).toContain('Binance is unavailable right now: ask the customer to pick another exchange.')
      expect(html).toContain('Cancel sale')
      expect(html).not.toContain('role="alert"')
    }
    expect(render(view, 'bar')).toMatch(/data-testid="link-state">Waiting for customer</)
  })

  it('says the customer is sending by hand once Link closed, not that Link is not open', () => {
    const view = waiting(ev('linkTransferQRGenerated', { token: 'USDC', network: 'Ethereum', toAddress: '0xcafe' }), ev('exit', { error: null, summary: { page: 'linkTransferQrPage' } }))
    const html = text(render(view, 'panel', false))
    expect(html).toContain('Sending manually')
    expect(html).toContain('Customer is sending USDC on Ethereum by hand')
    expect(html).not.toContain('Link is not open on this screen')
  })
})
