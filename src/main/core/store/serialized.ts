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
  #release: (() => void) | null
  /**
   * @param envelope the console API's whole answer, `{"ok":true,"value":…}`: built around the
   * value where it was serialized, so a transport sends it without copying (toJsonEnvelope).
   * @param release for bytes in memory lent by their producer (the SQLite reader's page pool,
   * sqlite/page-pool.ts): gives it back; done() calls it, once.
   */
  constructor(
    readonly envelope: Uint8Array,
    release?: () => void
  ) {
    this.json = envelope.subarray(OK_HEAD.length, envelope.length - OK_TAIL.length)
    this.#release = release ?? null
  }
  /** The value again (a copy; costs a parse). */
  value(): T {
    return JSON.parse(new TextDecoder().decode(this.json)) as T
  }
  /**
   * Whoever consumes the bytes says so once nothing reads them any more (a socket has taken
   * them, they were parsed or copied): lent memory goes back to its producer. Idempotent; a
   * no-op for bytes of their own.
   */
  done(): void {
    const release = this.#release
    this.#release = null
    release?.()
  }
}

/** A value, or the same value as JSON bytes. */
export type MaybeSerialized<T> = T | Serialized<T>

/** The value itself, parsing it if it came serialized. */
export function materialize<T>(v: MaybeSerialized<T>): T {
  if (!(v instanceof Serialized)) return v
  try {
    return v.value()
  } finally {
    v.done()
  }
}

/**
 * The console API's answer `{ ok: true, value }` as UTF-8 JSON, in a buffer of its own (so it
 * can be transferred to another thread): new Serialized(bytes) reads it back.
 */
export function toJsonEnvelope(value: unknown): Uint8Array {
  return encoder.encode(envelopeText(value))
}

/** The console API's answer `{ ok: true, value }` as JSON text (toJsonEnvelope's, before encoding). */
export function envelopeText(value: unknown): string {
  return OK_HEAD + JSON.stringify(value) + OK_TAIL
}

/** Encodes an envelopeText into `into`: the bytes written, or null when it does not fit (nothing usable written). */
export function encodeEnvelopeInto(text: string, into: Uint8Array): number | null {
  // UTF-8 takes at least one byte per UTF-16 unit: a text longer than the room cannot fit.
  if (text.length > into.length) return null
  const r = encoder.encodeInto(text, into)
  return r.read === text.length ? r.written : null
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
  if (!(e.ok && e.value instanceof Serialized)) return e
  // IPC clones the answer into another process, and shared memory cannot go there: bytes lent
  // from a SharedArrayBuffer are copied (and given back) here.
  const json = e.value.json.buffer instanceof SharedArrayBuffer ? e.value.json.slice() : e.value.json
  e.value.done()
  return { ok: true, json }
}
