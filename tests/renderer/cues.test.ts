// The paid / failed cue: when it fires (once per sale, only for an outcome this console saw
// happen), what it does (sound when on, notification only when not focused), and that the two
// sounds differ. The store is the real one; the audio context is a recording fake.
import { describe, expect, it } from 'vitest'
import type { CounterSettings } from '../../src/shared/contract'
import { attachCues, createAudioCues, cueActions, decideCues, saleOutcome, type Cue, type CueKind } from '../../src/renderer/src/lib/cues'
import { createAppStore } from '../../src/renderer/src/store'
import { fakeBridge } from './fakes'
import { row, sale } from './fixtures'

const paidTransfer = row({ transferId: 't', status: 'succeeded', isFinal: true })

describe('decideCues', () => {
  const waiting = sale({ sessionId: 'a', state: 'waiting', amount: '12.50' })

  it('cues paid when a sale this console saw waiting succeeds', () => {
    const cues = decideCues({ a: waiting }, { a: { ...waiting, state: 'succeeded' } }, new Set(), 'en-US')
    expect(cues).toEqual([{ sessionId: 'a', kind: 'paid', title: 'Paid: $12.50', body: 'Mesh confirmed the payment in USDC on Ethereum.' }])
  })

  it('cues failed when it fails', () => {
    const cues = decideCues({ a: waiting }, { a: { ...waiting, state: 'failed' } }, new Set(), 'en-US')
    expect(cues.map((c) => [c.kind, c.title])).toEqual([['failed', 'Not paid: $12.50']])
  })

  it('never cues a sale first seen already paid (a reload of the list, a page opened later)', () => {
    expect(decideCues({}, { a: { ...waiting, state: 'succeeded' } }, new Set())).toEqual([])
  })

  it('never cues the same sale twice, even when the list reloads it', () => {
    const paid = { ...waiting, state: 'succeeded' as const }
    expect(decideCues({ a: waiting }, { a: paid }, new Set(['a']))).toEqual([])
    // A fresh copy of the same paid sale (reload) is the same outcome as before: no cue.
    expect(decideCues({ a: paid }, { a: { ...paid } }, new Set())).toEqual([])
  })

  it('cues nothing for a sale the counter ended without payment', () => {
    expect(decideCues({ a: waiting }, { a: { ...waiting, state: 'cancelled', endReason: 'cancelled' } }, new Set())).toEqual([])
    expect(decideCues({ a: waiting }, { a: { ...waiting, state: 'pending' } }, new Set())).toEqual([])
  })

  it('cues a payment that arrived after cancel as paid, saying so', () => {
    const cancelled = { ...waiting, state: 'cancelled' as const, endReason: 'cancelled' as const }
    const cues = decideCues({ a: cancelled }, { a: { ...cancelled, lateTransfer: true, transfer: paidTransfer } }, new Set(), 'en-US')
    expect(cues.map((c) => [c.kind, c.title])).toEqual([['paid', 'Paid after cancel: $12.50']])
  })

  it('cues a succeeded sale whose amount Mesh reports differently with the failed sound', () => {
    const mismatch = { charged: '12.50', currency: 'USD', reported: '1', asset: 'USDC', field: 'DestinationAmount' as const }
    expect(saleOutcome({ ...waiting, state: 'succeeded', amountMismatch: mismatch })).toBe('failed')
    const cues = decideCues({ a: waiting }, { a: { ...waiting, state: 'succeeded', amountMismatch: mismatch } }, new Set(), 'en-US')
    expect(cues.map((c) => c.title)).toEqual(['Amount mismatch: $12.50'])
  })
})

describe('cueActions', () => {
  const cue: Cue = { sessionId: 'a', kind: 'paid', title: 'Paid', body: '' }
  it('plays the sound when it is on, and notifies only when the console is not focused', () => {
    expect(cueActions(cue, { paidSound: true, notifications: true, focused: true })).toEqual({ sound: 'paid', notify: false })
    expect(cueActions(cue, { paidSound: true, notifications: true, focused: false })).toEqual({ sound: 'paid', notify: true })
    expect(cueActions(cue, { paidSound: false, notifications: false, focused: false })).toEqual({ sound: null, notify: false })
    expect(cueActions({ ...cue, kind: 'failed' }, { paidSound: true, notifications: false, focused: false })).toEqual({ sound: 'failed', notify: false })
  })
})

