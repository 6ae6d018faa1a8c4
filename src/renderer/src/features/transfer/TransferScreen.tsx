import { useEffect, useMemo } from 'react'
import type { EventRow, SaleView, SdkEventRow, TransferRow } from '../../../../shared/contract'
import { isPaidStatus, isRefundStatus } from '../../../../shared/status'
import { Badge, CopyButton, ErrorState, Loading, StatusBadge } from '../../components/common'
import { DeliveryFlags } from '../../components/flags'
import { useFocusOnMount } from '../../components/hooks'
import { DateTime, TimeZoneNote } from '../../components/time'
import { describeCharge, formatCrypto, formatDateTime, prettyJson } from '../../lib/format'
import { ANSWER_BUDGET_MS, verdictInfo } from '../../lib/deliveries'
import { describeRefund, refundAmount, saleDisplayStatus } from '../../lib/saleState'
import { receiptHref } from '../../lib/route'
import { buildTimeline, disagreements, type AttemptView } from '../../lib/timeline'
import { selectLedgerHref, selectTransferDetail } from '../../store/selectors'
import { useActions, useApp, useAppShallow, useLocale } from '../../store/react'
import { SupportBundleButton } from './SupportBundleButton'

/** Sent and received, each with its asset; one amount when they are the same. */
function cryptoLine(t: TransferRow, locale: string): string {
  const sent = t.sourceAmount ? formatCrypto(t.sourceAmount, t.token, locale) : null
  const received = t.destinationAmount ? formatCrypto(t.destinationAmount, t.token, locale) : null
  if (sent && received && t.sourceAmount !== t.destinationAmount) return `${sent} sent · ${received} received`
  if (received) return `${received} received`
  if (sent) return `${sent} sent`
  return '—'
}

/**
 * When the refund reached the transfer's status: the sale's view knows it from the refund's
 * event; otherwise Mesh's Timestamp of the event that set the status (a refund one: the transfer is in it).
 */
function refundAt(t: TransferRow, events: readonly EventRow[], sale: SaleView | null): number | null {
  if (sale?.refund && sale.transferId === t.transferId) return sale.refund.at
  const e = events.filter((x) => x.applied && x.status === t.status).at(-1)
  return e ? (e.timestamp ?? e.firstReceivedAt) : t.statusTimestamp
}

function Summary({ t, sale, events }: { t: TransferRow; sale: SaleView | null; events: readonly EventRow[] }) {
  const locale = useLocale()
  // The ledger joins the sale's charge; before that lands (or for a live row) the sale itself has it.
  const charge = describeCharge(t.charge ?? (sale && sale.sessionId === t.sessionId ? sale.charge : null), locale)
  const at = isRefundStatus(t.status) ? refundAt(t, events, sale) : null
  const refund = describeRefund({ status: t.status, amount: refundAmount(charge?.charged ?? null, t, locale), refundAddress: t.refundAddress, at: at === null ? null : formatDateTime(at) })
  return (
    <>
      {refund && (
        <p className="refund-note" data-testid="transfer-refund">
          {refund}
        </p>
      )}
      <dl className="facts facts-wide">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={t.status} raw={t.statusRaw} /> {t.isFinal ? <span className="muted">final</span> : <span className="muted">not final</span>}
        </dd>
        <dt>Charged</dt>
        <dd data-testid="transfer-charged">
          {charge ? <span className="money">{charge.line}</span> : <span className="muted">— (no sale at this counter started this transfer)</span>}
        </dd>
        <dt>Crypto</dt>
        <dd data-testid="transfer-crypto">
          <span className="money">{cryptoLine(t, locale)}</span>
          {t.chain ? ` · ${t.chain}` : ''}
        </dd>
        <dt>TransferId</dt>
        <dd>
          <code className="mono">{t.transferId}</code>
        </dd>
        <dt>TransactionId</dt>
        <dd>
          <code className="mono">{t.transactionId ?? '—'}</code>
        </dd>
        <dt>TxHash</dt>
        <dd>
          <code className="mono break">{t.txHash ?? '—'}</code>
        </dd>
        <dt>From</dt>
        <dd>{t.sourceAccountProvider ?? '—'}</dd>
        <dt>To address</dt>
        <dd>
          <code className="mono break">{t.destinationAddress ?? '—'}</code>
        </dd>
        <dt>First seen</dt>
        <dd>
          <DateTime ms={t.firstSeenAt} />
        </dd>
        <dt>Last change</dt>
        <dd>
          <DateTime ms={t.updatedAt} />
        </dd>
        <dt>Deliveries</dt>
        <dd>
          {t.eventCount} event{t.eventCount === 1 ? '' : 's'}, {t.deliveryCount} deliver{t.deliveryCount === 1 ? 'y' : 'ies'}
          {t.retried && <Badge tone="warning">retried</Badge>}
          {t.isTest && <Badge>test</Badge>}
          <span className="muted"> · via {t.provenance}</span>
        </dd>
      </dl>
    </>
  )
}

