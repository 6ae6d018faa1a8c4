// Real SQLite ledgers for the migration tests, written by the SQLite engine's own code: the
// synchronous ledger (openLedger) and the receiver's recorder (createDeliveryRecorder) fed
// deliveries prepared and signed as Mesh sends them (prepareDelivery), so every row is one the
// app could have written. Deterministic: the same arguments give the same file content.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { openLedger } from '../../src/main/core/store/sqlite/ledger'
import { createDeliveryRecorder, prepareDelivery, type PreparedDelivery } from '../../src/main/core/webhooks/ingest'
import { sign } from '../helpers'
import { sqliteLedgerAt } from '../helpers/sql'

export const FIXTURE_SECRET = 'migrate-secret'
const BASE = 1_720_000_000_000

export interface FixtureInfo {
  transfers: number
  deliveries: number
  rejected: number
  sessions: number
  /** Transfer ids worth a closer look (with sales, polls, duplicates, out-of-order finals, tests). */
  sample: string[]
  customerKeys: string[]
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function delivery(body: string | Buffer, receivedAt: number, o: { signature?: string | null; isTest?: boolean; replayOf?: number | null; remote?: string } = {}): PreparedDelivery {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body)
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Mesh-Webhooks/1.0' }
  if (o.signature !== null) headers['x-mesh-signature-256'] = o.signature ?? sign(FIXTURE_SECRET, raw)
  return prepareDelivery(
    { raw, headers, remoteAddress: o.remote ?? '203.0.113.7', receivedAt, ...(o.isTest ? { isTest: true } : {}), ...(o.replayOf !== undefined ? { replayOf: o.replayOf } : {}) },
    FIXTURE_SECRET
  )
}

