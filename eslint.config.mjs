import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

// The boundary rules are the point of this file (ARCHITECTURE.md, "Layout"). They only hold
// because an import resolver is configured: `import-x/no-restricted-paths` compares the
// *resolved* file of every import with the zones, and without a resolver that understands
// TypeScript (`./core` -> `./core/index.ts`) nothing resolves and every zone silently
// matches nothing. tests/lint/boundaries.test.ts lints a forbidden import into each zone and
// fails if that ever happens again.

const root = import.meta.dirname

// One entry per forbidden edge, so each error says exactly which boundary it broke.
// `[boundary <name>]` is the rule's name; keep it stable, the test looks for it.
const zone = (name, target, from, why, except) => ({
  target,
  from,
  ...(except ? { except } : {}),
  message: `[boundary ${name}] ${why} (ARCHITECTURE.md "Layout")`
})

const zones = [
  // src/shared: the contract both sides import. Depends on nothing of either side.
  zone('shared-no-main', './src/shared', './src/main', 'src/shared must not import src/main: shared code depends on neither side.'),
  zone('shared-no-renderer', './src/shared', './src/renderer', 'src/shared must not import src/renderer: shared code depends on neither side.'),
  zone('shared-no-preload', './src/shared', './src/preload', 'src/shared must not import src/preload: shared code depends on neither side.'),

  // src/main/core: the Node core. Imports neither electron nor the emulator nor a host.
  zone('core-no-shell', './src/main/core', './src/main/shell', 'src/main/core must not import the Electron shell (src/main/shell).'),
  zone('core-no-electron-main', './src/main/core', './src/main/index.ts', 'src/main/core must not import the Electron entry (src/main/index.ts).'),
  zone('core-no-headless', './src/main/core', './src/main/headless', 'src/main/core must not import the headless host (src/main/headless).'),
  zone('core-no-host', './src/main/core', './src/main/host', 'src/main/core must not import the host bootstrap (src/main/host); hosts depend on the core, not the reverse.'),
  zone('core-no-emulator', './src/main/core', './src/main/emulator', 'src/main/core must not import the Mesh emulator (src/main/emulator); a host starts it and hands the core a Mesh base URL.'),
  zone('core-no-main', './src/main/core', './src/main', 'src/main/core imports only src/main/core and src/shared.', ['./core', './shell', './index.ts', './headless', './host', './emulator']),
  zone('core-no-preload', './src/main/core', './src/preload', 'src/main/core must not import src/preload.'),
  zone('core-no-renderer', './src/main/core', './src/renderer', 'src/main/core must not import src/renderer.'),

  // src/main/emulator: the Mesh stand-in, beside the core. Only src/shared.
  zone('emulator-no-core', './src/main/emulator', './src/main/core', 'src/main/emulator must not import src/main/core: it stands in for Mesh and talks to the core only over HTTP.'),
  zone('emulator-no-host', './src/main/emulator', './src/main/host', 'src/main/emulator must not import the host bootstrap (src/main/host).'),
  zone('emulator-no-headless', './src/main/emulator', './src/main/headless', 'src/main/emulator must not import the headless host (src/main/headless).'),
  zone('emulator-no-shell', './src/main/emulator', './src/main/shell', 'src/main/emulator must not import the Electron shell (src/main/shell).'),
  zone('emulator-no-electron-main', './src/main/emulator', './src/main/index.ts', 'src/main/emulator must not import the Electron entry (src/main/index.ts).'),
  zone('emulator-no-main', './src/main/emulator', './src/main', 'src/main/emulator imports only src/main/emulator and src/shared.', ['./emulator', './core', './host', './headless', './shell', './index.ts']),
  zone('emulator-no-renderer', './src/main/emulator', './src/renderer', 'src/main/emulator must not import src/renderer.'),
  zone('emulator-no-preload', './src/main/emulator', './src/preload', 'src/main/emulator must not import src/preload.'),

  // src/main/host: the bootstrap both hosts share. May use the core and the emulator.
  zone('host-no-headless', './src/main/host', './src/main/headless', 'src/main/host must not import the headless host (src/main/headless); both hosts import the bootstrap, not the reverse.'),
  zone('host-no-shell', './src/main/host', './src/main/shell', 'src/main/host must not import the Electron shell (src/main/shell); both hosts import the bootstrap, not the reverse.'),
  zone('host-no-electron-main', './src/main/host', './src/main/index.ts', 'src/main/host must not import the Electron entry (src/main/index.ts).'),
  zone('host-no-renderer', './src/main/host', './src/renderer', 'src/main/host must not import src/renderer.'),
  zone('host-no-preload', './src/main/host', './src/preload', 'src/main/host must not import src/preload.'),

  // src/main/headless: the headless host. Never the Electron shell.
  zone('headless-no-shell', './src/main/headless', './src/main/shell', 'src/main/headless must not import the Electron shell (src/main/shell); headless mode runs under plain Node.'),
  zone('headless-no-electron-main', './src/main/headless', './src/main/index.ts', 'src/main/headless must not import the Electron entry (src/main/index.ts); headless mode runs under plain Node.'),
  zone('headless-no-renderer', './src/main/headless', './src/renderer', 'src/main/headless must not import src/renderer; it serves the built renderer as static files.'),
  zone('headless-no-preload', './src/main/headless', './src/preload', 'src/main/headless must not import src/preload.'),

  // src/renderer: talks to the core only through its bridge; imports only src/shared.
  zone('renderer-no-main', './src/renderer', './src/main', 'src/renderer must not import src/main: the renderer talks to the core only through the bridge.'),
  zone('renderer-no-preload', './src/renderer', './src/preload', 'src/renderer must not import src/preload: it uses window.countertop through the bridge.'),

  // src/preload: exposes the typed API only.
  zone('preload-no-main', './src/preload', './src/main', 'src/preload must not import src/main: the preload exposes the typed API and nothing else.'),
  zone('preload-no-renderer', './src/preload', './src/renderer', 'src/preload must not import src/renderer.'),

  // Product code never depends on the tests or the benchmarks.
  zone('src-no-tests', './src', ['./tests', './bench'], 'src must not import tests/ or bench/.')
]

// Only the Electron shell (src/main/index.ts, src/main/shell/**) and src/preload/** may
// import electron; everywhere else (core, emulator, host, headless, shared, renderer, tests,
// bench, scripts) runs without it. Static imports and re-exports go through
// no-restricted-imports; dynamic import(), require() and `import x = require()` through
// no-restricted-syntax.
// Reading `electron/package.json` (scripts/electron-native.mjs does, for the version) is not
// importing electron and stays allowed.
const electronMessage =
  '[boundary no-electron] Only the Electron shell (src/main/index.ts, src/main/shell/**) and src/preload/** may import electron; this code must also run under plain Node (ARCHITECTURE.md "Layout").'
const electronSpecifier = '/^electron(\\u002F(?!package\\.json$).*)?$/'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          project: [`${root}/tsconfig.node.json`, `${root}/tsconfig.web.json`],
          noWarnOnMultipleProjects: true
        })
      ]
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronMessage }],
          patterns: [{ group: ['electron/*', '!electron/package.json'], message: electronMessage }]
        }
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=${electronSpecifier}]`, message: electronMessage },
        { selector: `CallExpression[callee.name="require"][arguments.0.value=${electronSpecifier}]`, message: electronMessage },
        { selector: `TSExternalModuleReference[expression.value=${electronSpecifier}]`, message: electronMessage }
      ]
    }
  },
  {
    // The Electron shell: the only code that may import electron.
    files: ['src/main/index.ts', 'src/main/shell/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' }
  }
)
