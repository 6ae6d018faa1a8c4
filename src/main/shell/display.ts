// The customer display window's decisions, as pure functions (no electron import): which screen
// it goes on, which page it loads, and what a frame of that page may call and hear over IPC.
import { DISPLAY_COMMANDS, DISPLAY_EVENTS } from '../../shared/contract'
import { isTrustedIpcSender, type PolicyContext } from './policy'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What Electron's screen module says of one display (the fields we use). */
export interface ScreenInfo {
  id: number
  bounds: Rect
  workArea: Rect
}

export interface DisplayPlacement {
  displayId: number
  bounds: Rect
  /** Full screen on a screen of its own; a normal window when it has to share the cashier's. */
  fullscreen: boolean
}

/** The window size when the display shares the only screen (fits a 1024×768 screen). */
export const SHARED_SCREEN_SIZE = { width: 1024, height: 700 } as const

/**
 * Where the customer display goes: full screen on a screen other than the primary one (the
 * cashier's) when there is one — the largest, then the first listed — otherwise a window centred
 * in the primary screen's work area, no larger than it.
 */
export function displayWindowPlacement(screens: readonly ScreenInfo[], primaryId: number): DisplayPlacement {
  const others = screens.filter((s) => s.id !== primaryId)
  if (others.length > 0) {
    const best = others.reduce((a, b) => (b.bounds.width * b.bounds.height > a.bounds.width * a.bounds.height ? b : a))
    return { displayId: best.id, bounds: { ...best.bounds }, fullscreen: true }
  }
  const primary = screens.find((s) => s.id === primaryId) ?? screens[0]
  if (!primary) return { displayId: primaryId, bounds: { x: 0, y: 0, ...SHARED_SCREEN_SIZE }, fullscreen: false }
  const area = primary.workArea
  const width = Math.min(SHARED_SCREEN_SIZE.width, area.width)
  const height = Math.min(SHARED_SCREEN_SIZE.height, area.height)
  return {
    displayId: primary.id,
    bounds: { x: area.x + Math.floor((area.width - width) / 2), y: area.y + Math.floor((area.height - height) / 2), width, height },
    fullscreen: false
  }
}

/** The display page beside the console's index.html (app://countertop/display.html, or the dev server's). */
export function displayPageUrl(ctx: PolicyContext): string {
  return new URL('display.html', ctx.appUrl).href
}

export type IpcRole = 'console' | 'display'

/** Who an IPC sender is: the console, the customer display page, or nobody we answer. */
export function ipcRole(sender: { url: string | null | undefined; isMainFrame: boolean }, ctx: PolicyContext): IpcRole | null {
  if (!isTrustedIpcSender(sender, ctx)) return null
  const path = new URL(sender.url!).pathname
  return path === new URL(displayPageUrl(ctx)).pathname ? 'display' : 'console'
}

/** The display page may call only DISPLAY_COMMANDS (display.get); the console anything. */
export function ipcMayInvoke(role: IpcRole, command: string): boolean {
  return role === 'console' || DISPLAY_COMMANDS.includes(command)
}

/** The events forwarded to the display window: DISPLAY_EVENTS only. */
export function forwardsToDisplay(event: string): boolean {
  return DISPLAY_EVENTS.includes(event)
}
