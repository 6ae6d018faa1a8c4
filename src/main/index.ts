// The Electron shell (thin). The core is the same one headless mode runs; this file only
// creates the window and bridges the console API over IPC. Security hardening, settings and
// secrets via safeStorage are tracked in the Electron-shell issue.
import { app, BrowserWindow, ipcMain } from 'electron'
import { join } from 'node:path'
import { createCore } from './core'
import { randomToken } from './core/secrets'

async function boot(): Promise<void> {
  const core = createCore({
    dataDir: app.getPath('userData'),
    webhookSecret: process.env.MESH_WEBHOOK_SECRET ?? randomToken(32),
    mode: 'emulator'
  })
  await core.startReceiver('127.0.0.1', 4401)

  ipcMain.handle('countertop:invoke', (event, name: unknown, args: unknown) => {
    if (event.senderFrame?.url && !event.senderFrame.url.startsWith('file://') && !event.senderFrame.url.startsWith('http://localhost')) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'IPC from an untrusted frame.' } }
    }
    return core.registry.dispatch(String(name), args)
  })

  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false
    }
  })
  core.bus.subscribe((msg) => {
    if (!win.isDestroyed()) win.webContents.send('countertop:event', msg)
  })
  if (process.env.ELECTRON_RENDERER_URL) await win.loadURL(process.env.ELECTRON_RENDERER_URL)
  else await win.loadFile(join(__dirname, '../renderer/index.html'))

  app.on('before-quit', () => void core.close())
}

app.whenReady().then(boot, (err: Error) => {
  console.error(err)
  app.exit(1)
})
app.on('window-all-closed', () => app.quit())
