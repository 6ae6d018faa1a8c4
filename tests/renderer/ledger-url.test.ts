// Issue 14, items 4 and 5 in the renderer: the one date-time format (fixed time zones), the
// Ledger's and Inspector's filters in the hash (parse, serialize, junk ignored), the amount
// filter's reading and the live rows it keeps, and the store following the URL both ways.
import { describe, expect, it } from 'vitest'
import type { LedgerQuery, Page, TransferRow } from '../../src/shared/contract'
import { describeTimeZone, formatDateTime, offsetText, wallClock } from '../../src/renderer/src/lib/format'
import {
  amountRangeProblem,
  describeLedgerFilter,
  EMPTY_FILTER,
  matchesFilter,
  mergeTransferUpdates,
  parseAmountFilter,
  toLedgerQuery,
  type LedgerFilter
} from '../../src/renderer/src/lib/ledger'
import { inspectorHref, ledgerHref, ledgerQueryString, parseRoute, routeHref, splitHash } from '../../src/renderer/src/lib/route'
import { loadForRoute } from '../../src/renderer/src/live'
import { createAppStore } from '../../src/renderer/src/store'
import { deferred, fakeBridge, fakeLink } from './fakes'
import { delivery, row } from './fixtures'

const filter = (p: Partial<LedgerFilter>): LedgerFilter => ({ ...EMPTY_FILTER, ...p })
const ledgerOf = (hash: string): LedgerFilter => {
  const r = parseRoute(hash)
  if (r.name !== 'ledger') throw new Error(`not a ledger route: ${hash}`)
  return r.filter
}

describe('the one date-time format', () => {
  // 2025-01-07 13:03:07.250 UTC (winter) and 2025-07-07 13:03:07.005 UTC (summer).
  const winter = Date.UTC(2025, 0, 7, 13, 3, 7, 250)
  const summer = Date.UTC(2025, 6, 7, 13, 3, 7, 5)

  it('writes local YYYY-MM-DD HH:MM:SS with seconds always, in the zone it is given', () => {
    expect(formatDateTime(winter, { timeZone: 'Europe/Berlin' })).toBe('2025-01-07 14:03:07')
    expect(formatDateTime(summer, { timeZone: 'Europe/Berlin' })).toBe('2025-07-07 15:03:07')
    expect(formatDateTime(winter, { timeZone: 'America/New_York' })).toBe('2025-01-07 08:03:07')
    expect(formatDateTime(winter, { timeZone: 'Asia/Kolkata' })).toBe('2025-01-07 18:33:07')
    expect(formatDateTime(winter, { timeZone: 'UTC' })).toBe('2025-01-07 13:03:07')
    // Midnight is 00, never 24; the local date can be the next day.
    expect(formatDateTime(Date.UTC(2025, 4, 20, 22, 0, 0), { timeZone: 'Europe/Berlin' })).toBe('2025-05-21 00:00:00')
    expect(formatDateTime(Date.UTC(2025, 4, 20, 23, 30, 59), { timeZone: 'Asia/Tokyo' })).toBe('2025-05-21 08:30:59')
  })

  it('adds milliseconds only when asked, zero-padded', () => {
    expect(formatDateTime(winter, { timeZone: 'Europe/Berlin', ms: true })).toBe('2025-01-07 14:03:07.250')
    expect(formatDateTime(summer, { timeZone: 'Europe/Berlin', ms: true })).toBe('2025-07-07 15:03:07.005')
  })

  it('crosses a DST change by the wall clock', () => {
    // Berlin springs forward at 01:00 UTC on 30 March 2025: 01:59:59 +01:00, then 03:00:00 +02:00.
    expect(formatDateTime(Date.UTC(2025, 2, 30, 0, 59, 59), { timeZone: 'Europe/Berlin' })).toBe('2025-03-30 01:59:59')
    expect(formatDateTime(Date.UTC(2025, 2, 30, 1, 0, 0), { timeZone: 'Europe/Berlin' })).toBe('2025-03-30 03:00:00')
    expect(wallClock(Date.UTC(2025, 2, 30, 0, 59, 59), 'Europe/Berlin').offset).toBe(60)
    expect(wallClock(Date.UTC(2025, 2, 30, 1, 0, 0), 'Europe/Berlin').offset).toBe(120)
  })

  it('says "—" for a missing time and never throws on an unknown zone', () => {
    expect(formatDateTime(null)).toBe('—')
    expect(formatDateTime(undefined)).toBe('—')
    expect(formatDateTime(Number.NaN)).toBe('—')
    expect(formatDateTime(winter, { timeZone: 'Not/AZone' })).toMatch(/^2025-01-0[78] \d{2}:\d{2}:07$/)
  })

  it('names the zone once, with its offset at that time', () => {
    expect(describeTimeZone('Europe/Berlin', winter)).toBe('Europe/Berlin (UTC+01:00)')
    expect(describeTimeZone('Europe/Berlin', summer)).toBe('Europe/Berlin (UTC+02:00)')
    expect(describeTimeZone('America/St_Johns', winter)).toBe('America/St_Johns (UTC-03:30)')
    expect(offsetText(345)).toBe('+05:45')
    expect(offsetText(0)).toBe('+00:00')
  })
})

