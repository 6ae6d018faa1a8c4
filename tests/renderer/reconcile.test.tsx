// "Reconcile now" in the console: live progress into the store (a newer run's wins), the result
// naming what changed, rendered to markup as React would.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { ReconcileProgress, ReconcileResultView } from '../../src/shared/contract'
import { ReconcileProgressLine, ReconcileResult, progressText } from '../../src/renderer/src/features/health/ReconcilePanel'
import { createBatcher, type EventBatch } from '../../src/renderer/src/lib/batcher'
import { deliverBatch } from '../../src/renderer/src/live'
import { deferred, makeStore } from './fakes'

const ID_A = '0b6f5a56-1c1e-4a57-9b0e-7f1c2a3b4c5d'
const ID_B = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'

function result(p: Partial<ReconcileResultView> = {}): ReconcileResultView {
  return {
    runId: 7,
    trigger: 'manual',
    startedAt: 1_000,
    finishedAt: 2_000,
    checked: 0,
    imported: 0,
    updated: 0,
    conflicts: 0,
    pages: 1,
    errors: [],
    changedTransferIds: [],
    changes: [],
    sweptFrom: null,
    sweptTo: null,
    ...p
  }
}

const progress = (p: Partial<ReconcileProgress>): ReconcileProgress => ({ runId: 7, pages: 0, checked: 0, imported: 0, updated: 0, done: false, ...p })

/** Text content of static markup. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'")

describe('reconcile progress in the store', () => {
  it('keeps the newest run’s progress; an older run’s late event does not replace it', () => {
    const frames: (() => void)[] = []
    const batches: EventBatch[] = []
    const b = createBatcher((x) => batches.push(x), (cb) => frames.push(cb))
    b.push({ type: 'reconcile.progress', payload: progress({ runId: 8, pages: 1 }) })
    b.push({ type: 'reconcile.progress', payload: progress({ runId: 7, pages: 5, done: true }) })
    b.push({ type: 'reconcile.progress', payload: progress({ runId: 8, pages: 2, checked: 200 }) })
    frames[0]!()
    expect(batches[0]!.reconcile).toEqual(progress({ runId: 8, pages: 2, checked: 200 }))

    const { store } = makeStore({})
    deliverBatch(store, { transfers: [], deliveries: [], sales: [], reconcile: progress({ runId: 8, pages: 2 }) })
    deliverBatch(store, { transfers: [], deliveries: [], sales: [], reconcile: progress({ runId: 7, pages: 9, done: true }) })
    expect(store.getState().reconcileProgress).toEqual(progress({ runId: 8, pages: 2 }))
    deliverBatch(store, { transfers: [], deliveries: [], sales: [], reconcile: progress({ runId: 8, pages: 3, imported: 1, done: true }) })
    expect(store.getState().reconcileProgress).toEqual(progress({ runId: 8, pages: 3, imported: 1, done: true }))
  })

  it('clears the last result when a new run starts, shows it busy until the reply, then keeps the reply', async () => {
    const reply = deferred<ReconcileResultView>()
    const { store } = makeStore({ 'reconcile.run': () => reply.promise, 'tunnel.status': () => ({ ok: false, error: { code: 'X', message: 'not needed' } }) })
    store.setState({ reconcileResult: result({ runId: 1 }), reconcileProgress: progress({ runId: 1, done: true }) })
    const running = store.getState().runReconcile()
    expect(store.getState()).toMatchObject({ tunnelBusy: 'reconcile', reconcileResult: null, reconcileProgress: null })
    store.getState().applyReconcileProgress(progress({ runId: 2, pages: 1, checked: 100 }))
    expect(store.getState().reconcileProgress).toMatchObject({ runId: 2, pages: 1 })
    reply.resolve(result({ runId: 2, imported: 1 }))
    await running
    expect(store.getState()).toMatchObject({ tunnelBusy: null, reconcileResult: { runId: 2, imported: 1 } })
  })
})

describe('reconcile progress and result on the Health screen', () => {
  it('says what it is doing while it runs', () => {
    expect(progressText(null)).toBe('Reconciling with Mesh… asking for its transfer list.')
    expect(progressText(progress({ pages: 1, checked: 1, imported: 1, updated: 0 }))).toBe('Reconciling with Mesh… 1 page read, 1 transfer checked, 1 imported, 0 updated.')
    const html = renderToStaticMarkup(<ReconcileProgressLine progress={progress({ pages: 3, checked: 250, imported: 2, updated: 1 })} />)
    expect(html).toContain('role="status"')
    expect(html).toContain('aria-label="Reconcile progress"')
    expect(text(html)).toContain('3 pages read, 250 transfers checked, 2 imported, 1 updated.')
  })

  it('names each imported, updated and flagged transfer with its status, and links it', () => {
    const html = renderToStaticMarkup(
      <ReconcileResult
        result={result({
          checked: 120,
          pages: 2,
          imported: 1,
          updated: 1,
          conflicts: 0,
          sweptFrom: new Date(2025, 4, 20, 13, 50).getTime(),
          sweptTo: new Date(2025, 4, 20, 14, 0).getTime(),
          changes: [
            { transferId: ID_A, status: 'succeeded', kind: 'imported' },
            { transferId: ID_B, status: 'failed', kind: 'updated' }
          ]
        })}
      />
    )
    const t = text(html)
    expect(t).toContain('Checked 120 transfers in 2 pages: 1 imported, 1 updated, 0 conflicts. Mesh’s list was swept for every transfer created since ')
    expect(t).toContain(`Imported 1 transfer Mesh never delivered:${ID_A} Succeeded`)
    expect(t).toContain(`Updated 1 transfer from Mesh’s list:${ID_B} Failed`)
    expect(t).not.toContain('Flagged')
    expect(html).toContain(`href="#/transfer/${ID_A}"`)
    expect(html).toContain('class="badge badge-success">Succeeded</span>')
    expect(html).toContain('class="badge badge-danger">Failed</span>')
    expect(html).toContain('notice-ok')
  })

  it('says how many more changed than it lists, shows errors as errors, and says when nothing was missing', () => {
    const many = renderToStaticMarkup(
      <ReconcileResult result={result({ imported: 52, checked: 52, changes: Array.from({ length: 50 }, (_, i) => ({ transferId: `t-${i}`, status: 'succeeded', kind: 'imported' as const })) })} />
    )
    expect(text(many)).toContain('Imported 52 transfers Mesh never delivered:')
    expect(text(many)).toContain('… and 2 more (see the Ledger)')
    const failed = renderToStaticMarkup(<ReconcileResult result={result({ pages: 0, errors: ['sweep since 2025-05-20T12:00:00.000Z: MESH_UNAVAILABLE: Mesh is unavailable (HTTP 500).'] })} />)
    expect(failed).toContain('notice-error')
    expect(text(failed)).toContain('MESH_UNAVAILABLE: Mesh is unavailable (HTTP 500).')
    expect(text(failed)).not.toContain('Nothing was missing')
    expect(text(renderToStaticMarkup(<ReconcileResult result={result({ checked: 3 })} />))).toContain('Checked 3 transfers in 1 page: 0 imported, 0 updated, 0 conflicts. Nothing was missing.')
  })
})
