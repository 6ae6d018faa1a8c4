import { describe, expect, it } from 'vitest'
import { compareDecimals, currencyDecimals, parseAmountInput, usdFor } from '../../src/shared/amount-input'

const usd = { locale: 'en-US', currency: 'USD' }
const eurDe = { locale: 'de-DE', currency: 'EUR' }

describe('parseAmountInput', () => {
  it('accepts plain amounts and answers canonical decimal text', () => {
    expect(parseAmountInput('12.50', usd)).toEqual({ ok: true, value: '12.50' })
    expect(parseAmountInput(' 7 ', usd)).toEqual({ ok: true, value: '7' })
    expect(parseAmountInput('007.5', usd)).toEqual({ ok: true, value: '7.5' })
    expect(parseAmountInput('.5', usd)).toEqual({ ok: true, value: '0.5' })
    expect(parseAmountInput('12.', usd)).toEqual({ ok: true, value: '12' })
    expect(parseAmountInput('+3', usd)).toEqual({ ok: true, value: '3' })
  })

  it('accepts the locale thousands separators: 1,234.56 in en-US and 1.234,56 in de-DE', () => {
    expect(parseAmountInput('1,234.56', usd)).toEqual({ ok: true, value: '1234.56' })
    expect(parseAmountInput('1,234,567', usd)).toEqual({ ok: true, value: '1234567' })
    expect(parseAmountInput('1.234,56', eurDe)).toEqual({ ok: true, value: '1234.56' })
    expect(parseAmountInput('12,5', eurDe)).toEqual({ ok: true, value: '12.5' })
    // fr-FR groups with a (narrow) no-break space; a plain space typed on a keyboard counts too.
    expect(parseAmountInput('1 234,56', { locale: 'fr-FR', currency: 'EUR' })).toEqual({ ok: true, value: '1234.56' })
    expect(parseAmountInput('1\u202f234,56', { locale: 'fr-FR', currency: 'EUR' })).toEqual({ ok: true, value: '1234.56' })
    // de-CH groups with ’; the ASCII apostrophe is accepted for it.
    expect(parseAmountInput("1'234.50", { locale: 'de-CH', currency: 'CHF' })).toEqual({ ok: true, value: '1234.50' })
    // en-IN groups lakhs: 1,23,456.78.
    expect(parseAmountInput('1,23,456.78', { locale: 'en-IN', currency: 'INR' })).toEqual({ ok: true, value: '123456.78' })
  })

  it('accepts the currency symbol or code around the amount', () => {
    expect(parseAmountInput('$12.50', usd)).toEqual({ ok: true, value: '12.50' })
    expect(parseAmountInput('12.50 USD', usd)).toEqual({ ok: true, value: '12.50' })
    expect(parseAmountInput('12,50 €', eurDe)).toEqual({ ok: true, value: '12.50' })
  })

  it('reads the locale digits (Arabic-Indic in ar-EG)', () => {
    expect(parseAmountInput('١٢٫٥٠', { locale: 'ar-EG', currency: 'EGP' })).toEqual({ ok: true, value: '12.50' })
  })

  it('says "abc" is not a number and keeps nothing from it', () => {
    expect(parseAmountInput('abc', usd)).toEqual({ ok: false, code: 'not_a_number', error: '“abc” is not an amount: type digits such as 12.50.' })
    expect(parseAmountInput('12.50x', usd)).toMatchObject({ ok: false, code: 'not_a_number' })
    expect(parseAmountInput('.', usd)).toMatchObject({ ok: false, code: 'not_a_number' })
    // The example follows the locale.
    expect(parseAmountInput('abc', eurDe)).toEqual({ ok: false, code: 'not_a_number', error: '“abc” is not an amount: type digits such as 12,50.' })
  })

  it('asks for an amount when the field is empty', () => {
    expect(parseAmountInput('   ', usd)).toEqual({ ok: false, code: 'empty', error: 'Enter an amount such as 12.50.' })
  })

  it('refuses negative and zero amounts', () => {
    expect(parseAmountInput('-3', usd)).toEqual({ ok: false, code: 'not_positive', error: 'The amount must be more than zero: type it without a minus sign.' })
    expect(parseAmountInput('\u22123', usd)).toMatchObject({ ok: false, code: 'not_positive' })
    expect(parseAmountInput('(3.00)', usd)).toMatchObject({ ok: false, code: 'not_positive' })
    expect(parseAmountInput('3-', usd)).toMatchObject({ ok: false, code: 'not_positive' })
    expect(parseAmountInput('0', usd)).toEqual({ ok: false, code: 'not_positive', error: 'The amount must be more than zero.' })
    expect(parseAmountInput('0.00', usd)).toEqual({ ok: false, code: 'not_positive', error: 'The amount must be more than zero.' })
  })

  it('says that 1e9 is scientific notation and not accepted', () => {
    expect(parseAmountInput('1e9', usd)).toEqual({
      ok: false,
      code: 'exponent',
      error: '“1e9” looks like scientific notation, which is not accepted: type every digit (e.g. 1000, not 1e3).'
    })
    expect(parseAmountInput('2.5E3', usd)).toMatchObject({ ok: false, code: 'exponent' })
  })

  it('refuses more decimals than the currency has', () => {
    expect(parseAmountInput('19.999', usd)).toEqual({ ok: false, code: 'too_many_decimals', error: 'USD amounts have at most 2 decimals.' })
    expect(parseAmountInput('100.5', { locale: 'en-US', currency: 'JPY' })).toEqual({ ok: false, code: 'too_many_decimals', error: 'JPY amounts have no decimals.' })
    expect(parseAmountInput('1500', { locale: 'ja-JP', currency: 'JPY' })).toEqual({ ok: true, value: '1500' })
    // Bahraini dinars have 3 decimals; the counter (and the contract) take 2.
    expect(parseAmountInput('1.234', { locale: 'en-US', currency: 'BHD' })).toEqual({ ok: false, code: 'too_many_decimals', error: 'BHD amounts have at most 2 decimals at this counter.' })
  })

  it('refuses an amount too large for one sale', () => {
    expect(parseAmountInput('1234567890', usd)).toEqual({ ok: false, code: 'too_large', error: 'That is more than one sale can charge: at most $999,999,999.99.' })
    expect(parseAmountInput('999999999.99', usd)).toEqual({ ok: true, value: '999999999.99' })
  })

  it('refuses an amount above the per-sale limit and names the limit', () => {
    expect(parseAmountInput('500.01', { ...usd, limit: '500' })).toEqual({
      ok: false,
      code: 'over_limit',
      error: 'Above the per-sale limit of $500.00. A manager can change the limit in Settings.'
    })
    expect(parseAmountInput('500', { ...usd, limit: '500' })).toEqual({ ok: true, value: '500' })
    expect(parseAmountInput('1.000,50', { ...eurDe, limit: '1000' })).toEqual({
      ok: false,
      code: 'over_limit',
      error: 'Above the per-sale limit of 1.000,00\u00a0€. A manager can change the limit in Settings.'
    })
  })

  it('explains misplaced or ambiguous separators instead of guessing', () => {
    expect(parseAmountInput('1,23,4', usd)).toEqual({
      ok: false,
      code: 'separator',
      error: 'In en-US amounts, “,” separates thousands in groups of 3 digits: “1,23,4” has it misplaced. Type 1234 or 1,234.'
    })
    expect(parseAmountInput('12,50', usd)).toEqual({
      ok: false,
      code: 'separator',
      error: 'In en-US amounts, “,” separates thousands and the decimal separator is “.”. Did you mean 12.50?'
    })
    expect(parseAmountInput('12.50', eurDe)).toEqual({
      ok: false,
      code: 'separator',
      error: 'In de-DE amounts, “.” separates thousands and the decimal separator is “,”. Did you mean 12,50?'
    })
    expect(parseAmountInput('1.234,56', usd)).toEqual({
      ok: false,
      code: 'separator',
      error: 'In en-US amounts, “.” is the decimal separator and “,” separates thousands: “1.234,56” has them the other way round or misplaced (e.g. 1,234.56).'
    })
    expect(parseAmountInput('1.2.3', usd)).toEqual({
      ok: false,
      code: 'separator',
      error: 'In en-US amounts, “.” is the decimal separator and may appear only once (e.g. 12.50).'
    })
    expect(parseAmountInput('12.50', { locale: 'fr-FR', currency: 'EUR' })).toEqual({
      ok: false,
      code: 'separator',
      error: 'In fr-FR amounts, the decimal separator is “,”; “.” is not used. Did you mean 12,50?'
    })
    expect(parseAmountInput('1,,234', usd)).toMatchObject({ ok: false, code: 'separator' })
    expect(parseAmountInput(',234', usd)).toMatchObject({ ok: false, code: 'separator' })
  })

  it('falls back to the runtime locale for an unknown locale tag', () => {
    expect(parseAmountInput('12', { locale: 'not a locale!', currency: 'USD' })).toEqual({ ok: true, value: '12' })
  })
})

