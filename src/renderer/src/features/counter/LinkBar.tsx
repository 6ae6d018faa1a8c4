// The counter's bar on Mesh Link's overlay: which sale Link is for (both amounts), how long its
// link token lasts, and Cancel sale. Rendered into the host linkModal.ts puts in the overlay, so
// it stays usable while the rest of the page is inert.
import { useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { useNow } from '../../components/hooks'
import { formatElapsed } from '../../lib/format'
import { canCancelSale, describeCharge, saleDisplayStatus, tokenRemaining } from '../../lib/saleState'
import { cashierNote, sendsManually } from '../../lib/sdkEvents'
import { selectCounterLocale, selectEndState, selectLinkSale } from '../../store/selectors'
import { useActions, useApp, useAppShallow } from '../../store/react'
import { getLinkBarHost, subscribeLinkBarHost } from './linkModal'
import { CashierNoteLine } from './SalePanel'

/** The bar itself (exported for tests: LinkBar portals it into the overlay). */
export function LinkBarContent() {
  const sale = useApp(selectLinkSale)
  const locale = useApp(selectCounterLocale)
  const { endingSaleId, endError } = useAppShallow(selectEndState)
  const { cancelSale } = useActions()
  const now = useNow(1000, sale?.state === 'waiting')
  if (!sale) return null
  const left = tokenRemaining(sale, now)
  const ending = endingSaleId === sale.sessionId
  const status = saleDisplayStatus(sale)
  const note = cashierNote(sale)
  // Still only waiting for the customer (not sending by hand): Escape abandons it, and its details are Link's.
  const plainWaiting = sale.state === 'waiting' && !sendsManually(sale.sdkEvents)
  return (
    <div className="link-bar">
      <p className="link-bar-title">Mesh Link is open</p>
      <p className="link-bar-amount" data-testid="link-charge">
        {describeCharge(sale.charge, locale)}
      </p>
      <div className={`link-bar-status tone-${status.tone}`} role="status" aria-live="polite" aria-atomic="true" data-state={sale.state}>
        <p className="link-bar-state" data-testid="link-state">
          {status.label}
        </p>
        {!plainWaiting && <p className="link-bar-detail">{status.detail}</p>}
        {note && <CashierNoteLine note={note} testId="link-note" />}
      </div>
      {left !== null && (
        <p className="link-bar-expiry" data-testid="link-expiry">
          {left > 0 ? `Link expires in ${formatElapsed(left)}` : 'Link has expired'}
        </p>
      )}
      {endError && (
        <p className="field-error" role="alert">
          {endError}
        </p>
      )}
      {canCancelSale(sale) && (
        <button type="button" className="danger-button" disabled={ending} onClick={() => void cancelSale(sale.sessionId)}>
          {ending ? 'Cancelling…' : 'Cancel sale'}
        </button>
      )}
      <p className="link-bar-hint">
        <kbd>Esc</kbd> closes Link{canCancelSale(sale) && plainWaiting ? ' (the sale is then abandoned)' : ''}.
      </p>
    </div>
  )
}

/** Renders the bar into the overlay while Link is open (nothing otherwise). */
export function LinkBar() {
  const host = useSyncExternalStore(subscribeLinkBarHost, getLinkBarHost, () => null)
  return host ? createPortal(<LinkBarContent />, host) : null
}
