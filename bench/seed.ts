// Seeds a ledger of realistic size directly through SQL (rows shaped exactly as the ingest
// path writes them), in a few large transactions, for the query and start-up benchmarks.
import { randomUUID } from 'node:crypto'
import type { Db } from '../src/main/core/store/db'
import { meshBody, prng, sign, type MeshEventSpec } from '../tests/torture/helpers'

export interface SeedResult {
  transfers: number
  events: number
  deliveries: number
  rejected: number
  ms: number
  /** Samples for searches and ledger.get. */
  samples: { transferId: string; transactionId: string; txHash: string | null; deliveries: number }[]
  firstSeenRange: [number, number]
}

const YEAR = 365 * 24 * 3600 * 1000

export function seedLedger(db: Db, opts: { transfers: number; deliveries: number; secret: string; seed?: number }): SeedResult {
  const t0 = performance.now()
  const rng = prng(opts.seed ?? 7)
  const rejectedTotal = Math.min(10_000, Math.floor(opts.deliveries / 100))
  const attached = opts.deliveries - rejectedTotal
  const perTransfer = attached / opts.transfers
  const rejectEvery = Math.max(1, Math.floor(attached / Math.max(1, rejectedTotal)))
  const end = Date.now() - 3600_000
  const start = end - YEAR

  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  // Secondary indexes are dropped while seeding and rebuilt after, exactly as the migrations made them.
  const indexes = db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('transfers', 'webhook_events', 'deliveries')`
    )
    .all()
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`)

  const insT = db.prepare(
    `INSERT INTO transfers (transfer_id, transaction_id, status, status_raw, is_final, conflict, status_ts, status_event_id, tx_hash, user_id, token, chain,
      source_amount, destination_amount, source_provider, destination_address, refund_address, first_seen_at, updated_at, event_count, delivery_count,
      retried, provenance, is_test, session_id)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, 'user_4f1c2b', 'USDC', 'Ethereum', ?, ?, 'Coinbase', '0x9f8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a', NULL, ?, ?, ?, ?, ?, 'webhook', ?, NULL)`
  )
  const insE = db.prepare(
    `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, conflict, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'webhook', ?, 0, ?)`
  )
  const insD = db.prepare(
    `INSERT INTO deliveries (delivery_id, event_id, transfer_id, received_at, sent_ts, verdict, rejected, http_status, answer_ms, remote_addr, headers, body,
      body_size, body_truncated, replay_of, is_test)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '20.22.113.37', ?, ?, ?, 0, NULL, ?)`
  )
  const headersFor = (body: string, sig: string) =>
    JSON.stringify({
      host: 'merchant.example.com',
      'user-agent': 'Mesh-Webhooks/1.0',
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'x-mesh-signature-256': sig,
      'x-forwarded-for': '20.22.113.37',
      'accept-encoding': 'gzip, deflate'
    })

  const samples: SeedResult['samples'] = []
  let events = 0
  let deliveries = 0
  let rejected = 0
  let sinceReject = 0
  const insertRejected = (at: number) => {
    const body = Buffer.from(`{"EventId":"${randomUUID()}","TransferStatus":"Succeeded","forged":true}`)
    insD.run(null, null, null, at, null, 'signature_invalid', 1, 401, 0.4, headersFor(body.toString(), 'AAAA'), body, body.length, 0)
    rejected++
  }

  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const firstSeen = Math.floor(start + ((i + rng()) / opts.transfers) * YEAR)
      const transferId = randomUUID()
      const transactionId = `txn_${transferId.slice(0, 13)}`
      const r = rng()
      // RefundPending: rare (0.1%), and not final.
      const status = r < 0.849 ? 'Succeeded' : r < 0.949 ? 'Failed' : r < 0.95 ? 'RefundPending' : 'Pending'
      const txHash = status === 'Succeeded' ? `0x${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}` : null
      const isTest = rng() < 0.01 ? 1 : 0
      const amount = Math.round(rng() * 100_000) / 100
      const specs: MeshEventSpec[] = [{ eventId: randomUUID(), transferId, transactionId, status: 'Pending', timestamp: firstSeen, amount }]
      if (rng() < 0.15) specs.push({ eventId: randomUUID(), transferId, transactionId, status: 'Pending', timestamp: firstSeen + 2000, amount })
      if (status !== 'Pending') specs.push({ eventId: randomUUID(), transferId, transactionId, status, timestamp: firstSeen + 30_000, amount, txHash })
      // This transfer's share of the deliveries (about perTransfer), at least one per event.
      const want = Math.max(specs.length, Math.round(perTransfer * (i + 1)) - Math.round(perTransfer * i))
      const counts = specs.map(() => 1)
      for (let k = specs.length; k < want; k++) counts[Math.floor(rng() * specs.length)]!++
      let at = firstSeen
      specs.forEach((spec, k) => {
        const firstId = randomUUID()
        const first = meshBody(spec, firstId, Math.floor(spec.timestamp / 1000))
        insE.run(spec.eventId, transferId, spec.status.toLowerCase(), spec.status, spec.timestamp, spec.timestamp + 150, counts[k]!, 1, first)
        events++
        // Retries differ only by Id (and SentTimestamp): swap the Id in the text; one signature
        // per event is enough for stored headers (only their size matters to the queries).
        const headers = headersFor(first, sign(opts.secret, first))
        for (let c = 0; c < counts[k]!; c++) {
          at = Math.max(at, spec.timestamp) + 150 + Math.floor(rng() * 5000)
          const id = c === 0 ? firstId : randomUUID()
          const body = c === 0 ? first : first.replace(firstId, id)
          insD.run(id, spec.eventId, transferId, at, Math.floor(at / 1000), c === 0 ? 'accepted' : 'duplicate', 0, 200, 0.3 + rng(), headers, Buffer.from(body), Buffer.byteLength(body), isTest)
          deliveries++
          if (++sinceReject >= rejectEvery && rejected < rejectedTotal) {
            sinceReject = 0
            insertRejected(at)
          }
        }
      })
      const last = specs[specs.length - 1]!
      insT.run(transferId, transactionId, status.toLowerCase(), status, status === 'Succeeded' || status === 'Failed' ? 1 : 0, last.timestamp, last.eventId, txHash, String(amount), String(amount), firstSeen, at, specs.length, want, want > specs.length ? 1 : 0, isTest)
      if (i % Math.ceil(opts.transfers / 40) === 0) samples.push({ transferId, transactionId, txHash, deliveries: want })
    }
  })
  const step = 10_000
  for (let i = 0; i < opts.transfers; i += step) batch(i, Math.min(opts.transfers, i + step))
  while (rejected < rejectedTotal) insertRejected(end)
  for (const ix of indexes) db.exec(ix.sql)

  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('cache_size = -2000')
  return { transfers: opts.transfers, events, deliveries: deliveries + rejected, rejected, ms: performance.now() - t0, samples, firstSeenRange: [start, end] }
}
