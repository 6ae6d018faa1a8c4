import type { Envelope } from '../../../shared/contract'
import { isEnvelope, isEventMessage, type Bridge } from './types'

const TOKEN_KEY = 'countertop.token'

/** Takes ?token= from the URL once, keeps it for the tab, and removes it from the address bar. */
export function takeToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const url = new URL(loc.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return storage.getItem(TOKEN_KEY)
}

export function createHttpBridge(token: string, base = ''): Bridge {
  return {
    kind: 'http',
    async invoke(name, args) {
      let res: Response
      try {
        res = await fetch(`${base}/api/${name}`, {
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
      const connect = () => {
        onState?.('connecting')
        const proto = window.location.protocol === 'https:' ? 'wss' : 'ws'
        ws = new WebSocket(`${proto}://${window.location.host}${base}/api/events?token=${encodeURIComponent(token)}`)
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
