// Every console command, one module per domain, merged once. `createCommands` is the only place
// that knows all domains; the registry refuses a name registered twice.
import type { DisplayOpenResult, HealthInfo } from '../../../shared/contract'
import type { Connectivity } from '../connectivity'
import type { Display } from '../display'
import type { SandboxControl } from '../sandbox'
import type { Sales } from '../sales/service'
import type { Settings } from '../settings/service'
import type { Shifts } from '../shifts/service'
import type { Store } from '../store'
import type { Ingestor, IngestResult } from '../webhooks/ingest'
import { auditCommands } from './audit'
import { customersCommands } from './customers'
import { deliveriesCommands } from './deliveries'
import { displayCommands } from './display'
import { healthCommands } from './health'
import { ledgerCommands } from './ledger'
import { reconcileCommands } from './reconcile'
import { reportsCommands } from './reports'
import type { HandlerMap } from './registry'
import { salesCommands } from './sales'
import { sandboxCommands } from './sandbox'
import { settingsCommands } from './settings'
import { shiftsCommands } from './shifts'
import { supportCommands } from './support'
import { tunnelCommands } from './tunnel'

export interface CommandDeps {
  store: Store
  ingestor: Ingestor
  sales: Sales
  shifts: Shifts
  settings: Settings
  connectivity: Connectivity
  health: () => Promise<HealthInfo>
  sandbox: () => SandboxControl | null
  now: () => number
  publishDelivery: (r: IngestResult) => void
  /** Logs an unexpected failure inside a command that answers it item by item (bulk replay). */
  logError?: (err: unknown, what: string) => void
  version: string
  /** Every secret value in use, for scrubbing support bundles. */
  secretValues: () => string[]
  display: Display
  /** The host's way to show the customer display (a window, or a URL for a browser). */
  openDisplay: () => Promise<DisplayOpenResult>
}

/** The domain handler maps, in the order the console lists them. */
export function domainCommands(d: CommandDeps): Record<string, HandlerMap> {
  return {
    ledger: ledgerCommands(d.store),
    deliveries: deliveriesCommands({ store: d.store, ingestor: d.ingestor, now: d.now, publish: d.publishDelivery, logError: (err, id) => d.logError?.(err, `bulk replay of delivery #${id}`) }),
    sales: salesCommands(d.sales),
    display: displayCommands(d.display, d.openDisplay),
    customers: customersCommands(d.sales),
    shifts: shiftsCommands(d.shifts),
    reports: reportsCommands(d.shifts),
    settings: settingsCommands(d.settings),
    audit: auditCommands(d.settings),
    tunnel: tunnelCommands(d.connectivity),
    reconcile: reconcileCommands(d.connectivity),
    health: healthCommands(d.health, d.connectivity),
    sandbox: sandboxCommands(d.sandbox),
    support: supportCommands({ store: d.store, sales: d.sales, now: d.now, version: d.version, secrets: d.secretValues })
  }
}
