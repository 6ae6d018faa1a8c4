import type { DeliveryRow, HealthInfo } from '../../../shared/contract'
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface HealthSlice {
  health: HealthInfo | null
  healthStatus: LoadStatus
  healthError: string | null
  loadHealth(): Promise<void>
  /** Live deliveries move "last delivery" forward without a round trip. */
  noteDeliveries(batch: readonly DeliveryRow[]): void
}

export const createHealthSlice =
  (deps: StoreDeps): Slice<HealthSlice> =>
  (set, get) => ({
    health: null,
    healthStatus: 'idle',
    healthError: null,
    async loadHealth() {
      if (!get().health) set({ healthStatus: 'loading' })
      const r = await deps.bridge.invoke('health.get', {})
      if (r.ok) {
        // A delivery event may have arrived while the request was in flight: keep the later time.
        const seen = get().health?.lastDeliveryAt ?? null
        const last = seen != null && (r.value.lastDeliveryAt == null || seen > r.value.lastDeliveryAt) ? seen : r.value.lastDeliveryAt
        set({ health: { ...r.value, lastDeliveryAt: last }, healthStatus: 'ready', healthError: null })
      } else set({ healthStatus: 'error', healthError: r.error.message })
    },
    noteDeliveries(batch) {
      const h = get().health
      if (!h || batch.length === 0) return
      let last = h.lastDeliveryAt
      for (const d of batch) if (last == null || d.receivedAt > last) last = d.receivedAt
      if (last !== h.lastDeliveryAt) set({ health: { ...h, lastDeliveryAt: last } })
    }
  })
