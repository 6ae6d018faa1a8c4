// Optional source-IP allowlist for the webhook listener (off by default; the signature is the
// real check). Mesh documents one static source address. Behind the ngrok agent every request
// arrives from loopback, so the client address is read from X-Forwarded-For — but only the
// entry our own trusted hop appended, and never when the peer itself is not loopback.
import { BlockList, isIP } from 'node:net'

/** Mesh's documented webhook source (reference §5). */
export const MESH_WEBHOOK_SOURCE_IPS: readonly string[] = ['20.22.113.37']

export interface SourceCheck {
  /** The TCP peer (req.socket.remoteAddress). */
  remoteAddress: string | null | undefined
  /** X-Forwarded-For as received (a repeated header may arrive as an array). */
  forwardedFor?: string | readonly string[] | null
  /** How many proxies on this machine append to X-Forwarded-For (1 behind the ngrok agent; 0 = ignore the header). */
  trustedProxyHops?: number
  /** Addresses or CIDR ranges (IPv4 or IPv6); default: Mesh's documented source. */
  allowlist?: readonly string[]
}

/** A bare, canonical address: no brackets, no port, no zone, IPv4-mapped IPv6 unwrapped; null when it is not an IP. */
export function normalizeIp(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null
  let v = value.trim().toLowerCase()
  if (v === '') return null
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v)
  if (bracketed) v = bracketed[1]!
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'))
  v = v.replace(/%[^%]*$/, '')
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(v)
  if (mapped) v = mapped[1]!
  return isIP(v) ? v : null
}

export function isLoopback(ip: string | null): boolean {
  if (ip === null) return false
  if (isIP(ip) === 4) return ip.startsWith('127.')
  return ip === '::1'
}

function forwardedEntries(h: SourceCheck['forwardedFor']): string[] {
  if (h == null) return []
  const joined = typeof h === 'string' ? h : h.join(',')
  return joined
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * The address a request really came from, as far as we can trust it. Pure.
 * - peer not loopback: the peer (X-Forwarded-For is ignored: anyone can write it);
 * - peer loopback and trustedProxyHops = n ≥ 1 and the header has ≥ n entries: the n-th entry from
 *   the right (the one our own hop appended); fewer entries: null (cannot tell);
 * - peer loopback without the header, or n = 0: the peer.
 */
export function resolveSourceAddress(c: Omit<SourceCheck, 'allowlist'>): string | null {
  const peer = normalizeIp(c.remoteAddress)
  if (peer === null) return null
  const hops = Number.isInteger(c.trustedProxyHops) && c.trustedProxyHops! > 0 ? c.trustedProxyHops! : 0
  if (!isLoopback(peer) || hops === 0) return peer
  const entries = forwardedEntries(c.forwardedFor)
  if (entries.length === 0) return peer
  if (entries.length < hops) return null
  return normalizeIp(entries[entries.length - hops])
}

function buildList(entries: readonly string[]): BlockList {
  const list = new BlockList()
  for (const raw of entries) {
    const [addr, bits, extra] = raw.trim().split('/')
    if (extra !== undefined) continue
    const ip = normalizeIp(addr)
    if (ip === null) continue
    const family = isIP(ip) === 4 ? 'ipv4' : 'ipv6'
    if (bits === undefined) {
      list.addAddress(ip, family)
      continue
    }
    const prefix = Number(bits)
    if (!/^\d{1,3}$/.test(bits) || prefix > (family === 'ipv4' ? 32 : 128)) continue
    list.addSubnet(ip, prefix, family)
  }
  return list
}

/** True when the request's trusted source address is on the allowlist. Pure; invalid list entries never match. */
export function isAllowedSource(c: SourceCheck): boolean {
  const source = resolveSourceAddress(c)
  if (source === null) return false
  const list = buildList(c.allowlist ?? MESH_WEBHOOK_SOURCE_IPS)
  return list.check(source, isIP(source) === 4 ? 'ipv4' : 'ipv6')
}
