// The support bundle (pure): every section in the file, hostile bodies that stay text, the JSON
// block that parses back to the record, and no secret anywhere in the file.
import { describe, expect, it } from 'vitest'
import type { DeliveryRow, EventRow, SaleView, TransferDetail, TransferRow } from '../../../src/shared/contract'
import { BUNDLE_FORMAT, buildSupportBundle, REMOVED, scrubHeaders, type BundleInput, type SupportBundleRecord } from '../../../src/main/core/support/bundle'

const WEBHOOK_SECRET = 'whsec_bundle_test_0123456789'
const API_KEY = 'sk_sandbox_apikey_abcdef123456'
const CONSOLE_TOKEN = 'console-token-Zq8vN3kLmP0x'
const DISPLAY_TOKEN = 'display-token-Hh7sR2wQe9Yu'
const NGROK = 'ngrok_authtoken_2abcDEF'
const SECRETS = [WEBHOOK_SECRET, API_KEY, CONSOLE_TOKEN, DISPLAY_TOKEN, NGROK]
const HOSTILE = '</script><script>alert(1)</script>'
const T0 = Date.UTC(2025, 4, 20, 12, 0, 0)

const transfer: TransferRow = {
  transferId: 'tr-bundle-1',
  transactionId: 'txn-bundle-1',
  status: 'succeeded',
  statusRaw: 'Succeeded',
  isFinal: true,
  conflict: false,
  txHash: '0xfeed',
  userId: 'user-1',
  token: 'USDC',
  chain: 'Ethereum',
  sourceAmount: '12.5',
  destinationAmount: '12.5',
  sourceAccountProvider: 'Coinbase',
  destinationAddress: '0x1111111111111111111111111111111111111111',
  refundAddress: null,
  firstSeenAt: T0,
  updatedAt: T0 + 5_000,
  statusTimestamp: T0 + 4_000,
  eventCount: 2,
  deliveryCount: 3,
  retried: true,
  provenance: 'webhook',
  isTest: false,
  sessionId: 'sess-1',
  charge: { amount: '12.50', currency: 'USD', usdAmount: '12.50', rate: null }
}

function attempt(p: Partial<DeliveryRow> & { id: number }): DeliveryRow {
  return {
    deliveryId: `att-${p.id}`,
    eventId: 'ev-pending',
    transferId: 'tr-bundle-1',
    receivedAt: T0 + p.id * 100,
    sentTimestamp: Math.floor(T0 / 1000),
    verdict: 'accepted',
    httpStatus: 200,
    answerMs: 4,
    remoteAddress: '127.0.0.1',
    headers: { 'content-type': 'application/json', 'x-mesh-signature-256': 'c2lnbmF0dXJl', 'user-agent': 'Mesh-Webhooks/1.0' },
    bodySize: 20,
    bodyTruncated: false,
    body: '{"TransferStatus":"Pending"}',
    replayOf: null,
    isTest: false,
    flags: [],
    ...p
  }
}

function event(p: Partial<EventRow> & { eventId: string; deliveries: DeliveryRow[] }): EventRow {
  return {
    transferId: 'tr-bundle-1',
    status: 'pending',
    statusRaw: 'Pending',
    timestamp: T0,
    firstReceivedAt: T0,
    deliveryCount: p.deliveries.length,
    provenance: 'webhook',
    applied: true,
    conflict: false,
    payload: null,
    ...p
  }
}

const sale: SaleView = {
  sessionId: 'sess-1',
  transactionId: 'txn-bundle-1',
  createdAt: T0 - 60_000,
  amount: '12.50',
  currency: 'USD',
  asset: 'USDC',
  network: 'Ethereum',
  destinationAddress: '0x1111111111111111111111111111111111111111',
  note: null,
  hasCustomer: false,
  state: 'succeeded',
  transferId: 'tr-bundle-1',
  transfer,
  tokenExpiresAt: T0 + 600_000,
  sdkEvents: [
    { id: 1, at: T0 - 50_000, type: 'integrationConnected', payload: { accessToken: '[redacted]', brokerName: 'Coinbase' } },
    { id: 2, at: T0 - 10_000, type: 'transferFinished', payload: { status: 'success', transferId: 'tr-bundle-1', note: HOSTILE } }
  ],
  disagreement: null,
  amountMismatch: null,
  charge: { amount: '12.50', currency: 'USD', usdAmount: '12.50', rate: null },
  endReason: null,
  endedAt: null,
  lateTransfer: false,
  paymentLink: null,
  declined: null,
  refund: null
}

