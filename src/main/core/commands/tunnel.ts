// The tunnel domain: how Mesh reaches the webhook listener, and the source-IP allowlist.
import type { Connectivity } from '../connectivity'
import type { DomainHandlers } from './registry'

export function tunnelCommands(c: Connectivity): DomainHandlers<'tunnel'> {
  return {
    'tunnel.status': () => c.tunnelStatus(),
    'tunnel.start': (a) => c.startTunnel(a),
    'tunnel.stop': () => c.stopTunnel(),
    'tunnel.setAllowlist': (a) => c.setAllowlist(a)
  }
}
