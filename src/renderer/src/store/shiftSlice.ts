// Shifts: the open shift's live report, opening and closing it, the Z report on screen and the
// closed shifts. Live sale events refresh the open shift (debounced) while the Shift screen shows.
import type { ErrorCode, SaleView, ShiftReport, ShiftView } from '../../../shared/contract'
import type { LoadStatus, Slice, StoreDeps } from './types'

/** Quiet time after the last sale event before the open shift is fetched again. */
export const SHIFT_REFRESH_DEBOUNCE_MS = 400
/** A steady stream of events still refreshes at least this often. */
export const SHIFT_REFRESH_MAX_WAIT_MS = 2_000
export const CLOSED_SHIFTS_LIMIT = 50

export interface ShiftSlice {
  /** The open shift's live report; null when no shift is open. */
  currentShift: ShiftReport | null
  currentShiftStatus: LoadStatus
  currentShiftError: string | null
  shiftAction: 'opening' | 'closing' | null
  shiftActionError: string | null
  /** Which action shiftActionError belongs to (the form shows opening's, the dialog closing's). */
  shiftActionFailed: 'opening' | 'closing' | null
  /** The Z report on screen: the one just closed, or one opened from the list. */
  zReport: ShiftReport | null
  zReportId: string | null
  zReportStatus: LoadStatus
  zReportError: string | null
  /** Closed shifts, newest first. */
  closedShifts: ShiftView[]
  closedShiftsStatus: LoadStatus
  closedShiftsError: string | null

  /** Loads the open shift and the closed ones. */
  loadShift(): Promise<void>
  /** Fetches the open shift again without a loading state (live counts). */
  refreshCurrentShift(): Promise<void>
  loadClosedShifts(): Promise<void>
  openShift(openedBy: string): Promise<boolean>
  /** Closes the open shift; its Z report goes on screen. */
  closeShift(): Promise<boolean>
  viewShiftReport(shiftId: string): Promise<void>
  dismissShiftReport(): void
  clearShiftError(): void
  /** Sale events: refresh the open shift soon if one of them belongs to it. */
  noteShiftSales(batch: readonly SaleView[]): void
}

const byNewest = (a: ShiftView, b: ShiftView) => b.openedAt - a.openedAt || (a.shiftId < b.shiftId ? 1 : -1)

export const createShiftSlice =
  (deps: StoreDeps): Slice<ShiftSlice> =>
  (set, get) => {
    // Bumped by every open/close: a refresh sent before one of them must not undo it.
    let generation = 0
    let refreshSeq = 0
    let reportSeq = 0
    let timer: ReturnType<typeof setTimeout> | null = null
    let firstPendingAt: number | null = null

    const cancelRefresh = () => {
      if (timer) clearTimeout(timer)
      timer = null
      firstPendingAt = null
    }

    const scheduleRefresh = () => {
      const now = deps.now()
      firstPendingAt ??= now
      const wait = Math.max(0, Math.min(SHIFT_REFRESH_DEBOUNCE_MS, firstPendingAt + SHIFT_REFRESH_MAX_WAIT_MS - now))
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        firstPendingAt = null
        void get().refreshCurrentShift()
      }, wait)
    }

    const fetchCurrent = async (quiet: boolean) => {
      const gen = generation
      const seq = ++refreshSeq
      if (!quiet) set({ currentShiftStatus: get().currentShiftStatus === 'ready' ? 'ready' : 'loading', currentShiftError: null })
      const r = await deps.bridge.invoke('shifts.current', {})
      if (gen !== generation || seq !== refreshSeq) return
      if (r.ok) set({ currentShift: r.value, currentShiftStatus: 'ready', currentShiftError: null })
      else if (!quiet || get().currentShiftStatus !== 'ready') set({ currentShiftStatus: 'error', currentShiftError: r.error.message })
    }

    return {
      currentShift: null,
      currentShiftStatus: 'idle',
      currentShiftError: null,
      shiftAction: null,
      shiftActionError: null,
      shiftActionFailed: null,
      zReport: null,
      zReportId: null,
      zReportStatus: 'idle',
      zReportError: null,
      closedShifts: [],
      closedShiftsStatus: 'idle',
      closedShiftsError: null,

      async loadShift() {
        await Promise.all([fetchCurrent(false), get().loadClosedShifts()])
      },

      refreshCurrentShift: () => fetchCurrent(true),

      async loadClosedShifts() {
        set({ closedShiftsStatus: get().closedShiftsStatus === 'ready' ? 'ready' : 'loading', closedShiftsError: null })
        const r = await deps.bridge.invoke('shifts.list', { limit: CLOSED_SHIFTS_LIMIT })
        if (r.ok) set({ closedShifts: r.value.filter((s) => s.closedAt !== null).sort(byNewest), closedShiftsStatus: 'ready' })
        else set({ closedShiftsStatus: 'error', closedShiftsError: r.error.message })
      },

      async openShift(openedBy) {
        if (get().shiftAction) return false
        set({ shiftAction: 'opening', shiftActionError: null, shiftActionFailed: null })
        const name = openedBy.trim()
        const r = await deps.bridge.invoke('shifts.open', name ? { openedBy: name } : {})
        if (!r.ok) {
          set({ shiftAction: null, shiftActionError: r.error.message, shiftActionFailed: 'opening' })
          // Another counter opened one meanwhile: show it.
          if ((r.error.code as ErrorCode) === 'SHIFT_ALREADY_OPEN') void fetchCurrent(true)
          return false
        }
        generation++
        cancelRefresh()
        set({ shiftAction: null, currentShift: r.value, currentShiftStatus: 'ready', currentShiftError: null })
        return true
      },

      async closeShift() {
        if (get().shiftAction) return false
        set({ shiftAction: 'closing', shiftActionError: null, shiftActionFailed: null })
        const r = await deps.bridge.invoke('shifts.close', {})
        if (!r.ok) {
          set({ shiftAction: null, shiftActionError: r.error.message, shiftActionFailed: 'closing' })
          if ((r.error.code as ErrorCode) === 'NO_OPEN_SHIFT') void fetchCurrent(true)
          return false
        }
        generation++
        reportSeq++
        cancelRefresh()
        const report = r.value
        set({
          shiftAction: null,
          currentShift: null,
          currentShiftStatus: 'ready',
          zReport: report,
          zReportId: report.shift.shiftId,
          zReportStatus: 'ready',
          zReportError: null,
          closedShifts: [report.shift, ...get().closedShifts.filter((s) => s.shiftId !== report.shift.shiftId)].sort(byNewest)
        })
        void get().loadClosedShifts()
        return true
      },

      async viewShiftReport(shiftId) {
        const seq = ++reportSeq
        set({ zReportId: shiftId, zReport: get().zReport?.shift.shiftId === shiftId ? get().zReport : null, zReportStatus: 'loading', zReportError: null })
        const r = await deps.bridge.invoke('shifts.report', { shiftId })
        if (seq !== reportSeq) return
        if (r.ok) set({ zReport: r.value, zReportStatus: 'ready' })
        else set({ zReportStatus: 'error', zReportError: r.error.message })
      },

      dismissShiftReport() {
        reportSeq++
        set({ zReport: null, zReportId: null, zReportStatus: 'idle', zReportError: null })
      },

      clearShiftError() {
        set({ shiftActionError: null, shiftActionFailed: null })
      },

      noteShiftSales(batch) {
        const cur = get().currentShift
        if (!cur || cur.shift.closedAt !== null || get().route.name !== 'shift') return
        if (batch.some((v) => v.createdAt >= cur.shift.openedAt)) scheduleRefresh()
      }
    }
  }
