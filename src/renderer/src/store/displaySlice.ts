// Opening the customer display from the console: the app opens its own window, or (headless) the
// console opens the display page, whose URL carries only the display's token.
import type { Slice, StoreDeps } from './types'

export interface DisplaySlice {
  displayOpen: { status: 'idle' | 'opening' | 'error'; error: string | null }
  /** Opens the customer display; `openWindow` opens a URL the host handed back (headless), e.g. with window.open. */
  openCustomerDisplay(openWindow: (url: string) => void): Promise<void>
}

export const createDisplaySlice =
  (deps: StoreDeps): Slice<DisplaySlice> =>
  (set) => ({
    displayOpen: { status: 'idle', error: null },
    async openCustomerDisplay(openWindow) {
      set({ displayOpen: { status: 'opening', error: null } })
      const r = await deps.bridge.invoke('display.open', {})
      if (!r.ok) {
        set({ displayOpen: { status: 'error', error: r.error.message } })
        return
      }
      if (r.value.url) openWindow(r.value.url)
      set({ displayOpen: { status: 'idle', error: null } })
    }
  })
