// How Mesh's webhooks reach the receiver on this machine: one interface, several providers.

export type TunnelKind = 'ngrok' | 'manual'

/** The local listener to expose: always the webhook receiver, never the console. */
export interface TunnelTarget {
  host: string
  port: number
}

export interface TunnelStartResult {
  /** The full webhook URL to register in Mesh (ends in /webhooks/mesh). */
  publicUrl: string
  /** Something the merchant should know although the tunnel works (e.g. a URL that changes on restart). */
  warning?: string | null
}

export interface TunnelProvider {
  readonly kind: TunnelKind
  /** Brings the tunnel up. Rejects with a TunnelError (or anything; the manager classifies it). */
  start(target: TunnelTarget): Promise<TunnelStartResult>
  /** Takes it down; safe to call when not started and more than once. */
  stop(): Promise<void>
  /** Called when an established tunnel drops on its own (network loss, sleep, agent kicked). */
  onDisconnect(cb: (reason: string) => void): void
}

/** Settings common to every provider: which local listener carries the webhooks. */
export interface TunnelCommonSettings {
  /** The webhook receiver's listener (its own port, see receiver.ts). */
  webhook: TunnelTarget
  /** The console's port, so that we can refuse to expose it by mistake. */
  consolePort?: number | null
}

export interface NgrokSettings extends TunnelCommonSettings {
  provider: 'ngrok'
  /** From dashboard.ngrok.com → Your Authtoken. A secret: keep it in the secret store. */
  authtoken: string
  /**
   * A reserved (static) domain, e.g. `countertop-shop.ngrok-free.app`. Strongly recommended:
   * Mesh takes one webhook URI per environment, and without a domain the URL changes on every start.
   */
  domain?: string | null
}

export interface ManualSettings extends TunnelCommonSettings {
  provider: 'manual'
  /** The merchant's own public HTTPS URL (reverse proxy); `/webhooks/mesh` is appended when missing. */
  publicUrl: string
  /** Check that the URL reaches this receiver before calling the tunnel online. Default true when a check function is available. */
  checkReachability?: boolean
}

export type TunnelSettings = NgrokSettings | ManualSettings

export type TunnelErrorCode =
  | 'TUNNEL_NGROK_MISSING'
  | 'TUNNEL_AUTHTOKEN_MISSING'
  | 'TUNNEL_AUTH_FAILED'
  | 'TUNNEL_DOMAIN_NOT_RESERVED'
  | 'TUNNEL_DOMAIN_IN_USE'
  | 'TUNNEL_SESSION_LIMIT'
  | 'TUNNEL_INVALID_SETTINGS'
  | 'TUNNEL_NETWORK'
  | 'TUNNEL_UNREACHABLE'
  | 'TUNNEL_FAILED'

/** A tunnel failure a person can act on. `retryable` false means: retrying will not help until the settings change. */
export class TunnelError extends Error {
  override readonly name = 'TunnelError'
  constructor(
    readonly code: TunnelErrorCode,
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

export function isTunnelError(e: unknown): e is TunnelError {
  return e instanceof TunnelError
}

/** Time and timers, injectable so tests control them. */
export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms)
    t.unref?.()
    return t
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout)
}

/** Where a wildcard bind is reached from this machine; IPv6 hosts in brackets. */
export function localAddr(target: TunnelTarget): string {
  const h = target.host.trim()
  const host = h === '' || h === '0.0.0.0' || h === 'localhost' ? '127.0.0.1' : h === '::' ? '::1' : h.replace(/^\[|\]$/g, '')
  return host.includes(':') ? `[${host}]:${target.port}` : `${host}:${target.port}`
}

export function checkPorts(s: TunnelCommonSettings): void {
  const port = s.webhook?.port
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TunnelError('TUNNEL_INVALID_SETTINGS', 'The webhook listener has no port yet; start the webhook receiver before the tunnel.', false)
  }
  if (s.consolePort != null && s.consolePort === port) {
    throw new TunnelError(
      'TUNNEL_INVALID_SETTINGS',
      `Port ${port} is the console's port; the tunnel exposes only the webhook listener. Give the webhook receiver its own port (--webhook-port).`,
      false
    )
  }
}
