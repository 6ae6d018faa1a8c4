import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { signBody } from '../../src/main/core/webhooks/signature'

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix = 'countertop-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface MeshPayloadInput {
  eventId?: string
  id?: string
  transferId: string
  status: string
  timestamp?: number
  transactionId?: string
  txHash?: string
  sourceAmount?: number | string
}

/** A Mesh transfer-status webhook body, PascalCase as Mesh sends it. */
export function meshPayload(p: MeshPayloadInput): Record<string, unknown> {
  return {
    EventId: p.eventId ?? randomUUID(),
    Id: p.id ?? randomUUID(),
    SentTimestamp: Math.floor(Date.now() / 1000),
    Timestamp: p.timestamp ?? Date.now(),
    TransferId: p.transferId,
    TransferStatus: p.status,
    TransactionId: p.transactionId ?? `txn-${p.transferId}`,
    ...(p.txHash ? { TxHash: p.txHash } : {}),
    UserId: 'user-1',
    Token: 'USDC',
    Chain: 'Ethereum',
    SourceAmount: p.sourceAmount ?? 12.5,
    DestinationAmount: p.sourceAmount ?? 12.5,
    SourceAccountProvider: 'Coinbase',
    DestinationAddress: '0x1111111111111111111111111111111111111111'
  }
}

export async function postWebhook(
  url: string,
  body: string | Buffer,
  opts: { secret?: string; signature?: string | null; headers?: Record<string, string> } = {}
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers }
  if (opts.signature !== null) headers['x-mesh-signature-256'] = opts.signature ?? signBody(opts.secret ?? '', body)
  const res = await fetch(url, { method: 'POST', headers, body })
  const text = await res.text()
  let json: unknown = text
  try {
    json = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: res.status, json }
}

export async function callApi<T = unknown>(
  base: string,
  token: string | null,
  command: string,
  args: unknown = {}
): Promise<{ status: number; body: { ok: true; value: T } | { ok: false; error: { code: string; message: string } } }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== null) headers.authorization = `Bearer ${token}`
  const res = await fetch(`${base}/api/${command}`, { method: 'POST', headers, body: JSON.stringify(args) })
  return { status: res.status, body: (await res.json()) as never }
}
