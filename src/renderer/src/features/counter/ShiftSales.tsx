import { Badge, Empty, ErrorState, Loading } from '../../components/common'
import { TimeZoneNote } from '../../components/time'
import { formatDateTime, formatFiat } from '../../lib/format'
import { transferHref } from '../../lib/route'
import { describeAmountMismatch, latePaid, saleDisplayStatus } from '../../lib/saleState'
import { selectCounterLocale, selectShiftSales, selectShiftState, selectShiftSummary } from '../../store/selectors'
import { useActions, useApp, useAppShallow } from '../../store/react'

/** The latest sales of this shift (since local midnight), live. */
export function ShiftSales() {
  const sales = useApp(selectShiftSales)
  const summary = useApp(selectShiftSummary)
  const { status, error } = useAppShallow(selectShiftState)
  const currentId = useApp((s) => s.currentSaleId)
  const locale = useApp(selectCounterLocale)
  const { loadShiftSales, showSale } = useActions()
  return (
    <section className="card shift" aria-labelledby="shift-title">
      <div className="section-head">
        <h2 id="shift-title">This shift</h2>
        <p className="muted" role="status">
          {summary.count} sale{summary.count === 1 ? '' : 's'} · paid {summary.paidCount}
          {summary.paid.map((p) => ` · ${formatFiat(p.amount, p.currency, locale)}`).join('')}
          {summary.lateCount > 0 ? ` · paid after the sale ended ${summary.lateCount}` : ''}
          {summary.mismatchCount > 0 ? ` · amount mismatch ${summary.mismatchCount}` : ''}
          {summary.refundedCount > 0 ? ` · refunded ${summary.refundedCount}` : ''}
        </p>
      </div>
      {status === 'error' && <ErrorState title="Could not load this shift's sales" message={error ?? ''} onRetry={() => void loadShiftSales()} />}
      {status === 'loading' && sales.length === 0 && <Loading>Loading this shift's sales…</Loading>}
      {status === 'ready' && sales.length === 0 && <Empty title="No sales yet this shift">Sales you charge today appear here.</Empty>}
      {sales.length > 0 && (
        <table className="table shift-table" aria-label="Sales this shift">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Asset</th>
              <th scope="col">State</th>
              <th scope="col">Transfer</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sales.map((s) => {
              const st = saleDisplayStatus(s)
              const late = latePaid(s)
              const foreign = s.charge.currency !== 'USD' && s.charge.rate !== null
              return (
                <tr key={s.sessionId} className={[s.sessionId === currentId ? 'is-current' : '', late ? 'is-late-paid' : ''].filter(Boolean).join(' ') || undefined}>
                  <td className="nowrap">{formatDateTime(s.createdAt)}</td>
                  <td className="num">
                    {formatFiat(s.charge.amount, s.charge.currency, locale)}
                    {foreign && <span className="muted usd-line"> ≈ {formatFiat(s.charge.usdAmount, 'USD', locale)}</span>}
                  </td>
                  <td>
                    {s.asset}
                    {s.network ? <span className="muted"> · {s.network}</span> : null}
                  </td>
                  <td>
                    {late ? (
                      <span className="badge badge-late" title={late.detail} data-testid="late-paid-badge">
                        ⚠ {late.label}
                      </span>
                    ) : (
                      <Badge tone={st.tone}>{st.label}</Badge>
                    )}
                    {s.disagreement && (
                      <Badge tone="danger" title={s.disagreement}>
                        disagreement
                      </Badge>
                    )}
                    {s.amountMismatch && s.state !== 'succeeded' && (
                      <Badge tone="warning" title={describeAmountMismatch(s.amountMismatch, locale)}>
                        amount mismatch
                      </Badge>
                    )}
                  </td>
                  <td>
                    {s.transferId ? (
                      <a href={transferHref(s.transferId)} aria-label={`Open transfer ${s.transferId}`}>
                        <code className="mono">{s.transferId.slice(0, 8)}…</code>
                      </a>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    <button type="button" className="small ghost" onClick={() => showSale(s.sessionId)} aria-label={`Show sale of ${formatDateTime(s.createdAt)} (${formatFiat(s.charge.amount, s.charge.currency, locale)}) in the sale panel`}>
                      Show
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {sales.length > 0 && <TimeZoneNote />}
    </section>
  )
}
