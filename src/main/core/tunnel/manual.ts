// The merchant's own public URL (their reverse proxy in front of the webhook listener). We only
// validate it and, when a check is supplied, confirm it reaches this receiver.
import { WEBHOOK_PATH } from '../webhooks/receiver'
import { TunnelError, checkPorts, type ManualSettings, type TunnelProvider, type TunnelStartResult, type TunnelTarget } from './types'

/**
 * The webhook URL to register in Mesh from what the merchant typed. Pure. HTTPS only (Mesh posts
 * to a public URL and the body is signed, not encrypted); no credentials, query or fragment;
 * `/webhooks/mesh` is appended unless the path already ends with it.
 */
export function normalizeManualUrl(input: string): string {
  const text = (input ?? '').trim()
  if (text === '') throw new TunnelError('TUNNEL_INVALID_SETTINGS', 'Enter the public HTTPS address of your reverse proxy, e.g. https://pay.example.com.', false)
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    throw new TunnelError('TUNNEL_INVALID_SETTINGS', `"${text}" is not a web address. Enter it like https://pay.example.com.`, false)
  }
  if (url.protocol !== 'https:') {
    throw new TunnelError('TUNNEL_INVALID_SETTINGS', `The public URL must start with https:// (got ${url.protocol}//). Mesh sends payment updates only to HTTPS addresses.`, false)
  }
  if (url.username || url.password) throw new TunnelError('TUNNEL_INVALID_SETTINGS', 'Remove the user name and password from the public URL; Mesh cannot send them.', false)
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    throw new TunnelError('TUNNEL_INVALID_SETTINGS', 'Remove the "?…" or "#…" part from the public URL.', false)
  }
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) {
    throw new TunnelError('TUNNEL_INVALID_SETTINGS', `"${url.hostname}" is not a public host name; Mesh must reach it from the internet.`, false)
  }
  let path = url.pathname.replace(/\/+$/, '')
  if (!path.endsWith(WEBHOOK_PATH)) path = `${path}${WEBHOOK_PATH}`
  return `${url.origin}${path}`
}

/** The receiver's health URL behind a webhook URL (GET /healthz next to /webhooks/mesh). */
export function healthUrlFor(webhookUrl: string): string {
  return webhookUrl.endsWith(WEBHOOK_PATH) ? `${webhookUrl.slice(0, -WEBHOOK_PATH.length)}/healthz` : `${webhookUrl.replace(/\/+$/, '')}/healthz`
}

export type ReachabilityCheck = (webhookUrl: string) => Promise<void>

/** A reachability check over HTTP: GET <base>/healthz must answer 200. Throws TUNNEL_UNREACHABLE otherwise. */
export function httpReachabilityCheck(opts: { fetch?: typeof fetch; timeoutMs?: number } = {}): ReachabilityCheck {
  const doFetch = opts.fetch ?? fetch
  const timeoutMs = opts.timeoutMs ?? 10_000
  return async (webhookUrl) => {
    const url = healthUrlFor(webhookUrl)
    let status: number
    try {
      const res = await doFetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
      status = res.status
      await res.arrayBuffer().catch(() => undefined)
    } catch (cause) {
      const why = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause)
      throw new TunnelError('TUNNEL_UNREACHABLE', `${url} cannot be reached (${why}) — check the reverse proxy and its DNS`, true, { cause })
    }
    if (status !== 200) {
      throw new TunnelError('TUNNEL_UNREACHABLE', `${url} answered HTTP ${status}, not this receiver — point the reverse proxy at the webhook port`, true)
    }
  }
}

/** The merchant's own URL. It never drops on its own; reachability is checked at start when a check is given. */
export function createManualProvider(settings: Pick<ManualSettings, 'publicUrl' | 'checkReachability' | 'consolePort'>, deps: { check?: ReachabilityCheck } = {}): TunnelProvider {
  const publicUrl = normalizeManualUrl(settings.publicUrl)
  return {
    kind: 'manual',
    async start(target: TunnelTarget): Promise<TunnelStartResult> {
      checkPorts({ webhook: target, consolePort: settings.consolePort })
      if (deps.check && settings.checkReachability !== false) await deps.check(publicUrl)
      return { publicUrl, warning: null }
    },
    async stop(): Promise<void> {},
    onDisconnect() {
      /* nothing watches the merchant's proxy between starts */
    }
  }
}