describe('filters in the hash', () => {
  it('reads every Ledger filter from #/ledger?…', () => {
    expect(ledgerOf('#/ledger?status=failed&q=0xabc&from=2026-11-01&to=2026-11-30&min=10&max=20&tests=1')).toEqual({
      status: 'failed',
      search: '0xabc',
      from: '2026-11-01',
      to: '2026-11-30',
      amountMin: '10',
      amountMax: '20',
      includeTests: true
    })
    expect(ledgerOf('#/ledger?q=%200XABCDEF%20')).toEqual(filter({ search: '0XABCDEF' }))
    expect(ledgerOf('#/ledger?status=Succeeded')).toEqual(filter({ status: 'succeeded' }))
    expect(ledgerOf('#/ledger?min=12.50&max=12.50')).toEqual(filter({ amountMin: '12.50', amountMax: '12.50' }))
  })

  it('writes them back in a fixed order, leaving defaults out, and round-trips', () => {
    const f = filter({ status: 'refundpending', search: 'ct_0a1b 2c', from: '2026-01-31', amountMin: '0.0039', includeTests: true })
    expect(ledgerHref(f)).toBe('#/ledger?status=refundpending&q=ct_0a1b+2c&from=2026-01-31&min=0.0039&tests=1')
    expect(ledgerOf(ledgerHref(f))).toEqual(f)
    expect(ledgerHref(EMPTY_FILTER)).toBe('#/ledger')
    expect(ledgerQueryString(filter({ search: '   ' }))).toBe('')
    const odd = filter({ search: 'a&b=c#d?e/f%g' })
    expect(ledgerOf(ledgerHref(odd))).toEqual(odd)
    expect(routeHref({ name: 'ledger' })).toBe('#/ledger')
  })

  it('ignores unknown and invalid parameters without throwing', () => {
    expect(ledgerOf('#/ledger?status=weird&from=2026-02-30&to=yesterday&min=-5&max=1e3&tests=yes&page=4&utm=x')).toEqual(EMPTY_FILTER)
    expect(ledgerOf('#/ledger?min=1,5&max=12.5.0')).toEqual(EMPTY_FILTER)
    expect(ledgerOf(`#/ledger?q=${'x'.repeat(201)}`)).toEqual(EMPTY_FILTER)
    // An end before the start: the end is dropped (it would match nothing).
    expect(ledgerOf('#/ledger?from=2026-11-30&to=2026-11-01')).toEqual(filter({ from: '2026-11-30' }))
    expect(ledgerOf('#/ledger?min=20&max=10')).toEqual(filter({ amountMin: '20' }))
    // Broken escapes, a bare "?", repeated keys (the first wins), no value.
    expect(ledgerOf('#/ledger?q=%E0%A4%A&status=')).toEqual(filter({ search: '\uFFFD%A' }))
    expect(ledgerOf('#/ledger?')).toEqual(EMPTY_FILTER)
    expect(ledgerOf('#/ledger/?status=failed&status=pending')).toEqual(filter({ status: 'failed' }))
    expect(() => parseRoute('#/ledger?%%%&&==&q')).not.toThrow()
    expect(parseRoute('#/inspector?verdict=bogus&delivery=0')).toEqual({ name: 'inspector', view: { verdict: '', delivery: null } })
    expect(parseRoute('#/inspector?delivery=12abc')).toEqual({ name: 'inspector', view: { verdict: '', delivery: null } })
  })

  it('reads and writes the Inspector’s verdict and open delivery', () => {
    expect(parseRoute('#/inspector?verdict=rejected&delivery=42')).toEqual({ name: 'inspector', view: { verdict: 'rejected', delivery: 42 } })
    expect(parseRoute('#/inspector?verdict=signature_invalid')).toEqual({ name: 'inspector', view: { verdict: 'signature_invalid', delivery: null } })
    expect(inspectorHref({ verdict: 'duplicate', delivery: 7 })).toBe('#/inspector?verdict=duplicate&delivery=7')
    expect(inspectorHref({ verdict: '', delivery: null })).toBe('#/inspector')
  })

  it('keeps other routes as they were, a query after a transfer id not being part of it', () => {
    expect(parseRoute('#/transfer/abc%3Fdef')).toEqual({ name: 'transfer', transferId: 'abc?def' })
    expect(parseRoute('#/shift?x=1')).toEqual({ name: 'shift' })
    expect(splitHash('#/ledger?a=1').path).toBe('ledger')
  })
})

