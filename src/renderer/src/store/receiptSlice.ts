// The receipt screen's sale: loaded with sales.get into the shared `sales` map, so live
// sale.updated events keep it current (a pending sale's receipt appears when it is paid).
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface ReceiptSlice {
  receiptId: string | null
  receiptStatus: LoadStatus
  receiptError: string | null
  loadReceipt(sessionId: string): Promise<void>
}

export const createReceiptSlice =
  (deps: StoreDeps): Slice<ReceiptSlice> =>
  (set, get) => ({
    receiptId: null,
    receiptStatus: 'idle',
    receiptError: null,
    async loadReceipt(sessionId) {
      // A sale the console already holds shows at once; the reply refreshes it.
      const known = get().sales[sessionId] !== undefined
      set({ receiptId: sessionId, receiptStatus: known ? 'ready' : 'loading', receiptError: null })
      const r = await deps.bridge.invoke('sales.get', { sessionId })
      if (get().receiptId !== sessionId) return
      if (r.ok) {
        get().applySales([r.value])
        set({ receiptStatus: 'ready', receiptError: null })
      } else if (!known) set({ receiptStatus: 'error', receiptError: r.error.code === 'NOT_FOUND' ? `There is no sale ${sessionId}: check the link.` : r.error.message })
    }
  })
