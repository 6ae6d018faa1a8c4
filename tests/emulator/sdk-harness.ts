// The REAL @meshconnect/web-link-sdk in Chromium, for tests that drive the emulator's Link page
// through it: builds tests/e2e/fixtures/sdk-harness with Vite, serves it on loopback, launches
// one browser, and opens pages that record every SDK callback plus the raw messages the Link
// iframe posted (so `done` and `close`, which the SDK turns into onExit, can be told apart).
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core'
import { build } from 'vite'

export const CHROMIUM = '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)

const FIXTURE = resolve(__dirname, '../e2e/fixtures/sdk-harness')

export interface SdkEvent {
  type: string
  payload?: unknown
}

export interface Recorded {
  events: SdkEvent[]
  connected: Record<string, unknown>[]
  finished: Record<string, unknown>[]
  exits: { error: string | null; summary: Record<string, unknown> | null }[]
  /** What the Link iframe posted to the SDK, before the SDK interpreted it. */
  raw: SdkEvent[]
}

interface HarnessGlobal {
  harnessReady?: boolean
  harness: { calls: Omit<Recorded, 'raw'>; open(token: string, options?: Record<string, unknown>): void }
  rawLinkMessages: SdkEvent[]
}

export interface SdkHarness {
  browser: Browser
  /** A fresh page with the SDK loaded, recording the raw messages from `linkOrigin`. */
  openPage(linkOrigin: string): Promise<Page>
  /** Calls createLink(options).openLink(token) in the page; the Link iframe's locator. */
  openLink(page: Page, token: string, options?: Record<string, unknown>): Promise<FrameLocator>
  calls(page: Page): Promise<Recorded>
  /** Waits until onExit fired and returns everything recorded. */
  exited(page: Page, timeoutMs?: number): Promise<Recorded>
  /** Requests that left loopback, CSP reports and untrusted-origin warnings: must stay empty. */
  readonly outside: string[]
  close(): Promise<void>
}

export async function startSdkHarness(): Promise<SdkHarness> {
  const outDir = await mkdtemp(join(tmpdir(), 'sdk-harness-'))
  await build({
    configFile: false,
    root: FIXTURE,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, rolldownOptions: { input: join(FIXTURE, 'index.html') } }
  })
  const server = http.createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '')
    const file = join(outDir, path === '/' ? 'index.html' : path)
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html' }).end(body),
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  const context = await browser.newContext()
  // A step that cannot happen fails its journey rather than hanging the file. 30 s, not less: in
  // the full parallel run on two cores, a cold Chromium's first Link page has taken over 10 s to
  // answer its first click (a CI run failed there; the file alone passes in seconds).
  context.setDefaultTimeout(30_000)
  const outside: string[] = []

  return {
    browser,
    outside,
    async openPage(linkOrigin) {
      const page = await context.newPage()
      page.on('console', (m) => {
        if (/untrusted origin|Failed to deliver|Content Security Policy|Refused to/.test(m.text())) outside.push(`console: ${m.text()}`)
      })
      page.on('pageerror', (e) => outside.push(`pageerror: ${e.message}`))
      page.on('request', (r) => {
        if (new URL(r.url()).hostname !== '127.0.0.1') outside.push(r.url())
      })
      await page.goto(url)
      await page.waitForFunction(() => (globalThis as unknown as HarnessGlobal).harnessReady === true)
      await page.evaluate((origin) => {
        const w = globalThis as unknown as HarnessGlobal & { addEventListener(type: 'message', fn: (e: { origin: string; data: unknown }) => void): void }
        w.rawLinkMessages = []
        w.addEventListener('message', (e) => {
          const d = e.data as { type?: unknown; payload?: unknown } | null
          if (e.origin === origin && d && typeof d.type === 'string') w.rawLinkMessages.push(d.payload === undefined ? { type: d.type } : { type: d.type, payload: d.payload })
        })
      }, linkOrigin)
      return page
    },
    async openLink(page, token, options = {}) {
      await page.evaluate(([t, o]) => (globalThis as unknown as HarnessGlobal).harness.open(t as string, o as Record<string, unknown>), [token, options] as const)
      return page.frameLocator('#mesh-link-popup__iframe')
    },
    calls: (page) => page.evaluate(() => ({ ...(globalThis as unknown as HarnessGlobal).harness.calls, raw: (globalThis as unknown as HarnessGlobal).rawLinkMessages })),
    async exited(page, timeoutMs = 10_000) {
      await page.waitForFunction(() => (globalThis as unknown as HarnessGlobal).harness.calls.exits.length > 0, undefined, { timeout: timeoutMs })
      return page.evaluate(() => ({ ...(globalThis as unknown as HarnessGlobal).harness.calls, raw: (globalThis as unknown as HarnessGlobal).rawLinkMessages }))
    },
    async close() {
      await browser.close().catch(() => {})
      await new Promise<void>((r) => server.close(() => r()))
      await rm(outDir, { recursive: true, force: true })
    }
  }
}
