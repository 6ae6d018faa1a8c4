// Two counters, one PostgreSQL ledger, in Chromium: a payment taken at counter A (real Web Link
// SDK, the emulator's Link page) turns green at A, and counter B's console — another process —
// shows the same transfer succeeded, live, without a reload.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminQuery, createTestDatabase, notePgSkipped, PG_URL, type TestDatabase } from '../core/store/pg'
import { api, collectErrors, counterReady, launchChromium, SALE_RECORDER, SCREENS, startHeadless, type Headless } from './console-helpers'

notePgSkipped()

describe.skipIf(!PG_URL)('two counters on one PostgreSQL ledger (Chromium)', () => {
  let db: TestDatabase
  let a: Headless
  let b: Headless
  let browser: Browser
  const errors: string[] = []

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true })
    db = await createTestDatabase('counters')
    const schema = db.schema()
    await adminQuery(db.url, `CREATE SCHEMA ${schema}`)
    const u = new URL(db.url)
    u.searchParams.set('options', `-c search_path=${schema}`)
    ;[a, b, browser] = await Promise.all([startHeadless(['--database', u.toString()]), startHeadless(['--database', u.toString()]), launchChromium()])
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await Promise.all([a?.stop(), b?.stop()])
    await db?.drop()
  })

  async function open(h: Headless, name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addInitScript(SALE_RECORDER)
    const page = await context.newPage()
    collectErrors(page, errors, name)
    await page.goto(h.consoleUrl)
    return page
  }

  it('turns a payment taken at one counter green at both', async () => {
    const [pa, pb] = await Promise.all([open(a, 'counter A'), open(b, 'counter B')])
    // B watches its ledger; A takes the payment.
    await pb.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Ledger', exact: true }).click()
    await expect.poll(() => pb.url()).toMatch(/ledger/i)

    const field = pa.getByLabel('Amount', { exact: true })
    await counterReady(pa)
    await field.fill('4.20')
    await field.press('Enter')
    const panel = pa.getByRole('region', { name: 'Sale' })
    const link = pa.frameLocator('#mesh-link-popup__iframe')
    await link.getByRole('button', { name: 'Coinbase', exact: true }).click()
    await link.getByRole('button', { name: 'Sign in', exact: true }).click()
    await link.getByRole('button', { name: 'Approve', exact: true }).click()
    await expect.poll(() => panel.getAttribute('data-state'), { timeout: 30_000, interval: 100 }).toBe('succeeded')
    const sessionId = (await panel.getAttribute('data-session'))!
    const sale = await api<{ transferId: string }>(a, 'sales.get', { sessionId })

    // Counter B: the transfer appears in its ledger as Succeeded, pushed live from A's delivery.
    const rowB = pb.getByRole('table', { name: 'Transfers' }).getByRole('row').filter({ has: pb.getByRole('link', { name: sale.transferId, exact: true }) })
    await expect.poll(async () => ((await rowB.count()) ? await rowB.innerText() : ''), { timeout: 5_000, interval: 100 }).toMatch(/Succeeded/)
    // And B's API says the same of the sale taken at A.
    expect(await api<{ state: string }>(b, 'sales.get', { sessionId })).toMatchObject({ state: 'succeeded' })
    await pb.screenshot({ path: join(SCREENS, 'two-counters-b-ledger.png') })
    expect(errors).toEqual([])
  }, 90_000)
})
