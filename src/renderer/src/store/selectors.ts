// Named selectors: components select through these (object picks with useShallow); derived
// values are computed here and memoised on their inputs so React sees stable references.
import type { SaleView } from '../../../shared/contract'
import { addDecimals } from '../../../shared/money'
import { resolveLocale, systemLocale } from '../lib/format'
import { inspectorHref, ledgerHref } from '../lib/route'
import { latePaid, saleDisplayStatus } from '../lib/saleState'
import { assetsOf, counterLocale, networksFor } from './counterSlice'
import type { AppState } from './types'

/** Caches the last result of `fn` for the same inputs (by reference). */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null
  let value: R
  return (...args: A) => {
    if (last && last.length === args.length && last.every((v, i) => Object.is(v, args[i]))) return value
    last = args
    value = fn(...args)
    return value
  }
}

// ---------- app ----------
export const selectRoute = (s: AppState) => s.route
export const selectTheme = (s: AppState) => s.theme
export const selectStream = (s: AppState) => s.stream

/** "The locale": the merchant's (counter.settings.locale) or else the system's; every screen formats money and dates with it. */
export const selectLocale = (s: AppState): string => resolveLocale(s.settings?.locale, systemLocale())

// ---------- health ----------
export const selectHealth = (s: AppState) => s.health
export const selectHealthState = (s: AppState) => ({ health: s.health, status: s.healthStatus, error: s.healthError, stream: s.stream })
export const selectIsEmulator = (s: AppState) => s.health?.mode === 'emulator'
/** The tunnel as the Health strip shows it (null fields until it has loaded). */
export const selectTunnelSummary = (s: AppState) => ({
  state: s.tunnel?.status.state ?? null,
  provider: s.tunnel?.status.provider ?? null,
  publicUrl: s.tunnel?.status.publicUrl ?? null,
  reason: s.tunnel?.status.reason ?? null,
  error: s.tunnel ? null : s.tunnelError
})

// ---------- counter ----------
export const selectSaleForm = (s: AppState) => s.saleForm
export const selectCounterSettingsState = (s: AppState) => ({ settings: s.settings, status: s.settingsStatus, error: s.settingsError })
const assetsMemo = memo(assetsOf)
const networksMemo = memo(networksFor)
export const selectAssets = (s: AppState) => assetsMemo(s.settings)
export const selectNetworks = (s: AppState) => networksMemo(s.settings, s.saleForm.asset)
export const selectChargeState = (s: AppState) => ({ charging: s.charging, chargeError: s.chargeError, amountError: s.amountError, linkOpen: s.linkOpen })
/** The merchant's locale for every amount on the counter (the browser's when none is set). */
export const selectCounterLocale = (s: AppState): string => counterLocale(s.settings)
export const selectEndState = (s: AppState) => ({ endingSaleId: s.endingSaleId, endError: s.endError })
export const selectCurrentSale = (s: AppState): SaleView | null => (s.currentSaleId ? (s.sales[s.currentSaleId] ?? null) : null)
/** The sale whose Link is open. */
export const selectLinkSale = (s: AppState): SaleView | null => (s.linkSaleId ? (s.sales[s.linkSaleId] ?? null) : null)
export const selectCurrentSaleStatus = (s: AppState) => {
  const sale = selectCurrentSale(s)
  return sale ? saleDisplayStatus(sale) : null
}
const shiftMemo = memo((ids: string[], sales: Record<string, SaleView>) => ids.map((id) => sales[id]).filter((v): v is SaleView => !!v))
export const selectShiftSales = (s: AppState) => shiftMemo(s.shiftIds, s.sales)
export const selectShiftState = (s: AppState) => ({ status: s.shiftStatus, error: s.shiftError })

export interface ShiftSummary {
  count: number
  /** Succeeded with the amount charged (an amount mismatch is not counted as paid). */
  paidCount: number
  /** Succeeded, but Mesh reports a different amount: shown apart, never in the paid total. */
  mismatchCount: number
  /** Paid after the counter had ended the sale (cancelled, abandoned, expired): in the paid count and total. */
  lateCount: number
  /** Paid, then refunded by Mesh (or being refunded): shown apart, never in the paid count or total (takings are net). */
  refundedCount: number
  /** Paid total per currency, as decimal text. */
  paid: { currency: string; amount: string }[]
}
const summaryMemo = memo((sales: SaleView[]): ShiftSummary => {
  const byCurrency = new Map<string, string[]>()
  let paidCount = 0
  let mismatchCount = 0
  let lateCount = 0
  let refundedCount = 0
  for (const v of sales) {
    if (v.refund) {
      refundedCount++
      continue
    }
    const late = latePaid(v) !== null
    if (late) lateCount++
    if (v.state !== 'succeeded' && !late) continue
    if (v.amountMismatch) {
      mismatchCount++
      continue
    }
    paidCount++
    const list = byCurrency.get(v.currency) ?? []
    list.push(v.amount)
    byCurrency.set(v.currency, list)
  }
  return { count: sales.length, paidCount, mismatchCount, lateCount, refundedCount, paid: [...byCurrency].map(([currency, amounts]) => ({ currency, amount: addDecimals(amounts) })) }
})
export const selectShiftSummary = (s: AppState) => summaryMemo(selectShiftSales(s))

