import { describe, expect, it } from 'vitest'
import { toMs, transferModelToEvent, windowsToQueries } from '../../../src/main/core/reconcile'

describe('toMs (REST timestamp units are not documented: < 1e12 is seconds)', () => {
  it.each([
    [1_720_532_648, 1_720_532_648_000],
    [1_715_175_519_038, 1_715_175_519_038],
    [1_720_532_648.5, 1_720_532_648_500],
    ['1720532648', 1_720_532_648_000],
    [999_999_999_999, 999_999_999_999_000],
    [1e12, 1e12],
    [0, null],
    [-5, null],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
    [Infinity, null],
    ['soon', null],
    [{}, null]
  ])('%j → %j', (input, out) => {
    expect(toMs(input)).toBe(out)
  })
})

const model = {
  id: '6f1c0a52-4f1e-4c57-9d1d-2b3c4d5e6f70',
  clientTransactionId: 'ct_0123456789abcdef01234567',
  institutionTransactionId: 'emu-1',
  userId: 'user-7',
  status: 'succeeded',
  transferType: 'payment',
  amount: 12.5,
  amountInFiat: 12.5,
  symbol: 'USDC',
  networkId: 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611',
  networkName: 'Ethereum',
  hash: '0xabc',
  destinationAddress: '0x000000000000000000000000000000000000beef',
  refundAddress: null,
  createdTimestamp: 1_720_532_600,
  executedTimestamp: 1_720_532_648,
  from: { id: 'i1', type: 'coinbase', name: 'Coinbase', logoUrl: null },
  sourceAmount: 12.5125,
  destinationAmount: 12.5
}

describe('transferModelToEvent', () => {
  it('maps a TransferModel to the status event a webhook would give', () => {
    expect(transferModelToEvent(model)).toEqual({
      eventId: `poll:${model.id}:succeeded`,
      deliveryId: null,
      sentTimestamp: null,
      timestamp: 1_720_532_648_000,
      transferId: model.id,
      status: 'succeeded',
      statusRaw: 'succeeded',
      transactionId: 'ct_0123456789abcdef01234567',
      txHash: '0xabc',
      userId: 'user-7',
      token: 'USDC',
      chain: 'Ethereum',
      sourceAmount: '12.5125',
      destinationAmount: '12.5',
      sourceAccountProvider: 'Coinbase',
      destinationAddress: '0x000000000000000000000000000000000000beef',
      refundAddress: null,
      selfTest: false
    })
  })

  it('uses the creation time until the transfer is executed, and keeps the raw status casing', () => {
    const e = transferModelToEvent({ ...model, status: 'Pending', executedTimestamp: null, hash: null })!
    expect(e).toMatchObject({ status: 'pending', statusRaw: 'Pending', timestamp: 1_720_532_600_000, txHash: null, eventId: `poll:${model.id}:pending` })
  })

  it('gives the same event id for the same transfer in the same status, and another one per status', () => {
    expect(transferModelToEvent(model)!.eventId).toBe(transferModelToEvent({ ...model, hash: '0xother' })!.eventId)
    expect(transferModelToEvent({ ...model, status: 'failed' })!.eventId).toBe('poll:6f1c0a52-4f1e-4c57-9d1d-2b3c4d5e6f70:failed')
  })

  it('keeps amounts as exact decimal text', () => {
    expect(transferModelToEvent({ ...model, sourceAmount: 0.1 + 0.2, destinationAmount: 1e-7 })).toMatchObject({ sourceAmount: '0.30000000000000004', destinationAmount: '0.0000001' })
    expect(transferModelToEvent({ ...model, sourceAmount: null, destinationAmount: undefined })).toMatchObject({ sourceAmount: null, destinationAmount: null })
  })

  it('tolerates missing optional parts', () => {
    expect(transferModelToEvent({ id: 't1', status: 'failed' })).toMatchObject({ transferId: 't1', status: 'failed', timestamp: null, transactionId: null, token: null, sourceAccountProvider: null })
  })

  it.each([null, 'x', 42, {}, { id: 't1' }, { status: 'succeeded' }, { id: '', status: 'succeeded' }, { id: 't1', status: '  ' }, { id: 't1', status: 7 }])('rejects %j', (m) => {
    expect(transferModelToEvent(m)).toBeNull()
  })
})

describe('windowsToQueries', () => {
  const M = 60_000
  it('widens each window by the margin and sends Unix seconds, rounded outwards', () => {
    expect(windowsToQueries([{ id: 1, startedAt: 1_700_000_000_500, endedAt: 1_700_000_600_500 }], M)).toEqual([
      { fromTimestamp: 1_699_999_940, toTimestamp: 1_700_000_661, fromMs: 1_699_999_940_500, toMs: 1_700_000_660_500, windowIds: [1], open: false }
    ])
  })

  it('can send milliseconds instead', () => {
    const [q] = windowsToQueries([{ startedAt: 10 * M, endedAt: 20 * M }], M, { unit: 'ms' })
    expect(q).toMatchObject({ fromTimestamp: 9 * M, toTimestamp: 21 * M, windowIds: [] })
  })

  it('merges windows that overlap once widened, in time order, and keeps apart the ones that do not', () => {
    const qs = windowsToQueries(
      [
        { id: 3, startedAt: 100 * M, endedAt: 110 * M },
        { id: 1, startedAt: 10 * M, endedAt: 20 * M },
        { id: 2, startedAt: 21 * M, endedAt: 30 * M },
        { id: 4, startedAt: 15 * M, endedAt: 16 * M }
      ],
      M,
      { unit: 'ms' }
    )
    expect(qs.map((q) => [q.fromMs / M, q.toMs / M, q.windowIds])).toEqual([
      [9, 31, [1, 4, 2]],
      [99, 111, [3]]
    ])
  })

  it('ends an open window now, and says so', () => {
    const [q] = windowsToQueries([{ id: 9, startedAt: 10 * M, endedAt: null }], M, { now: 50 * M, unit: 'ms' })
    expect(q).toMatchObject({ fromMs: 9 * M, toMs: 51 * M, open: true })
    expect(() => windowsToQueries([{ startedAt: 1, endedAt: null }], M)).toThrow(RangeError)
  })

  it('never goes below zero and treats a negative margin as none', () => {
    expect(windowsToQueries([{ startedAt: 1000, endedAt: 2000 }], 5000, { unit: 'ms' })[0]).toMatchObject({ fromMs: 0, toMs: 7000 })
    expect(windowsToQueries([{ startedAt: 1000, endedAt: 2000 }], -5, { unit: 'ms' })[0]).toMatchObject({ fromMs: 1000, toMs: 2000 })
    expect(windowsToQueries([], M)).toEqual([])
  })
})
