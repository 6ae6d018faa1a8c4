import { createHttpBridge } from './http'
import { createIpcBridge } from './ipc'
import type { Bridge } from './types'

export type { Bridge, StreamState } from './types'

const TOKEN_KEY = 'countertop.token'
/** The customer display keeps its own (display-only) token apart from the console's. */
export const DISPLAY_TOKEN_KEY = 'countertop.displayToken'

/** Takes ?token= from the URL once, keeps it for the tab, and removes it from the address bar. */
export function takeToken(loc: Location = window.location, storage: Storage = window.sessionStorage, key: string = TOKEN_KEY): string | null {
  const url = new URL(loc.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    storage.setItem(key, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return storage.getItem(key)
}

/**
 * IPC when the Electron preload exposed `window.countertop`; otherwise HTTP + WebSocket with
 * the token from ?token= (kept in sessionStorage). Null when neither is available.
 */
export function pickBridge(win: Window = window, tokenKey: string = TOKEN_KEY): Bridge | null {
  if (win.countertop && typeof win.countertop.invoke === 'function') return createIpcBridge(win.countertop)
  const token = takeToken(win.location, win.sessionStorage, tokenKey)
  return token ? createHttpBridge(token, { origin: win.location.origin }) : null
}
