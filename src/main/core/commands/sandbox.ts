// The sandbox domain: fault and Link scenarios, refunds and the clock of the Mesh emulator. The core does not know the emulator;
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
    'sandbox.createTransfer': ({ amountInFiat, symbol, outcome, faults, pendingMs }) => {
      // Mesh's amountInFiat is a JSON number on the wire: a conversion, not arithmetic.
      const created = need().createTransfer({ amountInFiat: Number(amountInFiat), symbol, outcome, faults, ...(pendingMs !== undefined ? { pendingMs } : {}) })
      return { transferId: created.transferId, eventIds: created.eventIds }
    },
    'sandbox.setLinkScenario': ({ scenario }) => {
      need().setNextLinkScenario(scenario)
      return { scenario }
    },
    'sandbox.refundTransfer': ({ transferId, delayMs }) => {
      const c = need()
      try {
        const r = c.refundTransfer(transferId, delayMs !== undefined ? { delayMs } : {})
        return { transferId: r.transferId, eventIds: [...r.eventIds] }
      } catch (e) {
        const code = (e as { code?: unknown }).code
        if (code === 'NOT_FOUND') throw new CommandError('NOT_FOUND', `The emulator has no transfer ${transferId}.`)
        if (code === 'CONFLICT') throw new CommandError('INVALID_ARGUMENT', (e as Error).message)
        throw e
      }
    },
    'sandbox.clock': ({ rate, advanceMs }) => {
      const { now, rate: r, nextDueInMs } = need().clock({ ...(rate !== undefined ? { rate } : {}), ...(advanceMs !== undefined ? { advanceMs } : {}) })
      return { now, rate: r, nextDueInMs }
    }
  }
}
