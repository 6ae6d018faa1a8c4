import type { EventMessage, EventName, Events } from '../../shared/contract'

export type Listener = (msg: EventMessage) => void

/** In-process event bus: the core publishes after replying; transports fan events out. */
export function createBus() {
  const listeners = new Set<Listener>()
  return {
    publish<K extends EventName>(type: K, payload: Events[K]): void {
      const msg = { type, payload } as EventMessage
      for (const l of listeners) {
        try {
          l(msg)
        } catch {
          // A broken subscriber must never affect ingest or the other subscribers.
        }
      }
    },
    subscribe(l: Listener): () => void {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    size: () => listeners.size
  }
}
export type Bus = ReturnType<typeof createBus>
