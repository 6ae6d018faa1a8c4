import { describe, expect, it } from 'vitest'
import { appendPage, compareRows, EMPTY_FILTER, latestPerTransfer, matchesFilter, mergeTransferUpdates, toLedgerQuery, type LedgerFilter, type LedgerPage } from '../../src/renderer/src/lib/ledger'
import { row } from './fixtures'

const f = (p: Partial<LedgerFilter> = {}): LedgerFilter => ({ ...EMPTY_FILTER, ...p })
const ids = (p: LedgerPage) => p.rows.map((r) => r.transferId)
const page = (rows: ReturnType<typeof row>[], nextCursor: string | null = null, total = rows.length): LedgerPage => ({ rows: [...rows].sort(compareRows), total, nextCursor })

describe('ledger order', () => {
  it('sorts newest first, then TransferId descending, like the server', () => {
    const rows = [row({ transferId: 'a', firstSeenAt: 5 }), row({ transferId: 'c', firstSeenAt: 9 }), row({ transferId: 'b', firstSeenAt: 5 })].sort(compareRows)
    expect(rows.map((r) => r.transferId)).toEqual(['c', 'b', 'a'])
  })
})

describe('matchesFilter', () => {
  it('filters by status case-insensitively', () => {
    expect(matchesFilter(row({ transferId: 't', status: 'succeeded' }), f({ status: 'Succeeded' }))).toBe(true)
    expect(matchesFilter(row({ transferId: 't', status: 'pending' }), f({ status: 'succeeded' }))).toBe(false)
  })

  it('searches ids and hashes exactly, or by a prefix of at least 6 characters', () => {
    const r = row({ transferId: 'abcdef123', transactionId: 'txn-42', txHash: '0xfeedbeef' })
    expect(matchesFilter(r, f({ search: 'abcdef' }))).toBe(true)
    expect(matchesFilter(r, f({ search: 'abc' }))).toBe(false)
    expect(matchesFilter(r, f({ search: 'txn-42' }))).toBe(true)
    expect(matchesFilter(r, f({ search: '0xfeed' }))).toBe(true)
    expect(matchesFilter(r, f({ search: ' 0xfeedbeef ' }))).toBe(true)
    expect(matchesFilter(r, f({ search: 'def123' }))).toBe(false)
  })

  it('filters by local days, inclusive of both ends', () => {
    const day = new Date(2025, 2, 10, 12).getTime()
    const r = row({ transferId: 't', firstSeenAt: day })
    expect(matchesFilter(r, f({ from: '2025-03-10', to: '2025-03-10' }))).toBe(true)
    expect(matchesFilter(r, f({ from: '2025-03-11' }))).toBe(false)
    expect(matchesFilter(r, f({ to: '2025-03-09' }))).toBe(false)
  })

  it('hides test transfers unless asked', () => {
    const r = row({ transferId: 't', isTest: true })
    expect(matchesFilter(r, f())).toBe(false)
    expect(matchesFilter(r, f({ includeTests: true }))).toBe(true)
  })
})

describe('toLedgerQuery', () => {
  it('sends only the filters that are set, dates as local-day bounds', () => {
    expect(toLedgerQuery(f())).toEqual({ limit: 100, includeTests: false })
    const q = toLedgerQuery(f({ status: 'failed', from: '2025-03-10', to: '2025-03-10', search: '  abc  ' }), 'cur', 50)
    expect(q).toEqual({
      limit: 50,
      includeTests: false,
      status: 'failed',
      from: new Date(2025, 2, 10).getTime(),
      to: new Date(2025, 2, 11).getTime(),
      search: 'abc',
      cursor: 'cur'
    })
  })
})

