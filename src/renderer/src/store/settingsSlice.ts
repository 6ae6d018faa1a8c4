// Settings and audit log. The server never sends secrets: only "set" and the last 4 characters.
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
}

export interface SettingsSlice {
  config: SettingsView | null
  configStatus: LoadStatus
  configError: string | null
  draft: SettingsDraft | null
  saving: boolean
  saveMessage: { tone: 'ok' | 'error'; text: string } | null
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
    currency: v.currency
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
  if (d.currency.trim().toUpperCase() !== v.currency) c.currency = d.currency.trim().toUpperCase()
  return c
}

/** Fields whose change needs the manager PIN (mirrors the server's rule, which is the one enforced). */
export function needsPin(changes: Record<string, unknown>): boolean {
  return ['environment', 'meshClientId', 'meshApiKey', 'webhookSecret', 'payouts'].some((k) => k in changes)
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
    audit: [],
    auditStatus: 'idle',
    auditError: null,
    async loadConfig(opts) {
      set({ configStatus: get().config ? 'ready' : 'loading' })
      const r = await deps.bridge.invoke('settings.get', {})
      if (r.ok) set({ config: r.value, draft: (opts?.keepDraft ? get().draft : null) ?? draftFrom(r.value), configStatus: 'ready', configError: null })
      else set({ configStatus: 'error', configError: r.error.message })
    },
    editDraft(patch) {
      const d = get().draft
      if (d) set({ draft: { ...d, ...patch }, saveMessage: null })
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
      const changes = changesFrom(config, draft)
      if (Object.keys(changes).length === 0) {
        set({ saveMessage: { tone: 'ok', text: 'Nothing to save: no changes.' } })
        return true
      }
      set({ saving: true, saveMessage: null })
      const r = await deps.bridge.invoke('settings.update', { changes, ...(pin ? { pin } : {}) } as never)
      if (r.ok) {
        set({ saving: false, config: r.value, draft: draftFrom(r.value), saveMessage: { tone: 'ok', text: r.value.restartRequired ? 'Saved. Restart Countertop to switch environment or keys.' : 'Saved.' } })
        void get().loadCounterSettings()
        return true
      }
      set({ saving: false, saveMessage: { tone: 'error', text: r.error.message } })
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
