import type { DeliveryRow, Envelope, Page, ReplayManyItem, ReplayResult, WebhookFaults } from '../../../shared/contract'
import { isRejected, mergeDeliveries, toDeliveriesQuery, type VerdictFilter } from '../lib/deliveries'
import { inspectorHref, type InspectorView } from '../lib/route'
import type { LoadStatus, Slice, StoreDeps } from './types'

/** "Select all matching" takes at most this many deliveries (the newest first). */
export const BULK_SELECT_MAX = 1000
/** The core takes a bulk replay in chunks of at most this many (deliveries.replayMany). */
export const REPLAY_CHUNK = 100

export interface BulkCounts {
  accepted: number
  duplicate: number
  rejected: number
  /** Signed and answered 200, but not a status we can apply (uninterpretable, malformed). */
  stored: number
  /** Could not be replayed at all (the delivery is gone, or storing the replay failed). */
  failed: number
}

export interface BulkRun {
  /** running → done; cancelling → cancelled (after the chunk in flight); stopped: a chunk got no answer. */
  status: 'running' | 'cancelling' | 'done' | 'cancelled' | 'stopped'
  total: number
  /** Deliveries replayed so far (answered one way or another). */
  done: number
  counts: BulkCounts
  /** The first few failures, with why. */
  failures: { sourceId: number; error: string }[]
  /** Why the run stopped (status 'stopped'). */
  error: string | null
}

const NO_COUNTS: BulkCounts = { accepted: 0, duplicate: 0, rejected: 0, stored: 0, failed: 0 }

/** Where one replay goes in the summary. */
export function bulkBucket(item: ReplayManyItem): keyof BulkCounts {
  if (!item.ok) return 'failed'
  const v = item.result.verdict
  if (v === 'accepted' || v === 'duplicate') return v
  return isRejected(v) ? 'rejected' : 'stored'
}

/** The run's numbers after one chunk's answer. */
export function tallyChunk(run: BulkRun, items: readonly ReplayManyItem[]): BulkRun {
  const counts = { ...run.counts }
  const failures = [...run.failures]
  for (const it of items) {
    counts[bulkBucket(it)]++
    if (!it.ok && failures.length < 5) failures.push({ sourceId: it.sourceId, error: it.error })
  }
  return { ...run, counts, failures, done: run.done + items.length }
}

/** The ids of one bulk run: each once, oldest first (so a transfer's events replay in the order they came). */
export function replayPlan(selected: Iterable<number>): number[][] {
  const ids = [...new Set(selected)].sort((a, b) => a - b)
  const chunks: number[][] = []
  for (let i = 0; i < ids.length; i += REPLAY_CHUNK) chunks.push(ids.slice(i, i + REPLAY_CHUNK))
  return chunks
}

export interface FaultsForm {
  duplicate: number
  outOfOrder: boolean
  badSignature: number
  slowFirst: number
  failFirst: number
  malformedBody: boolean
  dropWebhooks: boolean
}

export const NO_FAULTS: FaultsForm = { duplicate: 0, outOfOrder: false, badSignature: 0, slowFirst: 0, failFirst: 0, malformedBody: false, dropWebhooks: false }

/** Only the faults that are switched on (the emulator's WebhookFaults). */
export function toWebhookFaults(f: FaultsForm): WebhookFaults {
  const out: WebhookFaults = {}
  const clamp = (n: number) => Math.max(0, Math.min(10, Math.floor(Number.isFinite(n) ? n : 0)))
  if (clamp(f.duplicate)) out.duplicate = clamp(f.duplicate)
  if (f.outOfOrder) out.outOfOrder = true
  if (clamp(f.badSignature)) out.badSignature = clamp(f.badSignature)
  if (clamp(f.slowFirst)) out.slowFirst = clamp(f.slowFirst)
  if (clamp(f.failFirst)) out.failFirst = clamp(f.failFirst)
  if (f.malformedBody) out.malformedBody = true
  if (f.dropWebhooks) out.dropWebhooks = true
  return out
}

