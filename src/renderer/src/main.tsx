import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { HealthInfo, TransferRow } from '../../shared/contract'
import { formatFiat } from '../../shared/money'
import { createHttpBridge, takeToken } from './bridge/http'

const token = takeToken()
const bridge = token ? createHttpBridge(token) : null

function App() {
  const [health, setHealth] = useState<HealthInfo | null>(null)
  const [rows, setRows] = useState<TransferRow[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!bridge) return
    const load = async () => {
      const [h, l] = await Promise.all([bridge.invoke('health.get', {}), bridge.invoke('ledger.list', {})])
      if (h.ok) setHealth(h.value)
      if (l.ok) setRows(l.value.items)
      else setError(l.error.message)
    }
    void load()
    return bridge.subscribe(() => void load())
  }, [])
  if (!bridge) return <p role="alert">Open the console with the URL printed by <code>npm run serve</code> (it carries the token).</p>
  return (
    <main>
      <h1>Countertop</h1>
      <p>
        Mode: {health?.mode ?? '…'} · webhooks: {health?.webhookUrl ?? '…'}
      </p>
      {error && <p role="alert">{error}</p>}
      <table aria-label="Ledger">
        <thead>
          <tr>
            <th>Transfer</th>
            <th>Status</th>
            <th>Amount</th>
            <th>Deliveries</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.transferId}>
              <td>{r.transferId}</td>
              <td>{r.statusRaw}</td>
              <td>{formatFiat(r.sourceAmount)}</td>
              <td>{r.deliveryCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
