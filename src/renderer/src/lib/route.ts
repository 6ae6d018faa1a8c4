// Hash routes: #/counter (default), #/ledger, #/transfer/<id>, #/inspector, #/settings, #/audit, #/health. Pure.

export type Route =
  | { name: 'counter' }
  | { name: 'ledger' }
  | { name: 'inspector' }
  | { name: 'settings' }
  | { name: 'audit' }
  | { name: 'health' }
  | { name: 'transfer'; transferId: string }

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
  return r.name === 'transfer' ? `#/transfer/${encodeURIComponent(r.transferId)}` : `#/${r.name}`
}

export const transferHref = (transferId: string): string => routeHref({ name: 'transfer', transferId })