/** A ledger with `transfers` transfers and all the rest around them. */
export function buildLedger(file: string, opts: { transfers: number; seed?: number }): FixtureInfo {
  const r = rng(opts.seed ?? 7)
  let clock = BASE - 86_400_000
  const l = openLedger({ file, synchronous: 'NORMAL', now: () => clock })
  const rec = createDeliveryRecorder(l)
  const sample = new Set<string>()
  const customerKeys: string[] = []
  let deliveries = 0
  let rejected = 0
  let sessions = 0
  try {
    // Settings and their audit entries, the way the settings screen writes them.
    for (let k = 0; k < 8; k++) {
      clock += 60_000
      l.ops.setSettings(
        [
          ['counter.name', `Main Street ${k} — Café ☕ "Nº ${k}" \\ back`],
          ['ledger.pageSize', 50 + k],
          ['sale.defaults', { currency: 'USD', asset: k % 2 ? 'USDC' : 'ETH', note: null }]
        ],
        { actor: 'manager', action: 'settings.changed', detail: { keys: ['counter.name', 'ledger.pageSize'], round: k } }
      )
    }
    l.settings.set('heartbeat', BASE + opts.transfers * 60_000)
    l.settings.set('tunnel.mode', null)
    for (let k = 0; k < 300; k++) l.audit.append(k % 3 ? 'counter' : 'system', k % 5 ? 'sale.started' : 'pin.unlocked', k % 7 ? { k, at: BASE + k } : undefined)

    // Sales with their SDK callbacks; most are paid by a transfer that arrives below.
    const saleFor = new Map<number, string>()
    const nSales = Math.max(1, Math.min(opts.transfers, Math.floor(opts.transfers / 400) || 3))
    for (let s = 0; s < nSales; s++) {
      const i = Math.floor((s * opts.transfers) / nSales) + 1
      const sessionId = `sess-${s.toString().padStart(4, '0')}`
      const customerKey = s % 3 === 0 ? `ck-${(s % 9).toString(16)}` : null
      clock = BASE + i * 60_000 - 30_000
      let userId = `anon-${s}`
      if (customerKey) {
        userId = l.customers.ensure(customerKey, `user-${s}`, clock)
        if (!customerKeys.includes(customerKey)) customerKeys.push(customerKey)
      }
      // Every third sale in EUR at a rate (schema v6 columns), some ended, some with a Paylink.
      const eur = s % 3 === 1
      const ended = s % 5 === 4
      l.sessions.insert({
        session_id: sessionId,
        transaction_id: `ct_${i}`,
        created_at: clock,
        amount: `${(s % 50) + 1}.50`,
        currency: eur ? 'EUR' : 'USD',
        usd_amount: eur ? `${(s % 50) + 2}.63` : `${(s % 50) + 1}.50`,
        fx_rate: eur ? '1.087' : null,
        end_reason: ended ? 'expired' : null,
        ended_at: ended ? clock + 600_000 : null,
        payment_link: s % 7 === 0 ? `https://paylink.example/?linkToken=tok-${s}` : null,
        asset: 'USDC',
        network: s % 2 ? 'Ethereum' : null,
        destination_address: '0x1111111111111111111111111111111111111111',
        note: s % 4 ? null : `table ${s}`,
        user_id: userId,
        customer_key: customerKey,
        token_expires_at: clock + 600_000,
        state: s % 5 === 4 ? 'expired' : 'open',
        transfer_id: null,
        updated_at: clock
      })
      sessions++
      const conns = customerKey ? [{ accountId: `acc-${s}`, accountName: 'Main', accessToken: `tok-${s}-secret`, brokerType: 'coinbase', brokerName: 'Coinbase' }] : []
      l.ops.recordSdkEvent({ sessionId, at: clock + 1_000, type: 'open', payload: { page: 'start' }, customerKey, connections: [], transferId: null })
      l.ops.recordSdkEvent({ sessionId, at: clock + 5_000, type: 'integrationConnected', payload: { broker: 'coinbase' }, customerKey, connections: conns, transferId: null })
      if (s % 5 !== 4) {
        l.ops.recordSdkEvent({ sessionId, at: clock + 9_000, type: 'transferFinished', payload: { status: 'success', transferId: `tr-${i}` }, customerKey: null, connections: [], transferId: null })
        saleFor.set(i, sessionId)
      }
    }

    // The webhooks: per transfer a Pending event and usually a final one, some repeated, some
    // out of order; now and then a forged, unsigned, malformed or uninterpretable request.
    let group: PreparedDelivery[] = []
    let lastIds: number[] = []
    const flush = () => {
      if (group.length === 0) return
      const answers = lastIds.map((id) => ({ id, ms: 0.25 + (id % 40) / 8 }))
      const out = rec.recordGroup(group, answers)
      lastIds = []
      for (const o of out) {
        if (o instanceof Error) throw o
        lastIds.push(o.deliveryRowId)
        deliveries++
        if (o.httpStatus === 401 || o.httpStatus === 413) rejected++
      }
      group = []
    }
    let lastAccepted = 0
    for (let i = 1; i <= opts.transfers; i++) {
      // Mixed case, so byte order (SQLite, COLLATE "C") and a linguistic order would differ.
      const transferId = i % 3 === 0 ? `TR-${i}` : `tr-${i}`
      // Pairs share a first-seen time: the page cursor's tie-break on transfer_id matters.
      const seen = BASE + (i - (i % 2)) * 60_000
      const txn = saleFor.has(i) || i % 4 === 0 ? `ct_${i}` : undefined
      const fin = r()
      const status = fin < 0.6 ? 'Succeeded' : fin < 0.7 ? 'Failed' : fin < 0.72 ? 'RefundPending' : null
      const ev = (eventId: string, st: string, ts: number, attempt: string) =>
        JSON.stringify({
          EventId: eventId,
          Id: attempt,
          SentTimestamp: Math.floor(ts / 1000),
          Timestamp: ts,
          TransferId: transferId,
          TransferStatus: st,
          ...(txn ? { TransactionId: txn } : {}),
          ...(st === 'Succeeded' ? { TxHash: `0x${(i * 2654435761).toString(16).padStart(12, '0')}` } : {}),
          UserId: `user-${i % 17}`,
          Token: 'USDC',
          Chain: i % 2 ? 'Ethereum' : 'Solana',
          SourceAmount: (i % 1000) / 4 + 0.5,
          DestinationAmount: (i % 1000) / 4 + 0.5,
          SourceAccountProvider: 'Coinbase',
          DestinationAddress: '0x1111111111111111111111111111111111111111'
        })
      const isTest = i % 97 === 0
      const pending = () => group.push(delivery(ev(`ev-${i}-p`, 'Pending', seen, `d-${i}-p`), seen, isTest ? { isTest: true, replayOf: lastAccepted || null } : {}))
      const final = (attempt: string, at: number) => group.push(delivery(ev(`ev-${i}-f`, status!, seen + 90_000, attempt), at))
      const outOfOrder = status !== null && i % 23 === 0
      if (outOfOrder) {
        final(`d-${i}-f`, seen)
        pending()
        sample.add(transferId)
      } else {
        pending()
        if (status) final(`d-${i}-f`, seen + 95_000)
      }
      if (status && r() < 0.2) {
        final(`d-${i}-f-retry`, seen + 160_000) // a repeat of the same EventId: 'duplicate'
        if (sample.size < 40) sample.add(transferId)
      }
      if (i % 40 === 0) group.push(delivery(ev(`ev-${i}-x`, 'Succeeded', seen, 'forged'), seen + 5_000, { signature: sign('not-the-secret', 'x') }))
      if (i % 111 === 0) group.push(delivery(ev(`ev-${i}-y`, 'Succeeded', seen, 'nosig'), seen + 6_000, { signature: null, remote: '198.51.100.4' }))
      if (i % 501 === 0) group.push(delivery(Buffer.from(`{"EventId": "broken-${i}", `), seen + 7_000))
      if (i % 503 === 0) group.push(delivery(JSON.stringify({ EventId: `odd-${i}`, TransferId: transferId }), seen + 8_000))
      if (saleFor.has(i) || isTest) sample.add(transferId)
      if (group.length >= 500) {
        flush()
        lastAccepted = lastIds[0] ?? lastAccepted
      }
    }
    flush()
    l.deliveries.recordAnswerTimes(lastIds.map((id) => ({ id, ms: 1.5 })))

    // Reconciliation: a few polled statuses, the runs that found them, the downtime they covered.
    clock = BASE + opts.transfers * 60_000
    for (let k = 0; k < 12; k++) {
      const i = 2 + k * Math.max(1, Math.floor(opts.transfers / 12))
      const transferId = i % 3 === 0 ? `TR-${i}` : `tr-${i}`
      const polled = l.ops.recordPolledEvent(
        {
          eventId: `poll-${transferId}`,
          deliveryId: null,
          sentTimestamp: null,
          timestamp: clock + k,
          transferId,
          status: 'succeeded',
          statusRaw: 'succeeded',
          transactionId: null,
          txHash: null,
          userId: null,
          token: null,
          chain: null,
          sourceAmount: null,
          destinationAmount: null,
          sourceAccountProvider: null,
          destinationAddress: null,
          refundAddress: null,
          selfTest: false
        },
        clock + k,
        JSON.stringify({ id: transferId, status: 'succeeded', polled: k })
      )
      if (polled) sample.add(transferId)
    }
    for (let k = 0; k < 10; k++) {
      const id = l.reconcileRuns.startRun(k % 2 ? 'timer' : 'startup', clock + k * 1000)
      if (k !== 9) l.reconcileRuns.finishRun(id, { finishedAt: clock + k * 1000 + 700, checked: 40 + k, updated: k % 3, conflicts: k === 4 ? 1 : 0, error: k === 6 ? 'Mesh answered 503' : null })
    }
    for (let k = 0; k < 6; k++) {
      const w = l.downtime.record('app', BASE + k * 3_600_000, BASE + k * 3_600_000 + 120_000, k % 2 ? 'not running' : null)
      if (k < 4) l.downtime.markReconciled(w, clock)
    }
    l.downtime.open('tunnel', clock - 50_000, 'tunnel lost')
    l.downtime.close('tunnel', clock - 20_000)
    l.downtime.open('tunnel', clock - 5_000, 'tunnel lost again')

    // Shifts back to back over the sales, the last one still open.
    for (let k = 0; k < 3; k++) {
      const openedAt = BASE + k * 8 * 3_600_000
      l.shifts.open(`shift-${k}`, openedAt, k % 2 ? null : `Cashier ${k}`)
      if (k < 2) l.shifts.close(openedAt + 8 * 3_600_000)
    }
  } finally {
    l.close()
  }
  return { transfers: opts.transfers, deliveries, rejected, sessions, sample: [...sample].slice(0, 150), customerKeys }
}

