// Pure helpers of reconciliation: a REST TransferModel as a status event, Mesh's timestamp
// units, and downtime windows as list queries.
import { toDecimalString } from '../../../shared/money'
import type { MeshStatusEvent } from '../webhooks/payload'
import { normalizeStatus } from '../webhooks/state'

/**
 * Mesh's REST timestamps in ms. Their unit is not documented (reference gap 5); the examples and
 * the emulator use Unix seconds, webhooks use ms. Values below 1e12 (= Sept 2001 in ms, year
 * 33658 in s) are read as seconds. null for anything that is not a positive finite number.
 */
export function toMs(ts: unknown): number | null {
  const n = typeof ts === 'string' && /^\d{1,16}(\.\d+)?$/.test(ts.trim()) ? Number(ts) : ts
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return null
  return Math.round(n < 1e12 ? n * 1000 : n)
}

/** The event id of a poll result: the same transfer seen in the same status is the same event, however often we poll. */
export function pollEventId(transferId: string, status: string): string {
  return `poll:${transferId}:${status}`
}

function text(v: unknown, max = 1000): string | null {
  if (typeof v === 'string' && v.length > 0 && v.length <= max) return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

/**
 * One TransferModel from `GET /api/v1/transfers/managed/mesh` as a status event, in the shape a
 * webhook gives (join keys per reference gap 18: `id` = TransferId, `clientTransactionId` =
 * TransactionId). null when it has no id or no status to apply.
 */
export function transferModelToEvent(model: unknown): MeshStatusEvent | null {
  if (model === null || typeof model !== 'object') return null
  const m = model as Record<string, unknown>
  const transferId = text(m.id, 200)
  const statusRaw = typeof m.status === 'string' ? text(m.status, 100) : null
  if (!transferId || !statusRaw) return null
  const status = normalizeStatus(statusRaw)
  if (status === '') return null
  const from = m.from !== null && typeof m.from === 'object' ? (m.from as Record<string, unknown>) : {}
  return {
    eventId: pollEventId(transferId, status),
    deliveryId: null,
    sentTimestamp: null,
    timestamp: toMs(m.executedTimestamp) ?? toMs(m.createdTimestamp),
    transferId,
    status,
    statusRaw,
    transactionId: text(m.clientTransactionId, 128),
    txHash: text(m.hash, 200),
    userId: text(m.userId, 300),
    token: text(m.symbol, 50),
    chain: text(m.networkName, 100),
    sourceAmount: toDecimalString(m.sourceAmount),
    destinationAmount: toDecimalString(m.destinationAmount),
    sourceAccountProvider: text(from.name, 200),
    destinationAddress: text(m.destinationAddress, 300),
    refundAddress: text(m.refundAddress, 300),
    selfTest: false
  }
}

export interface WindowLike {
  id?: number
  startedAt: number
  /** null: still open (ends now). */
  endedAt: number | null
}

export interface WindowQuery {
  /** For the list query, in `unit`. */
  fromTimestamp: number
  toTimestamp: number
  /** The same bounds in ms. */
  fromMs: number
  toMs: number
  /** The windows this query covers (merged when they overlap once widened by the margin). */
  windowIds: number[]
  /** True when one of them is still open. */
  open: boolean
}

/**
 * List queries (creation time from/to) that cover the windows, each widened by `marginMs` on
 * both sides (clock skew between us and Mesh, and a transfer created just before the drop),
 * overlapping ones merged. `unit` is what FromTimestamp/ToTimestamp are sent in (gap 5: seconds,
 * like createdTimestamp); bounds are rounded outwards. Open windows need `now`.
 */
export function windowsToQueries(windows: readonly WindowLike[], marginMs: number, opts: { now?: number; unit?: 's' | 'ms' } = {}): WindowQuery[] {
  const unit = opts.unit ?? 's'
  const margin = Math.max(0, marginMs)
  const spans = windows
    .map((w) => {
      const end = w.endedAt ?? opts.now
      if (end === undefined) throw new RangeError('windowsToQueries: an open window needs opts.now')
      return { from: Math.max(0, w.startedAt - margin), to: Math.max(w.startedAt, end) + margin, id: w.id, open: w.endedAt === null }
    })
    .sort((a, b) => a.from - b.from || a.to - b.to)
  const merged: { from: number; to: number; ids: number[]; open: boolean }[] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s.from <= last.to) {
      last.to = Math.max(last.to, s.to)
      if (s.id !== undefined) last.ids.push(s.id)
      last.open ||= s.open
    } else {
      merged.push({ from: s.from, to: s.to, ids: s.id !== undefined ? [s.id] : [], open: s.open })
    }
  }
  return merged.map((m) => ({
    fromTimestamp: unit === 's' ? Math.floor(m.from / 1000) : m.from,
    toTimestamp: unit === 's' ? Math.ceil(m.to / 1000) : m.to,
    fromMs: m.from,
    toMs: m.to,
    windowIds: m.ids,
    open: m.open
  }))
}
