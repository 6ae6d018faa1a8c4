// "Customer display": opens the screen turned to the customer (amount due, the Paylink's QR code).
import { selectDisplayOpen } from '../../store/selectors'
import { useActions, useApp } from '../../store/react'

/** The display page in a window that shares nothing with the console (noopener: not even sessionStorage). */
function openInBrowser(url: string): void {
  window.open(new URL(url, window.location.origin).href, 'countertop-customer-display', 'noopener')
}

export function CustomerDisplayButton() {
  const { status, error } = useApp(selectDisplayOpen)
  const { openCustomerDisplay } = useActions()
  return (
    <span className="customer-display-open">
      <button
        type="button"
        className="ghost"
        aria-label="Customer display"
        disabled={status === 'opening'}
        title="Open the screen the customer sees: the amount due and a QR code to pay on their phone"
        onClick={() => void openCustomerDisplay(openInBrowser)}>
        <span className="wide-only">Customer display</span>
        <span className="narrow-only">Display</span>
      </button>
      {status === 'error' && (
        <span role="alert" className="customer-display-error">
          {error}
        </span>
      )}
    </span>
  )
}
