// Starts the console once, outside React: picks the bridge, builds the store, subscribes to the
// live event stream (batched per animation frame into the store), follows the hash route and
// the theme. Components only select from the store.
import { pickBridge, type Bridge } from './bridge'
import { createMeshLinkLauncher, preloadMeshLink } from './features/counter/meshLink'
import { createBatcher, type EventBatch, type Scheduler } from './lib/batcher'
import { createAppStore, type AppStore } from './store'
import type { Theme } from './store/uiSlice'

const THEME_KEY = 'countertop.theme'

/** Hands a batch to every slice that cares. */
export function deliverBatch(store: AppStore, batch: EventBatch): void {
  const s = store.getState()
  if (batch.sales.length) s.applySales(batch.sales)
  if (batch.transfers.length) s.applyTransferUpdates(batch.transfers)
  if (batch.deliveries.length) {
    s.applyDeliveries(batch.deliveries)
    s.noteDeliveries(batch.deliveries)
  }
  s.noteTransferChanges(batch.transfers, batch.deliveries, batch.sales)
  if (batch.tunnel) s.applyTunnelStatus(batch.tunnel)
}

/** Loads what the current screen shows (first visit, or again after a reconnect). */
export function loadForRoute(store: AppStore, force = false): void {
  const s = store.getState()
  switch (s.route.name) {
    case 'ledger':
      if (force || s.ledgerStatus === 'idle') void s.loadLedger()
      break
    case 'inspector':
      if (force || s.deliveriesStatus === 'idle') void s.loadDeliveries()
      break
    case 'transfer':
      if (force) void s.refreshTransfer()
      break
    case 'settings':
      void s.loadConfig()
      break
    case 'audit':
      void s.loadAudit()
      break
    case 'health':
      void s.loadTunnel()
      break
    default:
      break
  }
}

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
  const store = createAppStore({ bridge, link: createMeshLinkLauncher(), now: () => Date.now() })
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

  // Live events: batched per animation frame.
  const batcher = createBatcher((batch) => deliverBatch(store, batch), frameScheduler)
  let everOpen = false
  const unsubscribe = bridge.subscribe(
    (msg) => batcher.push(msg),
    (state) => {
      store.getState().setStream(state)
      if (state === 'open') {
        // Events sent while we were disconnected are not replayed: reload what is shown.
        if (everOpen) {
          const st = store.getState()
          void st.loadHealth()
          void st.loadShiftSales()
          if (st.currentSaleId) void st.refreshSale(st.currentSaleId)
          loadForRoute(store, true)
        }
        everOpen = true
      }
    }
  )

  // First loads.
  void s.loadHealth()
  void s.loadCounterSettings()
  void s.loadShiftSales()
  loadForRoute(store)
  // The SDK is a separate chunk: fetch it once the console has settled, so Charge opens Link at once.
  const preload = setTimeout(preloadMeshLink, 1_000)

  // Slow refreshes: health (receiver state), and an unfinished sale (the server may expire it).
  const healthTimer = setInterval(() => void store.getState().loadHealth(), 30_000)
  const saleTimer = setInterval(() => {
    const st = store.getState()
    const sale = st.currentSaleId ? st.sales[st.currentSaleId] : undefined
    if (sale && !['succeeded', 'failed', 'abandoned', 'expired'].includes(sale.state)) void st.refreshSale(sale.sessionId)
  }, 15_000)

  return {
    store,
    bridge,
    stop() {
      batcher.flush()
      unsubscribe()
      unsubStore()
      win.removeEventListener('hashchange', onHash)
      clearTimeout(preload)
      clearInterval(healthTimer)
      clearInterval(saleTimer)
    }
  }
}
