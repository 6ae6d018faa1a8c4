// Reading the amount a cashier typed, in the merchant's locale and currency, and the USD that
// Mesh is asked to charge for it. String and bigint arithmetic only: never a binary float.
import { formatFiat, isDecimalString } from './money'

export type AmountInputErrorCode =
  | 'empty'
  | 'not_a_number'
  | 'not_positive'
  | 'exponent'
  | 'separator'
  | 'too_many_decimals'
  | 'too_large'
  | 'over_limit'

export type AmountInputResult = { ok: true; value: string } | { ok: false; code: AmountInputErrorCode; error: string }

export interface AmountInputOptions {
  /** BCP 47 locale the cashier types in; null/undefined = the runtime's. */
  locale?: string | null
  /** ISO 4217 code of the amount. */
  currency: string
  /** The most one sale may charge, decimal text in `currency`; null = no limit. */
  limit?: string | null
}

/** The contract's AmountText takes at most 9 integer digits and 2 decimals. */
export const MAX_INTEGER_DIGITS = 9
export const MAX_DECIMALS = 2

interface Symbols {
  locale: string
  decimal: string
  group: string
  /** Digits in the last group before the decimal separator, and in the groups before it (2 for en-IN). */
  primary: number
  secondary: number
  /** The locale's own digits 0–9 (e.g. Arabic-Indic), mapped to ASCII before anything else. */
  digits: string[]
}

function resolveLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : undefined
  } catch {
    return undefined
  }
}

const symbolCache = new Map<string, Symbols>()

function symbolsFor(locale: string | undefined): Symbols {
  const key = locale ?? ''
  const hit = symbolCache.get(key)
  if (hit) return hit
  const nf = new Intl.NumberFormat(locale)
  // A number to read the separators off, not an amount: no arithmetic is done with it.
  const parts = nf.formatToParts(1234567890.5)
  const sizes = parts.filter((p) => p.type === 'integer').map((p) => p.value.length)
  const primary = sizes[sizes.length - 1] ?? 3
  const plain = new Intl.NumberFormat(locale, { useGrouping: false })
  const s: Symbols = {
    locale: nf.resolvedOptions().locale,
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: normaliseSpace(parts.find((p) => p.type === 'group')?.value ?? ','),
    primary,
    secondary: sizes.length > 2 ? (sizes[sizes.length - 2] ?? primary) : primary,
    digits: Array.from({ length: 10 }, (_, i) => plain.format(i))
  }
  symbolCache.set(key, s)
  return s
}

const normaliseSpace = (s: string) => s.replace(/[\u00a0\u202f\u2007\s]/g, ' ')

/** Decimals an amount in `currency` may have at this counter: Intl's, capped at the contract's 2. */
export function currencyDecimals(currency: string): number {
  let digits = MAX_DECIMALS
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? MAX_DECIMALS
  } catch {
    /* an unknown code: the contract's rule */
  }
  return Math.min(digits, MAX_DECIMALS)
}

function intlDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? MAX_DECIMALS
  } catch {
    return MAX_DECIMALS
  }
}

/** "12.50" written the locale's way ("12,50"), for examples in messages. */
function example(sym: Symbols, decimals: number): string {
  return decimals === 0 ? '1250' : `12${sym.decimal}${'50'.slice(0, decimals)}`
}

/** Groups a run of ASCII digits the locale's way ("1234567" → "1,234,567"). */
function groupDigits(digits: string, sym: Symbols): string {
  if (digits.length <= sym.primary) return digits
  const out = [digits.slice(-sym.primary)]
  let rest = digits.slice(0, -sym.primary)
  while (rest.length > sym.secondary) {
    out.unshift(rest.slice(-sym.secondary))
    rest = rest.slice(0, -sym.secondary)
  }
  if (rest) out.unshift(rest)
  return out.join(sym.group)
}

/** The currency's symbols and code as they may be typed around an amount. */
function currencyMarks(currency: string, locale: string | undefined): string[] {
  const marks = new Set<string>([currency.toUpperCase()])
  for (const display of ['symbol', 'narrowSymbol'] as const) {
    try {
      const p = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display }).formatToParts(1)
      const c = p.find((x) => x.type === 'currency')?.value
      if (c) marks.add(c)
    } catch {
      /* unknown currency */
    }
  }
  return [...marks].sort((a, b) => b.length - a.length)
}

