// The reconcile domain: catching up with what Mesh could not deliver.
import type { Connectivity } from '../connectivity'
import type { DomainHandlers } from './registry'

export function reconcileCommands(c: Connectivity): DomainHandlers<'reconcile'> {
  return {
    'reconcile.run': (a) => c.reconcileNow(a)
  }
}
