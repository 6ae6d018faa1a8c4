// Rules about the Web Link SDK's callbacks that the core (a sale's state) and the counter (when
// closing Link ends a sale) must agree on. Pure; names only.

/** Callbacks that may follow Link's QR code without the customer leaving it. */
const AFTER_QR: ReadonlySet<string> = new Set(['exit', 'done', 'close', 'pageLoaded', 'legalTermsViewed', 'seeWhatHappenedClicked'])

/**
 * The customer chose to send the payment by hand (Link showed its QR code: linkTransferQRGenerated)
 * and did nothing else in Link after it: closing Link then is not abandoning the sale.
 */
export function sendsManually(types: readonly string[]): boolean {
  let manual = false
  for (const t of types) {
    if (t === 'linkTransferQRGenerated') manual = true
    else if (!AFTER_QR.has(t)) manual = false
  }
  return manual
}
