// The store contract: the same cases, the same expected rows, against both engines — SQLite
// (openSqliteStore, its threads) and PostgreSQL (openPostgresStore, a fresh schema per test in a
// database of this file's own) — so the two cannot drift. Every repository method, the ingest
// rules, pagination with cursors, search, filters and the domain operations.
// Without COUNTERTOP_TEST_DATABASE_URL the PostgreSQL half is skipped, and says so.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../../src/main/core/store'
import { materialize, Serialized } from '../../../src/main/core/store/serialized'
import { encodeCursor } from '../../../src/main/core/store/sql'
import type { IngestResult, PreparedDelivery } from '../../../src/main/core/webhooks/ingest'
import { interpretBody } from '../../../src/main/core/webhooks/payload'
import { sign } from '../../helpers'
import { waitFor } from '../../helpers/wait'
import { bothEngines, eventBody, SECRET, signed, signedRaw, unsigned, type EventInput, type OpenOptions } from './engines'
import { notePgSkipped, PG_SKIPPED } from './pg'

notePgSkipped()

async function rec(store: Store, p: PreparedDelivery): Promise<IngestResult> {
  const [r] = await store.recordDeliveries([p])
  if (r instanceof Error) throw r
  return r!
}

/** Records events one by one (in this order), each received 1 ms after the previous unless `at` says. */
async function ingest(store: Store, events: (EventInput & { at?: number })[], start = 10_000): Promise<IngestResult[]> {
  const out: IngestResult[] = []
  let at = start
  for (const e of events) out.push(await rec(store, signed(e, { receivedAt: e.at ?? at++ })))
  return out
}

function session(id: string, txn: string, createdAt: number, transferId: string | null = null) {
  return {
    session_id: id,
    transaction_id: txn,
    created_at: createdAt,
    amount: '12.50',
    currency: 'USD',
    asset: 'USDC',
    network: null,
    destination_address: '0xabc',
    note: null,
    user_id: `user-${id}`,
    customer_key: null,
    token_expires_at: null,
    state: 'link_open',
    transfer_id: transferId,
    updated_at: createdAt,
    usd_amount: null,
    fx_rate: null,
    end_reason: null,
    ended_at: null,
    payment_link: null
  }
}

function transferRecord(id: string, over: Record<string, unknown> = {}) {
  return {
    transfer_id: id,
    transaction_id: null,
    status: 'pending',
    status_raw: 'Pending',
    is_final: 0,
    conflict: 0,
    status_ts: 100,
    status_event_id: 'ev-0',
    tx_hash: null,
    user_id: null,
    token: null,
    chain: null,
    source_amount: null,
    destination_amount: null,
    source_provider: null,
    destination_address: null,
    refund_address: null,
    first_seen_at: 1000,
    updated_at: 1000,
    event_count: 1,
    delivery_count: 1,
    retried: 0,
    provenance: 'webhook',
    is_test: 0,
    session_id: null,
    ...over
  }
}

