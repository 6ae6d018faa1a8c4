// The one object the preload exposes as window.countertop: invoke a console command, and
// subscribe to console events. Built from an injected IPC so it can be tested without
// Electron; it never hands out the IPC object itself, nor anything of process.env.

export const INVOKE_CHANNEL = 'countertop:invoke'
export const EVENT_CHANNEL = 'countertop:event'

export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

export interface CountertopApi {
  invoke(name: string, args?: unknown): Promise<unknown>
  subscribe(listener: (msg: unknown) => void): () => void
}

export function buildApi(ipc: IpcLike): CountertopApi {
  return Object.freeze({
    invoke: (name: string, args?: unknown): Promise<unknown> => {
      if (typeof name !== 'string' || !/^[a-z]+\.[A-Za-z]+$/.test(name)) return Promise.reject(new Error('invalid command name'))
      return ipc.invoke(INVOKE_CHANNEL, name, args ?? {})
    },
    subscribe: (listener: (msg: unknown) => void): (() => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function')
      const wrapped = (_event: unknown, msg: unknown) => listener(msg)
      ipc.on(EVENT_CHANNEL, wrapped)
      return () => void ipc.removeListener(EVENT_CHANNEL, wrapped)
    }
  })
}
