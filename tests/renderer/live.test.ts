// Live events into the store: every contract event is accepted and batched, the tunnel status
// stays current, and nothing announced while a list is loading is lost.
import { describe, expect, it } from 'vitest'
import { EVENT_NAMES, type DeliveryRow, type EventName, type Events, type Page, type SettingsView, type TransferRow, type TunnelStatusView, type TunnelView } from '../../src/shared/contract'
import { isEventMessage } from '../../src/renderer/src/bridge/types'
import { createBatcher, emptyBatch, joinBatch, type EventBatch } from '../../src/renderer/src/lib/batcher'
import { deliverBatch } from '../../src/renderer/src/live'
import { selectTunnelSummary } from '../../src/renderer/src/store/selectors'
import { deferred, makeStore } from './fakes'
import { delivery, row, sale } from './fixtures'

function tunnelStatus(p: Partial<TunnelStatusView> = {}): TunnelStatusView {
  return { state: 'off', provider: null, publicUrl: null, reason: null, code: null, warning: null, since: 1_000, nextRetryAt: null, failures: 0, downSince: null, ...p }
}

function tunnelView(status: TunnelStatusView = tunnelStatus()): TunnelView {
  return {
    status,
    config: { provider: null, domain: null, publicUrl: null, authtokenSet: false },
    localWebhookUrl: 'http://127.0.0.1:1/webhooks/mesh',
    allowlist: { enabled: false, addresses: ['20.22.113.37'] },
    downtime: []
  }
}

/** One example payload per contract event, and where it must land in a batch. */
const SAMPLES: { [K in EventName]: { payload: Events[K]; inBatch: (b: EventBatch) => unknown } } = {
  'transfer.updated': { payload: row({ transferId: 't' }), inBatch: (b) => b.transfers[0]?.transferId },
  'delivery.recorded': { payload: delivery({ id: 7 }), inBatch: (b) => b.deliveries[0]?.id },
  'sale.updated': { payload: sale({ sessionId: 's' }), inBatch: (b) => b.sales[0]?.sessionId },
  'tunnel.updated': { payload: tunnelStatus({ state: 'online', publicUrl: 'https://pay.example.com/webhooks/mesh' }), inBatch: (b) => b.tunnel?.state },
  'display.updated': {
    payload: { state: 'due', sessionId: 's', charge: null, paymentLink: null, shopName: '', locale: null, updatedAt: 1 },
    inBatch: (b) => b.display?.state
  },
  'reconcile.progress': { payload: { runId: 3, pages: 2, checked: 150, imported: 1, updated: 0, done: false }, inBatch: (b) => b.reconcile?.runId }
}

describe('contract events in the renderer', () => {
  it.each(EVENT_NAMES.map((n) => [n]))('accepts %s from the bridge and puts it in a batch', (name) => {
    const sample = SAMPLES[name]
    expect(sample, `tests/renderer/live.test.ts has no sample for ${name}`).toBeDefined()
    const msg = { type: name, payload: sample.payload }
    expect(isEventMessage(msg)).toBe(true)
    const batch = emptyBatch()
    joinBatch(batch, msg as never)
    expect(sample.inBatch(batch)).toBeDefined()
  })

  it('drops event types the contract does not declare', () => {
    expect(isEventMessage({ type: 'tunnel.updatedX', payload: {} })).toBe(false)
    expect(isEventMessage({ type: 'hello', payload: {} })).toBe(false)
    expect(isEventMessage({ type: 'tunnel.updated', payload: null })).toBe(false)
  })

  it('keeps only the last tunnel status of a frame', () => {
    const frames: (() => void)[] = []
    const batches: EventBatch[] = []
    const b = createBatcher((x) => batches.push(x), (cb) => frames.push(cb))
    b.push({ type: 'tunnel.updated', payload: tunnelStatus({ state: 'connecting' }) })
    b.push({ type: 'tunnel.updated', payload: tunnelStatus({ state: 'error', reason: 'unreachable' }) })
    frames[0]!()
    expect(batches).toHaveLength(1)
    expect(batches[0]!.tunnel).toMatchObject({ state: 'error', reason: 'unreachable' })
  })
})

describe('tunnel in the store', () => {
  it('moves the Health strip with each live tunnel status', async () => {
    const { store } = makeStore({ 'tunnel.status': () => tunnelView() })
    await store.getState().loadTunnel()
    expect(selectTunnelSummary(store.getState())).toMatchObject({ state: 'off', publicUrl: null })
    deliverBatch(store, { ...emptyBatch(), tunnel: tunnelStatus({ state: 'online', provider: 'manual', publicUrl: 'https://pay.example.com/webhooks/mesh' }) })
    expect(selectTunnelSummary(store.getState())).toMatchObject({ state: 'online', provider: 'manual', publicUrl: 'https://pay.example.com/webhooks/mesh' })
    // The rest of the view (config, downtime) is kept.
    expect(store.getState().tunnel?.localWebhookUrl).toBe('http://127.0.0.1:1/webhooks/mesh')
  })

  it('keeps a live status that arrives while tunnel.status is in flight', async () => {
    const reply = deferred<TunnelView>()
    const { store } = makeStore({ 'tunnel.status': () => reply.promise })
    const loading = store.getState().loadTunnel()
    deliverBatch(store, { ...emptyBatch(), tunnel: tunnelStatus({ state: 'connecting', provider: 'manual' }) })
    reply.resolve(tunnelView(tunnelStatus({ state: 'off' })))
    await loading
    expect(store.getState().tunnel?.status.state).toBe('connecting')
  })

  it('takes the reply when no live status arrived meanwhile', async () => {
    const { store } = makeStore({ 'tunnel.status': () => tunnelView(tunnelStatus({ state: 'error', reason: 'no DNS' })) })
    deliverBatch(store, { ...emptyBatch(), tunnel: tunnelStatus({ state: 'connecting' }) }) // before the load: not shown, and stale by then
    await store.getState().loadTunnel()
    expect(store.getState().tunnel?.status).toMatchObject({ state: 'error', reason: 'no DNS' })
  })

  it('reloads the Health screen (downtime windows) when the tunnel changes state there', async () => {
    let loads = 0
    const { store } = makeStore({ 'tunnel.status': () => (loads++, tunnelView()) })
    store.getState().setRoute('#/health')
    await store.getState().loadTunnel()
    deliverBatch(store, { ...emptyBatch(), tunnel: tunnelStatus({ state: 'off', failures: 0 }) })
    expect(loads).toBe(1) // same state: nothing to reload
    deliverBatch(store, { ...emptyBatch(), tunnel: tunnelStatus({ state: 'error' }) })
    expect(loads).toBe(2)
  })
})

