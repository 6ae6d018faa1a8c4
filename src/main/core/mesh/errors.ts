// Mesh failures as codes a user can act on. `classifyResponse` is the pure decision of what an
// HTTP answer means; the client only does the I/O around it.
import type { MeshEnvelope } from './types'

export type MeshErrorCode =
  | 'MESH_AUTH_FAILED'
  | 'MESH_PERMISSION_DENIED'
  | 'MESH_REQUEST_REJECTED'
  | 'MESH_NOT_FOUND'
  | 'MESH_RATE_LIMITED'
  | 'MESH_UNAVAILABLE'
  | 'MESH_TIMEOUT'
  | 'MESH_BAD_RESPONSE'

export interface MeshErrorDetails {
  httpStatus?: number | null
  /** Envelope `status` as Mesh sent it. */
  meshStatus?: string | null
  /** Mesh's developer message (never contains our secret). */
  meshMessage?: string | null
  /** Mesh's end-user-safe message. */
  displayMessage?: string | null
  errorType?: string | null
  retryable?: boolean
  /** Seconds from a Retry-After header, when present. */
  retryAfterSeconds?: number | null
  attempts?: number
  /** e.g. `POST /api/v1/linktoken` (no query string, no headers). */
  request?: string
}

export class MeshError extends Error {
  override readonly name = 'MeshError'
  readonly code: MeshErrorCode
  readonly httpStatus: number | null
  readonly meshStatus: string | null
  readonly meshMessage: string | null
  readonly displayMessage: string | null
  readonly errorType: string | null
  readonly retryable: boolean
  readonly retryAfterSeconds: number | null
  attempts: number
  request: string | null

  constructor(code: MeshErrorCode, message: string, details: MeshErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.httpStatus = details.httpStatus ?? null
    this.meshStatus = details.meshStatus ?? null
    this.meshMessage = details.meshMessage ?? null
    this.displayMessage = details.displayMessage ?? null
    this.errorType = details.errorType ?? null
    this.retryable = details.retryable ?? false
    this.retryAfterSeconds = details.retryAfterSeconds ?? null
    this.attempts = details.attempts ?? 1
    this.request = details.request ?? null
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      httpStatus: this.httpStatus,
      meshStatus: this.meshStatus,
      meshMessage: this.meshMessage,
      displayMessage: this.displayMessage,
      errorType: this.errorType,
      retryable: this.retryable,
      attempts: this.attempts,
      request: this.request
    }
  }
}

export function isMeshError(e: unknown): e is MeshError {
  return e instanceof MeshError
}

const RETRYABLE_CODES: ReadonlySet<MeshErrorCode> = new Set(['MESH_RATE_LIMITED', 'MESH_UNAVAILABLE', 'MESH_TIMEOUT'])

export function isRetryableCode(code: MeshErrorCode): boolean {
  return RETRYABLE_CODES.has(code)
}

function meshWords(env: MeshEnvelope<unknown> | null): string {
  const m = env?.message ?? env?.displayMessage
  return m ? `: ${m}` : ''
}

/** Parses a Retry-After header given in seconds (HTTP-date forms are ignored). */
export function parseRetryAfter(value: string | null | undefined): number | null {
  if (!value) return null
  const n = Number(value.trim())
  return Number.isFinite(n) && n >= 0 ? n : null
}

export type Classification<T> = { ok: true; content: T | null; envelope: MeshEnvelope<T> } | { ok: false; error: MeshError }

/**
 * What an HTTP answer from Mesh means. `body` is the parsed JSON (or null when the body was
 * empty or not JSON; `bodyWasJson` tells those apart for 200 answers).
 */
export function classifyResponse<T>(httpStatus: number, body: unknown, bodyWasJson: boolean, retryAfter: string | null = null): Classification<T> {
  const env = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as MeshEnvelope<T>) : null
  const details: MeshErrorDetails = {
    httpStatus,
    meshStatus: typeof env?.status === 'string' ? env.status : null,
    meshMessage: env?.message ?? null,
    displayMessage: env?.displayMessage ?? null,
    errorType: env?.errorType ?? null,
    retryAfterSeconds: parseRetryAfter(retryAfter)
  }
  const fail = (code: MeshErrorCode, message: string): Classification<T> => ({
    ok: false,
    error: new MeshError(code, message, { ...details, retryable: isRetryableCode(code) })
  })

  // The envelope's own status wins where it is more specific than the HTTP code.
  if (env?.status === 'tooManyRequest' || httpStatus === 429) {
    return fail('MESH_RATE_LIMITED', `Mesh is rate limiting this client${meshWords(env)}. Wait a moment and try again.`)
  }
  if (httpStatus === 401) {
    return fail('MESH_AUTH_FAILED', 'Mesh rejected the credentials: check the client id and API key for this environment (sandbox and production keys are separate).')
  }
  if (httpStatus === 403 || env?.status === 'permissionDenied') {
    return fail('MESH_PERMISSION_DENIED', `Mesh refused the request${meshWords(env)}. The API key needs the "Read & Write" permission; change it in the Mesh dashboard under Account > API keys.`)
  }
  if (httpStatus === 404 || env?.status === 'notFound') {
    return fail('MESH_NOT_FOUND', `Mesh could not find what was asked for${meshWords(env)}. Check the client id and the environment (sandbox or production).`)
  }
  if (httpStatus >= 500 || env?.status === 'serverFailure') {
    return fail('MESH_UNAVAILABLE', `Mesh is unavailable (HTTP ${httpStatus})${meshWords(env)}. Try again later.`)
  }
  if (httpStatus >= 400 || (env?.status !== undefined && env.status !== 'ok')) {
    const what = env?.message ?? env?.displayMessage ?? `HTTP ${httpStatus}`
    return fail('MESH_REQUEST_REJECTED', `Mesh rejected the request: ${what}`)
  }
  if (httpStatus < 200 || httpStatus >= 300) {
    return fail('MESH_BAD_RESPONSE', `Mesh answered with unexpected HTTP ${httpStatus}.`)
  }
  if (!bodyWasJson || env === null) {
    return fail('MESH_BAD_RESPONSE', 'Mesh answered with a body that is not a JSON envelope.')
  }
  return { ok: true, content: env.content ?? null, envelope: env }
}
