// Helpers for the console end-to-end test: headless mode in sandbox as a child process, Debian's
// Chromium, console-error collection, and small typed wrappers around the two HTTP APIs.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const ROOT = resolve(__dirname, '../..')
export const HEADLESS = join(ROOT, 'out/main/headless.js')
export const SCREENS = join(ROOT, 'test-results/screens')
/** The webhook secret startHeadless gives the server (MESH_WEBHOOK_SECRET): sign deliveries with it. */
export const WEBHOOK_SECRET = 'whsec-console-e2e'

export interface Headless {
  consoleUrl: string
  /** The printed "Customer display:" URL (/display?token=DISPLAY_TOKEN). */
  displayUrl: string
  /** http://HOST:PORT of the console (no token). */
  base: string
  token: string
  webhookUrl: string
  emulatorUrl: string
  /** The in-app emulator's control token, chosen here (COUNTERTOP_EMULATOR_TOKEN): the app never prints it. */
  emulatorToken: string
  dataDir: string
  /** Everything the process wrote to stderr (for failure messages). */
  logs(): string
  stop(): Promise<void>
}

/** Starts `node out/main/headless.js --sandbox` on free ports with its own data dir (plus `args`, e.g. --database). */
export async function startHeadless(args: string[] = []): Promise<Headless> {
  if (!existsSync(HEADLESS)) throw new Error(`${HEADLESS} is missing: run \`npx electron-vite build\` first (npm test builds before running vitest).`)
  const dataDir = await mkdtemp(join(tmpdir(), 'countertop-console-e2e-'))
  const token = `e2e-token-${Math.random().toString(36).slice(2)}`
  const emulatorToken = `e2e-emulator-${Math.random().toString(36).slice(2)}-${Date.now()}`
  const child: ChildProcess = spawn(process.execPath, [HEADLESS, '--sandbox', '--data', dataDir, '--port', '0', '--webhook-port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, MESH_WEBHOOK_SECRET: WEBHOOK_SECRET, COUNTERTOP_TOKEN: token, COUNTERTOP_EMULATOR_TOKEN: emulatorToken },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()))
  const lines = await new Promise<Record<string, string>>((resolveLines, reject) => {
    const timer = setTimeout(() => reject(new Error(`headless mode did not print its URLs within 20 s.\nstdout: ${out}\nstderr: ${err}`)), 20_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`headless mode exited (${code}) before printing its URLs.\nstdout: ${out}\nstderr: ${err}`))
    })
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString()
      const found: Record<string, string> = {}
      for (const line of out.split('\n')) {
        const m = /^(console|webhooks|mesh-emulator|Customer display): (\S+)/.exec(line.trim())
        if (m) found[m[1]!] = m[2]!
      }
      if (found.console && found.webhooks && found['mesh-emulator'] && found['Customer display']) {
        clearTimeout(timer)
        resolveLines(found)
      }
    })
  }).catch(async (e: unknown) => {
    child.kill('SIGKILL')
    await rm(dataDir, { recursive: true, force: true })
    throw e
  })
  const consoleUrl = lines.console!
  return {
    consoleUrl,
    displayUrl: lines['Customer display']!,
    base: new URL(consoleUrl).origin,
    token,
    webhookUrl: lines.webhooks!,
    emulatorUrl: lines['mesh-emulator']!.replace(/\/$/, ''),
    emulatorToken,
    dataDir,
    logs: () => err,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()))
        child.kill('SIGTERM')
        const t = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(t)
      }
      await rm(dataDir, { recursive: true, force: true })
    }
  }
}

/** Debian's Chromium; a clear failure when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing. The console e2e test drives Debian's Chromium: install it with \`apt-get install chromium\` (.ci/run does).`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

/** Collects console errors and uncaught page errors (every frame of the page). */
export function collectErrors(page: Page, into: string[], name: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(`[${name}] console.error: ${m.text()} (${m.location().url})`)
  })
  page.on('pageerror', (e) => into.push(`[${name}] pageerror: ${e.message}`))
}

/**
 * Waits until the Counter can charge (its settings loaded, no sale on): before that its Charge
 * button is disabled, and Enter in the amount field submits nothing (a form's implicit submission).
 */
