// The customer display domain: what the customer's screen shows, and how the console opens it.
import type { DisplayOpenResult } from '../../../shared/contract'
import type { Display } from '../display'
import type { DomainHandlers } from './registry'

export function displayCommands(display: Display, open: () => Promise<DisplayOpenResult>): DomainHandlers<'display'> {
  return {
    'display.get': () => display.get(),
    'display.open': () => open()
  }
}
