import { describe, expect, it } from 'vitest'
import { claimedTransferId } from '../../../src/main/core/webhooks/claims'

const b = (s: string) => Buffer.from(s)

describe('claimedTransferId', () => {
  it('reads the TransferId of a JSON body', () => {
    expect(claimedTransferId(b('{"EventId":"e","TransferId":"tr-1","TransferStatus":"Pending"}'))).toBe('tr-1')
  })

  it('reads it from a body cut mid-way (rejected bodies are kept to 4 KiB)', () => {
    expect(claimedTransferId(b('{"EventId":"e", "TransferId" : "tr-\\"q\\"", "Pad":"xxxxxx'))).toBe('tr-"q"')
  })

  it('gives null for no TransferId, a non-string one, an empty or over-long one, and non-JSON', () => {
    expect(claimedTransferId(b('{"EventId":"e"}'))).toBeNull()
    expect(claimedTransferId(b('{"TransferId":42}'))).toBeNull()
    expect(claimedTransferId(b('{"TransferId":""}'))).toBeNull()
    expect(claimedTransferId(b(`{"TransferId":"${'a'.repeat(201)}"}`))).toBeNull()
    expect(claimedTransferId(b('forged'))).toBeNull()
    expect(claimedTransferId(Buffer.alloc(0))).toBeNull()
  })

  it('does not throw on bytes that are not UTF-8', () => {
    expect(claimedTransferId(Buffer.from([0xff, 0xfe, 0x00, 0x22]))).toBeNull()
  })
})
