// The support domain: a per-transfer bundle for sending to Mesh support.
import type { SaleView } from '../../../shared/contract'
import type { Sales } from '../sales/service'
import type { Store } from '../store'
import { materialize } from '../store/serialized'
import { buildSupportBundle } from '../support/bundle'
import type { DomainHandlers } from './registry'

export interface SupportDeps {
  store: Store
  sales: Sales
  now: () => number
  version: string
  /** Every secret value in use (webhook secret, API key, tunnel token, the host's tokens, …): scrubbed from the file. */
  secrets: () => string[]
}

/** Runs from a day before the sale (or the transfer) to a day after its last change: the ones that may have looked for it. */
export const RUN_MARGIN_MS = 24 * 60 * 60 * 1000
/** At most this many runs (newest first) in one bundle; automatic runs every 5 min make ~600 in such a window. */
export const RUN_LIMIT = 1000

export function supportCommands(d: SupportDeps): DomainHandlers<'support'> {
  return {
    'support.bundle': async ({ transferId }) => {
      // Here, the history as values (a bundle is one transfer's, not a page of them).
      const detail = materialize(await d.store.views.transferHistory({ transferId }))
      const t = detail.transfer
      const sale: SaleView | null = t.sessionId ? await d.sales.get(t.sessionId).catch(() => null) : null
      const from = Math.min(t.firstSeenAt, sale?.createdAt ?? Infinity) - RUN_MARGIN_MS
      const to = Math.min(d.now(), Math.max(t.updatedAt, t.firstSeenAt) + RUN_MARGIN_MS)
      const found = await d.store.reconcileRuns.runsBetween(from, to, RUN_LIMIT + 1)
      const runs = found.slice(0, RUN_LIMIT)
      const { fileName, html } = buildSupportBundle({
        detail,
        sale,
        runs,
        runWindow: { from, to, truncated: found.length > RUN_LIMIT },
        generatedAt: d.now(),
        version: d.version,
        secrets: d.secrets()
      })
      return { fileName, html }
    }
  }
}
