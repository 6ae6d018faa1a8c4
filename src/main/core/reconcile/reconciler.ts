import type { ReconcileResultView } from '../../../shared/contract'
// Reconciliation: asks Mesh's transfer list what our webhooks may have missed and folds the
// answers into the ledger as 'poll' events, through the same state machine as webhooks (finals
// stay sticky; a poll that contradicts a final state is recorded as a conflict, never applied).
//   - by Id:                  each non-final transfer older than pendingAgeMs
//   - by ClientTransactionId: each sale (link session) with no transfer yet, up to 24 h old
//   - by creation time:       around every downtime window not yet reconciled, 100 per page
import { isMeshError } from '../mesh/errors'
import type { ListTransfersQuery, MeshClient, TransferModel } from '../mesh/types'
import type { Store } from '../store'
import { systemClock, type Clock } from '../tunnel/types'
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
  /** Safety stop for one window query. Default 1000 pages (100 000 transfers). */
  maxPagesPerQuery?: number
  clock?: Pick<Clock, 'setTimeout' | 'clearTimeout'>
  downtime?: Store['downtime']
  /** After every run (automatic ones included): publish `changedTransferIds` here. */
  onResult?: (r: ReconcileResult) => void
}

export const DEFAULT_PENDING_AGE_MS = 2 * 60_000
export const DEFAULT_RECONCILE_INTERVAL_MS = 5 * 60_000
export const DEFAULT_WINDOW_MARGIN_MS = 5 * 60_000
export const PAGE_SIZE = 100

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
    const reconciledWindowIds: number[] = []
    let updated = 0
    let conflicts = 0
    let pages = 0
    let aborted = false

    /** Folds one listed transfer in: a new poll event in one transaction, unless Mesh says what we already have. */
    async function fold(model: TransferModel): Promise<void> {
      const e = transferModelToEvent(model)
      if (!e) {
        errors.push('Mesh listed a transfer without an id or status; it was skipped.')
        return
      }
      seen.add(e.transferId)
      const at = now()
      const outcome = await store.ops.recordPolledEvent(e, at, JSON.stringify(model))
      if (!outcome) return
      changed.add(e.transferId)
      if (outcome.applied) updated++
      if (outcome.conflict) {
        conflicts++
        log(`reconcile: Mesh lists transfer ${e.transferId} as ${e.statusRaw}, which contradicts its final state in the ledger; flagged, not applied`)
      }
    }

    /** Pages through one query; false when it failed (the error is recorded). */
    async function query(client: MeshClient, label: string, q: Omit<ListTransfersQuery, 'count' | 'offset'>): Promise<boolean> {
      if (aborted) return false
      let offset = 0
      try {
        for (let page = 0; ; page++) {
          if (page >= maxPages) throw new Error(`stopped after ${maxPages} pages; reconcile a shorter period`)
          const p = await client.listTransfers({ ...q, count: PAGE_SIZE, offset })
          pages++
          for (const m of p.items) await fold(m)
          offset += p.items.length
          if (p.items.length < PAGE_SIZE || offset >= p.total) return true
        }
      } catch (err) {
        const code = isMeshError(err) ? err.code : ((err as { code?: unknown }).code ?? 'RECONCILE_FAILED')
        errors.push(`${label}: ${String(code)}: ${(err as Error).message}`)
        if (isMeshError(err) && ABORTING.has(err.code)) aborted = true
        return false
      }
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
        // 1. Around downtime windows. An open one is covered up to now, and next time only from there.
        const pending = await downtime.unreconciled()
        const windows: WindowLike[] = pending.map((w) => ({ id: w.id, startedAt: w.endedAt === null ? Math.max(w.startedAt, openCovered.get(w.id) ?? 0) : w.startedAt, endedAt: w.endedAt }))
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
        // 2. Non-final transfers, by Id.
        const transfers = await repo.pendingTransfers(at - minAge, at - pendingMaxAgeMs)
        for (const t of transfers) {
          const key = `t:${t.transfer_id}`
          if (seen.has(t.transfer_id) || !UUID.test(t.transfer_id) || !due(key, at, force)) continue
          await query(client, `transfer ${t.transfer_id}`, { id: t.transfer_id })
          if (aborted) break
          looked(key, at)
        }
        // 3. Sales with no transfer yet, by our transactionId.
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

    const finishedAt = now()
    const result: ReconcileResult = {
      runId,
      trigger: req.trigger,
      startedAt,
      finishedAt,
      checked: seen.size,
      updated,
      conflicts,
      pages,
      errors,
      changedTransferIds: [...changed],
      reconciledWindowIds
    }
    try {
      await repo.finishRun(runId, { finishedAt, checked: result.checked, updated, conflicts, error: errors.length ? errors.join('\n').slice(0, 4000) : null })
    } catch (err) {
      log(`could not record reconcile run ${runId}: ${(err as Error).message}`)
    }
    if (errors.length) log(`reconcile (${req.trigger}): ${errors.length} error(s): ${errors[0]}`)
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
