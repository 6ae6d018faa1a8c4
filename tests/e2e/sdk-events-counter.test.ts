// The counter against the SDK events a cashier meets beyond the happy path, in Chromium against
// headless mode (built-in Mesh emulator, the REAL @meshconnect/web-link-sdk), each produced by an
// emulator Link scenario (sandbox.setLinkScenario): a transfer the exchange declines ends the sale
// at once as "Declined by Coinbase" (not abandoned, no error banner) while Mesh's Failed webhook
// follows; an unavailable exchange is a hint and the sale keeps waiting until another one pays;
// a customer who sends by hand (Link's QR code) and closes Link has not abandoned the sale; an
// account only linked for later says so. Screenshots of the declined and hint states at
// 1280×800 and 1024×700, light and dark.
import { join } from 'node:path'
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleView } from '../../src/shared/contract'
import type { LinkScenario } from '../../src/shared/link-scenarios'
import { api, collectErrors, counterReady, emulatorDeliveries, launchChromium, SALE_RECORDER, saleStates, SCREENS, setEmulatorFaults, startHeadless, type Headless } from './console-helpers'

const OVERLAY_OPEN = `!!document.getElementById('mesh-link-popup')`
const NO_SIDEWAYS_SCROLL = `document.documentElement.scrollWidth <= window.innerWidth`
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
] as const

