import type { Envelope } from '../../../shared/contract'
import { isEnvelope, isEventMessage, type Bridge } from './types'

export interface HttpBridgeOptions {
  /** The console's origin, e.g. http://127.0.0.1:4100 (the page's own origin in the browser). */
  origin: string
  /** The WebSocket class for the event stream (default: the global one). */
  WebSocket?: typeof WebSocket
}

/** The console's event-stream URL for an http(s) origin. */
export function eventsUrl(origin: string, token: string): string {
  const u = new URL('/api/events', origin)
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:'
  u.searchParams.set('token', token)
  return u.href
}

/** The console API over HTTP (POST /api/<command>) and its WebSocket event stream; no DOM globals. */
export function createHttpBridge(token: string, opts: HttpBridgeOptions): Bridge {
  const apiBase = new URL(opts.origin).origin
  return {
    kind: 'http',
    async invoke(name, args) {
      let res: Response
      try {
        res = await fetch(`${apiBase}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {})
        })
      } catch (err) {
        return { ok: false, error: { code: 'OFFLINE', message: `Cannot reach Countertop: ${(err as Error).message}` } }
      }
      try {
        const body: unknown = await res.json()
        if (isEnvelope(body)) return body as Envelope<never>
      } catch {
        /* not JSON: fall through */
      }
      return { ok: false, error: { code: 'BAD_REPLY', message: `Countertop answered HTTP ${res.status} without a console API reply.` } }
    },
    subscribe(listener, onState) {
      let ws: WebSocket | null = null
      let stopped = false
      let delay = 500
      let timer: ReturnType<typeof setTimeout> | undefined
      const Ws = opts.WebSocket ?? WebSocket
      const url = eventsUrl(apiBase, token)
      const connect = () => {
        onState?.('connecting')
        ws = new Ws(url)
        ws.onmessage = (ev) => {
          let msg: unknown
          try {
            msg = JSON.parse(String(ev.data))
          } catch {
            return
          }
          if (msg && typeof msg === 'object' && (msg as { type?: unknown }).type === 'hello') {
            delay = 500
            onState?.('open')
            return
          }
          if (isEventMessage(msg)) listener(msg)
        }
        ws.onclose = () => {
          if (stopped) return
          onState?.('closed')
          timer = setTimeout(connect, delay)
          delay = Math.min(delay * 2, 10_000)
        }
      }
      connect()
      return () => {
        stopped = true
        if (timer) clearTimeout(timer)
        ws?.close()
      }
    }
  }
}
