// The core: store, ingest, bus and command handlers, wired together. Plain Node; the
// Electron main process and headless mode both host exactly this.
import { join } from 'node:path'
import pino, { type Logger } from 'pino'
import type { DisplayOpenResult, HealthInfo, SaleView } from '../../shared/contract'
import { createBus } from './bus'
import { domainCommands } from './commands'
import { createRegistry } from './commands/registry'
import { openSqliteStore, type Store } from './store'
import { openPostgresStore, type ChangeNotice } from './store/postgres'
import { createIngestor, type IngestLimits, type IngestResult } from './webhooks/ingest'
import { startReceiver, type Receiver } from './webhooks/receiver'
import { createMeshClient } from './mesh'
import type { MeshClient } from './mesh/types'
import type { SandboxControl } from './sandbox'
import { createSales } from './sales/service'
import { createSettings } from './settings/service'
import { createShifts } from './shifts/service'
import { createConnectivity } from './connectivity'
import { createDisplay } from './display'
import { createFileSecretStore, type SecretStore } from './secrets'
import { CommandError } from './commands/registry'
import { NGROK_AUTHTOKEN } from './connectivity'
import { SECRET_KEYS } from './settings/service'

/** Secret-store entries whose values must never leave the core (support bundles scrub them). */
const SECRET_NAMES = [SECRET_KEYS.meshApiKey, SECRET_KEYS.webhookSecret, NGROK_AUTHTOKEN, 'customerSalt'] as const

export interface MeshCredentials {
  clientId: string
  clientSecret: string
}

/** Where the core's Mesh client talks: real Mesh (by environment) or any base URL (the emulator). */
export interface MeshConnection extends MeshCredentials {
  baseUrl?: string
}

export interface CoreOptions {
  dataDir: string
  /**
   * A PostgreSQL ledger shared by several counters (postgres://…). Unset: SQLite in dataDir.
   * With PostgreSQL every process hears every change (LISTEN/NOTIFY) and republishes it to its
   * own consoles, and run-once jobs take an advisory lock.
   */
  databaseUrl?: string
  webhookSecret: string
  /** emulator: the host runs the Mesh emulator; sandbox/production: Mesh itself. The host connects the Mesh client with `connectMesh`. */
  mode: HealthInfo['mode']
  secrets?: SecretStore
  /** scrypt cost for the manager PIN (tests use a cheap one). */
  pinCost?: { N: number; r: number; p: number }
  /** Reconciliation tuning (tests use short intervals); the sweep's first look-back and overlap (defaults 7 days, 10 min). */
  reconcile?: { intervalMs?: number; pendingAgeMs?: number; sweepLookbackMs?: number; sweepOverlapMs?: number }
  now?: () => number
  synchronous?: 'FULL' | 'NORMAL'
  nativeBinding?: string
  limits?: Partial<IngestLimits>
  bodyLimit?: number
  /** A delivery whose SentTimestamp is older than this (ms) is flagged stale, a possible replay. Default 24 h. */
  staleAfterMs?: number
  /** pino logger (the host's); components log through children of it. Default: silent. */
  logger?: Logger
  /** How long the customer display keeps paid / failed / cancelled before going idle (ms). */
  displayResetMs?: number
  /**
   * Secret values only the host knows (headless: the console and display tokens, the emulator's
   * control token): scrubbed from support bundles like the core's own.
   */
  hostSecrets?: () => readonly string[]
}

export const VERSION = '0.1.0'

export type Core = Awaited<ReturnType<typeof createCore>>


