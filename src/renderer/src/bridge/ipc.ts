import type { Envelope } from '../../../shared/contract'
import { isEnvelope, isEventMessage, type Bridge } from './types'

/** The console API over Electron IPC, through the preload's `window.countertop`. */
export function createIpcBridge(api: CountertopPreloadApi): Bridge {
  return {
    kind: 'ipc',
    async invoke(name, args) {
      try {
        const reply = await api.invoke(name, args ?? {})
        if (isEnvelope(reply)) return reply as Envelope<never>
        return { ok: false, error: { code: 'BAD_REPLY', message: `The app answered ${name} without a console API reply.` } }
      } catch (err) {
        return { ok: false, error: { code: 'IPC_FAILED', message: `The app did not answer ${name}: ${(err as Error).message}` } }
      }
    },
    subscribe(listener, onState) {
      const off = api.subscribe((msg) => {
        if (isEventMessage(msg)) listener(msg)
      })
      onState?.('open')
      return off
    }
  }
}
