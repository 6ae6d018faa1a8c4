// "Reconcile now" finds what the ledger never heard of: a sale paid through the REAL Web Link
// SDK whose webhooks Mesh (the built-in emulator) dropped, every one, with no downtime recorded.
// Headless sandbox, Debian's Chromium; the sweep of Mesh's list imports it with visible progress
// and a result that names it, and the sale turns paid.
import { join } from 'node:path'
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SaleView, TransferDetail, TunnelView } from '../../src/shared/contract'
import { api, collectErrors, counterReady, emulatorDeliveries, emulatorFetch, launchChromium, SALE_RECORDER, saleStates, SCREENS, startHeadless, type Headless } from './console-helpers'

describe('reconcile now: a sale whose webhooks were all dropped (headless sandbox, Chromium, real Web Link SDK)', () => {
  let h: Headless
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    ;[h, browser] = await Promise.all([startHeadless(), launchChromium()])
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(SALE_RECORDER)
    page = await context.newPage()
    collectErrors(page, errors, 'reconcile')
    await page.goto(h.consoleUrl)
  }, 60_000)
  afterEach(() => expect(errors).toEqual([]))
  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await h?.stop()
  })

  const nav = (name: 'Counter' | 'Inspector' | 'Health') => page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click()
  const salePanel = (): Locator => page.getByRole('region', { name: 'Sale' })
  const linkFrame = (): FrameLocator => page.frameLocator('#mesh-link-popup__iframe')
  const linkButton = (name: string) => linkFrame().getByRole('button', { name, exact: true })

  /** The emulator's transfer for our transactionId (Mesh's `clientTransactionId`). */
  async function emulatorTransfer(transactionId: string): Promise<{ id: string; status: string } | undefined> {
    const list = (await (await emulatorFetch(h, '/_emulator/transfers')).json()) as { items: { transfer: { id: string; status: string; clientTransactionId: string | null } }[] }
    return list.items.find((t) => t.transfer.clientTransactionId === transactionId)?.transfer
  }

  it('imports the dropped transfer with visible progress, names it in the result, and the sale turns paid', async () => {
    // Drop every webhook of the next sale, with the Inspector's own control.
    await nav('Inspector')
    await page.getByLabel('Drop webhooks').check()
    await page.getByRole('button', { name: 'Apply faults to next sale' }).click()
    await expect.poll(() => page.getByText(/Next sale: .*webhooks dropped/).count()).toBe(1)

    // The cashier charges; the customer pays in Link.
    await nav('Counter')
    const field = page.getByLabel('Amount', { exact: true })
    await counterReady(page)
    await field.fill('6.40')
    await field.press('Enter')
    await linkButton('Coinbase').waitFor({ timeout: 10_000 })
    const sessionId = (await salePanel().getAttribute('data-session'))!
    await linkButton('Coinbase').click()
    await linkButton('Sign in').click()
    await linkButton('Approve').click()
    await expect.poll(() => salePanel().getAttribute('data-state'), { timeout: 20_000 }).toBe('submitted')
    const sale = await api<SaleView>(h, 'sales.get', { sessionId })
    // The ledger has no transfer for it: only the SDK said anything.
    expect(sale.transfer).toBeNull()
    // Mesh settles it, and tells nobody.
    await expect.poll(async () => (await emulatorTransfer(sale.transactionId))?.status, { timeout: 10_000 }).toBe('succeeded')
    const transferId = (await emulatorTransfer(sale.transactionId))!.id
    expect((await api<TransferDetail | null>(h, 'ledger.get', { transferId }).catch((e: Error) => e.message))).toMatch(/NOT_FOUND/)
    expect(await emulatorDeliveries(h, transferId)).toEqual([])
    expect((await api<TunnelView>(h, 'tunnel.status')).downtime).toEqual([])
    expect(await salePanel().getAttribute('data-state')).toBe('submitted')

    // 100 more transfers Mesh never delivered (another counter, Paylinks), so the sweep reads two
    // pages; each page answered 1.5 s late, so its progress can be watched between them.
    for (let i = 0; i < 100; i++) {
      const res = await emulatorFetch(h, '/_emulator/transfers', { amountInFiat: 1 + i, outcome: 'succeeded', faults: { dropWebhooks: true } })
      expect(res.status).toBe(201)
    }
    const fault = await emulatorFetch(h, '/_emulator/api-faults', { mode: 'delay', count: 2, delayMs: 1500 })
    expect(fault.status).toBe(200)

    await nav('Health')
    await page.getByRole('button', { name: 'Reconcile now' }).click()
    const progress = page.getByRole('status', { name: 'Reconcile progress' })
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toMatch(/1 page read, 100 transfers checked, 100 imported, 0 updated/)
    await page.screenshot({ path: join(SCREENS, 'reconcile-progress.png'), fullPage: true })

    const result = page.getByRole('status', { name: 'Reconcile result' })
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toMatch(/Checked 101 transfers in 2 pages: 101 imported, 0 updated, 0 conflicts\./)
    expect(await progress.count()).toBe(0)
    const imported = result.getByRole('list', { name: 'Imported 101 transfers Mesh never delivered' })
    // Oldest first: the sale's transfer leads the list, with its status.
    const first = imported.getByRole('listitem').first()
    expect(await first.innerText()).toMatch(new RegExp(`^${transferId}\\s+Succeeded$`))
    expect(await first.getByRole('link', { name: transferId }).getAttribute('href')).toBe(`#/transfer/${transferId}`)
    expect(await imported.getByRole('listitem').last().innerText()).toBe('… and 51 more (see the Ledger)')
    await page.screenshot({ path: join(SCREENS, 'reconcile-result.png'), fullPage: true })

    // The sale turned paid, live (no reload): submitted, then succeeded.
    await nav('Counter')
    await expect.poll(() => salePanel().getAttribute('data-state'), { timeout: 10_000 }).toBe('succeeded')
    const seen = await saleStates(page, sessionId)
    expect(seen.indexOf('submitted')).toBeGreaterThanOrEqual(0)
    expect(seen.indexOf('submitted')).toBeLessThan(seen.indexOf('succeeded'))
    expect(await page.getByRole('table', { name: 'Sales this shift' }).innerText()).toMatch(/\$6\.40[\s\S]*Succeeded/)

    // Where its status came from: Mesh's list (poll), no delivery at all.
    const detail = await api<TransferDetail>(h, 'ledger.get', { transferId })
    expect(detail.transfer).toMatchObject({ status: 'succeeded', provenance: 'poll', sessionId, deliveryCount: 0 })
  })
})
