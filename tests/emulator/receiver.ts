// A deliberately simple webhook receiver for tests: plain node:http, checks the signature
// itself (independently of the emulator's code) and answers however the test says.
import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  index: number
  at: number
  raw: Buffer
  signature: string | undefined
  signatureValid: boolean
  contentType: string | undefined
  /** Parsed body, or null when it was not JSON. */
  json: Record<string, unknown> | null
  /** The sender hung up before the body was complete. */
  aborted: boolean
  /** What we answered (null when aborted). */
  answered: number | null
}

export interface Answer {
  status?: number
  delayMs?: number
}

export interface Receiver {
  url: string
  received: Received[]
  /** Complete, JSON deliveries only. */
  events(): Record<string, unknown>[]
  waitFor(pred: (r: Received[]) => boolean, timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

export function expectedSignature(secret: string, raw: Buffer): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(raw).digest('base64')
}

function verify(secret: string, raw: Buffer, header: string | undefined): boolean {
  if (!header) return false
  const a = Buffer.from(expectedSignature(secret, raw))
  const b = Buffer.from(header)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `answer` decides per delivery; by default: 401 for a bad signature, 200 otherwise, at once.
 */
export async function startReceiver(secret: string, answer?: (r: Received) => Answer): Promise<Receiver> {
  const received: Received[] = []
  const sockets = new Set<import('node:net').Socket>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    const header = req.headers['x-mesh-signature-256']
    const rec: Received = {
      index: received.length,
      at: Date.now(),
      raw: Buffer.alloc(0),
      signature: typeof header === 'string' ? header : undefined,
      signatureValid: false,
      contentType: req.headers['content-type'],
      json: null,
      aborted: false,
      answered: null
    }
    let done = false
    const onAbort = (): void => {
      if (done) return
      done = true
      rec.aborted = true
      rec.raw = Buffer.concat(chunks)
      received.push(rec)
    }
    req.on('aborted', onAbort)
    req.on('error', onAbort)
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (done) return
      done = true
      rec.at = Date.now()
      rec.raw = Buffer.concat(chunks)
      rec.signatureValid = verify(secret, rec.raw, rec.signature)
      try {
        rec.json = JSON.parse(rec.raw.toString('utf8')) as Record<string, unknown>
      } catch {
        rec.json = null
      }
      received.push(rec)
      const a = answer?.(rec) ?? { status: rec.signatureValid ? 200 : 401 }
      const status = a.status ?? 200
      const reply = (): void => {
        rec.answered = status
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'no')
      }
      if (a.delayMs) setTimeout(reply, a.delayMs)
      else reply()
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/webhooks/mesh`,
    received,
    events: () => received.filter((r) => !r.aborted && r.json !== null).map((r) => r.json!),
    async waitFor(pred, timeoutMs = 5000) {
      const end = Date.now() + timeoutMs
      while (!pred(received)) {
        if (Date.now() > end) throw new Error(`receiver: condition not met within ${timeoutMs} ms; got ${received.length} deliveries`)
        await new Promise((r) => setTimeout(r, 10))
      }
    },
    async close() {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
