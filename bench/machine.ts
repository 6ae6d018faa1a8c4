// Describes the machine the benchmark ran on, and measures what a crash-safe commit costs here.
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import os from 'node:os'
import { basename, join } from 'node:path'
import { summarize, type Summary } from './stats'

export interface MachineInfo {
  cpu: string
  cores: number
  ramGiB: number
  node: string
  os: string
  disk: string
  dataDir: string
  /** One WAL commit with synchronous=FULL (an fsync), ms. */
  fsyncCommit: Summary
  /** One checkpoint of ~1,000 WAL pages, ms. */
  checkpoint: Summary
}

function diskOf(dir: string): string {
  try {
    const df = execFileSync('df', ['-PT', dir], { encoding: 'utf8' }).trim().split('\n')[1]!.split(/\s+/)
    const [dev, fstype, size] = df
    const sizeGiB = Math.round(Number(size) / 1024 / 1024)
    let kind = ''
    const name = dev ? basename(realpathSync(dev)).replace(/p?\d+$/, '') : ''
    const q = `/sys/block/${name}/queue/rotational`
    if (name && existsSync(q)) kind = readFileSync(q, 'utf8').trim() === '0' ? 'reports non-rotational' : 'reports rotational'
    const virt = name.startsWith('vd') ? 'virtio block device' : name.startsWith('nvme') ? 'NVMe' : 'block device'
    return `${dev} (${virt}${kind ? `, ${kind}` : ''}), ${fstype}, ${sizeGiB} GiB`
  } catch {
    return 'unknown'
  }
}

export function measureFsync(dir: string, n = 500): Summary {
  const file = join(dir, 'fsync-probe.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)')
  const ins = db.prepare('INSERT INTO t (b) VALUES (?)')
  const tx = db.transaction((b: Buffer) => ins.run(b))
  const body = Buffer.alloc(1200, 7)
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    tx.immediate(body)
    times.push(performance.now() - t)
  }
  db.close()
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
  return summarize(times)
}

/** What one automatic checkpoint costs here: 1,000 WAL pages (wal_autocheckpoint's default) copied into the database and fsynced, ms. */
export function measureCheckpoint(dir: string, runs = 5): Summary {
  const file = join(dir, 'checkpoint-probe.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('wal_autocheckpoint = 0')
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)')
  const put = db.prepare('INSERT OR REPLACE INTO t (id, b) VALUES (?, ?)')
  const tx = db.transaction((from: number) => {
    for (let i = 0; i < 25; i++) put.run(from + i, Buffer.alloc(3000, i))
  })
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    // ~1,000 pages: 40 commits of 25 rows of ~3 KB over a table that keeps growing.
    for (let c = 0; c < 40; c++) tx.immediate(r * 1000 + c * 25)
    const t = performance.now()
    db.pragma('wal_checkpoint(PASSIVE)')
    times.push(performance.now() - t)
  }
  db.close()
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
  return summarize(times)
}

export function describeMachine(dataDir: string): MachineInfo {
  const cpus = os.cpus()
  let cpu = cpus[0]?.model ?? 'unknown'
  const notes: string[] = []
  try {
    const vendor = /^Hypervisor vendor:\s*(.+)$/m.exec(execFileSync('lscpu', { encoding: 'utf8' }))?.[1]?.trim()
    if (vendor) notes.push(`virtual machine, ${vendor} hypervisor`)
    else if (/\bhypervisor\b/.test(readFileSync('/proc/cpuinfo', 'utf8'))) notes.push('virtual machine')
  } catch {
    /* not Linux */
  }
  try {
    const virt = execFileSync('systemd-detect-virt', ['--container'], { encoding: 'utf8' }).trim()
    if (virt && virt !== 'none') notes.push(`${virt} container`)
  } catch {
    /* none, or not systemd */
  }
  if (notes.length) cpu += ` (${notes.join(', ')})`
  return {
    cpu,
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    disk: diskOf(dataDir),
    dataDir,
    fsyncCommit: measureFsync(dataDir),
    checkpoint: measureCheckpoint(dataDir)
  }
}

/** Busy and total CPU time of the whole machine so far (Linux /proc/stat, in jiffies). */
export function systemCpu(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!
    const v = line.trim().split(/\s+/).slice(1).map(Number)
    const total = v.reduce((a, b) => a + b, 0)
    const idle = (v[3] ?? 0) + (v[4] ?? 0)
    return { busy: total - idle, total }
  } catch {
    return null
  }
}

/** CPU the whole machine spent between two systemCpu() readings, in cores (e.g. 1.5 of 2). */
export function coresBusy(a: ReturnType<typeof systemCpu>, b: ReturnType<typeof systemCpu>): number | null {
  if (!a || !b || b.total === a.total) return null
  return ((b.busy - a.busy) / (b.total - a.total)) * os.cpus().length
}

/** This process's write counters (Linux /proc/self/io): bytes passed to write() and the number of calls. */
export function ownWrites(): { bytes: number; calls: number } | null {
  try {
    const io = readFileSync('/proc/self/io', 'utf8')
    const get = (k: string) => Number(new RegExp(`^${k}: (\\d+)`, 'm').exec(io)?.[1] ?? NaN)
    return { bytes: get('wchar'), calls: get('syscw') }
  } catch {
    return null
  }
}
