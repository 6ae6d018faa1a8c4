import { describe, expect, it } from 'vitest'
import type { SaleView } from '../../src/shared/contract'
import { buildReceipt, paidAt, type NotPaid, type PaidReceipt } from '../../src/renderer/src/lib/receipt'
import { desktopPdf } from '../../src/renderer/src/features/receipt/pdf'
import { makeStore } from './fakes'
import { row, sale } from './fixtures'

const HASH = '0x' + '5e'.repeat(32)
const PAID_AT = Date.UTC(2025, 0, 7, 13, 3, 7, 250)
const SHOP = { name: '  Corner Café ', address: '12 Rue de la Paix\n75002 Paris' }
const BERLIN = { timeZone: 'Europe/Berlin', offsetMinutes: 60 }

function paidSale(p: Partial<SaleView> = {}): SaleView {
  return sale({
    sessionId: 's-1',
    transactionId: 'ct_0123456789abcdef01234567',
    state: 'succeeded',
    transferId: 'tr-1',
    transfer: row({
      transferId: 'tr-1',
      status: 'succeeded',
      statusRaw: 'Succeeded',
      isFinal: true,
      txHash: HASH,
      sourceAmount: '12.5125',
      destinationAmount: '12.5',
      statusTimestamp: PAID_AT,
      updatedAt: PAID_AT + 900
    }),
    ...p
  })
}

const paid = (r: ReturnType<typeof buildReceipt>): PaidReceipt => {
  if (!r.paid) throw new Error(`expected a paid receipt, got ${r.state}`)
  return r
}
const notPaid = (r: ReturnType<typeof buildReceipt>): NotPaid => {
  if (r.paid) throw new Error('expected NOT PAID')
  return r
}

