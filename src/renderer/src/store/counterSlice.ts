import { AmountText, type CounterSettings, type SaleView } from '../../../shared/contract'
import { startOfLocalDay } from '../lib/format'
import { mergeSale } from '../lib/saleState'
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface SaleForm {
  amount: string
  asset: string
  network: string
  /** Loyalty number; sent as customerRef so a returning customer skips the sign-in. */
  customerRef: string
}

export interface CounterSlice {
  settings: CounterSettings | null
  settingsStatus: LoadStatus
  settingsError: string | null
  saleForm: SaleForm
  /** Why the amount cannot be charged (shown next to the field). */
  amountError: string | null
  charging: boolean
  chargeError: string | null
  /** The sale shown in the sale panel. */
  currentSaleId: string | null
  linkOpen: boolean
  /** Every sale the console knows, by sessionId. */
  sales: Record<string, SaleView>
  /** Start of the shift (local midnight); the shift list holds sales created since. */
  shiftSince: number
  shiftIds: string[]
  shiftStatus: LoadStatus
  shiftError: string | null
  customerMessage: string | null

  loadCounterSettings(): Promise<void>
  setSaleField<K extends keyof SaleForm>(field: K, value: SaleForm[K]): void
  /** Validates, starts the sale and opens Link. Resolves when Link is open (or it failed). */
  charge(): Promise<void>
  /** Records one SDK callback against a sale, in order. */
  recordSdkEvent(sessionId: string, type: string, payload: unknown): Promise<void>
  applySales(batch: readonly SaleView[]): void
  loadShiftSales(): Promise<void>
  refreshSale(sessionId: string): Promise<void>
  showSale(sessionId: string): void
  closeLink(): void
  forgetCustomer(): Promise<void>
}

/** Networks the merchant can be paid on for an asset. */
export function networksFor(settings: CounterSettings | null, asset: string): string[] {
  if (!settings) return []
  return [...new Set(settings.payouts.filter((p) => p.asset === asset).map((p) => p.network))]
}

export function assetsOf(settings: CounterSettings | null): string[] {
  if (!settings) return []
  return [...new Set(settings.payouts.map((p) => p.asset))]
}

/** Checks the typed amount with the contract's own rule; null when it can be charged. */
export function amountProblem(amount: string): string | null {
  if (!amount.trim()) return 'Enter an amount such as 12.50'
  const r = AmountText.safeParse(amount)
  return r.success ? null : (r.error.issues[0]?.message ?? 'Enter an amount such as 12.50')
}

function sortShift(ids: Iterable<string>, sales: Record<string, SaleView>): string[] {
  return [...new Set(ids)].filter((id) => sales[id]).sort((a, b) => sales[b]!.createdAt - sales[a]!.createdAt || (a < b ? 1 : -1))
}

