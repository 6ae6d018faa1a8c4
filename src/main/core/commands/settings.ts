// The settings domain: environment, keys, payout addresses, currency and the manager PIN.
import type { Settings } from '../settings/service'
import type { DomainHandlers } from './registry'

export function settingsCommands(settings: Settings): DomainHandlers<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (a) => settings.update(a),
    'settings.setPin': (a) => settings.setPin(a)
  }
}