export function describeFaults(f: WebhookFaults | null): string {
  if (!f) return 'none'
  const parts: string[] = []
  if (f.duplicate) parts.push(`${f.duplicate} duplicate${f.duplicate === 1 ? '' : 's'}`)
  if (f.outOfOrder) parts.push('out of order')
  if (f.badSignature) parts.push(`bad signature on first ${f.badSignature}`)
  if (f.slowFirst) parts.push(`slow first ${f.slowFirst}`)
  if (f.failFirst) parts.push(`failing first ${f.failFirst}`)
  if (f.malformedBody) parts.push('malformed body')
  if (f.dropWebhooks) parts.push('webhooks dropped')
  return parts.length ? parts.join(', ') : 'none'
}

export interface InspectorSlice {
  deliveries: DeliveryRow[]
  deliveriesTotal: number
  deliveriesCursor: string | null
  deliveriesStatus: LoadStatus
  deliveriesError: string | null
  deliveriesLoadingMore: boolean
  verdictFilter: VerdictFilter
  selectedDeliveryId: number | null
  selectedDelivery: DeliveryRow | null
  selectedStatus: LoadStatus
  selectedError: string | null
  replaying: boolean
  replayResult: ReplayResult | null
  replayError: string | null
  faultsForm: FaultsForm
  /** What the emulator will apply to the next sale (as last set from here). */
  nextSaleFaults: WebhookFaults | null
  testOutcome: 'succeeded' | 'failed'
  testAmount: string
  sandboxBusy: boolean
  sandboxMessage: string | null
  sandboxError: string | null
  /** Deliveries ticked for a bulk replay. */
  bulkSelected: ReadonlySet<number>
  bulkSelecting: boolean
  /** What "select all matching" did: how many it ticked of how many match (more than BULK_SELECT_MAX: the newest). */
  bulkSelectInfo: { selected: number; matching: number } | null
  bulkSelectError: string | null
  bulkRun: BulkRun | null

  loadDeliveries(): Promise<void>
  loadMoreDeliveries(): Promise<void>
  /** Reloads with this verdict filter, and writes it into the URL (#/inspector?verdict=…). */
  setVerdictFilter(v: VerdictFilter): Promise<void>
  /** The verdict and open delivery a URL names: applied when they differ. */
  applyInspectorRoute(view: InspectorView): void
  applyDeliveries(batch: readonly DeliveryRow[]): void
  selectDelivery(id: number | null): Promise<void>
  replayDelivery(id: number): Promise<void>
  setFaultField<K extends keyof FaultsForm>(k: K, v: FaultsForm[K]): void
  setTestTransfer(patch: Partial<{ testOutcome: 'succeeded' | 'failed'; testAmount: string }>): void
  applyFaultsToNextSale(): Promise<void>
  clearNextSaleFaults(): Promise<void>
  createTestTransfer(): Promise<void>
  setBulkSelected(ids: readonly number[], on: boolean): void
  clearBulkSelection(): void
  /** Ticks every delivery matching the filter, up to BULK_SELECT_MAX (loading pages as needed). */
  selectAllMatching(): Promise<void>
  /** Replays the ticked deliveries in chunks, with progress; each one once per run. */
  replaySelected(): Promise<void>
  /** Stops after the chunk in flight. */
  cancelBulkReplay(): void
  dismissBulkRun(): void
}

