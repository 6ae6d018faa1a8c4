// The customers domain: return customers' saved exchange connections.
import type { Sales } from '../sales/service'
import type { DomainHandlers } from './registry'

export function customersCommands(sales: Sales): DomainHandlers<'customers'> {
  return {
    'customers.forget': (a) => sales.forgetCustomer(a)
  }
}
