import type { DeliveryRow, SaleView, TransferDetail, TransferRow } from '../../../shared/contract'
import { claimedIds } from '../lib/deliveries'
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface TransferSlice {
  detailId: string | null
  detail: TransferDetail | null
  detailSale: SaleView | null
  /** Rejected deliveries whose unverified body names this transfer. */
  detailRejected: DeliveryRow[]
  detailStatus: LoadStatus
  detailError: string | null
  openTransfer(transferId: string): Promise<void>
  refreshTransfer(): Promise<void>
  /** Live changes: reload the open transfer when a batch touches it. */
  noteTransferChanges(transfers: readonly TransferRow[], deliveries: readonly DeliveryRow[], sales: readonly SaleView[]): void
}

export const createTransferSlice =
  (deps: StoreDeps): Slice<TransferSlice> =>
  (set, get) => {
    let inFlight: Promise<void> | null = null
    let again = false
    let remeasure = 0
    const load = async (transferId: string, quiet: boolean) => {
      if (!quiet) set({ detailStatus: 'loading', detailError: null })
      const d = await deps.bridge.invoke('ledger.get', { transferId })
      if (get().detailId !== transferId) return
      if (!d.ok) {
        set({ detailStatus: 'error', detailError: d.error.message, detail: null, detailSale: null })
        return
      }
      let sale: SaleView | null = null
      const sessionId = d.value.transfer.sessionId
      if (sessionId) {
        const s = await deps.bridge.invoke('sales.get', { sessionId })
        if (s.ok) {
          sale = s.value
          get().applySales([s.value])
        }
      }
      if (get().detailId !== transferId) return
      // The core found these by the TransferId their bodies claim (indexed, however old).
      const rejected = d.value.rejected
      set({ detail: d.value, detailSale: sale, detailRejected: rejected, detailStatus: 'ready', detailError: null })
      // Our time to answer is written shortly after the reply (and not announced): look again
      // for recent attempts that were not measured yet.
      const now = deps.now()
      const unmeasured = d.value.events.some((e) => e.deliveries.some((x) => x.answerMs === null && now - x.receivedAt < 15_000))
      if (unmeasured && remeasure < 5) {
        remeasure++
        setTimeout(() => {
          if (get().detailId === transferId) void reload(true)
        }, 500)
      } else if (!unmeasured) remeasure = 0
    }
    const reload = (quiet: boolean): Promise<void> => {
      const id = get().detailId
      if (!id) return Promise.resolve()
      if (inFlight) {
        again = true
        return inFlight
      }
      inFlight = load(id, quiet).finally(() => {
        inFlight = null
        if (again) {
          again = false
          void reload(true)
        }
      })
      return inFlight
    }
    return {
      detailId: null,
      detail: null,
      detailSale: null,
      detailRejected: [],
      detailStatus: 'idle',
      detailError: null,
      async openTransfer(transferId) {
        if (get().detailId !== transferId) set({ detailId: transferId, detail: null, detailSale: null, detailRejected: [] })
        remeasure = 0
        again = false
        if (inFlight) {
          await inFlight
        }
        await reload(false)
      },
      refreshTransfer: () => reload(true),
      noteTransferChanges(transfers, deliveries, sales) {
        const id = get().detailId
        if (!id || get().route.name !== 'transfer') return
        const sessionId = get().detail?.transfer.sessionId
        const touched =
          transfers.some((t) => t.transferId === id) ||
          deliveries.some((d) => d.transferId === id || (d.transferId === null && claimedIds(d).transferId === id)) ||
          (sessionId != null && sales.some((s) => s.sessionId === sessionId))
        if (touched) void reload(true)
      }
    }
  }
