// Parsing headless mode's command line and environment. Pure: argv + env in, options out.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { normaliseHostName } from './security'

export interface HeadlessOptions {
  /** PostgreSQL URL for a ledger shared by several counters; null = SQLite in dataDir. */
  databaseUrl: string | null
  dataDir: string
  /** The webhook listener's address: the only listener meant to be reachable from outside. */
  webhookHost: string
  /** The console's address (UI + API + event stream). Loopback unless the merchant says otherwise. */
  consoleHost: string
  /** Extra names the console answers to in the Host header (`--console-allow-host`), lower-cased. */
  consoleAllowHosts: string[]
  port: number
  webhookPort: number
  sandbox: boolean
  token: string | null
  webhookSecret: string | null
  /** The in-app emulator's control token (COUNTERTOP_EMULATOR_TOKEN); null = a random one that never leaves the process. */
  emulatorToken?: string | null
  /** Things the merchant should know at start (deprecated flags, an exposed console), printed to stderr. */
  warnings: string[]
}

export class UsageError extends Error {}

/** Shortest COUNTERTOP_TOKEN accepted for a console reachable from other machines. */
export const MIN_EXPOSED_TOKEN_LENGTH = 16

export const USAGE = `Usage: npm run serve -- [--data DIR] [--port N] [--webhook-port N] [--webhook-host HOST]
                        [--console-host HOST] [--console-allow-host NAME]... [--database URL] [--sandbox]

  --data DIR                where the ledger lives (default: the per-user app data directory)
  --port N                  console port (default 4400; 0 picks a free port)
  --webhook-port N          webhook listener port (default 4401; 0 picks a free port)
  --webhook-host HOST       address of the webhook listener, the only one meant to be public
                            (default 127.0.0.1; a tunnel forwards to it)
  --console-host HOST       address of the console (default 127.0.0.1). Anything but loopback
                            exposes the console to other machines: it needs COUNTERTOP_TOKEN set
                            explicitly (${MIN_EXPOSED_TOKEN_LENGTH}+ characters) and prints a warning
  --console-allow-host NAME a name the console may be reached by (Host header), besides its own
                            address, localhost, 127.0.0.1 and [::1]; repeatable
  --database URL            keep the ledger in PostgreSQL (postgres://user:pass@host:5432/db), shared
                            by every counter pointed at it; default: SQLite in the data directory
  --sandbox                 run the built-in Mesh emulator (also the default with no Mesh credentials)
  --host HOST               deprecated: now means --webhook-host HOST (the console stays on loopback)

Environment: COUNTERTOP_DATABASE_URL (as --database), MESH_WEBHOOK_SECRET (webhook secret), COUNTERTOP_TOKEN (console token; a fresh
one per launch when unset), COUNTERTOP_EMULATOR_TOKEN (the in-app emulator's control token,
for tests; unset: a random one that never leaves the process).`

/** The per-user application data directory, as Electron's app.getPath('userData') would give. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME ?? homedir()
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Countertop')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Countertop')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Countertop')
}

/**
 * Addresses that keep the console on this machine. Deliberately narrow: any other address —
 * another 127.x address, a LAN address, a wildcard — counts as exposed and needs an explicit token.
 */
export const CONSOLE_LOOPBACK: readonly string[] = ['127.0.0.1', '::1', 'localhost']

