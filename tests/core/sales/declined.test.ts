// A transfer the exchange declines in Link ends the sale at once as failed, with who declined
// and why (SaleView.declined); Mesh's Pending and Failed webhooks that follow keep it so. Mesh's
// own final word still wins, and paid only ever comes from it. A customer who chose to send by
// hand (Link's QR code) and closed Link has not abandoned the sale. Pure rules first, then the
// sales service on both store engines with the store's real ingest.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted, SaleView } from '../../../src/shared/contract'
import { createBus } from '../../../src/main/core/bus'
import { createSales } from '../../../src/main/core/sales/service'
import { deriveSaleState, endDecision, saleDeclined, saleDisagreement, sendsManually } from '../../../src/main/core/sales/state'
import { createFileSecretStore } from '../../../src/main/core/secrets'
import type { Store } from '../../../src/main/core/store'
import { tempDir } from '../../helpers'
import { bothEngines, signed, type EventInput } from '../store/engines'
import { PG_SKIPPED, notePgSkipped } from '../store/pg'

notePgSkipped()

const ev = (type: string, payload: unknown = null) => ({ type, payload })
const base = { tokenExpiresAt: 10_000, transfer: null, now: 1_000 }
const pending = { status: 'pending', isFinal: false }
const selected = (name: string) => ev('integrationSelected', { integrationType: name.toLowerCase(), integrationName: name })
const declinedBy = (name: string) =>
  ev('transferDeclined', { integrationType: name.toLowerCase(), integrationName: name, toAddress: '0xcafe', token: 'USDC', network: 'Ethereum', amount: 12.5, status: 'declined' })
const exit = (summary: Record<string, unknown>) => ev('exit', { error: null, summary })

describe('a declined transfer (pure)', () => {
  it('is failed as soon as the SDK reports transferDeclined, with the exchange that declined', () => {
    const events = [ev('pageLoaded'), selected('Coinbase'), ev('credentialsEntered'), declinedBy('Coinbase')]
    expect(deriveSaleState({ ...base, sdkEvents: events })).toBe('failed')
    expect(saleDeclined(events)).toEqual({ by: 'Coinbase', message: null })
  })

  it('takes the message from Link’s exit summary that follows a transferDeclined', () => {
    const events = [selected('Coinbase'), declinedBy('Coinbase'), ev('seeWhatHappenedClicked'), exit({ page: 'transferDeclinedPage', errorMessage: 'Coinbase declined the transfer: review.' })]
    expect(saleDeclined(events)).toEqual({ by: 'Coinbase', message: 'Coinbase declined the transfer: review.' })
    expect(deriveSaleState({ ...base, sdkEvents: events })).toBe('failed')
  })

  it('treats transferExecutionError as a decline by the exchange last named before it', () => {
    const events = [selected('Binance'), ev('integrationConnected', { accessToken: { brokerName: 'Binance', accountTokens: [] } }), ev('transferExecutionError', { errorMessage: 'Binance declined the transfer (emulated rejection).' })]
    expect(saleDeclined(events)).toEqual({ by: 'Binance', message: 'Binance declined the transfer (emulated rejection).' })
    expect(deriveSaleState({ ...base, sdkEvents: events })).toBe('failed')
    // No exchange named anywhere: who declined is not known, the sale is still failed.
    expect(saleDeclined([ev('transferExecutionError', { errorMessage: 'No.' })])).toEqual({ by: null, message: 'No.' })
    expect(saleDeclined([ev('transferExecutionError', null), exit({ page: 'x', selectedIntegration: { name: 'Kraken' } })])).toEqual({ by: 'Kraken', message: null })
  })

  it('stays failed under Mesh’s Pending and Failed webhooks that follow', () => {
    const events = [selected('Coinbase'), declinedBy('Coinbase')]
    expect(deriveSaleState({ ...base, sdkEvents: events, transfer: pending })).toBe('failed')
    expect(deriveSaleState({ ...base, sdkEvents: events, transfer: { status: 'failed', isFinal: true } })).toBe('failed')
    // Not expired once the token runs out either.
    expect(deriveSaleState({ ...base, now: 20_000, sdkEvents: events })).toBe('failed')
  })

  it('never outranks Mesh’s final word: a Succeeded webhook is succeeded', () => {
    expect(deriveSaleState({ ...base, sdkEvents: [declinedBy('Coinbase')], transfer: { status: 'succeeded', isFinal: true } })).toBe('succeeded')
  })

  it('no longer stands once the customer submits a transfer after it (tried again)', () => {
    const events = [selected('Coinbase'), ev('transferExecutionError', { errorMessage: 'Try again.' }), ev('transferInitiated', { integrationName: 'Coinbase', status: 'pending' }), ev('transferFinished', { status: 'success' })]
    expect(saleDeclined(events)).toBeNull()
    expect(deriveSaleState({ ...base, sdkEvents: events })).toBe('submitted')
    expect(deriveSaleState({ ...base, sdkEvents: events, transfer: pending })).toBe('pending')
  })

  it('is not a decline when the connection (not the transfer) is declined or unavailable', () => {
    const events = [
      selected('Binance'),
      ev('connectionUnavailable', { integrationName: 'Binance', reason: 'maintenance' }),
      selected('Coinbase'),
      ev('connectionDeclined', { integrationName: 'Coinbase', reason: 'accountRestricted', errorMessage: 'No.' })
    ]
    expect(saleDeclined(events)).toBeNull()
    expect(deriveSaleState({ ...base, sdkEvents: events })).toBe('waiting')
  })

  it('is not a sale the counter can end, and a closed Link after it is no disagreement with a pending transfer', () => {
    expect(endDecision({ state: 'failed', endReason: null, hasTransfer: false }, 'abandoned').kind).toBe('refuse')
    const events = [declinedBy('Coinbase'), exit({ page: 'transferDeclinedPage' })]
    expect(saleDisagreement({ sdkEvents: events, transfer: pending })).toBeNull()
    // Without any attempt, a transfer after a closed Link still is one.
    expect(saleDisagreement({ sdkEvents: [exit({ page: 'catalogPage' })], transfer: pending })).toMatch(/closed without a transfer/)
  })
})

