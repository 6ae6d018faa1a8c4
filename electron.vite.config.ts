import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { LINK_SCRIPT_ASSET, bundleLinkUi } from './src/main/emulator/link-script'

/**
 * The emulator's Link page script: src/main/emulator/link-ui bundled for the browser and emitted
 * with the main build as out/main/emulator-link/link.js, where the built emulator reads it.
 * Vite itself stays external: the emulator imports it only when run from source.
 */
function emulatorLinkUi(): Plugin {
  return {
    name: 'countertop:emulator-link-ui',
    enforce: 'pre',
    resolveId: (id) => (id === 'vite' ? { id, external: true } : null),
    async buildStart() {
      const { code, files } = await bundleLinkUi(resolve(__dirname, 'src/main/emulator/link-ui/main.ts'))
      for (const f of files) this.addWatchFile(f)
      this.emitFile({ type: 'asset', fileName: LINK_SCRIPT_ASSET, source: code })
    }
  }
}

// Three main-process entries share one build: the Electron main (index), headless mode
// (headless) and the standalone Mesh emulator (emulator). The core is plain Node, so the
// last two run under `node` directly.
export default defineConfig({
  main: {
    plugins: [emulatorLinkUi()],
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          headless: resolve(__dirname, 'src/main/headless/cli.ts'),
          emulator: resolve(__dirname, 'src/main/emulator/cli.ts'),
          // The SQLite store's threads (writer, reader, checkpointer): src/main/core/store/sqlite
          'sqlite-worker': resolve(__dirname, 'src/main/core/store/sqlite/worker.ts'),
          'ledger-migrate': resolve(__dirname, 'src/main/tools/ledger-migrate.ts')
        }
      }
    }
  },
  preload: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // The console, and the customer display (a second, small page: src/renderer/src/display).
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html'), display: resolve(__dirname, 'src/renderer/display.html') } }
    }
  }
})
