// The Health screen: tunnel, public webhook URL, self-test, reconciliation, allowlist.
import type { ReconcileResultView, SelfTestResult, TunnelStatusView, TunnelView } from '../../../shared/contract'
import type { LoadStatus, Slice, StoreDeps } from './types'

export interface TunnelSlice {
  tunnel: TunnelView | null
  tunnelStatus: LoadStatus
  tunnelError: string | null
  tunnelBusy: string | null
  selfTest: SelfTestResult | null
  reconcileResult: ReconcileResultView | null
  tunnelMessage: string | null
  loadTunnel(): Promise<void>
  applyTunnelStatus(s: TunnelStatusView): void
  startTunnel(args: { provider: 'ngrok' | 'manual'; authtoken?: string; domain?: string | null; publicUrl?: string }): Promise<void>
  stopTunnel(): Promise<void>
  runSelfTest(): Promise<void>
  runReconcile(): Promise<void>
  setAllowlist(enabled: boolean): Promise<void>
}

export const createTunnelSlice =
  (deps: StoreDeps): Slice<TunnelSlice> =>
  (set, get) => {
    /** Runs one Health action: shows it as busy, and its error (if any) as the message. */
    async function act<T>(label: string, call: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (v: T) => void) {
      set({ tunnelBusy: label, tunnelMessage: null })
      const r = await call()
      if (r.ok) done(r.value)
      else set({ tunnelMessage: r.error.message })
      set({ tunnelBusy: null })
    }
    return {
      tunnel: null,
      tunnelStatus: 'idle',
      tunnelError: null,
      tunnelBusy: null,
      selfTest: null,
      reconcileResult: null,
      tunnelMessage: null,
      async loadTunnel() {
        if (!get().tunnel) set({ tunnelStatus: 'loading' })
        const r = await deps.bridge.invoke('tunnel.status', {})
        if (r.ok) set({ tunnel: r.value, tunnelStatus: 'ready', tunnelError: null })
        else set({ tunnelStatus: 'error', tunnelError: r.error.message })
      },
      applyTunnelStatus(status) {
        const t = get().tunnel
        if (t) set({ tunnel: { ...t, status } })
      },
      startTunnel: (args) => act('start', () => deps.bridge.invoke('tunnel.start', args), (v) => set({ tunnel: v })),
      stopTunnel: () => act('stop', () => deps.bridge.invoke('tunnel.stop', {}), (v) => set({ tunnel: v })),
      runSelfTest: () => act('selftest', () => deps.bridge.invoke('health.selfTest', {}), (v) => set({ selfTest: v })),
      runReconcile: () =>
        act('reconcile', () => deps.bridge.invoke('reconcile.run', {}), (v) => {
          set({ reconcileResult: v })
          void get().loadTunnel()
        }),
      setAllowlist: (enabled) => act('allowlist', () => deps.bridge.invoke('tunnel.setAllowlist', { enabled }), (v) => set({ tunnel: v }))
    }
  }
