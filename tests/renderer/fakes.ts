import type { CommandName, Envelope, EventMessage, IntegrationAccessToken } from '../../src/shared/contract'
import type { Bridge } from '../../src/renderer/src/bridge/types'
import { createAppStore } from '../../src/renderer/src/store'
import type { LinkCallbacks, LinkLauncher } from '../../src/renderer/src/store/types'

type Handler = (args: never) => unknown

/** A bridge whose commands are answered by handlers; calls are recorded. */
export function fakeBridge(handlers: Partial<Record<CommandName, Handler>>) {
  const calls: { name: CommandName; args: unknown }[] = []
  const listeners: ((m: EventMessage) => void)[] = []
  const bridge: Bridge = {
    kind: 'http',
    async invoke(name, args) {
      calls.push({ name, args })
      const h = handlers[name]
      if (!h) return { ok: false, error: { code: 'UNKNOWN_COMMAND', message: `no fake for ${name}` } } as Envelope<never>
      try {
        const v = await h(args as never)
        if (v && typeof v === 'object' && 'ok' in v) return v as Envelope<never>
        return { ok: true, value: v } as Envelope<never>
      } catch (err) {
        return { ok: false, error: { code: 'FAKE', message: (err as Error).message } } as Envelope<never>
      }
    },
    subscribe(l) {
      listeners.push(l)
      return () => void 0
    }
  }
  return { bridge, calls, emit: (m: EventMessage) => listeners.forEach((l) => l(m)), callsOf: (n: CommandName) => calls.filter((c) => c.name === n).map((c) => c.args) }
}

export function fakeLink() {
  const opened: { linkToken: string; accessTokens: IntegrationAccessToken[] | undefined; cb: LinkCallbacks }[] = []
  let closed = 0
  const link: LinkLauncher = {
    async open(linkToken, accessTokens, cb) {
      opened.push({ linkToken, accessTokens, cb })
    },
    close() {
      closed++
      opened[opened.length - 1]?.cb.onClosed()
    }
  }
  return { link, opened, closedCount: () => closed }
}

export function makeStore(handlers: Partial<Record<CommandName, Handler>>, now = () => new Date(2025, 4, 20, 14, 0).getTime()) {
  const b = fakeBridge(handlers)
  const l = fakeLink()
  const store = createAppStore({ bridge: b.bridge, link: l.link, now })
  return { store, ...b, ...l }
}

export function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}
