import { Empty, ErrorState, Loading, Mono } from '../../components/common'
import { DateTime, TimeZoneNote } from '../../components/time'
import { useActions, useAppShallow } from '../../store/react'

function describe(detail: unknown): string {
  if (detail === null || detail === undefined) return ''
  const d = detail as { fields?: string[]; environment?: { from: string; to: string }; payouts?: { asset: string; network: string; address: string }[]; currency?: string; action?: string; removed?: number }
  const parts: string[] = []
  if (d.fields) parts.push(`changed ${d.fields.join(', ')}`)
  if (d.environment) parts.push(`environment ${d.environment.from} → ${d.environment.to}`)
  if (d.payouts) parts.push(`payouts: ${d.payouts.map((p) => `${p.asset}/${p.network} ${p.address}`).join('; ')}`)
  if (d.currency) parts.push(`currency ${d.currency}`)
  if (d.action) parts.push(`attempted ${d.action}`)
  if (d.removed !== undefined) parts.push(`${d.removed} connection(s) removed`)
  return parts.join(' · ') || JSON.stringify(detail)
}

export function AuditScreen() {
  const { audit, status, error } = useAppShallow((s) => ({ audit: s.audit, status: s.auditStatus, error: s.auditError }))
  const actions = useActions()
  if (status === 'error') return <ErrorState title="Could not load the audit log" message={error ?? ''} onRetry={() => void actions.loadAudit()} />
  if (status !== 'ready') return <Loading>Loading the audit log…</Loading>
  return (
    <section className="card" aria-label="Audit log">
      <div className="section-head">
        <h2>Audit log</h2>
        <TimeZoneNote />
        <button type="button" className="small" onClick={() => void actions.loadAudit()}>
          Refresh
        </button>
      </div>
      {audit.length === 0 ? (
        <Empty title="No changes recorded yet">Settings changes and PIN attempts appear here.</Empty>
      ) : (
        <table className="table" aria-label="Audit entries">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((a) => (
              <tr key={a.id}>
                <td className="nowrap">
                  <DateTime ms={a.at} />
                </td>
                <td>{a.actor}</td>
                <td>
                  <Mono>{a.action}</Mono>
                </td>
                <td className="wrap">{describe(a.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
