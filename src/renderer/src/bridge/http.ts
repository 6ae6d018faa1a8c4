import type { Envelope, EventMessage } from '../../../shared/contract'
import type { Bridge } from './types'

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
    async invoke(name, args) {
      try {
        const res = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {})
        })
        return (await res.json()) as Envelope<never>
      } catch (err) {
        return { ok: false, error: { code: 'OFFLINE', message: `Cannot reach Countertop: ${(err as Error).message}` } }
      }
    },
    subscribe(listener) {
      let ws: WebSocket | null = null
      let stopped = false
      let delay = 500
      const connect = () => {
        const proto = window.location.protocol === 'https:' ? 'wss' : 'ws'
        ws = new WebSocket(`${proto}://${window.location.host}${base}/api/events?token=${encodeURIComponent(token)}`)
        ws.onmessage = (ev) => {
          delay = 500
          try {
            const msg = JSON.parse(String(ev.data)) as EventMessage | { type: 'hello' }
            if (msg.type !== 'hello') listener(msg as EventMessage)
          } catch {
            /* ignore non-JSON */
          }
        }
        ws.onclose = () => {
          if (stopped) return
          setTimeout(connect, delay)
          delay = Math.min(delay * 2, 10_000)
        }
      }
      connect()
      return () => {
        stopped = true
        ws?.close()
      }
    }
  }
}
