// Collects live events and hands them over once per animation frame, grouped by type.
import type { DeliveryRow, DisplayView, EventMessage, EventName, Events, ReconcileProgress, SaleView, TransferRow, TunnelStatusView } from '../../../shared/contract'

export interface EventBatch {
  transfers: TransferRow[]
  deliveries: DeliveryRow[]
  sales: SaleView[]
  /** The latest tunnel status in the batch (only the last one matters). */
  tunnel?: TunnelStatusView
  /** The latest customer-display state in the batch (the display window reads it). */
  display?: DisplayView
  /** The latest reconcile progress in the batch (each one carries the run's totals so far). */
  reconcile?: ReconcileProgress
}

/**
 * How each contract event joins a batch: one entry per name in `Events`, so an event added to
 * the contract does not compile here until the renderer handles it.
 */
const JOIN: { [K in EventName]: (batch: EventBatch, payload: Events[K]) => void } = {
  'transfer.updated': (b, p) => void b.transfers.push(p),
  'delivery.recorded': (b, p) => void b.deliveries.push(p),
  'sale.updated': (b, p) => void b.sales.push(p),
  'tunnel.updated': (b, p) => {
    b.tunnel = p
  },
  'display.updated': (b, p) => {
    b.display = p
  },
  'reconcile.progress': (b, p) => {
    // A newer run's progress wins; within a run the counts only grow.
    if (!b.reconcile || p.runId >= b.reconcile.runId) b.reconcile = p
  }
}

export function emptyBatch(): EventBatch {
  return { transfers: [], deliveries: [], sales: [] }
}

/** Adds one event to a batch (unknown types are ignored: the bridge already filters them). */
export function joinBatch(batch: EventBatch, msg: EventMessage): void {
  const join = JOIN[msg.type] as ((b: EventBatch, p: EventMessage['payload']) => void) | undefined
  join?.(batch, msg.payload)
}

export type Scheduler = (cb: () => void) => unknown

export interface Batcher {
  push(msg: EventMessage): void
  /** Delivers what is queued now (used on teardown and by tests). */
  flush(): void
  /** Events pushed but not yet delivered. */
  readonly size: number
}

export function createBatcher(deliver: (batch: EventBatch) => void, schedule: Scheduler): Batcher {
  let queue: EventMessage[] = []
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (queue.length === 0) return
    const batch = emptyBatch()
    for (const m of queue) joinBatch(batch, m)
    queue = []
    deliver(batch)
  }
  return {
    push(msg) {
      queue.push(msg)
      if (!scheduled) {
        scheduled = true
        schedule(flush)
      }
    },
    flush,
    get size() {
      return queue.length
    }
  }
}
