// The sandbox domain: fault scenarios of the Mesh emulator. The core does not know the emulator;
// the host hands it this control surface when (and only when) it runs one.
import type { SandboxControl } from '../sandbox'
import { CommandError, type DomainHandlers } from './registry'

export function sandboxCommands(control: () => SandboxControl | null): DomainHandlers<'sandbox'> {
  const need = (): SandboxControl => {
    const c = control()
    if (!c) throw new CommandError('NOT_IN_EMULATOR_MODE', 'Fault scenarios exist only with the built-in Mesh emulator (run with --sandbox).')
    return c
  }
  return {
    'sandbox.setFaults': ({ faults }) => {
      need().setNextSaleFaults(faults)
      return { faults }
    },
    'sandbox.createTransfer': ({ amountInFiat, symbol, outcome, faults }) => {
      // Mesh's amountInFiat is a JSON number on the wire: a conversion, not arithmetic.
      const created = need().createTransfer({ amountInFiat: Number(amountInFiat), symbol, outcome, faults })
      return { transferId: created.transferId, eventIds: created.eventIds }
    }
  }
}
