// A table that renders only the rows in view (fixed row height), with ARIA table semantics so
// assistive technology still hears the full row count and each row's position.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { computeWindow, nearEnd } from '../lib/virtual'

export interface Column<T> {
  key: string
  /** Text, or a control (e.g. a select-all checkbox). */
  header: ReactNode
  /** CSS grid track, e.g. "minmax(8rem, 1fr)". */
  width: string
  render(row: T, index: number): ReactNode
  className?: string
}

export interface VirtualTableProps<T> {
  label: string
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey(row: T): string
  rowHeight: number
  /** All matching rows on the server (for aria-rowcount); defaults to rows.length. */
  totalCount?: number
  /** Called when the rendered window reaches the end of the loaded rows. */
  onNearEnd?(): void
  rowClassName?(row: T): string | undefined
  /** Extra content after the last row (e.g. a "Load more" button). */
  footer?: ReactNode
}

export function VirtualTable<T>({ label, columns, rows, rowKey, rowHeight, totalCount, onNearEnd, rowClassName, footer }: VirtualTableProps<T>) {
  const bodyRef = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(600)
  const frame = useRef<number | null>(null)

  useLayoutEffect(() => {
    const el = bodyRef.current
    if (!el) return
    setViewport(el.clientHeight || 600)
    const ro = new ResizeObserver(() => setViewport(el.clientHeight || 600))
    ro.observe(el)
    return () => ro.disconnect()
  }, [])

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current)
    },
    []
  )

  const range = computeWindow({ count: rows.length, rowHeight, scrollTop, viewportHeight: viewport, overscan: 8 })
  const wantMore = onNearEnd !== undefined && nearEnd(range, rows.length, 15)
  useEffect(() => {
    if (wantMore) onNearEnd?.()
  }, [wantMore, rows.length, onNearEnd])

  const template = columns.map((c) => c.width).join(' ')
  const style = { '--vt-columns': template, '--vt-row': `${rowHeight}px` } as CSSProperties
  const visible = rows.slice(range.start, range.end)

  return (
    <div className="vtable-wrap">
      <div className="vtable" role="table" aria-label={label} aria-rowcount={(totalCount ?? rows.length) + 1} style={style}>
        <div role="rowgroup" className="vtable-head">
          <div role="row" className="vtable-row" aria-rowindex={1}>
            {columns.map((c) => (
              <div role="columnheader" key={c.key} className={c.className}>
                {c.header}
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          className="vtable-body"
          ref={bodyRef}
          style={{ height: range.totalHeight + 1 }}
          tabIndex={0}
          aria-label={`${label}: rows`}
          onScroll={(e) => {
            const top = e.currentTarget.scrollTop
            if (frame.current !== null) cancelAnimationFrame(frame.current)
            frame.current = requestAnimationFrame(() => {
              frame.current = null
              setScrollTop(top)
            })
          }}
        >
          <div style={{ height: range.totalHeight, position: 'relative' }}>
            <div style={{ transform: `translateY(${range.offsetTop}px)` }}>
              {visible.map((row, i) => {
                const index = range.start + i
                return (
                  <div role="row" key={rowKey(row)} aria-rowindex={index + 2} className={`vtable-row ${rowClassName?.(row) ?? ''}`} style={{ height: rowHeight }}>
                    {columns.map((c) => (
                      <div role="cell" key={c.key} className={c.className}>
                        {c.render(row, index)}
                      </div>
                    ))}
                  </div>
                )
              })}
            </div>
          </div>
        </div>
      </div>
      {footer && <div className="vtable-footer">{footer}</div>}
    </div>
  )
}
