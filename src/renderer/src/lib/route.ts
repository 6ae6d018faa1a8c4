// Hash routes: #/counter (default), #/ledger, #/transfer/<id>, #/receipt/<sessionId>, #/shift, #/reports,
// #/inspector, #/settings, #/audit, #/health. Pure.

export type Route =
  | { name: 'counter' }
  | { name: 'ledger' }
  | { name: 'inspector' }
  | { name: 'settings' }
  | { name: 'audit' }
  | { name: 'health' }
  | { name: 'transfer'; transferId: string }
  | { name: 'receipt'; sessionId: string }
  | { name: 'shift' }
  | { name: 'reports' }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '')
  const [head = '', ...rest] = path.split('/')
  switch (head) {
    case 'ledger':
      return { name: 'ledger' }
    case 'inspector':
      return { name: 'inspector' }
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
      if (!id) return { name: 'counter' }
      try {
        return { name: 'receipt', sessionId: decodeURIComponent(id) }
      } catch {
        return { name: 'receipt', sessionId: id }
      }
    }
    case 'transfer': {
      const id = rest.join('/')
      if (!id) return { name: 'ledger' }
      try {
        return { name: 'transfer', transferId: decodeURIComponent(id) }
      } catch {
        return { name: 'transfer', transferId: id }
      }
    }
    default:
      return { name: 'counter' }
  }
}

export function routeHref(r: Route): string {
  if (r.name === 'transfer') return `#/transfer/${encodeURIComponent(r.transferId)}`
  if (r.name === 'receipt') return `#/receipt/${encodeURIComponent(r.sessionId)}`
  return `#/${r.name}`
}

export const receiptHref = (sessionId: string): string => routeHref({ name: 'receipt', sessionId })

export const transferHref = (transferId: string): string => routeHref({ name: 'transfer', transferId })
