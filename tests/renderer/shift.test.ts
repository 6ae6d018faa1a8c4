// The Shift screen's logic: local times with offsets, the Z report export (hand-written CSV
// lines), the dialog's keys, and the shift slice's open/close flow and live refresh through the
// fake bridge.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ShiftReport } from '../../src/shared/contract'
import { dialogKeyAction } from '../../src/renderer/src/features/shift/dialogKeys'
import { parseCsv } from '../../src/renderer/src/lib/csv'
import {
  describeTimeZone,
  isoWithOffset,
  shiftReportFilename,
  shiftReportToCsv,
  shiftReportToJson,
  usdCharged
} from '../../src/renderer/src/lib/shift'
import { formatDateTime } from '../../src/renderer/src/lib/format'
import { deliverBatch } from '../../src/renderer/src/live'
import { SHIFT_REFRESH_DEBOUNCE_MS, SHIFT_REFRESH_MAX_WAIT_MS } from '../../src/renderer/src/store/shiftSlice'
import { emptyBatch } from '../../src/renderer/src/lib/batcher'
import { deferred, makeStore } from './fakes'
import { sale } from './fixtures'
import { CLOSED, closedReport, OPENED, openReport } from './shift-fixtures'

describe('local times', () => {
  it('writes ISO 8601 with the zone offset, to the second, across zones and DST', () => {
    const noonUtc = Date.UTC(2025, 0, 15, 12, 0, 0, 750)
    expect(isoWithOffset(noonUtc, 'UTC')).toBe('2025-01-15T12:00:00+00:00')
    expect(isoWithOffset(noonUtc, 'America/New_York')).toBe('2025-01-15T07:00:00-05:00')
    expect(isoWithOffset(noonUtc, 'Asia/Kolkata')).toBe('2025-01-15T17:30:00+05:30')
    expect(isoWithOffset(noonUtc, 'Europe/Berlin')).toBe('2025-01-15T13:00:00+01:00')
    // Berlin springs forward at 01:00 UTC on 30 March 2025.
    expect(isoWithOffset(Date.UTC(2025, 2, 30, 0, 59, 59), 'Europe/Berlin')).toBe('2025-03-30T01:59:59+01:00')
    expect(isoWithOffset(Date.UTC(2025, 2, 30, 1, 0, 0), 'Europe/Berlin')).toBe('2025-03-30T03:00:00+02:00')
    // The local date can differ from the UTC one.
    expect(isoWithOffset(Date.UTC(2025, 4, 20, 23, 30), 'Asia/Tokyo')).toBe('2025-05-21T08:30:00+09:00')
  })

  it('names the time zone with its offset, and shows times in the one on-screen format of the zone', () => {
    expect(describeTimeZone('Europe/Berlin', OPENED)).toBe('Europe/Berlin (UTC+02:00)')
    expect(describeTimeZone('America/New_York', Date.UTC(2025, 0, 15))).toBe('America/New_York (UTC-05:00)')
    // The shift screens use the console's one format (issue 14), whatever the merchant locale.
    expect(formatDateTime(CLOSED, { timeZone: 'Europe/Berlin' })).toBe('2025-05-20 17:30:00')
    expect(formatDateTime(null, { timeZone: 'UTC' })).toBe('—')
  })
})

