import { parseRoute, type Route } from '../lib/route'
import type { Slice, StreamState } from './types'

export type Theme = 'light' | 'dark'

export interface UiSlice {
  route: Route
  /** An explicit choice; null follows prefers-color-scheme. */
  theme: Theme | null
  stream: StreamState
  setRoute(hash: string): void
  setTheme(theme: Theme | null): void
  setStream(state: StreamState): void
}

export const createUiSlice: Slice<UiSlice> = (set) => ({
  route: { name: 'counter' },
  theme: null,
  stream: 'connecting',
  setRoute: (hash) => set({ route: parseRoute(hash) }),
  setTheme: (theme) => set({ theme }),
  setStream: (stream) => set({ stream })
})
