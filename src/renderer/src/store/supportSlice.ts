// The Transfer page's support bundle: asks the core for the file, hands it to a save function
// (a download in the browser), and says so when either fails.
import type { Slice, StoreDeps } from './types'

export interface SupportBundleState {
  status: 'idle' | 'preparing' | 'saved' | 'error'
  /** The transfer the state is about (a bundle for another transfer does not show here). */
  transferId: string | null
  fileName: string | null
  error: string | null
}

export interface SupportSlice {
  supportBundle: SupportBundleState
  /** Builds the transfer's support bundle and saves it with `save(fileName, html)`. */
  downloadSupportBundle(transferId: string, save: (fileName: string, html: string) => void): Promise<void>
}

export const createSupportSlice =
  (deps: StoreDeps): Slice<SupportSlice> =>
  (set, get) => ({
    supportBundle: { status: 'idle', transferId: null, fileName: null, error: null },
    async downloadSupportBundle(transferId, save) {
      if (get().supportBundle.status === 'preparing' && get().supportBundle.transferId === transferId) return
      set({ supportBundle: { status: 'preparing', transferId, fileName: null, error: null } })
      const r = await deps.bridge.invoke('support.bundle', { transferId })
      if (get().supportBundle.transferId !== transferId) return
      if (!r.ok) {
        set({ supportBundle: { status: 'error', transferId, fileName: null, error: `Could not make the support bundle: ${r.error.message}` } })
        return
      }
      try {
        save(r.value.fileName, r.value.html)
        set({ supportBundle: { status: 'saved', transferId, fileName: r.value.fileName, error: null } })
      } catch (err) {
        set({ supportBundle: { status: 'error', transferId, fileName: null, error: `The support bundle was made but could not be saved: ${(err as Error).message}` } })
      }
    }
  })
