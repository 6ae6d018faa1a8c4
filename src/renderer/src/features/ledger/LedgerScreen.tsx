import { useCallback, useEffect, useMemo, useState } from 'react'
import type { TransferRow } from '../../../../shared/contract'
import { isPaidStatus } from '../../../../shared/status'
import { Badge, CopyButton, Empty, ErrorState, Loading, StatusBadge } from '../../components/common'
import { downloadText, viewLink } from '../../components/dom'
import { useDebounced, useFocusOnMount } from '../../components/hooks'
import { DateTime, TimeZoneNote } from '../../components/time'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { describeCharge, formatCrypto, shortHash } from '../../lib/format'
import { amountRangeProblem, describeLedgerFilter, isFiltered, parseAmountFilter, STATUS_OPTIONS, type LedgerFilter } from '../../lib/ledger'
import { receiptHref, transferHref } from '../../lib/route'
import { selectExportState, selectLedgerFilter, selectLedgerFilterEpoch, selectLedgerHref, selectLedgerView } from '../../store/selectors'
import { useActions, useApp, useAppShallow, useLocale } from '../../store/react'

export const LEDGER_ROW_HEIGHT = 40

/** What the sale charged, in its currency; the USD sent to Mesh and the rate in the tooltip. */
function Charged({ row, locale }: { row: TransferRow; locale: string }) {
  const c = describeCharge(row.charge, locale)
  if (!c) return <span className="muted" title={row.charge === null ? 'No sale at this counter started this transfer' : undefined}>—</span>
  return (
    <span className="money" title={c.usd ? c.line : undefined}>
      {c.charged}
    </span>
  )
}

/** A receipt exists for a paid sale of ours (refunded ones too: it says REFUNDED): the button opens it (a button, so the row keeps one link). */
function ReprintButton({ row }: { row: TransferRow }) {
  if (!row.sessionId || !isPaidStatus(row.status)) return null
  const sessionId = row.sessionId
  return (
    <button type="button" className="small ghost" aria-label={`Reprint receipt for ${row.transactionId ?? row.transferId}`} onClick={() => (window.location.hash = receiptHref(sessionId))}>
      Reprint
    </button>
  )
}

function ledgerColumns(locale: string): Column<TransferRow>[] {
  return [
    { key: 'time', header: 'Time', width: '11.5rem', className: 'ledger-time', render: (r) => <DateTime ms={r.firstSeenAt} /> },
    { key: 'charged', header: 'Charged', width: 'minmax(5.5rem, 0.8fr)', className: 'num', render: (r) => <Charged row={r} locale={locale} /> },
    {
      key: 'received',
      header: 'Received',
      width: 'minmax(6.5rem, 0.9fr)',
      className: 'num',
      render: (r) => <span className="money">{formatCrypto(r.destinationAmount ?? r.sourceAmount, r.token, locale)}</span>
    },
    { key: 'network', header: 'Network', width: 'minmax(5.5rem, 0.6fr)', render: (r) => r.chain ?? <span className="muted">—</span> },
    {
      key: 'status',
      header: 'Status',
      width: 'minmax(7.5rem, 0.8fr)',
      render: (r) => (
        <>
          <StatusBadge status={r.status} raw={r.statusRaw} />
          {r.conflict && (
            <Badge tone="danger" title="A later webhook contradicted the final status">
              conflict
            </Badge>
          )}
        </>
      )
    },
    { key: 'receipt', header: 'Receipt', width: 'minmax(5.75rem, 0.5fr)', render: (r) => <ReprintButton row={r} /> },
    { key: 'txn', header: 'TransactionId', width: 'minmax(5rem, 1.1fr)', render: (r) => (r.transactionId ? <code className="mono ellipsis" title={r.transactionId}>{r.transactionId}</code> : '—') },
    {
      key: 'transfer',
      header: 'TransferId',
      width: 'minmax(5.5rem, 1.3fr)',
      render: (r) => (
        <a href={transferHref(r.transferId)} className="mono ellipsis" title={`Open transfer ${r.transferId}`}>
          {r.transferId}
        </a>
      )
    },
    { key: 'hash', header: 'TxHash', width: 'minmax(6.5rem, 0.9fr)', render: (r) => <code className="mono" title={r.txHash ?? undefined}>{shortHash(r.txHash, 6, 4)}</code> },
    {
      key: 'deliveries',
      header: 'Deliveries',
      width: 'minmax(6rem, 0.8fr)',
      render: (r) => (
        <>
          <span className="delivery-count">{r.deliveryCount}</span>
          {r.retried && (
            <Badge tone="warning" title="Some event of this transfer was delivered more than once">
              retried
            </Badge>
          )}
          {r.isTest && <Badge title="Test transfer (emulator)">test</Badge>}
        </>
      )
    }
  ]
}

