// The emulated Link UI: GET /link/:id serves the page the SDK frames (once per link token), GET
// LINK_SCRIPT_PATH its script, and POST /link/:id/<action> are the page's same-origin actions
// (scenario, recognize, select, connect, configure, preview, approve, decline, verify, close).
// Approve and Decline make the sale. What each scenario does is decided here and in
// ../link-flow.ts; the page (../link-ui) only shows it and tells the SDK.
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { GetLinkTokenRequest, TransferModel } from '@meshconnect/node-api'
import QRCode from 'qrcode'
import { LINK_SCENARIOS, LONG_PENDING_MS, isLinkScenario, type LinkScenario } from '../../../shared/link-scenarios'
import { accessTokenPayload, accountOf, accountsOf, delayedAuthPayload, recognize } from '../access-tokens'
import { EXCHANGE_INFO, SANDBOX_MFA_CODE, SANDBOX_PASSWORD, SANDBOX_USERS, isExchangeName, networkName, type ExchangeName } from '../catalog'
import { createTransfer } from '../lifecycle'
import { configureDecision, raisedGasFee } from '../link-flow'
import { LINK_PAGES, renderLinkErrorPage, renderLinkPage } from '../link-page'
import { loadLinkScript } from '../link-script'
import {
  LINK_SCRIPT_PATH,
  type ApproveReply,
  type ConfigureReply,
  type ConnectReply,
  type DeclineReply,
  type LinkPageMode,
  type LinkPaymentOption,
  type LinkPreview,
  type LinkVerifyWallet,
  type PreviewReply,
  type RecognizeReply,
  type ScenarioReply,
  type SelectReply,
  type WalletSignedReply
} from '../link-ui/contract'
import type { EmulatorState, LinkSession } from '../state'
import { quote } from '../transfers'
import type { CreatedTransfer } from '../types'
import { bodyOf, sendLinkHtml } from './common'

type SessionRequest = FastifyRequest<{ Params: { id: string } }>

/** Every usable toAddresses entry of the request, in order. */
export function paymentOptions(req: GetLinkTokenRequest): LinkPaymentOption[] {
  return (req.transferOptions?.toAddresses ?? [])
    .filter((a) => a.networkId && a.symbol && a.address)
    .map((a) => ({
      symbol: a.symbol!.toUpperCase(),
      networkId: a.networkId!,
      networkName: networkName(a.networkId!),
      address: a.address!,
      addressTag: a.addressTag ?? null,
      amount: a.amount ?? null
    }))
}

function verifyWalletOf(req: GetLinkTokenRequest): LinkVerifyWallet | null {
  const v = req.verifyWalletOptions
  if (!v) return null
  return { message: v.message ?? 'Sign to prove you own this wallet', addresses: v.addresses ?? [], networkId: v.networkId ?? null }
}

