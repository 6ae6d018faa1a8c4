// Mesh's transfer-status webhooks, as Mesh sends them (reference §5): PascalCase JSON, signed
// with base64(HMAC-SHA256(utf8(secret), raw body)) in X-Mesh-Signature-256, one stable EventId per
// status change and a fresh Id per attempt. An attempt counts only if the receiver answers
// HTTP 200 within the budget (200 ms); anything else is retried on a schedule, then given up.
import { createHmac } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { DeliveryAttempt, DeliveryFault, WebhookFaults, WebhookStatus } from './types'

/**
 * Default retry schedule: delays before retry 1..6, measured from the end of the failed attempt
 * (seconds: 1, 2, 5, 10, 30, 60). Seven attempts over about 108 s, then the delivery is given
 * up. Mesh does not publish its schedule (gap 4); this one makes a first retry arrive quickly
 * enough to watch at the counter.
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000]
export const DEFAULT_DELIVERY_TIMEOUT_MS = 200
export const SIGNATURE_HEADER = 'X-Mesh-Signature-256'
/** How long an attempt that already counted as timed out may still run, so a late body still arrives. */
const LATE_GRACE_MS = 5_000
/** Key the badSignature fault signs with. */
const WRONG_KEY = 'mesh-emulator-not-the-webhook-secret'

export interface WebhookEvent {
  eventId: string
  transferId: string
  status: WebhookStatus
  /** Unix ms when the status changed. */
  timestampMs: number
  transactionId: string | null
  txHash: string | null
  userId: string | null
  token: string
  chain: string
  sourceAmount: number | null
  destinationAmount: number | null
  sourceAccountProvider: string
  destinationAddress: string
  /** Where a refund goes (refund statuses only). */
  refundAddress?: string | null
}

/** base64(HMAC-SHA256(utf8(secret), body)) — the value of X-Mesh-Signature-256. */
export function signWebhookBody(secret: string, body: Buffer | string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('base64')
}

/** The JSON object of one attempt. TxHash is left out while there is none (pending, failed). */
export function webhookPayload(ev: WebhookEvent, attemptId: string, sentAtMs: number): Record<string, unknown> {
  const p: Record<string, unknown> = {
    EventId: ev.eventId,
    Id: attemptId,
    SentTimestamp: Math.floor(sentAtMs / 1000),
    Timestamp: ev.timestampMs,
    TransferId: ev.transferId,
    TransferStatus: ev.status,
    TransactionId: ev.transactionId
  }
  if (ev.txHash) p.TxHash = ev.txHash
  Object.assign(p, {
    UserId: ev.userId,
    Token: ev.token,
    Chain: ev.chain,
    SourceAmount: ev.sourceAmount,
    DestinationAmount: ev.destinationAmount,
    SourceAccountProvider: ev.sourceAccountProvider,
    DestinationAddress: ev.destinationAddress
  })
  if (ev.refundAddress) p.RefundAddress = ev.refundAddress
  return p
}

/** Which per-attempt faults hit attempt number `attempt` (1-based) of a status event. */
export function attemptFaults(faults: WebhookFaults, attempt: number): { cut: boolean; slow: boolean; badSignature: boolean } {
  return {
    cut: attempt <= (faults.failFirst ?? 0),
    slow: attempt <= (faults.slowFirst ?? 0),
    badSignature: attempt <= (faults.badSignature ?? 0)
  }
}

/** Counts outstanding work so callers can wait for quiet. */
export interface Activity {
  begin(): () => void
  idle(): Promise<void>
}

export function createActivity(): Activity {
  let busy = 0
  let waiters: (() => void)[] = []
  return {
    begin() {
      busy++
      let ended = false
      return () => {
        if (ended) return
        ended = true
        busy--
        if (busy === 0) {
          const w = waiters
          waiters = []
          for (const resolve of w) resolve()
        }
      }
    },
    idle() {
      return busy === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))
    }
  }
}

