import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startHeadless, type Headless } from '../../src/main/headless/app'
import type { TransferDetail, TransferRow, Page, DeliveryRow, EventMessage } from '../../src/shared/contract'
import { callApi, meshPayload, postWebhook, tempDir } from '../helpers'
import { waitFor } from '../helpers/wait'

const secret = 'whsec_headless'
const token = 'test-token-123456'

describe('headless console API', () => {
  let tmp: ReturnType<typeof tempDir>
  let app: Headless
  let base: string

  // A fresh server and data dir per test: no test reads rows another one wrote.
  beforeEach(async () => {
    tmp = tempDir()
    app = await startHeadless({ dataDir: tmp.dir, webhookHost: '127.0.0.1', port: 0, webhookPort: 0, sandbox: false, token, webhookSecret: secret, staticDir: '/nonexistent' })
    base = app.console.url
  })
  afterEach(async () => {
    await app.close()
    tmp.cleanup()
  })

  it('prints-ready URLs carry the token and the webhook path', () => {
    expect(app.consoleUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?token=${token}$`))
    expect(app.webhookUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks\/mesh$/)
  })

  it('rejects calls without a token or with a wrong one', async () => {
    expect(await callApi(base, null, 'ledger.list')).toMatchObject({ status: 401, body: { ok: false, error: { code: 'UNAUTHORIZED' } } })
    expect(await callApi(base, 'wrong', 'ledger.list')).toMatchObject({ status: 401 })
    const noBody = await fetch(`${base}/api/ledger.list`, { method: 'POST' })
    expect(noBody.status).toBe(401)
  })

  it('answers unknown commands and bad arguments with a clear envelope', async () => {
    expect(await callApi(base, token, 'nope.nothing')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'UNKNOWN_COMMAND' } } })
    expect(await callApi(base, token, 'ledger.list', { limit: 'ten' })).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_ARGUMENT' } } })
    expect(await callApi(base, token, 'ledger.get', { transferId: 'missing' })).toMatchObject({ status: 200, body: { ok: false, error: { code: 'NOT_FOUND' } } })
    const badJson = await fetch(`${base}/api/ledger.list`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{' })
    expect(badJson.status).toBe(400)
  })

  it('shows a transfer with its retry history in ledger.get', async () => {
    const pending = meshPayload({ transferId: 'tr-h1', status: 'Pending', timestamp: 1000 })
    const done = meshPayload({ transferId: 'tr-h1', status: 'Succeeded', timestamp: 2000, txHash: '0xbeef' })
    await postWebhook(app.webhookUrl, JSON.stringify(pending), { secret })
    await postWebhook(app.webhookUrl, JSON.stringify({ ...pending, Id: randomUUID() }), { secret })
    await postWebhook(app.webhookUrl, JSON.stringify(done), { secret })
    await postWebhook(app.webhookUrl, JSON.stringify(done), { secret: 'not-the-secret' })
    const r = await callApi<TransferDetail>(base, token, 'ledger.get', { transferId: 'tr-h1' })
    expect(r.status).toBe(200)
    if (!r.body.ok) throw new Error(r.body.error.message)
    const { transfer, events } = r.body.value
    expect(transfer).toMatchObject({ status: 'succeeded', txHash: '0xbeef', deliveryCount: 3, eventCount: 2, retried: true })
    expect(events.map((e) => [e.statusRaw, e.deliveries.length])).toEqual([
      ['Pending', 2],
      ['Succeeded', 1]
    ])
    const attempts = events[0]!.deliveries
    expect(attempts.map((d) => d.deliveryId)).toEqual([pending.Id, expect.any(String)])
    expect(attempts[1]!.deliveryId).not.toBe(pending.Id)
    expect(attempts.map((d) => d.verdict)).toEqual(['accepted', 'duplicate'])
    expect(attempts.every((d) => d.httpStatus === 200 && typeof d.sentTimestamp === 'number')).toBe(true)
  })

  it('lists transfers filtered by status and searched by id, hash or TransactionId, paginated', async () => {
    await postWebhook(app.webhookUrl, JSON.stringify(meshPayload({ transferId: 'tr-h1', status: 'Succeeded', txHash: '0xbeef' })), { secret })
    for (let i = 0; i < 5; i++) {
      await postWebhook(app.webhookUrl, JSON.stringify(meshPayload({ transferId: `tr-p${i}`, status: i % 2 ? 'Failed' : 'Pending', transactionId: `sale-${i}` })), { secret })
    }
    const failed = await callApi<Page<TransferRow>>(base, token, 'ledger.list', { status: 'failed' })
    if (!failed.body.ok) throw new Error('list failed')
    expect(failed.body.value.items.map((t) => t.transferId).sort()).toEqual(['tr-p1', 'tr-p3'])
    const byTxn = await callApi<Page<TransferRow>>(base, token, 'ledger.list', { search: 'sale-3' })
    expect(byTxn.body.ok && byTxn.body.value.items.map((t) => t.transferId)).toEqual(['tr-p3'])
    const byHash = await callApi<Page<TransferRow>>(base, token, 'ledger.list', { search: '0xbeef' })
    expect(byHash.body.ok && byHash.body.value.items.map((t) => t.transferId)).toEqual(['tr-h1'])
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof callApi<Page<TransferRow>>>> = await callApi<Page<TransferRow>>(base, token, 'ledger.list', { limit: 2, cursor })
      if (!page.body.ok) throw new Error('page failed')
      expect(page.body.value.total).toBe(6)
      seen.push(...page.body.value.items.map((t) => t.transferId))
      cursor = page.body.value.nextCursor
    } while (cursor)
    expect(seen.length).toBe(6)
    expect(new Set(seen).size).toBe(6)
  })

  it('lists every delivery including rejected ones, filterable by verdict', async () => {
    const p = meshPayload({ transferId: 'tr-d1', status: 'Pending' })
    expect((await postWebhook(app.webhookUrl, JSON.stringify(p), { secret })).status).toBe(200)
    expect((await postWebhook(app.webhookUrl, JSON.stringify(p), { secret: 'not-the-secret' })).status).toBe(401)
    expect((await postWebhook(app.webhookUrl, JSON.stringify(p), { signature: null })).status).toBe(401)
    const all = await callApi<Page<DeliveryRow>>(base, token, 'deliveries.list', {})
    if (!all.body.ok) throw new Error('failed')
    expect(all.body.value.total).toBe(3)
    expect(all.body.value.items.map((d) => d.verdict).sort()).toEqual(['accepted', 'signature_invalid', 'signature_missing'])
    const r = await callApi<Page<DeliveryRow>>(base, token, 'deliveries.list', { verdict: 'signature_invalid' })
    if (!r.body.ok) throw new Error('failed')
    expect(r.body.value.items).toHaveLength(1)
    expect(r.body.value.items[0]).toMatchObject({ verdict: 'signature_invalid', httpStatus: 401 })
  })

  it('sends the store’s pages from its shared pool with their length, and gives every slot back once sent', async () => {
    for (let i = 0; i < 3; i++) await postWebhook(app.webhookUrl, JSON.stringify(meshPayload({ transferId: `tr-p${i}`, status: 'Pending', timestamp: 1000 + i })), { secret })
    // More pages than the pool has slots, one after another and at once.
    for (let i = 0; i < 8; i++) {
      const r = await fetch(`${base}/api/deliveries.list`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ limit: 2 }) })
      const text = await r.text()
      expect(r.headers.get('content-type')).toMatch(/^application\/json/)
      expect(Number(r.headers.get('content-length'))).toBe(Buffer.byteLength(text))
      expect(JSON.parse(text)).toMatchObject({ ok: true, value: { items: [{}, {}], total: 3 } })
    }
    const all = await Promise.all(Array.from({ length: 10 }, () => callApi<Page<TransferRow>>(base, token, 'ledger.list', { limit: 10 })))
    for (const r of all) expect(r.body.ok && r.body.value.items.map((t) => t.transferId).sort()).toEqual(['tr-p0', 'tr-p1', 'tr-p2'])
    await waitFor(async () => ((await app.core.store.stats()).pageSlotsTaken === 0 ? true : null))
  })

  it('is not reachable on the webhook port', async () => {
    const webhookBase = app.webhookUrl.replace('/webhooks/mesh', '')
    expect((await callApi(webhookBase, token, 'ledger.list')).status).toBe(404)
  })

  it('streams ledger changes over the WebSocket after the reply', async () => {
    const wsUrl = `${base.replace('http', 'ws')}/api/events?token=${token}`
    const ws = new WebSocket(wsUrl)
    const got: EventMessage[] = []
    await new Promise<void>((resolve, reject) => {
      ws.on('message', (m) => {
        const msg = JSON.parse(String(m)) as EventMessage | { type: 'hello' }
        if (msg.type === 'hello') resolve()
        else got.push(msg as EventMessage)
      })
      ws.on('error', reject)
    })
    await postWebhook(app.webhookUrl, JSON.stringify(meshPayload({ transferId: 'tr-ws', status: 'Pending' })), { secret })
    // (Background reconciliation may report its progress on the same stream: not what this is about.)
    const ledgerEvents = () => got.map((m) => m.type).filter((t) => t !== 'reconcile.progress').sort()
    await expect.poll(ledgerEvents, { timeout: 3000 }).toEqual(['delivery.recorded', 'transfer.updated'])
    expect((got.find((m) => m.type === 'transfer.updated')!.payload as TransferRow).transferId).toBe('tr-ws')
    ws.close()
    const bad = new WebSocket(`${base.replace('http', 'ws')}/api/events?token=wrong`)
    const code = await new Promise<number>((resolve) => bad.on('close', (c) => resolve(c)))
    expect(code).toBe(4401)
  })
})
