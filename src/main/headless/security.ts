// What the headless console accepts from a browser, as pure functions: the Host names it answers
// to (against DNS rebinding), the Origin a WebSocket or API call may come from (same origin only),
// and the headers every page carries (a strict CSP whose frame-src admits only Mesh Link).

/** Mesh Link's origin (reference §1: the console frames it). */
export const MESH_LINK_ORIGIN = 'https://web.meshconnect.com'

/** Names the console always answers to, besides its bound address and the merchant's. */
export const ALWAYS_ALLOWED_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1']

const WILDCARDS = new Set(['0.0.0.0', '::', ''])

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** A loopback http origin (the emulator's): the only non-https origin Link may be framed from. */
export function isLoopbackHttpOrigin(origin: string): boolean {
  const u = parse(origin)
  return !!u && u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) && u.origin === origin
}

/** The origins whose pages the console may frame: Mesh Link's, plus the emulator's loopback origin in emulator mode. */
export function consoleLinkOrigins(emulatorUrl: string | null): string[] {
  const out = [MESH_LINK_ORIGIN]
  const o = emulatorUrl ? parse(emulatorUrl)?.origin : undefined
  if (o && isLoopbackHttpOrigin(o)) out.push(o)
  return out
}

/** The console page's Content-Security-Policy: its own scripts only, Link as the only frame, never framed itself. */
export function consoleCsp(linkOrigins: readonly string[]): string {
  for (const o of linkOrigins) {
    if (!/^https:\/\/[a-z0-9.-]+$/i.test(o) && !isLoopbackHttpOrigin(o)) throw new Error(`not a valid Link origin: ${o}`)
  }
  return [
    "default-src 'none'",
    "script-src 'self'",
    // The Web Link SDK injects its overlay styles as a <style> element.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // 'self' covers the same-origin ws:// event stream (CSP Level 3).
    "connect-src 'self'",
    `frame-src ${linkOrigins.join(' ')}`,
    "worker-src 'none'",
    "manifest-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

/** The headers of every console answer (pages, assets and API alike). */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // frame-ancestors 'none' for browsers that predate it.
    'X-Frame-Options': 'DENY'
  }
}

/** A Host-header name as the console compares it: lower-case, no trailing dot, no IPv6 brackets. */
export function normaliseHostName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1')
}

/** The name and port in a Host header (`name`, `name:port`, `[v6]:port`), or null when it is malformed. */
export function parseHostHeader(header: string | undefined): { name: string; port: number | null } | null {
  if (typeof header !== 'string') return null
  const h = header.trim().toLowerCase()
  let name: string
  let port: string | undefined
  if (h.startsWith('[')) {
    const end = h.indexOf(']')
    if (end < 0) return null
    name = h.slice(1, end)
    const rest = h.slice(end + 1)
    if (rest !== '') {
      if (!rest.startsWith(':')) return null
      port = rest.slice(1)
    }
  } else {
    const parts = h.split(':')
    if (parts.length > 2) return null
    name = parts[0]!
    port = parts[1]
  }
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) > 65535)) return null
  name = name.replace(/\.$/, '')
  if (name === '' || /[^a-z0-9._:-]/.test(name)) return null
  return { name, port: port === undefined ? null : Number(port) }
}

/**
 * The Host names the console answers to: its bound address, localhost, 127.0.0.1, ::1 and the
 * merchant's `--console-allow-host` names; bound to a wildcard, also this machine's own addresses
 * (an IP literal cannot be rebound). A name an attacker's DNS points at us is not among them.
 */
export function consoleHostAllowList(o: { bound: string; extra?: readonly string[]; interfaceAddresses?: readonly string[] }): Set<string> {
  const out = new Set<string>(ALWAYS_ALLOWED_HOSTS)
  const bound = normaliseHostName(o.bound)
  if (!WILDCARDS.has(bound)) out.add(bound)
  else for (const a of o.interfaceAddresses ?? []) out.add(normaliseHostName(a))
  for (const n of o.extra ?? []) out.add(normaliseHostName(n))
  return out
}

export function isAllowedHost(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  const h = parseHostHeader(header)
  return h !== null && allowed.has(h.name)
}

/**
 * Whether an Origin header names the same origin as the request's (already allowed) Host:
 * `absent` (a non-browser client; the token still applies), `same`, or `foreign` — which
 * includes `null` (sandboxed frames, file:// pages, some redirects).
 */
export function originVerdict(origin: string | undefined, hostHeader: string | undefined): 'absent' | 'same' | 'foreign' {
  if (origin === undefined) return 'absent'
  const u = parse(origin)
  const host = parseHostHeader(hostHeader)
  if (!u || !host || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.origin !== origin.trim().toLowerCase().replace(/\/$/, '')) return 'foreign'
  const defaultPort = u.protocol === 'https:' ? 443 : 80
  const originPort = u.port === '' ? defaultPort : Number(u.port)
  const hostPort = host.port ?? defaultPort
  return normaliseHostName(u.hostname) === host.name && originPort === hostPort ? 'same' : 'foreign'
}
