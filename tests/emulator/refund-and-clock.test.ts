// Refunds (Succeeded → RefundPending → RefundSucceeded) and transfers that stay pending for
// hours, over real HTTP: the emulator's control API and fake Mesh API, its webhooks to a real
// receiver, and the emulator clock that lets three hours pass in a moment.
import { afterEach, describe, expect, it } from 'vitest'
import { startMeshEmulator, type MeshEmulator, type MeshEmulatorOptions } from '../../src/main/emulator'
import { createClock } from '../../src/main/emulator/clock'
import { waitFor } from '../helpers/wait'
import { startReceiver, type Receiver } from './receiver'

const SECRET = 'whsec-refunds'
const NET = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'
const MERCHANT = '0x000000000000000000000000000000000000beef'
const HOUR = 3600_000
/** Coinbase's fake hot wallet (catalog.ts): where a refund of a Coinbase payment goes. */
const COINBASE_WALLET = '0xc0ba5e0000000000000000000000000000000c0b'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function setup(opts: Partial<MeshEmulatorOptions> = {}): Promise<{ emu: MeshEmulator; rx: Receiver }> {
  const rx = await startReceiver(SECRET)
  cleanups.push(() => rx.close())
  const emu = await startMeshEmulator({ webhookUrl: rx.url, webhookSecret: SECRET, settleDelayMs: 40, retryScheduleMs: [100, 200], ...opts })
  cleanups.push(() => emu.close())
  return { emu, rx }
}

