import type { SaleView } from '../../../../shared/contract'
import { Badge } from '../../components/common'
import { useNow } from '../../components/hooks'
import { formatDateTime, formatElapsed, formatFiat, shortHash } from '../../lib/format'
import { receiptHref, transferHref } from '../../lib/route'
import {
  canCancelSale,
  describeAmountMismatch,
  describeCharge,
  describeRefund,
  latePaid,
  refundAmount,
  refundStatus,
  saleDisplayStatus,
  saleElapsed,
  saleSteps,
  tokenRemaining
} from '../../lib/saleState'
import { cashierNote, sendsManually, type CashierNote } from '../../lib/sdkEvents'
import { selectCounterLocale, selectCurrentSale, selectEndState } from '../../store/selectors'
import { useActions, useApp, useAppShallow } from '../../store/react'

function Steps({ sale }: { sale: SaleView }) {
  // A refund, or a payment after the counter ended the sale, ends the steps with what really happened.
  const last = refundStatus(sale.refund) ?? latePaid(sale)
  const steps = saleSteps(sale).map((st, i, all) => (last && i === all.length - 1 ? { ...st, name: last.label } : st))
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

/** What the customer is doing in Link, or what to tell them (lib/sdkEvents.ts). */
export function CashierNoteLine({ note, testId = 'cashier-note' }: { note: CashierNote; testId?: string }) {
  return (
    <span className={`cashier-note cashier-note-${note.kind}`} data-testid={testId} data-kind={note.kind} data-event={note.type}>
      {note.kind === 'hint' && (
        <span className="cashier-note-mark" aria-hidden="true">
          !
        </span>
      )}
      <span className="cashier-note-text">{note.text}</span>
    </span>
  )
}

const END_WORD = { cancelled: 'Cancelled', abandoned: 'Abandoned', expired: 'Expired' } as const

function SaleFacts({ sale, locale }: { sale: SaleView; locale: string | undefined }) {
  const t = sale.transfer
  const foreign = sale.charge.currency !== 'USD' && sale.charge.rate !== null
  return (
    <dl className="facts">
      <dt>Amount</dt>
      <dd className="sale-amount" data-testid="sale-charge">
        {describeCharge(sale.charge, locale)}
      </dd>
      {foreign && (
        <>
          <dt>Mesh charges</dt>
          <dd>{formatFiat(sale.charge.usdAmount, 'USD', locale)}</dd>
        </>
      )}
      <dt>Paid in</dt>
      <dd>
        {sale.asset}
        {sale.network ? ` on ${sale.network}` : ''}
      </dd>
      <dt>Started</dt>
      <dd>{formatDateTime(sale.createdAt)}</dd>
      {sale.endReason && (
        <>
          <dt>{END_WORD[sale.endReason]}</dt>
          <dd>{sale.endedAt ? formatDateTime(sale.endedAt) : '—'}</dd>
        </>
      )}
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
      {t && sale.refund && (
        <>
          <dt>Refund</dt>
          <dd data-testid="sale-refund">
            {describeRefund({
              status: t.status,
              amount: refundAmount(describeCharge(sale.charge, locale), t, locale),
              refundAddress: sale.refund.refundAddress,
              at: sale.refund.at === null ? null : formatDateTime(sale.refund.at)
            })}
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
  const locale = useApp(selectCounterLocale)
  const { endingSaleId, endError } = useAppShallow(selectEndState)
  const { refreshSale, cancelSale } = useActions()
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
  const note = cashierNote(sale)
  // Waiting with Link closed here: the customer may pay elsewhere, unless they are sending by hand (the status says so).
  const detail = sale.state === 'waiting' && !linkOpen && !sendsManually(sale.sdkEvents) ? 'Not paid yet. Link is not open on this screen: the customer may still pay from where they opened it, or cancel the sale.' : status.detail
  const late = latePaid(sale)
  const left = tokenRemaining(sale, now)
  const cancellable = canCancelSale(sale)
  const cancel = async () => {
    await cancelSale(sale.sessionId)
    // The button is gone once the sale is cancelled: the next sale starts at the amount.
    document.getElementById('amount')?.focus()
  }
  return (
    <section className={`card sale-panel tone-${status.tone}`} aria-label="Sale" data-state={sale.state} data-session={sale.sessionId}>
      <div className="sale-head">
        <h2>Sale</h2>
        <span className="elapsed">
          Elapsed <span className="elapsed-value">{formatElapsed(saleElapsed(sale, now))}</span>
        </span>
      </div>
      <div className={`sale-status${late ? ' is-late-paid' : ''}`} role={late ? 'alert' : 'status'} aria-live={late ? 'assertive' : 'polite'} aria-atomic="true" data-testid={late ? 'late-paid' : undefined}>
        <span className="sale-state-label" data-testid="sale-state">
          {status.final && status.tone === 'success' && (
            <span className="check" aria-hidden="true">
              ✓{' '}
            </span>
          )}
          {late && (
            <span className="check" aria-hidden="true">
              ⚠{' '}
            </span>
          )}
          {status.label}
        </span>
        <span className="sale-state-detail">{detail}</span>
        {note && <CashierNoteLine note={note} />}
      </div>
      {status.final && (status.tone === 'success' || sale.refund) && <a className="button small sale-receipt" href={receiptHref(sale.sessionId)}>Receipt</a>}
      {left !== null && (
        <p className="token-expiry" data-testid="token-expiry">
          Link expires in <span className="elapsed-value">{formatElapsed(left)}</span>
          {left === 0 ? ' (expiring now)' : ''}
        </p>
      )}
      {endError && endingSaleId === null && (
        <p className="field-error" role="alert">
          {endError}
        </p>
      )}
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
      <SaleFacts sale={sale} locale={locale} />
      <div className="sale-foot">
        <span className="muted">
          {linkOpen ? 'Link is open on screen. ' : ''}
          {lastSdk ? (
            <>
              Last Link event: <Badge>{lastSdk.type}</Badge> at {formatDateTime(lastSdk.at)}
            </>
          ) : (
            'No Link events yet.'
          )}
        </span>
        <span className="button-row">
          {cancellable && (
            <button type="button" className="small danger-button" disabled={endingSaleId === sale.sessionId} onClick={() => void cancel()}>
              {endingSaleId === sale.sessionId ? 'Cancelling…' : 'Cancel sale'}
            </button>
          )}
          <button type="button" className="small ghost" onClick={() => void refreshSale(sale.sessionId)}>
            Refresh sale
          </button>
        </span>
      </div>
    </section>
  )
}
