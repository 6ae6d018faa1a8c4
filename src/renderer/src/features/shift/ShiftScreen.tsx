// The Shift screen: the open shift with its live counts and totals and "Close shift" (confirmed
// in a dialog that lists what is still pending); "Open shift" when none is open; the Z report
// after closing (print, CSV and JSON export); and the closed shifts, each opening its report.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ShiftReport } from '../../../../shared/contract'
import { Empty, ErrorState, Loading } from '../../components/common'
import { downloadText } from '../../components/dom'
import { useFocusOnMount } from '../../components/hooks'
import { TimeZoneNote } from '../../components/time'
import { formatDateTime } from '../../lib/format'
import { consoleTimeZone, shiftReportFilename, shiftReportToCsv, shiftReportToJson } from '../../lib/shift'
import { selectClosedShiftsState, selectCurrentShiftState, selectLocale, selectShiftAction, selectZReportState } from '../../store/selectors'
import { useActions, useApp, useAppShallow } from '../../store/react'
import { Dialog } from './Dialog'
import { SalesTable, ShiftReportView } from './ShiftReportView'

export function ShiftScreen() {
  const timeZone = useMemo(() => consoleTimeZone(), [])
  const locale = useApp(selectLocale)
  const z = useAppShallow(selectZReportState)
  const heading = useRef<HTMLHeadingElement>(null)
  const { dismissShiftReport } = useActions()
  const backToShift = () => {
    dismissShiftReport()
    heading.current?.focus()
  }
  return (
    <section className="screen shift-screen" aria-labelledby="shift-heading">
      <div className="screen-head">
        <h1 id="shift-heading" ref={heading} tabIndex={-1}>
          Shift
        </h1>
        <TimeZoneNote timeZone={timeZone} />
      </div>
      {z.id ? <ZReportPanel locale={locale} timeZone={timeZone} onBack={backToShift} /> : <CurrentShiftPanel locale={locale} timeZone={timeZone} />}
      <ClosedShifts locale={locale} timeZone={timeZone} />
    </section>
  )
}

interface Ctx {
  locale: string | undefined
  timeZone: string
}

function CurrentShiftPanel({ locale, timeZone }: Ctx) {
  const { report, status, error } = useAppShallow(selectCurrentShiftState)
  const { loadShift } = useActions()
  if (status === 'error' && !report) return <ErrorState title="Could not load the shift" message={error ?? ''} onRetry={() => void loadShift()} />
  if (status !== 'ready' && !report) return <Loading>Loading the shift…</Loading>
  if (!report) return <OpenShiftCard />
  return <OpenShiftReport report={report} locale={locale} timeZone={timeZone} />
}

