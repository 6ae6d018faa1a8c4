// Live changes from every receiver: a dedicated connection LISTENs on the store's channel and
// hands each notice (ids only) to onNotify. NOTIFY is not persistent — what was committed while
// the connection was down is never sent again — so after a lost connection it reconnects with
// backoff, LISTENs first and then reads the deliveries it may have missed from the table.
//
// Delivery ids come from a sequence, taken before their transactions commit (a batch's ahead of
// it), so they are not committed in id order: a delivery with a lower id may commit just after a
// higher one was seen. The resync therefore reads from well below the highest id seen
// (RESYNC_OVERLAP ids) and skips the ids already reported; each id is reported once.
import pg from 'pg'
import type { ChangeNotice } from './ingest'

export type NoticeSource = 'notify' | 'resync'

export interface ListenerOptions {
  client: pg.ClientConfig
  channel: string
  onNotify: (n: ChangeNotice, source: NoticeSource) => void
  /** Reconnect delays: from minMs doubling to maxMs (jittered). Defaults 100 ms and 5 s. */
  backoff?: { minMs?: number; maxMs?: number }
  /** How often the idle connection is probed (a silent network loss is noticed then). Default 15 s. */
  pingMs?: number
  /** Told when the connection is lost and when it listens again. */
  onState?: (s: 'listening' | 'lost') => void
}

export interface Listener {
  /** The highest delivery id reported (through a notice or a resync). */
  readonly lastSeenDeliveryId: number
  readonly listening: boolean
  /** Successful reconnects (each followed by a resync). */
  readonly reconnects: number
  close(): Promise<void>
}

const RESYNC_OVERLAP = 10_000
const RESYNC_PAGE = 5_000

export async function startListener(o: ListenerOptions): Promise<Listener> {
  const minMs = o.backoff?.minMs ?? 100
  const maxMs = o.backoff?.maxMs ?? 5_000
  let client: pg.Client | null = null
  let closed = false
  let attempt = 0
  let reconnects = 0
  let retryTimer: NodeJS.Timeout | null = null
  /** Ids up to here were committed before we first listened: not news. */
  let floor = 0
  let lastSeen = 0
  const seen = new Set<number>()

  function report(n: ChangeNotice, source: NoticeSource): void {
    const id = n.deliveryId
    if (id !== null) {
      if (id <= floor || seen.has(id)) return
      seen.add(id)
      if (id > lastSeen) lastSeen = id
      if (seen.size > 4 * RESYNC_OVERLAP) for (const s of seen) if (s < lastSeen - 2 * RESYNC_OVERLAP) seen.delete(s)
    }
    try {
      o.onNotify(n, source)
    } catch (err) {
      process.emitWarning(`countertop: a PostgreSQL change listener threw: ${(err as Error)?.message ?? String(err)}`)
    }
  }

  function parse(payload: string | undefined): ChangeNotice | null {
    try {
      const v = JSON.parse(payload ?? '') as { deliveryId?: unknown; transferId?: unknown }
      const deliveryId = typeof v.deliveryId === 'number' && Number.isSafeInteger(v.deliveryId) ? v.deliveryId : null
      const transferId = typeof v.transferId === 'string' ? v.transferId : null
      return deliveryId === null && transferId === null ? null : { deliveryId, transferId }
    } catch {
      return null
    }
  }

  async function resync(c: pg.Client): Promise<void> {
    let from = Math.max(floor, lastSeen - RESYNC_OVERLAP)
    for (;;) {
      const { rows } = await c.query<{ id: number; transfer_id: string | null; verdict: string }>(
        'SELECT id, transfer_id, verdict FROM deliveries WHERE id > $1 ORDER BY id LIMIT $2',
        [from, RESYNC_PAGE]
      )
      for (const r of rows) {
        // The notice names the transfer the delivery changed: accepted and duplicate ones only.
        report({ deliveryId: r.id, transferId: r.verdict === 'accepted' || r.verdict === 'duplicate' ? r.transfer_id : null }, 'resync')
        from = r.id
      }
      if (rows.length < RESYNC_PAGE) return
    }
  }

  function lost(c: pg.Client): void {
    if (c !== client) return
    client = null
    c.end().catch(() => {})
    if (closed) return
    o.onState?.('lost')
    schedule()
  }

  async function connect(first: boolean): Promise<void> {
    const c = new pg.Client(o.client)
    c.on('error', () => lost(c))
    c.on('end', () => lost(c))
    c.on('notification', (m) => {
      if (c !== client || m.channel !== o.channel) return
      const n = parse(m.payload)
      if (n) report(n, 'notify')
    })
    try {
      await c.connect()
      client = c
      // LISTEN before reading: whatever commits from now on is either notified or in the table.
      await c.query(`LISTEN ${c.escapeIdentifier(o.channel)}`)
      if (first) {
        floor = (await c.query<{ n: number }>('SELECT coalesce(max(id), 0) AS n FROM deliveries')).rows[0]!.n
        lastSeen = floor
      } else {
        await resync(c)
      }
    } catch (err) {
      if (client === c) client = null
      c.end().catch(() => {})
      throw err
    }
    if (closed) {
      client = null
      await c.end().catch(() => {})
      return
    }
    o.onState?.('listening')
  }

  function schedule(): void {
    if (closed || retryTimer) return
    const delay = Math.min(maxMs, minMs * 2 ** Math.min(attempt, 20)) * (0.75 + Math.random() / 4)
    attempt++
    retryTimer = setTimeout(() => {
      retryTimer = null
      connect(false).then(
        () => {
          attempt = 0
          reconnects++
        },
        () => schedule()
      )
    }, delay)
  }

  const ping = setInterval(
    () => {
      const c = client
      if (!c) return
      const timeout = setTimeout(() => lost(c), 5_000)
      c.query('SELECT 1').then(
        () => clearTimeout(timeout),
        () => {
          clearTimeout(timeout)
          lost(c)
        }
      )
    },
    o.pingMs ?? 15_000
  )
  ping.unref()

  try {
    await connect(true)
  } catch (err) {
    closed = true
    clearInterval(ping)
    throw err
  }

  return {
    get lastSeenDeliveryId() {
      return lastSeen
    },
    get listening() {
      return client !== null
    },
    get reconnects() {
      return reconnects
    },
    async close() {
      closed = true
      clearInterval(ping)
      if (retryTimer) clearTimeout(retryTimer)
      retryTimer = null
      const c = client
      client = null
      if (c) await c.end().catch(() => {})
    }
  }
}
