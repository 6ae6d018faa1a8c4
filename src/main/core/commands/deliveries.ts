// The deliveries domain: every webhook attempt, rejected ones too, and replaying one.
import { ErrorCodes, type ReplayManyItem, type ReplayResult } from '../../../shared/contract'
import type { Store } from '../store'
import type { Ingestor, IngestResult } from '../webhooks/ingest'
import { CommandError, type DomainHandlers } from './registry'

export interface DeliveriesDeps {
  store: Store
  ingestor: Ingestor
  now: () => number
  /** Tells the consoles about a replayed delivery (after the command has answered). */
  publish: (r: IngestResult) => void
  /** An unexpected failure of one delivery of a bulk replay (answered as a failed item, not as the whole command). */
  logError?: (err: unknown, sourceId: number) => void
}

export function deliveriesCommands({ store, ingestor, now, publish, logError }: DeliveriesDeps): DomainHandlers<'deliveries'> {
  const handlers: DomainHandlers<'deliveries'> = {
    // A console view (store/views.ts): with SQLite, built and serialized on the reader thread.
    'deliveries.list': (q) => store.views.deliveriesPage(q),
    'deliveries.get': async ({ id }) => {
      const d = await store.deliveries.get(id)
      if (!d) throw new CommandError(ErrorCodes.NOT_FOUND, `No delivery #${id}.`)
      return d
    },
    'deliveries.replay': ({ id }) => replay(id),
    // Together: the ingestor's group commit takes them in a few transactions, not one each.
    'deliveries.replayMany': ({ ids }) =>
      Promise.all(
        ids.map(async (sourceId): Promise<ReplayManyItem> => {
          try {
            return { sourceId, ok: true, result: await replay(sourceId) }
          } catch (err) {
            if (err instanceof CommandError) return { sourceId, ok: false, error: err.message }
            logError?.(err, sourceId)
            return { sourceId, ok: false, error: 'The replay could not be recorded; see the log.' }
          }
        })
      )
  }
  return handlers

  async function replay(id: number): Promise<ReplayResult> {
    const d = await store.deliveries.getRaw(id)
    if (!d) throw new CommandError(ErrorCodes.NOT_FOUND, `No delivery #${id}.`)
    const headers = JSON.parse(d.headers) as Record<string, string>
    const r = await ingestor.ingest({ raw: Buffer.from(d.body ?? []), headers, remoteAddress: 'replay', receivedAt: now(), replayOf: id, isTest: d.is_test === 1 })
    publish(r)
    return { deliveryId: r.deliveryRowId, verdict: r.verdict, httpStatus: r.httpStatus }
  }
}
