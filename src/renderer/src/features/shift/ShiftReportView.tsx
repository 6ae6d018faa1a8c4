// A shift's report: counts, totals per currency (with the USD charged through Mesh), totals per
// asset and network, the sales still pending and every sale. The live view of the open shift
// and the Z report of a closed one are the same component.
import type { FiatTotal, SaleView, ShiftReport } from '../../../../shared/contract'
import { Badge } from '../../components/common'
import { formatCrypto, formatDateTime, formatFiat } from '../../lib/format'
import { saleDisplayStatus } from '../../lib/saleState'
import { COUNT_ROWS, describeTimeZone, receivedAmount, usdCharged } from '../../lib/shift'

export interface ShiftReportViewProps {
  report: ShiftReport
  locale: string | undefined
  timeZone: string
  variant: 'live' | 'final'
}

export function ShiftReportView({ report, locale, timeZone, variant }: ShiftReportViewProps) {
  const { shift } = report
  const total = usdCharged(report.fiatTotals)
  const refunded = report.counts.refunded ?? 0
  return (
    <div className="shift-report" data-shift={shift.shiftId}>
      <dl className="shift-meta">
        <div>
          <dt>Opened</dt>
          <dd data-testid="opened-at">{formatDateTime(shift.openedAt, { timeZone })}</dd>
        </div>
        {variant === 'final' && (
          <div>
            <dt>Closed</dt>
            <dd data-testid="closed-at">{formatDateTime(shift.closedAt, { timeZone })}</dd>
          </div>
        )}
        {variant === 'final' && (
          <div>
            <dt>Shift</dt>
            <dd>
              <code className="mono">{shift.shiftId}</code>
            </dd>
          </div>
        )}
        <div>
          <dt>Opened by</dt>
          <dd>{shift.openedBy || <span className="muted">not given</span>}</dd>
        </div>
        <div>
          <dt>{variant === 'final' ? 'Report made' : 'Updated'}</dt>
          <dd>{formatDateTime(report.generatedAt, { timeZone })}</dd>
        </div>
        {/* The screen states the time zone in its heading; on paper the report says it itself. */}
        <div className="print-only">
          <dt>Time zone</dt>
          <dd>{describeTimeZone(timeZone, shift.openedAt)}</dd>
        </div>
      </dl>

      <h3 id={`counts-${shift.shiftId}`}>Sales</h3>
      <dl className="shift-counts" aria-labelledby={`counts-${shift.shiftId}`}>
        {COUNT_ROWS.map((c) => (
          <div key={c.key} className={`count count-${c.key}`} data-count={c.key} title={c.hint}>
            <dt>{c.label}</dt>
            <dd>{report.counts[c.key] ?? 0}</dd>
          </div>
        ))}
      </dl>
      {(report.counts.paidAfterEnd ?? 0) > 0 && <p className="hint">{COUNT_ROWS.find((c) => c.key === 'paidAfterEnd')?.hint}</p>}
      {refunded > 0 && <p className="hint">{COUNT_ROWS.find((c) => c.key === 'refunded')?.hint}</p>}

      {(report.refundTotals?.length ?? 0) > 0 && <RefundsTable report={report} locale={locale} />}

      <h3>Totals per currency{refunded > 0 ? ', net of refunds' : ''}</h3>
      {report.fiatTotals.length === 0 ? (
        <p className="muted">{refunded > 0 ? 'Every paid sale was refunded: nothing is left in the takings.' : `No paid sales${variant === 'live' ? ' yet' : ''}.`}</p>
      ) : (
        <table className="table shift-totals" aria-label="Totals per currency">
          <thead>
            <tr>
              <th scope="col">Currency</th>
              <th scope="col" className="num">
                Paid sales
              </th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col" className="num">
                USD charged
              </th>
            </tr>
          </thead>
          <tbody>
            {report.fiatTotals.map((f) => (
              <tr key={f.currency} data-currency={f.currency}>
                <th scope="row">{f.currency}</th>
                <td className="num">{f.count}</td>
                <td className="num">{formatFiat(f.amount, f.currency, locale)}</td>
                <td className="num">{formatFiat(f.usdAmount, 'USD', locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All currencies</th>
              <td className="num">{report.fiatTotals.reduce((n, f) => n + f.count, 0)}</td>
              <td />
              <td className="num" data-testid="usd-total">
                {formatFiat(total, 'USD', locale)}
              </td>
            </tr>
          </tfoot>
        </table>
      )}

      <h3>Crypto received{refunded > 0 ? ', net of refunds' : ''}</h3>
      {report.assetTotals.length === 0 ? (
        <p className="muted">{refunded > 0 ? 'Every paid sale was refunded: no crypto is kept.' : `Nothing received${variant === 'live' ? ' yet' : ''}.`}</p>
      ) : (
        <table className="table shift-totals" aria-label="Totals per asset">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col">Network</th>
              <th scope="col" className="num">
                Paid sales
              </th>
              <th scope="col" className="num">
                Received
              </th>
            </tr>
          </thead>
          <tbody>
            {report.assetTotals.map((a) => (
              <tr key={`${a.asset}/${a.network ?? ''}`} data-asset={a.asset}>
                <th scope="row">{a.asset}</th>
                <td>{a.network ?? <span className="muted">—</span>}</td>
                <td className="num">{a.count}</td>
                <td className="num">{formatCrypto(a.amount, a.asset, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Still pending</h3>
      {report.pending.length === 0 ? (
        <p className="muted">No sale is waiting for payment.</p>
      ) : (
        <SalesTable sales={report.pending} label="Pending sales" locale={locale} timeZone={timeZone} />
      )}

      {report.sales.length > 0 && (
        <details className="shift-sales">
          <summary>
            All {report.sales.length} sale{report.sales.length === 1 ? '' : 's'} of this shift
          </summary>
          <SalesTable sales={report.sales} label="Sales in this shift" locale={locale} timeZone={timeZone} />
        </details>
      )}
    </div>
  )
}

/** Paid (gross), refunded and net per currency, as the core summed them: shown when something was refunded. */
function RefundsTable({ report, locale }: { report: ShiftReport; locale: string | undefined }) {
  const currencies = [...new Set([...report.paidTotals, ...report.refundTotals].map((f) => f.currency))]
  const find = (list: readonly FiatTotal[], currency: string) => list.find((f) => f.currency === currency)
  const money = (f: FiatTotal | undefined, currency: string) => formatFiat(f?.amount ?? '0', currency, locale)
  return (
    <>
      <h3>Paid, refunded and net</h3>
      <table className="table shift-totals" aria-label="Paid, refunded and net per currency">
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col" className="num">
              Paid
            </th>
            <th scope="col" className="num">
              Refunded
            </th>
            <th scope="col" className="num">
              Net
            </th>
          </tr>
        </thead>
        <tbody>
          {currencies.map((c) => {
            const paid = find(report.paidTotals, c)
            const refund = find(report.refundTotals, c)
            return (
              <tr key={c} data-refund-currency={c}>
                <th scope="row">{c}</th>
                <td className="num">
                  {money(paid, c)} <span className="muted">({paid?.count ?? 0})</span>
                </td>
                <td className="num">
                  {money(refund, c)} <span className="muted">({refund?.count ?? 0})</span>
                </td>
                <td className="num">{money(find(report.fiatTotals, c), c)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

/** Sales with their charge and state; `compact` leaves out USD charged and Received (the dialog). */
export function SalesTable({ sales, label, locale, timeZone, compact = false }: { sales: readonly SaleView[]; label: string; locale: string | undefined; timeZone: string; compact?: boolean }) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col" className="num">
            Amount
          </th>
          {!compact && (
            <th scope="col" className="num">
              USD charged
            </th>
          )}
          <th scope="col">Asset</th>
          {!compact && (
            <th scope="col" className="num">
              Received
            </th>
          )}
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {sales.map((s) => {
          const st = saleDisplayStatus(s)
          const received = receivedAmount(s)
          return (
            <tr key={s.sessionId} data-session={s.sessionId}>
              <td className="nowrap">{formatDateTime(s.createdAt, { timeZone })}</td>
              <td className="num">{formatFiat(s.charge.amount, s.charge.currency, locale)}</td>
              {!compact && <td className="num">{formatFiat(s.charge.usdAmount, 'USD', locale)}</td>}
              <td>
                {s.asset}
                {s.network ? <span className="muted"> · {s.network}</span> : null}
              </td>
              {!compact && <td className="num">{received ? formatCrypto(received, s.transfer?.token ?? s.asset, locale) : <span className="muted">—</span>}</td>}
              <td>
                <Badge tone={st.tone}>{st.label}</Badge>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
