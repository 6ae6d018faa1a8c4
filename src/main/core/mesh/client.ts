// The Mesh Connect REST client: link tokens and the managed-transfers list.
// I/O only; every decision (what a response means, how long to wait, what goes on the wire)
// lives in errors.ts and request.ts. Secrets go into headers and nowhere else.
import { MeshError, classifyResponse, isRetryableCode } from './errors'
import { MAX_PAGE_SIZE, backoffDelay, buildLinkTokenBody, buildTransfersQuery, readLinkToken } from './request'
import {
  MESH_BASE_URLS,
  type CallOptions,
  type FetchLike,
  type GetLinkTokenRequest,
  type LinkTokenResult,
  type ListAllTransfersOptions,
  type ListTransfersQuery,
  type MeshClient,
  type MeshClientOptions,
  type TransferModel,
  type TransferPage
} from './types'

export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_RETRIES = 3
export const DEFAULT_BACKOFF_BASE_MS = 300
export const DEFAULT_BACKOFF_MAX_MS = 8_000

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function resolveBaseUrl(opts: Pick<MeshClientOptions, 'baseUrl' | 'environment'>): string {
  const raw = opts.baseUrl ?? (opts.environment ? MESH_BASE_URLS[opts.environment] : undefined)
  if (!raw) throw new TypeError('createMeshClient needs either baseUrl or environment ("sandbox" | "production")')
  const url = new URL(raw) // throws on garbage
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`Mesh base URL must be http(s); got ${url.protocol}`)
  return url.toString().replace(/\/+$/, '')
}

interface Attempt {
  method: 'GET' | 'POST'
  path: string
  query?: URLSearchParams
  body?: unknown
}

