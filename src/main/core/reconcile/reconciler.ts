import { RECONCILE_CHANGES_MAX, type ReconcileChange, type ReconcileProgress, type ReconcileResultView } from '../../../shared/contract'
// Reconciliation: asks Mesh's transfer list what our webhooks may have missed and folds the
// answers into the ledger as 'poll' events, through the same state machine as webhooks (finals
// stay sticky; a poll that contradicts a final state is recorded as a conflict, never applied).
//   - the sweep:              every transfer Mesh created since the persisted watermark (minus an
//                             overlap; the first time, a look-back), oldest first, page by page —
//                             finds what Mesh delivered nowhere and what started elsewhere
//   - by creation time:       around every downtime window the sweep did not cover, 100 per page
//   - by Id:                  each non-final transfer older than pendingAgeMs
//   - by ClientTransactionId: each sale (link session) with no transfer yet, up to 24 h old
import { isMeshError } from '../mesh/errors'
import type { ListTransfersQuery, MeshClient, TransferModel } from '../mesh/types'
import type { Store } from '../store'
import { systemClock, type Clock } from '../tunnel/types'
import type { PolledItem } from '../webhooks/apply'
import { transferModelToEvent, windowsToQueries, type WindowLike } from './convert'

/** Why a run happened (stored in reconcile_runs.trigger). */
export type ReconcileTrigger = 'auto' | 'manual' | 'tunnel' | 'startup' | 'sale'

export interface ReconcileRequest {
  trigger: ReconcileTrigger
  /** Only this transfer (by Mesh id). */
  transferId?: string
  /** Only this sale's transfer (our transactionId). */
  transactionId?: string
  /** Only transfers created since then (ms), up to now. */
  since?: number
}

/** A run's outcome: the contract's view plus the downtime windows it covered. */
export interface ReconcileResult extends ReconcileResultView {
  /** Downtime windows marked reconciled by this run. */
  reconciledWindowIds: number[]
}

export interface ReconcilerOptions {
  store: Store
  /** The Mesh client, or null while it is not configured (the run then records MESH_NOT_READY). */
  mesh: () => MeshClient | null
  now?: () => number
  log?: (msg: string) => void
  /** A non-final transfer is looked up once we first heard of it this long ago. Default 2 min. */
  pendingAgeMs?: number
  /** Automatic runs, this far apart. Default 5 min. */
  intervalMs?: number
  /** Downtime windows are widened by this much on both sides. Default 5 min. */
  windowMarginMs?: number
  /** Sales without a transfer are looked up until they are this old. Default 24 h. */
  sessionMaxAgeMs?: number
  /** Non-final transfers are looked up until we first heard of them this long ago. Default 7 days. */
  pendingMaxAgeMs?: number
  /** In automatic runs, a transfer or sale already looked up waits intervalMs·2^(n−1), at most this long. Default 30 min. */
  maxRecheckGapMs?: number
  /** The unit of FromTimestamp/ToTimestamp (gap 5). Default 's', like createdTimestamp. */
  timestampUnit?: 's' | 'ms'
  /** Safety stop for one query (the sweep included). Default 1000 pages (100 000 transfers). */
  maxPagesPerQuery?: number
  /** Transfers per list request, 1..100 (Mesh's maximum). Default 100. */
  pageSize?: number
  /** Sweep Mesh's whole list since the watermark in untargeted runs. Default true. */
  sweep?: boolean
  /** The first sweep (no watermark yet) reaches this far back. Default 7 days. */
  sweepLookbackMs?: number
  /** Each sweep starts this long before the watermark (clock skew, Mesh listing a transfer late). Default 10 min. */
  sweepOverlapMs?: number
  /** After every page of a run, and once at its end (done). */
  onProgress?: (p: ReconcileProgress) => void
  clock?: Pick<Clock, 'setTimeout' | 'clearTimeout'>
  downtime?: Store['downtime']
  /** After every run (automatic ones included): publish `changedTransferIds` here. */
  onResult?: (r: ReconcileResult) => void
}

export const DEFAULT_PENDING_AGE_MS = 2 * 60_000
export const DEFAULT_RECONCILE_INTERVAL_MS = 5 * 60_000
export const DEFAULT_WINDOW_MARGIN_MS = 5 * 60_000
export const PAGE_SIZE = 100
export const DEFAULT_SWEEP_LOOKBACK_MS = 7 * 24 * 3_600_000
export const DEFAULT_SWEEP_OVERLAP_MS = 10 * 60_000
/** The settings key of the sweep's watermark: the start (ms, our clock) of the last sweep that completed. */
export const SWEEP_WATERMARK_KEY = 'reconcile.sweptTo'

