// The two store engines as the contract tests open them, and the deliveries they feed them:
// signed (as Mesh signs: tests/helpers sign()), unsigned, malformed, uninterpretable.
import { join } from 'node:path'
import { openSqliteStore, type Store } from '../../../src/main/core/store'
import { openPostgresStore, type PostgresStoreOptions } from '../../../src/main/core/store/postgres'
import { prepareDelivery, type IngestLimits, type PreparedDelivery } from '../../../src/main/core/webhooks/ingest'
import { sign, tempDir } from '../../helpers'
import { createTestDatabase, PG_URL, type TestDatabase } from './pg'

export const SECRET = 'contract-secret'

export interface OpenOptions {
  limits?: Partial<IngestLimits>
  now?: () => number
}

export interface Engine {
  name: 'sqlite' | 'postgres'
  /** Why this engine's half does not run here, or null. */
  skip: string | null
  setup(): Promise<void>
  teardown(): Promise<void>
  open(o?: OpenOptions): Promise<Store>
}

export function sqliteEngine(): Engine {
  const dirs: ReturnType<typeof tempDir>[] = []
  return {
    name: 'sqlite',
    skip: null,
    async setup() {},
    async teardown() {
      for (const d of dirs.splice(0)) d.cleanup()
    },
    async open(o = {}) {
      const d = tempDir('countertop-contract-')
      dirs.push(d)
      return openSqliteStore({ file: join(d.dir, 'countertop.sqlite'), synchronous: 'NORMAL', limits: o.limits })
    }
  }
}

export function postgresEngine(extra: Partial<PostgresStoreOptions> = {}): Engine & { db(): TestDatabase } {
  let db: TestDatabase | null = null
  return {
    name: 'postgres',
    skip: PG_URL ? null : 'COUNTERTOP_TEST_DATABASE_URL is not set',
    db: () => db!,
    async setup() {
      db = await createTestDatabase('contract')
    },
    async teardown() {
      await db?.drop()
      db = null
    },
    async open(o = {}) {
      return openPostgresStore({ url: db!.url, schema: db!.schema(), poolSize: 4, limits: o.limits, ...(o.now ? { now: o.now } : {}), ...extra })
    }
  }
}

export function bothEngines(): Engine[] {
  return [sqliteEngine(), postgresEngine()]
}

export interface EventInput {
  eventId: string
  transferId: string
  status: string
  id?: string
  timestamp?: number | null
  transactionId?: string | null
  txHash?: string
  userId?: string
  token?: string
  chain?: string
  sourceAmount?: number | string
  destinationAmount?: number | string
  refundAddress?: string
  selfTest?: boolean
  extra?: Record<string, unknown>
}

/** A Mesh status event body (PascalCase); only the fields given are present. */
export function eventBody(e: EventInput): Record<string, unknown> {
  const b: Record<string, unknown> = {
    EventId: e.eventId,
    Id: e.id ?? `${e.eventId}-attempt`,
    SentTimestamp: 1_720_532_648,
    TransferId: e.transferId,
    TransferStatus: e.status
  }
  if (e.timestamp !== null) b.Timestamp = e.timestamp ?? 1_715_175_519_038
  if (e.transactionId !== null && e.transactionId !== undefined) b.TransactionId = e.transactionId
  if (e.txHash) b.TxHash = e.txHash
  if (e.userId) b.UserId = e.userId
  if (e.token) b.Token = e.token
  if (e.chain) b.Chain = e.chain
  if (e.sourceAmount !== undefined) b.SourceAmount = e.sourceAmount
  if (e.destinationAmount !== undefined) b.DestinationAmount = e.destinationAmount
  if (e.refundAddress) b.RefundAddress = e.refundAddress
  if (e.selfTest) b.CountertopSelfTest = true
  return { ...b, ...e.extra }
}

export interface DeliveryOptions {
  receivedAt: number
  remoteAddress?: string | null
  headers?: Record<string, string>
  isTest?: boolean
  replayOf?: number | null
}

export function signedRaw(raw: Buffer | string, o: DeliveryOptions): PreparedDelivery {
  const body = Buffer.isBuffer(raw) ? raw : Buffer.from(raw)
  return prepareDelivery(
    {
      raw: body,
      headers: { 'content-type': 'application/json', ...o.headers, 'x-mesh-signature-256': sign(SECRET, body) },
      remoteAddress: o.remoteAddress === undefined ? '127.0.0.1' : o.remoteAddress,
      receivedAt: o.receivedAt,
      ...(o.isTest ? { isTest: true } : {}),
      ...(o.replayOf !== undefined ? { replayOf: o.replayOf } : {})
    },
    SECRET
  )
}

export function signed(e: EventInput, o: DeliveryOptions): PreparedDelivery {
  return signedRaw(JSON.stringify(eventBody(e)), o)
}

/** A delivery whose signature does not match (or is missing): 401, recorded as rejected. */
export function unsigned(raw: Buffer | string, o: DeliveryOptions & { signature?: string | null }): PreparedDelivery {
  const body = Buffer.isBuffer(raw) ? raw : Buffer.from(raw)
  const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers }
  if (o.signature !== null) headers['x-mesh-signature-256'] = o.signature ?? sign('not-the-secret', body)
  return prepareDelivery({ raw: body, headers, remoteAddress: o.remoteAddress ?? '203.0.113.9', receivedAt: o.receivedAt }, SECRET)
}