export function isConsoleLoopback(host: string): boolean {
  return CONSOLE_LOOPBACK.includes(host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1'))
}

function port(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new UsageError(`${name} must be a port number from 0 to 65535 (got "${v}").`)
  return Number(v)
}

function address(name: string, v: string | undefined, dflt: string): string {
  if (v === undefined) return dflt
  const h = v.trim().replace(/^\[(.*)\]$/, '$1')
  if (h === '') throw new UsageError(`${name} must not be empty.`)
  if (/[\s/?#@]/.test(h)) throw new UsageError(`${name} must be an address or a host name (got "${v}").`)
  return h
}

/** Why a console on `consoleHost` may not start with this token, or null when it may. */
export function consoleExposureProblem(consoleHost: string, token: string | null): string | null {
  if (isConsoleLoopback(consoleHost)) return null
  if (!token) {
    return `--console-host ${consoleHost} makes the console (the ledger, settings and payout addresses) reachable from other machines. Set COUNTERTOP_TOKEN to a long random token (${MIN_EXPOSED_TOKEN_LENGTH}+ characters) to do that on purpose, or leave --console-host out to keep the console on this machine.`
  }
  if (token.length < MIN_EXPOSED_TOKEN_LENGTH) {
    return `COUNTERTOP_TOKEN is too short for a console reachable from other machines (--console-host ${consoleHost}): use ${MIN_EXPOSED_TOKEN_LENGTH} or more random characters.`
  }
  return null
}

/** --database, else COUNTERTOP_DATABASE_URL; only postgres:// (or postgresql://) URLs. */
export function databaseUrl(flag: string | undefined, env: NodeJS.ProcessEnv): string | null {
  const raw = flag ?? (env.COUNTERTOP_DATABASE_URL?.trim() || undefined)
  if (raw === undefined) return null
  const from = flag !== undefined ? '--database' : 'COUNTERTOP_DATABASE_URL'
  let u: URL
  try {
    u = new URL(raw)
  } catch {
    throw new UsageError(`${from} must be a PostgreSQL URL such as postgres://countertop:PASSWORD@db.local:5432/countertop (got something that is not a URL).`)
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new UsageError(`${from} must start with postgres:// (got ${u.protocol}//…); without it the ledger stays in SQLite in the data directory.`)
  if (!u.hostname && !u.searchParams.get('host')) throw new UsageError(`${from} needs a host, e.g. postgres://countertop@db.local:5432/countertop.`)
  return raw
}

export function parseHeadlessArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): HeadlessOptions | 'help' {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        'webhook-port': { type: 'string' },
        'webhook-host': { type: 'string' },
        'console-host': { type: 'string' },
        'console-allow-host': { type: 'string', multiple: true },
        host: { type: 'string' },
        database: { type: 'string' },
        sandbox: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true,
      allowPositionals: false
    }))
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  if (values.help) return 'help'
  if (values.data !== undefined && values.data.trim() === '') throw new UsageError('--data must not be empty.')
  const warnings: string[] = []
  // --host used to bind both listeners. It now means the webhook listener only, which never
  // exposes more than before; the console stays on loopback unless --console-host says otherwise.
  if (values.host !== undefined) {
    if (values['webhook-host'] !== undefined) throw new UsageError('--host is the deprecated name of --webhook-host: give only --webhook-host.')
    address('--host', values.host, '127.0.0.1')
    warnings.push(
      `--host is deprecated: it now sets only the webhook listener (use --webhook-host ${values.host}). The console stays on ${isConsoleLoopback(values['console-host'] ?? '127.0.0.1') ? 'loopback' : values['console-host']}; to reach it from other machines use --console-host with COUNTERTOP_TOKEN.`
    )
  }
  const webhookHost = address(values.host !== undefined ? '--host' : '--webhook-host', values['webhook-host'] ?? values.host, '127.0.0.1')
  const consoleHost = address('--console-host', values['console-host'], '127.0.0.1')
  const consoleAllowHosts = (values['console-allow-host'] ?? []).map((n) => {
    const h = normaliseHostName(n)
    const isName = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(h)
    const isIpv6 = h.includes(':') && /^[0-9a-f:.]+$/.test(h)
    if (!isName && !isIpv6) throw new UsageError(`--console-allow-host must be a host name or address without a port (got "${n}").`)
    return h
  })
  const token = env.COUNTERTOP_TOKEN && env.COUNTERTOP_TOKEN.trim() !== '' ? env.COUNTERTOP_TOKEN.trim() : null
  const problem = consoleExposureProblem(consoleHost, token)
  if (problem) throw new UsageError(problem)
  if (!isConsoleLoopback(consoleHost)) {
    warnings.push(`the console listens on ${consoleHost}, not on loopback: anyone who can reach that address and has the token controls this till (ledger, settings, payouts). Only the webhook listener is meant to be public.`)
  }
  const emulatorToken = env.COUNTERTOP_EMULATOR_TOKEN && env.COUNTERTOP_EMULATOR_TOKEN.trim() !== '' ? env.COUNTERTOP_EMULATOR_TOKEN.trim() : null
  if (emulatorToken !== null && emulatorToken.length < 16) throw new UsageError('COUNTERTOP_EMULATOR_TOKEN must be at least 16 characters.')
  return {
    dataDir: values.data ?? defaultDataDir(env),
    webhookHost,
    consoleHost,
    consoleAllowHosts,
    port: port('--port', values.port, 4400),
    webhookPort: port('--webhook-port', values['webhook-port'], 4401),
    sandbox: values.sandbox ?? false,
    token,
    webhookSecret: env.MESH_WEBHOOK_SECRET && env.MESH_WEBHOOK_SECRET !== '' ? env.MESH_WEBHOOK_SECRET : null,
    emulatorToken,
    databaseUrl: databaseUrl(values.database, env),
    warnings
  }
}

export { resolveMeshSetup, type MeshSetup } from '../host/mesh-setup'
