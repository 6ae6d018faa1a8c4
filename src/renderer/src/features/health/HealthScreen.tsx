import { useState, type FormEvent } from 'react'
import { Badge, CopyButton, ErrorState, Loading } from '../../components/common'
import { TimeZoneNote } from '../../components/time'
import { formatDateTime } from '../../lib/format'
import { useActions, useAppShallow } from '../../store/react'
import { ReconcileProgressLine, ReconcileResult } from './ReconcilePanel'

const STATE_TONE: Record<string, string> = { online: 'success', connecting: 'progress', error: 'danger', off: 'neutral' }

function RegisterSteps({ url, mode }: { url: string; mode: string }) {
  const env = mode === 'production' ? 'Production' : 'Sandbox'
  return (
    <ol className="steps">
      <li>
        Sign in to the Mesh dashboard and open <strong>Account › API keys › Webhooks</strong>.
      </li>
      <li>
        Under <strong>{env}</strong> (Mesh keeps one webhook URI per environment: {mode === 'production' ? 'production' : 'sandbox'} keys need the {env.toLowerCase()} entry), paste{' '}
        <code className="mono">{url}</code>.
      </li>
      <li>Copy the secret Mesh shows — it is shown only once — into Settings › Webhook secret.</li>
      <li>Come back here and run the self-test.</li>
    </ol>
  )
}

function TunnelForm() {
  const { tunnel, busy } = useAppShallow((s) => ({ tunnel: s.tunnel, busy: s.tunnelBusy }))
  const actions = useActions()
  const [provider, setProvider] = useState<'ngrok' | 'manual'>(tunnel?.config.provider ?? 'ngrok')
  const [authtoken, setAuthtoken] = useState('')
  const [domain, setDomain] = useState(tunnel?.config.domain ?? '')
  const [publicUrl, setPublicUrl] = useState(tunnel?.config.publicUrl ?? '')
  if (!tunnel) return null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void actions.startTunnel(
      provider === 'ngrok' ? { provider, ...(authtoken ? { authtoken } : {}), domain: domain.trim() || null } : { provider, publicUrl: publicUrl.trim() }
    )
    setAuthtoken('')
  }
  const running = tunnel.status.state !== 'off'
  return (
    <form className="card" aria-label="Tunnel" onSubmit={submit}>
      <div className="section-head">
        <h2>Public webhook URL</h2>
        <Badge tone={STATE_TONE[tunnel.status.state] ?? 'neutral'}>{tunnel.status.state}</Badge>
      </div>
      <p className="muted">
        Mesh must reach this counter from the internet. Only the webhook listener is forwarded ({tunnel.localWebhookUrl}) — never the console.
      </p>
      {tunnel.status.reason && (
        <p className="notice notice-error" role="alert">
          {tunnel.status.reason}
          {tunnel.status.nextRetryAt ? `${/[.!?]$/.test(tunnel.status.reason) ? '' : '.'} Next try at ${formatDateTime(tunnel.status.nextRetryAt)}.` : ''}
        </p>
      )}
      {tunnel.status.warning && <p className="notice">{tunnel.status.warning}</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor="tunnel-provider">Provider</label>
          <select id="tunnel-provider" value={provider} onChange={(e) => setProvider(e.target.value as 'ngrok' | 'manual')}>
            <option value="ngrok">ngrok</option>
            <option value="manual">My own URL (reverse proxy)</option>
          </select>
        </div>
        {provider === 'ngrok' ? (
          <div className="field">
            <label htmlFor="tunnel-domain">Reserved domain</label>
            <input id="tunnel-domain" placeholder="your-shop.ngrok-free.app" value={domain} onChange={(e) => setDomain(e.target.value)} aria-describedby="tunnel-domain-hint" />
            <p id="tunnel-domain-hint" className="hint">
              Strongly recommended: without one the URL changes at every start and must be registered in Mesh again.
            </p>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="tunnel-url">Public URL</label>
            <input id="tunnel-url" placeholder="https://pay.example-shop.com" value={publicUrl} onChange={(e) => setPublicUrl(e.target.value)} />
          </div>
        )}
      </div>
      {provider === 'ngrok' && (
        <div className="field">
          <label htmlFor="tunnel-authtoken">ngrok authtoken</label>
          <input id="tunnel-authtoken" type="password" autoComplete="off" value={authtoken} onChange={(e) => setAuthtoken(e.target.value)} aria-describedby="tunnel-authtoken-hint" />
          <p id="tunnel-authtoken-hint" className="hint">
            {tunnel.config.authtokenSet ? 'Saved. Leave empty to keep it.' : 'From dashboard.ngrok.com › Your Authtoken.'}
          </p>
        </div>
      )}
      <p className="inline">
        <button type="submit" className="primary" disabled={busy !== null}>
          {busy === 'start' ? 'Starting…' : running ? 'Restart tunnel' : 'Start tunnel'}
        </button>
        <button type="button" disabled={!running || busy !== null} onClick={() => void actions.stopTunnel()}>
          Stop tunnel
        </button>
      </p>
    </form>
  )
}

