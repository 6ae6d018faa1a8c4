// The reader's shared page pool (sqlite/page-pool.ts) and the lending protocol of Serialized:
// a slot is taken by one producer at a time, given back once by its consumer, and a page that
// does not fit is refused whole (never cut short).
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { claimSlot, createPagePool, PAGE_POOL, releaseSlot, slotBytes, slotsTaken } from '../../../src/main/core/store/sqlite/page-pool'
import { encodeEnvelopeInto, envelopeText, materialize, Serialized, toIpcAnswer } from '../../../src/main/core/store/serialized'

describe('page pool', () => {
  it('lends each slot to one taker until it is given back, then refuses (-1) when all are taken', () => {
    const pool = createPagePool(3, 64)
    const taken = [claimSlot(pool), claimSlot(pool), claimSlot(pool)]
    expect(new Set(taken)).toEqual(new Set([0, 1, 2]))
    expect(claimSlot(pool)).toBe(-1)
    expect(slotsTaken(pool)).toBe(3)
    releaseSlot(pool, 1)
    expect(slotsTaken(pool)).toBe(2)
    expect(claimSlot(pool)).toBe(1)
    expect(claimSlot(pool)).toBe(-1)
  })

  it('gives each slot its own bytes, and refuses slots and lengths it does not have', () => {
    const pool = createPagePool(2, 16)
    slotBytes(pool, 0).fill(1)
    slotBytes(pool, 1).fill(2)
    expect([...slotBytes(pool, 0, 4)]).toEqual([1, 1, 1, 1])
    expect([...slotBytes(pool, 1, 16)].every((b) => b === 2)).toBe(true)
    expect(slotBytes(pool, 0).buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(() => slotBytes(pool, 2)).toThrow(RangeError)
    expect(() => slotBytes(pool, -1)).toThrow(RangeError)
    expect(() => slotBytes(pool, 0, 17)).toThrow(RangeError)
    expect(() => createPagePool(0, 16)).toThrow(RangeError)
    expect(() => createPagePool(2, 0)).toThrow(RangeError)
  })

  it('is shared with another thread: what it writes into a slot it took is read here, and no slot is lent twice', async () => {
    const pool = createPagePool(4, 64)
    const mine = claimSlot(pool)
    // The worker takes every slot it can and writes its number into each.
    const code = `
      const { parentPort, workerData: pool } = require('node:worker_threads')
      const c = new Int32Array(pool.buffer, 0, pool.slots)
      const got = []
      for (let i = 0; i < pool.slots; i++) if (Atomics.compareExchange(c, i, 0, 1) === 0) { new Uint8Array(pool.buffer, 4096 + i * pool.slotBytes, 1)[0] = 40 + i; got.push(i) }
      parentPort.postMessage(got)`
    const w = new Worker(code, { eval: true, workerData: pool })
    const got = await new Promise<number[]>((resolve, reject) => w.once('message', resolve).once('error', reject))
    await w.terminate()
    expect(got).toHaveLength(3)
    expect(got).not.toContain(mine)
    for (const i of got) expect(slotBytes(pool, i, 1)[0]).toBe(40 + i)
    expect(claimSlot(pool)).toBe(-1)
  })

  it('has room for an export batch: the default slots hold 1 MiB each', () => {
    expect(PAGE_POOL.slotBytes).toBeGreaterThanOrEqual(1024 * 1024)
    expect(PAGE_POOL.slots).toBeGreaterThanOrEqual(2)
  })
})

describe('encoding a page into a slot', () => {
  it('writes the whole envelope as UTF-8, or nothing usable when it does not fit', () => {
    const value = { items: [{ note: 'café ☕ 12.50 €' }], total: 1 }
    const text = envelopeText(value)
    const exact = new TextEncoder().encode(text)
    const room = new Uint8Array(exact.length)
    expect(encodeEnvelopeInto(text, room)).toBe(exact.length)
    expect(JSON.parse(new TextDecoder().decode(room))).toEqual({ ok: true, value })
    // One byte short: the multi-byte characters make it too long although it has fewer UTF-16 units than bytes.
    expect(text.length).toBeLessThan(exact.length - 1)
    expect(encodeEnvelopeInto(text, new Uint8Array(exact.length - 1))).toBeNull()
    expect(encodeEnvelopeInto(text, new Uint8Array(3))).toBeNull()
  })
})

describe('lent bytes (Serialized.done)', () => {
  const lent = (value: unknown) => {
    const pool = createPagePool(1, 4096)
    const slot = claimSlot(pool)
    const bytes = slotBytes(pool, slot)
    const n = encodeEnvelopeInto(envelopeText(value), bytes)!
    let released = 0
    const s = new Serialized(slotBytes(pool, slot, n), () => {
      released++
      releaseSlot(pool, slot)
    })
    return { pool, s, released: () => released }
  }

  it('gives the slot back once, however often done() is called', () => {
    const { pool, s, released } = lent({ a: 1 })
    expect(slotsTaken(pool)).toBe(1)
    s.done()
    s.done()
    expect(released()).toBe(1)
    expect(slotsTaken(pool)).toBe(0)
  })

  it('is given back by materialize, after the value was read', () => {
    const { pool, s, released } = lent({ items: [1, 2, 3] })
    expect(materialize(s)).toEqual({ items: [1, 2, 3] })
    expect(released()).toBe(1)
    expect(slotsTaken(pool)).toBe(0)
  })

  it('is copied out of shared memory for IPC (another process cannot map it) and given back', () => {
    const { pool, s } = lent({ page: 'x' })
    const answer = toIpcAnswer({ ok: true, value: s }) as { ok: true; json: Uint8Array }
    expect(answer.json.buffer).not.toBeInstanceOf(SharedArrayBuffer)
    expect(slotsTaken(pool)).toBe(0)
    // The slot may be reused at once: the answer keeps its own bytes.
    slotBytes(pool, 0).fill(0)
    expect(JSON.parse(new TextDecoder().decode(structuredClone(answer).json))).toEqual({ page: 'x' })
  })
})
