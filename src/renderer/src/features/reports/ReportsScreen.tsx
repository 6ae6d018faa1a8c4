// The Reports screen: paid sales per local day for the last 30 days, as a stacked bar chart and
// as a table with the same figures (the table is the chart's accessible alternative).
import { useMemo } from 'react'
import { ErrorState, Loading } from '../../components/common'
import { consoleTimeZone, isoWithOffset } from '../../lib/shift'
import { assetColumns, hasRefunds, parseViewKey, takingsChartModel, takingsRows, takingsSummary, takingsTotals, takingsViews, viewKey, viewLabel } from '../../lib/takings'
import { TAKINGS_DAYS } from '../../store/reportsSlice'
import { selectLocale, selectTakingsState } from '../../store/selectors'
import { useActions, useApp, useAppShallow } from '../../store/react'
import { TakingsChart } from './TakingsChart'

export function ReportsScreen() {
  const timeZone = useMemo(() => consoleTimeZone(), [])
  const locale = useApp(selectLocale)
  const { report, status, error, view } = useAppShallow(selectTakingsState)
  const { loadTakings, setTakingsView } = useActions()
  const today = isoWithOffset(Date.now(), timeZone).slice(0, 10)

  const views = useMemo(() => (report ? takingsViews(report) : []), [report])
  const model = useMemo(() => (report ? takingsChartModel(report, parseViewKey(view), locale) : null), [report, view, locale])
  const rows = useMemo(() => (report ? takingsRows(report, locale) : []), [report, locale])
  const totals = useMemo(() => (report ? takingsTotals(report, locale) : null), [report, locale])
  const columns = useMemo(() => (report ? assetColumns(report) : []), [report])
  const summary = useMemo(() => (report ? takingsSummary(report, locale) : ''), [report, locale])
  const refunds = report ? hasRefunds(report) : false

  return (
    <section className="screen reports-screen" aria-labelledby="reports-heading">
      <div className="screen-head">
        <h1 id="reports-heading" tabIndex={-1}>
          Reports
        </h1>
        <p className="muted">Days in {timeZone}</p>
        <button type="button" className="export" onClick={() => void loadTakings()} disabled={status === 'loading'}>
          Refresh
        </button>
      </div>
      {status === 'error' && <ErrorState title="Could not load the takings" message={error ?? ''} onRetry={() => void loadTakings()} />}
      {!report && status !== 'error' && <Loading>Loading the takings…</Loading>}
      {report && model && totals && (
        <>
          <section className="card takings-card" aria-labelledby="takings-title">
            <div className="section-head">
              <h2 id="takings-title">Daily takings, last {TAKINGS_DAYS} days</h2>
              <div className="field inline-field takings-view">
                <label htmlFor="takings-view">Chart</label>
                <select id="takings-view" value={view} onChange={(e) => setTakingsView(e.target.value)}>
                  {views.map((v) => (
                    <option key={viewKey(v)} value={viewKey(v)}>
                      {viewLabel(v)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className="hint" id="takings-chart-note">
              {model.unit.kind === 'fiat'
                ? 'Each bar is the USD charged through Mesh for the day’s paid sales, split by the currency the sale was rung up in.'
                : `Each bar is the ${model.unit.asset} received that day, split by network.`}{' '}
              Refunded sales are left out (takings are net of refunds). The table below has every day’s figures.
            </p>
            <TakingsChart model={model} locale={locale} label={summary} describedBy="takings-chart-note" />
          </section>

          <section className="card" aria-labelledby="takings-table-title">
            <h2 id="takings-table-title">Takings per day</h2>
            <div className="table-scroll">
              <table className="table takings-table" aria-labelledby="takings-table-title">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col" className="num">
                      Paid sales
                    </th>
                    <th scope="col" className="num">
                      Charged
                    </th>
                    <th scope="col" className="num">
                      USD charged
                    </th>
                    {columns.map((c) => (
                      <th key={c.key} scope="col" className="num">
                        {c.label}
                      </th>
                    ))}
                    {refunds && (
                      <th scope="col" className="num">
                        Refunded (not in takings)
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.date} data-date={r.date} className={r.date === today ? 'is-current' : r.count === 0 ? 'is-zero' : undefined}>
                      <th scope="row">
                        {r.label}
                        {r.date === today && <span className="muted"> (today)</span>}
                      </th>
                      <td className="num">{r.count}</td>
                      <td className="num">{r.charged.length ? r.charged.join(' · ') : <span className="muted">—</span>}</td>
                      <td className="num">{r.count ? r.usd : <span className="muted">—</span>}</td>
                      {columns.map((c) => (
                        <td key={c.key} className="num">
                          {r.assets[c.key]}
                        </td>
                      ))}
                      {refunds && <td className="num">{r.refunded.length ? r.refunded.join(' · ') : <span className="muted">—</span>}</td>}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-date="total">
                    <th scope="row">Total, {report.days.length} days</th>
                    <td className="num">{totals.count}</td>
                    <td className="num">{totals.charged.length ? totals.charged.join(' · ') : '—'}</td>
                    <td className="num">{totals.usd}</td>
                    {columns.map((c) => (
                      <td key={c.key} className="num">
                        {totals.assets[c.key]}
                      </td>
                    ))}
                    {refunds && <td className="num">{totals.refunded.length ? totals.refunded.join(' · ') : '—'}</td>}
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
        </>
      )}
    </section>
  )
}
