// Where an answer to Mesh spends its time inside the server, for the benchmark and for anyone
// chasing a slow ack: COUNTERTOP_ACK_TRACE=PATH makes the writer thread append one line per group
// commit to PATH.writer and the main thread one line per group it gets back to PATH.main. Off
// (the default) it costs one null check per group. Lines are buffered and appended once a second
// (never a write per group on the ack path).
//   PATH.writer: <epoch ms> <deliveries> <queue ms> <commit ms> <durable ms>
//     queue    from the main thread's hand-over to the group's start (the wait for the group before)
//     commit   the group's transaction (SQLite's statements and the WAL write, no fsync)
//     durable  from the commit to the end of its fdatasync (the wait for a sync already running, and its own)
//   PATH.main:   <epoch ms> <back ms>
//     back     from the sync's end (writer thread) to the main thread taking the answers
import { appendFile, appendFileSync } from 'node:fs'

export interface AckTrace {
  line(fields: readonly number[]): void
  /** Writes what is buffered, now (at close). */
  close(): void
}

/** Milliseconds since the epoch, with sub-millisecond precision, comparable between threads of one process. */
export const preciseNow = (): number => performance.timeOrigin + performance.now()

/** The trace for one side (`writer` or `main`), or null when COUNTERTOP_ACK_TRACE is not set. */
export function ackTrace(side: 'writer' | 'main', env: NodeJS.ProcessEnv = process.env): AckTrace | null {
  const base = env.COUNTERTOP_ACK_TRACE
  if (!base) return null
  const file = `${base}.${side}`
  let buffered: string[] = []
  const flush = () => {
    if (buffered.length === 0) return
    const text = buffered.join('')
    buffered = []
    appendFile(file, text, () => {})
  }
  const timer = setInterval(flush, 1000)
  timer.unref()
  return {
    close() {
      clearInterval(timer)
      if (buffered.length) appendFileSync(file, buffered.join(''))
      buffered = []
    },
    line(fields) {
      buffered.push(`${Math.round(preciseNow())} ${fields.map((f) => (Number.isInteger(f) ? String(f) : f.toFixed(3))).join(' ')}\n`)
    }
  }
}
