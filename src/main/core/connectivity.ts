// Reaching us and catching up: the public tunnel, downtime windows (tunnel and app), the IP
// allowlist setting, reconciliation against Mesh's REST list, and the self-test. Wires the
// tunnel/ and reconcile/ modules into commands; no decisions of its own beyond that.
import { randomUUID } from 'node:crypto'
import type { ParsedArgs, SelfTestResult, TunnelView } from '../../shared/contract'
import type { Bus } from './bus'
import { CommandError } from './commands/registry'
import type { MeshClient } from './mesh/types'
import { createReconciler } from './reconcile'
import type { SecretStore } from './secrets'
import type { Store } from './store'
import { createHeartbeat, createTunnelManager, defaultProviderFactory, httpReachabilityCheck, isAllowedSource, MESH_WEBHOOK_SOURCE_IPS, type TunnelSettings } from './tunnel'
import { signBody } from './webhooks/signature'

export const NGROK_AUTHTOKEN = 'ngrokAuthtoken'

interface TunnelConfig {
  provider: 'ngrok' | 'manual'
  domain: string | null
  publicUrl: string | null
}

export interface ConnectivityDeps {
  store: Store
  bus: Bus
  secrets: SecretStore
  now: () => number
  log: (msg: string) => void
  mesh: () => MeshClient | null
  webhookSecret: () => string
  /** The local receiver: where the tunnel forwards to. */
  receiver: () => { host: string; port: number; url: string } | null
  consolePort: () => number | null
  /** Publishes a changed transfer (and its sale) to the UI. */
  publishTransfer: (transferId: string) => void
  reconcileIntervalMs?: number
  pendingAgeMs?: number
  /** The sweep of Mesh's list: first look-back, overlap before the watermark (defaults 7 days, 10 min). */
  sweepLookbackMs?: number
  sweepOverlapMs?: number
}