describe('amounts typed into the Ledger', () => {
  it('reads a decimal point, or the locale’s decimal comma, as plain decimal text', () => {
    expect(parseAmountFilter('12.50', 'en-US')).toEqual({ ok: true, value: '12.50' })
    expect(parseAmountFilter(' 0012.5 ', 'en-US')).toEqual({ ok: true, value: '12.5' })
    expect(parseAmountFilter('.5', 'en-US')).toEqual({ ok: true, value: '0.5' })
    expect(parseAmountFilter('12,50', 'de-DE')).toEqual({ ok: true, value: '12.50' })
    expect(parseAmountFilter('12.50', 'de-DE')).toEqual({ ok: true, value: '12.50' })
    expect(parseAmountFilter('0.000000000000000001', 'en-US')).toEqual({ ok: true, value: '0.000000000000000001' })
    expect(parseAmountFilter('', 'en-US')).toEqual({ ok: true, value: '' })
  })

  it('refuses what it cannot read, saying what to type', () => {
    expect(parseAmountFilter('12,50', 'en-US')).toEqual({ ok: false, error: 'Type the amount without thousands separators, with a decimal point: 1234.50.' })
    expect(parseAmountFilter('1.234,50', 'de-DE')).toEqual({ ok: false, error: 'Type the amount without thousands separators, with a decimal comma or point: 1234,50.' })
    expect(parseAmountFilter('-3', 'en-US')).toEqual({ ok: false, error: 'Amounts are never negative: type a number such as 12.50.' })
    expect(parseAmountFilter('$12', 'en-US')).toEqual({ ok: false, error: 'Type digits only, such as 12.50 (no currency or asset).' })
    expect(parseAmountFilter('12 USDC', 'en-US')).toEqual({ ok: false, error: 'Type digits only, such as 12.50 (no currency or asset).' })
    expect(parseAmountFilter('.', 'en-US')).toEqual({ ok: false, error: 'Type a number such as 12.50.' })
    expect(parseAmountFilter('1'.repeat(16), 'en-US')).toEqual({ ok: false, error: 'That amount is too large: at most 15 digits before the decimal point.' })
    expect(parseAmountFilter(`1.${'0'.repeat(19)}`, 'en-US')).toEqual({ ok: false, error: 'At most 18 decimals.' })
    expect(amountRangeProblem('20', '10.5')).toBe('The lower bound is above the upper one: swap them.')
    expect(amountRangeProblem('10', '10.00')).toBe('')
    expect(amountRangeProblem('', '1')).toBe('')
  })

  it('sends the range as ledger.list’s amountMin/amountMax, equal bounds for an exact amount', () => {
    expect(toLedgerQuery(filter({ amountMin: '12.50', amountMax: '12.50' }))).toEqual({ limit: 100, includeTests: false, amountMin: '12.50', amountMax: '12.50' })
    expect(toLedgerQuery(filter({ amountMax: '5' }))).toEqual({ limit: 100, includeTests: false, amountMax: '5' })
  })

  it('names the filters that are on, for the empty state', () => {
    expect(describeLedgerFilter(EMPTY_FILTER)).toEqual([])
    expect(describeLedgerFilter(filter({ status: 'failed', search: '0xAB', from: '2026-11-01', to: '2026-11-30', amountMin: '10', amountMax: '20', includeTests: true }))).toEqual([
      'status Failed',
      'search “0xAB”',
      'first seen 2026-11-01 to 2026-11-30',
      'amount 10 to 20',
      'test transfers included'
    ])
    expect(describeLedgerFilter(filter({ amountMin: '12.5', amountMax: '12.50' }))).toEqual(['amount exactly 12.5'])
    expect(describeLedgerFilter(filter({ amountMin: '3', from: '2026-01-02' }))).toEqual(['first seen on or after 2026-01-02', 'amount 3 or more'])
    expect(describeLedgerFilter(filter({ amountMax: '3', to: '2026-01-02' }))).toEqual(['first seen on or before 2026-01-02', 'amount 3 or less'])
  })
})

