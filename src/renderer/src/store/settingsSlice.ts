// Settings and audit log. The server never sends secrets: only "set" and the last 4 characters.
import { parseAmountInput } from '../../../shared/amount-input'
import type { AuditEntryView, SettingsView } from '../../../shared/contract'
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface PayoutDraft {
  asset: string
  network: string
  address: string
}

export interface SettingsDraft {
  environment: SettingsView['environment']
  meshClientId: string
  /** Empty means "keep the stored value". */
  meshApiKey: string
  webhookSecret: string
  payouts: PayoutDraft[]
  currency: string
  shopName: string
  shopAddress: string
  /** Empty means "the system's locale". */
  locale: string
  /** USD per one unit of the draft's currency (decimal text); empty means none. */
  fxRate: string
  /** The most one sale may charge, as typed; empty means no limit. */
  saleLimit: string
  paidSound: boolean
  notifications: boolean
}

/** Draft fields that can carry their own error (client checks, or the server's, by its path). */
export type SettingsField = 'currency' | 'locale' | 'fxRate' | 'saleLimit' | 'shopName' | 'shopAddress' | 'payouts' | 'meshClientId' | 'meshApiKey' | 'webhookSecret'
export type FieldErrors = Partial<Record<SettingsField, string>>

export interface SettingsSlice {
  config: SettingsView | null
  configStatus: LoadStatus
  configError: string | null
  draft: SettingsDraft | null
  saving: boolean
  saveMessage: { tone: 'ok' | 'error'; text: string } | null
  /** Errors shown next to their field (cleared when the field is edited). */
  fieldErrors: FieldErrors
  audit: AuditEntryView[]
  auditStatus: LoadStatus
  auditError: string | null
  /** Loads the settings; `keepDraft` keeps what the manager is editing (e.g. after setting the PIN). */
  loadConfig(opts?: { keepDraft?: boolean }): Promise<void>
  editDraft(patch: Partial<SettingsDraft>): void
  editPayout(index: number, patch: Partial<PayoutDraft>): void
  addPayout(): void
  removePayout(index: number): void
  saveSettings(pin: string): Promise<boolean>
  setPin(currentPin: string, newPin: string): Promise<boolean>
  loadAudit(): Promise<void>
}

export function draftFrom(v: SettingsView): SettingsDraft {
  return {
    environment: v.environment,
    meshClientId: v.meshClientId ?? '',
    meshApiKey: '',
    webhookSecret: '',
    payouts: v.payouts.map((p) => ({ ...p })),
    currency: v.currency,
    shopName: v.shop.name,
    shopAddress: v.shop.address,
    locale: v.locale ?? '',
    fxRate: v.fxRates[v.currency] ?? '',
    saleLimit: v.saleLimit ?? '',
    paidSound: v.paidSound,
    notifications: v.notifications
  }
}

const RATE = /^\d{1,6}(\.\d{1,8})?$/

/**
 * The draft for settings `v` that have just arrived: `v` as it is, with every field edited between
 * `asked` (the draft when they were asked for) and `now` kept as typed. A slow answer must not wipe
 * what the manager typed while it was on its way; edits left from an earlier visit do not survive.
 */
export function draftOver(v: SettingsView, asked: SettingsDraft | null, now: SettingsDraft | null): SettingsDraft {
  const fresh = draftFrom(v)
  if (!asked || !now || asked === now) return fresh
  const typed: Partial<SettingsDraft> = {}
  // Edits make a new draft that shares every field they did not touch (payouts included).
  for (const k of Object.keys(now) as (keyof SettingsDraft)[]) if (now[k] !== asked[k]) Object.assign(typed, { [k]: now[k] })
  return { ...fresh, ...typed }
}

/** The draft's locale tag if it is one Intl knows, else null. */
function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null
  } catch {
    return null
  }
}

/** The limit as canonical decimal text (typed the draft locale's way), or the reason it cannot be one. */
function limitOf(d: SettingsDraft): { value: string | null } | { error: string } {
  const t = d.saleLimit.trim()
  if (!t) return { value: null }
  const locale = (d.locale.trim() && canonicalLocale(d.locale.trim())) || undefined
  const r = parseAmountInput(t, { currency: d.currency.trim().toUpperCase() || 'USD', locale })
  return r.ok ? { value: r.value } : { error: r.error }
}

