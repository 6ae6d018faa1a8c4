// Structured logging for both hosts: pino, JSON lines into a size-bounded, rotated file in the
// data dir (logs/countertop.N.log, pino-roll) plus readable lines on the terminal (pino-pretty).
// Secrets are removed by configuration (pino's `redact` paths plus serializers that strip
// tokens from URLs), so no call site has to remember to.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino'
import pretty from 'pino-pretty'
import pinoRoll from 'pino-roll'

export type { Logger } from 'pino'

export const CENSOR = '[redacted]'

/** Keys that hold secrets, wherever they appear in a logged object (up to three levels deep). */
export const SECRET_KEYS = [
  'authorization',
  'cookie',
  'x-client-secret',
  'x-mesh-signature-256',
  'token',
  'accessToken',
  'refreshToken',
  'linkToken',
  'authtoken',
  'apiKey',
  'meshApiKey',
  'clientSecret',
  'webhookSecret',
  'secret',
  'pin',
  'currentPin',
  'newPin',
  'password'
] as const

function redactPaths(): string[] {
  const paths: string[] = []
  for (const k of SECRET_KEYS) {
    const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`
    const dot = key.startsWith('[') ? '' : '.'
    paths.push(key, `*${dot}${key}`, `*.*${dot}${key}`, `*.*.*${dot}${key}`)
  }
  return paths
}

/** `?token=…` (the console's WebSocket and start URL) and other credentials in a URL. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:token|access_token|auth_code|key|secret)=)[^&#]*/gi, `$1${CENSOR}`)
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { app: 'countertop' },
    redact: { paths: redactPaths(), censor: CENSOR },
    serializers: {
      err: pino.stdSerializers.err,
      req(req: { method?: string; url?: string; ip?: string; id?: string }) {
        return { id: req.id, method: req.method, url: req.url ? redactUrl(req.url) : req.url, remoteAddress: req.ip }
      },
      res(res: { statusCode?: number }) {
        return { statusCode: res.statusCode }
      }
    }
  }
}

export interface LoggerSetup {
  /** Data dir: the rotated JSON log goes to DIR/logs/. Omitted: no file. */
  dataDir?: string
  /** Readable lines on stderr (default true). */
  terminal?: boolean
  level?: string
  /** Rotate at this size (default 5 MiB) and keep this many old files (default 5). */
  maxFileSize?: string
  keepFiles?: number
  /** Extra destination (tests). */
  stream?: DestinationStream
}

export interface HostLogger {
  logger: Logger
  /** Where the JSON log is written, if anywhere. */
  file: string | null
  /** Flushes and closes the file. */
  close(): Promise<void>
}

export async function createLogger(setup: LoggerSetup = {}): Promise<HostLogger> {
  const level = setup.level ?? process.env.COUNTERTOP_LOG_LEVEL ?? 'info'
  const streams: pino.StreamEntry[] = []
  let file: string | null = null
  let roll: Awaited<ReturnType<typeof pinoRoll>> | null = null
  if (setup.dataDir) {
    const dir = join(setup.dataDir, 'logs')
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const base = join(dir, 'countertop')
    // maxLength: while the file cannot be written (a full disk), at most 4 MiB of lines wait in
    // memory; later ones are dropped rather than growing without bound.
    roll = await pinoRoll({ file: base, extension: '.log', size: setup.maxFileSize ?? '5m', limit: { count: setup.keepFiles ?? 5 }, mkdir: true, mode: 0o600, maxLength: 4 * 1024 * 1024 })
    file = `${base}.N.log`
    // A log file that cannot be written (ENOSPC, EIO…) must never take the app down with it: the
    // ledger keeps answering (503 while it cannot write either). Said once on the terminal; the
    // stream retries with its next line, so the file resumes once the disk has room.
    let trouble = false
    roll.on('write', () => (trouble = false))
    roll.on('error', (err: NodeJS.ErrnoException) => {
      if (trouble) return
      trouble = true
      process.stderr.write(`countertop: cannot write the log in ${dir}: ${err.code ?? err.message}; logging to the terminal until it works again\n`)
    })
    streams.push({ level: level as pino.Level, stream: roll })
  }
  if (setup.terminal ?? true) {
    streams.push({ level: level as pino.Level, stream: pretty({ destination: 2, sync: true, colorize: process.stderr.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app' }) })
  }
  if (setup.stream) streams.push({ level: level as pino.Level, stream: setup.stream })
  const logger = pino(loggerOptions(level), pino.multistream(streams))
  return {
    logger,
    file,
    close: () =>
      new Promise<void>((resolve) => {
        const r = roll
        if (!r) return resolve()
        try {
          r.flushSync()
        } catch {
          // nothing buffered, or already closed
        }
        r.once('close', () => resolve())
        r.end()
        setTimeout(resolve, 1_000).unref()
      })
  }
}

/** A logger that drops everything (tests and library use without a host). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' })
}
