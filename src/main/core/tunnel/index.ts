import { createManualProvider, type ReachabilityCheck } from './manual'
import { createNgrokProvider, type NgrokLoader } from './ngrok'
import type { TunnelProvider, TunnelSettings } from './types'

export * from './types'
export {
  buildNgrokConfig,
  classifyNgrokError,
  createNgrokProvider,
  loadNgrokSdk,
  normalizeAuthtoken,
  normalizeNgrokDomain,
  webhookUrlFrom,
  NGROK_RANDOM_URL_WARNING,
  NGROK_DASHBOARD_AUTHTOKEN,
  NGROK_DASHBOARD_DOMAINS
} from './ngrok'
export type { NgrokForwardOptions, NgrokListenerLike, NgrokSdkLike, NgrokLoader } from './ngrok'
export { createManualProvider, normalizeManualUrl, healthUrlFor, httpReachabilityCheck } from './manual'
export type { ReachabilityCheck } from './manual'
export { createTunnelManager, reconnectDelay, DEFAULT_TUNNEL_BACKOFF } from './manager'
export type { TunnelManager, TunnelManagerOptions, TunnelState, TunnelStatus, OnlineInfo, BackoffOptions } from './manager'
export { appDowntimeWindow, createHeartbeat, HEARTBEAT_KEY, HEARTBEAT_INTERVAL_MS, APP_DOWNTIME_THRESHOLD_MS } from './heartbeat'
export type { Heartbeat, HeartbeatOptions } from './heartbeat'
export { isAllowedSource, resolveSourceAddress, normalizeIp, isLoopback, MESH_WEBHOOK_SOURCE_IPS } from './allowlist'
export type { SourceCheck } from './allowlist'

/** The provider for a settings object: ngrok (SDK loaded on first start) or the merchant's own URL. */
export function defaultProviderFactory(deps: { loadNgrok?: NgrokLoader; check?: ReachabilityCheck } = {}): (s: TunnelSettings) => TunnelProvider {
  return (s) => (s.provider === 'ngrok' ? createNgrokProvider(s, { loadSdk: deps.loadNgrok }) : createManualProvider(s, { check: deps.check }))
}