describe('the counter and the SDK events of Link scenarios (headless sandbox, Chromium, real Web Link SDK)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []
  /** Every sales.end the page asked for, by sessionId. */
  const ends: string[] = []

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: { ...SIZES[0] }, locale: 'en-US', colorScheme: 'light' })
    page = await context.newPage()
    collectErrors(page, errors, 'sdk-events-counter')
    page.on('request', (r) => {
      if (r.url().endsWith('/api/sales.end')) ends.push((JSON.parse(r.postData() ?? '{}') as { sessionId?: string }).sessionId ?? '')
    })
    await page.addInitScript(SALE_RECORDER)
    await page.goto(h.consoleUrl)
    await page.getByRole('button', { name: 'Charge' }).waitFor()
    await setEmulatorFaults(h, null)
  }, 60_000)

  afterEach(async () => {
    await api(h, 'sandbox.setLinkScenario', { scenario: null })
    if (await page.evaluate(OVERLAY_OPEN)) {
      await page.locator('#countertop-link-bar').focus()
      await page.keyboard.press('Escape')
      await expect.poll(() => page.evaluate(OVERLAY_OPEN)).toBe(false)
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ ...SIZES[0] })
    expect(errors).toEqual([])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const amount = (): Locator => page.getByLabel('Amount', { exact: true })
  const salePanel = (): Locator => page.getByRole('region', { name: 'Sale' })
  const bar = (): Locator => page.locator('#countertop-link-bar')
  const linkFrame = (): FrameLocator => page.frameLocator('#mesh-link-popup__iframe')
  const linkButton = (name: string) => linkFrame().getByRole('button', { name, exact: true })
  const saleOf = (sessionId: string) => api<SaleView>(h, 'sales.get', { sessionId })

  /** Picks the scenario for the next Link page, charges `typed`, and waits for `firstButton` inside Link. */
  async function charge(scenario: LinkScenario, typed: string, firstButton = 'Coinbase'): Promise<string> {
    await api(h, 'sandbox.setLinkScenario', { scenario })
    const before = await salePanel().getAttribute('data-session')
    await counterReady(page)
    await amount().fill(typed)
    await amount().press('Enter')
    await expect.poll(() => salePanel().getAttribute('data-session'), { timeout: 10_000 }).not.toBe(before)
    await linkButton(firstButton).waitFor({ timeout: 10_000 })
    return (await salePanel().getAttribute('data-session'))!
  }

  /** The screen at both sizes in both themes (the theme follows the system's: none is chosen in this context). */
  async function shoot(name: string): Promise<void> {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      for (const size of SIZES) {
        await page.setViewportSize({ ...size })
        expect(await page.evaluate(NO_SIDEWAYS_SCROLL)).toBe(true)
        await page.screenshot({ path: join(SCREENS, `sdk-events-${name}-${size.width}x${size.height}-${theme}.png`) })
      }
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ ...SIZES[0] })
  }

  it('ends a declined transfer at once as "Declined by Coinbase", not abandoned and not an error; Mesh’s Failed follows', async () => {
    const sessionId = await charge('transferDeclined', '12.50')
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    // Link still shows its own declined page: the counter already knows, on the overlay and behind it.
    await linkButton('See what happened').waitFor()
    await expect.poll(() => bar().getByTestId('link-state').innerText(), { timeout: 5_000 }).toBe('Declined by Coinbase')
    expect(await bar().innerText()).toContain('Ask the customer for another way to pay.')
    expect(await bar().getByRole('button', { name: 'Cancel sale' }).count()).toBe(0)
    expect(await salePanel().getAttribute('data-state')).toBe('failed')
    expect(await page.evaluate(OVERLAY_OPEN)).toBe(true)
    await shoot('declined-link-open')

    await linkButton('See what happened').click()
    await linkButton('Done').click()
    await expect.poll(() => page.evaluate(OVERLAY_OPEN), { timeout: 10_000 }).toBe(false)
    // Mesh (the emulator) delivers the Pending and Failed webhooks of the declined transfer.
    await expect.poll(async () => (await saleOf(sessionId)).transfer?.status ?? null, { timeout: 20_000, interval: 200 }).toBe('failed')
    // The decline's message is in Link's exit summary: the webhook can come before that callback.
    await expect.poll(async () => (await saleOf(sessionId)).declined?.message ?? null, { timeout: 10_000 }).toMatch(/Coinbase declined the transfer/)
    const sale = await saleOf(sessionId)
    expect(sale).toMatchObject({ state: 'failed', endReason: null, declined: { by: 'Coinbase', message: expect.stringMatching(/Coinbase declined the transfer/) } })
    expect((await emulatorDeliveries(h, sale.transferId!)).filter((a) => a.ok).map((a) => a.status)).toEqual(['Pending', 'Failed'])

    await expect.poll(() => salePanel().getByTestId('sale-state').innerText()).toBe('Declined by Coinbase')
    // The message reaches the page with the sale's next update, on the event stream.
    await expect.poll(() => salePanel().innerText(), { timeout: 10_000 }).toContain('Coinbase declined the transfer: it did not pass the exchange’s withdrawal review (emulated). Ask the customer for another way to pay.')
    const panel = await salePanel().innerText()
    expect(panel).not.toMatch(/Abandoned|Cancelled|Succeeded/)
    // No error banner anywhere: the decline is the sale's end, not a failure of the console.
    expect(await page.locator('[role="alert"]').count()).toBe(0)
    expect(await page.locator('#charge-error').count()).toBe(0)
    expect(await salePanel().getByRole('button', { name: 'Cancel sale' }).count()).toBe(0)
    // It never passed through abandoned or succeeded, and the counter never tried to end it.
    const seen = await saleStates(page, sessionId)
    expect(seen).not.toContain('abandoned')
    expect(seen).not.toContain('succeeded')
    expect(seen.at(-1)).toBe('failed')
    expect(ends).not.toContain(sessionId)
    // The shift list reads the same.
    expect(await page.getByRole('table', { name: 'Sales this shift' }).innerText()).toContain('Declined by Coinbase')
    await shoot('declined')
  }, 90_000)

  it('passes on an unavailable exchange as a hint while the sale keeps waiting, and another exchange then pays', async () => {
    const sessionId = await charge('connectionUnavailable', '7.00')
    await linkButton('Binance').click()
    await linkFrame().locator('#catalog-error').filter({ hasText: /Binance is under maintenance/ }).waitFor()
    const note = bar().getByTestId('link-note')
    await expect.poll(() => note.innerText(), { timeout: 5_000 }).toBe('!\nBinance is unavailable right now: ask the customer to pick another exchange.')
    expect(await note.getAttribute('data-kind')).toBe('hint')
    expect(await bar().getByTestId('link-state').innerText()).toBe('Waiting for customer')
    expect(await bar().getByRole('button', { name: 'Cancel sale' }).count()).toBe(1)
    expect(await salePanel().getAttribute('data-state')).toBe('waiting')
    expect((await saleOf(sessionId)).state).toBe('waiting')
    expect(await salePanel().getByTestId('cashier-note').innerText()).toContain('Binance is unavailable right now')
    await shoot('hint-link-open')

    await linkButton('Coinbase').click()
    // The hint gives way to what the customer does now.
    await expect.poll(() => note.getAttribute('data-kind')).toBe('progress')
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    await expect.poll(() => salePanel().getAttribute('data-state'), { timeout: 30_000, interval: 100 }).toBe('succeeded')
    expect(await saleStates(page, sessionId)).not.toContain('abandoned')
    expect(await salePanel().getByTestId('cashier-note').count()).toBe(0)
  }, 60_000)

  it('does not abandon a sale whose customer sends by hand (Link’s QR code) when Link closes', async () => {
    const sessionId = await charge('selfCustody', '5.00', 'Send it yourself (QR code)')
    await linkButton('Send it yourself (QR code)').click()
    await linkFrame().locator('#qr').waitFor()
    await expect.poll(() => bar().getByTestId('link-state').innerText(), { timeout: 5_000 }).toBe('Sending manually')
    expect(await bar().innerText()).toContain('Customer is sending USDC on Ethereum by hand')

    await linkButton('Close').click()
    await expect.poll(() => page.evaluate(OVERLAY_OPEN), { timeout: 10_000 }).toBe(false)
    // Link's exit is recorded, and the counter has seen it…
    await expect.poll(async () => (await saleOf(sessionId)).sdkEvents.map((e) => e.type).at(-1), { timeout: 10_000 }).toBe('exit')
    await expect.poll(() => salePanel().innerText()).toMatch(/Last Link event: exit/)
    // …and still waits for the webhook: not abandoned, not ended.
    expect(await salePanel().getAttribute('data-state')).toBe('waiting')
    expect(await salePanel().getByTestId('sale-state').innerText()).toBe('Sending manually')
    expect(await salePanel().innerText()).toContain('Not paid until Mesh confirms the transfer.')
    await shoot('manual')
    expect(await saleOf(sessionId)).toMatchObject({ state: 'waiting', endReason: null })
    expect(ends).not.toContain(sessionId)
    expect(await saleStates(page, sessionId)).toEqual(['waiting'])
    // The cashier can still cancel it if the customer gives up.
    await salePanel().getByRole('button', { name: 'Cancel sale' }).click()
    await expect.poll(async () => (await saleOf(sessionId)).state).toBe('cancelled')
  }, 60_000)

  it('says an account linked for later (delayed authentication) brings no payment, rather than a plain "Abandoned"', async () => {
    const sessionId = await charge('delayedAuth', '3.00', 'Robinhood')
    await linkButton('Robinhood').click()
    await linkButton('Sign in').click()
    await expect.poll(() => page.evaluate(OVERLAY_OPEN), { timeout: 10_000 }).toBe(false)
    await expect.poll(() => salePanel().getByTestId('sale-state').innerText(), { timeout: 10_000 }).toBe('Account linked, no payment')
    expect(await salePanel().innerText()).toContain('The customer linked their Robinhood account for later; no payment was made in this session. Start a new sale.')
    await expect.poll(async () => (await saleOf(sessionId)).state).toBe('abandoned')
  }, 60_000)
})
