// Counting WAL frames from outside the server: SQLite's wal-index (the -shm file next to a
// WAL database) starts with a header that holds mxFrame, the number of valid frames in the
// WAL, and the salts that change whenever the WAL restarts from frame 1 after a checkpoint.
// This is SQLite's documented file format, not our schema, so it holds before and after the
// storage rewrite. Sampling it often and adding the increments (and, after a restart, the
// new mxFrame) gives the frames appended; a restart between two samples loses the frames
// written between the previous sample and that restart, so this is a slight undercount
// under load and exact for one delivery at a time.
import { closeSync, openSync, readSync } from 'node:fs'

export interface WalIndexHeader {
  mxFrame: number
  pageSize: number
  salt1: number
  salt2: number
}

export function readWalIndex(fd: number): WalIndexHeader | null {
  const buf = Buffer.alloc(96)
  for (let attempt = 0; attempt < 4; attempt++) {
    let n = 0
    try {
      n = readSync(fd, buf, 0, 96, 0)
    } catch {
      return null
    }
    if (n < 96) return null
    // Two copies of the 48-byte header; a writer updates one then the other: equal = consistent.
    if (buf.compare(buf, 0, 48, 48, 96) !== 0) continue
    if (buf.readUInt8(12) === 0) return null // isInit
    const sz = buf.readUInt16LE(14)
    return { mxFrame: buf.readUInt32LE(16), pageSize: sz === 1 ? 65536 : sz, salt1: buf.readUInt32LE(32), salt2: buf.readUInt32LE(36) }
  }
  return null
}

/** Samples a -shm file every `everyMs` and counts the WAL frames appended since start(). */
export class WalFrameCounter {
  private fd: number | null = null
  private last: WalIndexHeader | null = null
  private timer: NodeJS.Timeout | null = null
  frames = 0
  restarts = 0
  samples = 0
  pageSize = 0

  constructor(private readonly shmFile: string) {}

  sample(): void {
    if (this.fd === null) {
      try {
        this.fd = openSync(this.shmFile, 'r')
      } catch {
        return
      }
    }
    const h = readWalIndex(this.fd)
    if (!h) return
    this.samples++
    this.pageSize = h.pageSize
    const prev = this.last
    this.last = h
    if (!prev) return
    if (h.salt1 !== prev.salt1 || h.salt2 !== prev.salt2 || h.mxFrame < prev.mxFrame) {
      this.restarts++
      this.frames += h.mxFrame
    } else this.frames += h.mxFrame - prev.mxFrame
  }

  start(everyMs = 1): this {
    this.frames = 0
    this.restarts = 0
    this.samples = 0
    this.last = null
    this.sample()
    this.timer = setInterval(() => this.sample(), everyMs)
    return this
  }

  stop(): { frames: number; restarts: number; samples: number; pageSize: number } {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.sample()
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
    return { frames: this.frames, restarts: this.restarts, samples: this.samples, pageSize: this.pageSize }
  }
}

/** Reads the header once (for one-at-a-time measurements). */
export function walIndexOnce(shmFile: string): WalIndexHeader | null {
  let fd: number
  try {
    fd = openSync(shmFile, 'r')
  } catch {
    return null
  }
  try {
    return readWalIndex(fd)
  } finally {
    closeSync(fd)
  }
}
