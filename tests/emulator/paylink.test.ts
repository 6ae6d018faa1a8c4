// Mesh Paylinks in the emulator: `generatePayLink` on the link token request (asked through
// Mesh's own Node client, @meshconnect/node-api, so the answer is read the way Mesh's types say),
// and the hosted Paylink page, which makes and settles the transfer like a sale in Link.
import { afterEach, describe, expect, it } from 'vitest'
import { FrontApi, type GetLinkTokenRequest, type LinkTokenModelApiResult } from '@meshconnect/node-api'
import { isAxiosError, type AxiosError } from 'axios'
import { startMeshEmulator, type MeshEmulator, type MeshEmulatorOptions } from '../../src/main/emulator'
import { LINK_SCRIPT_PATH, type LinkSessionData } from '../../src/main/emulator/link-ui/contract'
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
const ADDRESS = '0x000000000000000000000000000000000000beef'
const toAddresses = [{ networkId: NET, symbol: 'USDC', address: ADDRESS }]

/** Mesh's Node client pointed at the emulator, with the credential headers Mesh wants. */
function meshClient(emu: MeshEmulator): FrontApi<unknown> {
  return new FrontApi({ baseURL: emu.url, headers: { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret } })
}

async function payLinkToken(emu: MeshEmulator, req: GetLinkTokenRequest): Promise<LinkTokenModelApiResult> {
  const res = await meshClient(emu).managedAccountAuthentication.v1LinktokenCreate(req)
  expect(res.status).toBe(200)
  return res.data
}

function sessionData(html: string): LinkSessionData {
  const m = /<script type="application\/json" id="mesh-session">([\s\S]*?)<\/script>/.exec(html)
  expect(m, 'the page carries its session data').not.toBeNull()
  return JSON.parse(m![1]!) as LinkSessionData
}

describe('generatePayLink on POST /api/v1/linktoken', () => {
  it('returns a paymentLink in content, beside the link token, that opens the Paylink page', async () => {
    const emu = await emulator()
    const body = await payLinkToken(emu, { userId: 'walkin-1', transferOptions: { toAddresses, amountInFiat: 12.5, transactionId: 'ct_pay_1', transferType: 'payment', generatePayLink: true } })
    expect(body.status).toBe('ok')
    const { linkToken, paymentLink } = body.content ?? {}
    expect(linkToken).toMatch(/^[A-Za-z0-9+/]+=*$/)
    // Like Mesh's https://paylink.meshconnect.com?linkToken=…, on the emulator's own origin.
    expect(paymentLink).toBe(`${emu.url}/paylink?linkToken=${encodeURIComponent(linkToken!)}`)

    const page = await fetch(paymentLink!)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await page.text()
    expect(html).toContain('<title>Mesh Paylink (emulator)</title>')
    expect(html).toContain('>Pay</button>')
    expect(html).toContain(`<script src="${LINK_SCRIPT_PATH}"></script>`)
    const data = sessionData(html)
    expect(data).toMatchObject({ mode: 'paylink', userId: 'walkin-1', payment: { amountInFiat: 12.5, symbol: 'USDC', address: ADDRESS, transactionId: 'ct_pay_1' } })
  })

  it('returns no paymentLink when it was not asked for', async () => {
    const emu = await emulator()
    const body = await payLinkToken(emu, { userId: 'u', transferOptions: { toAddresses, amountInFiat: 3, transactionId: 'ct_2' } })
    expect(body.content).toMatchObject({ paymentLink: null })
  })

  it('refuses generatePayLink without a transactionId, like Mesh: 400 badRequest with the reason', async () => {
    const emu = await emulator()
    const err = await meshClient(emu)
      .managedAccountAuthentication.v1LinktokenCreate({ userId: 'u', transferOptions: { toAddresses, amountInFiat: 3, generatePayLink: true } })
      .then(
        () => null,
        (e: unknown) => e
      )
    // node-api carries its own copy of axios: recognised by its flag, not by instanceof.
    expect(isAxiosError(err)).toBe(true)
    const res = (err as AxiosError<LinkTokenModelApiResult>).response!
    expect(res.status).toBe(400)
    expect(res.data).toEqual({
      status: 'badRequest',
      message: 'transferOptions.transactionId is required when generatePayLink is true',
      displayMessage: 'transferOptions.transactionId is required when generatePayLink is true',
      errorType: 'missingField',
      content: null
    })
    expect(emu.listLinkTokenRequests()).toEqual([])
  })
})

