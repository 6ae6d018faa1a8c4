// The Health screen end to end: self-test, reconciliation of dropped webhooks (provenance
// "poll" in the transfer timeline), tunnel errors a person can act on.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted } from '../../src/shared/contract'
import { api, openConsole, SCREENS, type Headless } from './console-helpers'

describe('health screen (headless sandbox, Chromium)', () => {
  let h: Headless
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;({ h, browser, page } = await openConsole('health', errors, 'health'))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await h?.stop()
  })

  it('runs the self-test against the receiver and shows the round trip', async () => {
    await page.getByRole('button', { name: 'Run self-test' }).click()
    const result = page.getByRole('status', { name: 'Self-test result' })
    await expect.poll(() => result.textContent()).toMatch(/answered 200 in [\d.]+ ms/)
  })

  it('reconciles a sale whose webhooks were dropped, and shows where the status came from', async () => {
    const sale = await api<SaleStarted>(h, 'sales.start', { amount: '4.20', asset: 'USDC' })
    const res = await fetch(`${h.emulatorUrl}/_emulator/transfers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transactionId: sale.transactionId, amountInFiat: 4.2, outcome: 'succeeded', faults: { dropWebhooks: true } })
    })
    const { transferId } = (await res.json()) as { transferId: string }
    await new Promise((r) => setTimeout(r, 2_000)) // the emulator settles it after 1.5 s
    await page.getByRole('button', { name: 'Reconcile now' }).click()
    await expect.poll(() => page.getByRole('status', { name: 'Reconcile result' }).textContent()).toMatch(/[1-9]\d* updated/)
    await page.screenshot({ path: join(SCREENS, 'health.png'), fullPage: true })
    await page.goto(`${h.consoleUrl}#/transfer/${transferId}`)
    await expect.poll(() => page.getByText('Polled from Mesh').count()).toBeGreaterThan(0)
    expect(await page.getByText('via poll').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(SCREENS, 'transfer-poll.png'), fullPage: true })
  })

  it('explains a tunnel it cannot bring up', async () => {
    await page.goto(`${h.consoleUrl}#/health`)
    await page.getByLabel('Provider').selectOption('manual')
    await page.getByLabel('Public URL').fill('http://not-https.example')
    await page.getByRole('button', { name: 'Start tunnel' }).click()
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/https/i)
    expect(errors).toEqual([])
  })
})