export async function counterReady(page: Page): Promise<void> {
  await page.locator('#charge:enabled').waitFor({ timeout: 15_000 })
}

/** Calls the console API directly (test setup and cross-checks). */
export async function api<T>(h: Headless, command: string, args: unknown = {}): Promise<T> {
  const res = await fetch(`${h.base}/api/${command}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
    body: JSON.stringify(args)
  })
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
  if (!body.ok) throw new Error(`${command}: ${body.error.code} ${body.error.message}`)
  return body.value
}

/** Calls the emulator's control API (/_emulator/*) with its token: GET without a body, POST with one. */
export function emulatorFetch(h: Headless, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${h.emulatorToken}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${h.emulatorUrl}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** The emulator's control API: faults for the next sale created from the Link page. */
export async function setEmulatorFaults(h: Headless, faults: Record<string, unknown> | null): Promise<void> {
  const res = await emulatorFetch(h, '/_emulator/faults', faults)
  if (!res.ok) throw new Error(`POST /_emulator/faults: HTTP ${res.status} ${await res.text()}`)
}

export interface EmulatorAttempt {
  attemptId: string
  eventId: string
  transferId: string
  status: string
  attempt: number
  kind: string
  ok: boolean
  fault?: string
}

export async function emulatorDeliveries(h: Headless, transferId?: string): Promise<EmulatorAttempt[]> {
  const res = await emulatorFetch(h, `/_emulator/deliveries${transferId ? `?transferId=${encodeURIComponent(transferId)}` : ''}`)
  return ((await res.json()) as { items: EmulatorAttempt[] }).items
}

/**
 * Records every state the sale panel shows, per sale (data-session / data-state), from the
 * first paint on, so a test can prove the panel passed through pending and never showed
 * succeeded too early. Runs in the page; kept as a string (the Node typings have no DOM).
 */
export const SALE_RECORDER = `
(() => {
  const seen = {};
  Object.defineProperty(window, '__saleStates', { value: seen });
  const check = () => {
    const el = document.querySelector('section[aria-label="Sale"][data-session]');
    if (!el) return;
    const id = el.getAttribute('data-session');
    const state = el.getAttribute('data-state');
    const list = seen[id] || (seen[id] = []);
    if (list[list.length - 1] !== state) list.push(state);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-session'] });
})();
`

export async function saleStates(page: Page, sessionId: string): Promise<string[]> {
  return page.evaluate((id) => ((globalThis as unknown as { __saleStates: Record<string, string[]> }).__saleStates[id] ?? []).slice(), sessionId)
}

/** Headless sandbox + Chromium + one page opened at a console route, collecting its errors. */
export async function openConsole(route: string, errors: string[], name: string): Promise<{ h: Headless; browser: Browser; page: Page }> {
  mkdirSync(SCREENS, { recursive: true })
  const [h, browser] = await Promise.all([startHeadless(), launchChromium()])
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage()
  collectErrors(page, errors, name)
  await page.goto(`${h.consoleUrl}#/${route}`)
  return { h, browser, page }
}

/** Headless mode with its test-only clock (COUNTERTOP_TEST_CLOCK_FILE): `set(ms)` moves the core's time by that offset. */
export interface ClockedHeadless {
  h: Headless
  clock: { set(offsetMs: number): Promise<void>; file: string }
  stop(): Promise<void>
}

export async function startHeadlessWithTestClock(args: string[] = []): Promise<ClockedHeadless> {
  const dir = await mkdtemp(join(tmpdir(), 'countertop-test-clock-'))
  const file = join(dir, 'offset-ms')
  await writeFile(file, '0')
  // startHeadless passes this process's environment on to the server.
  process.env.COUNTERTOP_TEST_CLOCK_FILE = file
  let h: Headless
  try {
    h = await startHeadless(args)
  } finally {
    delete process.env.COUNTERTOP_TEST_CLOCK_FILE
  }
  return {
    h,
    clock: { file, set: (offsetMs) => writeFile(file, String(offsetMs)) },
    async stop() {
      await h.stop()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

