import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startMeshEmulator, type MeshEmulator } from '../../src/main/emulator'
import { LINK_SCRIPT_ASSET, LinkScriptMissingError, bundleLinkUi, loadLinkScript, locateLinkScript } from '../../src/main/emulator/link-script'
import { LINK_SCRIPT_PATH, type LinkErrorData, type LinkSessionData } from '../../src/main/emulator/link-ui/contract'

const SRC = resolve(__dirname, '../../src/main/emulator')
const NET = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'
const toAddresses = [{ networkId: NET, symbol: 'USDC', address: '0x000000000000000000000000000000000000beef' }]

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

async function emulator(): Promise<MeshEmulator> {
  const emu = await startMeshEmulator({ webhookSecret: 'whsec', settleDelayMs: 60_000 })
  cleanups.push(() => emu.close())
  return emu
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'link-script-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** Issues a link token and returns its Link page URL. */
async function linkUrl(emu: MeshEmulator, body: Record<string, unknown>): Promise<string> {
  const r = await fetch(`${emu.url}/api/v1/linktoken`, {
    method: 'POST',
    headers: { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
  const { content } = (await r.json()) as { content: { linkToken: string } }
  return Buffer.from(content.linkToken, 'base64').toString('utf8')
}

/** Every <script> element's attributes and body. */
function scripts(html: string): { attrs: string; body: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1]!.trim(), body: m[2]! }))
}

function dataBlock<T>(html: string, id: string): T {
  const block = scripts(html).find((s) => s.attrs === `type="application/json" id="${id}"`)
  expect(block).toBeDefined()
  return JSON.parse(block!.body) as T
}

function scriptSrc(csp: string | null): string | undefined {
  return csp?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))
}

