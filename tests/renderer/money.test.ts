// Money shown the same everywhere (issue 13): the locale, the charge's words, the export rows
// (hand-written expected CSV lines and JSON records) and the charge kept across live updates.
import { describe, expect, it } from 'vitest'
import type { LedgerQuery, Page, SaleCharge, TransferRow } from '../../src/shared/contract'
import { EXPORT_COLUMNS, ledgerToCsv, ledgerToJson, parseCsv } from '../../src/renderer/src/lib/csv'
import { describeCharge, formatCrypto, formatFiat, formatRate, formatReceiptDateTime, isoWithOffset, resolveLocale } from '../../src/renderer/src/lib/format'
import { EMPTY_FILTER, mergeTransferUpdates, withKnownCharge } from '../../src/renderer/src/lib/ledger'
import { selectLocale } from '../../src/renderer/src/store/selectors'
import { makeStore } from './fakes'
import { row, sale } from './fixtures'

const USD: SaleCharge = { amount: '1234.50', currency: 'USD', usdAmount: '1234.50', rate: null }
const EUR: SaleCharge = { amount: '10.00', currency: 'EUR', usdAmount: '10.87', rate: '1.087' }
const NBSP = '\u00a0'

describe('the locale', () => {
  it('is the merchant setting when valid, else the system language, else en-US', () => {
    expect(resolveLocale('de-DE', 'en-US')).toBe('de-DE')
    expect(resolveLocale('de-de', 'en-US')).toBe('de-DE')
    expect(resolveLocale(null, 'fr-FR')).toBe('fr-FR')
    expect(resolveLocale('  ', 'fr-FR')).toBe('fr-FR')
    expect(resolveLocale('not a locale!', 'fr-FR')).toBe('fr-FR')
    expect(resolveLocale(null, null)).toBe('en-US')
    expect(resolveLocale('x_y_z', '')).toBe('en-US')
  })

  it('is selected from counter.settings, falling back to the system when none is set', async () => {
    const settings = { locale: 'de-DE', currency: 'EUR', payouts: [], defaultAsset: 'USDC', defaultNetwork: 'Ethereum' }
    const { store } = makeStore({ 'counter.settings': () => settings })
    expect(selectLocale(store.getState())).toBe(resolveLocale(null, navigator.language))
    await store.getState().loadCounterSettings()
    expect(selectLocale(store.getState())).toBe('de-DE')
  })
})

describe('the same money in en-US and de-DE', () => {
  it('formats a USD charge once, with the locale’s separators and symbol position', () => {
    expect(describeCharge(USD, 'en-US')).toEqual({ charged: '$1,234.50', usd: null, rate: null, line: '$1,234.50' })
    expect(describeCharge(USD, 'de-DE')).toEqual({ charged: `1.234,50${NBSP}$`, usd: null, rate: null, line: `1.234,50${NBSP}$` })
  })

  it('shows a converted charge with the USD sent to Mesh and the rate', () => {
    expect(describeCharge(EUR, 'en-US')).toEqual({ charged: '€10.00', usd: '$10.87', rate: '1.087', line: '€10.00 ≈ $10.87 at 1.087' })
    expect(describeCharge(EUR, 'de-DE')?.line).toBe(`10,00${NBSP}€ ≈ 10,87${NBSP}$ at 1,087`)
    // a converted sale whose rate is unknown still shows both amounts
    expect(describeCharge({ ...EUR, rate: null }, 'en-US')?.line).toBe('€10.00 ≈ $10.87')
  })

  it('has no words for an unknown charge', () => {
    expect(describeCharge(null, 'en-US')).toBeNull()
    expect(describeCharge(undefined, 'en-US')).toBeNull()
    expect(describeCharge({ ...USD, amount: 'abc' }, 'en-US')).toBeNull()
  })

  it('formats crypto with its asset and every digit Mesh sent', () => {
    expect(formatCrypto('12.5125', 'USDC', 'en-US')).toBe('12.5125 USDC')
    expect(formatCrypto('12.5125', 'USDC', 'de-DE')).toBe('12,5125 USDC')
    expect(formatCrypto('1234.000000000000000001', 'ETH', 'en-US')).toBe('1,234.000000000000000001 ETH')
    expect(formatCrypto('1234.000000000000000001', 'ETH', 'de-DE')).toBe('1.234,000000000000000001 ETH')
    expect(formatFiat('12.5', 'USD', 'en-US')).toBe('$12.50')
    expect(formatRate('1.087', 'de-DE')).toBe('1,087')
  })

  it('dates a receipt with seconds and the time zone', () => {
    const at = Date.UTC(2025, 0, 7, 13, 3, 7)
    expect(formatReceiptDateTime(at, 'en-US', 'Europe/Berlin')).toBe('January 7, 2025 at 2:03:07 PM GMT+1')
    expect(formatReceiptDateTime(at, 'de-DE', 'Europe/Berlin')).toBe('7. Januar 2025 um 14:03:07 MEZ')
    expect(formatReceiptDateTime(at, 'en-US', 'America/New_York')).toBe('January 7, 2025 at 8:03:07 AM EST')
    expect(formatReceiptDateTime(null, 'en-US')).toBe('—')
  })
})

