// The counter as a point of sale, on both store engines (a real SQLite file; a real PostgreSQL
// schema): what a sale charges (display currency, the USD Mesh is asked for, the rate), the
// checks before anything is stored or asked of Mesh, the counter's settings behind the manager
// PIN, Cancel and expiry (a controllable clock) as final ends with late transfers still recorded,
// and the ledger's rows carrying their sale's charge. Mesh is a fake getLinkToken that records
// what it was asked; webhooks go through the store's real ingest.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { CounterSettings, Page, SaleStarted, SaleView, SettingsView, TransferDetail, TransferRow } from '../../../src/shared/contract'
import { createBus } from '../../../src/main/core/bus'
import { ledgerCommands } from '../../../src/main/core/commands/ledger'
import { createRegistry } from '../../../src/main/core/commands/registry'
import { salesCommands } from '../../../src/main/core/commands/sales'
import { settingsCommands } from '../../../src/main/core/commands/settings'
import type { GetLinkTokenRequest, LinkTokenResult } from '../../../src/main/core/mesh/types'
import { createSales, LINK_TOKEN_TTL_MS } from '../../../src/main/core/sales/service'
import { createFileSecretStore } from '../../../src/main/core/secrets'
import { createSettings } from '../../../src/main/core/settings/service'
import type { Store } from '../../../src/main/core/store'
import { tempDir } from '../../helpers'
import { bothEngines, signed, type EventInput } from '../store/engines'
import { PG_SKIPPED, notePgSkipped } from '../store/pg'

notePgSkipped()

const T0 = 1_750_000_000_000
const PIN = '2468'
const MIN = 60_000

