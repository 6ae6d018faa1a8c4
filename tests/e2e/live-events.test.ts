// Every event of the contract, caused for real on the headless server, through the renderer's
// real HTTP/WebSocket bridge and its event wiring (connectEvents), into the zustand store. The
// cases come from the contract's EVENT_NAMES: an event added to the contract without a case
// here fails (at compile time, and at run time), and so does one the renderer does not handle.
import { createHmac, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { EVENT_NAMES, type CommandArgs, type CommandName, type CommandResult, type EventMessage, type EventName, type Events } from '../../src/shared/contract'
import { createHttpBridge } from '../../src/renderer/src/bridge/http'
import type { Bridge } from '../../src/renderer/src/bridge/types'
import { connectEvents } from '../../src/renderer/src/live'
import { createAppStore, type AppState, type AppStore } from '../../src/renderer/src/store'
import { emulatorFetch, startHeadless, WEBHOOK_SECRET, type Headless } from './console-helpers'

/** Posts a Mesh transfer-status webhook, signed like Mesh signs it. */
async function deliver(h: Headless, p: { transferId: string; status: 'Pending' | 'Succeeded'; transactionId?: string; eventId?: string }): Promise<string> {
  const eventId = p.eventId ?? randomUUID()
  const body = JSON.stringify({
    EventId: eventId,
    Id: randomUUID(),
    SentTimestamp: Math.floor(Date.now() / 1000),
    Timestamp: Date.now(),
    TransferId: p.transferId,
    TransferStatus: p.status,
    TransactionId: p.transactionId ?? `txn-${p.transferId}`,
    UserId: 'user-live',
    Token: 'USDC',
    Chain: 'Ethereum',
    SourceAmount: 3.1,
    DestinationAmount: 3.1,
    SourceAccountProvider: 'Coinbase',
    DestinationAddress: '0x1111111111111111111111111111111111111111'
  })
  const res = await fetch(h.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mesh-signature-256': createHmac('sha256', WEBHOOK_SECRET).update(body).digest('base64') },
    body
  })
  expect(res.status).toBe(200)
  return eventId
}

interface Ctx {
  h: Headless
  store: AppStore
  /** The bridge itself, for causing things without going through the store's actions. */
  bridge: Bridge
  /** Every event message the bridge handed over, in order. */
  seen: EventMessage[]
  /** Every command sent through the bridge (the store's own loads included), in order. */
  calls: string[]
  /** Waits until `check` holds for the store (and what the bridge carried). */
  until(check: (s: AppState, seen: EventMessage[]) => void): Promise<void>
}

