// The emulator's transfer list against Mesh's own client: @meshconnect/node-api's FrontApi (axios)
// sends the query exactly as its generated request type says, and the emulator must answer it
// like Mesh — paged, ordered by creation time, with the IntegrationIds and SubClientId filters.
import { FrontApi, type TransferModel } from '@meshconnect/node-api'
import { afterEach, describe, expect, it } from 'vitest'
import { createMeshClient } from '../../src/main/core/mesh'
import { EXCHANGES, startMeshEmulator, type ExchangeName, type MeshEmulator, type MeshEmulatorOptions } from '../../src/main/emulator'

/** The query type of Mesh's list call, as its official client declares it. */
type ListQuery = NonNullable<Parameters<FrontApi<unknown>['managedTransfers']['v1TransfersManagedMeshList']>[0]>

// Integration ids of the emulator's exchanges (= TransferModel.from.id), written out from the
// emulator's catalog so a change there shows up here.
const COINBASE = '47624467-e52e-4938-a41a-7926b6c27acf'
const BINANCE = '9226e5c2-ebc3-4fdd-94f6-ed52cdce1420'
const ROBINHOOD = 'd8d4d2a0-ea1e-4b54-b1e0-3b52e3e6c1a2'
const SUB_A = '0b6f5a56-1c1e-4a57-9b0e-7f1c2a3b4c5d'
const SUB_B = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'
const NET = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function emulator(extra: Partial<MeshEmulatorOptions> = {}): Promise<MeshEmulator> {
  const emu = await startMeshEmulator({ webhookSecret: 'whsec', settleDelayMs: 60_000, ...extra })
  cleanups.push(() => emu.close())
  return emu
}

function official(emu: MeshEmulator): FrontApi<unknown> {
  return new FrontApi({ baseURL: emu.url, headers: { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret }, validateStatus: () => true })
}

async function list(emu: MeshEmulator, query: ListQuery): Promise<{ status: number; body: { status?: string; message?: string | null; content?: { items?: TransferModel[] | null; total?: number } | null } }> {
  const res = await official(emu).managedTransfers.v1TransfersManagedMeshList(query)
  return { status: res.status, body: res.data }
}

/** Creates transfers (webhooks dropped: nobody listens here), one a second on the emulator's clock. */
function seed(emu: MeshEmulator, clock: { now: number }, rows: { tx: string; exchange: ExchangeName; subClientId?: string }[]): void {
  for (const r of rows) {
    emu.createTransfer({ transactionId: r.tx, amountInFiat: 5, exchange: r.exchange, subClientId: r.subClientId, outcome: 'succeeded', faults: { dropWebhooks: true } })
    clock.now += 1000
  }
}

const txs = (r: Awaited<ReturnType<typeof list>>) => (r.body.content?.items ?? []).map((t) => t.clientTransactionId)

