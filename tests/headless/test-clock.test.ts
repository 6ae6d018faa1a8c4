// The test-only clock of headless mode (COUNTERTOP_TEST_CLOCK_FILE): off by default; when set, the
// core's time is Date.now() plus the milliseconds written in that file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseClockOffset, testClockFromEnv } from '../../src/main/headless/test-clock'
import { waitFor } from '../helpers/wait'

describe('headless test clock', () => {
  it('is off unless the variable names a file', () => {
    expect(testClockFromEnv({})).toBeNull()
    expect(testClockFromEnv({ COUNTERTOP_TEST_CLOCK_FILE: '  ' })).toBeNull()
  })

  it('reads an integer offset and ignores anything else', () => {
    expect(parseClockOffset('660000\n')).toBe(660000)
    expect(parseClockOffset('-5')).toBe(-5)
    expect(parseClockOffset('1e6')).toBe(0)
    expect(parseClockOffset('')).toBe(0)
  })

  it('moves the clock by what the file says, as the file changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ct-clock-'))
    const file = join(dir, 'clock')
    const clock = testClockFromEnv({ COUNTERTOP_TEST_CLOCK_FILE: file }, () => 1_000)!
    try {
      expect(clock.now()).toBe(1_000)
      await writeFile(file, '660000')
      await waitFor(() => clock.now() === 661_000, { timeoutMs: 3_000 })
      await writeFile(file, '0')
      await waitFor(() => clock.now() === 1_000, { timeoutMs: 3_000 })
    } finally {
      clock.stop()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
