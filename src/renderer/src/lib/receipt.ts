// A sale's receipt as data: a pure function of the sale, the shop and the locale, so the screen,
// the print view and the PDF all say the same thing. Only a sale Mesh confirmed as paid (the
// succeeded webhook, the amount as charged) gets a receipt; any other sale gets "NOT PAID". A
// paid sale Mesh then refunded keeps its receipt, stamped REFUNDED (or REFUND PENDING).
import type { CounterSettings, SaleView, ShopInfo } from '../../../shared/contract'
import { explorerTxUrl } from '../../../shared/explorer'
import { describeCharge, formatCrypto, formatReceiptDateTime, isoWithOffset } from './format'
import { describeAmountMismatch, saleDisplayStatus, saleStatus } from './saleState'

export interface ReceiptLine {
  label: string
  value: string
  /** Ids and hashes: shown in a monospace font and allowed to wrap anywhere. */
  mono?: boolean
}

export interface PaidReceipt {
  paid: true
  shopName: string | null
  /** The shop's address, one entry per line. */
  shopAddress: string[]
  /** When Mesh says the transfer succeeded (its Timestamp), in the locale with seconds and zone. */
  dateTime: string
  /** The same instant for <time dateTime>. */
  dateTimeIso: string
  /** What the counter charged, in its currency. */
  charged: string
  /** For a converted sale: "$10.87 at 1.087" (USD sent to Mesh and the rate); else null. */
  converted: string | null
  /** Crypto received with its asset: "12.5 USDC". */
  crypto: string
  network: string
  /** The rows under the total, in order: crypto, network, ids, hash. */
  lines: ReceiptLine[]
  /** The block-explorer page of the hash (what the QR code holds), or null when there is none. */
  explorerUrl: string | null
  /** A test transfer, or a counter in emulator or sandbox mode: printed as a test receipt. */
  test: boolean
  /** Something the cashier should know (e.g. paid after the counter ended the sale). */
  notes: string[]
  /** Offered when saving as PDF. */
  fileName: string
  /** Mesh refunded (or is refunding) the payment: printed big over the receipt. */
  refund: { title: 'REFUNDED' | 'REFUND PENDING'; detail: string } | null
}

export interface NotPaid {
  paid: false
  /** Printed big: "NOT PAID". */
  title: string
  /** The sale's state in words ("Pending", "Failed", "Amount mismatch"). */
  state: string
  detail: string
  /** False while Mesh may still confirm it: the screen turns into the receipt when it does. */
  final: boolean
  charged: string
  transactionId: string
}

export type Receipt = PaidReceipt | NotPaid

export interface ReceiptOptions {
  /** IANA zone for the date; the runtime's by default. */
  timeZone?: string
  /** Minutes east of UTC for the ISO time; the runtime's by default. */
  offsetMinutes?: number
  /** The counter's mode: outside production every receipt is a test receipt. */
  mode?: CounterSettings['mode'] | null
}

function addressLines(address: string | undefined): string[] {
  return (address ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
}

/** When the sale was paid: Mesh's Timestamp of the succeeded event, else when we recorded it. */
export function paidAt(sale: SaleView): number {
  // A refunded transfer's status is the refund's: the payment's time comes with the refund.
  if (sale.refund) return sale.refund.paidAt ?? sale.createdAt
  const t = sale.transfer
  return t?.statusTimestamp ?? t?.updatedAt ?? sale.createdAt
}

export function buildReceipt(sale: SaleView, shop: ShopInfo | null | undefined, locale: string, opts: ReceiptOptions = {}): Receipt {
  const charge = describeCharge(sale.charge, locale)
  const charged = charge?.charged ?? '—'
  if (sale.state !== 'succeeded' || sale.amountMismatch) {
    const st = saleDisplayStatus(sale)
    const final = saleStatus(sale.state).final
    const detail = sale.amountMismatch
      ? `${describeAmountMismatch(sale.amountMismatch)} There is no receipt for a payment that does not match the charge; check the transfer.`
      : final
        ? `${st.detail} There is no receipt for an unpaid sale.`
        : `${st.detail} The receipt appears here as soon as Mesh confirms the payment.`
    return { paid: false, title: 'NOT PAID', state: st.label, detail, final, charged, transactionId: sale.transactionId }
  }
  const t = sale.transfer
  const at = paidAt(sale)
  const asset = t?.token ?? sale.asset
  const amount = t?.destinationAmount ?? t?.sourceAmount ?? null
  const network = t?.chain ?? sale.network ?? '—'
  const crypto = amount ? formatCrypto(amount, asset, locale) : `— ${asset}`
  const txHash = t?.txHash ?? null
  const notes: string[] = []
  if (sale.endReason || sale.lateTransfer) notes.push('Paid after the counter had ended the sale.')
  const r = sale.refund
  const refundTo = r?.refundAddress ? ` to ${r.refundAddress}` : ''
  const refundWhen = r?.at != null ? formatReceiptDateTime(r.at, locale, opts.timeZone) : null
  const refund: PaidReceipt['refund'] = !r
    ? null
    : r.status === 'succeeded'
      ? { title: 'REFUNDED', detail: `Mesh refunded this payment (${charged})${refundTo}${refundWhen ? ` on ${refundWhen}` : ''}. It is not a proof of purchase any more.` }
      : { title: 'REFUND PENDING', detail: `Mesh is refunding this payment (${charged})${refundTo}${refundWhen ? `, since ${refundWhen}` : ''}.` }
  if (!txHash) notes.push('Mesh sent no transaction hash for this transfer.')
  const lines: ReceiptLine[] = [
    { label: 'Paid in', value: crypto },
    { label: 'Network', value: network },
    { label: 'TransactionId', value: sale.transactionId, mono: true },
    { label: 'Mesh TransferId', value: sale.transferId ?? t?.transferId ?? '—', mono: true },
    { label: 'TxHash', value: txHash ?? '—', mono: true }
  ]
  return {
    paid: true,
    shopName: shop?.name.trim() ? shop.name.trim() : null,
    shopAddress: addressLines(shop?.address),
    dateTime: formatReceiptDateTime(at, locale, opts.timeZone),
    dateTimeIso: isoWithOffset(at, opts.offsetMinutes),
    charged,
    converted: charge?.usd ? `${charge.usd}${charge.rate ? ` at ${charge.rate}` : ''}` : null,
    crypto,
    network,
    lines,
    explorerUrl: explorerTxUrl(network, txHash),
    test: (t?.isTest ?? false) || (opts.mode != null && opts.mode !== 'production'),
    notes,
    fileName: `receipt-${sale.transactionId}${r?.status === 'succeeded' ? '-refunded' : ''}`,
    refund
  }
}

/** The QR code's settings (qrcode's SVG output): medium error correction, the standard 4-module quiet zone. */
export const RECEIPT_QR = { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const
