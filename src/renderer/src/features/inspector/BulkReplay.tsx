// Bulk tools of the Inspector: a checkbox per delivery, "select all matching", and "Replay
// selected" in chunks with progress, Cancel between chunks, and a summary by verdict.
import { useEffect, useRef, type MouseEvent } from 'react'
import type { DeliveryRow } from '../../../../shared/contract'
import { Badge } from '../../components/common'
import type { Column } from '../../components/VirtualTable'
import { BULK_SELECT_MAX, type BulkCounts, type BulkRun } from '../../store/inspectorSlice'
import { selectBulk } from '../../store/selectors'
import { useActions, useApp, useAppShallow, useLocale } from '../../store/react'

const COUNT_LABELS: { key: keyof BulkCounts; label: string; tone: string; hint: string }[] = [
  { key: 'accepted', label: 'Accepted', tone: 'success', hint: 'new events, stored and applied' },
  { key: 'duplicate', label: 'Duplicate', tone: 'neutral', hint: 'events we already had: counted, not applied again' },
  { key: 'rejected', label: 'Rejected', tone: 'danger', hint: 'refused again (e.g. the signature does not match the secret in use)' },
  { key: 'stored', label: 'Stored, not applied', tone: 'warning', hint: 'signed, but not a status we can apply' },
  { key: 'failed', label: 'Failed', tone: 'danger', hint: 'could not be replayed' }
]

function useCount(): (n: number) => string {
  const locale = useLocale()
  const nf = new Intl.NumberFormat(locale)
  return (n) => nf.format(n)
}

/** The checkbox column: one per row, and one in the header for every loaded row. */
export function useSelectColumn(items: readonly DeliveryRow[]): Column<DeliveryRow> {
  const selected = useApp((s) => s.bulkSelected)
  const { setBulkSelected } = useActions()
  /** The delivery whose box was clicked last (by id: live rows arriving on top shift the indexes). */
  const last = useRef<number | null>(null)
  const allLoaded = items.length > 0 && items.every((d) => selected.has(d.id))
  const someLoaded = !allLoaded && items.some((d) => selected.has(d.id))
  const onRow = (d: DeliveryRow, index: number, e: MouseEvent<HTMLInputElement>) => {
    const on = e.currentTarget.checked
    const from = last.current === null ? -1 : items.findIndex((x) => x.id === last.current)
    // Shift+click ticks (or clears) the whole range from the last box clicked.
    if (e.shiftKey && from >= 0 && from !== index) {
      const [a, b] = from < index ? [from, index] : [index, from]
      setBulkSelected(
        items.slice(a, b + 1).map((x) => x.id),
        on
      )
    } else setBulkSelected([d.id], on)
    last.current = d.id
  }
  return {
    key: 'select',
    header: (
      <input
        type="checkbox"
        className="bulk-check"
        aria-label="Select every loaded delivery"
        checked={allLoaded}
        ref={(el) => {
          if (el) el.indeterminate = someLoaded
        }}
        onChange={(e) => setBulkSelected(
            items.map((d) => d.id),
            e.currentTarget.checked
          )
        }
      />
    ),
    width: '2.2rem',
    className: 'select-cell',
    render: (d, index) => (
      <input type="checkbox" className="bulk-check" aria-label={`Select delivery #${d.id}`} checked={selected.has(d.id)} onClick={(e) => onRow(d, index, e)} onChange={() => {}} />
    )
  }
}

export function BulkBar() {
  const { selected, selecting, info, error, run } = useAppShallow(selectBulk)
  const a = useActions()
  return (
    <BulkBarView
      selectedCount={selected.size}
      selecting={selecting}
      info={info}
      error={error}
      run={run}
      onSelectAll={() => void a.selectAllMatching()}
      onClear={() => a.clearBulkSelection()}
      onReplay={() => void a.replaySelected()}
      onCancel={() => a.cancelBulkReplay()}
      onDismiss={() => a.dismissBulkRun()}
    />
  )
}

export interface BulkBarViewProps {
  selectedCount: number
  selecting: boolean
  info: { selected: number; matching: number } | null
  error: string | null
  run: BulkRun | null
  onSelectAll(): void
  onClear(): void
  onReplay(): void
  onCancel(): void
  onDismiss(): void
}

