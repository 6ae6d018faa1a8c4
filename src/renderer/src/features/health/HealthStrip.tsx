import { Badge, CopyButton } from '../../components/common'
import { useNow } from '../../components/hooks'
import { formatDateTime, formatRelative } from '../../lib/format'
import { routeHref } from '../../lib/route'
import { selectHealthState, selectTunnelSummary } from '../../store/selectors'
import { useAppShallow } from '../../store/react'

const MODE_TONE: Record<string, string> = { emulator: 'warning', sandbox: 'progress', production: 'success' }

const TUNNEL_LOOK: Record<string, { dot: string; label: string }> = {
  off: { dot: 'dot', label: 'off' },
  connecting: { dot: 'dot dot-wait', label: 'connecting…' },
  online: { dot: 'dot dot-ok', label: 'online' },
  error: { dot: 'dot dot-bad', label: 'down' }
}

/** The public tunnel, live from `tunnel.updated`: its state, and its URL once online. */
function TunnelItem() {
  const t = useAppShallow(selectTunnelSummary)
  const look = t.state ? (TUNNEL_LOOK[t.state] ?? { dot: 'dot', label: t.state }) : null
  return (
    <div className="health-item health-url" data-testid="health-tunnel" data-state={t.state ?? undefined}>
      <dt>Tunnel</dt>
      <dd>
        {look ? (
          <a
            className={`${look.dot} health-link`}
            href={routeHref({ name: 'health' })}
            aria-label={`Tunnel ${look.label}: open the Health screen`}
            title={t.reason ?? (t.provider ? `Provider: ${t.provider}` : 'No tunnel running')}>
            {look.label}
          </a>
        ) : t.error ? (
          <span title={t.error}>unavailable</span>
        ) : (
          '…'
        )}
        {t.state === 'online' && t.publicUrl && (
          <code className="mono" title={t.publicUrl}>
            {t.publicUrl}
          </code>
        )}
      </dd>
    </div>
  )
}

/** Always visible: mode, receiver, webhook URL, time of the last delivery (live). */
export function HealthStrip() {
  const { health, status, error, stream } = useAppShallow(selectHealthState)
  const now = useNow(1000)
  return (
    <section className="health" aria-label="Health">
      {status === 'error' && !health ? (
        <p className="health-item" role="alert">
          Health unavailable: {error}
        </p>
      ) : (
        <dl className="health-list">
          <div className="health-item">
            <dt>Mode</dt>
            <dd>{health ? <Badge tone={MODE_TONE[health.mode] ?? 'neutral'}>{health.mode}</Badge> : '…'}</dd>
          </div>
          <div className="health-item">
            <dt>Receiver</dt>
            <dd>
              {health ? (
                <span className={health.receiverListening ? 'dot dot-ok' : 'dot dot-bad'}>{health.receiverListening ? 'listening' : 'not listening'}</span>
              ) : (
                '…'
              )}
            </dd>
          </div>
          <div className="health-item health-url">
            <dt>Webhook URL</dt>
            <dd>
              {health?.webhookUrl ? (
                <>
                  <code className="mono" title={health.webhookUrl}>
                    {health.webhookUrl}
                  </code>
                  <CopyButton text={health.webhookUrl} label="Copy webhook URL" className="small ghost" />
                </>
              ) : health ? (
                'none'
              ) : (
                '…'
              )}
            </dd>
          </div>
          <TunnelItem />
          <div className="health-item">
            <dt>Last delivery</dt>
            <dd>
              <time dateTime={health?.lastDeliveryAt ? new Date(health.lastDeliveryAt).toISOString() : undefined} title={formatDateTime(health?.lastDeliveryAt)}>
                {health ? formatRelative(health.lastDeliveryAt, now) : '…'}
              </time>
            </dd>
          </div>
          <div className="health-item">
            <dt>Live updates</dt>
            <dd>
              <span className={stream === 'open' ? 'dot dot-ok' : stream === 'closed' ? 'dot dot-bad' : 'dot dot-wait'}>
                {stream === 'open' ? 'connected' : stream === 'closed' ? 'reconnecting…' : 'connecting…'}
              </span>
            </dd>
          </div>
        </dl>
      )}
    </section>
  )
}
