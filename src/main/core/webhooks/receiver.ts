// The public-facing webhook listener: POST /webhooks/mesh and GET /healthz, nothing else.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify'
import type { DeliveryVerdict } from '../../../shared/contract'
import type { IncomingDelivery, Ingestor, IngestResult } from './ingest'

export const WEBHOOK_PATH = '/webhooks/mesh'

export interface ReceiverOptions {
  ingestor: Ingestor
  host: string
  port: number
  /** Largest body accepted, bytes (413 above). Mesh's payloads are ~1 KiB. */
  bodyLimit?: number
  /** The optional IP allowlist: false = refuse with 403 before anything else (recorded). */
  sourceAllowed?: (remoteAddress: string | null, forwardedFor: string | undefined) => boolean
  /** Called after the reply has been sent (never before). */
  onDelivered?: (r: IngestResult) => void
  /** Called after the reply with our measured time to answer. */
  onAnswered?: (deliveryRowId: number, ms: number) => void
  /** Fastify's logger (pino). Per-request lines are off: nothing but the answer on the ack path. */
  logger?: FastifyBaseLogger
  /**
   * Resolves when the ledger can take writes, rejects with why not (a dead writer thread, a
   * read-only or full disk). /healthz asks it at most once a second; deliveries never wait on it.
   */
  storageCheck?: () => Promise<void>
}

/** How long a sender may take: headers 5 s, the whole request 10 s; checked every second (Node's default is 30 s). */
export const SLOW_SENDER_LIMITS = { headersTimeoutMs: 5_000, requestTimeoutMs: 10_000, checkIntervalMs: 1_000 } as const

/** How long a /healthz answer about storage is reused, and how long the probe may take. */
export const HEALTH_CACHE_MS = 1_000
export const HEALTH_PROBE_TIMEOUT_MS = 2_000

/** /healthz's storage verdict, probed at most once per HEALTH_CACHE_MS (concurrent callers share one probe). */
export function createHealthProbe(check: (() => Promise<void>) | undefined, now: () => number = Date.now, onChange?: (ok: boolean, reason: string | null) => void) {
  let last: { at: number; ok: boolean; reason: string | null } | null = null
  let inflight: Promise<{ ok: boolean; reason: string | null }> | null = null
  const probe = async (): Promise<{ ok: boolean; reason: string | null }> => {
    if (!check) return { ok: true, reason: null }
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        check(),
        new Promise<never>((_r, reject) => {
          timer = setTimeout(() => reject(new Error(`the ledger did not answer within ${HEALTH_PROBE_TIMEOUT_MS} ms`)), HEALTH_PROBE_TIMEOUT_MS)
          timer.unref()
        })
      ])
      return { ok: true, reason: null }
    } catch (err) {
      return { ok: false, reason: (err as Error)?.message ?? String(err) }
    } finally {
      clearTimeout(timer)
    }
  }
  return (): Promise<{ ok: boolean; reason: string | null }> => {
    if (last && now() - last.at < HEALTH_CACHE_MS) return Promise.resolve(last)
    inflight ??= probe().then((r) => {
      if (!last || last.ok !== r.ok) onChange?.(r.ok, r.reason)
      last = { at: now(), ...r }
      inflight = null
      return r
    })
    return inflight
  }
}

export interface Receiver {
  app: FastifyInstance
  url: string
  port: number
  close(): Promise<void>
}

declare module 'fastify' {
  interface FastifyRequest {
    countertop?: { result?: IngestResult; rowId?: number; contentType?: string }
  }
}

function clientAddress(req: FastifyRequest): string | null {
  return req.socket?.remoteAddress ?? null
}

/**
 * Broken framing gets one 400 and a clean close. The client may still be sending the rest of
 * what it meant as a body: that is read and dropped until it is done (or for 2 s), because
 * closing with unread bytes makes the kernel answer with a reset and the 400 may be lost.
 * (Fastify's default handler destroys the socket at once.)
 */
