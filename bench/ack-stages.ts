// Reads the server's ack trace (src/main/core/store/sqlite/ack-trace.ts: COUNTERTOP_ACK_TRACE)
// for one phase: where an answer spent its time between the main thread handing a delivery to
// the writer and taking the writer's answer back.
import { existsSync, readFileSync } from 'node:fs'
import { summarize, type Summary } from './stats'

export interface AckStages {
  groups: number
  deliveries: number
  /** Deliveries per group commit, on average. */
  meanGroup: number
  queue: Summary
  commit: Summary
  durable: Summary
  back: Summary
}

function lines(file: string, from: number, to: number): number[][] {
  if (!existsSync(file)) return []
  const out: number[][] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue
    const f = line.split(' ').map(Number)
    if (f[0]! >= from && f[0]! <= to) out.push(f)
  }
  return out
}

/** The stages of the groups that ended between from and to (epoch ms); null when the trace has none. */
export function ackStages(base: string, from: number, to: number): AckStages | null {
  const w = lines(`${base}.writer`, from, to)
  if (w.length === 0) return null
  const m = lines(`${base}.main`, from, to)
  const deliveries = w.reduce((a, f) => a + f[1]!, 0)
  return {
    groups: w.length,
    deliveries,
    meanGroup: deliveries / w.length,
    queue: summarize(w.map((f) => f[2]!)),
    commit: summarize(w.map((f) => f[3]!)),
    durable: summarize(w.map((f) => f[4]!)),
    back: summarize(m.map((f) => f[1]!))
  }
}
