// The ledger domain: transfers and their whole history.
import { ErrorCodes, type EventRow } from '../../../shared/contract'
import type { Store } from '../store'
import { toEventRow } from '../store/events'
import { chargeKeys, withCharges } from '../store/sessions'
import { CommandError, type DomainHandlers } from './registry'

export function ledgerCommands(store: Store): DomainHandlers<'ledger'> {
  return {
    // Each transfer with what its sale charged: one indexed lookup of the page's sales, on the
    // console's read path only (the webhook ack path never joins).
    'ledger.list': async (q) => {
      const page = await store.transfers.list(q)
      const keys = chargeKeys(page.items)
      return { ...page, items: withCharges(page.items, await store.sessions.charges(keys.sessionIds, keys.transactionIds)) }
    },
    'ledger.get': async ({ transferId }) => {
      const [transfer, deliveries, eventRecords, rejected] = await Promise.all([
        store.transfers.get(transferId),
        store.deliveries.listForTransfer(transferId),
        store.events.listForTransfer(transferId),
        store.deliveries.listClaimingTransfer(transferId)
      ])
      if (!transfer) throw new CommandError(ErrorCodes.NOT_FOUND, `No transfer ${transferId} in the ledger.`)
      const keys = chargeKeys([transfer])
      const [withCharge] = withCharges([transfer], await store.sessions.charges(keys.sessionIds, keys.transactionIds))
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
      return { transfer: withCharge!, events, rejected }
    }
  }
}
