import { describe, expect, it } from 'vitest'
import type { SaleState } from '../../src/shared/contract'
import { describeAmountMismatch, isFinalSale, mergeSale, SALE_STATES, saleDisplayStatus, saleElapsed, saleEndedAt, saleRank, saleStatus, saleSteps } from '../../src/renderer/src/lib/saleState'
import { row, sale } from './fixtures'

describe('sale panel states', () => {
  it('names every state with a distinct label and only succeeded is green', () => {
    const labels = SALE_STATES.map((s) => saleStatus(s).label)
    expect(new Set(labels).size).toBe(SALE_STATES.length)
    for (const s of SALE_STATES) expect(saleStatus(s).tone === 'success').toBe(s === 'succeeded')
  })

  it('labels the lifecycle in order: waiting, submitted, pending, then a final state', () => {
    expect(saleStatus('waiting').label).toBe('Waiting for customer')
    expect(saleStatus('submitted').label).toBe('Submitted')
    expect(saleStatus('pending').label).toBe('Pending')
    expect(saleStatus('succeeded').label).toBe('Succeeded')
    expect(saleStatus('failed').label).toBe('Failed')
    expect(saleStatus('abandoned').label).toBe('Abandoned')
    expect(saleStatus('expired').label).toBe('Expired')
    expect(['waiting', 'submitted', 'pending'].map((s) => saleStatus(s).step)).toEqual([1, 2, 3])
  })

  it('says submitted is not paid yet (the SDK callback alone never means paid)', () => {
    expect(saleStatus('submitted').detail).toMatch(/Not paid yet/)
    expect(saleStatus('submitted').final).toBe(false)
  })

  it('treats succeeded, failed, abandoned, cancelled and expired as final', () => {
    const finals = SALE_STATES.filter(isFinalSale)
    expect(finals.sort()).toEqual(['abandoned', 'cancelled', 'expired', 'failed', 'succeeded'])
  })

  it('shows an unknown state as-is, not final', () => {
    const s = saleStatus('refunding' as SaleState)
    expect(s.label).toBe('refunding')
    expect(s.final).toBe(false)
  })
})

describe('mergeSale', () => {
  it('keeps pending when a stale submitted view arrives after it', () => {
    const pending = sale({ sessionId: 's', state: 'pending', sdkEvents: [{ id: 1, at: 2, type: 'transferFinished', payload: null }] })
    const stale = sale({ sessionId: 's', state: 'submitted', sdkEvents: [{ id: 1, at: 2, type: 'transferFinished', payload: null }] })
    expect(mergeSale(pending, stale)).toBe(pending)
  })

  it('never lets a late pending undo succeeded', () => {
    const done = sale({ sessionId: 's', state: 'succeeded' })
    expect(mergeSale(done, sale({ sessionId: 's', state: 'pending' }))).toBe(done)
  })

  it('moves from abandoned to succeeded when the webhook arrives after Link closed', () => {
    const abandoned = sale({ sessionId: 's', state: 'abandoned' })
    const succeeded = sale({ sessionId: 's', state: 'succeeded' })
    expect(mergeSale(abandoned, succeeded)).toBe(succeeded)
    expect(mergeSale(succeeded, abandoned)).toBe(succeeded)
  })

  it('at the same state prefers the view that has seen more SDK events', () => {
    const more = sale({ sessionId: 's', state: 'waiting', sdkEvents: [{ id: 1, at: 2, type: 'pageLoaded', payload: null }] })
    const fewer = sale({ sessionId: 's', state: 'waiting' })
    expect(mergeSale(more, fewer)).toBe(more)
    expect(mergeSale(fewer, more)).toBe(more)
  })

  it('at the same state prefers the newer transfer row', () => {
    const a = sale({ sessionId: 's', state: 'pending', transfer: row({ transferId: 't', updatedAt: 5 }) })
    const b = sale({ sessionId: 's', state: 'pending', transfer: row({ transferId: 't', updatedAt: 9 }) })
    expect(mergeSale(b, a)).toBe(b)
    expect(mergeSale(a, b)).toBe(b)
  })

  it('takes the first view as-is', () => {
    const v = sale({ sessionId: 's' })
    expect(mergeSale(undefined, v)).toBe(v)
  })

  it('ranks every state monotonically along the lifecycle', () => {
    expect(saleRank('waiting')).toBeLessThan(saleRank('submitted'))
    expect(saleRank('submitted')).toBeLessThan(saleRank('pending'))
    expect(saleRank('pending')).toBeLessThan(saleRank('abandoned'))
    expect(saleRank('abandoned')).toBeLessThan(saleRank('succeeded'))
    expect(saleRank('failed')).toBe(saleRank('succeeded'))
  })
})

