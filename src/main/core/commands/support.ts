// The support domain: a per-transfer bundle for sending to Mesh support.
import type { SaleView } from '../../../shared/contract'
import type { Sales } from '../sales/service'
import type { Store } from '../store'
import { buildSupportBundle } from '../support/bundle'
import { ledgerCommands } from './ledger'
import type { DomainHandlers } from './registry'

export interface SupportDeps {
  store: Store
  sales: Sales
  now: () => number
  version: string
  /** Every secret value in use (webhook secret, API key, tunnel token, …): scrubbed from the file. */
  secrets: () => string[]
}

/** Runs from a day before the transfer was first seen: the ones that may have looked for it. */
const RUN_WINDOW_MS = 24 * 60 * 60 * 1000

export function supportCommands(d: SupportDeps): DomainHandlers<'support'> {
  const ledger = ledgerCommands(d.store)
  return {
    'support.bundle': async ({ transferId }) => {
      const detail = await ledger['ledger.get']({ transferId })
      const sessionId = detail.transfer.sessionId
      let sale: SaleView | null = null
      if (sessionId) sale = await d.sales.get(sessionId).catch(() => null)
      const runs = (await d.store.reconcileRuns.listRuns(200)).filter((r) => r.startedAt >= detail.transfer.firstSeenAt - RUN_WINDOW_MS)
      const { fileName, html } = buildSupportBundle({ detail, sale, runs, generatedAt: d.now(), version: d.version, secrets: d.secrets() })
      return { fileName, html }
    }
  }
}
