// The Health screen end to end: self-test, reconciliation of dropped webhooks (provenance
// "poll" in the transfer timeline), tunnel errors a person can act on, and the Health strip
// following the tunnel live.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted, TunnelView } from '../../src/shared/contract'
import { api, emulatorFetch, openConsole, SCREENS, type Headless } from './console-helpers'

describe('health screen (headless sandbox, Chromium)', () => {
  let h: Headless
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;({ h, browser, page } = await openConsole('health', errors, 'health'))
  }, 60_000)
  afterEach(async () => {
    // No test leaves a tunnel behind for the next one.
    await api<TunnelView>(h, 'tunnel.stop')
    expect(errors).toEqual([])
  })
  afterAll(async () => {
    await browser?.close()
    await h?.stop()
  })

  const nav = (name: 'Counter' | 'Health') => page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click()
  const stripTunnel = () => page.getByRole('region', { name: 'Health' }).getByTestId('health-tunnel')

  it('runs the self-test against the receiver and shows the round trip', async () => {
    await nav('Health')
    await page.getByRole('button', { name: 'Run self-test' }).click()
    const result = page.getByRole('status', { name: 'Self-test result' })
    await expect.poll(() => result.textContent()).toMatch(/answered 200 in [\d.]+ ms/)
  })

  it('reconciles a sale whose webhooks were dropped, and shows where the status came from', async () => {
    await nav('Health')
    const sale = await api<SaleStarted>(h, 'sales.start', { amount: '4.20', asset: 'USDC' })
    const res = await emulatorFetch(h, '/_emulator/transfers', { transactionId: sale.transactionId, amountInFiat: 4.2, outcome: 'succeeded', faults: { dropWebhooks: true } })
    const { transferId } = (await res.json()) as { transferId: string }
    // Mesh (the emulator) settles it on its own a moment later; no webhook tells us.
    await expect
      .poll(async () => {
        const list = (await (await emulatorFetch(h, '/_emulator/transfers')).json()) as { items: { transfer: { id: string; status: string } }[] }
        return list.items.find((t) => t.transfer.id === transferId)?.transfer.status
      }, { timeout: 10_000 })
      .toBe('succeeded')
    await page.getByRole('button', { name: 'Reconcile now' }).click()
    // New to the ledger: the sweep of Mesh's list imports it.
    await expect.poll(() => page.getByRole('status', { name: 'Reconcile result' }).textContent()).toMatch(/[1-9]\d* imported/)
    await page.screenshot({ path: join(SCREENS, 'health.png'), fullPage: true })
    await page.goto(`${h.consoleUrl}#/transfer/${transferId}`)
    await expect.poll(() => page.getByText('Polled from Mesh').count()).toBeGreaterThan(0)
    expect(await page.getByText('via poll').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(SCREENS, 'transfer-poll.png'), fullPage: true })
  })

  it('explains a tunnel it cannot bring up', async () => {
    await nav('Health')
    await page.getByLabel('Provider').selectOption('manual')
    await page.getByLabel('Public URL').fill('http://not-https.example')
    await page.getByRole('button', { name: 'Start tunnel' }).click()
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/https/i)
  })

  it('updates the Health strip and the Health screen live when the tunnel starts and stops', async () => {
    await nav('Counter')
    await expect.poll(() => stripTunnel().getAttribute('data-state')).toBe('off')
    // Marks this page load: a reload would lose it.
    await page.evaluate(() => ((globalThis as unknown as { __sameLoad: boolean }).__sameLoad = true))
    const sameLoad = () => page.evaluate(() => (globalThis as unknown as { __sameLoad?: boolean }).__sameLoad === true)

    // Started through the API, not the page: only the live event can tell the page.
    await api<TunnelView>(h, 'tunnel.start', { provider: 'manual', publicUrl: 'https://countertop-e2e.example.invalid' })
    await expect.poll(() => stripTunnel().getAttribute('data-state'), { timeout: 10_000 }).toBe('error')
    expect(await stripTunnel().innerText()).toMatch(/Tunnel\s+down/)
    expect(await stripTunnel().getByRole('link').getAttribute('title')).toMatch(/countertop-e2e\.example\.invalid/)
    await api<TunnelView>(h, 'tunnel.stop')
    await expect.poll(() => stripTunnel().getAttribute('data-state'), { timeout: 10_000 }).toBe('off')
    expect(await stripTunnel().innerText()).toMatch(/Tunnel\s+off/)

    // The Health screen follows too (its tunnel badge and the reason).
    await nav('Health')
    const form = page.getByRole('form', { name: 'Tunnel' })
    await expect.poll(() => form.locator('.badge').innerText()).toBe('off')
    await api<TunnelView>(h, 'tunnel.start', { provider: 'manual', publicUrl: 'https://countertop-e2e.example.invalid' })
    await expect.poll(() => form.locator('.badge').innerText(), { timeout: 10_000 }).toBe('error')
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/countertop-e2e\.example\.invalid/)
    expect(await stripTunnel().getAttribute('data-state')).toBe('error')
    await page.screenshot({ path: join(SCREENS, 'health-tunnel-live.png'), fullPage: true })
    await api<TunnelView>(h, 'tunnel.stop')
    await expect.poll(() => form.locator('.badge').innerText(), { timeout: 10_000 }).toBe('off')
    await expect.poll(() => stripTunnel().getAttribute('data-state')).toBe('off')
    expect(await sameLoad()).toBe(true)
  })
})
