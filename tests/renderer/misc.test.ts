import { describe, expect, it } from 'vitest'
import { isEnvelope, isEventMessage } from '../../src/renderer/src/bridge/types'
import { createIpcBridge } from '../../src/renderer/src/bridge/ipc'
import { createBatcher } from '../../src/renderer/src/lib/batcher'
import { claimedIds, matchesVerdict, mergeDeliveries, toDeliveriesQuery } from '../../src/renderer/src/lib/deliveries'
import { dateInputToEndMs, dateInputToMs, formatElapsed, formatRelative, shortHash, startOfLocalDay } from '../../src/renderer/src/lib/format'
import { EMPTY_FILTER } from '../../src/renderer/src/lib/ledger'
import { parseRoute, routeHref, transferHref } from '../../src/renderer/src/lib/route'
import { delivery, row, sale } from './fixtures'

describe('routes', () => {
  it('parses the hash routes and defaults to the counter', () => {
    expect(parseRoute('')).toEqual({ name: 'counter' })
    expect(parseRoute('#/counter')).toEqual({ name: 'counter' })
    expect(parseRoute('#/ledger')).toEqual({ name: 'ledger', filter: EMPTY_FILTER })
    expect(parseRoute('#/inspector')).toEqual({ name: 'inspector', view: { verdict: '', delivery: null } })
    expect(parseRoute('#/nonsense')).toEqual({ name: 'counter' })
    expect(parseRoute('#/transfer/')).toEqual({ name: 'ledger', filter: EMPTY_FILTER })
  })

  it('round-trips transfer ids with odd characters', () => {
    const id = 'a/b c%d'
    expect(parseRoute(transferHref(id))).toEqual({ name: 'transfer', transferId: id })
    expect(routeHref({ name: 'ledger' })).toBe('#/ledger')
  })
})

describe('format helpers', () => {
  it('formats elapsed time and relative time', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(65_400)).toBe('1:05')
    expect(formatElapsed(3_723_000)).toBe('1:02:03')
    expect(formatRelative(null, 5)).toBe('never')
    expect(formatRelative(1_000, 1_500)).toBe('just now')
    expect(formatRelative(0, 12_000)).toBe('12 s ago')
    expect(formatRelative(0, 5 * 60_000)).toBe('5 min ago')
  })

  it('shortens hashes and keeps short ones whole', () => {
    expect(shortHash('0x' + 'a'.repeat(62))).toBe('0xaaaaaaaa…aaaaaa')
    expect(shortHash('0xabc')).toBe('0xabc')
    expect(shortHash(null)).toBe('—')
  })

  it('turns date inputs into local-day bounds', () => {
    expect(dateInputToMs('2025-03-10')).toBe(new Date(2025, 2, 10).getTime())
    expect(dateInputToEndMs('2025-03-10')).toBe(new Date(2025, 2, 11).getTime())
    expect(dateInputToMs('')).toBeNull()
    expect(dateInputToMs('10/03/2025')).toBeNull()
    expect(startOfLocalDay(new Date(2025, 2, 10, 15, 30).getTime())).toBe(new Date(2025, 2, 10).getTime())
  })
})

