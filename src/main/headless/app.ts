// Headless mode: the shared host bootstrap plus what is headless mode's own — the console
// server (HTTP + WebSocket, token-gated) serving the built renderer.
import { join } from 'node:path'
import type { Logger } from 'pino'
import type { Core } from '../core'
import { createFileSecretStore, randomToken } from '../core/secrets'
import type { MeshEmulator } from '../emulator'
import { startHost, type HostOptions } from '../host/bootstrap'
import { silentLogger } from '../host/logging'
import type { HeadlessOptions } from './options'
import { startConsoleServer, type ConsoleServer } from './server'

export { WEBHOOK_SECRET_NAME } from '../host/bootstrap'

export interface Headless {
  core: Core
  emulator: MeshEmulator | null
  console: ConsoleServer
  token: string
  consoleUrl: string
  webhookUrl: string
  /** More lines to print at start-up (e.g. the emulator's URL). */
  extraLines?: string[]
  close(): Promise<void>
}

function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

export async function startHeadless(
  opts: HeadlessOptions & {
    staticDir?: string
    logger?: Logger
    synchronous?: 'FULL' | 'NORMAL'
    env?: NodeJS.ProcessEnv
    emulator?: HostOptions['emulator']
    reconcile?: { intervalMs?: number; pendingAgeMs?: number }
  }
): Promise<Headless> {
  const logger = opts.logger ?? silentLogger()
  const env = { ...(opts.env ?? process.env) }
  // Options parsed from the command line win over the environment they came from.
  if (opts.webhookSecret) env.MESH_WEBHOOK_SECRET = opts.webhookSecret
  const host = await startHost({
    dataDir: opts.dataDir,
    secrets: createFileSecretStore(opts.dataDir),
    logger,
    sandbox: opts.sandbox,
    env,
    webhookHost: opts.host,
    webhookPort: opts.webhookPort,
    emulatorHost: opts.host,
    emulator: opts.emulator,
    core: { synchronous: opts.synchronous, reconcile: opts.reconcile }
  })
  const { core, emulator } = host
  let consoleServer: ConsoleServer | undefined
  try {
    consoleServer = await startConsoleServer({
      registry: core.registry,
      bus: core.bus,
      token: opts.token ?? randomToken(24),
      host: opts.host,
      port: opts.port,
      staticDir: opts.staticDir ?? join(__dirname, '../renderer'),
      logger: logger.child({ component: 'console' })
    })
    const h = hostForUrl(opts.host)
    const cs = consoleServer
    core.setConsolePort(cs.port)
    host.startBackground()
    return {
      core,
      emulator,
      console: cs,
      token: cs.token,
      consoleUrl: `http://${h}:${cs.port}/?token=${encodeURIComponent(cs.token)}`,
      webhookUrl: `http://${h}:${core.receiver!.port}/webhooks/mesh`,
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
