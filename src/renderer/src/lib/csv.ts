// Ledger export: CSV (RFC 4180, formula-safe) and JSON. Pure; the download is done elsewhere.
import type { TransferRow } from '../../../shared/contract'
import { compactDate } from './format'

export type CsvValue = string | number | boolean | null | undefined

const DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * One CSV field: quoted when it holds a comma, quote, CR, LF or edge spaces, quotes doubled.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe; plain numbers such as "-3.5" are left alone.
 */
export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return ''
  let s = typeof v === 'string' ? v : String(v)
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !DECIMAL.test(s)) s = `'${s}`
  if (/[",\r\n]/.test(s) || /^\s|\s$/.test(s)) return `"${s.replace(/"/g, '""')}"`
  return s
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',')
}

/** Columns of the ledger export, in order. */
export const LEDGER_COLUMNS: readonly { header: string; get: (r: TransferRow) => CsvValue }[] = [
  { header: 'firstSeenAt', get: (r) => new Date(r.firstSeenAt).toISOString() },
  { header: 'status', get: (r) => r.statusRaw || r.status },
  { header: 'sourceAmount', get: (r) => r.sourceAmount },
  { header: 'destinationAmount', get: (r) => r.destinationAmount },
  { header: 'token', get: (r) => r.token },
  { header: 'chain', get: (r) => r.chain },
  { header: 'transactionId', get: (r) => r.transactionId },
  { header: 'transferId', get: (r) => r.transferId },
  { header: 'txHash', get: (r) => r.txHash },
  { header: 'sourceAccountProvider', get: (r) => r.sourceAccountProvider },
  { header: 'destinationAddress', get: (r) => r.destinationAddress },
  { header: 'events', get: (r) => r.eventCount },
  { header: 'deliveries', get: (r) => r.deliveryCount },
  { header: 'retried', get: (r) => r.retried },
  { header: 'conflict', get: (r) => r.conflict },
  { header: 'provenance', get: (r) => r.provenance },
  { header: 'isTest', get: (r) => r.isTest },
  { header: 'updatedAt', get: (r) => new Date(r.updatedAt).toISOString() }
]

/** The ledger as CSV text: a header line, then one line per row, CRLF line ends. */
export function ledgerToCsv(rows: readonly TransferRow[]): string {
  const lines = [csvLine(LEDGER_COLUMNS.map((c) => c.header))]
  for (const r of rows) lines.push(csvLine(LEDGER_COLUMNS.map((c) => c.get(r))))
  return lines.join('\r\n') + '\r\n'
}

/** The ledger as pretty JSON: the rows exactly as the console API gave them. */
export function ledgerToJson(rows: readonly TransferRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n'
}

export function exportFilename(kind: 'csv' | 'json', now: number): string {
  return `countertop-ledger-${compactDate(now)}.${kind}`
}

/** Parses CSV text back into rows of fields (for tests and round-trip checks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += c
      i++
      continue
    }
    if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
    i++
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
