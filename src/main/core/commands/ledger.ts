// The ledger domain: transfers and their whole history.
import { ErrorCodes, type EventRow } from '../../../shared/contract'
import type { Store } from '../store'
import { toEventRow } from '../store/events'
import { CommandError, type DomainHandlers } from './registry'

export function ledgerCommands(store: Store): DomainHandlers<'ledger'> {
  return {
    'ledger.list': (q) => store.transfers.list(q),
    'ledger.get': ({ transferId }) => {
      const transfer = store.transfers.get(transferId)
      if (!transfer) throw new CommandError(ErrorCodes.NOT_FOUND, `No transfer ${transferId} in the ledger.`)
      const deliveries = store.deliveries.listForTransfer(transferId)
      const byEvent = new Map<string, typeof deliveries>()
      for (const d of deliveries) {
        if (!d.eventId) continue
        const list = byEvent.get(d.eventId) ?? []
        list.push(d)
        byEvent.set(d.eventId, list)
      }
      const events: EventRow[] = store.events
        .listForTransfer(transferId)
        .map((e) => ({ ...toEventRow(e), deliveries: byEvent.get(e.event_id) ?? [] }))
      return { transfer, events }
    }
  }
}
