// Settings and the audit log end to end: headless mode in sandbox, Debian's Chromium. Two
// servers: a newcomer's (no manager PIN yet) and one whose PIN is set before the tests; each
// test makes the data it checks.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntryView, SaleStarted, SettingsView } from '../../src/shared/contract'
import { api, openConsole, SCREENS, type Headless } from './console-helpers'

const PIN = '2468'
const address = (byte: string) => '0x' + byte.repeat(20)

/** The id of the element that has focus (the Node typings have no DOM). */
const focusedId = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '')

/** Opens Settings again (a route change reloads them), without reloading the page. */
async function reopenSettings(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Screens' })
  await nav.getByRole('link', { name: 'Counter', exact: true }).click()
  await nav.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByRole('form', { name: 'Settings' }).waitFor()
}

describe('settings of a newcomer: no manager PIN yet (headless sandbox, Chromium)', () => {
  let h: Headless
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;({ h, browser, page } = await openConsole('settings', errors, 'settings'))
  }, 60_000)
  afterEach(() => {
    expect(errors).toEqual([])
  })
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

  it('says next to Save that a PIN must be set first, and leads to setting it', async () => {
    const newAddress = address('cd')
    await page.getByLabel('Address 1').fill(newAddress)
    const save = page.getByRole('button', { name: 'Save settings' })
    const note = page.getByRole('status').filter({ hasText: 'Set a manager PIN first' })
    await note.waitFor()
    expect(await save.isDisabled()).toBe(true)
    // Save is described by the note, so a screen reader says why it is disabled.
    expect(await save.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'))
    // There is no PIN to type yet.
    expect(await page.getByLabel('Manager PIN', { exact: true }).isDisabled()).toBe(true)
    await page.screenshot({ path: join(SCREENS, 'settings-no-pin.png'), fullPage: true })

    await note.getByRole('button', { name: 'Set the PIN below' }).click()
    await expect.poll(() => focusedId(page)).toBe('pin-new')
    // The server refuses the change as well, and nothing changed.
    await expect(api(h, 'settings.update', { pin: '1234', changes: { payouts: [{ asset: 'USDC', network: 'Ethereum', address: newAddress }] } })).rejects.toThrow(/PIN_NOT_SET/)
    expect((await api<SettingsView>(h, 'settings.get')).payouts.map((p) => p.address)).not.toContain(newAddress)
  })

  it('sets a PIN without losing the change typed before, rejects a wrong PIN, and saves with the right one', async () => {
    const newAddress = address('ab')
    await page.getByLabel('Address 1').fill(newAddress)
    await page.getByLabel('New PIN').fill(PIN)
    await page.getByRole('button', { name: 'Set PIN' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Change PIN' }).isVisible()).toBe(true)
    // The change typed before is still there, and Save now only waits for the PIN.
    expect(await page.getByLabel('Address 1').inputValue()).toBe(newAddress)
    expect(await page.getByRole('status').filter({ hasText: 'Set a manager PIN first' }).count()).toBe(0)
    await page.getByLabel('Manager PIN', { exact: true }).fill('0000')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not right')
    expect((await api<SettingsView>(h, 'settings.get')).payouts[0]!.address).not.toBe(newAddress)
    await page.getByLabel('Manager PIN', { exact: true }).fill(PIN)
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0)
    const saved = await api<SettingsView>(h, 'settings.get')
    expect(saved.payouts[0]!.address).toBe(newAddress)
    // The next sale pays to the new address.
    const sale = await api<SaleStarted>(h, 'sales.start', { amount: '1.00', asset: saved.payouts[0]!.asset, network: saved.payouts[0]!.network })
    expect(sale.sale.destinationAddress).toBe(newAddress)
    await page.screenshot({ path: join(SCREENS, 'settings.png'), fullPage: true })
  })
})

describe('settings with a manager PIN (headless sandbox, Chromium)', () => {
  let h: Headless
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;({ h, browser, page } = await openConsole('counter', errors, 'settings-pin'))
    await api(h, 'settings.setPin', { newPin: PIN })
    await reopenSettings(page)
  }, 60_000)
  afterEach(() => {
    expect(errors).toEqual([])
  })
  afterAll(async () => {
    await browser?.close()
    await h?.stop()
  })

  it('keeps secrets out of the page: only "set" and the last 4 characters', async () => {
    await reopenSettings(page)
    await page.getByLabel('API key').fill('sk_sandbox_e2e_secret_value_7q2z')
    await page.getByLabel('Client ID').fill('client-e2e')
    await page.getByLabel('Manager PIN', { exact: true }).fill(PIN)
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByText('ends in …7q2z').count()).toBeGreaterThan(0)
    expect(await page.getByLabel('API key').inputValue()).toBe('')
    expect(await page.content()).not.toContain('e2e_secret_value')
  })

  it('lists every change and the rejected PIN in the audit log, never a secret', async () => {
    const auditAddress = address('ef')
    const current = await api<SettingsView>(h, 'settings.get')
    await expect(api(h, 'settings.update', { pin: '0000', changes: { meshClientId: 'nope' } })).rejects.toThrow(/PIN_INVALID/)
    await api(h, 'settings.update', { pin: PIN, changes: { payouts: [{ ...current.payouts[0]!, address: auditAddress }], meshApiKey: 'sk_sandbox_audit_secret_9x9x' } })
    const entries = await api<AuditEntryView[]>(h, 'audit.list', { limit: 500 })
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['pin.set', 'pin.rejected', 'settings.updated']))

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Audit log' }).click()
    const table = page.getByRole('table', { name: 'Audit entries' })
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(entries.length) // a header row, then one per entry
    const text = (await table.textContent()) ?? ''
    expect(text).toContain('pin.set')
    expect(text).toContain('pin.rejected')
    expect(text).toContain('settings.updated')
    expect(text).toContain(auditAddress)
    expect(text).toContain('meshApiKey')
    expect(text).not.toContain('audit_secret')
    await page.screenshot({ path: join(SCREENS, 'audit.png'), fullPage: true })
  })
})