/** What is wrong with the draft, field by field, before anything is sent (the server checks again). */
export function draftProblems(d: SettingsDraft): FieldErrors {
  const e: FieldErrors = {}
  const currency = d.currency.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) e.currency = 'A currency is a 3-letter ISO code such as USD or EUR.'
  const locale = d.locale.trim()
  if (locale && !canonicalLocale(locale)) e.locale = `“${locale}” is not a locale tag: use one such as en-US, de-DE or fr-CH (or leave it empty for the system's).`
  const rate = d.fxRate.trim()
  if (currency !== 'USD' && rate) {
    if (!RATE.test(rate)) e.fxRate = `A rate is how many USD one ${currency || 'unit'} buys, as digits with “.” for decimals, such as 1.087 (at most 8 decimals).`
    else if (!/[1-9]/.test(rate)) e.fxRate = 'A rate must be more than zero.'
  }
  const limit = limitOf(d)
  if ('error' in limit) e.saleLimit = limit.error
  if (d.shopName.trim().length > 100) e.shopName = 'A shop name has at most 100 characters.'
  if (d.shopAddress.trim().length > 300) e.shopAddress = 'An address has at most 300 characters.'
  return e
}

/** Which field a server error is about: the registry names the argument's path, e.g. "(changes.saleLimit)". */
export function fieldOfServerError(message: string): SettingsField | null {
  const m = /\(changes\.([A-Za-z]+)(?:\.([A-Za-z]+))?/.exec(message)
  if (!m) return null
  switch (m[1]) {
    case 'fxRates':
      return 'fxRate'
    case 'shop':
      return m[2] === 'address' ? 'shopAddress' : 'shopName'
    case 'currency':
    case 'locale':
    case 'saleLimit':
    case 'payouts':
    case 'meshClientId':
    case 'meshApiKey':
    case 'webhookSecret':
      return m[1]
    default:
      return null
  }
}

/** Only what the manager changed goes to the server (so an untouched secret is kept). */
export function changesFrom(v: SettingsView, d: SettingsDraft): Record<string, unknown> {
  const c: Record<string, unknown> = {}
  if (d.environment !== v.environment) c.environment = d.environment
  if (d.meshClientId.trim() !== (v.meshClientId ?? '')) c.meshClientId = d.meshClientId.trim()
  if (d.meshApiKey.trim() !== '') c.meshApiKey = d.meshApiKey.trim()
  if (d.webhookSecret !== '') c.webhookSecret = d.webhookSecret
  const payouts = d.payouts.map((p) => ({ asset: p.asset.trim().toUpperCase(), network: p.network, address: p.address.trim() }))
  if (JSON.stringify(payouts) !== JSON.stringify(v.payouts)) c.payouts = payouts
  const currency = d.currency.trim().toUpperCase()
  if (currency !== v.currency) c.currency = currency
  if (d.shopName.trim() !== v.shop.name || d.shopAddress.trim() !== v.shop.address) c.shop = { name: d.shopName.trim(), address: d.shopAddress.trim() }
  const locale = d.locale.trim() ? (canonicalLocale(d.locale.trim()) ?? d.locale.trim()) : null
  if (locale !== v.locale) c.locale = locale
  // The rate field is for the draft's currency: the whole map goes, with that entry set or removed.
  if (currency !== 'USD') {
    const rate = d.fxRate.trim()
    if (rate !== (v.fxRates[currency] ?? '')) {
      const rates = { ...v.fxRates }
      if (rate) rates[currency] = rate
      else delete rates[currency]
      c.fxRates = rates
    }
  }
  const limit = limitOf(d)
  const limitValue = 'value' in limit ? limit.value : d.saleLimit.trim()
  if (limitValue !== v.saleLimit) c.saleLimit = limitValue
  if (d.paidSound !== v.paidSound) c.paidSound = d.paidSound
  if (d.notifications !== v.notifications) c.notifications = d.notifications
  return c
}

/** Fields whose change needs the manager PIN (mirrors the server's rule, which is the one enforced). */
export function needsPin(changes: Record<string, unknown>): boolean {
  return ['environment', 'meshClientId', 'meshApiKey', 'webhookSecret', 'payouts', 'fxRates', 'saleLimit'].some((k) => k in changes)
}

export const createSettingsSlice =
  (deps: StoreDeps): Slice<SettingsSlice> =>
  (set, get) => ({
    config: null,
    configStatus: 'idle',
    configError: null,
    draft: null,
    saving: false,
    saveMessage: null,
    fieldErrors: {},
    audit: [],
    auditStatus: 'idle',
    auditError: null,
    async loadConfig(opts) {
      set({ configStatus: get().config ? 'ready' : 'loading' })
      const asked = get().draft
      const r = await deps.bridge.invoke('settings.get', {})
      const now = get().draft
      if (r.ok) set({ config: r.value, draft: (opts?.keepDraft ? now : null) ?? draftOver(r.value, asked, now), configStatus: 'ready', configError: null })
      else set({ configStatus: 'error', configError: r.error.message })
    },
    editDraft(patch) {
      const d = get().draft
      if (!d) return
      const fieldErrors = { ...get().fieldErrors }
      for (const k of Object.keys(patch)) delete fieldErrors[k as SettingsField]
      // A new currency changes which rate the rate field is about.
      if (patch.currency !== undefined && patch.fxRate === undefined && get().config) {
        const cur = patch.currency.trim().toUpperCase()
        patch = { ...patch, fxRate: get().config!.fxRates[cur] ?? '' }
        delete fieldErrors.fxRate
      }
      set({ draft: { ...d, ...patch }, saveMessage: null, fieldErrors })
    },
    editPayout(index, patch) {
      const d = get().draft
      if (!d) return
      set({ draft: { ...d, payouts: d.payouts.map((p, i) => (i === index ? { ...p, ...patch } : p)) }, saveMessage: null })
    },
    addPayout() {
      const d = get().draft
      if (d) set({ draft: { ...d, payouts: [...d.payouts, { asset: 'USDC', network: get().config?.networks[0] ?? 'Ethereum', address: '' }] } })
    },
    removePayout(index) {
      const d = get().draft
      if (d) set({ draft: { ...d, payouts: d.payouts.filter((_, i) => i !== index) } })
    },
    async saveSettings(pin) {
      const { config, draft } = get()
      if (!config || !draft) return false
      const problems = draftProblems(draft)
      if (Object.keys(problems).length > 0) {
        set({ fieldErrors: problems, saveMessage: { tone: 'error', text: 'Nothing was saved: correct the fields marked below.' } })
        return false
      }
      const changes = changesFrom(config, draft)
      if (Object.keys(changes).length === 0) {
        set({ saveMessage: { tone: 'ok', text: 'Nothing to save: no changes.' } })
        return true
      }
      set({ saving: true, saveMessage: null, fieldErrors: {} })
      const r = await deps.bridge.invoke('settings.update', { changes, ...(pin ? { pin } : {}) } as never)
      if (r.ok) {
        set({ saving: false, config: r.value, draft: draftOver(r.value, draft, get().draft), fieldErrors: {}, saveMessage: { tone: 'ok', text: r.value.restartRequired ? 'Saved. Restart Countertop to switch environment or keys.' : 'Saved.' } })
        void get().loadCounterSettings()
        return true
      }
      const field = fieldOfServerError(r.error.message)
      set({
        saving: false,
        // The field's own error sits next to it (message without the path); the notice says nothing was saved.
        fieldErrors: field ? { [field]: r.error.message.replace(/\s*\(changes\.[^)]*\)\s*$/, '') } : {},
        saveMessage: { tone: 'error', text: field ? 'Nothing was saved: see the field marked below.' : r.error.message }
      })
      return false
    },
    async setPin(currentPin, newPin) {
      set({ saving: true, saveMessage: null })
      const r = await deps.bridge.invoke('settings.setPin', { newPin, ...(currentPin ? { currentPin } : {}) })
      if (r.ok) {
        set({ saving: false, saveMessage: { tone: 'ok', text: 'Manager PIN saved.' } })
        // Unsaved edits stay: "set a PIN first" must not throw away what the manager typed.
        await get().loadConfig({ keepDraft: true })
        return true
      }
      set({ saving: false, saveMessage: { tone: 'error', text: r.error.message } })
      return false
    },
    async loadAudit() {
      set({ auditStatus: get().audit.length ? 'ready' : 'loading' })
      const r = await deps.bridge.invoke('audit.list', { limit: 200 })
      if (r.ok) set({ audit: r.value, auditStatus: 'ready', auditError: null })
      else set({ auditStatus: 'error', auditError: r.error.message })
    }
  })
