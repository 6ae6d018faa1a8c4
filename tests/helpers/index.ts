import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHmac, randomUUID } from 'node:crypto'
import { startHeadless } from '../../src/main/headless/app'

/**
 * X-Mesh-Signature-256 as Mesh computes it: base64(HMAC-SHA256(secret, raw body)). Written out
 * here rather than taken from src/, so a signing bug in src/ cannot sign its own test traffic.
 */
export function sign(secret: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(body).digest('base64')
}

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
  if (opts.signature !== null) headers['x-mesh-signature-256'] = opts.signature ?? sign(opts.secret ?? '', body)
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

/** Headless mode in sandbox (in-process emulator) on free ports with its own temp data dir. */
export async function startSandbox(token: string, opts: Partial<Parameters<typeof startHeadless>[0]> = {}) {
  const tmp = tempDir()
  const app = await startHeadless({
    dataDir: tmp.dir,
    webhookHost: '127.0.0.1',
    port: 0,
    webhookPort: 0,
    sandbox: true,
    token,
    webhookSecret: 'sandbox-test-secret',
    staticDir: '/nonexistent',
    ...opts
  })
  return {
    app,
    base: app.console.url,
    emulatorUrl: app.extraLines![0]!.replace('mesh-emulator: ', ''),
    /** The in-app emulator's control token: in-process only, never printed. */
    emulatorToken: app.emulator!.controlToken,
    async stop() {
      await app.close()
      tmp.cleanup()
    }
  }
}

/** Calls the emulator's control API (/_emulator/*) with its token. */
export function emulatorControl(emulatorUrl: string, token: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${emulatorUrl}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** Creates a transfer through the emulator's control API. */
export async function emulatorTransfer(emulatorUrl: string, token: string, body: Record<string, unknown>): Promise<string> {
  const res = await emulatorControl(emulatorUrl, token, '/_emulator/transfers', body)
  if (!res.ok) throw new Error(`POST /_emulator/transfers: HTTP ${res.status} ${await res.text()}`)
  return ((await res.json()) as { transferId: string }).transferId
}

/** Unwraps a console API envelope, failing the test with the error's code and message. */
export async function value<T>(p: Promise<{ body: { ok: true; value: T } | { ok: false; error: { code: string; message: string } } }>): Promise<T> {
  const r = await p
  if (!r.body.ok) throw new Error(`${r.body.error.code}: ${r.body.error.message}`)
  return r.body.value
}

export { pause, waitFor, type WaitForOptions } from './wait'
export { rawConnection, rawExchange, type RawConnection, type RawOutcome } from './raw-http'