for (const engine of bothEngines()) {
  describe.skipIf(engine.skip !== null)(`Store contract on ${engine.name}${engine.skip ? ` — ${PG_SKIPPED}` : ''}`, () => {
    let store: Store | undefined
    beforeAll(() => engine.setup())
    afterAll(() => engine.teardown())
    afterEach(async () => {
      await store?.close()
      store = undefined
    })
    const open = async (o?: OpenOptions) => (store = await engine.open(o))

    describe('ingest', () => {
      it('accepts a new event: the transfer, event and delivery rows it leaves', async () => {
        const s = await open()
        const body = eventBody({
          eventId: 'ev-1',
          transferId: 'tr-1',
          status: 'Pending',
          timestamp: 1000,
          transactionId: 'txn-1',
          userId: 'u-1',
          token: 'USDC',
          chain: 'Ethereum',
          sourceAmount: 12.5,
          destinationAmount: '12.50'
        })
        const raw = Buffer.from(JSON.stringify(body))
        const r = await rec(s, signedRaw(raw, { receivedAt: 5000, headers: { authorization: 'Bearer secret', 'x-custom': 'yes' } }))
        expect(r).toEqual({ httpStatus: 200, verdict: 'accepted', deliveryRowId: expect.any(Number), eventId: 'ev-1', transferId: 'tr-1', changedTransferId: 'tr-1', reason: null })
        const record = {
          transfer_id: 'tr-1',
          transaction_id: 'txn-1',
          status: 'pending',
          status_raw: 'Pending',
          is_final: 0,
          conflict: 0,
          status_ts: 1000,
          status_event_id: 'ev-1',
          tx_hash: null,
          user_id: 'u-1',
          token: 'USDC',
          chain: 'Ethereum',
          source_amount: '12.5',
          destination_amount: '12.5',
          source_provider: null,
          destination_address: null,
          refund_address: null,
          first_seen_at: 5000,
          updated_at: 5000,
          event_count: 1,
          delivery_count: 1,
          retried: 0,
          provenance: 'webhook',
          is_test: 0,
          session_id: null
        }
        expect(await s.transfers.getRecord('tr-1')).toEqual(record)
        expect(await s.transfers.get('tr-1')).toEqual({
          transferId: 'tr-1',
          transactionId: 'txn-1',
          status: 'pending',
          statusRaw: 'Pending',
          isFinal: false,
          conflict: false,
          txHash: null,
          userId: 'u-1',
          token: 'USDC',
          chain: 'Ethereum',
          sourceAmount: '12.5',
          destinationAmount: '12.5',
          sourceAccountProvider: null,
          destinationAddress: null,
          refundAddress: null,
          firstSeenAt: 5000,
          updatedAt: 5000,
          statusTimestamp: 1000,
          eventCount: 1,
          deliveryCount: 1,
          retried: false,
          provenance: 'webhook',
          isTest: false,
          sessionId: null
        })
        expect(await s.events.find('ev-1')).toEqual({ event_id: 'ev-1', transfer_id: 'tr-1' })
        expect(await s.events.listForTransfer('tr-1')).toEqual([
          {
            event_id: 'ev-1',
            transfer_id: 'tr-1',
            status: 'pending',
            status_raw: 'Pending',
            event_ts: 1000,
            first_received_at: 5000,
            delivery_count: 1,
            provenance: 'webhook',
            applied: 1,
            conflict: 0,
            payload: null
          }
        ])
        const row = {
          id: r.deliveryRowId,
          deliveryId: 'ev-1-attempt',
          eventId: 'ev-1',
          transferId: 'tr-1',
          receivedAt: 5000,
          sentTimestamp: 1_720_532_648,
          verdict: 'accepted',
          httpStatus: 200,
          answerMs: null,
          remoteAddress: '127.0.0.1',
          headers: { 'content-type': 'application/json', authorization: '[redacted]', 'x-custom': 'yes', 'x-mesh-signature-256': sign(SECRET, raw) },
          bodySize: raw.length,
          bodyTruncated: false,
          body: raw.toString('utf8'),
          replayOf: null,
          isTest: false,
          flags: []
        }
        expect(await s.deliveries.get(r.deliveryRowId)).toEqual(row)
        expect(await s.deliveries.listForTransfer('tr-1')).toEqual([row])
        const rawRow = await s.deliveries.getRaw(r.deliveryRowId)
        expect({ ...rawRow, body: undefined }).toEqual({
          id: r.deliveryRowId,
          delivery_id: 'ev-1-attempt',
          event_id: 'ev-1',
          transfer_id: 'tr-1',
          received_at: 5000,
          sent_ts: 1_720_532_648,
          verdict: 'accepted',
          rejected: 0,
          http_status: 200,
          answer_ms: null,
          remote_addr: '127.0.0.1',
          headers: JSON.stringify(row.headers),
          body: undefined,
          body_size: raw.length,
          body_truncated: 0,
          replay_of: null,
          is_test: 0,
          flags: null,
          claimed_transfer_id: null
        })
        expect(Buffer.from(rawRow!.body).equals(raw)).toBe(true)
        expect(await s.deliveries.lastReceivedAt()).toBe(5000)
        expect(await s.transfers.get('nope')).toBeUndefined()
        expect(await s.transfers.getRecord('nope')).toBeUndefined()
        expect(await s.events.find('nope')).toBeUndefined()
        expect(await s.deliveries.get(999_999)).toBeUndefined()
        expect(await s.deliveries.getRaw(999_999)).toBeUndefined()
      })

      it('flags deliveries: ambiguous (recorded, not applied), no_tx_hash (applied), stale (applied), none for a plain one', async () => {
        const s = await open()
        const sent = 1_720_532_648 // eventBody's SentTimestamp (s)
        const fresh = sent * 1000 + 1000
        // ambiguous: TransferStatus twice; JSON.parse would keep the last (Succeeded)
        const dup = '{"EventId":"ev-amb","Id":"a-1","SentTimestamp":1720532648,"TransferId":"tr-amb","TransferStatus":"Failed","TransferStatus":"Succeeded","TxHash":"0x1"}'
        const a = await rec(s, signedRaw(dup, { receivedAt: fresh }))
        expect(a).toMatchObject({ httpStatus: 200, verdict: 'accepted', eventId: 'ev-amb', transferId: 'tr-amb', changedTransferId: null })
        expect(await s.transfers.getRecord('tr-amb')).toBeUndefined()
        expect(await s.events.listForTransfer('tr-amb')).toEqual([expect.objectContaining({ event_id: 'ev-amb', status: 'succeeded', applied: 0, conflict: 0 })])
        expect((await s.deliveries.get(a.deliveryRowId))!).toMatchObject({ verdict: 'accepted', flags: ['ambiguous'], transferId: 'tr-amb' })
        expect((await s.deliveries.getRaw(a.deliveryRowId))!.flags).toBe('ambiguous')
        // its retry is a repeat, still flagged, and still applies nothing
        const a2 = await rec(s, signedRaw(dup, { receivedAt: fresh + 1 }))
        expect(a2.verdict).toBe('duplicate')
        expect((await s.deliveries.get(a2.deliveryRowId))!.flags).toEqual(['ambiguous'])
        expect(await s.transfers.getRecord('tr-amb')).toBeUndefined()
        // an ambiguous event for a transfer we have leaves it as it was
        await ingest(s, [{ eventId: 'ev-p', transferId: 'tr-p', status: 'Pending', at: fresh }])
        const dupP = '{"EventId":"ev-p2","TransferId":"tr-p","TransferStatus":"Succeeded","TxHash":"0x2","transferStatus":"Failed","Timestamp":9}'
        await rec(s, signedRaw(dupP, { receivedAt: fresh + 2 }))
        expect(await s.transfers.get('tr-p')).toMatchObject({ status: 'pending', eventCount: 1, txHash: null })
        // no_tx_hash: a Succeeded without TxHash is applied and flagged
        const [n] = await ingest(s, [{ eventId: 'ev-n', transferId: 'tr-n', status: 'Succeeded', at: fresh }])
        expect(await s.transfers.get('tr-n')).toMatchObject({ status: 'succeeded', isFinal: true })
        expect((await s.deliveries.get(n!.deliveryRowId))!.flags).toEqual(['no_tx_hash'])
        // stale: SentTimestamp more than 24 h before it arrived; applied as usual
        const [st] = await ingest(s, [{ eventId: 'ev-s', transferId: 'tr-s', status: 'Succeeded', txHash: '0x3', at: sent * 1000 + 24 * 3600_000 + 1 }])
        expect(await s.transfers.get('tr-s')).toMatchObject({ status: 'succeeded', txHash: '0x3' })
        expect((await s.deliveries.get(st!.deliveryRowId))!.flags).toEqual(['stale'])
        // several at once, in a fixed order; an uninterpretable delivery carries them too
        const [both] = await ingest(s, [{ eventId: 'ev-b', transferId: 'tr-b', status: 'Succeeded', extra: { EventId: 'ev-b' }, at: sent * 1000 + 48 * 3600_000 }])
        expect((await s.deliveries.get(both!.deliveryRowId))!.flags).toEqual(['no_tx_hash', 'stale'])
        const u = await rec(s, signedRaw('{"EventId":"ev-u","EventId":"ev-u","TransferId":"tr-u"}', { receivedAt: fresh }))
        expect(u.verdict).toBe('uninterpretable')
        expect((await s.deliveries.get(u.deliveryRowId))!.flags).toEqual(['ambiguous'])
        // a plain one has none, and they show in a listing too
        const [plain] = await ingest(s, [{ eventId: 'ev-ok', transferId: 'tr-ok', status: 'Succeeded', txHash: '0x4', at: fresh }])
        expect((await s.deliveries.get(plain!.deliveryRowId))!.flags).toEqual([])
        expect((await s.deliveries.listForTransfer('tr-n')).map((d) => d.flags)).toEqual([['no_tx_hash']])
        expect((await s.deliveries.list({ limit: 50 })).items.find((d) => d.id === a.deliveryRowId)!.flags).toEqual(['ambiguous'])
      })

      it('counts a repeated EventId as a duplicate on the event and its transfer', async () => {
        const s = await open()
        const [a] = await ingest(s, [{ eventId: 'ev-1', transferId: 'tr-1', status: 'Pending', id: 'try-1' }])
        const b = await rec(s, signed({ eventId: 'ev-1', transferId: 'tr-1', status: 'Pending', id: 'try-2' }, { receivedAt: 20_000 }))
        expect(a!.verdict).toBe('accepted')
        expect(b).toEqual({ httpStatus: 200, verdict: 'duplicate', deliveryRowId: expect.any(Number), eventId: 'ev-1', transferId: 'tr-1', changedTransferId: 'tr-1', reason: null })
        expect(b.deliveryRowId).toBeGreaterThan(a!.deliveryRowId)
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ event_count: 1, delivery_count: 2, retried: 1, updated_at: 20_000, first_seen_at: 10_000 })
        expect(await s.events.listForTransfer('tr-1')).toMatchObject([{ event_id: 'ev-1', delivery_count: 2, applied: 1, first_received_at: 10_000 }])
        expect((await s.deliveries.listForTransfer('tr-1')).map((d) => [d.deliveryId, d.verdict])).toEqual([
          ['try-1', 'accepted'],
          ['try-2', 'duplicate']
        ])
        // A batch holding the same EventId twice: the first accepted, the second a duplicate.
        const batch = await s.recordDeliveries([
          signed({ eventId: 'ev-2', transferId: 'tr-2', status: 'Pending', id: 'x-1' }, { receivedAt: 30_000 }),
          signed({ eventId: 'ev-2', transferId: 'tr-2', status: 'Pending', id: 'x-2' }, { receivedAt: 30_001 })
        ])
        expect(batch.map((r) => (r as IngestResult).verdict)).toEqual(['accepted', 'duplicate'])
        expect(await s.transfers.getRecord('tr-2')).toMatchObject({ event_count: 1, delivery_count: 2, retried: 1 })
      })

      it('records rejected deliveries with the body cut at 4 KiB and keeps only the newest ones', async () => {
        const s = await open({ limits: { rejectedKeep: 5 } })
        const big = Buffer.alloc(5000, 'x')
        const bad = await rec(s, unsigned(big, { receivedAt: 1000 }))
        expect(bad).toEqual({ httpStatus: 401, verdict: 'signature_invalid', deliveryRowId: expect.any(Number), eventId: null, transferId: null, changedTransferId: null, reason: 'signature does not match the body' })
        const none = await rec(s, unsigned('{}', { receivedAt: 1001, signature: null }))
        expect(none).toMatchObject({ httpStatus: 401, verdict: 'signature_missing', reason: 'X-Mesh-Signature-256 header is missing' })
        const other = await rec(s, { d: { raw: Buffer.from('x'), headers: {}, remoteAddress: '198.51.100.1', receivedAt: 1002 }, kind: 'rejected', verdict: 'too_large', httpStatus: 413, reason: null })
        expect(other).toMatchObject({ httpStatus: 413, verdict: 'too_large', reason: null })
        const row = await s.deliveries.get(bad.deliveryRowId)
        expect(row).toMatchObject({ verdict: 'signature_invalid', httpStatus: 401, bodySize: 5000, bodyTruncated: true, eventId: null, transferId: null, deliveryId: null, remoteAddress: '203.0.113.9' })
        expect(row!.body).toBe('x'.repeat(4096))
        expect((await s.deliveries.getRaw(bad.deliveryRowId))!.rejected).toBe(1)
        expect(await s.deliveries.rejectedCount()).toBe(3)
        // Pruning runs every 100 rejected deliveries: then the newest 5 stay.
        const more = await s.recordDeliveries(Array.from({ length: 97 }, (_, i) => unsigned(`{"n":${i}}`, { receivedAt: 2000 + i })))
        expect(more.every((r) => !(r instanceof Error) && r.httpStatus === 401)).toBe(true)
        expect(await s.deliveries.rejectedCount()).toBe(5)
        const kept = await s.deliveries.list({ limit: 10, rejected: true })
        expect(kept.items.map((d) => d.receivedAt)).toEqual([2096, 2095, 2094, 2093, 2092])
        expect(await s.deliveries.pruneRejected(2)).toBe(3)
        expect(await s.deliveries.rejectedCount()).toBe(2)
      })

      it('finds the rejected deliveries that claim a transfer by its TransferId, however many rejected ones came after', async () => {
        const s = await open()
        const forged = JSON.stringify(eventBody({ eventId: 'ev-c1', transferId: 'tr-claimed', status: 'Succeeded', id: 'att-forged' }))
        const claim = await rec(s, unsigned(forged, { receivedAt: 1000 }))
        // A truncated body (cut at 4 KiB) still names its transfer; a body naming another does not count.
        const long = JSON.stringify({ ...eventBody({ eventId: 'ev-c2', transferId: 'tr-claimed', status: 'Pending' }), Pad: 'p'.repeat(6000) })
        const cut = await rec(s, unsigned(long, { receivedAt: 1001, signature: null }))
        await rec(s, unsigned(JSON.stringify(eventBody({ eventId: 'ev-x', transferId: 'tr-other', status: 'Pending' })), { receivedAt: 1002 }))
        // 250 newer rejected deliveries about nothing: the old claims are not pushed out of view.
        await s.recordDeliveries(Array.from({ length: 250 }, (_, i) => unsigned(`{"n":${i}}`, { receivedAt: 2000 + i })))
        const found = await s.deliveries.listClaimingTransfer('tr-claimed')
        expect(found.map((d) => d.id)).toEqual([cut.deliveryRowId, claim.deliveryRowId])
        expect(found.map((d) => [d.verdict, d.transferId, d.eventId])).toEqual([
          ['signature_missing', null, null],
          ['signature_invalid', null, null]
        ])
        expect(await s.deliveries.listClaimingTransfer('tr-other')).toHaveLength(1)
        expect(await s.deliveries.listClaimingTransfer('tr-none')).toEqual([])
        // A verified delivery is found through its own transfer, never as a claim.
        await rec(s, signed({ eventId: 'ev-ok', transferId: 'tr-claimed', status: 'Pending' }, { receivedAt: 3000 }))
        expect((await s.deliveries.listClaimingTransfer('tr-claimed')).map((d) => d.id)).toEqual([cut.deliveryRowId, claim.deliveryRowId])
      })

      it('stores a signed body that is not JSON as malformed, and one without a status as uninterpretable', async () => {
        const s = await open()
        const m = await rec(s, signedRaw('not json{', { receivedAt: 1000 }))
        expect(m).toEqual({ httpStatus: 200, verdict: 'malformed', deliveryRowId: expect.any(Number), eventId: null, transferId: null, changedTransferId: null, reason: 'body is not valid JSON' })
        expect(await s.deliveries.get(m.deliveryRowId)).toMatchObject({ verdict: 'malformed', httpStatus: 200, body: 'not json{', bodyTruncated: false, eventId: null })
        const body = JSON.stringify({ EventId: 'ev-u', Id: 'try-u1', TransferId: 'tr-u', SentTimestamp: 17 })
        const u = await rec(s, signedRaw(body, { receivedAt: 2000 }))
        expect(u).toEqual({ httpStatus: 200, verdict: 'uninterpretable', deliveryRowId: expect.any(Number), eventId: 'ev-u', transferId: 'tr-u', changedTransferId: null, reason: 'TransferStatus is missing' })
        expect(await s.events.find('ev-u')).toEqual({ event_id: 'ev-u', transfer_id: 'tr-u' })
        const u2 = await rec(s, signedRaw(JSON.stringify({ EventId: 'ev-u', Id: 'try-u2' }), { receivedAt: 3000 }))
        expect(u2).toMatchObject({ verdict: 'uninterpretable', eventId: 'ev-u', transferId: null, reason: 'TransferId is missing' })
        expect(await s.events.listForTransfer('tr-u')).toEqual([
          { event_id: 'ev-u', transfer_id: 'tr-u', status: null, status_raw: null, event_ts: null, first_received_at: 2000, delivery_count: 2, provenance: 'webhook', applied: 0, conflict: 0, payload: null }
        ])
        expect(await s.transfers.get('tr-u')).toBeUndefined()
        expect(await s.deliveries.get(u.deliveryRowId)).toMatchObject({ verdict: 'uninterpretable', deliveryId: 'try-u1', eventId: 'ev-u', transferId: 'tr-u', sentTimestamp: 17 })
        const arr = await rec(s, signedRaw('[1,2]', { receivedAt: 4000 }))
        expect(arr).toMatchObject({ verdict: 'uninterpretable', eventId: null, reason: 'body is not a JSON object' })
        expect((await s.deliveries.list({ limit: 10 })).total).toBe(4)
      })

      it('fails one bad delivery alone (an Error for it, the others stored)', async () => {
        const s = await open()
        const bad = signed({ eventId: 'ev-bad', transferId: 'tr-bad', status: 'Pending' }, { receivedAt: 1 })
        ;(bad.d as { receivedAt: unknown }).receivedAt = null
        const [a, b, c] = await s.recordDeliveries([
          signed({ eventId: 'ev-a', transferId: 'tr-a', status: 'Pending' }, { receivedAt: 1 }),
          bad,
          signed({ eventId: 'ev-c', transferId: 'tr-c', status: 'Pending' }, { receivedAt: 2 })
        ])
        expect(a).toMatchObject({ verdict: 'accepted' })
        expect(b).toBeInstanceOf(Error)
        expect(c).toMatchObject({ verdict: 'accepted' })
        expect((await s.deliveries.list({ limit: 10 })).total).toBe(2)
        expect(await s.events.find('ev-bad')).toBeUndefined()
        expect(await s.transfers.get('tr-bad')).toBeUndefined()
      })

      it('keeps a final status sticky and flags a different final one as a conflict', async () => {
        const s = await open()
        const rs = await ingest(s, [
          { eventId: 'ev-p', transferId: 'tr-1', status: 'Pending', timestamp: 1000 },
          { eventId: 'ev-s', transferId: 'tr-1', status: 'SUCCEEDED', timestamp: 2000, txHash: '0xhash' },
          { eventId: 'ev-late', transferId: 'tr-1', status: 'Pending', timestamp: 9000 },
          { eventId: 'ev-again', transferId: 'tr-1', status: 'succeeded', timestamp: 9500 },
          { eventId: 'ev-f', transferId: 'tr-1', status: 'Failed', timestamp: 3000 }
        ])
        expect(rs.map((r) => r.verdict)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted'])
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({
          status: 'succeeded',
          status_raw: 'SUCCEEDED',
          is_final: 1,
          conflict: 1,
          status_ts: 2000,
          status_event_id: 'ev-s',
          tx_hash: '0xhash',
          event_count: 5,
          delivery_count: 5
        })
        const evs = await s.events.listForTransfer('tr-1')
        expect(evs.map((e) => [e.event_id, e.applied, e.conflict])).toEqual([
          ['ev-p', 1, 0],
          ['ev-s', 1, 0],
          ['ev-f', 0, 1],
          ['ev-late', 0, 0],
          ['ev-again', 0, 0]
        ])
        // conflict stays flagged after later events
        await ingest(s, [{ eventId: 'ev-more', transferId: 'tr-1', status: 'Pending' }], 50_000)
        expect(await s.transfers.get('tr-1')).toMatchObject({ status: 'succeeded', conflict: true, eventCount: 6 })
      })

      it('moves a succeeded transfer on to RefundPending and RefundSucceeded, keeping its TxHash; late or contradicting events after it change nothing', async () => {
        const s = await open()
        await ingest(s, [
          { eventId: 'ev-p', transferId: 'tr-r', status: 'Pending', timestamp: 1000 },
          { eventId: 'ev-s', transferId: 'tr-r', status: 'Succeeded', timestamp: 2000, txHash: '0xpaid', destinationAmount: '12.5' },
          { eventId: 'ev-rp', transferId: 'tr-r', status: 'RefundPending', timestamp: 3000, refundAddress: '0xcustomer' }
        ])
        expect(await s.transfers.getRecord('tr-r')).toMatchObject({
          status: 'refundpending',
          status_raw: 'RefundPending',
          is_final: 0,
          conflict: 0,
          status_ts: 3000,
          status_event_id: 'ev-rp',
          tx_hash: '0xpaid',
          destination_amount: '12.5',
          refund_address: '0xcustomer'
        })
        // RefundPending is not final: reconciliation looks it up again.
        expect((await s.reconcileRuns.pendingTransfers(Number.MAX_SAFE_INTEGER, 0)).map((t) => t.transfer_id)).toContain('tr-r')
        await ingest(
          s,
          [
            { eventId: 'ev-late-s', transferId: 'tr-r', status: 'Succeeded', timestamp: 9000 },
            { eventId: 'ev-rs', transferId: 'tr-r', status: 'RefundSucceeded', timestamp: 4000, refundAddress: '0xcustomer' },
            { eventId: 'ev-late-rp', transferId: 'tr-r', status: 'RefundPending', timestamp: 9500 },
            { eventId: 'ev-f', transferId: 'tr-r', status: 'Failed', timestamp: 9900 }
          ],
          20_000
        )
        expect(await s.transfers.getRecord('tr-r')).toMatchObject({ status: 'refundsucceeded', status_raw: 'RefundSucceeded', is_final: 1, conflict: 1, status_ts: 4000, status_event_id: 'ev-rs', tx_hash: '0xpaid', event_count: 7 })
        expect((await s.reconcileRuns.pendingTransfers(Number.MAX_SAFE_INTEGER, 0)).map((t) => t.transfer_id)).not.toContain('tr-r')
        const evs = await s.events.listForTransfer('tr-r')
        expect(evs.map((e) => [e.event_id, e.applied, e.conflict])).toEqual([
          ['ev-p', 1, 0],
          ['ev-s', 1, 0],
          ['ev-rp', 1, 0],
          ['ev-rs', 1, 0],
          ['ev-late-s', 0, 0],
          ['ev-late-rp', 0, 0],
          ['ev-f', 0, 1]
        ])
        // A refund status first (the Succeeded webhook lost) is applied: it implies the payment.
        await ingest(s, [{ eventId: 'ev-only', transferId: 'tr-only', status: 'RefundPending', timestamp: 1 }], 30_000)
        expect(await s.transfers.getRecord('tr-only')).toMatchObject({ status: 'refundpending', is_final: 0, conflict: 0 })
        // A failed transfer is never refunded: a refund status after it is a conflict.
        await ingest(
          s,
          [
            { eventId: 'ev-ff', transferId: 'tr-failed', status: 'Failed', timestamp: 1 },
            { eventId: 'ev-fr', transferId: 'tr-failed', status: 'RefundPending', timestamp: 2 }
          ],
          40_000
        )
        expect(await s.transfers.getRecord('tr-failed')).toMatchObject({ status: 'failed', is_final: 1, conflict: 1, status_event_id: 'ev-ff' })
      })

      it('orders non-final statuses by Mesh Timestamp, then by EventId in byte order', async () => {
        const s = await open()
        await ingest(s, [
          { eventId: 'ev-r', transferId: 'tr-1', status: 'OnHold', timestamp: 2000 },
          { eventId: 'ev-p', transferId: 'tr-1', status: 'Pending', timestamp: 1000 }
        ])
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ status: 'onhold', status_raw: 'OnHold', is_final: 0, status_ts: 2000, status_event_id: 'ev-r' })
        // Equal Timestamps: the greater EventId wins, compared as bytes ('B' < 'a').
        await ingest(s, [
          { eventId: 'ev-a', transferId: 'tr-2', status: 'Pending', timestamp: 5000 },
          { eventId: 'ev-B', transferId: 'tr-2', status: 'Weird', timestamp: 5000 }
        ])
        expect(await s.transfers.getRecord('tr-2')).toMatchObject({ status: 'pending', status_event_id: 'ev-a' })
        await ingest(s, [{ eventId: 'ev-b', transferId: 'tr-2', status: 'Weird', timestamp: 5000 }], 20_000)
        expect(await s.transfers.getRecord('tr-2')).toMatchObject({ status: 'weird', status_raw: 'Weird', status_event_id: 'ev-b' })
        // A missing Timestamp counts as earlier than any.
        await ingest(s, [
          { eventId: 'ev-1', transferId: 'tr-3', status: 'Pending', timestamp: 10 },
          { eventId: 'ev-9', transferId: 'tr-3', status: 'Other', timestamp: null }
        ])
        expect(await s.transfers.getRecord('tr-3')).toMatchObject({ status: 'pending', status_ts: 10 })
        await ingest(s, [
          { eventId: 'ev-1', transferId: 'tr-4', status: 'Pending', timestamp: null },
          { eventId: 'ev-2', transferId: 'tr-4', status: 'Other', timestamp: null }
        ])
        expect(await s.transfers.getRecord('tr-4')).toMatchObject({ status: 'other', status_ts: null, status_event_id: 'ev-2' })
        // A final one applies over any non-final, whatever its Timestamp.
        await ingest(s, [{ eventId: 'ev-f', transferId: 'tr-1', status: 'Failed', timestamp: 1 }], 30_000)
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ status: 'failed', is_final: 1, status_ts: 1, conflict: 0 })
      })

      it('fills missing fields from any event and lets only an applied event replace one', async () => {
        const s = await open()
        await ingest(s, [
          { eventId: 'ev-1', transferId: 'tr-1', status: 'Pending', timestamp: 2000, transactionId: 'txn-1', token: 'USDC' },
          // not applied (earlier): fills what is missing, replaces nothing
          { eventId: 'ev-0', transferId: 'tr-1', status: 'Pending', timestamp: 1000, transactionId: 'txn-other', token: 'ETH', chain: 'Base', txHash: '0xold' },
          // applied: replaces what it has, keeps what it lacks
          { eventId: 'ev-2', transferId: 'tr-1', status: 'Succeeded', timestamp: 3000, txHash: '0xnew', sourceAmount: 5, refundAddress: '0xrefund' }
        ])
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({
          transaction_id: 'txn-1',
          token: 'USDC',
          chain: 'Base',
          tx_hash: '0xnew',
          source_amount: '5',
          refund_address: '0xrefund',
          status: 'succeeded'
        })
        // after a final: later events still fill gaps, never replace
        await ingest(s, [{ eventId: 'ev-3', transferId: 'tr-1', status: 'Pending', timestamp: 9000, txHash: '0xlater', destinationAmount: 7, userId: 'u' }], 20_000)
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ tx_hash: '0xnew', destination_amount: '7', user_id: 'u', status: 'succeeded', updated_at: 20_000 })
      })

      it('links a transfer to the sale whose TransactionId it names, and the sale to it', async () => {
        const s = await open()
        await s.sessions.insert(session('sess-1', 'txn-sale', 500))
        await ingest(s, [{ eventId: 'ev-1', transferId: 'tr-1', status: 'Pending', transactionId: 'txn-sale' }], 1000)
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ session_id: 'sess-1' })
        expect(await s.sessions.get('sess-1')).toMatchObject({ transfer_id: 'tr-1', updated_at: 1000 })
        // a second transfer naming the same sale: it learns the sale, the sale keeps its first transfer
        await ingest(s, [{ eventId: 'ev-2', transferId: 'tr-2', status: 'Pending', transactionId: 'txn-sale' }], 2000)
        expect(await s.transfers.getRecord('tr-2')).toMatchObject({ session_id: 'sess-1' })
        expect(await s.sessions.get('sess-1')).toMatchObject({ transfer_id: 'tr-1', updated_at: 1000 })
        // a sale created after the transfer's first event is found by its next event
        await ingest(s, [{ eventId: 'ev-3', transferId: 'tr-3', status: 'Pending', transactionId: 'txn-late' }], 3000)
        expect(await s.transfers.getRecord('tr-3')).toMatchObject({ session_id: null })
        await s.sessions.insert(session('sess-2', 'txn-late', 3500))
        await ingest(s, [{ eventId: 'ev-4', transferId: 'tr-3', status: 'Succeeded', transactionId: 'txn-late' }], 4000)
        expect(await s.transfers.getRecord('tr-3')).toMatchObject({ session_id: 'sess-2', status: 'succeeded' })
        expect(await s.sessions.get('sess-2')).toMatchObject({ transfer_id: 'tr-3', updated_at: 4000 })
      })

      it('keeps self-test and replayed deliveries apart as test rows', async () => {
        const s = await open()
        const [r] = await ingest(s, [{ eventId: 'ev-t', transferId: 'tr-t', status: 'Pending', selfTest: true }])
        expect(await s.transfers.getRecord('tr-t')).toMatchObject({ is_test: 1 })
        const replay = await rec(s, signed({ eventId: 'ev-t', transferId: 'tr-t', status: 'Pending', id: 'again' }, { receivedAt: 20_000, isTest: true, replayOf: r!.deliveryRowId }))
        expect(await s.deliveries.get(replay.deliveryRowId)).toMatchObject({ verdict: 'duplicate', isTest: true, replayOf: r!.deliveryRowId })
        await rec(s, signed({ eventId: 'ev-x', transferId: 'tr-x', status: 'Pending' }, { receivedAt: 30_000, isTest: true }))
        expect(await s.transfers.get('tr-x')).toMatchObject({ isTest: true })
      })

      it('writes answer times later, in batches', async () => {
        const s = await open()
        const [a, b] = await ingest(s, [
          { eventId: 'ev-1', transferId: 'tr-1', status: 'Pending' },
          { eventId: 'ev-2', transferId: 'tr-2', status: 'Pending' }
        ])
        s.recordAnswerTimes([
          { id: a!.deliveryRowId, ms: 1.25 },
          { id: b!.deliveryRowId, ms: 9 }
        ])
        s.recordAnswerTimes([{ id: b!.deliveryRowId, ms: 2.5 }])
        await waitFor(async () => (await s.deliveries.get(b!.deliveryRowId))?.answerMs === 2.5, { what: 'the answer times' })
        expect((await s.deliveries.get(a!.deliveryRowId))!.answerMs).toBe(1.25)
      })
    })

    describe('console views', () => {
      it('answers a ledger page with each sale’s charge, one transfer’s whole history, and an inspector page', async () => {
        const s = await open()
        await s.sessions.insert(session('sess-v', 'txn-v', 500))
        await ingest(
          s,
          [
            { eventId: 'ev-v1', transferId: 'tr-v', status: 'Pending', timestamp: 1000, transactionId: 'txn-v' },
            // Mesh's retry of the same event: same EventId, a new Id
            { eventId: 'ev-v1', id: 'ev-v1-retry', transferId: 'tr-v', status: 'Pending', timestamp: 1000, transactionId: 'txn-v' },
            { eventId: 'ev-v2', transferId: 'tr-v', status: 'Succeeded', timestamp: 2000, transactionId: 'txn-v' },
            { eventId: 'ev-o1', transferId: 'tr-other', status: 'Pending', timestamp: 1500 }
          ],
          1000
        )
        await rec(s, unsigned(JSON.stringify(eventBody({ eventId: 'ev-forged', transferId: 'tr-v', status: 'Failed' })), { receivedAt: 5000 }))

        const page = materialize(await s.views.ledgerPage({ limit: 10, includeTests: false }))
        expect(page.items.map((t) => [t.transferId, t.status, t.charge?.amount ?? null, t.charge?.currency ?? null])).toEqual([
          ['tr-other', 'pending', null, null],
          ['tr-v', 'succeeded', '12.50', 'USD']
        ])
        expect(page.total).toBe(2)

        const h = materialize(await s.views.transferHistory({ transferId: 'tr-v' }))
        expect(h.transfer).toMatchObject({ transferId: 'tr-v', status: 'succeeded', sessionId: 'sess-v', charge: { amount: '12.50', currency: 'USD' } })
        // Timestamp order, each event with its own attempts; the body stored once still shows on the event.
        expect(h.events.map((e) => [e.eventId, e.deliveries.length])).toEqual([
          ['ev-v1', 2],
          ['ev-v2', 1]
        ])
        expect(h.events[0]!.payload).toMatchObject({ EventId: 'ev-v1', TransferStatus: 'Pending' })
        expect(h.rejected.map((d) => d.verdict)).toEqual(['signature_invalid'])
        await expect(s.views.transferHistory({ transferId: 'tr-none' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No transfer tr-none in the ledger.' })

        const first = materialize(await s.views.deliveriesPage({ limit: 3 }))
        expect(first.items).toHaveLength(3)
        expect(first.total).toBe(5)
        const rest = materialize(await s.views.deliveriesPage({ limit: 3, cursor: first.nextCursor! }))
        expect([...first.items, ...rest.items].map((d) => d.receivedAt)).toEqual([5000, 1003, 1002, 1001, 1000])
      })

      it(`comes ${engine.name === 'sqlite' ? 'as JSON bytes from the reader thread (the main thread never holds the rows)' : 'as values, built in this process'}`, async () => {
        const s = await open()
        await ingest(s, [{ eventId: 'ev-j1', transferId: 'tr-j', status: 'Pending' }], 1000)
        const v = await s.views.ledgerPage({ limit: 5, includeTests: false })
        if (engine.name === 'sqlite') {
          expect(v).toBeInstanceOf(Serialized)
          const bytes = (v as Serialized<unknown>).envelope
          // The whole console answer, ready for the socket.
          expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual({ ok: true, value: (v as Serialized<unknown>).value() })
        } else expect(v).not.toBeInstanceOf(Serialized)
        expect(materialize(v).items.map((t) => t.transferId)).toEqual(['tr-j'])
      })
    })

    describe('transfers', () => {
      // first_seen_at ties broken by transfer_id DESC, in byte order: 'tr-alpha…' > 'tr-Beta…'.
      const ledger: (EventInput & { at: number })[] = [
        { eventId: 'e1', transferId: 'tr-Alpha-0001', status: 'Pending', at: 1000, transactionId: 'txn-aaa111', txHash: '0xabc111' },
        { eventId: 'e2', transferId: 'tr-alpha-0002', status: 'Succeeded', at: 2000, transactionId: 'txn-aaa222' },
        { eventId: 'e3', transferId: 'tr-Beta-0003', status: 'Failed', at: 2000 },
        { eventId: 'e4', transferId: 'tr-beta-0004', status: 'RefundPending', at: 3000 },
        { eventId: 'e5', transferId: 'tr-gamma-0005', status: 'Pending', at: 3000, selfTest: true },
        { eventId: 'e6', transferId: 'tr-delta-0006', status: 'Pending', at: 4000, transactionId: 'txn-bbb222', txHash: '0xdef222' },
        { eventId: 'e7', transferId: 'tr-Zeta-0007', status: 'pending', at: 4000 }
      ]
      const ids = (p: { items: { transferId: string }[] }) => p.items.map((t) => t.transferId)

      it('lists newest first with keyset cursors, and totals', async () => {
        const s = await open()
        await ingest(s, ledger)
        const order = ['tr-delta-0006', 'tr-Zeta-0007', 'tr-beta-0004', 'tr-alpha-0002', 'tr-Beta-0003', 'tr-Alpha-0001']
        const first = await s.transfers.list({ limit: 100, includeTests: false })
        expect(ids(first)).toEqual(order)
        expect(first).toMatchObject({ total: 6, nextCursor: null })
        const seen: string[] = []
        let cursor: string | null = null
        let pages = 0
        do {
          const page: Awaited<ReturnType<Store['transfers']['list']>> = await s.transfers.list({ limit: 2, includeTests: false, cursor })
          expect(page.total).toBe(6)
          seen.push(...ids(page))
          cursor = page.nextCursor
          pages++
        } while (cursor)
        expect(seen).toEqual(order)
        expect(pages).toBe(3)
        const all = await s.transfers.list({ limit: 3, includeTests: true })
        expect(ids(all)).toEqual(['tr-delta-0006', 'tr-Zeta-0007', 'tr-gamma-0005'])
        expect(all.total).toBe(7)
        expect(all.nextCursor).toBe(encodeCursor(3000, 'tr-gamma-0005'))
        expect(ids(await s.transfers.list({ limit: 10, includeTests: true, cursor: all.nextCursor }))).toEqual(['tr-beta-0004', 'tr-alpha-0002', 'tr-Beta-0003', 'tr-Alpha-0001'])
        // a cursor between two timestamps (hand-made) selects what is older than it
        expect(ids(await s.transfers.list({ limit: 10, includeTests: false, cursor: encodeCursor(2000.5, '') }))).toEqual(['tr-alpha-0002', 'tr-Beta-0003', 'tr-Alpha-0001'])
        expect(ids(await s.transfers.list({ limit: 10, includeTests: false, cursor: encodeCursor(2000, 'tr-alpha-0002') }))).toEqual(['tr-Beta-0003', 'tr-Alpha-0001'])
        const empty = await s.transfers.list({ limit: 10, includeTests: false, cursor: encodeCursor(0, '') })
        expect(empty).toEqual({ items: [], total: 6, nextCursor: null })
      })

      it('refuses a cursor it did not make', async () => {
        const s = await open()
        await ingest(s, ledger)
        await expect(s.transfers.list({ limit: 10, includeTests: false, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
        await expect(s.transfers.list({ limit: 10, includeTests: false, cursor: Buffer.from('["x",1]').toString('base64url') })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
      })

      it('filters by status (case-insensitive, one or several), time range and test rows', async () => {
        const s = await open()
        await ingest(s, ledger)
        const pending = await s.transfers.list({ limit: 10, includeTests: false, status: 'Pending' })
        expect(ids(pending)).toEqual(['tr-delta-0006', 'tr-Zeta-0007', 'tr-Alpha-0001'])
        expect(pending.total).toBe(3)
        expect((await s.transfers.list({ limit: 10, includeTests: true, status: 'pending' })).total).toBe(4)
        const finals = await s.transfers.list({ limit: 1, includeTests: false, status: ['succeeded', 'FAILED'] })
        expect(ids(finals)).toEqual(['tr-alpha-0002'])
        expect(finals.total).toBe(2)
        expect(ids(await s.transfers.list({ limit: 10, includeTests: false, status: ['succeeded', 'FAILED'], cursor: finals.nextCursor }))).toEqual(['tr-Beta-0003'])
        expect(ids(await s.transfers.list({ limit: 10, includeTests: false, status: 'RefundPending' }))).toEqual(['tr-beta-0004'])
        expect((await s.transfers.list({ limit: 10, includeTests: false, status: 'unknown' })).total).toBe(0)
        const range = await s.transfers.list({ limit: 10, includeTests: false, from: 2000, to: 3000 })
        expect(ids(range)).toEqual(['tr-alpha-0002', 'tr-Beta-0003'])
        expect(range.total).toBe(2)
        expect(ids(await s.transfers.list({ limit: 10, includeTests: true, from: 3000 }))).toEqual(['tr-delta-0006', 'tr-Zeta-0007', 'tr-gamma-0005', 'tr-beta-0004'])
        expect(ids(await s.transfers.list({ limit: 10, includeTests: false, to: 2000 }))).toEqual(['tr-Alpha-0001'])
      })

      it('searches TransferId, TransactionId and TxHash: exact, or a prefix of at least 6 characters, in any letter case', async () => {
        const s = await open()
        await ingest(s, ledger)
        const find = async (search: string, includeTests = false) => ids(await s.transfers.list({ limit: 10, includeTests, search }))
        expect(await find('tr-delta-0006')).toEqual(['tr-delta-0006'])
        expect(await find('tr-del')).toEqual(['tr-delta-0006'])
        expect(await find('tr-de')).toEqual([])
        // Stored ids of one case are found whatever case is typed; a mixed-case id as typed.
        expect(await find('tr-alp')).toEqual(['tr-alpha-0002'])
        expect(await find('tr-Alp')).toEqual(['tr-alpha-0002', 'tr-Alpha-0001'])
        expect(await find('TR-DELTA')).toEqual(['tr-delta-0006'])
        expect(await find('TR-DELTA-0006')).toEqual(['tr-delta-0006'])
        expect(await find('0XABC111')).toEqual(['tr-Alpha-0001'])
        expect(await find('0xDEF222')).toEqual(['tr-delta-0006'])
        expect(await find('TXN-BBB222')).toEqual(['tr-delta-0006'])
        expect(await find('tr-bet')).toEqual(['tr-beta-0004'])
        expect(await find('txn-aaa')).toEqual(['tr-alpha-0002', 'tr-Alpha-0001'])
        expect(await find('txn-bbb222')).toEqual(['tr-delta-0006'])
        expect(await find('0xabc1')).toEqual(['tr-Alpha-0001'])
        expect(await find('0xdef222')).toEqual(['tr-delta-0006'])
        expect(await find('0xdef')).toEqual([])
        expect(await find('tr-gamma')).toEqual([])
        expect(await find('tr-gamma', true)).toEqual(['tr-gamma-0005'])
        expect(await find('tr-')).toEqual([])
        const page = await s.transfers.list({ limit: 1, includeTests: false, search: 'tr-alpha-0002', status: 'succeeded' })
        expect(page).toMatchObject({ total: 1, nextCursor: null })
        expect((await s.transfers.list({ limit: 1, includeTests: false, search: 'tr-alpha', status: 'pending' })).total).toBe(0)
      })

      it('finds transfers by amount: the crypto sent or received, or the fiat the sale charged; exact or a range', async () => {
        const s = await open()
        await ingest(s, [
          { eventId: 'a1', transferId: 'tr-amt-1', status: 'Succeeded', at: 1000, sourceAmount: 12.5125, destinationAmount: 12.5 },
          { eventId: 'a2', transferId: 'tr-amt-2', status: 'Pending', at: 2000, sourceAmount: '0.004', destinationAmount: '0.0039' },
          { eventId: 'a3', transferId: 'tr-amt-3', status: 'Pending', at: 3000, transactionId: 'txn-amt-3' },
          { eventId: 'a4', transferId: 'tr-amt-4', status: 'Failed', at: 4000, sourceAmount: 100, destinationAmount: 99.5 }
        ])
        // tr-amt-3 has no amounts of its own: its sale charged 20.00 (stored as typed).
        await s.sessions.insert({ ...session('s-amt-3', 'txn-amt-3', 2500, 'tr-amt-3'), amount: '20.00' })
        await s.transfers.update({ ...(await s.transfers.getRecord('tr-amt-3'))!, session_id: 's-amt-3' })
        const find = async (amountMin?: string, amountMax?: string) => ids(await s.transfers.list({ limit: 10, includeTests: false, amountMin, amountMax }))
        expect(await find('12.5', '12.5')).toEqual(['tr-amt-1'])
        expect(await find('12.50', '12.50')).toEqual(['tr-amt-1'])
        expect(await find('12.5125', '12.5125')).toEqual(['tr-amt-1'])
        expect(await find('20', '20')).toEqual(['tr-amt-3'])
        expect(await find('0.0039', '0.0039')).toEqual(['tr-amt-2'])
        expect(await find('12.51', '12.51')).toEqual([])
        expect(await find('10', '30')).toEqual(['tr-amt-3', 'tr-amt-1'])
        expect(await find('99.5')).toEqual(['tr-amt-4'])
        expect(await find(undefined, '0.01')).toEqual(['tr-amt-2'])
        const page = await s.transfers.list({ limit: 1, includeTests: false, amountMin: '0', amountMax: '1000' })
        expect(page.total).toBe(4)
        expect(ids(page)).toEqual(['tr-amt-4'])
      })

      it('inserts, updates and counts repeat deliveries directly', async () => {
        const s = await open()
        await s.transfers.insert(transferRecord('tr-1') as never)
        expect(await s.transfers.getRecord('tr-1')).toEqual(transferRecord('tr-1'))
        await s.transfers.update(transferRecord('tr-1', { status: 'succeeded', status_raw: 'Succeeded', is_final: 1, tx_hash: '0x1', updated_at: 2000, first_seen_at: 9999 }) as never)
        expect(await s.transfers.getRecord('tr-1')).toEqual(transferRecord('tr-1', { status: 'succeeded', status_raw: 'Succeeded', is_final: 1, tx_hash: '0x1', updated_at: 2000 }))
        await s.transfers.countRepeatDelivery('tr-1', 3000)
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ delivery_count: 2, retried: 1, updated_at: 3000 })
        await expect(s.transfers.insert(transferRecord('tr-1') as never)).rejects.toThrow()
      })
    })

    describe('events', () => {
      it('inserts, finds, counts repeats and lists a transfer’s events in Timestamp order', async () => {
        const s = await open()
        const ev = (id: string, ts: number | null, at: number) => ({
          event_id: id,
          transfer_id: 'tr-1',
          status: 'pending',
          status_raw: 'Pending',
          event_ts: ts,
          first_received_at: at,
          delivery_count: 1,
          provenance: 'webhook',
          applied: 0,
          conflict: 0,
          payload: null
        })
        await s.events.insert(ev('b', 3000, 1))
        await s.events.insert(ev('a', 3000, 1))
        await s.events.insert(ev('C', 3000, 1))
        await s.events.insert(ev('z', null, 2500))
        await s.events.insert(ev('y', 1000, 9000))
        await s.events.insert({ ...ev('p', 2000, 5), provenance: 'poll', payload: '{"id":"tr-1"}', delivery_count: 0 })
        await expect(s.events.insert(ev('a', 1, 1))).rejects.toThrow()
        await s.events.countRepeatDelivery('a')
        const list = await s.events.listForTransfer('tr-1')
        expect(list.map((e) => e.event_id)).toEqual(['y', 'p', 'z', 'C', 'a', 'b'])
        expect(list.find((e) => e.event_id === 'a')!.delivery_count).toBe(2)
        expect(list.find((e) => e.event_id === 'p')).toEqual({ ...ev('p', 2000, 5), provenance: 'poll', payload: '{"id":"tr-1"}', delivery_count: 0 })
        expect(await s.events.find('p')).toEqual({ event_id: 'p', transfer_id: 'tr-1' })
        expect(await s.events.listForTransfer('none')).toEqual([])
      })
    })

    describe('deliveries', () => {
      async function ledger(s: Store) {
        const r: Record<string, IngestResult> = {}
        r.a1 = await rec(s, signed({ eventId: 'ev-a', transferId: 'tr-a', status: 'Pending', id: 'a1' }, { receivedAt: 1 }))
        r.b1 = await rec(s, signed({ eventId: 'ev-b', transferId: 'tr-b', status: 'Pending', id: 'b1' }, { receivedAt: 2 }))
        r.bad = await rec(s, unsigned('{}', { receivedAt: 3 }))
        r.a2 = await rec(s, signed({ eventId: 'ev-a', transferId: 'tr-a', status: 'Pending', id: 'a2' }, { receivedAt: 4 }))
        r.mal = await rec(s, signedRaw('nope', { receivedAt: 5 }))
        r.un = await rec(s, signedRaw(JSON.stringify({ EventId: 'ev-u', Id: 'u1' }), { receivedAt: 6 }))
        r.a3 = await rec(s, signed({ eventId: 'ev-a2', transferId: 'tr-a', status: 'Succeeded', id: 'a3' }, { receivedAt: 7 }))
        r.none = await rec(s, unsigned('{}', { receivedAt: 8, signature: null }))
        return r
      }
      const ids = (p: { items: { deliveryId: string | null; receivedAt: number }[] }) => p.items.map((d) => d.deliveryId ?? `@${d.receivedAt}`)

      it('lists newest first with id cursors', async () => {
        const s = await open()
        await ledger(s)
        const all = await s.deliveries.list({ limit: 100 })
        expect(ids(all)).toEqual(['@8', 'a3', 'u1', '@5', 'a2', '@3', 'b1', 'a1'])
        expect(all).toMatchObject({ total: 8, nextCursor: null })
        const seen: string[] = []
        let cursor: string | null = null
        do {
          const page: Awaited<ReturnType<Store['deliveries']['list']>> = await s.deliveries.list({ limit: 3, cursor })
          expect(page.total).toBe(8)
          seen.push(...ids(page))
          if (page.nextCursor) expect(page.nextCursor).toBe(String(page.items[page.items.length - 1]!.id))
          cursor = page.nextCursor
        } while (cursor)
        expect(seen).toEqual(ids(all))
        await expect(s.deliveries.list({ limit: 3, cursor: 'abc' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
        await expect(s.deliveries.list({ limit: 3, cursor: '1.5' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
      })

      it('filters by verdict, rejected, TransferId and EventId', async () => {
        const s = await open()
        const r = await ledger(s)
        expect(ids(await s.deliveries.list({ limit: 10, verdict: 'duplicate' }))).toEqual(['a2'])
        expect(ids(await s.deliveries.list({ limit: 10, verdict: ['malformed', 'uninterpretable'] }))).toEqual(['u1', '@5'])
        // The common verdict alone (counted as all minus the others on SQLite): the three accepted.
        const onlyAccepted = await s.deliveries.list({ limit: 2, verdict: 'accepted' })
        expect(ids(onlyAccepted)).toEqual(['a3', 'b1'])
        expect(onlyAccepted.total).toBe(3)
        const accepted = await s.deliveries.list({ limit: 2, verdict: ['accepted', 'duplicate'] })
        expect(ids(accepted)).toEqual(['a3', 'a2'])
        expect(accepted.total).toBe(4)
        expect(ids(await s.deliveries.list({ limit: 10, verdict: ['accepted', 'duplicate'], cursor: accepted.nextCursor }))).toEqual(['b1', 'a1'])
        expect(ids(await s.deliveries.list({ limit: 10, rejected: true }))).toEqual(['@8', '@3'])
        const kept = await s.deliveries.list({ limit: 10, rejected: false })
        expect(kept.total).toBe(6)
        expect(ids(kept)).toEqual(['a3', 'u1', '@5', 'a2', 'b1', 'a1'])
        expect(ids(await s.deliveries.list({ limit: 10, rejected: true, verdict: 'signature_missing' }))).toEqual(['@8'])
        expect(ids(await s.deliveries.list({ limit: 10, transferId: 'tr-a' }))).toEqual(['a3', 'a2', 'a1'])
        expect(ids(await s.deliveries.list({ limit: 10, transferId: 'tr-a', verdict: 'accepted' }))).toEqual(['a3', 'a1'])
        expect(ids(await s.deliveries.list({ limit: 10, eventId: 'ev-a' }))).toEqual(['a2', 'a1'])
        expect(ids(await s.deliveries.list({ limit: 10, eventId: 'ev-u' }))).toEqual(['u1'])
        expect((await s.deliveries.list({ limit: 10, eventId: 'ev-none' })).total).toBe(0)
        expect((await s.deliveries.list({ limit: 10, transferId: 'tr-b', rejected: false })).total).toBe(1)
        expect(ids({ items: await s.deliveries.listForTransfer('tr-a') })).toEqual(['a1', 'a2', 'a3'])
        expect(await s.deliveries.rejectedCount()).toBe(2)
        expect(await s.deliveries.lastReceivedAt()).toBe(8)
        expect(r.none!.deliveryRowId).toBeGreaterThan(r.a3!.deliveryRowId)
      })

      it('inserts rows directly and prunes rejected ones', async () => {
        const s = await open()
        expect(await s.deliveries.lastReceivedAt()).toBeNull()
        const row = (verdict: 'accepted' | 'signature_invalid', at: number) => ({
          delivery_id: null,
          event_id: null,
          transfer_id: null,
          received_at: at,
          sent_ts: null,
          verdict,
          http_status: verdict === 'accepted' ? 200 : 401,
          remote_addr: null,
          headers: '{"a":"b"}',
          body: Buffer.from([0, 1, 2, 255]),
          body_size: 4,
          body_truncated: 0,
          replay_of: null,
          is_test: 0
        })
        const ids: number[] = []
        for (let i = 0; i < 6; i++) ids.push(await s.deliveries.insert(row(i % 2 ? 'accepted' : 'signature_invalid', i)))
        expect([...ids].sort((a, b) => a - b)).toEqual(ids)
        expect(await s.deliveries.rejectedCount()).toBe(3)
        const raw = await s.deliveries.getRaw(ids[0]!)
        expect(Buffer.from(raw!.body).equals(Buffer.from([0, 1, 2, 255]))).toBe(true)
        expect(raw).toMatchObject({ rejected: 1, headers: '{"a":"b"}', received_at: 0 })
        expect((await s.deliveries.get(ids[0]!))!.headers).toEqual({ a: 'b' })
        expect(await s.deliveries.pruneRejected(1)).toBe(2)
        expect(await s.deliveries.pruneRejected(1)).toBe(0)
        expect((await s.deliveries.list({ limit: 10, rejected: true })).items.map((d) => d.id)).toEqual([ids[4]])
        expect((await s.deliveries.list({ limit: 10 })).total).toBe(4)
        s.recordAnswerTimes([{ id: ids[1]!, ms: 0.5 }])
        await waitFor(async () => (await s.deliveries.get(ids[1]!))?.answerMs === 0.5, { what: 'the answer time' })
      })
    })

    describe('sessions and customers', () => {
      it('stores sales and their SDK callbacks', async () => {
        const s = await open()
        await s.sessions.insert(session('s1', 'txn-1', 1000))
        await s.sessions.insert(session('s2', 'txn-2', 3000))
        await s.sessions.insert(session('s3', 'txn-3', 2000, 'tr-x'))
        await expect(s.sessions.insert(session('s4', 'txn-1', 1))).rejects.toThrow()
        expect(await s.sessions.get('s1')).toEqual(session('s1', 'txn-1', 1000))
        expect(await s.sessions.get('nope')).toBeUndefined()
        expect(await s.sessions.findByTransactionId('txn-3')).toEqual(session('s3', 'txn-3', 2000, 'tr-x'))
        expect(await s.sessions.findByTransactionId('nope')).toBeUndefined()
        expect((await s.sessions.recent(2)).map((r) => r.session_id)).toEqual(['s2', 's3'])
        await s.sessions.linkTransfer('s1', 'tr-1', 4000)
        await s.sessions.linkTransfer('s1', 'tr-2', 5000)
        expect(await s.sessions.get('s1')).toMatchObject({ transfer_id: 'tr-1', updated_at: 4000 })
        await s.sessions.setState('s1', 'paid', 6000)
        expect(await s.sessions.get('s1')).toMatchObject({ state: 'paid', updated_at: 6000 })
        const e1 = await s.sessions.addSdkEvent('s1', 7000, 'onIntegrationConnected', { accessToken: { brokerType: 'coinbase' } })
        const e2 = await s.sessions.addSdkEvent('s1', 7001, 'onExit', undefined)
        expect(e2).toBeGreaterThan(e1)
        expect(await s.sessions.sdkEvents('s1')).toEqual([
          { id: e1, session_id: 's1', at: 7000, type: 'onIntegrationConnected', payload: '{"accessToken":{"brokerType":"coinbase"}}' },
          { id: e2, session_id: 's1', at: 7001, type: 'onExit', payload: null }
        ])
        expect(await s.sessions.sdkEvents('s2')).toEqual([])
        await expect(s.sessions.addSdkEvent('nope', 1, 'x', null)).rejects.toThrow()
      })

      it('keeps return customers and their saved connections', async () => {
        const s = await open()
        expect(await s.customers.ensure('ck-1', 'user-new', 1000)).toBe('user-new')
        expect(await s.customers.ensure('ck-1', 'user-other', 2000)).toBe('user-new')
        const conn = (accountId: string, token: string) => ({ accountId, accountName: `Account ${accountId}`, accessToken: token, brokerType: 'coinbase', brokerName: 'Coinbase' })
        await s.customers.saveConnection('ck-1', conn('acc-1', 'tok-1'), 1000)
        await s.customers.saveConnection('ck-1', conn('acc-2', 'tok-2'), 2000)
        await s.customers.saveConnection('ck-1', conn('acc-1', 'tok-1b'), 3000)
        expect(await s.customers.connections('ck-1')).toEqual([conn('acc-1', 'tok-1b'), conn('acc-2', 'tok-2')])
        expect(await s.customers.connections('ck-none')).toEqual([])
        await expect(s.customers.saveConnection('ck-none', conn('a', 'b'), 1)).rejects.toThrow()
        expect(await s.customers.forgetConnections('ck-1')).toBe(2)
        expect(await s.customers.forgetConnections('ck-1')).toBe(0)
        expect(await s.customers.connections('ck-1')).toEqual([])
      })
    })

    describe('settings and audit', () => {
      it('keeps JSON settings, with the heartbeat there from the start', async () => {
        const s = await open()
        expect(await s.settings.all()).toEqual({ heartbeat: null })
        await s.settings.set('b', { x: [1, 'two'] })
        await s.settings.set('a', 3)
        await s.settings.set('a', 'three')
        expect(await s.settings.get('a')).toBe('three')
        expect(await s.settings.get<{ x: unknown[] }>('b')).toEqual({ x: [1, 'two'] })
        expect(await s.settings.get('none')).toBeUndefined()
        await s.settings.delete('a')
        await s.settings.delete('none')
        expect(await s.settings.all()).toEqual({ heartbeat: null, b: { x: [1, 'two'] } })
      })

      it('appends audit entries and lists them newest first', async () => {
        const s = await open()
        const a = await s.audit.append('counter', 'one', { n: 1 })
        const b = await s.audit.append('counter', 'two')
        const c = await s.audit.append('admin', 'three', 'text')
        expect(a < b && b < c).toBe(true)
        const list = await s.audit.list()
        expect(list.map((e) => [e.id, e.actor, e.action, e.detail])).toEqual([
          [c, 'admin', 'three', 'text'],
          [b, 'counter', 'two', null],
          [a, 'counter', 'one', { n: 1 }]
        ])
        expect(list.every((e) => typeof e.at === 'number')).toBe(true)
        expect((await s.audit.list(1)).map((e) => e.id)).toEqual([c])
        expect((await s.audit.list(10, c)).map((e) => e.id)).toEqual([b, a])
      })
    })

    describe('downtime and reconciliation', () => {
      it('opens at most one window per kind, closes it, records past ones and marks them reconciled', async () => {
        const s = await open()
        const id = await s.downtime.open('tunnel', 1000, 'ngrok down')
        expect(await s.downtime.open('tunnel', 1500, 'again')).toBe(id)
        expect(await s.downtime.openWindow('tunnel')).toEqual({ id, kind: 'tunnel', startedAt: 1000, endedAt: null, reason: 'ngrok down', reconciledAt: null })
        expect(await s.downtime.openWindow('app')).toBeNull()
        expect(await s.downtime.markReconciled(id, 1600)).toBe(false)
        expect(await s.downtime.close('tunnel', 900)).toEqual({ id, kind: 'tunnel', startedAt: 1000, endedAt: 1000, reason: 'ngrok down', reconciledAt: null })
        expect(await s.downtime.close('tunnel', 2000)).toBeNull()
        const id2 = await s.downtime.open('tunnel', 3000)
        expect(id2).not.toBe(id)
        const past = await s.downtime.record('app', 500, 400, 'not running')
        expect(await s.downtime.get(past)).toEqual({ id: past, kind: 'app', startedAt: 500, endedAt: 500, reason: 'not running', reconciledAt: null })
        expect(await s.downtime.get(999)).toBeNull()
        expect((await s.downtime.list()).map((w) => w.id)).toEqual([id2, id, past])
        expect((await s.downtime.list(1)).map((w) => w.id)).toEqual([id2])
        expect((await s.downtime.unreconciled()).map((w) => w.id)).toEqual([past, id, id2])
        expect(await s.downtime.markReconciled(id, 5000)).toBe(true)
        expect(await s.downtime.markReconciled(id, 6000)).toBe(false)
        expect(await s.downtime.get(id)).toMatchObject({ reconciledAt: 5000 })
        expect((await s.downtime.unreconciled()).map((w) => w.id)).toEqual([past, id2])
      })

      it('logs reconciliation runs and finds what they must look at', async () => {
        const s = await open()
        const r1 = await s.reconcileRuns.startRun('startup', 1000)
        const r2 = await s.reconcileRuns.startRun('tunnel-recovered', 2000)
        expect(await s.reconcileRuns.getRun(r1)).toEqual({ id: r1, startedAt: 1000, finishedAt: null, trigger: 'startup', checked: 0, updated: 0, conflicts: 0, error: null })
        await s.reconcileRuns.finishRun(r1, { finishedAt: 1500, checked: 3, updated: 1, conflicts: 1, error: 'partial' })
        expect(await s.reconcileRuns.getRun(r1)).toEqual({ id: r1, startedAt: 1000, finishedAt: 1500, trigger: 'startup', checked: 3, updated: 1, conflicts: 1, error: 'partial' })
        expect(await s.reconcileRuns.getRun(12345)).toBeNull()
        expect((await s.reconcileRuns.listRuns()).map((r) => r.id)).toEqual([r2, r1])
        expect((await s.reconcileRuns.listRuns(1)).map((r) => r.id)).toEqual([r2])
        // A time window (a support bundle's), inclusive at both ends, newest first, bounded.
        expect((await s.reconcileRuns.runsBetween(1500, 2500, 10)).map((r) => r.id)).toEqual([r2])
        expect((await s.reconcileRuns.runsBetween(1000, 2000, 10)).map((r) => r.id)).toEqual([r2, r1])
        expect((await s.reconcileRuns.runsBetween(0, 5000, 1)).map((r) => r.id)).toEqual([r2])
        expect(await s.reconcileRuns.runsBetween(2001, 5000, 10)).toEqual([])
        await ingest(s, [
          { eventId: 'e1', transferId: 'tr-open-1', status: 'Pending', at: 1000 },
          { eventId: 'e2', transferId: 'tr-done', status: 'Succeeded', at: 2000 },
          { eventId: 'e3', transferId: 'tr-open-2', status: 'RefundPending', at: 3000 },
          { eventId: 'e4', transferId: 'tr-test', status: 'Pending', at: 2500, selfTest: true },
          { eventId: 'e5', transferId: 'tr-open-3', status: 'Pending', at: 9000 }
        ])
        expect(await s.reconcileRuns.pendingTransfers(5000, 1000)).toEqual([
          { transfer_id: 'tr-open-1', first_seen_at: 1000 },
          { transfer_id: 'tr-open-2', first_seen_at: 3000 }
        ])
        await s.sessions.insert(session('s1', 'txn-1', 1000))
        await s.sessions.insert(session('s2', 'txn-2', 2000, 'tr-x'))
        await s.sessions.insert(session('s3', 'txn-3', 3000))
        expect(await s.reconcileRuns.unlinkedSessions(5000, 1500)).toEqual([{ session_id: 's3', transaction_id: 'txn-3', created_at: 3000 }])
        expect(await s.reconcileRuns.unlinkedSessions(5000, 0)).toEqual([
          { session_id: 's1', transaction_id: 'txn-1', created_at: 1000 },
          { session_id: 's3', transaction_id: 'txn-3', created_at: 3000 }
        ])
      })
    })

    describe('domain operations (each one transaction)', () => {
      it('setSettings: settings and their audit entry together; null deletes', async () => {
        const s = await open()
        await s.settings.set('gone', 1)
        await s.ops.setSettings(
          [
            ['mode', 'sandbox'],
            ['gone', null]
          ],
          { actor: 'counter', action: 'settings.updated', detail: { keys: ['mode', 'gone'] } }
        )
        expect(await s.settings.all()).toEqual({ heartbeat: null, mode: 'sandbox' })
        expect((await s.audit.list()).map((e) => [e.actor, e.action, e.detail])).toEqual([['counter', 'settings.updated', { keys: ['mode', 'gone'] }]])
        await s.ops.setSettings([['mode', 'production']], null)
        expect(await s.settings.get('mode')).toBe('production')
        expect(await s.audit.list()).toHaveLength(1)
      })

      it('recordSdkEvent: saved connections, the callback and the transfer link, or none of them', async () => {
        const s = await open()
        await s.sessions.insert(session('s1', 'txn-1', 1000))
        await s.customers.ensure('ck-1', 'user-1', 1000)
        const conn = { accountId: 'a1', accountName: 'Main', accessToken: 't1', brokerType: 'coinbase', brokerName: 'Coinbase' }
        await s.ops.recordSdkEvent({ sessionId: 's1', at: 2000, type: 'onTransferFinished', payload: { transferId: 'tr-1' }, customerKey: 'ck-1', connections: [conn], transferId: 'tr-1' })
        expect(await s.customers.connections('ck-1')).toEqual([conn])
        expect(await s.sessions.sdkEvents('s1')).toMatchObject([{ type: 'onTransferFinished', payload: '{"transferId":"tr-1"}', at: 2000 }])
        expect(await s.sessions.get('s1')).toMatchObject({ transfer_id: 'tr-1', updated_at: 2000 })
        // an unknown sale: the callback cannot be stored, and the connection saved before it is undone
        const conn2 = { ...conn, accountId: 'a2' }
        await expect(s.ops.recordSdkEvent({ sessionId: 'nope', at: 3000, type: 'x', payload: null, customerKey: 'ck-1', connections: [conn2], transferId: null })).rejects.toThrow()
        expect(await s.customers.connections('ck-1')).toEqual([conn])
      })

      it('recordPolledEvent: a new poll event unless the transfer has that status or the event is known', async () => {
        const s = await open()
        const ev = (eventId: string, statusRaw: string, timestamp: number | null) => {
          const i = interpretBody(Buffer.from(JSON.stringify(eventBody({ eventId, transferId: 'tr-1', status: statusRaw, timestamp, transactionId: 'txn-1', txHash: '0xpoll' }))))
          if (i.kind !== 'event') throw new Error('not an event')
          return i.event
        }
        expect(await s.ops.recordPolledEvent(ev('poll-1', 'Pending', 1000), 5000, '{"status":"pending"}')).toEqual({ applied: true, conflict: false, created: true })
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ status: 'pending', provenance: 'poll', event_count: 1, delivery_count: 0, first_seen_at: 5000, tx_hash: '0xpoll', is_test: 0 })
        expect(await s.events.listForTransfer('tr-1')).toEqual([
          { event_id: 'poll-1', transfer_id: 'tr-1', status: 'pending', status_raw: 'Pending', event_ts: 1000, first_received_at: 5000, delivery_count: 0, provenance: 'poll', applied: 1, conflict: 0, payload: '{"status":"pending"}' }
        ])
        expect(await s.ops.recordPolledEvent(ev('poll-2', 'PENDING', 2000), 6000, '{}')).toBeNull()
        expect(await s.ops.recordPolledEvent(ev('poll-1', 'Succeeded', 2000), 6000, '{}')).toBeNull()
        expect(await s.events.find('poll-2')).toBeUndefined()
        await ingest(s, [{ eventId: 'wh-1', transferId: 'tr-1', status: 'Failed', timestamp: 3000 }], 7000)
        expect(await s.ops.recordPolledEvent(ev('poll-3', 'Succeeded', 4000), 8000, '{}')).toEqual({ applied: false, conflict: true, created: false })
        expect(await s.transfers.getRecord('tr-1')).toMatchObject({ status: 'failed', provenance: 'webhook', conflict: 1, event_count: 3, delivery_count: 1, updated_at: 8000 })
        expect((await s.events.listForTransfer('tr-1')).map((e) => [e.event_id, e.provenance, e.applied, e.conflict])).toEqual([
          ['poll-1', 'poll', 1, 0],
          ['wh-1', 'webhook', 1, 0],
          ['poll-3', 'poll', 0, 1]
        ])
      })

      it('recordPolledEvents: a page of polls, each as recordPolledEvent, answered in order', async () => {
        const s = await open()
        const ev = (transferId: string, statusRaw: string, timestamp: number) => {
          const i = interpretBody(Buffer.from(JSON.stringify(eventBody({ eventId: `poll:${transferId}:${statusRaw.toLowerCase()}`, transferId, status: statusRaw, timestamp, sourceAmount: '12.5' }))))
          if (i.kind !== 'event') throw new Error('not an event')
          return { event: i.event, payload: `{"id":"${transferId}"}` }
        }
        await ingest(s, [{ eventId: 'wh-p', transferId: 'tr-p', status: 'Pending', timestamp: 1000 }], 2000)
        await ingest(s, [{ eventId: 'wh-f', transferId: 'tr-f', status: 'Failed', timestamp: 1000 }], 2000)
        await ingest(s, [{ eventId: 'wh-s', transferId: 'tr-s', status: 'Succeeded', timestamp: 1000 }], 2000)
        const page = [ev('tr-new', 'succeeded', 3000), ev('tr-p', 'succeeded', 3000), ev('tr-f', 'succeeded', 3000), ev('tr-s', 'succeeded', 3000), ev('tr-new2', 'pending', 3000)]
        expect(await s.ops.recordPolledEvents(page, 9000)).toEqual([
          { applied: true, conflict: false, created: true },
          { applied: true, conflict: false, created: false },
          { applied: false, conflict: true, created: false },
          null,
          { applied: true, conflict: false, created: true }
        ])
        expect(await s.transfers.getRecord('tr-new')).toMatchObject({ status: 'succeeded', provenance: 'poll', first_seen_at: 9000, source_amount: '12.5', delivery_count: 0 })
        expect(await s.transfers.getRecord('tr-p')).toMatchObject({ status: 'succeeded', provenance: 'poll', first_seen_at: 2000, event_count: 2 })
        expect(await s.transfers.getRecord('tr-f')).toMatchObject({ status: 'failed', conflict: 1 })
        expect(await s.events.find('poll:tr-s:succeeded')).toBeUndefined()
        // The same page again: nothing new.
        expect(await s.ops.recordPolledEvents(page, 9500)).toEqual([null, null, null, null, null])
        expect(await s.ops.recordPolledEvents([], 9500)).toEqual([])
      })

      it('forgetCustomer: the connections removed and the audit entry saying how many', async () => {
        const s = await open()
        await s.customers.ensure('ck-1', 'user-1', 1000)
        await s.customers.saveConnection('ck-1', { accountId: 'a', accountName: 'A', accessToken: 't', brokerType: 'b', brokerName: 'B' }, 1000)
        expect(await s.ops.forgetCustomer('ck-1')).toBe(1)
        expect(await s.customers.connections('ck-1')).toEqual([])
        expect((await s.audit.list()).map((e) => [e.action, e.detail])).toEqual([['customer.connections.forgotten', { removed: 1 }]])
      })
    })

    describe('the store itself', () => {
      it('answers its checks and stats, and refuses calls once closed', async () => {
        const s = await open()
        expect(s.engine).toBe(engine.name)
        expect(s.open).toBe(true)
        expect(await s.integrityCheck()).toBe('ok')
        expect(await s.quickCheck()).toBe('ok')
        await ingest(s, [{ eventId: 'e', transferId: 't', status: 'Pending' }])
        const st = await s.stats()
        expect(Object.keys(st).sort()).toEqual(['checkpointBusy', 'deliveries', 'forcedCheckpoints', 'groups', 'maxGroupSize', 'maxWalBytes', 'pageSlotsTaken', 'passiveCheckpoints', 'restartCheckpoints', 'truncateCheckpoints', 'walBytes'])
        expect(st.deliveries).toBe(1)
        expect(st.groups).toBe(1)
        await s.close()
        expect(s.open).toBe(false)
        await expect(s.transfers.get('t')).rejects.toMatchObject({ code: 'STORE_CLOSED' })
        await expect(s.recordDeliveries([signed({ eventId: 'e2', transferId: 't', status: 'Pending' }, { receivedAt: 1 })])).rejects.toMatchObject({ code: 'STORE_CLOSED' })
        s.recordAnswerTimes([{ id: 1, ms: 1 }])
        await s.close()
        store = undefined
      })
    })
  })
}
