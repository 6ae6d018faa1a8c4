// The delivery mix the ingest benchmark sends: new events (a Pending, then Succeeded or
// Failed, per transfer), Mesh-style retries (same EventId, new Id and SentTimestamp, so a
// new body and signature) and exact duplicates (the same bytes again).
import { randomUUID } from 'node:crypto'
import { meshBody, prng, sign, type MeshEventSpec } from './proc'

export type DeliveryKind = 'new' | 'retry' | 'duplicate'

export interface Delivery {
  body: string
  signature: string
  kind: DeliveryKind
}

export const MIX = { retry: 0.15, duplicate: 0.1 } as const

export function createMix(secret: string, seed: number) {
  const rng = prng(seed)
  const awaitingFinal: MeshEventSpec[] = []
  const recent: { spec: MeshEventSpec; body: string; signature: string }[] = []
  const RECENT = 2000
  let recentAt = 0

  function remember(spec: MeshEventSpec, body: string, signature: string): void {
    const item = { spec, body, signature }
    if (recent.length < RECENT) recent.push(item)
    else recent[recentAt++ % RECENT] = item
  }

  function fresh(spec: MeshEventSpec): Delivery {
    const body = meshBody(spec)
    const signature = sign(secret, body)
    remember(spec, body, signature)
    return { body, signature, kind: 'new' }
  }

  return {
    next(): Delivery {
      const r = rng()
      if (recent.length > 0 && r < MIX.retry) {
        const pick = recent[Math.floor(rng() * recent.length)]!
        const body = meshBody(pick.spec, randomUUID())
        return { body, signature: sign(secret, body), kind: 'retry' }
      }
      if (recent.length > 0 && r < MIX.retry + MIX.duplicate) {
        const pick = recent[Math.floor(rng() * recent.length)]!
        return { body: pick.body, signature: pick.signature, kind: 'duplicate' }
      }
      // A new event: the final status of a transfer already pending, or a new transfer.
      if (awaitingFinal.length > 200 || (awaitingFinal.length > 0 && rng() < 0.45)) {
        const p = awaitingFinal.shift()!
        const ok = rng() < 0.85
        return fresh({
          eventId: randomUUID(),
          transferId: p.transferId,
          transactionId: p.transactionId,
          status: ok ? 'Succeeded' : 'Failed',
          timestamp: p.timestamp + 1000 + Math.floor(rng() * 60_000),
          txHash: ok ? `0x${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}` : null,
          amount: p.amount
        })
      }
      const transferId = randomUUID()
      const spec: MeshEventSpec = {
        eventId: randomUUID(),
        transferId,
        transactionId: `txn_${transferId.slice(0, 13)}`,
        status: 'Pending',
        timestamp: Date.now(),
        amount: Math.round(rng() * 100_000) / 100
      }
      awaitingFinal.push(spec)
      return fresh(spec)
    }
  }
}