export async function createCore(opts: CoreOptions) {
  const now = opts.now ?? Date.now
  const logger = opts.logger ?? pino({ level: 'silent' })
  const log = (msg: string) => logger.warn(msg)
  // Changes any process made to a shared (PostgreSQL) ledger reach this one as notices.
  let onNotice: (n: ChangeNotice) => void = () => {}
  const store: Store = opts.databaseUrl
    ? await openPostgresStore({ url: opts.databaseUrl, limits: opts.limits, now, onNotify: (n) => onNotice(n) })
    : await openSqliteStore({ file: join(opts.dataDir, 'countertop.sqlite'), synchronous: opts.synchronous, nativeBinding: opts.nativeBinding, limits: opts.limits, onProgress: (m) => logger.info(m) })
  const shared = store.engine === 'postgres'
  logger.info({ engine: store.engine }, shared ? 'ledger: PostgreSQL (shared by every counter pointed at it)' : 'ledger: SQLite in the data directory')
  const bus = createBus()
  let secret = opts.webhookSecret
  const ingestor = createIngestor({ store, secret: () => secret, now, staleAfterMs: opts.staleAfterMs })
  const registry = createRegistry(logger.child({ component: 'commands' }))
  const secrets = opts.secrets ?? createFileSecretStore(opts.dataDir)
  let receiver: Receiver | null = null
  let sandbox: SandboxControl | null = null
  let mesh: MeshClient | null = null
  /** The Mesh API key in use (from the environment, Settings or the emulator): a secret like the stored ones. */
  let meshKey: string | null = null

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
  const shifts = createShifts({ store, saleView: (s) => sales.view(s), now })
  // The customer display follows the sales (an observer: it does not count as a console listening).
  const display = createDisplay({
    now,
    resetAfterMs: opts.displayResetMs,
    shop: async () => {
      const c = await sales.counterSettings()
      return { shopName: c.shop.name, locale: c.locale }
    },
    getSale: (id) => sales.get(id).catch(() => null),
    publish: (view) => bus.publish('display.updated', view),
    log: (msg, err) => logger.warn({ err }, msg)
  })
  const unobserve = bus.observe((msg) => {
    if (msg.type === 'sale.updated') void display.onSale(msg.payload as SaleView)
  })
  let openDisplay: () => Promise<DisplayOpenResult> = () => Promise.resolve({ url: null, opened: false })
  const sweep = setInterval(() => {
    if (store.open) void store.runExclusive('sale-expiry', () => sales.sweepExpired()).catch((err: Error) => logger.warn({ err }, 'sale expiry sweep failed'))
  }, 5_000)
  sweep.unref()

  function setSecret(s: string): void {
    secret = s
    if (sandbox && receiver) sandbox.setWebhookTarget(receiver.url, s)
  }

  // Our time to answer is known only after the reply: it goes to the writer thread, which
  // writes it in its next group commit (never a commit, nor an fsync, of its own).
  let pendingAnswers: { id: number; ms: number }[] = []
  const flushAnswers = () => {
    if (pendingAnswers.length === 0 || !store.open) return
    const batch = pendingAnswers
    pendingAnswers = []
    store.recordAnswerTimes(batch)
  }
  const answerTimer = setInterval(flushAnswers, 100)
  answerTimer.unref()

  async function publishTransfer(transferId: string): Promise<void> {
    const row = await store.transfers.get(transferId)
    if (!row) return
    bus.publish('transfer.updated', row)
    if (row.sessionId) await sales.refresh(row.sessionId, true)
  }

  /** Tells the consoles about a recorded delivery and the transfer it changed. */
  function publishChange(transferId: string | null, deliveryId: number | null): void {
    // No console listening: nothing to read (under load that would be a query per delivery).
    if (!store.open || bus.size() === 0) return
    const work = async () => {
      if (transferId) await publishTransfer(transferId)
      if (deliveryId === null) return
      const d = await store.deliveries.get(deliveryId)
      if (d) bus.publish('delivery.recorded', d)
    }
    work().catch((err: Error) => {
      if (store.open) logger.warn({ err }, 'could not publish a delivery')
    })
  }

  /**
   * After the reply: tell the consoles (the UI hears of a delivery only once it is answered).
   * On a shared ledger the notice from the database does it — for this process's deliveries and
   * every other receiver's alike — so it is not done twice.
   */
  function publishDelivery(r: IngestResult): void {
    if (!shared) publishChange(r.changedTransferId, r.deliveryRowId)
  }
  onNotice = (n) => publishChange(n.transferId, n.deliveryId)

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
    // Fire and forget (after a reconciliation): a failure, or the store closing meanwhile, is logged, never unhandled.
    publishTransfer: (transferId: string) =>
      void publishTransfer(transferId).catch((err: Error) => {
        if (store.open) logger.warn({ err }, 'could not publish a reconciled transfer')
      }),
    reconcileIntervalMs: opts.reconcile?.intervalMs,
    pendingAgeMs: opts.reconcile?.pendingAgeMs,
    sweepLookbackMs: opts.reconcile?.sweepLookbackMs,
    sweepOverlapMs: opts.reconcile?.sweepOverlapMs
  })

  await connectivity.init()
  const settings = createSettings({
    store,
    secrets,
    runningMode: opts.mode,
    now,
    pinCost: opts.pinCost,
    activeWebhookSecret: () => secret,
    onWebhookSecret: (s) => setSecret(s)
  })
  // The PIN lockout survives restarts: read it before the first command can run.
  await settings.init()
  const health = async (): Promise<HealthInfo> => ({
    mode: opts.mode,
    receiverListening: receiver !== null,
    webhookUrl: receiver?.url ?? '',
    lastDeliveryAt: await store.deliveries.lastReceivedAt(),
    version: VERSION
  })
  for (const domain of Object.values(
    domainCommands({
      store,
      ingestor,
      sales,
      shifts,
      settings,
      connectivity,
      health,
      sandbox: () => sandbox,
      now,
      publishDelivery,
      logError: (err, what) => logger.warn({ err }, `${what} failed`),
      version: VERSION,
      display,
      openDisplay: () => openDisplay(),
      secretValues: () => [secret, meshKey ?? '', ...SECRET_NAMES.map((n) => secrets.get(n) ?? ''), ...(opts.hostSecrets?.() ?? [])].filter((s) => s.length > 0)
    })
  )) {
    registry.register(domain)
  }

  return {
    store,
    bus,
    ingestor,
    registry,
    sales,
    shifts,
    settings,
    now,
    get receiver() {
      return receiver
    },
    get sandbox() {
      return sandbox
    },
    get mesh() {
      return mesh
    },
    connectivity,
    display,
    /** The host's way to show the customer display (display.open): a window, or the URL for a browser. */
    setDisplayOpener(fn: () => Promise<DisplayOpenResult>) {
      openDisplay = fn
    },
    /** The console's port, so the tunnel can refuse to expose it. */
    setConsolePort(port: number) {
      consolePort = port
    },
    /** Heartbeat, start-up catch-up, periodic reconciliation and a saved tunnel: after the receiver (and emulator) run. */
    startBackground(): void {
      void connectivity.start().catch((err: Error) => logger.error({ err }, 'background jobs did not start'))
    },
    /**
     * Points the Mesh client at a Mesh (in emulator mode: the emulator the host started, with
     * the credentials it issued) and, for the emulator, takes its fault controls.
     */
    connectMesh(conn: MeshConnection, control?: SandboxControl): void {
      meshKey = conn.clientSecret
      mesh = createMeshClient(conn.baseUrl ? { baseUrl: conn.baseUrl, clientId: conn.clientId, clientSecret: conn.clientSecret } : { environment: opts.mode as 'sandbox' | 'production', clientId: conn.clientId, clientSecret: conn.clientSecret })
      sandbox = control ?? null
      if (sandbox && receiver) sandbox.setWebhookTarget(receiver.url, secret)
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
        storageCheck: () => (store.open && store.probeWrite ? store.probeWrite() : Promise.resolve()),
        logger: logger.child({ component: 'webhooks' }),
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
      sandbox = null
      if (receiver) await receiver.close()
      receiver = null
      clearInterval(answerTimer)
      clearInterval(sweep)
      unobserve()
      display.close()
      flushAnswers()
      await store.close()
    }
  }
}