function OpenShiftCard() {
  const { action, error, failed } = useAppShallow(selectShiftAction)
  const { openShift } = useActions()
  const [name, setName] = useState('')
  const field = useFocusOnMount<HTMLInputElement>()
  const opening = action === 'opening'
  return (
    <section className="card shift-open-card" aria-labelledby="no-shift-title">
      <h2 id="no-shift-title">No shift is open</h2>
      <p className="muted">Open a shift at the start of the day. Its Z report counts every sale started until you close it.</p>
      <form
        className="shift-open-form"
        onSubmit={(e) => {
          e.preventDefault()
          void openShift(name).then((ok) => {
            if (!ok) return
            setName('')
            // This card gives way to the open shift: carry focus to its heading.
            setTimeout(() => document.getElementById('open-shift-title')?.focus(), 0)
          })
        }}
      >
        <div className="field">
          <label htmlFor="shift-opened-by">Your name (optional)</label>
          <input id="shift-opened-by" ref={field} value={name} maxLength={100} autoComplete="off" onChange={(e) => setName(e.target.value)} disabled={opening} />
        </div>
        <button type="submit" className="primary" disabled={opening}>
          {opening ? 'Opening…' : 'Open shift'}
        </button>
      </form>
      {error && failed === 'opening' && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

function OpenShiftReport({ report, locale, timeZone }: Ctx & { report: ShiftReport }) {
  const { action, error, failed } = useAppShallow(selectShiftAction)
  const { closeShift, refreshCurrentShift, clearShiftError } = useActions()
  const [confirming, setConfirming] = useState(false)
  const closing = action === 'closing'
  return (
    <section className="card shift-live" aria-labelledby="open-shift-title">
      <div className="section-head">
        <h2 id="open-shift-title" tabIndex={-1}>
          Shift open
        </h2>
        <span className="badge badge-success">live</span>
        <button
          type="button"
          className="danger-button"
          onClick={() => {
            clearShiftError()
            setConfirming(true)
            // The dialog lists what is pending: make it current.
            void refreshCurrentShift()
          }}
        >
          Close shift…
        </button>
      </div>
      <ShiftReportView report={report} locale={locale} timeZone={timeZone} variant="live" />
      {confirming && (
        <Dialog
          title="Close this shift?"
          busy={closing}
          onClose={() => setConfirming(false)}
          initialFocus="[data-dialog-cancel]"
          className="close-shift-dialog"
          description={
            <p>
              The shift opened {formatDateTime(report.shift.openedAt, { timeZone })}
              {report.shift.openedBy ? ` by ${report.shift.openedBy}` : ''} ends now and its Z report is made. Sales started after this belong to the next shift.
            </p>
          }
          actions={
            <>
              <button type="button" data-dialog-cancel onClick={() => setConfirming(false)} disabled={closing}>
                Keep it open
              </button>
              <button type="button" className="danger-button" onClick={() => void closeShift().then((ok) => ok && setConfirming(false))} disabled={closing}>
                {closing ? 'Closing…' : 'Close shift'}
              </button>
            </>
          }
        >
          {report.pending.length > 0 && (
            <div className="dialog-warning" role="note">
              <p>
                <strong>
                  {report.pending.length} sale{report.pending.length === 1 ? ' is' : 's are'} still pending.
                </strong>{' '}
                The Z report lists {report.pending.length === 1 ? 'it' : 'them'} as pending, not as paid.
              </p>
              <SalesTable sales={report.pending} label="Sales still pending" locale={locale} timeZone={timeZone} compact />
            </div>
          )}
          {error && failed === 'closing' && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </Dialog>
      )}
    </section>
  )
}

function ZReportPanel({ locale, timeZone, onBack }: Ctx & { onBack(): void }) {
  const { id, report, status, error } = useAppShallow(selectZReportState)
  const { viewShiftReport } = useActions()
  const shop = useApp((s) => s.settings?.shop ?? null)
  const title = useRef<HTMLHeadingElement>(null)
  const shown = status === 'ready' && report ? report.shift.shiftId : null
  useEffect(() => {
    if (shown) title.current?.focus({ preventScroll: false })
  }, [shown])
  const back = (
    <button type="button" onClick={onBack}>
      Back to shift
    </button>
  )
  if (status === 'error')
    return (
      <section className="card" aria-label="Z report">
        <ErrorState title="Could not load the Z report" message={error ?? ''} onRetry={() => id && void viewShiftReport(id)} />
        <div className="button-row">{back}</div>
      </section>
    )
  if (!report) return <Loading>Loading the Z report…</Loading>
  const exportAs = (kind: 'csv' | 'json') =>
    downloadText(
      shiftReportFilename(report, kind, timeZone),
      kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      kind === 'csv' ? shiftReportToCsv(report, timeZone) : shiftReportToJson(report, timeZone)
    )
  return (
    <article className="card z-report" aria-labelledby="z-report-title">
      {shop?.name && (
        <p className="print-only z-shop">
          <strong>{shop.name}</strong>
          {shop.address && <span> · {shop.address}</span>}
        </p>
      )}
      <div className="section-head">
        <h2 id="z-report-title" ref={title} tabIndex={-1}>
          Z report
        </h2>
        <div className="button-row z-actions no-print">
          <button type="button" className="primary" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" onClick={() => exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" onClick={() => exportAs('json')}>
            Export JSON
          </button>
          {back}
        </div>
      </div>
      <ShiftReportView report={report} locale={locale} timeZone={timeZone} variant="final" />
    </article>
  )
}

function ClosedShifts({ timeZone }: Ctx) {
  const { shifts, status, error } = useAppShallow(selectClosedShiftsState)
  const viewing = useApp((s) => s.zReportId)
  const { loadClosedShifts, viewShiftReport } = useActions()
  return (
    <section className="card closed-shifts no-print" aria-labelledby="closed-shifts-title">
      <h2 id="closed-shifts-title">Closed shifts</h2>
      {status === 'error' && <ErrorState title="Could not load the closed shifts" message={error ?? ''} onRetry={() => void loadClosedShifts()} />}
      {status !== 'error' && status !== 'ready' && shifts.length === 0 && <Loading>Loading closed shifts…</Loading>}
      {status === 'ready' && shifts.length === 0 && <Empty title="No closed shifts yet">Each shift you close is listed here with its Z report.</Empty>}
      {shifts.length > 0 && (
        <table className="table" aria-label="Closed shifts">
          <thead>
            <tr>
              <th scope="col">Opened</th>
              <th scope="col">Closed</th>
              <th scope="col">Opened by</th>
              <th scope="col">
                <span className="visually-hidden">Report</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shifts.map((s) => {
              const opened = formatDateTime(s.openedAt, { timeZone })
              return (
                <tr key={s.shiftId} data-shift={s.shiftId} className={s.shiftId === viewing ? 'is-current' : undefined}>
                  <td>{opened}</td>
                  <td>{formatDateTime(s.closedAt, { timeZone })}</td>
                  <td>{s.openedBy || <span className="muted">—</span>}</td>
                  <td className="num">
                    <button
                      type="button"
                      className="small"
                      aria-label={`Open the Z report of the shift opened ${opened}`}
                      aria-current={s.shiftId === viewing ? 'true' : undefined}
                      onClick={() => void viewShiftReport(s.shiftId)}
                    >
                      Z report
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
