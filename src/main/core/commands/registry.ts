import { z } from 'zod'
import {
  commandSchemas,
  ErrorCodes,
  fail,
  isCommandName,
  ok,
  type CommandName,
  type CommandResult,
  type Envelope,
  type ParsedArgs
} from '../../../shared/contract'

export type Handler<K extends CommandName> = (args: ParsedArgs<K>) => CommandResult<K> | Promise<CommandResult<K>>
export type HandlerMap = { [K in CommandName]?: Handler<K> }

/** An error a handler throws on purpose: its code and message reach the user as they are. */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export type Registry = ReturnType<typeof createRegistry>

export function createRegistry(log?: (msg: string) => void) {
  const handlers = new Map<CommandName, Handler<CommandName>>()

  return {
    /** Registers one domain's handlers; a name registered twice is a programming error. */
    register(domain: HandlerMap): void {
      for (const [name, h] of Object.entries(domain)) {
        if (!isCommandName(name)) throw new Error(`unknown command in registration: ${name}`)
        if (handlers.has(name)) throw new Error(`command registered twice: ${name}`)
        handlers.set(name, h as Handler<CommandName>)
      }
    },
    has: (name: string) => isCommandName(name) && handlers.has(name),
    /** Validates the arguments once, runs the handler, and always answers with an envelope. */
    async dispatch(name: string, rawArgs: unknown): Promise<Envelope<unknown>> {
      if (!isCommandName(name) || !handlers.has(name)) return fail(ErrorCodes.UNKNOWN_COMMAND, `There is no command "${name}".`)
      const parsed = (commandSchemas[name] as z.ZodType).safeParse(rawArgs ?? {})
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
        return fail(ErrorCodes.INVALID_ARGUMENT, `${issue?.message ?? 'invalid arguments'}${where}`)
      }
      try {
        return ok(await handlers.get(name)!(parsed.data as never))
      } catch (err) {
        const e = err as Error & { code?: unknown }
        if (err instanceof CommandError || (typeof e.code === 'string' && /^[A-Z][A-Z_]+$/.test(e.code))) {
          return fail(e.code as string, e.message)
        }
        log?.(`command ${name} failed: ${e.stack ?? e.message}`)
        return fail(ErrorCodes.INTERNAL, 'Something went wrong on our side; the details are in the log.')
      }
    }
  }
}
