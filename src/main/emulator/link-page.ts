// The emulated Link UI, server side: the HTML of the page the SDK frames. Its behaviour is the
// browser bundle in ./link-ui (served at LINK_SCRIPT_PATH); the page hands it its data as JSON in
// a <script type="application/json"> block, so no script is inline and the CSP needs no
// 'unsafe-inline' for scripts.
import { LINK_SCENARIOS, type LinkScenario } from '../../shared/link-scenarios'
import { EXCHANGES, EXCHANGE_INFO, SANDBOX_MFA_CODE, SANDBOX_PASSWORD } from './catalog'
import { ERROR_DATA_ID, LINK_SCRIPT_PATH, SESSION_DATA_ID, type LinkErrorData, type LinkPageName, type LinkPageView, type LinkSessionData } from './link-ui/contract'

export { LINK_PAGES } from './link-ui/contract'
export type { LinkPagePayment, LinkPageView } from './link-ui/contract'

/** JSON for a <script type="application/json"> block: nothing in it can close the tag. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** Scripts only from the emulator itself (the Link bundle); styles stay inline. */
export const LINK_PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

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
  .scenario-bar { padding: 8px 20px; background: #f9fafb; border-bottom: 1px solid #e5e7eb; font-size: 13px; }
  .scenario-bar label { flex-direction: row; align-items: center; gap: 8px; }
  select { font: inherit; padding: 6px; border: 1px solid #d1d5db; border-radius: 8px; max-width: 100%; }
  h2 { font-size: 15px; margin: 16px 0 8px; }
  .note { color: #92400e; background: #fef3c7; border-radius: 8px; padding: 8px 10px; font-size: 13px; margin: 0 0 12px; }
  .warning { color: #92400e; font-size: 14px; }
  footer { padding: 8px 20px 16px; }
  button.link { border: none; padding: 0; background: none; color: #2563eb; text-decoration: underline; font-size: 13px; }
  .dialog { position: fixed; inset: 10% 8%; background: #fff; border: 1px solid #d1d5db; border-radius: 16px; padding: 20px; box-shadow: 0 10px 40px rgba(0,0,0,.2); }
  #qr { display: block; margin: 0 auto 16px; }
  [hidden] { display: none !important; }
`

/**
 * The interactive page for a fresh session: the Link page the SDK frames, or (mode `paylink`)
 * Mesh's hosted Paylink page, which starts with the amount and a Pay button and has no SDK to
 * close. Both run the same script against the same session actions.
 */
export function renderLinkPage(view: LinkPageView): string {
  const exchanges = EXCHANGES.map((name) => ({ name, brokerType: EXCHANGE_INFO[name].brokerType, integrationId: EXCHANGE_INFO[name].integrationId }))
  const scenarios = Object.entries(LINK_SCENARIOS).map(([name, label]) => ({ name: name as LinkScenario, label }))
  const data: LinkSessionData = { ...view, exchanges, sandboxPassword: SANDBOX_PASSWORD, sandboxMfaCode: SANDBOX_MFA_CODE, scenarios }
  const another = '<button type="button" class="another">Choose another exchange</button>'
  const what = '<button type="button" class="what">See what happened</button>'
  const details = '<p class="details muted" hidden></p>'
  const paylink = view.mode === 'paylink'
  const name = paylink ? 'Mesh Paylink' : 'Mesh Link'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} (emulator)</title>
<style>${STYLE}</style>
</head>
<body>
<header><strong>${name}<span class="badge">emulator</span></strong><button type="button" id="close"${paylink ? ' hidden' : ''}>Close</button></header>
<div class="scenario-bar" id="scenario-bar"><label>Emulator scenario <select id="scenario"></select></label></div>
<main>
  <section data-page="paylinkPage"${paylink ? '' : ' hidden'}>
    <h1>Payment request</h1>
    <div class="payment"></div>
    <p class="muted">Pay from an exchange account (sandbox). The merchant sees the payment as soon as Mesh confirms it.</p>
    <div class="stack"><button type="button" class="primary" id="paylink-pay">Pay</button></div>
  </section>
  <section data-page="homePage" hidden>
    <h1>How do you want to pay?</h1>
    <div class="payment"></div>
    <div class="stack">
      <button type="button" id="method-embedded">Pay from an exchange or wallet</button>
      <button type="button" id="method-manual">Send it yourself (QR code)</button>
      <button type="button" id="method-buy">Buy crypto</button>
    </div>
  </section>
  <section data-page="catalogPage"${paylink ? ' hidden' : ''}>
    <h1>Pay with an exchange</h1>
    <div class="payment"></div>
    <p class="muted">Choose where to pay from (sandbox).</p>
    <div class="error" id="catalog-error" role="alert"></div>
    <div class="stack" id="exchanges"></div>
    <div id="wallets" hidden><h2>Wallets in this browser</h2><div class="stack" id="wallet-list"></div></div>
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
  <section data-page="integrationOAuthPage" hidden>
    <h1 id="oauth-title">Sign in</h1>
    <p class="muted">The exchange signs you in on its own page; you grant access there (emulated).</p>
    <div class="stack">
      <button type="button" class="primary" id="oauth-start">Continue to the exchange</button>
      <div class="stack" id="oauth-wait" hidden>
        <p class="muted" id="oauth-wait-text"></p>
        <button type="button" class="primary" id="oauth-authorize">Authorize</button>
        <button type="button" id="oauth-cancel">Cancel sign-in</button>
      </div>
      <div class="error" id="oauth-error" role="alert"></div>
    </div>
  </section>
  <section data-page="integrationMfaPage" hidden>
    <h1>Enter your 2FA code</h1>
    <p class="muted">The sandbox code is <span class="mfa-hint"></span>.</p>
    <div class="stack">
      <label>Code <input id="mfa-code" inputmode="numeric" autocomplete="one-time-code"></label>
      <div class="error" id="mfa-error" role="alert"></div>
      <button type="button" class="primary" id="mfa-submit">Verify</button>
    </div>
  </section>
  <section data-page="integrationAccountSelectionPage" hidden>
    <h1>Choose an account</h1>
    <div class="stack" id="accounts"></div>
    <div class="error" id="accounts-error" role="alert"></div>
  </section>
  <section data-page="connectionDeclinedPage" hidden>
    <h1>Connection declined</h1>
    <p class="error" id="connection-declined-message"></p>
    <div class="stack">${another}${what}</div>${details}
  </section>
  <section data-page="transferAssetPage" hidden>
    <h1>Choose an asset</h1>
    <div class="stack" id="assets"></div>
  </section>
  <section data-page="transferNetworkPage" hidden>
    <h1>Choose a network</h1>
    <div class="stack" id="networks"></div>
  </section>
  <section data-page="transferKycPage" hidden>
    <h1>Verify your identity</h1>
    <p id="kyc-message"></p>
    <div class="stack"><button type="button" class="primary" id="kyc-done">I have verified my identity</button></div>
  </section>
  <section data-page="transferNoEligibleAssetsPage" hidden>
    <h1>No eligible assets</h1>
    <p class="muted">Nothing in this account can pay this payment.</p>
    <dl id="held"></dl>
    <div class="stack">${another}</div>
  </section>
  <section data-page="transferFundingPage" hidden>
    <h1 id="funding-title">Not enough to pay</h1>
    <p class="muted" id="funding-message"></p>
    <div class="stack" id="funding-options"></div>
  </section>
  <section data-page="transferConfigureErrorPage" hidden>
    <h1>This transfer cannot be set up</h1>
    <p class="error" id="configure-message"></p>
    <div class="stack">${another}${what}</div>${details}
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
    <p class="warning" id="gas-warning" role="alert" hidden></p>
    <div class="error" id="preview-error" role="alert"></div>
    <div class="stack" id="preview-actions">
      <button type="button" class="primary" id="approve">Approve</button>
      <button type="button" class="danger" id="decline">Decline</button>
    </div>
    <div class="stack" id="preview-retry-box" hidden><button type="button" class="primary" id="preview-retry">Try again</button></div>
  </section>
  <section data-page="transferMfaPage" hidden>
    <h1>Confirm with your 2FA code</h1>
    <p class="muted">The exchange asks for its code before it sends. The sandbox code is <span class="mfa-hint"></span>.</p>
    <div class="stack">
      <label>Code <input id="transfer-mfa-code" inputmode="numeric" autocomplete="one-time-code"></label>
      <div class="error" id="transfer-mfa-error" role="alert"></div>
      <button type="button" class="primary" id="transfer-mfa-submit">Confirm</button>
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
  <section data-page="transferDeclinedPage" hidden>
    <h1>Transfer declined</h1>
    <p class="error" id="transfer-declined-message"></p>
    <div class="stack">${what}<button type="button" class="primary" id="declined-done">Done</button></div>${details}
  </section>
  <section data-page="integrationConnectedPage" hidden>
    <h1>Account connected</h1>
  </section>
  <section data-page="linkTransferQrPage" hidden>
    <h1>Send it yourself</h1>
    <p class="muted">Send exactly this amount to this address from any wallet or exchange.</p>
    <img id="qr" alt="QR code of the address" width="180" height="180">
    <dl id="qr-details"></dl>
  </section>
  <section data-page="walletConnectPage" hidden>
    <h1 id="wallet-title">Connecting your wallet</h1>
    <p class="muted">Approve the connection in the wallet (emulated).</p>
    <div class="error" id="wallet-error" role="alert"></div>
    <div class="stack">
      <button type="button" id="wallet-timeout">The wallet does not answer</button>
      <button type="button" id="wallet-mismatch">The wallet is on another account</button>
      <button type="button" id="wallet-manual">Send it yourself instead</button>
    </div>
  </section>
  <section data-page="verifyWalletPage" hidden>
    <h1>Verify your wallet</h1>
    <p id="verify-message"></p>
    <div class="stack">
      <label>Wallet address <input id="verify-address" autocomplete="off"></label>
      <div class="error" id="verify-error" role="alert"></div>
      <button type="button" class="primary" id="verify-sign">Sign message</button>
      <button type="button" class="danger" id="verify-reject">Reject</button>
    </div>
  </section>
  <section data-page="verifyDonePage" hidden>
    <h1>Wallet verified</h1>
  </section>
  <section data-page="buyPage" hidden>
    <h1>Buy crypto</h1>
    <p class="muted">Buying crypto is not emulated. Go back and pay from an exchange or wallet.</p>
    <div class="stack"><button type="button" id="buy-back">Back</button></div>
  </section>
</main>
<footer><button type="button" class="link" id="terms">Terms</button></footer>
<div class="dialog" id="terms-panel" role="dialog" aria-modal="true" aria-labelledby="terms-title" hidden>
  <h2 id="terms-title">Terms (emulator)</h2>
  <p class="muted">Mesh Link’s terms would be shown here. This is the Countertop Mesh emulator: nothing real is moved.</p>
  <button type="button" class="primary" id="terms-close">Close terms</button>
</div>
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
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Mesh Link (emulator)</title><style>${STYLE}</style></head>
<body>
<header><strong>Mesh Link<span class="badge">emulator</span></strong></header>
<main><h1>This link cannot be used</h1><p class="error" id="message"></p></main>
<script type="application/json" id="${ERROR_DATA_ID}">${scriptJson(data)}</script>
<script src="${LINK_SCRIPT_PATH}"></script>
</body>
</html>`
}
