import { parseAmountInput } from '../../../shared/amount-input'
import { resolveLocale, systemLocale } from '../lib/format'
import type { CounterSettings, SaleEndReason, SaleView } from '../../../shared/contract'
import { startOfLocalDay } from '../lib/format'
import { canCancelSale, linkCloseEnds, mergeSale, transferAttempted } from '../lib/saleState'
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
  /** The sale whose Link is open (null when Link is closed). */
  linkSaleId: string | null
  /** A sale being ended by the counter (Cancel sale, Escape) while sales.end is under way. */
  endingSaleId: string | null
  /** Why the counter could not end a sale (shown in the sale panel). */
  endError: string | null
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
  /** Cancels a sale still waiting for the customer (sales.end 'cancelled'), closing Link if it is open. */
  cancelSale(sessionId: string): Promise<void>
  /** Escape on Link's overlay: closes Link; a sale with no transfer attempted is abandoned (sales.end). */
  escapeLink(): void
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

/** The locale amounts are typed and shown in: the merchant's, else the browser's. */
/** The merchant's locale (see resolveLocale: one rule for every screen). */
export function counterLocale(settings: Pick<CounterSettings, 'locale'> | null): string {
  return resolveLocale(settings?.locale, systemLocale())
}

/** Why the typed amount cannot be charged with these settings (null when it can). */
export function amountProblem(amount: string, settings: Pick<CounterSettings, 'currency' | 'locale' | 'saleLimit'> | null = null, locale?: string): string | null {
  const r = parseAmountInput(amount, { currency: settings?.currency ?? 'USD', locale: locale ?? counterLocale(settings), limit: settings?.saleLimit ?? null })
  return r.ok ? null : r.error
}

/** The page Link was on when it closed (SessionSummary.page), from our exit payload {error, summary}. */
function exitPageOf(payload: unknown): string | null {
  const summary = (payload as { summary?: { page?: unknown } } | null)?.summary
  return typeof summary?.page === 'string' ? summary.page : null
}

function sortShift(ids: Iterable<string>, sales: Record<string, SaleView>): string[] {
  return [...new Set(ids)].filter((id) => sales[id]).sort((a, b) => sales[b]!.createdAt - sales[a]!.createdAt || (a < b ? 1 : -1))
}

