// The built `ledger:migrate` (out/main/ledger-migrate.js, rebuilt by tests/setup/build.ts when
// stale) run as a child process, the way `npm run ledger:migrate` runs it.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const MIGRATE_JS = join(resolve(__dirname, '../..'), 'out/main/ledger-migrate.js')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

export function runMigrate(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  if (!existsSync(MIGRATE_JS)) throw new Error(`${MIGRATE_JS} is missing: the build has no 'ledger-migrate' entry (electron.vite.config.ts)`)
  const t0 = performance.now()
  const childEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries({ ...process.env, COUNTERTOP_DATABASE_URL: undefined, ...env })) if (v !== undefined) childEnv[k] = v
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [MIGRATE_JS, ...args], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000)
    child.on('error', rej)
    child.on('close', (code) => {
      clearTimeout(timer)
      res({ code, stdout, stderr, ms: performance.now() - t0 })
    })
  })
}

/** The summary line of one table: [rows, copied, already there, conflicts], or null. */
export function summaryOf(stdout: string, table: string): [number, number, number, number] | null {
  const m = new RegExp(`^ {2}${table} +(\\d+) rows +(\\d+) copied +(\\d+) already there +(\\d+) conflicts`, 'm').exec(stdout)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : null
}