async function invoke<K extends CommandName>(bridge: Bridge, name: K, args: CommandArgs<K>): Promise<CommandResult<K>> {
  const r = await bridge.invoke(name, args)
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`)
  return r.value
}

const carried = <K extends EventName>(seen: EventMessage[], type: K, match: (p: Events[K]) => boolean) =>
  seen.some((m) => m.type === type && match(m.payload as Events[K]))

/** How to cause each event for real, and where it must show up in the store. */
const CASES: { [K in EventName]: (ctx: Ctx) => Promise<void> } = {
  'display.updated': async ({ bridge, until }) => {
    // A sale with a Paylink puts its charge and QR link on the customer display.
    const started = await invoke(bridge, 'sales.start', { amount: '4.20', asset: 'USDC', payLink: true })
    await until((_s, seen) => {
      expect(
        carried(seen, 'display.updated', (v) => v.sessionId === started.sessionId && v.state === 'due' && v.charge?.amount === '4.20' && v.paymentLink === started.sale.paymentLink),
        'the bridge carried display.updated with the sale due'
      ).toBe(true)
    })
    expect(started.sale.paymentLink).toMatch(/\/paylink\?linkToken=/)
    // The console does not keep the display's view; what it was told is what display.get says.
    expect(await invoke(bridge, 'display.get', {})).toMatchObject({ state: 'due', sessionId: started.sessionId, paymentLink: started.sale.paymentLink })
  },
  'delivery.recorded': async ({ h, until }) => {
    const eventId = await deliver(h, { transferId: `live-d-${randomUUID()}`, status: 'Pending' })
    await until((s, seen) => {
      expect(carried(seen, 'delivery.recorded', (d) => d.eventId === eventId), 'the bridge carried delivery.recorded').toBe(true)
      const d = s.deliveries.find((x) => x.eventId === eventId)
      expect(d, 'the inspector list holds the delivery').toMatchObject({ verdict: 'accepted', httpStatus: 200 })
      expect(s.health?.lastDeliveryAt, 'the Health strip moved "last delivery"').toBeGreaterThanOrEqual(d!.receivedAt)
    })
  },

  'transfer.updated': async ({ h, until }) => {
    const transferId = `live-t-${randomUUID()}`
    await deliver(h, { transferId, status: 'Pending' })
    await deliver(h, { transferId, status: 'Succeeded' })
    await until((s, seen) => {
      expect(carried(seen, 'transfer.updated', (t) => t.transferId === transferId && t.status === 'succeeded'), 'the bridge carried transfer.updated').toBe(true)
      expect(s.ledgerRows.find((r) => r.transferId === transferId), 'the ledger holds the transfer').toMatchObject({ status: 'succeeded', isFinal: true })
    })
  },

  'sale.updated': async ({ h, bridge, until }) => {
    // Started through the bridge directly: only the event can bring it into the store.
    const started = await invoke(bridge, 'sales.start', { amount: '3.10', asset: 'USDC' })
    await until((s) => expect(s.sales[started.sessionId], 'the new sale is in the store').toMatchObject({ state: 'waiting' }))
    const transferId = `live-s-${randomUUID()}`
    await deliver(h, { transferId, status: 'Pending', transactionId: started.transactionId })
    await until((s, seen) => {
      expect(carried(seen, 'sale.updated', (v) => v.sessionId === started.sessionId && v.state === 'pending')).toBe(true)
      expect(s.sales[started.sessionId], 'the sale moved to pending with its transfer').toMatchObject({ state: 'pending', transferId })
    })
  },

  'reconcile.progress': async ({ h, bridge, until }) => {
    // A transfer Mesh (the emulator) settles but whose webhooks it drops: only a sweep finds it.
    const res = await emulatorFetch(h, '/_emulator/transfers', { amountInFiat: 2.75, outcome: 'succeeded', faults: { dropWebhooks: true } })
    expect(res.status).toBe(201)
    const { transferId } = (await res.json()) as { transferId: string }
    await vi.waitFor(
      async () => {
        const list = (await (await emulatorFetch(h, '/_emulator/transfers')).json()) as { items: { transfer: { id: string; status: string } }[] }
        expect(list.items.find((t) => t.transfer.id === transferId)?.transfer.status).toBe('succeeded')
      },
      { timeout: 10_000, interval: 50 }
    )
    // Run through the bridge directly: only the events can bring the progress into the store.
    const r = await invoke(bridge, 'reconcile.run', {})
    expect(r.changes).toContainEqual({ transferId, status: 'succeeded', kind: 'imported' })
    await until((s, seen) => {
      expect(carried(seen, 'reconcile.progress', (p) => p.runId === r.runId && !p.done && p.pages >= 1), 'a progress event per page').toBe(true)
      expect(s.reconcileProgress, 'the store holds the run’s final progress').toEqual({ runId: r.runId, pages: r.pages, checked: r.checked, imported: r.imported, updated: r.updated, done: true })
    })
  },

  'tunnel.updated': async ({ bridge, calls, until }) => {
    const before = calls.length
    // A manual tunnel to a name that cannot resolve: connecting, then down (retrying).
    await invoke(bridge, 'tunnel.start', { provider: 'manual', publicUrl: 'https://countertop-live.example.invalid' })
    await until((s, seen) => {
      expect(carried(seen, 'tunnel.updated', (t) => t.provider === 'manual' && t.state === 'error'), 'the bridge carried tunnel.updated').toBe(true)
      expect(s.tunnel?.status).toMatchObject({ state: 'error', provider: 'manual', code: 'TUNNEL_UNREACHABLE' })
    })
    await invoke(bridge, 'tunnel.stop', {})
    await until((s) => expect(s.tunnel?.status.state, 'stopping it is announced too').toBe('off'))
    // Events alone moved it: the store never asked for the tunnel again.
    expect(calls.slice(before).filter((c) => c === 'tunnel.status')).toEqual([])
  }
}

describe('contract events through the real HTTP/WebSocket bridge into the store', () => {
  let ctx: Ctx
  let disconnect: () => void = () => {}

  beforeAll(async () => {
    const h = await startHeadless()
    const http = createHttpBridge(h.token, { origin: h.base })
    const seen: EventMessage[] = []
    const calls: string[] = []
    const bridge: Bridge = {
      kind: http.kind,
      invoke: (name, args) => {
        calls.push(name)
        return http.invoke(name, args)
      },
      subscribe: (listener, onState) =>
        http.subscribe((m) => {
          seen.push(m)
          listener(m)
        }, onState)
    }
    const store = createAppStore({ bridge, link: { open: async () => {}, close: () => {} }, now: () => Date.now() })
    const until: Ctx['until'] = (check) => vi.waitFor(() => check(store.getState(), seen), { timeout: 10_000, interval: 25 })
    ctx = { h, store, bridge, seen, calls, until }
    // The wiring the console itself uses (bootstrap), with a timer for animation frames.
    disconnect = connectEvents(store, bridge, (cb) => setTimeout(cb, 16))
    await vi.waitFor(() => expect(store.getState().stream).toBe('open'), { timeout: 10_000 })
    // What the console loads at start: the lists and panels live events are merged into.
    const s = store.getState()
    await Promise.all([s.loadHealth(), s.loadTunnel(), s.loadShiftSales(), s.loadLedger(), s.loadDeliveries()])
    expect(store.getState().tunnel?.status.state).toBe('off')
  }, 60_000)

  afterAll(async () => {
    disconnect()
    await ctx?.h.stop()
  })

  it.each(EVENT_NAMES.map((name) => [name]))('%s reaches the store', async (name) => {
    const cause = CASES[name]
    expect(cause, `tests/e2e/live-events.test.ts has no case for the contract event ${name}: cause it for real and check where it lands in the store`).toBeTypeOf('function')
    await cause(ctx)
    expect(ctx.seen.some((m) => m.type === name)).toBe(true)
  })
})
