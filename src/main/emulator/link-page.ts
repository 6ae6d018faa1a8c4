// The emulated Link UI, server side: the HTML of the page the SDK frames. Its behaviour is the
// browser bundle in ./link-ui (served at LINK_SCRIPT_PATH); the page hands it its data as JSON in
// a <script type="application/json"> block, so no script is inline and the CSP needs no
// 'unsafe-inline' for scripts.
import { EXCHANGES, EXCHANGE_INFO, SANDBOX_PASSWORD } from './catalog'
import { ERROR_DATA_ID, LINK_SCRIPT_PATH, SESSION_DATA_ID, type LinkErrorData, type LinkPageName, type LinkPageView, type LinkSessionData } from './link-ui/contract'

export { LINK_PAGES } from './link-ui/contract'
export type { LinkPagePayment, LinkPageView } from './link-ui/contract'

/** JSON for a <script type="application/json"> block: nothing in it can close the tag. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** Scripts only from the emulator itself (the Link bundle); styles stay inline. */
export const LINK_PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; background: #fff; color: #111827; }
  header { display: flex; align-items: center; justify-content: space-between; padding: 16px 20px; border-bottom: 1px solid #e5e7eb; }
  header strong { font-size: 15px; }
  .badge { font-size: 11px; background: #fef3c7; color: #92400e; border-radius: 999px; padding: 2px 8px; margin-left: 8px; }
  main { padding: 20px; }
  h1 { font-size: 20px; margin: 0 0 12px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 12px; margin: 0 0 20px; font-size: 14px; }
  dt { color: #6b7280; } dd { margin: 0; word-break: break-all; }
  .amount { font-size: 32px; font-weight: 700; margin: 4px 0 16px; }
  .stack { display: flex; flex-direction: column; gap: 10px; }
  button { font: inherit; padding: 12px 16px; border-radius: 12px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; text-align: left; }
  button.primary { background: #111827; color: #fff; border-color: #111827; text-align: center; }
  button.danger { color: #b91c1c; text-align: center; }
  button:disabled { opacity: .5; cursor: default; }
  button .hint { float: right; color: #059669; font-size: 12px; }
  label { display: flex; flex-direction: column; font-size: 13px; color: #374151; gap: 4px; }
  input { font: inherit; padding: 10px; border: 1px solid #d1d5db; border-radius: 10px; }
  .error { color: #b91c1c; font-size: 14px; min-height: 1em; }
  .muted { color: #6b7280; font-size: 13px; }
  [hidden] { display: none !important; }
`

/**
 * The interactive page for a fresh session: the Link page the SDK frames, or (mode `paylink`)
 * Mesh's hosted Paylink page, which starts with the amount and a Pay button and has no SDK to
 * close. Both run the same script against the same session actions.
 */
export function renderLinkPage(view: LinkPageView): string {
  const exchanges = EXCHANGES.map((name) => ({ name, brokerType: EXCHANGE_INFO[name].brokerType, integrationId: EXCHANGE_INFO[name].integrationId }))
  const data: LinkSessionData = { ...view, exchanges, sandboxPassword: SANDBOX_PASSWORD }
  const paylink = view.mode === 'paylink'
  const name = paylink ? 'Mesh Paylink' : 'Mesh Link'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} (emulator)</title>
<style>${STYLE}</style>
</head>
<body>
<header><strong>${name}<span class="badge">emulator</span></strong><button type="button" id="close"${paylink ? ' hidden' : ''}>Close</button></header>
<main>
  <section data-page="paylinkPage"${paylink ? '' : ' hidden'}>
    <h1>Payment request</h1>
    <div class="payment"></div>
    <p class="muted">Pay from an exchange account (sandbox). The merchant sees the payment as soon as Mesh confirms it.</p>
    <div class="stack"><button type="button" class="primary" id="paylink-pay">Pay</button></div>
  </section>
  <section data-page="catalogPage"${paylink ? ' hidden' : ''}>
    <h1>Pay with an exchange</h1>
    <div class="payment"></div>
    <p class="muted">Choose where to pay from (sandbox).</p>
    <div class="stack" id="exchanges"></div>
  </section>
  <section data-page="signInPage" hidden>
    <h1 id="signin-title">Sign in</h1>
    <p class="muted">Sandbox login: any of Mesh, Mesh2 … MeshSOL with password Pass123.</p>
    <div class="stack">
      <label>Username <input id="username" autocomplete="off" value="Mesh"></label>
      <label>Password <input id="password" type="password" autocomplete="off"></label>
      <div class="error" id="signin-error" role="alert"></div>
      <button type="button" class="primary" id="signin">Sign in</button>
    </div>
  </section>
  <section data-page="transferAmountPage" hidden>
    <h1>How much?</h1>
    <div class="stack">
      <label>Amount (USD) <input id="amount" inputmode="decimal" value="10.00"></label>
      <div class="error" id="amount-error" role="alert"></div>
      <button type="button" class="primary" id="amount-continue">Continue</button>
    </div>
  </section>
  <section data-page="transferPreviewPage" hidden>
    <h1>Review payment</h1>
    <div class="payment"></div>
    <dl id="preview-details"></dl>
    <div class="error" id="preview-error" role="alert"></div>
    <div class="stack">
      <button type="button" class="primary" id="approve">Approve</button>
      <button type="button" class="danger" id="decline">Decline</button>
    </div>
  </section>
  <section data-page="transferExecutedPage" hidden>
    <h1>Payment sent</h1>
    <p class="muted">The exchange accepted the transfer. The merchant is waiting for confirmation.</p>
  </section>
  <section data-page="transferExecutionErrorPage" hidden>
    <h1>Payment declined</h1>
    <p class="error" id="decline-message"></p>
  </section>
  <section data-page="integrationConnectedPage" hidden>
    <h1>Account connected</h1>
  </section>
</main>
<script type="application/json" id="${SESSION_DATA_ID}">${scriptJson(data)}</script>
<script src="${LINK_SCRIPT_PATH}"></script>
</body>
</html>`
}

/** A page for a token that cannot be used: its script tells the SDK and closes Link. */
export function renderLinkErrorPage(page: LinkPageName, errorMessage: string): string {
  const data: LinkErrorData = { page, errorMessage }
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mesh Link (emulator)</title><style>${STYLE}</style></head>
<body>
<header><strong>Mesh Link<span class="badge">emulator</span></strong></header>
<main><h1>This link cannot be used</h1><p class="error" id="message"></p></main>
<script type="application/json" id="${ERROR_DATA_ID}">${scriptJson(data)}</script>
<script src="${LINK_SCRIPT_PATH}"></script>
</body>
</html>`
}
