import { createHttpBridge } from './http'
import { createIpcBridge } from './ipc'
import type { Bridge } from './types'

export type { Bridge, StreamState } from './types'

const TOKEN_KEY = 'countertop.token'

/** Takes ?token= from the URL once, keeps it for the tab, and removes it from the address bar. */
export function takeToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const url = new URL(loc.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return storage.getItem(TOKEN_KEY)
}

/**
 * IPC when the Electron preload exposed `window.countertop`; otherwise HTTP + WebSocket with
 * the token from ?token= (kept in sessionStorage). Null when neither is available.
 */
export function pickBridge(win: Window = window): Bridge | null {
  if (win.countertop && typeof win.countertop.invoke === 'function') return createIpcBridge(win.countertop)
  const token = takeToken(win.location, win.sessionStorage)
  return token ? createHttpBridge(token, { origin: win.location.origin }) : null
}
