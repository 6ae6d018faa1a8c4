// Runs only where the Electron binary exists (not on our CI machines, which cannot download
// it): it proves nothing there and the pure policy tests in tests/shell carry the weight.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { _electron as electron } from 'playwright-core'
import { tempDir } from '../helpers'

function electronBinary(): string | null {
  try {
    const p = createRequire(__filename)('electron') as unknown
    return typeof p === 'string' && existsSync(p) ? p : null
  } catch {
    return null
  }
}

const binary = electronBinary()

describe.skipIf(!binary)('Electron smoke (needs the Electron binary; skipped here)', () => {
  it('opens the console window with the sandboxed preload API', async () => {
    const tmp = tempDir()
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(__dirname, '../..'), `--user-data-dir=${tmp.dir}`],
      env: { ...process.env, COUNTERTOP_WEBHOOK_PORT: '0' }
    })
    const win = await app.firstWindow()
    await win.waitForLoadState('domcontentloaded')
    expect(await win.evaluate(() => Object.keys((globalThis as unknown as { countertop: object }).countertop).sort())).toEqual(['invoke', 'notify', 'subscribe'])
    expect(await win.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined')
    await app.close()
    tmp.cleanup()
  })
})
