import { afterEach, describe, expect, it } from 'vitest'
import { startMeshEmulator, validateLinkTokenRequest, type MeshEmulator, type MeshEmulatorOptions } from '../../src/main/emulator'
import { startReceiver } from './receiver'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function emulator(extra: Partial<MeshEmulatorOptions> = {}): Promise<MeshEmulator> {
  const emu = await startMeshEmulator({ webhookSecret: 'whsec', settleDelayMs: 60_000, ...extra })
  cleanups.push(() => emu.close())
  return emu
}

const NET = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'
const toAddresses = [{ networkId: NET, symbol: 'USDC', address: '0x000000000000000000000000000000000000beef' }]

async function api(emu: MeshEmulator, method: string, path: string, body?: unknown, creds = true): Promise<{ status: number; json: Record<string, unknown> | null; text: string; headers: Headers }> {
  const headers: Record<string, string> = {}
  if (creds) Object.assign(headers, { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret })
  if (path.startsWith('/_emulator')) headers.authorization = `Bearer ${emu.controlToken}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${emu.url}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body), redirect: 'manual' })
  const text = await res.text()
  let json: Record<string, unknown> | null = null
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = null
  }
  return { status: res.status, json, text, headers: res.headers }
}

async function linkToken(emu: MeshEmulator, body: unknown): Promise<{ token: string; url: string; id: string }> {
  const r = await api(emu, 'POST', '/api/v1/linktoken', body)
  expect(r.status).toBe(200)
  const token = (r.json!.content as { linkToken: string }).linkToken
  const url = Buffer.from(token, 'base64').toString('utf8')
  return { token, url, id: url.split('/link/')[1]! }
}

describe('fake Mesh API: POST /api/v1/linktoken', () => {
  it('answers in Mesh’s envelope with a standard-base64 Link URL', async () => {
    const emu = await emulator()
    const r = await api(emu, 'POST', '/api/v1/linktoken', { userId: 'u1', transferOptions: { toAddresses, amountInFiat: 5, transactionId: 't1' } })
    expect(r.json).toMatchObject({ status: 'ok', message: null, content: { paymentLink: null } })
    const token = (r.json!.content as { linkToken: string }).linkToken
    expect(token).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(atob(token)).toMatch(new RegExp(`^${emu.url}/link/`))
  })

  it('requires both credential headers', async () => {
    const emu = await emulator({ clientId: 'cid', clientSecret: 'csecret' })
    expect(emu.generatedCredentials).toBe(false)
    expect((await api(emu, 'POST', '/api/v1/linktoken', { userId: 'u' }, false)).status).toBe(401)
    const wrong = await fetch(`${emu.url}/api/v1/linktoken`, { method: 'POST', headers: { 'X-Client-Id': 'cid', 'X-Client-Secret': 'nope', 'content-type': 'application/json' }, body: '{"userId":"u"}' })
    expect(wrong.status).toBe(401)
    expect((await api(emu, 'GET', '/api/v1/transfers/managed/mesh', undefined, false)).status).toBe(401)
  })

  it('generates throwaway credentials when none are given', async () => {
    const emu = await emulator()
    expect(emu.generatedCredentials).toBe(true)
    expect(emu.clientId).toMatch(/^[0-9a-f-]{36}$/)
    expect(emu.clientSecret.length).toBeGreaterThan(20)
  })

  it.each([
    ['no body', undefined, 'Request body is required', 'missingField'],
    ['missing userId', {}, 'UserId is required', 'missingField'],
    ['empty userId', { userId: '' }, 'UserId is required', 'missingField'],
    ['over-long userId', { userId: 'x'.repeat(301) }, 'UserId must be at most 300 characters long', 'invalidField'],
    ['unknown property', { userId: 'u', configurationId: 'c' }, "Unknown property 'configurationId' in the link token request", 'invalidField'],
    ['paylink without transactionId', { userId: 'u', transferOptions: { toAddresses, generatePayLink: true } }, 'transferOptions.transactionId is required when generatePayLink is true', 'missingField'],
    ['bad transferType', { userId: 'u', transferOptions: { transferType: 'gift' } }, 'transferOptions.transferType must be one of deposit, payment, onramp, fiatOnRamp, fiatOffRamp', 'invalidField'],
    ['clientFee above 1', { userId: 'u', transferOptions: { clientFee: 1.5 } }, 'transferOptions.clientFee must be a ratio between 0 and 1 (0.025 = 2.5%)', 'invalidField'],
    ['clientFee below 0', { userId: 'u', transferOptions: { clientFee: -0.1 } }, 'transferOptions.clientFee must be a ratio between 0 and 1 (0.025 = 2.5%)', 'invalidField'],
    ['contract address as symbol', { userId: 'u', transferOptions: { toAddresses: [{ ...toAddresses[0], symbol: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' }] } }, 'transferOptions.toAddresses[0].symbol must be a token symbol such as USDC, not a contract address', 'invalidField'],
    ['transactionId over 128', { userId: 'u', transferOptions: { transactionId: 't'.repeat(129) } }, 'transferOptions.transactionId must be at most 128 characters long', 'invalidField']
  ])('rejects %s with 400 badRequest', async (_name, body, message, errorType) => {
    const emu = await emulator()
    const r = await api(emu, 'POST', '/api/v1/linktoken', body)
    expect(r.status).toBe(400)
    expect(r.json).toEqual({ status: 'badRequest', message, displayMessage: message, errorType, content: null })
  })

  it('rejects a body that is not JSON in the envelope too', async () => {
    const emu = await emulator()
    const r = await api(emu, 'POST', '/api/v1/linktoken', '{"userId":')
    expect(r.status).toBe(400)
    expect(r.json).toMatchObject({ status: 'badRequest', message: 'Request body is not valid JSON', content: null })
  })

  it('accepts every documented field', () => {
    const v = validateLinkTokenRequest({
      userId: 'u',
      brokerType: 'coinbase',
      restrictMultipleAccounts: true,
      integrationId: '47624467-e52e-4938-a41a-7926b6c27acf',
      disableApiKeyGeneration: false,
      subClientId: null,
      verifyWalletOptions: { message: 'm' },
      transferOptions: {
        toAddresses: [{ ...toAddresses[0], addressTag: 't', amount: 1, displayAmountInFiat: 1 }],
        amountInFiat: 1,
        transactionId: 'x',
        clientFee: 0.025,
        transferType: 'fiatOffRamp',
        fundingOptions: { enabled: true },
        isInclusiveFeeEnabled: false,
        description: 'd',
        goodsDetails: [{ goodsType: '02' }],
        generatePayLink: true
      }
    })
    expect(v.ok).toBe(true)
  })
})

describe('fake Mesh API: GET /api/v1/transfers/managed/mesh', () => {
  it('lists TransferModel fields with lowercase statuses and Unix-second timestamps', async () => {
    const now = Date.UTC(2026, 0, 2, 3, 4, 5)
    const emu = await emulator({ now: () => now })
    const { transferId } = emu.createTransfer({ transactionId: 'sale-1', userId: 'u1', amountInFiat: 30, symbol: 'ETH', outcome: 'succeeded', faults: { dropWebhooks: true } })
    const r = await api(emu, 'GET', '/api/v1/transfers/managed/mesh')
    expect(r.json).toMatchObject({ status: 'ok', content: { total: 1 } })
    const [t] = (r.json!.content as { items: Record<string, unknown>[] }).items
    expect(t).toMatchObject({
      id: transferId,
      clientTransactionId: 'sale-1',
      userId: 'u1',
      status: 'pending',
      transferType: 'payment',
      amountInFiat: 30,
      amountInFiatCurrencyCode: 'USD',
      amount: 0.01,
      symbol: 'ETH',
      networkId: NET,
      networkName: 'Ethereum',
      hash: null,
      destinationAddress: expect.any(String),
      createdTimestamp: Math.floor(now / 1000),
      executedTimestamp: null,
      from: { type: 'coinbase', name: 'Coinbase' },
      withdrawalFee: { feeCurrency: 'ETH' },
      gasFee: expect.any(Object)
    })
  })

  it('filters by Id, ClientTransactionId, UserId, Statuses, time window and Hash', async () => {
    let now = 1_700_000_000_000
    const emu = await emulator({ now: () => now, settleDelayMs: 20 })
    const a = emu.createTransfer({ transactionId: 'a', userId: 'alice', amountInFiat: 1, outcome: 'succeeded', faults: { dropWebhooks: true } })
    now += 60_000
    emu.createTransfer({ transactionId: 'b', userId: 'bob', amountInFiat: 2, outcome: 'failed', faults: { dropWebhooks: true } })
    now += 60_000
    emu.createTransfer({ transactionId: 'c', userId: 'bob', amountInFiat: 3, outcome: 'succeeded', faults: { dropWebhooks: true } })
    await emu.idle()
    const ids = async (qs: string): Promise<string[]> => {
      const r = await api(emu, 'GET', `/api/v1/transfers/managed/mesh?${qs}`)
      expect(r.status).toBe(200)
      return (r.json!.content as { items: { clientTransactionId: string }[] }).items.map((t) => t.clientTransactionId)
    }
    expect(await ids('')).toEqual(['c', 'b', 'a'])
    expect(await ids(`Id=${a.transferId}`)).toEqual(['a'])
    expect(await ids('ClientTransactionId=b')).toEqual(['b'])
    expect(await ids('UserId=bob')).toEqual(['c', 'b'])
    expect(await ids('Statuses=failed')).toEqual(['b'])
    expect(await ids('Statuses=failed&Statuses=succeeded')).toEqual(['c', 'b', 'a'])
    expect(await ids('Statuses[]=succeeded')).toEqual(['c', 'a'])
    const t0 = 1_700_000_000
    expect(await ids(`FromTimestamp=${t0 + 60}`)).toEqual(['c', 'b'])
    expect(await ids(`FromTimestamp=${t0 + 60}&ToTimestamp=${t0 + 60}`)).toEqual(['b'])
    const hash = emu.listTransfers().find((t) => t.clientTransactionId === 'c')!.hash!
    expect(await ids(`Hash=${hash}`)).toEqual(['c'])
    expect(await ids('OrderBy=amountInFiat')).toEqual(['a', 'b', 'c'])
    expect(await ids('OrderBy=amountInFiat&DescendingOrder=true')).toEqual(['c', 'b', 'a'])
  })

  it('pages with Count (default 10, max 100) and Offset', async () => {
    const emu = await emulator()
    for (let i = 0; i < 25; i++) emu.createTransfer({ transactionId: String(i), amountInFiat: 1, outcome: 'succeeded', faults: { dropWebhooks: true } })
    const page = async (qs: string) => (await api(emu, 'GET', `/api/v1/transfers/managed/mesh?${qs}`)).json!.content as { items: unknown[]; total: number }
    expect((await page('')).items).toHaveLength(10)
    expect((await page('Count=100')).items).toHaveLength(25)
    expect((await page('Count=10&Offset=20')).items).toHaveLength(5)
    expect((await page('Count=10&Offset=20')).total).toBe(25)
    for (const bad of ['Count=101', 'Count=0', 'Offset=-1', 'Statuses=done', 'UserId=' + 'u'.repeat(51), 'Id=not-a-uuid']) {
      const r = await api(emu, 'GET', `/api/v1/transfers/managed/mesh?${bad}`)
      expect(r.status, bad).toBe(400)
      expect(r.json!.status).toBe('badRequest')
    }
  })

  it('answers 404 for unknown API paths in the envelope', async () => {
    const emu = await emulator()
    const r = await api(emu, 'GET', '/api/v1/nope')
    expect(r.status).toBe(404)
    expect(r.json!.status).toBe('notFound')
  })
})

describe('control API', () => {
  it('answers 401 on every control route without its token (or with a wrong one), before reading the body', async () => {
    const emu = await emulator()
    expect(emu.controlToken).toMatch(/^emu_[\w-]{30,}$/)
    const routes: [string, string, unknown?][] = [
      ['GET', '/_emulator'],
      ['POST', '/_emulator/transfers', { amountInFiat: 0.01, outcome: 'succeeded' }],
      ['GET', '/_emulator/transfers'],
      ['GET', '/_emulator/deliveries'],
      ['POST', '/_emulator/faults', { slowFirst: 1 }],
      ['POST', '/_emulator/api-faults', { mode: 'http500', count: 1 }],
      ['POST', '/_emulator/webhook-target', { url: 'http://127.0.0.1:9/steal', secret: 's' }],
      ['GET', '/%5Femulator/transfers']
    ]
    for (const auth of [undefined, 'Bearer wrong-token-0123456789', `Basic ${emu.controlToken}`, `Bearer ${emu.controlToken}x`]) {
      for (const [method, path, body] of routes) {
        const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
        if (auth) headers.authorization = auth
        const r = await fetch(`${emu.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
        expect([401, 404], `${method} ${path} with ${auth ?? 'no token'}`).toContain(r.status)
        if (!path.includes('%')) expect(r.status, `${method} ${path}`).toBe(401)
      }
    }
    // Nothing happened: no transfer, no fault, the webhook target unchanged.
    expect(emu.listTransfers()).toEqual([])
    expect((await api(emu, 'GET', '/_emulator', undefined, false)).json).toMatchObject({ webhookTarget: null })
  })

  it('binds only to loopback', async () => {
    for (const host of ['0.0.0.0', '::', '127.0.0.2', '192.168.1.10']) {
      await expect(startMeshEmulator({ webhookSecret: 'w', host }), host).rejects.toThrow(/binds only to loopback/)
    }
  })

  it('creates transfers, lists them and their deliveries', async () => {
    const rx = await startReceiver('whsec')
    cleanups.push(() => rx.close())
    const emu = await emulator({ webhookUrl: rx.url, settleDelayMs: 30 })
    const created = await api(emu, 'POST', '/_emulator/transfers', { transactionId: 'ctl-1', amountInFiat: 9.99, outcome: 'failed', faults: { duplicate: 1 } }, false)
    expect(created.status).toBe(201)
    const { transferId, eventIds } = created.json as { transferId: string; eventIds: string[] }
    expect(eventIds).toHaveLength(2)
    await rx.waitFor((r) => r.filter((x) => x.json?.TransferStatus === 'Failed').length === 2)
    await emu.idle()
    const list = await api(emu, 'GET', '/_emulator/transfers', undefined, false)
    expect(list.json!.items).toEqual([expect.objectContaining({ outcome: 'failed', eventIds, faults: { duplicate: 1 }, transfer: expect.objectContaining({ id: transferId, status: 'failed' }) })])
    const d = await api(emu, 'GET', `/_emulator/deliveries?transferId=${transferId}`, undefined, false)
    const items = d.json!.items as { eventId: string; ok: boolean; kind: string }[]
    expect(items).toHaveLength(4)
    expect(items.every((x) => x.ok && eventIds.includes(x.eventId))).toBe(true)
    expect((await api(emu, 'GET', '/_emulator/deliveries?transferId=other', undefined, false)).json!.items).toEqual([])
  })

  it.each([
    [{ amountInFiat: 5 }, /outcome/],
    [{ amountInFiat: -1, outcome: 'succeeded' }, /amountInFiat/],
    [{ amountInFiat: 5, outcome: 'maybe' }, /outcome/],
    [{ amountInFiat: 5, outcome: 'succeeded', faults: { duplicate: -1 } }, /faults/],
    [{ amountInFiat: 5, outcome: 'succeeded', faults: { explode: true } }, /explode/],
    [{ amountInFiat: 5, outcome: 'succeeded', colour: 'red' }, /colour/]
  ])('rejects a bad transfer body %j with a clear 400', async (body, pattern) => {
    const emu = await emulator()
    const r = await api(emu, 'POST', '/_emulator/transfers', body, false)
    expect(r.status).toBe(400)
    expect(r.json!.error).toMatch(/^Invalid transfer: /)
    expect(r.json!.error).toMatch(pattern)
  })

  it('validates faults and API faults', async () => {
    const emu = await emulator()
    expect((await api(emu, 'POST', '/_emulator/faults', { slowFirst: 'lots' }, false)).status).toBe(400)
    expect((await api(emu, 'POST', '/_emulator/faults', { slowFirst: 2 }, false)).json).toEqual({ nextSaleFaults: { slowFirst: 2 } })
    expect((await api(emu, 'POST', '/_emulator/api-faults', { mode: 'teapot', count: 1 }, false)).status).toBe(400)
    expect((await api(emu, 'POST', '/_emulator/api-faults', { mode: 'http429', count: 1 }, false)).status).toBe(200)
    expect((await api(emu, 'GET', '/api/v1/transfers/managed/mesh')).status).toBe(429)
    expect((await api(emu, 'GET', '/api/v1/transfers/managed/mesh')).status).toBe(200)
  })

  it('changes the webhook target', async () => {
    const emu = await emulator()
    expect((await api(emu, 'POST', '/_emulator/webhook-target', { url: 'ftp://x' }, false)).status).toBe(400)
    expect((await api(emu, 'POST', '/_emulator/webhook-target', { url: 'http://127.0.0.1:1/w', secret: 's2' }, false)).json).toEqual({ url: 'http://127.0.0.1:1/w' })
  })
})