/** A search that is a plain number is more likely an amount than an id: offer to search it as one. */
function amountLike(search: string, locale: string): string | null {
  const t = search.trim()
  if (!/^\d+([.,]\d+)?$/.test(t)) return null
  const p = parseAmountFilter(t, locale)
  return p.ok && p.value ? p.value : null
}

function Filters() {
  const filter = useApp(selectLedgerFilter)
  const locale = useLocale()
  const { setLedgerFilter, resetLedgerFilter } = useActions()
  // Drafts start from the filter; the component is re-keyed when the filter comes from a URL or Clear.
  const [search, setSearch] = useState(filter.search)
  const [minText, setMinText] = useState(filter.amountMin)
  const [maxText, setMaxText] = useState(filter.amountMax)
  const min = parseAmountFilter(minText, locale)
  const max = parseAmountFilter(maxText, locale)
  const rangeProblem = min.ok && max.ok ? amountRangeProblem(min.value, max.value) : ''
  const amountsValid = min.ok && max.ok && !rangeProblem
  const debouncedSearch = useDebounced(search, 300)
  // The range as one string (null while a bound is not valid): an invalid range is never sent.
  const debouncedRange = useDebounced(amountsValid && min.ok && max.ok ? `${min.value}|${max.value}` : null, 300)
  useEffect(() => {
    const patch: Partial<LedgerFilter> = {}
    if (debouncedSearch.trim() !== filter.search.trim()) patch.search = debouncedSearch
    if (debouncedRange !== null) {
      const [lo = '', hi = ''] = debouncedRange.split('|')
      if (lo !== filter.amountMin || hi !== filter.amountMax) Object.assign(patch, { amountMin: lo, amountMax: hi })
    }
    if (Object.keys(patch).length) void setLedgerFilter(patch)
    // Only the debounced drafts drive the query (the filter is read, not watched).
  }, [debouncedSearch, debouncedRange])
  const asAmount = amountLike(search, locale)
  const minError = min.ok ? '' : min.error
  const maxError = max.ok ? '' : max.error
  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter the ledger"
      onSubmit={(e) => {
        e.preventDefault()
        void setLedgerFilter(amountsValid && min.ok && max.ok ? { search, amountMin: min.value, amountMax: max.value } : { search })
      }}
    >
      <div className="field grow">
        <label htmlFor="ledger-search">Search</label>
        <input
          id="ledger-search"
          type="search"
          placeholder="TransferId, TransactionId or TxHash"
          aria-describedby="ledger-search-hint"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <span id="ledger-search-hint" className="visually-hidden">
          Exact, or the first 6 characters or more, in any letter case.
        </span>
        {asAmount && (
          <p className="hint search-amount-hint">
            Looking for an amount?{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setSearch('')
                setMinText(asAmount)
                setMaxText(asAmount)
                void setLedgerFilter({ search: '', amountMin: asAmount, amountMax: asAmount })
              }}
            >
              Find the amount {asAmount}
            </button>
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="ledger-status">Status</label>
        <select id="ledger-status" value={filter.status} onChange={(e) => void setLedgerFilter({ status: e.target.value })}>
          {STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="ledger-from">From</label>
        <input id="ledger-from" type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => void setLedgerFilter({ from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="ledger-to">To</label>
        <input id="ledger-to" type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => void setLedgerFilter({ to: e.target.value })} />
      </div>
      <div className="filters-break" aria-hidden="true" />
      <fieldset className="field amount-range" aria-describedby="ledger-amount-hint">
        <legend>Amount</legend>
        <div className="amount-inputs">
          <label htmlFor="ledger-min" className="visually-hidden">
            Minimum amount
          </label>
          <input
            id="ledger-min"
            inputMode="decimal"
            placeholder="min"
            autoComplete="off"
            value={minText}
            aria-invalid={minError || rangeProblem ? true : undefined}
            aria-describedby={minError ? 'ledger-min-error' : rangeProblem ? 'ledger-range-error' : undefined}
            onChange={(e) => setMinText(e.target.value)}
          />
          <span aria-hidden="true">–</span>
          <label htmlFor="ledger-max" className="visually-hidden">
            Maximum amount
          </label>
          <input
            id="ledger-max"
            inputMode="decimal"
            placeholder="max"
            autoComplete="off"
            value={maxText}
            aria-invalid={maxError || rangeProblem ? true : undefined}
            aria-describedby={maxError ? 'ledger-max-error' : rangeProblem ? 'ledger-range-error' : undefined}
            onChange={(e) => setMaxText(e.target.value)}
          />
        </div>
        <span id="ledger-amount-hint" className="visually-hidden">
          The fiat the sale charged, or the crypto sent or received; both ends included. The same amount in both finds that exact amount.
        </span>
        {minError && (
          <p id="ledger-min-error" className="field-error" role="alert">
            Minimum: {minError}
          </p>
        )}
        {maxError && (
          <p id="ledger-max-error" className="field-error" role="alert">
            Maximum: {maxError}
          </p>
        )}
        {rangeProblem && (
          <p id="ledger-range-error" className="field-error" role="alert">
            {rangeProblem}
          </p>
        )}
      </fieldset>
      <label className="check-field">
        <input type="checkbox" checked={filter.includeTests} onChange={(e) => void setLedgerFilter({ includeTests: e.target.checked })} />
        Include test transfers
      </label>
      <button type="button" className="ghost" onClick={() => void resetLedgerFilter()}>
        Clear filters
      </button>
    </form>
  )
}

/** "Copy link to this view": the console's address with the filters (never the access token). */
function CopyViewLink() {
  const href = useApp(selectLedgerHref)
  return <CopyButton text={viewLink(href)} label="Copy link to this view" className="ghost" />
}

function ExportButtons({ disabled }: { disabled: boolean }) {
  const { progress, error } = useAppShallow(selectExportState)
  const { exportLedger } = useActions()
  const run = async (kind: 'csv' | 'json') => {
    const file = await exportLedger(kind)
    if (file) downloadText(file.filename, file.mime, file.text)
  }
  return (
    <div className="export">
      <button type="button" onClick={() => void run('csv')} disabled={disabled || progress !== null}>
        Export CSV
      </button>
      <button type="button" onClick={() => void run('json')} disabled={disabled || progress !== null}>
        Export JSON
      </button>
      <span role="status" className="muted">
        {progress !== null ? `Exporting… ${progress} rows` : ''}
      </span>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}

export function LedgerScreen() {
  const view = useAppShallow(selectLedgerView)
  const filter = useApp(selectLedgerFilter)
  const epoch = useApp(selectLedgerFilterEpoch)
  const { loadLedger, loadMoreLedger, resetLedgerFilter } = useActions()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const locale = useLocale()
  const columns = useMemo(() => ledgerColumns(locale), [locale])
  const onNearEnd = useCallback(() => void loadMoreLedger(), [loadMoreLedger])
  const filtered = isFiltered(filter)
  const active = describeLedgerFilter(filter)
  return (
    <div className="screen ledger">
      <div className="screen-head">
        <h1 ref={heading} tabIndex={-1}>
          Ledger
        </h1>
        <div className="head-meta">
          <p className="muted" role="status" aria-live="polite">
            {view.status === 'ready' ? `${view.total} transfer${view.total === 1 ? '' : 's'}${view.rows.length < view.total ? ` (${view.rows.length} loaded)` : ''}` : ''}
          </p>
          <TimeZoneNote />
        </div>
        <div className="head-actions">
          <CopyViewLink />
          <ExportButtons disabled={view.status !== 'ready' || view.total === 0} />
        </div>
      </div>
      <Filters key={epoch} />
      {view.status === 'error' && <ErrorState title="Could not load the ledger" message={view.error ?? ''} onRetry={() => void loadLedger()} />}
      {(view.status === 'loading' || view.status === 'idle') && <Loading>Loading transfers…</Loading>}
      {view.status === 'ready' && view.rows.length === 0 && (
        <Empty title={filtered ? 'No transfers match these filters' : 'No transfers yet'}>
          {filtered ? (
            <>
              <span data-testid="active-filters">Filters: {active.join(' · ')}.</span>{' '}
              <button type="button" className="link-button" onClick={() => void resetLedgerFilter()}>
                Clear the filters
              </button>
            </>
          ) : (
            'Transfers appear here as soon as Mesh sends their first webhook.'
          )}
        </Empty>
      )}
      {view.status === 'ready' && view.rows.length > 0 && (
        <VirtualTable
          label="Transfers"
          columns={columns}
          rows={view.rows}
          rowKey={(r) => r.transferId}
          rowHeight={LEDGER_ROW_HEIGHT}
          totalCount={view.total}
          onNearEnd={view.hasMore ? onNearEnd : undefined}
          rowClassName={(r) => `status-${r.status}`}
          footer={
            view.hasMore ? (
              <button type="button" className="ghost" onClick={() => void loadMoreLedger()} disabled={view.loadingMore}>
                {view.loadingMore ? 'Loading more…' : 'Load more'}
              </button>
            ) : null
          }
        />
      )}
    </div>
  )
}
