// Ledger export: CSV (RFC 4180, formula-safe) and JSON, with the sale's fiat charge beside the
// crypto received. Pure; the download is done elsewhere.
import type { TransferRow } from '../../../shared/contract'
import { isDecimalString } from '../../../shared/money'
import { compactDate, isoWithOffset } from './format'

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

/**
 * One transfer as the exports carry it: the sale's charge (fiat amount, its currency, the USD
 * sent to Mesh, the rate) and the crypto received (amount and asset) in separate fields, amounts
 * as plain decimal text, times as ISO 8601 with the local offset. CSV and JSON use these exact
 * keys, in this order.
 */
export interface ExportRecord {
  firstSeenAt: string
  status: string
  statusRaw: string
  /** What the sale charged, in fiatCurrency (decimal text); null when no sale of ours started it or the charge is unknown. */
  fiatAmount: string | null
  fiatCurrency: string | null
  /** The USD Mesh was asked to charge (decimal text). */
  usdCharged: string | null
  /** USD per one unit of fiatCurrency (decimal text); null for USD. */
  fxRate: string | null
  /** Crypto received: DestinationAmount, else SourceAmount (decimal text). */
  cryptoAmount: string | null
  asset: string | null
  network: string | null
  sourceAmount: string | null
  destinationAmount: string | null
  transactionId: string | null
  transferId: string
  txHash: string | null
  sessionId: string | null
  sourceAccountProvider: string | null
  destinationAddress: string | null
  events: number
  deliveries: number
  retried: boolean
  conflict: boolean
  isFinal: boolean
  provenance: string
  isTest: boolean
  updatedAt: string
}

/** The export's columns (CSV header order = JSON key order). */
export const EXPORT_COLUMNS: readonly (keyof ExportRecord)[] = [
  'firstSeenAt',
  'status',
  'statusRaw',
  'fiatAmount',
  'fiatCurrency',
  'usdCharged',
  'fxRate',
  'cryptoAmount',
  'asset',
  'network',
  'sourceAmount',
  'destinationAmount',
  'transactionId',
  'transferId',
  'txHash',
  'sessionId',
  'sourceAccountProvider',
  'destinationAddress',
  'events',
  'deliveries',
  'retried',
  'conflict',
  'isFinal',
  'provenance',
  'isTest',
  'updatedAt'
]

/** Minutes east of UTC at an instant (the runtime's zone unless a test passes its own). */
export type OffsetOf = (ms: number) => number
const localOffset: OffsetOf = (ms) => -new Date(ms).getTimezoneOffset()

const plain = (v: string | null | undefined): string | null => (v != null && isDecimalString(v) ? v : null)

export function exportRecord(r: TransferRow, offsetOf: OffsetOf = localOffset): ExportRecord {
  const c = r.charge ?? null
  return {
    firstSeenAt: isoWithOffset(r.firstSeenAt, offsetOf(r.firstSeenAt)),
    status: r.status,
    statusRaw: r.statusRaw || r.status,
    fiatAmount: plain(c?.amount),
    fiatCurrency: c?.currency ?? null,
    usdCharged: plain(c?.usdAmount),
    fxRate: plain(c?.rate),
    cryptoAmount: plain(r.destinationAmount ?? r.sourceAmount),
    asset: r.token,
    network: r.chain,
    sourceAmount: plain(r.sourceAmount),
    destinationAmount: plain(r.destinationAmount),
    transactionId: r.transactionId,
    transferId: r.transferId,
    txHash: r.txHash,
    sessionId: r.sessionId,
    sourceAccountProvider: r.sourceAccountProvider,
    destinationAddress: r.destinationAddress,
    events: r.eventCount,
    deliveries: r.deliveryCount,
    retried: r.retried,
    conflict: r.conflict,
    isFinal: r.isFinal,
    provenance: r.provenance,
    isTest: r.isTest,
    updatedAt: isoWithOffset(r.updatedAt, offsetOf(r.updatedAt))
  }
}

/** The ledger as CSV text: a header line, then one line per row, CRLF line ends. */
export function ledgerToCsv(rows: readonly TransferRow[], offsetOf: OffsetOf = localOffset): string {
  const lines = [csvLine(EXPORT_COLUMNS)]
  for (const r of rows) {
    const rec = exportRecord(r, offsetOf)
    lines.push(csvLine(EXPORT_COLUMNS.map((k) => rec[k])))
  }
  return lines.join('\r\n') + '\r\n'
}

/** The ledger as pretty JSON: an array of export records (same keys as the CSV columns). */
export function ledgerToJson(rows: readonly TransferRow[], offsetOf: OffsetOf = localOffset): string {
  return JSON.stringify(rows.map((r) => exportRecord(r, offsetOf)), null, 2) + '\n'
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
