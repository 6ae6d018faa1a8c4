#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron-<platform>-<arch>/, leaving
// node_modules (the Node build the tests use) untouched. Run by `npm start` and `npm run
// dist`; skipped when the binary for this Electron version is already there. Needs the
// network once (Electron's headers) — never run from postinstall.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const arch = process.env.npm_config_arch || process.arch
const platform = process.platform
const electronVersion = require('electron/package.json').version
const sqliteVersion = require('better-sqlite3/package.json').version
const outDir = join(root, 'native', `electron-${platform}-${arch}`)
const stamp = join(outDir, 'stamp.json')
const want = JSON.stringify({ electronVersion, sqliteVersion, arch })

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want && existsSync(join(outDir, 'better_sqlite3.node'))) {
  console.log(`electron-native: better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch}) is up to date`)
  process.exit(0)
}

let rebuild
try {
  ;({ rebuild } = require('@electron/rebuild'))
} catch {
  console.error('electron-native: @electron/rebuild is not installed (npm ci installs it as a dev dependency).')
  process.exit(1)
}

// Rebuild a private copy of the module so node_modules keeps its Node-ABI binary.
const work = join(tmpdir(), `countertop-native-${process.pid}`)
rmSync(work, { recursive: true, force: true })
mkdirSync(join(work, 'node_modules'), { recursive: true })
cpSync(dirname(require.resolve('better-sqlite3/package.json')), join(work, 'node_modules', 'better-sqlite3'), { recursive: true })
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'native-work', version: '1.0.0', dependencies: { 'better-sqlite3': sqliteVersion } }))
console.log(`electron-native: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch})…`)
try {
  await rebuild({ buildPath: work, electronVersion, arch, onlyModules: ['better-sqlite3'], force: true })
} catch (err) {
  console.error(`electron-native: rebuild failed: ${err.message}`)
  process.exit(1)
}
mkdirSync(outDir, { recursive: true })
cpSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), join(outDir, 'better_sqlite3.node'))
writeFileSync(stamp, want)
rmSync(work, { recursive: true, force: true })
console.log(`electron-native: wrote ${join(outDir, 'better_sqlite3.node')}`)