function answerBrokenFraming(err: Error & { code?: string }, socket: import('node:net').Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  if (!socket.writable) return void socket.destroy()
  const timeout = err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
  socket.end(timeout ? 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n' : 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
  socket.resume()
  setTimeout(() => socket.destroy(), 2_000).unref()
}

export async function startReceiver(opts: ReceiverOptions): Promise<Receiver> {
  const bodyLimit = opts.bodyLimit ?? 256 * 1024
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    logController: new LogController({ disableRequestLogging: true }),
    // No child logger per request: pino's child() runs the redaction over its bindings each time
    // (~12 % of the thread that answers Mesh, under load). Our lines go through app.log and say
    // what they need; Fastify's own lines from this listener carry no reqId.
    childLoggerFactory: (logger) => logger,
    // Malformed HTTP (never a request at all): one 400, then a clean close.
    clientErrorHandler: answerBrokenFraming,
    bodyLimit,
    // Hostile input must never produce a 5xx: framing errors are answered 400 below.
    return503OnClosing: true,
    connectionTimeout: 10_000,
    // Slow senders (slowloris) are cut within 15 s: headers must arrive within 5 s and the whole
    // request within 10 s, and Node looks every second instead of every 30 s.
    requestTimeout: SLOW_SENDER_LIMITS.requestTimeoutMs,
    keepAliveTimeout: 5_000,
    routerOptions: { maxParamLength: 200 },
    // A public listener needs no big headers; Node's own default is 16 KiB.
    http: { maxHeaderSize: 16 * 1024, headersTimeout: SLOW_SENDER_LIMITS.headersTimeoutMs, connectionsCheckingInterval: SLOW_SENDER_LIMITS.checkIntervalMs }
  })

  // A Content-Type Fastify cannot parse ("application/", ";") would be answered 415 before our
  // raw parser runs, so even a correctly signed delivery would be lost: read every webhook body
  // as raw bytes, keeping the header as sent for the record.
  app.addHook('onRequest', async (req) => {
    if (req.method !== 'POST') return
    const ct = req.headers['content-type']
    if (ct !== undefined) {
      req.countertop = { ...req.countertop, contentType: ct }
      req.headers['content-type'] = 'application/octet-stream'
    }
  })

  // Raw bytes for every content type (and none): the signature is over the exact bytes.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body))

  // Health for a load balancer or tunnel: 503 when the ledger cannot take writes, so a delivery
  // would be answered 503 too. The reason goes to the log, not to the public port.
  const storage = createHealthProbe(opts.storageCheck, Date.now, (ok, reason) => {
    if (ok) app.log.info('webhook: storage writable again; /healthz answers 200')
    else app.log.error({ reason }, 'webhook: storage cannot write; /healthz answers 503')
  })
  app.get('/healthz', async (_req, reply) => {
    const s = await storage()
    if (s.ok) return { ok: true }
    return reply.code(503).send({ ok: false, error: 'storage_unavailable', message: 'the ledger cannot store deliveries right now' })
  })

  // The deliveries read in one turn of the event loop go to the store's writer thread in one
  // message; the writer commits whatever arrived while its last group was being fsynced as
  // the next group. Each delivery is answered only when its own group has committed.
  let queue: { d: IncomingDelivery; resolve: (r: IngestResult) => void; reject: (e: Error) => void }[] = []
  const flush = () => {
    const batch = queue
    queue = []
    opts.ingestor.ingestMany(batch.map((b) => b.d)).then(
      (results) =>
        batch.forEach((b, i) => {
          const r = results[i]!
          if (r instanceof Error) b.reject(r)
          else b.resolve(r)
        }),
      (err: Error) => {
        for (const b of batch) b.reject(err)
      }
    )
  }
  const record = (d: IncomingDelivery) =>
    new Promise<IngestResult>((resolve, reject) => {
      if (queue.push({ d, resolve, reject }) === 1) setImmediate(flush)
    })

  app.post(WEBHOOK_PATH, async (req, reply) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    const headers = req.countertop?.contentType !== undefined ? { ...req.headers, 'content-type': req.countertop.contentType } : req.headers
    const remoteAddress = clientAddress(req)
    if (opts.sourceAllowed) {
      const xff = req.headers['x-forwarded-for']
      if (!opts.sourceAllowed(remoteAddress, Array.isArray(xff) ? xff.join(', ') : xff)) {
        const rowId = await opts.ingestor.recordRejected({ raw, headers, remoteAddress, receivedAt: opts.ingestor.now() }, 'source_not_allowed', 403)
        req.countertop = { rowId }
        reply.code(403)
        return { ok: false, error: 'source_not_allowed', message: 'this sender is not on the IP allowlist' }
      }
    }
    const result = await record({
      raw,
      headers,
      remoteAddress,
      receivedAt: opts.ingestor.now()
    })
    req.countertop = { result, rowId: result.deliveryRowId }
    reply.code(result.httpStatus)
    if (result.httpStatus === 200) return { ok: true, verdict: result.verdict }
    return { ok: false, error: result.verdict, message: result.reason }
  })

  app.setNotFoundHandler((_req, reply) => {
    reply.code(404).send({ ok: false, error: 'not_found' })
  })

  app.setErrorHandler(async (err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode ?? 500
    // Errors before the handler ran: oversize bodies and broken framing on the webhook path
    // are recorded as rejected deliveries, so developers can see them in the inspector.
    if (status === 413 || (status >= 400 && status < 500)) {
      const verdict: DeliveryVerdict = status === 413 ? 'too_large' : 'bad_request'
      if (req.method === 'POST' && req.url.split('?')[0] === WEBHOOK_PATH && !req.countertop?.result) {
        try {
          const rowId = await opts.ingestor.recordRejected(
            { raw: Buffer.alloc(0), headers: req.headers, remoteAddress: clientAddress(req), receivedAt: opts.ingestor.now() },
            verdict,
            status
          )
          req.countertop = { rowId }
        } catch {
          /* storage trouble: still answer the client */
        }
      }
      return reply.code(status).send({ ok: false, error: verdict, message: err.message })
    }
    // Storage failure: the delivery is NOT acknowledged; Mesh will retry. 503 says "try again".
    app.log.error({ err }, 'webhook: could not store delivery; answered 503 (Mesh will retry)')
    return reply.code(503).send({ ok: false, error: 'unavailable', message: 'could not store the delivery; retry' })
  })

  app.addHook('onResponse', async (req, reply) => {
    const rowId = req.countertop?.rowId
    if (rowId !== undefined) opts.onAnswered?.(rowId, reply.elapsedTime)
    const result = req.countertop?.result
    if (result) opts.onDelivered?.(result)
  })

  await app.listen({ host: opts.host, port: opts.port })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : opts.port
  return {
    app,
    port,
    url: `http://${opts.host}:${port}${WEBHOOK_PATH}`,
    close: () => app.close()
  }
}
