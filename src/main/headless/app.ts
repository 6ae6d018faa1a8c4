// Headless mode: the shared host bootstrap plus what is headless mode's own — the console
// server (HTTP + WebSocket, token-gated) serving the built renderer.
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import type { Logger } from 'pino'
import type { Core } from '../core'
import { createFileSecretStore, randomToken } from '../core/secrets'
import type { MeshEmulator } from '../emulator'
import { startHost, type HostOptions } from '../host/bootstrap'
import type { DataDirLock } from '../host/datadir'
import { silentLogger } from '../host/logging'
import { consoleExposureProblem, type HeadlessOptions } from './options'
import { consoleHostAllowList, consoleLinkOrigins } from './security'
import { startConsoleServer, type ConsoleServer } from './server'

export { WEBHOOK_SECRET_NAME } from '../host/bootstrap'

export interface Headless {
  core: Core
  emulator: MeshEmulator | null
  console: ConsoleServer
  token: string
  consoleUrl: string
  /** The customer display's own token (display.get and display.updated only), new at every start. */
  displayToken: string
  /** The customer display's page with its token, printed beside the console URL. */
  displayUrl: string
  webhookUrl: string
  /** More lines to print at start-up (e.g. the emulator's URL). */
  extraLines?: string[]
  close(): Promise<void>
}

function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === ''
}

/** This machine's own addresses: what a console bound to a wildcard may be reached by. */
function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((i) => i.address)
}

/** Options as the command line gives them; programs may leave out what has a safe default. */
export type StartHeadlessOptions = Omit<HeadlessOptions, 'consoleHost' | 'consoleAllowHosts' | 'warnings' | 'databaseUrl'> &
  Partial<Pick<HeadlessOptions, 'consoleHost' | 'consoleAllowHosts' | 'warnings' | 'databaseUrl'>>

export async function startHeadless(
  opts: StartHeadlessOptions & {
    /** The data dir's lock, when the caller took it before its logger (cli.ts); otherwise taken here. */
    lock?: DataDirLock
    staticDir?: string
    logger?: Logger
    synchronous?: 'FULL' | 'NORMAL'
    env?: NodeJS.ProcessEnv
    emulator?: HostOptions['emulator']
    reconcile?: { intervalMs?: number; pendingAgeMs?: number }
    /** The core's clock (tests only: see test-clock.ts); Date.now by default. */
    now?: () => number
  }
): Promise<Headless> {
  const logger = opts.logger ?? silentLogger()
  const consoleHost = opts.consoleHost ?? '127.0.0.1'
  // Checked here too, for callers that skip the command line: an exposed console needs a token chosen on purpose.
  const exposure = consoleExposureProblem(consoleHost, opts.token)
  if (exposure) {
    await opts.lock?.release()
    throw Object.assign(new Error(exposure), { code: 'CONSOLE_EXPOSED' })
  }
  // Chosen before the core starts, so its support bundles can scrub them.
  const token = opts.token ?? randomToken(24)
  const displayToken = randomToken(24)
  const env = { ...(opts.env ?? process.env) }
  // Options parsed from the command line win over the environment they came from.
  if (opts.webhookSecret) env.MESH_WEBHOOK_SECRET = opts.webhookSecret
  const host = await startHost({
    dataDir: opts.dataDir,
    secrets: createFileSecretStore(opts.dataDir),
    logger,
    sandbox: opts.sandbox,
    env,
    lock: opts.lock,
    webhookHost: opts.webhookHost,
    webhookPort: opts.webhookPort,
    emulator: { ...opts.emulator, ...(opts.emulatorToken ? { controlToken: opts.emulatorToken } : {}) },
    core: {
      synchronous: opts.synchronous,
      reconcile: opts.reconcile,
      databaseUrl: opts.databaseUrl ?? undefined,
      ...(opts.now ? { now: opts.now } : {}),
      hostSecrets: () => [token, displayToken]
    }
  })
  const { core, emulator } = host
  let consoleServer: ConsoleServer | undefined
  try {
    consoleServer = await startConsoleServer({
      registry: core.registry,
      bus: core.bus,
      token,
      displayToken,
      host: consoleHost,
      port: opts.port,
      allowedHosts: consoleHostAllowList({ bound: consoleHost, extra: opts.consoleAllowHosts, interfaceAddresses: interfaceAddresses() }),
      linkOrigins: consoleLinkOrigins(emulator?.url ?? null),
      staticDir: opts.staticDir ?? join(__dirname, '../renderer'),
      logger: logger.child({ component: 'console' })
    })
    const cs = consoleServer
    const displayPath = `/display?token=${encodeURIComponent(displayToken)}`
    // The console opens the display beside itself, on whatever address it was reached by.
    core.setDisplayOpener(() => Promise.resolve({ url: displayPath, opened: false }))
    core.setConsolePort(cs.port)
    host.startBackground()
    // Bound to a wildcard, the console answers this machine's own addresses: print loopback's.
    const origin = `http://${hostForUrl(isWildcard(consoleHost) ? '127.0.0.1' : consoleHost)}:${cs.port}`
    return {
      core,
      emulator,
      console: cs,
      token: cs.token,
      consoleUrl: `${origin}/?token=${encodeURIComponent(cs.token)}`,
      displayToken,
      displayUrl: `${origin}${displayPath}`,
      webhookUrl: `http://${hostForUrl(opts.webhookHost)}:${core.receiver!.port}/webhooks/mesh`,
      extraLines: emulator ? [`mesh-emulator: ${emulator.url}`] : [],
      async close() {
        await cs.close()
        await host.close()
      }
    }
  } catch (err) {
    await consoleServer?.close().catch(() => {})
    await host.close().catch(() => {})
    throw err
  }
}
