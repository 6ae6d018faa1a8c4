import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MESH_WEBHOOK_SOURCE_IPS, isAllowedSource, isLoopback, normalizeIp, resolveSourceAddress, type SourceCheck } from '../../../src/main/core/tunnel'

const MESH = '20.22.113.37'
const OTHER = '198.51.100.9'

describe('isAllowedSource', () => {
  it('allows only Mesh’s documented source by default', () => {
    expect(MESH_WEBHOOK_SOURCE_IPS).toEqual([MESH])
  })

  const cases: [string, SourceCheck, boolean][] = [
    // Direct connections (no tunnel): the peer is the source; X-Forwarded-For is never trusted from a non-loopback peer.
    ['direct from Mesh', { remoteAddress: MESH }, true],
    ['direct from Mesh, IPv4-mapped IPv6', { remoteAddress: `::ffff:${MESH}` }, true],
    ['direct from elsewhere', { remoteAddress: OTHER }, false],
    ['direct from elsewhere claiming Mesh in XFF', { remoteAddress: OTHER, forwardedFor: MESH, trustedProxyHops: 1 }, false],
    ['direct from Mesh with a junk XFF', { remoteAddress: MESH, forwardedFor: OTHER, trustedProxyHops: 1 }, true],
    ['a LAN peer claiming Mesh', { remoteAddress: '192.168.1.20', forwardedFor: MESH, trustedProxyHops: 1 }, false],
    // Behind the ngrok agent (loopback peer, one trusted hop): the last XFF entry is the one ngrok appended.
    ['via tunnel from Mesh', { remoteAddress: '127.0.0.1', forwardedFor: MESH, trustedProxyHops: 1 }, true],
    ['via tunnel from Mesh, ::1 peer', { remoteAddress: '::1', forwardedFor: MESH, trustedProxyHops: 1 }, true],
    ['via tunnel from Mesh, ::ffff:127.0.0.1 peer', { remoteAddress: '::ffff:127.0.0.1', forwardedFor: MESH, trustedProxyHops: 1 }, true],
    ['via tunnel from Mesh, other 127/8 peer', { remoteAddress: '127.0.0.2', forwardedFor: MESH, trustedProxyHops: 1 }, true],
    ['via tunnel, spoofed Mesh prepended by the sender', { remoteAddress: '127.0.0.1', forwardedFor: `${MESH}, ${OTHER}`, trustedProxyHops: 1 }, false],
    ['via tunnel from Mesh after a spoofed entry', { remoteAddress: '127.0.0.1', forwardedFor: `${OTHER}, ${MESH}`, trustedProxyHops: 1 }, true],
    ['via tunnel, repeated XFF headers (array)', { remoteAddress: '127.0.0.1', forwardedFor: [OTHER, MESH], trustedProxyHops: 1 }, true],
    ['via tunnel, repeated XFF headers, Mesh first', { remoteAddress: '127.0.0.1', forwardedFor: [MESH, OTHER], trustedProxyHops: 1 }, false],
    ['via tunnel, entry with a port', { remoteAddress: '127.0.0.1', forwardedFor: `${MESH}:443`, trustedProxyHops: 1 }, true],
    ['via tunnel, spaces and empty items', { remoteAddress: '127.0.0.1', forwardedFor: ` , ${MESH} ,, `, trustedProxyHops: 1 }, true],
    ['via tunnel, garbage entry', { remoteAddress: '127.0.0.1', forwardedFor: 'not-an-ip', trustedProxyHops: 1 }, false],
    ['via tunnel, "unknown"', { remoteAddress: '127.0.0.1', forwardedFor: 'unknown', trustedProxyHops: 1 }, false],
    // Two trusted local hops (merchant's proxy in front of the agent): the second entry from the right.
    ['two hops from Mesh', { remoteAddress: '127.0.0.1', forwardedFor: `${OTHER}, ${MESH}, 10.0.0.5`, trustedProxyHops: 2 }, true],
    ['two hops but only one entry', { remoteAddress: '127.0.0.1', forwardedFor: MESH, trustedProxyHops: 2 }, false],
    // XFF not trusted at all: the loopback peer is the source, which is not Mesh.
    ['loopback, hops 0, XFF Mesh', { remoteAddress: '127.0.0.1', forwardedFor: MESH, trustedProxyHops: 0 }, false],
    ['loopback, hops unset, XFF Mesh', { remoteAddress: '127.0.0.1', forwardedFor: MESH }, false],
    ['loopback, negative hops', { remoteAddress: '127.0.0.1', forwardedFor: MESH, trustedProxyHops: -1 }, false],
    ['loopback, fractional hops', { remoteAddress: '127.0.0.1', forwardedFor: MESH, trustedProxyHops: 0.5 }, false],
    ['loopback without XFF (a local process)', { remoteAddress: '127.0.0.1', trustedProxyHops: 1 }, false],
    ['loopback with an empty XFF', { remoteAddress: '127.0.0.1', forwardedFor: '', trustedProxyHops: 1 }, false],
    // No usable peer.
    ['no peer address', { remoteAddress: null, forwardedFor: MESH, trustedProxyHops: 1 }, false],
    ['undefined peer address', { remoteAddress: undefined }, false],
    ['garbage peer address', { remoteAddress: 'x.y' }, false],
    // Custom lists.
    ['a CIDR allowlist', { remoteAddress: '203.0.113.77', allowlist: ['203.0.113.0/24'] }, true],
    ['outside the CIDR', { remoteAddress: '203.0.114.1', allowlist: ['203.0.113.0/24'] }, false],
    ['an IPv6 allowlist entry', { remoteAddress: '2001:db8::1', allowlist: ['2001:db8::/32'] }, true],
    ['loopback allowed explicitly (emulator)', { remoteAddress: '127.0.0.1', allowlist: ['127.0.0.1'] }, true],
    ['invalid allowlist entries never match', { remoteAddress: MESH, allowlist: ['bogus', '20.22.113.37/33', '20.22.113.37/24/1', ''] }, false],
    ['an empty allowlist denies everyone', { remoteAddress: MESH, allowlist: [] }, false]
  ]

  it.each(cases)('%s → %s', (_name, check, allowed) => {
    expect(isAllowedSource(check)).toBe(allowed)
  })

  it('never lets X-Forwarded-For decide for a non-loopback peer (property)', () => {
    const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'))
    const nonLoopback = ipv4.filter((ip) => !ip.startsWith('127.'))
    fc.assert(
      fc.property(nonLoopback, fc.array(fc.oneof(ipv4, fc.constant(MESH), fc.string())), fc.nat(3), (peer, xff, hops) => {
        expect(isAllowedSource({ remoteAddress: peer, forwardedFor: xff.join(', '), trustedProxyHops: hops })).toBe(peer === MESH)
      })
    )
  })

  it('behind one trusted hop only the last entry counts, whatever the sender put before it (property)', () => {
    const entry = fc.oneof(fc.constant(MESH), fc.constant(OTHER), fc.string({ maxLength: 20 }).filter((s) => !s.includes(',')))
    fc.assert(
      fc.property(fc.array(entry), fc.oneof(fc.constant(MESH), fc.constant(OTHER)), (prefix, last) => {
        expect(isAllowedSource({ remoteAddress: '127.0.0.1', forwardedFor: [...prefix, last].join(','), trustedProxyHops: 1 })).toBe(last === MESH)
      })
    )
  })
})

