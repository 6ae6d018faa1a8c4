// The customer display end to end, in Chromium against headless mode and its Mesh emulator: the
// console opens the display, a sale with a Paylink puts the amount and a QR code of the
// emulator's paymentLink on it, the customer pays on the Paylink page, and the display says
// "Thank you — paid" once Mesh's webhook says so.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { SaleStarted } from '../../src/shared/contract'
import { SCREENS, api, collectErrors, launchChromium, startHeadless, type Headless } from './console-helpers'

// pngjs ships with qrcode and has no type declarations of its own.
const { PNG } = createRequire(import.meta.url)('pngjs') as { PNG: { sync: { read(b: Buffer): { width: number; height: number; data: Buffer } } } }

/** The quiet zone the display draws around the symbol (4 modules, the QR standard's minimum). */
const QUIET = 4

/** Reads the QR image back module by module: '#' dark, '.' light, one string per row. */
function readModules(png: Buffer, modulesAcross: number): string[] {
  const img = PNG.sync.read(png)
  const rows: string[] = []
  for (let r = 0; r < modulesAcross; r++) {
    let row = ''
    for (let c = 0; c < modulesAcross; c++) {
      const x = Math.floor(((c + 0.5) * img.width) / modulesAcross)
      const y = Math.floor(((r + 0.5) * img.height) / modulesAcross)
      const i = (y * img.width + x) * 4
      const luminance = 0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]!
      row += luminance < 128 ? '#' : '.'
    }
    rows.push(row)
  }
  return rows
}

/** What a QR code of `text` must look like: the qrcode library's own symbol, in the quiet zone. */
function expectedModules(text: string): string[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size + 2 * QUIET
  const rows: string[] = []
  for (let r = 0; r < n; r++) {
    let row = ''
    for (let c = 0; c < n; c++) {
      const inside = r >= QUIET && c >= QUIET && r < n - QUIET && c < n - QUIET
      row += inside && modules.get(r - QUIET, c - QUIET) ? '#' : '.'
    }
    rows.push(row)
  }
  return rows
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
] as const

/** The display at both sizes, light and dark. */
async function screenshots(page: Page, state: string, shots: string[]): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const file = join(SCREENS, `display-${state}-${size.width}x${size.height}-${colorScheme}.png`)
      await page.screenshot({ path: file })
      shots.push(file)
    }
  }
  await page.setViewportSize(SIZES[0])
  await page.emulateMedia({ colorScheme: 'light' })
}

describe('the customer display (Chromium, headless mode, emulator)', () => {
  let h: Headless
  let browser: Browser
  const errors: string[] = []
  const shots: string[] = []

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await h?.stop()
  })

  it('shows the amount and a QR of the emulator’s Paylink, and “Thank you — paid” once the customer paid on it', async () => {
    const ctx = await browser.newContext({ viewport: SIZES[0] })
    const consolePage = await ctx.newPage()
    collectErrors(consolePage, errors, 'console')
    await consolePage.goto(h.consoleUrl)

    // The console opens the display (headless: a window that shares nothing with the console).
    const [display] = await Promise.all([ctx.waitForEvent('page'), consolePage.getByRole('button', { name: 'Customer display' }).click()])
    collectErrors(display, errors, 'display')
    await display.getByTestId('display-idle').waitFor({ timeout: 15_000 })
    expect(new URL(display.url()).pathname).toBe('/display')
    expect(new URL(display.url()).searchParams.get('token'), 'the token is taken out of the address bar').toBeNull()
    const displayToken = new URL(h.displayUrl).searchParams.get('token')!
    expect(await display.evaluate(() => ({ ...sessionStorage }))).toEqual({ 'countertop.displayToken': displayToken })

    // A sale with a Paylink (the counter UI may not offer it yet: through the console API).
    const started = await api<SaleStarted>(h, 'sales.start', { amount: '12.50', asset: 'USDC', payLink: true })
    const paymentLink = started.sale.paymentLink!
    expect(paymentLink).toBe(`${h.emulatorUrl}/paylink?linkToken=${encodeURIComponent(started.linkToken)}`)

    await display.getByTestId('display-due').waitFor({ timeout: 10_000 })
    expect(await display.getByTestId('display-amount').textContent()).toBe('$12.50')
    expect(await display.getByTestId('paylink-text').textContent()).toBe(paymentLink)
    const qr = display.getByTestId('paylink-qr')
    const want = expectedModules(paymentLink)
    expect(readModules(await qr.screenshot(), want.length), 'the QR image, module by module, is the paymentLink’s QR code').toEqual(want)
    const box = (await qr.boundingBox())!
    expect(box.width, 'at least 4 px per module, so a phone reads it from a step away').toBeGreaterThanOrEqual(4 * want.length)
    expect(box.y + box.height).toBeLessThanOrEqual(800)
    await screenshots(display, 'due', shots)
    // The smaller screen still shows the whole code.
    await display.setViewportSize(SIZES[1])
    const small = (await qr.boundingBox())!
    expect(small.y + small.height).toBeLessThanOrEqual(700)
    expect(small.x + small.width).toBeLessThanOrEqual(1024)
    await display.setViewportSize(SIZES[0])

    // The customer opens the Paylink on their phone and pays.
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage()
    collectErrors(phone, errors, 'paylink')
    await phone.goto(paymentLink)
    await phone.getByRole('heading', { name: 'Payment request' }).waitFor()
    expect(await phone.locator('section[data-page="paylinkPage"] .amount').textContent()).toBe('$12.50 USD')
    await phone.screenshot({ path: join(SCREENS, 'paylink-phone.png') })
    await phone.getByRole('button', { name: 'Pay', exact: true }).click()
    await phone.getByRole('button', { name: 'Coinbase' }).click()
    await phone.getByRole('button', { name: 'Sign in' }).click()
    await phone.getByRole('button', { name: 'Approve' }).click()
    await phone.getByRole('heading', { name: 'Payment sent' }).waitFor({ timeout: 10_000 })

    // Only Mesh's webhook makes it paid.
    await display.getByRole('heading', { name: 'Thank you — paid' }).waitFor({ timeout: 20_000 })
    const sale = await api<{ state: string; transferId: string | null }>(h, 'sales.get', { sessionId: started.sessionId })
    expect(sale).toMatchObject({ state: 'succeeded', transferId: expect.any(String) })
    await screenshots(display, 'paid', shots)

    expect(errors, h.logs()).toEqual([])
    await ctx.close()
  }, 90_000)
})