describe('buildReceipt for a paid sale', () => {
  it('holds the shop, the paid time, the charge, the crypto, the ids, the hash and the explorer link', () => {
    const r = paid(buildReceipt(paidSale(), SHOP, 'en-US', BERLIN))
    expect(r.shopName).toBe('Corner Café')
    expect(r.shopAddress).toEqual(['12 Rue de la Paix', '75002 Paris'])
    expect(r.dateTime).toBe('January 7, 2025 at 2:03:07 PM GMT+1')
    expect(r.dateTimeIso).toBe('2025-01-07T14:03:07.250+01:00')
    expect(r.charged).toBe('$12.50')
    expect(r.converted).toBeNull()
    expect(r.crypto).toBe('12.5 USDC')
    expect(r.network).toBe('Ethereum')
    expect(r.lines).toEqual([
      { label: 'Paid in', value: '12.5 USDC' },
      { label: 'Network', value: 'Ethereum' },
      { label: 'TransactionId', value: 'ct_0123456789abcdef01234567', mono: true },
      { label: 'Mesh TransferId', value: 'tr-1', mono: true },
      { label: 'TxHash', value: HASH, mono: true }
    ])
    expect(r.explorerUrl).toBe(`https://etherscan.io/tx/${HASH}`)
    expect(r.test).toBe(false)
    expect(r.notes).toEqual([])
    expect(r.fileName).toBe('receipt-ct_0123456789abcdef01234567')
  })

  it('says the same money in de-DE, and the USD sent to Mesh with the rate for a converted sale', () => {
    const eur = paidSale({ amount: '10.00', currency: 'EUR', charge: { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' } })
    const en = paid(buildReceipt(eur, SHOP, 'en-US', BERLIN))
    expect([en.charged, en.converted, en.crypto]).toEqual(['€10.00', '$10.87 at 1.087', '12.5 USDC'])
    const de = paid(buildReceipt(eur, SHOP, 'de-DE', BERLIN))
    expect([de.charged, de.converted, de.crypto]).toEqual(['10,00\u00a0€', '10,87\u00a0$ at 1,087', '12,5 USDC'])
    expect(de.dateTime).toBe('7. Januar 2025 um 14:03:07 MEZ')
  })

  it('uses the network Mesh reported and links a Polygon or Solana hash to that explorer', () => {
    const poly = paidSale({ network: 'Ethereum', transfer: row({ transferId: 'tr-1', status: 'succeeded', chain: 'Polygon', txHash: HASH }) })
    expect(paid(buildReceipt(poly, SHOP, 'en-US')).explorerUrl).toBe(`https://polygonscan.com/tx/${HASH}`)
    const sig = '4'.repeat(88)
    const sol = paidSale({ network: 'Solana', transfer: row({ transferId: 'tr-1', status: 'succeeded', chain: 'Solana', txHash: sig }) })
    expect(paid(buildReceipt(sol, SHOP, 'en-US')).explorerUrl).toBe(`https://solscan.io/tx/${sig}`)
  })

  it('has no explorer link (and says why) when Mesh sent no hash', () => {
    const r = paid(buildReceipt(paidSale({ transfer: row({ transferId: 'tr-1', status: 'succeeded', txHash: null }) }), SHOP, 'en-US'))
    expect(r.explorerUrl).toBeNull()
    expect(r.lines.find((l) => l.label === 'TxHash')?.value).toBe('—')
    expect(r.notes).toEqual(['Mesh sent no transaction hash for this transfer.'])
  })

  it('marks a test transfer and a sale paid after the counter ended it', () => {
    const r = paid(buildReceipt(paidSale({ endReason: 'cancelled', lateTransfer: true, transfer: row({ transferId: 'tr-1', status: 'succeeded', txHash: HASH, isTest: true }) }), SHOP, 'en-US'))
    expect(r.test).toBe(true)
    expect(r.notes).toEqual(['Paid after the counter had ended the sale.'])
  })

  it('is a test receipt whenever the counter is not in production', () => {
    expect(paid(buildReceipt(paidSale(), SHOP, 'en-US', { mode: 'production' })).test).toBe(false)
    expect(paid(buildReceipt(paidSale(), SHOP, 'en-US', { mode: 'emulator' })).test).toBe(true)
    expect(paid(buildReceipt(paidSale(), SHOP, 'en-US', { mode: 'sandbox' })).test).toBe(true)
    expect(paid(buildReceipt(paidSale(), SHOP, 'en-US', { mode: null })).test).toBe(false)
  })

  it('leaves the shop out when none is set', () => {
    const r = paid(buildReceipt(paidSale(), { name: ' ', address: '' }, 'en-US'))
    expect(r.shopName).toBeNull()
    expect(r.shopAddress).toEqual([])
    expect(paid(buildReceipt(paidSale(), null, 'en-US')).shopName).toBeNull()
  })

  it('dates the receipt by Mesh’s timestamp of the success, else when we recorded it', () => {
    expect(paidAt(paidSale())).toBe(PAID_AT)
    expect(paidAt(paidSale({ transfer: row({ transferId: 'tr-1', status: 'succeeded', statusTimestamp: null, updatedAt: 77 }) }))).toBe(77)
  })
})

describe('buildReceipt for a sale that is not paid', () => {
  it.each([
    ['waiting', 'Waiting for customer', false],
    ['submitted', 'Submitted', false],
    ['pending', 'Pending', false],
    ['failed', 'Failed', true],
    ['abandoned', 'Abandoned', true],
    ['expired', 'Expired', true],
    ['cancelled', 'Cancelled', true]
  ] as const)('gives NOT PAID for a %s sale, never a receipt', (state, label, final) => {
    const r = notPaid(buildReceipt(paidSale({ state }), SHOP, 'en-US'))
    expect(r).toMatchObject({ title: 'NOT PAID', state: label, final, charged: '$12.50', transactionId: 'ct_0123456789abcdef01234567' })
    expect(r.detail).toMatch(final ? /There is no receipt for an unpaid sale\.$/ : /The receipt appears here as soon as Mesh confirms the payment\.$/)
  })

  it('gives no receipt for a succeeded transfer whose amount does not match the charge', () => {
    const mismatch = { charged: '250.00', currency: 'USD', reported: '0.01', asset: 'USDC', field: 'DestinationAmount' as const }
    const r = notPaid(buildReceipt(paidSale({ amount: '250.00', charge: { amount: '250.00', currency: 'USD', usdAmount: '250.00', rate: null }, amountMismatch: mismatch }), SHOP, 'en-US'))
    expect(r.state).toBe('Amount mismatch')
    expect(r.detail).toBe('Mesh reports 0.01 USDC (DestinationAmount) for a sale that charged $250.00. There is no receipt for a payment that does not match the charge; check the transfer.')
    expect(r.charged).toBe('$250.00')
  })
})

describe('the receipt slice', () => {
  it('loads the sale into the shared sales map, so a live update turns NOT PAID into the receipt', async () => {
    const pending = paidSale({ state: 'pending', transfer: row({ transferId: 'tr-1', status: 'pending' }) })
    const { store } = makeStore({ 'sales.get': () => pending })
    await store.getState().loadReceipt('s-1')
    expect(store.getState().receiptStatus).toBe('ready')
    expect(store.getState().sales['s-1']?.state).toBe('pending')
    store.getState().applySales([paidSale()])
    expect(store.getState().sales['s-1']?.state).toBe('succeeded')
  })

  it('says clearly when there is no such sale', async () => {
    const { store } = makeStore({ 'sales.get': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'No sale nope.' } }) })
    await store.getState().loadReceipt('nope')
    expect(store.getState().receiptStatus).toBe('error')
    expect(store.getState().receiptError).toBe('There is no sale nope: check the link.')
  })
})

