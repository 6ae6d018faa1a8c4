import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { AppState, AppStore } from './index'
import { selectLocale } from './selectors'

const StoreContext = createContext<AppStore | null>(null)

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore outside <StoreProvider>')
  return store
}

/** Selects a value (compared with Object.is). */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector)
}

/** Selects an object or array of values (compared shallowly). */
export function useAppShallow<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), useShallow(selector))
}

/** The store's actions (stable functions); read without subscribing. */
export function useActions(): AppState {
  return useAppStore().getState()
}

/** The locale every number and date on screen is formatted in (see selectLocale). */
export function useLocale(): string {
  return useApp(selectLocale)
}
