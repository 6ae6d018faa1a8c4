// The emulator's Link page under the REAL Web Link SDK in Chromium: Escape closes Link from
// inside the frame (onExit fires), the amount is shown as Mesh shows it (USD, whatever
// displayFiatCurrency asks for), and a scenario chosen on the page is honoured by the server.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMeshEmulator, type MeshEmulator } from '../../src/main/emulator'
import { HAS_CHROMIUM, startSdkHarness, type SdkHarness } from './sdk-harness'

const ETH = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'
const MERCHANT = '0x000000000000000000000000000000000000cafe'

describe.skipIf(!HAS_CHROMIUM)('the Link page with the real SDK', () => {
  let emu: MeshEmulator
  let sdk: SdkHarness
  let origin = ''
  const pages: Page[] = []

  beforeAll(async () => {
    emu = await startMeshEmulator({ webhookSecret: 'whsec', settleDelayMs: 50 })
    origin = new URL(emu.url).origin
    sdk = await startSdkHarness()
  })

  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => {})
    await sdk?.close()
    await emu?.close()
    expect(sdk.outside).toEqual([])
  })

  async function token(transactionId: string, amountInFiat = 12.5): Promise<string> {
    const r = await fetch(`${emu.url}/api/v1/linktoken`, {
      method: 'POST',
      headers: { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'till-keys', transferOptions: { toAddresses: [{ networkId: ETH, symbol: 'USDC', address: MERCHANT }], amountInFiat, transactionId, transferType: 'payment' } })
    })
    return ((await r.json()) as { content: { linkToken: string } }).content.linkToken
  }

  async function page(): Promise<Page> {
    const p = await sdk.openPage(origin)
    pages.push(p)
    return p
  }

  it('closes Link when Escape is pressed inside it: the SDK gets `close` and calls onExit, the popup goes', async () => {
    const p = await page()
    const frame = await sdk.openLink(p, await token('esc-1'))
    await frame.getByRole('button', { name: 'Binance', exact: true }).click()
    // Focus stays inside Link, on the new page's first field; a plain key press goes there.
    const username = frame.getByLabel('Username')
    await expect.poll(() => username.evaluate((el: { ownerDocument: { activeElement: unknown } }) => el === el.ownerDocument.activeElement)).toBe(true)
    await p.keyboard.press('Escape')
    const calls = await sdk.exited(p)
    expect(calls.raw.filter((m) => m.type === 'close' || m.type === 'done')).toEqual([{ type: 'close', payload: expect.objectContaining({ page: 'signInPage' }) }])
    expect(calls.exits).toEqual([{ error: null, summary: expect.objectContaining({ page: 'signInPage', selectedIntegration: expect.objectContaining({ name: 'Binance' }) }) }])
    await expect.poll(() => p.locator('#mesh-link-popup').count()).toBe(0)
    expect(emu.listTransfers().filter((t) => t.clientTransactionId === 'esc-1')).toEqual([])
  })

  it('lets the first Escape close the open terms panel, and the second close Link', async () => {
    const p = await page()
    const frame = await sdk.openLink(p, await token('esc-2'))
    await frame.getByRole('button', { name: 'Terms', exact: true }).click()
    const closeTerms = frame.getByRole('button', { name: 'Close terms', exact: true })
    await expect.poll(() => closeTerms.evaluate((b: { ownerDocument: { activeElement: unknown } }) => b === b.ownerDocument.activeElement)).toBe(true)
    await closeTerms.press('Escape')
    await expect.poll(() => frame.locator('#terms-panel').isHidden()).toBe(true)
    expect((await sdk.calls(p)).exits).toEqual([])
    await frame.getByRole('button', { name: 'Coinbase', exact: true }).press('Escape')
    const calls = await sdk.exited(p)
    expect(calls.exits).toEqual([{ error: null, summary: expect.objectContaining({ page: 'catalogPage' }) }])
    expect(calls.events.map((e) => e.type)).toEqual(['pageLoaded', 'legalTermsViewed'])
  })

  it('shows amountInFiat in US dollars, and says Mesh charges in USD when the SDK asks for another currency', async () => {
    const eur = await page()
    const f1 = await sdk.openLink(eur, await token('fiat-1', 12.5), { displayFiatCurrency: 'EUR' })
    const catalog = f1.locator('section[data-page="catalogPage"]')
    await expect.poll(() => catalog.locator('.amount').innerText()).toBe('$12.50 USD')
    expect(await catalog.locator('.note').innerText()).toBe('Mesh charges in USD. The amount is shown in USD, not EUR: the emulator has no exchange rates.')
    expect(await f1.locator('body').evaluate(() => new URLSearchParams((globalThis as unknown as { location: { search: string } }).location.search).get('fiatCur'))).toBe('EUR')

    const usd = await page()
    const f2 = await sdk.openLink(usd, await token('fiat-2', 1234.5), { displayFiatCurrency: 'USD' })
    const c2 = f2.locator('section[data-page="catalogPage"]')
    await expect.poll(() => c2.locator('.amount').innerText()).toBe('$1,234.50 USD')
    expect(await c2.locator('.note').count()).toBe(0)
  })

  it('runs a scenario picked on the page, and refuses to change it once an exchange was chosen', async () => {
    const p = await page()
    const frame = await sdk.openLink(p, await token('pick-1'))
    await frame.getByLabel('Emulator scenario').selectOption('longPending')
    await frame.getByRole('button', { name: 'Coinbase', exact: true }).click()
    // The picker is gone once the flow started, and the server refuses a late change.
    await expect.poll(() => frame.locator('#scenario-bar').isHidden()).toBe(true)
    const session = await frame.locator('body').evaluate(() => (globalThis as unknown as { location: { pathname: string } }).location.pathname.split('/')[2])
    const late = await fetch(`${emu.url}/link/${session}/scenario`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'standard' }) })
    expect(late.status).toBe(409)
    await frame.getByRole('button', { name: 'Sign in', exact: true }).click()
    await frame.getByRole('button', { name: 'Approve', exact: true }).click()
    await sdk.exited(p)
    const t = emu.listTransfers().find((x) => x.clientTransactionId === 'pick-1')!
    // longPending: three hours of emulator time before it settles.
    expect(t.status).toBe('pending')
    expect(emu.clock().nextDueInMs).toBeGreaterThan(3 * 3600_000 - 60_000)
  })
})
