// Storage at start-up and while running: a damaged ledger is refused (PRAGMA quick_check) with
// the file named and what to do; one instance per data dir (a lock file with the holder's PID,
// a stale one taken over); private files (0600) in a private dir (0700); a data dir that cannot
// be written is refused naming the path and the cause; /healthz says 503 when storage cannot write.
import { spawn, spawnSync } from 'node:child_process'
import { createHmac, randomUUID } from 'node:crypto'
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { acquireDataDirLock } from '../../src/main/host/datadir'
import { makeUnwritable, prng, rawRequest, ready, removeDir, serve, tempDir, type Serve } from './helpers'

const SECRET = 'whsec-storage'
const LEDGER = 'countertop.sqlite'

const mode = (p: string) => statSync(p).mode & 0o777

/** Posts n signed deliveries; answers other than 200 (or a cut connection) count as not acknowledged. */
async function deliver(webhookUrl: string, n: number, concurrency = 32, seen: Record<string, number> = {}): Promise<number> {
  const u = new URL(webhookUrl)
  let ok = 0
  let next = 0
  const pad = 'x'.repeat(1500)
  const worker = async () => {
    while (next < n) {
      const i = next++
      const body = JSON.stringify({ EventId: randomUUID(), Id: randomUUID(), SentTimestamp: Math.floor(Date.now() / 1000), Timestamp: Date.now(), TransferId: `st-${i}-${randomUUID()}`, TransferStatus: i % 3 ? 'Pending' : 'Succeeded', TxHash: i % 3 ? undefined : `0x${i.toString(16)}`, TransactionId: `txn-${i}`, SourceAmount: 12.5, DestinationAmount: 12.5, Note: pad })
      const r = await rawRequest({ host: u.hostname, port: Number(u.port), method: 'POST', path: u.pathname, headers: { 'content-type': 'application/json', 'x-mesh-signature-256': createHmac('sha256', SECRET).update(body).digest('base64') }, body }).catch((err: Error) => ({ status: err.message }))
      seen[String(r.status)] = (seen[String(r.status)] ?? 0) + 1
      if (r.status === 200) ok++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return ok
}

describe('storage: damaged ledger, one instance per data dir, file modes, unwritable dirs, /healthz', () => {
  const dirs: string[] = []
  const running: Serve[] = []
  const undo: (() => void)[] = []
  afterAll(async () => {
    for (const s of running) await s.kill()
    for (const u of undo) u()
    for (const d of dirs) removeDir(d)
  })
  const dir = () => {
    const d = tempDir('countertop-storage-')
    dirs.push(d)
    return d
  }
  const start = (dataDir: string, env: Record<string, string> = {}) => {
    const s = serve(['--data', dataDir, '--port', '0', '--webhook-port', '0'], { MESH_WEBHOOK_SECRET: SECRET, ...env })
    running.push(s)
    return s
  }

  it('refuses to start on a ledger with garbage in its middle pages, naming the file and what to do', async () => {
    const dataDir = dir()
    const first = start(dataDir)
    const lines = await ready(first)
    expect(await deliver(lines.webhooks!, 1500)).toBe(1500)
    expect((await first.stop()).code).toBe(0)
    const file = join(dataDir, LEDGER)
    const size = statSync(file).size
    expect(size).toBeGreaterThan(2 * 1024 * 1024)
    // 64 KiB of garbage over the middle pages of the real file, as a failing disk would leave it.
    const rand = prng(15)
    const garbage = Buffer.alloc(64 * 1024)
    for (let i = 0; i < garbage.length; i++) garbage[i] = Math.floor(rand() * 256)
    const at = Math.floor(size / 2 / 4096) * 4096
    const fd = openSync(file, 'r+')
    writeSync(fd, garbage, 0, garbage.length, at)
    closeSync(fd)

    const t0 = performance.now()
    const second = start(dataDir)
    const { code } = await second.exited
    const ms = performance.now() - t0
    expect(code, second.stderr()).toBe(1)
    expect(second.stdout()).not.toMatch(/^webhooks:/m)
    const err = second.stderr()
    expect(err).toContain(`The ledger ${file} is damaged`)
    expect(err).toMatch(/quick_check/)
    expect(err).toMatch(/backup/)
    expect(err).toMatch(/\.recover/)
    console.info(`[storage] ${(size / 1024 / 1024).toFixed(1)} MB ledger, 64 KiB of garbage at offset ${at}: refused in ${ms.toFixed(0)} ms — ${err.split('\n').find((l) => l.includes('damaged'))!.slice(0, 220)}…`)
  }, 60_000)

  it('lets one instance use a data dir: a second one is refused naming the holder PID; a stale lock is taken over', async () => {
    const dataDir = dir()
    const a = start(dataDir)
    const aLines = await ready(a, ['console', 'webhooks', 'mesh-emulator'])
    const lock = join(dataDir, 'countertop.lock')
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: a.pid })
    expect(mode(lock)).toBe(0o600)
    const logsBefore = readFileSync(join(dataDir, 'logs', 'countertop.1.log'), 'utf8').length

    const b = start(dataDir)
    const t0 = performance.now()
    const { code } = await b.exited
    expect(code, b.stderr()).toBe(1)
    expect(b.stderr()).toContain(`Another Countertop (PID ${a.pid}) is using the data directory ${dataDir}`)
    expect(b.stdout()).toBe('')
    console.info(`[storage] second instance refused in ${(performance.now() - t0).toFixed(0)} ms: ${b.stderr().trim()}`)
    // The first one is untouched: same lock, still serving, nothing written into its logs by the second.
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: a.pid })
    expect((await rawRequest({ host: '127.0.0.1', port: Number(new URL(aLines.webhooks!).port), path: '/healthz' })).status).toBe(200)
    expect(await deliver(aLines.webhooks!, 5)).toBe(5)
    expect(readFileSync(join(dataDir, 'logs', 'countertop.1.log'), 'utf8').slice(logsBefore)).not.toMatch(/"pid":\s*${b.pid}\b/)

    // SIGKILL leaves the lock behind; its PID is gone, so the next start takes it over.
    await a.kill()
    expect(existsSync(lock)).toBe(true)
    const c = start(dataDir)
    await ready(c)
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: c.pid })
    expect((await c.stop()).code).toBe(0)
    // A clean stop removes it.
    expect(existsSync(lock)).toBe(false)
  }, 60_000)

  it('keeps the database, WAL and SHM files 0600 in a 0700 data dir, and tightens ones an older version left open', async () => {
    const dataDir = dir()
    chmodSync(dataDir, 0o755)
    const s = start(dataDir)
    const lines = await ready(s)
    expect(await deliver(lines.webhooks!, 10)).toBe(10)
    const files = [LEDGER, `${LEDGER}-wal`, `${LEDGER}-shm`, 'countertop.lock', join('logs', 'countertop.1.log')]
    const seen = Object.fromEntries(files.map((f) => [f, existsSync(join(dataDir, f)) ? mode(join(dataDir, f)).toString(8) : 'missing']))
    expect(seen).toEqual(Object.fromEntries(files.map((f) => [f, '600'])))
    expect(mode(dataDir).toString(8)).toBe('700')
    expect(s.stderr() + s.stdout()).toMatch(/now private \(0700\)/)
    expect((await s.stop()).code).toBe(0)

    // Files an older version made 0644 in a 0755 dir: tightened at the next start.
    for (const f of [LEDGER, `${LEDGER}-wal`, `${LEDGER}-shm`]) if (existsSync(join(dataDir, f))) chmodSync(join(dataDir, f), 0o644)
    chmodSync(dataDir, 0o755)
    const again = start(dataDir)
    const l2 = await ready(again)
    expect(await deliver(l2.webhooks!, 3)).toBe(3)
    for (const f of [LEDGER, `${LEDGER}-wal`, `${LEDGER}-shm`]) expect(mode(join(dataDir, f)).toString(8), f).toBe('600')
    expect(mode(dataDir).toString(8)).toBe('700')
    console.info(`[storage] modes while running: ${Object.entries(seen).map(([f, m]) => `${f} ${m}`).join(', ')}; data dir 700`)
    await again.stop()
  }, 60_000)

  it('refuses a data dir it cannot write, naming the path and the cause', async (ctx) => {
    const dataDir = dir()
    const restore = makeUnwritable(dataDir)
    if (!restore) return ctx.skip()
    undo.push(restore)
    const s = start(dataDir)
    const { code } = await s.exited
    restore()
    expect(code, s.stderr()).toBe(1)
    expect(s.stderr()).toContain(join(dataDir, 'countertop.lock'))
    expect(s.stderr()).toMatch(/(permission denied \(EACCES\)|operation not permitted \(EPERM\))/)
    expect(s.stderr()).toMatch(/must be writable/)
    expect(s.stderr()).not.toMatch(/unable to open database file\s*$/m)
    console.info(`[storage] unwritable data dir: ${s.stderr().trim()}`)
  })

  it('answers /healthz 503 on a full disk (deliveries 503, not acknowledged), and 200 again once there is room', async (ctx) => {
    // A small file system of its own to fill: a tmpfs, where this machine lets us mount one (root).
    const mnt = dir()
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', mnt], { stdio: 'ignore' }).status !== 0) return ctx.skip()
    undo.unshift(() => void spawnSync('umount', ['-l', mnt], { stdio: 'ignore' }))
    const dataDir = join(mnt, 'data')
    mkdirSync(dataDir, { mode: 0o700 })
    const s = start(dataDir)
    const lines = await ready(s)
    const u = new URL(lines.webhooks!)
    const health = () => rawRequest({ host: u.hostname, port: Number(u.port), path: '/healthz' })
    expect(await deliver(lines.webhooks!, 20)).toBe(20)
    expect((await health()).status).toBe(200)
    // Fill the disk (as root, tmpfs keeps no reserve).
    const filler = join(mnt, 'filler')
    const fd = openSync(filler, 'w')
    const chunk = Buffer.alloc(256 * 1024, 1)
    try {
      for (;;) writeSync(fd, chunk)
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC')
    }
    try {
      for (;;) writeSync(fd, chunk, 0, 4096)
    } catch {
      /* every last page taken */
    }
    closeSync(fd)
    const answers: Record<string, number> = {}
    const accepted = await deliver(lines.webhooks!, 60, 4, answers)
    await new Promise((r) => setTimeout(r, 200))
    expect(s.alive(), `exit ${s.child.exitCode ?? s.child.signalCode}; ${s.stderr().slice(-3000)}`).toBe(true)
    expect(accepted, 'deliveries acknowledged on a full disk').toBeLessThan(60)
    let sick = await health()
    for (let i = 0; i < 30 && sick.status !== 503; i++) {
      await new Promise((r) => setTimeout(r, 100))
      sick = await health()
    }
    expect(sick.status).toBe(503)
    // Room again: health recovers by itself (the probe retries a small write), deliveries are stored.
    rmSync(filler)
    let well = await health()
    for (let i = 0; i < 30 && well.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100))
      well = await health()
    }
    expect(well.status).toBe(200)
    expect(await deliver(lines.webhooks!, 5)).toBe(5)
    console.info(`[storage] full disk: answers to 60 deliveries while full ${JSON.stringify(answers)}, /healthz 503; after freeing space /healthz 200 and deliveries stored`)
    await s.stop()
  }, 60_000)

  it('answers /healthz 503 while storage cannot write, and 200 again once it can', async (ctx) => {
    const dataDir = dir()
    const s = start(dataDir)
    const lines = await ready(s)
    const u = new URL(lines.webhooks!)
    const health = () => rawRequest({ host: u.hostname, port: Number(u.port), path: '/healthz' })
    expect((await health()).status).toBe(200)
    const restore = makeUnwritable(dataDir)
    if (!restore) return ctx.skip()
    undo.push(restore)
    let sick: Awaited<ReturnType<typeof health>> | undefined
    const t0 = performance.now()
    for (let i = 0; i < 40 && (sick = await health()).status !== 503; i++) await new Promise((r) => setTimeout(r, 100))
    const took = performance.now() - t0
    restore()
    expect(sick!.status).toBe(503)
    expect(JSON.parse(sick!.body)).toEqual({ ok: false, error: 'storage_unavailable', message: 'the ledger cannot store deliveries right now' })
    // The reason is in the log (not on the public port).
    expect(sick!.body).not.toContain(dataDir)
    let well: Awaited<ReturnType<typeof health>> | undefined
    for (let i = 0; i < 40 && (well = await health()).status !== 200; i++) await new Promise((r) => setTimeout(r, 100))
    expect(well!.status).toBe(200)
    expect(readFileSync(join(dataDir, 'logs', 'countertop.1.log'), 'utf8')).toMatch(/storage cannot write/)
    console.info(`[storage] /healthz turned 503 ${took.toFixed(0)} ms after the data dir stopped taking writes`)
    await s.stop()
  })
})

