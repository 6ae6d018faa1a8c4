// The tunnel (public webhook URL), shown live in the Health strip and on the Health screen;
// plus the Health screen's actions: self-test, reconciliation, allowlist.
import type { Envelope, ReconcileProgress, ReconcileResultView, SelfTestResult, TunnelStatusView, TunnelView } from '../../../shared/contract'
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface TunnelSlice {
  /** The tunnel as last loaded, its status kept current by `tunnel.updated` events. */
  tunnel: TunnelView | null
  tunnelStatus: LoadStatus
  tunnelError: string | null
  tunnelBusy: string | null
  selfTest: SelfTestResult | null
  reconcileResult: ReconcileResultView | null
  /** The newest reconcile run's progress (`reconcile.progress` events); shown while "Reconcile now" runs. */
  reconcileProgress: ReconcileProgress | null
  tunnelMessage: string | null
  loadTunnel(): Promise<void>
  /** A live `tunnel.updated` status. */
  applyTunnelStatus(s: TunnelStatusView): void
  startTunnel(args: { provider: 'ngrok' | 'manual'; authtoken?: string; domain?: string | null; publicUrl?: string }): Promise<void>
  stopTunnel(): Promise<void>
  runSelfTest(): Promise<void>
  runReconcile(): Promise<void>
  /** A live `reconcile.progress`. */
  applyReconcileProgress(p: ReconcileProgress): void
  setAllowlist(enabled: boolean): Promise<void>
}

type Reply<T> = Envelope<T> | { ok: false; error: { message: string } }

export const createTunnelSlice =
  (deps: StoreDeps): Slice<TunnelSlice> =>
  (set, get) => {
    // Live statuses, counted: a reply computed before a live status arrived must not overwrite it.
    let liveCount = 0
    let live: TunnelStatusView | null = null

    /** Fetches a TunnelView; while it is in flight, live statuses win over the reply's status. */
    async function fetchView(call: () => Promise<Reply<TunnelView>>): Promise<Reply<TunnelView>> {
      const before = liveCount
      const r = await call()
      if (r.ok && liveCount !== before && live) return { ok: true, value: { ...r.value, status: live } }
      return r
    }

    /** Runs one Health action: shows it as busy, and its error (if any) as the message. */
    async function act<T>(label: string, call: () => Promise<Reply<T>>, done: (v: T) => void) {
      set({ tunnelBusy: label, tunnelMessage: null })
      const r = await call()
      if (r.ok) done(r.value)
      else set({ tunnelMessage: r.error.message })
      set({ tunnelBusy: null })
    }
    const setView = (v: TunnelView) => set({ tunnel: v, tunnelStatus: 'ready', tunnelError: null })

    return {
      tunnel: null,
      tunnelStatus: 'idle',
      tunnelError: null,
      tunnelBusy: null,
      selfTest: null,
      reconcileResult: null,
      reconcileProgress: null,
      tunnelMessage: null,
      async loadTunnel() {
        if (!get().tunnel) set({ tunnelStatus: 'loading' })
        const r = await fetchView(() => deps.bridge.invoke('tunnel.status', {}))
        if (r.ok) setView(r.value)
        else set({ tunnelStatus: 'error', tunnelError: r.error.message })
      },
      applyTunnelStatus(status) {
        liveCount++
        live = status
        const t = get().tunnel
        if (t) set({ tunnel: { ...t, status } })
      },
      startTunnel: (args) => act('start', () => fetchView(() => deps.bridge.invoke('tunnel.start', args)), setView),
      stopTunnel: () => act('stop', () => fetchView(() => deps.bridge.invoke('tunnel.stop', {})), setView),
      runSelfTest: () => act('selftest', () => deps.bridge.invoke('health.selfTest', {}), (v) => set({ selfTest: v })),
      runReconcile: () => {
        // A new run: the last result and progress are no longer what is happening.
        set({ reconcileResult: null, reconcileProgress: null })
        return act('reconcile', () => deps.bridge.invoke('reconcile.run', {}), (v) => {
          set({ reconcileResult: v })
          void get().loadTunnel()
        })
      },
      applyReconcileProgress(p) {
        const cur = get().reconcileProgress
        // Events of an older run (an automatic one that was still ending) do not replace a newer run's.
        if (cur && p.runId < cur.runId) return
        set({ reconcileProgress: p })
      },
      setAllowlist: (enabled) => act('allowlist', () => fetchView(() => deps.bridge.invoke('tunnel.setAllowlist', { enabled })), setView)
    }
  }
