// Shifts and their Z reports, and the takings by day, on both store engines: real sales started
// through the sales service, real SDK callbacks, real signed webhooks recorded by the store.
// Every expected count and total below is worked out by hand from the sales the test makes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ShiftReport, ShiftView, TakingsReport } from '../../../src/shared/contract'
import type { Store } from '../../../src/main/core/store'
import { bothEngines } from '../store/engines'
import { notePgSkipped, PG_SKIPPED } from '../store/pg'
import { counter, type Counter } from './rig'

notePgSkipped()

const SEC = 1000
const MIN = 60 * SEC
const T0 = Date.UTC(2024, 2, 5, 9, 0) // 5 Mar 2024 09:00 UTC

function value<T>(env: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }): T {
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
  return env.value as T
}

for (const engine of bothEngines()) {
  describe.skipIf(engine.skip !== null)(`shifts and takings on ${engine.name}${engine.skip ? ` — ${PG_SKIPPED}` : ''}`, () => {
    const stores: Store[] = []
    beforeAll(() => engine.setup())
    afterAll(() => engine.teardown())
    afterEach(async () => {
      await Promise.allSettled(stores.splice(0).map((s) => s.close()))
    })
    const open = async (start: number): Promise<Counter> => {
      const s = await engine.open()
      stores.push(s)
      return counter(s, start)
    }

    it('a shift’s Z report: counts, fiat and crypto totals, pending sales and every sale, newest first', async () => {
      const c = await open(T0 - MIN)
      // A paid sale before the shift: not in it.
      const early = await c.sale('99.00', 'USDC')
      await c.webhook(early, { eventId: 'early-s', transferId: 'tr-early', status: 'Succeeded', token: 'USDC', chain: 'Ethereum', destinationAmount: '99' })

      c.clock.now = T0
      const opened = value<ShiftReport>(await c.dispatch('shifts.open', { openedBy: '  Ann  ' }))
      expect(opened.shift).toEqual({ shiftId: expect.any(String), openedAt: T0, closedAt: null, openedBy: 'Ann' })
      expect(opened.counts).toEqual({ paid: 0, failed: 0, abandoned: 0, cancelled: 0, expired: 0, pending: 0, paidAfterEnd: 0, refunded: 0 })
      expect([opened.sales, opened.fiatTotals, opened.assetTotals]).toEqual([[], [], []])

      const at = (s: number) => (c.clock.now = T0 + s * SEC)
      at(1)
      const expired = await c.sale('8.00', 'USDC') // never opened: expired once its 10 min token lapses
      at(2)
      const usdc1 = await c.sale('12.50', 'USDC')
      await c.webhook(usdc1, { eventId: 'u1-s', transferId: 'tr-u1', status: 'Succeeded', token: 'USDC', chain: 'Ethereum', destinationAmount: '12.49', sourceAmount: '12.60' })
      at(3)
      const polygon = await c.sale('7.25', 'USDC', 'Polygon')
      await c.webhook(polygon, { eventId: 'p-s', transferId: 'tr-p', status: 'Succeeded', token: 'USDC', chain: 'Polygon', sourceAmount: '7.25' }) // no DestinationAmount: SourceAmount counts
      at(4)
      const eth1 = await c.sale('30.00', 'ETH')
      await c.webhook(eth1, { eventId: 'e1-s', transferId: 'tr-e1', status: 'Succeeded', token: 'ETH', chain: 'Ethereum', destinationAmount: '0.012345678901234567' })
      at(5)
      const eth2 = await c.sale('4.10', 'ETH')
      await c.webhook(eth2, { eventId: 'e2-s', transferId: 'tr-e2', status: 'Succeeded', token: 'ETH', chain: 'Ethereum', destinationAmount: '0.000000000000000433' })
      at(6)
      const failed = await c.sale('5.00', 'USDC')
      await c.webhook(failed, { eventId: 'f-p', transferId: 'tr-f', status: 'Pending', token: 'USDC', chain: 'Ethereum' })
      await c.webhook(failed, { eventId: 'f-f', transferId: 'tr-f', status: 'Failed', token: 'USDC', chain: 'Ethereum' })
      at(7)
      const abandoned = await c.sale('3.00', 'USDC')
      await c.sales.recordSdkEvent({ sessionId: abandoned.sessionId, type: 'pageLoaded', payload: {} })
      await c.sales.recordSdkEvent({ sessionId: abandoned.sessionId, type: 'exit', payload: {} })
      at(8)
      // Cancelled at the counter, then paid anyway: the money arrived.
      const lateCancel = await c.sale('20.00', 'USDC')
      await c.endSale(lateCancel.sessionId, 'cancelled')
      await c.webhook(lateCancel, { eventId: 'lc-s', transferId: 'tr-lc', status: 'Succeeded', token: 'USDC', chain: 'Ethereum', destinationAmount: '20.00' })
      at(9)
      const pendingMesh = await c.sale('9.99', 'USDC')
      await c.webhook(pendingMesh, { eventId: 'pm-p', transferId: 'tr-pm', status: 'Pending', token: 'USDC', chain: 'Ethereum' })
      at(10)
      const submitted = await c.sale('1.00', 'USDC')
      await c.sales.recordSdkEvent({ sessionId: submitted.sessionId, type: 'transferFinished', payload: { status: 'success', transferId: 'tr-sub' } })
      at(11 * 60)
      const waiting = await c.sale('2.00', 'USDC')
      at(11 * 60 + 1)

      const live = value<ShiftReport | null>(await c.dispatch('shifts.current'))!
      const shiftId = opened.shift.shiftId
      expect(live.shift).toEqual({ shiftId, openedAt: T0, closedAt: null, openedBy: 'Ann' })
      expect(live.generatedAt).toBe(T0 + 661 * SEC)
      expect(live.counts).toEqual({ paid: 5, failed: 1, abandoned: 1, cancelled: 0, expired: 1, pending: 3, paidAfterEnd: 1, refunded: 0 })
      // 12.50 + 7.25 + 30.00 + 4.10 + 20.00 = 73.85 (USD: what Mesh was asked to charge is the amount)
      expect(live.fiatTotals).toEqual([{ currency: 'USD', amount: '73.85', usdAmount: '73.85', count: 5 }])
      expect(live.assetTotals).toEqual([
        // 0.012345678901234567 + 0.000000000000000433
        { asset: 'ETH', network: 'Ethereum', amount: '0.012345678901235', count: 2 },
        // 12.49 (DestinationAmount, not the 12.60 SourceAmount) + 20.00
        { asset: 'USDC', network: 'Ethereum', amount: '32.49', count: 2 },
        { asset: 'USDC', network: 'Polygon', amount: '7.25', count: 1 }
      ])
      expect(live.pending.map((s) => [s.sessionId, s.state])).toEqual([
        [waiting.sessionId, 'waiting'],
        [submitted.sessionId, 'submitted'],
        [pendingMesh.sessionId, 'pending']
      ])
      const order = [waiting, submitted, pendingMesh, lateCancel, abandoned, failed, eth2, eth1, polygon, usdc1, expired].map((s) => s.sessionId)
      expect(live.sales.map((s) => s.sessionId)).toEqual(order)
      expect(live.sales.map((s) => s.state)).toEqual(['waiting', 'submitted', 'pending', 'cancelled', 'abandoned', 'failed', 'succeeded', 'succeeded', 'succeeded', 'succeeded', 'expired'])
      expect(live.sales.find((s) => s.sessionId === lateCancel.sessionId)).toMatchObject({ endReason: 'cancelled', transfer: { status: 'succeeded' } })

      // Close: the final report covers [openedAt, closedAt); Mesh's later news still lands in it.
      at(12 * 60)
      const z = value<ShiftReport>(await c.dispatch('shifts.close'))
      expect(z.shift).toEqual({ shiftId, openedAt: T0, closedAt: T0 + 12 * MIN, openedBy: 'Ann' })
      expect(z.counts).toEqual(live.counts)
      expect(z.fiatTotals).toEqual(live.fiatTotals)
      expect(z.sales.map((s) => s.sessionId)).toEqual(order)
      expect(value(await c.dispatch('shifts.current'))).toBeNull()

      // A new shift opened the same millisecond: a sale at that instant is its, not the closed one's.
      const second = value<ShiftReport>(await c.dispatch('shifts.open', {}))
      expect(second.shift).toEqual({ shiftId: expect.any(String), openedAt: T0 + 12 * MIN, closedAt: null, openedBy: null })
      expect(second.shift.shiftId).not.toBe(shiftId)
      const next = await c.sale('6.00', 'USDC')
      await c.webhook(pendingMesh, { eventId: 'pm-s', transferId: 'tr-pm', status: 'Succeeded', token: 'USDC', chain: 'Ethereum', destinationAmount: '9.99' })
      at(13 * 60)
      const reprint = value<ShiftReport>(await c.dispatch('shifts.report', { shiftId }))
      expect(reprint.counts).toEqual({ paid: 6, failed: 1, abandoned: 1, cancelled: 0, expired: 1, pending: 2, paidAfterEnd: 1, refunded: 0 })
      expect(reprint.fiatTotals).toEqual([{ currency: 'USD', amount: '83.84', usdAmount: '83.84', count: 6 }])
      expect(reprint.sales).toHaveLength(11)
      const now2 = value<ShiftReport>(await c.dispatch('shifts.current'))
      expect(now2.sales.map((s) => s.sessionId)).toEqual([next.sessionId])
      expect(now2.counts).toEqual({ paid: 0, failed: 0, abandoned: 0, cancelled: 0, expired: 0, pending: 1, paidAfterEnd: 0, refunded: 0 })

      expect(value<ShiftView[]>(await c.dispatch('shifts.list', {}))).toEqual([second.shift, z.shift])
      expect(value<ShiftView[]>(await c.dispatch('shifts.list', { limit: 1 }))).toEqual([second.shift])
    })

    it('a refunded sale stays in Paid and is counted as refunded; the Z report and the takings are net of refunds', async () => {
      const c = await open(T0)
      const shiftId = value<ShiftReport>(await c.dispatch('shifts.open', {})).shift.shiftId
      const at = (s: number) => (c.clock.now = T0 + s * SEC)
      const pay = async (amount: string, asset: string, id: string, received: string) => {
        const s = await c.sale(amount, asset)
        await c.webhook(s, { eventId: `${id}-p`, transferId: `tr-${id}`, status: 'Pending', token: asset, chain: 'Ethereum' })
        await c.webhook(s, { eventId: `${id}-s`, transferId: `tr-${id}`, status: 'Succeeded', token: asset, chain: 'Ethereum', destinationAmount: received, txHash: `0x${id}` })
        return s
      }
      at(1)
      await pay('12.50', 'USDC', 'kept', '12.49')
      at(2)
      const refunded = await pay('30.00', 'USDC', 'refunded', '29.97')
      at(3)
      const refunding = await pay('4.10', 'ETH', 'refunding', '0.0013')
      at(4)
      await pay('7.25', 'USDC', 'kept2', '7.25')
      at(60)
      await c.webhook(refunded, { eventId: 'refunded-rp', transferId: 'tr-refunded', status: 'RefundPending', token: 'USDC', chain: 'Ethereum', refundAddress: '0xback' })
      await c.webhook(refunded, { eventId: 'refunded-rs', transferId: 'tr-refunded', status: 'RefundSucceeded', token: 'USDC', chain: 'Ethereum', refundAddress: '0xback' })
      await c.webhook(refunding, { eventId: 'refunding-rp', transferId: 'tr-refunding', status: 'RefundPending', token: 'ETH', chain: 'Ethereum', refundAddress: '0xback' })
      at(120)

      const z = value<ShiftReport>(await c.dispatch('shifts.close'))
      // Four paid sales, two of them refunded (one done, one under way): Paid 4, of which refunded 2.
      expect(z.counts).toEqual({ paid: 4, failed: 0, abandoned: 0, cancelled: 0, expired: 0, pending: 0, paidAfterEnd: 0, refunded: 2 })
      // Gross: 12.50 + 30.00 + 4.10 + 7.25 = 53.85; refunded: 30.00 + 4.10 = 34.10; net: 12.50 + 7.25 = 19.75.
      expect(z.paidTotals).toEqual([{ currency: 'USD', amount: '53.85', usdAmount: '53.85', count: 4 }])
      expect(z.refundTotals).toEqual([{ currency: 'USD', amount: '34.1', usdAmount: '34.1', count: 2 }])
      expect(z.fiatTotals).toEqual([{ currency: 'USD', amount: '19.75', usdAmount: '19.75', count: 2 }])
      // Crypto kept: 12.49 + 7.25 USDC; the refunded ETH and USDC went back.
      expect(z.assetTotals).toEqual([{ asset: 'USDC', network: 'Ethereum', amount: '19.74', count: 2 }])
      expect(z.sales.map((s) => [s.state, s.refund?.status ?? null])).toEqual([
        ['succeeded', null],
        ['succeeded', 'pending'],
        ['succeeded', 'succeeded'],
        ['succeeded', null]
      ])
      expect((await c.shifts.report({ shiftId })).counts.refunded).toBe(2)

      const r = value<TakingsReport>(await c.dispatch('reports.takings', { days: 1, timeZone: 'UTC' }))
      expect(r.days).toEqual([
        {
          date: '2024-03-05',
          count: 2,
          fiatTotals: [{ currency: 'USD', amount: '19.75', usdAmount: '19.75', count: 2 }],
          assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '19.74', count: 2 }],
          refundTotals: [{ currency: 'USD', amount: '34.1', usdAmount: '34.1', count: 2 }]
        }
      ])
      expect([r.fiatTotals, r.refundTotals]).toEqual([[{ currency: 'USD', amount: '19.75', usdAmount: '19.75', count: 2 }], [{ currency: 'USD', amount: '34.1', usdAmount: '34.1', count: 2 }]])
    })

    it('refuses a second open (naming when and by whom the open one started) and a close with none open', async () => {
      const c = await open(Date.UTC(2024, 2, 5, 9, 12))
      expect(await c.dispatch('shifts.close')).toEqual({ ok: false, error: { code: 'NO_OPEN_SHIFT', message: 'No shift is open, so there is none to close. Open a shift first.' } })
      expect(value(await c.dispatch('shifts.current'))).toBeNull()
      value(await c.dispatch('shifts.open', { openedBy: 'Ben' }))
      c.clock.now += 5 * MIN
      const again = await c.dispatch('shifts.open', { openedBy: 'Cleo' })
      const shared = engine.name === 'postgres' ? ' Every counter on this ledger shares that shift.' : ''
      expect(again).toEqual({
        ok: false,
        error: { code: 'SHIFT_ALREADY_OPEN', message: `A shift is already open: it was opened on 5 Mar 2024, 09:12 UTC by Ben.${shared} Close it (its Z report) before opening a new one.` }
      })
      expect(value<ShiftView[]>(await c.dispatch('shifts.list', {}))).toEqual([{ shiftId: expect.any(String), openedAt: Date.UTC(2024, 2, 5, 9, 12), closedAt: null, openedBy: 'Ben' }])
      value(await c.dispatch('shifts.close'))
      expect((await c.dispatch('shifts.close')) as { ok: boolean; error?: { code: string } }).toMatchObject({ ok: false, error: { code: 'NO_OPEN_SHIFT' } })
      expect(await c.dispatch('shifts.report', { shiftId: 'no-such-shift' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no shift no-such-shift.' } })
    })

    it('takings across the spring DST change in Berlin: the 23-hour day’s first and last millisecond', async () => {
      const c = await open(0)
      const paid = async (iso: string, amount: string, asset: string, received: { destinationAmount?: string; sourceAmount?: string }, id: string) => {
        c.clock.now = Date.parse(iso)
        const s = await c.sale(amount, asset)
        await c.webhook(s, { eventId: `${id}-s`, transferId: `tr-${id}`, status: 'Succeeded', token: asset, chain: 'Ethereum', ...received })
        return s
      }
      await paid('2024-03-29T22:59:59.999Z', '40.00', 'USDC', { destinationAmount: '40' }, 'before') // 29 Mar 23:59:59.999 CET: before the window
      await paid('2024-03-29T23:00:00.000Z', '10.00', 'USDC', { destinationAmount: '10' }, 'a') // 30 Mar 00:00 CET
      await paid('2024-03-30T22:59:59.999Z', '5.00', 'ETH', { destinationAmount: '0.002' }, 'b') // 30 Mar 23:59:59.999 CET
      await paid('2024-03-30T23:00:00.000Z', '1.10', 'USDC', { destinationAmount: '1.1' }, 'c') // 31 Mar 00:00 CET
      await paid('2024-03-31T21:59:59.999Z', '2.20', 'USDC', { destinationAmount: '2.2' }, 'd') // 31 Mar 23:59:59.999 CEST
      c.clock.now = Date.parse('2024-03-31T01:30:00Z') // 31 Mar 03:30 CEST, just after the gap: failed, not takings
      const f = await c.sale('50.00', 'USDC')
      await c.webhook(f, { eventId: 'f-f', transferId: 'tr-f', status: 'Failed', token: 'USDC', chain: 'Ethereum' })
      await paid('2024-03-31T22:00:00.000Z', '3.30', 'USDC', { sourceAmount: '3.3' }, 'e') // 1 Apr 00:00 CEST
      c.clock.now = Date.parse('2024-04-01T09:00:00Z')
      await c.sale('7.00', 'USDC') // still waiting: not takings
      c.clock.now = Date.parse('2024-04-01T10:00:00Z')

      const r = value<TakingsReport>(await c.dispatch('reports.takings', { days: 3, timeZone: 'Europe/Berlin' }))
      expect(r).toEqual({
        timeZone: 'Europe/Berlin',
        days: [
          {
            date: '2024-03-30',
            count: 2,
            fiatTotals: [{ currency: 'USD', amount: '15', usdAmount: '15', count: 2 }],
            assetTotals: [
              { asset: 'ETH', network: 'Ethereum', amount: '0.002', count: 1 },
              { asset: 'USDC', network: 'Ethereum', amount: '10', count: 1 }
            ],
            refundTotals: []
          },
          {
            date: '2024-03-31',
            count: 2,
            fiatTotals: [{ currency: 'USD', amount: '3.3', usdAmount: '3.3', count: 2 }],
            assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '3.3', count: 2 }],
            refundTotals: []
          },
          {
            date: '2024-04-01',
            count: 1,
            fiatTotals: [{ currency: 'USD', amount: '3.3', usdAmount: '3.3', count: 1 }],
            assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '3.3', count: 1 }],
            refundTotals: []
          }
        ],
        // 10.00 + 5.00 + 1.10 + 2.20 + 3.30
        fiatTotals: [{ currency: 'USD', amount: '21.6', usdAmount: '21.6', count: 5 }],
        assetTotals: [
          { asset: 'ETH', network: 'Ethereum', amount: '0.002', count: 1 },
          { asset: 'USDC', network: 'Ethereum', amount: '16.6', count: 4 }
        ],
        refundTotals: []
      })
    })

    it('takings across the autumn DST change: the 25-hour day keeps both 02:30s; empty days are listed with zeros', async () => {
      const c = await open(0)
      const paid = async (iso: string, amount: string, id: string) => {
        c.clock.now = Date.parse(iso)
        const s = await c.sale(amount, 'USDC')
        await c.webhook(s, { eventId: `${id}-s`, transferId: `tr-${id}`, status: 'Succeeded', token: 'USDC', chain: 'Ethereum', destinationAmount: amount })
      }
      await paid('2024-10-26T22:00:00.000Z', '1.00', 'a') // 27 Oct 00:00 CEST
      await paid('2024-10-27T00:30:00.000Z', '2.00', 'b') // 27 Oct 02:30 CEST
      await paid('2024-10-27T01:30:00.000Z', '4.00', 'c') // 27 Oct 02:30 CET, the hour again
      await paid('2024-10-27T22:59:59.999Z', '8.00', 'd') // 27 Oct 23:59:59.999 CET
      await paid('2024-10-27T23:00:00.000Z', '16.00', 'e') // 28 Oct 00:00 CET
      c.clock.now = Date.parse('2024-10-28T12:00:00Z')

      const r = value<TakingsReport>(await c.dispatch('reports.takings', { days: 5, timeZone: 'Europe/Berlin' }))
      const zero = (date: string) => ({ date, count: 0, fiatTotals: [], assetTotals: [], refundTotals: [] })
      expect(r.days).toEqual([
        zero('2024-10-24'),
        zero('2024-10-25'),
        zero('2024-10-26'),
        { date: '2024-10-27', count: 4, fiatTotals: [{ currency: 'USD', amount: '15', usdAmount: '15', count: 4 }], assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '15', count: 4 }], refundTotals: [] },
        { date: '2024-10-28', count: 1, fiatTotals: [{ currency: 'USD', amount: '16', usdAmount: '16', count: 1 }], assetTotals: [{ asset: 'USDC', network: 'Ethereum', amount: '16', count: 1 }], refundTotals: [] }
      ])
      expect(r.fiatTotals).toEqual([{ currency: 'USD', amount: '31', usdAmount: '31', count: 5 }])
      // In UTC the same sales fall on other days: a on 26 Oct, b to e on 27 Oct (2 + 4 + 8 + 16), none on 28 Oct.
      const utc = value<TakingsReport>(await c.dispatch('reports.takings', { days: 3, timeZone: 'UTC' }))
      expect(utc.days.map((d) => [d.date, d.count, d.fiatTotals[0]?.amount ?? '0'])).toEqual([
        ['2024-10-26', 1, '1'],
        ['2024-10-27', 4, '30'],
        ['2024-10-28', 0, '0']
      ])
    })

    it('takings: 30 days by default; an unknown time zone is refused with what to use instead', async () => {
      const c = await open(Date.parse('2024-06-15T12:00:00Z'))
      const r = value<TakingsReport>(await c.dispatch('reports.takings', { timeZone: 'America/New_York' }))
      expect(r.days).toHaveLength(30)
      expect([r.days[0]!.date, r.days[29]!.date]).toEqual(['2024-05-17', '2024-06-15'])
      expect([r.fiatTotals, r.assetTotals]).toEqual([[], []])
      expect(await c.dispatch('reports.takings', { days: 7, timeZone: 'Mars/Olympus_Mons' })).toEqual({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: '"Mars/Olympus_Mons" is not a time zone this system knows. Use an IANA name such as Europe/Berlin or America/New_York.' }
      })
      expect(await c.dispatch('reports.takings', { days: 0, timeZone: 'UTC' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    })
  })
}
