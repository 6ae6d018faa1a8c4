// The sales domain (and the counter's settings): a sale is a Mesh Link session with our transactionId.
import type { Sales } from '../sales/service'
import type { DomainHandlers } from './registry'

export function salesCommands(sales: Sales): DomainHandlers<'sales' | 'counter'> {
  return {
    'counter.settings': () => sales.counterSettings(),
    'sales.start': (a) => sales.start(a),
    'sales.recordSdkEvent': (a) => sales.recordSdkEvent(a),
    'sales.get': (a) => sales.getSale(a),
    'sales.list': (a) => sales.list(a),
    'sales.end': (a) => sales.end(a)
  }
}
