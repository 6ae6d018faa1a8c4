// The customer display's store: the last DisplayView, and whether the live stream is up. Filled
// outside React (connectDisplay); the screen only selects.
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { DisplayView } from '../../../shared/contract'
import type { Bridge, StreamState } from '../bridge'

export interface DisplayStoreState {
  view: DisplayView | null
  status: 'loading' | 'ready' | 'error'
  error: string | null
  stream: StreamState
}

export type DisplayStore = StoreApi<DisplayStoreState>

export function createDisplayStore(initial: Partial<DisplayStoreState> = {}): DisplayStore {
  return createStore<DisplayStoreState>(() => ({ view: null, status: 'loading', error: null, stream: 'connecting', ...initial }))
}

/** Keeps the newer of two views (a display.get answer may cross a display.updated event). */
export function newerView(current: DisplayView | null, next: DisplayView): DisplayView {
  return current && current.updatedAt > next.updatedAt ? current : next
}

/**
 * Loads the view, then follows display.updated; after a reconnect it loads again (events sent
 * while the stream was down are not replayed). Returns the unsubscribe function.
 */
export function connectDisplay(store: DisplayStore, bridge: Bridge): () => void {
  const load = async () => {
    const r = await bridge.invoke('display.get', {})
    if (r.ok) store.setState((s) => ({ view: newerView(s.view, r.value), status: 'ready', error: null }))
    else store.setState({ status: 'error', error: r.error.message })
  }
  let everOpen = false
  const unsubscribe = bridge.subscribe(
    (msg) => {
      if (msg.type === 'display.updated') store.setState((s) => ({ view: newerView(s.view, msg.payload as DisplayView), status: 'ready', error: null }))
    },
    (state) => {
      store.setState({ stream: state })
      if (state === 'open' && everOpen) void load()
      if (state === 'open') everOpen = true
    }
  )
  void load()
  return unsubscribe
}
