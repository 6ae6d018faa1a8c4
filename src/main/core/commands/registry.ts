import { z } from 'zod'
import type { Logger } from 'pino'
import {
  commandSchemas,
  ErrorCodes,
  fail,
  isCommandName,
  isDeclaredErrorCode,
  type ErrorCode,
  ok,
  type CommandName,
  type CommandResult,
  type Envelope,
  type ParsedArgs
} from '../../../shared/contract'
import { materialize, Serialized, type MaybeSerialized } from '../store/serialized'

/** A handler answers with the value, or with the value already as JSON (a console view of the SQLite engine). */
export type Handler<K extends CommandName> = (args: ParsedArgs<K>) => MaybeSerialized<CommandResult<K>> | Promise<MaybeSerialized<CommandResult<K>>>
export type HandlerMap = { [K in CommandName]?: Handler<K> }
/** Every command of a domain (the part of the name before the dot), each with its handler: the
 * type checker fails a domain module that forgets one of its commands or adds a foreign one. */
export type DomainHandlers<P extends string> = { [K in CommandName as K extends `${P}.${string}` ? K : never]: Handler<K> }

/** An error a handler throws on purpose: its code and message reach the user as they are. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

export const INTERNAL_MESSAGE = 'Something went wrong on our side and nothing was changed by it. Try again; if it keeps happening, send the log file (logs/ in the data folder) to support.'

export type Registry = ReturnType<typeof createRegistry>

export function createRegistry(logger?: Pick<Logger, 'error'>) {
  const handlers = new Map<CommandName, Handler<CommandName>>()

  /**
   * Validates the arguments once, runs the handler, and always answers with an envelope. A value
   * that came as JSON (Serialized) stays JSON: a transport sends those bytes as they are instead
   * of parsing and serializing them again on this thread.
   */
  async function dispatchWire(name: string, rawArgs: unknown): Promise<Envelope<unknown>> {
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
      // Only codes the contract declares reach the client, with their message; anything
      // else (a driver's SQLITE_… or ENOENT, a bug) is logged with its cause and answered INTERNAL.
      if (isDeclaredErrorCode(e?.code) && e.code !== ErrorCodes.INTERNAL) return fail(e.code, e.message)
      logger?.error({ err, command: name }, `command ${name} failed`)
      return fail(ErrorCodes.INTERNAL, INTERNAL_MESSAGE)
    }
  }

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
    dispatchWire,
    /** As dispatchWire, with the value itself in the envelope (parsed, if it came as JSON). */
    async dispatch(name: string, rawArgs: unknown): Promise<Envelope<unknown>> {
      const e = await dispatchWire(name, rawArgs)
      return e.ok && e.value instanceof Serialized ? ok(materialize(e.value)) : e
    }
  }
}
