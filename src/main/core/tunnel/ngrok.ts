// ngrok through its official agent SDK (@ngrok/ngrok), loaded lazily so the app builds and
// runs without it. Only the webhook listener is ever forwarded, never the console.
import { WEBHOOK_PATH } from '../webhooks/receiver'
import { TunnelError, checkPorts, localAddr, type NgrokSettings, type TunnelProvider, type TunnelStartResult, type TunnelTarget } from './types'

/** The subset of the SDK's `Config` (snake_case, as the SDK spells it) that we send. */
export interface NgrokForwardOptions {
  /** host:port of the webhook listener, on this machine. */
  addr: string
  authtoken: string
  /** Reserved/static domain; absent means ngrok picks a random URL. */
  domain?: string
  proto: 'http'
}

/** The minimal surface of `@ngrok/ngrok` we use (its types are not a build dependency). */
export interface NgrokListenerLike {
  url(): string | null
  close(): Promise<void>
}
export interface NgrokSdkLike {
  forward(config: NgrokForwardOptions & { onStatusChange?: (status: string) => void }): Promise<NgrokListenerLike>
  /** Without a URL: closes every listener and drops the SDK's stored session. */
  disconnect?(url?: string | null): Promise<void>
}
export type NgrokLoader = () => Promise<NgrokSdkLike>

export const NGROK_DASHBOARD_AUTHTOKEN = 'https://dashboard.ngrok.com/get-started/your-authtoken'
export const NGROK_DASHBOARD_DOMAINS = 'https://dashboard.ngrok.com/domains'
export const NGROK_RANDOM_URL_WARNING =
  'No reserved domain: this URL changes every time the tunnel starts, and Mesh keeps only one webhook URL per environment. Reserve a free static domain at dashboard.ngrok.com → Domains and enter it in the tunnel settings.'

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

/** Accepts `foo.ngrok-free.app`, `https://foo.ngrok-free.app/`; returns the bare lower-case host or null when empty. */
export function normalizeNgrokDomain(domain: string | null | undefined): string | null {
  if (domain == null) return null
  let d = domain.trim().toLowerCase()
  if (d === '') return null
  d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/\/.*$/, '').replace(/\.$/, '')
  if (!HOSTNAME.test(d)) {
    throw new TunnelError(
      'TUNNEL_INVALID_SETTINGS',
      `"${domain.trim()}" is not a domain name. Enter the reserved domain exactly as ${NGROK_DASHBOARD_DOMAINS} shows it, e.g. shop-name.ngrok-free.app.`,
      false
    )
  }
  return d
}

/** Accepts the token itself, or the whole `ngrok config add-authtoken <token>` line copied from the dashboard. */
export function normalizeAuthtoken(token: string | null | undefined): string {
  let t = (token ?? '').trim()
  const cmd = /^ngrok\s+(?:config\s+add-)?authtoken\s+(\S+)$/i.exec(t)
  if (cmd) t = cmd[1]!
  if (t === '') {
    throw new TunnelError('TUNNEL_AUTHTOKEN_MISSING', `ngrok needs your authtoken: copy it from ${NGROK_DASHBOARD_AUTHTOKEN} and paste it in the tunnel settings.`, false)
  }
  if (/\s/.test(t) || !/^[\x21-\x7e]+$/.test(t)) {
    throw new TunnelError('TUNNEL_INVALID_SETTINGS', `The ngrok authtoken looks damaged (spaces or odd characters); copy it again from ${NGROK_DASHBOARD_AUTHTOKEN}.`, false)
  }
  return t
}

/**
 * The SDK's forward options from our settings. Pure. Forwards only the webhook listener (on
 * this machine), refuses the console's port, and passes the reserved domain when there is one.
 */
export function buildNgrokConfig(settings: Pick<NgrokSettings, 'authtoken' | 'domain' | 'webhook' | 'consolePort'>): NgrokForwardOptions {
  const authtoken = normalizeAuthtoken(settings.authtoken)
  const domain = normalizeNgrokDomain(settings.domain)
  checkPorts(settings)
  const out: NgrokForwardOptions = { addr: localAddr(settings.webhook), authtoken, proto: 'http' }
  if (domain) out.domain = domain
  return out
}

/** The webhook URL to register in Mesh, from the listener's base URL. */
export function webhookUrlFrom(base: string): string {
  return `${base.replace(/\/+$/, '')}${WEBHOOK_PATH}`
}

function ngrokCode(err: unknown): number | null {
  const e = err as { errorCode?: unknown; code?: unknown; message?: unknown } | null
  for (const v of [e?.errorCode, e?.code, e?.message, typeof err === 'string' ? err : undefined]) {
    if (typeof v === 'string') {
      const m = /ERR_NGROK_(\d+)/i.exec(v)
      if (m) return Number(m[1])
    }
  }
  return null
}

/**
 * What a failure from the SDK means for the merchant. Pure. Never echoes the authtoken (ngrok's
 * own messages for a bad token include it).
 */