describe('link tokens and the Link page', () => {
  it('serves the Link page once, with the payment and the real buttons', async () => {
    const emu = await emulator()
    const { id } = await linkToken(emu, { userId: 'u', transferOptions: { toAddresses, amountInFiat: 12.34, transactionId: 'sale-9' } })
    const page = await fetch(`${emu.url}/link/${id}?lng=en`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    const html = await page.text()
    for (const name of ['Approve', 'Decline', 'Close', 'Sign in']) expect(html).toContain(`>${name}</button>`)
    expect(html).toContain('"amountInFiat":12.34')
    expect(html).toContain('"networkName":"Ethereum"')

    const again = await fetch(`${emu.url}/link/${id}`)
    expect(again.status).toBe(410)
    const used = await again.text()
    expect(used).toContain('already been used')
    // The error page closes Link from the same bundled script, told which page it is.
    expect(used).toContain('"page":"linkTokenUsedPage"')
    expect(used).toContain('<script src="/link/assets/link.js"></script>')
  })

  it('expires tokens after 10 minutes', async () => {
    let now = 1_700_000_000_000
    const emu = await emulator({ now: () => now })
    const { id } = await linkToken(emu, { userId: 'u' })
    now += 10 * 60_000 + 1
    const r = await fetch(`${emu.url}/link/${id}`)
    expect(r.status).toBe(410)
    expect(await r.text()).toContain('has expired')
  })

  it('answers an unknown token with a page that closes Link', async () => {
    const emu = await emulator()
    const r = await fetch(`${emu.url}/link/nope`)
    expect(r.status).toBe(404)
    expect(await r.text()).toContain('linkTokenInvalidPage')
  })

  it('runs the sale through the page’s own endpoints: connect, preview, approve', async () => {
    const rx = await startReceiver('whsec')
    cleanups.push(() => rx.close())
    const emu = await emulator({ webhookUrl: rx.url, settleDelayMs: 30 })
    emu.setNextSaleFaults({ duplicate: 1 })
    const { id } = await linkToken(emu, { userId: 'till-3', transferOptions: { toAddresses, amountInFiat: 20, transactionId: 'sale-20' } })
    await fetch(`${emu.url}/link/${id}`)
    const post = (path: string, body: unknown) => api(emu, 'POST', `/link/${id}/${path}`, body, false)

    expect((await post('preview', { exchange: 'Binance' })).status).toBe(400) // not connected yet
    expect((await post('connect', { exchange: 'Binance', username: 'Mesh', password: 'wrong' })).json!.error).toMatch(/Pass123/)
    const c = await post('connect', { exchange: 'Binance', username: 'Mesh', password: 'Pass123' })
    const payload = c.json!.accessTokenPayload as { accountTokens: { tokenId: string; accessToken: string }[]; brokerType: string; brokerName: string }
    expect(payload).toMatchObject({ brokerType: 'binanceInternational', brokerName: 'Binance' })
    expect(payload.accountTokens[0]!.tokenId).toMatch(/^[0-9a-f-]{36}$/)

    const p = await post('preview', { exchange: 'Binance' })
    const preview = p.json!.preview as { previewId: string; amount: number; amountInFiat: number; clientTransactionId: string }
    expect(preview).toMatchObject({ amount: 20, amountInFiat: 20, clientTransactionId: 'sale-20', symbol: 'USDC', networkName: 'Ethereum' })
    expect((await post('approve', { previewId: 'stale' })).status).toBe(400)
    const a = await post('approve', { previewId: preview.previewId })
    expect(a.status).toBe(200)
    const { transferId, finished } = a.json as { transferId: string; finished: Record<string, unknown> }
    expect(finished).toMatchObject({ status: 'success', transferId, clientTransactionId: 'sale-20', symbol: 'USDC', amount: 20, amountInFiat: 20 })
    expect((await post('approve', { previewId: preview.previewId })).status).toBe(409) // one sale per session

    await rx.waitFor((r) => r.filter((x) => x.json?.TransferStatus === 'Succeeded').length === 2)
    const ev = rx.events()[0]!
    expect(ev).toMatchObject({ TransferId: transferId, TransactionId: 'sale-20', UserId: 'till-3', SourceAccountProvider: 'Binance' })
    expect(emu.listTransfers()[0]!.from?.name).toBe('Binance')

    // The next session of the same user on the same exchange gets the same tokenId (MMT style).
    const again = await linkToken(emu, { userId: 'till-3', transferOptions: { toAddresses, amountInFiat: 1, transactionId: 'sale-21' } })
    await fetch(`${emu.url}/link/${again.id}`)
    const rec = await api(emu, 'POST', `/link/${again.id}/recognize`, { accessTokens: [{ accessToken: payload.accountTokens[0]!.accessToken, brokerType: 'binanceInternational' }] }, false)
    expect(rec.json!.exchanges).toEqual([expect.objectContaining({ exchange: 'Binance' })])
    const c2 = await api(emu, 'POST', `/link/${again.id}/connect`, { exchange: 'Binance', username: 'Mesh', password: 'Pass123' }, false)
    expect((c2.json!.accessTokenPayload as typeof payload).accountTokens[0]!.tokenId).toBe(payload.accountTokens[0]!.tokenId)
    // Another user never matches these tokens.
    const other = await linkToken(emu, { userId: 'someone-else' })
    await fetch(`${emu.url}/link/${other.id}`)
    const none = await api(emu, 'POST', `/link/${other.id}/recognize`, { accessTokens: [{ accessToken: payload.accountTokens[0]!.accessToken }] }, false)
    expect(none.json!.exchanges).toEqual([])
  })
})
