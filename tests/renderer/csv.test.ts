import { describe, expect, it } from 'vitest'
import { csvField, csvLine, exportFilename, EXPORT_COLUMNS, ledgerToCsv, ledgerToJson, parseCsv } from '../../src/renderer/src/lib/csv'
import { row } from './fixtures'

describe('csvField', () => {
  it('leaves plain values alone', () => {
    expect(csvField('abc')).toBe('abc')
    expect(csvField(12)).toBe('12')
    expect(csvField(true)).toBe('true')
    expect(csvField('12.50')).toBe('12.50')
  })

  it('writes null and undefined as empty fields', () => {
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
  })

  it('quotes commas, quotes, CR and LF, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line1\nline2')).toBe('"line1\nline2"')
    expect(csvField('a\r\nb')).toBe('"a\r\nb"')
  })

  it('quotes leading and trailing spaces so they survive', () => {
    expect(csvField(' x')).toBe('" x"')
    expect(csvField('x ')).toBe('"x "')
  })

  it('defuses spreadsheet formulas but keeps negative numbers as numbers', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"')
    expect(csvField('+1+1')).toBe("'+1+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-3.25')).toBe('-3.25')
    expect(csvField('-x')).toBe("'-x")
  })

  it('joins a line with commas', () => {
    expect(csvLine(['a', 'b,c', null, 3])).toBe('a,"b,c",,3')
  })
})

describe('ledgerToCsv', () => {
  it('writes a header and one CRLF-terminated line per row', () => {
    const text = ledgerToCsv([row({ transferId: 't1' }), row({ transferId: 't2' })])
    const lines = text.split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','))
  })

  it('round-trips hostile values through a CSV parser', () => {
    const nasty = row({
      transferId: 't,1',
      transactionId: 'he said "no"\nthen left',
      statusRaw: 'RefundPending',
      status: 'refundpending',
      sourceAccountProvider: ' spaced ',
      txHash: '0xdead',
      retried: true
    })
    const parsed = parseCsv(ledgerToCsv([nasty], () => 0))
    expect(parsed).toHaveLength(2)
    const header = parsed[0]!
    const values = parsed[1]!
    const get = (h: string) => values[header.indexOf(h)]
    expect(get('transferId')).toBe('t,1')
    expect(get('transactionId')).toBe('he said "no"\nthen left')
    expect(get('status')).toBe('refundpending')
    expect(get('statusRaw')).toBe('RefundPending')
    expect(get('sourceAccountProvider')).toBe(' spaced ')
    expect(get('txHash')).toBe('0xdead')
    expect(get('retried')).toBe('true')
    expect(get('firstSeenAt')).toBe('1970-01-01T00:00:01.000+00:00')
  })

  it('keeps amounts exactly as the decimal text they are', () => {
    const parsed = parseCsv(ledgerToCsv([row({ transferId: 't', sourceAmount: '0.000000000000000001', destinationAmount: '123456789.123456789' })]))
    const header = parsed[0]!
    expect(parsed[1]![header.indexOf('sourceAmount')]).toBe('0.000000000000000001')
    expect(parsed[1]![header.indexOf('destinationAmount')]).toBe('123456789.123456789')
  })

  it('exports an empty view as just the header', () => {
    expect(parseCsv(ledgerToCsv([]))).toHaveLength(1)
  })
})

describe('ledgerToJson and file names', () => {
  it('writes one record per row with the CSV columns as keys, in order', () => {
    const parsed = JSON.parse(ledgerToJson([row({ transferId: 'a' }), row({ transferId: 'b' })])) as Record<string, unknown>[]
    expect(parsed.map((r) => r.transferId)).toEqual(['a', 'b'])
    expect(Object.keys(parsed[0]!)).toEqual(EXPORT_COLUMNS)
  })

  it('names files countertop-ledger-YYYYMMDD.csv/json by the local date', () => {
    const t = new Date(2025, 0, 7, 23, 59).getTime()
    expect(exportFilename('csv', t)).toBe('countertop-ledger-20250107.csv')
    expect(exportFilename('json', t)).toBe('countertop-ledger-20250107.json')
  })
})
