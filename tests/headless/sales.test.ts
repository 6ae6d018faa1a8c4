import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Headless } from '../../src/main/headless/app'
import type { SaleStarted, SaleView, TransferDetail } from '../../src/shared/contract'
import { callApi, emulatorControl, meshPayload, postWebhook, startSandbox, value as ok } from '../helpers'

const token = 'sales-token-abcdef'

describe('sales against the in-process emulator (headless --sandbox)', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>
  let app: Headless
  let base: string
  let emulatorUrl: string
  let emulatorToken: string

  // A fresh sandbox (data dir, emulator, ports) per test: no test reads rows another one wrote.
  beforeEach(async () => {
    sandbox = await startSandbox(token, { emulator: { retryScheduleMs: [100, 200, 400], settleDelayMs: 200 } })
    ;({ app, base, emulatorUrl, emulatorToken } = sandbox)
  })
  afterEach(() => sandbox.stop())

  it('prints the emulator line and reports emulator mode', async () => {
    expect(app.extraLines).toEqual([expect.stringMatching(/^mesh-emulator: http:\/\/127\.0\.0\.1:\d+$/)])
    expect(await ok(callApi(base, token, 'health.get'))).toMatchObject({ mode: 'emulator', receiverListening: true })
  })

  it('starts a sale with a link token that is a base64 Link URL on the emulator', async () => {
    const started = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '12.50', asset: 'USDC' }))
    const url = Buffer.from(started.linkToken, 'base64').toString('utf8')
    expect(url.startsWith(`${emulatorUrl}/link/`)).toBe(true)
    expect(started.transactionId).toMatch(/^ct_[0-9a-f]{24}$/)
    expect(started.sale).toMatchObject({ state: 'waiting', amount: '12.50', asset: 'USDC', network: 'Ethereum' })
    expect(started.accessTokens).toBeUndefined()
    // A Link token lives 10 minutes.
    expect(started.sale.tokenExpiresAt! - started.sale.createdAt).toBe(10 * 60 * 1000)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toMatch(/12\.5/)
  })

  it('turns a sale succeeded only when the webhook arrives, and links it to its transfer', async () => {
    const started = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '3.10', asset: 'USDC' }))
    await ok(callApi(base, token, 'sales.recordSdkEvent', { sessionId: started.sessionId, type: 'transferFinished', payload: { status: 'success' } }))
    expect((await ok(callApi<SaleView>(base, token, 'sales.get', { sessionId: started.sessionId }))).state).toBe('submitted')
    const res = await emulatorControl(emulatorUrl, emulatorToken, '/_emulator/transfers', { transactionId: started.transactionId, amountInFiat: 3.1, outcome: 'succeeded', faults: { slowFirst: 1 } })
    expect(res.ok).toBe(true)
    const { transferId } = (await res.json()) as { transferId: string }
    await expect
      .poll(async () => (await ok(callApi<SaleView>(base, token, 'sales.get', { sessionId: started.sessionId }))).state, { timeout: 10_000, interval: 100 })
      .toBe('succeeded')
    const sale = await ok(callApi<SaleView>(base, token, 'sales.get', { sessionId: started.sessionId }))
    expect(sale.transferId).toBe(transferId)
    expect(sale.amountMismatch).toBeNull()
    const detail = await ok(callApi<TransferDetail>(base, token, 'ledger.get', { transferId }))
    expect(detail.transfer).toMatchObject({ sessionId: started.sessionId, transactionId: started.transactionId, status: 'succeeded', retried: true })
    expect(detail.events.map((e) => e.statusRaw)).toEqual(['Pending', 'Succeeded'])
    // The slow first attempt was stored, then Mesh (the emulator) retried with a new Id.
    const first = detail.events[0]!.deliveries
    expect(first.length).toBeGreaterThanOrEqual(2)
    expect(new Set(first.map((d) => d.deliveryId)).size).toBe(first.length)
  })

  it('flags a sale paid by a different amount: a $0.01 transfer against a $250.00 sale', async () => {
    const started = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '250.00', asset: 'USDC' }))
    const res = await emulatorControl(emulatorUrl, emulatorToken, '/_emulator/transfers', { transactionId: started.transactionId, amountInFiat: 0.01, outcome: 'succeeded' })
    expect(res.ok).toBe(true)
    await expect
      .poll(async () => (await ok(callApi<SaleView>(base, token, 'sales.get', { sessionId: started.sessionId }))).state, { timeout: 10_000, interval: 100 })
      .toBe('succeeded')
    const sale = await ok(callApi<SaleView>(base, token, 'sales.get', { sessionId: started.sessionId }))
    expect(sale.amountMismatch).toEqual({ charged: '250.00', currency: 'USD', reported: '0.01', asset: 'USDC', field: 'DestinationAmount' })
    // the shift's list says so too
    const items = await ok(callApi<SaleView[]>(base, token, 'sales.list', {}))
    expect(items.find((s) => s.sessionId === started.sessionId)?.amountMismatch).toMatchObject({ reported: '0.01' })
  })

  it('keeps a declined sale failed, never succeeded', async () => {
    const started = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '4', asset: 'USDC' }))
    await emulatorControl(emulatorUrl, emulatorToken, '/_emulator/transfers', { transactionId: started.transactionId, amountInFiat: 4, outcome: 'failed' })
    await expect
      .poll(async () => (await ok(callApi<SaleView>(base, token, 'sales.get', { sessionId: started.sessionId }))).state, { timeout: 10_000, interval: 100 })
      .toBe('failed')
  })

  it('marks a sale abandoned when Link is closed without a transfer', async () => {
    const started = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '1', asset: 'USDC' }))
    const v = await ok(callApi<SaleView>(base, token, 'sales.recordSdkEvent', { sessionId: started.sessionId, type: 'exit', payload: { summary: { page: 'integrationsCatalogPage' } } }))
    expect(v.state).toBe('abandoned')
  })

  it('gives a returning customer their saved connection, and forgets it on request', async () => {
    const first = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '2', asset: 'USDC', customerRef: 'LOYALTY-42' }))
    await ok(
      callApi(base, token, 'sales.recordSdkEvent', {
        sessionId: first.sessionId,
        type: 'integrationConnected',
        payload: { accessToken: { brokerType: 'coinbase', brokerName: 'Coinbase', accountTokens: [{ account: { accountId: 'a1', accountName: 'Main' }, accessToken: 'raw', tokenId: 'mmt-token-1' }] } }
      })
    )
    const stored = await ok(callApi<SaleView>(base, token, 'sales.get', { sessionId: first.sessionId }))
    expect(JSON.stringify(stored.sdkEvents)).not.toContain('mmt-token-1')
    const second = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '2', asset: 'USDC', customerRef: ' loyalty-42 ' }))
    expect(second.accessTokens).toEqual([{ accountId: 'a1', accountName: 'Main', accessToken: 'mmt-token-1', brokerType: 'coinbase', brokerName: 'Coinbase' }])
    const other = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '2', asset: 'USDC', customerRef: 'LOYALTY-43' }))
    expect(other.accessTokens).toBeUndefined()
    expect(await ok(callApi(base, token, 'customers.forget', { customerRef: 'LOYALTY-42' }))).toEqual({ removed: 1 })
    const third = await ok(callApi<SaleStarted>(base, token, 'sales.start', { amount: '2', asset: 'USDC', customerRef: 'LOYALTY-42' }))
    expect(third.accessTokens).toBeUndefined()
    // The loyalty number itself is never sent to Mesh or stored.
    const requests = app.emulator!.listLinkTokenRequests()
    expect(JSON.stringify(requests)).not.toMatch(/loyalty/i)
  })

  it('rejects bad amounts and unknown assets with a clear error', async () => {
    expect((await callApi(base, token, 'sales.start', { amount: '-1', asset: 'USDC' })).body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect((await callApi(base, token, 'sales.start', { amount: '0.00', asset: 'USDC' })).body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect((await callApi(base, token, 'sales.start', { amount: '1.234', asset: 'USDC' })).body).toEqual({ ok: false, error: { code: 'AMOUNT_INVALID', message: 'USD amounts have at most 2 decimals; 1.234 has 3.' } })
    expect((await callApi(base, token, 'sales.start', { amount: '5', asset: 'DOGE' })).body).toMatchObject({ ok: false, error: { code: 'PAYOUT_NOT_CONFIGURED' } })
  })

  it('replays a stored delivery through the ingest path as a duplicate', async () => {
    const p = meshPayload({ transferId: 'tr-replay', status: 'Pending' })
    expect(await postWebhook(app.webhookUrl, JSON.stringify(p), { secret: 'sandbox-test-secret' })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    const { items } = await ok(callApi<{ items: { id: number; verdict: string; eventId: string | null }[] }>(base, token, 'deliveries.list', { verdict: 'accepted', limit: 1 }))
    expect(items).toMatchObject([{ eventId: p.EventId }])
    const r = await ok(callApi<{ verdict: string; httpStatus: number; deliveryId: number }>(base, token, 'deliveries.replay', { id: items[0]!.id }))
    expect(r).toMatchObject({ verdict: 'duplicate', httpStatus: 200 })
    const replayed = await ok(callApi<{ replayOf: number }>(base, token, 'deliveries.get', { id: r.deliveryId }))
    expect(replayed.replayOf).toBe(items[0]!.id)
  })
})
