// The shifts domain: open and close a shift at the counter; its Z report, live or final.
import type { Shifts } from '../shifts/service'
import type { DomainHandlers } from './registry'

export function shiftsCommands(shifts: Shifts): DomainHandlers<'shifts'> {
  return {
    'shifts.current': () => shifts.current(),
    'shifts.open': (a) => shifts.open(a),
    'shifts.close': () => shifts.close(),
    'shifts.list': (a) => shifts.list(a),
    'shifts.report': (a) => shifts.report(a)
  }
}
