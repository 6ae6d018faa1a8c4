// Reports: daily takings for the last 30 days in the console's time zone. A paid sale while the
// Reports screen shows refreshes it (debounced).
import type { SaleView, TakingsReport } from '../../../shared/contract'
import { consoleTimeZone } from '../lib/shift'
import { parseViewKey, takingsViews, viewKey } from '../lib/takings'
import type { LoadStatus, Slice, StoreDeps } from './types'

export const TAKINGS_DAYS = 30
export const TAKINGS_REFRESH_DEBOUNCE_MS = 1_000

export interface ReportsSlice {
  takings: TakingsReport | null
  takingsStatus: LoadStatus
  takingsError: string | null
  /** The chart's view (lib/takings viewKey): "usd" or "asset:<ASSET>". */
  takingsView: string
  loadTakings(): Promise<void>
  setTakingsView(key: string): void
  /** Sale events: reload soon when a sale was paid while the Reports screen shows. */
  noteTakingsSales(batch: readonly SaleView[]): void
}

export const createReportsSlice =
  (deps: StoreDeps): Slice<ReportsSlice> =>
  (set, get) => {
    let seq = 0
    let timer: ReturnType<typeof setTimeout> | null = null
    return {
      takings: null,
      takingsStatus: 'idle',
      takingsError: null,
      takingsView: 'usd',

      async loadTakings() {
        const mine = ++seq
        set({ takingsStatus: get().takings ? 'ready' : 'loading', takingsError: null })
        const r = await deps.bridge.invoke('reports.takings', { days: TAKINGS_DAYS, timeZone: consoleTimeZone() })
        if (mine !== seq) return
        if (!r.ok) {
          set({ takingsStatus: 'error', takingsError: r.error.message })
          return
        }
        // A view whose asset is no longer in the window falls back to USD charged.
        const keep = takingsViews(r.value).some((v) => viewKey(v) === get().takingsView)
        set({ takings: r.value, takingsStatus: 'ready', takingsView: keep ? get().takingsView : 'usd' })
      },

      setTakingsView(key) {
        set({ takingsView: viewKey(parseViewKey(key)) })
      },

      noteTakingsSales(batch) {
        if (get().route.name !== 'reports' || !batch.some((v) => v.state === 'succeeded')) return
        if (timer) clearTimeout(timer)
        timer = setTimeout(() => {
          timer = null
          void get().loadTakings()
        }, TAKINGS_REFRESH_DEBOUNCE_MS)
      }
    }
  }