describe('inspector deliveries', () => {
  it('builds the deliveries.list query for a verdict filter', () => {
    expect(toDeliveriesQuery('')).toEqual({ limit: 100 })
    expect(toDeliveriesQuery('rejected')).toEqual({ limit: 100, rejected: true })
    expect(toDeliveriesQuery('signature_invalid', '42')).toEqual({ limit: 100, verdict: 'signature_invalid', cursor: '42' })
  })

  it('matches rejected verdicts', () => {
    expect(matchesVerdict(delivery({ id: 1, verdict: 'signature_invalid' }), 'rejected')).toBe(true)
    expect(matchesVerdict(delivery({ id: 1, verdict: 'malformed' }), 'rejected')).toBe(false)
    expect(matchesVerdict(delivery({ id: 1, verdict: 'malformed' }), 'malformed')).toBe(true)
  })

  it('merges live deliveries newest first, replacing known ids and honouring the filter', () => {
    const list = [delivery({ id: 5 }), delivery({ id: 3 })]
    const { items, added } = mergeDeliveries(list, [delivery({ id: 7, verdict: 'signature_invalid' }), delivery({ id: 5, answerMs: 99 }), delivery({ id: 6 })], '')
    expect(items.map((d) => d.id)).toEqual([7, 6, 5, 3])
    expect(items[2]!.answerMs).toBe(99)
    expect(added).toBe(2)
    const rejectedOnly = mergeDeliveries([], [delivery({ id: 8 }), delivery({ id: 9, verdict: 'too_large' })], 'rejected')
    expect(rejectedOnly.items.map((d) => d.id)).toEqual([9])
    expect(mergeDeliveries(list, [delivery({ id: 10 })], 'malformed').items).toBe(list)
  })

  it('caps the live list', () => {
    const { items } = mergeDeliveries([], Array.from({ length: 20 }, (_, i) => delivery({ id: i + 1 })), '', 5)
    expect(items.map((d) => d.id)).toEqual([20, 19, 18, 17, 16])
  })

  it('reads the ids an unverified body claims', () => {
    expect(claimedIds({ body: '{"EventId":"e","TransferId":"t","Id":"i","TransferStatus":"Pending"}' })).toEqual({ eventId: 'e', transferId: 't', deliveryId: 'i', status: 'Pending' })
    expect(claimedIds({ body: 'not json' })).toEqual({ eventId: null, transferId: null, deliveryId: null, status: null })
  })
})

describe('event batching', () => {
  it('delivers everything pushed within one frame as one batch, grouped by type', () => {
    const frames: (() => void)[] = []
    const batches: unknown[] = []
    const b = createBatcher((x) => batches.push(x), (cb) => frames.push(cb))
    b.push({ type: 'transfer.updated', payload: row({ transferId: 't' }) })
    b.push({ type: 'delivery.recorded', payload: delivery({ id: 1 }) })
    b.push({ type: 'sale.updated', payload: sale({ sessionId: 's' }) })
    expect(frames).toHaveLength(1)
    expect(batches).toHaveLength(0)
    expect(b.size).toBe(3)
    frames[0]!()
    expect(batches).toHaveLength(1)
    expect(batches[0]).toMatchObject({ transfers: [{ transferId: 't' }], deliveries: [{ id: 1 }], sales: [{ sessionId: 's' }] })
    b.push({ type: 'transfer.updated', payload: row({ transferId: 'u' }) })
    expect(frames).toHaveLength(2)
  })
})

describe('bridge helpers', () => {
  it('recognises envelopes and event messages', () => {
    expect(isEnvelope({ ok: true, value: 1 })).toBe(true)
    expect(isEnvelope({ ok: false, error: { code: 'X', message: 'y' } })).toBe(true)
    expect(isEnvelope({ ok: true })).toBe(false)
    expect(isEnvelope('nope')).toBe(false)
    expect(isEventMessage({ type: 'sale.updated', payload: {} })).toBe(true)
    expect(isEventMessage({ type: 'hello' })).toBe(false)
  })

  it('carries the envelope unchanged over IPC and turns a failure into an error envelope', async () => {
    const listeners: ((m: unknown) => void)[] = []
    const bridge = createIpcBridge({
      invoke: async (name) => (name === 'health.get' ? { ok: true, value: { mode: 'emulator' } } : Promise.reject(new Error('boom'))),
      subscribe: (l) => {
        listeners.push(l)
        return () => void 0
      }
    })
    expect(await bridge.invoke('health.get', {})).toEqual({ ok: true, value: { mode: 'emulator' } })
    const bad = await bridge.invoke('ledger.list', {})
    expect(bad.ok).toBe(false)
    const got: unknown[] = []
    const states: string[] = []
    bridge.subscribe((m) => got.push(m), (s) => states.push(s))
    listeners[0]!({ type: 'transfer.updated', payload: row({ transferId: 't' }) })
    listeners[0]!({ type: 'junk' })
    expect(got).toHaveLength(1)
    expect(states).toEqual(['open'])
  })
})