describe('the Paylink page', () => {
  it('pays through the same session actions as Link: the transfer settles and the receiver gets its signed webhooks', async () => {
    const rx = await startReceiver('whsec')
    cleanups.push(() => rx.close())
    const emu = await emulator({ webhookUrl: rx.url, settleDelayMs: 30 })
    const body = await payLinkToken(emu, { userId: 'walkin-7', transferOptions: { toAddresses, amountInFiat: 20, transactionId: 'ct_pay_7', generatePayLink: true } })
    const html = await (await fetch(body.content!.paymentLink!)).text()
    const { sessionId } = sessionData(html)
    const post = async (action: string, payload: unknown) => {
      const r = await fetch(`${emu.url}/link/${sessionId}/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })
      return { status: r.status, json: (await r.json()) as Record<string, unknown> }
    }
    expect((await post('connect', { exchange: 'Coinbase', username: 'Mesh', password: 'Pass123' })).status).toBe(200)
    const preview = (await post('preview', { exchange: 'Coinbase' })).json.preview as { previewId: string }
    const approved = await post('approve', { previewId: preview.previewId })
    expect(approved.status).toBe(200)
    const transferId = approved.json.transferId as string

    await rx.waitFor((r) => r.some((x) => x.json?.TransferStatus === 'Succeeded'))
    const events = rx.received.filter((r) => r.json?.TransferId === transferId)
    expect(events.map((r) => r.json!.TransferStatus)).toEqual(['Pending', 'Succeeded'])
    expect(events.every((r) => r.signatureValid)).toBe(true)
    expect(events[1]!.json).toMatchObject({ TransactionId: 'ct_pay_7', UserId: 'walkin-7', Token: 'USDC', DestinationAddress: ADDRESS, SourceAccountProvider: 'Coinbase' })
    expect(emu.listTransfers()).toEqual([expect.objectContaining({ id: transferId, clientTransactionId: 'ct_pay_7', status: 'succeeded', amountInFiat: 20 })])
  })

  it('works once: the Paylink and the Link page share the single-use token', async () => {
    const emu = await emulator()
    const body = await payLinkToken(emu, { userId: 'u', transferOptions: { toAddresses, amountInFiat: 1, transactionId: 'p1', generatePayLink: true } })
    expect((await fetch(body.content!.paymentLink!)).status).toBe(200)
    const again = await fetch(body.content!.paymentLink!)
    expect(again.status).toBe(410)
    expect(await again.text()).toContain('This payment link has already been used')
    expect((await fetch(atob(body.content!.linkToken!))).status).toBe(410)
  })

  it('expires with its link token', async () => {
    let now = 1_700_000_000_000
    const emu = await emulator({ now: () => now })
    const body = await payLinkToken(emu, { userId: 'u', transferOptions: { toAddresses, amountInFiat: 1, transactionId: 'p2', generatePayLink: true } })
    now += 10 * 60_000 + 1
    const r = await fetch(body.content!.paymentLink!)
    expect(r.status).toBe(410)
    expect(await r.text()).toContain('This payment link has expired')
  })

  it.each([
    ['no token', ''],
    ['a token that is not base64', '?linkToken=%25%25'],
    ['a token for another host', `?linkToken=${encodeURIComponent(btoa('https://evil.example/link/abc'))}`]
  ])('answers %s with the invalid-link page', async (_name, query) => {
    const emu = await emulator()
    const r = await fetch(`${emu.url}/paylink${query}`)
    expect(r.status).toBe(404)
    expect(await r.text()).toContain('This payment link is not valid')
  })
})
