// Where the Electron-ABI build of better-sqlite3 lives. The Node build in node_modules stays
// untouched so `npm test` always works; `npm start` / `npm run dist` build a second copy for
// Electron (scripts/electron-native.mjs) and the shell passes it as `nativeBinding`.
import { join } from 'node:path'

export function electronNativeDir(root: string, platform: string, arch: string): string {
  return join(root, 'native', `electron-${platform}-${arch}`)
}

/** Packaged: resources/native/…; from source: <project>/native/…. */
export function electronNativeBinding(o: { isPackaged: boolean; resourcesPath: string; appPath: string; platform: string; arch: string }): string {
  const root = o.isPackaged ? o.resourcesPath : o.appPath
  return join(electronNativeDir(root, o.platform, o.arch), 'better_sqlite3.node')
}