/** Mesh transfer ids are UUIDs (the list's `Id` filter is typed uuid); anything else cannot be looked up. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Mesh errors that mean every further request would fail the same way: stop the run. */
const ABORTING = new Set(['MESH_AUTH_FAILED', 'MESH_PERMISSION_DENIED', 'MESH_NOT_FOUND', 'MESH_RATE_LIMITED', 'MESH_UNAVAILABLE', 'MESH_TIMEOUT'])

export type Reconciler = ReturnType<typeof createReconciler>

export function createReconciler(opts: ReconcilerOptions) {
  const { store } = opts
  const now = opts.now ?? Date.now
  const log = opts.log ?? (() => {})
  const pendingAgeMs = opts.pendingAgeMs ?? DEFAULT_PENDING_AGE_MS
  const intervalMs = opts.intervalMs ?? DEFAULT_RECONCILE_INTERVAL_MS
  const marginMs = opts.windowMarginMs ?? DEFAULT_WINDOW_MARGIN_MS
  const sessionMaxAgeMs = opts.sessionMaxAgeMs ?? 24 * 3_600_000
  const pendingMaxAgeMs = opts.pendingMaxAgeMs ?? 7 * 24 * 3_600_000
  const maxGapMs = opts.maxRecheckGapMs ?? 30 * 60_000
  const unit = opts.timestampUnit ?? 's'
  const maxPages = opts.maxPagesPerQuery ?? 1000
  const pageSize = opts.pageSize ?? PAGE_SIZE
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PAGE_SIZE) throw new RangeError(`pageSize must be an integer from 1 to ${PAGE_SIZE}; got ${pageSize}`)
  const sweepOn = opts.sweep ?? true
  const lookbackMs = opts.sweepLookbackMs ?? DEFAULT_SWEEP_LOOKBACK_MS
  const overlapMs = opts.sweepOverlapMs ?? DEFAULT_SWEEP_OVERLAP_MS
  const clock = opts.clock ?? systemClock
  const downtime = opts.downtime ?? store.downtime
  const repo = store.reconcileRuns

  /** Look-ups done per transfer/sale (in memory): automatic runs space them out. */
  const lookups = new Map<string, { last: number; n: number }>()
  /** How far each open downtime window has been covered already (in memory). */
  const openCovered = new Map<number, number>()
  let chain: Promise<unknown> = Promise.resolve()
  let autoOn = false
  let timer: unknown = null

  function due(key: string, at: number, force: boolean): boolean {
    const e = lookups.get(key)
    if (force || !e) return true
    return at - e.last >= Math.min(maxGapMs, intervalMs * 2 ** Math.min(e.n - 1, 20))
  }
  function looked(key: string, at: number): void {
    const e = lookups.get(key)
    lookups.set(key, { last: at, n: (e?.n ?? 0) + 1 })
  }

  async function doRun(req: ReconcileRequest): Promise<ReconcileResult> {
    const startedAt = now()
    const runId = await repo.startRun(req.trigger, startedAt)
    const errors: string[] = []
    const seen = new Set<string>()
    const changed = new Set<string>()
    const changes: ReconcileChange[] = []
    const reconciledWindowIds: number[] = []
    let imported = 0
    let updated = 0
    let conflicts = 0
    let pages = 0
    let skipped = 0
    let aborted = false
    let swept: { from: number; to: number } | null = null

    function progress(done: boolean): void {
      try {
        opts.onProgress?.({ runId, pages, checked: seen.size, imported, updated, done })
      } catch (err) {
        log(`reconcile progress listener failed: ${(err as Error).message}`)
      }
    }

    /** Folds one page in: each listed transfer a new poll event, unless Mesh says what we already have. */
    async function fold(models: readonly TransferModel[]): Promise<void> {
      const items: PolledItem[] = []
      for (const m of models) {
        const e = transferModelToEvent(m)
        if (!e) {
          skipped++
          continue
        }
        seen.add(e.transferId)
        items.push({ event: e, payload: JSON.stringify(m) })
      }
      if (items.length === 0) return
      const outcomes = await store.ops.recordPolledEvents(items, now())
      outcomes.forEach((o, i) => {
        if (!o) return
        const e = items[i]!.event
        changed.add(e.transferId)
        const kind: ReconcileChange['kind'] | null = o.conflict ? 'conflict' : o.created ? 'imported' : o.applied ? 'updated' : null
        if (kind === 'conflict') {
          conflicts++
          log(`reconcile: Mesh lists transfer ${e.transferId} as ${e.statusRaw}, which contradicts its final state in the ledger; flagged, not applied`)
        } else if (kind === 'imported') imported++
        else if (kind === 'updated') updated++
        if (kind && changes.length < RECONCILE_CHANGES_MAX) changes.push({ transferId: e.transferId, status: e.status, kind })
      })
    }

    /** Pages through one query; false when it failed (the error is recorded). */
    async function query(client: MeshClient, label: string, q: Omit<ListTransfersQuery, 'count' | 'offset'>): Promise<boolean> {
      if (aborted) return false
      let offset = 0
      try {
        for (let page = 0; ; page++) {
          if (page >= maxPages) throw new Error(`stopped after ${maxPages} pages; reconcile a shorter period`)
          const p = await client.listTransfers({ ...q, count: pageSize, offset })
          pages++
          await fold(p.items)
          progress(false)
          offset += p.items.length
          if (p.items.length < pageSize || offset >= p.total) return true
        }
      } catch (err) {
        const code = isMeshError(err) ? err.code : ((err as { code?: unknown }).code ?? 'RECONCILE_FAILED')
        errors.push(`${label}: ${String(code)}: ${(err as Error).message}`)
        if (isMeshError(err) && ABORTING.has(err.code)) aborted = true
        return false
      }
    }

    /**
     * Walks Mesh's list by creation time, oldest first, from the watermark minus the overlap (the
     * first time: the look-back). Only FromTimestamp is sent: were Mesh to read it in another unit
     * (reference gap 5) the sweep would list too much, never too little. The watermark moves to
     * this sweep's start only once every page is in; a failed page leaves it for the next run.
     */
    async function sweep(client: MeshClient): Promise<{ from: number; to: number } | null> {
      const to = now()
      const mark = await store.settings.get<unknown>(SWEEP_WATERMARK_KEY)
      // A watermark from the future (a clock set back since) is not trusted: look back instead.
      const known = typeof mark === 'number' && Number.isFinite(mark) && mark > 0 && mark <= to + overlapMs
      const from = Math.max(0, known ? Math.min(mark, to) - overlapMs : to - lookbackMs)
      const fromTimestamp = unit === 's' ? Math.floor(from / 1000) : from
      const ok = await query(client, `sweep since ${new Date(from).toISOString()}`, { fromTimestamp, orderBy: 'createdTimestamp', descendingOrder: false })
      if (!ok) return null
      // Never moved back: on a shared ledger another counter may have swept further meanwhile.
      const latest = await store.settings.get<unknown>(SWEEP_WATERMARK_KEY)
      if (!(typeof latest === 'number' && latest >= to && latest <= to + overlapMs)) await store.settings.set(SWEEP_WATERMARK_KEY, to)
      return { from, to }
    }

    try {
      const client = opts.mesh()
      if (!client) {
        errors.push('MESH_NOT_READY: The Mesh connection is not configured yet; add the client id and API key in Settings.')
      } else if (req.transferId || req.transactionId || req.since !== undefined) {
        if (req.transferId) await query(client, `transfer ${req.transferId}`, { id: req.transferId })
        if (req.transactionId) await query(client, `sale ${req.transactionId}`, { clientTransactionId: req.transactionId })
        if (req.since !== undefined) {
          for (const w of windowsToQueries([{ startedAt: req.since, endedAt: now() }], marginMs, { unit })) {
            await query(client, `since ${new Date(req.since).toISOString()}`, { fromTimestamp: w.fromTimestamp, toTimestamp: w.toTimestamp, orderBy: 'createdTimestamp', descendingOrder: false })
          }
        }
      } else {
        const at = now()
        // 1. The sweep: everything Mesh created since the watermark.
        if (sweepOn) swept = await sweep(client)
        // 2. Around downtime windows the sweep did not reach back to. An open one is covered up to
        //    now, and next time only from there. The sweep has no upper bound, so a window it
        //    reached back to is covered whole.
        const pending = await downtime.unreconciled()
        const windows: WindowLike[] = []
        for (const w of pending) {
          const startedAt = w.endedAt === null ? Math.max(w.startedAt, openCovered.get(w.id) ?? 0) : w.startedAt
          if (!swept || startedAt - marginMs < swept.from) {
            windows.push({ id: w.id, startedAt, endedAt: w.endedAt })
          } else if (w.endedAt === null) {
            openCovered.set(w.id, swept.to)
          } else if (await downtime.markReconciled(w.id, now())) {
            reconciledWindowIds.push(w.id)
            openCovered.delete(w.id)
          }
        }
        for (const q of windowsToQueries(windows, marginMs, { now: at, unit })) {
          const ok = await query(client, `downtime ${new Date(q.fromMs).toISOString()}…${new Date(q.toMs).toISOString()}`, {
            fromTimestamp: q.fromTimestamp,
            toTimestamp: q.toTimestamp,
            orderBy: 'createdTimestamp',
            descendingOrder: false
          })
          if (!ok) continue
          for (const id of q.windowIds) {
            const w = pending.find((x) => x.id === id)
            if (w?.endedAt === null) openCovered.set(id, at)
            else if (await downtime.markReconciled(id, now())) {
              reconciledWindowIds.push(id)
              openCovered.delete(id)
            }
          }
        }
        // After an outage every candidate is looked up now; otherwise automatic runs space repeat look-ups out.
        const force = req.trigger !== 'auto' || pending.length > 0
        // Someone pressed "Reconcile now": they want every unsettled sale checked, however young.
        const minAge = req.trigger === 'manual' ? 0 : pendingAgeMs
        // 3. Non-final transfers, by Id (the sweep reaches back only so far; a transfer can stay pending for hours).
        const transfers = await repo.pendingTransfers(at - minAge, at - pendingMaxAgeMs)
        for (const t of transfers) {
          const key = `t:${t.transfer_id}`
          if (seen.has(t.transfer_id) || !UUID.test(t.transfer_id) || !due(key, at, force)) continue
          await query(client, `transfer ${t.transfer_id}`, { id: t.transfer_id })
          if (aborted) break
          looked(key, at)
        }
        // 4. Sales with no transfer yet, by our transactionId.
        const sessions = await repo.unlinkedSessions(at - minAge, at - sessionMaxAgeMs)
        for (const s of sessions) {
          const key = `s:${s.session_id}`
          if (!due(key, at, force)) continue
          if ((await store.sessions.get(s.session_id))?.transfer_id) continue
          await query(client, `sale ${s.transaction_id}`, { clientTransactionId: s.transaction_id })
          if (aborted) break
          looked(key, at)
        }
        const live = new Set([...transfers.map((t) => `t:${t.transfer_id}`), ...sessions.map((s) => `s:${s.session_id}`)])
        for (const k of lookups.keys()) if (!live.has(k)) lookups.delete(k)
      }
    } catch (err) {
      errors.push(`RECONCILE_FAILED: ${(err as Error).message}`)
      log(`reconcile run failed: ${(err as Error).stack ?? (err as Error).message}`)
    }
    if (skipped > 0) errors.push(`Mesh listed ${skipped} transfer(s) without an id or status; they were skipped.`)

    const finishedAt = now()
    const result: ReconcileResult = {
      runId,
      trigger: req.trigger,
      startedAt,
      finishedAt,
      checked: seen.size,
      imported,
      updated,
      conflicts,
      pages,
      errors,
      changedTransferIds: [...changed],
      changes,
      sweptFrom: swept?.from ?? null,
      sweptTo: swept?.to ?? null,
      reconciledWindowIds
    }
    try {
      // reconcile_runs has no column for imports: its `updated` counts every status change (imports too).
      await repo.finishRun(runId, { finishedAt, checked: result.checked, updated: imported + updated, conflicts, error: errors.length ? errors.join('\n').slice(0, 4000) : null })
    } catch (err) {
      log(`could not record reconcile run ${runId}: ${(err as Error).message}`)
    }
    if (errors.length) log(`reconcile (${req.trigger}): ${errors.length} error(s): ${errors[0]}`)
    progress(true)
    try {
      opts.onResult?.(result)
    } catch (err) {
      log(`reconcile result listener failed: ${(err as Error).message}`)
    }
    return result
  }

  function run(req: ReconcileRequest): Promise<ReconcileResult> {
    // One run at a time: a run asked for meanwhile starts when the current one ends.
    const p = chain.then(() => doRun(req))
    chain = p.catch(() => {})
    return p
  }

  function schedule(): void {
    timer = clock.setTimeout(() => {
      timer = null
      if (!autoOn) return
      // Automatic runs: one process at a time on a shared ledger (an advisory lock there).
      void store.runExclusive('reconcile', () => run({ trigger: 'auto' })).catch(() => {}).finally(() => {
        if (autoOn && timer === null) schedule()
      })
    }, intervalMs)
  }

  return {
    run,
    /** Runs every intervalMs (the next one is scheduled after the previous ends). */
    startAuto(): void {
      if (autoOn) return
      autoOn = true
      schedule()
    },
    /** Stops the automatic runs and waits for a run in progress to end. */
    async stop(): Promise<void> {
      autoOn = false
      if (timer !== null) clock.clearTimeout(timer)
      timer = null
      await chain
    },
    /** Recent runs, newest first (for the health screen). */
    runs: (limit?: number) => repo.listRuns(limit),
    get autoRunning(): boolean {
      return autoOn
    }
  }
}