describe('Save PDF from the renderer', () => {
  const winWith = (invoke?: (name: string, args: unknown) => Promise<unknown>) => ({ countertop: invoke ? { invoke, subscribe: () => () => {} } : undefined }) as unknown as Window

  it('is the print dialog in a browser (no preload)', () => {
    expect(desktopPdf(winWith())).toBeNull()
  })

  it('asks the desktop shell on the invoke channel as shell.savePdf and reports where it saved', async () => {
    const calls: unknown[][] = []
    const save = desktopPdf(
      winWith(async (name, args) => {
        calls.push([name, args])
        return { ok: true, value: { saved: true, path: '/docs/receipt-ct_1.pdf' } }
      })
    )!
    expect(await save({ suggestedName: 'receipt-ct_1', locale: 'de-DE' })).toEqual({ kind: 'saved', path: '/docs/receipt-ct_1.pdf' })
    expect(calls).toEqual([['shell.savePdf', { suggestedName: 'receipt-ct_1', locale: 'de-DE' }]])
  })

  it('tells a cancel from a failure, and says what to do when the shell does not answer', async () => {
    expect(await desktopPdf(winWith(async () => ({ ok: true, value: { saved: false } })))!({ suggestedName: 'r', locale: 'en' })).toEqual({ kind: 'cancelled' })
    expect(await desktopPdf(winWith(async () => ({ ok: false, error: { code: 'PDF_SAVE_FAILED', message: 'Could not save the PDF to /x.pdf: EACCES.' } })))!({ suggestedName: 'r', locale: 'en' })).toEqual({
      kind: 'error',
      message: 'Could not save the PDF to /x.pdf: EACCES.'
    })
    expect(await desktopPdf(winWith(async () => 'nonsense'))!({ suggestedName: 'r', locale: 'en' })).toEqual({ kind: 'error', message: 'The app gave no answer to Save PDF. Use Print receipt instead.' })
    expect(await desktopPdf(winWith(async () => Promise.reject(new Error('IPC closed'))))!({ suggestedName: 'r', locale: 'en' })).toEqual({
      kind: 'error',
      message: 'Could not save the PDF: IPC closed. Use Print receipt instead.'
    })
  })
})
