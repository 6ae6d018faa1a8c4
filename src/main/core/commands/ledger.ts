import { ErrorCodes, type EventRow } from '../../../shared/contract'
import type { Store } from '../store'
import { toEventRow } from '../store/events'
import { CommandError, type HandlerMap } from './registry'

export function ledgerHandlers(store: Store): HandlerMap {
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
    },
    'deliveries.list': (q) => store.deliveries.list(q),
    'deliveries.get': ({ id }) => {
      const d = store.deliveries.get(id)
      if (!d) throw new CommandError(ErrorCodes.NOT_FOUND, `No delivery #${id}.`)
      return d
    }
  }
}
