// Starts the console once, outside React: picks the bridge, builds the store, subscribes to the
// live event stream (batched per animation frame into the store), follows the hash route and
// the theme. Components only select from the store.
import { pickBridge, type Bridge } from './bridge'
import { createMeshLinkLauncher, preloadMeshLink } from './features/counter/meshLink'
import type { Scheduler } from './lib/batcher'
import { attachCues, audioCues, browserNotify } from './lib/cues'
import { isFinalSale } from './lib/saleState'
import { connectEvents, loadForRoute, loadShell } from './live'
import { createAppStore, type AppStore } from './store'
import type { Theme } from './store/uiSlice'

const THEME_KEY = 'countertop.theme'

/** rAF while visible; a timer when the tab is hidden (rAF does not run there). */
const frameScheduler: Scheduler = (cb) => (document.hidden ? setTimeout(cb, 250) : requestAnimationFrame(() => cb()))

function readTheme(): Theme | null {
  try {
    const t = localStorage.getItem(THEME_KEY)
    return t === 'light' || t === 'dark' ? t : null
  } catch {
    return null
  }
}

export interface Started {
  store: AppStore
  bridge: Bridge
  stop(): void
}

export function bootstrap(win: Window = window): Started | null {
  const bridge = pickBridge(win)
  if (!bridge) return null
  // Filters write the hash with replaceState: no hashchange, no history entry per keystroke.
  const url = {
    replace(hash: string) {
      if (win.location.hash !== hash) win.history.replaceState(win.history.state, '', hash)
    }
  }
  const store = createAppStore({ bridge, link: createMeshLinkLauncher(), now: () => Date.now(), url })
  const s = store.getState()

  // Theme: an explicit choice is kept; otherwise prefers-color-scheme decides (CSS).
  s.setTheme(readTheme())
  const applyTheme = (t: Theme | null) => {
    if (t) document.documentElement.dataset.theme = t
    else delete document.documentElement.dataset.theme
  }
  applyTheme(store.getState().theme)

  // Route.
  s.setRoute(win.location.hash)
  const onHash = () => store.getState().setRoute(win.location.hash)
  win.addEventListener('hashchange', onHash)

  const unsubStore = store.subscribe((next, prev) => {
    if (next.theme !== prev.theme) {
      applyTheme(next.theme)
      try {
        if (next.theme) localStorage.setItem(THEME_KEY, next.theme)
        else localStorage.removeItem(THEME_KEY)
      } catch {
        /* storage unavailable */
      }
    }
    if (next.route !== prev.route) loadForRoute(store)
  })

  // Paid / failed cues: a sound, and an OS notification when the console is not focused. The
  // desktop shell may offer its own notifier through the preload; the browser's otherwise.
  const shellNotify = win.countertop?.notify
  const stopCues = attachCues(store, {
    play: (kind) => audioCues.play(kind),
    notify: (cue) => (typeof shellNotify === 'function' ? shellNotify({ title: cue.title, body: cue.body, tag: `countertop-sale-${cue.sessionId}` }) : browserNotify(cue)),
    hasFocus: () => win.document.hasFocus()
  })

  // Live events: batched per animation frame.
  const disconnect = connectEvents(store, bridge, frameScheduler)

  // First loads.
  loadShell(store)
  void s.loadCounterSettings()
  loadForRoute(store)
  // The SDK is a separate chunk: fetch it once the console has settled, so Charge opens Link at once.
  const preload = setTimeout(preloadMeshLink, 1_000)

  // Slow refreshes: health (receiver state), and an unfinished sale (the server may expire it).
  const healthTimer = setInterval(() => void store.getState().loadHealth(), 30_000)
  const saleTimer = setInterval(() => {
    const st = store.getState()
    const sale = st.currentSaleId ? st.sales[st.currentSaleId] : undefined
    if (sale && !isFinalSale(sale.state)) void st.refreshSale(sale.sessionId)
  }, 15_000)

  return {
    store,
    bridge,
    stop() {
      disconnect()
      unsubStore()
      stopCues()
      win.removeEventListener('hashchange', onHash)
      clearTimeout(preload)
      clearInterval(healthTimer)
      clearInterval(saleTimer)
    }
  }
}