describe('elapsed time', () => {
  it('runs while the sale is open', () => {
    const v = sale({ sessionId: 's', createdAt: 1_000, state: 'pending' })
    expect(saleEndedAt(v)).toBeNull()
    expect(saleElapsed(v, 61_000)).toBe(60_000)
  })

  it('stops when the webhook made it final', () => {
    const v = sale({ sessionId: 's', createdAt: 1_000, state: 'succeeded', transfer: row({ transferId: 't', updatedAt: 31_000 }) })
    expect(saleElapsed(v, 999_999)).toBe(30_000)
  })

  it('stops at the exit callback when abandoned, and at token expiry when expired', () => {
    const ab = sale({ sessionId: 's', createdAt: 1_000, state: 'abandoned', sdkEvents: [{ id: 1, at: 11_000, type: 'exit', payload: null }] })
    expect(saleElapsed(ab, 999_999)).toBe(10_000)
    const ex = sale({ sessionId: 's', createdAt: 1_000, state: 'expired', tokenExpiresAt: 601_000 })
    expect(saleElapsed(ex, 999_999)).toBe(600_000)
  })
})

describe('saleSteps', () => {
  const states = (v: Parameters<typeof saleSteps>[0]) => saleSteps(v).map((s) => `${s.name}:${s.state}`)

  it('marks the steps before the current one done while the sale runs', () => {
    expect(states(sale({ sessionId: 's', state: 'submitted' }))).toEqual(['Waiting:done', 'Submitted:current', 'Pending:todo', 'Done:todo'])
  })

  it('ends on the final label, with every step done for a paid sale', () => {
    expect(states(sale({ sessionId: 's', state: 'succeeded', transferId: 't', transfer: row({ transferId: 't' }) }))).toEqual([
      'Waiting:done',
      'Submitted:done',
      'Pending:done',
      'Succeeded:current'
    ])
  })

  it('shows the steps an abandoned sale never reached as skipped', () => {
    expect(states(sale({ sessionId: 's', state: 'abandoned', sdkEvents: [{ id: 1, at: 1, type: 'exit', payload: null }] }))).toEqual([
      'Waiting:done',
      'Submitted:skipped',
      'Pending:skipped',
      'Abandoned:current'
    ])
  })
})

describe('amount mismatch on the counter', () => {
  const mismatch = { charged: '250.00', currency: 'USD', reported: '0.01', asset: 'USDC', field: 'DestinationAmount' as const }

  it('never shows a succeeded sale whose amount Mesh reports differently as plain paid', () => {
    const st = saleDisplayStatus(sale({ sessionId: 's', state: 'succeeded', amountMismatch: mismatch }))
    expect(st).toMatchObject({ state: 'succeeded', label: 'Amount mismatch', tone: 'warning', final: true })
    expect(st.detail).toMatch(/^Not plain paid: Mesh reports 0\.01 USDC \(DestinationAmount\) for a sale that charged \$250\.00\./)
    expect(describeAmountMismatch(mismatch)).toContain('$250.00')
  })

  it('leaves a matching sale, and the other states, as they are', () => {
    expect(saleDisplayStatus(sale({ sessionId: 's', state: 'succeeded' }))).toEqual(saleStatus('succeeded'))
    expect(saleDisplayStatus(sale({ sessionId: 's', state: 'pending', amountMismatch: mismatch }))).toEqual(saleStatus('pending'))
    expect(saleDisplayStatus(sale({ sessionId: 's', state: 'failed', amountMismatch: mismatch }))).toEqual(saleStatus('failed'))
  })
})
