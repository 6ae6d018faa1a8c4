// The per-transfer support bundle: one self-contained HTML file that a person can read and that
// carries the whole record as JSON, for sending to Mesh support. Pure: the caller gathers the
// records; this only arranges, redacts and renders them.
import { attemptNote } from '../../../shared/attempts'
import type { DeliveryRow, EventRow, SaleView, SdkEventRow, TransferDetail } from '../../../shared/contract'
import { statusWord } from '../../../shared/status'
import type { ReconcileRunRow } from '../store/reconcile-runs'

export const BUNDLE_FORMAT = 'countertop-support-bundle/1'

/** What replaces a removed header value or a scrubbed secret. */
export const REMOVED = '[removed]'

/**
 * Secret values shorter than this are not scrubbed (they would hit ordinary text); every secret
 * Countertop makes or accepts through Settings is at least 8 characters long.
 */
export const MIN_SCRUBBED_LENGTH = 4

export interface BundleInput {
  detail: TransferDetail
  sale: SaleView | null
  runs: readonly ReconcileRunRow[]
  /** The time window the runs were taken from, and whether more runs in it were left out. */
  runWindow: { from: number; to: number; truncated: boolean }
  generatedAt: number
  version: string
  /** Secret values that must not appear anywhere in the file (webhook secret, API key, tokens). */
  secrets: readonly string[]
}

/** The record inside the file (`<script type="application/json" id="bundle">`), as JSON.parse gives it back. */
export interface SupportBundleRecord {
  format: typeof BUNDLE_FORMAT
  generatedAt: string
  countertopVersion: string
  redaction: string
  transfer: TransferDetail['transfer']
  /** Every webhook event of the transfer, each with every delivery attempt (headers and body). */
  events: EventRow[]
  /** Rejected deliveries whose (unverified) body names this transfer. */
  rejectedDeliveriesClaimingThisTransfer: DeliveryRow[]
  /** The sale at this counter behind the transfer (without its SDK callbacks, which follow). */
  sale: Omit<SaleView, 'transfer' | 'sdkEvents'> | null
  sdkCallbacks: SdkEventRow[]
  reconciliationWindow: { from: string; to: string; truncated: boolean }
  reconciliationRuns: ReconcileRunRow[]
}

/** Header names that carry a credential or a value derived from one (the signature): the value is removed. */
const SECRET_HEADER = /authori[sz]ation|cookie|token|secret|signature|password|passwd|api[-_]?key|session|x-client-id/i
/** A credential in a URL's query or fragment (a Referer carrying `?token=…`, say). */
const SECRET_PARAM = /([?&;#](?:[\w.-]*token|[\w.-]*secret|[\w.-]*key|sig|signature|password|auth)=)[^&#\s"'<>]*/gi

export function scrubHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(h)) out[k] = SECRET_HEADER.test(k) ? REMOVED : String(v).replace(SECRET_PARAM, `$1${REMOVED}`)
  return out
}

/**
 * The distinct forms worth scrubbing, longest first (so a secret that contains another goes
 * whole): each secret as it is, as it reads inside a JSON string (a raw body) and URL-encoded.
 */
function scrubList(secrets: readonly string[]): string[] {
  const forms = secrets
    .filter((s) => typeof s === 'string' && s.length >= MIN_SCRUBBED_LENGTH)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)])
  return [...new Set(forms)].sort((a, b) => b.length - a.length)
}

/** Replaces every occurrence of each secret. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text
  for (const s of scrubList(secrets)) if (out.includes(s)) out = out.split(s).join(REMOVED)
  return out
}

/**
 * A JSON-clean copy with every secret removed from every string (keys included): undefined
 * members dropped and non-finite numbers made null, exactly as JSON.stringify would, so the
 * record equals what JSON.parse reads back from the file.
 */
export function scrubDeep(v: unknown, secrets: readonly string[]): unknown {
  const list = scrubList(secrets)
  const text = (s: string) => {
    let out = s
    for (const x of list) if (out.includes(x)) out = out.split(x).join(REMOVED)
    return out
  }
  const walk = (x: unknown): unknown => {
    if (typeof x === 'string') return text(x)
    if (typeof x === 'number') return Number.isFinite(x) ? x : null
    if (x === null || typeof x === 'boolean') return x
    if (Array.isArray(x)) return x.map((y) => (y === undefined || typeof y === 'function' ? null : walk(y)))
    if (typeof x === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, y] of Object.entries(x as Record<string, unknown>)) if (y !== undefined && typeof y !== 'function') out[text(k)] = walk(y)
      return out
    }
    return null
  }
  return walk(v)
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** ISO 8601 with the local offset, as exports use. */
export function isoWithOffset(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return ''
  const d = new Date(ms)
  const off = -d.getTimezoneOffset()
  const sign = off >= 0 ? '+' : '-'
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
}