interface Rig {
  store: Store
  /** The controllable clock every part reads. */
  clock: { now: number }
  tokenRequests: GetLinkTokenRequest[]
  published: SaleView[]
  sales: ReturnType<typeof createSales>
  call<T>(name: string, args?: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>
  ok<T>(name: string, args?: unknown): Promise<T>
  /** A signed Mesh webhook through the store's ingest, then the sale refresh the core runs after it. */
  webhook(e: EventInput): Promise<void>
}

for (const engine of bothEngines()) {
  describe.skipIf(engine.skip !== null)(`the point of sale on ${engine.name}${engine.skip ? ` — ${PG_SKIPPED}` : ''}`, () => {
    const cleanups: (() => Promise<void> | void)[] = []
    beforeAll(() => engine.setup())
    afterAll(() => engine.teardown())
    afterEach(async () => {
      while (cleanups.length) await cleanups.pop()!()
    })

    async function rig(): Promise<Rig> {
      const clock = { now: T0 }
      const now = () => clock.now
      const store = await engine.open({ now })
      cleanups.push(() => store.close())
      const tmp = tempDir('countertop-pos-')
      cleanups.push(() => tmp.cleanup())
      const secrets = createFileSecretStore(tmp.dir)
      const bus = createBus()
      const published: SaleView[] = []
      bus.subscribe((m) => {
        if (m.type === 'sale.updated') published.push(m.payload as SaleView)
      })
      const tokenRequests: GetLinkTokenRequest[] = []
      const getLinkToken = async (req: GetLinkTokenRequest): Promise<LinkTokenResult> => {
        tokenRequests.push(structuredClone(req))
        const linkToken = Buffer.from(`http://127.0.0.1:9/link/${tokenRequests.length}`).toString('base64')
        return { linkToken, paymentLink: req.transferOptions?.generatePayLink ? `http://127.0.0.1:9/paylink?linkToken=${linkToken}` : null }
      }
      const sales = createSales({ store, bus, secrets, mode: 'emulator', now, getLinkToken })
      const settings = createSettings({ store, secrets, runningMode: 'emulator', now, pinCost: { N: 1024, r: 8, p: 1 } })
      await settings.init()
      const registry = createRegistry()
      registry.register(salesCommands(sales))
      registry.register(settingsCommands(settings))
      registry.register(ledgerCommands(store))
      const call = registry.dispatch as Rig['call']
      const ok = async <T,>(name: string, args?: unknown): Promise<T> => {
        const r = await call<T>(name, args)
        if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`)
        return r.value
      }
      await ok('settings.setPin', { newPin: PIN })
      let n = 0
      const webhook = async (e: EventInput) => {
        const [r] = await store.recordDeliveries([signed({ timestamp: clock.now, ...e }, { receivedAt: clock.now + n++ })])
        if (r instanceof Error) throw r
        const t = await store.transfers.get(e.transferId)
        if (t?.sessionId) await sales.refresh(t.sessionId, true)
      }
      return { store, clock, tokenRequests, published, sales, call, ok, webhook }
    }

    const euro = (r: Rig, extra: Record<string, unknown> = {}) =>
      r.ok<SettingsView>('settings.update', { pin: PIN, changes: { currency: 'EUR', fxRates: { EUR: '1.087' }, ...extra } })

    describe('what a sale charges', () => {
      it('charges EUR at the merchant rate: the sale stores both amounts and Mesh is asked for the USD', async () => {
        const r = await rig()
        await euro(r)
        const started = await r.ok<SaleStarted>('sales.start', { amount: '10', asset: 'USDC' })
        expect(started.sale.charge).toEqual({ amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' })
        expect(started.sale).toMatchObject({ amount: '10.00', currency: 'EUR', state: 'waiting', endReason: null, endedAt: null, lateTransfer: false, paymentLink: null })
        expect(r.tokenRequests).toHaveLength(1)
        const opts = r.tokenRequests[0]!.transferOptions!
        expect(opts.amountInFiat).toBe(10.87)
        expect(opts.transactionId).toBe(started.transactionId)
        expect(opts).not.toHaveProperty('generatePayLink')
        expect(await r.store.sessions.get(started.sessionId)).toMatchObject({ amount: '10.00', currency: 'EUR', usd_amount: '10.87', fx_rate: '1.087', end_reason: null, payment_link: null })
        // read back later, it is the same
        expect((await r.ok<SaleView>('sales.get', { sessionId: started.sessionId })).charge).toEqual(started.sale.charge)
      })

      it('charges USD as typed, with cents and no rate', async () => {
        const r = await rig()
        const started = await r.ok<SaleStarted>('sales.start', { amount: '007.5', asset: 'USDC' })
        expect(started.sale.charge).toEqual({ amount: '7.50', currency: 'USD', usdAmount: '7.50', rate: null })
        expect(r.tokenRequests[0]!.transferOptions!.amountInFiat).toBe(7.5)
      })

      it('asks Mesh for a Paylink when the sale wants one and keeps the link it returns', async () => {
        const r = await rig()
        const started = await r.ok<SaleStarted>('sales.start', { amount: '3.00', asset: 'USDC', payLink: true })
        const opts = r.tokenRequests[0]!.transferOptions!
        expect(opts.generatePayLink).toBe(true)
        expect(opts.transactionId).toBe(started.transactionId)
        const link = `http://127.0.0.1:9/paylink?linkToken=${started.linkToken}`
        expect(started.sale.paymentLink).toBe(link)
        expect((await r.store.sessions.get(started.sessionId))!.payment_link).toBe(link)
      })

      it('refuses EUR with no rate: says why, stores nothing and asks Mesh for nothing', async () => {
        const r = await rig()
        await r.ok('settings.update', { changes: { currency: 'EUR' } })
        const res = await r.call('sales.start', { amount: '10.00', asset: 'USDC' })
        expect(res).toEqual({
          ok: false,
          error: { code: 'CURRENCY_RATE_MISSING', message: 'EUR has no exchange rate: Mesh charges in US dollars. A manager can set the EUR→USD rate in Settings.' }
        })
        expect(r.tokenRequests).toEqual([])
        expect(await r.store.sessions.recent(10)).toEqual([])
        expect(r.published).toEqual([])
        expect(await r.ok<CounterSettings>('counter.settings')).toMatchObject({
          currency: 'EUR',
          fxRate: null,
          chargeBlocked: 'EUR has no exchange rate: Mesh charges in US dollars. A manager can set the EUR→USD rate in Settings.'
        })
      })

      it('refuses too many decimals for the currency, a sale above the limit and malformed amounts, each with its own message', async () => {
        const r = await rig()
        const refused = async (amount: string) => {
          const res = await r.call('sales.start', { amount, asset: 'USDC' })
          if (res.ok) throw new Error(`${amount} was charged`)
          return res.error
        }
        expect(await refused('19.999')).toEqual({ code: 'AMOUNT_INVALID', message: 'USD amounts have at most 2 decimals; 19.999 has 3.' })
        expect(await refused('1,234.56')).toEqual({ code: 'INVALID_ARGUMENT', message: 'Type the amount without thousands separators, such as 1234.56. (amount)' })
        expect(await refused('1e9')).toEqual({ code: 'INVALID_ARGUMENT', message: 'Write the amount in plain digits, such as 1000000 (not 1e6). (amount)' })
        expect(await refused('-3')).toEqual({ code: 'INVALID_ARGUMENT', message: 'The amount must be more than zero: it cannot be negative. (amount)' })
        expect(await refused('abc')).toEqual({ code: 'INVALID_ARGUMENT', message: 'Enter an amount such as 12.50: digits and at most one decimal point. (amount)' })
        await r.ok('settings.update', { pin: PIN, changes: { saleLimit: '500', locale: 'en-US' } })
        expect(await refused('500.01')).toEqual({
          code: 'SALE_LIMIT_EXCEEDED',
          message: '$500.01 is above the per-sale limit of $500.00. Charge less, or ask a manager to raise the limit in Settings.'
        })
        await r.ok('settings.update', { pin: PIN, changes: { currency: 'JPY', fxRates: { JPY: '0.0067' }, saleLimit: null } })
        expect(await refused('1000.5')).toEqual({ code: 'AMOUNT_INVALID', message: 'JPY amounts have no decimals: enter a whole number such as 1000.' })
        expect(r.tokenRequests).toEqual([])
        expect(await r.store.sessions.recent(10)).toEqual([])
        // the same amount, whole, is charged at the rate
        const started = await r.ok<SaleStarted>('sales.start', { amount: '1000', asset: 'USDC' })
        expect(started.sale.charge).toEqual({ amount: '1000', currency: 'JPY', usdAmount: '6.70', rate: '0.0067' })
        expect(r.tokenRequests[0]!.transferOptions!.amountInFiat).toBe(6.7)
      })
    })

    describe('the counter’s settings', () => {
      it('puts rates and the sale limit behind the manager PIN; locale, shop and cues not; all audited', async () => {
        const r = await rig()
        for (const changes of [{ fxRates: { EUR: '1.087' } }, { saleLimit: '250' }, { saleLimit: null }]) {
          expect(await r.call('settings.update', { changes })).toMatchObject({ ok: false, error: { code: 'PIN_REQUIRED' } })
          expect(await r.call('settings.update', { pin: '9999', changes })).toMatchObject({ ok: false, error: { code: 'PIN_INVALID' } })
        }
        const plain = await r.ok<SettingsView>('settings.update', {
          changes: { locale: 'de-de', shop: { name: 'Café Zeit', address: 'Hauptstraße 1, Berlin' }, paidSound: true, notifications: true }
        })
        expect(plain).toMatchObject({ locale: 'de-DE', shop: { name: 'Café Zeit', address: 'Hauptstraße 1, Berlin' }, paidSound: true, notifications: true, fxRates: {}, saleLimit: null })
        const v = await euro(r, { saleLimit: '250' })
        expect(v).toMatchObject({ currency: 'EUR', fxRates: { EUR: '1.087' }, saleLimit: '250' })
        expect(await r.ok<CounterSettings>('counter.settings')).toMatchObject({
          currency: 'EUR',
          locale: 'de-DE',
          fxRate: '1.087',
          chargeBlocked: null,
          saleLimit: '250',
          shop: { name: 'Café Zeit', address: 'Hauptstraße 1, Berlin' },
          paidSound: true,
          notifications: true
        })
        // The limit message is formatted in the merchant's locale.
        expect(await r.call('sales.start', { amount: '250.50', asset: 'USDC' })).toEqual({
          ok: false,
          error: { code: 'SALE_LIMIT_EXCEEDED', message: '250,50\u00a0€ is above the per-sale limit of 250,00\u00a0€. Charge less, or ask a manager to raise the limit in Settings.' }
        })
        const audit = (await r.store.audit.list(20)).filter((a) => a.action === 'settings.updated').reverse()
        expect(audit.map((a) => a.detail)).toEqual([
          {
            fields: ['locale', 'shop', 'paidSound', 'notifications'],
            locale: { from: null, to: 'de-DE' },
            shop: { from: { name: '', address: '' }, to: { name: 'Café Zeit', address: 'Hauptstraße 1, Berlin' } },
            paidSound: true,
            notifications: true
          },
          { fields: ['currency', 'fxRates', 'saleLimit'], currency: 'EUR', fxRates: { from: {}, to: { EUR: '1.087' } }, saleLimit: { from: null, to: '250' } }
        ])
        // back to the system's locale
        expect((await r.ok<SettingsView>('settings.update', { changes: { locale: null } })).locale).toBeNull()
      })

      it('refuses settings that could not work, and changes nothing', async () => {
        const r = await rig()
        const refused = async (changes: Record<string, unknown>) => {
          const res = await r.call('settings.update', { pin: PIN, changes })
          if (res.ok) throw new Error(`${JSON.stringify(changes)} was saved`)
          return res.error
        }
        expect(await refused({ locale: 'not a locale!' })).toEqual({ code: 'INVALID_ARGUMENT', message: '"not a locale!" is not a locale (BCP 47) such as en-US, de-DE or fr-CH.' })
        expect(await refused({ fxRates: { USD: '1' } })).toEqual({ code: 'INVALID_ARGUMENT', message: 'USD needs no exchange rate: Mesh charges in US dollars.' })
        expect(await refused({ fxRates: { EUR: '0.000' } })).toEqual({ code: 'INVALID_ARGUMENT', message: 'The EUR→USD rate must be more than zero.' })
        expect(await refused({ fxRates: { QQQ: '1.2' } })).toEqual({ code: 'INVALID_ARGUMENT', message: 'QQQ is not an ISO 4217 currency code this app knows (such as USD, EUR, JPY).' })
        expect(await refused({ currency: 'QQQ' })).toMatchObject({ code: 'INVALID_ARGUMENT' })
        expect(await refused({ saleLimit: '0' })).toEqual({ code: 'INVALID_ARGUMENT', message: 'A sale limit must be more than zero (clear it for no limit).' })
        expect(await refused({ fxRates: { EUR: 'one' } })).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('A rate is a decimal such as 1.087') })
        expect(await r.ok<SettingsView>('settings.get')).toMatchObject({ currency: 'USD', locale: null, fxRates: {}, saleLimit: null })
      })
    })

    describe('ending a sale', () => {
      it('cancels a waiting sale; a Succeeded webhook after that is recorded and linked, the sale stays cancelled and is flagged', async () => {
        const r = await rig()
        await euro(r)
        const started = await r.ok<SaleStarted>('sales.start', { amount: '10.00', asset: 'USDC' })
        r.clock.now += MIN
        const cancelled = await r.ok<SaleView>('sales.end', { sessionId: started.sessionId, reason: 'cancelled' })
        expect(cancelled).toMatchObject({ state: 'cancelled', endReason: 'cancelled', endedAt: T0 + MIN, lateTransfer: false, transfer: null })
        expect(r.published.at(-1)).toMatchObject({ sessionId: started.sessionId, state: 'cancelled' })
        expect(await r.store.sessions.get(started.sessionId)).toMatchObject({ state: 'cancelled', end_reason: 'cancelled', ended_at: T0 + MIN })

        // The customer paid anyway (Link was still open on their phone).
        r.clock.now += MIN
        await r.webhook({ eventId: 'ev-late-p', transferId: 'tr-late', status: 'Pending', transactionId: started.transactionId, token: 'USDC', destinationAmount: '10.87' })
        await r.webhook({ eventId: 'ev-late-s', transferId: 'tr-late', status: 'Succeeded', transactionId: started.transactionId, token: 'USDC', destinationAmount: '10.87', txHash: '0xfeed' })
        const after = await r.ok<SaleView>('sales.get', { sessionId: started.sessionId })
        expect(after).toMatchObject({ state: 'cancelled', endReason: 'cancelled', endedAt: T0 + MIN, lateTransfer: true, transferId: 'tr-late', amountMismatch: null })
        expect(after.transfer).toMatchObject({ status: 'succeeded', txHash: '0xfeed', sessionId: started.sessionId })
        expect(r.published.at(-1)).toMatchObject({ sessionId: started.sessionId, state: 'cancelled', lateTransfer: true })
        const detail = await r.ok<TransferDetail>('ledger.get', { transferId: 'tr-late' })
        expect(detail.events.map((e) => e.statusRaw)).toEqual(['Pending', 'Succeeded'])
        expect(detail.transfer.charge).toEqual({ amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' })

        // Ending it again the same way changes nothing; another end, or an end of a paid sale, is refused.
        expect(await r.ok<SaleView>('sales.end', { sessionId: started.sessionId, reason: 'cancelled' })).toMatchObject({ state: 'cancelled', endedAt: T0 + MIN })
        expect(await r.call('sales.end', { sessionId: started.sessionId, reason: 'abandoned' })).toEqual({
          ok: false,
          error: { code: 'SALE_ENDED', message: 'This sale was already cancelled.' }
        })
      })

      it('abandons on Escape, and Cancel after that changes nothing', async () => {
        const r = await rig()
        const started = await r.ok<SaleStarted>('sales.start', { amount: '2.00', asset: 'USDC' })
        await r.ok('sales.recordSdkEvent', { sessionId: started.sessionId, type: 'pageLoaded' })
        r.clock.now += 1000
        expect(await r.ok<SaleView>('sales.end', { sessionId: started.sessionId, reason: 'abandoned' })).toMatchObject({ state: 'abandoned', endReason: 'abandoned', endedAt: T0 + 1000 })
        r.clock.now += 1000
        expect(await r.ok<SaleView>('sales.end', { sessionId: started.sessionId, reason: 'cancelled' })).toMatchObject({ state: 'abandoned', endReason: 'abandoned', endedAt: T0 + 1000 })
      })

      it('refuses to end a sale Mesh has a transfer for, or one the customer submitted, or one unknown', async () => {
        const r = await rig()
        const paid = await r.ok<SaleStarted>('sales.start', { amount: '4.00', asset: 'USDC' })
        await r.webhook({ eventId: 'ev-p', transferId: 'tr-1', status: 'Pending', transactionId: paid.transactionId })
        expect(await r.call('sales.end', { sessionId: paid.sessionId, reason: 'cancelled' })).toEqual({
          ok: false,
          error: { code: 'SALE_ENDED', message: 'Mesh already has a transfer for this sale: Mesh settles it, so the counter cannot end it.' }
        })
        expect(await r.ok<SaleView>('sales.get', { sessionId: paid.sessionId })).toMatchObject({ state: 'pending', endReason: null })
        const submitted = await r.ok<SaleStarted>('sales.start', { amount: '5.00', asset: 'USDC' })
        await r.ok('sales.recordSdkEvent', { sessionId: submitted.sessionId, type: 'transferFinished', payload: { status: 'success' } })
        expect(await r.call('sales.end', { sessionId: submitted.sessionId, reason: 'cancelled' })).toMatchObject({ ok: false, error: { code: 'SALE_ENDED' } })
        expect(await r.call('sales.end', { sessionId: 'no-such-sale', reason: 'cancelled' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      })
    })

    describe('expiry', () => {
      it('expires a waiting sale when its token does — opened in Link or not — and keeps it expired when a transfer arrives later', async () => {
        const r = await rig()
        const opened = await r.ok<SaleStarted>('sales.start', { amount: '1.00', asset: 'USDC' })
        await r.ok('sales.recordSdkEvent', { sessionId: opened.sessionId, type: 'pageLoaded' })
        await r.ok('sales.recordSdkEvent', { sessionId: opened.sessionId, type: 'integrationConnected', payload: {} })
        const untouched = await r.ok<SaleStarted>('sales.start', { amount: '2.00', asset: 'USDC' })
        const submitted = await r.ok<SaleStarted>('sales.start', { amount: '3.00', asset: 'USDC' })
        await r.ok('sales.recordSdkEvent', { sessionId: submitted.sessionId, type: 'transferFinished', payload: { status: 'success' } })
        const expiresAt = T0 + LINK_TOKEN_TTL_MS

        r.clock.now = expiresAt - 1
        expect(await r.sales.sweepExpired()).toBe(0)
        expect((await r.ok<SaleView>('sales.get', { sessionId: opened.sessionId })).state).toBe('waiting')

        r.clock.now = expiresAt + 30_000
        r.published.length = 0
        expect(await r.sales.sweepExpired()).toBe(2)
        for (const id of [opened.sessionId, untouched.sessionId]) {
          expect(await r.ok<SaleView>('sales.get', { sessionId: id })).toMatchObject({ state: 'expired', endReason: 'expired', endedAt: expiresAt, lateTransfer: false })
          expect(await r.store.sessions.get(id)).toMatchObject({ state: 'expired', end_reason: 'expired', ended_at: expiresAt })
        }
        expect(r.published.map((v) => [v.sessionId, v.state]).sort()).toEqual([[opened.sessionId, 'expired'], [untouched.sessionId, 'expired']].sort())
        expect(await r.ok<SaleView>('sales.get', { sessionId: submitted.sessionId })).toMatchObject({ state: 'submitted', endReason: null })
        expect(await r.call('sales.end', { sessionId: opened.sessionId, reason: 'cancelled' })).toEqual({
          ok: false,
          error: { code: 'SALE_ENDED', message: 'This sale has already expired: its link token ran out.' }
        })
        // nothing left to do
        expect(await r.sales.sweepExpired()).toBe(0)

        await r.webhook({ eventId: 'ev-x', transferId: 'tr-x', status: 'Succeeded', transactionId: opened.transactionId, token: 'USDC', destinationAmount: '1' })
        expect(await r.ok<SaleView>('sales.get', { sessionId: opened.sessionId })).toMatchObject({ state: 'expired', lateTransfer: true, transferId: 'tr-x', transfer: { status: 'succeeded' } })
      })

      it('reaches every expired sale, not only the newest 200', async () => {
        const r = await rig()
        const row = (i: number, createdAt: number) => ({
          session_id: `old-${createdAt}-${i}`,
          transaction_id: `ct_${createdAt}_${i}`,
          created_at: createdAt + i,
          amount: '1.00',
          currency: 'USD',
          asset: 'USDC',
          network: 'Ethereum',
          destination_address: '0x000000000000000000000000000000000000e1e1',
          note: null,
          user_id: `walkin_${i}`,
          customer_key: null,
          token_expires_at: createdAt + i + LINK_TOKEN_TTL_MS,
          state: 'waiting',
          transfer_id: null,
          updated_at: createdAt + i,
          usd_amount: '1.00'
        })
        // 230 sales from this morning, then 201 newer ones still within their token's life.
        for (let i = 0; i < 230; i++) await r.store.sessions.insert(row(i, T0))
        for (let i = 0; i < 201; i++) await r.store.sessions.insert({ ...row(i, T0 + 9 * MIN), session_id: `new-${i}` })
        r.clock.now = T0 + 11 * MIN
        expect(await r.sales.sweepExpired()).toBe(230)
        const all = await r.store.sessions.recent(1000)
        expect(all.filter((s) => s.session_id.startsWith('old-')).every((s) => s.state === 'expired' && s.end_reason === 'expired')).toBe(true)
        expect(all.filter((s) => s.session_id.startsWith('new-')).every((s) => s.state === 'waiting' && s.end_reason === null)).toBe(true)
      }, 60_000)
    })

    describe('refunds', () => {
      it('keeps a refunded sale paid and shows the refund: pending, then succeeded, with its address and times; a late Failed changes nothing', async () => {
        const r = await rig()
        const started = await r.ok<SaleStarted>('sales.start', { amount: '12.50', asset: 'USDC' })
        const txn = started.transactionId
        const paidAt = T0 + MIN
        r.clock.now = paidAt
        await r.webhook({ eventId: 'ev-p', transferId: 'tr-ref', status: 'Pending', transactionId: txn, timestamp: T0 + 1 })
        await r.webhook({ eventId: 'ev-s', transferId: 'tr-ref', status: 'Succeeded', transactionId: txn, txHash: '0xpaid', destinationAmount: '12.5' })
        expect(await r.ok<SaleView>('sales.get', { sessionId: started.sessionId })).toMatchObject({ state: 'succeeded', refund: null })

        r.clock.now = T0 + 5 * MIN
        await r.webhook({ eventId: 'ev-rp', transferId: 'tr-ref', status: 'RefundPending', transactionId: txn, refundAddress: '0xcustomer' })
        const pending = await r.ok<SaleView>('sales.get', { sessionId: started.sessionId })
        expect(pending).toMatchObject({ state: 'succeeded', transfer: { status: 'refundpending', txHash: '0xpaid' } })
        expect(pending.refund).toEqual({ status: 'pending', at: T0 + 5 * MIN, refundAddress: '0xcustomer', paidAt })
        // The counter hears of it although the sale's state did not change.
        expect(r.published.at(-1)).toMatchObject({ sessionId: started.sessionId, state: 'succeeded', refund: { status: 'pending' } })

        r.clock.now = T0 + 9 * MIN
        await r.webhook({ eventId: 'ev-rs', transferId: 'tr-ref', status: 'RefundSucceeded', transactionId: txn, refundAddress: '0xcustomer' })
        await r.webhook({ eventId: 'ev-f', transferId: 'tr-ref', status: 'Failed', transactionId: txn })
        const done = await r.ok<SaleView>('sales.get', { sessionId: started.sessionId })
        expect(done).toMatchObject({ state: 'succeeded', transfer: { status: 'refundsucceeded', isFinal: true, conflict: true } })
        expect(done.refund).toEqual({ status: 'succeeded', at: T0 + 9 * MIN, refundAddress: '0xcustomer', paidAt })
        expect(r.published.at(-1)!.refund).toEqual(done.refund)
        expect(await r.store.sessions.get(started.sessionId)).toMatchObject({ state: 'succeeded' })
      })

      it('treats a refund whose Succeeded webhook never arrived as paid and refunded', async () => {
        const r = await rig()
        const started = await r.ok<SaleStarted>('sales.start', { amount: '3.00', asset: 'USDC' })
        await r.webhook({ eventId: 'ev-p2', transferId: 'tr-ref2', status: 'Pending', transactionId: started.transactionId })
        r.clock.now += MIN
        await r.webhook({ eventId: 'ev-rs2', transferId: 'tr-ref2', status: 'RefundSucceeded', transactionId: started.transactionId, refundAddress: '0xback' })
        expect(await r.ok<SaleView>('sales.get', { sessionId: started.sessionId })).toMatchObject({
          state: 'succeeded',
          refund: { status: 'succeeded', at: T0 + MIN, refundAddress: '0xback', paidAt: null }
        })
      })
    })

    describe('the ledger', () => {
      it('carries each transfer’s charge in ledger.list and ledger.get; null when no sale of ours started it', async () => {
        const r = await rig()
        await euro(r)
        const eur = await r.ok<SaleStarted>('sales.start', { amount: '20.00', asset: 'USDC' })
        await r.webhook({ eventId: 'ev-1', transferId: 'tr-eur', status: 'Succeeded', transactionId: eur.transactionId, token: 'USDC', destinationAmount: '21.74' })
        await r.webhook({ eventId: 'ev-2', transferId: 'tr-stranger', status: 'Succeeded', transactionId: 'not-ours', token: 'USDC', destinationAmount: '5' })
        await r.ok('settings.update', { pin: PIN, changes: { currency: 'USD' } })
        const usd = await r.ok<SaleStarted>('sales.start', { amount: '3.5', asset: 'USDC' })
        // A transfer row that names our TransactionId but was never linked to the sale (session_id NULL).
        await r.store.transfers.insert({
          transfer_id: 'tr-unlinked',
          transaction_id: usd.transactionId,
          status: 'pending',
          status_raw: 'Pending',
          is_final: 0,
          conflict: 0,
          status_ts: 1,
          status_event_id: 'ev-u',
          tx_hash: null,
          user_id: null,
          token: 'USDC',
          chain: null,
          source_amount: null,
          destination_amount: null,
          source_provider: null,
          destination_address: null,
          refund_address: null,
          first_seen_at: T0 + 5,
          updated_at: T0 + 5,
          event_count: 1,
          delivery_count: 0,
          retried: 0,
          provenance: 'poll',
          is_test: 0,
          session_id: null
        })
        const page = await r.ok<Page<TransferRow>>('ledger.list', { limit: 10 })
        const charges = Object.fromEntries(page.items.map((t) => [t.transferId, t.charge]))
        expect(charges).toEqual({
          'tr-eur': { amount: '20.00', currency: 'EUR', usdAmount: '21.74', rate: '1.087' },
          'tr-stranger': null,
          'tr-unlinked': { amount: '3.50', currency: 'USD', usdAmount: '3.50', rate: null }
        })
        expect((await r.ok<TransferDetail>('ledger.get', { transferId: 'tr-eur' })).transfer.charge).toEqual({ amount: '20.00', currency: 'EUR', usdAmount: '21.74', rate: '1.087' })
        expect((await r.ok<TransferDetail>('ledger.get', { transferId: 'tr-stranger' })).transfer.charge).toBeNull()
        expect((await r.ok<TransferDetail>('ledger.get', { transferId: 'tr-unlinked' })).transfer.charge).toMatchObject({ amount: '3.50' })
        // An empty page asks nothing of the sales.
        expect((await r.ok<Page<TransferRow>>('ledger.list', { limit: 10, search: 'nothing-like-this' })).items).toEqual([])
      })
    })
  })
}
