// The health domain: is the receiver up, where does Mesh send, does a signed delivery get through.
import type { HealthInfo } from '../../../shared/contract'
import type { Connectivity } from '../connectivity'
import type { DomainHandlers } from './registry'

export function healthCommands(info: () => Promise<HealthInfo>, c: Connectivity): DomainHandlers<'health'> {
  return {
    'health.get': () => info(),
    'health.selfTest': () => c.selfTest()
  }
}
