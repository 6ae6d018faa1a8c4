import { describe, expect, it } from 'vitest'
import { computeWindow, nearEnd, scrollToIndex } from '../../src/renderer/src/lib/virtual'

describe('computeWindow', () => {
  it('renders nothing for no rows', () => {
    expect(computeWindow({ count: 0, rowHeight: 40, scrollTop: 0, viewportHeight: 400 })).toEqual({ start: 0, end: 0, offsetTop: 0, offsetBottom: 0, totalHeight: 0 })
  })

  it('renders the visible rows plus overscan at the top', () => {
    const w = computeWindow({ count: 1000, rowHeight: 40, scrollTop: 0, viewportHeight: 400, overscan: 5 })
    expect(w).toEqual({ start: 0, end: 15, offsetTop: 0, offsetBottom: 985 * 40, totalHeight: 40_000 })
  })

  it('windows the middle with overscan on both sides', () => {
    const w = computeWindow({ count: 1000, rowHeight: 40, scrollTop: 4000, viewportHeight: 400, overscan: 5 })
    expect(w.start).toBe(95)
    expect(w.end).toBe(115)
    expect(w.offsetTop).toBe(95 * 40)
    expect(w.offsetTop + (w.end - w.start) * 40 + w.offsetBottom).toBe(w.totalHeight)
  })

  it('counts a partly visible row as visible', () => {
    const w = computeWindow({ count: 100, rowHeight: 40, scrollTop: 20, viewportHeight: 100, overscan: 0 })
    expect(w.start).toBe(0)
    expect(w.end).toBe(3) // rows 0, 1 and 2 cover 20..120; row 3 starts at 120
  })

  it('clamps a scroll position past the end (e.g. after rows were removed)', () => {
    const w = computeWindow({ count: 10, rowHeight: 40, scrollTop: 99_999, viewportHeight: 200, overscan: 2 })
    expect(w.end).toBe(10)
    expect(w.start).toBe(3)
  })

  it('renders every row when they all fit', () => {
    const w = computeWindow({ count: 5, rowHeight: 40, scrollTop: 0, viewportHeight: 1000, overscan: 3 })
    expect([w.start, w.end, w.offsetBottom]).toEqual([0, 5, 0])
  })

  it('always covers the visible range, for any scroll position', () => {
    for (let count = 1; count < 60; count += 7) {
      for (let top = 0; top < count * 30; top += 13) {
        const vh = 170
        const w = computeWindow({ count, rowHeight: 30, scrollTop: top, viewportHeight: vh, overscan: 1 })
        const maxTop = Math.max(0, count * 30 - vh)
        const t = Math.min(top, maxTop)
        const firstVisible = Math.floor(t / 30)
        const lastVisible = Math.min(count - 1, Math.floor((t + vh - 1) / 30))
        expect(w.start).toBeLessThanOrEqual(firstVisible)
        expect(w.end).toBeGreaterThan(lastVisible)
        expect(w.offsetTop + (w.end - w.start) * 30 + w.offsetBottom).toBe(count * 30)
      }
    }
  })
})

describe('nearEnd and scrollToIndex', () => {
  it('asks for more when the window reaches the last rows', () => {
    expect(nearEnd({ start: 80, end: 95, offsetTop: 0, offsetBottom: 0, totalHeight: 0 }, 100, 10)).toBe(true)
    expect(nearEnd({ start: 0, end: 20, offsetTop: 0, offsetBottom: 0, totalHeight: 0 }, 100, 10)).toBe(false)
    expect(nearEnd({ start: 0, end: 0, offsetTop: 0, offsetBottom: 0, totalHeight: 0 }, 0, 10)).toBe(false)
  })

  it('scrolls just enough to show a row', () => {
    expect(scrollToIndex(0, 40, 400, 200)).toBe(0)
    expect(scrollToIndex(20, 40, 0, 200)).toBe(21 * 40 - 200)
    expect(scrollToIndex(3, 40, 80, 200)).toBe(80)
  })
})