export const createCounterSlice =
  (deps: StoreDeps): Slice<CounterSlice> =>
  (set, get) => {
    // One chain per sale so the server records SDK callbacks in the order they fired.
    const chains = new Map<string, Promise<void>>()
    return {
      settings: null,
      settingsStatus: 'idle',
      settingsError: null,
      saleForm: { amount: '', asset: '', network: '', customerRef: '' },
      amountError: null,
      charging: false,
      chargeError: null,
      currentSaleId: null,
      linkOpen: false,
      sales: {},
      shiftSince: startOfLocalDay(deps.now()),
      shiftIds: [],
      shiftStatus: 'idle',
      shiftError: null,
      customerMessage: null,

      async loadCounterSettings() {
        set({ settingsStatus: 'loading', settingsError: null })
        const r = await deps.bridge.invoke('counter.settings', {})
        if (!r.ok) {
          set({ settingsStatus: 'error', settingsError: r.error.message })
          return
        }
        const s = r.value
        const form = get().saleForm
        const assets = assetsOf(s)
        const asset = form.asset && assets.includes(form.asset) ? form.asset : assets.includes(s.defaultAsset) ? s.defaultAsset : (assets[0] ?? s.defaultAsset)
        const nets = networksFor(s, asset)
        const network =
          form.network && nets.includes(form.network) ? form.network : asset === s.defaultAsset && nets.includes(s.defaultNetwork) ? s.defaultNetwork : (nets[0] ?? '')
        set({ settings: s, settingsStatus: 'ready', saleForm: { ...form, asset, network } })
      },

      setSaleField(field, value) {
        const form = { ...get().saleForm, [field]: value }
        if (field === 'asset') {
          const s = get().settings
          const nets = networksFor(s, form.asset)
          if (!nets.includes(form.network)) form.network = s && form.asset === s.defaultAsset && nets.includes(s.defaultNetwork) ? s.defaultNetwork : (nets[0] ?? '')
        }
        set({ saleForm: form, ...(field === 'amount' ? { amountError: null } : {}), ...(field === 'customerRef' ? { customerMessage: null } : {}) })
      },

      async charge() {
        const st = get()
        if (st.charging || st.linkOpen) return
        const form = st.saleForm
        const problem = amountProblem(form.amount)
        if (problem) {
          set({ amountError: problem })
          return
        }
        if (!form.asset) {
          set({ chargeError: 'Choose an asset to be paid in.' })
          return
        }
        set({ charging: true, chargeError: null, amountError: null })
        const r = await deps.bridge.invoke('sales.start', {
          amount: form.amount.trim(),
          asset: form.asset,
          ...(form.network ? { network: form.network } : {}),
          ...(form.customerRef.trim() ? { customerRef: form.customerRef.trim() } : {})
        })
        if (!r.ok) {
          set({ charging: false, chargeError: r.error.message })
          return
        }
        const { sessionId, linkToken, accessTokens, sale } = r.value
        get().applySales([sale])
        set({ currentSaleId: sessionId, linkOpen: true, saleForm: { ...get().saleForm, amount: '', customerRef: '' } })
        try {
          await deps.link.open(linkToken, accessTokens && accessTokens.length > 0 ? accessTokens : undefined, {
            onSdkEvent: (type, payload) => void get().recordSdkEvent(sessionId, type, payload),
            onClosed: () => {
              if (get().currentSaleId === sessionId) set({ linkOpen: false })
            }
          })
          set({ charging: false })
        } catch (err) {
          set({ charging: false, linkOpen: false, chargeError: `Could not open Mesh Link: ${(err as Error).message}` })
          void get().recordSdkEvent(sessionId, 'exit', { error: `Could not open Mesh Link: ${(err as Error).message}`, summary: null })
        }
      },

      recordSdkEvent(sessionId, type, payload) {
        const prev = chains.get(sessionId) ?? Promise.resolve()
        const next = prev.then(async () => {
          const r = await deps.bridge.invoke('sales.recordSdkEvent', { sessionId, type, payload: payload === undefined ? null : payload })
          if (r.ok) get().applySales([r.value])
          else set({ chargeError: `Could not record the Link event ${type}: ${r.error.message}` })
        })
        chains.set(sessionId, next)
        void next.then(() => {
          if (chains.get(sessionId) === next) chains.delete(sessionId)
        })
        return next
      },

      applySales(batch) {
        if (batch.length === 0) return
        const cur = get().sales
        let sales: Record<string, SaleView> | null = null
        for (const v of batch) {
          const prev = (sales ?? cur)[v.sessionId]
          const merged = mergeSale(prev, v)
          if (merged !== prev) {
            sales ??= { ...cur }
            sales[v.sessionId] = merged
          }
        }
        if (!sales) return
        const since = get().shiftSince
        const fresh = batch.filter((v) => v.createdAt >= since).map((v) => v.sessionId)
        const ids = fresh.some((id) => !get().shiftIds.includes(id)) ? sortShift([...get().shiftIds, ...fresh], sales) : get().shiftIds
        set({ sales, shiftIds: ids })
      },

      async loadShiftSales() {
        const since = startOfLocalDay(deps.now())
        set({ shiftStatus: get().shiftIds.length ? 'ready' : 'loading', shiftError: null, shiftSince: since })
        const r = await deps.bridge.invoke('sales.list', { since, limit: 50 })
        if (!r.ok) {
          set({ shiftStatus: 'error', shiftError: r.error.message })
          return
        }
        get().applySales(r.value)
        const sales = get().sales
        const ids = sortShift([...get().shiftIds.filter((id) => sales[id]!.createdAt >= since), ...r.value.map((v) => v.sessionId)], sales)
        set({ shiftIds: ids, shiftStatus: 'ready' })
      },

      async refreshSale(sessionId) {
        const r = await deps.bridge.invoke('sales.get', { sessionId })
        if (r.ok) get().applySales([r.value])
      },

      showSale(sessionId) {
        if (get().sales[sessionId]) set({ currentSaleId: sessionId })
      },

      closeLink() {
        deps.link.close()
      },

      async forgetCustomer() {
        const ref = get().saleForm.customerRef.trim()
        if (!ref) {
          set({ customerMessage: 'Type the loyalty number to forget first.' })
          return
        }
        const r = await deps.bridge.invoke('customers.forget', { customerRef: ref })
        set({
          customerMessage: r.ok
            ? r.value.removed > 0
              ? `Forgot ${r.value.removed} saved connection${r.value.removed === 1 ? '' : 's'} for ${ref}.`
              : `No saved connections for ${ref}.`
            : r.error.message
        })
      }
    }
  }
