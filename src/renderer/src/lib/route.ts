// Hash routes: #/counter (default), #/ledger, #/transfer/<id>, #/receipt/<sessionId>, #/shift, #/reports,
// #/inspector, #/settings, #/audit, #/health. The Ledger and the Inspector carry their filters
// in a query after the path, so a copied link reproduces the view:
//   #/ledger?status=failed&q=0xabc&from=2026-11-01&to=2026-11-30&min=10&max=20&tests=1
//   #/inspector?verdict=rejected&delivery=42
// Parsing never throws: an unknown parameter, or a value that is not valid, is ignored. Pure.
import { compareDecimals } from '../../../shared/charge'
import { VERDICT_OPTIONS, type VerdictFilter } from './deliveries'
import { EMPTY_FILTER, isAmountText, isDateInput, STATUS_OPTIONS, type LedgerFilter } from './ledger'

/** The Inspector's part of the URL: its verdict filter and the delivery open in it. */
export interface InspectorView {
  verdict: VerdictFilter
  delivery: number | null
}

export const EMPTY_INSPECTOR_VIEW: InspectorView = { verdict: '', delivery: null }

export type Route =
  | { name: 'counter' }
  | { name: 'ledger'; filter: LedgerFilter }
  | { name: 'inspector'; view: InspectorView }
  | { name: 'settings' }
  | { name: 'audit' }
  | { name: 'health' }
  | { name: 'transfer'; transferId: string }
  | { name: 'receipt'; sessionId: string }
  | { name: 'shift' }
  | { name: 'reports' }

/** A link to a screen: the Ledger and Inspector without their filters open unfiltered. */
export type RouteTarget = Route | { name: 'ledger' | 'inspector' }

/** The path ("ledger", "transfer/abc") and the query of a hash. */
export function splitHash(hash: string): { path: string; params: URLSearchParams } {
  const body = hash.replace(/^#/, '').replace(/^\/+/, '')
  const q = body.indexOf('?')
  const path = q < 0 ? body : body.slice(0, q)
  let params: URLSearchParams
  try {
    params = new URLSearchParams(q < 0 ? '' : body.slice(q + 1))
  } catch {
    params = new URLSearchParams()
  }
  return { path: path.replace(/\/+$/, ''), params }
}

const STATUS_VALUES: ReadonlySet<string> = new Set(STATUS_OPTIONS.map((o) => o.value).filter(Boolean))
const VERDICT_VALUES: ReadonlySet<string> = new Set(VERDICT_OPTIONS.map((o) => o.value).filter(Boolean))
/** The contract's limit on a search term. */
const MAX_SEARCH = 200

/** The Ledger filter a query names; anything missing or not valid is left at its default. */
export function parseLedgerParams(params: URLSearchParams): LedgerFilter {
  const f: LedgerFilter = { ...EMPTY_FILTER }
  const status = params.get('status')?.trim().toLowerCase()
  if (status && STATUS_VALUES.has(status)) f.status = status
  const q = params.get('q')?.trim()
  if (q && q.length <= MAX_SEARCH) f.search = q
  const from = params.get('from')
  if (from && isDateInput(from)) f.from = from
  const to = params.get('to')
  // A day range that ends before it starts matches nothing: the end is dropped.
  if (to && isDateInput(to) && (!f.from || to >= f.from)) f.to = to
  const min = params.get('min')?.trim()
  if (min && isAmountText(min)) f.amountMin = min
  const max = params.get('max')?.trim()
  if (max && isAmountText(max) && (!f.amountMin || compareDecimals(max, f.amountMin) >= 0)) f.amountMax = max
  const tests = params.get('tests')
  if (tests === '1' || tests === 'true') f.includeTests = true
  return f
}

/** The query for a Ledger filter ("" when unfiltered); keys in a fixed order, defaults left out. */
export function ledgerQueryString(f: LedgerFilter): string {
  const p = new URLSearchParams()
  if (f.status) p.set('status', f.status)
  if (f.search.trim()) p.set('q', f.search.trim())
  if (f.from) p.set('from', f.from)
  if (f.to) p.set('to', f.to)
  if (f.amountMin) p.set('min', f.amountMin)
  if (f.amountMax) p.set('max', f.amountMax)
  if (f.includeTests) p.set('tests', '1')
  return p.toString()
}

export function parseInspectorParams(params: URLSearchParams): InspectorView {
  const v: InspectorView = { ...EMPTY_INSPECTOR_VIEW }
  const verdict = params.get('verdict')?.trim()
  if (verdict && VERDICT_VALUES.has(verdict)) v.verdict = verdict as VerdictFilter
  const delivery = params.get('delivery')?.trim()
  if (delivery && /^[1-9]\d{0,14}$/.test(delivery)) v.delivery = Number(delivery)
  return v
}

export function inspectorQueryString(v: InspectorView): string {
  const p = new URLSearchParams()
  if (v.verdict) p.set('verdict', v.verdict)
  if (v.delivery != null) p.set('delivery', String(v.delivery))
  return p.toString()
}

function decoded(id: string): string {
  try {
    return decodeURIComponent(id)
  } catch {
    return id
  }
}

export function parseRoute(hash: string): Route {
  const { path, params } = splitHash(hash)
  const [head = '', ...rest] = path.split('/')
  switch (head) {
    case 'ledger':
      return { name: 'ledger', filter: parseLedgerParams(params) }
    case 'inspector':
      return { name: 'inspector', view: parseInspectorParams(params) }
    case 'settings':
      return { name: 'settings' }
    case 'audit':
      return { name: 'audit' }
    case 'health':
      return { name: 'health' }
    case 'shift':
      return { name: 'shift' }
    case 'reports':
      return { name: 'reports' }
    case 'receipt': {
      const id = rest.join('/')
      return id ? { name: 'receipt', sessionId: decoded(id) } : { name: 'counter' }
    }
    case 'transfer': {
      const id = rest.join('/')
      return id ? { name: 'transfer', transferId: decoded(id) } : { name: 'ledger', filter: { ...EMPTY_FILTER } }
    }
    default:
      return { name: 'counter' }
  }
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path)

export function routeHref(r: RouteTarget): string {
  if (r.name === 'transfer') return `#/transfer/${encodeURIComponent(r.transferId)}`
  if (r.name === 'receipt') return `#/receipt/${encodeURIComponent(r.sessionId)}`
  if (r.name === 'ledger') return withQuery('#/ledger', 'filter' in r ? ledgerQueryString(r.filter) : '')
  if (r.name === 'inspector') return withQuery('#/inspector', 'view' in r ? inspectorQueryString(r.view) : '')
  return `#/${r.name}`
}

export const ledgerHref = (filter: LedgerFilter): string => routeHref({ name: 'ledger', filter })

export const inspectorHref = (view: InspectorView): string => routeHref({ name: 'inspector', view })

export const receiptHref = (sessionId: string): string => routeHref({ name: 'receipt', sessionId })

export const transferHref = (transferId: string): string => routeHref({ name: 'transfer', transferId })
