import type { Envelope, Page, TransferRow } from '../../../shared/contract'
import { exportFilename, ledgerToCsv, ledgerToJson } from '../lib/csv'
import { appendPage, EMPTY_FILTER, mergeTransferUpdates, sameFilter, toLedgerQuery, type LedgerFilter } from '../lib/ledger'
import { ledgerHref } from '../lib/route'
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface ExportFile {
  filename: string
  mime: string
  text: string
  rows: number
}

export interface LedgerSlice {
  ledgerFilter: LedgerFilter
  /** Counts filter changes that did not come from the filter inputs (a URL, Clear): the inputs start over from the filter. */
  ledgerFilterEpoch: number
  ledgerRows: TransferRow[]
  ledgerTotal: number
  ledgerCursor: string | null
  ledgerStatus: LoadStatus
  ledgerError: string | null
  ledgerLoadingMore: boolean
  /** Rows fetched so far while exporting; null when not exporting. */
  exportProgress: number | null
  exportError: string | null

  loadLedger(): Promise<void>
  /** A change made in the filter inputs: reloads, and writes the filters into the URL (#/ledger?…). */
  setLedgerFilter(patch: Partial<LedgerFilter>): Promise<void>
  /** Every filter back to its default. */
  resetLedgerFilter(): Promise<void>
  /** The filters a URL names (opened, pasted, Back/Forward): applied and reloaded when they differ. */
  applyLedgerRoute(filter: LedgerFilter): void
  loadMoreLedger(): Promise<void>
  applyTransferUpdates(batch: readonly TransferRow[]): void
  /** Every row matching the current filters, as a file (fetches the pages not loaded yet). */
  exportLedger(kind: 'csv' | 'json'): Promise<ExportFile | null>
}

/** At most this many rows go into one export. */
export const EXPORT_LIMIT = 100_000

export const createLedgerSlice =
  (deps: StoreDeps): Slice<LedgerSlice> =>
  (set, get) => {
    // Each (re)load gets a number; replies to older requests are dropped.
    let seq = 0
    /** Live updates that arrived while the ledger was (re)loading: merged into the reply. */
    let missed: TransferRow[] | null = null
    /** Live rows carry no charge: a new row takes its sale's, when the console knows the sale. */
    const chargeOf = (sessionId: string) => get().sales[sessionId]?.charge
    /** While the Ledger is on screen, the URL follows its filters (replaced, not pushed). */
    const syncUrl = (filter: LedgerFilter) => {
      if (get().route.name !== 'ledger') return
      deps.url?.replace(ledgerHref(filter))
      set({ route: { name: 'ledger', filter } })
    }
    return {
      ledgerFilter: EMPTY_FILTER,
      ledgerFilterEpoch: 0,
      ledgerRows: [],
      ledgerTotal: 0,
      ledgerCursor: null,
      ledgerStatus: 'idle',
      ledgerError: null,
      ledgerLoadingMore: false,
      exportProgress: null,
      exportError: null,

      async loadLedger() {
        const my = ++seq
        missed = []
        set({ ledgerStatus: 'loading', ledgerError: null, ledgerLoadingMore: false })
        const r = await deps.bridge.invoke('ledger.list', toLedgerQuery(get().ledgerFilter))
        if (my !== seq) return
        // An update made after the server read the page, but announced before the reply got
        // here, is in neither: apply it to the page (older ones lose on updatedAt).
        const late = missed ?? []
        missed = null
        if (r.ok) {
          const page = mergeTransferUpdates({ rows: r.value.items, total: r.value.total, nextCursor: r.value.nextCursor }, late, get().ledgerFilter, chargeOf)
          set({ ledgerRows: page.rows, ledgerTotal: page.total, ledgerCursor: page.nextCursor, ledgerStatus: 'ready' })
        } else set({ ledgerStatus: 'error', ledgerError: r.error.message })
      },

      async setLedgerFilter(patch) {
        const filter = { ...get().ledgerFilter, ...patch }
        set({ ledgerFilter: filter })
        const loading = get().loadLedger()
        syncUrl(filter)
        await loading
      },

      async resetLedgerFilter() {
        set({ ledgerFilterEpoch: get().ledgerFilterEpoch + 1 })
        await get().setLedgerFilter(EMPTY_FILTER)
      },

      applyLedgerRoute(filter) {
        if (sameFilter(filter, get().ledgerFilter)) return
        set({ ledgerFilter: filter, ledgerFilterEpoch: get().ledgerFilterEpoch + 1 })
        // Not loaded yet: the screen's first load (loadForRoute) uses the new filters.
        if (get().ledgerStatus !== 'idle') void get().loadLedger()
      },

      async loadMoreLedger() {
        const st = get()
        if (!st.ledgerCursor || st.ledgerLoadingMore || st.ledgerStatus !== 'ready') return
        const my = seq
        set({ ledgerLoadingMore: true })
        const r = await deps.bridge.invoke('ledger.list', toLedgerQuery(st.ledgerFilter, st.ledgerCursor))
        if (my !== seq) return
        if (r.ok) {
          const page = appendPage({ rows: get().ledgerRows, total: get().ledgerTotal, nextCursor: get().ledgerCursor }, r.value)
          set({ ledgerRows: page.rows, ledgerTotal: page.total, ledgerCursor: page.nextCursor, ledgerLoadingMore: false })
        } else set({ ledgerLoadingMore: false, ledgerError: r.error.message })
      },

      applyTransferUpdates(batch) {
        const st = get()
        if (batch.length === 0) return
        if (st.ledgerStatus !== 'ready') {
          if (missed) missed.push(...batch)
          return
        }
        const page = { rows: st.ledgerRows, total: st.ledgerTotal, nextCursor: st.ledgerCursor }
        const next = mergeTransferUpdates(page, batch, st.ledgerFilter, chargeOf)
        if (next !== page) set({ ledgerRows: next.rows, ledgerTotal: next.total })
      },

      async exportLedger(kind) {
        if (get().exportProgress !== null) return null
        const filter = get().ledgerFilter
        const rows: TransferRow[] = []
        const seen = new Set<string>()
        let cursor: string | null = null
        set({ exportProgress: 0, exportError: null })
        try {
          do {
            const r: Envelope<Page<TransferRow>> = await deps.bridge.invoke('ledger.list', toLedgerQuery(filter, cursor, 500))
            if (!r.ok) {
              set({ exportError: `Export failed: ${r.error.message}` })
              return null
            }
            for (const row of r.value.items) {
              if (seen.has(row.transferId)) continue
              seen.add(row.transferId)
              rows.push(row)
            }
            cursor = r.value.nextCursor
            set({ exportProgress: rows.length })
          } while (cursor && rows.length < EXPORT_LIMIT)
          const text = kind === 'csv' ? ledgerToCsv(rows) : ledgerToJson(rows)
          return { filename: exportFilename(kind, deps.now()), mime: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', text, rows: rows.length }
        } finally {
          set({ exportProgress: null })
        }
      }
    }
  }
