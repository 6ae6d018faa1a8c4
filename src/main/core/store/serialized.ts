// A console answer already serialized as JSON (UTF-8 bytes). The SQLite engine's reader thread
// builds the console's big pages as JSON itself and hands the bytes over (transferred, not
// copied), so the main thread — the one that answers Mesh's webhooks — neither copies the rows
// across threads nor serializes them: the headless console writes the bytes as they are, and
// Electron passes them to the page, whose preload parses them.

const encoder = new TextEncoder()
const OK_HEAD = '{"ok":true,"value":'
const OK_TAIL = '}'

export class Serialized<T> {
  /** Not the value itself: the value's JSON, which JSON.parse turns back into it. */
  declare readonly __of?: T
  /** The value's JSON (a view into `envelope`). */
  readonly json: Uint8Array
  /**
   * @param envelope the console API's whole answer, `{"ok":true,"value":…}`: built around the
   * value where it was serialized, so a transport sends it without copying (toJsonEnvelope).
   */
  constructor(readonly envelope: Uint8Array) {
    this.json = envelope.subarray(OK_HEAD.length, envelope.length - OK_TAIL.length)
  }
  /** The value again (a copy; costs a parse). */
  value(): T {
    return JSON.parse(new TextDecoder().decode(this.json)) as T
  }
}

/** A value, or the same value as JSON bytes. */
export type MaybeSerialized<T> = T | Serialized<T>

/** The value itself, parsing it if it came serialized. */
export function materialize<T>(v: MaybeSerialized<T>): T {
  return v instanceof Serialized ? v.value() : v
}

/**
 * The console API's answer `{ ok: true, value }` as UTF-8 JSON, in a buffer of its own (so it
 * can be transferred to another thread): new Serialized(bytes) reads it back.
 */
export function toJsonEnvelope(value: unknown): Uint8Array {
  return encoder.encode(OK_HEAD + JSON.stringify(value) + OK_TAIL)
}

/** The answer's bytes as a Buffer, for a socket (the same memory: no copy). */
export function okEnvelopeBytes(v: Serialized<unknown>): Buffer {
  return Buffer.from(v.envelope.buffer, v.envelope.byteOffset, v.envelope.byteLength)
}

/**
 * What the Electron main process answers an invoke with: the envelope, or — for a value that
 * came as JSON — `{ ok: true, json }` (src/shared/ipc-answer.ts: the preload parses it, in the
 * page's process, not in the one that answers Mesh).
 */
export function toIpcAnswer(e: { ok: boolean; value?: unknown }): unknown {
  return e.ok && e.value instanceof Serialized ? { ok: true, json: e.value.json } : e
}
