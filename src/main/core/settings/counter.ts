// The counter's plain settings (settings table): display currency and locale, exchange rates,
// the per-sale limit, the shop's name and address, the paid cues. Read with their defaults in
// one place, for the settings screen and the counter alike.
import type { CounterConfig } from '../../../shared/contract'
import type { Store } from '../store'

export const COUNTER_KEYS = {
  currency: 'currency',
  locale: 'locale',
  fxRates: 'fxRates',
  saleLimit: 'saleLimit',
  shop: 'shop',
  paidSound: 'paidSound',
  notifications: 'notifications'
} as const

export type { CounterConfig }

/** Defaults: USD, the system's locale, no rates, no limit, no shop details, cues off (notifications need the browser's permission, asked only when turned on). */
export const COUNTER_DEFAULTS: CounterConfig = {
  currency: 'USD',
  locale: null,
  fxRates: {},
  saleLimit: null,
  shop: { name: '', address: '' },
  paidSound: false,
  notifications: false
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export async function readCounterConfig(store: Store): Promise<CounterConfig> {
  const s = store.settings
  const [currency, locale, fxRates, saleLimit, shop, paidSound, notifications] = await Promise.all([
    s.get<unknown>(COUNTER_KEYS.currency),
    s.get<unknown>(COUNTER_KEYS.locale),
    s.get<unknown>(COUNTER_KEYS.fxRates),
    s.get<unknown>(COUNTER_KEYS.saleLimit),
    s.get<unknown>(COUNTER_KEYS.shop),
    s.get<unknown>(COUNTER_KEYS.paidSound),
    s.get<unknown>(COUNTER_KEYS.notifications)
  ])
  const d = COUNTER_DEFAULTS
  return {
    currency: typeof currency === 'string' ? currency : d.currency,
    locale: typeof locale === 'string' && locale !== '' ? locale : d.locale,
    fxRates: isRecord(fxRates) ? Object.fromEntries(Object.entries(fxRates).filter((e): e is [string, string] => typeof e[1] === 'string')) : { ...d.fxRates },
    saleLimit: typeof saleLimit === 'string' ? saleLimit : d.saleLimit,
    shop: isRecord(shop) ? { name: typeof shop.name === 'string' ? shop.name : '', address: typeof shop.address === 'string' ? shop.address : '' } : { ...d.shop },
    paidSound: typeof paidSound === 'boolean' ? paidSound : d.paidSound,
    notifications: typeof notifications === 'boolean' ? notifications : d.notifications
  }
}

/** The rate for `currency` (USD per unit), or null for USD or when none is set. */
export function rateFor(cfg: Pick<CounterConfig, 'fxRates'>, currency: string): string | null {
  if (currency.toUpperCase() === 'USD') return null
  return cfg.fxRates[currency.toUpperCase()] ?? null
}