async function call(emu: MeshEmulator, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = path.startsWith('/_emulator') ? { authorization: `Bearer ${emu.controlToken}` } : { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const r = await fetch(`${emu.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: r.status, json: (await r.json().catch(() => ({}))) as Record<string, unknown> }
}

/** The transfer as Mesh's REST list shows it. */
async function restTransfer(emu: MeshEmulator, id: string): Promise<Record<string, unknown>> {
  const r = await call(emu, 'GET', `/api/v1/transfers/managed/mesh?Id=${id}`)
  expect(r.status).toBe(200)
  const items = (r.json.content as { items: Record<string, unknown>[] }).items
  expect(items).toHaveLength(1)
  return items[0]!
}

const statusesOf = (rx: Receiver, transferId: string): unknown[] => rx.events().filter((e) => e.TransferId === transferId).map((e) => e.TransferStatus)
const acked = (rx: Receiver, transferId: string, status: string): boolean => rx.received.some((r) => r.json?.TransferId === transferId && r.json?.TransferStatus === status && r.answered === 200)

describe('refunds', () => {
  it('refunds a succeeded transfer from the control API: RefundPending, then RefundSucceeded, signed, with new EventIds and the refund address', async () => {
    const { emu, rx } = await setup()
    const created = await call(emu, 'POST', '/_emulator/transfers', { transactionId: 'sale-r1', userId: 'till-r', amountInFiat: 25, outcome: 'succeeded' })
    expect(created.status).toBe(201)
    const { transferId, eventIds } = created.json as { transferId: string; eventIds: string[] }
    await waitFor(() => acked(rx, transferId, 'Succeeded'), { what: 'the Succeeded webhook' })
    const paidHash = (await restTransfer(emu, transferId)).hash
    expect(paidHash).toMatch(/^0x[0-9a-f]{64}$/)

    const refund = await call(emu, 'POST', `/_emulator/transfers/${transferId}/refund`, { delayMs: 5_000 })
    expect(refund.status).toBe(202)
    const { eventIds: refundIds } = refund.json as { transferId: string; eventIds: string[] }
    expect(refund.json.transferId).toBe(transferId)
    expect(refundIds).toHaveLength(2)
    expect(new Set([...eventIds, ...refundIds]).size).toBe(4)

    // RefundPending at once; the REST list says so (camelCase, like its other statuses' .NET names).
    await waitFor(() => acked(rx, transferId, 'RefundPending'), { what: 'the RefundPending webhook' })
    expect(await restTransfer(emu, transferId)).toMatchObject({ status: 'refundPending', refundAddress: COINBASE_WALLET, hash: paidHash })
    expect(statusesOf(rx, transferId)).toEqual(['Pending', 'Succeeded', 'RefundPending'])

    // The refund completes after its delay of emulator time; jump the clock instead of waiting.
    emu.clock({ advanceMs: 5_000 })
    await waitFor(() => acked(rx, transferId, 'RefundSucceeded'), { what: 'the RefundSucceeded webhook' })
    await emu.idle()
    expect(statusesOf(rx, transferId)).toEqual(['Pending', 'Succeeded', 'RefundPending', 'RefundSucceeded'])
    const mine = rx.received.filter((r) => r.json?.TransferId === transferId)
    expect(mine.every((r) => r.signatureValid)).toBe(true)
    const [pending, succeeded, refundPending, refundSucceeded] = mine.map((r) => r.json!) as Record<string, unknown>[]
    expect(refundPending).toMatchObject({ EventId: refundIds[0], TransactionId: 'sale-r1', UserId: 'till-r', RefundAddress: COINBASE_WALLET, Token: 'USDC', SourceAccountProvider: 'Coinbase' })
    expect(refundSucceeded).toMatchObject({ EventId: refundIds[1], TransactionId: 'sale-r1', RefundAddress: COINBASE_WALLET })
    // The payment's hash belongs to the Succeeded event only; a refund is another chain transaction.
    expect(refundPending).not.toHaveProperty('TxHash')
    expect(refundSucceeded).not.toHaveProperty('TxHash')
    expect(pending).not.toHaveProperty('RefundAddress')
    expect(succeeded).not.toHaveProperty('RefundAddress')
    expect((refundSucceeded!.Timestamp as number) - (refundPending!.Timestamp as number)).toBeGreaterThanOrEqual(5_000)
    expect(refundPending!.Timestamp as number).toBeGreaterThanOrEqual(succeeded!.Timestamp as number)

    expect(await restTransfer(emu, transferId)).toMatchObject({ status: 'refundSucceeded', refundAddress: COINBASE_WALLET, hash: paidHash })
    const byStatus = async (s: string): Promise<number> => ((await call(emu, 'GET', `/api/v1/transfers/managed/mesh?Statuses=${s}`)).json.content as { total: number }).total
    expect(await byStatus('refundSucceeded')).toBe(1)
    expect(await byStatus('succeeded')).toBe(0)
    const view = (await call(emu, 'GET', '/_emulator/transfers')).json.items as { refundEventIds: string[] | null }[]
    expect(view[0]!.refundEventIds).toEqual(refundIds)
  })

  it('refuses to refund what is not (only) succeeded, and says why', async () => {
    const { emu, rx } = await setup({ settleDelayMs: 60_000 })
    const pending = emu.createTransfer({ amountInFiat: 3, outcome: 'succeeded' })
    const r1 = await call(emu, 'POST', `/_emulator/transfers/${pending.transferId}/refund`, {})
    expect(r1.status).toBe(409)
    expect(r1.json.error).toMatch(/Only a succeeded transfer can be refunded; .* is pending/)
    const failed = emu.createTransfer({ amountInFiat: 3, outcome: 'failed', pendingMs: 0 })
    await waitFor(() => acked(rx, failed.transferId, 'Failed'))
    expect((await call(emu, 'POST', `/_emulator/transfers/${failed.transferId}/refund`, {})).json.error).toMatch(/is failed/)
    const paid = emu.createTransfer({ amountInFiat: 3, outcome: 'succeeded', pendingMs: 0 })
    await waitFor(() => acked(rx, paid.transferId, 'Succeeded'))
    expect((await call(emu, 'POST', `/_emulator/transfers/${paid.transferId}/refund`, {})).status).toBe(202)
    const twice = await call(emu, 'POST', `/_emulator/transfers/${paid.transferId}/refund`, {})
    expect(twice.status).toBe(409)
    expect(twice.json.error).toMatch(/already refunded \(refundPending\)/)
    expect((await call(emu, 'POST', '/_emulator/transfers/00000000-0000-4000-8000-000000000000/refund', {})).status).toBe(404)
    expect((await call(emu, 'POST', `/_emulator/transfers/${paid.transferId}/refund`, { delayMs: -1 })).status).toBe(400)
    expect(() => emu.refundTransfer(pending.transferId)).toThrow(/Only a succeeded transfer/)
  })

  it('runs the refund scenario of the Link page end to end: four webhooks, in order', async () => {
    const { emu, rx } = await setup()
    expect((await call(emu, 'POST', '/_emulator/link-scenario', { scenario: 'nope' })).status).toBe(400)
    expect((await call(emu, 'POST', '/_emulator/link-scenario', { scenario: 'refund' })).json).toEqual({ nextLinkScenario: 'refund' })
    const tok = await call(emu, 'POST', '/api/v1/linktoken', { userId: 'till-r2', transferOptions: { toAddresses: [{ networkId: NET, symbol: 'USDC', address: MERCHANT }], amountInFiat: 8, transactionId: 'sale-r2' } })
    const id = Buffer.from((tok.json.content as { linkToken: string }).linkToken, 'base64').toString('utf8').split('/link/')[1]!
    expect((await fetch(`${emu.url}/link/${id}`)).status).toBe(200)
    // The scenario was consumed by this page; the next one is standard again.
    expect((await call(emu, 'GET', '/_emulator/link-scenarios')).json.next).toBeNull()
    const post = async (action: string, body: Record<string, unknown>) => {
      const r = await fetch(`${emu.url}/link/${id}/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return (await r.json()) as Record<string, unknown>
    }
    expect(await post('connect', { exchange: 'Binance', username: 'Mesh', password: 'Pass123' })).toMatchObject({ step: 'connected' })
    expect(await post('configure', { exchange: 'Binance' })).toEqual({ step: 'ok' })
    const { preview } = (await post('preview', { exchange: 'Binance' })) as { preview: { previewId: string } }
    const approved = (await post('approve', { previewId: preview.previewId })) as { step: string; transferId: string }
    expect(approved.step).toBe('executed')
    await waitFor(() => acked(rx, approved.transferId, 'RefundSucceeded'), { what: 'the whole refund' })
    expect(statusesOf(rx, approved.transferId)).toEqual(['Pending', 'Succeeded', 'RefundPending', 'RefundSucceeded'])
    expect(rx.events().find((e) => e.TransferStatus === 'RefundSucceeded')).toMatchObject({ TransactionId: 'sale-r2', SourceAccountProvider: 'Binance', RefundAddress: '0xb1a4ce0000000000000000000000000000000b1a' })
  })
})

