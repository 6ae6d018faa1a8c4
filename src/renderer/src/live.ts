// Where live events enter the store, and what is (re)loaded around them. No DOM here: the
// bootstrap passes the frame scheduler in, and tests drive it from Node with a real bridge.
import type { Bridge } from './bridge/types'
import { createBatcher, type EventBatch, type Scheduler } from './lib/batcher'
import type { AppStore } from './store'

/** Hands a batch to every slice that cares. */
export function deliverBatch(store: AppStore, batch: EventBatch): void {
  const s = store.getState()
  if (batch.sales.length) {
    s.applySales(batch.sales)
    s.noteShiftSales(batch.sales)
    s.noteTakingsSales(batch.sales)
  }
  if (batch.transfers.length) s.applyTransferUpdates(batch.transfers)
  if (batch.deliveries.length) {
    s.applyDeliveries(batch.deliveries)
    s.noteDeliveries(batch.deliveries)
  }
  s.noteTransferChanges(batch.transfers, batch.deliveries, batch.sales)
  if (batch.reconcile) s.applyReconcileProgress(batch.reconcile)
  if (batch.tunnel) {
    const before = s.tunnel?.status.state
    s.applyTunnelStatus(batch.tunnel)
    // Going online or down opens or closes a downtime window: the Health screen lists them.
    if (before !== undefined && before !== batch.tunnel.state && s.route.name === 'health') void s.loadTunnel()
  }
}

/** Loads what is always on screen (the Health strip, this shift's sales). */
export function loadShell(store: AppStore): void {
  const s = store.getState()
  void s.loadHealth()
  void s.loadTunnel()
  void s.loadShiftSales()
}

/**
 * Subscribes the store to the bridge's live events, batched by `schedule`: the one place events
 * enter the store. After a reconnect it reloads what is shown (events sent while the stream was
 * down are not replayed). Returns the unsubscribe function.
 */
export function connectEvents(store: AppStore, bridge: Bridge, schedule: Scheduler): () => void {
  const batcher = createBatcher((batch) => deliverBatch(store, batch), schedule)
  let everOpen = false
  const unsubscribe = bridge.subscribe(
    (msg) => batcher.push(msg),
    (state) => {
      store.getState().setStream(state)
      if (state !== 'open') return
      if (everOpen) {
        const st = store.getState()
        loadShell(store)
        if (st.currentSaleId) void st.refreshSale(st.currentSaleId)
        loadForRoute(store, true)
      }
      everOpen = true
    }
  )
  return () => {
    batcher.flush()
    unsubscribe()
  }
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
    case 'receipt':
      if (force) void s.loadReceipt(s.route.sessionId)
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
    case 'shift':
      void s.loadShift()
      break
    case 'reports':
      void s.loadTakings()
      break
    default:
      break
  }
}
