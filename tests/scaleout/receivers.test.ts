// Several receivers, one PostgreSQL ledger: real headless processes (`--database URL`) behind
// the one Mesh webhook URL a shop gets. The same EventId arriving at all of them at once is
// one event; a receiver SIGKILLed mid-burst loses nothing it acknowledged; a console on one
// process hears of a delivery that arrived at another; several started together migrate once.
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminQuery, createTestDatabase, notePgSkipped, PG_URL, type TestDatabase } from '../core/store/pg'
import { waitFor } from '../helpers/wait'
import { api, meshBody, postSigned, removeDir, spawnHeadless, tempDir, type HeadlessProc } from '../torture/helpers'

notePgSkipped()

describe.skipIf(!PG_URL)('several receivers on one PostgreSQL ledger', () => {
  let db: TestDatabase
  const procs: HeadlessProc[] = []
  const dirs: string[] = []
  beforeAll(async () => {
    db = await createTestDatabase('scaleout')
  })
  afterEach(async () => {
    await Promise.all(procs.splice(0).map((p) => p.kill()))
    for (const d of dirs.splice(0)) removeDir(d)
  })
  afterAll(async () => {
    await db?.drop()
  })

  /** A fresh schema per test: the receivers of one test share it. */
  function databaseUrl(schema: string): string {
    const u = new URL(db.url)
    u.searchParams.set('options', `-c search_path=${schema}`)
    return u.toString()
  }

  async function receivers(n: number, schema: string, secret: string): Promise<HeadlessProc[]> {
    await adminQuery(db.url, `CREATE SCHEMA IF NOT EXISTS ${schema}`)
    const started = await Promise.all(
      Array.from({ length: n }, () => {
        const dir = tempDir('countertop-scaleout-')
        dirs.push(dir)
        return spawnHeadless({ dataDir: dir, secret, args: ['--database', databaseUrl(schema)] })
      })
    )
    procs.push(...started)
    return started
  }

  it('migrates once when four receivers start together, and each answers /healthz with the database reachable', async () => {
    const schema = db.schema()
    const rs = await receivers(4, schema, `whsec_${randomUUID()}`)
    const rows = await adminQuery<{ version: number; n: string }>(db.url, `SELECT version, count(*) AS n FROM ${schema}.schema_migrations GROUP BY version`)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true)
    for (const r of rs) {
      const res = await fetch(`${r.webhookBase}/healthz`)
      expect(res.status).toBe(200)
    }
  })

  it('records the same EventId sent to four receivers at once as one event, every attempt kept, the final state right', async () => {
    const schema = db.schema()
    const secret = `whsec_${randomUUID()}`
    const rs = await receivers(4, schema, secret)
    const ROUNDS = 150
    const agents = rs.map(() => new http.Agent({ keepAlive: true, maxSockets: 8 }))
    const transfers: string[] = []
    let acked = 0
    for (let round = 0; round < ROUNDS; round++) {
      const transferId = randomUUID()
      transfers.push(transferId)
      const pending = randomUUID()
      const final = randomUUID()
      // Pending then Succeeded, each sent to every receiver at once with a new Id per attempt.
      for (const [eventId, status, timestamp] of [
        [pending, 'Pending', 1000],
        [final, 'Succeeded', 2000]
      ] as const) {
        const answers = await Promise.all(
          rs.map((r, i) => postSigned(r.webhookUrl, secret, meshBody({ eventId, transferId, status, timestamp, txHash: status === 'Succeeded' ? '0xabc' : null }, randomUUID()), agents[i]))
        )
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
        acked += answers.length
      }
    }
    agents.forEach((a) => a.destroy())
    const [counts] = await adminQuery<{ events: string; deliveries: string; accepted: string; succeeded: string; conflicts: string }>(
      db.url,
      `SELECT (SELECT count(*) FROM ${schema}.webhook_events) AS events,
              (SELECT count(*) FROM ${schema}.deliveries) AS deliveries,
              (SELECT count(*) FROM ${schema}.deliveries WHERE verdict = 'accepted') AS accepted,
              (SELECT count(*) FROM ${schema}.transfers WHERE status = 'succeeded' AND is_final = 1) AS succeeded,
              (SELECT count(*) FROM ${schema}.transfers WHERE conflict = 1) AS conflicts`
    )
    expect(Number(counts!.events)).toBe(ROUNDS * 2)
    expect(Number(counts!.deliveries)).toBe(acked)
    expect(Number(counts!.accepted)).toBe(ROUNDS * 2)
    expect(Number(counts!.succeeded)).toBe(ROUNDS)
    expect(Number(counts!.conflicts)).toBe(0)
    // Any receiver's console shows any transfer, with all four attempts of each event.
    const r = await api<{ events: { deliveries: unknown[] }[] }>(rs[2]!.consoleBase, rs[2]!.token, 'ledger.get', { transferId: transfers[7] })
    expect(r.env.value!.events.map((e) => e.deliveries.length)).toEqual([4, 4])
  })

  it('keeps every acknowledged EventId when one receiver is SIGKILLed mid-burst', async () => {
    const schema = db.schema()
    const secret = `whsec_${randomUUID()}`
    const [a, b] = await receivers(2, schema, secret)
    const acked = new Set<string>()
    let sent = 0
    const agentA = new http.Agent({ keepAlive: true, maxSockets: 16 })
    const agentB = new http.Agent({ keepAlive: true, maxSockets: 16 })
    let killed = false
    const killer = setTimeout(() => {
      killed = true
      void a!.kill()
    }, 400)
    const worker = async (target: HeadlessProc, agent: http.Agent) => {
      for (let i = 0; i < 300; i++) {
        if (target === a && killed) return
        const eventId = randomUUID()
        sent++
        try {
          const res = await postSigned(target.webhookUrl, secret, meshBody({ eventId, transferId: randomUUID(), status: 'Pending', timestamp: 1 }), agent)
          if (res.status === 200) acked.add(eventId)
        } catch {
          // cut by the kill: not acknowledged, Mesh would retry
        }
      }
    }
    await Promise.all([...Array.from({ length: 8 }, () => worker(a!, agentA)), ...Array.from({ length: 8 }, () => worker(b!, agentB))])
    clearTimeout(killer)
    agentA.destroy()
    agentB.destroy()
    expect(killed).toBe(true)
    expect(b!.alive()).toBe(true)
    const stored = new Set((await adminQuery<{ event_id: string }>(db.url, `SELECT event_id FROM ${schema}.webhook_events`)).map((r) => r.event_id))
    const missing = [...acked].filter((e) => !stored.has(e))
    expect(missing).toEqual([])
    const twice = await adminQuery(db.url, `SELECT event_id FROM ${schema}.deliveries WHERE verdict = 'accepted' GROUP BY event_id HAVING count(*) > 1`)
    expect(twice).toEqual([])
    expect(acked.size).toBeGreaterThan(100)
    console.info(`scale-out SIGKILL: ${sent} sent, ${acked.size} acknowledged, all ${acked.size} present once`)
  })

  it('tells a console on one receiver about a delivery that arrived at another, within a second', async () => {
    const schema = db.schema()
    const secret = `whsec_${randomUUID()}`
    const [a, b] = await receivers(2, schema, secret)
    const ws = new WebSocket(`${a!.consoleBase.replace('http', 'ws')}/api/events?token=${encodeURIComponent(a!.token)}`, { headers: { origin: a!.consoleBase } } as never)
    const seen: { type: string; payload: { transferId?: string } }[] = []
    ws.addEventListener('message', (m) => seen.push(JSON.parse(String(m.data)) as never))
    await new Promise((res, rej) => {
      ws.addEventListener('open', res)
      ws.addEventListener('error', rej)
    })
    const transferId = randomUUID()
    const sentAt = Date.now()
    expect((await postSigned(b!.webhookUrl, secret, meshBody({ eventId: randomUUID(), transferId, status: 'Pending', timestamp: 1 }))).status).toBe(200)
    const heard = (type: string) => seen.some((e) => e.type === type && e.payload.transferId === transferId)
    await waitFor(() => heard('transfer.updated') && heard('delivery.recorded'), { timeoutMs: 1_000, what: 'the transfer.updated and delivery.recorded events on the other receiver' })
    console.info(`scale-out live: delivery at B reached A's console in ${Date.now() - sentAt} ms`)
    ws.close()
  })
})
