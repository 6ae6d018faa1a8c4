// The Electron shell. Thin: every decision lives in ./shell/policy.ts (pure, tested). The
// core is the same one headless mode runs, hosted in the main process.
import { app, BrowserWindow, dialog, ipcMain, net, Notification, protocol, safeStorage, screen, session, shell, type WebPreferences } from 'electron'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startHost, type Host } from './host/bootstrap'
import { createLogger, type HostLogger } from './host/logging'
import { displayPageUrl, displayWindowPlacement, forwardsToDisplay, ipcMayInvoke, ipcRole } from './shell/display'
import { electronNativeBinding } from './shell/native'
import {
  APP_ORIGIN,
  APP_SCHEME,
  buildCsp,
  isAllowedNavigation,
  linkOriginsFor,
  permissionDecision,
  windowOpenDecision,
  type PolicyContext
} from './shell/policy'
import { createNotifier, notificationFor } from './shell/notify'
import { savePdf } from './shell/pdf'
import { createSafeSecretStore } from './shell/safe-secrets'
import { SAVE_PDF_COMMAND } from '../shared/pdf'
import { INVOKE_CHANNEL, EVENT_CHANNEL, NOTIFY_CHANNEL } from '../preload/api'
import { toIpcAnswer } from './core/store/serialized'

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
app.enableSandbox()

let host: Host | null = null
let logs: HostLogger | null = null

async function boot(): Promise<void> {
  const dataDir = app.getPath('userData')
  logs = await createLogger({ dataDir, terminal: !app.isPackaged })
  const binding = electronNativeBinding({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath(), platform: process.platform, arch: process.arch })
  host = await startHost({
    dataDir,
    secrets: createSafeSecretStore(dataDir, safeStorage),
    logger: logs.logger,
    webhookHost: '127.0.0.1',
    webhookPort: Number(process.env.COUNTERTOP_WEBHOOK_PORT ?? 4401),
    core: { nativeBinding: existsSync(binding) ? binding : undefined }
  })
  const { core, setup, emulator } = host
  host.startBackground()

  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  const ctx: PolicyContext = { appUrl: devUrl ?? `${APP_ORIGIN}/index.html`, linkOrigins: linkOriginsFor(setup.mode, emulator?.url ?? null) }
  const csp = buildCsp({ linkOrigins: ctx.linkOrigins, devServerOrigin: devUrl ? new URL(devUrl).origin : null })

  // The console's files, served from out/renderer with our CSP header.
  const root = join(__dirname, '../renderer')
  protocol.handle(APP_SCHEME, async (req) => {
    const url = new URL(req.url)
    const path = join(root, decodeURIComponent(url.pathname))
    if (url.host !== new URL(APP_ORIGIN).host || !path.startsWith(root)) return new Response('not found', { status: 404 })
    const res = await net.fetch(pathToFileURL(path).toString())
    const headers = new Headers(res.headers)
    headers.set('Content-Security-Policy', csp)
    return new Response(res.body, { status: res.status, headers })
  })
  if (devUrl) {
    session.defaultSession.webRequest.onHeadersReceived((d, cb) => {
      cb({ responseHeaders: d.url.startsWith(devUrl) ? { ...d.responseHeaders, 'Content-Security-Policy': [csp] } : d.responseHeaders })
    })
  }
  session.defaultSession.setPermissionRequestHandler((wc, permission, cb, details) => {
    const origin = details.requestingUrl ? new URL(details.requestingUrl).origin : wc.getURL()
    cb(permissionDecision(permission, origin, ctx, (details as { mediaTypes?: string[] }).mediaTypes ?? []))
  })
  session.defaultSession.setPermissionCheckHandler((_wc, permission, origin) => permissionDecision(permission, origin, ctx))

  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, args: unknown) => {
    const frame = event.senderFrame
    const role = ipcRole({ url: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame }, ctx)
    if (!role) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This frame may not use the console API.' } }
    if (!ipcMayInvoke(role, String(name))) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'The customer display may only read the display (display.get).' } }
    // The one shell request (a receipt's Save PDF): this window's page, printed to a file the user picks.
    if (name === SAVE_PDF_COMMAND) {
      const wc = event.sender
      const owner = BrowserWindow.fromWebContents(wc)
      return savePdf(args, {
        defaultDir: app.getPath('documents'),
        showSaveDialog: (o) => (owner ? dialog.showSaveDialog(owner, o) : dialog.showSaveDialog(o)),
        printToPDF: (o) => wc.printToPDF(o),
        writeFile: (path, data) => writeFile(path, data)
      })
    }
    return toIpcAnswer(await core.registry.dispatchWire(String(name), args))
  })

  const webPreferences: WebPreferences = {
    preload: join(__dirname, '../preload/index.js'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false
  }
  /** The same guards on every window: no navigation away, no webviews, no new windows. */
  const guard = (w: BrowserWindow) => {
    w.webContents.on('will-navigate', (e, url) => {
      if (!isAllowedNavigation(url, ctx)) e.preventDefault()
    })
    w.webContents.on('will-attach-webview', (e) => e.preventDefault())
    w.webContents.setWindowOpenHandler(({ url }) => {
      const d = windowOpenDecision(url)
      if (d.openExternal) void shell.openExternal(d.openExternal)
      return { action: 'deny' }
    })
  }

  const win = new BrowserWindow({ width: 1280, height: 820, title: 'Countertop', icon: join(app.getAppPath(), 'resources/icon.png'), webPreferences })
  guard(win)

  // The paid / failed cue's OS notification (the preload's notify), asked for by the console page only.
  const notifier = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (o) => new Notification(o),
    onClick: () => {
      if (win.isDestroyed()) return
      if (win.isMinimized()) win.restore()
      win.show()
      win.focus()
    }
  })
  ipcMain.handle(NOTIFY_CHANNEL, (event, raw: unknown) => {
    const frame = event.senderFrame
    const req = notificationFor(ipcRole({ url: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame }, ctx), raw)
    return req ? notifier.show(req) : false
  })
  const unsubscribe = core.bus.subscribe((msg) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, msg)
  })
  win.on('closed', unsubscribe)

  // The customer display: a second window (on another screen when there is one) that hears only display.updated.
  let displayWin: BrowserWindow | null = null
  core.setDisplayOpener(async () => {
    if (displayWin && !displayWin.isDestroyed()) {
      displayWin.show()
      displayWin.focus()
      return { url: null, opened: true }
    }
    const place = displayWindowPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay().id)
    const dw = new BrowserWindow({ ...place.bounds, fullscreen: place.fullscreen, title: 'Customer display', autoHideMenuBar: true, icon: join(app.getAppPath(), 'resources/icon.png'), webPreferences })
    displayWin = dw
    guard(dw)
    const off = core.bus.subscribe((msg) => {
      if (!dw.isDestroyed() && forwardsToDisplay(msg.type)) dw.webContents.send(EVENT_CHANNEL, msg)
    })
    dw.on('closed', () => {
      off()
      displayWin = null
    })
    await dw.loadURL(displayPageUrl(ctx))
    return { url: null, opened: true }
  })
  await win.loadURL(ctx.appUrl)
}

app.whenReady().then(boot, () => app.exit(1)).catch((err: Error) => {
  if (logs) logs.logger.fatal({ err }, 'Countertop could not start')
  else process.stderr.write(`Countertop could not start: ${err.message}\n`)
  app.exit(1)
})
app.on('window-all-closed', () => app.quit())
app.on('will-quit', (e) => {
  if (!host) return
  e.preventDefault()
  const h = host
  host = null
  void h
    .close()
    .then(() => logs?.close())
    .finally(() => app.exit(0))
})