export function HealthScreen() {
  const s = useAppShallow((st) => ({
    tunnel: st.tunnel,
    status: st.tunnelStatus,
    error: st.tunnelError,
    busy: st.tunnelBusy,
    selfTest: st.selfTest,
    reconcile: st.reconcileResult,
    reconcileProgress: st.reconcileProgress,
    message: st.tunnelMessage,
    mode: st.health?.mode ?? 'emulator'
  }))
  const actions = useActions()
  if (s.status === 'error') return <ErrorState title="Could not load the connection status" message={s.error ?? ''} onRetry={() => void actions.loadTunnel()} />
  if (!s.tunnel) return <Loading>Loading the connection status…</Loading>
  const t = s.tunnel
  const url = t.status.state === 'online' && t.status.publicUrl ? t.status.publicUrl : null
  return (
    <div className="stack">
      <TimeZoneNote />
      {s.message && (
        <p className="notice notice-error" role="alert">
          {s.message}
        </p>
      )}
      <section className="card" aria-label="Webhook registration">
        <h2>Register with Mesh</h2>
        {url ? (
          <p className="inline">
            <code className="mono">{url}</code>
            <CopyButton text={url} label="Copy public URL" />
          </p>
        ) : (
          <p className="muted">No public URL yet: start a tunnel below{s.mode === 'emulator' ? ' (the built-in emulator needs none; it calls the local receiver directly)' : ''}.</p>
        )}
        <RegisterSteps url={url ?? 'https://…/webhooks/mesh'} mode={s.mode} />
      </section>
      <TunnelForm />
      <section className="card" aria-label="Checks">
        <h2>Checks</h2>
        <p className="inline">
          <button type="button" disabled={s.busy !== null} onClick={() => void actions.runSelfTest()}>
            {s.busy === 'selftest' ? 'Testing…' : 'Run self-test'}
          </button>
          <button type="button" disabled={s.busy !== null} onClick={() => void actions.runReconcile()}>
            {s.busy === 'reconcile' ? 'Reconciling…' : 'Reconcile now'}
          </button>
        </p>
        {s.selfTest && (
          <p className={`notice ${s.selfTest.ok ? 'notice-ok' : 'notice-error'}`} role="status" aria-label="Self-test result">
            {s.selfTest.message} <span className="muted">({s.selfTest.url})</span>
          </p>
        )}
        {s.busy === 'reconcile' && <ReconcileProgressLine progress={s.reconcileProgress} />}
        {s.reconcile && <ReconcileResult result={s.reconcile} />}
        <label className="check">
          <input type="checkbox" checked={t.allowlist.enabled} disabled={s.busy !== null} onChange={(e) => void actions.setAllowlist(e.target.checked)} />
          Only accept deliveries from Mesh’s address ({t.allowlist.addresses.join(', ')})
        </label>
        <p className="hint">
          Off by default. Behind ngrok the sender’s address comes from the tunnel’s X-Forwarded-For, trusted only from the local agent. Turn it on only if Mesh still
          sends from that address; everything else is refused with 403 and shown in the Inspector.
        </p>
      </section>
      <section className="card" aria-label="Downtime">
        <h2>Downtime</h2>
        {t.downtime.length === 0 ? (
          <p className="muted">No downtime recorded.</p>
        ) : (
          <table className="table" aria-label="Downtime windows">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Reason</th>
                <th scope="col">Caught up</th>
              </tr>
            </thead>
            <tbody>
              {t.downtime.map((d) => (
                <tr key={d.id}>
                  <td>{d.kind === 'app' ? 'Countertop not running' : 'Tunnel down'}</td>
                  <td>{formatDateTime(d.startedAt)}</td>
                  <td>{d.endedAt ? formatDateTime(d.endedAt) : 'ongoing'}</td>
                  <td className="wrap">{d.reason ?? ''}</td>
                  <td>{d.reconciledAt ? formatDateTime(d.reconciledAt) : 'not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
