import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createMeshClient, isMeshError, MeshError, type MeshClientLogEvent, type MeshClientOptions } from '../../../src/main/core/mesh'
import { startMeshEmulator, type MeshEmulator } from '../../../src/main/emulator'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function emulator(): Promise<MeshEmulator> {
  const emu = await startMeshEmulator({ webhookSecret: 'whsec', settleDelayMs: 60_000 })
  cleanups.push(() => emu.close())
  return emu
}

function clientFor(emu: MeshEmulator, extra: Partial<MeshClientOptions> = {}): { client: ReturnType<typeof createMeshClient>; delays: number[]; logs: MeshClientLogEvent[] } {
  const delays: number[] = []
  const logs: MeshClientLogEvent[] = []
  const client = createMeshClient({
    baseUrl: emu.url,
    clientId: emu.clientId,
    clientSecret: emu.clientSecret,
    sleep: async (ms) => {
      delays.push(ms)
    },
    random: () => 0.5,
    log: (e) => logs.push(e),
    ...extra
  })
  return { client, delays, logs }
}

async function rejection(p: Promise<unknown>): Promise<MeshError> {
  try {
    await p
  } catch (e) {
    if (isMeshError(e)) return e
    throw e
  }
  throw new Error('expected a MeshError')
}

/** A tiny server that answers whatever the test says (for shapes the emulator never produces). */
async function fakeMesh(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer(handler)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const PAYMENT = {
  userId: 'till-7',
  restrictMultipleAccounts: true,
  transferOptions: {
    toAddresses: [{ networkId: 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611', symbol: 'USDC', address: '0x000000000000000000000000000000000000beef' }],
    amountInFiat: 25,
    transactionId: 'sale-42',
    transferType: 'payment' as const,
    clientFee: 0.01,
    fundingOptions: { enabled: false },
    isInclusiveFeeEnabled: false,
    description: 'Coffee beans',
    generatePayLink: false,
    goodsDetails: [{ goodsType: '01', goodsName: 'Beans' }]
  },
  disableApiKeyGeneration: true
}

describe('Mesh client', () => {
  it('resolves named environments and rejects missing configuration', () => {
    expect(createMeshClient({ environment: 'sandbox', clientId: 'a', clientSecret: 'b' }).baseUrl).toBe('https://sandbox-integration-api.meshconnect.com')
    expect(createMeshClient({ environment: 'production', clientId: 'a', clientSecret: 'b' }).baseUrl).toBe('https://integration-api.meshconnect.com')
    expect(() => createMeshClient({ clientId: 'a', clientSecret: 'b' })).toThrow(/baseUrl or environment/)
    expect(() => createMeshClient({ environment: 'sandbox', clientId: '', clientSecret: 'b' })).toThrow(/clientId and clientSecret/)
  })

  it('gets a link token whose base64 decodes to the emulator’s Link URL, sending every field as given', async () => {
    const emu = await emulator()
    const { client } = clientFor(emu)
    const res = await client.getLinkToken(PAYMENT)
    const url = Buffer.from(res.linkToken, 'base64').toString('utf8')
    expect(url).toMatch(new RegExp(`^${emu.url}/link/[A-Za-z0-9_-]+$`))
    expect(res.paymentLink).toBeNull()
    expect(emu.listLinkTokenRequests()).toEqual([PAYMENT])
  })

  it('returns a payment link when generatePayLink is set', async () => {
    const emu = await emulator()
    const { client } = clientFor(emu)
    const res = await client.getLinkToken({ ...PAYMENT, transferOptions: { ...PAYMENT.transferOptions, generatePayLink: true } })
    expect(res.paymentLink).toBe(`${emu.url}/paylink?linkToken=${encodeURIComponent(res.linkToken)}`)
  })

  it('maps wrong credentials to MESH_AUTH_FAILED without retrying or leaking the secret', async () => {
    const emu = await emulator()
    const secret = 'sk_sandbox_do-not-print-me'
    const { client, delays, logs } = clientFor(emu, { clientSecret: secret })
    const err = await rejection(client.getLinkToken(PAYMENT))
    expect(err.code).toBe('MESH_AUTH_FAILED')
    expect(err.httpStatus).toBe(401)
    expect(err.attempts).toBe(1)
    expect(err.message).toMatch(/client id and API key/)
    expect(delays).toEqual([])
    const everything = JSON.stringify([err, err.message, err.stack, logs])
    expect(everything).not.toContain(secret)
    expect(everything).not.toContain(emu.clientSecret)
  })

  it('maps a validation error to MESH_REQUEST_REJECTED with Mesh’s own message', async () => {
    const emu = await emulator()
    const { client, delays } = clientFor(emu)
    const err = await rejection(client.getLinkToken({ userId: '' }))
    expect(err.code).toBe('MESH_REQUEST_REJECTED')
    expect(err.httpStatus).toBe(400)
    expect(err.meshStatus).toBe('badRequest')
    expect(err.meshMessage).toBe('UserId is required')
    expect(err.errorType).toBe('missingField')
    expect(err.message).toContain('UserId is required')
    expect(delays).toEqual([])

    const tooLong = await rejection(client.getLinkToken({ ...PAYMENT, transferOptions: { ...PAYMENT.transferOptions, clientFee: 2 } }))
    expect(tooLong.meshMessage).toMatch(/clientFee/)
  })

  it('pages through more than 100 transfers, 100 at a time', async () => {
    const emu = await emulator()
    for (let i = 0; i < 234; i++) {
      emu.createTransfer({ transactionId: `sale-${i}`, userId: i % 2 ? 'odd' : 'even', amountInFiat: 1 + i, outcome: 'succeeded', faults: { dropWebhooks: true } })
    }
    const { client, logs } = clientFor(emu)
    const first = await client.listTransfers({ count: 100 })
    expect(first.total).toBe(234)
    expect(first.items).toHaveLength(100)

    const all = await client.listAllTransfers()
    expect(all).toHaveLength(234)
    expect(new Set(all.map((t) => t.clientTransactionId)).size).toBe(234)
    expect(all.every((t) => t.status === 'pending' && typeof t.id === 'string')).toBe(true)
    expect(logs.filter((l) => l.path === '/api/v1/transfers/managed/mesh')).toHaveLength(1 + 3)

    const odd = await client.listAllTransfers({ userId: 'odd' }, { pageSize: 50 })
    expect(odd).toHaveLength(117)
    expect(odd.every((t) => t.userId === 'odd')).toBe(true)

    const limited: string[] = []
    for await (const t of client.iterateTransfers({}, { limit: 5 })) limited.push(t.id)
    expect(limited).toHaveLength(5)

    await expect(client.listTransfers({ count: 101 })).rejects.toThrow(RangeError)
  })

  it('filters the list by our transaction id, statuses and id', async () => {
    const emu = await emulator()
    const a = emu.createTransfer({ transactionId: 'sale-a', amountInFiat: 5, outcome: 'succeeded', faults: { dropWebhooks: true } })
    emu.createTransfer({ transactionId: 'sale-b', amountInFiat: 6, outcome: 'failed', faults: { dropWebhooks: true } })
    const { client } = clientFor(emu)
    expect((await client.listTransfers({ clientTransactionId: 'sale-a' })).items.map((t) => t.id)).toEqual([a.transferId])
    expect((await client.listTransfers({ id: a.transferId })).items.map((t) => t.clientTransactionId)).toEqual(['sale-a'])
    expect((await client.listTransfers({ statuses: ['succeeded', 'failed'] })).total).toBe(0)
    expect((await client.listTransfers({ statuses: ['pending'] })).total).toBe(2)
  })

  it('backs off on HTTP 429 and on the tooManyRequest envelope, then succeeds', async () => {
    const emu = await emulator()
    const { client, delays } = clientFor(emu)
    emu.addApiFault({ mode: 'http429', count: 2 })
    emu.addApiFault({ mode: 'tooManyRequest', count: 1 })
    const res = await client.getLinkToken(PAYMENT)
    expect(res.linkToken).toBeTruthy()
    // base 300 ms, doubling, equal jitter at random 0.5 → 75% of the exponential step.
    expect(delays).toEqual([225, 450, 900])
  })

  it('honours Retry-After, and gives up with MESH_RATE_LIMITED after maxRetries', async () => {
    const emu = await emulator()
    const { client, delays } = clientFor(emu, { maxRetries: 2 })
    emu.addApiFault({ mode: 'http429', count: 5, retryAfterSeconds: 2 })
    const err = await rejection(client.listTransfers())
    expect(err.code).toBe('MESH_RATE_LIMITED')
    expect(err.attempts).toBe(3)
    expect(err.message).toMatch(/gave up after 3 attempts/)
    expect(delays).toEqual([2000, 2000])
  })

  it('retries 5xx and reports MESH_UNAVAILABLE when it persists', async () => {
    const emu = await emulator()
    const { client, delays } = clientFor(emu, { maxRetries: 3 })
    emu.addApiFault({ mode: 'http503', count: 1 })
    expect((await client.listTransfers()).total).toBe(0)
    expect(delays).toHaveLength(1)
    emu.addApiFault({ mode: 'http500', count: 10 })
    const err = await rejection(client.listTransfers())
    expect(err.code).toBe('MESH_UNAVAILABLE')
    expect(err.attempts).toBe(4)
  })

  it('times out a slow answer with MESH_TIMEOUT, and retries it when allowed', async () => {
    const emu = await emulator()
    emu.addApiFault({ mode: 'delay', count: 1, delayMs: 2000 })
    const strict = clientFor(emu, { timeoutMs: 100, maxRetries: 0 }).client
    const t0 = Date.now()
    const err = await rejection(strict.listTransfers())
    expect(err.code).toBe('MESH_TIMEOUT')
    expect(Date.now() - t0).toBeLessThan(1500)

    emu.addApiFault({ mode: 'delay', count: 1, delayMs: 2000 })
    const patient = clientFor(emu, { timeoutMs: 100, maxRetries: 1 })
    expect((await patient.client.listTransfers()).total).toBe(0)
    expect(patient.logs.map((l) => l.outcome)).toEqual(['retry', 'ok'])
  })

  it('reports MESH_UNAVAILABLE when Mesh cannot be reached', async () => {
    const { client, delays } = clientFor({ url: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y' } as MeshEmulator, { maxRetries: 1 })
    const err = await rejection(client.listTransfers())
    expect(err.code).toBe('MESH_UNAVAILABLE')
    expect(err.message).toMatch(/Could not reach Mesh at 127\.0\.0\.1:9/)
    expect(delays).toHaveLength(1)
  })

  it('stops at once when the caller aborts', async () => {
    const emu = await emulator()
    emu.addApiFault({ mode: 'delay', count: 1, delayMs: 2000 })
    const ac = new AbortController()
    // The cashier cancels once the request is on its way to Mesh (which takes 2 s to answer).
    let sent = 0
    const { client } = clientFor(emu, {
      fetch: (input, init) => {
        sent++
        const answer = fetch(input, init)
        setImmediate(() => ac.abort(new Error('cashier cancelled')))
        return answer
      }
    })
    const t0 = Date.now()
    await expect(client.listTransfers({}, { signal: ac.signal })).rejects.toThrow('cashier cancelled')
    expect(Date.now() - t0).toBeLessThan(1500)
    expect(sent).toBe(1)
  })

  it('stops waiting between retries when the caller aborts', async () => {
    const emu = await emulator()
    emu.addApiFault({ mode: 'http503', count: 1 })
    const ac = new AbortController()
    const delays: number[] = []
    // A backoff that never ends on its own; the sale is voided once the client is waiting in it.
    const { client, logs } = clientFor(emu, {
      sleep: (ms) => {
        delays.push(ms)
        setImmediate(() => ac.abort(new Error('sale voided')))
        return new Promise<void>(() => {})
      }
    })
    await expect(client.listTransfers({}, { signal: ac.signal })).rejects.toThrow('sale voided')
    expect(delays).toHaveLength(1)
    expect(logs.map((l) => l.outcome)).toEqual(['retry'])
  })

  describe('against shapes the emulator does not produce', () => {
    const answer = (status: number, body: string) => (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(body)
    }
    const client = (baseUrl: string) => createMeshClient({ baseUrl, clientId: 'id', clientSecret: 'secret', sleep: async () => {}, maxRetries: 1 })

    it('maps 403 to MESH_PERMISSION_DENIED', async () => {
      const err = await rejection(client(await fakeMesh(answer(403, '{"status":"permissionDenied","message":"Key is read-only"}'))).getLinkToken({ userId: 'u' }))
      expect(err.code).toBe('MESH_PERMISSION_DENIED')
      expect(err.message).toMatch(/Read & Write/)
      expect(err.meshMessage).toBe('Key is read-only')
    })

    it('maps 404 to MESH_NOT_FOUND without retrying', async () => {
      let calls = 0
      const url = await fakeMesh((req, res) => {
        calls++
        answer(404, '{"status":"notFound","message":"API Client not found"}')(req, res)
      })
      const err = await rejection(client(url).getLinkToken({ userId: 'u' }))
      expect(err.code).toBe('MESH_NOT_FOUND')
      expect(calls).toBe(1)
    })

    it('reads linkToken and paymentLink from the top level when content is empty (gap 8)', async () => {
      const url = await fakeMesh(answer(200, '{"status":"ok","content":null,"linkToken":"aHR0cDovL3g=","paymentLink":"https://paylink.example/x"}'))
      expect(await client(url).getLinkToken({ userId: 'u' })).toEqual({ linkToken: 'aHR0cDovL3g=', paymentLink: 'https://paylink.example/x' })
    })

    it('maps a non-JSON 200 and a 200 without a token to MESH_BAD_RESPONSE', async () => {
      expect((await rejection(client(await fakeMesh(answer(200, '<html>proxy</html>'))).listTransfers())).code).toBe('MESH_BAD_RESPONSE')
      expect((await rejection(client(await fakeMesh(answer(200, '{"status":"ok","content":{}}'))).getLinkToken({ userId: 'u' }))).code).toBe('MESH_BAD_RESPONSE')
    })

    it('sends the credentials as X-Client-Id / X-Client-Secret and array filters as repeated keys', async () => {
      let seen: http.IncomingHttpHeaders = {}
      let path = ''
      const url = await fakeMesh((req, res) => {
        seen = req.headers
        path = req.url ?? ''
        answer(200, '{"status":"ok","content":{"items":[],"total":0}}')(req, res)
      })
      await client(url).listTransfers({ count: 20, offset: 40, statuses: ['pending', 'failed'], clientTransactionId: 'sale 1', descendingOrder: true })
      expect(seen['x-client-id']).toBe('id')
      expect(seen['x-client-secret']).toBe('secret')
      expect(path).toBe('/api/v1/transfers/managed/mesh?Count=20&Offset=40&ClientTransactionId=sale+1&DescendingOrder=true&Statuses=pending&Statuses=failed')
    })
  })
})
