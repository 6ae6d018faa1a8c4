// Makes the Web Link SDK's overlay (#mesh-link-popup, appended to <body>) a real modal: the rest
// of the page is `inert`, focus moves into the overlay and Tab / Shift+Tab cycle inside it, and
// Escape (pressed anywhere in our own document) asks to close Link. The overlay also gets a host
// element for the counter's bar (the sale, its amounts, Cancel sale), rendered by React through a
// portal. Keys pressed inside Link's iframe never reach this document (it is cross-origin): the
// Link page itself must turn Escape into the SDK's `close` message, which ends in onExit.

export const LINK_POPUP_ID = 'mesh-link-popup'
export const LINK_IFRAME_ID = 'mesh-link-popup__iframe'
const BACKDROP_ID = 'mesh-link-popup__backdrop'
export const LINK_BAR_ID = 'countertop-link-bar'

// ---------- the bar's host, for React (useSyncExternalStore) ----------

let barHost: HTMLElement | null = null
const hostListeners = new Set<() => void>()

function setBarHost(el: HTMLElement | null): void {
  barHost = el
  for (const l of hostListeners) l()
}
export const getLinkBarHost = (): HTMLElement | null => barHost
export function subscribeLinkBarHost(listener: () => void): () => void {
  hostListeners.add(listener)
  return () => void hostListeners.delete(listener)
}

// ---------- the trap ----------

export interface LinkModal {
  /** Undoes everything (inert, listeners, focus guards); safe to call twice. */
  release(): void
}

function sentinel(doc: Document, edge: 'start' | 'end'): HTMLElement {
  const s = doc.createElement('span')
  s.tabIndex = 0
  s.dataset.linkSentinel = edge
  s.className = 'link-sentinel'
  s.setAttribute('aria-hidden', 'true')
  return s
}

/**
 * Traps focus in the SDK's overlay while it exists. Returns null when there is no overlay (the
 * SDK refused the token and never drew one).
 */
export function trapLinkOverlay(doc: Document, onEscape: () => void): LinkModal | null {
  const overlay = doc.getElementById(LINK_POPUP_ID)
  if (!overlay) return null
  const iframe = doc.getElementById(LINK_IFRAME_ID) as HTMLIFrameElement | null

  // Everything else on the page: #root and anything else beside the overlay.
  const background = [...doc.body.children].filter((el): el is HTMLElement => el !== overlay && !el.contains(overlay) && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName))
  const wasInert = background.map((el) => el.inert)
  for (const el of background) el.inert = true

  // [start sentinel][our bar][backdrop][Link's iframe][end sentinel]: Tab from the end wraps to
  // the bar, Shift+Tab from the start wraps to the iframe (whose last control comes next).
  const host = doc.createElement('div')
  host.id = LINK_BAR_ID
  host.tabIndex = -1
  host.setAttribute('role', 'group')
  host.setAttribute('aria-label', 'Sale at the counter')
  const start = sentinel(doc, 'start')
  const end = sentinel(doc, 'end')
  overlay.insertBefore(host, overlay.firstChild)
  overlay.insertBefore(start, host)
  overlay.appendChild(end)

  const focusBar = () => host.focus({ preventScroll: true })
  const onStart = () => {
    if (iframe) iframe.focus({ preventScroll: true })
    else focusBar()
  }
  const onEnd = () => focusBar()
  start.addEventListener('focus', onStart)
  end.addEventListener('focus', onEnd)

  // Escape from anywhere in our document while Link is open (focus on the bar, a sentinel, or
  // nowhere); capture, so nothing in the page can swallow it first.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return
    e.preventDefault()
    e.stopPropagation()
    onEscape()
  }
  doc.addEventListener('keydown', onKey, true)

  // Focus that lands outside the overlay (it should not: the rest is inert) comes back to the bar.
  const onFocusIn = (e: FocusEvent) => {
    const t = e.target as Node | null
    if (t && !overlay.contains(t)) focusBar()
  }
  doc.addEventListener('focusin', onFocusIn, true)
  // A click on the dimmed backdrop keeps focus where it was rather than dropping it on <body>.
  const onPointerDown = (e: MouseEvent) => {
    const t = e.target as HTMLElement | null
    if (t === overlay || t?.id === BACKDROP_ID) e.preventDefault()
  }
  overlay.addEventListener('mousedown', onPointerDown)

  setBarHost(host)
  focusBar()

  let released = false
  return {
    release() {
      if (released) return
      released = true
      doc.removeEventListener('keydown', onKey, true)
      doc.removeEventListener('focusin', onFocusIn, true)
      overlay.removeEventListener('mousedown', onPointerDown)
      start.remove()
      end.remove()
      host.remove()
      background.forEach((el, i) => (el.inert = wasInert[i] ?? false))
      if (barHost === host) setBarHost(null)
    }
  }
}
