// Shifts at the counter (open, close with a Z report) and the takings by day. One shift is open
// per ledger: on a PostgreSQL ledger shared by several counters, that is one shift for the shop.
import { randomUUID } from 'node:crypto'
import { ErrorCodes, type ParsedArgs, type SaleView, type ShiftReport, type ShiftView, type TakingsReport } from '../../../shared/contract'
import { CommandError } from '../commands/registry'
import type { Store } from '../store'
import type { SessionRecord } from '../store/sessions'
import type { ShiftRecord } from '../store/shifts'
import { canonicalTimeZone, localDays } from './days'
import { buildShiftReport, buildTakings, paidItemFromRecord } from './report'

export interface ShiftsDeps {
  store: Store
  /** The SaleView of a stored sale (the sales service's own, so the report shows what the counter shows). */
  saleView: (s: SessionRecord) => Promise<SaleView>
  now: () => number
  newId?: () => string
  /** Zone for the times named in messages; default the process's own. */
  messageTimeZone?: string
}

export function toShiftView(r: ShiftRecord): ShiftView {
  return { shiftId: r.shift_id, openedAt: r.opened_at, closedAt: r.closed_at, openedBy: r.opened_by }
}

export function createShifts(deps: ShiftsDeps) {
  const { store } = deps
  const newId = deps.newId ?? randomUUID
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: deps.messageTimeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short'
  })

  /** The report over the sales created in [openedAt, closedAt ?? now). */
  async function reportFor(r: ShiftRecord): Promise<ShiftReport> {
    const generatedAt = deps.now()
    const sessions = await store.shifts.salesBetween(r.opened_at, r.closed_at ?? generatedAt)
    const sales = await Promise.all(sessions.map((s) => deps.saleView(s)))
    return buildShiftReport(toShiftView(r), sales, generatedAt)
  }

  function alreadyOpen(r: ShiftRecord): CommandError {
    const by = r.opened_by ? ` by ${r.opened_by}` : ''
    const shared = store.engine === 'postgres' ? ' Every counter on this ledger shares that shift.' : ''
    return new CommandError('SHIFT_ALREADY_OPEN', `A shift is already open: it was opened on ${when.format(r.opened_at)}${by}.${shared} Close it (its Z report) before opening a new one.`)
  }

  return {
    /** The open shift's live report, or null. */
    current: async (): Promise<ShiftReport | null> => {
      const r = await store.shifts.current()
      return r ? reportFor(r) : null
    },
    open: async ({ openedBy }: ParsedArgs<'shifts.open'>): Promise<ShiftReport> => {
      const r = await store.shifts.open(newId(), deps.now(), openedBy?.trim() || null)
      if (!r.created) throw alreadyOpen(r.shift)
      return reportFor(r.shift)
    },
    /** Closes the open shift now and returns its final Z report. */
    close: async (): Promise<ShiftReport> => {
      const r = await store.shifts.close(deps.now())
      if (!r) throw new CommandError('NO_OPEN_SHIFT', 'No shift is open, so there is none to close. Open a shift first.')
      return reportFor(r)
    },
    list: async ({ limit }: ParsedArgs<'shifts.list'>): Promise<ShiftView[]> => (await store.shifts.list(limit)).map(toShiftView),
    report: async ({ shiftId }: ParsedArgs<'shifts.report'>): Promise<ShiftReport> => {
      const r = await store.shifts.get(shiftId)
      if (!r) throw new CommandError(ErrorCodes.NOT_FOUND, `There is no shift ${shiftId}.`)
      return reportFor(r)
    },
    /** Paid sales per local day in `timeZone`: today and the days − 1 before it, oldest first; one query for the window. */
    takings: async ({ days, timeZone }: ParsedArgs<'reports.takings'>): Promise<TakingsReport> => {
      let zone: string
      try {
        zone = canonicalTimeZone(timeZone)
      } catch {
        throw new CommandError(ErrorCodes.INVALID_ARGUMENT, `"${timeZone}" is not a time zone this system knows. Use an IANA name such as Europe/Berlin or America/New_York.`)
      }
      const window = localDays(deps.now(), days, zone)
      const rows = await store.shifts.paidSalesBetween(window[0]!.start, window[window.length - 1]!.end)
      return buildTakings(
        zone,
        window,
        rows.map((r) => ({ ...paidItemFromRecord(r), createdAt: r.created_at }))
      )
    }
  }
}
export type Shifts = ReturnType<typeof createShifts>