export function bundleFileName(transferId: string, at: number): string {
  const safe = transferId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)
  return `countertop-support-${safe}-${isoWithOffset(at).slice(0, 19).replace(/[:T]/g, '').replace(/-/g, '')}.html`
}

const REDACTION_NOTE =
  'Secret values (webhook secret, Mesh API key, tunnel and console tokens) are replaced by "[removed]" wherever they occur; ' +
  'headers that carry credentials or signatures (Authorization, Cookie, X-Mesh-Signature-256, …) and credentials in URLs are removed.'

/** Arranges and redacts the record: the one object both the JSON block and the readable page are made from. */
export function supportBundleRecord(input: BundleInput): SupportBundleRecord {
  const { detail, sale } = input
  const scrubDelivery = (d: DeliveryRow): DeliveryRow => ({ ...d, headers: scrubHeaders(d.headers) })
  let saleRest: Omit<SaleView, 'transfer' | 'sdkEvents'> | null = null
  if (sale) {
    const { transfer: _t, sdkEvents: _s, ...rest } = sale
    saleRest = rest
  }
  const record: SupportBundleRecord = {
    format: BUNDLE_FORMAT,
    generatedAt: isoWithOffset(input.generatedAt),
    countertopVersion: input.version,
    redaction: REDACTION_NOTE,
    transfer: detail.transfer,
    events: detail.events.map((e) => ({ ...e, deliveries: [...e.deliveries].sort(byArrival).map(scrubDelivery) })),
    rejectedDeliveriesClaimingThisTransfer: detail.rejected.map(scrubDelivery),
    sale: saleRest,
    sdkCallbacks: sale?.sdkEvents ?? [],
    reconciliationWindow: { from: isoWithOffset(input.runWindow.from), to: isoWithOffset(input.runWindow.to), truncated: input.runWindow.truncated },
    reconciliationRuns: [...input.runs]
  }
  return scrubDeep(record, input.secrets) as SupportBundleRecord
}

const byArrival = (a: DeliveryRow, b: DeliveryRow) => a.receivedAt - b.receivedAt || a.id - b.id

function table(caption: string, head: string[], body: string[]): string {
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.length ? body.join('') : `<tr><td colspan="${head.length}">None</td></tr>`}</tbody></table>`
}

const fact = (k: string, v: string | number | null | undefined) => `<dt>${esc(k)}</dt><dd>${esc(v == null || v === '' ? '—' : String(v))}</dd>`

/** One attempt in full: its headers and its body as stored. */
function attemptDetails(title: string, d: DeliveryRow): string {
  const headers = Object.entries(d.headers)
    .map(([k, v]) => `<tr><th scope="row"><code>${esc(k)}</code></th><td><code>${esc(v)}</code></td></tr>`)
    .join('')
  const body = d.body ? `<pre>${esc(d.body)}</pre>` : `<p class="muted">(no body stored${d.bodySize ? `; ${d.bodySize} bytes received` : ''})</p>`
  return `<details><summary>${esc(title)}</summary><table class="headers"><caption>Headers</caption><tbody>${headers || '<tr><td>None</td></tr>'}</tbody></table><p>Body: ${d.bodySize} bytes${d.bodyTruncated ? ' (stored truncated)' : ''}</p>${body}</details>`
}

function renderHtml(r: SupportBundleRecord): string {
  const t = r.transfer
  const sale = r.sale
  const attemptRows: string[] = []
  const attemptFull: string[] = []
  for (const e of r.events) {
    e.deliveries.forEach((d, i) => {
      const note = attemptNote(d, i < e.deliveries.length - 1)
      attemptRows.push(
        `<tr><td><code>${esc(e.eventId)}</code></td><td>${esc(statusWord(e.statusRaw ?? e.status))}</td><td>${i + 1}</td><td class="t">${esc(isoWithOffset(d.receivedAt))}</td><td><code>${esc(d.deliveryId ?? '')}</code></td><td>${esc(d.verdict)}</td><td>${d.httpStatus}</td><td>${d.answerMs == null ? '' : `${Math.round(d.answerMs)} ms`}</td><td>${esc(note)}</td></tr>`
      )
      attemptFull.push(attemptDetails(`${statusWord(e.statusRaw ?? e.status)} · attempt ${i + 1} · delivery #${d.id} · ${d.verdict} · HTTP ${d.httpStatus}`, d))
    })
  }
  const rejectedRows = r.rejectedDeliveriesClaimingThisTransfer.map(
    (d) =>
      `<tr><td>${d.id}</td><td class="t">${esc(isoWithOffset(d.receivedAt))}</td><td>${esc(d.verdict)}</td><td>${d.httpStatus}</td><td>${esc(d.remoteAddress ?? '')}</td><td>${esc(attemptNote(d, false))}</td></tr>`
  )
  const rejectedFull = r.rejectedDeliveriesClaimingThisTransfer.map((d) => attemptDetails(`Rejected delivery #${d.id} · ${d.verdict} · HTTP ${d.httpStatus}`, d))
  const sdkRows = r.sdkCallbacks.map((s) => `<tr><td class="t">${esc(isoWithOffset(s.at))}</td><td>${esc(s.type)}</td><td><code>${esc(JSON.stringify(s.payload) ?? '')}</code></td></tr>`)
  const runRows = r.reconciliationRuns.map(
    (x) =>
      `<tr><td>${x.id}</td><td>${esc(x.trigger)}</td><td class="t">${esc(isoWithOffset(x.startedAt))}</td><td class="t">${esc(isoWithOffset(x.finishedAt))}</td><td>${x.checked}</td><td>${x.updated}</td><td>${x.conflicts}</td><td>${esc(x.error ?? '')}</td></tr>`
  )
  const saleFacts = sale
    ? fact('Sale', sale.sessionId) +
      fact('Sale TransactionId', sale.transactionId) +
      fact('Sale charged', `${sale.charge.amount} ${sale.charge.currency}${sale.charge.rate ? ` (${sale.charge.usdAmount} USD at ${sale.charge.rate})` : ''}`) +
      fact('Sale state', sale.state) +
      fact('Sale started', isoWithOffset(sale.createdAt)) +
      (sale.disagreement ? fact('Sources disagree', sale.disagreement) : '')
    : fact('Sale', 'none at this counter')
  const win = r.reconciliationWindow
  // The JSON goes inside a <script type="application/json">: every "<" is escaped so no text in it can end the element.
  const embedded = JSON.stringify(r, null, 2).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="color-scheme" content="light">
