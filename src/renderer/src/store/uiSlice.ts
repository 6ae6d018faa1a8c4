import { parseRoute, type Route } from '../lib/route'
import type { Slice, StreamState } from './types'

export type Theme = 'light' | 'dark'

export interface UiSlice {
  route: Route
  /** An explicit choice; null follows prefers-color-scheme. */
  theme: Theme | null
  stream: StreamState
  /** Follows the address bar: the route, and the Ledger's or Inspector's filters it carries. */
  setRoute(hash: string): void
  setTheme(theme: Theme | null): void
  setStream(state: StreamState): void
}

export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  route: { name: 'counter' },
  theme: null,
  stream: 'connecting',
  setRoute: (hash) => {
    const route = parseRoute(hash)
    // The URL's filters first, so whatever the new route loads, it loads them.
    if (route.name === 'ledger') get().applyLedgerRoute(route.filter)
    else if (route.name === 'inspector') get().applyInspectorRoute(route.view)
    set({ route })
  },
  setTheme: (theme) => set({ theme }),
  setStream: (stream) => set({ stream })
})
