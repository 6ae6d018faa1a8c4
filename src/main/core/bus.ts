import type { EventMessage, EventName, Events } from '../../shared/contract'

export type Listener = (msg: EventMessage) => void

/** In-process event bus: the core publishes after replying; transports fan events out. */
export function createBus() {
  const listeners = new Set<Listener>()
  const observers = new Set<Listener>()
  return {
    publish<K extends EventName>(type: K, payload: Events[K]): void {
      const msg = { type, payload } as EventMessage
      for (const set of [listeners, observers]) {
        for (const l of set) {
          try {
            l(msg)
          } catch {
            // A broken subscriber must never affect ingest or the other subscribers.
          }
        }
      }
    },
    subscribe(l: Listener): () => void {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    /** The core's own listeners (the customer display): not counted by size(). */
    observe(l: Listener): () => void {
      observers.add(l)
      return () => observers.delete(l)
    },
    /** How many transports listen (0: nobody to tell, so publishers may skip reading). */
    size: () => listeners.size
  }
}
export type Bus = ReturnType<typeof createBus>