export function classifyNgrokError(err: unknown, ctx: { authtoken?: string; domain?: string | null } = {}): TunnelError {
  if (err instanceof TunnelError) return err
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : String(err)
  const redact = (s: string): string => (ctx.authtoken && ctx.authtoken.length >= 4 ? s.split(ctx.authtoken).join('[authtoken]') : s)
  const msg = redact(raw).split('\n')[0]!.trim()
  const code = ngrokCode(err)
  const domain = ctx.domain ? `"${ctx.domain}"` : 'The domain'
  if (code === 105 || code === 106 || code === 107 || code === 4018 || /authtoken|authentication failed/i.test(raw)) {
    return new TunnelError('TUNNEL_AUTH_FAILED', `ngrok rejected the authtoken — copy it again from ${NGROK_DASHBOARD_AUTHTOKEN} and paste it in the tunnel settings.`, false, { cause: err })
  }
  if (code === 320 || code === 7117 || code === 7118 || /not reserved|reserved for another account/i.test(raw)) {
    return new TunnelError(
      'TUNNEL_DOMAIN_NOT_RESERVED',
      `${domain} is not reserved on this ngrok account — reserve it at ${NGROK_DASHBOARD_DOMAINS} (one static domain is free), or check that the authtoken belongs to the account that owns it.`,
      false,
      { cause: err }
    )
  }
  if (code === 108 || /simultaneous|session limit/i.test(raw)) {
    return new TunnelError('TUNNEL_SESSION_LIMIT', 'Another ngrok agent is already running on this account (free accounts allow one at a time) — stop it', true, { cause: err })
  }
  if (code === 334 || /already (online|bound|in use)/i.test(raw)) {
    return new TunnelError('TUNNEL_DOMAIN_IN_USE', `${domain} is already online through another ngrok agent — stop that agent`, true, { cause: err })
  }
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|failed to (dial|establish|connect session)|tcp connection|dns|timed? ?out|network|unreachable|connection reset/i.test(raw)) {
    return new TunnelError('TUNNEL_NETWORK', 'Network unreachable — check the internet connection', true, { cause: err })
  }
  return new TunnelError('TUNNEL_FAILED', `ngrok could not open the tunnel: ${msg || 'unknown error'}`, true, { cause: err })
}

/** Loads `@ngrok/ngrok` on first use; TUNNEL_NGROK_MISSING when it is not installed or not usable. */
export async function loadNgrokSdk(specifier = '@ngrok/ngrok'): Promise<NgrokSdkLike> {
  // A computed specifier: neither tsc nor the bundler resolves it, so the package stays optional.
  let mod: unknown
  try {
    mod = await import(/* @vite-ignore */ specifier)
  } catch (cause) {
    throw new TunnelError(
      'TUNNEL_NGROK_MISSING',
      'The ngrok agent library (@ngrok/ngrok) is not installed in this build. Install it, or choose "My own public URL" in the tunnel settings.',
      false,
      { cause }
    )
  }
  const m = mod as { forward?: unknown; default?: { forward?: unknown } }
  const sdk = typeof m.forward === 'function' ? m : typeof m.default?.forward === 'function' ? m.default : null
  if (!sdk) {
    throw new TunnelError('TUNNEL_NGROK_MISSING', 'The installed @ngrok/ngrok has no forward() function; install version 1.x or later.', false)
  }
  return sdk as NgrokSdkLike
}

/** One ngrok listener for the webhook receiver. `loadSdk` is injectable for tests. */
export function createNgrokProvider(
  settings: Pick<NgrokSettings, 'authtoken' | 'domain' | 'consolePort'>,
  deps: { loadSdk?: NgrokLoader; /** Give up an attempt that hangs (network black hole). Default 30 s. */ startTimeoutMs?: number } = {}
): TunnelProvider {
  const loadSdk = deps.loadSdk ?? (() => loadNgrokSdk())
  const startTimeoutMs = deps.startTimeoutMs ?? 30_000
  let sdkInUse: NgrokSdkLike | null = null
  let listener: NgrokListenerLike | null = null
  let generation = 0
  const disconnectCbs: ((reason: string) => void)[] = []

  return {
    kind: 'ngrok',
    async start(target: TunnelTarget): Promise<TunnelStartResult> {
      const config = buildNgrokConfig({ ...settings, webhook: target })
      const sdk = await loadSdk()
      sdkInUse = sdk
      const gen = ++generation
      let opened: NgrokListenerLike
      let timer: NodeJS.Timeout | undefined
      try {
        const forwarding = sdk.forward({
          ...config,
          // 'closed': the session to ngrok is lost; 'connected': it is back. The SDK retries on its own,
          // but we restart the listener ourselves so the manager's backoff and downtime record stay true.
          onStatusChange: (status: string) => {
            if (gen !== generation || listener === null) return
            if (status === 'connected') return
            for (const cb of disconnectCbs) cb('Lost the connection to ngrok (network down or the computer slept)')
          }
        })
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            // A listener that still arrives later belongs to an abandoned attempt: close it.
            if (gen === generation) generation++
            void forwarding.then((l) => l.close()).catch(() => {})
            reject(new TunnelError('TUNNEL_NETWORK', `ngrok did not answer within ${Math.round(startTimeoutMs / 1000)} s — check the internet connection`, true))
          }, startTimeoutMs)
        })
        opened = await Promise.race([forwarding, timeout])
      } catch (err) {
        throw classifyNgrokError(err, { authtoken: config.authtoken, domain: config.domain })
      } finally {
        clearTimeout(timer)
      }
      if (gen !== generation) {
        await opened.close().catch(() => {})
        throw new TunnelError('TUNNEL_FAILED', 'The tunnel was stopped while it was starting.', true)
      }
      listener = opened
      const base = opened.url()
      if (!base) throw new TunnelError('TUNNEL_FAILED', 'ngrok opened the tunnel but gave no public URL; try again.', true)
      return { publicUrl: webhookUrlFrom(base), warning: config.domain ? null : NGROK_RANDOM_URL_WARNING }
    },
    async stop(): Promise<void> {
      generation++
      const l = listener
      listener = null
      if (!l) return
      await l.close().catch(() => {})
      // Also drop the SDK's stored session, so the next start does not reuse one that died with the network.
      await sdkInUse?.disconnect?.().catch(() => {})
    },
    onDisconnect(cb) {
      disconnectCbs.push(cb)
    }
  }
}
