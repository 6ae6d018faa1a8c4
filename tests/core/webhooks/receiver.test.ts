import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { meshPayload, pause, postWebhook, rawConnection, rawExchange, sign, tempDir, waitFor } from '../../helpers'

const secret = 'whsec_receiver_test'

describe('webhook receiver over real HTTP and a real SQLite file', () => {
  let tmp: ReturnType<typeof tempDir>
  let core: Core
  let url: string

  async function start(opts: { bodyLimit?: number; rejectedKeep?: number } = {}) {
    core = await createCore({
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
    const t = (await core.store.transfers.get('tr-1'))!
    expect(t).toMatchObject({ status: 'pending', eventCount: 1, deliveryCount: 2, retried: true, sourceAmount: '12.5' })
    const deliveries = (await core.store.deliveries.listForTransfer('tr-1'))
    expect(deliveries.map((d) => d.verdict)).toEqual(['accepted', 'duplicate'])
    expect(deliveries.every((d) => d.httpStatus === 200 && d.eventId === p.EventId)).toBe(true)
    expect(new Set(deliveries.map((d) => d.deliveryId)).size).toBe(2)
  })

  it('keeps succeeded when a late pending arrives', async () => {
    await send(meshPayload({ transferId: 'tr-2', status: 'Succeeded', timestamp: 2000, txHash: '0xabc' }))
    expect((await send(meshPayload({ transferId: 'tr-2', status: 'Pending', timestamp: 1000 }))).status).toBe(200)
    expect((await core.store.transfers.get('tr-2'))).toMatchObject({ status: 'succeeded', isFinal: true, txHash: '0xabc', eventCount: 2 })
  })

  it('answers 401 to a missing or wrong signature, records it as rejected, and changes no transfer', async () => {
    const body = JSON.stringify(meshPayload({ transferId: 'tr-3', status: 'Succeeded' }))
    expect(await postWebhook(url, body, { signature: null })).toMatchObject({ status: 401, json: { error: 'signature_missing' } })
    expect(await postWebhook(url, body, { secret: 'wrong' })).toMatchObject({ status: 401, json: { error: 'signature_invalid' } })
    expect(await postWebhook(url, `${body} `, { signature: sign(secret, body) })).toMatchObject({ status: 401 })
    expect((await core.store.transfers.get('tr-3'))).toBeUndefined()
    const rejected = (await core.store.deliveries.list({ rejected: true, limit: 10 })).items
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
    const stored = (await core.store.deliveries.list({ limit: 10 })).items
    expect(stored.map((d) => d.body)).toEqual(expect.arrayContaining([garbage, noTransfer, '[1,2,3]']))
    expect((await core.store.events.find('e-no-transfer'))).toBeDefined()
  })

  it('answers 413 above the body limit and records the attempt', async () => {
    await core.close()
    await start({ bodyLimit: 1024 })
    const big = JSON.stringify({ ...meshPayload({ transferId: 'tr-big', status: 'Pending' }), Pad: 'x'.repeat(4000) })
    expect((await postWebhook(url, big, { secret })).status).toBe(413)
    const [d] = (await core.store.deliveries.list({ verdict: 'too_large', limit: 5 })).items
    expect(d).toMatchObject({ verdict: 'too_large', httpStatus: 413 })
    expect((await core.store.transfers.get('tr-big'))).toBeUndefined()
  })

  it('keeps unknown statuses, shown but not final', async () => {
    await send(meshPayload({ transferId: 'tr-4', status: 'Pending', timestamp: 1 }))
    await send(meshPayload({ transferId: 'tr-4', status: 'OnHold', timestamp: 2 }))
    expect((await core.store.transfers.get('tr-4'))).toMatchObject({ status: 'onhold', statusRaw: 'OnHold', isFinal: false })
    await send(meshPayload({ transferId: 'tr-4', status: 'succeeded', timestamp: 3 }))
    expect((await core.store.transfers.get('tr-4'))).toMatchObject({ status: 'succeeded', isFinal: true })
  })

  it('verifies and stores a signed delivery whatever its Content-Type says', async () => {
    for (const [i, ct] of ['application/', ';', 'text/plain; charset=utf-8', 'application/json; charset=latin1'].entries()) {
      const body = JSON.stringify(meshPayload({ transferId: `tr-ct-${i}`, status: 'Pending' }))
      expect(await postWebhook(url, body, { secret, headers: { 'content-type': ct } })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
      expect((await core.store.deliveries.listForTransfer(`tr-ct-${i}`))[0]!.headers['content-type']).toBe(ct)
    }
  })

  it('matches status casings', async () => {
    for (const [i, s] of ['succeeded', 'SUCCEEDED', 'Succeeded'].entries()) {
      await send(meshPayload({ transferId: `tr-case-${i}`, status: s }))
      expect((await core.store.transfers.get(`tr-case-${i}`))!.status).toBe('succeeded')
    }
  })

  it('serves only its two routes', async () => {
    expect((await fetch(url.replace('/webhooks/mesh', '/healthz'))).status).toBe(200)
    expect((await fetch(url.replace('/webhooks/mesh', '/api/ledger.list'), { method: 'POST' })).status).toBe(404)
    expect((await fetch(url, { method: 'GET' })).status).toBe(404)
    expect((await fetch(url.replace('/webhooks/mesh', '/'))).status).toBe(404)
  })

  describe('broken framing', () => {
    const head = (extra: string) => `POST /webhooks/mesh HTTP/1.1\r\nHost: x\r\n${extra}\r\n`
    const healthz = () => fetch(url.replace('/webhooks/mesh', '/healthz'))
    const port = () => Number(new URL(url).port)
    const badRequests = async () => (await core.store.deliveries.list({ verdict: 'bad_request', limit: 5 })).items

    // What the listener really does with each (checked by hand against Node's parser): every one
    // gets exactly one answer, 400, and then a clean close (FIN, no reset). Those whose headers
    // parse reach the webhook route and are recorded as a rejected delivery; the others never
    // become a request at all.
    const framings: { name: string; bytes: string; recorded: boolean }[] = [
      { name: 'a body shorter than its Content-Length', bytes: head('Content-Length: 100\r\nX-Mesh-Signature-256: x\r\n') + '{"short":true}', recorded: true },
      { name: 'an invalid chunk size', bytes: head('Transfer-Encoding: chunked\r\n') + 'zz\r\nhello\r\n0\r\n\r\n', recorded: true },
      { name: 'a chunked body cut off mid-chunk', bytes: head('Transfer-Encoding: chunked\r\n') + 'a\r\n{"a"', recorded: true },
      { name: 'both Content-Length and Transfer-Encoding', bytes: head('Content-Length: 5\r\nTransfer-Encoding: chunked\r\n') + '0\r\n\r\n', recorded: false },
      { name: 'two different Content-Lengths', bytes: head('Content-Length: 5\r\nContent-Length: 6\r\n') + 'hello!', recorded: false },
      { name: 'a negative Content-Length', bytes: head('Content-Length: -5\r\n') + 'hello', recorded: false },
      { name: 'Transfer-Encoding "chunked, gzip"', bytes: head('Transfer-Encoding: chunked, gzip\r\n') + '2\r\n{}\r\n0\r\n\r\n', recorded: false },
      { name: 'a header line without a colon', bytes: head('ThisIsNotAHeader\r\n'), recorded: false },
      { name: 'a NUL byte in a header value', bytes: head('X-Evil: a\u0000b\r\nContent-Length: 0\r\n'), recorded: false },
      { name: 'a garbage request line', bytes: 'GARBAGE\r\n\r\n', recorded: false }
    ]

    it.each(framings)('answers $name with one 400 and a clean close, and keeps serving', async ({ bytes, recorded }) => {
      const out = await rawExchange(port(), bytes)
      expect(out.statuses, out.response).toEqual([400])
      expect(out.response).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
      expect(out).toMatchObject({ serverClosed: true, error: null, timedOut: false })
      expect((await healthz()).status).toBe(200)
      if (recorded) {
        const d = await waitFor(async () => (await badRequests())[0], { what: 'the broken delivery to be recorded' })
        expect(d).toMatchObject({ verdict: 'bad_request', httpStatus: 400, bodySize: 0 })
        expect((await core.store.deliveries.list({ limit: 5 })).total).toBe(1)
      } else {
        expect((await core.store.deliveries.list({ limit: 5 })).items).toEqual([])
      }
      // A well-formed delivery on a fresh connection is still accepted.
      expect(await send(meshPayload({ transferId: 'tr-after-framing', status: 'Pending' }))).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    })

    it('waits without answering while a short body may still be coming, then answers 400 when the sender half-closes', async () => {
      const conn = rawConnection(port())
      conn.write(head('Content-Length: 100\r\nX-Mesh-Signature-256: x\r\n') + '{"short":true}')
      // A slow sender: the time it keeps the connection open is the behaviour under test.
      await pause(300)
      expect(conn.received()).toBe('')
      expect(conn.closedByServer()).toBe(false)
      conn.end()
      const out = await conn.done
      expect(out.statuses, out.response).toEqual([400])
      expect(out).toMatchObject({ serverClosed: true, error: null, timedOut: false })
      const d = await waitFor(async () => (await badRequests())[0], { what: 'the short delivery to be recorded' })
      expect(d).toMatchObject({ verdict: 'bad_request', httpStatus: 400 })
      expect((await core.store.deliveries.list({ limit: 5 })).total).toBe(1)
      expect((await healthz()).status).toBe(200)
    })

    it('records a sender that hangs up mid-body, and keeps serving', async () => {
      const conn = rawConnection(port())
      conn.write(head('Content-Length: 100\r\nX-Mesh-Signature-256: x\r\n') + '{"short":true}')
      // The sender gives up after a while without finishing: that wait is the behaviour under test.
      await pause(200)
      expect(conn.received()).toBe('')
      conn.destroy()
      expect((await conn.done).statuses).toEqual([])
      const d = await waitFor(async () => (await badRequests())[0], { what: 'the abandoned delivery to be recorded' })
      expect(d).toMatchObject({ verdict: 'bad_request', bodySize: 0 })
      expect((await core.store.deliveries.list({ limit: 5 })).total).toBe(1)
      expect((await healthz()).status).toBe(200)
      expect(await send(meshPayload({ transferId: 'tr-after-hangup', status: 'Pending' }))).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    })
  })

  it('accepts a signed body of exactly 256 KiB by default and answers 413 one byte above', async () => {
    const pad = (size: number) => {
      const base = JSON.stringify({ ...meshPayload({ transferId: `tr-256k-${size}`, status: 'Pending' }), Pad: '' })
      return base.replace('"Pad":""', `"Pad":"${'x'.repeat(size - base.length)}"`)
    }
    const exact = pad(256 * 1024)
    expect(Buffer.byteLength(exact)).toBe(262_144)
    expect(await postWebhook(url, exact, { secret })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    const over = pad(256 * 1024 + 1)
    expect(Buffer.byteLength(over)).toBe(262_145)
    expect((await postWebhook(url, over, { secret })).status).toBe(413)
    expect((await core.store.transfers.get(`tr-256k-${256 * 1024 + 1}`))).toBeUndefined()
    expect((await core.store.transfers.get(`tr-256k-${256 * 1024}`))).toMatchObject({ status: 'pending' })
  })

  it('caps rejected deliveries so they cannot fill the disk', async () => {
    await core.close()
    await start({ rejectedKeep: 50 })
    const body = 'x'.repeat(10_000)
    for (let i = 0; i < 260; i++) await postWebhook(url, body, { signature: 'bad' })
    const n = (await core.store.deliveries.rejectedCount())
    expect(n).toBeLessThanOrEqual(150)
    expect(n).toBeGreaterThanOrEqual(50)
    const [d] = (await core.store.deliveries.list({ rejected: true, limit: 1 })).items
    expect(d).toMatchObject({ bodySize: 10_000, bodyTruncated: true })
    expect(d!.body.length).toBe(4096)
  })

  it('keeps everything across a restart', async () => {
    const p = meshPayload({ transferId: 'tr-5', status: 'Succeeded', txHash: '0xfeed' })
    await send(p)
    await core.close()
    await start()
    expect((await core.store.transfers.get('tr-5'))).toMatchObject({ status: 'succeeded', txHash: '0xfeed' })
    expect(await send({ ...p, Id: randomUUID() })).toMatchObject({ json: { verdict: 'duplicate' } })
    expect(await core.store.integrityCheck()).toBe('ok')
  })

  it('never stores secret headers', async () => {
    await postWebhook(url, JSON.stringify(meshPayload({ transferId: 'tr-6', status: 'Pending' })), {
      secret,
      headers: { authorization: 'Bearer hunter2', 'x-client-secret': 'sk_live_123' }
    })
    const [d] = (await core.store.deliveries.listForTransfer('tr-6'))
    expect(JSON.stringify(d!.headers)).not.toMatch(/hunter2|sk_live_123/)
    expect(d!.headers.authorization).toBe('[redacted]')
  })

  it('records our time to answer after the reply', async () => {
    await send(meshPayload({ transferId: 'tr-7', status: 'Pending' }))
    const d = await waitFor(async () => (await core.store.deliveries.listForTransfer('tr-7')).find((r) => r.answerMs !== null), { what: 'the delivery row to get its answer time' })
    expect(d!.answerMs).toBeGreaterThan(0)
    expect(d!.answerMs).toBeLessThan(10_000)
  })
})