/** A ledger as Countertop up to schema v5 wrote it (before shifts): one paid sale. */
export function buildV5Ledger(file: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const db = sqliteLedgerAt(file, 5)
  db.exec(`
    INSERT INTO transfers (transfer_id, transaction_id, status, status_raw, is_final, status_ts, status_event_id, first_seen_at, updated_at, event_count, delivery_count, provenance, session_id)
      VALUES ('tr-v5', 'ct_v5', 'succeeded', 'Succeeded', 1, 1715175519038, 'ev-v5', 1000, 2000, 1, 1, 'webhook', 'sess-v5');
    INSERT INTO link_sessions (session_id, transaction_id, created_at, amount, currency, asset, user_id, state, transfer_id, updated_at)
      VALUES ('sess-v5', 'ct_v5', 900, '4.20', 'USD', 'USDC', 'walkin_v5', 'succeeded', 'tr-v5', 2000);
  `)
  db.close()
}

/** A ledger as Countertop up to schema v3 wrote it (never upgraded). */
export function buildV3Ledger(file: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const db = sqliteLedgerAt(file, 3)
  db.prepare(
    `INSERT INTO transfers (transfer_id, transaction_id, status, status_raw, is_final, status_ts, status_event_id, first_seen_at, updated_at, event_count, delivery_count, provenance)
     VALUES ('tr-v3', 'ct_v3', 'succeeded', 'Succeeded', 1, 1715175519038, 'ev-v3', 1000, 2000, 1, 1, 'webhook')`
  ).run()
  const body = '{"EventId":"ev-v3","Id":"d-v3","TransferId":"tr-v3","TransferStatus":"Succeeded"}'
  db.prepare(
    `INSERT INTO webhook_events (event_id, transfer_id, status, status_raw, event_ts, first_received_at, delivery_count, provenance, applied, payload)
     VALUES ('ev-v3', 'tr-v3', 'succeeded', 'Succeeded', 1715175519038, 1500, 1, 'webhook', 1, ?)`
  ).run(body)
  db.prepare(
    `INSERT INTO deliveries (delivery_id, event_id, transfer_id, received_at, sent_ts, verdict, rejected, http_status, answer_ms, remote_addr, headers, body, body_size)
     VALUES ('d-v3', 'ev-v3', 'tr-v3', 1500, 1720532648, 'accepted', 0, 200, 2.5, '127.0.0.1', '{}', ?, ?)`
  ).run(Buffer.from(body), body.length)
  db.close()
}
