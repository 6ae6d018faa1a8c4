// Crash consistency: headless mode is SIGKILLed at random moments while signed deliveries
// stream in; after each restart on the same data directory every delivery that was answered
// 200 must be in the ledger exactly once, and at the end every transfer must be in its
// expected final state with a database that passes PRAGMA integrity_check.
import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  FULL,
  LEDGER_FILE,
  api,
  assertBuilt,
  meshBody,
  postSigned,
  prng,
  removeDir,
  sleep,
  spawnHeadless,
  tempDir,
  type HeadlessProc,
  type MeshEventSpec
} from './helpers'

const CYCLES = FULL ? 60 : 8
const TRANSFERS_PER_CYCLE = FULL ? 40 : 25
const CONCURRENCY = 12
const SEED = Number(process.env.TORTURE_SEED ?? Date.now() % 1_000_000)

interface EventState {
  spec: MeshEventSpec
  acked: boolean
  /** The last body sent, to send again byte for byte (a duplicate rather than a retry). */
  lastBody: string | null
}

interface TransferModel {
  transferId: string
  final: 'succeeded' | 'failed'
  events: EventState[]
}

describe('crash consistency (SIGKILL during ingest)', () => {
  const dataDir = tempDir('countertop-crash-')
  const secret = `whsec_${randomUUID()}`
  const token = `tok_${randomUUID()}`
  const rng = prng(SEED)
  const transfers: TransferModel[] = []
  const events = new Map<string, EventState>()
  let current: HeadlessProc | null = null
  const stats = { cycles: 0, sent: 0, acked: 0, networkErrors: 0, killedMidBurst: 0, killedMidCheckpoint: 0, checkpointCycles: 0, statuses: {} as Record<string, number> }

  afterAll(async () => {
    await current?.kill()
    removeDir(dataDir)
  })

  function newTransfers(n: number): EventState[] {
    const out: EventState[] = []
    for (let i = 0; i < n; i++) {
      const transferId = randomUUID()
      const transactionId = `txn_${transferId.slice(0, 13)}`
      const t0 = Date.now() - Math.floor(rng() * 3600_000)
      const final = rng() < 0.8 ? 'succeeded' : 'failed'
      const specs: MeshEventSpec[] = [{ eventId: randomUUID(), transferId, transactionId, status: 'Pending', timestamp: t0 }]
      if (rng() < 0.2) specs.push({ eventId: randomUUID(), transferId, transactionId, status: 'Pending', timestamp: t0 + 500 })
      specs.push({
        eventId: randomUUID(),
        transferId,
        transactionId,
        status: final === 'succeeded' ? 'Succeeded' : 'Failed',
        timestamp: t0 + 1000 + Math.floor(rng() * 60_000),
        txHash: final === 'succeeded' ? `0x${randomUUID().replace(/-/g, '')}` : null
      })
      const model: TransferModel = { transferId, final, events: specs.map((spec) => ({ spec, acked: false, lastBody: null })) }
      transfers.push(model)
      for (const e of model.events) {
        events.set(e.spec.eventId, e)
        out.push(e)
      }
    }
    return out
  }

  function shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1))
      ;[a[i], a[j]] = [a[j]!, a[i]!]
    }
    return a
  }

  /** Sends one attempt of an event: a retry (new Id) or, sometimes, the same bytes again. */
  async function deliver(h: HeadlessProc, e: EventState, agent: http.Agent): Promise<void> {
    const body = e.lastBody && rng() < 0.3 ? e.lastBody : meshBody(e.spec)
    e.lastBody = body
    stats.sent++
    try {
      const r = await postSigned(h.webhookUrl, secret, body, agent)
      stats.statuses[r.status] = (stats.statuses[r.status] ?? 0) + 1
      if (r.status === 200) {
        if (!e.acked) stats.acked++
        e.acked = true
      }
    } catch {
      stats.networkErrors++
    }
  }

  /** Sends `work` (then random re-sends) with CONCURRENCY in flight until done or killed. */
  async function burst(h: HeadlessProc, work: EventState[], opts: { killAfterMs: number | null }): Promise<void> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
    const known = [...events.values()]
    const queue = shuffle([...work])
    let killed = false
    let killTimer: NodeJS.Timeout | undefined
    if (opts.killAfterMs !== null) {
      killTimer = setTimeout(() => {
        killed = true
        if (queue.length > 0) stats.killedMidBurst++
        void h.kill()
      }, opts.killAfterMs)
    }
    const worker = async () => {
      for (;;) {
        if (killed) return
        let e = queue.shift()
        // Work done but the kill is still to come: keep the server busy with retries.
        if (!e && opts.killAfterMs !== null) e = known[Math.floor(rng() * known.length)]
        if (!e) return
        await deliver(h, e, agent)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    if (killTimer) await h.exited
    agent.destroy()
  }

  /** Opens the ledger read-only (next to the running server) and checks what every 200 promised. */
  function checkAcknowledged(label: string): void {
    const db = new Database(join(dataDir, LEDGER_FILE), { readonly: true, fileMustExist: true })
    try {
      const stored = new Set((db.prepare('SELECT event_id FROM webhook_events').all() as { event_id: string }[]).map((r) => r.event_id))
      const missing = [...events.values()].filter((e) => e.acked && !stored.has(e.spec.eventId)).map((e) => e.spec.eventId)
      expect(missing, `${label}: acknowledged EventIds missing after restart`).toEqual([])
      const twice = db.prepare("SELECT event_id, count(*) AS n FROM deliveries WHERE verdict = 'accepted' GROUP BY event_id HAVING n > 1").all()
      expect(twice, `${label}: EventIds accepted more than once`).toEqual([])
      // A transfer whose final event was acknowledged is in that final state (final states are sticky).
      const status = new Map((db.prepare('SELECT transfer_id, status FROM transfers').all() as { transfer_id: string; status: string }[]).map((r) => [r.transfer_id, r.status]))
      for (const t of transfers) {
        if (t.events[t.events.length - 1]!.acked) expect(status.get(t.transferId), `${label}: transfer ${t.transferId}`).toBe(t.final)
      }
    } finally {
      db.close()
    }
  }

  it(
    `every acknowledged EventId survives ${CYCLES} SIGKILLs exactly once, in the right final state (seed ${SEED})`,
    async () => {
      assertBuilt()
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        // Every other cycle, checkpoints run nearly all the time (looked at every 1 ms: PASSIVE from
        // 16 KiB of WAL, TRUNCATE after 20 ms quiet) and say on stderr when they begin and end, so a good
        // share of the SIGKILLs land inside one.
        const checkpointing = cycle % 2 === 1
        if (checkpointing) stats.checkpointCycles++
        current = await spawnHeadless({
          dataDir,
          secret,
          token,
          env: checkpointing ? { COUNTERTOP_WAL_PASSIVE_BYTES: '16384', COUNTERTOP_WAL_QUIET_MS: '20', COUNTERTOP_WAL_TICK_MS: '1', COUNTERTOP_WAL_TRACE: '1' } : {}
        })
        if (cycle > 0) checkAcknowledged(`after restart #${cycle}`)
        const retry = [...events.values()].filter((e) => !e.acked)
        const work = [...newTransfers(TRANSFERS_PER_CYCLE), ...retry]
        // Kill at a random moment: often mid-burst, sometimes right away, sometimes after it.
        const killAfterMs = rng() < 0.1 ? Math.floor(rng() * 5) : 5 + Math.floor(rng() * 300)
        await burst(current, work, { killAfterMs })
        expect(current.alive()).toBe(false)
        if (checkpointing) {
          // Everything the process wrote before the kill, then: did it die inside a checkpoint?
          const err = current.proc.stderr
          if (err && !err.closed) await new Promise((r) => err.once('close', r))
          const marks = current.stderr().match(/countertop-wal: checkpoint (begin|end)/g) ?? []
          if (marks[marks.length - 1]?.endsWith('begin')) stats.killedMidCheckpoint++
        }
        stats.cycles++
      }

      // Final run: no kill; retry until Mesh would have had a 200 for every event.
      current = await spawnHeadless({ dataDir, secret, token })
      checkAcknowledged('after the last restart')
      for (let round = 0; round < 20; round++) {
        const left = [...events.values()].filter((e) => !e.acked)
        if (left.length === 0) break
        await burst(current, left, { killAfterMs: null })
        // Spacing between retry rounds, as Mesh spaces its retries: pacing, not waiting on anything.
        if (round > 0) await sleep(100)
      }
      expect([...events.values()].filter((e) => !e.acked)).toEqual([])
      // The server never answered a signed delivery with anything but 200.
      expect(Object.keys(stats.statuses)).toEqual(['200'])

      // Through the console API: each transfer's history, as the console shows it.
      const sample = FULL ? transfers : transfers.filter((_, i) => i % 4 === 0)
      for (const t of sample) {
        const r = await api<{ transfer: { status: string; isFinal: boolean }; events: { eventId: string; deliveries: { verdict: string }[] }[] }>(
          current.consoleBase,
          current.token,
          'ledger.get',
          { transferId: t.transferId }
        )
        expect(r.status).toBe(200)
        expect(r.env.value!.transfer.status).toBe(t.final)
        expect(r.env.value!.transfer.isFinal).toBe(true)
        expect(r.env.value!.events.map((e) => e.eventId).sort()).toEqual(t.events.map((e) => e.spec.eventId).sort())
        for (const e of r.env.value!.events) expect(e.deliveries.filter((d) => d.verdict === 'accepted')).toHaveLength(1)
      }

      const exit = await current.stop()
      expect(exit.code, current.stderr()).toBe(0)
      current = null

      // After a clean shutdown: the whole ledger, read-only.
      const db = new Database(join(dataDir, LEDGER_FILE), { readonly: true, fileMustExist: true })
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(db.pragma('foreign_key_check')).toEqual([])
        const evRows = db.prepare('SELECT event_id, transfer_id, delivery_count FROM webhook_events').all() as {
          event_id: string
          transfer_id: string
          delivery_count: number
        }[]
        expect(evRows.length).toBe(events.size)
        for (const r of evRows) expect(events.has(r.event_id), `unexpected event ${r.event_id}`).toBe(true)
        const accepted = new Map(
          (db.prepare("SELECT event_id, count(*) AS n FROM deliveries WHERE verdict = 'accepted' GROUP BY event_id").all() as { event_id: string; n: number }[]).map(
            (r) => [r.event_id, r.n]
          )
        )
        const perEvent = new Map(
          (
            db.prepare("SELECT event_id, count(*) AS n FROM deliveries WHERE verdict IN ('accepted', 'duplicate') GROUP BY event_id").all() as {
              event_id: string
              n: number
            }[]
          ).map((r) => [r.event_id, r.n])
        )
        for (const id of events.keys()) expect(accepted.get(id), `accepted deliveries of ${id}`).toBe(1)
        // The event's delivery counter moved in the same transactions as the delivery rows.
        for (const r of evRows) expect(r.delivery_count, `delivery_count of ${r.event_id}`).toBe(perEvent.get(r.event_id))

        const tRows = db.prepare('SELECT transfer_id, status, is_final, event_count, delivery_count FROM transfers').all() as {
          transfer_id: string
          status: string
          is_final: number
          event_count: number
          delivery_count: number
        }[]
        expect(tRows.length).toBe(transfers.length)
        const perTransfer = new Map(
          (
            db.prepare("SELECT transfer_id, count(*) AS n FROM deliveries WHERE verdict IN ('accepted', 'duplicate') GROUP BY transfer_id").all() as {
              transfer_id: string
              n: number
            }[]
          ).map((r) => [r.transfer_id, r.n])
        )
        const byId = new Map(tRows.map((r) => [r.transfer_id, r]))
        for (const t of transfers) {
          const row = byId.get(t.transferId)
          expect(row, `transfer ${t.transferId}`).toBeDefined()
          expect(row!.status).toBe(t.final)
          expect(row!.is_final).toBe(1)
          expect(row!.event_count).toBe(t.events.length)
          expect(row!.delivery_count).toBe(perTransfer.get(t.transferId))
        }
      } finally {
        db.close()
      }
      console.info(
        `crash torture (seed ${SEED}): ${stats.cycles} SIGKILLs (${stats.killedMidBurst} mid-burst, ${stats.killedMidCheckpoint} of ${stats.checkpointCycles} inside a checkpoint), ` +
          `${stats.sent} deliveries sent, ${events.size} events / ${transfers.length} transfers all acknowledged, ${stats.networkErrors} connections cut by the kills`
      )
      // The long run must have killed the process inside a checkpoint at least once (with ~30
      // checkpointing cycles and checkpoints running most of the time, missing every one would
      // mean the knobs stopped working).
      if (FULL) expect(stats.killedMidCheckpoint).toBeGreaterThan(0)
    },
    FULL ? 30 * 60_000 : 120_000
  )
})
