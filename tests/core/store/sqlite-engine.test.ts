// The SQLite engine's threads: a delivery resolves only once its group commit is durable,
// concurrent deliveries share commits, one bad delivery fails alone, checkpoints keep the WAL
// bounded off the ack path, and a closed or dead store refuses instead of hanging.
import Database from 'better-sqlite3'
import { createHmac, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteStore, type Store } from '../../../src/main/core/store'
import { materialize, Serialized } from '../../../src/main/core/store/serialized'
import { ackTrace } from '../../../src/main/core/store/sqlite/ack-trace'
import { createWalProbe } from '../../../src/main/core/store/sqlite/wal'
import { prepareDelivery, type PreparedDelivery } from '../../../src/main/core/webhooks/ingest'
import { tempDir } from '../../helpers'
import { waitFor } from '../../helpers/wait'

const SECRET = 'engine-test-secret'

function signed(eventId: string, transferId: string, status = 'Pending'): PreparedDelivery {
  const raw = Buffer.from(JSON.stringify({ EventId: eventId, Id: randomUUID(), TransferId: transferId, TransferStatus: status, Timestamp: Date.now(), SentTimestamp: Math.floor(Date.now() / 1000) }))
  const sig = createHmac('sha256', SECRET).update(raw).digest('base64')
  return prepareDelivery({ raw, headers: { 'x-mesh-signature-256': sig }, remoteAddress: '127.0.0.1', receivedAt: Date.now() }, SECRET)
}

