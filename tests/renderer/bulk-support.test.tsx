// Bulk replay in the Inspector (chunks of 100 through deliveries.replayMany, progress, Cancel
// between chunks, a summary by verdict, each delivery once per run), "select all matching", and
// the Transfer page's support bundle download — in the store, and rendered to markup.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { DeliveryRow, ReplayManyItem } from '../../src/shared/contract'
import { BulkBarView } from '../../src/renderer/src/features/inspector/BulkReplay'
import { SupportBundleView } from '../../src/renderer/src/features/transfer/SupportBundleButton'
import type { AppStore } from '../../src/renderer/src/store'
import { BULK_SELECT_MAX } from '../../src/renderer/src/store/inspectorSlice'
import { StoreProvider } from '../../src/renderer/src/store/react'
import { deferred, makeStore } from './fakes'
import { delivery } from './fixtures'

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/**
 * What the core answers for each source delivery, by id: 1–50 accepted, 51–450 duplicate,
 * 451–490 signature_invalid, 491–495 malformed, 496–500 gone.
 */
function answer(id: number): ReplayManyItem {
  if (id > 495) return { sourceId: id, ok: false, error: `No delivery #${id}.` }
  const verdict = id <= 50 ? 'accepted' : id <= 450 ? 'duplicate' : id <= 490 ? 'signature_invalid' : 'malformed'
  return { sourceId: id, ok: true, result: { deliveryId: 10_000 + id, verdict, httpStatus: verdict === 'signature_invalid' ? 401 : 200 } }
}

/** A replayMany whose chunks wait until the test lets each one go. */
function gatedReplay() {
  const gates: { ids: number[]; release: () => void }[] = []
  const handler = async ({ ids }: { ids: number[] }) => {
    const g = deferred<void>()
    gates.push({ ids, release: () => g.resolve() })
    await g.promise
    return ids.map(answer)
  }
  return { gates, handler }
}

const noop = () => {}

/** The Inspector's bulk bar as it renders for the store's current state. */
function bulkBar(store: AppStore): string {
  const st = store.getState()
  return renderToStaticMarkup(
    <StoreProvider store={store}>
      <BulkBarView
        selectedCount={st.bulkSelected.size}
        selecting={st.bulkSelecting}
        info={st.bulkSelectInfo}
        error={st.bulkSelectError}
        run={st.bulkRun}
        onSelectAll={noop}
        onClear={noop}
        onReplay={noop}
        onCancel={noop}
        onDismiss={noop}
      />
    </StoreProvider>
  )
}

function bundleButton(store: AppStore, transferId: string): string {
  return renderToStaticMarkup(
    <StoreProvider store={store}>
      <SupportBundleView transferId={transferId} state={store.getState().supportBundle} onDownload={noop} />
    </StoreProvider>
  )
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setImmediate(r))
  if (!cond()) throw new Error('condition not reached')
}