export const createCounterSlice =
  (deps: StoreDeps): Slice<CounterSlice> =>
  (set, get) => {
    // One chain per sale so the server records SDK callbacks in the order they fired.
    const chains = new Map<string, Promise<void>>()
    /** Runs `job` after everything already queued for the sale (SDK events, an earlier end). */
    const enqueue = (sessionId: string, job: () => Promise<void>): Promise<void> => {
      const prev = chains.get(sessionId) ?? Promise.resolve()
      const next = prev.then(job)
      chains.set(sessionId, next)
      void next.then(() => {
        if (chains.get(sessionId) === next) chains.delete(sessionId)
      })
      return next
    }
    /** How the counter is ending each sale it ends: a cancel is never turned into an abandon. */
    const endIntent = new Map<string, SaleEndReason>()
    /** Whether the customer attempted a transfer in each open Link session. */
    const attempts = new Map<string, () => boolean>()
    const endSaleNow = async (sessionId: string, reason: 'cancelled' | 'abandoned'): Promise<void> => {
      set({ endingSaleId: sessionId, endError: null })
      const r = await deps.bridge.invoke('sales.end', { sessionId, reason })
      if (get().endingSaleId === sessionId) set({ endingSaleId: null })
      if (r.ok) {
        get().applySales([r.value])
        return
      }
      // Already over (paid, expired, ended elsewhere): show what the server has.
      if (r.error.code === 'SALE_ENDED') {
        const v = await deps.bridge.invoke('sales.get', { sessionId })
        if (v.ok) get().applySales([v.value])
        return
      }
      set({ endError: `Could not ${reason === 'cancelled' ? 'cancel' : 'end'} the sale: ${r.error.message}` })
    }
    // Queued behind the sale's SDK events: the server hears "cancelled" before Link's exit.
    const endSale = (sessionId: string, reason: 'cancelled' | 'abandoned'): Promise<void> => enqueue(sessionId, () => endSaleNow(sessionId, reason))
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
      linkSaleId: null,
      endingSaleId: null,
      endError: null,
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
        const settings = st.settings
        if (settings?.chargeBlocked) {
          set({ chargeError: settings.chargeBlocked })
          return
        }
        const parsed = parseAmountInput(form.amount, { currency: settings?.currency ?? 'USD', locale: counterLocale(settings), limit: settings?.saleLimit ?? null })
        if (!parsed.ok) {
          // What was typed stays in the field; the error says what to change.
          set({ amountError: parsed.error })
          return
        }
        if (!form.asset) {
          set({ chargeError: 'Choose an asset to be paid in.' })
          return
        }
        set({ charging: true, chargeError: null, amountError: null, endError: null })
        const r = await deps.bridge.invoke('sales.start', {
          amount: parsed.value,
          asset: form.asset,
          ...(form.network ? { network: form.network } : {}),
          ...(form.customerRef.trim() ? { customerRef: form.customerRef.trim() } : {})
        })
        if (!r.ok) {
          if (r.error.code === 'AMOUNT_INVALID' || r.error.code === 'SALE_LIMIT_EXCEEDED') set({ charging: false, amountError: r.error.message })
          else set({ charging: false, chargeError: r.error.message })
          return
        }
        const { sessionId, linkToken, accessTokens, sale } = r.value
        get().applySales([sale])
        set({ currentSaleId: sessionId, linkOpen: true, linkSaleId: sessionId, saleForm: { ...get().saleForm, amount: '', customerRef: '' } })
        // What Link reported in this session, to tell an abandoned sale from one with a transfer.
        const seen: string[] = []
        let exitPage: string | null = null
        attempts.set(sessionId, () => transferAttempted({ events: seen, exitPage, transferId: get().sales[sessionId]?.transferId ?? null }))
        try {
          await deps.link.open(linkToken, accessTokens && accessTokens.length > 0 ? accessTokens : undefined, {
            onSdkEvent: (type, payload) => {
              seen.push(type)
              if (type === 'exit') exitPage = exitPageOf(payload)
              void get().recordSdkEvent(sessionId, type, payload)
            },
            onEscape: () => get().escapeLink(),
            onClosed: () => {
              if (get().linkSaleId === sessionId) set({ linkOpen: false, linkSaleId: null })
              if (endIntent.has(sessionId)) return
              // Link closed from its own UI (or by an Escape it forwarded): once its exit is
              // recorded, a sale the core still holds as waiting, with nothing attempted, is ended
              // as abandoned, like an Escape on our side. (The core may conclude that itself.)
              void enqueue(sessionId, async () => {
                const sale = get().sales[sessionId]
                if (endIntent.has(sessionId) || !sale || !linkCloseEnds({ state: sale.state, events: seen, exitPage, transferId: sale.transferId })) return
                endIntent.set(sessionId, 'abandoned')
                await endSaleNow(sessionId, 'abandoned')
              })
            }
          })
          set({ charging: false })
        } catch (err) {
          set({ charging: false, linkOpen: false, linkSaleId: null, chargeError: `Could not open Mesh Link: ${(err as Error).message}` })
          void get().recordSdkEvent(sessionId, 'exit', { error: `Could not open Mesh Link: ${(err as Error).message}`, summary: null })
        }
      },

      recordSdkEvent(sessionId, type, payload) {
        return enqueue(sessionId, async () => {
          const r = await deps.bridge.invoke('sales.recordSdkEvent', { sessionId, type, payload: payload === undefined ? null : payload })
          if (r.ok) get().applySales([r.value])
          else set({ chargeError: `Could not record the Link event ${type}: ${r.error.message}` })
        })
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
        // The core ended the sale whose Link is open (its token expired, or another console
        // cancelled it): Link can no longer take the payment, so it closes.
        const open = get().linkSaleId
        const linked = open ? sales[open] : undefined
        if (open && linked && (linked.state === 'expired' || linked.state === 'cancelled') && !endIntent.has(open)) {
          endIntent.set(open, linked.state)
          deps.link.close()
        }
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

      async cancelSale(sessionId) {
        const sale = get().sales[sessionId]
        if (!sale || !canCancelSale(sale) || endIntent.has(sessionId)) return
        endIntent.set(sessionId, 'cancelled')
        // Queued before Link's exit event (closing Link fires it at once), so the server ends the
        // sale as cancelled rather than deriving "abandoned" from the exit.
        const done = endSale(sessionId, 'cancelled')
        if (get().linkSaleId === sessionId) deps.link.close()
        await done
      },

      escapeLink() {
        const sessionId = get().linkSaleId
        if (!sessionId) {
          deps.link.close()
          return
        }
        const sale = get().sales[sessionId]
        // Escape after the customer approved (or was declined) only closes Link: Mesh settles that sale.
        const attempted = attempts.get(sessionId)?.() ?? false
        if (sale && sale.state === 'waiting' && !attempted && !endIntent.has(sessionId)) {
          endIntent.set(sessionId, 'abandoned')
          void endSale(sessionId, 'abandoned')
        }
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
