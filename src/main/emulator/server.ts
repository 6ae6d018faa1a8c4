// The Mesh emulator: one Fastify server that stands in for Mesh completely and offline.
//   /api/v1/...        fake Mesh API (credentials, validation and envelope like the real one)
//   /link/:id          the emulated Link UI the SDK frames, plus its same-origin actions
//   /paylink           Paylink redirect
//   /_emulator/...     control API for tests and developers (unauthenticated; bind to loopback)
// Transfers settle on their own and their status webhooks are sent with Mesh's semantics.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import type { GetLinkTokenRequest, TransferModel } from '@meshconnect/node-api'
import {
  EXCHANGE_INFO,
  SANDBOX_PASSWORD,
  SANDBOX_USERS,
  isExchangeName,
  networkName,
  type ExchangeName
} from './catalog'
import { LINK_PAGES, LINK_PAGE_CSP, renderLinkErrorPage, renderLinkPage, type LinkPagePayment } from './link-page'
import { buildTransferModel, queryTransfers, quote, settleTransferModel, type EmulatedTransfer } from './transfers'
import { apiFaultSchema, parseCreateTransfer, parseTransferListQuery, parseWith, validateLinkTokenRequest, webhookFaultsSchema } from './validate'
import {
  DEFAULT_DELIVERY_TIMEOUT_MS,
  DEFAULT_RETRY_SCHEDULE_MS,
  createActivity,
  createWebhookSender,
  type WebhookEvent,
  type WebhookTarget
} from './webhook-sender'
import type {
  ApiFault,
  CreateTransferInput,
  CreatedTransfer,
  MeshEmulator,
  MeshEmulatorOptions,
  WebhookFaults
} from './types'

export const DEFAULT_SETTLE_DELAY_MS = 1_500
export const DEFAULT_LINK_TOKEN_TTL_MS = 10 * 60_000

interface LinkSession {
  id: string
  createdAtMs: number
  request: GetLinkTokenRequest
  userId: string
  payment: LinkPagePayment | null
  state: 'issued' | 'open' | 'finished'
  connected: Set<ExchangeName>
  preview: (Record<string, unknown> & { previewId: string; amountInFiat: number; amount: number }) | null
  exchange: ExchangeName | null
}

interface IssuedAccessToken {
  userId: string
  exchange: ExchangeName
  tokenId: string
}

