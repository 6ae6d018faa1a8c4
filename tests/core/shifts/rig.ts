// A counter's core without a host, on either store engine: the real store, the sales service,
// the shifts service and their command handlers behind the registry (validation, envelopes).
// Sales start through sales.start (Mesh's link token answered by a stub: no Mesh call matters
// here), SDK callbacks go through sales.recordSdkEvent, and Mesh's webhooks are signed
// deliveries recorded by the store, as the receiver hands them over.
import { createBus } from '../../../src/main/core/bus'
import { reportsCommands } from '../../../src/main/core/commands/reports'
import { createRegistry } from '../../../src/main/core/commands/registry'
import { shiftsCommands } from '../../../src/main/core/commands/shifts'
import { createSales } from '../../../src/main/core/sales/service'
import type { SecretStore } from '../../../src/main/core/secrets'
import { createShifts } from '../../../src/main/core/shifts/service'
import type { Store } from '../../../src/main/core/store'
import type { SessionRecord } from '../../../src/main/core/store/sessions'
import { signed, type EventInput } from '../store/engines'

export function memorySecrets(): SecretStore {
  const m = new Map<string, string>()
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v), delete: (k) => void m.delete(k), has: (k) => m.has(k) }
}

export interface Counter {
  store: Store
  clock: { now: number }
  sales: ReturnType<typeof createSales>
  shifts: ReturnType<typeof createShifts>
  dispatch(name: string, args?: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }>
  /** Starts a sale at the current clock; returns its session and transaction ids. */
  sale(amount: string, asset: string, network?: string): Promise<{ sessionId: string; transactionId: string }>
  /** A signed Mesh webhook for the sale's transfer, recorded by the store. */
  webhook(sale: { transactionId: string }, e: Omit<EventInput, 'transactionId'>): Promise<void>
  /** Ends a sale at the counter (sales.end: Cancel, or Escape in Link). */
  endSale(sessionId: string, reason: 'cancelled' | 'abandoned'): Promise<void>
}

export function counter(store: Store, start: number): Counter {
  const clock = { now: start }
  const now = () => clock.now
  const sales = createSales({
    store,
    bus: createBus(),
    secrets: memorySecrets(),
    mode: 'emulator',
    now,
    getLinkToken: async () => ({ linkToken: Buffer.from('http://127.0.0.1:1/link/test').toString('base64'), paymentLink: null })
  })
  const shifts = createShifts({ store, saleView: (s: SessionRecord) => sales.view(s), now, messageTimeZone: 'UTC' })
  const registry = createRegistry()
  registry.register(shiftsCommands(shifts))
  registry.register(reportsCommands(shifts))
  let received = 0
  return {
    store,
    clock,
    sales,
    shifts,
    dispatch: (name, args) => registry.dispatch(name, args) as never,
    async sale(amount, asset, network) {
      const r = await sales.start({ amount, asset, ...(network ? { network } : {}) })
      return { sessionId: r.sessionId, transactionId: r.transactionId }
    },
    async webhook(sale, e) {
      const [r] = await store.recordDeliveries([signed({ ...e, transactionId: sale.transactionId }, { receivedAt: clock.now + received++ })])
      if (r instanceof Error) throw r
      if (r!.verdict !== 'accepted') throw new Error(`webhook ${e.eventId} was ${r!.verdict}`)
    },
    async endSale(sessionId, reason) {
      await sales.end({ sessionId, reason })
    }
  }
}