describe('live rows under a search or an amount filter (the server’s rules)', () => {
  const hash = '0xabc111' + 'd'.repeat(58)
  const r = row({ transferId: 'b2c1d1e6-0000-4000-8000-000000000001', transactionId: 'ct_aaa222', txHash: hash, sourceAmount: '12.5125', destinationAmount: '12.5' })

  it('matches ids and hashes typed in any case: exact, or a prefix from 6 characters', () => {
    expect(matchesFilter(r, filter({ search: hash.toUpperCase().replace('0X', '0x') }))).toBe(true)
    expect(matchesFilter(r, filter({ search: '0XABC111' }))).toBe(true)
    expect(matchesFilter(r, filter({ search: 'B2C1D1E6' }))).toBe(true)
    expect(matchesFilter(r, filter({ search: 'CT_AAA222' }))).toBe(true)
    expect(matchesFilter(r, filter({ search: '0xabc' }))).toBe(false)
    expect(matchesFilter(r, filter({ search: '0xabc112' }))).toBe(false)
  })

  it('matches the crypto sent or received or the sale’s fiat amount, both ends included', () => {
    expect(matchesFilter(r, filter({ amountMin: '12.50', amountMax: '12.50' }))).toBe(true)
    expect(matchesFilter(r, filter({ amountMin: '12.5125', amountMax: '12.5125' }))).toBe(true)
    expect(matchesFilter(r, filter({ amountMin: '12.51', amountMax: '12.51' }))).toBe(false)
    expect(matchesFilter(r, filter({ amountMin: '13' }))).toBe(false)
    expect(matchesFilter(r, filter({ amountMax: '12.4' }))).toBe(false)
    const charged = { ...r, sourceAmount: '0.0031', destinationAmount: '0.003', charge: { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' } }
    expect(matchesFilter(charged, filter({ amountMin: '10', amountMax: '10' }))).toBe(true)
    expect(matchesFilter(charged, filter({ amountMin: '10.87', amountMax: '10.87' }))).toBe(false)
    expect(matchesFilter({ ...r, sourceAmount: null, destinationAmount: null }, filter({ amountMin: '0' }))).toBe(false)
  })

  it('inserts a live row of a known sale when its fiat amount matches, though the row carries no charge', () => {
    const live = row({ transferId: 'tr-live', sessionId: 's-1', sourceAmount: '0.0031', destinationAmount: '0.003', firstSeenAt: 5_000, updatedAt: 5_000 })
    const page = { rows: [], total: 0, nextCursor: null }
    const f = filter({ amountMin: '20.00', amountMax: '20.00' })
    const next = mergeTransferUpdates(page, [live], f, (id) => (id === 's-1' ? { amount: '20.00', currency: 'USD', usdAmount: '20.00', rate: null } : undefined))
    expect(next.rows.map((x) => x.transferId)).toEqual(['tr-live'])
    expect(next.total).toBe(1)
    expect(mergeTransferUpdates(page, [live], f, () => undefined)).toBe(page)
  })
})

describe('the store follows the URL, and the URL the store', () => {
  const emptyPage: Page<TransferRow> = { items: [], total: 0, nextCursor: null }
  function setup() {
    const b = fakeBridge({
      'ledger.list': () => emptyPage,
      'deliveries.list': () => ({ items: [], total: 0, nextCursor: null }),
      'deliveries.get': (a: { id: number }) => delivery({ id: a.id })
    })
    const replaced: string[] = []
    const store = createAppStore({ bridge: b.bridge, link: fakeLink().link, now: () => 0, url: { replace: (h) => replaced.push(h) } })
    // What bootstrap does: every route change loads what the screen shows.
    store.subscribe((n, p) => {
      if (n.route !== p.route) loadForRoute(store)
    })
    return { store, replaced, lists: () => b.callsOf('ledger.list') as LedgerQuery[], calls: b.callsOf }
  }

  it('opens #/ledger?… with its filters applied to the first query and the inputs', async () => {
    const { store, lists, replaced } = setup()
    store.getState().setRoute('#/ledger?status=failed&q=0XABC123&min=10&max=20&tests=1')
    await Promise.resolve()
    expect(store.getState().ledgerFilter).toEqual(filter({ status: 'failed', search: '0XABC123', amountMin: '10', amountMax: '20', includeTests: true }))
    expect(lists()).toEqual([{ limit: 100, includeTests: true, status: 'failed', search: '0XABC123', amountMin: '10', amountMax: '20' }])
    // Opening a URL does not rewrite it.
    expect(replaced).toEqual([])
  })

  it('writes a filter change into the URL by replacing it, and only while the Ledger is shown', async () => {
    const { store, replaced, lists } = setup()
    store.getState().setRoute('#/ledger?q=ct_abc123')
    await store.getState().setLedgerFilter({ status: 'pending' })
    await store.getState().setLedgerFilter({ amountMin: '12.50', amountMax: '12.50' })
    expect(replaced).toEqual(['#/ledger?status=pending&q=ct_abc123', '#/ledger?status=pending&q=ct_abc123&min=12.50&max=12.50'])
    expect(store.getState().route).toEqual({ name: 'ledger', filter: filter({ status: 'pending', search: 'ct_abc123', amountMin: '12.50', amountMax: '12.50' }) })
    expect(lists().at(-1)).toEqual({ limit: 100, includeTests: false, status: 'pending', search: 'ct_abc123', amountMin: '12.50', amountMax: '12.50' })
    store.getState().setRoute('#/counter')
    await store.getState().setLedgerFilter({ status: 'failed' })
    expect(replaced).toHaveLength(2)
    // The tab back to the Ledger keeps the filters.
    expect(ledgerHref(store.getState().ledgerFilter)).toBe('#/ledger?status=failed&q=ct_abc123&min=12.50&max=12.50')
  })

  it('follows Back to an older URL: the filters change, the list reloads, the inputs start over', async () => {
    const { store, lists } = setup()
    store.getState().setRoute('#/ledger?status=failed')
    await Promise.resolve()
    await store.getState().setLedgerFilter({ status: 'succeeded' })
    const epoch = store.getState().ledgerFilterEpoch
    const before = lists().length
    store.getState().setRoute('#/ledger?status=failed')
    await Promise.resolve()
    expect(store.getState().ledgerFilter.status).toBe('failed')
    expect(lists().slice(before)).toEqual([{ limit: 100, includeTests: false, status: 'failed' }])
    expect(store.getState().ledgerFilterEpoch).toBe(epoch + 1)
    // The same URL again changes nothing.
    store.getState().setRoute('#/ledger?status=failed')
    expect(lists()).toHaveLength(before + 1)
    expect(store.getState().ledgerFilterEpoch).toBe(epoch + 1)
  })

  it('does not show a reply to the old filters after the URL changed them', async () => {
    const gate = deferred<Page<TransferRow>>()
    const b = fakeBridge({ 'ledger.list': (q: LedgerQuery) => (q.status === 'failed' ? gate.promise : { items: [row({ transferId: 'tr-ok', status: 'succeeded' })], total: 1, nextCursor: null }) })
    const store = createAppStore({ bridge: b.bridge, link: fakeLink().link, now: () => 0 })
    store.getState().setRoute('#/ledger?status=failed')
    const slow = store.getState().loadLedger()
    store.getState().setRoute('#/ledger?status=succeeded')
    await new Promise((r) => setTimeout(r, 0))
    gate.resolve({ items: [row({ transferId: 'tr-failed', status: 'failed' })], total: 1, nextCursor: null })
    await slow
    expect(store.getState().ledgerRows.map((r) => r.transferId)).toEqual(['tr-ok'])
  })

  it('clears every filter and the URL with Clear', async () => {
    const { store, replaced } = setup()
    store.getState().setRoute('#/ledger?status=failed&min=1')
    await store.getState().resetLedgerFilter()
    expect(store.getState().ledgerFilter).toEqual(EMPTY_FILTER)
    expect(replaced).toEqual(['#/ledger'])
  })

  it('opens #/inspector?verdict=…&delivery=… and writes verdict and selection back', async () => {
    const { store, replaced, calls } = setup()
    store.getState().setRoute('#/inspector?verdict=rejected&delivery=7')
    await new Promise((r) => setTimeout(r, 0))
    expect(store.getState().verdictFilter).toBe('rejected')
    expect(store.getState().selectedDeliveryId).toBe(7)
    expect(calls('deliveries.list')).toEqual([{ limit: 100, rejected: true }])
    expect(calls('deliveries.get')).toEqual([{ id: 7 }])
    await store.getState().setVerdictFilter('duplicate')
    await store.getState().selectDelivery(null)
    expect(replaced).toEqual(['#/inspector?verdict=duplicate&delivery=7', '#/inspector?verdict=duplicate'])
  })
})