<title>Countertop support bundle — ${esc(t.transferId)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111;background:#fff}table{border-collapse:collapse;margin:12px 0 24px;width:100%}caption{text-align:left;font-weight:600;padding:4px 0}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}code,pre{font:12px/1.4 ui-monospace,monospace;word-break:break-all;white-space:pre-wrap}pre{background:#f5f5f5;padding:8px;border:1px solid #ddd}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}dt{font-weight:600}details{margin:4px 0;border:1px solid #ddd;padding:4px 8px}summary{cursor:pointer}.muted{color:#555}.t{white-space:nowrap}</style>
</head><body>
<h1>Support bundle: transfer ${esc(t.transferId)}</h1>
<p>Generated ${esc(r.generatedAt)} by Countertop ${esc(r.countertopVersion)}. ${esc(r.redaction)} The complete record is in the JSON block at the end of this file (element id "bundle", format ${esc(r.format)}).</p>
<h2>Transfer</h2>
<dl>${fact('Status', statusWord(t.statusRaw || t.status))}${fact('Final', t.isFinal ? 'yes' : 'no')}${fact('Conflict', t.conflict ? 'yes: a later event contradicted the final state' : 'no')}${fact('TransactionId', t.transactionId)}${fact('TxHash', t.txHash)}${fact('Token / chain', [t.token, t.chain].filter(Boolean).join(' on '))}${fact('SourceAmount', t.sourceAmount)}${fact('DestinationAmount', t.destinationAmount)}${fact('From', t.sourceAccountProvider)}${fact('DestinationAddress', t.destinationAddress)}${fact('First seen', isoWithOffset(t.firstSeenAt))}${fact('Last changed', isoWithOffset(t.updatedAt))}${fact('Events / deliveries', `${t.eventCount} / ${t.deliveryCount}`)}${fact('Provenance', t.provenance)}${saleFacts}</dl>
${table('Webhook events and every delivery attempt', ['EventId', 'Status', 'Attempt', 'Received', 'Attempt Id', 'Verdict', 'HTTP', 'Our answer', 'Note'], attemptRows)}
<h2>Every attempt in full (headers and body)</h2>
${attemptFull.join('\n') || '<p>None</p>'}
${table('Rejected deliveries claiming this transfer (unverified)', ['Delivery', 'Received', 'Verdict', 'HTTP', 'From', 'Note'], rejectedRows)}
${rejectedFull.join('\n')}
${table('SDK callbacks of the sale', ['At', 'Callback', 'Payload'], sdkRows)}
${table(`Reconciliation runs from ${win.from} to ${win.to}${win.truncated ? ' (newest only: more ran in this window)' : ''}`, ['Run', 'Trigger', 'Started', 'Finished', 'Checked', 'Updated', 'Conflicts', 'Error'], runRows)}
<script type="application/json" id="bundle">
${embedded}
</script>
</body></html>
`
}

export function buildSupportBundle(input: BundleInput): { fileName: string; html: string; record: SupportBundleRecord } {
  const record = supportBundleRecord(input)
  // The record is scrubbed already; the page once more, in case markup put a secret back together.
  return { fileName: bundleFileName(record.transfer.transferId, input.generatedAt), html: scrubSecrets(renderHtml(record), input.secrets), record }
}