export function BulkBarView(p: BulkBarViewProps) {
  const count = useCount()
  const { run, info } = p
  const busy = run?.status === 'running' || run?.status === 'cancelling'
  const n = p.selectedCount
  return (
    <div className="bulk">
      <div className="bulk-bar" role="group" aria-label="Bulk replay">
        <span className="bulk-count" aria-live="polite">
          {n ? `${count(n)} selected` : 'None selected'}
        </span>
        <button type="button" className="ghost small" disabled={p.selecting || busy} onClick={p.onSelectAll}>
          {p.selecting ? 'Selecting…' : `Select all matching (up to ${count(BULK_SELECT_MAX)})`}
        </button>
        <button type="button" className="ghost small" disabled={n === 0 || busy} onClick={p.onClear}>
          Clear selection
        </button>
        <button type="button" className="primary small bulk-replay" disabled={n === 0 || busy || p.selecting} onClick={p.onReplay}>
          Replay selected
        </button>
      </div>
      {info && (
        <p className="muted bulk-note">
          {info.matching > info.selected
            ? `Selected the newest ${count(info.selected)} of ${count(info.matching)} matching deliveries (at most ${count(BULK_SELECT_MAX)} at a time).`
            : `Selected all ${count(info.selected)} matching deliver${info.selected === 1 ? 'y' : 'ies'}.`}
        </p>
      )}
      {p.error && (
        <p role="alert" className="field-error">
          {p.error}
        </p>
      )}
      {run && <BulkRunView run={run} onCancel={p.onCancel} onDismiss={p.onDismiss} />}
      {/* Always mounted, so screen readers hear every step of the run. */}
      <p className="visually-hidden" role="status">
        {run ? `${headline(run, count)}.` : ''}
      </p>
    </div>
  )
}

function headline(run: BulkRun, count: (n: number) => string): string {
  const of = `${count(run.done)} of ${count(run.total)}`
  switch (run.status) {
    case 'running':
      return `Replayed ${of}`
    case 'cancelling':
      return `Replayed ${of}; stopping after this chunk…`
    case 'cancelled':
      return `Cancelled: replayed ${of}; the rest are still selected`
    case 'stopped':
      return `Stopped: replayed ${of}`
    case 'done':
      return `Replayed ${of}`
  }
}

function BulkRunView({ run, onCancel, onDismiss }: { run: BulkRun; onCancel(): void; onDismiss(): void }) {
  const count = useCount()
  const active = run.status === 'running' || run.status === 'cancelling'
  const summary = useRef<HTMLHeadingElement>(null)
  // When the run ends (the Cancel button goes away), the summary takes the focus.
  useEffect(() => {
    if (!active) summary.current?.focus({ preventScroll: true })
  }, [active])
  if (active) {
    return (
      <div className="bulk-progress">
        <progress max={run.total} value={run.done} aria-label="Bulk replay progress" />
        <span className="bulk-progress-text" data-testid="bulk-progress">
          {headline(run, count)}
        </span>
        <button type="button" className="small" disabled={run.status === 'cancelling'} onClick={onCancel}>
          {run.status === 'cancelling' ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    )
  }
  return (
    <section className={`bulk-summary ${run.status === 'stopped' || run.counts.failed ? 'has-problem' : ''}`} aria-labelledby="bulk-summary-title">
      <h3 id="bulk-summary-title" ref={summary} tabIndex={-1}>
        {headline(run, count)}
      </h3>
      {run.error && (
        <p role="alert" className="field-error">
          {run.error} The deliveries not replayed are still selected.
        </p>
      )}
      <dl className="bulk-counts" aria-label="Replays by verdict">
        {COUNT_LABELS.map((c) => (
          <div key={c.key} className={run.counts[c.key] ? '' : 'is-zero'} title={c.hint}>
            <dt>
              <Badge tone={c.tone}>{c.label}</Badge>
            </dt>
            <dd data-count={c.key}>{count(run.counts[c.key])}</dd>
          </div>
        ))}
      </dl>
      {run.failures.length > 0 && (
        <ul className="bulk-failures">
          {run.failures.map((f) => (
            <li key={f.sourceId}>
              #{f.sourceId}: {f.error}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="ghost small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  )
}
