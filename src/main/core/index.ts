// The core: store, ingest, bus and command handlers, wired together. Plain Node; the
// Electron main process and headless mode both host exactly this.
import { join } from 'node:path'
import type { HealthInfo } from '../../shared/contract'
import { createBus } from './bus'
import { ledgerHandlers } from './commands/ledger'
import { createRegistry } from './commands/registry'
import { createStore } from './store'
import { createIngestor, type IngestLimits, type IngestResult } from './webhooks/ingest'
import { startReceiver, type Receiver } from './webhooks/receiver'

export interface CoreOptions {
  dataDir: string
  webhookSecret: string
  mode: HealthInfo['mode']
  now?: () => number
  synchronous?: 'FULL' | 'NORMAL'
  limits?: Partial<IngestLimits>
  bodyLimit?: number
  log?: (msg: string) => void
}

export const VERSION = '0.1.0'

export type Core = Awaited<ReturnType<typeof createCore>>

export function createCore(opts: CoreOptions) {
  const now = opts.now ?? Date.now
  const log = opts.log ?? (() => {})
  const store = createStore({ file: join(opts.dataDir, 'countertop.sqlite'), synchronous: opts.synchronous, now })
  const bus = createBus()
  let secret = opts.webhookSecret
  const ingestor = createIngestor({ store, secret: () => secret, limits: opts.limits, now })
  const registry = createRegistry(log)
  let receiver: Receiver | null = null

  // Our time to answer is known only after the reply: batch those writes off the ack path.
  let pendingAnswers: { id: number; ms: number }[] = []
  const flushAnswers = () => {
    if (pendingAnswers.length === 0 || !store.db.open) return
    const batch = pendingAnswers
    pendingAnswers = []
    try {
      store.deliveries.recordAnswerTimes(batch)
    } catch (err) {
      log(`could not record answer times: ${(err as Error).message}`)
    }
  }
  const answerTimer = setInterval(flushAnswers, 100)
  answerTimer.unref()

  function publishDelivery(r: IngestResult): void {
    if (bus.size() === 0) return
    if (r.changedTransferId) {
      const row = store.transfers.get(r.changedTransferId)
      if (row) bus.publish('transfer.updated', row)
    }
    const d = store.deliveries.get(r.deliveryRowId)
    if (d) bus.publish('delivery.recorded', d)
  }

  registry.register(ledgerHandlers(store))
  registry.register({
    'health.get': () => ({
      mode: opts.mode,
      receiverListening: receiver !== null,
      webhookUrl: receiver?.url ?? '',
      lastDeliveryAt: store.deliveries.lastReceivedAt(),
      version: VERSION
    })
  })

  return {
    store,
    bus,
    ingestor,
    registry,
    now,
    get receiver() {
      return receiver
    },
    setWebhookSecret(s: string) {
      secret = s
    },
    async startReceiver(host: string, port: number): Promise<Receiver> {
      receiver = await startReceiver({
        ingestor,
        host,
        port,
        bodyLimit: opts.bodyLimit,
        log,
        onAnswered: (id, ms) => {
          pendingAnswers.push({ id, ms })
          if (pendingAnswers.length >= 500) flushAnswers()
        },
        onDelivered: (r) => setImmediate(() => publishDelivery(r))
      })
      return receiver
    },
    /** Closes listeners first (in-flight requests finish), then the database. */
    async close(): Promise<void> {
      if (receiver) await receiver.close()
      receiver = null
      clearInterval(answerTimer)
      flushAnswers()
      store.close()
    }
  }
}
