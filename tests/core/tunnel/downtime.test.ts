import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLedger, type SyncLedger } from '../../../src/main/core/store/sqlite/ledger'
import type { DowntimeRepo } from '../../../src/main/core/store/downtime'
import { appDowntimeWindow, createHeartbeat } from '../../../src/main/core/tunnel'
import { tempDir } from '../../helpers'
import { FakeClock } from './fakes'

// The heartbeat's settings key and the default downtime threshold, written out rather than
// imported: a beat every 30 s, and three missed beats (more than 90 s) count as downtime.
const HEARTBEAT_KEY = 'heartbeat'
const THRESHOLD_MS = 90_000

let tmp: ReturnType<typeof tempDir>
let store: SyncLedger
let downtime: DowntimeRepo
const file = (): string => join(tmp.dir, 'countertop.sqlite')
beforeEach(() => {
  tmp = tempDir()
  store = openLedger({ file: file(), synchronous: 'NORMAL' })
  downtime = store.downtime
})
afterEach(() => {
  store.close()
  tmp.cleanup()
})

describe('downtime repository', () => {
  it('keeps one open window per kind, closes it, and survives a restart', async () => {
    const a = downtime.open('tunnel', 1000, 'network')
    expect(downtime.open('tunnel', 2000, 'again')).toBe(a)
    const app = downtime.open('app', 1500)
    expect(app).not.toBe(a)
    expect(downtime.close('tunnel', 5000)).toEqual({ id: a, kind: 'tunnel', startedAt: 1000, endedAt: 5000, reason: 'network', reconciledAt: null })
    expect(downtime.close('tunnel', 6000)).toBeNull()
    store.close()
    store = openLedger({ file: file(), synchronous: 'NORMAL' })
    downtime = store.downtime
    expect(downtime.openWindow('app')).toMatchObject({ id: app, startedAt: 1500, endedAt: null })
    expect(downtime.list().map((w) => w.id)).toEqual([app, a])
  })

  it('never ends a window before it started (clock stepped back)', async () => {
    downtime.open('tunnel', 10_000)
    expect(downtime.close('tunnel', 9_000)).toMatchObject({ startedAt: 10_000, endedAt: 10_000 })
    expect(downtime.get(downtime.record('app', 20_000, 19_000))).toMatchObject({ startedAt: 20_000, endedAt: 20_000 })
  })

  it('lists unreconciled windows oldest first and marks only closed ones reconciled', async () => {
    const open = downtime.open('tunnel', 3000)
    const closed = downtime.record('app', 1000, 2000, 'Countertop was not running')
    expect(downtime.unreconciled().map((w) => w.id)).toEqual([closed, open])
    expect(downtime.markReconciled(open, 9000)).toBe(false)
    expect(downtime.markReconciled(closed, 9000)).toBe(true)
    expect(downtime.markReconciled(closed, 9500)).toBe(false)
    expect(downtime.get(closed)!.reconciledAt).toBe(9000)
    expect(downtime.unreconciled().map((w) => w.id)).toEqual([open])
    expect(downtime.list(1).map((w) => w.id)).toEqual([open])
  })
})

describe('appDowntimeWindow', () => {
  const T = 1_700_000_000_000
  it.each([
    ['first run (no heartbeat yet)', null, T, null],
    ['heartbeat as written by the migration', undefined, T, null],
    ['within the threshold', T - 60_000, T, null],
    ['exactly at the threshold', T - 90_000, T, null],
    ['just over the threshold', T - 90_001, T, { startedAt: T - 90_001, endedAt: T }],
    ['a night off', T - 8 * 3_600_000, T, { startedAt: T - 8 * 3_600_000, endedAt: T }],
    ['clock went backwards', T + 5_000, T, null],
    ['garbage heartbeat', Number.NaN, T, null],
    ['zero heartbeat', 0, T, null]
  ])('%s', (_name, last, now, out) => {
    expect(appDowntimeWindow(last, now, 90_000)).toEqual(out)
  })
})

describe('heartbeat', () => {
  it('beats every 30 s, and at the next start records the gap as app downtime', async () => {
    const clock = new FakeClock()
    const t0 = clock.now()
    const hb = createHeartbeat({ settings: store.settings, downtime, clock })
    expect(await hb.start()).toBeNull()
    expect(store.settings.get(HEARTBEAT_KEY)).toBe(t0)
    expect(clock.scheduled).toEqual([30_000])
    await clock.advance(30_000)
    expect(store.settings.get(HEARTBEAT_KEY)).toBe(t0 + 30_000)
    expect(clock.timers).toHaveLength(1)
    // The process dies here (no stop): no more beats. It comes back 10 minutes later.
    clock.timers = []
    clock.t += 10 * 60_000
    const hb2 = createHeartbeat({ settings: store.settings, downtime, clock })
    const id = await hb2.start()
    expect(id).not.toBeNull()
    expect(downtime.get(id!)).toMatchObject({ kind: 'app', startedAt: t0 + 30_000, endedAt: clock.now(), reason: 'Countertop was not running', reconciledAt: null })
    expect(store.settings.get(HEARTBEAT_KEY)).toBe(clock.now())
    await hb2.stop()
    expect(clock.timers).toHaveLength(0)
  })

  it('records nothing after a quick restart (up to 90 s after the last beat)', async () => {
    const clock = new FakeClock()
    const hb = createHeartbeat({ settings: store.settings, downtime, clock })
    await hb.start()
    clock.t += 20_000
    await hb.stop()
    clock.t += THRESHOLD_MS
    expect(await createHeartbeat({ settings: store.settings, downtime, clock }).start()).toBeNull()
    expect(downtime.list()).toEqual([])
  })

  it('records a restart more than 90 s after the last beat as app downtime', async () => {
    const clock = new FakeClock()
    const hb = createHeartbeat({ settings: store.settings, downtime, clock })
    await hb.start()
    clock.t += 20_000
    await hb.stop()
    const lastBeat = store.settings.get(HEARTBEAT_KEY)
    expect(lastBeat).toBe(clock.now())
    clock.t += THRESHOLD_MS + 1
    const id = await createHeartbeat({ settings: store.settings, downtime, clock }).start()
    expect(id).not.toBeNull()
    expect(downtime.get(id!)).toMatchObject({ kind: 'app', startedAt: lastBeat, endedAt: clock.now() })
  })
})
