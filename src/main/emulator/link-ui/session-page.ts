// The interactive Link page: speaks the Web Link SDK's postMessage protocol to window.parent
// (reference §3.4) and calls its own server (same origin) for every decision: which step comes
// next is the server's (routes/link.ts, link-flow.ts), per the session's scenario. Every SDK
// event key has a place here; the list of which scenario produces which is in docs/ARCHITECTURE.md.
import {
  LINK_PAGES as P,
  type AccountChoice,
  type ApproveReply,
  type ConfigureReply,
  type ConnectReply,
  type DeclineReply,
  type LinkExchangeView,
  type LinkPageName,
  type LinkPaymentOption,
  type LinkPreview,
  type LinkScenario,
  type LinkSessionData,
  type PreviewReply,
  type RecognizeReply,
  type ScenarioReply,
  type SelectReply,
  type WalletSignedReply
} from './contract'
import { button, byId, errorMessage, formatUsd, input, row } from './dom'

/** Wallets the emulated page "finds" injected into the host page (selfCustody). */
const INJECTED_WALLETS = [
  { id: 'io.metamask', name: 'MetaMask' },
  { id: 'app.phantom', name: 'Phantom' }
]

export function startSessionPage(S: LinkSessionData): void {
  // A Paylink is Mesh's own page, opened top-level: no SDK listens, so nothing is posted.
  const paylink = S.mode === 'paylink'
  const embedded = !paylink && window.parent !== null && window.parent !== window
  const query = new URLSearchParams(window.location.search)
  const lng = query.get('lng') || 'en'
  const fiatCur = (query.get('fiatCur') || 'USD').toUpperCase()
  let parentOrigin = '*'
  let scenario: LinkScenario = S.scenario
  let page: LinkPageName = P.catalog
  let exchange: string | null = null
  let wallet: string | null = null
  const known = new Set<string>()
  let recognition: Promise<void> | null = null
  let preview: LinkPreview | null = null
  let option: LinkPaymentOption | null = S.options[0] ?? null
  let fundingOption: number | null = null
  /** The last error shown, for "See what happened" and the exit summary. */
  let lastError: string | null = null
  let finished = false
  let walletsAnnounced = false
  let started = false

  function post(type: string, payload?: unknown): void {
    if (!embedded) return
    const msg = payload === undefined ? { type } : { type, payload }
    try {
      window.parent.postMessage(msg, parentOrigin)
    } catch {
      // parent gone
    }
  }

  function show(p: LinkPageName): void {
    page = p
    let shown: HTMLElement | null = null
    for (const section of document.querySelectorAll<HTMLElement>('section[data-page]')) {
      section.hidden = section.getAttribute('data-page') !== p
      if (!section.hidden) shown = section
    }
    for (const d of document.querySelectorAll<HTMLElement>('.details')) d.hidden = true
    byId('scenario-bar').hidden = started || (p !== P.catalog && p !== P.home && p !== P.verify)
    // Keyboard users inside Link land on the new page's first control (never steals focus from the host page).
    if (shown && document.hasFocus()) shown.querySelector<HTMLElement>('input:not([disabled]), button:not([disabled]), select:not([disabled])')?.focus()
  }

  async function api<T>(path: string, body: Record<string, unknown> = {}, keepalive = false): Promise<T> {
    const r = await fetch(`/link/${encodeURIComponent(S.sessionId)}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive
    })
    const j = (await r.json().catch(() => ({}))) as { error?: string }
    if (!r.ok) throw new Error(j.error || `HTTP ${r.status}`)
    return j as T
  }

  function info(name: string | null): LinkExchangeView | null {
    return S.exchanges.find((x) => x.name === name) ?? null
  }

  const integration = (): { integrationType?: string; integrationName: string } => {
    const x = info(exchange)
    return x ? { integrationType: x.brokerType, integrationName: x.name } : { integrationType: 'deFiWallet', integrationName: wallet ?? 'Wallet' }
  }

  function setBusy(busy: boolean): void {
    for (const b of document.querySelectorAll<HTMLButtonElement>('main button, main select')) b.disabled = busy
  }

  /** Runs a server step with the page's buttons disabled; null when it failed (the error is shown in `errorEl`). */
  async function step<T>(path: string, body: Record<string, unknown>, errorEl: string | null): Promise<T | Error> {
    setBusy(true)
    if (errorEl) byId(errorEl).textContent = ''
    try {
      return await api<T>(path, body)
    } catch (err) {
      if (errorEl) byId(errorEl).textContent = errorMessage(err)
      return err instanceof Error ? err : new Error(String(err))
    } finally {
      setBusy(false)
    }
  }

  // ---- what the customer pays ----------------------------------------------------------

  function renderPayment(amountInFiat: number | null, amount: number | null): void {
    for (const box of document.querySelectorAll<HTMLElement>('.payment')) {
      box.textContent = ''
      if (!S.payment) continue
      const a = document.createElement('div')
      a.className = 'amount'
      a.textContent = amountInFiat != null ? formatUsd(amountInFiat, lng) : 'Amount chosen by you'
      box.appendChild(a)
      if (fiatCur !== 'USD') {
        // The SDK asked for another display currency; Mesh's amountInFiat is USD and the
        // emulator has no exchange rates, so it says so instead of converting.
        const note = document.createElement('p')
        note.className = 'note'
        note.textContent = `Mesh charges in USD. The amount is shown in USD, not ${fiatCur}: the emulator has no exchange rates.`
        box.appendChild(note)
      }
      const dl = document.createElement('dl')
      const o = option
      if (amount != null && o) row(dl, 'You send', `${amount} ${o.symbol}`)
      if (o) {
        row(dl, 'Asset', o.symbol)
        row(dl, 'Network', o.networkName)
        row(dl, 'To address', o.address)
        if (o.addressTag) row(dl, 'Memo / tag', o.addressTag)
      }
      box.appendChild(dl)
    }
  }

  /** The SDK's SessionSummary for onExit / done. */
  function summary(p: LinkPageName, extra?: Record<string, unknown>): Record<string, unknown> {
    const s: Record<string, unknown> = { page: p }
    const x = info(exchange)
    if (x) s.selectedIntegration = { id: x.integrationId, name: x.name, integrationType: x.brokerType, integrationName: x.name }
    if (preview) {
      s.transfer = {
        previewId: preview.previewId,
        symbol: preview.symbol,
        amount: preview.amount,
        amountInFiat: preview.amountInFiat,
        transactionId: preview.clientTransactionId,
        networkId: preview.networkId
      }
    }
    return extra ? Object.assign(s, extra) : s
  }

  function finish(type: 'done' | 'close', payload: Record<string, unknown>): void {
    if (finished) return
    finished = true
    post(type, payload)
  }

  function close(): void {
    if (finished) return
    api('close', { page }, true).catch(() => {})
    const onErrorPage = ([P.connectionDeclined, P.configureError, P.declined, P.noAssets] as string[]).includes(page)
    finish('close', summary(page, onErrorPage && lastError ? { errorMessage: lastError } : undefined))
  }

  // ---- start: scenario, home page, catalog ----------------------------------------------

  function renderScenarios(): void {
    const sel = byId<HTMLSelectElement>('scenario')
    sel.textContent = ''
    for (const sc of S.scenarios) {
      const o = document.createElement('option')
      o.value = sc.name
      o.textContent = sc.label
      o.selected = sc.name === scenario
      sel.appendChild(o)
    }
  }

  async function chooseScenario(name: string): Promise<void> {
    const r = await step<ScenarioReply>('scenario', { scenario: name }, 'catalog-error')
    if (r instanceof Error) {
      renderScenarios()
      return
    }
    scenario = r.scenario
    startView()
  }

  const usesHome = (): boolean => scenario === 'detailed' || scenario === 'selfCustody'

  function startView(): void {
    if (scenario === 'verifyWallet') {
      showVerify()
      return
    }
    if (usesHome()) {
      show(P.home)
      post('homePageLoaded')
      return
    }
    showCatalog()
  }

  function showCatalog(message = ''): void {
    exchange = null
    wallet = null
    preview = null
    fundingOption = null
    renderExchanges()
    byId('catalog-error').textContent = message
    const wallets = byId('wallets')
    wallets.hidden = scenario !== 'selfCustody'
    if (scenario === 'selfCustody') {
      const list = byId('wallet-list')
      list.textContent = ''
      for (const w of INJECTED_WALLETS) list.appendChild(button(w.name, () => pickWallet(w.name)))
      if (!walletsAnnounced) {
        walletsAnnounced = true
        post('SDKinjectedWalletProviders', INJECTED_WALLETS)
      }
    }
    renderPayment(S.payment ? S.payment.amountInFiat : null, option?.amount ?? S.payment?.amount ?? null)
    show(P.catalog)
  }

  function renderExchanges(): void {
    const box = byId('exchanges')
    box.textContent = ''
    for (const x of S.exchanges) box.appendChild(button(x.name, () => void pickExchange(x.name), known.has(x.name) ? { hint: 'connected' } : {}))
  }

  function method(m: 'embedded' | 'manual' | 'buy'): void {
    post('methodSelected', { method: m })
    if (m === 'embedded') showCatalog()
    else if (m === 'manual') showQr()
    else show(P.buy)
  }

  // ---- connecting an exchange ----------------------------------------------------------

  async function pickExchange(name: string): Promise<void> {
    setBusy(true)
    await (recognition ?? Promise.resolve())
    setBusy(false)
    started = true
    exchange = name
    const x = info(name)
    if (x) post('integrationSelected', { integrationType: x.brokerType, integrationName: x.name })
    const sel = await step<SelectReply>('select', { exchange: name }, 'catalog-error')
    if (sel instanceof Error) return
    if (!sel.available) {
      post('connectionUnavailable', { ...integration(), reason: sel.reason })
      showCatalog(`${sel.reason} Choose another exchange.`)
      return
    }
    if (known.has(name)) {
      afterConnect()
      return
    }
    if (scenario === 'oauth') {
      byId('oauth-title').textContent = `Sign in with ${name}`
      byId('oauth-start').textContent = `Continue to ${name}`
      byId('oauth-wait').hidden = true
      byId('oauth-start').hidden = false
      byId('oauth-error').textContent = ''
      show(P.oauth)
      return
    }
    byId('signin-title').textContent = `Sign in to ${name}`
    input('password').value = S.sandboxPassword
    byId('signin-error').textContent = ''
    show(P.signIn)
  }

  function signIn(): void {
    post('credentialsEntered')
    void connect({}, 'signin-error')
  }

  async function connect(extra: Record<string, unknown>, errorEl: string): Promise<void> {
    const oauth = extra.oauth === true
    const body = oauth ? { exchange, ...extra } : { exchange, username: input('username').value, password: input('password').value, ...extra }
    const r = await step<ConnectReply>('connect', body, errorEl)
    if (r instanceof Error) {
      post('integrationConnectionError', { errorMessage: r.message })
      return
    }
    switch (r.step) {
      case 'mfa':
        input('mfa-code').value = ''
        byId('mfa-error').textContent = ''
        show(P.mfa)
        post('integrationMfaRequired')
        return
      case 'accounts':
        renderAccounts(r.accounts, extra)
        show(P.accounts)
        post('integrationAccountSelectionRequired')
        return
      case 'declined':
        lastError = r.errorMessage
        byId('connection-declined-message').textContent = r.errorMessage
        show(P.connectionDeclined)
        post('connectionDeclined', { ...integration(), reason: r.reason, networkId: option?.networkId, toAddress: option?.address, errorMessage: r.errorMessage })
        return
      case 'delayed':
        post('delayedAuthentication', r.delayedAuthPayload)
        show(P.connected)
        finish('done', summary(P.connected))
        return
      case 'connected':
        post('brokerageAccountAccessToken', r.accessTokenPayload)
        afterConnect()
    }
  }

  function renderAccounts(accounts: AccountChoice[], extra: Record<string, unknown>): void {
    const box = byId('accounts')
    box.textContent = ''
    for (const a of accounts) box.appendChild(button(a.accountName, () => void connect({ ...extra, accountId: a.accountId }, 'accounts-error')))
  }

  function submitMfa(): void {
    post('integrationMfaEntered')
    void connect({ mfaCode: input('mfa-code').value.trim() }, 'mfa-error')
  }

  function startOAuth(): void {
    post('integrationOAuthStarted')
    byId('oauth-start').hidden = true
    byId('oauth-wait-text').textContent = `Waiting for ${exchange ?? 'the exchange'} to confirm… (emulated window)`
    byId('oauth-wait').hidden = false
  }

  function cancelOAuth(): void {
    const m = `Sign-in with ${exchange ?? 'the exchange'} was cancelled.`
    post('integrationConnectionError', { errorMessage: m })
    showCatalog(m)
  }

  // ---- the transfer: asset, network, checks, amount, preview ---------------------------

  function afterConnect(): void {
    if (!S.payment) {
      show(P.connected)
      finish('done', summary(P.connected))
      return
    }
    // The standard path keeps to the short sequence the console was built against.
    if (scenario !== 'standard') post('transferStarted', integration())
    if (S.options.length > 1 || scenario === 'detailed') showAssets()
    else void configure(false)
  }

  function showAssets(): void {
    const box = byId('assets')
    box.textContent = ''
    for (const symbol of [...new Set(S.options.map((o) => o.symbol))]) {
      box.appendChild(
        button(symbol, () => {
          post('transferAssetSelected', { symbol })
          showNetworks(symbol)
        })
      )
    }
    show(P.asset)
  }

  function showNetworks(symbol: string): void {
    const box = byId('networks')
    box.textContent = ''
    for (const o of S.options.filter((x) => x.symbol === symbol)) {
      box.appendChild(
        button(o.networkName, () => {
          option = o
          post('transferNetworkSelected', { id: o.networkId, name: o.networkName })
          void configure(false)
        })
      )
    }
    show(P.network)
  }

  async function configure(kycDone: boolean): Promise<void> {
    const r = await step<ConfigureReply>('configure', { exchange, symbol: option?.symbol, networkId: option?.networkId, kycDone }, null)
    if (r instanceof Error) {
      showConfigureError(r.message)
      return
    }
    switch (r.step) {
      case 'ok':
        amountOrPreview()
        return
      case 'kyc':
        byId('kyc-message').textContent = `${exchange} needs to verify your identity before it sends crypto. Finish it in the ${exchange} app, then come back.`
        show(P.kyc)
        post('transferKycRequired')
        return
      case 'noEligibleAssets': {
        const dl = byId('held')
        dl.textContent = ''
        if (r.arrayOfTokensHeld.length === 0) row(dl, 'Holdings', 'none')
        for (const t of r.arrayOfTokensHeld) row(dl, `${t.amount} ${t.symbol}`, t.ineligibilityReason ?? '')
        lastError = 'No eligible assets in this account'
        show(P.noAssets)
        post('transferNoEligibleAssets', { ...integration(), noAssetsType: r.noAssetsType, arrayOfTokensHeld: r.arrayOfTokensHeld })
        return
      }
      case 'funding': {
        byId('funding-title').textContent = `Not enough ${option?.symbol ?? ''}`
        byId('funding-message').textContent = `You are ${formatUsd(r.shortBy, lng)} short. Choose how to cover it:`
        const box = byId('funding-options')
        box.textContent = ''
        r.options.forEach((o, i) => {
          box.appendChild(
            button(o.name, () => {
              fundingOption = i
              post('fundingOptionsUpdated')
              amountOrPreview()
            })
          )
        })
        show(P.funding)
        post('fundingOptionsViewed')
        return
      }
      case 'configureError':
        showConfigureError(r.errorMessage)
    }
  }

  function showConfigureError(message: string): void {
    lastError = message
    byId('configure-message').textContent = message
    show(P.configureError)
    post('transferConfigureError', { errorMessage: message })
  }

  function amountOrPreview(): void {
    if (S.payment && S.payment.amountInFiat == null && (option?.amount ?? null) == null) {
      show(P.amount)
      return
    }
    void loadPreview(undefined)
  }

  let lastAmount: number | undefined

  async function loadPreview(amountInFiat: number | undefined): Promise<void> {
    lastAmount = amountInFiat
    const fromAmountPage = page === P.amount
    const r = await step<PreviewReply>(
      'preview',
      { exchange, amountInFiat, symbol: option?.symbol, networkId: option?.networkId, ...(fundingOption !== null ? { fundingOption } : {}) },
      fromAmountPage ? 'amount-error' : null
    )
    if (r instanceof Error) {
      post('transferPreviewError', { errorMessage: r.message })
      if (fromAmountPage) return
      byId('preview-details').textContent = ''
      byId('preview-error').textContent = r.message
      byId('preview-actions').hidden = true
      byId('preview-retry-box').hidden = false
      show(P.preview)
      return
    }
    byId('preview-error').textContent = ''
    byId('gas-warning').hidden = true
    showPreview(r.preview)
  }

  function showPreview(pv: LinkPreview): void {
    preview = pv
    renderPayment(pv.amountInFiat, pv.amount)
    const dl = byId('preview-details')
    dl.textContent = ''
    row(dl, 'From', exchange ?? '')
    row(dl, 'Exchange fee', `${pv.institutionTransferFee.fee} ${pv.institutionTransferFee.feeCurrency}`)
    row(dl, 'Network fee', formatUsd(pv.estimatedNetworkGasFee.feeInFiat, lng))
    const funded = (pv.cryptocurrencyFundingOptions as { name?: string }[] | undefined)?.[0]
    if (funded?.name) row(dl, 'Funding', funded.name)
    byId('preview-actions').hidden = false
    byId('preview-retry-box').hidden = true
    post('transferPreviewed', pv)
    show(P.preview)
  }

  // ---- approving -----------------------------------------------------------------------

  async function approve(mfaCode?: string): Promise<void> {
    if (!preview) return
    const onMfaPage = mfaCode !== undefined
    const r = await step<ApproveReply>('approve', { previewId: preview.previewId, ...(onMfaPage ? { mfaCode } : {}) }, onMfaPage ? 'transfer-mfa-error' : 'preview-error')
    if (r instanceof Error) {
      if (!onMfaPage) post('transferExecutionError', { errorMessage: r.message })
      return
    }
    switch (r.step) {
      case 'mfa':
        input('transfer-mfa-code').value = ''
        byId('transfer-mfa-error').textContent = ''
        show(P.transferMfa)
        post('transferMfaRequired')
        return
      case 'gasIncrease':
        post('gasIncreaseWarning')
        showPreview(r.preview)
        byId('gas-warning').textContent = `The network fee went up from ${formatUsd(r.previousFeeInFiat, lng)} to ${formatUsd(r.preview.estimatedNetworkGasFee.feeInFiat, lng)}. Review and approve again.`
        byId('gas-warning').hidden = false
        return
      case 'declined':
        lastError = r.errorMessage
        byId('transfer-declined-message').textContent = r.errorMessage
        show(P.declined)
        post('transferDeclined', r.declined)
        return
      case 'executed':
        if (r.funding) post('executeFundingStep', r.funding)
        post('transferInitiated', { ...integration(), status: 'pending' })
        post('transferExecuted', r.executed)
        post('transferFinished', r.finished)
        show(P.executed)
        finish('done', summary(P.executed))
    }
  }

  function submitTransferMfa(): void {
    post('transferMfaEntered')
    void approve(input('transfer-mfa-code').value.trim())
  }

  async function decline(): Promise<void> {
    if (!preview) return
    const r = await step<DeclineReply>('decline', { previewId: preview.previewId }, 'preview-error')
    if (r instanceof Error) return
    post('transferExecutionError', { errorMessage: r.errorMessage })
    byId('decline-message').textContent = r.errorMessage
    show(P.executionError)
    finish('done', summary(P.executionError, { errorMessage: r.errorMessage }))
  }

  function amountContinue(): void {
    const v = Number(input('amount').value)
    if (!(v > 0)) {
      byId('amount-error').textContent = 'Enter an amount above zero.'
      return
    }
    post('transferAmountEntered')
    void loadPreview(v)
  }

  // ---- self-custody: wallets, manual transfer, verification ----------------------------

  function pickWallet(name: string): void {
    started = true
    exchange = null
    wallet = name
    post('integrationSelected', { integrationType: 'deFiWallet', integrationName: name })
    byId('wallet-title').textContent = `Connecting ${name}`
    byId('wallet-error').textContent = ''
    show(P.wallet)
  }

  function walletError(errorType: 'timeout' | 'verifyMismatch'): void {
    const requested = option?.networkName ?? 'Ethereum'
    const details =
      errorType === 'timeout'
        ? { connectUri: `wc:emulated-${S.sessionId.slice(0, 8)}@2` }
        : { requestedAddress: S.verifyWallet?.addresses[0] ?? '0x1111111111111111111111111111111111111111', connectedAddress: '0x2222222222222222222222222222222222222222', requestedNetwork: requested, connectedNetwork: 'Polygon' }
    lastError = errorType === 'timeout' ? `${wallet} did not answer in time.` : `${wallet} is connected to another account or network.`
    byId('wallet-error').textContent = lastError
    post('defiWalletError', { integrationName: wallet ?? 'Wallet', errorType, details, timeStamp: Date.now() })
  }

  function showQr(): void {
    started = true
    const o = option ?? S.options[0]
    if (!o) {
      showCatalog('This payment has no address to send to.')
      return
    }
    const index = Math.max(0, S.options.indexOf(o))
    const qrUrl = `${window.location.origin}/link/${encodeURIComponent(S.sessionId)}/qr.svg?option=${index}`
    byId<HTMLImageElement>('qr').src = qrUrl
    const dl = byId('qr-details')
    dl.textContent = ''
    if (S.payment?.amountInFiat != null) row(dl, 'Amount', formatUsd(S.payment.amountInFiat, lng))
    row(dl, 'Asset', o.symbol)
    row(dl, 'Network', o.networkName)
    row(dl, 'To address', o.address)
    if (o.addressTag) row(dl, 'Memo / tag', o.addressTag)
    show(P.qr)
    post('linkTransferQRGenerated', { token: o.symbol, network: o.networkName, toAddress: o.address, qrUrl })
  }

  function showVerify(): void {
    byId('verify-message').textContent = S.verifyWallet?.message ?? 'Sign to prove you own this wallet'
    input('verify-address').value = S.verifyWallet?.addresses[0] ?? '0x1111111111111111111111111111111111111111'
    byId('verify-error').textContent = ''
    show(P.verify)
  }

  async function signWallet(): Promise<void> {
    started = true
    const r = await step<WalletSignedReply>('verify', { address: input('verify-address').value.trim() }, 'verify-error')
    if (r instanceof Error) return
    post('walletMessageSigned', r.signed)
    show(P.verifyDone)
    post('verifyDonePage')
    finish('done', summary(P.verifyDone))
  }

  function rejectWallet(): void {
    started = true
    lastError = 'You rejected the signature request.'
    byId('verify-error').textContent = lastError
    post('verifyWalletRejected')
  }

  // ---- everywhere: terms, "see what happened", Escape ----------------------------------

  const terms = byId('terms-panel')
  let termsOpener: HTMLElement | null = null

  function openTerms(): void {
    termsOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    terms.hidden = false
    byId('terms-close').focus()
    post('legalTermsViewed')
  }

  function closeTerms(): void {
    terms.hidden = true
    termsOpener?.focus()
  }

  function seeWhatHappened(section: HTMLElement): void {
    const d = section.querySelector<HTMLElement>('.details')
    if (d) {
      d.textContent = lastError ?? 'No details.'
      d.hidden = false
    }
    post('seeWhatHappenedClicked')
  }

  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    if (!embedded || e.source !== window.parent) return
    const d = e.data
    if (!d || typeof d !== 'object') return
    const { type, payload } = d as { type?: unknown; payload?: unknown }
    if (type === 'meshSDKSpecs') {
      if (e.origin && e.origin !== 'null') parentOrigin = e.origin
    } else if (type === 'frontAccessTokens' && Array.isArray(payload)) {
      recognition = api<RecognizeReply>('recognize', { accessTokens: payload }).then(
        (r) => {
          for (const x of r.exchanges ?? []) known.add(x.exchange)
          if (page === P.catalog) renderExchanges()
        },
        () => {}
      )
    } else if (type === 'closeRequested') {
      close()
    }
  })

  // Escape inside Link closes it the way Mesh's Link does (the SDK's `close`, so onExit fires),
  // even while the cashier's focus is in this frame; an open terms panel is closed first.
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return
    e.preventDefault()
    if (!terms.hidden) closeTerms()
    else close()
  })

  byId('close').addEventListener('click', close)
  byId<HTMLSelectElement>('scenario').addEventListener('change', (e) => void chooseScenario((e.target as HTMLSelectElement).value))
  byId('method-embedded').addEventListener('click', () => method('embedded'))
  byId('method-manual').addEventListener('click', () => method('manual'))
  byId('method-buy').addEventListener('click', () => method('buy'))
  byId('buy-back').addEventListener('click', () => {
    show(P.home)
    post('homePageLoaded')
  })
  byId('signin').addEventListener('click', signIn)
  byId('oauth-start').addEventListener('click', startOAuth)
  byId('oauth-authorize').addEventListener('click', () => void connect({ oauth: true }, 'oauth-error'))
  byId('oauth-cancel').addEventListener('click', cancelOAuth)
  byId('mfa-submit').addEventListener('click', submitMfa)
  byId('kyc-done').addEventListener('click', () => void configure(true))
  byId('approve').addEventListener('click', () => void approve())
  byId('decline').addEventListener('click', () => void decline())
  byId('preview-retry').addEventListener('click', () => void loadPreview(lastAmount))
  byId('transfer-mfa-submit').addEventListener('click', submitTransferMfa)
  byId('declined-done').addEventListener('click', () => finish('done', summary(P.declined, { errorMessage: lastError ?? undefined })))
  byId('amount-continue').addEventListener('click', amountContinue)
  byId('wallet-timeout').addEventListener('click', () => walletError('timeout'))
  byId('wallet-mismatch').addEventListener('click', () => walletError('verifyMismatch'))
  byId('wallet-manual').addEventListener('click', showQr)
  byId('verify-sign').addEventListener('click', () => void signWallet())
  byId('verify-reject').addEventListener('click', rejectWallet)
  byId('terms').addEventListener('click', openTerms)
  byId('terms-close').addEventListener('click', closeTerms)
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.another')) b.addEventListener('click', () => showCatalog())
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.what')) b.addEventListener('click', () => seeWhatHappened(b.closest('section')!))
  for (const h of document.querySelectorAll<HTMLElement>('.mfa-hint')) h.textContent = S.sandboxMfaCode

  byId('paylink-pay').addEventListener('click', () => startView())

  renderScenarios()
  post('loaded')
  if (paylink) {
    // The customer's phone: the amount first, then the same journey as in Link.
    renderPayment(S.payment ? S.payment.amountInFiat : null, S.payment ? S.payment.amount : null)
    show(P.paylink)
  } else startView()
}
