// The state rules written twice must agree: random orders and duplications of status events go
// through the SQLite path (record.ts + apply.ts: the pure nextTransferState) and through the
// PostgreSQL path (one INSERT … ON CONFLICT DO UPDATE with the rules as CASE expressions), in the
// same order, and must leave the same ledger rows: transfers, events, deliveries, linked sales.
// Statuses in any casing, unknown non-final ones, every step of the lifecycle (pending, succeeded,
// failed, refundpending, refundsucceeded) in any order, contradictions (failed against paid),
// equal and missing Timestamps (the EventId tie-break, compared as bytes: mixed-case ids), fields
// present or not (the refund's RefundAddress, a TxHash a refund does not carry), sales to link,
// and now and then a status that came from polling Mesh instead of a webhook.
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLedger, type SyncLedger } from '../../../src/main/core/store/sqlite/ledger'
import { openPostgresStore, type PostgresStore } from '../../../src/main/core/store/postgres'
import { createDeliveryRecorder, type IngestResult } from '../../../src/main/core/webhooks/ingest'
import { interpretBody } from '../../../src/main/core/webhooks/payload'
import { tempDir } from '../../helpers'
import { eventBody, signed, type EventInput } from './engines'
import { createTestDatabase, notePgSkipped, PG_SKIPPED, PG_URL, type TestDatabase } from './pg'

notePgSkipped()

const STATUSES = [
  'Pending',
  'pending',
  'PENDING',
  'Weird',
  'RefundFailed',
  'Succeeded',
  'SUCCEEDED',
  'succeeded',
  'Failed',
  'failed',
  'RefundPending',
  'refundpending',
  'refundPending',
  'RefundSucceeded',
  'REFUNDSUCCEEDED'
]

const eventArb = fc.record({
  suffix: fc.stringMatching(/^[A-Za-z0-9_-]{1,3}$/),
  status: fc.constantFrom(...STATUSES),
  ts: fc.option(fc.constantFrom(1000, 2000, 3000), { nil: null }),
  txHash: fc.option(fc.constantFrom('0xa', '0xb'), { nil: undefined }),
  txn: fc.option(fc.constantFrom('txn-a', 'txn-b'), { nil: undefined }),
  token: fc.option(fc.constantFrom('USDC', 'ETH'), { nil: undefined }),
  amount: fc.option(fc.constantFrom<number | string>(1, 2.5, '3.10'), { nil: undefined }),
  refundAddress: fc.option(fc.constantFrom('0xrefund-a', '0xrefund-b'), { nil: undefined }),
  copies: fc.integer({ min: 1, max: 3 }),
  polled: fc.integer({ min: 0, max: 9 }).map((n) => n < 2)
})

const scenarioArb = fc
  .record({
    transfers: fc.array(fc.uniqueArray(eventArb, { minLength: 1, maxLength: 5, selector: (e) => e.suffix }), { minLength: 1, maxLength: 3 }),
    sale: fc.option(fc.constantFrom('txn-a', 'txn-b'), { nil: null })
  })
  .chain((sc) => {
    const deliveries = sc.transfers.flatMap((events, t) => events.flatMap((e) => Array.from({ length: e.copies }, (_, copy) => ({ t, e, copy }))))
    return fc.tuple(fc.constant(sc), fc.shuffledSubarray(deliveries, { minLength: deliveries.length, maxLength: deliveries.length }))
  })

describe.skipIf(!PG_URL)(`nextTransferState and the PostgreSQL upsert agree${PG_URL ? '' : ` — ${PG_SKIPPED}`}`, () => {
  let db: TestDatabase
  let pg: PostgresStore
  let lite: SyncLedger
  const tmp = tempDir('countertop-upsert-')
  beforeAll(async () => {
    db = await createTestDatabase('upsert')
    pg = await openPostgresStore({ url: db.url, schema: db.schema(), poolSize: 2 })
    lite = openLedger({ file: join(tmp.dir, 'ledger.sqlite'), synchronous: 'NORMAL' })
  })
  afterAll(async () => {
    lite?.close()
    await pg?.close()
    await db?.drop()
    tmp.cleanup()
  })

  it('gives the same ledger rows for any order and duplication of events', async () => {
    const recorder = () => createDeliveryRecorder(lite)
    let run = 0
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ([sc, order]) => {
        const rec = recorder()
        const p = `r${run++}-`
        const tid = (t: number) => `${p}tr-${t}`
        const sessionId = `${p}sale`
        if (sc.sale) {
          const sale = {
            session_id: sessionId,
            transaction_id: `${p}${sc.sale}`,
            created_at: 1,
            amount: '1.00',
            currency: 'USD',
            asset: 'USDC',
            network: null,
            destination_address: null,
            note: null,
            user_id: 'u',
            customer_key: null,
            token_expires_at: null,
            state: 'link_open',
            transfer_id: null,
            updated_at: 1
          }
          lite.sessions.insert(sale)
          await pg.sessions.insert(sale)
        }
        let k = 0
        for (const { t, e, copy } of order) {
          const input: EventInput = {
            eventId: `${p}${e.suffix}`,
            id: `${p}${e.suffix}#${copy}`,
            transferId: tid(t),
            status: e.status,
            timestamp: e.ts,
            transactionId: e.txn ? `${p}${e.txn}` : null,
            ...(e.txHash ? { txHash: e.txHash } : {}),
            ...(e.token ? { token: e.token } : {}),
            ...(e.amount !== undefined ? { sourceAmount: e.amount } : {}),
            ...(e.refundAddress ? { refundAddress: e.refundAddress } : {})
          }
          const at = 1_000_000 + k++
          if (e.polled && copy === 0) {
            const i = interpretBody(Buffer.from(JSON.stringify(eventBody(input))))
            if (i.kind !== 'event') throw new Error('not an event')
            const a = lite.ops.recordPolledEvent(i.event, at, '{"polled":true}')
            const b = await pg.ops.recordPolledEvent(i.event, at, '{"polled":true}')
            expect(b).toEqual(a)
            continue
          }
          const d = signed(input, { receivedAt: at })
          const a = rec.recordOne(d)
          const [b] = await pg.recordDeliveries([d])
          if (b instanceof Error) throw b
          const strip = (r: IngestResult) => ({ ...r, deliveryRowId: 0 })
          expect(strip(b!)).toEqual(strip(a))
        }
        for (let t = 0; t < sc.transfers.length; t++) {
          const id = tid(t)
          expect(await pg.transfers.getRecord(id)).toEqual(lite.transfers.getRecord(id))
          expect(await pg.events.listForTransfer(id)).toEqual(lite.events.listForTransfer(id))
          const noId = (rows: { id: number }[]) => rows.map((r) => ({ ...r, id: 0 }))
          expect(noId(await pg.deliveries.listForTransfer(id))).toEqual(noId(lite.deliveries.listForTransfer(id)))
        }
        if (sc.sale) expect(await pg.sessions.get(sessionId)).toEqual(lite.sessions.get(sessionId))
      }),
      { numRuns: 100 }
    )
  })
})