function Payload({ label, value }: { label: string; value: unknown }) {
  const text = prettyJson(value)
  if (!text) return null
  return (
    <details className="payload">
      <summary>{label}</summary>
      <pre className="code">{text}</pre>
      <CopyButton text={text} label="Copy payload" />
    </details>
  )
}

function budgetWidth(ms: number): string {
  return `${Math.min(100, (ms / (ANSWER_BUDGET_MS * 2)) * 100)}%`
}

/**
 * One attempt = two rows of its own <tbody>: the facts, then its note across the whole width, so
 * neither the budget nor the note needs an inner scroll at 1024 px and the note wraps by words.
 */
function Attempts({ attempts }: { attempts: AttemptView[] }) {
  if (attempts.length === 0) return <p className="muted">No delivery attempts recorded (the event came from another source).</p>
  return (
    <div className="attempts-wrap">
      <table className="table attempts" aria-label="Delivery attempts">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Id</th>
            <th scope="col">Received</th>
            <th scope="col">Mesh sent</th>
            <th scope="col">Verdict</th>
            <th scope="col">Our answer</th>
            <th scope="col">Time to answer (budget {ANSWER_BUDGET_MS} ms)</th>
          </tr>
        </thead>
        {attempts.map((a) => {
          const d = a.delivery
          const v = verdictInfo(d.verdict)
          const flagged = a.slow || a.notAcknowledged
          return (
            <tbody key={d.id} className={`attempt${flagged ? ' attempt-flagged' : ''}`}>
              <tr className="attempt-facts">
                <td>{a.n}</td>
                <td className="attempt-id">
                  <code className="mono">{d.deliveryId ?? `#${d.id}`}</code>
                  {a.unverified && <Badge tone="danger">unverified</Badge>}
                </td>
                <td>
                  <DateTime ms={d.receivedAt} precise stacked />
                </td>
                <td title={d.sentTimestamp != null ? `SentTimestamp ${d.sentTimestamp}` : undefined}>{d.sentTimestamp != null ? <DateTime ms={d.sentTimestamp * 1000} stacked /> : '—'}</td>
                <td>
                  <Badge tone={v.rejected ? 'danger' : d.verdict === 'accepted' ? 'success' : d.verdict === 'duplicate' ? 'neutral' : 'warning'} title={v.reason}>
                    {v.label}
                  </Badge>
                  <DeliveryFlags delivery={d} layout="inline" />
                </td>
                <td className="nowrap">HTTP {d.httpStatus}</td>
                <td>
                  {d.answerMs != null ? (
                    <span className="budget">
                      <span className={`budget-bar ${a.slow ? 'over' : 'under'}`} style={{ width: budgetWidth(d.answerMs) }} aria-hidden="true" />
                      <span className="budget-text">{`${Math.round(d.answerMs)} ms`}</span>
                    </span>
                  ) : (
                    <span className="muted">not measured</span>
                  )}
                </td>
              </tr>
              <tr className="attempt-note-row">
                <td colSpan={7} className="attempt-note">
                  <span className="visually-hidden">Note on attempt {a.n}: </span>
                  {a.note ? <span className={flagged ? 'flag' : 'muted'}>{a.note}</span> : <span className="muted">—</span>}
                </td>
              </tr>
            </tbody>
          )
        })}
      </table>
    </div>
  )
}

