import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Headless } from '../../src/main/headless/app'
import type { DeliveryRow, Page, ReconcileResultView, SaleStarted, SaleView, SelfTestResult, TransferDetail, TransferRow, TunnelView } from '../../src/shared/contract'
import { callApi, emulatorControl, emulatorTransfer, meshPayload, postWebhook, startSandbox, value as ok, waitFor } from '../helpers'

const token = 'conn-token-abcdef'

describe('tunnel, self-test and reconciliation (headless --sandbox)', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>
  let app: Headless
  let base: string
  let emulatorUrl: string
  let emulatorToken: string
  const api = <T>(name: string, args: unknown = {}) => ok(callApi<T>(base, token, name, args))

  // A fresh sandbox per test: the self-test, the allowlist and the tunnel each start from scratch.
  beforeEach(async () => {
    sandbox = await startSandbox(token, { emulator: { retryScheduleMs: [100], settleDelayMs: 100 }, reconcile: { intervalMs: 3_600_000, pendingAgeMs: 0 } })
    ;({ app, base, emulatorUrl, emulatorToken } = sandbox)
  })
  afterEach(() => sandbox.stop())

  it('resolves a sale whose webhooks were all dropped through reconcile.run, with provenance "poll"', async () => {
    // Runs are one at a time: this one ends after the start-up catch-up, which (on a busy
    // machine) could otherwise list the transfer below before our run does.
    await api<ReconcileResultView>('reconcile.run', {})
    const sale = await api<SaleStarted>('sales.start', { amount: '7.25', asset: 'USDC' })
    const transferId = await emulatorTransfer(emulatorUrl, emulatorToken, { transactionId: sale.transactionId, amountInFiat: 7.25, outcome: 'succeeded', faults: { dropWebhooks: true } })
    // Until the emulator settles the transfer, Mesh's REST list still says pending.
    await waitFor(
      async () => {
        const { items } = (await (await emulatorControl(emulatorUrl, emulatorToken, '/_emulator/transfers')).json()) as { items: { transfer: { id: string; status: string } }[] }
        return items.some((t) => t.transfer.id === transferId && t.transfer.status === 'succeeded')
      },
      { what: `the emulator to settle ${transferId} as succeeded` }
    )
    const r = await api<ReconcileResultView>('reconcile.run', { transactionId: sale.transactionId })
    expect(r.changedTransferIds).toContain(transferId)
    const detail = await api<TransferDetail>('ledger.get', { transferId })
    expect(detail.transfer).toMatchObject({ status: 'succeeded', provenance: 'poll', sessionId: sale.sessionId, deliveryCount: 0 })
    expect(detail.events.every((e) => e.provenance === 'poll' && e.deliveries.length === 0)).toBe(true)
    expect((await api<SaleView>('sales.get', { sessionId: sale.sessionId })).state).toBe('succeeded')
    const again = await api<ReconcileResultView>('reconcile.run', { transactionId: sale.transactionId })
    expect(again.changedTransferIds).toEqual([])
  })

  it('self-tests the receiver with a signed test delivery that stays out of the sales ledger', async () => {
    const r = await api<SelfTestResult>('health.selfTest')
    expect(r).toMatchObject({ ok: true, viaTunnel: false, httpStatus: 200, verdict: 'accepted' })
    expect(r.url).toBe(app.webhookUrl)
    const page = await api<Page<TransferRow>>('ledger.list', { limit: 500 })
    expect(page.items.some((t) => t.transferId.startsWith('selftest-'))).toBe(false)
    const withTests = await api<Page<TransferRow>>('ledger.list', { limit: 500, includeTests: true })
    expect(withTests.items.filter((t) => t.transferId.startsWith('selftest-')).map((t) => t.isTest)).toEqual([true])
  })

  it('reports a manual tunnel it cannot reach with a reason a person can act on, and stops it', async () => {
    const started = await api<TunnelView>('tunnel.start', { provider: 'manual', publicUrl: 'https://countertop.example.invalid' })
    expect(started.config).toMatchObject({ provider: 'manual', publicUrl: 'https://countertop.example.invalid' })
    await expect.poll(async () => (await api<TunnelView>('tunnel.status')).status.state, { timeout: 15_000 }).toBe('error')
    const st = await api<TunnelView>('tunnel.status')
    expect(st.status.reason).toBeTruthy()
    expect(st.localWebhookUrl).toBe(app.webhookUrl)
    const stopped = await api<TunnelView>('tunnel.stop')
    expect(stopped.status.state).toBe('off')
  })

  it('asks for an ngrok authtoken before trying ngrok', async () => {
    const r = await callApi(base, token, 'tunnel.start', { provider: 'ngrok' })
    expect(r.body).toMatchObject({ ok: false, error: { code: 'TUNNEL_AUTHTOKEN_MISSING' } })
  })

  it('with the IP allowlist on, refuses other senders (403, recorded) and admits Mesh via the tunnel hop', async () => {
    expect((await api<TunnelView>('tunnel.setAllowlist', { enabled: true })).allowlist).toEqual({ enabled: true, addresses: ['20.22.113.37'] })
    const body = JSON.stringify(meshPayload({ transferId: 'allow-1', status: 'Pending' }))
    expect((await postWebhook(app.webhookUrl, body, { secret: 'sandbox-test-secret' })).status).toBe(403)
    const spoofed = await postWebhook(app.webhookUrl, body, { secret: 'sandbox-test-secret', headers: { 'x-forwarded-for': '20.22.113.37' } })
    expect(spoofed).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    const refused = await api<Page<DeliveryRow>>('deliveries.list', { verdict: 'source_not_allowed' })
    expect(refused.items.length).toBe(1)
    expect(refused.items[0]).toMatchObject({ httpStatus: 403 })
    expect((await api<TunnelView>('tunnel.setAllowlist', { enabled: false })).allowlist.enabled).toBe(false)
    expect((await postWebhook(app.webhookUrl, JSON.stringify(meshPayload({ transferId: 'allow-2', status: 'Pending' })), { secret: 'sandbox-test-secret' })).status).toBe(200)
  })
})

describe('automatic reconciliation', () => {
  it('catches up on its own after the configured interval', async () => {
    const auto = await startSandbox(token, { emulator: { settleDelayMs: 100 }, reconcile: { intervalMs: 400, pendingAgeMs: 0 } })
    const { base: b2, emulatorUrl: e2, emulatorToken: t2 } = auto
    try {
      const sale = await ok(callApi<SaleStarted>(b2, token, 'sales.start', { amount: '2.00', asset: 'USDC' }))
      const transferId = await emulatorTransfer(e2, t2, { transactionId: sale.transactionId, amountInFiat: 2, outcome: 'failed', faults: { dropWebhooks: true } })
      await expect
        .poll(async () => (await callApi<TransferDetail>(b2, token, 'ledger.get', { transferId })).body, { timeout: 15_000, interval: 200 })
        .toMatchObject({ ok: true, value: { transfer: { status: 'failed', provenance: 'poll' } } })
    } finally {
      await auto.stop()
    }
  })
})