describe('ISO 8601 with the offset', () => {
  it('writes local time and its offset, across a day boundary too', () => {
    const at = Date.UTC(2025, 0, 7, 13, 3, 7, 250)
    expect(isoWithOffset(at, 60)).toBe('2025-01-07T14:03:07.250+01:00')
    expect(isoWithOffset(at, -300)).toBe('2025-01-07T08:03:07.250-05:00')
    expect(isoWithOffset(at, 0)).toBe('2025-01-07T13:03:07.250+00:00')
    expect(isoWithOffset(Date.UTC(2025, 0, 1, 2, 0), -330)).toBe('2024-12-31T20:30:00.000-05:30')
    expect(isoWithOffset(at, 345)).toBe('2025-01-07T18:48:07.250+05:45')
  })

  it('names the same instant as the UTC time', () => {
    const at = Date.UTC(2025, 6, 1, 23, 59, 59, 999)
    expect(Date.parse(isoWithOffset(at))).toBe(at)
    expect(Date.parse(isoWithOffset(at, -420))).toBe(at)
  })
})

// The rows of the export test: a euro sale, a dollar sale of more than a thousand, a transfer no
// sale of ours started (charge null) and one whose charge the server did not send.
const AT = Date.UTC(2025, 0, 7, 13, 3, 7, 250)
const rows: TransferRow[] = [
  row({
    transferId: 'tr_eur',
    transactionId: 'ct_eur',
    status: 'succeeded',
    statusRaw: 'Succeeded',
    isFinal: true,
    txHash: '0xfeed',
    sourceAmount: '10.9125',
    destinationAmount: '10.87',
    firstSeenAt: AT,
    updatedAt: AT + 2_000,
    eventCount: 2,
    deliveryCount: 3,
    retried: true,
    sessionId: 's-eur',
    charge: EUR
  }),
  row({
    transferId: 'tr_usd',
    transactionId: 'ct_usd',
    status: 'pending',
    statusRaw: 'Pending',
    token: 'ETH',
    sourceAmount: '0.4115',
    destinationAmount: null,
    firstSeenAt: AT,
    updatedAt: AT,
    sessionId: 's-usd',
    charge: USD
  }),
  row({ transferId: 'tr_foreign', status: 'failed', statusRaw: 'Failed', isFinal: true, chain: 'Polygon', destinationAddress: '0xa,b', firstSeenAt: AT, updatedAt: AT, charge: null }),
  row({ transferId: 'tr_unknown', firstSeenAt: AT, updatedAt: AT, provenance: 'poll', isTest: true })
]

