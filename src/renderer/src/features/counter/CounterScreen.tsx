import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react'
import { parseAmountInput } from '../../../../shared/amount-input'
import { ErrorState, Loading } from '../../components/common'
import { audioCues } from '../../lib/cues'
import { formatFiat } from '../../lib/format'
import { describeCharge, previewCharge } from '../../lib/saleState'
import { selectAssets, selectChargeState, selectCounterLocale, selectCounterSettingsState, selectNetworks, selectSaleForm } from '../../store/selectors'
import { useActions, useApp, useAppShallow, useAppStore } from '../../store/react'
import { LinkBar } from './LinkBar'
import { SalePanel } from './SalePanel'
import { ShiftSales } from './ShiftSales'

function SaleFormView() {
  const form = useApp(selectSaleForm)
  const assets = useApp(selectAssets)
  const networks = useApp(selectNetworks)
  const { settings, status, error } = useAppShallow(selectCounterSettingsState)
  const { charging, chargeError, amountError, linkOpen } = useAppShallow(selectChargeState)
  const customerMessage = useApp((s) => s.customerMessage)
  const locale = useApp(selectCounterLocale)
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
    // A user gesture: the audio context for the paid cue may start now (Chromium's autoplay rule).
    if (settings?.paidSound) audioCues.prime()
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
  const blocked = settings?.chargeBlocked ?? null
  const parsed = form.amount.trim() ? parseAmountInput(form.amount, { currency, locale, limit: settings?.saleLimit ?? null }) : null
  const amount = parsed?.ok ? parsed.value : null
  // What the customer is charged: the amount, and for another currency its USD at the merchant's rate.
  const preview = amount && settings ? previewCharge(amount, settings) : null
  const foreign = currency !== 'USD'
  const hintId = amountError ? 'amount-error' : 'amount-hint'

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
            aria-describedby={foreign ? `${hintId} amount-rate` : hintId}
            onChange={(e) => actions.setSaleField('amount', e.target.value)}
          />
        </div>
        {amountError ? (
          <p id="amount-error" className="field-error" role="alert">
            {amountError}
          </p>
        ) : (
          <p id="amount-hint" className="hint">
            {blocked ? `In ${currency}. Charging is off: see below.` : `In ${currency}; press Enter to charge.`}
          </p>
        )}
        {foreign && (
          <div id="amount-rate" className="charge-preview" aria-live="polite">
            {preview && preview.rate ? (
              <>
                <span className="charge-preview-amounts" data-testid="charge-preview">
                  {describeCharge(preview, locale)}
                </span>
                <span className="charge-preview-note">Mesh charges the customer {formatFiat(preview.usdAmount, 'USD', locale)} (USD, at your rate).</span>
              </>
            ) : (
              <span className="charge-preview-note">
                {settings?.fxRate ? `Mesh charges in USD, at ${settings.fxRate} USD per ${currency}.` : `Mesh charges in USD, and no ${currency} rate is set.`}
              </span>
            )}
          </div>
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
      <button
        type="submit"
        id="charge"
        className="primary charge"
        disabled={busy || status !== 'ready' || blocked !== null}
        aria-describedby={[blocked ? 'charge-blocked' : '', chargeError && chargeError !== blocked ? 'charge-error' : ''].filter(Boolean).join(' ') || undefined}
      >
        {charging ? 'Opening Link…' : linkOpen ? 'Link is open…' : 'Charge'}
        {!busy && amount && (
          <span className="charge-amount" aria-hidden="true">
            {' '}
            {formatFiat(amount, currency, locale)}
          </span>
        )}
      </button>
      {blocked && (
        <p id="charge-blocked" className="notice notice-error charge-blocked" role="status" data-testid="charge-blocked">
          <strong>Cannot charge:</strong> {blocked}
        </p>
      )}
      {chargeError && chargeError !== blocked && (
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
      <LinkBar />
    </div>
  )
}