export const createInspectorSlice =
  (deps: StoreDeps): Slice<InspectorSlice> =>
  (set, get) => {
    let seq = 0
    /** Bumped when the filter or the selection changes, so a slow "select all" that was overtaken lands nowhere. */
    let selectSeq = 0
    let cancelRequested = false
    /** Live deliveries that arrived while the list was (re)loading: merged into the reply. */
    let missed: DeliveryRow[] | null = null
    let remeasureTimer: ReturnType<typeof setTimeout> | null = null
    /** While the Inspector is on screen, the URL follows its verdict filter and open delivery. */
    const syncUrl = () => {
      if (get().route.name !== 'inspector') return
      const view: InspectorView = { verdict: get().verdictFilter, delivery: get().selectedDeliveryId }
      deps.url?.replace(inspectorHref(view))
      set({ route: { name: 'inspector', view } })
    }
    const remeasure = async () => {
      const st = get()
      if (st.deliveriesStatus !== 'ready') return
      const my = seq
      const r = await deps.bridge.invoke('deliveries.list', toDeliveriesQuery(st.verdictFilter))
      if (!r.ok || my !== seq) return
      const cur = get()
      const { items, added } = mergeDeliveries(cur.deliveries, r.value.items, cur.verdictFilter)
      if (items !== cur.deliveries) set({ deliveries: items, deliveriesTotal: cur.deliveriesTotal + added })
      const sel = cur.selectedDeliveryId != null ? r.value.items.find((d) => d.id === cur.selectedDeliveryId) : undefined
      if (sel && cur.selectedDelivery && cur.selectedDelivery.answerMs === null) set({ selectedDelivery: { ...cur.selectedDelivery, answerMs: sel.answerMs } })
    }
    /** Our time to answer is stored just after the reply and not announced: fetch the newest page again shortly to fill it in. */
    const remeasureSoon = (batch: readonly DeliveryRow[]) => {
      if (!batch.some((d) => d.answerMs === null) || remeasureTimer) return
      remeasureTimer = setTimeout(() => {
        remeasureTimer = null
        void remeasure()
      }, 500)
    }
    return {
      deliveries: [],
      deliveriesTotal: 0,
      deliveriesCursor: null,
      deliveriesStatus: 'idle',
      deliveriesError: null,
      deliveriesLoadingMore: false,
      verdictFilter: '',
      selectedDeliveryId: null,
      selectedDelivery: null,
      selectedStatus: 'idle',
      selectedError: null,
      replaying: false,
      replayResult: null,
      replayError: null,
      faultsForm: NO_FAULTS,
      nextSaleFaults: null,
      testOutcome: 'succeeded',
      testAmount: '5.00',
      sandboxBusy: false,
      sandboxMessage: null,
      sandboxError: null,
      bulkSelected: new Set<number>(),
      bulkSelecting: false,
      bulkSelectInfo: null,
      bulkSelectError: null,
      bulkRun: null,

      async loadDeliveries() {
        const my = ++seq
        missed = []
        set({ deliveriesStatus: 'loading', deliveriesError: null, deliveriesLoadingMore: false })
        const r = await deps.bridge.invoke('deliveries.list', toDeliveriesQuery(get().verdictFilter))
        if (my !== seq) return
        // A delivery recorded after the server read the page, but announced before the reply
        // got here, is in neither: keep it.
        const late = missed ?? []
        missed = null
        if (r.ok) {
          const { items, added } = mergeDeliveries(r.value.items, late, get().verdictFilter)
          set({ deliveries: items, deliveriesTotal: r.value.total + added, deliveriesCursor: r.value.nextCursor, deliveriesStatus: 'ready' })
          remeasureSoon(late)
        } else set({ deliveriesStatus: 'error', deliveriesError: r.error.message })
      },

      async loadMoreDeliveries() {
        const st = get()
        if (!st.deliveriesCursor || st.deliveriesLoadingMore || st.deliveriesStatus !== 'ready') return
        const my = seq
        set({ deliveriesLoadingMore: true })
        const r = await deps.bridge.invoke('deliveries.list', toDeliveriesQuery(st.verdictFilter, st.deliveriesCursor))
        if (my !== seq) return
        if (r.ok) {
          const seen = new Set(get().deliveries.map((d) => d.id))
          set({
            deliveries: get().deliveries.concat(r.value.items.filter((d) => !seen.has(d.id))),
            deliveriesCursor: r.value.nextCursor,
            deliveriesLoadingMore: false
          })
        } else set({ deliveriesLoadingMore: false, deliveriesError: r.error.message })
      },

      async setVerdictFilter(v) {
        // A selection made under another filter would replay what the list no longer shows.
        selectSeq++
        set({ verdictFilter: v, bulkSelected: new Set<number>(), bulkSelecting: false, bulkSelectInfo: null, bulkSelectError: null })
        const loading = get().loadDeliveries()
        syncUrl()
        await loading
      },

      applyInspectorRoute(view) {
        const st = get()
        if (view.verdict !== st.verdictFilter) {
          selectSeq++
          set({ verdictFilter: view.verdict, bulkSelected: new Set<number>(), bulkSelecting: false, bulkSelectInfo: null, bulkSelectError: null })
          if (st.deliveriesStatus !== 'idle') void get().loadDeliveries()
        }
        if (view.delivery !== st.selectedDeliveryId) void get().selectDelivery(view.delivery)
      },

      applyDeliveries(batch) {
        const st = get()
        if (batch.length === 0) return
        const sel = st.selectedDeliveryId != null ? batch.find((d) => d.id === st.selectedDeliveryId) : undefined
        if (sel) set({ selectedDelivery: sel })
        if (st.deliveriesStatus !== 'ready') {
          if (missed) missed.push(...batch)
          return
        }
        const { items, added } = mergeDeliveries(st.deliveries, batch, st.verdictFilter)
        if (items !== st.deliveries) set({ deliveries: items, deliveriesTotal: st.deliveriesTotal + added })
        remeasureSoon(batch)
      },

      async selectDelivery(id) {
        set({ selectedDeliveryId: id, replayResult: null, replayError: null })
        syncUrl()
        if (id == null) {
          set({ selectedDelivery: null, selectedStatus: 'idle' })
          return
        }
        const known = get().deliveries.find((d) => d.id === id) ?? null
        set({ selectedDelivery: known, selectedStatus: known ? 'ready' : 'loading', selectedError: null })
        const r = await deps.bridge.invoke('deliveries.get', { id })
        if (get().selectedDeliveryId !== id) return
        if (r.ok) set({ selectedDelivery: r.value, selectedStatus: 'ready' })
        else set({ selectedStatus: 'error', selectedError: r.error.message })
      },

      async replayDelivery(id) {
        set({ replaying: true, replayResult: null, replayError: null })
        const r = await deps.bridge.invoke('deliveries.replay', { id })
        if (r.ok) set({ replaying: false, replayResult: r.value })
        else set({ replaying: false, replayError: r.error.message })
      },

      setFaultField(k, v) {
        set({ faultsForm: { ...get().faultsForm, [k]: v } })
      },

      setTestTransfer(patch) {
        set(patch)
      },

      async applyFaultsToNextSale() {
        const faults = toWebhookFaults(get().faultsForm)
        set({ sandboxBusy: true, sandboxError: null, sandboxMessage: null })
        const r = await deps.bridge.invoke('sandbox.setFaults', { faults })
        if (r.ok) set({ sandboxBusy: false, nextSaleFaults: r.value.faults, sandboxMessage: `Faults for the next sale: ${describeFaults(r.value.faults)}.` })
        else set({ sandboxBusy: false, sandboxError: r.error.message })
      },

      async clearNextSaleFaults() {
        // The form is cleared now, not when the server answers: a fault typed meanwhile is kept.
        set({ sandboxBusy: true, sandboxError: null, sandboxMessage: null, faultsForm: NO_FAULTS })
        const r = await deps.bridge.invoke('sandbox.setFaults', { faults: null })
        if (r.ok) set({ sandboxBusy: false, nextSaleFaults: null, sandboxMessage: 'No faults for the next sale.' })
        else set({ sandboxBusy: false, sandboxError: r.error.message })
      },

      async createTestTransfer() {
        const st = get()
        const faults = toWebhookFaults(st.faultsForm)
        set({ sandboxBusy: true, sandboxError: null, sandboxMessage: null })
        const r = await deps.bridge.invoke('sandbox.createTransfer', {
          amountInFiat: st.testAmount.trim(),
          outcome: st.testOutcome,
          ...(Object.keys(faults).length ? { faults } : {})
        })
        if (r.ok) set({ sandboxBusy: false, sandboxMessage: `Test transfer ${r.value.transferId} created (${st.testOutcome}; faults: ${describeFaults(faults)}).` })
        else set({ sandboxBusy: false, sandboxError: r.error.message })
      },

      setBulkSelected(ids, on) {
        const next = new Set(get().bulkSelected)
        for (const id of ids) {
          if (on) next.add(id)
          else next.delete(id)
        }
        set({ bulkSelected: next, bulkSelectInfo: null })
      },

      clearBulkSelection() {
        selectSeq++
        set({ bulkSelected: new Set<number>(), bulkSelecting: false, bulkSelectInfo: null, bulkSelectError: null })
      },

      async selectAllMatching() {
        const my = ++selectSeq
        const filter = get().verdictFilter
        set({ bulkSelecting: true, bulkSelectInfo: null, bulkSelectError: null })
        const ids: number[] = []
        let cursor: string | null = null
        let total = 0
        do {
          const r: Envelope<Page<DeliveryRow>> = await deps.bridge.invoke('deliveries.list', toDeliveriesQuery(filter, cursor, Math.min(500, BULK_SELECT_MAX - ids.length)))
          if (my !== selectSeq) return
          if (!r.ok) {
            set({ bulkSelecting: false, bulkSelectError: `Could not select every matching delivery: ${r.error.message}` })
            return
          }
          if (cursor === null) total = r.value.total
          ids.push(...r.value.items.map((d) => d.id))
          cursor = r.value.nextCursor
        } while (cursor && ids.length < BULK_SELECT_MAX)
        const picked = ids.slice(0, BULK_SELECT_MAX)
        set({ bulkSelected: new Set(picked), bulkSelecting: false, bulkSelectInfo: { selected: picked.length, matching: Math.max(total, picked.length) } })
      },

      async replaySelected() {
        const run0 = get().bulkRun
        if (run0 && (run0.status === 'running' || run0.status === 'cancelling')) return
        const chunks = replayPlan(get().bulkSelected)
        const total = chunks.reduce((n, c) => n + c.length, 0)
        if (total === 0) return
        cancelRequested = false
        // Ids sent in this run: a delivery is never sent twice, whatever the selection does meanwhile.
        const sent = new Set<number>()
        let run: BulkRun = { status: 'running', total, done: 0, counts: { ...NO_COUNTS }, failures: [], error: null }
        set({ bulkRun: run, bulkSelectInfo: null })
        for (const chunk of chunks) {
          if (cancelRequested) break
          const ids = chunk.filter((id) => !sent.has(id))
          if (ids.length === 0) continue
          for (const id of ids) sent.add(id)
          const r = await deps.bridge.invoke('deliveries.replayMany', { ids })
          if (!r.ok) {
            run = { ...get().bulkRun!, status: 'stopped', error: r.error.message }
            set({ bulkRun: run })
            return
          }
          run = { ...tallyChunk(run, r.value), status: get().bulkRun?.status ?? run.status }
          // The replayed ones leave the selection; failed ones stay ticked, to try again.
          const next = new Set(get().bulkSelected)
          for (const it of r.value) if (it.ok) next.delete(it.sourceId)
          set({ bulkRun: run, bulkSelected: next })
        }
        set({ bulkRun: { ...run, status: cancelRequested && run.done < run.total ? 'cancelled' : 'done' } })
      },

      cancelBulkReplay() {
        const run = get().bulkRun
        if (!run || run.status !== 'running') return
        cancelRequested = true
        set({ bulkRun: { ...run, status: 'cancelling' } })
      },

      dismissBulkRun() {
        const run = get().bulkRun
        if (run && (run.status === 'running' || run.status === 'cancelling')) return
        set({ bulkRun: null })
      }
    }
  }