describe('the ledger export', () => {
  it('writes the charge and the crypto received as separate plain columns (CSV, hand-written lines)', () => {
    const csv = ledgerToCsv(rows, () => 60)
    expect(csv.split('\r\n')).toEqual([
      'firstSeenAt,status,statusRaw,fiatAmount,fiatCurrency,usdCharged,fxRate,cryptoAmount,asset,network,sourceAmount,destinationAmount,transactionId,transferId,txHash,sessionId,sourceAccountProvider,destinationAddress,events,deliveries,retried,conflict,isFinal,provenance,isTest,updatedAt',
      '2025-01-07T14:03:07.250+01:00,succeeded,Succeeded,10.00,EUR,10.87,1.087,10.87,USDC,Ethereum,10.9125,10.87,ct_eur,tr_eur,0xfeed,s-eur,Coinbase,0xabc,2,3,true,false,true,webhook,false,2025-01-07T14:03:09.250+01:00',
      '2025-01-07T14:03:07.250+01:00,pending,Pending,1234.50,USD,1234.50,,0.4115,ETH,Ethereum,0.4115,,ct_usd,tr_usd,,s-usd,Coinbase,0xabc,1,1,false,false,false,webhook,false,2025-01-07T14:03:07.250+01:00',
      '2025-01-07T14:03:07.250+01:00,failed,Failed,,,,,10,USDC,Polygon,10,10,,tr_foreign,,,Coinbase,"0xa,b",1,1,false,false,true,webhook,false,2025-01-07T14:03:07.250+01:00',
      '2025-01-07T14:03:07.250+01:00,pending,Pending,,,,,10,USDC,Ethereum,10,10,,tr_unknown,,,Coinbase,0xabc,1,1,false,false,false,poll,true,2025-01-07T14:03:07.250+01:00',
      ''
    ])
  })

  it('writes each time with its own offset (a summer and a winter row)', () => {
    const summer = Date.UTC(2025, 6, 1, 10, 0)
    const csv = ledgerToCsv([row({ transferId: 'w', firstSeenAt: AT, updatedAt: AT }), row({ transferId: 's', firstSeenAt: summer, updatedAt: summer })], (ms) => (ms === summer ? 120 : 60))
    const parsed = parseCsv(csv)
    expect(parsed.slice(1).map((r) => r[0])).toEqual(['2025-01-07T14:03:07.250+01:00', '2025-07-01T12:00:00.000+02:00'])
  })

  it('writes the same records as JSON, amounts as decimal strings and counts as numbers', () => {
    const json = JSON.parse(ledgerToJson(rows.slice(0, 1), () => -300)) as unknown[]
    expect(json).toEqual([
      {
        firstSeenAt: '2025-01-07T08:03:07.250-05:00',
        status: 'succeeded',
        statusRaw: 'Succeeded',
        fiatAmount: '10.00',
        fiatCurrency: 'EUR',
        usdCharged: '10.87',
        fxRate: '1.087',
        cryptoAmount: '10.87',
        asset: 'USDC',
        network: 'Ethereum',
        sourceAmount: '10.9125',
        destinationAmount: '10.87',
        transactionId: 'ct_eur',
        transferId: 'tr_eur',
        txHash: '0xfeed',
        sessionId: 's-eur',
        sourceAccountProvider: 'Coinbase',
        destinationAddress: '0xabc',
        events: 2,
        deliveries: 3,
        retried: true,
        conflict: false,
        isFinal: true,
        provenance: 'webhook',
        isTest: false,
        updatedAt: '2025-01-07T08:03:09.250-05:00'
      }
    ])
    const all = JSON.parse(ledgerToJson(rows)) as Record<string, unknown>[]
    expect(all.map((r) => [r.fiatAmount, r.fiatCurrency, r.usdCharged, r.fxRate])).toEqual([
      ['10.00', 'EUR', '10.87', '1.087'],
      ['1234.50', 'USD', '1234.50', null],
      [null, null, null, null],
      [null, null, null, null]
    ])
  })

  it('never puts the customer’s userId in an export', () => {
    const withUser = [row({ transferId: 't', userId: 'cust_0123456789abcdef' })]
    expect(ledgerToCsv(withUser)).not.toContain('cust_0123456789abcdef')
    expect(ledgerToJson(withUser)).not.toContain('cust_0123456789abcdef')
    expect(EXPORT_COLUMNS).not.toContain('userId')
  })
})

describe('the charge across live updates', () => {
  const page = (rs: TransferRow[]) => ({ rows: rs, total: rs.length, nextCursor: null })

  it('keeps the loaded row’s charge when a live update (which has none) replaces it', () => {
    const loaded = row({ transferId: 't1', sessionId: 's1', charge: EUR, updatedAt: 1 })
    const live = row({ transferId: 't1', sessionId: 's1', status: 'succeeded', updatedAt: 2 })
    const next = mergeTransferUpdates(page([loaded]), [live], EMPTY_FILTER)
    expect(next.rows).toHaveLength(1)
    expect(next.rows[0]!.status).toBe('succeeded')
    expect(next.rows[0]!.charge).toEqual(EUR)
  })

  it('keeps a known "no sale" (null) too, and lets a row that carries a charge win', () => {
    expect(withKnownCharge(row({ transferId: 't' }), row({ transferId: 't', charge: null }))).toMatchObject({ charge: null })
    expect(withKnownCharge(row({ transferId: 't', charge: USD }), row({ transferId: 't', charge: EUR }))).toMatchObject({ charge: USD })
  })

  it('gives a new live row the charge of its sale when the console knows the sale', () => {
    const chargeOf = (id: string) => (id === 's2' ? EUR : undefined)
    const next = mergeTransferUpdates(page([]), [row({ transferId: 'n1', sessionId: 's2' }), row({ transferId: 'n2', sessionId: 's3', firstSeenAt: 2_000 })], EMPTY_FILTER, chargeOf)
    expect(next.rows.map((r) => [r.transferId, r.charge])).toEqual([
      ['n2', undefined],
      ['n1', EUR]
    ])
  })

  it('does so in the ledger slice, from the sales the store holds', async () => {
    const loaded = row({ transferId: 'old', sessionId: 's-old', charge: USD, firstSeenAt: 10 })
    const { store } = makeStore({ 'ledger.list': (_q: LedgerQuery): Page<TransferRow> => ({ items: [loaded], total: 1, nextCursor: null }) })
    await store.getState().loadLedger()
    store.getState().applySales([sale({ sessionId: 's-new', createdAt: Date.now(), amount: '10.00', currency: 'EUR', charge: EUR })])
    store.getState().applyTransferUpdates([row({ transferId: 'new', sessionId: 's-new', firstSeenAt: 20 }), row({ transferId: 'old', sessionId: 's-old', firstSeenAt: 10, status: 'succeeded', updatedAt: 9_000 })])
    expect(store.getState().ledgerRows.map((r) => [r.transferId, r.status, r.charge])).toEqual([
      ['new', 'pending', EUR],
      ['old', 'succeeded', USD]
    ])
  })
})
