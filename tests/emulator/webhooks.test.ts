import { afterEach, describe, expect, it } from 'vitest'
import { startMeshEmulator, type MeshEmulator, type MeshEmulatorOptions, type WebhookFaults } from '../../src/main/emulator'
import { startReceiver, type Answer, type Received, type Receiver } from './receiver'

const SECRET = 'whsec_test_секрет' // non-ASCII on purpose: the key is the UTF-8 bytes
const SCHEDULE = [150, 250, 350]

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function setup(answer?: (r: Received) => Answer, opts: Partial<MeshEmulatorOptions> = {}): Promise<{ emu: MeshEmulator; rx: Receiver }> {
  const rx = await startReceiver(SECRET, answer)
  cleanups.push(() => rx.close())
  const emu = await startMeshEmulator({ webhookUrl: rx.url, webhookSecret: SECRET, settleDelayMs: 60, retryScheduleMs: SCHEDULE, ...opts })
  cleanups.push(() => emu.close())
  return { emu, rx }
}

function sale(emu: MeshEmulator, faults?: WebhookFaults, outcome: 'succeeded' | 'failed' = 'succeeded'): { transferId: string; eventIds: [string, string] } {
  return emu.createTransfer({ transactionId: 'sale-1', userId: 'till-1', amountInFiat: 12.5, outcome, faults })
}

const acked = (r: Received[], status: string): boolean => r.some((x) => x.json?.TransferStatus === status && x.answered === 200)

