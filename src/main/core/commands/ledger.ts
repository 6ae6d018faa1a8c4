// The ledger domain: transfers and their whole history.
import { ErrorCodes, type EventRow } from '../../../shared/contract'
import type { Store } from '../store'
import { toEventRow } from '../store/events'
import { CommandError, type DomainHandlers } from './registry'

export function ledgerCommands(store: Store): DomainHandlers<'ledger'> {
  return {
    'ledger.list': (q) => store.transfers.list(q),
    'ledger.get': async ({ transferId }) => {
      const [transfer, deliveries, eventRecords, rejected] = await Promise.all([
        store.transfers.get(transferId),
        store.deliveries.listForTransfer(transferId),
        store.events.listForTransfer(transferId),
        store.deliveries.listClaimingTransfer(transferId)
      ])
      if (!transfer) throw new CommandError(ErrorCodes.NOT_FOUND, `No transfer ${transferId} in the ledger.`)
      const byEvent = new Map<string, typeof deliveries>()
      for (const d of deliveries) {
        if (!d.eventId) continue
        const list = byEvent.get(d.eventId) ?? []
        list.push(d)
        byEvent.set(d.eventId, list)
      }
      const events: EventRow[] = eventRecords.map((e) => {
        const own = byEvent.get(e.event_id) ?? []
        // A webhook event's body is stored once, in its first signed delivery (schema v4).
        const first = e.payload === null ? own.find((d) => d.httpStatus === 200 && d.body !== '') : undefined
        return { ...toEventRow(first ? { ...e, payload: first.body } : e), deliveries: own }
      })
      return { transfer, events, rejected }
    }
  }
}
