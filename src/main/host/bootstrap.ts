// One bootstrap for both hosts (the Electron main process and headless mode): data dir,
// secrets, Mesh setup, the core, the webhook receiver, the Mesh emulator when no Mesh is
// configured, and background jobs. Each host keeps only what is its own (window and IPC;
// console HTTP server and CLI).
import { mkdirSync } from 'node:fs'
import type { Logger } from 'pino'
import { createCore, type Core, type CoreOptions } from '../core'
import { randomToken, type SecretStore } from '../core/secrets'
import { startMeshEmulator, type MeshEmulator } from '../emulator'
import { envValue, resolveMeshSetup, type MeshSetup } from './mesh-setup'

export const WEBHOOK_SECRET_NAME = 'webhookSecret'

export interface HostOptions {
  dataDir: string
  secrets: SecretStore
  logger: Logger
  /** Force the built-in emulator even when Mesh credentials are configured (`--sandbox`). */
  sandbox?: boolean
  env?: NodeJS.ProcessEnv
  /** The webhook listener's address and port (0 = any free port). */
  webhookHost: string
  webhookPort: number
  /** Where the emulator binds (it serves the Link page the console frames). Default 127.0.0.1. */
  emulatorHost?: string
  /** Emulator tuning (tests use short schedules). */
  emulator?: { retryScheduleMs?: number[]; settleDelayMs?: number }
  /** Passed through to the core. */
  core?: Pick<CoreOptions, 'synchronous' | 'nativeBinding' | 'reconcile' | 'pinCost' | 'limits' | 'bodyLimit' | 'now'>
}

export interface Host {
  core: Core
  setup: MeshSetup
  emulator: MeshEmulator | null
  webhookUrl: string
  /** Heartbeat, start-up catch-up, periodic reconciliation and a saved tunnel. */
  startBackground(): void
  close(): Promise<void>
}

/**
 * The webhook secret: a non-empty environment variable wins (without touching the stored one);
 * else the stored one; else a new one is made and stored. An empty variable counts as unset, so
 * it never replaces a stored secret (which would fail every later webhook's signature).
 */
export function resolveWebhookSecret(env: NodeJS.ProcessEnv, secrets: SecretStore, make: () => string = () => randomToken(32)): { secret: string; source: 'environment' | 'stored' | 'generated' } {
  const fromEnv = envValue(env, 'MESH_WEBHOOK_SECRET')
  if (fromEnv) return { secret: fromEnv, source: 'environment' }
  const stored = secrets.get(WEBHOOK_SECRET_NAME)
  if (stored) return { secret: stored, source: 'stored' }
  const secret = make()
  secrets.set(WEBHOOK_SECRET_NAME, secret)
  return { secret, source: 'generated' }
}

export async function startHost(opts: HostOptions): Promise<Host> {
  const env = opts.env ?? process.env
  const log = opts.logger
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 })
  const { secret, source } = resolveWebhookSecret(env, opts.secrets)
  const setup = resolveMeshSetup(opts.sandbox ?? false, env, {
    clientId: opts.secrets.get('meshClientId'),
    apiKey: opts.secrets.get('meshApiKey'),
    environment: opts.secrets.get('meshEnvironment')
  })
  log.info({ mode: setup.mode, reason: setup.reason, webhookSecretFrom: source }, `mesh: ${setup.mode} (${setup.reason})`)
  const core = await createCore({
    ...opts.core,
    dataDir: opts.dataDir,
    webhookSecret: secret,
    mode: setup.mode,
    secrets: opts.secrets,
    logger: log
  })
  let emulator: MeshEmulator | null = null
  try {
    const receiver = await core.startReceiver(opts.webhookHost, opts.webhookPort)
    if (setup.mode === 'emulator') {
      const emuLog = log.child({ component: 'emulator' })
      emulator = await startMeshEmulator({
        host: opts.emulatorHost ?? '127.0.0.1',
        port: 0,
        webhookUrl: receiver.url,
        webhookSecret: secret,
        ...opts.emulator,
        log: (e) => emuLog.debug({ kind: e.kind }, e.message)
      })
      core.connectMesh({ baseUrl: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret }, emulator)
    } else {
      core.connectMesh(setup.credentials!)
    }
    const emu = emulator
    return {
      core,
      setup,
      emulator,
      webhookUrl: receiver.url,
      startBackground: () => core.startBackground(),
      async close() {
        // The emulator first: it stops sending before the receiver goes away.
        if (emu) await emu.close()
        await core.close()
      }
    }
  } catch (err) {
    await core.close().catch(() => {})
    if (emulator) await emulator.close().catch(() => {})
    throw err
  }
}
