// Vitest globalSetup: never run the tests against a stale build. The e2e, torture and CLI tests
// spawn the built out/ (headless.js, the Electron main, the renderer); if any build input is
// newer than the oldest file in out/, rebuild with `npx electron-vite build` first, and stop the
// run with the build's own output if that fails. When out/ is fresh this is a walk over the
// source tree's mtimes: a few milliseconds.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'out')
/** What the build reads: the sources and the build configuration. */
const INPUTS = [join(ROOT, 'src'), join(ROOT, 'electron.vite.config.ts')]
/** What the tests need to find in out/ after a build. */
const REQUIRED = ['main/index.js', 'main/headless.js', 'main/emulator.js', 'preload/index.js', 'renderer/index.html']
/** Serialises builds between vitest runs started at the same time (two builds into out/ would clash). */
const LOCK = join(ROOT, 'node_modules/.cache/countertop-build.lock')

interface Newest {
  mtimeMs: number
  file: string | null
}

/** The newest file under `paths` (mtime), or the oldest with `oldest`. */
function scan(paths: string[], pick: 'newest' | 'oldest'): Newest {
  let best: Newest = { mtimeMs: pick === 'newest' ? -Infinity : Infinity, file: null }
  const visit = (p: string) => {
    let st
    try {
      st = statSync(p)
    } catch {
      return
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) visit(join(p, name))
      return
    }
    if (pick === 'newest' ? st.mtimeMs > best.mtimeMs : st.mtimeMs < best.mtimeMs) best = { mtimeMs: st.mtimeMs, file: p }
  }
  for (const p of paths) visit(p)
  return best
}

function missingOutputs(): string | null {
  const missing = REQUIRED.filter((f) => !existsSync(join(OUT, f)))
  return missing.length ? `out/ has no ${missing.join(', ')}` : null
}

/** Why out/ cannot be used as it is, or null when it is fresh. */
export function staleness(): string | null {
  const missing = missingOutputs()
  if (missing) return missing
  const newestInput = scan(INPUTS, 'newest')
  const oldestOutput = scan([OUT], 'oldest')
  if (newestInput.file && newestInput.mtimeMs > oldestOutput.mtimeMs) {
    return `${relative(ROOT, newestInput.file)} changed after out/ was built (${relative(ROOT, oldestOutput.file!)})`
  }
  return null
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function acquireLock(timeoutMs: number): () => void {
  mkdirSync(join(LOCK, '..'), { recursive: true })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      mkdirSync(LOCK)
      writeFileSync(join(LOCK, 'pid'), String(process.pid))
      return () => rmSync(LOCK, { recursive: true, force: true })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    // Held: by a live build in another run (wait for it), or left behind by a dead one (take it over).
    let holder = NaN
    try {
      holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'))
    } catch {
      /* being written or removed right now */
    }
    if (Number.isInteger(holder) && !pidAlive(holder)) {
      rmSync(LOCK, { recursive: true, force: true })
      continue
    }
    if (Date.now() > deadline) throw new Error(`another test run has been building out/ for over ${timeoutMs / 1000} s (lock ${LOCK}); remove the lock if no build is running`)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
  }
}

export default function ensureFreshBuild(): void {
  const reason = staleness()
  if (!reason) return
  const release = acquireLock(10 * 60_000)
  try {
    // Another run may have built it while this one waited for the lock.
    const still = staleness()
    if (!still) return
    const t0 = Date.now()
    console.info(`[tests/setup/build] ${still}: running \`npx electron-vite build\`…`)
    const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', timeout: 10 * 60_000, env: process.env })
    if (r.error || r.status !== 0) {
      const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n')
      throw new Error(
        `The tests need a fresh build of out/ (${still}), and \`npx electron-vite build\` failed ` +
          `(${r.error ? r.error.message : `exit code ${r.status ?? r.signal}`}). Fix the build, then run the tests again.\n${output}`
      )
    }
    const missing = missingOutputs()
    if (missing) throw new Error(`\`npx electron-vite build\` succeeded but ${missing}: check electron.vite.config.ts's entries`)
    // A source edited while the build ran is built by the next run; this one uses what was built.
    const after = staleness()
    if (after) console.warn(`[tests/setup/build] ${after} (during the build): the next run rebuilds`)
    console.info(`[tests/setup/build] built out/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  } finally {
    release()
  }
}
