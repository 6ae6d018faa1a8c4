// Collects live events and hands them over once per animation frame, grouped by type.
import type { DeliveryRow, EventMessage, SaleView, TransferRow, TunnelStatusView } from '../../../shared/contract'

export interface EventBatch {
  transfers: TransferRow[]
  deliveries: DeliveryRow[]
  sales: SaleView[]
  /** The latest tunnel status in the batch (only the last one matters). */
  tunnel?: TunnelStatusView
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
    const batch: EventBatch = { transfers: [], deliveries: [], sales: [] }
    for (const m of queue) {
      if (m.type === 'transfer.updated') batch.transfers.push(m.payload as TransferRow)
      else if (m.type === 'delivery.recorded') batch.deliveries.push(m.payload as DeliveryRow)
      else if (m.type === 'sale.updated') batch.sales.push(m.payload as SaleView)
      else if (m.type === 'tunnel.updated') batch.tunnel = m.payload as TunnelStatusView
    }
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
