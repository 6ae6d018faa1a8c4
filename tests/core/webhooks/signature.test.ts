import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signBody, verifySignature } from '../../../src/main/core/webhooks/signature'

const secret = 'whsec_test_5a1b'
/** Mesh's scheme written out, so verifySignature is checked against it rather than against signBody. */
const mac = (key: string, raw: Buffer): string => createHmac('sha256', key).update(raw).digest('base64')
const body = Buffer.from('{"EventId":"e-1","TransferStatus":"Pending"}')

describe('verifySignature', () => {
  it('accepts base64(HMAC-SHA256(secret, raw body)), and signs the same way', () => {
    const header = mac(secret, body)
    expect(signBody(secret, body)).toBe(header)
    expect(signBody(secret, body.toString('utf8'))).toBe(header)
    expect(verifySignature(secret, body, header)).toBe('valid')
  })

  it('rejects a signature made with another secret', () => {
    expect(verifySignature(secret, body, mac('other-secret', body))).toBe('invalid')
  })

  it('reports a missing or empty header as missing', () => {
    expect(verifySignature(secret, body, undefined)).toBe('missing')
    expect(verifySignature(secret, body, '   ')).toBe('missing')
  })

  it('rejects garbage and signatures of a different length', () => {
    expect(verifySignature(secret, body, 'not-a-signature')).toBe('invalid')
    expect(verifySignature(secret, body, mac(secret, body).slice(0, -2))).toBe('invalid')
    expect(verifySignature(secret, body, createHmac('sha256', secret).update(body).digest('hex'))).toBe('invalid')
  })

  it('fails when the body is re-serialised (whitespace or key order changed)', () => {
    const header = mac(secret, body)
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 1))
    expect(verifySignature(secret, reserialised, header)).toBe('invalid')
    const reordered = Buffer.from('{"TransferStatus":"Pending","EventId":"e-1"}')
    expect(verifySignature(secret, reordered, header)).toBe('invalid')
  })

  it('fails when a single trailing byte is added', () => {
    const header = mac(secret, body)
    expect(verifySignature(secret, Buffer.concat([body, Buffer.from('\n')]), header)).toBe('invalid')
  })

  it('tolerates a sha256= prefix and surrounding whitespace', () => {
    expect(verifySignature(secret, body, `sha256=${mac(secret, body)}`)).toBe('valid')
    expect(verifySignature(secret, body, ` ${mac(secret, body)} `)).toBe('valid')
  })

  it('rejects a repeated header', () => {
    const s = mac(secret, body)
    expect(verifySignature(secret, body, [s, s])).toBe('invalid')
    expect(verifySignature(secret, body, `${s}, ${s}`)).toBe('invalid')
  })
})