describe('attachCues on the store', () => {
  const settings: CounterSettings = {
    mode: 'emulator',
    currency: 'USD',
    payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x1' }],
    defaultAsset: 'USDC',
    defaultNetwork: 'Ethereum',
    locale: 'en-US',
    fxRate: null,
    chargeBlocked: null,
    saleLimit: null,
    shop: { name: '', address: '' },
    paidSound: true,
    notifications: true
  }

  it('cues each outcome once across live events and a reload of the shift list', async () => {
    const at = new Date(2025, 4, 20, 13).getTime()
    const { bridge } = fakeBridge({ 'counter.settings': () => settings, 'sales.list': () => [sale({ sessionId: 'a', createdAt: at, state: 'succeeded' })] })
    const store = createAppStore({ bridge, link: { open: async () => {}, close: () => {} }, now: () => at + 3_600_000 })
    await store.getState().loadCounterSettings()
    const played: CueKind[] = []
    const notified: string[] = []
    let focused = false
    const stop = attachCues(store, { play: (k) => played.push(k), notify: (c) => notified.push(c.title), hasFocus: () => focused })

    store.getState().applySales([sale({ sessionId: 'a', createdAt: at, state: 'waiting' })])
    store.getState().applySales([sale({ sessionId: 'a', createdAt: at, state: 'pending' })])
    expect(played).toEqual([])
    store.getState().applySales([sale({ sessionId: 'a', createdAt: at, state: 'succeeded' })])
    expect(played).toEqual(['paid'])
    expect(notified).toEqual(['Paid: $12.50'])
    // The same sale again: live, then through a reload of the list.
    store.getState().applySales([sale({ sessionId: 'a', createdAt: at, state: 'succeeded', sdkEvents: [{ id: 1, at: 1, type: 'exit', payload: null }] })])
    await store.getState().loadShiftSales()
    expect(played).toEqual(['paid'])

    // Focused: the sound, no notification.
    focused = true
    store.getState().applySales([sale({ sessionId: 'b', createdAt: at, state: 'waiting', amount: '3.00' })])
    store.getState().applySales([sale({ sessionId: 'b', createdAt: at, state: 'failed', amount: '3.00' })])
    expect(played).toEqual(['paid', 'failed'])
    expect(notified).toEqual(['Paid: $12.50'])
    stop()
  })

  it('stays quiet when the merchant turned the sound and notifications off', async () => {
    const { bridge } = fakeBridge({ 'counter.settings': () => ({ ...settings, paidSound: false, notifications: false }) })
    const store = createAppStore({ bridge, link: { open: async () => {}, close: () => {} }, now: () => 0 })
    await store.getState().loadCounterSettings()
    const calls: string[] = []
    attachCues(store, { play: (k) => calls.push(k), notify: (c) => calls.push(c.title), hasFocus: () => false })
    store.getState().applySales([sale({ sessionId: 'a', state: 'waiting' })])
    store.getState().applySales([sale({ sessionId: 'a', state: 'succeeded' })])
    expect(calls).toEqual([])
  })
})

describe('createAudioCues', () => {
  /** Records what each cue schedules: oscillator type, frequencies, start/stop, gain envelope. */
  function fakeContext() {
    const log: { type: string; hz: number[]; start: number; stop: number; gains: [string, number][] }[] = []
    let state: AudioContextState = 'suspended'
    let resumed = 0
    const ctx = {
      get state() {
        return state
      },
      currentTime: 1,
      destination: {},
      resume: async () => {
        resumed++
        state = 'running'
      },
      createOscillator() {
        const o = { type: 'sine', hz: [] as number[], start: 0, stop: 0 }
        const entry = { type: '', hz: o.hz, start: 0, stop: 0, gains: [] as [string, number][] }
        log.push(entry)
        return {
          set type(t: string) {
            entry.type = t
          },
          frequency: { setValueAtTime: (v: number) => o.hz.push(v) },
          connect: (g: unknown) => g,
          start: (t: number) => (entry.start = t),
          stop: (t: number) => (entry.stop = t)
        }
      },
      createGain() {
        const entry = () => log[log.length - 1]!
        const node = {
          gain: {
            setValueAtTime: (v: number) => entry().gains.push(['set', v]),
            exponentialRampToValueAtTime: (v: number) => entry().gains.push(['ramp', v])
          },
          connect: (d: unknown) => d
        }
        return node
      }
    }
    return { ctx: ctx as unknown as AudioContext, log, resumed: () => resumed }
  }

  it('plays two different short tone sequences for paid and failed, with an envelope', () => {
    const f = fakeContext()
    const cues = createAudioCues(() => f.ctx)
    cues.prime()
    expect(f.resumed()).toBe(1)
    cues.play('paid')
    const paid = f.log.splice(0)
    cues.play('failed')
    const failed = f.log.splice(0)
    expect(paid.map((n) => n.hz[0])).toEqual([659.25, 880])
    expect(failed.map((n) => n.hz[0])).toEqual([220, 164.81])
    expect(paid[0]!.type).not.toBe(failed[0]!.type)
    for (const n of [...paid, ...failed]) {
      // Silent at both ends (no click), under a second in all.
      expect(n.gains[0]).toEqual(['set', 0.0001])
      expect(n.gains[n.gains.length - 1]).toEqual(['ramp', 0.0001])
      expect(n.stop - n.start).toBeLessThan(0.5)
    }
  })

  it('does nothing where there is no Web Audio', () => {
    const cues = createAudioCues(() => null)
    expect(() => cues.play('paid')).not.toThrow()
  })
})
