// The console's read views: a ledger page, one transfer's whole history, an inspector page —
// each assembled from several repository calls, in one place for both engines. The SQLite engine
// runs them on its reader thread and answers with their JSON (./serialized.ts), so the rows never
// cross to the main thread as objects; PostgreSQL runs them in-process over its async repos.
import { ErrorCodes, type CommandResult, type EventRow, type ParsedArgs } from '../../../shared/contract'
import { toEventRow } from './events'
import type { MaybeSerialized } from './serialized'
import { chargeKeys, withCharges } from './sessions'
import type { SyncLedger } from './sqlite/ledger'

type MaybeAsync<F> = F extends (...a: infer A) => infer R ? (...a: A) => R | Promise<Awaited<R>> : never
type Repo<T, K extends keyof T> = { [M in K]: MaybeAsync<T[M]> }

/** What the views read: the repositories' read methods, synchronous (a thread's own connection) or not. */
export interface ViewRepos {
  transfers: Repo<SyncLedger['transfers'], 'list' | 'get'>
  sessions: Repo<SyncLedger['sessions'], 'charges'>
  deliveries: Repo<SyncLedger['deliveries'], 'list' | 'listForTransfer' | 'listClaimingTransfer'>
  events: Repo<SyncLedger['events'], 'listForTransfer'>
}

/** Each transfer with what its sale charged: one indexed lookup of the page's sales. */
async function ledgerPage(r: ViewRepos, q: ParsedArgs<'ledger.list'>): Promise<CommandResult<'ledger.list'>> {
  const page = await r.transfers.list(q)
  const keys = chargeKeys(page.items)
  return { ...page, items: withCharges(page.items, await r.sessions.charges(keys.sessionIds, keys.transactionIds)) }
}

/** One transfer, every status event with its delivery attempts, and the rejected deliveries that claim it. */
async function transferHistory(r: ViewRepos, { transferId }: ParsedArgs<'ledger.get'>): Promise<CommandResult<'ledger.get'>> {
  const [transfer, deliveries, eventRecords, rejected] = await Promise.all([
    r.transfers.get(transferId),
    r.deliveries.listForTransfer(transferId),
    r.events.listForTransfer(transferId),
    r.deliveries.listClaimingTransfer(transferId)
  ])
  // A plain error with the contract's code: the command layer answers it as NOT_FOUND, from any thread.
  if (!transfer) throw Object.assign(new Error(`No transfer ${transferId} in the ledger.`), { code: ErrorCodes.NOT_FOUND })
  const keys = chargeKeys([transfer])
  const [withCharge] = withCharges([transfer], await r.sessions.charges(keys.sessionIds, keys.transactionIds))
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

/** A page of the delivery inspector. */
async function deliveriesPage(r: ViewRepos, q: ParsedArgs<'deliveries.list'>): Promise<CommandResult<'deliveries.list'>> {
  return r.deliveries.list(q)
}

export const VIEWS = { ledgerPage, transferHistory, deliveriesPage }
export type ViewName = keyof typeof VIEWS

/** The views as the Store offers them: each answer may come as its JSON (SQLite) or as the value (PostgreSQL). */
export type StoreViews = {
  [N in ViewName]: (arg: Parameters<(typeof VIEWS)[N]>[1]) => Promise<MaybeSerialized<Awaited<ReturnType<(typeof VIEWS)[N]>>>>
}

export const isViewName = (name: string): name is ViewName => Object.hasOwn(VIEWS, name)

/** The views over repositories in this thread (no serialization: the values themselves). */
export function localViews(r: ViewRepos): StoreViews {
  return Object.fromEntries(Object.entries(VIEWS).map(([name, view]) => [name, (arg: never) => view(r, arg)])) as unknown as StoreViews
}
