import { describe, expect, it } from 'vitest'
import {
  buildCsp,
  isAllowedNavigation,
  isTrustedIpcSender,
  linkOriginsFor,
  permissionDecision,
  windowOpenDecision,
  type PolicyContext
} from '../../src/main/shell/policy'

const packaged: PolicyContext = { appUrl: 'file:///opt/Countertop/resources/app/out/renderer/index.html', linkOrigins: ['https://web.meshconnect.com'] }
const dev: PolicyContext = { appUrl: 'http://localhost:5173/', linkOrigins: ['https://web.meshconnect.com', 'http://127.0.0.1:4555'] }

describe('navigation policy', () => {
  it.each([
    ['file:///opt/Countertop/resources/app/out/renderer/index.html#/ledger', true],
    ['file:///opt/Countertop/resources/app/out/renderer/index.html', true],
    ['file:///etc/passwd', false],
    ['file:///opt/Countertop/resources/app/out/renderer/other.html', false],
    ['https://web.meshconnect.com/b2b-iframe/x', false],
    ['https://evil.example/', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<h1>x</h1>', false],
    ['not a url', false]
  ])('packaged app: %s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url, packaged)).toBe(allowed)
  })

  it.each([
    ['http://localhost:5173/#/inspector', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://127.0.0.1:4555/link/abc', false]
  ])('dev server: %s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url, dev)).toBe(allowed)
  })

  it('never trusts a non-loopback dev server', () => {
    expect(isAllowedNavigation('http://example.com/', { ...dev, appUrl: 'http://example.com/' })).toBe(false)
  })
})

describe('window-open policy', () => {
  it.each([
    ['https://docs.meshconnect.com/guides', 'https://docs.meshconnect.com/guides'],
    ['https://dashboard.meshconnect.com/', 'https://dashboard.meshconnect.com/'],
    ['http://docs.meshconnect.com/', undefined],
    ['https://docs.meshconnect.com.evil.example/', undefined],
    ['https://user:pw@docs.meshconnect.com/', undefined],
    ['https://docs.meshconnect.com:8443/', undefined],
    ['https://evil.example/', undefined],
    ['file:///etc/passwd', undefined],
    ['javascript:alert(1)', undefined],
    ['', undefined]
  ])('%s', (url, external) => {
    const d = windowOpenDecision(url)
    expect(d.action).toBe('deny')
    expect(d.openExternal).toBe(external)
  })
})

describe('CSP builder', () => {
  it('admits only the Link origins as frames and nothing remote for scripts', () => {
    const csp = buildCsp({ linkOrigins: linkOriginsFor('production', null) })
    expect(csp).toContain('frame-src https://web.meshconnect.com;')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/unsafe-eval|\*/)
  })

  it('adds the emulator only in emulator mode and only on loopback', () => {
    expect(linkOriginsFor('emulator', 'http://127.0.0.1:4555/api')).toEqual(['https://web.meshconnect.com', 'http://127.0.0.1:4555'])
    expect(linkOriginsFor('sandbox', 'http://127.0.0.1:4555')).toEqual(['https://web.meshconnect.com'])
    expect(linkOriginsFor('emulator', 'http://192.168.1.9:4555')).toEqual(['https://web.meshconnect.com'])
    expect(buildCsp({ linkOrigins: linkOriginsFor('emulator', 'http://127.0.0.1:4555') })).toContain('frame-src https://web.meshconnect.com http://127.0.0.1:4555;')
  })

  it('refuses an origin that could widen the policy', () => {
    expect(() => buildCsp({ linkOrigins: ['https://*.example.com'] })).toThrow()
    expect(() => buildCsp({ linkOrigins: ["https://a.com 'unsafe-inline'"] })).toThrow()
    expect(() => buildCsp({ linkOrigins: ['http://evil.example'] })).toThrow()
  })

  it('allows the dev server only when given', () => {
    expect(buildCsp({ linkOrigins: ['https://web.meshconnect.com'], devServerOrigin: 'http://localhost:5173' })).toContain('connect-src \'self\' http://localhost:5173 ws://localhost:5173')
  })
})

describe('permission policy', () => {
  it('grants camera and microphone only to Link', () => {
    expect(permissionDecision('media', 'https://web.meshconnect.com', packaged, ['video', 'audio'])).toBe(true)
    expect(permissionDecision('media', 'https://evil.example', packaged, ['video'])).toBe(false)
    expect(permissionDecision('media', 'file:///opt/Countertop/resources/app/out/renderer/index.html', packaged, ['video'])).toBe(false)
  })
  it('allows clipboard writes for the console and Link', () => {
    expect(permissionDecision('clipboard-sanitized-write', 'http://localhost:5173', dev)).toBe(true)
    expect(permissionDecision('clipboard-sanitized-write', 'https://evil.example', dev)).toBe(false)
  })
  it.each(['geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb', 'clipboard-read', 'display-capture', 'unknown'])(
    'denies %s to everyone',
    (p) => {
      expect(permissionDecision(p, 'https://web.meshconnect.com', packaged)).toBe(false)
      expect(permissionDecision(p, 'http://localhost:5173', dev)).toBe(false)
    }
  )
})

describe('IPC sender check', () => {
  it('accepts only the console top frame', () => {
    expect(isTrustedIpcSender({ url: packaged.appUrl + '#/counter', isMainFrame: true }, packaged)).toBe(true)
    expect(isTrustedIpcSender({ url: packaged.appUrl, isMainFrame: false }, packaged)).toBe(false)
    expect(isTrustedIpcSender({ url: 'https://web.meshconnect.com/x', isMainFrame: false }, packaged)).toBe(false)
    expect(isTrustedIpcSender({ url: 'https://web.meshconnect.com/x', isMainFrame: true }, packaged)).toBe(false)
    expect(isTrustedIpcSender({ url: null, isMainFrame: true }, packaged)).toBe(false)
    expect(isTrustedIpcSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, packaged)).toBe(false)
  })
})

describe('app:// scheme (packaged console)', () => {
  const ctx: PolicyContext = { appUrl: 'app://countertop/index.html', linkOrigins: ['https://web.meshconnect.com'] }
  it.each([
    ['app://countertop/index.html#/ledger', true],
    ['app://countertop/assets/index.js', true],
    ['app://other/index.html', false],
    ['https://countertop/index.html', false]
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url, ctx)).toBe(allowed)
    expect(isTrustedIpcSender({ url, isMainFrame: true }, ctx)).toBe(allowed)
  })
})
