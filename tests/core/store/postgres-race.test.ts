// Four receivers (four stores, four pools) on one PostgreSQL ledger, each sent the same EventIds
// at the same moment with different attempt Ids — as Mesh's retries and a load balancer can
// make happen — for hundreds of rounds. The unique key on event_id is the only gate: exactly one
// event row per EventId, exactly one attempt accepted and the rest duplicates, every attempt
// recorded, and each transfer in the state the rules give whatever the interleaving.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgresStore, type PostgresStore } from '../../../src/main/core/store/postgres'
import type { IngestResult } from '../../../src/main/core/webhooks/ingest'
import { signed } from './engines'
import { createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from './pg'

notePgSkipped()

const RECEIVERS = 4
const ROUNDS = 300
const IN_FLIGHT = 8

interface Ev {
  eventId: string
  transferId: string
  status: string
  timestamp: number
}

function round(r: number): Ev[] {
  const t = `tr-${r}`
  const evs: Ev[] = [
    { eventId: `ev-${r}-p`, transferId: t, status: 'Pending', timestamp: 1000 },
    { eventId: `ev-${r}-r`, transferId: t, status: 'RefundPending', timestamp: 3000 },
    { eventId: `ev-${r}-s`, transferId: t, status: 'Succeeded', timestamp: 2000 }
  ]
  // every third round, two different finals for one transfer: whichever lands first wins, the other is a conflict
  if (r % 3 === 0) {
    const c = `tc-${r}`
    evs.push({ eventId: `ev-${r}-cs`, transferId: c, status: 'Succeeded', timestamp: 1000 }, { eventId: `ev-${r}-cf`, transferId: c, status: 'Failed', timestamp: 1000 })
  }
  return evs
}

describe.skipIf(!PG_URL)(`Receivers racing on one PostgreSQL ledger${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let db: TestDatabase
  let schema: string
  let stores: PostgresStore[] = []
  beforeAll(async () => {
    db = await createTestDatabase('race')
    schema = db.schema()
    stores = await Promise.all(Array.from({ length: RECEIVERS }, (_, i) => openPostgresStore({ url: db.url, schema, poolSize: 4, applicationName: `race-${i}` })))
  })
  afterAll(async () => {
    await Promise.allSettled(stores.map((s) => s.close()))
    await db?.drop()
  })

  it(`${ROUNDS} rounds, the same EventIds at ${RECEIVERS} receivers at once: one event each, every attempt recorded, the right final state`, async () => {
    const outcomes: { ev: Ev; receiver: number; r: IngestResult | Error }[] = []
    let next = 0
    let at = 1
    const worker = async () => {
      for (let r = next++; r < ROUNDS; r = next++) {
        const evs = round(r)
        await Promise.all(
          evs.flatMap((ev, k) =>
            // Each event starts at another receiver, so none is always first to send.
            stores.map(async (_, i) => {
              const receiver = (r + k + i) % RECEIVERS
              const [res] = await stores[receiver]!.recordDeliveries([signed({ ...ev, id: `${ev.eventId}@${receiver}` }, { receivedAt: at++ })])
              outcomes.push({ ev, receiver, r: res! })
            })
          )
        )
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker))

    const all = Array.from({ length: ROUNDS }, (_, r) => round(r)).flat()
    const errors = outcomes.filter((o) => o.r instanceof Error)
    expect(errors.map((o) => (o.r as Error).message)).toEqual([])
    expect(outcomes).toHaveLength(all.length * RECEIVERS)
    const accepted = new Map<string, number>()
    for (const o of outcomes) {
      const r = o.r as IngestResult
      expect(r.httpStatus).toBe(200)
      if (r.verdict === 'accepted') accepted.set(o.ev.eventId, (accepted.get(o.ev.eventId) ?? 0) + 1)
      else expect(r.verdict).toBe('duplicate')
    }
    expect(accepted.size).toBe(all.length)
    expect([...accepted.values()].every((n) => n === 1)).toBe(true)

    // What is in the ledger, read with a connection of its own.
    const c = new pg.Client({ connectionString: db.url, options: `-c search_path=${schema}` })
    await c.connect()
    try {
      const q = async <R extends pg.QueryResultRow>(sql: string) => (await c.query<R>(sql)).rows
      expect(await q(`SELECT count(*)::int AS n, min(delivery_count) AS lo, max(delivery_count) AS hi FROM webhook_events`)).toEqual([{ n: all.length, lo: RECEIVERS, hi: RECEIVERS }])
      expect(await q(`SELECT count(*)::int AS n, count(DISTINCT delivery_id)::int AS ids FROM deliveries`)).toEqual([{ n: all.length * RECEIVERS, ids: all.length * RECEIVERS }])
      expect(await q(`SELECT event_id FROM deliveries GROUP BY event_id HAVING count(*) FILTER (WHERE verdict = 'accepted') <> 1 OR count(*) <> ${RECEIVERS}`)).toEqual([])
      // the normal transfers: refundpending whatever the order (the later step wins: a Succeeded or a Pending after it changes nothing)
      const normal = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM transfers WHERE transfer_id LIKE 'tr-%' AND status = 'refundpending' AND is_final = 0 AND conflict = 0
           AND event_count = 3 AND delivery_count = ${3 * RECEIVERS} AND retried = 1 AND status_event_id LIKE '%-r'`
      )
      expect(normal).toEqual([{ n: ROUNDS }])
      // the conflicting ones: one final applied, the other flagged, and the transfer flagged
      const conflicted = await q<{ transfer_id: string; status: string; conflict: number; event_count: number; applied: string; flagged: string }>(
        `SELECT t.transfer_id, t.status, t.conflict, t.event_count,
                string_agg(e.status, ',') FILTER (WHERE e.applied = 1) AS applied,
                string_agg(e.status, ',') FILTER (WHERE e.conflict = 1) AS flagged
           FROM transfers t JOIN webhook_events e ON e.transfer_id = t.transfer_id
          WHERE t.transfer_id LIKE 'tc-%' GROUP BY t.transfer_id, t.status, t.conflict, t.event_count`
      )
      expect(conflicted).toHaveLength(Math.ceil(ROUNDS / 3))
      for (const t of conflicted) {
        expect(t).toMatchObject({ conflict: 1, event_count: 2, applied: t.status })
        expect(t.flagged).toBe(t.status === 'succeeded' ? 'failed' : 'succeeded')
      }
      // the attempts are spread over the receivers, and each receiver won some races
      const winners = new Set(outcomes.filter((o) => (o.r as IngestResult).verdict === 'accepted').map((o) => o.receiver))
      expect(winners.size).toBeGreaterThan(1)
    } finally {
      await c.end()
    }
  })
})
