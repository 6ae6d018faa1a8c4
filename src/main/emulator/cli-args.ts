// Pure argument parsing for the standalone emulator (src/main/emulator/cli.ts).
import { parseArgs } from 'node:util'
import { EMULATOR_HOSTS, isEmulatorHost } from './loopback'

export interface EmulatorCliOptions {
  host: string
  port: number
  webhookUrl: string
  webhookSecret: string
  clientId?: string
  clientSecret?: string
  controlToken?: string
  settleDelayMs?: number
}

export const EMULATOR_USAGE = `Usage: node out/main/emulator.js --port N --webhook-url URL --webhook-secret S
         [--client-id ID --client-secret SECRET] [--control-token T] [--host H] [--settle-delay-ms MS]

  --port             TCP port to listen on (0 = any free port)
  --webhook-url      where transfer status webhooks are POSTed
  --webhook-secret   HMAC key for X-Mesh-Signature-256 (or env MESH_EMULATOR_WEBHOOK_SECRET)
  --client-id        API client id to accept; with --client-secret (or env MESH_EMULATOR_CLIENT_SECRET).
                     Without both, throwaway credentials are generated and printed once.
  --control-token    bearer token the control API (/_emulator/*) requires, 16+ characters (or env
                     MESH_EMULATOR_CONTROL_TOKEN). Without it, one is generated and printed once.
  --host             loopback address to bind: 127.0.0.1 (default), ::1 or localhost
  --settle-delay-ms  time from Pending to the final status (default 1500)`

export type ParsedCli = { ok: true; help: false; options: EmulatorCliOptions } | { ok: true; help: true } | { ok: false; message: string }

function int(name: string, v: string, min: number, max: number): number | string {
  if (!/^\d+$/.test(v)) return `--${name} must be a whole number; got "${v}"`
  const n = Number(v)
  return n < min || n > max ? `--${name} must be from ${min} to ${max}; got ${n}` : n
}

export function parseEmulatorArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedCli {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'webhook-url': { type: 'string' },
        'webhook-secret': { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        'control-token': { type: 'string' },
        host: { type: 'string' },
        'settle-delay-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) }
  }
  if (values.help) return { ok: true, help: true }
  const str = (k: string): string | undefined => (typeof values[k] === 'string' && values[k] !== '' ? (values[k] as string) : undefined)

  const portRaw = str('port')
  if (portRaw === undefined) return { ok: false, message: '--port is required (use 0 for any free port)' }
  const port = int('port', portRaw, 0, 65535)
  if (typeof port === 'string') return { ok: false, message: port }

  const webhookUrl = str('webhook-url')
  if (webhookUrl === undefined) return { ok: false, message: '--webhook-url is required (where webhooks are sent)' }
  try {
    const u = new URL(webhookUrl)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error()
  } catch {
    return { ok: false, message: `--webhook-url must be an http(s) URL; got "${webhookUrl}"` }
  }

  const webhookSecret = str('webhook-secret') ?? env.MESH_EMULATOR_WEBHOOK_SECRET
  if (!webhookSecret) return { ok: false, message: '--webhook-secret is required (or set MESH_EMULATOR_WEBHOOK_SECRET)' }

  const clientId = str('client-id')
  const clientSecret = str('client-secret') ?? (clientId !== undefined ? env.MESH_EMULATOR_CLIENT_SECRET : undefined)
  if ((clientId === undefined) !== (clientSecret === undefined)) {
    return { ok: false, message: 'give --client-id and --client-secret together, or neither (then throwaway credentials are generated)' }
  }

  const host = str('host') ?? '127.0.0.1'
  if (!isEmulatorHost(host)) return { ok: false, message: `--host must be a loopback address (${EMULATOR_HOSTS.join(', ')}); got "${host}". The emulator is for this machine only.` }

  const controlToken = str('control-token') ?? (env.MESH_EMULATOR_CONTROL_TOKEN || undefined)
  if (controlToken !== undefined && controlToken.length < 16) return { ok: false, message: '--control-token must be at least 16 characters' }

  const options: EmulatorCliOptions = { host, port, webhookUrl, webhookSecret }
  if (controlToken !== undefined) options.controlToken = controlToken
  if (clientId !== undefined && clientSecret !== undefined) {
    options.clientId = clientId
    options.clientSecret = clientSecret
  }
  const settle = str('settle-delay-ms')
  if (settle !== undefined) {
    const n = int('settle-delay-ms', settle, 0, 3_600_000)
    if (typeof n === 'string') return { ok: false, message: n }
    options.settleDelayMs = n
  }
  return { ok: true, help: false, options }
}
