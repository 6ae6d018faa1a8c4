// The emulated Link UI: one self-contained HTML page (inline script and style, no build step)
// that speaks the Web Link SDK's postMessage protocol to window.parent (reference §3.4) and talks
// to its own server (same origin) for connect / preview / approve / decline.
import { EXCHANGES, EXCHANGE_INFO, SANDBOX_PASSWORD } from './catalog'

export interface LinkPagePayment {
  amountInFiat: number | null
  amount: number | null
  symbol: string
  networkId: string
  networkName: string
  address: string
  addressTag: string | null
  transactionId: string | null
}

export interface LinkPageView {
  sessionId: string
  userId: string
  payment: LinkPagePayment | null
}

/** Page names used in SessionSummary.page and close payloads. */
export const LINK_PAGES = {
  catalog: 'catalogPage',
  signIn: 'signInPage',
  amount: 'transferAmountPage',
  preview: 'transferPreviewPage',
  executed: 'transferExecutedPage',
  executionError: 'transferExecutionErrorPage',
  connected: 'integrationConnectedPage',
  tokenUsed: 'linkTokenUsedPage',
  tokenExpired: 'linkTokenExpiredPage',
  tokenInvalid: 'linkTokenInvalidPage'
} as const

/** JSON for a <script type="application/json"> block: nothing in it can close the tag. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

export const LINK_PAGE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"

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

/** The interactive Link page for a fresh session. */
export function renderLinkPage(view: LinkPageView): string {
  const exchanges = EXCHANGES.map((name) => ({ name, brokerType: EXCHANGE_INFO[name].brokerType, integrationId: EXCHANGE_INFO[name].integrationId }))
  const data = { ...view, exchanges, sandboxPassword: SANDBOX_PASSWORD, pages: LINK_PAGES }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mesh Link (emulator)</title>
<style>${STYLE}</style>
</head>
<body>
<header><strong>Mesh Link<span class="badge">emulator</span></strong><button type="button" id="close">Close</button></header>
<main>
  <section data-page="catalogPage">
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
<script type="application/json" id="mesh-session">${scriptJson(data)}</script>
<script>
(function () {
  'use strict';
  var S = JSON.parse(document.getElementById('mesh-session').textContent);
  var P = S.pages;
  var embedded = window.parent && window.parent !== window;
  var parentOrigin = '*';
  var page = P.catalog;
  var exchange = null;
  var known = {};
  var recognition = null;
  var preview = null;
  var finished = false;

  function $(id) { return document.getElementById(id); }
  function post(type, payload) {
    if (!embedded) return;
    var msg = payload === undefined ? { type: type } : { type: type, payload: payload };
    try { window.parent.postMessage(msg, parentOrigin); } catch (e) { /* parent gone */ }
  }
  function show(p) {
    page = p;
    var sections = document.querySelectorAll('section[data-page]');
    for (var i = 0; i < sections.length; i++) sections[i].hidden = sections[i].getAttribute('data-page') !== p;
  }
  function api(path, body, keepalive) {
    return fetch('/link/' + encodeURIComponent(S.sessionId) + '/' + path, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body || {}), keepalive: !!keepalive
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(j.error || ('HTTP ' + r.status));
        return j;
      });
    });
  }
  function info(name) {
    for (var i = 0; i < S.exchanges.length; i++) if (S.exchanges[i].name === name) return S.exchanges[i];
    return null;
  }
  function usd(n) { return '$' + Number(n).toFixed(2) + ' USD'; }
  function row(dl, k, v) {
    var dt = document.createElement('dt'); dt.textContent = k;
    var dd = document.createElement('dd'); dd.textContent = v;
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function renderPayment(amountInFiat, amount) {
    var boxes = document.querySelectorAll('.payment');
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      box.textContent = '';
      if (!S.payment) continue;
      var a = document.createElement('div'); a.className = 'amount';
      a.textContent = amountInFiat != null ? usd(amountInFiat) : 'Amount chosen by you';
      box.appendChild(a);
      var dl = document.createElement('dl');
      if (amount != null) row(dl, 'You send', amount + ' ' + S.payment.symbol);
      row(dl, 'Asset', S.payment.symbol);
      row(dl, 'Network', S.payment.networkName);
      row(dl, 'To address', S.payment.address);
      if (S.payment.addressTag) row(dl, 'Memo / tag', S.payment.addressTag);
      box.appendChild(dl);
    }
  }
  function summary(p, extra) {
    var s = { page: p };
    var x = exchange && info(exchange);
    if (x) s.selectedIntegration = { id: x.integrationId, name: x.name, integrationType: x.brokerType, integrationName: x.name };
    if (preview) s.transfer = { previewId: preview.previewId, symbol: preview.symbol, amount: preview.amount, amountInFiat: preview.amountInFiat, transactionId: preview.clientTransactionId, networkId: preview.networkId };
    if (extra) for (var k in extra) s[k] = extra[k];
    return s;
  }
  function setBusy(busy) {
    var buttons = document.querySelectorAll('main button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = busy;
  }

  function renderExchanges() {
    var box = $('exchanges');
    box.textContent = '';
    S.exchanges.forEach(function (x) {
      var b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('aria-label', x.name);
      b.textContent = x.name;
      if (known[x.name]) {
        var h = document.createElement('span'); h.className = 'hint'; h.textContent = 'connected';
        b.appendChild(h);
      }
      b.addEventListener('click', function () { pickExchange(x.name); });
      box.appendChild(b);
    });
  }

  function pickExchange(name) {
    var wait = recognition || Promise.resolve();
    setBusy(true);
    wait.then(function () {
      setBusy(false);
      exchange = name;
      var x = info(name);
      post('integrationSelected', { integrationType: x.brokerType, integrationName: x.name });
      if (known[name]) { afterConnect(); return; }
      $('signin-title').textContent = 'Sign in to ' + name;
      $('password').value = S.sandboxPassword;
      $('signin-error').textContent = '';
      show(P.signIn);
    });
  }

  function signIn() {
    setBusy(true);
    $('signin-error').textContent = '';
    post('credentialsEntered');
    api('connect', { exchange: exchange, username: $('username').value, password: $('password').value }).then(function (r) {
      setBusy(false);
      post('brokerageAccountAccessToken', r.accessTokenPayload);
      afterConnect();
    }, function (err) {
      setBusy(false);
      $('signin-error').textContent = err.message;
      post('integrationConnectionError', { errorMessage: err.message });
    });
  }

  function afterConnect() {
    if (!S.payment) {
      show(P.connected);
      finish('done', summary(P.connected));
      return;
    }
    if (S.payment.amountInFiat == null && S.payment.amount == null) { show(P.amount); return; }
    loadPreview(undefined);
  }

  function loadPreview(amountInFiat) {
    setBusy(true);
    api('preview', { exchange: exchange, amountInFiat: amountInFiat }).then(function (r) {
      setBusy(false);
      preview = r.preview;
      renderPayment(preview.amountInFiat, preview.amount);
      var dl = $('preview-details');
      dl.textContent = '';
      row(dl, 'From', exchange);
      row(dl, 'Exchange fee', preview.institutionTransferFee.fee + ' ' + preview.institutionTransferFee.feeCurrency);
      post('transferPreviewed', preview);
      show(P.preview);
    }, function (err) {
      setBusy(false);
      var target = page === P.amount ? 'amount-error' : 'preview-error';
      $(target).textContent = err.message;
      post('transferPreviewError', { errorMessage: err.message });
    });
  }

  function approve() {
    setBusy(true);
    api('approve', { previewId: preview.previewId }).then(function (r) {
      post('transferInitiated', { integrationType: info(exchange).brokerType, integrationName: exchange, status: 'pending' });
      post('transferExecuted', r.executed);
      post('transferFinished', r.finished);
      show(P.executed);
      finish('done', summary(P.executed));
    }, function (err) {
      setBusy(false);
      $('preview-error').textContent = err.message;
      post('transferExecutionError', { errorMessage: err.message });
    });
  }

  function decline() {
    setBusy(true);
    api('decline', { previewId: preview.previewId }).then(function (r) {
      post('transferExecutionError', { errorMessage: r.errorMessage });
      $('decline-message').textContent = r.errorMessage;
      show(P.executionError);
      finish('done', summary(P.executionError, { errorMessage: r.errorMessage }));
    }, function (err) {
      setBusy(false);
      $('preview-error').textContent = err.message;
    });
  }

  function finish(type, payload) {
    if (finished) return;
    finished = true;
    post(type, payload);
  }

  function close() {
    if (finished) return;
    api('close', { page: page }, true).catch(function () {});
    finish('close', summary(page));
  }

  window.addEventListener('message', function (e) {
    if (!embedded || e.source !== window.parent) return;
    var d = e.data;
    if (!d || typeof d !== 'object') return;
    if (d.type === 'meshSDKSpecs') {
      if (e.origin && e.origin !== 'null') parentOrigin = e.origin;
    } else if (d.type === 'frontAccessTokens' && Array.isArray(d.payload)) {
      recognition = api('recognize', { accessTokens: d.payload }).then(function (r) {
        (r.exchanges || []).forEach(function (x) { known[x.exchange] = x; });
        renderExchanges();
      }, function () {});
    } else if (d.type === 'closeRequested') {
      close();
    }
  });

  $('close').addEventListener('click', close);
  $('signin').addEventListener('click', signIn);
  $('approve').addEventListener('click', approve);
  $('decline').addEventListener('click', decline);
  $('amount-continue').addEventListener('click', function () {
    var v = Number($('amount').value);
    if (!(v > 0)) { $('amount-error').textContent = 'Enter an amount above zero.'; return; }
    post('transferAmountEntered');
    loadPreview(v);
  });
  renderExchanges();
  renderPayment(S.payment ? S.payment.amountInFiat : null, S.payment ? S.payment.amount : null);
  show(P.catalog);
  post('loaded');
})();
</script>
</body>
</html>`
}

/** A page for a token that cannot be used: it tells the SDK and closes itself. */
export function renderLinkErrorPage(page: string, errorMessage: string): string {
  const data = { page, errorMessage }
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mesh Link (emulator)</title><style>${STYLE}</style></head>
<body>
<header><strong>Mesh Link<span class="badge">emulator</span></strong></header>
<main><h1>This link cannot be used</h1><p class="error" id="message"></p></main>
<script type="application/json" id="mesh-error">${scriptJson(data)}</script>
<script>
(function () {
  var d = JSON.parse(document.getElementById('mesh-error').textContent);
  document.getElementById('message').textContent = d.errorMessage;
  if (window.parent && window.parent !== window) {
    window.parent.postMessage({ type: 'loaded' }, '*');
    window.parent.postMessage({ type: 'close', payload: { page: d.page, errorMessage: d.errorMessage } }, '*');
  }
})();
</script>
</body>
</html>`
}
