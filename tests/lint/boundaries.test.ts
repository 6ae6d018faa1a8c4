import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { ESLint, type Linter } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Proves the layering in eslint.config.mjs bites. For every zone it lints a probe file placed
// in the real zone folder that imports something the zone forbids, and expects exactly the
// boundary error for that edge; and it lints an allowed import, which must produce nothing.
// `import-x/no-unresolved` is switched on for the probes, so the allowed cases also prove the
// TypeScript resolver is configured: without it `../core` does not resolve, the zones match
// nothing and every "forbidden" case here fails.
//
// The probes go through lintText with a filePath inside the zone: the rules and the resolver
// work from that path and the probe itself never touches the disk, so nothing appears in src
// for other tools running at the same time. Only a forbidden folder that holds no module yet
// gets a temporary target file, removed in afterAll.

const repoRoot = resolve(__dirname, '../..')
const tag = randomBytes(4).toString('hex')
const probeName = `__lint_probe_${tag}`
const created: string[] = []
let eslint: ESLint

const abs = (p: string): string => join(repoRoot, p)
const isModule = (name: string): boolean => /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')

/** A module inside `target` (a folder or a file, repo-relative) an import can point at. */
function moduleIn(target: string): string {
  const full = abs(target)
  if (existsSync(full) && statSync(full).isFile()) return full
  if (existsSync(join(full, 'index.ts'))) return full // the folder itself resolves, via index.ts
  const names = existsSync(full) ? readdirSync(full).filter(isModule).sort() : []
  if (names[0]) return join(full, names[0])
  // Nothing to import there yet (a folder about to be filled): give the probe a target.
  const file = join(full, `${probeName}_target.ts`)
  if (!existsSync(full)) throw new Error(`${target} does not exist; update the zone table in this test`)
  writeFileSync(file, 'export const probe = 1\n')
  created.push(file)
  return file
}

/** The relative specifier a file in `fromDir` would write to import `target`. */
function specifier(fromDir: string, target: string): string {
  const rel = relative(abs(fromDir), moduleIn(target)).split(sep).join('/').replace(/\.tsx?$/, '')
  return rel.startsWith('.') ? rel : `./${rel}`
}

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: abs(file) })
  // A parse error or "file ignored" warning has no ruleId; it would make every case vacuous.
  expect(result!.messages.filter((m) => m.ruleId === null)).toEqual([])
  return result!.messages
}

const importOf = (spec: string): string => `import * as probe from '${spec}'\nexport { probe }\n`

interface Zone {
  name: string
  /** Repo-relative folder the probe is placed in. */
  dir: string
  /** Forbidden imports: boundary rule name -> repo-relative target (folder or file). */
  forbidden: Record<string, string>
  /** Targets this zone may import. */
  allowed: string[]
}

// src/main itself has no module that is outside every named folder; the catch-all zones
// (core-no-main, emulator-no-main) are probed with a temporary file there.
const mainOther = `src/main/${probeName}_other.ts`

const zones: Zone[] = [
  {
    name: 'src/shared',
    dir: 'src/shared',
    forbidden: { 'shared-no-main': 'src/main/core', 'shared-no-renderer': 'src/renderer/src', 'shared-no-preload': 'src/preload' },
    allowed: ['src/shared']
  },
  {
    name: 'src/main/core',
    dir: 'src/main/core',
    forbidden: {
      'core-no-shell': 'src/main/shell',
      'core-no-electron-main': 'src/main/index.ts',
      'core-no-headless': 'src/main/headless',
      'core-no-host': 'src/main/host',
      'core-no-emulator': 'src/main/emulator',
      'core-no-main': mainOther,
      'core-no-preload': 'src/preload',
      'core-no-renderer': 'src/renderer/src',
      'src-no-tests': 'tests/lint/boundaries.test.ts'
    },
    allowed: ['src/shared', 'src/main/core']
  },
  {
    name: 'src/main/emulator',
    dir: 'src/main/emulator',
    forbidden: {
      'emulator-no-core': 'src/main/core',
      'emulator-no-host': 'src/main/host',
      'emulator-no-headless': 'src/main/headless',
      'emulator-no-shell': 'src/main/shell',
      'emulator-no-electron-main': 'src/main/index.ts',
      'emulator-no-main': mainOther,
      'emulator-no-renderer': 'src/renderer/src',
      'emulator-no-preload': 'src/preload'
    },
    allowed: ['src/shared', 'src/main/emulator']
  },
  {
    name: 'src/main/host',
    dir: 'src/main/host',
    forbidden: {
      'host-no-headless': 'src/main/headless',
      'host-no-shell': 'src/main/shell',
      'host-no-electron-main': 'src/main/index.ts',
      'host-no-renderer': 'src/renderer/src',
      'host-no-preload': 'src/preload'
    },
    allowed: ['src/main/core', 'src/main/emulator', 'src/shared']
  },
  {
    name: 'src/main/headless',
    dir: 'src/main/headless',
    forbidden: {
      'headless-no-shell': 'src/main/shell',
      'headless-no-electron-main': 'src/main/index.ts',
      'headless-no-renderer': 'src/renderer/src',
      'headless-no-preload': 'src/preload'
    },
    allowed: ['src/main/core', 'src/main/host', 'src/main/emulator', 'src/shared']
  },
  {
    name: 'src/renderer',
    dir: 'src/renderer/src/features',
    forbidden: { 'renderer-no-main': 'src/main/core', 'renderer-no-preload': 'src/preload' },
    allowed: ['src/shared']
  },
  {
    name: 'src/preload',
    dir: 'src/preload',
    forbidden: { 'preload-no-main': 'src/main/core', 'preload-no-renderer': 'src/renderer/src' },
    allowed: ['src/shared', 'src/preload']
  },
  {
    name: 'tests',
    dir: 'tests/lint',
    forbidden: {},
    allowed: ['src/main/core', 'src/main/shell', 'src/main/index.ts', 'src/main/emulator', 'src/renderer/src', 'src/shared']
  }
]