const scenarioOf = (s: LinkSession): LinkScenario => s.scenario ?? 'standard'
const passedOf = (s: LinkSession): Set<string> => (s.passed ??= new Set())

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
  s.scenario = state.nextLinkScenario ?? (s.request.verifyWalletOptions && !s.payment ? 'verifyWallet' : 'standard')
  state.nextLinkScenario = null
  state.log('link', `${mode} page opened for user ${s.userId} (scenario ${s.scenario})`)
  return {
    code: 200,
    html: renderLinkPage({ sessionId: s.id, userId: s.userId, payment: s.payment, mode, scenario: s.scenario, options: paymentOptions(s.request), verifyWallet: verifyWalletOf(s.request) })
  }
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

  function exchangeOf(req: FastifyRequest, reply: FastifyReply): ExchangeName | null {
    const { exchange } = bodyOf(req)
    if (isExchangeName(exchange)) return exchange
    void reply.code(400).send({ error: 'Choose Coinbase, Binance or Robinhood' })
    return null
  }

  /** The chosen toAddresses entry (by symbol and network), or the first. */
  function optionOf(s: LinkSession, symbol: unknown, networkId: unknown): LinkPaymentOption | null {
    const all = paymentOptions(s.request)
    if (symbol === undefined && networkId === undefined) return all[0] ?? null
    return all.find((o) => o.symbol === String(symbol).toUpperCase() && o.networkId.toLowerCase() === String(networkId).toLowerCase()) ?? null
  }

  app.post<{ Params: { id: string } }>('/link/:id/scenario', async (req, reply): Promise<ScenarioReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const { scenario } = bodyOf(req)
    if (!isLinkScenario(scenario)) return reply.code(400).send({ error: `Unknown scenario; use one of ${Object.keys(LINK_SCENARIOS).join(', ')}` })
    if (passedOf(s).has('started')) return reply.code(409).send({ error: 'The scenario can only be changed before an exchange is chosen' })
    s.scenario = scenario
    log('link', `user ${s.userId} chose scenario ${scenario}`)
    return { scenario }
  })

  app.post<{ Params: { id: string } }>('/link/:id/recognize', async (req, reply): Promise<RecognizeReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const found = recognize(state, s.userId, bodyOf(req).accessTokens)
    for (const ex of found) s.connected.add(ex)
    return { exchanges: found.map((exchange) => ({ exchange, ...accountOf(s.userId, exchange) })) }
  })

  app.post<{ Params: { id: string } }>('/link/:id/select', async (req, reply): Promise<SelectReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const exchange = exchangeOf(req, reply)
    if (!exchange) return reply
    const passed = passedOf(s)
    passed.add('started')
    if (scenarioOf(s) === 'connectionUnavailable' && !passed.has('unavailable')) {
      passed.add('unavailable')
      return { available: false, reason: `${exchange} is under maintenance and cannot connect right now.` }
    }
    return { available: true }
  })

  app.post<{ Params: { id: string } }>('/link/:id/connect', async (req, reply): Promise<ConnectReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const exchange = exchangeOf(req, reply)
    if (!exchange) return reply
    const { username, password, oauth, mfaCode, accountId } = bodyOf(req)
    const scenario = scenarioOf(s)
    const passed = passedOf(s)
    passed.add('started')
    if (oauth === true) {
      if (scenario !== 'oauth') return reply.code(400).send({ error: `${exchange} signs in with a username and password here` })
    } else if (typeof username !== 'string' || !SANDBOX_USERS.includes(username) || password !== SANDBOX_PASSWORD) {
      return reply.code(400).send({ error: `Wrong username or password. Sandbox users are ${SANDBOX_USERS.join(', ')} with password ${SANDBOX_PASSWORD}.` })
    }
    if (scenario === 'mfa') {
      if (mfaCode === undefined) return { step: 'mfa' }
      if (mfaCode !== SANDBOX_MFA_CODE) return reply.code(400).send({ error: `That code is wrong. The sandbox code is ${SANDBOX_MFA_CODE}.` })
    }
    let account: ReturnType<typeof accountsOf>[number] | undefined
    if (scenario === 'accountSelection') {
      const accounts = accountsOf(s.userId, exchange)
      if (accountId === undefined) return { step: 'accounts', accounts }
      account = accounts.find((a) => a.accountId === accountId)
      if (!account) return reply.code(400).send({ error: 'Choose one of the listed accounts' })
    }
    if (scenario === 'connectionDeclined' && !passed.has('declined')) {
      passed.add('declined')
      log('link', `${exchange} declined the connection of user ${s.userId} (scenario)`)
      return { step: 'declined', reason: 'accountRestricted', errorMessage: `${exchange} declined the connection: this account may not send to outside addresses.` }
    }
    if (scenario === 'delayedAuth') {
      log('link', `user ${s.userId} connected ${exchange} with delayed authentication`)
      return { step: 'delayed', delayedAuthPayload: delayedAuthPayload(exchange) }
    }
    s.connected.add(exchange)
    ;(s.usernames ??= new Map()).set(exchange, typeof username === 'string' ? username : 'Mesh')
    log('link', `user ${s.userId} connected ${exchange}`)
    return { step: 'connected', accessTokenPayload: accessTokenPayload(state, s.userId, exchange, account) }
  })

  app.post<{ Params: { id: string } }>('/link/:id/configure', async (req, reply): Promise<ConfigureReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const exchange = exchangeOf(req, reply)
    if (!exchange) return reply
    if (!s.connected.has(exchange)) return reply.code(400).send({ error: 'Connect an exchange first' })
    const { symbol, networkId, kycDone } = bodyOf(req)
    const option = optionOf(s, symbol, networkId)
    if (!option) return reply.code(400).send({ error: 'This link token has no such asset and network' })
    const passed = passedOf(s)
    if (kycDone === true && scenarioOf(s) === 'kyc') passed.add('kyc')
    const { reply: decision, once } = configureDecision({
      scenario: scenarioOf(s),
      exchange,
      username: s.usernames?.get(exchange) ?? 'Mesh',
      symbol: option.symbol,
      networkName: option.networkName,
      amountInFiat: s.payment?.amountInFiat ?? null,
      fundingEnabled: s.request.transferOptions?.fundingOptions?.enabled === true,
      passed,
      kycDone: kycDone === true,
      funded: Boolean(s.funding)
    })
    if (once) passed.add(once)
    if (decision.step === 'funding') s.fundingOffer = decision.options
    return decision
  })

  app.post<{ Params: { id: string } }>('/link/:id/preview', async (req, reply): Promise<PreviewReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const { exchange, amountInFiat, symbol, networkId, fundingOption } = bodyOf(req)
    if (!isExchangeName(exchange) || !s.connected.has(exchange)) return reply.code(400).send({ error: 'Connect an exchange first' })
    if (!s.payment) return reply.code(400).send({ error: 'This link token has no transfer options' })
    const option = optionOf(s, symbol, networkId)
    if (!option) return reply.code(400).send({ error: 'This link token has no such asset and network' })
    const p = s.payment
    const fixedAmount = option.amount
    const fiat = p.amountInFiat ?? (fixedAmount == null && typeof amountInFiat === 'number' && amountInFiat > 0 ? amountInFiat : null)
    if (fiat == null && fixedAmount == null) return reply.code(400).send({ error: 'Enter an amount' })
    if (typeof fundingOption === 'number') {
      const offer = s.fundingOffer?.[fundingOption]
      if (!offer) return reply.code(400).send({ error: 'Choose one of the funding options' })
      s.funding = { fromSymbol: offer.cryptocurrencySymbol, fromAmount: offer.usedAmountInCryptocurrency, amountInFiat: offer.usedAmountInFiat }
    }
    const passed = passedOf(s)
    if (scenarioOf(s) === 'previewError' && !passed.has('previewError')) {
      passed.add('previewError')
      return reply.code(502).send({ error: `${exchange} could not price this transfer right now. Try again.` })
    }
    const q = quote(option.symbol, fiat, fixedAmount)
    const info = EXCHANGE_INFO[exchange]
    s.exchange = exchange
    const preview: LinkPreview = {
      previewId: state.randomId(),
      amount: q.amount,
      symbol: option.symbol,
      toAddress: option.address,
      networkId: option.networkId,
      networkName: option.networkName,
      amountInFiat: q.amountInFiat,
      fiatCurrency: 'USD',
      integrationType: info.brokerType,
      integrationName: info.name,
      estimatedNetworkGasFee: { fee: 0, feeCurrency: option.symbol, feeInFiat: 0 },
      institutionTransferFee: { fee: q.fee, feeCurrency: option.symbol, feeInFiat: q.feeInFiat },
      userId: s.userId,
      clientTransactionId: p.transactionId ?? undefined
    }
    const offer = s.funding && s.fundingOffer?.find((o) => o.cryptocurrencySymbol === s.funding!.fromSymbol)
    if (offer) preview.cryptocurrencyFundingOptions = [offer]
    s.preview = preview
    return { preview }
  })

  /** Makes the session's sale with the pending sale faults (which it consumes) and ends the session. */
  function saleFromSession(s: LinkSession, outcome: 'succeeded' | 'failed'): { created: CreatedTransfer; transfer: TransferModel } {
    const p = s.payment!
    const preview = s.preview!
    const faults = state.nextSaleFaults ?? {}
    state.nextSaleFaults = null
    const scenario = scenarioOf(s)
    const created = createTransfer(state, {
      transactionId: p.transactionId,
      userId: s.userId,
      amountInFiat: preview.amountInFiat,
      amount: preview.amount,
      symbol: preview.symbol,
      networkId: preview.networkId,
      destinationAddress: preview.toAddress,
      exchange: s.exchange ?? 'Coinbase',
      transferType: s.request.transferOptions?.transferType ?? 'payment',
      subClientId: s.request.subClientId ?? null,
      outcome,
      faults,
      ...(scenario === 'longPending' ? { pendingMs: LONG_PENDING_MS } : {}),
      ...(scenario === 'refund' && outcome === 'succeeded' ? { refundAfterMs: state.settleDelayMs } : {}),
      ...(s.funding ? { fundedFrom: { symbol: s.funding.fromSymbol, amount: s.funding.fromAmount, amountInFiat: s.funding.amountInFiat } } : {})
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
    const scenario = scenarioOf(s)
    const passed = passedOf(s)
    const { mfaCode } = bodyOf(req)
    if (scenario === 'mfa') {
      if (mfaCode === undefined) return { step: 'mfa' }
      if (mfaCode !== SANDBOX_MFA_CODE) return reply.code(400).send({ error: `That code is wrong. The sandbox code is ${SANDBOX_MFA_CODE}.` })
    }
    if (scenario === 'gasIncrease' && !passed.has('gasIncrease')) {
      passed.add('gasIncrease')
      const old = s.preview!
      s.preview = { ...old, previewId: state.randomId(), estimatedNetworkGasFee: raisedGasFee(old.estimatedNetworkGasFee, old.symbol) }
      return { step: 'gasIncrease', preview: s.preview, previousFeeInFiat: old.estimatedNetworkGasFee.feeInFiat }
    }
    const info = EXCHANGE_INFO[s.exchange ?? 'Coinbase']
    if (scenario === 'transferDeclined') {
      const { created, transfer } = saleFromSession(s, 'failed')
      const errorMessage = `${info.name} declined the transfer: it did not pass the exchange’s withdrawal review (emulated).`
      return {
        step: 'declined',
        transferId: created.transferId,
        errorMessage,
        declined: {
          integrationType: info.brokerType,
          integrationName: info.name,
          toAddress: transfer.destinationAddress,
          token: transfer.symbol,
          network: transfer.networkName,
          amount: transfer.amount,
          status: 'declined'
        }
      }
    }
    const funding = s.funding
    const { created, transfer } = saleFromSession(s, 'succeeded')
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
      step: 'executed',
      transferId: created.transferId,
      executed: { status: 'pending', ...common },
      finished: {
        status: 'success',
        ...common,
        amountInFiat: transfer.amountInFiat,
        totalAmountInFiat: transfer.totalTransactionAmountInFiat,
        networkName: transfer.networkName,
        transferId: created.transferId
      },
      ...(funding ? { funding: { cryptocurrencyFundingOptionType: funding.fromSymbol === 'USD' ? 'buyingPowerPurchase' : 'cryptocurrencyConversion', status: 'success' } } : {})
    }
  })

  app.post<{ Params: { id: string } }>('/link/:id/decline', async (req, reply): Promise<DeclineReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s || !checkPreview(s, req, reply)) return reply
    const { created } = saleFromSession(s, 'failed')
    const name = s.exchange ?? 'The exchange'
    return { transferId: created.transferId, errorMessage: `${name} declined the transfer (emulated rejection).` }
  })

  // Self-custody wallet verification: the "wallet" signs the request's message.
  app.post<{ Params: { id: string } }>('/link/:id/verify', async (req, reply): Promise<WalletSignedReply | FastifyReply> => {
    const s = openSession(req, reply)
    if (!s) return reply
    const v = verifyWalletOf(s.request) ?? { message: 'Sign to prove you own this wallet', addresses: [], networkId: null }
    const { address } = bodyOf(req)
    if (typeof address !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(address)) return reply.code(400).send({ error: 'A wallet address (0x…) is required' })
    const verified = v.addresses.length === 0 || v.addresses.some((a) => a.toLowerCase() === address.toLowerCase())
    // A 65-byte signature's shape (r, s, v); not a real signature.
    const r = createHash('sha256').update(`${v.message}\n${address.toLowerCase()}`).digest('hex')
    const hash = `0x${r}${createHash('sha256').update(r).digest('hex')}1b`
    log('link', `wallet ${address} signed for user ${s.userId} (${verified ? 'verified' : 'not a requested address'})`)
    return { signed: { signedMessageHash: hash, message: v.message, address, timeStamp: state.now(), isVerified: verified, verifiedAddresses: verified ? [address] : [] } }
  })

  // The QR code of the manual transfer page: the merchant's address for the chosen option.
  app.get<{ Params: { id: string }; Querystring: { option?: string } }>('/link/:id/qr.svg', async (req, reply) => {
    const s = sessions.get(req.params.id)
    if (!s || s.state !== 'open') return reply.code(404).send({ error: 'Unknown or finished link session' })
    const option = paymentOptions(s.request)[Number(req.query.option ?? 0)]
    if (!option) return reply.code(404).send({ error: 'No such payment option' })
    const svg = await QRCode.toString(option.address, { type: 'svg', margin: 1 })
    return reply.header('Content-Type', 'image/svg+xml').header('Cache-Control', 'no-store').send(svg)
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