describe('the Link page and its script', () => {
  it('serves the bundled script as JavaScript, not sniffable, never cached', async () => {
    const emu = await emulator()
    const r = await fetch(`${emu.url}${LINK_SCRIPT_PATH}`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    expect(r.headers.get('cache-control')).toBe('no-store')
    const code = await r.text()
    // One classic script (the page loads it without type="module"): no module syntax left.
    expect(code).not.toMatch(/^\s*(import|export)\s/m)
    expect(() => new Function(code)).not.toThrow()
    for (const message of ["'loaded'", "'close'", "'transferFinished'", "'brokerageAccountAccessToken'"]) expect(code.replace(/"/g, "'")).toContain(message)
  })

  it('has no inline script: data in a JSON block, code from the script URL, and a CSP without unsafe-inline scripts', async () => {
    const emu = await emulator()
    const page = await fetch(await linkUrl(emu, { userId: 'till-1', transferOptions: { toAddresses, amountInFiat: 7.5, transactionId: 'sale-7' } }))
    expect(page.status).toBe(200)
    const html = await page.text()
    const found = scripts(html)
    expect(found.map((s) => s.attrs)).toEqual(['type="application/json" id="mesh-session"', `src="${LINK_SCRIPT_PATH}"`])
    expect(found[1]!.body).toBe('')
    expect(scriptSrc(page.headers.get('content-security-policy'))).toBe("script-src 'self'")

    const data = dataBlock<LinkSessionData>(html, 'mesh-session')
    expect(data).toEqual({
      sessionId: expect.any(String),
      userId: 'till-1',
      mode: 'link',
      payment: { amountInFiat: 7.5, amount: null, symbol: 'USDC', networkId: NET, networkName: 'Ethereum', address: toAddresses[0]!.address, addressTag: null, transactionId: 'sale-7' },
      scenario: 'standard',
      options: [{ symbol: 'USDC', networkId: NET, networkName: 'Ethereum', address: toAddresses[0]!.address, addressTag: null, amount: null }],
      verifyWallet: null,
      exchanges: [
        { name: 'Coinbase', brokerType: 'coinbase', integrationId: expect.any(String) },
        { name: 'Binance', brokerType: 'binanceInternational', integrationId: expect.any(String) },
        { name: 'Robinhood', brokerType: 'robinhood', integrationId: expect.any(String) }
      ],
      sandboxPassword: 'Pass123',
      sandboxMfaCode: '123456',
      scenarios: expect.arrayContaining([{ name: 'standard', label: expect.any(String) }, { name: 'transferDeclined', label: expect.any(String) }])
    })
    expect(page.url).toBe(`${emu.url}/link/${data.sessionId}`)
  })

  it('keeps hostile session data inside its JSON block', async () => {
    const emu = await emulator()
    const userId = '</script><script>alert(1)</script><!--'
    const html = await (await fetch(await linkUrl(emu, { userId }))).text()
    expect(html).not.toContain('<script>alert(1)')
    expect(scripts(html)).toHaveLength(2)
    expect(dataBlock<LinkSessionData>(html, 'mesh-session').userId).toBe(userId)
  })

  it.each([
    ['an unknown token', (emu: MeshEmulator) => `${emu.url}/link/nope`, 404, 'linkTokenInvalidPage'],
    ['an invalid paylink', (emu: MeshEmulator) => `${emu.url}/paylink?linkToken=bm9wZQ==`, 404, 'linkTokenInvalidPage']
  ])('serves %s an error page that runs the same script under the same CSP', async (_name, url, status, page) => {
    const emu = await emulator()
    const r = await fetch(url(emu))
    expect(r.status).toBe(status)
    expect(scriptSrc(r.headers.get('content-security-policy'))).toBe("script-src 'self'")
    const html = await r.text()
    expect(scripts(html).map((s) => s.attrs)).toEqual(['type="application/json" id="mesh-error"', `src="${LINK_SCRIPT_PATH}"`])
    expect(dataBlock<LinkErrorData>(html, 'mesh-error')).toEqual({ page, errorMessage: expect.stringMatching(/not valid/) })
  })
})

describe('where the Link script comes from', () => {
  it('is bundled from source when the emulator runs from src/ (vitest, tsx)', () => {
    expect(locateLinkScript(SRC)).toEqual({ kind: 'source', entry: join(SRC, 'link-ui', 'main.ts') })
  })

  it('is read from the build output beside out/main/*.js or out/main/chunks/*.js', async () => {
    const main = join(await tempDir(), 'main')
    await mkdir(join(main, 'chunks'), { recursive: true })
    await mkdir(join(main, 'emulator-link'))
    await writeFile(join(main, LINK_SCRIPT_ASSET), '/* built */')
    expect(locateLinkScript(main)).toEqual({ kind: 'built', file: join(main, LINK_SCRIPT_ASSET) })
    expect(locateLinkScript(join(main, 'chunks'))).toEqual({ kind: 'built', file: join(main, LINK_SCRIPT_ASSET) })
    expect(await loadLinkScript(join(main, 'chunks'))).toBe('/* built */')
  })

  it('fails with what to do when there is neither, and finds the script once it is built', async () => {
    const dir = await tempDir()
    expect(locateLinkScript(dir)).toBeNull()
    const missing = loadLinkScript(dir)
    await expect(missing).rejects.toBeInstanceOf(LinkScriptMissingError)
    await expect(missing).rejects.toThrow(/npm run build/)
    await mkdir(join(dir, 'emulator-link'))
    await writeFile(join(dir, LINK_SCRIPT_ASSET), '/* late */')
    expect(await loadLinkScript(dir)).toBe('/* late */')
  })

  it('bundles the same code the emulator serves from source', async () => {
    const emu = await emulator()
    const served = await (await fetch(`${emu.url}${LINK_SCRIPT_PATH}`)).text()
    const { code, files } = await bundleLinkUi(join(SRC, 'link-ui', 'main.ts'))
    expect(served).toBe(code)
    expect(files).toEqual(expect.arrayContaining([join(SRC, 'link-ui', 'main.ts'), join(SRC, 'link-ui', 'contract.ts')]))
  })
})
