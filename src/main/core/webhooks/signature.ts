import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'x-mesh-signature-256'

/** base64(HMAC-SHA256(utf8(secret), rawBody)) — what Mesh puts in X-Mesh-Signature-256. */
export function signBody(secret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(rawBody).digest('base64')
}

export type SignatureVerdict = 'valid' | 'missing' | 'invalid'

/**
 * Checks the header against the raw bytes in constant time, before anything is parsed.
 * Gap decision (reference §7.3): an optional `sha256=` prefix is tolerated, surrounding
 * whitespace is trimmed; a repeated header (which Node joins with ", ") does not match.
 */
export function verifySignature(secret: string, rawBody: Buffer, header: string | string[] | undefined): SignatureVerdict {
  if (header === undefined) return 'missing'
  if (Array.isArray(header)) return 'invalid'
  let given = header.trim()
  if (given === '') return 'missing'
  if (given.toLowerCase().startsWith('sha256=')) given = given.slice(7)
  const expected = Buffer.from(signBody(secret, rawBody), 'utf8')
  const actual = Buffer.from(given, 'utf8')
  if (actual.length !== expected.length) {
    // Still spend the same work so length is the only thing a timing attacker learns.
    timingSafeEqual(expected, expected)
    return 'invalid'
  }
  return timingSafeEqual(expected, actual) ? 'valid' : 'invalid'
}
