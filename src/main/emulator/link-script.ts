// The Link page's script (the browser bundle of ./link-ui) and where the emulator gets it.
//   built  — out/main/*.js and the packaged app: the main build emits the bundle as
//            out/main/emulator-link/link.js (electron.vite.config.ts); it is read once.
//   source — vitest or tsx, i.e. this module is src/main/emulator/link-script.ts next to
//            ./link-ui/main.ts: the bundle is made in memory on first use, with the same
//            bundleLinkUi() the build uses, so it is never stale and needs no build step.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** The browser entry, relative to this folder. */
export const LINK_UI_ENTRY = join('link-ui', 'main.ts')
/** Where the main build writes the bundle, relative to its outDir (out/main). */
export const LINK_SCRIPT_ASSET = 'emulator-link/link.js'

export type LinkScriptLocation = { kind: 'source'; entry: string } | { kind: 'built'; file: string }

/**
 * Where the script comes from for emulator code living in `dir`: the source entry beside it, or
 * the built asset (`dir` is out/main, or out/main/chunks when the emulator is a shared chunk).
 */
export function locateLinkScript(dir: string): LinkScriptLocation | null {
  const entry = join(dir, LINK_UI_ENTRY)
  if (existsSync(entry)) return { kind: 'source', entry }
  for (const base of [dir, join(dir, '..')]) {
    const file = join(base, LINK_SCRIPT_ASSET)
    if (existsSync(file)) return { kind: 'built', file }
  }
  return null
}

/** Bundles the Link UI into one classic script (IIFE) with Vite; nothing is written to disk. */
export async function bundleLinkUi(entry: string): Promise<{ code: string; files: string[] }> {
  // Loaded only here: Vite is a build tool (a devDependency), never needed by a built emulator.
  const { build } = await import('vite')
  const result = await build({
    configFile: false,
    root: dirname(entry),
    envDir: false,
    publicDir: false,
    logLevel: 'silent',
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      sourcemap: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'meshLinkEmulator', fileName: () => 'link.js' }
    }
  })
  const outputs = Array.isArray(result) ? result : [result]
  for (const out of outputs) {
    if (!('output' in out)) continue
    for (const chunk of out.output) {
      if (chunk.type === 'chunk' && chunk.isEntry) return { code: chunk.code, files: chunk.moduleIds.filter((id) => !id.startsWith('\0')) }
    }
  }
  throw new Error('Bundling the Link UI produced no script')
}

export class LinkScriptMissingError extends Error {
  readonly statusCode = 500
  constructor(dir: string) {
    super(`The Link page script is missing: run \`npm run build\` (looked for ${LINK_SCRIPT_ASSET} beside ${dir} and its parent)`)
  }
}

const cache = new Map<string, Promise<string>>()

/** The script's code, found (or bundled) once per process; a failure is retried next time. */
export function loadLinkScript(dir: string = __dirname): Promise<string> {
  let script = cache.get(dir)
  if (!script) {
    script = (async () => {
      const where = locateLinkScript(dir)
      if (!where) throw new LinkScriptMissingError(dir)
      return where.kind === 'built' ? readFile(where.file, 'utf8') : (await bundleLinkUi(where.entry)).code
    })()
    cache.set(dir, script)
    script.catch(() => cache.delete(dir))
  }
  return script
}
