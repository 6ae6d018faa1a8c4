// The charge arithmetic: expected values worked out by hand (amount × rate, rounded half-up to
// cents), including the cases where a binary float gets it wrong.
import { describe, expect, it } from 'vitest'
import { amountTextProblem, compareDecimals, currencyDigits, normalizeAmount, priceSale, rateMissingMessage, toUsdCents } from '../../src/shared/charge'
import { SaleStartArgs } from '../../src/shared/contract'

describe('toUsdCents (amount × rate, half-up to cents)', () => {
  it('converts at the merchant rate', () => {
    expect(toUsdCents('10.00', '1.087')).toBe('10.87')
    expect(toUsdCents('1000', '0.0067')).toBe('6.70')
    expect(toUsdCents('12.345', '2.6596')).toBe('32.83') // 32.832762
    expect(toUsdCents('19.99', '1.1')).toBe('21.99') // 21.989 → up
    expect(toUsdCents('7', '1')).toBe('7.00')
    // (10^12 − 0.001) × (10^5 − 10^-8) = 10^17 − 10^4 − 100 + 10^-11
    expect(toUsdCents('999999999999.999', '99999.99999999')).toBe('99999999999989900.00')
  })

  it('rounds a half cent up', () => {
    expect(toUsdCents('0.01', '0.5')).toBe('0.01') // 0.005
    expect(toUsdCents('0.03', '0.5')).toBe('0.02') // 0.015
    expect(toUsdCents('2.675', '1')).toBe('2.68') // (2.675).toFixed(2) is "2.67"
    expect(toUsdCents('1.005', '1')).toBe('1.01') // Math.round(1.005 * 100) / 100 is 1
    expect(toUsdCents('0.004', '1')).toBe('0.00')
    expect(toUsdCents('0.0049', '1')).toBe('0.00')
  })

  it('is exact where floats drift', () => {
    expect(0.1 * 3).not.toBe(0.3)
    expect(toUsdCents('0.1', '3')).toBe('0.30')
    expect(toUsdCents('1', '0.00000001')).toBe('0.00')
    expect(toUsdCents('4.35', '100')).toBe('435.00') // 4.35 * 100 is 434.99999999999994
  })
})

