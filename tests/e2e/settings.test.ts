// Settings and the audit log end to end: headless mode in sandbox, Debian's Chromium.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SaleStarted, SettingsView } from '../../src/shared/contract'
import { api, openConsole, SCREENS, type Headless } from './console-helpers'

const newAddress = '0x' + 'ab'.repeat(20)

describe('settings screen (headless sandbox, Chromium)', () => {
  let h: Headless
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;({ h, browser, page } = await openConsole('settings', errors, 'settings'))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await h?.stop()
  })

  it('shows the emulator settings of a newcomer, with no PIN yet', async () => {
    await expect.poll(() => page.getByLabel('Environment').inputValue()).toBe('emulator')
    await expect.poll(() => page.getByRole('button', { name: 'Set PIN' }).isVisible()).toBe(true)
    expect(await page.getByLabel('API key').inputValue()).toBe('')
    expect(await page.locator('#api-key-hint').textContent()).toBe('Not set.')
    // The webhook secret in use (from MESH_WEBHOOK_SECRET) shows as set, never its value.
    expect(await page.locator('#webhook-secret-hint').textContent()).toBe('Set (ends in …-e2e). Leave empty to keep it. Mesh shows it once, when you register the webhook URL.')
    expect(await page.content()).not.toContain('whsec-console-e2e')
  })

  it('refuses a payout change without a PIN set, and changes nothing', async () => {
    await page.getByLabel('Address 1').fill(newAddress)
    await page.getByLabel('Manager PIN', { exact: true }).fill('1234')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Set a manager PIN first')
    expect((await api<SettingsView>(h, 'settings.get')).payouts[0]!.address).not.toBe(newAddress)
  })

  it('sets a PIN, rejects a wrong one, and saves the payout address with the right one', async () => {
    await page.getByLabel('New PIN').fill('2468')
    await page.getByRole('button', { name: 'Set PIN' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Change PIN' }).isVisible()).toBe(true)
    // The PIN form reloaded the settings: type the change again.
    await page.getByLabel('Address 1').fill(newAddress)
    await page.getByLabel('Manager PIN', { exact: true }).fill('0000')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not right')
    expect((await api<SettingsView>(h, 'settings.get')).payouts[0]!.address).not.toBe(newAddress)
    await page.getByLabel('Manager PIN', { exact: true }).fill('2468')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0)
    const saved = await api<SettingsView>(h, 'settings.get')
    expect(saved.payouts[0]!.address).toBe(newAddress)
    // The next sale pays to the new address.
    const sale = await api<SaleStarted>(h, 'sales.start', { amount: '1.00', asset: saved.payouts[0]!.asset, network: saved.payouts[0]!.network })
    expect(sale.sale.destinationAddress).toBe(newAddress)
    await page.screenshot({ path: join(SCREENS, 'settings.png'), fullPage: true })
  })

  it('keeps secrets out of the page: only "set" and the last 4 characters', async () => {
    await page.getByLabel('API key').fill('sk_sandbox_e2e_secret_value_7q2z')
    await page.getByLabel('Client ID').fill('client-e2e')
    await page.getByLabel('Manager PIN', { exact: true }).fill('2468')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByText('ends in …7q2z').count()).toBeGreaterThan(0)
    expect(await page.getByLabel('API key').inputValue()).toBe('')
    expect(await page.content()).not.toContain('e2e_secret_value')
  })

  it('lists every change and the rejected PIN in the audit log', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click()
    const table = page.getByRole('table', { name: 'Audit entries' })
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThanOrEqual(5)
    const text = (await table.textContent()) ?? ''
    expect(text).toContain('pin.set')
    expect(text).toContain('pin.rejected')
    expect(text).toContain('settings.updated')
    expect(text).toContain(newAddress)
    expect(text).not.toContain('e2e_secret_value')
    await page.screenshot({ path: join(SCREENS, 'audit.png'), fullPage: true })
    expect(errors).toEqual([])
  })
})
