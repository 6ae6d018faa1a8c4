// One bootstrap for both hosts (the Electron main process and headless mode): data dir,
// secrets, Mesh setup, the core, the webhook receiver, the Mesh emulator when no Mesh is
// configured, and background jobs. Each host keeps only what is its own (window and IPC;
// console HTTP server and CLI).
import type { Logger } from 'pino'
import { createCore, type Core, type CoreOptions } from '../core'
import { randomToken, type SecretStore } from '../core/secrets'
import { startMeshEmulator, type MeshEmulator } from '../emulator'
import { claimDataDir, describeFsError, StartupError, type DataDirLock } from './datadir'
import { envValue, resolveMeshSetup, type MeshSetup } from './mesh-setup'

export const WEBHOOK_SECRET_NAME = 'webhookSecret'

/** The staleness window for deliveries (a possible replay), in hours: COUNTERTOP_STALE_AFTER_HOURS. */
export const STALE_AFTER_ENV = 'COUNTERTOP_STALE_AFTER_HOURS'

/** COUNTERTOP_STALE_AFTER_HOURS as milliseconds (undefined: the core's default, 24 h); a value that is not a positive number of hours is refused. */
export function staleAfterMsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = envValue(env, STALE_AFTER_ENV)
  if (raw === undefined) return undefined
  const hours = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN
  if (!(hours > 0) || hours > 24 * 365) {
    throw new StartupError('BAD_STALE_WINDOW', `${STALE_AFTER_ENV} must be a number of hours above 0 and at most 8760 (got "${raw}").`)
  }
  return Math.round(hours * 3_600_000)
}

export interface HostOptions {
  dataDir: string
  secrets: SecretStore
  logger: Logger
  /** Force the built-in emulator even when Mesh credentials are configured (`--sandbox`). */
  sandbox?: boolean
  env?: NodeJS.ProcessEnv
  /**
   * The data dir's lock when the caller already took it (headless takes it before its logger
   * writes into the dir); otherwise startHost prepares the dir and takes it. Released by close().
   */
  lock?: DataDirLock
  /** The webhook listener's address and port (0 = any free port): the only listener meant to be public. */
  webhookHost: string
  webhookPort: number
  /**
   * Emulator tuning (tests use short schedules) and its control token (default: a random one that
   * stays inside this process). The emulator always binds 127.0.0.1.
   */
  emulator?: { retryScheduleMs?: number[]; settleDelayMs?: number; controlToken?: string }
  /** Passed through to the core. */
  core?: Pick<CoreOptions, 'synchronous' | 'nativeBinding' | 'reconcile' | 'pinCost' | 'limits' | 'bodyLimit' | 'now' | 'databaseUrl' | 'hostSecrets'>
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

/** A listener that could not start, said with its address and what to do. */
function listenError(err: unknown, what: string, host: string, port: number): Error {
  const e = err as NodeJS.ErrnoException
  const at = `${host.includes(':') ? `[${host}]` : host}:${port}`
  if (e?.code === 'EADDRINUSE') return Object.assign(new Error(`The ${what} cannot listen on ${at}: the port is already in use. Pick another port (0 = any free port).`), { code: 'EADDRINUSE' })
  if (e?.code === 'EADDRNOTAVAIL') return Object.assign(new Error(`The ${what} cannot listen on ${at}: that address is not one of this machine's.`), { code: 'EADDRNOTAVAIL' })
  if (e?.code === 'EACCES') return Object.assign(new Error(`The ${what} cannot listen on ${at}: not allowed (ports below 1024 need privileges).`), { code: 'EACCES' })
  return err instanceof Error ? err : new Error(String(err))
}

export async function startHost(opts: HostOptions): Promise<Host> {
  const env = opts.env ?? process.env
  const log = opts.logger
  // First of all: one Countertop per data dir, and a dir only this user can read.
  const lock = opts.lock ?? claimDataDir(opts.dataDir).lock
  let core: Core | undefined
  let emulator: MeshEmulator | null = null
  try {
    let resolved
    try {
      resolved = resolveWebhookSecret(env, opts.secrets)
    } catch (err) {
      throw new StartupError('SECRETS_UNWRITABLE', `Cannot store the webhook secret in ${opts.dataDir}: ${describeFsError(err)}.`, opts.dataDir, err)
    }
    const { secret, source } = resolved
    const setup = resolveMeshSetup(opts.sandbox ?? false, env, {
      clientId: opts.secrets.get('meshClientId'),
      apiKey: opts.secrets.get('meshApiKey'),
      environment: opts.secrets.get('meshEnvironment')
    })
    log.info({ mode: setup.mode, reason: setup.reason, webhookSecretFrom: source }, `mesh: ${setup.mode} (${setup.reason})`)
    const staleAfterMs = staleAfterMsFromEnv(env)
    core = await createCore({
      ...opts.core,
      ...(staleAfterMs !== undefined ? { staleAfterMs } : {}),
      dataDir: opts.dataDir,
      webhookSecret: secret,
      mode: setup.mode,
      secrets: opts.secrets,
      logger: log,
      // The host's own secrets (the emulator's control token, the caller's tokens) are scrubbed from support bundles too.
      hostSecrets: () => [...(opts.core?.hostSecrets?.() ?? []), ...(emulator ? [emulator.controlToken] : [])]
    })
    const receiver = await core.startReceiver(opts.webhookHost, opts.webhookPort).catch((err: unknown) => {
      throw listenError(err, 'webhook listener', opts.webhookHost, opts.webhookPort)
    })
    if (setup.mode === 'emulator') {
      const emuLog = log.child({ component: 'emulator' })
      emulator = await startMeshEmulator({
        // Loopback only: its control API can settle sales and move the webhook target.
        host: '127.0.0.1',
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
    const c = core
    return {
      core: c,
      setup,
      emulator,
      webhookUrl: receiver.url,
      startBackground: () => c.startBackground(),
      async close() {
        // The emulator first: it stops sending before the receiver goes away.
        try {
          if (emu) await emu.close()
          await c.close()
        } finally {
          await lock.release()
        }
      }
    }
  } catch (err) {
    if (emulator) await emulator.close().catch(() => {})
    await core?.close().catch(() => {})
    await lock.release()
    throw err
  }
}
