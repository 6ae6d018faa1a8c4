// The per-transfer support bundle: one self-contained HTML file that a person can read and that
// carries the whole record as JSON, for sending to Mesh support. Pure: the caller gathers the
// records; this only arranges, redacts and renders them.
import { attemptNote } from '../../../shared/attempts'
import type { DeliveryRow, SaleView, TransferDetail } from '../../../shared/contract'
import { statusWord } from '../../../shared/status'
import type { ReconcileRunRow } from '../store/reconcile-runs'

export const BUNDLE_FORMAT = 'countertop-support-bundle/1'

export interface BundleInput {
  detail: TransferDetail
  sale: SaleView | null
  runs: readonly ReconcileRunRow[]
  generatedAt: number
  version: string
  /** Secret values that must not appear anywhere in the file (webhook secret, API key, tokens). */
  secrets: readonly string[]
}

/** Headers that identify a secret or a credential-derived value: kept as "[removed]". */
const REMOVED_HEADERS = new Set(['x-mesh-signature-256', 'authorization', 'cookie', 'x-client-secret', 'x-client-id', 'proxy-authorization'])
const REMOVED = '[removed]'

function scrubHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(h)) out[k] = REMOVED_HEADERS.has(k.toLowerCase()) ? REMOVED : v
  return out
}

function scrubDelivery(d: DeliveryRow): DeliveryRow {
  return { ...d, headers: scrubHeaders(d.headers) }
}

/** Replaces every occurrence of each secret (8+ characters: shorter ones would hit ordinary text). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join(REMOVED)
  return out
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

export function buildSupportBundle(input: BundleInput): { fileName: string; html: string; json: unknown } {
  const { detail, sale } = input
  const t = detail.transfer
  const events = detail.events.map((e) => ({ ...e, deliveries: e.deliveries.map(scrubDelivery) }))
  const rejected = detail.rejected.map(scrubDelivery)
  const json = {
    format: BUNDLE_FORMAT,
    generatedAt: isoWithOffset(input.generatedAt),
    countertopVersion: input.version,
    transfer: t,
    events,
    rejectedDeliveriesClaimingThisTransfer: rejected,
    sale: sale ? { ...sale, transfer: undefined } : null,
    reconciliationRuns: input.runs
  }
  const rows = events.flatMap((e) => {
    const sorted = [...e.deliveries].sort((a, b) => a.receivedAt - b.receivedAt || a.id - b.id)
    return sorted.map(
      (d, i) =>
        `<tr><td>${esc(e.eventId)}</td><td>${esc(statusWord(e.statusRaw ?? e.status))}</td><td>${i + 1}</td><td>${esc(isoWithOffset(d.receivedAt))}</td><td>${esc(d.deliveryId ?? '')}</td><td>${d.httpStatus}</td><td>${d.answerMs == null ? '' : `${Math.round(d.answerMs)} ms`}</td><td>${esc(attemptNote(d, i < sorted.length - 1))}</td></tr>`
    )
  })
  const rejectedRows = rejected.map(
    (d) => `<tr><td>${esc(isoWithOffset(d.receivedAt))}</td><td>${esc(d.verdict)}</td><td>${d.httpStatus}</td><td>${esc(d.remoteAddress ?? '')}</td><td>${esc(attemptNote(d, false))}</td></tr>`
  )
  const sdkRows = (sale?.sdkEvents ?? []).map((s) => `<tr><td>${esc(isoWithOffset(s.at))}</td><td>${esc(s.type)}</td><td><code>${esc(JSON.stringify(s.payload))}</code></td></tr>`)
  const runRows = input.runs.map(
    (r) => `<tr><td>${r.id}</td><td>${esc(r.trigger)}</td><td>${esc(isoWithOffset(r.startedAt))}</td><td>${r.checked}</td><td>${r.updated}</td><td>${r.conflicts}</td><td>${esc(r.error ?? '')}</td></tr>`
  )
  const table = (caption: string, head: string[], body: string[]) =>
    `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.length ? body.join('') : `<tr><td colspan="${head.length}">None</td></tr>`}</tbody></table>`
  const fact = (k: string, v: string | number | null | undefined) => `<dt>${esc(k)}</dt><dd>${esc(v == null || v === '' ? '—' : String(v))}</dd>`
  // The JSON goes inside a <script type="application/json">: "<" is escaped so no text in it can end the element.
  const embedded = JSON.stringify(json, null, 2).replace(/</g, '\\u003c')
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Countertop support bundle — ${esc(t.transferId)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111}table{border-collapse:collapse;margin:12px 0 24px;width:100%}caption{text-align:left;font-weight:600;padding:4px 0}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}code{font-size:12px;word-break:break-all}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}dt{font-weight:600}</style>
</head><body>
<h1>Support bundle: transfer ${esc(t.transferId)}</h1>
<p>Generated ${esc(isoWithOffset(input.generatedAt))} by Countertop ${esc(input.version)}. Secrets (webhook secret, API key, tokens, signatures) are removed. The complete record is in the JSON block at the end of this file (element id "bundle").</p>
<dl>${fact('Status', statusWord(t.statusRaw || t.status))}${fact('Final', t.isFinal ? 'yes' : 'no')}${fact('TransactionId', t.transactionId)}${fact('TxHash', t.txHash)}${fact('Token / chain', [t.token, t.chain].filter(Boolean).join(' on '))}${fact('SourceAmount', t.sourceAmount)}${fact('DestinationAmount', t.destinationAmount)}${fact('First seen', isoWithOffset(t.firstSeenAt))}${fact('Events / deliveries', `${t.eventCount} / ${t.deliveryCount}`)}${fact('Provenance', t.provenance)}${sale ? fact('Sale charged', `${sale.charge.amount} ${sale.charge.currency}${sale.charge.rate ? ` (${sale.charge.usdAmount} USD at ${sale.charge.rate})` : ''}`) + fact('Sale state', sale.state) : ''}</dl>
${table('Webhook events and every delivery attempt', ['EventId', 'Status', 'Attempt', 'Received', 'Attempt Id', 'HTTP', 'Our answer', 'Note'], rows)}
${table('Rejected deliveries claiming this transfer (unverified)', ['Received', 'Verdict', 'HTTP', 'From', 'Note'], rejectedRows)}
${table('SDK callbacks of the sale', ['At', 'Callback', 'Payload'], sdkRows)}
${table('Reconciliation runs', ['Run', 'Trigger', 'Started', 'Checked', 'Updated', 'Conflicts', 'Error'], runRows)}
<script type="application/json" id="bundle">
${embedded}
</script>
</body></html>
`
  return { fileName: bundleFileName(t.transferId, input.generatedAt), html: scrubSecrets(html, input.secrets), json }
}
