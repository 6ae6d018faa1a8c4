import QRCode from 'qrcode'
import { useEffect, useMemo, useState } from 'react'
import { ErrorState, Loading } from '../../components/common'
import { useFocusOnMount } from '../../components/hooks'
import { buildReceipt, RECEIPT_QR, type NotPaid, type PaidReceipt } from '../../lib/receipt'
import { transferHref } from '../../lib/route'
import { selectReceiptState, selectShop } from '../../store/selectors'
import { useActions, useApp, useAppShallow, useLocale } from '../../store/react'
import { desktopPdf, type PdfOutcome } from './pdf'

/** The QR code of `url` as an SVG data URL (qrcode's SVG output), or null until it is made. */
function useQrDataUrl(url: string | null): { src: string | null; failed: boolean } {
  const [made, setMade] = useState<{ url: string; src: string | null } | null>(null)
  useEffect(() => {
    if (!url) return
    let live = true
    QRCode.toString(url, RECEIPT_QR).then(
      (svg) => live && setMade({ url, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
      () => live && setMade({ url, src: null })
    )
    return () => {
      live = false
    }
  }, [url])
  if (!url || !made || made.url !== url) return { src: null, failed: false }
  return { src: made.src, failed: made.src === null }
}

function ExplorerQr({ url }: { url: string | null }) {
  const { src, failed } = useQrDataUrl(url)
  if (!url) return <p className="receipt-noqr muted">No block-explorer link for this transfer (no transaction hash, or a network without a known explorer).</p>
  return (
    <figure className="receipt-qr">
      {src ? (
        <img src={src} alt="QR code of the block-explorer link below" data-testid="receipt-qr" data-url={url} width={160} height={160} />
      ) : (
        <span className="receipt-qr-placeholder" role="status">
          {failed ? 'Could not draw the QR code; the link below is the same.' : 'Drawing the QR code…'}
        </span>
      )}
      <figcaption>
        <span className="receipt-qr-label">Check this payment on the blockchain:</span>{' '}
        <a href={url} target="_blank" rel="noreferrer" className="mono break" data-testid="receipt-explorer-link">
          {url}
        </a>
      </figcaption>
    </figure>
  )
}

function PaidView({ r }: { r: PaidReceipt }) {
  return (
    <article className={`receipt${r.refund ? ' receipt-refunded' : ''}`} aria-labelledby="receipt-shop" data-testid="receipt" data-paid="true" data-refund={r.refund ? r.refund.title.toLowerCase().replace(' ', '-') : undefined}>
      <header className="receipt-head">
        <h2 id="receipt-shop" className="receipt-shop">
          {r.shopName ?? 'Receipt'}
        </h2>
        {r.shopAddress.length > 0 && (
          <address className="receipt-address">
            {r.shopAddress.map((l, i) => (
              <span key={i}>{l}</span>
            ))}
          </address>
        )}
        {r.test ? (
          <p className="receipt-kind receipt-test" data-testid="receipt-test" title="Made in emulator or sandbox mode, or for a test transfer">
            Test receipt — not a real payment
          </p>
        ) : (
          r.shopName && <p className="receipt-kind">Receipt</p>
        )}
        <time className="receipt-time" dateTime={r.dateTimeIso} data-testid="receipt-time">
          {r.dateTime}
        </time>
      </header>
      <div className="receipt-total">
        <span>Total charged</span>
        <strong className="money" data-testid="receipt-charged">
          {r.charged}
        </strong>
      </div>
      {r.converted && (
        <p className="receipt-converted" data-testid="receipt-converted">
          Charged through Mesh as <span className="money">{r.converted}</span>
        </p>
      )}
      {r.refund ? (
        <div className="receipt-refund" role="note" data-testid="receipt-refund">
          <p className="refund-stamp">{r.refund.title}</p>
          <p className="refund-detail">{r.refund.detail}</p>
        </div>
      ) : (
        <p className="receipt-paid">
          <span aria-hidden="true">✓ </span>Paid — confirmed by Mesh
        </p>
      )}
      <dl className="receipt-lines">
        {r.lines.map((l) => (
          <div key={l.label} className={l.mono ? 'receipt-line receipt-line-id' : 'receipt-line'}>
            <dt>{l.label}</dt>
            <dd className={l.mono ? 'mono break' : 'money'} data-testid={`receipt-${l.label.toLowerCase().replace(/\s+/g, '-')}`}>
              {l.value}
            </dd>
          </div>
        ))}
      </dl>
      <ExplorerQr url={r.explorerUrl} />
      {r.notes.length > 0 && (
        <ul className="receipt-notes">
          {r.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <footer className="receipt-foot">Paid with crypto through Mesh Connect. Thank you!</footer>
    </article>
  )
}

function NotPaidView({ r }: { r: NotPaid }) {
  return (
    <article className="receipt receipt-not-paid" aria-labelledby="receipt-not-paid" data-testid="receipt" data-paid="false">
      <p id="receipt-not-paid" className="not-paid-stamp" role="alert">
        {r.title}
      </p>
      <p className="not-paid-state">
        Sale state: <strong>{r.state}</strong>
      </p>
      <p>{r.detail}</p>
      <dl className="receipt-lines">
        <div className="receipt-line">
          <dt>Amount due</dt>
          <dd className="money">{r.charged}</dd>
        </div>
        <div className="receipt-line">
          <dt>TransactionId</dt>
          <dd className="mono break">{r.transactionId}</dd>
        </div>
      </dl>
    </article>
  )
}

function PrintActions({ fileName, locale }: { fileName: string; locale: string }) {
  const saver = useMemo(() => desktopPdf(window), [])
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<PdfOutcome | null>(null)
  const savePdf = async () => {
    if (!saver) {
      window.print()
      return
    }
    setBusy(true)
    setOutcome(null)
    const r = await saver({ suggestedName: fileName, locale })
    setBusy(false)
    setOutcome(r)
  }
  return (
    <div className="receipt-actions">
      <button type="button" className="primary" onClick={() => window.print()}>
        Print receipt
      </button>
      <button type="button" onClick={() => void savePdf()} disabled={busy} aria-describedby="save-pdf-hint">
        {busy ? 'Saving PDF…' : 'Save PDF'}
      </button>
      <span id="save-pdf-hint" className="muted">
        {saver ? 'Saves this receipt as a PDF file.' : 'Opens the print dialog: choose “Save as PDF” as the destination.'}
      </span>
      <span role="status" className={outcome?.kind === 'error' ? 'field-error' : 'muted'}>
        {outcome?.kind === 'saved' ? `Saved to ${outcome.path}` : outcome?.kind === 'error' ? outcome.message : ''}
      </span>
    </div>
  )
}

export function ReceiptScreen({ sessionId }: { sessionId: string }) {
  const { id, sale, status, error } = useAppShallow(selectReceiptState)
  const shop = useApp(selectShop)
  const mode = useApp((s) => s.settings?.mode ?? null)
  const locale = useLocale()
  const { loadReceipt } = useActions()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  useEffect(() => {
    void loadReceipt(sessionId)
  }, [sessionId, loadReceipt])
  const current = id === sessionId ? sale : null
  const receipt = useMemo(() => (current ? buildReceipt(current, shop, locale, { mode }) : null), [current, shop, locale, mode])

  return (
    <div className="screen receipt-screen">
      <div className="screen-head no-print">
        <h1 ref={heading} tabIndex={-1}>
          Receipt
        </h1>
        <p className="crumbs">
          <a href="#/counter">← Counter</a>
          {current?.transferId && (
            <>
              {' · '}
              <a href={transferHref(current.transferId)}>Open the transfer</a>
            </>
          )}
        </p>
      </div>
      {status === 'error' && id === sessionId && <ErrorState title="Could not load this sale" message={error ?? ''} onRetry={() => void loadReceipt(sessionId)} />}
      {!receipt && status !== 'error' && <Loading>Loading the sale…</Loading>}
      {receipt?.paid && (
        <>
          <div className="no-print">
            <PrintActions fileName={receipt.fileName} locale={locale} />
            {!receipt.shopName && (
              <p className="hint">
                No shop name or address on this receipt yet: a manager can set them in <a href="#/settings">Settings</a>.
              </p>
            )}
          </div>
          <PaidView r={receipt} />
        </>
      )}
      {receipt && !receipt.paid && <NotPaidView r={receipt} />}
    </div>
  )
}