function input(over: Partial<BundleInput> = {}): BundleInput {
  const detail: TransferDetail = {
    transfer,
    events: [
      event({
        eventId: 'ev-pending',
        deliveries: [
          // Stored newest first on purpose: the bundle lists attempts in arrival order.
          attempt({ id: 2, verdict: 'duplicate', body: '' }),
          attempt({ id: 1, answerMs: 350, headers: { 'content-type': 'application/json', 'x-mesh-signature-256': 'c2ln', authorization: 'Bearer ' + API_KEY, referer: `http://127.0.0.1:4000/?token=${CONSOLE_TOKEN}&tab=1` } })
        ]
      }),
      event({
        eventId: 'ev-succeeded',
        status: 'succeeded',
        statusRaw: 'Succeeded',
        deliveries: [attempt({ id: 3, eventId: 'ev-succeeded', body: JSON.stringify({ TransferStatus: 'Succeeded', Memo: `secret ${WEBHOOK_SECRET} key ${API_KEY} display ${DISPLAY_TOKEN}` }) })]
      })
    ],
    rejected: [
      attempt({
        id: 9,
        deliveryId: null,
        eventId: null,
        transferId: null,
        verdict: 'signature_invalid',
        httpStatus: 401,
        headers: { 'content-type': 'application/json', 'x-mesh-signature-256': 'Zm9yZ2Vk', 'x-debug': `ngrok ${NGROK}`, 'x-note': HOSTILE },
        body: `{"TransferId":"tr-bundle-1","Memo":"${HOSTILE}"}`
      })
    ]
  }
  return {
    detail,
    sale,
    runs: [
      { id: 7, startedAt: T0 + 60_000, finishedAt: T0 + 61_000, trigger: 'manual', checked: 4, updated: 1, conflicts: 0, error: null },
      { id: 6, startedAt: T0 - 3_600_000, finishedAt: T0 - 3_599_000, trigger: 'interval', checked: 0, updated: 0, conflicts: 0, error: `Mesh said 401 for key ${API_KEY}` }
    ],
    runWindow: { from: T0 - 86_400_000, to: T0 + 86_400_000, truncated: false },
    generatedAt: T0 + 120_000,
    version: '9.9.9',
    secrets: SECRETS,
    ...over
  }
}

/** The JSON block, as a reader of the file would take it out (the element's text). */
function embedded(html: string): string {
  const m = /<script type="application\/json" id="bundle">([\s\S]*?)<\/script>/.exec(html)
  if (!m) throw new Error('no JSON block in the file')
  return m[1]!
}

