// The desktop notification of the paid / failed cue, decided here as pure functions (no electron
// import): who may ask (the console's own page, never the customer display nor a Link frame),
// what is shown (three short strings, control characters removed), and one notification per
// tag (a newer one for the same sale replaces the earlier). src/main/index.ts hands in Electron's
// Notification.
import type { IpcRole } from './display'

export interface NotificationRequest {
  title: string
  body: string
  tag: string
}

export const NOTIFICATION_LIMITS = { title: 120, body: 400 } as const
/** Tags the console makes: `countertop-sale-<sessionId>`; anything else of this alphabet is fine. */
const TAG = /^[A-Za-z0-9._:-]{1,100}$/

/** One line of plain text: control characters and runs of white space become one space; at most `max` characters. */
function clean(s: string, max: number): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim()
  const chars = [...t]
  return chars.length <= max ? t : `${chars.slice(0, max - 1).join('')}…`
}

/**
 * What a sender may have shown, or null: only the console's page may notify, and only
 * `{title, body, tag}` with a non-empty title and a tag of letters, digits and `._:-`.
 */
export function notificationFor(role: IpcRole | null, raw: unknown): NotificationRequest | null {
  if (role !== 'console' || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  const { title, body, tag } = raw as Record<string, unknown>
  if (typeof title !== 'string' || typeof body !== 'string' || typeof tag !== 'string' || !TAG.test(tag)) return null
  const t = clean(title, NOTIFICATION_LIMITS.title)
  if (!t) return null
  return { title: t, body: clean(body, NOTIFICATION_LIMITS.body), tag }
}

/** The part of Electron's Notification used here. */
export interface NotificationLike {
  show(): void
  close(): void
  on(event: 'click' | 'close', listener: () => void): unknown
}

export interface NotifierDeps {
  isSupported(): boolean
  create(options: { title: string; body: string; silent: true }): NotificationLike
  /** A click on a notification (bring the console forward). */
  onClick?(): void
  /** How many shown notifications are kept referenced (so the OS can still deliver their clicks). */
  keep?: number
}

/**
 * Shows notifications silently (the console plays its own sound), one per tag: showing a tag
 * again closes the earlier one. Answers whether it showed anything.
 */
export function createNotifier(deps: NotifierDeps): { show(req: NotificationRequest): boolean; size(): number } {
  const keep = deps.keep ?? 20
  const shown = new Map<string, NotificationLike>()
  return {
    show(req) {
      if (!deps.isSupported()) return false
      const earlier = shown.get(req.tag)
      if (earlier) {
        shown.delete(req.tag)
        earlier.close()
      }
      const n = deps.create({ title: req.title, body: req.body, silent: true })
      n.on('close', () => {
        if (shown.get(req.tag) === n) shown.delete(req.tag)
      })
      if (deps.onClick) n.on('click', deps.onClick)
      shown.set(req.tag, n)
      // Forget (not close) the oldest beyond `keep`: the OS still shows them.
      for (const tag of shown.keys()) {
        if (shown.size <= keep) break
        shown.delete(tag)
      }
      n.show()
      return true
    },
    size: () => shown.size
  }
}