describe('the data dir lock, on real files', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach(removeDir))
  const fresh = () => {
    const d = tempDir('countertop-lock-')
    dirs.push(d)
    return d
  }
  const writeLock = (d: string, info: Record<string, unknown>) => writeFileSync(join(d, 'countertop.lock'), JSON.stringify(info))

  it('refuses a live holder, and a second lock in the same process', async () => {
    const d = fresh()
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' })
    try {
      writeLock(d, { pid: sleeper.pid, hostname: hostname(), startedAt: Date.now() })
      expect(() => acquireDataDirLock(d)).toThrow(new RegExp(`Another Countertop \\(PID ${sleeper.pid}\\)`))
    } finally {
      sleeper.kill('SIGKILL')
    }
    const d2 = fresh()
    const lock = acquireDataDirLock(d2)
    expect(() => acquireDataDirLock(d2)).toThrow(/This process .* already uses the data directory/)
    await lock.release()
    expect(existsSync(join(d2, 'countertop.lock'))).toBe(false)
    await acquireDataDirLock(d2).release()
  })

  it('takes over a lock whose PID is gone, reused by a later process, or our own from a previous life', async () => {
    const gone = spawnSync('true').pid
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' })
    try {
      for (const info of [
        { pid: gone, hostname: hostname(), startedAt: Date.now() - 1000 },
        // A live PID whose process started long after the lock was written: reused.
        { pid: sleeper.pid, hostname: hostname(), startedAt: Date.now() - 10 * 60_000 },
        // Our own PID, not held by us: a container restarted and handed us the same PID.
        { pid: process.pid, hostname: hostname(), startedAt: Date.now() - 60_000 },
        { garbage: true }
      ]) {
        const d = fresh()
        writeLock(d, info)
        const lock = acquireDataDirLock(d)
        expect(JSON.parse(readFileSync(join(d, 'countertop.lock'), 'utf8')), JSON.stringify(info)).toMatchObject({ pid: process.pid })
        await lock.release()
      }
    } finally {
      sleeper.kill('SIGKILL')
    }
  })

  it('trusts a lock from another machine while it is being refreshed, and takes it over once it is not', async () => {
    const d = fresh()
    writeLock(d, { pid: 4242, hostname: 'till-2.example', startedAt: Date.now() })
    expect(() => acquireDataDirLock(d)).toThrow(/Another Countertop \(PID 4242 on till-2\.example\)/)
    const old = new Date(Date.now() - 2 * 60_000)
    utimesSync(join(d, 'countertop.lock'), old, old)
    const lock = acquireDataDirLock(d)
    await lock.release()
  })
})
