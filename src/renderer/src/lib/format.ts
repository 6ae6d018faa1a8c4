// Display helpers: money, times, durations, ids. Pure (the locale is passed in; the time zone
// comes from the runtime unless given).
import type { SaleCharge } from '../../../shared/contract'
import { formatCrypto, formatFiat, isDecimalString } from '../../../shared/money'

export { formatCrypto, formatFiat }

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

const FALLBACK_LOCALE = 'en-US'

function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag || !tag.trim()) return null
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null
  } catch {
    return null
  }
}

/**
 * The locale every number and date is shown in: the merchant's setting when it is a valid
 * BCP 47 tag, else the system's (navigator.language), else en-US. Never throws.
 */
export function resolveLocale(setting: string | null | undefined, system: string | null | undefined): string {
  return canonicalLocale(setting) ?? canonicalLocale(system) ?? FALLBACK_LOCALE
}

/** The browser's language, when there is a navigator. */
export function systemLocale(): string | null {
  return typeof navigator !== 'undefined' && typeof navigator.language === 'string' ? navigator.language : null
}

/** An exchange rate (decimal text) in the locale's digits, without rounding it. */
export function formatRate(rate: string | null | undefined, locale: string): string {
  return formatCrypto(rate, null, locale)
}

export interface ChargeText {
  /** What the counter charged, in its currency: "€10.00". */
  charged: string
  /** The USD sent to Mesh, only when the sale was converted: "$10.87". */
  usd: string | null
  /** The rate (USD per one unit), only when converted: "1.087". */
  rate: string | null
  /** One line: "$12.50", or "€10.00 ≈ $10.87 at 1.087". */
  line: string
}

/** How a sale's charge reads everywhere (Ledger, Transfer page, receipt); null when unknown. */
export function describeCharge(charge: SaleCharge | null | undefined, locale: string): ChargeText | null {
  if (!charge || !isDecimalString(charge.amount)) return null
  const charged = formatFiat(charge.amount, charge.currency, locale)
  const converted = charge.currency !== 'USD' && isDecimalString(charge.usdAmount)
  if (!converted) return { charged, usd: null, rate: null, line: charged }
  const usd = formatFiat(charge.usdAmount, 'USD', locale)
  const rate = charge.rate && isDecimalString(charge.rate) ? formatRate(charge.rate, locale) : null
  return { charged, usd, rate, line: `${charged} ≈ ${usd}${rate ? ` at ${rate}` : ''}` }
}

/** Date and time for a receipt: the locale's long date, with seconds and the time zone. */
export function formatReceiptDateTime(ms: number | null | undefined, locale: string, timeZone?: string): string {
  if (ms == null || !Number.isFinite(ms)) return '—'
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(ms)
}

/**
 * ISO 8601 with the local UTC offset, e.g. "2025-01-07T14:03:07.250+01:00" (exports). The
 * offset in minutes east of UTC defaults to the runtime's for that instant.
 */
export function isoWithOffset(ms: number, offsetMinutes: number = -new Date(ms).getTimezoneOffset()): string {
  const d = new Date(ms + offsetMinutes * 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}


// ---------- date and time: one format on every screen ----------

/** The console's IANA time zone (what every time on screen is shown in); UTC when unknown. */
export function consoleTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

const wallFormats = new Map<string, Intl.DateTimeFormat>()
function wallFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? ''
  let f = wallFormats.get(key)
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }
    try {
      f = new Intl.DateTimeFormat('en-US', { ...opts, timeZone })
    } catch {
      // An unknown zone name: the runtime's own zone rather than no time at all.
      f = new Intl.DateTimeFormat('en-US', opts)
    }
    wallFormats.set(key, f)
  }
  return f
}

export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** Milliseconds within the second. */
  millisecond: number
  /** Minutes east of UTC at that instant. */
  offset: number
}

/** The wall clock of an instant in a time zone (the runtime's when none is given), with its UTC offset. */
export function wallClock(ms: number, timeZone?: string): WallClock {
  const p: Record<string, number> = {}
  for (const part of wallFormat(timeZone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  const millisecond = ((ms % 1000) + 1000) % 1000
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!)
  return {
    year: p.year!,
    month: p.month!,
    day: p.day!,
    hour: p.hour! % 24,
    minute: p.minute!,
    second: p.second!,
    millisecond,
    offset: Math.round((asUtc - (ms - millisecond)) / 60_000)
  }
}

/** A UTC offset in minutes as text: 60 → "+01:00", -330 → "-05:30". */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

export interface DateTimeOptions {
  /** IANA zone; the runtime's (the console's) when absent. */
  timeZone?: string
  /** Append milliseconds (delivery timelines, where retries are a second apart). */
  ms?: boolean
}

/**
 * THE date-time format of every screen: local "YYYY-MM-DD HH:MM:SS", seconds always (with
 * `ms`, "YYYY-MM-DD HH:MM:SS.mmm"); the zone is stated once per screen (<TimeZoneNote>), not
 * on each time. "—" for a missing time.
 */
export function formatDateTime(ms: number | null | undefined, opts: DateTimeOptions = {}): string {
  if (ms == null || !Number.isFinite(ms)) return '—'
  const w = wallClock(ms, opts.timeZone)
  const text = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
  return opts.ms ? `${text}.${pad(w.millisecond, 3)}` : text
}

/** "Europe/Berlin (UTC+01:00)": the time zone as a screen states it, with its offset at `at`. */
export function describeTimeZone(timeZone: string, at: number): string {
  return `${timeZone} (UTC${offsetText(wallClock(at, timeZone).offset)})`
}

/** "YYYYMMDD" in local time. */
export function compactDate(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`
}

/** Elapsed time as "m:ss" (or "h:mm:ss"). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** "just now", "12 s ago", "5 min ago", "3 h ago", "2 d ago"; "never" for null. */
export function formatRelative(then: number | null | undefined, now: number): string {
  if (then == null) return 'never'
  const diff = Math.max(0, now - then)
  if (diff < 2000) return 'just now'
  const s = Math.floor(diff / 1000)
  if (s < 60) return `${s} s ago`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min ago`
  const h = Math.floor(m / 60)
  if (h < 48) return `${h} h ago`
  return `${Math.floor(h / 24)} d ago`
}

/** First 10 and last 6 characters of a long hash: "0x12ab34cd…9f8e7d". */
export function shortHash(hash: string | null | undefined, head = 10, tail = 6): string {
  if (!hash) return '—'
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`
}

/** Start of the local day containing `ms`. */
export function startOfLocalDay(ms: number): number {
  const d = new Date(ms)
  d.setHours(0, 0, 0, 0)
  return d.getTime()
}

/** "YYYY-MM-DD" (an <input type=date> value) → local midnight in ms; null when empty or invalid. */
export function dateInputToMs(value: string | null | undefined): number | null {
  if (!value) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number.isNaN(d.getTime()) ? null : d.getTime()
}

/** The day after a "YYYY-MM-DD" value, as local midnight in ms (an exclusive upper bound). */
export function dateInputToEndMs(value: string | null | undefined): number | null {
  const start = dateInputToMs(value)
  if (start == null) return null
  const d = new Date(start)
  d.setDate(d.getDate() + 1)
  return d.getTime()
}

/** Pretty JSON for a payload; strings that hold JSON are parsed first. */
export function prettyJson(v: unknown): string {
  if (typeof v === 'string') {
    try {
      return JSON.stringify(JSON.parse(v), null, 2)
    } catch {
      return v
    }
  }
  if (v === undefined) return ''
  try {
    return JSON.stringify(v, null, 2)
  } catch {
    return String(v)
  }
}