beforeAll(async () => {
  writeFileSync(abs(mainOther), 'export const probe = 1\n')
  created.push(abs(mainOther))
  eslint = new ESLint({
    cwd: repoRoot,
    // electron/main, electron/renderer, … exist only at run time (ambient types, no file).
    overrideConfig: { rules: { 'import-x/no-unresolved': ['error', { ignore: ['^electron/(main|renderer|common|utility)$'] }] } }
  })
})

afterAll(() => {
  for (const file of created) rmSync(file, { force: true })
})

describe('layer boundaries (import-x/no-restricted-paths)', () => {
  for (const zone of zones) {
    describe(zone.name, () => {
      const probe = `${zone.dir}/${probeName}.ts`

      for (const [rule, target] of Object.entries(zone.forbidden)) {
        it(`rejects an import of ${target} with [boundary ${rule}]`, async () => {
          const messages = await lint(probe, importOf(specifier(zone.dir, target)))
          expect(messages).toEqual([
            expect.objectContaining({
              ruleId: 'import-x/no-restricted-paths',
              severity: 2,
              message: expect.stringContaining(`[boundary ${rule}]`)
            })
          ])
        })
      }

      for (const target of zone.allowed) {
        it(`allows (and resolves) an import of ${target}`, async () => {
          expect(await lint(probe, importOf(specifier(zone.dir, target)))).toEqual([])
        })
      }
    })
  }
})

describe('electron only in the Electron shell', () => {
  const electronImport = "import { app } from 'electron'\nexport { app }\n"
  const noElectron = [
    'src/main/core',
    'src/main/emulator',
    'src/main/host',
    'src/main/headless',
    'src/shared',
    'src/renderer/src/features',
    'tests/lint',
    'bench'
  ]

  for (const dir of noElectron) {
    it(`rejects electron in ${dir}`, async () => {
      const messages = await lint(`${dir}/${probeName}.ts`, electronImport)
      expect(messages).toEqual([
        expect.objectContaining({ ruleId: 'no-restricted-imports', severity: 2, message: expect.stringContaining('[boundary no-electron]') })
      ])
    })
  }

  it('rejects electron in scripts', async () => {
    const messages = await lint(`scripts/${probeName}.mjs`, electronImport)
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: 'no-restricted-imports', message: expect.stringContaining('[boundary no-electron]') })
    ])
  })

  it.each([
    ['a subpath import', "import { app } from 'electron/main'\nexport { app }\n", 'no-restricted-imports'],
    ['a re-export', "export { app } from 'electron'\n", 'no-restricted-imports'],
    ['a dynamic import', "export const load = () => import('electron')\n", 'no-restricted-syntax'],
    ['a require', "// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const e = require('electron')\n", 'no-restricted-syntax']
  ])('rejects electron through %s in the core', async (_how, code, ruleId) => {
    const messages = await lint(`src/main/core/${probeName}.ts`, code)
    expect(messages).toEqual([expect.objectContaining({ ruleId, message: expect.stringContaining('[boundary no-electron]') })])
  })

  it('lets scripts read electron/package.json for the version', async () => {
    const code = "import { createRequire } from 'node:module'\nexport const v = createRequire(import.meta.url)('electron/package.json').version\nexport { default as pkg } from 'electron/package.json'\n"
    expect(await lint(`scripts/${probeName}.mjs`, code)).toEqual([])
  })

  it.each(['src/main/index.ts', `src/main/shell/${probeName}.ts`, `src/preload/${probeName}.ts`])(
    'allows electron in %s',
    async (file) => {
      expect(await lint(file, electronImport)).toEqual([])
      expect(await lint(file, "import { contextBridge } from 'electron/renderer'\nexport { contextBridge }\n")).toEqual([])
    }
  )
})
