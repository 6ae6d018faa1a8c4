// Limits: SDK payloads too deep or too large are refused with 400 (never a 500), access tokens
// are redacted at any depth, and slow senders on the webhook port are cut off within 15 s.
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redactTokens, sdkPayloadProblem, SDK_PAYLOAD_LIMITS } from '../../src/main/core/sales/service'
import { createHealthProbe } from '../../src/main/core/webhooks/receiver'
import type { SaleStarted, SaleView } from '../../src/shared/contract'
import { queryLedger } from '../helpers/sql'
import { apiCall, ready, removeDir, serve, tempDir, type Serve } from './helpers'

const TOKEN = 'limits-hardening-token-0123456789'

/** `{"a":{"a":…{"leaf"}…}}` as JSON text: built as a string, so no recursion on our side either. */
function nestedJson(depth: number, leaf: string): string {
  return '{"a":'.repeat(depth) + leaf + '}'.repeat(depth)
}

describe('SDK payload limits and token redaction (real process)', () => {
  const dir = tempDir('countertop-limits-')
  let s: Serve
  let base: string
  beforeAll(async () => {
    s = serve(['--data', dir, '--port', '0', '--webhook-port', '0'], { COUNTERTOP_TOKEN: TOKEN, MESH_WEBHOOK_SECRET: 'whsec-limits' })
    base = new URL((await ready(s)).console!).origin
  })
  afterAll(async () => {
    await s?.kill()
    removeDir(dir)
  })

  async function sale(): Promise<string> {
    const r = await apiCall<SaleStarted>(base, TOKEN, 'sales.start', { amount: '2.50', asset: 'USDC' })
    if (!r.body.ok) throw new Error(r.body.error.message)
    return r.body.value.sessionId
  }
  const record = (sessionId: string, payloadJson: string) => apiCall<SaleView>(base, TOKEN, 'sales.recordSdkEvent', `{"sessionId":"${sessionId}","type":"integrationConnected","payload":${payloadJson}}`)

  it('answers 400 INVALID_ARGUMENT, never 500, to payloads nested 20,000 levels deep or larger than the limit', async () => {
    const sessionId = await sale()
    const cases: [string, string][] = [
      ['objects 20,000 deep', nestedJson(20_000, '1')],
      ['arrays 20,000 deep', '['.repeat(20_000) + ']'.repeat(20_000)],
      [`objects ${SDK_PAYLOAD_LIMITS.maxDepth + 1} deep`, nestedJson(SDK_PAYLOAD_LIMITS.maxDepth + 1, '1')],
      ['200 KiB of text', JSON.stringify({ note: 'x'.repeat(200 * 1024) })],
      ['50,000 small keys', JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])))]
    ]
    for (const [what, payload] of cases) {
      const r = await record(sessionId, payload)
      expect(r.status, what).toBe(400)
      expect(r.body, what).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
    // Nothing of them was stored, and the sale still works.
    expect(queryLedger(dir, 'SELECT COUNT(*) AS n FROM sdk_events WHERE session_id = ?', sessionId)).toEqual([{ n: 0 }])
    const fine = await record(sessionId, nestedJson(SDK_PAYLOAD_LIMITS.maxDepth - 1, '"ok"'))
    expect(fine.status).toBe(200)
  })

  it('stores an accessToken redacted however deep it is (the old walk stopped at 12 levels)', async () => {
    const sessionId = await sale()
    const secret = 'secret-access-token-value-7f3a'
    const deep = nestedJson(SDK_PAYLOAD_LIMITS.maxDepth - 4, JSON.stringify({ accessToken: secret, refreshToken: `${secret}-r`, list: [{ tokenId: `${secret}-id` }] }))
    const r = await record(sessionId, deep)
    expect(r.status).toBe(200)
    const rows = queryLedger<{ payload: string }>(dir, 'SELECT payload FROM sdk_events WHERE session_id = ?', sessionId)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.payload).not.toContain(secret)
    expect(rows[0]!.payload).toContain('"accessToken":"[stored]"')
    expect(JSON.stringify(r.body)).not.toContain(secret)
  })
})

