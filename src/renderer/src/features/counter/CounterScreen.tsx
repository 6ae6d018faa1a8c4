import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react'
import { ErrorState, Loading } from '../../components/common'
import { formatFiat } from '../../lib/format'
import { selectAssets, selectChargeState, selectCounterSettingsState, selectNetworks, selectSaleForm } from '../../store/selectors'
import { useActions, useApp, useAppShallow, useAppStore } from '../../store/react'
import { SalePanel } from './SalePanel'
import { ShiftSales } from './ShiftSales'

function SaleFormView() {
  const form = useApp(selectSaleForm)
  const assets = useApp(selectAssets)
  const networks = useApp(selectNetworks)
  const { settings, status, error } = useAppShallow(selectCounterSettingsState)
  const { charging, chargeError, amountError, linkOpen } = useAppShallow(selectChargeState)
  const customerMessage = useApp((s) => s.customerMessage)
  const actions = useActions()
  const store = useAppStore()
  const amountRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    amountRef.current?.focus({ preventScroll: true })
  }, [])
  // Back to the amount once Link has closed, ready for the next sale.
  const wasOpen = useRef(linkOpen)
  useEffect(() => {
    if (wasOpen.current && !linkOpen) amountRef.current?.focus({ preventScroll: true })
    wasOpen.current = linkOpen
  }, [linkOpen])

  const submit = (e?: FormEvent) => {
    e?.preventDefault()
    void actions.charge().then(() => {
      if (store.getState().amountError !== null) amountRef.current?.focus()
    })
  }
  // Enter charges from any field, selects included (browsers do not submit forms from a select).
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'SELECT') {
      e.preventDefault()
      submit()
    }
  }
  const currency = settings?.currency ?? 'USD'
  const busy = charging || linkOpen
  const validAmount = /^\d{1,9}(\.\d{1,2})?$/.test(form.amount.trim()) && /[1-9]/.test(form.amount)

  return (
    <form className="card sale-form" aria-label="New sale" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <h2>New sale</h2>
      {status === 'error' && <ErrorState title="Could not load the counter settings" message={error ?? ''} onRetry={() => void actions.loadCounterSettings()} />}
      <div className="field field-amount">
        <label htmlFor="amount">Amount</label>
        <div className="amount-input">
          <span className="amount-currency" aria-hidden="true">
            {currency}
          </span>
          <input
            id="amount"
            ref={amountRef}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.00"
            value={form.amount}
            aria-invalid={amountError ? true : undefined}
            aria-describedby={amountError ? 'amount-error' : 'amount-hint'}
            onChange={(e) => actions.setSaleField('amount', e.target.value)}
          />
        </div>
        {amountError ? (
          <p id="amount-error" className="field-error" role="alert">
            {amountError}
          </p>
        ) : (
          <p id="amount-hint" className="hint">
            In {currency}; press Enter to charge.
          </p>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="asset">Asset</label>
          <select id="asset" value={form.asset} disabled={status !== 'ready'} onChange={(e) => actions.setSaleField('asset', e.target.value)}>
            {status !== 'ready' && <option value="">{status === 'loading' ? 'Loading…' : '—'}</option>}
            {assets.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="network">Network</label>
          <select id="network" value={form.network} disabled={status !== 'ready' || networks.length === 0} onChange={(e) => actions.setSaleField('network', e.target.value)}>
            {networks.length === 0 && <option value="">—</option>}
            {networks.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="customer">Customer</label>
        <div className="inline">
          <input
            id="customer"
            name="customer"
            autoComplete="off"
            placeholder="Loyalty number (optional)"
            value={form.customerRef}
            aria-describedby="customer-hint"
            onChange={(e) => actions.setSaleField('customerRef', e.target.value)}
          />
          <button type="button" className="ghost small" onClick={() => void actions.forgetCustomer()} disabled={!form.customerRef.trim()}>
            Forget customer
          </button>
        </div>
        <p id="customer-hint" className="hint" role="status">
          {customerMessage ?? 'A returning customer skips the exchange sign-in.'}
        </p>
      </div>
      <button type="submit" id="charge" className="primary charge" disabled={busy || status !== 'ready'} aria-describedby={chargeError ? 'charge-error' : undefined}>
        {charging ? 'Opening Link…' : linkOpen ? 'Link is open…' : 'Charge'}
        {!busy && validAmount && (
          <span className="charge-amount" aria-hidden="true">
            {' '}
            {formatFiat(form.amount.trim(), currency)}
          </span>
        )}
      </button>
      {chargeError && (
        <p id="charge-error" className="field-error" role="alert">
          {chargeError}
        </p>
      )}
    </form>
  )
}

export function CounterScreen() {
  const status = useApp((s) => s.settingsStatus)
  return (
    <div className="screen counter">
      <h1 className="visually-hidden">Counter</h1>
      {status === 'loading' || status === 'idle' ? <Loading>Loading the counter…</Loading> : null}
      <div className="counter-grid">
        <SaleFormView />
        <SalePanel />
      </div>
      <ShiftSales />
    </div>
  )
}
