// Where the emulator may listen: loopback only. Its Link pages, fake Mesh API and control API
// are for this machine; nothing about them is meant to be reachable from another one.

/** The addresses the emulator may bind. */
export const EMULATOR_HOSTS: readonly string[] = ['127.0.0.1', '::1', 'localhost']

/** `[::1]` and `::1` alike; case and surrounding blanks ignored. */
export function isEmulatorHost(host: string): boolean {
  return EMULATOR_HOSTS.includes(bareHost(host).toLowerCase())
}

/** A host without the brackets of an IPv6 literal (what listen() takes). */
export function bareHost(host: string): string {
  return host.trim().replace(/^\[(.*)\]$/, '$1')
}