describe('Z report export', () => {
  it('writes one CSV table: shift facts, counts, fiat and asset totals, then every sale', () => {
    const csv = shiftReportToCsv(closedReport(), 'Europe/Berlin')
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toEqual([
      'section,key,value,time,currency,amount,usdAmount,asset,network,cryptoAmount,count',
      'shift,shiftId,sh_1,,,,,,,,',
      'shift,openedAt,,2025-05-20T09:00:00+02:00,,,,,,,',
      'shift,closedAt,,2025-05-20T17:30:00+02:00,,,,,,,',
      'shift,openedBy,Ana,,,,,,,,',
      'shift,generatedAt,,2025-05-20T17:30:01+02:00,,,,,,,',
      'shift,timeZone,Europe/Berlin,,,,,,,,',
      'count,paid,,,,,,,,,3',
      'count,paidAfterEnd,,,,,,,,,1',
      'count,refunded,,,,,,,,,0',
      'count,failed,,,,,,,,,1',
      'count,cancelled,,,,,,,,,1',
      'count,abandoned,,,,,,,,,0',
      'count,expired,,,,,,,,,0',
      'count,pending,,,,,,,,,1',
      'fiat,USD,,,USD,25.00,25.00,,,,2',
      'fiat,EUR,,,EUR,10.00,10.87,,,,1',
      'asset,USDC/Ethereum,,,,,,USDC,Ethereum,24.95,2',
      'asset,ETH/Base,,,,,,ETH,Base,0.0031,1',
      'sale,ct_a6,pending,2025-05-20T17:20:00+02:00,USD,7.25,7.25,USDC,Ethereum,,',
      'sale,ct_a5,cancelled,2025-05-20T13:00:00+02:00,USD,4.00,4.00,USDC,Ethereum,,',
      'sale,ct_a4,failed,2025-05-20T12:00:00+02:00,USD,3.00,3.00,USDC,Ethereum,,',
      'sale,ct_a3,succeeded,2025-05-20T11:30:00+02:00,EUR,10.00,10.87,ETH,Base,0.0031,',
      'sale,ct_a2,paid_after_cancelled,2025-05-20T10:00:00+02:00,USD,12.50,12.50,USDC,Ethereum,12.5,',
      'sale,ct_a1,succeeded,2025-05-20T09:10:00+02:00,USD,12.50,12.50,USDC,Ethereum,12.45,',
      ''
    ])
  })

  it('keeps a typed name from running as a spreadsheet formula, and an open shift has no close time', () => {
    const r = closedReport({ shift: { shiftId: 'sh_9', openedAt: OPENED, closedAt: null, openedBy: '=HYPERLINK("x"), Bob' } })
    const rows = parseCsv(shiftReportToCsv(r, 'UTC'))
    expect(rows.find((f) => f[1] === 'openedBy')).toEqual(['shift', 'openedBy', `'=HYPERLINK("x"), Bob`, '', '', '', '', '', '', '', ''])
    expect(rows.find((f) => f[1] === 'closedAt')?.[3]).toBe('')
    expect(rows.find((f) => f[1] === 'openedAt')?.[3]).toBe('2025-05-20T07:00:00+00:00')
  })

  it('writes JSON with decimal text, offset times and no SDK payloads', () => {
    const r = closedReport()
    r.sales[5]!.sdkEvents = [{ id: 1, at: OPENED, type: 'integrationConnected', payload: { accessToken: 'secret-token' } }]
    const text = shiftReportToJson(r, 'Europe/Berlin')
    expect(text).not.toContain('secret-token')
    expect(text).not.toContain('sdkEvents')
    const doc = JSON.parse(text)
    expect(doc).toMatchObject({
      shiftId: 'sh_1',
      openedAt: '2025-05-20T09:00:00+02:00',
      closedAt: '2025-05-20T17:30:00+02:00',
      openedBy: 'Ana',
      generatedAt: '2025-05-20T17:30:01+02:00',
      timeZone: 'Europe/Berlin',
      counts: { paid: 3, paidAfterEnd: 1, failed: 1, cancelled: 1, abandoned: 0, expired: 0, pending: 1 },
      fiatTotals: [
        { currency: 'USD', amount: '25.00', usdAmount: '25.00', count: 2 },
        { currency: 'EUR', amount: '10.00', usdAmount: '10.87', count: 1 }
      ],
      assetTotals: [
        { asset: 'USDC', network: 'Ethereum', amount: '24.95', count: 2 },
        { asset: 'ETH', network: 'Base', amount: '0.0031', count: 1 }
      ]
    })
    expect(doc.pending).toEqual([expect.objectContaining({ transactionId: 'ct_a6', state: 'pending', amount: '7.25', createdAt: '2025-05-20T17:20:00+02:00', received: null })])
    expect(doc.sales).toHaveLength(6)
    expect(doc.sales[1]).toMatchObject({ transactionId: 'ct_a5', endReason: 'cancelled', endedAt: '2025-05-20T13:02:00+02:00' })
    expect(doc.sales[2]).toMatchObject({ transactionId: 'ct_a4', state: 'failed', received: null })
    expect(doc.sales[3]).toMatchObject({ transactionId: 'ct_a3', amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087', received: '0.0031' })
    expect(doc.sales[4]).toMatchObject({ transactionId: 'ct_a2', lateTransfer: true, received: '12.5' })
    expect(doc.sales[5]).toMatchObject({ transactionId: 'ct_a1', received: '12.45', txHash: '0xaa' })
  })

  it('names the files by the local opening time, and adds USD charged exactly', () => {
    expect(shiftReportFilename(closedReport(), 'csv', 'Europe/Berlin')).toBe('countertop-z-report-20250520-0900.csv')
    expect(shiftReportFilename(closedReport(), 'json', 'UTC')).toBe('countertop-z-report-20250520-0700.json')
    expect(usdCharged(closedReport().fiatTotals)).toBe('35.87')
    expect(usdCharged([{ currency: 'USD', amount: '0.1', usdAmount: '0.1', count: 1 }, { currency: 'EUR', amount: '0.2', usdAmount: '0.2', count: 1 }])).toBe('0.3')
    expect(usdCharged([])).toBe('0')
  })
})

describe('dialog keys', () => {
  it('closes on Escape, except while the confirmed action runs', () => {
    expect(dialogKeyAction('Escape', false, 2, 0)).toEqual({ kind: 'close' })
    expect(dialogKeyAction('Escape', false, 2, 0, true)).toEqual({ kind: 'none' })
    expect(dialogKeyAction('Enter', false, 2, 0)).toEqual({ kind: 'none' })
  })

  it('cycles Tab and Shift+Tab inside the dialog, wrapping at both ends and pulling focus back in', () => {
    expect(dialogKeyAction('Tab', false, 3, 0)).toEqual({ kind: 'focus', index: 1 })
    expect(dialogKeyAction('Tab', false, 3, 2)).toEqual({ kind: 'focus', index: 0 })
    expect(dialogKeyAction('Tab', true, 3, 0)).toEqual({ kind: 'focus', index: 2 })
    expect(dialogKeyAction('Tab', true, 3, 2)).toEqual({ kind: 'focus', index: 1 })
    // Focus on the dialog itself (or somewhere outside): Tab goes to the first, Shift+Tab to the last.
    expect(dialogKeyAction('Tab', false, 3, -1)).toEqual({ kind: 'focus', index: 0 })
    expect(dialogKeyAction('Tab', true, 3, -1)).toEqual({ kind: 'focus', index: 2 })
    // Nothing focusable: focus stays on the dialog.
    expect(dialogKeyAction('Tab', false, 0, -1)).toEqual({ kind: 'focus', index: -1 })
  })
})

describe('shift slice', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('loads no open shift and lists only closed shifts, newest first', async () => {
    const { store, callsOf } = makeStore({
      'shifts.current': () => null,
      'shifts.list': () => [
        { shiftId: 'old', openedAt: 1_000, closedAt: 2_000, openedBy: null },
        { shiftId: 'open', openedAt: 9_000, closedAt: null, openedBy: null },
        { shiftId: 'new', openedAt: 5_000, closedAt: 6_000, openedBy: 'Bo' }
      ]
    })
    await store.getState().loadShift()
    const s = store.getState()
    expect(s.currentShift).toBeNull()
    expect(s.currentShiftStatus).toBe('ready')
    expect(s.closedShifts.map((x) => x.shiftId)).toEqual(['new', 'old'])
    expect(callsOf('shifts.list')).toEqual([{ limit: 50 }])
  })

  it('opens a shift with the trimmed name, or none when the field is empty', async () => {
    const { store, callsOf } = makeStore({ 'shifts.open': (a: { openedBy?: string }) => openReport({ shift: { shiftId: 'sh_2', openedAt: OPENED, closedAt: null, openedBy: a.openedBy ?? null } }) })
    expect(await store.getState().openShift('  Ana  ')).toBe(true)
    expect(store.getState().currentShift?.shift).toEqual({ shiftId: 'sh_2', openedAt: OPENED, closedAt: null, openedBy: 'Ana' })
    expect(await store.getState().openShift('   ')).toBe(true)
    expect(callsOf('shifts.open')).toEqual([{ openedBy: 'Ana' }, {}])
    expect(store.getState().shiftAction).toBeNull()
  })

  it('shows the refusal when a shift is already open, and then the one that is', async () => {
    const other = openReport({ shift: { shiftId: 'theirs', openedAt: OPENED, closedAt: null, openedBy: 'Other counter' } })
    const { store } = makeStore({
      'shifts.open': () => ({ ok: false, error: { code: 'SHIFT_ALREADY_OPEN', message: 'A shift is already open (opened 09:00 by Other counter).' } }),
      'shifts.current': () => other
    })
    expect(await store.getState().openShift('Ana')).toBe(false)
    expect(store.getState().shiftActionError).toBe('A shift is already open (opened 09:00 by Other counter).')
    // the refusal belongs to opening: the close dialog will not show it
    expect(store.getState().shiftActionFailed).toBe('opening')
    await vi.waitFor(() => expect(store.getState().currentShift?.shift.shiftId).toBe('theirs'))
  })

  it('closes the shift: its Z report goes on screen, it leads the closed list, nothing is open', async () => {
    const z = closedReport()
    const { store, callsOf } = makeStore({
      'shifts.current': () => openReport(),
      'shifts.list': () => [z.shift],
      'shifts.close': () => z
    })
    await store.getState().loadShift()
    expect(store.getState().currentShift?.shift.shiftId).toBe('sh_2')
    expect(await store.getState().closeShift()).toBe(true)
    const s = store.getState()
    expect(s.currentShift).toBeNull()
    expect(s.zReport).toBe(z)
    expect(s.zReportId).toBe('sh_1')
    expect(s.closedShifts[0]?.shiftId).toBe('sh_1')
    // the list is fetched again (another counter's shifts may have closed too)
    await vi.waitFor(() => expect(callsOf('shifts.list')).toHaveLength(2))
    store.getState().dismissShiftReport()
    expect(store.getState().zReport).toBeNull()
    expect(store.getState().zReportId).toBeNull()
  })

  it('keeps the open shift when closing fails, with the server’s words', async () => {
    const { store } = makeStore({
      'shifts.current': () => openReport(),
      'shifts.list': () => [],
      'shifts.close': () => ({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side and nothing was changed by it.' } })
    })
    await store.getState().loadShift()
    expect(await store.getState().closeShift()).toBe(false)
    expect(store.getState().currentShift?.shift.shiftId).toBe('sh_2')
    expect(store.getState().zReport).toBeNull()
    expect(store.getState().shiftActionError).toMatch(/nothing was changed/)
    expect(store.getState().shiftActionFailed).toBe('closing')
    store.getState().clearShiftError()
    expect(store.getState()).toMatchObject({ shiftActionError: null, shiftActionFailed: null })
  })

  it('does not let a refresh sent before the close bring the closed shift back', async () => {
    const late = deferred<ShiftReport | null>()
    let calls = 0
    const { store } = makeStore({
      'shifts.current': () => (++calls === 1 ? openReport() : late.promise),
      'shifts.list': () => [],
      'shifts.close': () => closedReport()
    })
    await store.getState().loadShift()
    const refresh = store.getState().refreshCurrentShift()
    await store.getState().closeShift()
    late.resolve(openReport())
    await refresh
    expect(store.getState().currentShift).toBeNull()
    expect(store.getState().zReport?.shift.shiftId).toBe('sh_1')
  })

  it('opens a closed shift’s report, and ignores the answer for one no longer asked for', async () => {
    const first = deferred<ShiftReport>()
    const { store, callsOf } = makeStore({
      'shifts.report': (a: { shiftId: string }) => (a.shiftId === 'a' ? first.promise : closedReport({ shift: { shiftId: 'b', openedAt: 1, closedAt: 2, openedBy: null } }))
    })
    const pa = store.getState().viewShiftReport('a')
    expect(store.getState().zReportStatus).toBe('loading')
    await store.getState().viewShiftReport('b')
    first.resolve(closedReport({ shift: { shiftId: 'a', openedAt: 1, closedAt: 2, openedBy: null } }))
    await pa
    expect(store.getState().zReport?.shift.shiftId).toBe('b')
    expect(callsOf('shifts.report')).toEqual([{ shiftId: 'a' }, { shiftId: 'b' }])
  })

  it('shows a report that cannot be loaded as an error', async () => {
    const { store } = makeStore({ 'shifts.report': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'No shift sh_x.' } }) })
    await store.getState().viewShiftReport('sh_x')
    expect(store.getState()).toMatchObject({ zReportStatus: 'error', zReportError: 'No shift sh_x.', zReportId: 'sh_x' })
  })

  it('refreshes the open shift once, after sale events stop for the debounce time, while the Shift screen shows', async () => {
    vi.useFakeTimers()
    const { store, callsOf } = makeStore({ 'shifts.current': () => openReport(), 'shifts.list': () => [] })
    store.getState().setRoute('#/shift')
    await store.getState().loadShift()
    const before = callsOf('shifts.current').length
    const batch = (createdAt: number) => ({ ...emptyBatch(), sales: [sale({ sessionId: `x${createdAt}`, createdAt })] })
    deliverBatch(store, batch(OPENED + 1))
    await vi.advanceTimersByTimeAsync(SHIFT_REFRESH_DEBOUNCE_MS - 100)
    deliverBatch(store, batch(OPENED + 2))
    await vi.advanceTimersByTimeAsync(SHIFT_REFRESH_DEBOUNCE_MS - 1)
    expect(callsOf('shifts.current').length).toBe(before)
    await vi.advanceTimersByTimeAsync(1)
    expect(callsOf('shifts.current').length).toBe(before + 1)

    // a sale from before the shift opened does not belong to it
    deliverBatch(store, batch(OPENED - 1))
    await vi.advanceTimersByTimeAsync(SHIFT_REFRESH_MAX_WAIT_MS)
    expect(callsOf('shifts.current').length).toBe(before + 1)

    // on another screen nothing is fetched (the Shift screen loads when it is shown)
    store.getState().setRoute('#/counter')
    deliverBatch(store, batch(OPENED + 3))
    await vi.advanceTimersByTimeAsync(SHIFT_REFRESH_MAX_WAIT_MS)
    expect(callsOf('shifts.current').length).toBe(before + 1)
  })

  it('refreshes at least every max-wait under a steady stream of events', async () => {
    vi.useFakeTimers()
    let now = OPENED + 10_000
    const { store, callsOf } = makeStore({ 'shifts.current': () => openReport(), 'shifts.list': () => [] }, () => now)
    store.getState().setRoute('#/shift')
    await store.getState().loadShift()
    const before = callsOf('shifts.current').length
    // an event every 300 ms (less than the debounce time) for 2.4 s
    for (let t = 0; t < 8; t++) {
      deliverBatch(store, { ...emptyBatch(), sales: [sale({ sessionId: `y${t}`, createdAt: OPENED + 5 })] })
      await vi.advanceTimersByTimeAsync(300)
      now += 300
    }
    expect(callsOf('shifts.current').length).toBe(before + 1)
  })
})
