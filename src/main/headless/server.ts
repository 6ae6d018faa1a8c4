// Headless host: the console API over HTTP (POST /api/<command>) and a WebSocket event
// stream (/api/events), behind a bearer token, plus the built renderer as static files.
// A second, display-only token (the customer display at /display) may call display.get and
// hear display.updated, nothing else.
// Every request must name an allowed Host (no DNS rebinding); a browser's API call or
// WebSocket must come from the console's own origin; every answer carries a strict CSP.
import { timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { finished, Readable } from 'node:stream'
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import fastifyWebsocket from '@fastify/websocket'
import { DISPLAY_COMMANDS, DISPLAY_EVENTS, ErrorCodes, fail } from '../../shared/contract'
import type { Bus } from '../core/bus'
import type { Registry } from '../core/commands/registry'
import { okEnvelopeBytes, Serialized } from '../core/store/serialized'
import { consoleCsp, consoleHostAllowList, consoleLinkOrigins, isAllowedHost, originVerdict, securityHeaders } from './security'

export interface ConsoleServerOptions {
  registry: Registry
  bus: Bus
  token: string
  /** The customer display's token: display.get and display.updated only. Must differ from `token`. */
  displayToken?: string
  host: string
  port: number
  /** Host-header names the console answers to; default: the bound address, localhost, 127.0.0.1 and ::1. */
  allowedHosts?: ReadonlySet<string>
  /** Origins the console may frame (Mesh Link, and the emulator in emulator mode); default: Mesh's only. */
  linkOrigins?: readonly string[]
  /** Directory of the built renderer (index.html); omitted → API only. */
  staticDir?: string
  /** Fastify's logger (pino); request URLs are logged with their token redacted. */
  logger?: FastifyBaseLogger
}

export interface ConsoleServer {
  app: FastifyInstance
  token: string
  displayToken: string | null
  port: number
  url: string
  close(): Promise<void>
}

/** Transport-level failures only; everything else a command answers is HTTP 200. */
export function httpStatusFor(code: string): number {
  switch (code) {
    case ErrorCodes.UNKNOWN_COMMAND:
      return 404
    case ErrorCodes.INVALID_ARGUMENT:
      return 400
    case ErrorCodes.INTERNAL:
      return 500
    default:
      return 200
  }
}

export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(given, 'utf8')
  if (a.length !== b.length) {
    timingSafeEqual(a, a)
    return false
  }
  return timingSafeEqual(a, b)
}

/** Who a token is: the console (everything), the customer display (display only), or nobody. */
export type ClientRole = 'console' | 'display'

export function roleOf(given: string | null | undefined, token: string, displayToken: string | null): ClientRole | null {
  // Both compared every time, so the answer's timing does not tell which token came close.
  const isConsole = tokenMatches(token, given)
  const isDisplay = displayToken !== null && tokenMatches(displayToken, given)
  return isConsole ? 'console' : isDisplay ? 'display' : null
}

/** What a role may call: the display only DISPLAY_COMMANDS. */
export function mayCall(role: ClientRole, command: string | undefined): boolean {
  return role === 'console' || (command !== undefined && DISPLAY_COMMANDS.includes(command))
}

/** What a role may hear: the display only DISPLAY_EVENTS. */
export function mayHear(role: ClientRole, event: string): boolean {
  return role === 'console' || DISPLAY_EVENTS.includes(event)
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization
  if (typeof h !== 'string') return null
  const m = /^Bearer\s+(.+)$/i.exec(h.trim())
  return m ? m[1]!.trim() : null
}

