// What a sale charges: the amount the counter shows (in the display currency) and the USD amount
// Mesh is asked for (its amountInFiat is USD). Pure decimal arithmetic on bigints, never binary
// floats. No Node, no DOM: the core and the renderer both use it.
import type { SaleCharge } from './contract'
import { formatFiat } from './money'

/** The shape of amount text we take: digits, at most one point. */
const PLAIN = /^\d+(\.\d+)?$/
/** Limits of amount text (13 digits of 12 is already more than any shop charges). */
export const AMOUNT_MAX_INTEGER_DIGITS = 12
export const AMOUNT_MAX_DECIMALS = 3

/** Mesh cannot charge less than one US cent. */
export const MIN_USD_AMOUNT = '0.01'

const digitsCache = new Map<string, number>()

/**
 * How many decimals the currency has (Intl's minor unit): USD 2, JPY 0, BHD 3. A code Intl does
 * not know gets 2 (its default for a well-formed code).
 */
export function currencyDigits(currency: string): number {
  const key = currency.toUpperCase()
  let d = digitsCache.get(key)
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency: key }).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      d = 2
    }
    digitsCache.set(key, d)
  }
  return d
}

/**
 * Why `text` is not an amount we can read, or null. Checks the form only (digits, one point,
 * bounded length, above zero); the currency's own decimals and the sale limit are checked by
 * `priceSale`. Messages name the problem: a negative number, an exponent, thousands separators…
 */
