// The one object the preload exposes as window.countertop: invoke a console command,
// subscribe to console events, and show an OS notification (the paid / failed cue). Built from
// an injected IPC so it can be tested without Electron; it never hands out the IPC object
// itself, nor anything of process.env.

import { fromIpcAnswer } from '../shared/ipc-answer'

export const INVOKE_CHANNEL = 'countertop:invoke'
export const EVENT_CHANNEL = 'countertop:event'
/** The main process shows the notification (src/main/shell/notify.ts decides whether). */
export const NOTIFY_CHANNEL = 'countertop:notify'

export interface ShellNotification {
  title: string
  body: string
  /** A notification with the same tag replaces the earlier one (one per sale). */
  tag: string
}

export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

export interface CountertopApi {
  invoke(name: string, args?: unknown): Promise<unknown>
  subscribe(listener: (msg: unknown) => void): () => void
  /** Fire and forget: nothing comes back to the page. */
  notify(n: ShellNotification): void
}

export function buildApi(ipc: IpcLike): CountertopApi {
  return Object.freeze({
    invoke: (name: string, args?: unknown): Promise<unknown> => {
      if (typeof name !== 'string' || !/^[a-z]+\.[A-Za-z]+$/.test(name)) return Promise.reject(new Error('invalid command name'))
      // A large page comes as its JSON (src/shared/ipc-answer.ts): parsed here, in the page's process.
      return ipc.invoke(INVOKE_CHANNEL, name, args ?? {}).then(fromIpcAnswer)
    },
    subscribe: (listener: (msg: unknown) => void): (() => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function')
      const wrapped = (_event: unknown, msg: unknown) => listener(msg)
      ipc.on(EVENT_CHANNEL, wrapped)
      return () => void ipc.removeListener(EVENT_CHANNEL, wrapped)
    },
    notify: (n: ShellNotification): void => {
      const { title, body, tag } = (n ?? {}) as Partial<Record<keyof ShellNotification, unknown>>
      if (typeof title !== 'string' || typeof body !== 'string' || typeof tag !== 'string') throw new TypeError('a notification is {title, body, tag}, all strings')
      // Only these three strings cross: nothing else the page put on the object.
      void ipc.invoke(NOTIFY_CHANNEL, { title, body, tag }).catch(() => {})
    }
  })
}