describe('nothing announced during a load is lost', () => {
  it('keeps a delivery announced while the deliveries list is loading', async () => {
    const reply = deferred<Page<DeliveryRow>>()
    const { store } = makeStore({ 'deliveries.list': () => reply.promise })
    const loading = store.getState().setVerdictFilter('rejected')
    // Recorded after the server read the page, announced before the reply arrived.
    store.getState().applyDeliveries([delivery({ id: 9, verdict: 'signature_invalid', httpStatus: 401 }), delivery({ id: 10 })])
    reply.resolve({ items: [delivery({ id: 4, verdict: 'signature_missing', httpStatus: 401 })], total: 1, nextCursor: null })
    await loading
    expect(store.getState().deliveries.map((d) => d.id)).toEqual([9, 4])
    expect(store.getState().deliveriesTotal).toBe(2)
  })

  it('does not count a delivery twice when the page already holds it', async () => {
    const reply = deferred<Page<DeliveryRow>>()
    const { store } = makeStore({ 'deliveries.list': () => reply.promise })
    const loading = store.getState().loadDeliveries()
    store.getState().applyDeliveries([delivery({ id: 5 })])
    reply.resolve({ items: [delivery({ id: 5 })], total: 1, nextCursor: null })
    await loading
    expect(store.getState().deliveries.map((d) => d.id)).toEqual([5])
    expect(store.getState().deliveriesTotal).toBe(1)
  })

  it('applies a transfer update announced while the ledger is loading', async () => {
    const reply = deferred<Page<TransferRow>>()
    const { store } = makeStore({ 'ledger.list': () => reply.promise })
    const loading = store.getState().loadLedger()
    store.getState().applyTransferUpdates([row({ transferId: 'a', status: 'succeeded', statusRaw: 'Succeeded', isFinal: true, updatedAt: 2_000 })])
    reply.resolve({ items: [row({ transferId: 'a', updatedAt: 1_000 })], total: 1, nextCursor: null })
    await loading
    expect(store.getState().ledgerRows.map((r) => `${r.transferId}:${r.status}`)).toEqual(['a:succeeded'])
    expect(store.getState().ledgerTotal).toBe(1)
  })
})

describe('emulator faults form', () => {
  it('keeps a fault typed while "Clear faults" is still on its way to the server', async () => {
    const answer = deferred<{ faults: null }>()
    const { store } = makeStore({ 'sandbox.setFaults': () => answer.promise })
    store.getState().setFaultField('slowFirst', 1)
    const clearing = store.getState().clearNextSaleFaults()
    expect(store.getState().faultsForm.slowFirst).toBe(0)
    store.getState().setFaultField('badSignature', 1)
    answer.resolve({ faults: null })
    await clearing
    expect(store.getState().faultsForm).toMatchObject({ slowFirst: 0, badSignature: 1 })
    expect(store.getState().sandboxMessage).toBe('No faults for the next sale.')
  })
})

describe('settings', () => {
  const view = (p: Partial<SettingsView> = {}): SettingsView => ({
    environment: 'emulator',
    runningMode: 'emulator',
    restartRequired: false,
    meshClientId: null,
    secrets: { meshApiKey: { set: false, last4: null }, webhookSecret: { set: true, last4: null } },
    payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x' + '11'.repeat(20) }],
    currency: 'USD',
    pinSet: false,
    networks: ['Ethereum'],
    locale: null,
    fxRates: {},
    saleLimit: null,
    shop: { name: '', address: '' },
    paidSound: false,
    notifications: false,
    ...p
  })

  it('keeps the unsaved edits when the manager sets the PIN first', async () => {
    let pinSet = false
    const { store } = makeStore({
      'settings.get': () => view({ pinSet }),
      'settings.setPin': () => ((pinSet = true), { pinSet: true })
    })
    await store.getState().loadConfig()
    store.getState().editPayout(0, { address: '0x' + 'ab'.repeat(20) })
    expect(await store.getState().setPin('', '2468')).toBe(true)
    expect(store.getState().config?.pinSet).toBe(true)
    expect(store.getState().draft?.payouts[0]?.address).toBe('0x' + 'ab'.repeat(20))
  })
})
