import { randomUUID } from 'node:crypto'
import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { signBody } from '../../../src/main/core/webhooks/signature'
import { meshPayload, postWebhook, tempDir } from '../../helpers'

const secret = 'whsec_receiver_test'

describe('webhook receiver over real HTTP and a real SQLite file', () => {
  let tmp: ReturnType<typeof tempDir>
  let core: Core
  let url: string

  async function start(opts: { bodyLimit?: number; rejectedKeep?: number } = {}) {
    core = createCore({
      dataDir: tmp.dir,
      webhookSecret: secret,
      mode: 'emulator',
      bodyLimit: opts.bodyLimit,
      limits: opts.rejectedKeep ? { rejectedKeep: opts.rejectedKeep } : undefined
    })
    url = (await core.startReceiver('127.0.0.1', 0)).url
  }

  beforeEach(async () => {
    tmp = tempDir()
    await start()
  })
  afterEach(async () => {
    await core.close()
    tmp.cleanup()
  })

  const send = (p: Record<string, unknown>) => postWebhook(url, JSON.stringify(p), { secret })

  it('stores a new event, answers 200, and records a retry as a duplicate of the same EventId', async () => {
    const p = meshPayload({ transferId: 'tr-1', status: 'Pending' })
    expect(await send(p)).toMatchObject({ status: 200, json: { ok: true, verdict: 'accepted' } })
    expect(await send({ ...p, Id: randomUUID() })).toMatchObject({ status: 200, json: { verdict: 'duplicate' } })
    const t = core.store.transfers.get('tr-1')!
    expect(t).toMatchObject({ status: 'pending', eventCount: 1, deliveryCount: 2, retried: true, sourceAmount: '12.5' })
    const deliveries = core.store.deliveries.listForTransfer('tr-1')
    expect(deliveries.map((d) => d.verdict)).toEqual(['accepted', 'duplicate'])
    expect(deliveries.every((d) => d.httpStatus === 200 && d.eventId === p.EventId)).toBe(true)
    expect(new Set(deliveries.map((d) => d.deliveryId)).size).toBe(2)
  })

  it('keeps succeeded when a late pending arrives', async () => {
    await send(meshPayload({ transferId: 'tr-2', status: 'Succeeded', timestamp: 2000, txHash: '0xabc' }))
    expect((await send(meshPayload({ transferId: 'tr-2', status: 'Pending', timestamp: 1000 }))).status).toBe(200)
    expect(core.store.transfers.get('tr-2')).toMatchObject({ status: 'succeeded', isFinal: true, txHash: '0xabc', eventCount: 2 })
  })

  it('answers 401 to a missing or wrong signature, records it as rejected, and changes no transfer', async () => {
    const body = JSON.stringify(meshPayload({ transferId: 'tr-3', status: 'Succeeded' }))
    expect(await postWebhook(url, body, { signature: null })).toMatchObject({ status: 401, json: { error: 'signature_missing' } })
    expect(await postWebhook(url, body, { secret: 'wrong' })).toMatchObject({ status: 401, json: { error: 'signature_invalid' } })
    expect(await postWebhook(url, `${body} `, { signature: signBody(secret, body) })).toMatchObject({ status: 401 })
    expect(core.store.transfers.get('tr-3')).toBeUndefined()
    const rejected = core.store.deliveries.list({ rejected: true, limit: 10 }).items
    expect(rejected.map((d) => d.verdict).sort()).toEqual(['signature_invalid', 'signature_invalid', 'signature_missing'])
    expect(rejected[0]!.body).toContain('tr-3')
    expect(rejected.every((d) => d.httpStatus === 401 && d.remoteAddress === '127.0.0.1')).toBe(true)
  })

  it('stores a correctly signed body it cannot parse or interpret and answers 200', async () => {
    const garbage = '{"EventId": "e-broken", '
    expect(await postWebhook(url, garbage, { secret })).toMatchObject({ status: 200, json: { verdict: 'malformed' } })
    const noTransfer = JSON.stringify({ EventId: 'e-no-transfer', Id: 'a1', TransferStatus: 'Pending' })
    expect(await postWebhook(url, noTransfer, { secret })).toMatchObject({ status: 200, json: { verdict: 'uninterpretable' } })
    expect(await postWebhook(url, '[1,2,3]', { secret })).toMatchObject({ status: 200, json: { verdict: 'uninterpretable' } })
    const stored = core.store.deliveries.list({ limit: 10 }).items
    expect(stored.map((d) => d.body)).toEqual(expect.arrayContaining([garbage, noTransfer, '[1,2,3]']))
    expect(core.store.events.find('e-no-transfer')).toBeDefined()
  })

  it('answers 413 above the body limit and records the attempt', async () => {
    await core.close()
    await start({ bodyLimit: 1024 })
    const big = JSON.stringify({ ...meshPayload({ transferId: 'tr-big', status: 'Pending' }), Pad: 'x'.repeat(4000) })
    expect((await postWebhook(url, big, { secret })).status).toBe(413)
    const [d] = core.store.deliveries.list({ verdict: 'too_large', limit: 5 }).items
    expect(d).toMatchObject({ verdict: 'too_large', httpStatus: 413 })
    expect(core.store.transfers.get('tr-big')).toBeUndefined()
  })

  it('keeps unknown statuses, shown but not final', async () => {
    await send(meshPayload({ transferId: 'tr-4', status: 'Pending', timestamp: 1 }))
    await send(meshPayload({ transferId: 'tr-4', status: 'RefundPending', timestamp: 2 }))
    expect(core.store.transfers.get('tr-4')).toMatchObject({ status: 'refundpending', statusRaw: 'RefundPending', isFinal: false })
    await send(meshPayload({ transferId: 'tr-4', status: 'succeeded', timestamp: 3 }))
    expect(core.store.transfers.get('tr-4')).toMatchObject({ status: 'succeeded', isFinal: true })
  })

  it('verifies and stores a signed delivery whatever its Content-Type says', async () => {
    for (const [i, ct] of ['application/', ';', 'text/plain; charset=utf-8', 'application/json; charset=latin1'].entries()) {
      const body = JSON.stringify(meshPayload({ transferId: `tr-ct-${i}`, status: 'Pending' }))
      expect(await postWebhook(url, body, { secret, headers: { 'content-type': ct } })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
      expect(core.store.deliveries.listForTransfer(`tr-ct-${i}`)[0]!.headers['content-type']).toBe(ct)
    }
  })

  it('matches status casings', async () => {
    for (const [i, s] of ['succeeded', 'SUCCEEDED', 'Succeeded'].entries()) {
      await send(meshPayload({ transferId: `tr-case-${i}`, status: s }))
      expect(core.store.transfers.get(`tr-case-${i}`)!.status).toBe('succeeded')
    }
  })

  it('serves only its two routes', async () => {
    expect((await fetch(url.replace('/webhooks/mesh', '/healthz'))).status).toBe(200)
    expect((await fetch(url.replace('/webhooks/mesh', '/api/ledger.list'), { method: 'POST' })).status).toBe(404)
    expect((await fetch(url, { method: 'GET' })).status).toBe(404)
    expect((await fetch(url.replace('/webhooks/mesh', '/'))).status).toBe(404)
  })

  it('never answers 5xx to broken framing', async () => {
    const { port } = new URL(url)
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/webhooks/mesh', headers: { 'content-length': '100', 'x-mesh-signature-256': 'x' } }, (res) => {
        resolve(res.statusCode ?? 0)
        res.resume()
      })
      req.on('error', reject)
      req.end('{"short":true}')
      setTimeout(() => req.destroy(), 200)
    }).catch(() => 0)
    expect(status === 0 || status < 500).toBe(true)
    expect((await fetch(url.replace('/webhooks/mesh', '/healthz'))).status).toBe(200)
  })

  it('caps rejected deliveries so they cannot fill the disk', async () => {
    await core.close()
    await start({ rejectedKeep: 50 })
    const body = 'x'.repeat(10_000)
    for (let i = 0; i < 260; i++) await postWebhook(url, body, { signature: 'bad' })
    const n = core.store.deliveries.rejectedCount()
    expect(n).toBeLessThanOrEqual(150)
    expect(n).toBeGreaterThanOrEqual(50)
    const [d] = core.store.deliveries.list({ rejected: true, limit: 1 }).items
    expect(d).toMatchObject({ bodySize: 10_000, bodyTruncated: true })
    expect(d!.body.length).toBe(4096)
  })

  it('keeps everything across a restart', async () => {
    const p = meshPayload({ transferId: 'tr-5', status: 'Succeeded', txHash: '0xfeed' })
    await send(p)
    await core.close()
    await start()
    expect(core.store.transfers.get('tr-5')).toMatchObject({ status: 'succeeded', txHash: '0xfeed' })
    expect(await send({ ...p, Id: randomUUID() })).toMatchObject({ json: { verdict: 'duplicate' } })
    expect(core.store.integrityCheck()).toBe('ok')
  })

  it('never stores secret headers', async () => {
    await postWebhook(url, JSON.stringify(meshPayload({ transferId: 'tr-6', status: 'Pending' })), {
      secret,
      headers: { authorization: 'Bearer hunter2', 'x-client-secret': 'sk_live_123' }
    })
    const [d] = core.store.deliveries.listForTransfer('tr-6')
    expect(JSON.stringify(d!.headers)).not.toMatch(/hunter2|sk_live_123/)
    expect(d!.headers.authorization).toBe('[redacted]')
  })

  it('records our time to answer after the reply', async () => {
    await send(meshPayload({ transferId: 'tr-7', status: 'Pending' }))
    await new Promise((r) => setTimeout(r, 250))
    const [d] = core.store.deliveries.listForTransfer('tr-7')
    expect(d!.answerMs).toBeGreaterThan(0)
    expect(d!.answerMs).toBeLessThan(10_000)
  })
})
