// Money is carried as decimal strings and summed as scaled bigints: never binary floats.

const DECIMAL = /^-?\d+(\.\d+)?$/
/** Longer than any amount (18 decimals on a 30-digit integer part): refused, which also bounds the work on hostile input. */
const MAX_DECIMAL_LENGTH = 64

/** True when `s` is a plain decimal number such as "12", "0.5" or "-3.25". */
export function isDecimalString(s: string): boolean {
  return s.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(s)
}

/**
 * Turns a JSON number or string into a canonical decimal string, or null when it is not a
 * finite decimal. JSON numbers arrive as doubles; String(n) gives the shortest text that
 * round-trips, which is the text Mesh sent for any amount with ≤ 15 significant digits.
 */
export function toDecimalString(v: unknown): string | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null
    const s = String(v)
    if (s.includes('e') || s.includes('E')) return expandExponent(v)
    return s
  }
  if (typeof v === 'string') {
    const t = v.trim()
    return isDecimalString(t) ? stripZeros(t) : null
  }
  return null
}

function expandExponent(v: number): string {
  // toFixed handles up to 100 fraction digits; amounts never need more than 18.
  const s = Math.abs(v) < 1 ? v.toFixed(18) : BigInt(Math.round(v)).toString()
  return stripZeros(s)
}

function stripZeros(s: string): string {
  if (!s.includes('.')) return s.replace(/^(-?)0+(\d)/, '$1$2')
  const out = s.replace(/0+$/, '').replace(/\.$/, '').replace(/^(-?)0+(\d)/, '$1$2')
  return out === '-0' ? '0' : out
}

/** Adds decimal strings exactly. */
export function addDecimals(values: readonly string[]): string {
  let scale = 0
  for (const v of values) {
    const frac = v.split('.')[1]
    if (frac && frac.length > scale) scale = frac.length
  }
  let total = 0n
  for (const v of values) total += toScaled(v, scale)
  return fromScaled(total, scale)
}

function toScaled(v: string, scale: number): bigint {
  const neg = v.startsWith('-')
  const [int = '0', frac = ''] = (neg ? v.slice(1) : v).split('.')
  const n = BigInt(int + frac.padEnd(scale, '0'))
  return neg ? -n : n
}

function fromScaled(n: bigint, scale: number): string {
  if (scale === 0) return n.toString()
  const neg = n < 0n
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0')
  const s = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
  return stripZeros(neg ? `-${s}` : s)
}

/** Formats a fiat amount for display with Intl (the string goes in as-is where the engine supports it). */
export function formatFiat(amount: string | null | undefined, currency = 'USD', locale?: string): string {
  if (amount == null || !isDecimalString(amount)) return '—'
  const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency })
  // Intl accepts decimal strings (ES2023 Intl.NumberFormat v3) without going through a double.
  return fmt.format(amount as unknown as number)
}

/** Formats a crypto amount with its symbol. */
export function formatCrypto(amount: string | null | undefined, symbol: string | null | undefined, locale?: string): string {
  if (amount == null || !isDecimalString(amount)) return '—'
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 18 })
  return `${fmt.format(amount as unknown as number)}${symbol ? ` ${symbol}` : ''}`
}
