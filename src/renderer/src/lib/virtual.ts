// Fixed-row-height windowing: which rows to render for a scroll position. Pure.

export interface WindowInput {
  count: number
  rowHeight: number
  scrollTop: number
  viewportHeight: number
  /** Extra rows rendered above and below the visible ones. */
  overscan?: number
}

export interface WindowRange {
  /** First rendered row (inclusive). */
  start: number
  /** Last rendered row (exclusive). */
  end: number
  /** Space above the first rendered row, px. */
  offsetTop: number
  /** Space below the last rendered row, px. */
  offsetBottom: number
  /** Height of all rows, px. */
  totalHeight: number
}

export function computeWindow({ count, rowHeight, scrollTop, viewportHeight, overscan = 6 }: WindowInput): WindowRange {
  const n = Math.max(0, Math.floor(count))
  const h = rowHeight > 0 ? rowHeight : 1
  const totalHeight = n * h
  if (n === 0) return { start: 0, end: 0, offsetTop: 0, offsetBottom: 0, totalHeight: 0 }
  const maxScroll = Math.max(0, totalHeight - Math.max(0, viewportHeight))
  const top = Math.min(Math.max(0, scrollTop || 0), maxScroll)
  const firstVisible = Math.min(n - 1, Math.floor(top / h))
  const lastVisible = Math.min(n, Math.ceil((top + Math.max(0, viewportHeight)) / h))
  const start = Math.max(0, firstVisible - overscan)
  const end = Math.min(n, Math.max(lastVisible, firstVisible + 1) + overscan)
  return { start, end, offsetTop: start * h, offsetBottom: (n - end) * h, totalHeight }
}

/** True when the rendered window reaches within `threshold` rows of the end: time to load more. */
export function nearEnd(range: WindowRange, count: number, threshold = 10): boolean {
  return count > 0 && range.end >= count - threshold
}

/** The scrollTop that brings row `index` fully into view (unchanged when it already is). */
export function scrollToIndex(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const top = index * rowHeight
  const bottom = top + rowHeight
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight)
  return scrollTop
}
