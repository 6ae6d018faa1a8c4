import { createHttpBridge, takeToken } from './http'
import { createIpcBridge } from './ipc'
import type { Bridge } from './types'

export type { Bridge, StreamState } from './types'

/**
 * IPC when the Electron preload exposed `window.countertop`; otherwise HTTP + WebSocket with
 * the token from ?token= (kept in sessionStorage). Null when neither is available.
 */
export function pickBridge(win: Window = window): Bridge | null {
  if (win.countertop && typeof win.countertop.invoke === 'function') return createIpcBridge(win.countertop)
  const token = takeToken(win.location, win.sessionStorage)
  return token ? createHttpBridge(token) : null
}
