// The reports domain: takings by local day.
import type { Shifts } from '../shifts/service'
import type { DomainHandlers } from './registry'

export function reportsCommands(shifts: Shifts): DomainHandlers<'reports'> {
  return {
    'reports.takings': (a) => shifts.takings(a)
  }
}