describe('emulated transfer list, asked by Mesh’s official client', () => {
  it('filters by IntegrationIds (any of them, as the client encodes the array) and by SubClientId', async () => {
    const clock = { now: 1_700_000_000_000 }
    const emu = await emulator({ now: () => clock.now })
    expect(EXCHANGES).toEqual(['Coinbase', 'Binance', 'Robinhood'])
    seed(emu, clock, [
      { tx: 'a', exchange: 'Coinbase' },
      { tx: 'b', exchange: 'Binance', subClientId: SUB_A },
      { tx: 'c', exchange: 'Robinhood', subClientId: SUB_B },
      { tx: 'd', exchange: 'Binance', subClientId: SUB_B }
    ])
    const asc = { OrderBy: 'createdTimestamp', DescendingOrder: false } as const

    expect(txs(await list(emu, { ...asc, IntegrationIds: [BINANCE] }))).toEqual(['b', 'd'])
    expect(txs(await list(emu, { ...asc, IntegrationIds: [COINBASE, ROBINHOOD] }))).toEqual(['a', 'c'])
    expect(txs(await list(emu, { ...asc, SubClientId: SUB_B }))).toEqual(['c', 'd'])
    expect(txs(await list(emu, { ...asc, SubClientId: SUB_A.toUpperCase() }))).toEqual(['b'])
    expect(txs(await list(emu, { ...asc, IntegrationIds: [BINANCE], SubClientId: SUB_B }))).toEqual(['d'])
    expect(txs(await list(emu, { ...asc, IntegrationIds: [ROBINHOOD], SubClientId: SUB_A }))).toEqual([])
    const all = await list(emu, { ...asc, IsSandBox: true })
    expect(txs(all)).toEqual(['a', 'b', 'c', 'd'])
    expect(all.body.content!.items!.map((t) => t.subClientId)).toEqual([null, SUB_A, SUB_B, SUB_B])
    expect(all.body.content!.items!.map((t) => t.from?.id)).toEqual([COINBASE, BINANCE, ROBINHOOD, BINANCE])

    // The official client sends arrays as `IntegrationIds[]=…` (axios), ours as repeated keys: the same answer.
    const sent = emu.listTransferListRequests().map((r) => decodeURIComponent(r.query))
    expect(sent.some((q) => q.includes(`IntegrationIds[]=${COINBASE}&IntegrationIds[]=${ROBINHOOD}`))).toBe(true)
    const ours = createMeshClient({ baseUrl: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret })
    const page = await ours.listTransfers({ integrationIds: [COINBASE, ROBINHOOD], orderBy: 'createdTimestamp', descendingOrder: false })
    expect(page.items.map((t) => t.clientTransactionId)).toEqual(['a', 'c'])
    expect(decodeURIComponent(emu.listTransferListRequests().at(-1)!.query)).toContain(`IntegrationIds=${COINBASE}&IntegrationIds=${ROBINHOOD}`)
    expect((await ours.listTransfers({ subClientId: SUB_B, orderBy: 'createdTimestamp', descendingOrder: false })).items.map((t) => t.clientTransactionId)).toEqual(['c', 'd'])
  })

  it('rejects filters Mesh would reject, in its envelope', async () => {
    const emu = await emulator()
    const cases: [ListQuery, string][] = [
      [{ IntegrationIds: ['coinbase'] }, "IntegrationIds must be UUIDs; got 'coinbase'"],
      [{ IntegrationIds: Array.from({ length: 101 }, () => COINBASE) }, 'IntegrationIds accepts at most 100 values'],
      [{ SubClientId: 'shop-2' }, 'SubClientId must be a UUID']
    ]
    for (const [query, message] of cases) {
      const r = await list(emu, query)
      expect(r.status, message).toBe(400)
      expect(r.body).toMatchObject({ status: 'badRequest', message })
    }
    expect(emu.listTransferListRequests().map((r) => r.statusCode)).toEqual([400, 400, 400])
  })

  it('pages in creation order with Count and Offset, within an inclusive FromTimestamp/ToTimestamp window', async () => {
    const clock = { now: 1_700_000_000_000 }
    const emu = await emulator({ now: () => clock.now })
    // Two transfers in each of 13 seconds: ties are broken by creation order, so paging is stable.
    for (let i = 0; i < 26; i++) {
      emu.createTransfer({ transactionId: `t${String(i).padStart(2, '0')}`, amountInFiat: 1, outcome: 'succeeded', faults: { dropWebhooks: true } })
      if (i % 2 === 1) clock.now += 1000
    }
    const t0 = 1_700_000_000
    const window = { FromTimestamp: t0 + 2, ToTimestamp: t0 + 10, OrderBy: 'createdTimestamp', DescendingOrder: false } as const
    const pages: string[][] = []
    for (let offset = 0; ; offset += 5) {
      const r = await list(emu, { ...window, Count: 5, Offset: offset })
      expect(r.body.content!.total).toBe(18)
      pages.push(txs(r) as string[])
      if (txs(r).length < 5) break
    }
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 3])
    const expected = Array.from({ length: 18 }, (_, k) => `t${String(k + 4).padStart(2, '0')}`)
    expect(pages.flat()).toEqual(expected)
    // Newest first when asked (and by default).
    expect(txs(await list(emu, { ...window, DescendingOrder: true, Count: 3 }))).toEqual(['t21', 't20', 't19'])
    expect(txs(await list(emu, { Count: 2 }))).toEqual(['t25', 't24'])
  })

  it('gives a transfer made in Link the link token request’s subClientId', async () => {
    const emu = await emulator({ settleDelayMs: 20 })
    const headers = { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret, 'content-type': 'application/json' }
    const tokenRes = await fetch(`${emu.url}/api/v1/linktoken`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ userId: 'till-9', subClientId: SUB_A, transferOptions: { toAddresses: [{ networkId: NET, symbol: 'USDC', address: '0x000000000000000000000000000000000000beef' }], amountInFiat: 9, transactionId: 'sub-sale' } })
    })
    const linkUrl = atob(((await tokenRes.json()) as { content: { linkToken: string } }).content.linkToken)
    const id = linkUrl.split('/link/')[1]!
    await fetch(linkUrl)
    const post = async (path: string, body: unknown) => (await fetch(`${emu.url}/link/${id}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<Record<string, unknown>>
    await post('connect', { exchange: 'Robinhood', username: 'Mesh', password: 'Pass123' })
    const { preview } = (await post('preview', { exchange: 'Robinhood' })) as { preview: { previewId: string } }
    const { transferId } = (await post('approve', { previewId: preview.previewId })) as { transferId: string }

    const r = await list(emu, { SubClientId: SUB_A, IntegrationIds: [ROBINHOOD] })
    expect(r.body.content!.items!.map((t) => [t.id, t.clientTransactionId, t.subClientId])).toEqual([[transferId, 'sub-sale', SUB_A]])
    expect(txs(await list(emu, { SubClientId: SUB_B }))).toEqual([])
  })
})