export function amountTextProblem(text: string): string | null {
  const v = text.trim()
  if (v === '') return 'Enter an amount, such as 12.50.'
  if (/^[-−]/.test(v)) return 'The amount must be more than zero: it cannot be negative.'
  if (/^\+/.test(v)) return 'Enter the amount without a sign, such as 12.50.'
  if (/^\d*\.?\d+[eE][-+]?\d+$/.test(v)) return 'Write the amount in plain digits, such as 1000000 (not 1e6).'
  if (/^\d{1,3}([,\u00a0\u202f '’]\d{3})+(\.\d+)?$/.test(v)) return 'Type the amount without thousands separators, such as 1234.56.'
  if (/^\d+,\d+$/.test(v)) return 'Use a point for decimals, such as 12.50.'
  if (!PLAIN.test(v)) return 'Enter an amount such as 12.50: digits and at most one decimal point.'
  const [int = '', frac = ''] = v.split('.')
  if (int.replace(/^0+(?=\d)/, '').length > AMOUNT_MAX_INTEGER_DIGITS) return `That amount is too large: at most ${AMOUNT_MAX_INTEGER_DIGITS} digits before the decimal point.`
  if (frac.length > AMOUNT_MAX_DECIMALS) return `An amount has at most ${AMOUNT_MAX_DECIMALS} decimals.`
  if (!/[1-9]/.test(v)) return 'The amount must be more than zero'
  return null
}

/** A non-negative plain decimal as an integer and its scale: "12.50" → 1250n, 2. */
function scaled(s: string): { n: bigint; scale: number } {
  if (!PLAIN.test(s)) throw new RangeError(`not a plain non-negative decimal: ${JSON.stringify(s)}`)
  const [int = '0', frac = ''] = s.split('.')
  return { n: BigInt(int + frac), scale: frac.length }
}

function pow10(k: number): bigint {
  return 10n ** BigInt(k)
}

/** -1, 0 or 1 as a < b, a = b, a > b (plain non-negative decimals). */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const x = scaled(a)
  const y = scaled(b)
  const scale = Math.max(x.scale, y.scale)
  const l = x.n * pow10(scale - x.scale)
  const r = y.n * pow10(scale - y.scale)
  return l < r ? -1 : l > r ? 1 : 0
}

/** Decimals `s` is written with ("12.5" → 1). */
export function decimalsOf(s: string): number {
  return s.split('.')[1]?.length ?? 0
}

/** An amount written with exactly `digits` decimals, no leading zeros: ("012.5", 2) → "12.50". Never drops a digit. */
export function normalizeAmount(amount: string, digits: number): string {
  const { n, scale } = scaled(amount)
  if (scale > digits) throw new RangeError(`${amount} has more than ${digits} decimals`)
  const units = (n * pow10(digits - scale)).toString().padStart(digits + 1, '0')
  return digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`
}

/**
 * amount × rate in US dollars, rounded half-up to cents (both non-negative decimal text):
 * ("10.00", "1.087") → "10.87", ("0.01", "0.5") → "0.01", ("1000", "0.0067") → "6.70".
 */
export function toUsdCents(amount: string, rate: string): string {
  const a = scaled(amount)
  const r = scaled(rate)
  const product = a.n * r.n
  const scale = a.scale + r.scale
  let cents: bigint
  if (scale <= 2) cents = product * pow10(2 - scale)
  else {
    const div = pow10(scale - 2)
    // Half-up for a non-negative value: add half the divisor, then truncate.
    cents = (product * 2n + div) / (div * 2n)
  }
  return normalizeAmount(`${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`, 2)
}

export type PriceRefusal = { code: 'AMOUNT_INVALID' | 'SALE_LIMIT_EXCEEDED' | 'CURRENCY_RATE_MISSING'; message: string }

export function isUsd(currency: string): boolean {
  return currency.toUpperCase() === 'USD'
}

/** Why a non-USD currency cannot be charged without a rate (the counter shows this too). */
export function rateMissingMessage(currency: string): string {
  return `${currency} has no exchange rate: Mesh charges in US dollars. A manager can set the ${currency}→USD rate in Settings.`
}

export interface PriceInput {
  /** Amount text that passed `amountTextProblem`. */
  amount: string
  /** The display currency (ISO 4217). */
  currency: string
  /** USD per one unit of `currency` (decimal text); ignored for USD. */
  rate: string | null | undefined
  /** The most one sale may charge, in `currency`; null = no limit. */
  saleLimit: string | null | undefined
  /** For the amounts named in messages. */
  locale?: string
}

/**
 * The charge for an amount typed at the counter, or why it cannot be charged: more decimals than
 * the currency has (AMOUNT_INVALID), above the per-sale limit (SALE_LIMIT_EXCEEDED), a non-USD
 * currency without a rate (CURRENCY_RATE_MISSING), or a USD amount below one cent (AMOUNT_INVALID).
 * The amount comes back written with the currency's decimals ("12.5" → "12.50").
 */
export function priceSale(p: PriceInput): { ok: true; charge: SaleCharge } | ({ ok: false } & PriceRefusal) {
  const problem = amountTextProblem(p.amount)
  if (problem) return { ok: false, code: 'AMOUNT_INVALID', message: problem }
  const text = p.amount.trim()
  const currency = p.currency.toUpperCase()
  const digits = currencyDigits(currency)
  const given = decimalsOf(text)
  if (given > digits) {
    const message =
      digits === 0
        ? `${currency} amounts have no decimals: enter a whole number such as ${text.split('.')[0]!.replace(/^0+(?=\d)/, '')}.`
        : `${currency} amounts have at most ${digits} decimal${digits === 1 ? '' : 's'}; ${text} has ${given}.`
    return { ok: false, code: 'AMOUNT_INVALID', message }
  }
  const amount = normalizeAmount(text, digits)
  const fmt = (v: string, c = currency) => formatFiat(v, c, p.locale)
  if (p.saleLimit != null && compareDecimals(amount, p.saleLimit) > 0) {
    return {
      ok: false,
      code: 'SALE_LIMIT_EXCEEDED',
      message: `${fmt(amount)} is above the per-sale limit of ${fmt(p.saleLimit)}. Charge less, or ask a manager to raise the limit in Settings.`
    }
  }
  if (isUsd(currency)) return { ok: true, charge: { amount, currency, usdAmount: normalizeAmount(amount, 2), rate: null } }
  if (!p.rate) return { ok: false, code: 'CURRENCY_RATE_MISSING', message: rateMissingMessage(currency) }
  const usdAmount = toUsdCents(amount, p.rate)
  if (compareDecimals(usdAmount, MIN_USD_AMOUNT) < 0) {
    return {
      ok: false,
      code: 'AMOUNT_INVALID',
      message: `${fmt(amount)} is less than ${fmt(MIN_USD_AMOUNT, 'USD')} at ${p.rate} USD per ${currency}; Mesh cannot charge less than one US cent.`
    }
  }
  return { ok: true, charge: { amount, currency, usdAmount, rate: p.rate } }
}
