import { describe, expect, it } from 'vitest'
import { addDecimals, formatFiat, toDecimalString } from '../../src/shared/money'

describe('money', () => {
  it('adds decimal strings exactly, where binary floats would drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(addDecimals(['0.1', '0.2'])).toBe('0.3')
    expect(addDecimals(['19.99', '0.01', '-5'])).toBe('15')
    expect(addDecimals(['1000000000000000.01', '0.02'])).toBe('1000000000000000.03')
  })

  it('keeps the decimal text Mesh sent', () => {
    expect(toDecimalString(12.5)).toBe('12.5')
    expect(toDecimalString(0.000001)).toBe('0.000001')
    expect(toDecimalString(1e-7)).toBe('0.0000001')
    expect(toDecimalString('007.50')).toBe('7.5')
    expect(toDecimalString('abc')).toBeNull()
    expect(toDecimalString(Number.NaN)).toBeNull()
    expect(toDecimalString(null)).toBeNull()
    expect(toDecimalString('1' + '0'.repeat(40_000) + '1')).toBeNull()
  })

  it('formats fiat with Intl', () => {
    expect(formatFiat('1234.5', 'USD', 'en-US')).toBe('$1,234.50')
    expect(formatFiat('1234.5', 'EUR', 'de-DE')).toBe('1.234,50\u00a0€')
    expect(formatFiat('12345678901234567.89', 'USD', 'en-US')).toBe('$12,345,678,901,234,567.89')
    expect(formatFiat(null)).toBe('—')
  })
})
