// Issue 15 in Chromium: a sale paid by a different amount ($0.01 against $250.00) is flagged
// "Amount mismatch" on the counter and never shown as plain paid; a delivery's flags (here a
// Succeeded given twice a status and no TxHash) show as badges with their explanation in the
// Inspector's delivery detail and on the Transfer page's delivery attempts.
import { createHmac, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IngestResult } from '../../src/main/core/webhooks/ingest'
import type { SaleStarted, SaleView } from '../../src/shared/contract'
import { api, emulatorFetch, openConsole, SCREENS, WEBHOOK_SECRET, type Headless } from './console-helpers'

describe('amount mismatch and delivery flags in the console (Chromium)', () => {
  let h: Headless
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;({ h, browser, page } = await openConsole('counter', errors, 'flags'))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await h?.stop()
  })

  it('shows a $0.01 payment of a $250.00 sale as an amount mismatch, not as paid', async () => {
    const started = await api<SaleStarted>(h, 'sales.start', { amount: '250.00', asset: 'USDC' })
    const res = await emulatorFetch(h, '/_emulator/transfers', { transactionId: started.transactionId, amountInFiat: 0.01, outcome: 'succeeded' })
    expect(res.ok).toBe(true)
    await expect.poll(async () => (await api<SaleView>(h, 'sales.get', { sessionId: started.sessionId })).state, { timeout: 15_000, interval: 100 }).toBe('succeeded')
    await page.reload()
    const shift = page.getByRole('table', { name: 'Sales this shift' })
    await expect.poll(() => shift.getByText('Amount mismatch', { exact: true }).count(), { timeout: 10_000 }).toBe(1)
    await shift.getByRole('button', { name: /^Show sale of / }).first().click()
    const panel = page.getByRole('region', { name: 'Sale' })
    await expect.poll(() => panel.getAttribute('data-session'), { timeout: 5_000 }).toBe(started.sessionId)
    expect(await panel.getAttribute('data-state')).toBe('succeeded')
    const label = (await panel.getByTestId('sale-state').textContent())!.trim()
    expect(label).toBe('Amount mismatch')
    expect(label).not.toContain('✓')
    expect(await panel.getAttribute('class')).toContain('tone-warning')
    expect(await panel.getByTestId('amount-mismatch').textContent()).toMatch(/Mesh reports 0\.01 USDC \(DestinationAmount\) for a sale that charged \$250\.00/)
    // not counted as paid in the shift's summary
    expect(await page.getByRole('region', { name: 'This shift' }).getByRole('status').textContent()).toMatch(/paid 0 · amount mismatch 1$/)
    await page.screenshot({ path: join(SCREENS, 'amount-mismatch.png'), fullPage: true })
    expect(errors).toEqual([])
  })

  it('shows a delivery’s flags with their explanation in the Inspector and on the Transfer page', async () => {
    const transferId = `tr-flags-${randomUUID().slice(0, 8)}`
    const send = async (body: string): Promise<IngestResult> => {
      const r = await fetch(h.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mesh-signature-256': createHmac('sha256', WEBHOOK_SECRET).update(body).digest('base64') },
        body
      })
      expect(r.status).toBe(200)
      return (await r.json()) as IngestResult
    }
    const fields = (eventId: string, status: string) =>
      `"EventId":"${eventId}","Id":"${randomUUID()}","SentTimestamp":${Math.floor(Date.now() / 1000)},"Timestamp":${Date.now()},"TransferId":"${transferId}","TransferStatus":"${status}","Token":"USDC","DestinationAmount":5`
    // a Pending (so the transfer exists), then a Succeeded with no TxHash (applied, flagged),
    // then one whose status is given twice (recorded, not applied, flagged)
    await send(`{${fields(randomUUID(), 'Pending')}}`)
    await send(`{${fields(randomUUID(), 'Succeeded')}}`)
    await send(`{${fields(randomUUID(), 'Failed')},"TransferStatus":"Succeeded","TxHash":"0xf1a9"}`)
    const rows = (await api<{ items: { id: number; flags: string[] }[] }>(h, 'deliveries.list', { limit: 3 })).items
    expect(rows.map((d) => d.flags)).toEqual([['ambiguous'], ['no_tx_hash'], []])

    await page.goto(`${h.consoleUrl}#/inspector`)
    await page.getByRole('button', { name: new RegExp(`^Open delivery #${rows[0]!.id} `) }).click()
    const detail = page.getByRole('region', { name: `Delivery #${rows[0]!.id}` })
    const flags = detail.getByRole('list', { name: 'Flags' })
    await flags.waitFor({ timeout: 10_000 })
    expect(await flags.getByRole('listitem').count()).toBe(1)
    expect(await flags.textContent()).toMatch(/^ambiguous .*recorded but not applied/)
    await page.getByRole('button', { name: new RegExp(`^Open delivery #${rows[1]!.id} `) }).click()
    const detail2 = page.getByRole('region', { name: `Delivery #${rows[1]!.id}` })
    await expect.poll(async () => detail2.getByRole('list', { name: 'Flags' }).textContent(), { timeout: 10_000 }).toMatch(/^no tx hash Succeeded without a TxHash: applied/)
    await page.screenshot({ path: join(SCREENS, 'inspector-flags.png'), fullPage: true })

    await page.goto(`${h.consoleUrl}#/transfer/${encodeURIComponent(transferId)}`)
    const attempts = page.getByRole('table', { name: 'Delivery attempts' })
    await attempts.first().waitFor({ timeout: 10_000 })
    await expect.poll(() => page.getByRole('table', { name: 'Delivery attempts' }).getByRole('list', { name: 'Flags' }).allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^no tx hash Succeeded without a TxHash$/), expect.stringMatching(/^ambiguous a field given twice: recorded, not applied$/)])
    )
    await page.screenshot({ path: join(SCREENS, 'transfer-flags.png'), fullPage: true })
    expect(errors).toEqual([])
  })
})
