import type { CommandArgs, CommandName, CommandResult, Envelope, EventMessage } from '../../../shared/contract'

/** What every component talks to; the transport (IPC or HTTP/WebSocket) is hidden behind it. */
export interface Bridge {
  invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<Envelope<CommandResult<K>>>
  subscribe(listener: (msg: EventMessage) => void): () => void
}