function EventEntry({ event, attempts }: { event: EventRow; attempts: AttemptView[] }) {
  return (
    <>
      <div className="tl-title">
        <strong>{event.provenance === 'poll' ? 'Polled from Mesh' : 'Webhook event'}</strong>{' '}
        <StatusBadge status={event.status ?? 'unknown'} raw={event.statusRaw ?? event.status ?? 'no status'} />
        <Badge tone={event.provenance === 'poll' ? 'warning' : 'neutral'} title="Where this status came from">
          via {event.provenance}
        </Badge>
        {event.applied ? <span className="muted">changed the status</span> : <span className="muted">recorded, not applied</span>}
        {event.conflict && <Badge tone="danger">conflict</Badge>}
      </div>
      <dl className="facts facts-inline">
        <dt>EventId</dt>
        <dd>
          <code className="mono">{event.eventId}</code>
        </dd>
        <dt>Timestamp</dt>
        <dd>
          {event.timestamp != null ? (
            <>
              {event.timestamp} (<DateTime ms={event.timestamp} precise />)
            </>
          ) : (
            '—'
          )}
        </dd>
        <dt>First received</dt>
        <dd>
          <DateTime ms={event.firstReceivedAt} precise />
        </dd>
        <dt>{event.provenance === 'poll' ? 'Found by' : 'Attempts'}</dt>
        <dd>{event.provenance === 'poll' ? 'reconciliation (GET transfers/managed/mesh); no webhook delivered it' : attempts.length}</dd>
      </dl>
      <Attempts attempts={attempts} />
      <Payload label="Raw payload" value={event.payload} />
    </>
  )
}

function SessionEntry({ sale }: { sale: SaleView }) {
  const st = saleDisplayStatus(sale)
  const locale = useLocale()
  return (
    <>
      <div className="tl-title">
        <strong>Link session started</strong> <Badge tone={st.tone}>{st.label}</Badge>
      </div>
      <dl className="facts facts-inline">
        <dt>Sale</dt>
        <dd>
          {describeCharge(sale.charge, locale)?.line ?? '—'} in {sale.asset}
          {sale.network ? ` on ${sale.network}` : ''}
        </dd>
        <dt>Session</dt>
        <dd>
          <code className="mono">{sale.sessionId}</code>
        </dd>
        <dt>TransactionId</dt>
        <dd>
          <code className="mono">{sale.transactionId}</code>
        </dd>
      </dl>
    </>
  )
}

function SdkEntry({ sdk }: { sdk: SdkEventRow }) {
  return (
    <>
      <div className="tl-title">
        <strong>Link (SDK)</strong> <Badge>{sdk.type}</Badge>
      </div>
      <Payload label="Payload" value={sdk.payload} />
    </>
  )
}

export function TransferScreen({ transferId }: { transferId: string }) {
  const { detail, sale, rejected, status, error, id } = useAppShallow(selectTransferDetail)
  const { openTransfer } = useActions()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const ledgerHref = useApp(selectLedgerHref)
  useEffect(() => {
    void openTransfer(transferId)
  }, [transferId, openTransfer])
  const current = id === transferId ? detail : null
  const timeline = useMemo(() => (current ? buildTimeline(current, sale, rejected) : []), [current, sale, rejected])
  const flags = useMemo(() => (current ? disagreements(current, sale) : []), [current, sale])

  return (
    <div className="screen transfer">
      <div className="transfer-head">
        <p className="crumbs">
          <a href={ledgerHref}>← Back to ledger</a>
        </p>
        <TimeZoneNote />
      </div>
      <h1 ref={heading} tabIndex={-1}>
        Transfer <code className="mono">{transferId}</code>
      </h1>
      {status === 'error' && <ErrorState title="Could not load this transfer" message={error ?? ''} onRetry={() => void openTransfer(transferId)} />}
      {!current && status !== 'error' && <Loading>Loading the transfer…</Loading>}
      {current && (
        <>
          {flags.length > 0 && (
            <div className="disagreement" role="alert">
              <strong>Sources disagree</strong>
              <ul>
                {flags.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </div>
          )}
          <section className="card" aria-labelledby="summary-title">
            <div className="section-head">
              <h2 id="summary-title">Summary</h2>
              {isPaidStatus(current.transfer.status) && current.transfer.sessionId && (
                <a className="button small section-action" href={receiptHref(current.transfer.sessionId)}>
                  Reprint receipt
                </a>
              )}
              <SupportBundleButton transferId={current.transfer.transferId} />
            </div>
            <Summary t={current.transfer} sale={sale} events={current.events} />
          </section>
          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            {timeline.length === 0 ? (
              <p className="muted">Nothing recorded yet.</p>
            ) : (
              <ol className="timeline" aria-label="Timeline">
                {timeline.map((e) => (
                  <li key={e.key} className={`tl tl-${e.kind}`}>
                    <DateTime className="tl-time" ms={e.at} precise />
                    <div className="tl-body">
                      {e.kind === 'session' && <SessionEntry sale={e.sale} />}
                      {e.kind === 'sdk' && <SdkEntry sdk={e.sdk} />}
                      {e.kind === 'event' && <EventEntry event={e.event} attempts={e.attempts} />}
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  )
}