describe('mergeTransferUpdates', () => {
  const base = page([row({ transferId: 'c', firstSeenAt: 30 }), row({ transferId: 'b', firstSeenAt: 20 }), row({ transferId: 'a', firstSeenAt: 10 })])

  it('replaces a known row in place', () => {
    const next = mergeTransferUpdates(base, [row({ transferId: 'b', firstSeenAt: 20, status: 'succeeded', updatedAt: 2_000 })], f())
    expect(ids(next)).toEqual(['c', 'b', 'a'])
    expect(next.rows[1]!.status).toBe('succeeded')
    expect(next.total).toBe(3)
  })

  it('inserts a new transfer at its sorted place and counts it', () => {
    const next = mergeTransferUpdates(base, [row({ transferId: 'd', firstSeenAt: 40 }), row({ transferId: 'bb', firstSeenAt: 20 })], f())
    expect(ids(next)).toEqual(['d', 'c', 'bb', 'b', 'a'])
    expect(next.total).toBe(5)
  })

  it('ignores a stale update (older updatedAt)', () => {
    const cur = page([row({ transferId: 'x', updatedAt: 5_000, status: 'succeeded' })])
    const next = mergeTransferUpdates(cur, [row({ transferId: 'x', updatedAt: 4_000, status: 'pending' })], f())
    expect(next).toBe(cur)
  })

  it('keeps the latest version when a batch holds several of one transfer', () => {
    const batch = [row({ transferId: 'n', updatedAt: 3, status: 'succeeded' }), row({ transferId: 'n', updatedAt: 2, status: 'pending' })]
    expect(latestPerTransfer(batch)).toEqual([batch[0]])
    const next = mergeTransferUpdates(page([]), batch, f())
    expect(next.rows.map((r) => r.status)).toEqual(['succeeded'])
  })

  it('drops a row that no longer matches the status filter', () => {
    const pending = page([row({ transferId: 'p', status: 'pending' }), row({ transferId: 'q', status: 'pending', firstSeenAt: 5 })])
    const next = mergeTransferUpdates(pending, [row({ transferId: 'p', status: 'succeeded', updatedAt: 9_000 })], f({ status: 'pending' }))
    expect(ids(next)).toEqual(['q'])
    expect(next.total).toBe(1)
  })

  it('adds a row that starts to match the filter', () => {
    const succeeded = page([row({ transferId: 'a', status: 'succeeded', firstSeenAt: 10 })])
    const next = mergeTransferUpdates(succeeded, [row({ transferId: 'z', status: 'succeeded', firstSeenAt: 50, updatedAt: 9_000 })], f({ status: 'succeeded' }))
    expect(ids(next)).toEqual(['z', 'a'])
  })

  it('skips new rows that do not match the search', () => {
    const next = mergeTransferUpdates(base, [row({ transferId: 'other-transfer', firstSeenAt: 99 })], f({ search: 'zzzzzz' }))
    expect(next).toBe(base)
  })

  it('does not insert rows beyond the loaded range while more pages remain', () => {
    const partial = page([row({ transferId: 'c', firstSeenAt: 30 }), row({ transferId: 'b', firstSeenAt: 20 })], 'cursor', 10)
    const older = mergeTransferUpdates(partial, [row({ transferId: 'old', firstSeenAt: 1 })], f())
    expect(older).toBe(partial)
    const newer = mergeTransferUpdates(partial, [row({ transferId: 'new', firstSeenAt: 25 })], f())
    expect(ids(newer)).toEqual(['c', 'new', 'b'])
    expect(newer.total).toBe(11)
  })

  it('returns the same page for an empty batch', () => {
    expect(mergeTransferUpdates(base, [], f())).toBe(base)
  })

  it('gives the same rows whatever order a batch of updates arrives in', () => {
    const batch = [row({ transferId: 'x', firstSeenAt: 15, updatedAt: 2 }), row({ transferId: 'y', firstSeenAt: 25, updatedAt: 2 }), row({ transferId: 'a', firstSeenAt: 10, updatedAt: 3, status: 'failed' })]
    const one = mergeTransferUpdates(base, batch, f())
    const two = mergeTransferUpdates(base, [...batch].reverse(), f())
    expect(one).toEqual(two)
    expect(ids(one)).toEqual(['c', 'y', 'b', 'x', 'a'])
  })
})

describe('appendPage', () => {
  it('appends the next page and skips rows a live update already brought', () => {
    const p = page([row({ transferId: 'c', firstSeenAt: 30 }), row({ transferId: 'b', firstSeenAt: 20 })], 'cur', 4)
    const next = appendPage(p, { items: [row({ transferId: 'b', firstSeenAt: 20 }), row({ transferId: 'a', firstSeenAt: 10 })], total: 4, nextCursor: null })
    expect(ids(next)).toEqual(['c', 'b', 'a'])
    expect(next.nextCursor).toBeNull()
  })
})