export async function startConsoleServer(opts: ConsoleServerOptions): Promise<ConsoleServer> {
  const displayToken = opts.displayToken ?? null
  if (displayToken !== null && (displayToken.length < 16 || tokenMatches(opts.token, displayToken))) throw new Error('The display token must be at least 16 characters and differ from the console token.')
  const app = Fastify({ ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }), logController: new LogController({ disableRequestLogging: true }), bodyLimit: 1024 * 1024, return503OnClosing: true, forceCloseConnections: 'idle' })
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } })
  const allowedHosts = opts.allowedHosts ?? consoleHostAllowList({ bound: opts.host })
  const headers = securityHeaders(consoleCsp(opts.linkOrigins ?? consoleLinkOrigins(null)))

  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500
    if (status >= 500) app.log.error({ err, url: req.url.replace(/token=[^&]*/g, 'token=[redacted]') }, 'console request failed')
    reply.code(status).send(fail(status >= 500 ? ErrorCodes.INTERNAL : ErrorCodes.INVALID_ARGUMENT, status >= 500 ? 'Internal error.' : err.message))
  })

  // Before anything else (body parsing included): the Host, the Origin, then the token.
  app.addHook('onRequest', async (req, reply) => {
    void reply.headers(headers)
    // DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 reaches this
    // port with `Host: evil.example`. Only names we know are answered, even with a valid token.
    if (!isAllowedHost(req.headers.host, allowedHosts)) {
      return reply.code(403).send(fail(ErrorCodes.UNAUTHORIZED, `This console does not answer to the host name "${String(req.headers.host ?? '').slice(0, 100)}". Open it by its own address, or start it with --console-allow-host NAME.`))
    }
    // By the route the request was matched to, not only by its raw URL: the router decodes the
    // path, so `/%61pi/…` reaches the API routes too and must meet the same checks.
    const route = req.routeOptions?.url ?? ''
    const isApi = route.startsWith('/api/') || req.url === '/api' || req.url.startsWith('/api/') || req.url.startsWith('/api?')
    // A browser always sends Origin on a WebSocket and on a cross-origin POST: only the console's
    // own pages may use the API (Origin: null — a sandboxed frame, a file:// page — is refused).
    if (isApi && originVerdict(req.headers.origin, req.headers.host) === 'foreign') {
      return reply.code(403).send(fail(ErrorCodes.UNAUTHORIZED, 'The console API answers only pages of the console itself (same origin).'))
    }
    if (req.method !== 'POST' || !isApi) return
    const role = roleOf(bearer(req), opts.token, displayToken)
    if (!role) {
      return reply.code(401).send(fail(ErrorCodes.UNAUTHORIZED, 'A valid console token is required (Authorization: Bearer TOKEN).'))
    }
    // Before the body is read. The name is the router's (decoded), the one the handler dispatches.
    if (!mayCall(role, (req.params as { command?: string } | undefined)?.command)) {
      return reply.code(403).send(fail(ErrorCodes.UNAUTHORIZED, 'The customer display token may only read the display (display.get). Use the console token for anything else.'))
    }
  })
  // A command with no arguments may be posted with no body or content type.
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    if (body === '' || body === undefined) return done(null, {})
    try {
      done(null, JSON.parse(body as string))
    } catch {
      done(Object.assign(new Error('The request body is not valid JSON.'), { statusCode: 400 }))
    }
  })

  app.post<{ Params: { command: string } }>('/api/:command', async (req, reply) => {
    const result = await opts.registry.dispatchWire(req.params.command, req.body)
    // HTTP status says whether the call itself was well-formed; a command's own refusal
    // (NOT_FOUND, PIN_INVALID, MESH_AUTH_FAILED…) is a normal answer: 200 with ok: false.
    if (!result.ok) reply.code(httpStatusFor(result.error.code))
    // A page the store's reader thread serialized: its bytes go out as they are (this thread,
    // which also answers Mesh, neither parses nor serializes them).
    if (result.ok && result.value instanceof Serialized) {
      const page = result.value
      const bytes = okEnvelopeBytes(page)
      // Lent bytes (the store's page pool) go back once the socket has taken them, or the request is gone.
      finished(reply.raw, () => page.done())
      reply.type('application/json; charset=utf-8')
      if (!(bytes.buffer instanceof SharedArrayBuffer)) return reply.send(bytes)
      // Fastify sends only ArrayBuffer-backed buffers as bytes (it would serialize this one as
      // JSON): as a stream of one chunk, of a known length, the socket takes the shared memory as it is.
      return reply.header('content-length', bytes.byteLength).send(Readable.from([bytes], { objectMode: false }))
    }
    return result
  })

  app.get<{ Querystring: { token?: string } }>('/api/events', { websocket: true }, (socket, req) => {
    const role = roleOf(req.query.token ?? null, opts.token, displayToken)
    if (!role) {
      socket.close(4401, 'unauthorized')
      return
    }
    const unsubscribe = opts.bus.subscribe((msg) => {
      if (socket.readyState === socket.OPEN && mayHear(role, msg.type)) socket.send(JSON.stringify(msg))
    })
    socket.send(JSON.stringify({ type: 'hello' }))
    socket.on('close', unsubscribe)
    socket.on('error', unsubscribe)
  })

  if (opts.staticDir && existsSync(opts.staticDir)) {
    await app.register(fastifyStatic, { root: opts.staticDir, index: ['index.html'], wildcard: false })
    // The customer display's page (its token comes in ?token=, read and dropped by the page).
    app.get('/display', async (_req, reply) => reply.type('text/html; charset=utf-8').sendFile('display.html'))
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/plain').send('The console UI is not built. Run `npm run build` (npm run serve does it for you).')
    )
  }

  await app.listen({ host: opts.host, port: opts.port })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : opts.port
  return { app, token: opts.token, displayToken, port, url: `http://${opts.host}:${port}`, close: () => app.close() }
}