describe('payload checks as pure functions', () => {
  it('walks any depth without recursion', () => {
    let deep: unknown = { accessToken: 'tok' }
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(sdkPayloadProblem(deep)).toMatch(/deeper than 32 levels/)
    const redacted = redactTokens(deep)
    let cur = redacted as unknown[]
    for (let i = 0; i < 100_000; i++) cur = cur[0] as unknown[]
    expect(cur).toEqual({ accessToken: '[stored]' })
  })

  it('refuses what is not JSON data', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(sdkPayloadProblem(cyclic)).toMatch(/refers to itself/)
    expect(sdkPayloadProblem({ at: new Date() })).toMatch(/plain JSON/)
    expect(sdkPayloadProblem({ n: 10n })).toMatch(/plain JSON/)
    expect(sdkPayloadProblem({ transferId: 'tr-1', page: { name: 'done' } })).toBeNull()
    expect(sdkPayloadProblem(null)).toBeNull()
  })
})

describe('slow senders on the webhook port (real process)', () => {
  const dir = tempDir('countertop-slow-')
  let s: Serve
  let port: number
  beforeAll(async () => {
    s = serve(['--data', dir, '--port', '0', '--webhook-port', '0'], { COUNTERTOP_TOKEN: TOKEN, MESH_WEBHOOK_SECRET: 'whsec-slow' })
    port = Number(new URL((await ready(s)).webhooks!).port)
  })
  afterAll(async () => {
    await s?.kill()
    removeDir(dir)
  })

  /** Opens a connection, writes `first`, then `drip` every 500 ms until the server closes it; resolves with when and what it answered. */
  function slowSender(first: string, drip: string | null): Promise<{ ms: number; answer: string }> {
    return new Promise((resolveP) => {
      const t0 = performance.now()
      const socket = net.connect({ host: '127.0.0.1', port })
      let answer = ''
      let timer: NodeJS.Timeout | undefined
      socket.on('connect', () => {
        if (first) socket.write(first)
        if (drip !== null) timer = setInterval(() => socket.writable && socket.write(drip), 500)
      })
      socket.on('data', (d: Buffer) => (answer += d.toString('latin1')))
      const done = () => {
        clearInterval(timer)
        resolveP({ ms: performance.now() - t0, answer })
      }
      socket.on('close', done)
      socket.on('error', () => {})
      // Never longer than the test allows: a sender still connected after 20 s fails it.
      setTimeout(() => socket.destroy(), 20_000).unref()
    })
  }

  it('cuts off senders that drip their headers, their body, or nothing at all, within 15 s', async () => {
    const t0 = performance.now()
    const results = await Promise.all([
      slowSender('POST /webhooks/mesh HTTP/1.1\r\nHost: x\r\n', 'X-Slow: a\r\n'),
      slowSender('POST /webhooks/mesh HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n', '['),
      slowSender('', null),
      slowSender('POST /webhooks/mesh', 'a')
    ])
    const names = ['headers dripped', 'body dripped', 'silent connection', 'request line dripped']
    results.forEach((r, i) => {
      expect(r.ms, `${names[i]}: cut after ${r.ms.toFixed(0)} ms`).toBeLessThan(15_000)
      for (const m of r.answer.matchAll(/HTTP\/1\.[01] (\d{3})/g)) expect(Number(m[1]), names[i]).toBeLessThan(500)
    })
    // Meanwhile the port served others.
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
    console.info(`[limits] slow senders cut off after: ${results.map((r, i) => `${names[i]} ${(r.ms / 1000).toFixed(1)} s${/HTTP\/1\.1 (\d+)/.exec(r.answer) ? ` (${/HTTP\/1\.1 (\d+)/.exec(r.answer)![1]})` : ''}`).join(', ')} — all within ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  }, 30_000)
})

describe('/healthz storage probe', () => {
  it('is cached for a second, shared by concurrent callers, and fails on a probe that rejects or hangs', async () => {
    let t = 0
    let calls = 0
    let fail: Error | null = null
    const probe = createHealthProbe(
      async () => {
        calls++
        if (fail) throw fail
      },
      () => t
    )
    await Promise.all([probe(), probe(), probe()])
    expect(calls).toBe(1)
    t += 999
    expect((await probe()).ok).toBe(true)
    expect(calls).toBe(1)
    fail = Object.assign(new Error("The ledger's writer thread stopped (exit 1)."), { code: 'STORE_UNAVAILABLE' })
    t += 2
    expect(await probe()).toEqual({ ok: false, reason: "The ledger's writer thread stopped (exit 1)." })
    const hung = createHealthProbe(() => new Promise(() => {}))
    const r = await hung()
    expect(r.ok).toBe(false)
    expect(r.reason).toMatch(/did not answer within/)
  })
})