export function createMeshClient(options: MeshClientOptions): MeshClient {
  const baseUrl = resolveBaseUrl(options)
  if (!options.clientId || !options.clientSecret) {
    throw new TypeError('createMeshClient needs clientId and clientSecret')
  }
  const clientId = options.clientId
  const clientSecret = options.clientSecret
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxRetries = Math.max(0, options.maxRetries ?? DEFAULT_MAX_RETRIES)
  const baseMs = options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS
  const maxMs = options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init))
  const sleep = options.sleep ?? defaultSleep
  const random = options.random ?? Math.random
  const now = options.now ?? Date.now
  const log = options.log

  async function once<T>(req: Attempt, signal: AbortSignal | undefined): Promise<{ ok: true; content: T | null; raw: unknown; httpStatus: number } | { ok: false; error: MeshError }> {
    const qs = req.query?.toString()
    const url = `${baseUrl}${req.path}${qs ? `?${qs}` : ''}`
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const onCallerAbort = (): void => controller.abort()
    signal?.addEventListener('abort', onCallerAbort, { once: true })
    try {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        'X-Client-Id': clientId,
        'X-Client-Secret': clientSecret
      }
      if (req.body !== undefined) headers['Content-Type'] = 'application/json'
      let res: Response
      let text: string
      try {
        res = await doFetch(url, {
          method: req.method,
          headers,
          body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
          signal: controller.signal
        })
        text = await res.text()
      } catch (cause) {
        if (signal?.aborted) throw signal.reason ?? cause
        if (timedOut) {
          return {
            ok: false,
            error: new MeshError('MESH_TIMEOUT', `Mesh did not answer within ${timeoutMs} ms. Check the network connection and try again.`, { retryable: true })
          }
        }
        const why = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause)
        return {
          ok: false,
          error: new MeshError('MESH_UNAVAILABLE', `Could not reach Mesh at ${new URL(baseUrl).host} (${why}). Check the network connection and try again.`, { retryable: true }, { cause })
        }
      }
      let parsed: unknown = null
      let wasJson = false
      if (text.length > 0) {
        try {
          parsed = JSON.parse(text)
          wasJson = true
        } catch {
          parsed = null
        }
      }
      const verdict = classifyResponse<T>(res.status, parsed, wasJson, res.headers.get('retry-after'))
      return verdict.ok ? { ok: true, content: verdict.content, raw: parsed, httpStatus: res.status } : verdict
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onCallerAbort)
    }
  }

  /** The injected sleep, cut short (with the caller's reason) if the caller aborts meanwhile. */
  function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (!signal) return sleep(ms)
    signal.throwIfAborted()
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason)
      signal.addEventListener('abort', onAbort, { once: true })
      sleep(ms).then(
        () => {
          signal.removeEventListener('abort', onAbort)
          resolve()
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort)
          reject(e)
        }
      )
    })
  }

  async function call<T>(req: Attempt, callOpts: CallOptions = {}): Promise<{ content: T | null; raw: unknown }> {
    const label = `${req.method} ${req.path}`
    for (let attempt = 1; ; attempt++) {
      callOpts.signal?.throwIfAborted()
      const started = now()
      const result = await once<T>(req, callOpts.signal)
      const durationMs = now() - started
      if (result.ok) {
        log?.({ method: req.method, path: req.path, attempt, httpStatus: result.httpStatus, durationMs, outcome: 'ok' })
        return { content: result.content, raw: result.raw }
      }
      const err = result.error
      err.attempts = attempt
      err.request = label
      const retry = isRetryableCode(err.code) && attempt <= maxRetries
      log?.({ method: req.method, path: req.path, attempt, httpStatus: err.httpStatus, durationMs, outcome: retry ? 'retry' : 'error', code: err.code })
      if (!retry) {
        if (attempt > 1 && isRetryableCode(err.code)) err.message = `${err.message} (gave up after ${attempt} attempts)`
        throw err
      }
      await abortableSleep(backoffDelay(attempt - 1, { baseMs, maxMs, random: random(), retryAfterSeconds: err.retryAfterSeconds }), callOpts.signal)
    }
  }

  async function getLinkToken(request: GetLinkTokenRequest, callOpts?: CallOptions): Promise<LinkTokenResult> {
    const { raw } = await call<unknown>({ method: 'POST', path: '/api/v1/linktoken', body: buildLinkTokenBody(request) }, callOpts)
    const { linkToken, paymentLink } = readLinkToken(raw)
    if (!linkToken) {
      throw new MeshError('MESH_BAD_RESPONSE', 'Mesh answered without a link token.', { httpStatus: 200, request: 'POST /api/v1/linktoken' })
    }
    return { linkToken, paymentLink }
  }

  async function listTransfers(query: ListTransfersQuery = {}, callOpts?: CallOptions): Promise<TransferPage> {
    const qs = buildTransfersQuery(query)
    const { content } = await call<{ items?: TransferModel[] | null; total?: number }>({ method: 'GET', path: '/api/v1/transfers/managed/mesh', query: qs }, callOpts)
    const items = content?.items
    if (content === null || (items != null && !Array.isArray(items))) {
      throw new MeshError('MESH_BAD_RESPONSE', 'Mesh answered the transfer list without a list of items.', { httpStatus: 200, request: 'GET /api/v1/transfers/managed/mesh' })
    }
    const list = items ?? []
    return { items: list, total: typeof content.total === 'number' ? content.total : list.length }
  }

  async function* iterateTransfers(query: Omit<ListTransfersQuery, 'count' | 'offset'> = {}, opts: ListAllTransfersOptions = {}): AsyncGenerator<TransferModel, void, undefined> {
    const pageSize = opts.pageSize ?? MAX_PAGE_SIZE
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${pageSize}`)
    }
    const limit = opts.limit ?? Infinity
    let offset = 0
    let yielded = 0
    for (;;) {
      const page = await listTransfers({ ...query, count: pageSize, offset }, { signal: opts.signal })
      for (const item of page.items) {
        if (yielded >= limit) return
        yield item
        yielded++
      }
      offset += page.items.length
      // Stop on a short page, or once the reported total is reached (whichever comes first),
      // so a total that changes while we page can neither loop forever nor cut us short.
      if (page.items.length < pageSize || offset >= page.total || yielded >= limit) return
    }
  }

  async function listAllTransfers(query: Omit<ListTransfersQuery, 'count' | 'offset'> = {}, opts: ListAllTransfersOptions = {}): Promise<TransferModel[]> {
    const all: TransferModel[] = []
    for await (const t of iterateTransfers(query, opts)) all.push(t)
    return all
  }

  return { baseUrl, getLinkToken, listTransfers, iterateTransfers, listAllTransfers }
}
