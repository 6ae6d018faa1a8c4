import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'

// The boundary rules are the point of this file: the core never imports electron (it runs
// headless and under the tests), the renderer never reaches into the core or main, and
// shared code depends on nothing of either side.
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/renderer', from: './src/main', message: 'The renderer talks to the core only through the bridge.' },
            { target: './src/renderer', from: './src/preload', message: 'The renderer uses window.countertop, not the preload module.' },
            { target: './src/shared', from: './src/main', message: 'Shared code must not depend on the main process.' },
            { target: './src/shared', from: './src/renderer', message: 'Shared code must not depend on the renderer.' },
            { target: './src/main/core', from: './src/main', except: ['./core'], message: 'The core must not depend on a shell.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/headless/**/*.ts', 'src/main/emulator-cli.ts', 'src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only the Electron shell (src/main/*.ts, src/preload) may import electron.' }], patterns: [{ group: ['electron/*'], message: 'Only the Electron shell may import electron.' }] }]
    }
  }
)
