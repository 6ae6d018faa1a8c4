import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backoffDelay, buildLinkTokenBody, buildTransfersQuery, classifyResponse, readLinkToken } from '../../../src/main/core/mesh'

describe('buildLinkTokenBody', () => {
  it('keeps every documented field and drops undefined and unknown ones', () => {
    const body = buildLinkTokenBody({
      userId: 'u',
      restrictMultipleAccounts: undefined,
      integrationId: null,
      subClientId: '5a1e4c1c-0000-4000-8000-000000000000',
      verifyWalletOptions: { message: 'sign me', verificationMethods: ['signedMessage'] },
      transferOptions: {
        toAddresses: [{ networkId: 'n', symbol: 'USDC', address: 'a', addressTag: 'memo', amount: 1, displayAmountInFiat: 1, extra: 1 } as never],
        amountInFiat: 10,
        transactionId: 't',
        generatePayLink: true,
        fundingOptions: { enabled: true }
      },
      configurationId: 'not-in-the-schema'
    } as never)
    expect(body).toEqual({
      userId: 'u',
      integrationId: null,
      subClientId: '5a1e4c1c-0000-4000-8000-000000000000',
      verifyWalletOptions: { message: 'sign me', verificationMethods: ['signedMessage'] },
      transferOptions: {
        toAddresses: [{ networkId: 'n', symbol: 'USDC', address: 'a', addressTag: 'memo', amount: 1, displayAmountInFiat: 1 }],
        amountInFiat: 10,
        transactionId: 't',
        generatePayLink: true,
        fundingOptions: { enabled: true }
      }
    })
  })
})

describe('buildTransfersQuery', () => {
  it('uses PascalCase keys and repeats array filters', () => {
    const q = buildTransfersQuery({ id: 'i', userId: 'u', statuses: ['pending', 'succeeded'], integrationIds: ['x'], fromTimestamp: 1, toTimestamp: 2, hash: '0xab', orderBy: 'createdTimestamp' })
    expect(q.toString()).toBe('Id=i&UserId=u&FromTimestamp=1&ToTimestamp=2&OrderBy=createdTimestamp&Hash=0xab&Statuses=pending&Statuses=succeeded&IntegrationIds=x')
  })

  it('refuses a page size Mesh would reject', () => {
    expect(() => buildTransfersQuery({ count: 0 })).toThrow(RangeError)
    expect(() => buildTransfersQuery({ count: 101 })).toThrow(RangeError)
    expect(() => buildTransfersQuery({ offset: -1 })).toThrow(RangeError)
    expect(buildTransfersQuery({ count: 100 }).get('Count')).toBe('100')
  })
})

describe('backoffDelay', () => {
  it('grows exponentially, stays within [half, full] of the step, and respects the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (retry, random) => {
        const d = backoffDelay(retry, { baseMs: 300, maxMs: 8000, random })
        const step = Math.min(8000, 300 * 2 ** retry)
        return d >= Math.floor(step / 2) && d <= Math.ceil(step)
      })
    )
  })

  it('waits at least Retry-After, but never beyond the cap', () => {
    expect(backoffDelay(0, { baseMs: 300, maxMs: 8000, random: 0, retryAfterSeconds: 3 })).toBe(3000)
    expect(backoffDelay(0, { baseMs: 300, maxMs: 8000, random: 0, retryAfterSeconds: 60 })).toBe(8000)
  })
})

describe('classifyResponse', () => {
  const code = (status: number, body: unknown, json = true): string => {
    const r = classifyResponse(status, body, json)
    return r.ok ? 'ok' : r.error.code
  }

  it('maps HTTP codes and envelope statuses to actionable codes', () => {
    expect(code(200, { status: 'ok', content: {} })).toBe('ok')
    expect(code(401, null, false)).toBe('MESH_AUTH_FAILED')
    expect(code(403, {})).toBe('MESH_PERMISSION_DENIED')
    expect(code(404, {})).toBe('MESH_NOT_FOUND')
    expect(code(400, { status: 'badRequest', message: 'x' })).toBe('MESH_REQUEST_REJECTED')
    expect(code(409, { status: 'conflict' })).toBe('MESH_REQUEST_REJECTED')
    expect(code(429, null, false)).toBe('MESH_RATE_LIMITED')
    expect(code(400, { status: 'tooManyRequest' })).toBe('MESH_RATE_LIMITED')
    expect(code(200, { status: 'tooManyRequest' })).toBe('MESH_RATE_LIMITED')
    expect(code(500, null, false)).toBe('MESH_UNAVAILABLE')
    expect(code(503, {})).toBe('MESH_UNAVAILABLE')
    expect(code(200, { status: 'serverFailure' })).toBe('MESH_UNAVAILABLE')
    expect(code(200, null, false)).toBe('MESH_BAD_RESPONSE')
    expect(code(302, null, false)).toBe('MESH_BAD_RESPONSE')
  })

  it('marks only rate limits, outages and timeouts as retryable', () => {
    const retryable = (status: number, body: unknown): boolean => {
      const r = classifyResponse(status, body, true)
      return !r.ok && r.error.retryable
    }
    expect(retryable(429, {})).toBe(true)
    expect(retryable(502, {})).toBe(true)
    expect(retryable(400, {})).toBe(false)
    expect(retryable(401, {})).toBe(false)
    expect(retryable(403, {})).toBe(false)
    expect(retryable(404, {})).toBe(false)
  })

  it('carries Mesh’s words', () => {
    const r = classifyResponse(400, { status: 'badRequest', message: 'UserId is required', displayMessage: 'Something went wrong', errorType: 'missingField' }, true)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatchObject({ meshMessage: 'UserId is required', displayMessage: 'Something went wrong', errorType: 'missingField', meshStatus: 'badRequest' })
  })
})

describe('readLinkToken', () => {
  it('prefers content and falls back to the top level', () => {
    expect(readLinkToken({ content: { linkToken: 'a', paymentLink: null }, linkToken: 'b' })).toEqual({ linkToken: 'a', paymentLink: null })
    expect(readLinkToken({ content: null, linkToken: 'b', paymentLink: 'p' })).toEqual({ linkToken: 'b', paymentLink: 'p' })
    expect(readLinkToken(null)).toEqual({ linkToken: null, paymentLink: null })
  })
})