describe('bulk replay in the store', () => {
  it('replays 500 deliveries in five chunks of 100, oldest first, with progress after each chunk and a summary by verdict', async () => {
    const { gates, handler } = gatedReplay()
    const { store, callsOf } = makeStore({ 'deliveries.replayMany': handler as never })
    // Ticked in no particular order.
    store.getState().setBulkSelected([...range(251, 500), ...range(1, 250)].reverse(), true)
    expect(store.getState().bulkSelected.size).toBe(500)
    const run = store.getState().replaySelected()
    expect(store.getState().bulkRun).toMatchObject({ status: 'running', total: 500, done: 0 })
    const seenProgress: number[] = []
    for (let chunk = 0; chunk < 5; chunk++) {
      await until(() => gates.length === chunk + 1)
      // One chunk in flight at a time: the next is not asked for before this one answered.
      expect(callsOf('deliveries.replayMany')).toHaveLength(chunk + 1)
      expect(gates[chunk]!.ids).toEqual(range(chunk * 100 + 1, chunk * 100 + 100))
      gates[chunk]!.release()
      await until(() => store.getState().bulkRun!.done === (chunk + 1) * 100)
      seenProgress.push(store.getState().bulkRun!.done)
    }
    await run
    expect(seenProgress).toEqual([100, 200, 300, 400, 500])
    expect(store.getState().bulkRun).toEqual({
      status: 'done',
      total: 500,
      done: 500,
      counts: { accepted: 50, duplicate: 400, rejected: 40, stored: 5, failed: 5 },
      failures: range(496, 500).map((id) => ({ sourceId: id, error: `No delivery #${id}.` })),
      error: null
    })
    // Replayed ones leave the selection; the five that failed stay ticked for another try.
    expect([...store.getState().bulkSelected].sort((a, b) => a - b)).toEqual(range(496, 500))
  })

  it('never sends a delivery twice in one run: a second Replay press and re-ticking during the run change nothing', async () => {
    const { gates, handler } = gatedReplay()
    const { store, callsOf } = makeStore({ 'deliveries.replayMany': handler as never })
    store.getState().setBulkSelected(range(1, 250), true)
    const run = store.getState().replaySelected()
    await until(() => gates.length === 1)
    void store.getState().replaySelected()
    store.getState().setBulkSelected(range(1, 250), true)
    gates[0]!.release()
    await until(() => gates.length === 2)
    store.getState().setBulkSelected(range(1, 100), true)
    gates[1]!.release()
    await until(() => gates.length === 3)
    gates[2]!.release()
    await run
    const sent = (callsOf('deliveries.replayMany') as { ids: number[] }[]).flatMap((c) => c.ids)
    expect(callsOf('deliveries.replayMany').map((c) => (c as { ids: number[] }).ids.length)).toEqual([100, 100, 50])
    expect(sent).toHaveLength(250)
    expect(new Set(sent).size).toBe(250)
  })

  it('Cancel lets the chunk in flight finish and sends no more; the rest stay selected', async () => {
    const { gates, handler } = gatedReplay()
    const { store, callsOf } = makeStore({ 'deliveries.replayMany': handler as never })
    store.getState().setBulkSelected(range(1, 500), true)
    const run = store.getState().replaySelected()
    await until(() => gates.length === 1)
    gates[0]!.release()
    await until(() => gates.length === 2)
    store.getState().cancelBulkReplay()
    expect(store.getState().bulkRun!.status).toBe('cancelling')
    gates[1]!.release()
    await run
    expect(callsOf('deliveries.replayMany')).toHaveLength(2)
    expect(store.getState().bulkRun).toMatchObject({ status: 'cancelled', done: 200, total: 500, counts: { accepted: 50, duplicate: 150, rejected: 0, stored: 0, failed: 0 } })
    expect([...store.getState().bulkSelected].sort((a, b) => a - b)).toEqual(range(201, 500))
    // A finished run can be dismissed, and a new one starts from what is still ticked.
    store.getState().dismissBulkRun()
    expect(store.getState().bulkRun).toBeNull()
  })

  it('stops when a chunk gets no answer, says why, and keeps the unsent ones selected', async () => {
    let n = 0
    const { store } = makeStore({
      'deliveries.replayMany': (({ ids }: { ids: number[] }) => {
        if (++n === 2) return { ok: false, error: { code: 'UNAVAILABLE', message: 'The console lost its connection.' } }
        return ids.map(answer)
      }) as never
    })
    store.getState().setBulkSelected(range(1, 300), true)
    await store.getState().replaySelected()
    expect(store.getState().bulkRun).toMatchObject({ status: 'stopped', done: 100, error: 'The console lost its connection.' })
    expect(store.getState().bulkSelected.size).toBe(200)
    expect(Math.min(...store.getState().bulkSelected)).toBe(101)
  })

  it('does nothing with nothing selected', async () => {
    const { store, callsOf } = makeStore({})
    await store.getState().replaySelected()
    expect(store.getState().bulkRun).toBeNull()
    expect(callsOf('deliveries.replayMany')).toEqual([])
  })
})

describe('select all matching', () => {
  /** deliveries.list over ids total..1 (newest first), paged by its cursor (the last id given). */
  function pagedList(total: number) {
    return ({ limit, cursor }: { limit: number; cursor?: string | null }) => {
      const start = cursor ? Number(cursor) - 1 : total
      const ids = range(Math.max(1, start - limit + 1), start).reverse()
      const items: DeliveryRow[] = ids.map((id) => delivery({ id }))
      const last = ids[ids.length - 1]
      return { items, total, nextCursor: last && last > 1 ? String(last) : null }
    }
  }

  it('ticks the newest 1,000 matching the filter, reading pages of at most 500, and says how many match', async () => {
    const { store, callsOf } = makeStore({ 'deliveries.list': pagedList(1234) as never })
    await store.getState().setVerdictFilter('duplicate')
    await store.getState().selectAllMatching()
    const s = store.getState()
    expect(BULK_SELECT_MAX).toBe(1000)
    expect(s.bulkSelected.size).toBe(1000)
    expect(Math.min(...s.bulkSelected)).toBe(235)
    expect(s.bulkSelectInfo).toEqual({ selected: 1000, matching: 1234 })
    const lists = callsOf('deliveries.list').slice(1) as { limit: number; verdict?: string }[]
    expect(lists.map((q) => [q.limit, q.verdict])).toEqual([
      [500, 'duplicate'],
      [500, 'duplicate']
    ])
  })

  it('ticks all when fewer match, and a filter change clears the selection (a late answer lands nowhere)', async () => {
    const slow = deferred<void>()
    let hold = false
    const list = pagedList(42)
    const { store } = makeStore({
      'deliveries.list': (async (q: { limit: number; cursor?: string | null }) => {
        if (hold) await slow.promise
        return list(q)
      }) as never
    })
    await store.getState().selectAllMatching()
    expect(store.getState().bulkSelected.size).toBe(42)
    expect(store.getState().bulkSelectInfo).toEqual({ selected: 42, matching: 42 })
    hold = true
    const late = store.getState().selectAllMatching()
    const refilter = store.getState().setVerdictFilter('rejected')
    expect(store.getState().bulkSelected.size).toBe(0)
    slow.resolve()
    await Promise.all([late, refilter])
    expect(store.getState().bulkSelected.size).toBe(0)
    expect(store.getState().bulkSelecting).toBe(false)
  })

  it('says so when the list cannot be read', async () => {
    const { store } = makeStore({ 'deliveries.list': (() => ({ ok: false, error: { code: 'INTERNAL', message: 'The ledger is unavailable.' } })) as never })
    await store.getState().selectAllMatching()
    expect(store.getState().bulkSelectError).toBe('Could not select every matching delivery: The ledger is unavailable.')
    expect(store.getState().bulkSelected.size).toBe(0)
  })
})

