// The ledger domain: transfers and their whole history. Both are the store's console views
// (store/views.ts): with SQLite they are built on its reader thread and come back as JSON, off
// the thread that answers Mesh (the webhook ack path never joins, nor serializes a page).
import type { Store } from '../store'
import type { DomainHandlers } from './registry'

export function ledgerCommands(store: Store): DomainHandlers<'ledger'> {
  return {
    'ledger.list': (q) => store.views.ledgerPage(q),
    'ledger.get': (a) => store.views.transferHistory(a)
  }
}
