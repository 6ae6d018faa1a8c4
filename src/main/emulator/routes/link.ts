// The emulated Link UI: GET /link/:id serves the page the SDK frames (once per link token), GET
// LINK_SCRIPT_PATH its script, and POST /link/:id/<action> are the page's same-origin actions
// (recognize, connect, preview, approve, decline, close). Approve and Decline make the sale.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { TransferModel } from '@meshconnect/node-api'
import { accessTokenPayload, accountOf, recognize } from '../access-tokens'
import { EXCHANGE_INFO, SANDBOX_PASSWORD, SANDBOX_USERS, isExchangeName } from '../catalog'
import { createTransfer } from '../lifecycle'
import { LINK_PAGES, renderLinkErrorPage, renderLinkPage } from '../link-page'
import { loadLinkScript } from '../link-script'
import { LINK_SCRIPT_PATH, type ApproveReply, type LinkPageMode, type ConnectReply, type DeclineReply, type PreviewReply, type RecognizeReply } from '../link-ui/contract'
import type { EmulatorState, LinkSession } from '../state'
import { quote } from '../transfers'
import type { CreatedTransfer } from '../types'
import { bodyOf, sendLinkHtml } from './common'

type SessionRequest = FastifyRequest<{ Params: { id: string } }>

/**
 * Opens a session's page once (link tokens are single use, and a Paylink carries the same token):
 * the Link page the SDK frames, or the Paylink page. Both then use the same POST actions below,
 * so a Paylink sale is made, settled and sent as webhooks exactly like a Link sale.
 */
export function openSessionPage(state: EmulatorState, id: string | null, mode: LinkPageMode): { code: number; html: string } {
  const minutes = Math.round(state.tokenTtlMs / 60_000)
  const say =
    mode === 'paylink'
      ? {
          invalid: 'This payment link is not valid. Ask the merchant for a new one.',
          used: 'This payment link has already been used. Payment links work once; ask the merchant for a new one.',
          expired: `This payment link has expired (they last ${minutes} minutes). Ask the merchant for a new one.`
        }
      : {
          invalid: 'This link token is not valid. Request a new link token.',
          used: 'This link token has already been used. Link tokens are single-use; request a new one.',
          expired: `This link token has expired (they last ${minutes} minutes). Request a new one.`
        }
  const s = id === null ? undefined : state.sessions.get(id)
  if (!s) return { code: 404, html: renderLinkErrorPage(LINK_PAGES.tokenInvalid, say.invalid) }
  if (s.state !== 'issued') return { code: 410, html: renderLinkErrorPage(LINK_PAGES.tokenUsed, say.used) }
  if (state.now() - s.createdAtMs > state.tokenTtlMs) {
    s.state = 'finished'
    return { code: 410, html: renderLinkErrorPage(LINK_PAGES.tokenExpired, say.expired) }
  }
  s.state = 'open'
  state.log('link', `${mode} page opened for user ${s.userId}`)
  return { code: 200, html: renderLinkPage({ sessionId: s.id, userId: s.userId, payment: s.payment, mode }) }
}

export function registerLinkRoutes(app: FastifyInstance, state: EmulatorState): void {
  const { log, sessions } = state

  app.get<{ Params: { id: string } }>('/link/:id', async (req, reply) => {
    const page = openSessionPage(state, req.params.id, 'link')
    return sendLinkHtml(reply, page.code, page.html)
  })

  // The page's behaviour (./link-ui, bundled). A missing bundle is a 500 that says how to build it.
  app.get(LINK_SCRIPT_PATH, async (_req, reply) => {
    const code = await loadLinkScript()
    return reply.header('Content-Type', 'text/javascript; charset=utf-8').header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'no-store').send(code)
  })

  function openSession(req: SessionRequest, reply: FastifyReply): LinkSession | null {
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

  app.post<{ Params: { id: string } }>('/link/:id/recognize', async (req, reply): Promise<RecognizeReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const found = recognize(state, s.userId, bodyOf(req).accessTokens)
    for (const ex of found) s.connected.add(ex)
    return { exchanges: found.map((exchange) => ({ exchange, ...accountOf(s.userId, exchange) })) }
  })

  app.post<{ Params: { id: string } }>('/link/:id/connect', async (req, reply): Promise<ConnectReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const { exchange, username, password } = bodyOf(req)
    if (!isExchangeName(exchange)) return reply.code(400).send({ error: 'Choose Coinbase, Binance or Robinhood' })
    if (typeof username !== 'string' || !SANDBOX_USERS.includes(username) || password !== SANDBOX_PASSWORD) {
      return reply.code(400).send({ error: `Wrong username or password. Sandbox users are ${SANDBOX_USERS.join(', ')} with password ${SANDBOX_PASSWORD}.` })
    }
    s.connected.add(exchange)
    log('link', `user ${s.userId} connected ${exchange}`)
    return { accessTokenPayload: accessTokenPayload(state, s.userId, exchange) }
  })

  app.post<{ Params: { id: string } }>('/link/:id/preview', async (req, reply): Promise<PreviewReply | FastifyReply> => {
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
      previewId: state.randomId(),
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

  /** Makes the session's sale with the pending sale faults (which it consumes) and ends the session. */
  function saleFromSession(s: LinkSession, outcome: 'succeeded' | 'failed'): { created: CreatedTransfer; transfer: TransferModel } {
    const p = s.payment!
    const preview = s.preview!
    const faults = state.nextSaleFaults ?? {}
    state.nextSaleFaults = null
    const created = createTransfer(state, {
      transactionId: p.transactionId,
      userId: s.userId,
      amountInFiat: preview.amountInFiat,
      amount: preview.amount,
      symbol: p.symbol,
      networkId: p.networkId,
      destinationAddress: p.address,
      exchange: s.exchange ?? 'Coinbase',
      transferType: s.request.transferOptions?.transferType ?? 'payment',
      subClientId: s.request.subClientId ?? null,
      outcome,
      faults
    })
    s.state = 'finished'
    const t = state.transfers.find((x) => x.model.id === created.transferId)!
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

  app.post<{ Params: { id: string } }>('/link/:id/approve', async (req, reply): Promise<ApproveReply | FastifyReply> => {
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

  app.post<{ Params: { id: string } }>('/link/:id/decline', async (req, reply): Promise<DeclineReply | FastifyReply> => {
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
}