describe('bulk replay on screen', () => {
  it('shows progress with Cancel while running, then the summary with every count', async () => {
    const { gates, handler } = gatedReplay()
    const { store } = makeStore({ 'deliveries.replayMany': handler as never })
    store.getState().setBulkSelected(range(1, 500), true)
    const run = store.getState().replaySelected()
    await until(() => gates.length === 1)
    gates[0]!.release()
    await until(() => gates.length === 2)
    gates[1]!.release()
    await until(() => store.getState().bulkRun!.done === 200)
    const mid = bulkBar(store)
    expect(text(mid)).toContain('Replayed 200 of 500')
    expect(mid).toMatch(/<progress max="500" value="200" aria-label="Bulk replay progress"/)
    expect(mid).toMatch(/<button[^>]*>Cancel<\/button>/)
    expect(text(mid)).toContain('300 selected')
    expect(mid).toMatch(/<button[^>]*disabled=""[^>]*>Replay selected<\/button>/)
    for (const g of [2, 3, 4]) {
      await until(() => gates.length === g + 1)
      gates[g]!.release()
    }
    await run
    const done = text(bulkBar(store))
    expect(done).toContain('Replayed 500 of 500')
    expect(done).toMatch(/Accepted 50 Duplicate 400 Rejected 40 Stored, not applied 5 Failed 5/)
    expect(done).toContain('#496: No delivery #496.')
    expect(done).not.toContain('Cancel ')
  })

  it('offers select-all with its limit and a disabled Replay when nothing is ticked', () => {
    const { store } = makeStore({})
    const html = bulkBar(store)
    expect(text(html)).toContain('None selected')
    expect(text(html)).toContain('Select all matching (up to 1,000)')
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Replay selected<\/button>/)
    expect(html).toContain('role="group" aria-label="Bulk replay"')
  })
})

describe('support bundle download', () => {
  it('saves the file the core made, under its name', async () => {
    const saved: [string, string][] = []
    const { store, callsOf } = makeStore({ 'support.bundle': (() => ({ fileName: 'countertop-support-t-1-20250520120000.html', html: '<!doctype html><p>bundle</p>' })) as never })
    await store.getState().downloadSupportBundle('t-1', (name, html) => saved.push([name, html]))
    expect(callsOf('support.bundle')).toEqual([{ transferId: 't-1' }])
    expect(saved).toEqual([['countertop-support-t-1-20250520120000.html', '<!doctype html><p>bundle</p>']])
    expect(store.getState().supportBundle).toEqual({ status: 'saved', transferId: 't-1', fileName: 'countertop-support-t-1-20250520120000.html', error: null })
    const html = bundleButton(store, 't-1')
    expect(text(html)).toContain('Download support bundle')
    expect(text(html)).toContain('Bundle saved')
    expect(html).toContain('title="countertop-support-t-1-20250520120000.html"')
  })

  it('says why when the core cannot make it or the browser cannot save it, and only on that transfer’s page', async () => {
    const { store } = makeStore({ 'support.bundle': (() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'No transfer t-9.' } })) as never })
    const saved: string[] = []
    await store.getState().downloadSupportBundle('t-9', (name) => saved.push(name))
    expect(saved).toEqual([])
    expect(store.getState().supportBundle).toMatchObject({ status: 'error', error: 'Could not make the support bundle: No transfer t-9.' })
    const page = (id: string) => bundleButton(store, id)
    expect(page('t-9')).toMatch(/role="alert"[^>]*>Could not make the support bundle: No transfer t-9\./)
    expect(page('t-1')).not.toContain('role="alert"')

    const ok = makeStore({ 'support.bundle': (() => ({ fileName: 'f.html', html: 'x' })) as never })
    await ok.store.getState().downloadSupportBundle('t-2', () => {
      throw new Error('Blob URLs are not allowed here')
    })
    expect(ok.store.getState().supportBundle).toMatchObject({ status: 'error', error: 'The support bundle was made but could not be saved: Blob URLs are not allowed here' })
  })
})