describe('currencyDecimals', () => {
  it('takes the currency digits from Intl, capped at the contract 2', () => {
    expect(currencyDecimals('USD')).toBe(2)
    expect(currencyDecimals('EUR')).toBe(2)
    expect(currencyDecimals('JPY')).toBe(0)
    expect(currencyDecimals('KWD')).toBe(2)
  })
})

describe('usdFor', () => {
  it('converts at the merchant rate, half-up to cents', () => {
    expect(usdFor('10.00', '1.087')).toBe('10.87')
    expect(usdFor('10', '1.087')).toBe('10.87')
    expect(usdFor('1.00', '1.005')).toBe('1.01')
    expect(usdFor('1.00', '1.00499999')).toBe('1.00')
    expect(usdFor('12.34', '1')).toBe('12.34')
    expect(usdFor('0.01', '0.5')).toBe('0.01')
    expect(usdFor('0.01', '0.49')).toBe('0.00')
    // Checked with Python's Decimal (quantize 0.01, ROUND_HALF_UP): far beyond a double's 15 digits.
    expect(usdFor('999999999.99', '123456.12345678')).toBe('123456123455545.44')
  })

  it('answers null for text that is not a non-negative decimal', () => {
    expect(usdFor('abc', '1.087')).toBeNull()
    expect(usdFor('10', '-1')).toBeNull()
    expect(usdFor('1e3', '1')).toBeNull()
  })
})

describe('compareDecimals', () => {
  it('compares decimal text exactly', () => {
    expect(compareDecimals('500', '500.00')).toBe(0)
    expect(compareDecimals('500.01', '500')).toBe(1)
    expect(compareDecimals('0.1', '0.10000000000000001')).toBe(-1)
  })
})