describe('amount text', () => {
  it('says what is wrong with each kind of bad input', () => {
    expect(amountTextProblem('')).toBe('Enter an amount, such as 12.50.')
    expect(amountTextProblem('abc')).toBe('Enter an amount such as 12.50: digits and at most one decimal point.')
    expect(amountTextProblem('1.2.3')).toBe('Enter an amount such as 12.50: digits and at most one decimal point.')
    expect(amountTextProblem('-3')).toBe('The amount must be more than zero: it cannot be negative.')
    expect(amountTextProblem('0')).toBe('The amount must be more than zero')
    expect(amountTextProblem('0.00')).toBe('The amount must be more than zero')
    expect(amountTextProblem('1e9')).toBe('Write the amount in plain digits, such as 1000000 (not 1e6).')
    expect(amountTextProblem('1,234.56')).toBe('Type the amount without thousands separators, such as 1234.56.')
    expect(amountTextProblem('1 234')).toBe('Type the amount without thousands separators, such as 1234.56.')
    expect(amountTextProblem('12,50')).toBe('Use a point for decimals, such as 12.50.')
    expect(amountTextProblem('1234567890123')).toBe('That amount is too large: at most 12 digits before the decimal point.')
    expect(amountTextProblem('1.2345')).toBe('An amount has at most 3 decimals.')
  })

  it('takes plain amounts up to 12 digits and 3 decimals', () => {
    for (const ok of ['7', '12.50', '0.01', '19.999', '007.50', '999999999999.999', ' 12.5 ']) expect(amountTextProblem(ok), ok).toBeNull()
  })

  it('is the rule sales.start validates with (zod), with the same messages', () => {
    const r = SaleStartArgs.safeParse({ amount: '1,234.56', asset: 'USDC' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('Type the amount without thousands separators, such as 1234.56.')
    expect(SaleStartArgs.parse({ amount: ' 19.999 ', asset: 'USDC' }).amount).toBe('19.999')
  })
})

describe('decimal helpers', () => {
  it('knows each currency’s decimals', () => {
    expect([currencyDigits('USD'), currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('BHD'), currencyDigits('jpy')]).toEqual([2, 2, 0, 3, 0])
  })
  it('writes an amount with its currency’s decimals, never dropping one', () => {
    expect(normalizeAmount('012.5', 2)).toBe('12.50')
    expect(normalizeAmount('4', 2)).toBe('4.00')
    expect(normalizeAmount('0.5', 3)).toBe('0.500')
    expect(normalizeAmount('1000', 0)).toBe('1000')
    expect(() => normalizeAmount('1.234', 2)).toThrow(RangeError)
  })
  it('compares decimals of different scales', () => {
    expect(compareDecimals('500', '500.00')).toBe(0)
    expect(compareDecimals('500.01', '500')).toBe(1)
    expect(compareDecimals('99.999', '100')).toBe(-1)
  })
})

describe('priceSale', () => {
  const usd = { currency: 'USD', rate: null, saleLimit: null, locale: 'en-US' }
  it('charges USD as typed, written with cents, no rate', () => {
    expect(priceSale({ ...usd, amount: '12.5' })).toEqual({ ok: true, charge: { amount: '12.50', currency: 'USD', usdAmount: '12.50', rate: null } })
  })
  it('converts a non-USD amount at the rate', () => {
    expect(priceSale({ ...usd, currency: 'EUR', rate: '1.087', amount: '10' })).toEqual({ ok: true, charge: { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' } })
    expect(priceSale({ ...usd, currency: 'JPY', rate: '0.0067', amount: '1000' })).toEqual({ ok: true, charge: { amount: '1000', currency: 'JPY', usdAmount: '6.70', rate: '0.0067' } })
  })
  it('refuses a non-USD currency with no rate', () => {
    expect(priceSale({ ...usd, currency: 'EUR', amount: '10.00' })).toEqual({ ok: false, code: 'CURRENCY_RATE_MISSING', message: rateMissingMessage('EUR') })
    expect(rateMissingMessage('EUR')).toBe('EUR has no exchange rate: Mesh charges in US dollars. A manager can set the EUR→USD rate in Settings.')
  })
  it('refuses more decimals than the currency has', () => {
    expect(priceSale({ ...usd, amount: '19.999' })).toEqual({ ok: false, code: 'AMOUNT_INVALID', message: 'USD amounts have at most 2 decimals; 19.999 has 3.' })
    expect(priceSale({ ...usd, currency: 'JPY', rate: '0.0067', amount: '1000.5' })).toEqual({
      ok: false,
      code: 'AMOUNT_INVALID',
      message: 'JPY amounts have no decimals: enter a whole number such as 1000.'
    })
    expect(priceSale({ ...usd, currency: 'BHD', rate: '2.6596', amount: '12.345' })).toMatchObject({ ok: true, charge: { amount: '12.345', usdAmount: '32.83' } })
  })
  it('refuses an amount above the per-sale limit and names the limit', () => {
    expect(priceSale({ ...usd, saleLimit: '500', amount: '500.01' })).toEqual({
      ok: false,
      code: 'SALE_LIMIT_EXCEEDED',
      message: '$500.01 is above the per-sale limit of $500.00. Charge less, or ask a manager to raise the limit in Settings.'
    })
    expect(priceSale({ ...usd, saleLimit: '500', amount: '500.00' })).toMatchObject({ ok: true })
    expect(priceSale({ ...usd, currency: 'EUR', rate: '1.087', saleLimit: '100', amount: '100.50', locale: 'de-DE' })).toMatchObject({
      code: 'SALE_LIMIT_EXCEEDED',
      message: '100,50\u00a0€ is above the per-sale limit of 100,00\u00a0€. Charge less, or ask a manager to raise the limit in Settings.'
    })
  })
  it('refuses a charge below one US cent', () => {
    expect(priceSale({ ...usd, currency: 'JPY', rate: '0.004', amount: '1' })).toEqual({
      ok: false,
      code: 'AMOUNT_INVALID',
      message: '¥1 is less than $0.01 at 0.004 USD per JPY; Mesh cannot charge less than one US cent.'
    })
    expect(priceSale({ ...usd, currency: 'EUR', rate: '0.5', amount: '0.01' })).toMatchObject({ ok: true, charge: { usdAmount: '0.01' } })
  })
})
