// The Electron shell's security decisions, as pure functions (no electron import), so the
// tests cover them exhaustively on machines without the Electron binary. src/main/index.ts
// only wires them to Electron's hooks.

/** Mesh Link's production origin (reference §1: CSP frame-src must allow it). */
export const MESH_LINK_ORIGINS: readonly string[] = ['https://web.meshconnect.com']

/** https hosts a link may open in the system browser (never inside the app). */
export const EXTERNAL_HOSTS: readonly string[] = ['docs.meshconnect.com', 'dashboard.meshconnect.com', 'www.meshconnect.com', 'meshconnect.com', 'dashboard.ngrok.com', 'ngrok.com']

export interface PolicyContext {
  /** Where the console itself is loaded from: the packaged file:// index.html, or the dev server's origin. */
  appUrl: string
  /** Origins whose frames may host Mesh Link: Mesh's, plus the emulator's loopback origin in emulator mode. */
  linkOrigins: readonly string[]
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The console's own scheme in the packaged app: files served with our CSP header. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = 'app://countertop'

/**
 * The app's own documents: the app:// origin (packaged), the same file path for file://,
 * the same loopback origin for the dev server.
 */
export function isAppUrl(url: string, ctx: PolicyContext): boolean {
  const u = parse(url)
  const app = parse(ctx.appUrl)
  if (!u || !app) return false
  if (app.protocol === `${APP_SCHEME}:`) return u.protocol === app.protocol && u.host === app.host
  if (app.protocol === 'file:') return u.protocol === 'file:' && u.pathname === app.pathname
  return (app.protocol === 'http:' || app.protocol === 'https:') && u.origin === app.origin && ['localhost', '127.0.0.1', '[::1]'].includes(app.hostname)
}

/** will-navigate: the window never leaves the console (hash routes of the same document excepted). */
export function isAllowedNavigation(url: string, ctx: PolicyContext): boolean {
  return isAppUrl(url, ctx)
}

export type WindowOpenDecision = { action: 'deny'; openExternal?: string }

/** setWindowOpenHandler: no new windows, ever; allow-listed https links go to the system browser. */
export function windowOpenDecision(url: string): WindowOpenDecision {
  const u = parse(url)
  if (u && u.protocol === 'https:' && !u.username && !u.password && EXTERNAL_HOSTS.includes(u.hostname) && (u.port === '' || u.port === '443')) {
    return { action: 'deny', openExternal: u.toString() }
  }
  return { action: 'deny' }
}

/** A loopback http origin (the emulator's) — the only non-https origin Link may be framed from. */
export function isLoopbackOrigin(origin: string): boolean {
  const u = parse(origin)
  return !!u && u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) && u.origin === origin
}

/** The Link origins for a mode: Mesh's, plus the emulator's loopback origin in emulator mode. */
export function linkOriginsFor(mode: 'emulator' | 'sandbox' | 'production', emulatorUrl: string | null): string[] {
  const out = [...MESH_LINK_ORIGINS]
  if (mode === 'emulator' && emulatorUrl) {
    const o = parse(emulatorUrl)?.origin
    if (o && isLoopbackOrigin(o)) out.push(o)
  }
  return out
}

/** The Content-Security-Policy of the console window. frame-src admits only the Link origins. */
export function buildCsp(opts: { linkOrigins: readonly string[]; devServerOrigin?: string | null }): string {
  for (const o of opts.linkOrigins) {
    if (!/^https:\/\/[a-z0-9.-]+$/i.test(o) && !isLoopbackOrigin(o)) throw new Error(`not a valid Link origin: ${o}`)
  }
  const dev = opts.devServerOrigin ? ` ${opts.devServerOrigin}` : ''
  const devWs = opts.devServerOrigin ? ` ${opts.devServerOrigin.replace(/^http/, 'ws')}` : ''
  return [
    "default-src 'none'",
    `script-src 'self'${dev}`,
    // The Web Link SDK injects its overlay styles as a <style> element.
    `style-src 'self' 'unsafe-inline'${dev}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev}${devWs}`,
    `frame-src ${opts.linkOrigins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

/**
 * Permission requests: denied by default. Camera and microphone only for a Link origin
 * (its iframe `allow` policy asks for them, e.g. for ID or QR scans); clipboard writes for
 * the console and Link (copy buttons); nothing else.
 */
export function permissionDecision(permission: string, requestingOrigin: string, ctx: PolicyContext, mediaTypes: readonly string[] = []): boolean {
  const fromLink = ctx.linkOrigins.includes(requestingOrigin)
  const fromApp = isAppUrl(requestingOrigin, ctx) || (parse(ctx.appUrl)?.origin === requestingOrigin && requestingOrigin !== 'null')
  switch (permission) {
    case 'media':
      return fromLink && mediaTypes.every((t) => t === 'video' || t === 'audio')
    case 'clipboard-sanitized-write':
      return fromApp || fromLink
    default:
      return false
  }
}

/** IPC: only the console's own top frame may call the API (never Link's iframe or anything else). */
export function isTrustedIpcSender(sender: { url: string | null | undefined; isMainFrame: boolean }, ctx: PolicyContext): boolean {
  return !!sender.url && sender.isMainFrame && isAppUrl(sender.url, ctx)
}
