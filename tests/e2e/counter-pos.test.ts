// The Counter as a cashier uses it, in Chromium against headless mode (built-in Mesh emulator,
// the REAL @meshconnect/web-link-sdk): specific amount errors next to the field, Link's overlay
// as a real modal (focus trapped, the page behind inert, Escape closes it and focus comes back
// to Amount), and screenshots at two sizes in both themes. What needs the core's sale lifecycle
// (sales.end, currency rates, expiry) is in counter-pos-core.test.ts.
import { join } from 'node:path'
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleView } from '../../src/shared/contract'
import { api, collectErrors, counterReady, launchChromium, SCREENS, setEmulatorFaults, startHeadless, type Headless } from './console-helpers'

// In the page (the Node typings have no DOM): where focus is, and whether the overlay is up.
const ACTIVE_IN_OVERLAY = `(() => { const a = document.activeElement; return !!a && !!a.closest('#mesh-link-popup') })()`
const ACTIVE_ID = `(() => document.activeElement ? document.activeElement.id : '')()`
const OVERLAY_OPEN = `!!document.getElementById('mesh-link-popup')`
const NO_SIDEWAYS_SCROLL = `document.documentElement.scrollWidth <= window.innerWidth`

describe('the Counter as a point of sale (headless sandbox, Chromium, real Web Link SDK)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []
  /**
   * Until the core's sale lifecycle lands, sales.end is a placeholder that fails (HTTP 500): the
   * browser logs each such answer. Only then, and only those lines, are not counted as errors here
   * (these tests are about the page; counter-pos-core.test.ts checks what sales.end does).
   */
  let salesEndIsPlaceholder = false
  const pageErrors = () => (salesEndIsPlaceholder ? errors.filter((e) => !/status of 500 .*\/api\/sales\.end\)$/.test(e)) : errors)

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', colorScheme: 'light' })
    page = await context.newPage()
    collectErrors(page, errors, 'counter-pos')
    await page.goto(h.consoleUrl)
    await page.getByRole('button', { name: 'Charge' }).waitFor()
    const probe = await api<{ sessionId: string }>(h, 'sales.start', { amount: '0.01', asset: 'USDC' })
    salesEndIsPlaceholder = await api(h, 'sales.end', { sessionId: probe.sessionId, reason: 'cancelled' }).then(
      () => false,
      (e: Error) => /INTERNAL/.test(e.message)
    )
    if (salesEndIsPlaceholder) console.warn('counter-pos: sales.end is still the placeholder in this tree; its HTTP 500s are not counted as page errors.')
  }, 60_000)

  afterEach(async () => {
    // Each test opens its own Link; one that failed half-way must not leave it open for the next.
    if (await page.evaluate(OVERLAY_OPEN)) {
      await page.locator('#countertop-link-bar').focus()
      await page.keyboard.press('Escape')
      await expect.poll(() => page.evaluate(OVERLAY_OPEN)).toBe(false)
    }
    expect(pageErrors()).toEqual([])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const amount = (): Locator => page.getByLabel('Amount', { exact: true })
  const salePanel = (): Locator => page.getByRole('region', { name: 'Sale' })
  const linkFrame = (): FrameLocator => page.frameLocator('#mesh-link-popup__iframe')
  const linkButton = (name: string) => linkFrame().getByRole('button', { name, exact: true })

  /** Types into Amount, presses Enter, and expects the inline error; what was typed stays. */
  async function expectAmountError(typed: string, message: string): Promise<void> {
    await counterReady(page)
    await amount().fill(typed)
    await amount().press('Enter')
    const error = page.locator('#amount-error')
    await expect.poll(() => error.textContent(), { timeout: 5_000 }).toBe(message)
    expect(await amount().inputValue()).toBe(typed)
    expect(await amount().getAttribute('aria-invalid')).toBe('true')
    expect((await amount().getAttribute('aria-describedby'))?.split(' ')).toContain('amount-error')
    // Nothing was charged: no Link overlay.
    expect(await page.evaluate(OVERLAY_OPEN)).toBe(false)
  }

  /** Charges `typed` and waits for Link's exchange list in the SDK's iframe. */
  async function charge(typed: string): Promise<string> {
    const before = await salePanel().getAttribute('data-session')
    await counterReady(page)
    await amount().fill(typed)
    await amount().press('Enter')
    await expect.poll(() => salePanel().getAttribute('data-session'), { timeout: 10_000 }).not.toBe(before)
    await linkButton('Coinbase').waitFor({ timeout: 10_000 })
    return (await salePanel().getAttribute('data-session'))!
  }

  it('says exactly what is wrong with an amount, next to the field, keeping what was typed', async () => {
    await expectAmountError('abc', '“abc” is not an amount: type digits such as 12.50.')
    await expectAmountError('-3', 'The amount must be more than zero: type it without a minus sign.')
    await expectAmountError('1e9', '“1e9” looks like scientific notation, which is not accepted: type every digit (e.g. 1000, not 1e3).')
    await expectAmountError('19.999', 'USD amounts have at most 2 decimals.')
    await expectAmountError('1,23,4', 'In en-US amounts, “,” separates thousands in groups of 3 digits: “1,23,4” has it misplaced. Type 1234 or 1,234.')
    // Typing again clears the error.
    await amount().fill('19.99')
    expect(await page.locator('#amount-error').count()).toBe(0)
    expect(await amount().getAttribute('aria-invalid')).toBeNull()
    await page.screenshot({ path: join(SCREENS, 'counter-pos-amount-error.png') })
  })

  it('accepts 1,234.56 in en-US and charges 1234.56', async () => {
    await setEmulatorFaults(h, null)
    const sessionId = await charge('1,234.56')
    const sale = await api<SaleView>(h, 'sales.get', { sessionId })
    expect(sale.amount).toBe('1234.56')
    expect(await salePanel().getByTestId('sale-charge').textContent()).toBe('$1,234.56')
    // What Mesh (the emulator) was asked to charge, as its Link page shows it.
    expect(await linkFrame().locator('.payment .amount').first().innerText()).toBe('$1,234.56 USD')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(OVERLAY_OPEN)).toBe(false)
  })

  it('traps focus in Link while it is open: Tab and Shift+Tab 30 times never leave the overlay', async () => {
    await charge('2.00')
    // Focus moved into the overlay on open.
    expect(await page.evaluate(ACTIVE_IN_OVERLAY)).toBe(true)
    const inside: boolean[] = []
    let reachedLink = false
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab')
      inside.push(await page.evaluate(ACTIVE_IN_OVERLAY))
      if ((await page.evaluate(ACTIVE_ID)) === 'mesh-link-popup__iframe') reachedLink = true
    }
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Shift+Tab')
      inside.push(await page.evaluate(ACTIVE_IN_OVERLAY))
    }
    expect(inside).toEqual(Array<boolean>(60).fill(true))
    // And Tab does get into Link itself (the customer can use it by keyboard).
    expect(reachedLink).toBe(true)
    // The counter's own controls on the overlay are reachable too.
    const bar = page.locator('#countertop-link-bar')
    expect(await bar.getByRole('button', { name: 'Cancel sale' }).count()).toBe(1)
    expect(await bar.getByTestId('link-charge').textContent()).toBe('$2.00')
    expect(await bar.getByTestId('link-expiry').textContent()).toMatch(/^Link expires in (9|10):\d\d$/)
  })

  it('makes the page behind Link inert: a link there can be neither focused nor clicked', async () => {
    await charge('2.25')
    expect(await page.evaluate(OVERLAY_OPEN)).toBe(true)
    expect(await page.locator('#root').getAttribute('inert')).not.toBeNull()
    const ledger = page.locator('nav a[href="#/ledger"]')
    await ledger.focus()
    expect(await page.evaluate(`document.activeElement === document.querySelector('nav a[href="#/ledger"]')`)).toBe(false)
    const box = (await ledger.boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    expect(new URL(page.url()).hash).not.toBe('#/ledger')
    expect(await page.evaluate(OVERLAY_OPEN)).toBe(true)
    // The Amount field behind cannot take focus either.
    await page.locator('#amount').focus()
    expect(await page.evaluate(ACTIVE_ID)).not.toBe('amount')
  })

  it('closes Link on Escape and gives focus back to Amount, the page usable again', async () => {
    await charge('2.75')
    // Focus is on the counter's bar (our document) when Link opens: Escape is ours to see.
    expect(await page.evaluate(ACTIVE_ID)).toBe('countertop-link-bar')
    await page.locator('#countertop-link-bar').focus()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(OVERLAY_OPEN)).toBe(false)
    await expect.poll(() => page.evaluate(ACTIVE_ID)).toBe('amount')
    expect(await page.locator('#root').getAttribute('inert')).toBeNull()
    await page.keyboard.type('3')
    expect(await amount().inputValue()).toBe('3')
    await amount().fill('')
  })

  it('closes Link on Escape pressed from a Tab stop inside the overlay, too', async () => {
    await charge('2.50')
    // One Tab from the bar: Cancel sale, a stop in our document.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(`document.activeElement.textContent`)).toBe('Cancel sale')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(OVERLAY_OPEN)).toBe(false)
    await expect.poll(() => page.evaluate(ACTIVE_ID)).toBe('amount')
  })

  it('looks right at 1280×800 and 1024×700, light and dark: idle, with an error, Link open, paid', async () => {
    const sizes = [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 }
    ]
    // The app's own theme toggle (it can only be used while Link is closed: the page is inert then).
    const shown = () => page.evaluate(`document.documentElement.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')`)
    const setTheme = async (theme: 'light' | 'dark') => {
      if ((await shown()) !== theme) await page.getByRole('button', { name: 'Toggle theme' }).click()
      expect(await shown()).toBe(theme)
    }
    const shoot = async (name: string, theme: 'light' | 'dark') => {
      for (const size of sizes) {
        await page.setViewportSize(size)
        expect(await page.evaluate(NO_SIDEWAYS_SCROLL)).toBe(true)
        await page.screenshot({ path: join(SCREENS, `counter-pos-${name}-${size.width}x${size.height}-${theme}.png`) })
      }
      await page.setViewportSize(sizes[0]!)
    }
    await setEmulatorFaults(h, null)
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme)
      await amount().fill('')
      await shoot('idle', theme)
      await counterReady(page)
      await amount().fill('19.999')
      await amount().press('Enter')
      await page.locator('#amount-error').waitFor()
      await shoot('error', theme)
      await charge('12.50')
      await shoot('link-open', theme)
      if (theme === 'light') {
        await page.keyboard.press('Escape')
        await expect.poll(() => page.evaluate(OVERLAY_OPEN)).toBe(false)
      }
    }
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    await expect.poll(() => salePanel().getAttribute('data-state'), { timeout: 30_000, interval: 100 }).toBe('succeeded')
    await expect.poll(() => page.evaluate(OVERLAY_OPEN), { timeout: 10_000 }).toBe(false)
    await shoot('paid', 'dark')
    await setTheme('light')
    await shoot('paid', 'light')
  }, 90_000)
})