function stripCurrency(t: string, currency: string, locale: string | undefined): string {
  for (const m of currencyMarks(currency, locale)) {
    const up = t.toUpperCase()
    const mark = m.toUpperCase()
    if (up.startsWith(mark)) return t.slice(m.length).trim()
    if (up.endsWith(mark)) return t.slice(0, t.length - m.length).trim()
  }
  return t
}

/** Compares two non-negative decimal strings exactly: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.')
  const [bi = '0', bf = ''] = b.split('.')
  const scale = Math.max(af.length, bf.length)
  const x = BigInt(ai + af.padEnd(scale, '0'))
  const y = BigInt(bi + bf.padEnd(scale, '0'))
  return x < y ? -1 : x > y ? 1 : 0
}

const fail = (code: AmountInputErrorCode, error: string): AmountInputResult => ({ ok: false, code, error })

/**
 * Reads a typed amount. Accepts the locale's digits, decimal separator and thousands groups
 * ("1,234.56" in en-US, "1.234,56" in de-DE), the currency's symbol or code around it, and
 * spaces; answers canonical decimal text ("1234.56": no groups, "." as the decimal point, no
 * leading zeros, the decimals as typed). Every refusal says what is wrong and how to type it.
 */
export function parseAmountInput(text: string, opts: AmountInputOptions): AmountInputResult {
  const locale = resolveLocale(opts.locale)
  const sym = symbolsFor(locale)
  const currency = opts.currency.toUpperCase()
  const decimals = currencyDecimals(currency)
  const ex = example(sym, decimals)

  let t = normaliseSpace(text).trim()
  if (t === '') return fail('empty', `Enter an amount such as ${ex}.`)
  // The locale's own digits and the typographic minus count as what they are.
  t = [...t]
    .map((ch) => {
      const d = sym.digits.indexOf(ch)
      return d >= 0 ? String(d) : ch === '\u2212' ? '-' : ch
    })
    .join('')
  t = stripCurrency(t, currency, locale)
  let negative = false
  if (/^\(.*\)$/.test(t)) {
    negative = true
    t = t.slice(1, -1).trim()
  }
  if (/^[-+]/.test(t)) {
    negative ||= t[0] === '-'
    t = t.slice(1).trim()
  } else if (/-$/.test(t)) {
    negative = true
    t = t.slice(0, -1).trim()
  }
  t = stripCurrency(t, currency, locale)
  if (/^[\d.,' \u2019]*\d[eE][-+]?\d+$/.test(t)) {
    return fail('exponent', `“${text.trim()}” looks like scientific notation, which is not accepted: type every digit (e.g. 1000, not 1e3).`)
  }

  const group = sym.group
  // Spaces always group in a space-grouping locale; an ASCII apostrophe stands for ’ and back.
  const isGroup = (ch: string) => ch === group || (group === ' ' && ch === ' ') || (/['\u2019]/.test(group) && /['\u2019]/.test(ch))
  const foreign = ['.', ','].filter((c) => c !== sym.decimal && !isGroup(c))
  const allowed = (ch: string) => /\d/.test(ch) || ch === sym.decimal || isGroup(ch) || foreign.includes(ch)
  if (![...t].every(allowed) || !/\d/.test(t)) {
    return fail('not_a_number', `“${text.trim()}” is not an amount: type digits such as ${ex}.`)
  }
  if (negative) return fail('not_positive', 'The amount must be more than zero: type it without a minus sign.')

  const where = `In ${sym.locale} amounts`
  const parts = t.split(sym.decimal)
  if (parts.length > 2) {
    return fail('separator', `${where}, “${sym.decimal}” is the decimal separator and may appear only once (e.g. ${ex}).`)
  }
  const intText = parts[0]!
  const fracText = parts[1] ?? ''
  const groupName = group === ' ' ? 'a space' : `“${group}”`
  if ([...fracText].some((ch) => !/\d/.test(ch))) {
    return fail('separator', `${where}, “${sym.decimal}” is the decimal separator and ${groupName} separates thousands: “${text.trim()}” has them the other way round or misplaced (e.g. ${groupDigits('1234', sym)}${sym.decimal}56).`)
  }
  const foreignInInt = [...intText].find((ch) => foreign.includes(ch))
  if (foreignInInt !== undefined) {
    const guess = parts.length === 1 ? intText.split(foreignInInt) : null
    const meant = guess && guess.length === 2 && /^\d+$/.test(guess[0]!) && /^\d{1,2}$/.test(guess[1]!) ? ` Did you mean ${guess[0]}${sym.decimal}${guess[1]}?` : ''
    return fail('separator', `${where}, the decimal separator is “${sym.decimal}”; “${foreignInInt}” is not used.${meant}`)
  }
  let intDigits = intText
  if ([...intText].some(isGroup)) {
    const groups = ['']
    for (const ch of intText) {
      if (isGroup(ch)) groups.push('')
      else groups[groups.length - 1] += ch
    }
    const last = groups[groups.length - 1]!
    const middle = groups.slice(1, -1)
    const first = groups[0]!
    const valid = first.length >= 1 && first.length <= sym.secondary && last.length === sym.primary && middle.every((g) => g.length === sym.secondary)
    if (!valid) {
      const digits = groups.join('')
      // "12,50" in en-US, "12.50" in de-DE: most likely a decimal typed the other locale's way.
      if ((group === '.' || group === ',') && parts.length === 1 && groups.length === 2 && /^\d{1,2}$/.test(last) && first.length > 0) {
        return fail('separator', `${where}, ${groupName} separates thousands and the decimal separator is “${sym.decimal}”. Did you mean ${first}${sym.decimal}${last}?`)
      }
      const size = sym.primary === sym.secondary ? `groups of ${sym.primary} digits` : `a last group of ${sym.primary} digits and groups of ${sym.secondary} before it`
      return fail('separator', `${where}, ${groupName} separates thousands in ${size}: “${text.trim()}” has it misplaced. Type ${digits.replace(/^0+(?=\d)/, '') || '0'} or ${groupDigits(digits.replace(/^0+(?=\d)/, '') || '0', sym)}.`)
    }
    intDigits = groups.join('')
  }
  if (intDigits === '' && fracText === '') return fail('not_a_number', `“${text.trim()}” is not an amount: type digits such as ${ex}.`)

  const intPart = intDigits.replace(/^0+(?=\d)/, '') || '0'
  if (fracText.length > decimals) {
    const real = intlDecimals(currency)
    if (decimals === 0) return fail('too_many_decimals', `${currency} amounts have no decimals.`)
    return fail('too_many_decimals', `${currency} amounts have at most ${decimals} decimal${decimals === 1 ? '' : 's'}${real > decimals ? ' at this counter' : ''}.`)
  }
  if (/^0*$/.test(intPart + fracText)) return fail('not_positive', 'The amount must be more than zero.')
  if (intPart.length > MAX_INTEGER_DIGITS) {
    const most = decimals === 0 ? '9'.repeat(MAX_INTEGER_DIGITS) : `${'9'.repeat(MAX_INTEGER_DIGITS)}.${'9'.repeat(decimals)}`
    return fail('too_large', `That is more than one sale can charge: at most ${formatFiat(most, currency, locale)}.`)
  }
  const value = fracText ? `${intPart}.${fracText}` : intPart
  if (opts.limit && isDecimalString(opts.limit) && compareDecimals(value, opts.limit) > 0) {
    return fail('over_limit', `Above the per-sale limit of ${formatFiat(opts.limit, currency, locale)}. A manager can change the limit in Settings.`)
  }
  return { ok: true, value }
}

/**
 * USD for `amount` at `rate` (USD per one unit), rounded half-up to cents: the rule the core
 * uses for SaleCharge.usdAmount. Decimal text in and out ("10.00" × "1.087" → "10.87"); null when
 * either is not a non-negative decimal.
 */
export function usdFor(amount: string, rate: string): string | null {
  if (!isDecimalString(amount) || !isDecimalString(rate) || amount.startsWith('-') || rate.startsWith('-')) return null
  const [ai = '0', af = ''] = amount.split('.')
  const [ri = '0', rf = ''] = rate.split('.')
  const product = BigInt(ai + af) * BigInt(ri + rf)
  const scale = af.length + rf.length
  let cents: bigint
  if (scale <= 2) cents = product * 10n ** BigInt(2 - scale)
  else {
    const div = 10n ** BigInt(scale - 2)
    cents = product / div
    if ((product % div) * 2n >= div) cents += 1n
  }
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`
}
