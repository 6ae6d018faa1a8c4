// What the customer sees: a welcome, the amount due with the Paylink's QR code, then the outcome.
import { useMemo } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { DisplayView, SaleCharge } from '../../../shared/contract'
import { formatFiat } from '../../../shared/money'
import { qrDrawing } from './qr'
import type { DisplayStore } from './store'

function Amount({ charge, locale }: { charge: SaleCharge; locale: string | null }) {
  const loc = locale ?? undefined
  return (
    <div className="display-amounts">
      <p className="display-amount" data-testid="display-amount">
        {formatFiat(charge.amount, charge.currency, loc)}
      </p>
      {charge.rate !== null && charge.currency !== 'USD' && (
        <p className="display-usd" data-testid="display-usd">
          {formatFiat(charge.usdAmount, 'USD', loc)} charged in US dollars
        </p>
      )}
    </div>
  )
}

export function PaylinkQr({ link }: { link: string }) {
  const qr = useMemo(() => qrDrawing(link), [link])
  return (
    <figure className="display-qr">
      <div className="display-qr-card">
        <svg
          data-testid="paylink-qr"
          role="img"
          aria-label="QR code of the payment link"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          shapeRendering="crispEdges"
          xmlns="http://www.w3.org/2000/svg">
          <rect width={qr.size} height={qr.size} fill="#ffffff" />
          <path d={qr.path} fill="#000000" />
        </svg>
      </div>
      <figcaption>
        <span className="display-qr-hint">Scan to pay on your phone</span>
        <code className="display-link" data-testid="paylink-text">
          {link}
        </code>
      </figcaption>
    </figure>
  )
}

function Due({ view }: { view: DisplayView }) {
  return (
    <section className="display-due" aria-label="Amount due" data-testid="display-due">
      <div className="display-due-text">
        <p className="display-label">Amount due</p>
        {view.charge && <Amount charge={view.charge} locale={view.locale} />}
        <p className="display-note">{view.paymentLink ? 'Scan the code to pay with Mesh, or pay at the counter.' : 'Please pay at the counter.'}</p>
      </div>
      {view.paymentLink && <PaylinkQr link={view.paymentLink} />}
    </section>
  )
}

const OUTCOME = {
  paid: { icon: '✓', title: 'Thank you — paid', note: null },
  failed: { icon: '!', title: 'Payment not completed', note: 'Please see the cashier.' },
  cancelled: { icon: '×', title: 'Payment cancelled', note: 'Please see the cashier if you still want to pay.' }
} as const

function Outcome({ view, kind }: { view: DisplayView; kind: keyof typeof OUTCOME }) {
  const o = OUTCOME[kind]
  return (
    <section className={`display-outcome display-${kind}`} aria-label={o.title} data-testid={`display-${kind}`}>
      <span className="display-icon" aria-hidden="true">
        {o.icon}
      </span>
      <h1 className="display-title">{o.title}</h1>
      {view.charge && <p className="display-outcome-amount">{formatFiat(view.charge.amount, view.charge.currency, view.locale ?? undefined)}</p>}
      {o.note && <p className="display-note">{o.note}</p>}
    </section>
  )
}

function Idle({ view }: { view: DisplayView }) {
  return (
    <section className="display-idle" aria-label="Welcome" data-testid="display-idle">
      <h1 className="display-title">{view.shopName ? `Welcome to ${view.shopName}` : 'Welcome'}</h1>
      <p className="display-note">The amount to pay appears here.</p>
    </section>
  )
}

export function DisplayScreen({ store }: { store: DisplayStore }) {
  const { view, status, error, stream } = useStore(store, useShallow((s) => ({ view: s.view, status: s.status, error: s.error, stream: s.stream })))
  return (
    <main className="display" data-state={view?.state ?? status} aria-live="polite">
      {view?.shopName && view.state !== 'idle' && <p className="display-shop">{view.shopName}</p>}
      {!view && status === 'loading' && <p className="display-note">Connecting…</p>}
      {!view && status === 'error' && (
        <p className="display-note" role="alert">
          The customer display cannot start: {error}
        </p>
      )}
      {view?.state === 'idle' && <Idle view={view} />}
      {view?.state === 'due' && <Due view={view} />}
      {view && (view.state === 'paid' || view.state === 'failed' || view.state === 'cancelled') && <Outcome view={view} kind={view.state} />}
      {stream === 'closed' && (
        <p className="display-offline" role="status">
          Reconnecting…
        </p>
      )}
    </main>
  )
}