describe('SQLite engine (writer, reader and checkpointer threads)', () => {
  let store: Store | undefined
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(async () => {
    await store?.close()
    store = undefined
    tmp?.cleanup()
  })
  const open = async () => {
    tmp = tempDir()
    const file = join(tmp.dir, 'countertop.sqlite')
    store = await openSqliteStore({ file, synchronous: 'FULL' })
    return { store, file }
  }

  it('resolves a delivery only when it is committed: another connection already sees it', async () => {
    const { store, file } = await open()
    const ev = randomUUID()
    const [r] = await store.recordDeliveries([signed(ev, randomUUID())])
    expect(r).toMatchObject({ httpStatus: 200, verdict: 'accepted', eventId: ev })
    const other = new Database(file, { readonly: true })
    try {
      expect(other.prepare('SELECT count(*) AS n FROM webhook_events WHERE event_id = ?').get(ev)).toEqual({ n: 1 })
    } finally {
      other.close()
    }
  })

  it('commits concurrent deliveries in shared groups, each recorded exactly once', async () => {
    const { store } = await open()
    const n = 300
    const events = Array.from({ length: n }, () => randomUUID())
    // one message each, as 300 separate receiver turns would send them
    const results = await Promise.all(events.map((e) => store.recordDeliveries([signed(e, randomUUID())])))
    expect(results.flat().every((r) => !(r instanceof Error) && r.verdict === 'accepted')).toBe(true)
    const stats = await store.stats()
    expect(stats.deliveries).toBe(n)
    // far fewer commits (fsyncs) than deliveries: they accumulated while one was being synced
    expect(stats.groups).toBeLessThan(n)
    expect(stats.maxGroupSize).toBeGreaterThan(1)
    const page = await store.deliveries.list({ limit: 1 })
    expect(page.total).toBe(n)
  })

  it('with COUNTERTOP_ACK_TRACE, logs every group commit (its deliveries and stages) and every answer taken back, and nothing without it', async () => {
    const dir = tempDir()
    const base = join(dir.dir, 'ack')
    process.env.COUNTERTOP_ACK_TRACE = base
    let traced: Store
    try {
      traced = await openSqliteStore({ file: join(dir.dir, 'countertop.sqlite'), synchronous: 'FULL' })
    } finally {
      delete process.env.COUNTERTOP_ACK_TRACE
    }
    try {
      const before = Date.now()
      // 40 at once (shared groups), then 5 one after another (a group each)
      await Promise.all(Array.from({ length: 40 }, () => traced.recordDeliveries([signed(randomUUID(), randomUUID())])))
      for (let i = 0; i < 5; i++) await traced.recordDeliveries([signed(randomUUID(), randomUUID())])
      await traced.close()
      const rows = (side: string) =>
        readFileSync(`${base}.${side}`, 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split(' ').map(Number))
      const writer = rows('writer')
      const stats = { groups: writer.length, deliveries: writer.reduce((a, r) => a + r[1]!, 0) }
      expect(stats.deliveries).toBe(45)
      expect(stats.groups).toBeLessThan(45)
      expect(stats.groups).toBeGreaterThanOrEqual(6)
      for (const [at, n, queue, commit, durable] of writer) {
        // Wall-clock ms (a thread's timeOrigin + its monotonic clock: within a few ms of Date.now()).
        expect(at).toBeGreaterThanOrEqual(before - 50)
        expect(at).toBeLessThanOrEqual(Date.now() + 50)
        expect(n).toBeGreaterThan(0)
        for (const ms of [queue!, commit!, durable!]) expect(ms).toBeGreaterThanOrEqual(0)
      }
      // One line per answer message the main thread took back (one per recordDeliveries call).
      expect(rows('main')).toHaveLength(45)
      expect(rows('main').every((r) => r.length === 2 && r[1]! >= 0)).toBe(true)
    } finally {
      dir.cleanup()
    }
    // Without the variable there is no trace at all (nothing timed, nothing written).
    expect(ackTrace('writer', {})).toBeNull()
    expect(ackTrace('main', { COUNTERTOP_ACK_TRACE: '' })).toBeNull()
  })

  it('lets the WAL start over while a console reads back to back (console queries held for a moment), never reaching its ceiling', async () => {
    // Small thresholds so that a few hundred deliveries fill the window.
    // The reader at the writer's priority: at nice 19, on a machine whose CPUs other processes
    // keep busy (a parallel test run), its queries outlast every bound and this tests the ceiling.
    const env = { COUNTERTOP_WAL_PASSIVE_BYTES: String(256 * 1024), COUNTERTOP_WAL_RESTART_BYTES: String(512 * 1024), COUNTERTOP_WAL_TICK_MS: '5', COUNTERTOP_READER_NICE: '0' }
    Object.assign(process.env, env)
    let opened: Awaited<ReturnType<typeof open>> | undefined
    try {
      opened = await open()
    } finally {
      for (const k of Object.keys(env)) delete process.env[k]
    }
    const s = store!
    const { file } = opened!
    // A ledger worth reading: each integrity check (a read of the whole file, on the reader
    // thread, as long as a console's export page or longer) pins the WAL for a while.
    for (let i = 0; i < 40; i++) await s.recordDeliveries(Array.from({ length: 250 }, () => signed(randomUUID(), randomUUID())))
    let reading = true
    let reads = 0
    // Two consoles: one query always waits behind the other, so the reader thread is never without one.
    const consoles = [0, 1].map(async () => {
      while (reading) {
        await s.integrityCheck()
        reads++
      }
    })
    // Deliveries as a steady stream (two senders back to back): the WAL is never all copied
    // back between two of them, so it starts over only if the checkpointer makes it.
    const senders = [0, 1].map(async () => {
      while (reading) await s.recordDeliveries(Array.from({ length: 10 }, () => signed(randomUUID(), randomUUID())))
    })
    const probe = createWalProbe(file)
    let startsOver = 0
    let last = probe.read().frames
    try {
      await waitFor(
        () => {
          const now = probe.read().frames
          if (now < last) startsOver++
          last = now
          return startsOver >= 3
        },
        { what: 'the WAL to start over three times while the consoles read', timeoutMs: 20_000, intervalMs: 1 }
      )
    } finally {
      reading = false
      await Promise.all([...consoles, ...senders])
      probe.close()
    }
    expect(reads).toBeGreaterThanOrEqual(2)
    expect((await s.stats()).forcedCheckpoints).toBe(0)
  })

  it('fails one bad delivery alone and keeps the others of its group', async () => {
    const { store } = await open()
    const good = signed(randomUUID(), randomUUID())
    const bad = signed(randomUUID(), randomUUID())
    ;(bad.d as { receivedAt: unknown }).receivedAt = null // NOT NULL: its savepoint fails
    const [a, b, c] = await store.recordDeliveries([good, bad, signed(randomUUID(), randomUUID())])
    expect(a).toMatchObject({ verdict: 'accepted' })
    expect(b).toBeInstanceOf(Error)
    expect((b as Error).message).toMatch(/NOT NULL/)
    expect(c).toMatchObject({ verdict: 'accepted' })
    expect((await store.deliveries.list({ limit: 10 })).total).toBe(2)
  })

  it('answers a duplicate EventId as a duplicate, across groups', async () => {
    const { store } = await open()
    const ev = randomUUID()
    const t = randomUUID()
    const [first] = await store.recordDeliveries([signed(ev, t)])
    const [again] = await store.recordDeliveries([signed(ev, t)])
    expect([first, again].map((r) => (r as { verdict: string }).verdict)).toEqual(['accepted', 'duplicate'])
    expect(await store.transfers.get(t)).toMatchObject({ eventCount: 1, deliveryCount: 2, retried: true })
  })

  it('writes answer times in a later group, without a commit of their own being needed by the caller', async () => {
    const { store } = await open()
    const [r] = await store.recordDeliveries([signed(randomUUID(), randomUUID())])
    const id = (r as { deliveryRowId: number }).deliveryRowId
    store.recordAnswerTimes([{ id, ms: 1.25 }])
    const row = await waitFor(async () => {
      const d = await store.deliveries.get(id)
      return d?.answerMs !== null ? d : null
    }, { what: 'the answer time to be written' })
    expect(row.answerMs).toBe(1.25)
  })

  it('checkpoints off the writer: the WAL shrinks back to zero once writes stop', async () => {
    const { store } = await open()
    for (let round = 0; round < 20; round++) await Promise.all(Array.from({ length: 50 }, () => store.recordDeliveries([signed(randomUUID(), randomUUID())])))
    const grown = await store.stats()
    expect(grown.walBytes + grown.maxWalBytes).toBeGreaterThan(0)
    const quiet = await waitFor(async () => {
      const s = await store.stats()
      return s.walBytes === 0 && s.truncateCheckpoints > 0 ? s : null
    }, { timeoutMs: 10_000, what: 'a TRUNCATE checkpoint in the quiet gap' })
    expect(quiet.forcedCheckpoints).toBe(0)
    expect(await store.integrityCheck()).toBe('ok')
  })

  it('refuses calls after close instead of hanging', async () => {
    const { store: s } = await open()
    await s.close()
    await expect(s.transfers.get('x')).rejects.toMatchObject({ code: 'STORE_CLOSED' })
    await expect(s.recordDeliveries([signed(randomUUID(), randomUUID())])).rejects.toMatchObject({ code: 'STORE_CLOSED' })
    store = undefined
  })

  it('lends the console’s pages from shared memory until they are done with, and falls back to a buffer of their own when the pool is out', async () => {
    const { store } = await open()
    await store.recordDeliveries([signed(randomUUID(), 'tr-pool')])
    const pages = await Promise.all(Array.from({ length: 8 }, () => store.views.deliveriesPage({ limit: 5 })))
    const shared = pages.filter((p) => p instanceof Serialized && p.envelope.buffer instanceof SharedArrayBuffer) as Serialized<unknown>[]
    // Six slots: the seventh and eighth page, with every slot still lent, came in buffers of their own.
    expect(shared).toHaveLength(6)
    expect(pages.filter((p) => p instanceof Serialized && !(p.envelope.buffer instanceof SharedArrayBuffer))).toHaveLength(2)
    expect((await store.stats()).pageSlotsTaken).toBe(6)
    for (const p of pages) expect(materialize(p as Serialized<{ items: { transferId: string }[] }>).items.map((d) => d.transferId)).toEqual(['tr-pool'])
    // materialize gave each slot back: the next page is lent again.
    expect((await store.stats()).pageSlotsTaken).toBe(0)
    const again = await store.views.deliveriesPage({ limit: 5 })
    expect((again as Serialized<unknown>).envelope.buffer).toBeInstanceOf(SharedArrayBuffer)
    ;(again as Serialized<unknown>).done()
    expect((await store.stats()).pageSlotsTaken).toBe(0)
  })

  it.runIf(process.platform === 'linux')('runs the console’s reader at a lower priority than the writer and the checkpointer (Linux nice)', async () => {
    await open()
    // This process's threads, by name (a Worker's name is its thread's name, cut to 15 bytes).
    const threads = () =>
      readdirSync('/proc/self/task').flatMap((tid) => {
        try {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
          return [{ name: readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim(), nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) }]
        } catch {
          return [] // ended meanwhile
        }
      })
    const nice = await waitFor(() => {
      const t = threads()
      const of = (name: string) => t.filter((x) => x.name === name).map((x) => x.nice)
      const r = { writer: of('sqlite-writer'), reader: of('sqlite-reader'), checkpointer: of('sqlite-checkpoi') }
      return r.writer.length && r.reader.length && r.checkpointer.length ? r : null
    })
    expect(new Set(nice.writer)).toEqual(new Set([0]))
    expect(new Set(nice.reader)).toEqual(new Set([19]))
    expect(new Set(nice.checkpointer)).toEqual(new Set([0]))
  })
})
