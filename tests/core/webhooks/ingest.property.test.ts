import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { openLedger } from '../../../src/main/core/store/sqlite/ledger'
import { createDeliveryRecorder, prepareDelivery } from '../../../src/main/core/webhooks/ingest'
import { meshPayload, sign, tempDir } from '../../helpers'

const secret = 'prop-secret'
const tmp = tempDir('countertop-prop-')
afterAll(() => tmp.cleanup())

interface Delivery {
  transferId: string
  eventId: string
  status: string
  ts: number
}

// A transfer's life as Mesh would send it: a pending event, maybe an unknown non-final one, at
// most one of succeeded and failed, and after a payment (seen or not) maybe a refund: RefundPending
// alone, or RefundPending then RefundSucceeded. Every event delivered 1–3 times. The lifecycle's
// last step wins whatever the order (refundsucceeded > refundpending > succeeded | failed > pending).
const transferArb = (i: number) =>
  fc
    .record({
      casing: fc.constantFrom('lower', 'pascal', 'upper'),
      unknown: fc.boolean(),
      final: fc.constantFrom<'succeeded' | 'failed' | null>('succeeded', 'failed', null),
      refund: fc.constantFrom<'pending' | 'succeeded' | null>('pending', 'succeeded', null),
      copies: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 })
    })
    .map(({ casing, unknown, final, refund: wanted, copies }) => {
      const cased = (s: string) => (casing === 'lower' ? s.toLowerCase() : casing === 'upper' ? s.toUpperCase() : s)
      // A failed payment is never refunded.
      const refund = final === 'failed' ? null : wanted
      const transferId = `t-${i}`
      const events: Delivery[] = [{ transferId, eventId: `${transferId}-pending`, status: cased('Pending'), ts: 1000 }]
      if (unknown) events.push({ transferId, eventId: `${transferId}-onhold`, status: cased('OnHold'), ts: 2000 })
      if (final) events.push({ transferId, eventId: `${transferId}-final`, status: cased(final === 'succeeded' ? 'Succeeded' : 'Failed'), ts: 3000 })
      if (refund) events.push({ transferId, eventId: `${transferId}-refund`, status: cased('RefundPending'), ts: 4000 })
      if (refund === 'succeeded') events.push({ transferId, eventId: `${transferId}-refunded`, status: cased('RefundSucceeded'), ts: 5000 })
      const deliveries = events.flatMap((e, k) => new Array<Delivery>(copies[k] ?? 1).fill(e))
      const expected = refund === 'succeeded' ? 'refundsucceeded' : refund === 'pending' ? 'refundpending' : (final ?? (unknown ? 'onhold' : 'pending'))
      return { transferId, events, deliveries, expected }
    })

const scenarioArb = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => transferArb(i))))
  .chain((transfers) => {
    const all = transfers.flatMap((t) => t.deliveries)
    return fc.tuple(fc.constant(transfers), fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }))
  })

let run = 0
function ingestAll(order: Delivery[]) {
  // The writer thread's own code (verify on the main thread, record in the writer), run
  // in-process on a real file: 60 runs would otherwise start 180 threads.
  const store = openLedger({ file: join(tmp.dir, `p-${run++}.sqlite`), synchronous: 'NORMAL' })
  const recorder = createDeliveryRecorder(store)
  let n = 0
  for (const d of order) {
    const raw = Buffer.from(JSON.stringify(meshPayload({ eventId: d.eventId, id: `attempt-${n++}`, transferId: d.transferId, status: d.status, timestamp: d.ts })))
    const r = recorder.recordOne(prepareDelivery({ raw, headers: { 'x-mesh-signature-256': sign(secret, raw) }, remoteAddress: '127.0.0.1', receivedAt: 1_000_000 + n }, secret))
    expect(r.httpStatus).toBe(200)
  }
  return store
}

describe('ingest is order- and duplication-independent', () => {
  it('gives the same final state, one row per EventId, and counts every delivery', () => {
    fc.assert(
      fc.property(scenarioArb, ([transfers, order]) => {
        const store = ingestAll(order)
        try {
          for (const t of transfers) {
            const row = store.transfers.get(t.transferId)!
            expect(row.status).toBe(t.expected)
            expect(row.isFinal).toBe(['succeeded', 'failed', 'refundsucceeded'].includes(t.expected))
            expect(row.conflict).toBe(false)
            expect(row.eventCount).toBe(t.events.length)
            expect(row.deliveryCount).toBe(t.deliveries.length)
            expect(row.retried).toBe(t.deliveries.length > t.events.length)
            const events = store.events.listForTransfer(t.transferId)
            expect(events.map((e) => e.event_id).sort()).toEqual(t.events.map((e) => e.eventId).sort())
            for (const e of events) {
              expect(e.delivery_count).toBe(t.deliveries.filter((d) => d.eventId === e.event_id).length)
            }
          }
          const total = store.db.prepare('SELECT count(*) AS n FROM deliveries').get() as { n: number }
          expect(total.n).toBe(order.length)
          const verdicts = store.db.prepare("SELECT verdict, count(*) AS n FROM deliveries GROUP BY verdict").all() as { verdict: string; n: number }[]
          const eventsTotal = transfers.reduce((s, t) => s + t.events.length, 0)
          expect(Object.fromEntries(verdicts.map((v) => [v.verdict, v.n]))).toEqual({
            accepted: eventsTotal,
            ...(order.length > eventsTotal ? { duplicate: order.length - eventsTotal } : {})
          })
        } finally {
          store.close()
        }
      }),
      { numRuns: 60 }
    )
  })
})
