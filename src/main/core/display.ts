// The customer-facing display: what the screen turned to the customer shows. A pure state machine
// (nextDisplay) fed by the sales' own updates, and thin wiring that publishes `display.updated`.
//
//   idle ──a sale starts──▶ due (charge + paymentLink) ──sale.updated──▶ paid | failed | cancelled
//     ▲                       │  ▲ a newer sale takes over from any state          │
//     └──── resetAfterMs ─────┴──┴──────────────────────────────────────────────────┘
import type { DisplayView, SaleCharge, SaleView } from '../../shared/contract'

/** How long paid / failed / cancelled stays on the display before it goes back to idle. */
export const DISPLAY_RESET_MS = 15_000

export interface DisplayState {
  view: DisplayView
  /** When the view entered its current state for its current sale (the reset delay counts from here). */
  enteredAt: number
  /** createdAt of the newest sale shown so far: an older sale's late update never takes the display back. */
  newestSaleAt: number | null
}

export type DisplayInput =
  /**
   * A sale's current view (sale.updated, or the sales start path). `started`: the counter just
   * started it, so it takes the display whatever came before. `paymentLink`: the Paylink when
   * the caller knows it and the view does not carry it (yet).
   */
  | { type: 'sale'; sale: SaleView; at: number; started?: boolean; paymentLink?: string | null }
  /** Time passes (the reset timer, or a read). */
  | { type: 'tick'; at: number }
  /** The shop's name and locale (settings). */
  | { type: 'shop'; shopName: string; locale: string | null; at: number }

export function initialDisplay(at: number, shopName = '', locale: string | null = null): DisplayState {
  return { view: idleView(shopName, locale, at), enteredAt: at, newestSaleAt: null }
}

function idleView(shopName: string, locale: string | null, at: number): DisplayView {
  return { state: 'idle', sessionId: null, charge: null, paymentLink: null, shopName, locale, updatedAt: at }
}

/**
 * What a sale means for the customer. A payment Mesh reports with a different amount is not
 * "paid" for the customer either (the counter shows Amount mismatch): they are sent to the cashier.
 */
export function displayStateOf(sale: Pick<SaleView, 'state' | 'endReason' | 'amountMismatch'>): Exclude<DisplayView['state'], 'idle'> {
  switch (sale.state) {
    case 'succeeded':
      return sale.amountMismatch ? 'failed' : 'paid'
    case 'failed':
      return 'failed'
    case 'abandoned':
    case 'expired':
    case 'cancelled':
      return 'cancelled'
    default:
      return sale.endReason ? 'cancelled' : 'due'
  }
}

const FINAL: ReadonlySet<DisplayView['state']> = new Set(['paid', 'failed', 'cancelled'])
export const isDisplayFinal = (s: DisplayView['state']): boolean => FINAL.has(s)

function sameCharge(a: SaleCharge | null, b: SaleCharge | null): boolean {
  if (a === null || b === null) return a === b
  return a.amount === b.amount && a.currency === b.currency && a.usdAmount === b.usdAmount && a.rate === b.rate
}

/** The display's next state. Returns `s` itself when nothing changed (nothing to publish). */
export function nextDisplay(s: DisplayState, input: DisplayInput, resetAfterMs: number = DISPLAY_RESET_MS): DisplayState {
  const v = s.view
  switch (input.type) {
    case 'tick':
      if (!isDisplayFinal(v.state) || input.at - s.enteredAt < resetAfterMs) return s
      return { ...s, view: idleView(v.shopName, v.locale, input.at), enteredAt: input.at }
    case 'shop':
      if (input.shopName === v.shopName && input.locale === v.locale) return s
      return { ...s, view: { ...v, shopName: input.shopName, locale: input.locale, updatedAt: input.at } }
    case 'sale': {
      const { sale } = input
      const current = v.sessionId === sale.sessionId
      const newer = s.newestSaleAt === null || sale.createdAt > s.newestSaleAt
      if (!current && !input.started && !newer) return s
      // Paid stays paid for its sale (the core's final states are sticky too).
      const state = current && v.state === 'paid' ? 'paid' : displayStateOf(sale)
      const paymentLink = input.paymentLink ?? sale.paymentLink ?? (current ? v.paymentLink : null)
      if (current && state === v.state && paymentLink === v.paymentLink && sameCharge(sale.charge, v.charge)) return s
      return {
        view: { state, sessionId: sale.sessionId, charge: sale.charge, paymentLink, shopName: v.shopName, locale: v.locale, updatedAt: input.at },
        enteredAt: current && state === v.state ? s.enteredAt : input.at,
        newestSaleAt: s.newestSaleAt === null ? sale.createdAt : Math.max(s.newestSaleAt, sale.createdAt)
      }
    }
  }
}

