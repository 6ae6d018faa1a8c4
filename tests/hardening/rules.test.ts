// The rules behind the listeners and the console, as pure functions: which flags mean what, who
// may start an exposed console, which Host names and Origins are the console's own, and the CSP.
import { describe, expect, it } from 'vitest'
import { consoleExposureProblem, isConsoleLoopback, parseHeadlessArgs, UsageError } from '../../src/main/headless/options'
import { consoleCsp, consoleHostAllowList, consoleLinkOrigins, isAllowedHost, originVerdict, parseHostHeader } from '../../src/main/headless/security'

const TOKEN = 'a-long-random-console-token'

describe('headless listener options', () => {
  it('keeps both listeners on loopback by default', () => {
    expect(parseHeadlessArgs([], {})).toMatchObject({ webhookHost: '127.0.0.1', consoleHost: '127.0.0.1', consoleAllowHosts: [], warnings: [] })
  })

  it('maps the deprecated --host to --webhook-host only, and says so', () => {
    const o = parseHeadlessArgs(['--host', '0.0.0.0'], {})
    expect(o).toMatchObject({ webhookHost: '0.0.0.0', consoleHost: '127.0.0.1' })
    expect(o !== 'help' && o.warnings[0]).toMatch(/--host is deprecated: it now sets only the webhook listener \(use --webhook-host 0\.0\.0\.0\)/)
    expect(() => parseHeadlessArgs(['--host', '0.0.0.0', '--webhook-host', '0.0.0.0'], {})).toThrow(UsageError)
  })

  it('refuses a console off loopback without an explicit token of 16+ characters, and warns with one', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', '127.0.0.2', 'till.lan']) {
      expect(() => parseHeadlessArgs(['--console-host', host], {}), host).toThrow(/COUNTERTOP_TOKEN/)
      expect(() => parseHeadlessArgs(['--console-host', host], { COUNTERTOP_TOKEN: '   ' }), host).toThrow(/COUNTERTOP_TOKEN/)
      expect(() => parseHeadlessArgs(['--console-host', host], { COUNTERTOP_TOKEN: 'short' }), host).toThrow(/too short/)
      const o = parseHeadlessArgs(['--console-host', host], { COUNTERTOP_TOKEN: TOKEN })
      expect(o !== 'help' && o.warnings.join(' ')).toMatch(/not on loopback/)
    }
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]']) {
      expect(isConsoleLoopback(host)).toBe(true)
      expect(consoleExposureProblem(host, null)).toBeNull()
    }
  })

  it('takes repeatable --console-allow-host names, normalised, and refuses ones with a port or a path', () => {
    const o = parseHeadlessArgs(['--console-allow-host', 'Till.Local.', '--console-allow-host', '10.0.0.5'], {})
    expect(o !== 'help' && o.consoleAllowHosts).toEqual(['till.local', '10.0.0.5'])
    for (const bad of ['till.local:4400', 'http://till.local', 'a b', '']) expect(() => parseHeadlessArgs(['--console-allow-host', bad], {}), bad).toThrow(UsageError)
  })
})

describe('what the console answers to', () => {
  const allowed = consoleHostAllowList({ bound: '127.0.0.1', extra: ['till.local'] })

  it('parses Host headers strictly', () => {
    expect(parseHostHeader('LocalHost:4400')).toEqual({ name: 'localhost', port: 4400 })
    expect(parseHostHeader('[::1]:80')).toEqual({ name: '::1', port: 80 })
    expect(parseHostHeader('till.local.')).toEqual({ name: 'till.local', port: null })
    for (const bad of [undefined, '', 'a:b:c', 'x:99999', 'x:', '[::1', 'evil example', 'x/y']) expect(parseHostHeader(bad), String(bad)).toBeNull()
  })

  it('allows its address, localhost, 127.0.0.1, ::1 and the merchant names; nothing a rebinding DNS could point at it', () => {
    for (const h of ['127.0.0.1:1', 'localhost', '[::1]:2', 'till.local:3']) expect(isAllowedHost(h, allowed), h).toBe(true)
    for (const h of ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', '0.0.0.0', undefined]) expect(isAllowedHost(h, allowed), String(h)).toBe(false)
    const wildcard = consoleHostAllowList({ bound: '0.0.0.0', interfaceAddresses: ['10.1.2.3'] })
    expect(isAllowedHost('10.1.2.3:4400', wildcard)).toBe(true)
    expect(isAllowedHost('0.0.0.0:4400', wildcard)).toBe(false)
  })

  it('treats an Origin as its own only with the same host and port; null and foreign ones are not', () => {
    expect(originVerdict(undefined, '127.0.0.1:4400')).toBe('absent')
    expect(originVerdict('http://127.0.0.1:4400', '127.0.0.1:4400')).toBe('same')
    expect(originVerdict('http://[::1]:4400', '[::1]:4400')).toBe('same')
    // Behind a TLS-terminating proxy that keeps the Host: the page is https://till.local.
    expect(originVerdict('https://till.local', 'till.local')).toBe('same')
    for (const o of ['null', 'http://evil.example', 'http://127.0.0.1:4401', 'http://localhost:4400', 'file://', 'http://127.0.0.1:4400/path', 'chrome-extension://abc']) {
      expect(originVerdict(o, '127.0.0.1:4400'), o).toBe('foreign')
    }
  })

  it('builds a CSP that frames only Mesh Link and the emulator on loopback', () => {
    expect(consoleLinkOrigins(null)).toEqual(['https://web.meshconnect.com'])
    expect(consoleLinkOrigins('http://127.0.0.1:5123')).toEqual(['https://web.meshconnect.com', 'http://127.0.0.1:5123'])
    expect(consoleLinkOrigins('http://10.0.0.2:5123')).toEqual(['https://web.meshconnect.com'])
    const csp = consoleCsp(consoleLinkOrigins('http://127.0.0.1:5123'))
    expect(csp).toContain('frame-src https://web.meshconnect.com http://127.0.0.1:5123')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/)
    expect(() => consoleCsp(['http://evil.example'])).toThrow(/not a valid Link origin/)
  })
})
