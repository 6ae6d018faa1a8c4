// The fake Mesh API under /api/v1: credentials, validation and envelope like the real one, plus
// the control-API-driven faults (429, 5xx, delays) that make it misbehave on purpose.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { GetLinkTokenRequest } from '@meshconnect/node-api'
import { networkName } from '../catalog'
import type { LinkPagePayment } from '../link-page'
import { MAX_LIST_REQUESTS, timer, type EmulatorState } from '../state'
import type { TransferListRequest } from '../types'
import { queryTransfers } from '../transfers'
import { parseTransferListQuery, validateLinkTokenRequest } from '../validate'
import { envelope, pathOf } from './common'

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  return x.length === y.length && timingSafeEqual(x, y)
}

/** What the Link page shows and sells, from the link token request (null: connect only). */
export function paymentFromRequest(req: GetLinkTokenRequest): LinkPagePayment | null {
  const t = req.transferOptions
  const to = t?.toAddresses?.[0]
  if (!t || !to || !to.networkId || !to.symbol || !to.address) return null
  return {
    amountInFiat: t.amountInFiat ?? null,
    amount: to.amount ?? null,
    symbol: to.symbol.toUpperCase(),
    networkId: to.networkId,
    networkName: networkName(to.networkId),
    address: to.address,
    addressTag: to.addressTag ?? null,
    transactionId: t.transactionId ?? null
  }
}

export function registerApiRoutes(app: FastifyInstance, state: EmulatorState): void {
  const { log } = state

  const LIST_PATH = '/api/v1/transfers/managed/mesh'
  const listed = new WeakMap<FastifyRequest, TransferListRequest>()

  // Control-API-driven misbehaviour of the fake Mesh API (also for unknown /api/ paths).
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return
    if (req.method === 'GET' && pathOf(req) === LIST_PATH) {
      // Every list request is kept (tests assert on the windows and pages asked for).
      const q = req.url.indexOf('?')
      const entry: TransferListRequest = { at: state.now(), query: q < 0 ? '' : req.url.slice(q + 1), statusCode: null }
      state.listRequests.push(entry)
      if (state.listRequests.length > MAX_LIST_REQUESTS) state.listRequests.splice(0, state.listRequests.length - MAX_LIST_REQUESTS)
      listed.set(req, entry)
    }
    const fault = state.apiFaults[0]
    if (!fault) return
    fault.count--
    if (fault.count <= 0) state.apiFaults.shift()
    log('http', `api fault ${fault.mode} on ${req.method} ${pathOf(req)}`)
    switch (fault.mode) {
      case 'delay':
        await new Promise<void>((resolve) => timer(state, fault.delayMs ?? 1000, resolve, resolve))
        return
      case 'http429':
        if (fault.retryAfterSeconds !== undefined) void reply.header('Retry-After', String(fault.retryAfterSeconds))
        return reply.code(429).send(envelope('tooManyRequest', 'Too many requests (emulated)', 'tooManyRequests'))
      case 'tooManyRequest':
        return reply.code(400).send(envelope('tooManyRequest', 'Too many requests (emulated)', 'tooManyRequests'))
      case 'http500':
      case 'http503':
        return reply.code(fault.mode === 'http500' ? 500 : 503).send(envelope('serverFailure', 'Service unavailable (emulated)'))
    }
  })

  app.addHook('onResponse', async (req, reply) => {
    const entry = listed.get(req)
    if (entry) entry.statusCode = reply.statusCode
  })

  function authorized(req: FastifyRequest): boolean {
    const id = req.headers['x-client-id']
    const secret = req.headers['x-client-secret']
    return typeof id === 'string' && typeof secret === 'string' && safeEqual(id, state.clientId) && safeEqual(secret, state.clientSecret)
  }

  app.post('/api/v1/linktoken', async (req, reply) => {
    // Mesh's 401 schema is `{}`; we answer with an empty body so clients cannot rely on one.
    if (!authorized(req)) return reply.code(401).send()
    const v = validateLinkTokenRequest(req.body)
    if (!v.ok) return reply.code(400).send(envelope('badRequest', v.message, v.errorType))
    const request = structuredClone(v.value)
    state.linkTokenRequests.push(request)
    const id = randomBytes(16).toString('base64url')
    state.sessions.set(id, {
      id,
      createdAtMs: state.now(),
      request,
      userId: request.userId,
      payment: paymentFromRequest(request),
      state: 'issued',
      connected: new Set(),
      preview: null,
      exchange: null
    })
    const linkToken = Buffer.from(`${state.baseUrl}/link/${id}`, 'utf8').toString('base64')
    const paymentLink = request.transferOptions?.generatePayLink ? `${state.baseUrl}/paylink?linkToken=${encodeURIComponent(linkToken)}` : null
    log('link', `link token issued for user ${request.userId}`)
    return envelope('ok', null, null, { linkToken, paymentLink })
  })

  app.get(LIST_PATH, async (req, reply) => {
    if (!authorized(req)) return reply.code(401).send()
    const q = parseTransferListQuery((req.query ?? {}) as Record<string, unknown>)
    if (!q.ok) return reply.code(400).send(envelope('badRequest', q.message, q.errorType))
    return envelope('ok', null, null, queryTransfers(state.transfers, q.value))
  })
}
