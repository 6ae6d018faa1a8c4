import { isEventName, type CommandArgs, type CommandName, type CommandResult, type Envelope, type EventMessage } from '../../../shared/contract'

/** Connection state of the live event stream (IPC is always 'open'). */
export type StreamState = 'connecting' | 'open' | 'closed'

/** What every component talks to; the transport (IPC or HTTP/WebSocket) is hidden behind it. */
export interface Bridge {
  /** Which transport this is (shown for diagnostics only; components never branch on it). */
  readonly kind: 'ipc' | 'http'
  invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<Envelope<CommandResult<K>>>
  /**
   * Live events. `onState` hears the stream connect and drop; after a reconnect the caller
   * should reload what it shows, since events sent while disconnected are not replayed.
   */
  subscribe(listener: (msg: EventMessage) => void, onState?: (state: StreamState) => void): () => void
}

/** True for a well-formed event message of a type the contract declares (`EVENT_NAMES`). */
export function isEventMessage(v: unknown): v is EventMessage {
  if (!v || typeof v !== 'object') return false
  const m = v as { type?: unknown; payload?: unknown }
  return isEventName(m.type) && typeof m.payload === 'object' && m.payload !== null
}

/** True for a reply shaped like the console API envelope. */
export function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (!v || typeof v !== 'object') return false
  const e = v as { ok?: unknown; error?: unknown }
  if (e.ok === true) return 'value' in e
  if (e.ok === false) return typeof e.error === 'object' && e.error !== null
  return false
}
