import { useCallback, useEffect } from 'react'
import type { DeliveryRow } from '../../../../shared/contract'
import { Badge, CopyButton, Empty, ErrorState, Loading } from '../../components/common'
import { DeliveryFlags } from '../../components/flags'
import { useFocusOnMount } from '../../components/hooks'
import { DateTime, TimeZoneNote } from '../../components/time'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { BulkBar, useSelectColumn } from './BulkReplay'
import { claimedIds, deliveryFlags, VERDICT_OPTIONS, verdictInfo, type VerdictFilter } from '../../lib/deliveries'
import { prettyJson } from '../../lib/format'
import { transferHref } from '../../lib/route'
import { describeFaults, type FaultsForm } from '../../store/inspectorSlice'
import { selectDeliveriesView, selectIsEmulator, selectSandbox, selectSelectedDelivery } from '../../store/selectors'
import { useActions, useApp, useAppShallow } from '../../store/react'

function verdictTone(v: string): string {
  const info = verdictInfo(v)
  if (info.rejected) return 'danger'
  if (v === 'accepted') return 'success'
  if (v === 'duplicate') return 'neutral'
  return 'warning'
}

function DeliveryList() {
  const view = useAppShallow(selectDeliveriesView)
  const selectedId = useApp((s) => s.selectedDeliveryId)
  const { loadDeliveries, loadMoreDeliveries, setVerdictFilter, selectDelivery } = useActions()
  const onNearEnd = useCallback(() => void loadMoreDeliveries(), [loadMoreDeliveries])
  const selectColumn = useSelectColumn(view.items)
  const ticked = useApp((s) => s.bulkSelected)
  const columns: Column<DeliveryRow>[] = [
    selectColumn,
    {
      key: 'open',
      header: 'Delivery',
      width: 'minmax(5.2rem, 0.6fr)',
      render: (d) => (
        <button type="button" className={`link-button ${d.id === selectedId ? 'is-selected' : ''}`} aria-pressed={d.id === selectedId} onClick={() => void selectDelivery(d.id)} aria-label={`Open delivery #${d.id} (${verdictInfo(d.verdict).label})`}>
          #{d.id}
        </button>
      )
    },
    // To the second here (the tooltip and the open delivery give the milliseconds).
    { key: 'time', header: 'Received', width: '11.25rem', render: (d) => <DateTime ms={d.receivedAt} /> },
    {
      key: 'verdict',
      header: 'Verdict',
      width: 'minmax(12.5rem, 1fr)',
      render: (d) => (
        <>
          <Badge tone={verdictTone(d.verdict)} title={verdictInfo(d.verdict).reason}>
            {verdictInfo(d.verdict).label}
          </Badge>
          {d.replayOf != null && <Badge title={`Replay of #${d.replayOf}`}>replay</Badge>}
          {deliveryFlags(d).map((f) => (
            <Badge key={f.flag} tone={f.tone} title={f.reason}>
              {f.label}
            </Badge>
          ))}
        </>
      )
    },
    { key: 'http', header: 'HTTP', width: '4rem', className: 'num', render: (d) => d.httpStatus },
    { key: 'ms', header: 'ms', width: '3.5rem', className: 'num', render: (d) => (d.answerMs != null ? <span className={d.answerMs >= 200 ? 'flag' : undefined}>{Math.round(d.answerMs)}</span> : '—') },
    {
      key: 'event',
      header: 'EventId',
      width: 'minmax(5rem, 1.2fr)',
      render: (d) => {
        const id = d.eventId ?? claimedIds(d).eventId
        return id ? (
          <code className={`mono ellipsis ${d.eventId ? '' : 'muted'}`} title={d.eventId ? id : `${id} (claimed by an unverified body)`}>
            {id}
          </code>
        ) : (
          '—'
        )
      }
    }
  ]
  return (
    <section className="card deliveries" aria-labelledby="deliveries-title">
      <div className="section-head">
        <h2 id="deliveries-title">Deliveries</h2>
        <div className="field inline-field">
          <label htmlFor="verdict-filter">Verdict</label>
          <select id="verdict-filter" value={view.filter} onChange={(e) => void setVerdictFilter(e.target.value as VerdictFilter)}>
            {VERDICT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <p className="muted" role="status">
          {view.status === 'ready' ? `${view.total} deliver${view.total === 1 ? 'y' : 'ies'}` : ''}
        </p>
      </div>
      {view.status === 'ready' && view.items.length > 0 && <BulkBar />}
      {view.status === 'error' && <ErrorState title="Could not load deliveries" message={view.error ?? ''} onRetry={() => void loadDeliveries()} />}
      {(view.status === 'loading' || view.status === 'idle') && <Loading>Loading deliveries…</Loading>}
      {view.status === 'ready' && view.items.length === 0 && (
        <Empty title={view.filter ? 'No deliveries with this verdict' : 'No deliveries yet'}>Webhook deliveries appear here live, rejected ones included.</Empty>
      )}
      {view.status === 'ready' && view.items.length > 0 && (
        <VirtualTable
          label="Deliveries"
          columns={columns}
          rows={view.items}
          rowKey={(d) => String(d.id)}
          rowHeight={38}
          totalCount={view.total}
          onNearEnd={view.hasMore ? onNearEnd : undefined}
          rowClassName={(d) => `${d.id === selectedId ? 'is-selected' : verdictInfo(d.verdict).rejected ? 'is-rejected' : ''}${ticked.has(d.id) ? ' is-ticked' : ''}`}
          footer={
            view.hasMore ? (
              <button type="button" className="ghost" onClick={() => void loadMoreDeliveries()} disabled={view.loadingMore}>
                {view.loadingMore ? 'Loading more…' : 'Load more'}
              </button>
            ) : null
          }
        />
      )}
    </section>
  )
}

function DeliveryDetail() {
  const { id, delivery: d, status, error, replaying, replayResult, replayError } = useAppShallow(selectSelectedDelivery)
  const { replayDelivery, selectDelivery } = useActions()
  if (id == null) {
    return (
      <section className="card delivery-detail" aria-label="Delivery">
        <Empty title="No delivery open">Open a delivery from the list to see its headers and body, and replay it.</Empty>
      </section>
    )
  }
  const v = d ? verdictInfo(d.verdict) : null
  const claim = d ? claimedIds(d) : null
  const body = d ? prettyJson(d.body) : ''
  return (
    <section className="card delivery-detail" aria-labelledby="delivery-title">
      <div className="section-head">
        <h2 id="delivery-title">Delivery #{id}</h2>
        <button type="button" className="ghost small" onClick={() => void selectDelivery(null)}>
          Close delivery
        </button>
      </div>
      {status === 'error' && <ErrorState title="Could not load this delivery" message={error ?? ''} onRetry={() => void selectDelivery(id)} />}
      {!d && status === 'loading' && <Loading>Loading the delivery…</Loading>}
      {d && v && (
        <>
          <div className={`verdict-box ${v.rejected ? 'is-rejected' : ''}`}>
            <Badge tone={verdictTone(d.verdict)}>{v.label}</Badge> <span>{v.reason}</span>
            <DeliveryFlags delivery={d} layout="list" />
          </div>
          <dl className="facts">
            <dt>Received</dt>
            <dd>
              <DateTime ms={d.receivedAt} precise />
            </dd>
            <dt>Our answer</dt>
            <dd>
              HTTP {d.httpStatus}
              {d.answerMs != null ? ` in ${Math.round(d.answerMs)} ms` : ''}
              {d.answerMs != null && d.answerMs >= 200 && <Badge tone="warning">over 200 ms budget</Badge>}
            </dd>
            <dt>Id</dt>
            <dd>
              <code className="mono">{d.deliveryId ?? claim?.deliveryId ?? '—'}</code>
              {!d.deliveryId && claim?.deliveryId && <span className="muted"> (unverified)</span>}
            </dd>
            <dt>EventId</dt>
            <dd>
              <code className="mono">{d.eventId ?? claim?.eventId ?? '—'}</code>
              {!d.eventId && claim?.eventId && <span className="muted"> (unverified)</span>}
            </dd>
            <dt>TransferId</dt>
            <dd>
              {d.transferId ? (
                <a href={transferHref(d.transferId)}>
                  <code className="mono">{d.transferId}</code>
                </a>
              ) : (
                <>
                  <code className="mono">{claim?.transferId ?? '—'}</code>
                  {claim?.transferId && <span className="muted"> (unverified)</span>}
                </>
              )}
            </dd>
            <dt>SentTimestamp</dt>
            <dd>
              {d.sentTimestamp != null ? (
                <>
                  {d.sentTimestamp} (<DateTime ms={d.sentTimestamp * 1000} />)
                </>
              ) : (
                '—'
              )}
            </dd>
            <dt>From</dt>
            <dd>{d.remoteAddress ?? '—'}</dd>
            <dt>Body</dt>
            <dd>
              {d.bodySize} bytes{d.bodyTruncated ? ' (stored truncated)' : ''}
            </dd>
            {d.replayOf != null && (
              <>
                <dt>Replay of</dt>
                <dd>#{d.replayOf}</dd>
              </>
            )}
          </dl>
          <div className="replay">
            <button type="button" className="primary" onClick={() => void replayDelivery(d.id)} disabled={replaying}>
              {replaying ? 'Replaying…' : 'Replay'}
            </button>
            <span role="status" className="muted">
              {replayResult ? `Replayed as delivery #${replayResult.deliveryId}: ${verdictInfo(replayResult.verdict).label} (HTTP ${replayResult.httpStatus})` : ''}
            </span>
            {replayError && (
              <span role="alert" className="field-error">
                {replayError}
              </span>
            )}
          </div>
          <h3>Headers</h3>
          <table className="table headers" aria-label="Headers">
            <tbody>
              {Object.entries(d.headers).map(([k, val]) => (
                <tr key={k}>
                  <th scope="row">
                    <code className="mono">{k}</code>
                  </th>
                  <td>
                    <code className="mono break">{val}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Body</h3>
          <pre className="code" aria-label="Body">
            {body || '(empty)'}
          </pre>
          <CopyButton text={d.body} label="Copy body" />
        </>
      )}
    </section>
  )
}

const NUMBER_FAULTS: { key: keyof FaultsForm; label: string; hint: string }[] = [
  { key: 'duplicate', label: 'Duplicates', hint: 'extra deliveries of each event' },
  { key: 'badSignature', label: 'Bad signature', hint: 'first attempts signed wrongly' },
  { key: 'slowFirst', label: 'Slow first attempts', hint: 'body sent after the 200 ms budget' },
  { key: 'failFirst', label: 'Failing first attempts', hint: 'connection cut mid-body' }
]
const BOOL_FAULTS: { key: keyof FaultsForm; label: string }[] = [
  { key: 'outOfOrder', label: 'Out of order' },
  { key: 'malformedBody', label: 'Malformed body' },
  { key: 'dropWebhooks', label: 'Drop webhooks' }
]

function EmulatorControls() {
  const sb = useAppShallow(selectSandbox)
  const a = useActions()
  return (
    <section className="card emulator" aria-labelledby="emulator-title">
      <h2 id="emulator-title">Emulator faults</h2>
      <fieldset className="faults">
        <legend>Faults</legend>
        {NUMBER_FAULTS.map((f) => (
          <div className="field fault" key={f.key}>
            <label htmlFor={`fault-${f.key}`}>{f.label}</label>
            <input
              id={`fault-${f.key}`}
              type="number"
              min={0}
              max={10}
              step={1}
              value={sb.faults[f.key] as number}
              aria-describedby={`fault-${f.key}-hint`}
              onChange={(e) => a.setFaultField(f.key, Number(e.target.value) as never)}
            />
            <span className="hint" id={`fault-${f.key}-hint`}>
              {f.hint}
            </span>
          </div>
        ))}
        {BOOL_FAULTS.map((f) => (
          <label className="check-field" key={f.key}>
            <input type="checkbox" checked={sb.faults[f.key] as boolean} onChange={(e) => a.setFaultField(f.key, e.target.checked as never)} />
            {f.label}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="primary" disabled={sb.busy} onClick={() => void a.applyFaultsToNextSale()}>
          Apply faults to next sale
        </button>
        <button type="button" className="ghost" disabled={sb.busy} onClick={() => void a.clearNextSaleFaults()}>
          Clear faults
        </button>
      </div>
      <p className="muted">Next sale: {describeFaults(sb.nextSaleFaults)}</p>
      <fieldset className="test-transfer">
        <legend>Test transfer</legend>
        <div className="field">
          <label htmlFor="test-outcome">Outcome</label>
          <select id="test-outcome" value={sb.testOutcome} onChange={(e) => a.setTestTransfer({ testOutcome: e.target.value as 'succeeded' | 'failed' })}>
            <option value="succeeded">Succeeded</option>
            <option value="failed">Failed</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="test-amount">Test amount</label>
          <input id="test-amount" inputMode="decimal" value={sb.testAmount} onChange={(e) => a.setTestTransfer({ testAmount: e.target.value })} />
        </div>
        <button type="button" disabled={sb.busy} onClick={() => void a.createTestTransfer()}>
          Create test transfer
        </button>
      </fieldset>
      <p role="status" className="muted">
        {sb.message ?? ''}
      </p>
      {sb.error && (
        <p role="alert" className="field-error">
          {sb.error}
        </p>
      )}
    </section>
  )
}

export function InspectorScreen() {
  const isEmulator = useApp(selectIsEmulator)
  const mode = useApp((s) => s.health?.mode)
  const status = useApp((s) => s.deliveriesStatus)
  const { loadDeliveries } = useActions()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  useEffect(() => {
    if (status === 'idle') void loadDeliveries()
  }, [status, loadDeliveries])
  return (
    <div className="screen inspector">
      <div className="screen-head">
        <h1 ref={heading} tabIndex={-1}>
          Inspector
        </h1>
        <div className="head-meta">
          <p className="muted">Every webhook delivery as it arrives, rejected ones included.</p>
          <TimeZoneNote />
        </div>
      </div>
      <div className="inspector-grid">
        <div className="stack">
          <DeliveryList />
          {isEmulator ? (
            <EmulatorControls />
          ) : mode ? (
            <p className="muted">Fault injection is available with the built-in Mesh emulator (mode: {mode}).</p>
          ) : null}
        </div>
        <DeliveryDetail />
      </div>
    </div>
  )
}
