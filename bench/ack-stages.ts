// Reads the server's ack trace (src/main/core/store/sqlite/ack-trace.ts: COUNTERTOP_ACK_TRACE)
// for one phase: where an answer spent its time between the main thread handing a delivery to
// the writer and taking the writer's answer back.
import { existsSync, readFileSync } from 'node:fs'
import { summarize, type Summary } from './stats'

/** queue, commit and durable per delivery (each with its group's figure); back per answer message the main thread took. */
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
  // Per delivery, not per group: a group of 500 after a stall is 500 late answers, not one.
  const perDelivery = (k: number) => w.flatMap((f) => Array<number>(f[1]!).fill(f[k]!))
  return {
    groups: w.length,
    deliveries,
    meanGroup: deliveries / w.length,
    queue: summarize(perDelivery(2)),
    commit: summarize(perDelivery(3)),
    durable: summarize(perDelivery(4)),
    back: summarize(m.map((f) => f[1]!))
  }
}