export interface WebhookTarget {
  url: string
  secret: string
}

export interface WebhookSenderOptions {
  getTarget: () => WebhookTarget | null
  retryScheduleMs: readonly number[]
  timeoutMs: number
  now: () => number
  randomId: () => string
  activity: Activity
  log?: (message: string) => void
}

export type DeliveryOutcome = 'delivered' | 'gaveUp' | 'cancelled'

export interface WebhookSender {
  /** Delivers one status event until a 200 within budget (or the schedule runs out), then any duplicates. */
  deliverEvent(ev: WebhookEvent, faults: WebhookFaults, hooks?: { afterFirstAttempt?: () => void }): Promise<DeliveryOutcome>
  /** One extra, correctly signed attempt whose body is truncated JSON. */
  sendMalformed(ev: WebhookEvent): Promise<void>
  list(filter?: { transferId?: string }): DeliveryAttempt[]
  close(): void
}

export function createWebhookSender(opts: WebhookSenderOptions): WebhookSender {
  const records: DeliveryAttempt[] = []
  const inflight = new Set<http.ClientRequest>()
  const timers = new Map<NodeJS.Timeout, () => void>()
  let closed = false

  /** Resolves true after ms, or false if the sender closed first. */
  function sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t)
        resolve(!closed)
      }, ms)
      timers.set(t, () => resolve(false))
    })
  }

  function later(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, ms)
    timers.set(t, () => {})
    return t
  }

  function send(rec: DeliveryAttempt, target: WebhookTarget, body: Buffer, signature: string, mode: { cut: boolean; slow: boolean }): Promise<void> {
    const t0 = performance.now()
    return new Promise<void>((resolve) => {
      let answered = false
      let req: http.ClientRequest | null = null
      const finish = (statusCode: number | null, error: string | null): void => {
        if (answered) return
        answered = true
        clearTimeout(deadline)
        rec.durationMs = Math.round(performance.now() - t0)
        rec.statusCode = statusCode
        rec.error = error
        rec.ok = statusCode === 200 && error === null
        resolve()
      }
      const deadline = setTimeout(() => {
        finish(null, `no answer within ${opts.timeoutMs} ms`)
        // Leave the request running a little longer so a slow body still arrives, like a
        // client that stopped waiting; then hang up.
        if (req) later(LATE_GRACE_MS, () => req?.destroy())
      }, opts.timeoutMs)

      let url: URL
      try {
        url = new URL(target.url)
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
      } catch {
        finish(null, 'webhook URL is not a valid http(s) URL')
        return
      }
      const mod = url.protocol === 'https:' ? https : http
      const r = mod.request(url, {
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
          [SIGNATURE_HEADER]: signature,
          'User-Agent': 'countertop-mesh-emulator'
        }
      })
      req = r
      inflight.add(r)
      r.on('close', () => inflight.delete(r))
      r.on('response', (res) => {
        if (answered) rec.lateStatusCode = res.statusCode
        else finish(res.statusCode ?? null, null)
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (c: Buffer) => {
          if (size < 2048) chunks.push(c)
          size += c.length
        })
        res.on('end', () => {
          rec.responseBody = Buffer.concat(chunks).toString('utf8').slice(0, 500)
        })
        res.on('error', () => {})
      })
      r.on('error', (e: NodeJS.ErrnoException) => {
        finish(null, mode.cut ? 'connection cut mid-body (failFirst fault)' : `${e.code ?? 'ERROR'}: ${e.message}`)
      })
      if (mode.cut) {
        r.flushHeaders()
        r.write(body.subarray(0, Math.floor(body.length / 2)), () => {
          later(20, () => {
            r.destroy()
            finish(null, 'connection cut mid-body (failFirst fault)')
          })
        })
      } else if (mode.slow) {
        r.flushHeaders()
        later(opts.timeoutMs + 100, () => {
          if (!r.destroyed) r.end(body)
        })
      } else {
        r.end(body)
      }
    })
  }

  async function attempt(ev: WebhookEvent, n: number, kind: DeliveryAttempt['kind'], faults: WebhookFaults): Promise<DeliveryAttempt> {
    const target = opts.getTarget()
    const attemptId = opts.randomId()
    const sentAt = opts.now()
    const rec: DeliveryAttempt = {
      attemptId,
      eventId: ev.eventId,
      transferId: ev.transferId,
      status: ev.status,
      attempt: n,
      kind,
      sentAt,
      url: target?.url ?? null,
      statusCode: null,
      error: null,
      durationMs: 0,
      ok: false
    }
    const f = kind === 'event' ? attemptFaults(faults, n) : { cut: false, slow: false, badSignature: false }
    const fault: DeliveryFault | undefined =
      kind === 'duplicate' ? 'duplicate' : kind === 'malformed' ? 'malformed' : f.cut ? 'failFirst' : f.slow ? 'slowFirst' : f.badSignature ? 'badSignature' : undefined
    if (fault) rec.fault = fault
    if (!target) {
      rec.error = 'no webhook target set'
    } else {
      let text = JSON.stringify(webhookPayload(ev, attemptId, sentAt))
      if (kind === 'malformed') text = text.slice(0, Math.floor(text.length / 2))
      const body = Buffer.from(text, 'utf8')
      const signature = signWebhookBody(f.badSignature ? WRONG_KEY : target.secret, body)
      await send(rec, target, body, signature, f)
    }
    records.push(rec)
    opts.log?.(
      `webhook ${ev.status} event ${ev.eventId} attempt ${n}${kind === 'event' ? '' : ` (${kind})`}: ` +
        `${rec.statusCode !== null ? `HTTP ${rec.statusCode}` : rec.error} in ${rec.durationMs} ms${fault ? ` [fault: ${fault}]` : ''}`
    )
    return rec
  }

  async function deliverEvent(ev: WebhookEvent, faults: WebhookFaults, hooks: { afterFirstAttempt?: () => void } = {}): Promise<DeliveryOutcome> {
    const end = opts.activity.begin()
    try {
      for (let n = 1; ; n++) {
        if (closed) return 'cancelled'
        const rec = await attempt(ev, n, 'event', faults)
        if (n === 1) hooks.afterFirstAttempt?.()
        if (rec.ok) break
        const delay = opts.retryScheduleMs[n - 1]
        if (delay === undefined) {
          rec.gaveUp = true
          opts.log?.(`webhook ${ev.status} event ${ev.eventId}: gave up after ${n} attempts`)
          return 'gaveUp'
        }
        if (!(await sleep(delay))) return 'cancelled'
      }
      for (let i = 0; i < (faults.duplicate ?? 0); i++) {
        if (closed) return 'cancelled'
        await attempt(ev, 1, 'duplicate', faults)
      }
      return 'delivered'
    } finally {
      end()
    }
  }

  async function sendMalformed(ev: WebhookEvent): Promise<void> {
    if (closed) return
    const end = opts.activity.begin()
    try {
      await attempt(ev, 1, 'malformed', {})
    } finally {
      end()
    }
  }

  function list(filter: { transferId?: string } = {}): DeliveryAttempt[] {
    return records
      .filter((r) => filter.transferId === undefined || r.transferId === filter.transferId)
      .map((r, i) => ({ r, i }))
      .sort((a, b) => a.r.sentAt - b.r.sentAt || a.i - b.i)
      .map(({ r }) => structuredClone(r))
  }

  function close(): void {
    closed = true
    for (const [t, cancel] of timers) {
      clearTimeout(t)
      cancel()
    }
    timers.clear()
    for (const r of inflight) r.destroy()
    inflight.clear()
  }

  return { deliverEvent, sendMalformed, list, close }
}
