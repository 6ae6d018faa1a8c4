// The Settings fields the counter needs (shop, locale, exchange rate, per-sale limit, cues): what
// the draft sends, what needs the manager PIN, and where an error is shown.
import { describe, expect, it } from 'vitest'
import type { SettingsView } from '../../src/shared/contract'
import { changesFrom, draftFrom, draftProblems, fieldOfServerError, needsPin } from '../../src/renderer/src/store/settingsSlice'
import { deferred, makeStore } from './fakes'

const view: SettingsView = {
  environment: 'emulator',
  runningMode: 'emulator',
  restartRequired: false,
  meshClientId: null,
  secrets: { meshApiKey: { set: false, last4: null }, webhookSecret: { set: true, last4: null } },
  payouts: [{ asset: 'USDC', network: 'Ethereum', address: '0x' + 'ab'.repeat(20) }],
  currency: 'EUR',
  pinSet: true,
  networks: ['Ethereum'],
  locale: null,
  fxRates: { EUR: '1.087', GBP: '1.27' },
  saleLimit: null,
  shop: { name: 'Corner Café', address: '1 Main St' },
  paidSound: false,
  notifications: false
}

describe('settings for the counter', () => {
  it('starts the draft from the saved settings, the rate being the current currency one', () => {
    const d = draftFrom(view)
    expect(d).toMatchObject({ shopName: 'Corner Café', shopAddress: '1 Main St', locale: '', fxRate: '1.087', saleLimit: '', paidSound: false, notifications: false })
    expect(changesFrom(view, d)).toEqual({})
  })

  it('sends only what changed: shop, locale, the rate map, limit and cues', () => {
    const d = { ...draftFrom(view), shopName: ' Corner Café & Bar ', locale: 'de-de', fxRate: '1.09', saleLimit: '500', paidSound: true, notifications: true }
    expect(changesFrom(view, d)).toEqual({
      shop: { name: 'Corner Café & Bar', address: '1 Main St' },
      locale: 'de-DE',
      fxRates: { EUR: '1.09', GBP: '1.27' },
      saleLimit: '500',
      paidSound: true,
      notifications: true
    })
  })

  it('reads the limit the locale way and clears what was emptied', () => {
    const v = { ...view, locale: 'de-DE', saleLimit: '500' }
    expect(changesFrom(v, { ...draftFrom(v), saleLimit: '1.500' })).toEqual({ saleLimit: '1500' })
    expect(changesFrom(v, { ...draftFrom(v), saleLimit: '' })).toEqual({ saleLimit: null })
    expect(changesFrom(v, { ...draftFrom(v), locale: ' ' })).toEqual({ locale: null })
    expect(changesFrom(view, { ...draftFrom(view), fxRate: '' })).toEqual({ fxRates: { GBP: '1.27' } })
  })

  it('takes the rate field for the currency being switched to', async () => {
    const { store } = makeStore({ 'settings.get': () => view })
    await store.getState().loadConfig()
    store.getState().editDraft({ currency: 'GBP' })
    expect(store.getState().draft!.fxRate).toBe('1.27')
    store.getState().editDraft({ currency: 'CHF' })
    expect(store.getState().draft!.fxRate).toBe('')
  })

  it('keeps what was typed while the settings were on their way back, and takes the rest from them', async () => {
    const { store } = makeStore({ 'settings.get': () => view })
    await store.getState().loadConfig()
    // An edit left from an earlier visit does not survive the next one.
    store.getState().editDraft({ shopAddress: 'left unsaved' })
    await store.getState().loadConfig()
    expect(store.getState().draft!.shopAddress).toBe('1 Main St')

    // Settings opened again: the form shows the last draft while the fresh one is asked for, and
    // the manager types before it arrives. Meanwhile another counter renamed the shop.
    const slow = deferred<SettingsView>()
    const { store: s2 } = makeStore({ 'settings.get': () => slow.promise })
    s2.setState({ config: view, draft: draftFrom(view), configStatus: 'ready' })
    const loading = s2.getState().loadConfig()
    s2.getState().editDraft({ meshApiKey: 'sk_typed_7q2z', meshClientId: 'client-typed' })
    s2.getState().editPayout(0, { address: '0x' + 'cd'.repeat(20) })
    slow.resolve({ ...view, shop: { name: 'Renamed elsewhere', address: '1 Main St' }, meshClientId: 'old-client' })
    await loading
    expect(s2.getState().draft).toMatchObject({ meshApiKey: 'sk_typed_7q2z', meshClientId: 'client-typed', shopName: 'Renamed elsewhere' })
    expect(s2.getState().draft!.payouts[0]!.address).toBe('0x' + 'cd'.repeat(20))
    expect(Object.keys(changesFrom(s2.getState().config!, s2.getState().draft!)).sort()).toEqual(['meshApiKey', 'meshClientId', 'payouts'])
  })

  it('needs the manager PIN for exchange rates and the per-sale limit, not for the shop or cues', () => {
    expect(needsPin({ fxRates: {} })).toBe(true)
    expect(needsPin({ saleLimit: '5' })).toBe(true)
    expect(needsPin({ shop: {}, locale: 'en-US', paidSound: true, notifications: true })).toBe(false)
  })

  it('names what is wrong with each field before anything is sent', () => {
    const d = { ...draftFrom(view), locale: 'en_US!', fxRate: '1,087', saleLimit: 'lots', currency: 'EU' }
    expect(draftProblems(d)).toEqual({
      currency: 'A currency is a 3-letter ISO code such as USD or EUR.',
      locale: "“en_US!” is not a locale tag: use one such as en-US, de-DE or fr-CH (or leave it empty for the system's).",
      fxRate: 'A rate is how many USD one EU buys, as digits with “.” for decimals, such as 1.087 (at most 8 decimals).',
      saleLimit: '“lots” is not an amount: type digits such as 12.50.'
    })
    expect(draftProblems({ ...draftFrom(view), fxRate: '0' })).toEqual({ fxRate: 'A rate must be more than zero.' })
  })

  it('does not call the server when a field is wrong, and keeps what was typed', async () => {
    const { store, callsOf } = makeStore({ 'settings.get': () => view, 'settings.update': () => view })
    await store.getState().loadConfig()
    store.getState().editDraft({ fxRate: 'abc' })
    expect(await store.getState().saveSettings('2468')).toBe(false)
    expect(callsOf('settings.update')).toEqual([])
    expect(store.getState().fieldErrors.fxRate).toMatch(/A rate is how many USD one EUR buys/)
    expect(store.getState().draft!.fxRate).toBe('abc')
    // Editing the field clears its error.
    store.getState().editDraft({ fxRate: '1.1' })
    expect(store.getState().fieldErrors.fxRate).toBeUndefined()
  })

  it('shows a server error next to the field its path names', async () => {
    const { store } = makeStore({
      'settings.get': () => view,
      'settings.update': () => ({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'A limit is an amount such as 500 (changes.saleLimit)' } })
    })
    await store.getState().loadConfig()
    store.getState().editDraft({ saleLimit: '100' })
    expect(await store.getState().saveSettings('2468')).toBe(false)
    expect(store.getState().fieldErrors).toEqual({ saleLimit: 'A limit is an amount such as 500' })
    expect(store.getState().saveMessage).toEqual({ tone: 'error', text: 'Nothing was saved: see the field marked below.' })
  })

  it('maps the registry path of each field', () => {
    expect(fieldOfServerError('A rate is a decimal such as 1.087 (changes.fxRates.EUR)')).toBe('fxRate')
    expect(fieldOfServerError('Too long (changes.shop.address)')).toBe('shopAddress')
    expect(fieldOfServerError('Too long (changes.shop.name)')).toBe('shopName')
    expect(fieldOfServerError('That PIN is not right. Nothing was changed.')).toBeNull()
  })
})
