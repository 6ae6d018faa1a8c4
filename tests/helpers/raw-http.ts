// Raw TCP exchanges with an HTTP server, for framing that no HTTP client would send. Reports
// exactly what came back: every status line, whether the server closed the connection cleanly
// (FIN) or reset it, and whether it went silent.
import net from 'node:net'

export interface RawOutcome {
  /** Everything the server sent, as latin1 text. */
  response: string
  /** The status code of every response on the connection, in order. */
  statuses: number[]
  /** The server ended the connection cleanly (we got its FIN). */
  serverClosed: boolean
  /** A socket error (e.g. ECONNRESET when the server resets the connection), else null. */
  error: string | null
  /** We gave up waiting and destroyed the socket ourselves. */
  timedOut: boolean
}

export interface RawConnection {
  write(data: string | Buffer): void
  /** Half-closes our side: "that is all I am going to send". */
  end(): void
  /** Hangs up abruptly, as a client that gives up does. */
  destroy(): void
  /** What the server has sent so far. */
  received(): string
  /** True once the server has ended or reset the connection. */
  closedByServer(): boolean
  /** Resolves when the connection is gone (or after timeoutMs, destroying it). */
  done: Promise<RawOutcome>
}

export function rawConnection(port: number, opts: { host?: string; timeoutMs?: number } = {}): RawConnection {
  const socket = net.connect(port, opts.host ?? '127.0.0.1')
  const chunks: Buffer[] = []
  let serverClosed = false
  let error: string | null = null
  let timedOut = false
  const pending: Buffer[] = []
  let connected = false
  let endRequested = false
  socket.on('data', (c: Buffer) => chunks.push(c))
  socket.on('end', () => (serverClosed = true))
  socket.on('error', (e: Error & { code?: string }) => (error = e.code ?? e.message))
  socket.on('connect', () => {
    connected = true
    for (const d of pending.splice(0)) socket.write(d)
    if (endRequested) socket.end()
  })
  const timer = setTimeout(() => {
    timedOut = true
    socket.destroy()
  }, opts.timeoutMs ?? 5_000)
  const text = () => Buffer.concat(chunks).toString('latin1')
  const done = new Promise<RawOutcome>((resolve) => {
    socket.on('close', () => {
      clearTimeout(timer)
      const response = text()
      const statuses = [...response.matchAll(/^HTTP\/1\.[01] (\d{3}) /gm)].map((m) => Number(m[1]))
      resolve({ response, statuses, serverClosed, error, timedOut })
    })
  })
  return {
    write(d) {
      const bytes = typeof d === 'string' ? Buffer.from(d, 'latin1') : d
      if (connected) socket.write(bytes)
      else pending.push(bytes)
    },
    end() {
      if (connected) socket.end()
      else endRequested = true
    },
    destroy: () => socket.destroy(),
    received: text,
    closedByServer: () => serverClosed || error !== null,
    done
  }
}

/** Sends `data` in one write, half-closes, and waits for the server to finish with the connection. */
export function rawExchange(port: number, data: string | Buffer, opts: { host?: string; timeoutMs?: number } = {}): Promise<RawOutcome> {
  const c = rawConnection(port, opts)
  c.write(data)
  c.end()
  return c.done
}
