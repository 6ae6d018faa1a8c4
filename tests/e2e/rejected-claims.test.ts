// Issue 14: the Transfer page shows the rejected deliveries that claim its transfer from the
// core's indexed lookup — here one forged attempt followed by 250 newer rejected ones, which
// pushed it out of "the newest 200 rejected deliveries" the page used to search in the browser.
import { createHmac, randomUUID } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TransferDetail } from '../../src/shared/contract'
import { api, openConsole, WEBHOOK_SECRET, type Headless } from './console-helpers'

describe('rejected deliveries on the Transfer page (Chromium)', () => {
  let h: Headless
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;({ h, browser, page } = await openConsole('ledger', errors, 'rejected-claims'))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await h?.stop()
  })

  const post = (body: string, signature: string | null) =>
    fetch(h.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'x-mesh-signature-256': signature } : {}) }, body })

  it('shows an old forged attempt with the event it names, marked unverified', async () => {
    const transferId = `tr-claims-${randomUUID().slice(0, 8)}`
    const eventId = randomUUID()
    const body = (id: string) =>
      JSON.stringify({ EventId: eventId, Id: id, SentTimestamp: Math.floor(Date.now() / 1000), Timestamp: Date.now(), TransferId: transferId, TransferStatus: 'Pending' })
    // The forged copy first (a wrong key), then the real one.
    expect((await post(body('forged'), createHmac('sha256', 'not-our-secret').update(body('forged')).digest('base64'))).status).toBe(401)
    const real = body('real')
    expect((await post(real, createHmac('sha256', WEBHOOK_SECRET).update(real).digest('base64'))).status).toBe(200)
    // 250 newer rejected deliveries about nothing in particular.
    for (let i = 0; i < 250; i += 25) {
      const codes = await Promise.all(Array.from({ length: 25 }, (_, j) => post(`{"n":${i + j}}`, null).then((r) => r.status)))
      expect(codes.every((c) => c === 401)).toBe(true)
    }
    const newest = await api<{ items: { id: number }[] }>(h, 'deliveries.list', { rejected: true, limit: 200 })
    const detail = await api<TransferDetail>(h, 'ledger.get', { transferId })
    expect(detail.rejected).toHaveLength(1)
    expect(newest.items.some((d) => d.id === detail.rejected[0]!.id)).toBe(false)

    await page.goto(`${h.consoleUrl}#/transfer/${encodeURIComponent(transferId)}`)
    const attempts = page.getByRole('table', { name: 'Delivery attempts' })
    await attempts.first().waitFor({ timeout: 10_000 })
    await expect.poll(() => attempts.getByText('unverified', { exact: true }).count(), { timeout: 10_000 }).toBe(1)
    const text = await attempts.first().innerText()
    expect(text).toMatch(/Signature does not match our webhook secret: rejected with 401/)
    expect(text).toMatch(/First delivery: stored and applied/)
    expect(errors).toEqual([])
  }, 60_000)
})
