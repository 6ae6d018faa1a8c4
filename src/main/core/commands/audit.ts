// The audit domain: the append-only record of changes and rejected PINs.
import type { Settings } from '../settings/service'
import type { DomainHandlers } from './registry'

export function auditCommands(settings: Settings): DomainHandlers<'audit'> {
  return {
    'audit.list': (a) => settings.auditList(a)
  }
}
