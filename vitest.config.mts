import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The e2e, torture and CLI tests run the built out/: rebuild it first when src/ is newer.
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll waits for a condition; on a busy CI machine 1 s (the default) is not enough for a
    // browser round trip. Only a failing poll ever waits this long.
    expect: { poll: { timeout: 5_000 } },
    pool: 'forks',
    maxWorkers: 2
  }
})