export function createConnectivity(deps: ConnectivityDeps) {
  const { store } = deps
  const downtime = store.downtime
  const reconciler = createReconciler({
    store,
    mesh: deps.mesh,
    now: deps.now,
    log: deps.log,
    downtime,
    intervalMs: deps.reconcileIntervalMs,
    pendingAgeMs: deps.pendingAgeMs,
    sweepLookbackMs: deps.sweepLookbackMs,
    sweepOverlapMs: deps.sweepOverlapMs,
    onProgress: (p) => deps.bus.publish('reconcile.progress', p),
    onResult: (r) => {
      for (const id of r.changedTransferIds) deps.publishTransfer(id)
    }
  })
  const tunnel = createTunnelManager({
    createProvider: defaultProviderFactory({ check: httpReachabilityCheck() }),
    downtime,
    log: deps.log,
    onStatus: (s) => deps.bus.publish('tunnel.updated', s),
    onOnline: () => void reconciler.run({ trigger: 'tunnel' }).catch((e: Error) => deps.log(`reconcile after tunnel: ${e.message}`))
  })
  const heartbeat = createHeartbeat({ settings: store.settings, downtime, log: deps.log })

  async function config(): Promise<TunnelConfig | null> {
    return (await store.settings.get<TunnelConfig>('tunnel')) ?? null
  }

  // Read on every delivery, so kept in memory (loaded by init(); it changes only through this module).
  let allowlist = false
  function allowlistEnabled(): boolean {
    return allowlist
  }
  /** For the receiver: with the allowlist on, only Mesh's documented address, via the trusted tunnel hop. */
  function sourceAllowed(remoteAddress: string | null, forwardedFor: string | undefined): boolean {
    return !allowlist || isAllowedSource({ remoteAddress: remoteAddress ?? '', forwardedFor, trustedProxyHops: 1 })
  }

  async function view(): Promise<TunnelView> {
    const [c, windows] = await Promise.all([config(), downtime.list(20)])
    const r = deps.receiver()
    return {
      status: tunnel.status(),
      config: { provider: c?.provider ?? null, domain: c?.domain ?? null, publicUrl: c?.publicUrl ?? null, authtokenSet: deps.secrets.has(NGROK_AUTHTOKEN) },
      localWebhookUrl: r?.url ?? '',
      allowlist: { enabled: allowlistEnabled(), addresses: [...MESH_WEBHOOK_SOURCE_IPS] },
      downtime: windows
    }
  }

  function settingsFor(c: TunnelConfig): TunnelSettings {
    const r = deps.receiver()
    if (!r) throw new CommandError('RECEIVER_NOT_RUNNING', 'The webhook receiver is not running.')
    const common = { webhook: { host: r.host, port: r.port }, consolePort: deps.consolePort() }
    if (c.provider === 'ngrok') {
      const authtoken = deps.secrets.get(NGROK_AUTHTOKEN)
      if (!authtoken) throw new CommandError('TUNNEL_AUTHTOKEN_MISSING', 'Paste your ngrok authtoken (dashboard.ngrok.com → Your Authtoken).')
      return { provider: 'ngrok', authtoken, domain: c.domain, ...common }
    }
    if (!c.publicUrl) throw new CommandError('TUNNEL_INVALID_SETTINGS', 'Enter the public https URL of your reverse proxy.')
    return { provider: 'manual', publicUrl: c.publicUrl, ...common }
  }

  async function selfTest(): Promise<SelfTestResult> {
    const r = deps.receiver()
    if (!r) throw new CommandError('RECEIVER_NOT_RUNNING', 'The webhook receiver is not running.')
    const st = tunnel.status()
    const viaTunnel = st.state === 'online' && !!st.publicUrl
    const url = viaTunnel ? st.publicUrl! : r.url
    const id = `selftest-${randomUUID()}`
    const now = deps.now()
    // Signed like Mesh's deliveries and marked as a test inside the signed body, so nobody
    // without the secret can hide a delivery from the ledger by calling it a test.
    const body = JSON.stringify({
      EventId: id,
      Id: randomUUID(),
      SentTimestamp: Math.floor(now / 1000),
      Timestamp: now,
      TransferId: id,
      TransferStatus: 'Succeeded',
      TransactionId: id,
      CountertopSelfTest: true
    })
    const started = performance.now()
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mesh-signature-256': signBody(deps.webhookSecret(), body) },
        body,
        signal: AbortSignal.timeout(10_000)
      })
      const roundTripMs = Math.round((performance.now() - started) * 10) / 10
      const answer = (await res.json().catch(() => null)) as { verdict?: string } | null
      const ok = res.status === 200 && answer?.verdict === 'accepted'
      return {
        ok,
        url,
        viaTunnel,
        httpStatus: res.status,
        roundTripMs,
        verdict: answer?.verdict ?? null,
        message: ok
          ? `Signed test delivery answered 200 in ${roundTripMs} ms${viaTunnel ? ' through the public URL' : ' (local; no tunnel online)'}${roundTripMs > 200 ? ' — slower than Mesh’s 200 ms budget, expect retries' : ''}.`
          : `The test delivery got HTTP ${res.status}${answer?.verdict ? ` (${answer.verdict})` : ''}: the URL may not reach this Countertop, or it has another webhook secret.`
      }
    } catch (err) {
      return { ok: false, url, viaTunnel, httpStatus: null, roundTripMs: Math.round(performance.now() - started), verdict: null, message: `Could not reach ${url}: ${(err as Error).message}` }
    }
  }

  const api = {
    tunnelStatus: () => view(),
    startTunnel: async ({ provider, authtoken, domain, publicUrl }: ParsedArgs<'tunnel.start'>) => {
      if (authtoken) deps.secrets.set(NGROK_AUTHTOKEN, authtoken)
      const prev = await config()
      const c: TunnelConfig = { provider, domain: domain === undefined ? (prev?.domain ?? null) : domain || null, publicUrl: publicUrl ?? prev?.publicUrl ?? null }
      const settings = settingsFor(c)
      await store.ops.setSettings([['tunnel', c]], { actor: 'manager', action: 'tunnel.configured', detail: { provider, domain: c.domain, publicUrl: c.publicUrl, authtoken: authtoken ? 'changed' : undefined } })
      await tunnel.start(settings)
      return view()
    },
    stopTunnel: async () => {
      await tunnel.stop()
      const c = await config()
      await store.ops.setSettings([['tunnel', c ? { ...c, stopped: true } : null]], null)
      return view()
    },
    setAllowlist: async ({ enabled }: ParsedArgs<'tunnel.setAllowlist'>) => {
      await store.ops.setSettings([['allowlist', enabled]], { actor: 'manager', action: 'allowlist.changed', detail: { enabled } })
      allowlist = enabled
      return view()
    },
    reconcileNow: async ({ transferId, transactionId }: ParsedArgs<'reconcile.run'>) => {
      if (!deps.mesh()) throw new CommandError('MESH_NOT_READY', 'The Mesh connection is not ready yet; try again in a moment.')
      const r = await reconciler.run({ trigger: 'manual', transferId, transactionId })
      if (r.errors.length && r.checked === 0 && r.pages === 0) throw new CommandError('RECONCILE_FAILED', r.errors[0]!)
      const { reconciledWindowIds: _covered, ...view } = r
      return view
    },
    selfTest
  }

  return {
    ...api,
    reconciler,
    tunnel,
    allowlistEnabled,
    sourceAllowed,
    /** Loads what the receiver needs on every delivery (the allowlist); before the receiver starts. */
    async init(): Promise<void> {
      allowlist = (await store.settings.get<boolean>('allowlist')) === true
    },
    /** Starts the heartbeat, the start-up catch-up, automatic reconciliation, and a saved tunnel. */
    async start(): Promise<void> {
      await heartbeat.start()
      // On a shared ledger one receiver does the start-up catch-up; the others skip it.
      void store.runExclusive('reconcile', () => reconciler.run({ trigger: 'startup' })).catch((e: Error) => deps.log(`start-up reconcile: ${e.message}`))
      reconciler.startAuto()
      const c = await store.settings.get<TunnelConfig & { stopped?: boolean }>('tunnel')
      if (c && !c.stopped) {
        try {
          void tunnel.start(settingsFor(c)).catch((e: Error) => deps.log(`tunnel: ${e.message}`))
        } catch (e) {
          deps.log(`tunnel not started: ${(e as Error).message}`)
        }
      }
    },
    async stop(): Promise<void> {
      await reconciler.stop()
      await tunnel.stop().catch(() => {})
      await heartbeat.stop().catch(() => {})
    }
  }
}
export type Connectivity = ReturnType<typeof createConnectivity>