describe('resolveSourceAddress / normalizeIp / isLoopback', () => {
  it('resolves the address it trusts', () => {
    expect(resolveSourceAddress({ remoteAddress: '::ffff:127.0.0.1', forwardedFor: `${OTHER}, ${MESH}`, trustedProxyHops: 1 })).toBe(MESH)
    expect(resolveSourceAddress({ remoteAddress: OTHER, forwardedFor: MESH, trustedProxyHops: 1 })).toBe(OTHER)
    expect(resolveSourceAddress({ remoteAddress: '127.0.0.1', forwardedFor: MESH, trustedProxyHops: 3 })).toBeNull()
  })

  it.each([
    ['20.22.113.37', '20.22.113.37'],
    [' 20.22.113.37 ', '20.22.113.37'],
    ['20.22.113.37:8080', '20.22.113.37'],
    ['::ffff:20.22.113.37', '20.22.113.37'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['[::1]', '::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['999.1.1.1', null],
    ['', null],
    [null, null]
  ])('normalizeIp(%j) = %j', (input, out) => {
    expect(normalizeIp(input)).toBe(out)
  })

  it('knows loopback', () => {
    expect(['127.0.0.1', '127.255.0.1', '::1'].every(isLoopback)).toBe(true)
    expect(['128.0.0.1', '::2', MESH].some(isLoopback)).toBe(false)
    expect(isLoopback(null)).toBe(false)
  })
})
