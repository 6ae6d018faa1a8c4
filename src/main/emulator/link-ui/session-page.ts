// The interactive Link page: speaks the Web Link SDK's postMessage protocol to window.parent
// (reference §3.4) and calls its own server (same origin) to connect, preview, approve, decline.
import {
  LINK_PAGES as P,
  type ApproveReply,
  type ConnectReply,
  type DeclineReply,
  type LinkActionError,
  type LinkExchangeView,
  type LinkPageName,
  type LinkPreview,
  type LinkSessionData,
  type PreviewReply,
  type RecognizeReply
} from './contract'

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`The Link page has no #${id}`)
  return el as T
}

const input = (id: string): HTMLInputElement => byId<HTMLInputElement>(id)

function usd(n: number): string {
  return `$${Number(n).toFixed(2)} USD`
}

function row(dl: HTMLElement, k: string, v: string): void {
  const dt = document.createElement('dt')
  dt.textContent = k
  const dd = document.createElement('dd')
  dd.textContent = v
  dl.appendChild(dt)
  dl.appendChild(dd)
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

export function startSessionPage(S: LinkSessionData): void {
  // A Paylink is Mesh's own page, opened top-level: no SDK listens, so nothing is posted.
  const paylink = S.mode === 'paylink'
  const embedded = !paylink && window.parent !== null && window.parent !== window
  let parentOrigin = '*'
  let page: LinkPageName = P.catalog
  let exchange: string | null = null
  const known = new Set<string>()
  let recognition: Promise<void> | null = null
  let preview: LinkPreview | null = null
  let finished = false

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
    for (const section of document.querySelectorAll<HTMLElement>('section[data-page]')) section.hidden = section.getAttribute('data-page') !== p
  }

  async function api<T>(path: string, body: Record<string, unknown> = {}, keepalive = false): Promise<T> {
    const r = await fetch(`/link/${encodeURIComponent(S.sessionId)}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive
    })
    const j = (await r.json().catch(() => ({}))) as Partial<LinkActionError>
    if (!r.ok) throw new Error(j.error || `HTTP ${r.status}`)
    return j as T
  }

  function info(name: string | null): LinkExchangeView | null {
    return S.exchanges.find((x) => x.name === name) ?? null
  }

  function renderPayment(amountInFiat: number | null, amount: number | null): void {
    for (const box of document.querySelectorAll<HTMLElement>('.payment')) {
      box.textContent = ''
      if (!S.payment) continue
      const a = document.createElement('div')
      a.className = 'amount'
      a.textContent = amountInFiat != null ? usd(amountInFiat) : 'Amount chosen by you'
      box.appendChild(a)
      const dl = document.createElement('dl')
      if (amount != null) row(dl, 'You send', `${amount} ${S.payment.symbol}`)
      row(dl, 'Asset', S.payment.symbol)
      row(dl, 'Network', S.payment.networkName)
      row(dl, 'To address', S.payment.address)
      if (S.payment.addressTag) row(dl, 'Memo / tag', S.payment.addressTag)
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

  function setBusy(busy: boolean): void {
    for (const b of document.querySelectorAll<HTMLButtonElement>('main button')) b.disabled = busy
  }

  function renderExchanges(): void {
    const box = byId('exchanges')
    box.textContent = ''
    for (const x of S.exchanges) {
      const b = document.createElement('button')
      b.type = 'button'
      b.setAttribute('aria-label', x.name)
      b.textContent = x.name
      if (known.has(x.name)) {
        const h = document.createElement('span')
        h.className = 'hint'
        h.textContent = 'connected'
        b.appendChild(h)
      }
      b.addEventListener('click', () => void pickExchange(x.name))
      box.appendChild(b)
    }
  }

  async function pickExchange(name: string): Promise<void> {
    setBusy(true)
    await (recognition ?? Promise.resolve())
    setBusy(false)
    exchange = name
    const x = info(name)
    if (x) post('integrationSelected', { integrationType: x.brokerType, integrationName: x.name })
    if (known.has(name)) {
      afterConnect()
      return
    }
    byId('signin-title').textContent = `Sign in to ${name}`
    input('password').value = S.sandboxPassword
    byId('signin-error').textContent = ''
    show(P.signIn)
  }

  async function signIn(): Promise<void> {
    setBusy(true)
    byId('signin-error').textContent = ''
    post('credentialsEntered')
    let r: ConnectReply
    try {
      r = await api<ConnectReply>('connect', { exchange, username: input('username').value, password: input('password').value })
    } catch (err) {
      setBusy(false)
      byId('signin-error').textContent = errorMessage(err)
      post('integrationConnectionError', { errorMessage: errorMessage(err) })
      return
    }
    setBusy(false)
    post('brokerageAccountAccessToken', r.accessTokenPayload)
    afterConnect()
  }

  function afterConnect(): void {
    if (!S.payment) {
      show(P.connected)
      finish('done', summary(P.connected))
      return
    }
    if (S.payment.amountInFiat == null && S.payment.amount == null) {
      show(P.amount)
      return
    }
    void loadPreview(undefined)
  }

  async function loadPreview(amountInFiat: number | undefined): Promise<void> {
    setBusy(true)
    let r: PreviewReply
    try {
      r = await api<PreviewReply>('preview', { exchange, amountInFiat })
    } catch (err) {
      setBusy(false)
      byId(page === P.amount ? 'amount-error' : 'preview-error').textContent = errorMessage(err)
      post('transferPreviewError', { errorMessage: errorMessage(err) })
      return
    }
    setBusy(false)
    const pv = (preview = r.preview)
    renderPayment(pv.amountInFiat, pv.amount)
    const dl = byId('preview-details')
    dl.textContent = ''
    row(dl, 'From', exchange ?? '')
    row(dl, 'Exchange fee', `${pv.institutionTransferFee.fee} ${pv.institutionTransferFee.feeCurrency}`)
    post('transferPreviewed', pv)
    show(P.preview)
  }

  async function approve(): Promise<void> {
    if (!preview) return
    setBusy(true)
    let r: ApproveReply
    try {
      r = await api<ApproveReply>('approve', { previewId: preview.previewId })
    } catch (err) {
      setBusy(false)
      byId('preview-error').textContent = errorMessage(err)
      post('transferExecutionError', { errorMessage: errorMessage(err) })
      return
    }
    post('transferInitiated', { integrationType: info(exchange)?.brokerType, integrationName: exchange, status: 'pending' })
    post('transferExecuted', r.executed)
    post('transferFinished', r.finished)
    show(P.executed)
    finish('done', summary(P.executed))
  }

  async function decline(): Promise<void> {
    if (!preview) return
    setBusy(true)
    let r: DeclineReply
    try {
      r = await api<DeclineReply>('decline', { previewId: preview.previewId })
    } catch (err) {
      setBusy(false)
      byId('preview-error').textContent = errorMessage(err)
      return
    }
    post('transferExecutionError', { errorMessage: r.errorMessage })
    byId('decline-message').textContent = r.errorMessage
    show(P.executionError)
    finish('done', summary(P.executionError, { errorMessage: r.errorMessage }))
  }

  function finish(type: 'done' | 'close', payload: Record<string, unknown>): void {
    if (finished) return
    finished = true
    post(type, payload)
  }

  function close(): void {
    if (finished) return
    api('close', { page }, true).catch(() => {})
    finish('close', summary(page))
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
          renderExchanges()
        },
        () => {}
      )
    } else if (type === 'closeRequested') {
      close()
    }
  })

  byId('close').addEventListener('click', close)
  byId('signin').addEventListener('click', () => void signIn())
  byId('approve').addEventListener('click', () => void approve())
  byId('decline').addEventListener('click', () => void decline())
  byId('amount-continue').addEventListener('click', amountContinue)
  byId('paylink-pay').addEventListener('click', () => show(P.catalog))
  renderExchanges()
  renderPayment(S.payment ? S.payment.amountInFiat : null, S.payment ? S.payment.amount : null)
  show(paylink ? P.paylink : P.catalog)
  post('loaded')
}