describe('webhook sender', () => {
  it('sends Pending then Succeeded, signed over the raw body, with Mesh’s PascalCase payload', async () => {
    const { emu, rx } = await setup()
    const { transferId, eventIds } = sale(emu)
    await rx.waitFor((r) => acked(r, 'Succeeded'))
    await emu.idle()

    const events = rx.events()
    expect(events.map((e) => e.TransferStatus)).toEqual(['Pending', 'Succeeded'])
    expect(rx.received.every((r) => r.signatureValid && r.contentType === 'application/json')).toBe(true)
    const [pending, done] = events as [Record<string, unknown>, Record<string, unknown>]
    expect(pending).toMatchObject({ EventId: eventIds[0], TransferId: transferId, TransactionId: 'sale-1', UserId: 'till-1', Token: 'USDC', Chain: 'Ethereum', SourceAccountProvider: 'Coinbase' })
    expect(pending).not.toHaveProperty('TxHash')
    expect(done).toMatchObject({ EventId: eventIds[1], TransferId: transferId })
    expect(done.TxHash).toMatch(/^0x[0-9a-f]{64}$/)
    for (const e of events) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['EventId', 'Id', 'SentTimestamp', 'Timestamp', 'TransferId', 'TransferStatus', 'TransactionId', 'UserId', 'Token', 'Chain', 'SourceAmount', 'DestinationAmount', 'SourceAccountProvider', 'DestinationAddress']))
      // SentTimestamp in seconds, Timestamp in ms (reference §5).
      expect(Math.abs((e.SentTimestamp as number) - Date.now() / 1000)).toBeLessThan(10)
      expect(Math.abs((e.Timestamp as number) - Date.now())).toBeLessThan(10_000)
    }
    expect((done.Timestamp as number) - (pending.Timestamp as number)).toBeGreaterThanOrEqual(50)

    // The REST view agrees with the webhooks.
    const t = emu.listTransfers().find((x) => x.id === transferId)!
    expect(t.status).toBe('succeeded')
    expect(t.hash).toBe(done.TxHash)

    const deliveries = emu.listDeliveries({ transferId })
    expect(deliveries).toHaveLength(2)
    expect(deliveries.every((d) => d.ok && d.statusCode === 200 && d.attempt === 1 && d.error === null)).toBe(true)
    expect(deliveries.map((d) => d.attemptId)).toEqual(events.map((e) => e.Id))
  })

  it('sends Failed without a hash for a declined transfer', async () => {
    const { emu, rx } = await setup()
    sale(emu, undefined, 'failed')
    await rx.waitFor((r) => acked(r, 'Failed'))
    const failed = rx.events().find((e) => e.TransferStatus === 'Failed')!
    expect(failed).not.toHaveProperty('TxHash')
    expect(emu.listTransfers()[0]!.status).toBe('failed')
    expect(emu.listTransfers()[0]!.hash).toBeNull()
  })

  it('retries a slow receiver on the schedule with the same EventId and a new Id each time', async () => {
    // The first two answers come after the 200 ms budget; the third in time.
    let pendingSeen = 0
    const { emu, rx } = await setup((r) => {
      if (r.json?.TransferStatus !== 'Pending') return { status: 200 }
      pendingSeen++
      return pendingSeen <= 2 ? { status: 200, delayMs: 400 } : { status: 200 }
    })
    const { transferId, eventIds } = sale(emu)
    await rx.waitFor((r) => r.filter((x) => x.json?.TransferStatus === 'Pending').length === 3)
    await emu.idle()

    const pendings = emu.listDeliveries({ transferId }).filter((d) => d.status === 'Pending')
    expect(pendings.map((d) => d.attempt)).toEqual([1, 2, 3])
    expect(pendings.map((d) => d.ok)).toEqual([false, false, true])
    expect(pendings[0]!.error).toMatch(/no answer within 200 ms/)
    expect(pendings[0]!.statusCode).toBeNull()
    expect(pendings.every((d) => d.eventId === eventIds[0])).toBe(true)
    expect(new Set(pendings.map((d) => d.attemptId)).size).toBe(3)
    // Retry n waits SCHEDULE[n-1] after the failed attempt ended (at its 200 ms deadline).
    for (let n = 1; n < pendings.length; n++) {
      const gap = pendings[n]!.sentAt - pendings[n - 1]!.sentAt
      const expected = pendings[n - 1]!.durationMs + SCHEDULE[n - 1]!
      expect(gap).toBeGreaterThanOrEqual(expected - 5)
      expect(gap).toBeLessThan(expected + 150)
    }
    const seen = rx.events().filter((e) => e.TransferStatus === 'Pending')
    expect(new Set(seen.map((e) => e.EventId))).toEqual(new Set([eventIds[0]]))
    expect(new Set(seen.map((e) => e.Id)).size).toBe(3)
    // The late 200s are recorded for support staff, but did not count.
    await new Promise((r) => setTimeout(r, 300))
    expect(emu.listDeliveries({ transferId }).filter((d) => d.status === 'Pending' && !d.ok).map((d) => d.lateStatusCode)).toEqual([200, 200])
  })

  it('treats any answer other than HTTP 200 as a failure, and gives up after the schedule', async () => {
    const { emu, rx } = await setup((r) => ({ status: r.json?.TransferStatus === 'Pending' ? 204 : 500 }))
    const { transferId } = sale(emu)
    await rx.waitFor((r) => r.length >= 8, 5000)
    await emu.idle()
    const d = emu.listDeliveries({ transferId })
    for (const status of ['Pending', 'Succeeded'] as const) {
      const attempts = d.filter((x) => x.status === status)
      expect(attempts).toHaveLength(SCHEDULE.length + 1)
      expect(attempts.every((x) => !x.ok)).toBe(true)
      expect(attempts.at(-1)!.gaveUp).toBe(true)
      expect(attempts.slice(0, -1).some((x) => x.gaveUp)).toBe(false)
    }
    expect(d.filter((x) => x.status === 'Pending').every((x) => x.statusCode === 204)).toBe(true)
    expect(d.filter((x) => x.status === 'Succeeded').every((x) => x.statusCode === 500)).toBe(true)
  })

  it('records connection errors and retries until the receiver comes up', async () => {
    const emu = await startMeshEmulator({ webhookSecret: SECRET, settleDelayMs: 30, retryScheduleMs: [100, 100, 100, 100, 100] })
    cleanups.push(() => emu.close())
    emu.setWebhookTarget('http://127.0.0.1:9/unreachable', SECRET)
    const { transferId } = sale(emu)
    await new Promise((r) => setTimeout(r, 150))
    const rx = await startReceiver(SECRET)
    cleanups.push(() => rx.close())
    emu.setWebhookTarget(rx.url, SECRET)
    await rx.waitFor((r) => acked(r, 'Pending') && acked(r, 'Succeeded'))
    const first = emu.listDeliveries({ transferId })[0]!
    expect(first.ok).toBe(false)
    expect(first.statusCode).toBeNull()
    expect(first.error).toMatch(/ECONNREFUSED/)
  })

  it('holds deliveries while no target is set, then delivers on a retry', async () => {
    const emu = await startMeshEmulator({ webhookSecret: SECRET, settleDelayMs: 30, retryScheduleMs: [100, 100, 100] })
    cleanups.push(() => emu.close())
    const { transferId } = sale(emu)
    await new Promise((r) => setTimeout(r, 50))
    expect(emu.listDeliveries({ transferId })[0]).toMatchObject({ ok: false, url: null, error: 'no webhook target set' })
    const rx = await startReceiver('another-secret')
    cleanups.push(() => rx.close())
    emu.setWebhookTarget(rx.url, 'another-secret')
    await rx.waitFor((r) => acked(r, 'Pending') && acked(r, 'Succeeded'))
    expect(rx.received.every((r) => r.signatureValid)).toBe(true)
  })

  describe('faults', () => {
    it('duplicate: n extra deliveries of each event, each with a new Id, after the 200', async () => {
      const { emu, rx } = await setup()
      const { transferId, eventIds } = sale(emu, { duplicate: 2 })
      await rx.waitFor((r) => r.filter((x) => x.json?.TransferStatus === 'Succeeded').length === 3)
      await emu.idle()
      for (const [i, status] of (['Pending', 'Succeeded'] as const).entries()) {
        const got = rx.events().filter((e) => e.TransferStatus === status)
        expect(got).toHaveLength(3)
        expect(new Set(got.map((e) => e.EventId))).toEqual(new Set([eventIds[i]]))
        expect(new Set(got.map((e) => e.Id)).size).toBe(3)
      }
      const d = emu.listDeliveries({ transferId })
      expect(d.filter((x) => x.kind === 'duplicate' && x.fault === 'duplicate' && x.ok)).toHaveLength(4)
    })

    it('outOfOrder: the final event arrives before the pending one', async () => {
      const { emu, rx } = await setup()
      sale(emu, { outOfOrder: true })
      await rx.waitFor((r) => acked(r, 'Pending') && acked(r, 'Succeeded'))
      const events = rx.events()
      expect(events.map((e) => e.TransferStatus)).toEqual(['Succeeded', 'Pending'])
      // Timestamps still tell the true order of the status changes.
      expect(events[1]!.Timestamp as number).toBeLessThan(events[0]!.Timestamp as number)
    })

    it('badSignature: the first n attempts of each event are signed with a wrong key', async () => {
      const { emu, rx } = await setup()
      const { transferId } = sale(emu, { badSignature: 1 })
      await rx.waitFor((r) => acked(r, 'Pending') && acked(r, 'Succeeded'))
      await emu.idle()
      const byStatus = (s: string): Received[] => rx.received.filter((r) => r.json?.TransferStatus === s)
      for (const s of ['Pending', 'Succeeded']) {
        expect(byStatus(s).map((r) => r.signatureValid)).toEqual([false, true])
        expect(byStatus(s).map((r) => r.answered)).toEqual([401, 200])
      }
      const d = emu.listDeliveries({ transferId })
      expect(d.filter((x) => x.attempt === 1).every((x) => x.fault === 'badSignature' && x.statusCode === 401 && !x.ok)).toBe(true)
      expect(d.filter((x) => x.attempt === 2).every((x) => x.fault === undefined && x.ok)).toBe(true)
    })

    it('slowFirst: the first attempt arrives after the 200 ms budget and is retried anyway', async () => {
      const { emu, rx } = await setup()
      const { transferId, eventIds } = sale(emu, { slowFirst: 1 })
      await rx.waitFor((r) => r.filter((x) => x.json?.TransferStatus === 'Succeeded').length === 2)
      await emu.idle()
      const pendings = rx.received.filter((r) => r.json?.TransferStatus === 'Pending')
      expect(pendings).toHaveLength(2)
      expect(pendings.every((r) => r.signatureValid && r.json!.EventId === eventIds[0])).toBe(true)
      const d = emu.listDeliveries({ transferId }).filter((x) => x.status === 'Pending')
      expect(d[0]).toMatchObject({ attempt: 1, fault: 'slowFirst', ok: false, statusCode: null })
      expect(d[0]!.error).toMatch(/no answer within 200 ms/)
      // It really arrived late: after the attempt had already been given up on.
      const arrivedAfter = pendings[0]!.at - d[0]!.sentAt
      expect(arrivedAfter).toBeGreaterThanOrEqual(200)
      expect(d[1]).toMatchObject({ attempt: 2, ok: true })
    })

    it('failFirst: the first attempt is cut mid-body, then delivered whole', async () => {
      const { emu, rx } = await setup()
      const { transferId } = sale(emu, { failFirst: 1 })
      await rx.waitFor((r) => acked(r, 'Pending') && acked(r, 'Succeeded'))
      await emu.idle()
      const aborted = rx.received.filter((r) => r.aborted)
      expect(aborted).toHaveLength(2)
      for (const a of aborted) {
        expect(a.raw.length).toBeGreaterThan(0)
        expect(() => JSON.parse(a.raw.toString())).toThrow()
      }
      const d = emu.listDeliveries({ transferId })
      expect(d.filter((x) => x.fault === 'failFirst')).toHaveLength(2)
      expect(d.filter((x) => x.fault === 'failFirst').every((x) => !x.ok && x.statusCode === null && /cut mid-body/.test(x.error ?? ''))).toBe(true)
      expect(d.filter((x) => x.ok)).toHaveLength(2)
    })

    it('malformedBody: one extra, correctly signed delivery that is not JSON, besides the normal events', async () => {
      const { emu, rx } = await setup()
      const { transferId } = sale(emu, { malformedBody: true })
      await rx.waitFor((r) => acked(r, 'Succeeded') && r.some((x) => x.json === null && !x.aborted))
      await emu.idle()
      const bad = rx.received.filter((r) => r.json === null && !r.aborted)
      expect(bad).toHaveLength(1)
      expect(bad[0]!.signatureValid).toBe(true)
      expect(rx.events().map((e) => e.TransferStatus)).toEqual(['Pending', 'Succeeded'])
      expect(emu.listDeliveries({ transferId }).filter((x) => x.kind === 'malformed')).toHaveLength(1)
    })

    it('dropWebhooks: nothing is delivered, yet the transfer settles in the REST list', async () => {
      const { emu, rx } = await setup()
      const { transferId } = sale(emu, { dropWebhooks: true })
      await new Promise((r) => setTimeout(r, 250))
      await emu.idle()
      expect(rx.received).toHaveLength(0)
      expect(emu.listDeliveries({ transferId })).toHaveLength(0)
      expect(emu.listTransfers().find((t) => t.id === transferId)!.status).toBe('succeeded')
    })

    it('setNextSaleFaults rejects unknown fault names', async () => {
      const { emu } = await setup()
      expect(() => emu.setNextSaleFaults({ explode: true } as unknown as WebhookFaults)).toThrow(/Unrecognized key/)
    })
  })
})