// ---------- shift and reports ----------
export const selectCurrentShiftState = (s: AppState) => ({ report: s.currentShift, status: s.currentShiftStatus, error: s.currentShiftError })
export const selectShiftAction = (s: AppState) => ({ action: s.shiftAction, error: s.shiftActionError, failed: s.shiftActionFailed })
export const selectZReportState = (s: AppState) => ({ id: s.zReportId, report: s.zReport, status: s.zReportStatus, error: s.zReportError })
export const selectClosedShiftsState = (s: AppState) => ({ shifts: s.closedShifts, status: s.closedShiftsStatus, error: s.closedShiftsError })
export const selectTakingsState = (s: AppState) => ({ report: s.takings, status: s.takingsStatus, error: s.takingsError, view: s.takingsView })

// ---------- ledger ----------
export const selectLedgerFilter = (s: AppState) => s.ledgerFilter
export const selectLedgerFilterEpoch = (s: AppState) => s.ledgerFilterEpoch
/** The Ledger with its current filters: the tab, "Back to ledger" and "Copy link" use it. */
export const selectLedgerHref = (s: AppState): string => ledgerHref(s.ledgerFilter)
/** The Inspector with its verdict filter and open delivery. */
export const selectInspectorHref = (s: AppState): string => inspectorHref({ verdict: s.verdictFilter, delivery: s.selectedDeliveryId })
export const selectLedgerView = (s: AppState) => ({
  rows: s.ledgerRows,
  total: s.ledgerTotal,
  hasMore: s.ledgerCursor !== null,
  status: s.ledgerStatus,
  error: s.ledgerError,
  loadingMore: s.ledgerLoadingMore
})
export const selectExportState = (s: AppState) => ({ progress: s.exportProgress, error: s.exportError })

// ---------- transfer detail ----------
export const selectTransferDetail = (s: AppState) => ({
  id: s.detailId,
  detail: s.detail,
  sale: s.detailSale,
  rejected: s.detailRejected,
  status: s.detailStatus,
  error: s.detailError
})

// ---------- receipt ----------
export const selectReceiptState = (s: AppState) => ({
  id: s.receiptId,
  sale: s.receiptId ? (s.sales[s.receiptId] ?? null) : null,
  status: s.receiptStatus,
  error: s.receiptError
})
export const selectShop = (s: AppState) => s.settings?.shop ?? null

// ---------- inspector ----------
export const selectDeliveriesView = (s: AppState) => ({
  items: s.deliveries,
  total: s.deliveriesTotal,
  hasMore: s.deliveriesCursor !== null,
  status: s.deliveriesStatus,
  error: s.deliveriesError,
  loadingMore: s.deliveriesLoadingMore,
  filter: s.verdictFilter
})
export const selectSelectedDelivery = (s: AppState) => ({
  id: s.selectedDeliveryId,
  delivery: s.selectedDelivery,
  status: s.selectedStatus,
  error: s.selectedError,
  replaying: s.replaying,
  replayResult: s.replayResult,
  replayError: s.replayError
})
/** The Inspector's bulk replay: what is ticked, "select all" in progress, and the run. */
export const selectBulk = (s: AppState) => ({
  selected: s.bulkSelected,
  selecting: s.bulkSelecting,
  info: s.bulkSelectInfo,
  error: s.bulkSelectError,
  run: s.bulkRun
})
export const selectSandbox = (s: AppState) => ({
  faults: s.faultsForm,
  nextSaleFaults: s.nextSaleFaults,
  testOutcome: s.testOutcome,
  testAmount: s.testAmount,
  busy: s.sandboxBusy,
  message: s.sandboxMessage,
  error: s.sandboxError
})

/** Opening the customer display from the top bar. */
export const selectDisplayOpen = (s: AppState) => s.displayOpen