describe('support bundle', () => {
  it('holds every section: the transfer, its events with every attempt (headers and body), rejected claims, the sale and its SDK callbacks, reconciliation runs', () => {
    const { html, fileName } = buildSupportBundle(input())
    expect(fileName).toMatch(/^countertop-support-tr-bundle-1-\d{8}\d{6}\.html$/)
    const json = JSON.parse(embedded(html)) as Record<string, unknown>
    expect(json).toMatchObject({
      format: BUNDLE_FORMAT,
      countertopVersion: '9.9.9',
      transfer: { transferId: 'tr-bundle-1', status: 'succeeded', txHash: '0xfeed', charge: { amount: '12.50', currency: 'USD' } },
      sale: { sessionId: 'sess-1', state: 'succeeded', transactionId: 'txn-bundle-1' },
      reconciliationWindow: { truncated: false }
    })
    const events = json.events as EventRow[]
    expect(events.map((e) => e.eventId)).toEqual(['ev-pending', 'ev-succeeded'])
    // Arrival order, with headers and bodies.
    expect(events[0]!.deliveries.map((d) => d.id)).toEqual([1, 2])
    expect(events[0]!.deliveries[0]!.headers['content-type']).toBe('application/json')
    expect(events[0]!.deliveries[0]!.body).toBe('{"TransferStatus":"Pending"}')
    expect(events[1]!.deliveries[0]!.headers).toEqual({ 'content-type': 'application/json', 'x-mesh-signature-256': REMOVED, 'user-agent': 'Mesh-Webhooks/1.0' })
    expect((json.rejectedDeliveriesClaimingThisTransfer as DeliveryRow[]).map((d) => [d.id, d.verdict])).toEqual([[9, 'signature_invalid']])
    expect((json.sdkCallbacks as { type: string }[]).map((s) => s.type)).toEqual(['integrationConnected', 'transferFinished'])
    expect((json.reconciliationRuns as { id: number }[]).map((r) => r.id)).toEqual([7, 6])
    // The sale appears once, without a copy of the transfer or of its callbacks.
    expect(json.sale).not.toHaveProperty('transfer')
    expect(json.sale).not.toHaveProperty('sdkEvents')

    // The readable page says the same.
    for (const caption of ['Webhook events and every delivery attempt', 'Rejected deliveries claiming this transfer (unverified)', 'SDK callbacks of the sale', 'Reconciliation runs from ']) {
      expect(html).toContain(`<caption>${caption}`)
    }
    expect(html).toContain('<dt>TxHash</dt><dd>0xfeed</dd>')
    expect(html).toContain('<dt>Sale state</dt><dd>succeeded</dd>')
    // The first attempt answered in 350 ms: late, and Mesh retried (a second attempt exists).
    expect(html).toMatch(/answered late \(350 ms ≥ 200 ms\), so Mesh retried/)
    expect(html).toContain('Signature does not match our webhook secret')
    expect(html.match(/<details>/g)).toHaveLength(4)
    expect(html).toContain('&quot;TransferStatus&quot;:&quot;Pending&quot;')
    expect(html).toContain('transferFinished')
  })

  it('keeps a hostile body text: it can neither end the JSON block nor add a script, and it reads back unchanged', () => {
    const { html } = buildSupportBundle(input())
    // One script element in the whole file: the JSON block.
    expect(html.match(/<script/gi)).toHaveLength(1)
    expect(html.match(/<\/script/gi)).toHaveLength(1)
    expect(embedded(html)).not.toContain('<')
    // On the page it is escaped text.
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    // In the JSON it is the same characters as stored.
    const json = JSON.parse(embedded(html)) as SupportBundleRecord
    expect(json.rejectedDeliveriesClaimingThisTransfer[0]!.body).toBe(`{"TransferId":"tr-bundle-1","Memo":"${HOSTILE}"}`)
    expect(json.rejectedDeliveriesClaimingThisTransfer[0]!.headers['x-note']).toBe(HOSTILE)
    expect((json.sdkCallbacks[1]!.payload as { note: string }).note).toBe(HOSTILE)
    // A page that refuses to run scripts at all, in case anything ever slipped through.
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
  })

  it('escapes hostile ids in the page too', () => {
    const evil = '"><img src=x onerror=alert(2)>'
    const base = input()
    const { html } = buildSupportBundle(input({ detail: { ...base.detail, transfer: { ...transfer, transferId: evil, txHash: evil } } }))
    expect(html).not.toMatch(/<img/i)
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
    expect((JSON.parse(embedded(html)) as { transfer: TransferRow }).transfer.transferId).toBe(evil)
  })

  it('the JSON block parses back to exactly the record', () => {
    const { html, record } = buildSupportBundle(input())
    expect(JSON.parse(embedded(html))).toStrictEqual(record)
    // Also when a number is not finite or a member is undefined (JSON would drop or null them).
    const odd = input()
    const weird = { ...odd.detail.events[0]!.deliveries[0]!, answerMs: Number.NaN }
    const { html: html2, record: record2 } = buildSupportBundle(input({ detail: { ...odd.detail, events: [{ ...odd.detail.events[0]!, deliveries: [weird] }], transfer: { ...transfer, charge: undefined } } }))
    expect(JSON.parse(embedded(html2))).toStrictEqual(record2)
    expect(record2.events[0]!.deliveries[0]!.answerMs).toBeNull()
  })

  it('contains no secret: not the webhook secret, the API key, the console or display token, nor the tunnel token; signatures and credential headers are removed', () => {
    const { html } = buildSupportBundle(input())
    for (const s of SECRETS) expect(html, s).not.toContain(s)
    // Not even escaped for HTML or JSON.
    expect(html).not.toContain('c2lnbmF0dXJl')
    expect(html).not.toContain('Zm9yZ2Vk')
    const json = JSON.parse(embedded(html)) as { events: EventRow[]; rejectedDeliveriesClaimingThisTransfer: DeliveryRow[]; reconciliationRuns: { error: string | null }[] }
    const first = json.events[0]!.deliveries[0]!
    expect(first.headers.authorization).toBe(REMOVED)
    expect(first.headers['x-mesh-signature-256']).toBe(REMOVED)
    expect(first.headers.referer).toBe(`http://127.0.0.1:4000/?token=${REMOVED}&tab=1`)
    expect(json.events[1]!.deliveries[0]!.body).toBe(JSON.stringify({ TransferStatus: 'Succeeded', Memo: `secret ${REMOVED} key ${REMOVED} display ${REMOVED}` }))
    expect(json.rejectedDeliveriesClaimingThisTransfer[0]!.headers['x-debug']).toBe(`ngrok ${REMOVED}`)
    expect(json.reconciliationRuns[1]!.error).toBe(`Mesh said 401 for key ${REMOVED}`)
  })

  it('removes a secret that needs escaping in HTML or JSON, and one that contains another', () => {
    const odd = 'p&ss"wo<rd\\x'
    const long = `${WEBHOOK_SECRET}-rotated`
    const base = input()
    const d = attempt({ id: 4, eventId: 'ev-succeeded', body: JSON.stringify({ a: odd, b: long }), headers: { 'x-odd': odd, 'x-url': `http://127.0.0.1/cb?q=${encodeURIComponent(odd)}` } })
    const { html } = buildSupportBundle(input({ secrets: [WEBHOOK_SECRET, odd, long], detail: { ...base.detail, events: [event({ eventId: 'ev-succeeded', deliveries: [d] })] } }))
    const json = JSON.parse(embedded(html)) as { events: EventRow[] }
    expect(json.events[0]!.deliveries[0]!.body).toBe(JSON.stringify({ a: REMOVED, b: REMOVED }))
    expect(json.events[0]!.deliveries[0]!.headers['x-odd']).toBe(REMOVED)
    expect(json.events[0]!.deliveries[0]!.headers['x-url']).toBe(`http://127.0.0.1/cb?q=${REMOVED}`)
    for (const form of [odd, 'p&amp;ss&quot;wo&lt;rd', 'p&ss\\"wo\\u003crd', 'p%26ss', 'rotated']) expect(html, form).not.toContain(form)
  })

  it('removes credential headers by name and credentials in URLs, keeping the rest', () => {
    expect(
      scrubHeaders({
        Authorization: 'Basic eDp5',
        'x-api-key': 'k',
        'x-client-secret': 's',
        'x-client-id': 'id',
        cookie: 'a=b',
        'X-Mesh-Signature-256': 'sig',
        'x-forwarded-uri': '/webhooks/mesh?access_token=abc&x=1',
        'content-type': 'application/json',
        'x-forwarded-for': '20.22.113.37'
      })
    ).toEqual({
      Authorization: REMOVED,
      'x-api-key': REMOVED,
      'x-client-secret': REMOVED,
      'x-client-id': REMOVED,
      cookie: REMOVED,
      'X-Mesh-Signature-256': REMOVED,
      'x-forwarded-uri': `/webhooks/mesh?access_token=${REMOVED}&x=1`,
      'content-type': 'application/json',
      'x-forwarded-for': '20.22.113.37'
    })
  })

  it('says when there is no sale and nothing else was recorded', () => {
    const base = input()
    const { html, record } = buildSupportBundle(input({ sale: null, runs: [], detail: { ...base.detail, events: [], rejected: [] }, runWindow: { from: T0, to: T0, truncated: true } }))
    expect(record.sale).toBeNull()
    expect(record.sdkCallbacks).toEqual([])
    expect(html).toContain('<dt>Sale</dt><dd>none at this counter</dd>')
    expect(html).toContain('(newest only: more ran in this window)')
    expect(html.match(/<td colspan="\d+">None<\/td>/g)).toHaveLength(4)
  })
})
