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
import { createMeshClient } from './mesh'
import type { MeshClient } from './mesh/types'
import { startMeshEmulator } from './emulator'
import type { MeshEmulator } from './emulator/types'
import { createSales } from './sales/service'
import { createSettings } from './settings/service'
import { createConnectivity } from './connectivity'
import { createFileSecretStore, type SecretStore } from './secrets'
import { CommandError } from './commands/registry'
import { ErrorCodes } from '../../shared/contract'

export interface MeshCredentials {
  clientId: string
  clientSecret: string
}

export interface CoreOptions {
  dataDir: string
  webhookSecret: string
  /** emulator: the built-in Mesh emulator; sandbox/production: Mesh itself with `credentials`. */
  mode: HealthInfo['mode']
  credentials?: MeshCredentials
  secrets?: SecretStore
  /** scrypt cost for the manager PIN (tests use a cheap one). */
  pinCost?: { N: number; r: number; p: number }
  /** Reconciliation tuning (tests use short intervals). */
  reconcile?: { intervalMs?: number; pendingAgeMs?: number }
  /** Emulator tuning (tests use short schedules). */
  emulator?: { retryScheduleMs?: number[]; settleDelayMs?: number }
  now?: () => number
  synchronous?: 'FULL' | 'NORMAL'
  nativeBinding?: string
  limits?: Partial<IngestLimits>
  bodyLimit?: number
  log?: (msg: string) => void
}

export const VERSION = '0.1.0'

export type Core = Awaited<ReturnType<typeof createCore>>

export function createCore(opts: CoreOptions) {
  const now = opts.now ?? Date.now
  const log = opts.log ?? (() => {})
  const store = createStore({ file: join(opts.dataDir, 'countertop.sqlite'), synchronous: opts.synchronous, nativeBinding: opts.nativeBinding, now })
  const bus = createBus()
  let secret = opts.webhookSecret
  const ingestor = createIngestor({ store, secret: () => secret, limits: opts.limits, now })
  const registry = createRegistry(log)
  const secrets = opts.secrets ?? createFileSecretStore(opts.dataDir)
  let receiver: Receiver | null = null
  let emulator: MeshEmulator | null = null
  let mesh: MeshClient | null = null
  if (opts.mode !== 'emulator') {
    if (!opts.credentials) throw new Error(`Mesh ${opts.mode} needs a client id and API key.`)
    mesh = createMeshClient({ environment: opts.mode, ...opts.credentials })
  }

  const sales = createSales({
    store,
    bus,
    secrets,
    mode: opts.mode,
    now,
    log,
    getLinkToken: (req) => {
      if (!mesh) throw new CommandError('MESH_NOT_READY', 'The Mesh connection is not ready yet; try again in a moment.')
      return mesh.getLinkToken(req)
    }
  })
  const sweep = setInterval(() => {
    if (store.db.open) sales.sweepExpired()
  }, 5_000)
  sweep.unref()

  function setSecret(s: string): void {
    secret = s
    if (emulator && receiver) emulator.setWebhookTarget(receiver.url, s)
  }

  function needEmulator(): MeshEmulator {
    if (!emulator) throw new CommandError('NOT_IN_EMULATOR_MODE', 'Fault scenarios exist only with the built-in Mesh emulator (run with --sandbox).')
    return emulator
  }

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

  function publishTransfer(transferId: string): void {
    const row = store.transfers.get(transferId)
    if (!row) return
    bus.publish('transfer.updated', row)
    if (row.sessionId) sales.refresh(row.sessionId, true)
  }

  function publishDelivery(r: IngestResult): void {
    if (bus.size() === 0) return
    if (r.changedTransferId) publishTransfer(r.changedTransferId)
    const d = store.deliveries.get(r.deliveryRowId)
    if (d) bus.publish('delivery.recorded', d)
  }

  let receiverHost = '127.0.0.1'
  let consolePort: number | null = null
  const connectivity = createConnectivity({
    store,
    bus,
    secrets,
    now,
    log,
    mesh: () => mesh,
    webhookSecret: () => secret,
    receiver: () => (receiver ? { host: receiverHost, port: receiver.port, url: receiver.url } : null),
    consolePort: () => consolePort,
    publishTransfer,
    reconcileIntervalMs: opts.reconcile?.intervalMs,
    pendingAgeMs: opts.reconcile?.pendingAgeMs
  })

  registry.register(ledgerHandlers(store))
  registry.register(connectivity.handlers)
  registry.register(sales.handlers)
  registry.register(
    createSettings({
      store,
      secrets,
      runningMode: opts.mode,
      now,
      pinCost: opts.pinCost,
      activeWebhookSecret: () => secret,
      onWebhookSecret: (s) => setSecret(s)
    }).handlers
  )
  registry.register({
    'deliveries.replay': ({ id }) => {
      const d = store.deliveries.getRaw(id)
      if (!d) throw new CommandError(ErrorCodes.NOT_FOUND, `No delivery #${id}.`)
      const headers = JSON.parse(d.headers) as Record<string, string>
      const r = ingestor.ingest({ raw: Buffer.from(d.body ?? []), headers, remoteAddress: 'replay', receivedAt: now(), replayOf: id, isTest: d.is_test === 1 })
      setImmediate(() => publishDelivery(r))
      return { deliveryId: r.deliveryRowId, verdict: r.verdict, httpStatus: r.httpStatus }
    },
    'sandbox.setFaults': ({ faults }) => {
      needEmulator().setNextSaleFaults(faults)
      return { faults }
    },
    'sandbox.createTransfer': ({ amountInFiat, symbol, outcome, faults }) => {
      const created = needEmulator().createTransfer({ amountInFiat: Number(amountInFiat), symbol, outcome, faults })
      return { transferId: created.transferId, eventIds: created.eventIds }
    }
  })
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
    sales,
    now,
    get receiver() {
      return receiver
    },
    get emulator() {
      return emulator
    },
    get mesh() {
      return mesh
    },
    connectivity,
    /** The console's port, so the tunnel can refuse to expose it. */
    setConsolePort(port: number) {
      consolePort = port
    },
    /** Heartbeat, start-up catch-up, periodic reconciliation and a saved tunnel: after the receiver (and emulator) run. */
    startBackground(): void {
      connectivity.start()
    },
    /** In emulator mode: starts the emulator, wired to our receiver and secret, and points the Mesh client at it. */
    async startEmulator(host: string, port = 0): Promise<MeshEmulator | null> {
      if (opts.mode !== 'emulator') return null
      if (!receiver) throw new Error('start the receiver first')
      emulator = await startMeshEmulator({
        host,
        port,
        webhookUrl: receiver.url,
        webhookSecret: secret,
        ...opts.emulator
      })
      mesh = createMeshClient({ baseUrl: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret })
      return emulator
    },
    setWebhookSecret: (s: string) => setSecret(s),
    async startReceiver(host: string, port: number): Promise<Receiver> {
      receiverHost = host
      receiver = await startReceiver({
        ingestor,
        host,
        port,
        bodyLimit: opts.bodyLimit,
        sourceAllowed: connectivity.sourceAllowed,
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
      await connectivity.stop()
      if (emulator) await emulator.close()
      emulator = null
      if (receiver) await receiver.close()
      receiver = null
      clearInterval(answerTimer)
      clearInterval(sweep)
      flushAnswers()
      store.close()
    }
  }
}
