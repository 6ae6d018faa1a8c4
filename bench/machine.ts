// Describes the machine the benchmark ran on, and what else keeps its CPUs busy.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import os from 'node:os'
import { basename } from 'node:path'

export interface MachineInfo {
  cpu: string
  cores: number
  ramGiB: number
  node: string
  os: string
  disk: string
  dataDir: string
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
    dataDir
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