describe('a payment sent by hand (pure)', () => {
  const qr = ev('linkTransferQRGenerated', { token: 'USDC', network: 'Ethereum', toAddress: '0xcafe', qrUrl: 'http://127.0.0.1/qr.svg' })

  it('keeps the sale waiting when Link closes after its QR code', () => {
    const events = [ev('methodSelected', { method: 'manual' }), qr, exit({ page: 'linkTransferQrPage' })]
    expect(sendsManually(events)).toBe(true)
    expect(deriveSaleState({ ...base, sdkEvents: events })).toBe('waiting')
    // The transfer it makes is no disagreement.
    expect(saleDisagreement({ sdkEvents: events, transfer: pending })).toBeNull()
    expect(deriveSaleState({ ...base, sdkEvents: events, transfer: pending })).toBe('pending')
  })

  it('is abandoned after all when the customer left the QR code for something else and then closed Link', () => {
    const events = [qr, ev('methodSelected', { method: 'embedded' }), selected('Coinbase'), exit({ page: 'catalogPage' })]
    expect(sendsManually(events)).toBe(false)
    expect(deriveSaleState({ ...base, sdkEvents: events })).toBe('abandoned')
  })
})

// ---- the sales service, both engines ---------------------------------------------------

const T0 = 1_750_000_000_000