export interface DisplayDeps {
  now: () => number
  /** The shop's name and the merchant's locale, as the counter shows them. */
  shop: () => Promise<{ shopName: string; locale: string | null }>
  /** A sale's current view (null when it does not exist), to catch up on updates nobody heard. */
  getSale: (sessionId: string) => Promise<SaleView | null>
  publish: (view: DisplayView) => void
  resetAfterMs?: number
  log?: (msg: string, err: unknown) => void
}

/**
 * The display's wiring: every input goes through one queue (so the shop read before a transition
 * never reorders two of them), each change is published, and a timer takes a final state back
 * to idle after `resetAfterMs`.
 */
export function createDisplay(deps: DisplayDeps) {
  const resetAfterMs = deps.resetAfterMs ?? DISPLAY_RESET_MS
  let state = initialDisplay(deps.now())
  let queue: Promise<unknown> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | null = null
  let closed = false

  function apply(input: DisplayInput): void {
    const next = nextDisplay(state, input, resetAfterMs)
    if (next === state) return
    const changed = next.view !== state.view
    state = next
    if (changed) deps.publish(state.view)
    schedule()
  }

  function schedule(): void {
    if (timer) clearTimeout(timer)
    timer = null
    if (closed || !isDisplayFinal(state.view.state)) return
    timer = setTimeout(() => void enqueue(async () => apply({ type: 'tick', at: deps.now() })), Math.max(0, state.enteredAt + resetAfterMs - deps.now()))
    timer.unref?.()
  }

  async function readShop(): Promise<void> {
    try {
      const shop = await deps.shop()
      apply({ type: 'shop', ...shop, at: deps.now() })
    } catch (err) {
      deps.log?.('the customer display could not read the shop settings', err)
    }
  }

  function enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn)
    queue = run.catch((err: unknown) => deps.log?.('the customer display could not update', err))
    return run
  }

  return {
    /** A sale changed (sale.updated). Dropped after close (the store is closing). */
    onSale(sale: SaleView): Promise<void> {
      return enqueue(async () => {
        if (closed) return
        await readShop()
        apply({ type: 'sale', sale, at: deps.now() })
      })
    },
    /** The sales start path: this sale now owns the display, with its Paylink when known. */
    saleStarted(sale: SaleView, paymentLink: string | null): Promise<void> {
      return enqueue(async () => {
        if (closed) return
        await readShop()
        apply({ type: 'sale', sale, at: deps.now(), started: true, paymentLink })
      })
    },
    /** The current view (display.get). Catches up first: updates may have gone unheard. */
    get(): Promise<DisplayView> {
      return enqueue(async () => {
        await readShop()
        apply({ type: 'tick', at: deps.now() })
        const id = state.view.sessionId
        if (id && !isDisplayFinal(state.view.state)) {
          const sale = await deps.getSale(id)
          if (sale) apply({ type: 'sale', sale, at: deps.now() })
        }
        return state.view
      })
    },
    close(): void {
      closed = true
      if (timer) clearTimeout(timer)
      timer = null
    }
  }
}
export type Display = ReturnType<typeof createDisplay>