/** Mesh's envelope for errors. */
function envelope(status: string, message: string | null, errorType: string | null = null, content: unknown = null): Record<string, unknown> {
  return { status, message, displayMessage: message, errorType, content }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  return x.length === y.length && timingSafeEqual(x, y)
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

function paymentFromRequest(req: GetLinkTokenRequest): LinkPagePayment | null {
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

export async function startMeshEmulator(opts: MeshEmulatorOptions): Promise<MeshEmulator> {
  if (!opts.webhookSecret) throw new TypeError('startMeshEmulator needs webhookSecret')
  if ((opts.clientId === undefined) !== (opts.clientSecret === undefined)) {
    throw new TypeError('startMeshEmulator: give both clientId and clientSecret, or neither (then they are generated)')
  }
  const generatedCredentials = opts.clientId === undefined
  const clientId = opts.clientId ?? randomUUID()
  const clientSecret = opts.clientSecret ?? `sk_emulator_${randomBytes(24).toString('base64url')}`
  const now = opts.now ?? Date.now
  const randomId = opts.randomId ?? randomUUID
  const settleDelayMs = opts.settleDelayMs ?? DEFAULT_SETTLE_DELAY_MS
  const tokenTtlMs = opts.linkTokenTtlMs ?? DEFAULT_LINK_TOKEN_TTL_MS
  const log = (kind: 'http' | 'webhook' | 'transfer' | 'link', message: string): void => opts.log?.({ kind, message })

  let target: WebhookTarget | null = opts.webhookUrl ? { url: opts.webhookUrl, secret: opts.webhookSecret } : null
  let webhookSecret = opts.webhookSecret
  let nextSaleFaults: WebhookFaults | null = null
  const apiFaults: ApiFault[] = []
  const transfers: EmulatedTransfer[] = []
  const sessions = new Map<string, LinkSession>()
  const tokenIds = new Map<string, string>()
  const accessTokens = new Map<string, IssuedAccessToken>()
  const linkTokenRequests: GetLinkTokenRequest[] = []
  const timers = new Map<NodeJS.Timeout, () => void>()
  let seq = 0
  let closed = false
  /** http://HOST:PORT, known once listening; every handler runs after that. */
  let baseUrl = ''

  const activity = createActivity()
  const sender = createWebhookSender({
    getTarget: () => target,
    retryScheduleMs: opts.retryScheduleMs ?? DEFAULT_RETRY_SCHEDULE_MS,
    timeoutMs: opts.deliveryTimeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS,
    now,
    randomId,
    activity,
    log: (m) => log('webhook', m)
  })

  function timer(ms: number, fn: () => void, onCancel: () => void = () => {}): void {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, ms)
    timers.set(t, onCancel)
  }

  // ---- transfers and their webhooks ------------------------------------------------------

  function eventOf(t: EmulatedTransfer, final: boolean, atMs: number): WebhookEvent {
    const m = t.model
    return {
      eventId: final ? t.finalEventId : t.pendingEventId,
      transferId: m.id,
      status: final ? (t.outcome === 'succeeded' ? 'Succeeded' : 'Failed') : 'Pending',
      timestampMs: atMs,
      transactionId: m.clientTransactionId ?? null,
      txHash: final && t.outcome === 'succeeded' ? (m.hash ?? null) : null,
      userId: m.userId ?? null,
      token: m.symbol ?? '',
      chain: m.networkName ?? '',
      sourceAmount: m.sourceAmount ?? null,
      destinationAmount: m.destinationAmount ?? null,
      sourceAccountProvider: m.from?.name ?? '',
      destinationAddress: m.destinationAddress ?? ''
    }
  }

  function createTransfer(input: CreateTransferInput): CreatedTransfer {
    if (closed) throw new Error('The Mesh emulator is closed')
    const checked = parseCreateTransfer(input)
    if (!checked.ok) throw new TypeError(checked.message)
    const faults = { ...(checked.value.faults ?? {}) }
    const createdAt = now()
    const model = buildTransferModel(checked.value, { transferId: randomId(), institutionTransactionId: `emu-${randomBytes(6).toString('hex')}` }, createdAt)
    const t: EmulatedTransfer = {
      seq: seq++,
      model,
      outcome: checked.value.outcome,
      faults,
      pendingEventId: randomId(),
      finalEventId: randomId(),
      pendingAtMs: createdAt,
      settledAtMs: null
    }
    transfers.push(t)
    log('transfer', `transfer ${model.id} created (${model.amountInFiat} USD in ${model.symbol}, outcome ${t.outcome}${Object.keys(faults).length ? `, faults ${JSON.stringify(faults)}` : ''})`)

    const pending = eventOf(t, false, createdAt)
    const deliverPending = (): void => {
      if (faults.dropWebhooks) return
      const delivered = sender.deliverEvent(pending, faults)
      if (faults.malformedBody) {
        const end = activity.begin()
        void delivered.then(() => sender.sendMalformed(pending)).finally(end)
      }
    }
    if (!faults.outOfOrder) deliverPending()

    const endSettle = activity.begin()
    timer(
      settleDelayMs,
      () => {
        const settledAt = now()
        const hash = t.outcome === 'succeeded' ? `0x${randomBytes(32).toString('hex')}` : null
        t.model = settleTransferModel(t.model, t.outcome, hash, settledAt)
        t.settledAtMs = settledAt
        log('transfer', `transfer ${t.model.id} ${t.outcome}`)
        if (!faults.dropWebhooks) {
          const final = eventOf(t, true, settledAt)
          if (faults.outOfOrder) {
            let pendingStarted = false
            const startPending = (): void => {
              if (pendingStarted) return
              pendingStarted = true
              deliverPending()
            }
            const end = activity.begin()
            void sender.deliverEvent(final, faults, { afterFirstAttempt: startPending }).finally(() => {
              startPending()
              end()
            })
          } else {
            void sender.deliverEvent(final, faults)
          }
        }
        endSettle()
      },
      endSettle
    )
    return { transferId: model.id, eventIds: [t.pendingEventId, t.finalEventId] }
  }

  function transferView(t: EmulatedTransfer): { transfer: TransferModel; outcome: string; faults: WebhookFaults; eventIds: [string, string] } {
    return { transfer: structuredClone(t.model), outcome: t.outcome, faults: { ...t.faults }, eventIds: [t.pendingEventId, t.finalEventId] }
  }

  // ---- access tokens (MMT style) -----------------------------------------------------------

  function stableTokenId(userId: string, exchange: ExchangeName): string {
    const key = `${userId}\n${exchange}`
    let id = tokenIds.get(key)
    if (!id) {
      id = randomUUID()
      tokenIds.set(key, id)
    }
    return id
  }

  function accountOf(userId: string, exchange: ExchangeName): { accountId: string; accountName: string } {
    const h = createHash('sha256').update(`${userId}\n${exchange}`).digest('hex').slice(0, 12)
    return { accountId: `emu-${exchange.toLowerCase()}-${h}`, accountName: `${exchange} sandbox account` }
  }

  function accessTokenPayload(userId: string, exchange: ExchangeName): Record<string, unknown> {
    const tokenId = stableTokenId(userId, exchange)
    const accessToken = `emu_at_${randomBytes(18).toString('base64url')}`
    accessTokens.set(accessToken, { userId, exchange, tokenId })
    const info = EXCHANGE_INFO[exchange]
    return {
      accountTokens: [{ account: { ...accountOf(userId, exchange), cash: 10_000_000, fund: 10_000_000 }, accessToken, refreshToken: `emu_rt_${randomBytes(18).toString('base64url')}`, tokenId }],
      brokerBrandInfo: { brokerLogo: '' },
      expiresInSeconds: 3600,
      refreshTokenExpiresInSeconds: 30 * 24 * 3600,
      brokerType: info.brokerType,
      brokerName: info.name
    }
  }

  /** Exchanges the returning user is already connected to, judged from the SDK's accessTokens. */
  function recognize(userId: string, supplied: unknown): ExchangeName[] {
    if (!Array.isArray(supplied)) return []
    const found = new Set<ExchangeName>()
    for (const item of supplied) {
      if (!item || typeof item !== 'object') continue
      const token = (item as Record<string, unknown>).accessToken
      if (typeof token !== 'string') continue
      const issued = accessTokens.get(token)
      if (issued && issued.userId === userId) {
        found.add(issued.exchange)
        continue
      }
      // Under MMT a host may hand back the tokenId itself (reference gap 15): accept that too.
      for (const [key, tokenId] of tokenIds) {
        const [uid, ex] = key.split('\n')
        if (tokenId === token && uid === userId && isExchangeName(ex)) found.add(ex)
      }
    }
    return [...found]
  }

  // ---- HTTP ------------------------------------------------------------------------------

  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true })

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500
    const message =
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'Request body is required' : err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.name === 'SyntaxError' ? 'Request body is not valid JSON' : err.message
    if (status >= 500) log('http', `${req.method} ${req.url.split('?')[0]} failed: ${err.message}`)
    if (req.url.startsWith('/api/')) {
      void reply.code(status).send(envelope(status >= 500 ? 'serverFailure' : 'badRequest', message, status >= 500 ? null : 'invalidField'))
    } else {
      void reply.code(status).send({ error: message })
    }
  })
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) void reply.code(404).send(envelope('notFound', `No such endpoint: ${req.method} ${req.url.split('?')[0]}`))
    else void reply.code(404).send({ error: `No such endpoint: ${req.method} ${req.url.split('?')[0]}` })
  })

  // Control-API-driven misbehaviour of the fake Mesh API.
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return
    const fault = apiFaults[0]
    if (!fault) return
    fault.count--
    if (fault.count <= 0) apiFaults.shift()
    log('http', `api fault ${fault.mode} on ${req.method} ${req.url.split('?')[0]}`)
    switch (fault.mode) {
      case 'delay':
        await new Promise<void>((resolve) => timer(fault.delayMs ?? 1000, resolve, resolve))
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

  function authorized(req: FastifyRequest): boolean {
    const id = req.headers['x-client-id']
    const secret = req.headers['x-client-secret']
    return typeof id === 'string' && typeof secret === 'string' && safeEqual(id, clientId) && safeEqual(secret, clientSecret)
  }

  app.post('/api/v1/linktoken', async (req, reply) => {
    // Mesh's 401 schema is `{}`; we answer with an empty body so clients cannot rely on one.
    if (!authorized(req)) return reply.code(401).send()
    const v = validateLinkTokenRequest(req.body)
    if (!v.ok) return reply.code(400).send(envelope('badRequest', v.message, v.errorType))
    const request = structuredClone(v.value)
    linkTokenRequests.push(request)
    const id = randomBytes(16).toString('base64url')
    sessions.set(id, {
      id,
      createdAtMs: now(),
      request,
      userId: request.userId,
      payment: paymentFromRequest(request),
      state: 'issued',
      connected: new Set(),
      preview: null,
      exchange: null
    })
    const linkToken = Buffer.from(`${baseUrl}/link/${id}`, 'utf8').toString('base64')
    const paymentLink = request.transferOptions?.generatePayLink ? `${baseUrl}/paylink?linkToken=${encodeURIComponent(linkToken)}` : null
    log('link', `link token issued for user ${request.userId}`)
    return envelope('ok', null, null, { linkToken, paymentLink })
  })

  app.get('/api/v1/transfers/managed/mesh', async (req, reply) => {
    if (!authorized(req)) return reply.code(401).send()
    const q = parseTransferListQuery((req.query ?? {}) as Record<string, unknown>)
    if (!q.ok) return reply.code(400).send(envelope('badRequest', q.message, q.errorType))
    return envelope('ok', null, null, queryTransfers(transfers, q.value))
  })

  // ---- Link page -------------------------------------------------------------------------

  function sendHtml(reply: FastifyReply, code: number, html: string): FastifyReply {
    return reply.code(code).header('Content-Type', 'text/html; charset=utf-8').header('Content-Security-Policy', LINK_PAGE_CSP).header('Cache-Control', 'no-store').send(html)
  }

  app.get<{ Params: { id: string } }>('/link/:id', async (req, reply) => {
    const s = sessions.get(req.params.id)
    if (!s) return sendHtml(reply, 404, renderLinkErrorPage(LINK_PAGES.tokenInvalid, 'This link token is not valid. Request a new link token.'))
    if (s.state !== 'issued') {
      return sendHtml(reply, 410, renderLinkErrorPage(LINK_PAGES.tokenUsed, 'This link token has already been used. Link tokens are single-use; request a new one.'))
    }
    if (now() - s.createdAtMs > tokenTtlMs) {
      s.state = 'finished'
      return sendHtml(reply, 410, renderLinkErrorPage(LINK_PAGES.tokenExpired, `This link token has expired (they last ${Math.round(tokenTtlMs / 60_000)} minutes). Request a new one.`))
    }
    s.state = 'open'
    log('link', `link page opened for user ${s.userId}`)
    return sendHtml(reply, 200, renderLinkPage({ sessionId: s.id, userId: s.userId, payment: s.payment }))
  })

  function openSession(req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply): LinkSession | null {
    const s = sessions.get(req.params.id)
    if (!s) {
      void reply.code(404).send({ error: 'Unknown link session' })
      return null
    }
    if (s.state !== 'open') {
      void reply.code(409).send({ error: 'This Link session is already finished' })
      return null
    }
    return s
  }

  const bodyOf = (req: FastifyRequest): Record<string, unknown> => (req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {})

  app.post<{ Params: { id: string } }>('/link/:id/recognize', async (req, reply) => {
    const s = openSession(req, reply)
    if (!s) return reply
    const found = recognize(s.userId, bodyOf(req).accessTokens)
    for (const ex of found) s.connected.add(ex)
    return { exchanges: found.map((exchange) => ({ exchange, ...accountOf(s.userId, exchange) })) }
  })

  app.post<{ Params: { id: string } }>('/link/:id/connect', async (req, reply) => {
    const s = openSession(req, reply)
    if (!s) return reply
    const { exchange, username, password } = bodyOf(req)
    if (!isExchangeName(exchange)) return reply.code(400).send({ error: 'Choose Coinbase, Binance or Robinhood' })
    if (typeof username !== 'string' || !SANDBOX_USERS.includes(username) || password !== SANDBOX_PASSWORD) {
      return reply.code(400).send({ error: `Wrong username or password. Sandbox users are ${SANDBOX_USERS.join(', ')} with password ${SANDBOX_PASSWORD}.` })
    }
    s.connected.add(exchange)
    log('link', `user ${s.userId} connected ${exchange}`)
    return { accessTokenPayload: accessTokenPayload(s.userId, exchange) }
  })

  app.post<{ Params: { id: string } }>('/link/:id/preview', async (req, reply) => {
    const s = openSession(req, reply)
    if (!s) return reply
    const { exchange, amountInFiat } = bodyOf(req)
    if (!isExchangeName(exchange) || !s.connected.has(exchange)) return reply.code(400).send({ error: 'Connect an exchange first' })
    if (!s.payment) return reply.code(400).send({ error: 'This link token has no transfer options' })
    const p = s.payment
    const fiat = p.amountInFiat ?? (p.amount == null && typeof amountInFiat === 'number' && amountInFiat > 0 ? amountInFiat : null)
    if (fiat == null && p.amount == null) return reply.code(400).send({ error: 'Enter an amount' })
    const q = quote(p.symbol, fiat, p.amount)
    const info = EXCHANGE_INFO[exchange]
    s.exchange = exchange
    s.preview = {
      previewId: randomId(),
      amount: q.amount,
      symbol: p.symbol,
      toAddress: p.address,
      networkId: p.networkId,
      networkName: p.networkName,
      amountInFiat: q.amountInFiat,
      fiatCurrency: 'USD',
      integrationType: info.brokerType,
      integrationName: info.name,
      estimatedNetworkGasFee: { fee: 0, feeCurrency: p.symbol, feeInFiat: 0 },
      institutionTransferFee: { fee: q.fee, feeCurrency: p.symbol, feeInFiat: q.feeInFiat },
      userId: s.userId,
      clientTransactionId: p.transactionId ?? undefined
    }
    return { preview: s.preview }
  })

  function saleFromSession(s: LinkSession, outcome: 'succeeded' | 'failed'): { created: CreatedTransfer; transfer: TransferModel } {
    const p = s.payment!
    const preview = s.preview!
    const faults = nextSaleFaults ?? {}
    nextSaleFaults = null
    const created = createTransfer({
      transactionId: p.transactionId,
      userId: s.userId,
      amountInFiat: preview.amountInFiat,
      amount: preview.amount,
      symbol: p.symbol,
      networkId: p.networkId,
      destinationAddress: p.address,
      exchange: s.exchange ?? 'Coinbase',
      transferType: s.request.transferOptions?.transferType ?? 'payment',
      outcome,
      faults
    })
    s.state = 'finished'
    const t = transfers.find((x) => x.model.id === created.transferId)!
    return { created, transfer: t.model }
  }

  function checkPreview(s: LinkSession, req: FastifyRequest, reply: FastifyReply): boolean {
    if (!s.preview || !s.payment) {
      void reply.code(400).send({ error: 'Nothing to approve yet' })
      return false
    }
    const { previewId } = bodyOf(req)
    if (previewId !== s.preview.previewId) {
      void reply.code(400).send({ error: 'The preview is out of date; go back and review again' })
      return false
    }
    return true
  }

  app.post<{ Params: { id: string } }>('/link/:id/approve', async (req, reply) => {
    const s = openSession(req, reply)
    if (!s || !checkPreview(s, req, reply)) return reply
    const { created, transfer } = saleFromSession(s, 'succeeded')
    const info = EXCHANGE_INFO[s.exchange ?? 'Coinbase']
    const common = {
      txId: transfer.institutionTransactionId,
      fromAddress: info.fromAddress,
      toAddress: transfer.destinationAddress,
      symbol: transfer.symbol,
      amount: transfer.amount,
      networkId: transfer.networkId,
      userId: s.userId,
      clientTransactionId: transfer.clientTransactionId ?? undefined
    }
    return {
      transferId: created.transferId,
      executed: { status: 'pending', ...common },
      finished: {
        status: 'success',
        ...common,
        amountInFiat: transfer.amountInFiat,
        totalAmountInFiat: transfer.totalTransactionAmountInFiat,
        networkName: transfer.networkName,
        transferId: created.transferId
      }
    }
  })

  app.post<{ Params: { id: string } }>('/link/:id/decline', async (req, reply) => {
    const s = openSession(req, reply)
    if (!s || !checkPreview(s, req, reply)) return reply
    const { created } = saleFromSession(s, 'failed')
    const name = s.exchange ?? 'The exchange'
    return { transferId: created.transferId, errorMessage: `${name} declined the transfer (emulated rejection).` }
  })

  app.post<{ Params: { id: string } }>('/link/:id/close', async (req, reply) => {
    const s = sessions.get(req.params.id)
    if (!s) return reply.code(404).send({ error: 'Unknown link session' })
    if (s.state === 'open') {
      s.state = 'finished'
      log('link', `user ${s.userId} closed Link on ${String(bodyOf(req).page ?? 'unknown page')}`)
    }
    return { ok: true }
  })

  app.get<{ Querystring: { linkToken?: string } }>('/paylink', async (req, reply) => {
    const token = req.query.linkToken
    let url: string | null = null
    try {
      url = token ? Buffer.from(token, 'base64').toString('utf8') : null
    } catch {
      url = null
    }
    if (!url || !url.startsWith(`${baseUrl}/link/`)) return sendHtml(reply, 404, renderLinkErrorPage(LINK_PAGES.tokenInvalid, 'This payment link is not valid.'))
    return reply.redirect(url, 302)
  })

  // ---- control API -----------------------------------------------------------------------

  app.get('/_emulator', async () => ({
    name: 'Countertop Mesh emulator',
    api: ['POST /api/v1/linktoken', 'GET /api/v1/transfers/managed/mesh'],
    control: [
      'POST /_emulator/transfers',
      'GET /_emulator/transfers',
      'GET /_emulator/deliveries?transferId=',
      'POST /_emulator/faults',
      'POST /_emulator/api-faults',
      'POST /_emulator/webhook-target'
    ],
    webhookTarget: target?.url ?? null
  }))

  app.post('/_emulator/transfers', async (req, reply) => {
    const v = parseCreateTransfer(req.body)
    if (!v.ok) return reply.code(400).send({ error: v.message })
    return reply.code(201).send(createTransfer(v.value))
  })

  app.get('/_emulator/transfers', async () => ({ items: transfers.map(transferView) }))

  app.get<{ Querystring: { transferId?: string } }>('/_emulator/deliveries', async (req) => ({
    items: sender.list(req.query.transferId ? { transferId: req.query.transferId } : {})
  }))

  app.post('/_emulator/faults', async (req, reply) => {
    if (req.body === null) {
      nextSaleFaults = null
      return { nextSaleFaults }
    }
    const v = parseWith(webhookFaultsSchema, req.body, 'faults')
    if (!v.ok) return reply.code(400).send({ error: v.message })
    nextSaleFaults = v.value
    return { nextSaleFaults }
  })

  app.post('/_emulator/api-faults', async (req, reply) => {
    const v = parseWith(apiFaultSchema, req.body, 'API fault')
    if (!v.ok) return reply.code(400).send({ error: v.message })
    apiFaults.push({ ...v.value })
    return { queued: apiFaults.map((f) => ({ ...f })) }
  })

  app.post('/_emulator/webhook-target', async (req, reply) => {
    const { url, secret } = bodyOf(req)
    if (url !== null && (typeof url !== 'string' || !/^https?:\/\//.test(url))) return reply.code(400).send({ error: 'url must be an http(s) URL or null' })
    if (secret !== undefined && (typeof secret !== 'string' || secret === '')) return reply.code(400).send({ error: 'secret must be a non-empty string' })
    setWebhookTarget(url as string | null, secret as string | undefined)
    return { url: target?.url ?? null }
  })

  function setWebhookTarget(url: string | null, secret?: string): void {
    if (secret !== undefined) webhookSecret = secret
    target = url ? { url, secret: webhookSecret } : null
  }

  await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 0 })
  const addr = app.server.address()
  if (addr === null || typeof addr === 'string') throw new Error('The Mesh emulator did not get a TCP address')
  baseUrl = (opts.publicUrl ?? `http://${urlHost(opts.host ?? '127.0.0.1')}:${addr.port}`).replace(/\/+$/, '')

  return {
    url: baseUrl,
    clientId,
    clientSecret,
    generatedCredentials,
    setWebhookTarget,
    createTransfer,
    listTransfers: () => transfers.map((t) => structuredClone(t.model)),
    listDeliveries: (filter) => sender.list(filter),
    setNextSaleFaults(faults) {
      if (faults === null) {
        nextSaleFaults = null
        return
      }
      const v = parseWith(webhookFaultsSchema, faults, 'faults')
      if (!v.ok) throw new TypeError(v.message)
      nextSaleFaults = v.value
    },
    addApiFault(fault) {
      const v = parseWith(apiFaultSchema, fault, 'API fault')
      if (!v.ok) throw new TypeError(v.message)
      apiFaults.push({ ...v.value })
    },
    listLinkTokenRequests: () => linkTokenRequests.map((r) => structuredClone(r)),
    idle: () => activity.idle(),
    async close() {
      if (closed) return
      closed = true
      for (const [t, cancel] of timers) {
        clearTimeout(t)
        cancel()
      }
      timers.clear()
      sender.close()
      await app.close()
    }
  }
}