describe('long-pending transfers and the emulator clock', () => {
  it('keeps a transfer Pending for 3 hours of emulator time, with Mesh’s timestamps following the clock', async () => {
    const { emu, rx } = await setup()
    const created = await call(emu, 'POST', '/_emulator/transfers', { transactionId: 'slow-1', amountInFiat: 40, outcome: 'succeeded', pendingMs: 3 * HOUR })
    const { transferId } = created.json as { transferId: string }
    await waitFor(() => acked(rx, transferId, 'Pending'))
    const created0 = (await restTransfer(emu, transferId)).createdTimestamp as number

    // Two hours and 59 minutes later it is still pending.
    expect((await call(emu, 'POST', '/_emulator/clock', { advanceMs: 3 * HOUR - 60_000 })).status).toBe(200)
    expect(await restTransfer(emu, transferId)).toMatchObject({ status: 'pending', executedTimestamp: null })
    expect(statusesOf(rx, transferId)).toEqual(['Pending'])
    const clock = (await call(emu, 'GET', '/_emulator/clock')).json as { now: number; rate: number; nextDueInMs: number }
    expect(clock.rate).toBe(1)
    expect(clock.now - Date.now()).toBeGreaterThan(3 * HOUR - 120_000)
    expect(clock.nextDueInMs).toBeLessThanOrEqual(60_000)

    // Run the clock an hour a second: the last minute passes in about 17 ms.
    expect(((await call(emu, 'POST', '/_emulator/clock', { rate: 3600 })).json as { rate: number }).rate).toBe(3600)
    await waitFor(() => acked(rx, transferId, 'Succeeded'), { what: 'the Succeeded webhook three hours on' })
    const [pending, done] = rx.events().filter((e) => e.TransferId === transferId) as Record<string, number>[]
    // Exactly three hours of Mesh time, however late real time fired it at 3600×.
    expect(done!.Timestamp! - pending!.Timestamp!).toBe(3 * HOUR)
    expect(done!.SentTimestamp! - pending!.SentTimestamp!).toBeGreaterThanOrEqual(3 * 3600 - 1)
    const t = await restTransfer(emu, transferId)
    expect(t.status).toBe('succeeded')
    expect((t.executedTimestamp as number) - created0).toBeGreaterThanOrEqual(3 * 3600)
    // Deliveries are timed on the emulator clock too.
    const d = emu.listDeliveries({ transferId })
    expect(d[1]!.sentAt - d[0]!.sentAt).toBeGreaterThanOrEqual(3 * HOUR)
  })

  it('holds the longPending Link scenario for 3 hours: advance(3 h) settles it', async () => {
    const { emu, rx } = await setup()
    emu.setNextLinkScenario('longPending')
    const tok = await call(emu, 'POST', '/api/v1/linktoken', { userId: 'till-s', transferOptions: { toAddresses: [{ networkId: NET, symbol: 'USDC', address: MERCHANT }], amountInFiat: 6, transactionId: 'slow-2' } })
    const id = Buffer.from((tok.json.content as { linkToken: string }).linkToken, 'base64').toString('utf8').split('/link/')[1]!
    await fetch(`${emu.url}/link/${id}`)
    const post = async (action: string, body: Record<string, unknown>) =>
      (await (await fetch(`${emu.url}/link/${id}/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, unknown>
    await post('connect', { exchange: 'Coinbase', username: 'Mesh', password: 'Pass123' })
    const { preview } = (await post('preview', { exchange: 'Coinbase' })) as { preview: { previewId: string } }
    const { transferId, executed } = (await post('approve', { previewId: preview.previewId })) as { transferId: string; executed: { status: string } }
    expect(executed.status).toBe('pending')
    // Stop the clock, so no real time slips in between: then step to 1 ms before it is due.
    const dueIn = emu.clock({ rate: 0 }).nextDueInMs!
    expect(dueIn).toBeGreaterThan(3 * HOUR - 60_000)
    expect(dueIn).toBeLessThanOrEqual(3 * HOUR)
    await waitFor(() => acked(rx, transferId, 'Pending'))
    emu.clock({ advanceMs: dueIn - 1 })
    expect(emu.listTransfers().find((x) => x.id === transferId)!.status).toBe('pending')
    emu.clock({ advanceMs: 1 })
    await waitFor(() => acked(rx, transferId, 'Succeeded'))
    const [p, s] = rx.events().filter((e) => e.TransferId === transferId) as Record<string, number>[]
    expect(s!.Timestamp! - p!.Timestamp!).toBe(3 * HOUR)
  })

  it('refuses clock changes it cannot make', async () => {
    const { emu } = await setup()
    for (const body of [{ rate: -1 }, { rate: 2_000_000 }, { advanceMs: -5 }, { advanceMs: 1.5 }, { rate: 'fast' }, { speed: 2 }]) {
      const r = await call(emu, 'POST', '/_emulator/clock', body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.json.error).toMatch(/^Invalid clock change/)
    }
    expect(() => emu.clock({ rate: -1 })).toThrow(/Invalid clock change/)
    expect((await call(emu, 'POST', '/_emulator/transfers', { amountInFiat: 1, outcome: 'succeeded', pendingMs: 8 * 24 * HOUR })).status).toBe(400)
  })
})

describe('the new control routes', () => {
  it('need the control token like every other control route', async () => {
    const { emu, rx } = await setup()
    const paid = emu.createTransfer({ amountInFiat: 2, outcome: 'succeeded', pendingMs: 0 })
    await waitFor(() => acked(rx, paid.transferId, 'Succeeded'))
    const before = emu.clock()
    for (const [method, path, body] of [
      ['POST', `/_emulator/transfers/${paid.transferId}/refund`, {}],
      ['POST', '/_emulator/clock', { advanceMs: HOUR }],
      ['GET', '/_emulator/clock', undefined],
      ['POST', '/_emulator/link-scenario', { scenario: 'mfa' }],
      ['GET', '/_emulator/link-scenarios', undefined]
    ] as const) {
      const r = await fetch(`${emu.url}${path}`, { method, headers: body ? { 'content-type': 'application/json', authorization: 'Bearer not-the-token-000000' } : {}, body: body ? JSON.stringify(body) : undefined })
      expect(r.status, `${method} ${path}`).toBe(401)
    }
    // Nothing moved: no refund, no jump, no scenario.
    expect(emu.listTransfers()[0]!.status).toBe('succeeded')
    expect(emu.clock().now - before.now).toBeLessThan(60_000)
    expect((await call(emu, 'GET', '/_emulator/link-scenarios')).json.next).toBeNull()
  })
})

describe('createClock', () => {
  it('follows its base at rate 1, runs fast at a higher rate, and stands still at 0', () => {
    let base = 1_000_000
    const c = createClock(() => base)
    cleanups.push(async () => c.close())
    expect(c.now()).toBe(1_000_000)
    base += 10
    expect(c.now()).toBe(1_000_010)
    c.setRate(60)
    base += 10
    expect(c.now()).toBe(1_000_610)
    c.setRate(0)
    base += 1_000
    expect(c.now()).toBe(1_000_610)
    expect(() => c.setRate(-2)).toThrow(RangeError)
  })

  it('fires the timers an advance passes, in due order, each at its due time, including ones they set', () => {
    const base = 5_000
    const c = createClock(() => base)
    cleanups.push(async () => c.close())
    const fired: [string, number][] = []
    c.schedule(300, () => fired.push(['b', c.now()]))
    c.schedule(100, () => {
      fired.push(['a', c.now()])
      c.schedule(50, () => fired.push(['a+50', c.now()]))
    })
    c.schedule(1_000, () => fired.push(['late', c.now()]))
    c.advance(400)
    expect(fired).toEqual([
      ['a', 5_100],
      ['a+50', 5_150],
      ['b', 5_300]
    ])
    expect(c.now()).toBe(5_400)
    expect(c.nextDueIn()).toBe(600)
    const cancel = c.schedule(10, () => fired.push(['cancelled', c.now()]))
    cancel()
    c.advance(600)
    expect(fired.map(([n]) => n)).toEqual(['a', 'a+50', 'b', 'late'])
    expect(c.nextDueIn()).toBeNull()
  })

  it('holds a pending transfer exactly its pending time, however much time passes between two readings of the clock', async () => {
    // A busy machine: every reading of the clock comes 1 ms after the one before.
    let t = Date.now()
    const { emu, rx } = await setup({ now: () => t++ })
    const created = await call(emu, 'POST', '/_emulator/transfers', { amountInFiat: 3, outcome: 'succeeded', pendingMs: 60 })
    const { transferId } = created.json as { transferId: string }
    await waitFor(() => acked(rx, transferId, 'Succeeded'), { what: 'the Succeeded webhook' })
    const [p, s] = rx.events().filter((e) => e.TransferId === transferId) as Record<string, number>[]
    expect(s!.Timestamp! - p!.Timestamp!).toBe(60)
  })

  it('fires a timer at the emulated time it was set for, read before it was set', () => {
    let base = 9_000
    const c = createClock(() => base)
    cleanups.push(async () => c.close())
    const fired: number[] = []
    const due = c.now() + 100
    base += 7
    c.scheduleAt(due, (at) => fired.push(at))
    // A time already past fires at once in the next advance, at the clock's time.
    c.scheduleAt(due - 1_000, (at) => fired.push(at))
    c.advance(0)
    expect(fired).toEqual([9_007])
    c.advance(93)
    expect(fired).toEqual([9_007, 9_100])
  })

  it('fires a timer in real time divided by the rate', async () => {
    const c = createClock()
    cleanups.push(async () => c.close())
    c.setRate(10_000)
    const t0 = Date.now()
    let firedAt = 0
    c.schedule(HOUR, () => (firedAt = Date.now()))
    await waitFor(() => firedAt > 0, { timeoutMs: 3_000, what: 'an emulated hour at 10 000×' })
    // An hour at 10 000× is 360 ms of real time.
    expect(firedAt - t0).toBeGreaterThanOrEqual(350)
    expect(firedAt - t0).toBeLessThan(2_500)
  })
})
