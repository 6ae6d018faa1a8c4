// Headless mode: the core, the webhook listener and the console server in one Node process.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createCore, type Core } from '../core'
import { createFileSecretStore, randomToken } from '../core/secrets'
import { resolveMeshSetup, type HeadlessOptions } from './options'
import { startConsoleServer, type ConsoleServer } from './server'

export interface Headless {
  core: Core
  console: ConsoleServer
  token: string
  consoleUrl: string
  webhookUrl: string
  /** More lines to print at start-up (e.g. the emulator's URL). */
  extraLines?: string[]
  close(): Promise<void>
}

export const WEBHOOK_SECRET_NAME = 'webhookSecret'

function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

export async function startHeadless(
  opts: HeadlessOptions & {
    staticDir?: string
    log?: (msg: string) => void
    synchronous?: 'FULL' | 'NORMAL'
    env?: NodeJS.ProcessEnv
    emulator?: { retryScheduleMs?: number[]; settleDelayMs?: number }
    reconcile?: { intervalMs?: number; pendingAgeMs?: number }
  }
): Promise<Headless> {
  mkdirSync(opts.dataDir, { recursive: true })
  const secrets = createFileSecretStore(opts.dataDir)
  // The webhook secret: the environment wins; else the stored one; else a new one is made
  // and kept (the emulator signs with it; a real Mesh secret replaces it in settings).
  let webhookSecret = opts.webhookSecret ?? secrets.get(WEBHOOK_SECRET_NAME)
  if (!webhookSecret) {
    webhookSecret = randomToken(32)
    secrets.set(WEBHOOK_SECRET_NAME, webhookSecret)
  }
  const setup = resolveMeshSetup(opts.sandbox, opts.env ?? process.env, {
    clientId: secrets.get('meshClientId'),
    apiKey: secrets.get('meshApiKey'),
    environment: secrets.get('meshEnvironment')
  })
  opts.log?.(`mesh: ${setup.mode} (${setup.reason})`)
  const core = createCore({
    dataDir: opts.dataDir,
    webhookSecret,
    mode: setup.mode,
    credentials: setup.credentials,
    secrets,
    log: opts.log,
    synchronous: opts.synchronous,
    emulator: opts.emulator,
    reconcile: opts.reconcile
  })
  let consoleServer: ConsoleServer | undefined
  try {
    const receiver = await core.startReceiver(opts.host, opts.webhookPort)
    const emulator = await core.startEmulator(opts.host)
    consoleServer = await startConsoleServer({
      registry: core.registry,
      bus: core.bus,
      token: opts.token ?? randomToken(24),
      host: opts.host,
      port: opts.port,
      staticDir: opts.staticDir ?? join(__dirname, '../renderer'),
      log: opts.log
    })
    const h = hostForUrl(opts.host)
    const cs = consoleServer
    core.setConsolePort(cs.port)
    core.startBackground()
    return {
      core,
      console: cs,
      token: cs.token,
      consoleUrl: `http://${h}:${cs.port}/?token=${encodeURIComponent(cs.token)}`,
      webhookUrl: `http://${h}:${receiver.port}/webhooks/mesh`,
      extraLines: emulator ? [`mesh-emulator: ${emulator.url}`] : [],
      async close() {
        await cs.close()
        await core.close()
      }
    }
  } catch (err) {
    await consoleServer?.close().catch(() => {})
    await core.close().catch(() => {})
    throw err
  }
}
