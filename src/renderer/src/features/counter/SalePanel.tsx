import type { SaleView } from '../../../../shared/contract'
import { Badge } from '../../components/common'
import { useNow } from '../../components/hooks'
import { formatClock, formatElapsed, formatFiat, shortHash } from '../../lib/format'
import { receiptHref, transferHref } from '../../lib/route'
import { describeAmountMismatch, saleDisplayStatus, saleElapsed, saleSteps } from '../../lib/saleState'
import { selectCurrentSale } from '../../store/selectors'
import { useActions, useApp } from '../../store/react'

function Steps({ sale }: { sale: SaleView }) {
  const steps = saleSteps(sale)
  return (
    <ol className="steps" aria-label="Progress">
      {steps.map((st) => (
        <li key={st.name} className={`step step-${st.state}`} aria-current={st.state === 'current' ? 'step' : undefined}>
          {st.state === 'done' && (
            <span aria-hidden="true" className="step-mark">
              ✓{' '}
            </span>
          )}
          {st.name}
          {st.state === 'skipped' && <span className="visually-hidden"> (skipped)</span>}
        </li>
      ))}
    </ol>
  )
}

function SaleFacts({ sale }: { sale: SaleView }) {
  const t = sale.transfer
  return (
    <dl className="facts">
      <dt>Amount</dt>
      <dd className="sale-amount">{formatFiat(sale.amount, sale.currency)}</dd>
      <dt>Paid in</dt>
      <dd>
        {sale.asset}
        {sale.network ? ` on ${sale.network}` : ''}
      </dd>
      <dt>Started</dt>
      <dd>{formatClock(sale.createdAt)}</dd>
      <dt>TransactionId</dt>
      <dd>
        <code className="mono">{sale.transactionId}</code>
      </dd>
      {sale.transferId && (
        <>
          <dt>TransferId</dt>
          <dd>
            <a href={transferHref(sale.transferId)}>
              <code className="mono">{sale.transferId}</code>
            </a>
          </dd>
        </>
      )}
      {t?.txHash && (
        <>
          <dt>TxHash</dt>
          <dd>
            <code className="mono" title={t.txHash}>
              {shortHash(t.txHash)}
            </code>
          </dd>
        </>
      )}
      {sale.hasCustomer && (
        <>
          <dt>Customer</dt>
          <dd>returning customer</dd>
        </>
      )}
    </dl>
  )
}

/** The live sale: follows sale.updated; green only when the server says succeeded (webhook). */
export function SalePanel() {
  const sale = useApp(selectCurrentSale)
  const linkOpen = useApp((s) => s.linkOpen)
  const { refreshSale } = useActions()
  const status = sale ? saleDisplayStatus(sale) : null
  const now = useNow(1000, !!status && !status.final)

  if (!sale || !status) {
    return (
      <section className="card sale-panel sale-idle" aria-label="Sale">
        <h2>Sale</h2>
        <div className="state state-empty">
          <p className="state-title">No sale in progress</p>
          <p className="muted">Type an amount and press Enter (or Charge). The customer pays in Mesh Link; this panel follows the payment until Mesh confirms it.</p>
        </div>
      </section>
    )
  }
  const lastSdk = sale.sdkEvents[sale.sdkEvents.length - 1]
  return (
    <section className={`card sale-panel tone-${status.tone}`} aria-label="Sale" data-state={sale.state} data-session={sale.sessionId}>
      <div className="sale-head">
        <h2>Sale</h2>
        <span className="elapsed">
          Elapsed <span className="elapsed-value">{formatElapsed(saleElapsed(sale, now))}</span>
        </span>
      </div>
      <div className="sale-status" role="status" aria-live="polite" aria-atomic="true">
        <span className="sale-state-label" data-testid="sale-state">
          {status.final && status.tone === 'success' && (
            <span className="check" aria-hidden="true">
              ✓{' '}
            </span>
          )}
          {status.label}
        </span>
        <span className="sale-state-detail">{status.detail}</span>
      </div>
      {status.final && status.tone === 'success' && <a className="button small sale-receipt" href={receiptHref(sale.sessionId)}>Receipt</a>}
      {sale.disagreement && (
        <div className="disagreement" role="alert">
          <strong>Sources disagree:</strong> {sale.disagreement}
        </div>
      )}
      {sale.amountMismatch && (
        <div className="disagreement amount-mismatch" role="alert" data-testid="amount-mismatch">
          <strong>Amount mismatch:</strong> {describeAmountMismatch(sale.amountMismatch)}
        </div>
      )}
      <Steps sale={sale} />
      <SaleFacts sale={sale} />
      <div className="sale-foot">
        <span className="muted">
          {linkOpen ? 'Link is open on screen. ' : ''}
          {lastSdk ? (
            <>
              Last Link event: <Badge>{lastSdk.type}</Badge> at {formatClock(lastSdk.at)}
            </>
          ) : (
            'No Link events yet.'
          )}
        </span>
        <button type="button" className="small ghost" onClick={() => void refreshSale(sale.sessionId)}>
          Refresh sale
        </button>
      </div>
    </section>
  )
}