for (const engine of bothEngines()) {
  describe.skipIf(engine.skip !== null)(`a declined sale on ${engine.name}${engine.skip ? ` — ${PG_SKIPPED}` : ''}`, () => {
    const cleanups: (() => Promise<void> | void)[] = []
    beforeAll(() => engine.setup())
    afterAll(() => engine.teardown())
    afterEach(async () => {
      while (cleanups.length) await cleanups.pop()!()
    })

    async function rig() {
      const clock = { now: T0 }
      const now = () => clock.now
      const store: Store = await engine.open({ now })
      cleanups.push(() => store.close())
      const tmp = tempDir('countertop-declined-')
      cleanups.push(() => tmp.cleanup())
      const bus = createBus()
      const published: SaleView[] = []
      bus.subscribe((m) => {
        if (m.type === 'sale.updated') published.push(m.payload as SaleView)
      })
      const sales = createSales({
        store,
        bus,
        secrets: createFileSecretStore(tmp.dir),
        mode: 'emulator',
        now,
        getLinkToken: async () => ({ linkToken: Buffer.from('http://127.0.0.1:9/link/1').toString('base64'), paymentLink: null })
      })
      let n = 0
      const webhook = async (e: EventInput) => {
        const [r] = await store.recordDeliveries([signed({ timestamp: clock.now, ...e }, { receivedAt: clock.now + n++ })])
        if (r instanceof Error) throw r
        const t = await store.transfers.get(e.transferId)
        if (t?.sessionId) await sales.refresh(t.sessionId, true)
      }
      return { clock, sales, published, webhook }
    }

    it('is failed and declined by Coinbase at once, before any webhook, and stays so through Pending and Failed', async () => {
      const r = await rig()
      const started: SaleStarted = await r.sales.start({ amount: '12.50', asset: 'USDC' })
      expect(started.sale.declined).toBeNull()
      await r.sales.recordSdkEvent({ sessionId: started.sessionId, type: 'integrationSelected', payload: { integrationType: 'coinbase', integrationName: 'Coinbase' } })
      const atOnce = await r.sales.recordSdkEvent({
        sessionId: started.sessionId,
        type: 'transferDeclined',
        payload: { integrationType: 'coinbase', integrationName: 'Coinbase', toAddress: '0xe1e1', token: 'USDC', network: 'Ethereum', amount: 12.5, status: 'declined' }
      })
      expect(atOnce).toMatchObject({ state: 'failed', declined: { by: 'Coinbase', message: null }, transfer: null, endReason: null })
      expect(r.published.at(-1)).toMatchObject({ sessionId: started.sessionId, state: 'failed', declined: { by: 'Coinbase' } })

      const closed = await r.sales.recordSdkEvent({ sessionId: started.sessionId, type: 'exit', payload: { error: null, summary: { page: 'transferDeclinedPage', errorMessage: 'Coinbase declined the transfer.' } } })
      expect(closed).toMatchObject({ state: 'failed', declined: { by: 'Coinbase', message: 'Coinbase declined the transfer.' }, disagreement: null })
      // The counter cannot end it as abandoned: Mesh settles it.
      await expect(r.sales.end({ sessionId: started.sessionId, reason: 'abandoned' })).rejects.toMatchObject({ code: 'SALE_ENDED' })

      r.clock.now += 1_000
      await r.webhook({ eventId: 'ev-d-p', transferId: 'tr-declined', status: 'Pending', transactionId: started.transactionId })
      expect(await r.sales.get(started.sessionId)).toMatchObject({ state: 'failed', transferId: 'tr-declined', transfer: { status: 'pending' }, declined: { by: 'Coinbase' }, disagreement: null })
      await r.webhook({ eventId: 'ev-d-f', transferId: 'tr-declined', status: 'Failed', transactionId: started.transactionId })
      expect(await r.sales.get(started.sessionId)).toMatchObject({ state: 'failed', transfer: { status: 'failed', isFinal: true }, declined: { by: 'Coinbase' } })
    })

    it('a plain Failed webhook is failed without a decline; an SDK decline that Mesh then pays is succeeded, not declined', async () => {
      const r = await rig()
      const plain = await r.sales.start({ amount: '3.00', asset: 'USDC' })
      await r.webhook({ eventId: 'ev-f', transferId: 'tr-f', status: 'Failed', transactionId: plain.transactionId })
      expect(await r.sales.get(plain.sessionId)).toMatchObject({ state: 'failed', declined: null })

      const odd = await r.sales.start({ amount: '4.00', asset: 'USDC' })
      await r.sales.recordSdkEvent({ sessionId: odd.sessionId, type: 'transferExecutionError', payload: { errorMessage: 'Declined.' } })
      await r.webhook({ eventId: 'ev-s', transferId: 'tr-s', status: 'Succeeded', transactionId: odd.transactionId, txHash: '0xabc' })
      expect(await r.sales.get(odd.sessionId)).toMatchObject({ state: 'succeeded', declined: null })
    })

    it('a sale whose customer sends by hand stays waiting after Link closes', async () => {
      const r = await rig()
      const s = await r.sales.start({ amount: '5.00', asset: 'USDC' })
      await r.sales.recordSdkEvent({ sessionId: s.sessionId, type: 'linkTransferQRGenerated', payload: { token: 'USDC', network: 'Ethereum', toAddress: '0xe1e1' } })
      const v = await r.sales.recordSdkEvent({ sessionId: s.sessionId, type: 'exit', payload: { error: null, summary: { page: 'linkTransferQrPage' } } })
      expect(v).toMatchObject({ state: 'waiting', endReason: null, declined: null })
    })
  })
}
