// Parsing headless mode's command line and environment. Pure: argv + env in, options out.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

export interface HeadlessOptions {
  dataDir: string
  host: string
  port: number
  webhookPort: number
  sandbox: boolean
  token: string | null
  webhookSecret: string | null
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run serve -- [--data DIR] [--port N] [--webhook-port N] [--host HOST] [--sandbox]

  --data DIR          where the ledger lives (default: the per-user app data directory)
  --port N            console port (default 4400; 0 picks a free port)
  --webhook-port N    webhook listener port (default 4401; 0 picks a free port)
  --host HOST         address to bind both listeners to (default 127.0.0.1)
  --sandbox           run the built-in Mesh emulator (also the default with no Mesh credentials)

Environment: MESH_WEBHOOK_SECRET (webhook secret), COUNTERTOP_TOKEN (console token; a fresh
one per launch when unset).`

/** The per-user application data directory, as Electron's app.getPath('userData') would give. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME ?? homedir()
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Countertop')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Countertop')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Countertop')
}

function port(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new UsageError(`${name} must be a port number from 0 to 65535 (got "${v}").`)
  return Number(v)
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
        host: { type: 'string' },
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
  const host = values.host ?? '127.0.0.1'
  if (host.trim() === '') throw new UsageError('--host must not be empty.')
  if (values.data !== undefined && values.data.trim() === '') throw new UsageError('--data must not be empty.')
  return {
    dataDir: values.data ?? defaultDataDir(env),
    host,
    port: port('--port', values.port, 4400),
    webhookPort: port('--webhook-port', values['webhook-port'], 4401),
    sandbox: values.sandbox ?? false,
    token: env.COUNTERTOP_TOKEN && env.COUNTERTOP_TOKEN.trim() !== '' ? env.COUNTERTOP_TOKEN.trim() : null,
    webhookSecret: env.MESH_WEBHOOK_SECRET && env.MESH_WEBHOOK_SECRET !== '' ? env.MESH_WEBHOOK_SECRET : null
  }
}

export { resolveMeshSetup, type MeshSetup } from '../host/mesh-setup'
