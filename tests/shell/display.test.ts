// The customer display window's decisions: its screen, its page, and its IPC boundary.
import { describe, expect, it } from 'vitest'
import { commandSchemas, EVENT_NAMES } from '../../src/shared/contract'
import { displayPageUrl, displayWindowPlacement, forwardsToDisplay, ipcMayInvoke, ipcRole, type ScreenInfo } from '../../src/main/shell/display'
import type { PolicyContext } from '../../src/main/shell/policy'

const laptop: ScreenInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } }
const small: ScreenInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1024, height: 600 }, workArea: { x: 1440, y: 0, width: 1024, height: 600 } }
const big: ScreenInfo = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 }, workArea: { x: -1920, y: 0, width: 1920, height: 1040 } }

const packaged: PolicyContext = { appUrl: 'app://countertop/index.html', linkOrigins: ['https://web.meshconnect.com'] }
const dev: PolicyContext = { appUrl: 'http://localhost:5173/', linkOrigins: ['https://web.meshconnect.com'] }

describe('which screen the customer display goes on', () => {
  it('takes the only screen other than the primary, full screen', () => {
    expect(displayWindowPlacement([laptop, small], 1)).toEqual({ displayId: 2, bounds: small.bounds, fullscreen: true })
  })

  it('takes the largest of several other screens', () => {
    expect(displayWindowPlacement([laptop, small, big], 1)).toEqual({ displayId: 3, bounds: big.bounds, fullscreen: true })
  })

  it('never takes the primary screen when another exists, whatever the order', () => {
    expect(displayWindowPlacement([big, laptop], 3)).toMatchObject({ displayId: 1, fullscreen: true })
  })

  it('shares a single screen as a centred window, not full screen (the cashier still sees the console)', () => {
    expect(displayWindowPlacement([laptop], 1)).toEqual({ displayId: 1, bounds: { x: 208, y: 112, width: 1024, height: 700 }, fullscreen: false })
  })

  it('fits a screen smaller than its usual size', () => {
    const tiny: ScreenInfo = { id: 9, bounds: { x: 0, y: 0, width: 800, height: 600 }, workArea: { x: 0, y: 0, width: 800, height: 560 } }
    expect(displayWindowPlacement([tiny], 9)).toEqual({ displayId: 9, bounds: { x: 0, y: 0, width: 800, height: 560 }, fullscreen: false })
  })

  it('still answers with no screen information', () => {
    expect(displayWindowPlacement([], 1)).toEqual({ displayId: 1, bounds: { x: 0, y: 0, width: 1024, height: 700 }, fullscreen: false })
  })
})

describe('the display page and its IPC boundary', () => {
  it('loads display.html beside the console', () => {
    expect(displayPageUrl(packaged)).toBe('app://countertop/display.html')
    expect(displayPageUrl(dev)).toBe('http://localhost:5173/display.html')
  })

  it.each([
    [packaged, 'app://countertop/index.html#/ledger', true, 'console'],
    [packaged, 'app://countertop/display.html', true, 'display'],
    [packaged, 'app://countertop/display.html', false, null],
    [packaged, 'https://web.meshconnect.com/display.html', true, null],
    [dev, 'http://localhost:5173/display.html', true, 'display'],
    [dev, 'http://localhost:5173/', true, 'console'],
    [dev, 'http://127.0.0.1:4555/display.html', true, null]
  ] as const)('%#: %s (main frame %s) → %s', (ctx, url, isMainFrame, role) => {
    expect(ipcRole({ url, isMainFrame }, ctx)).toBe(role)
  })

  it('lets the display page call display.get and nothing else; the console everything', () => {
    for (const name of Object.keys(commandSchemas)) {
      expect(ipcMayInvoke('display', name), name).toBe(name === 'display.get')
      expect(ipcMayInvoke('console', name), name).toBe(true)
    }
    expect(ipcMayInvoke('display', 'nope.nothing')).toBe(false)
  })

  it('forwards only display.updated to the display window', () => {
    expect(EVENT_NAMES.filter(forwardsToDisplay)).toEqual(['display.updated'])
  })
})
