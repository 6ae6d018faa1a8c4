/// <reference types="vite/client" />

/** What the Electron preload exposes (src/preload): the console API, nothing else. */
interface CountertopPreloadApi {
  invoke(name: string, args: unknown): Promise<unknown>
  subscribe(listener: (msg: unknown) => void): () => void
  /** An OS notification from the desktop shell (optional: a preload may not offer it yet). */
  notify?(n: { title: string; body: string; tag: string }): void
}

interface Window {
  countertop?: CountertopPreloadApi
  /** Read by @meshconnect/web-link-sdk when its module is evaluated: true skips the prewarm iframe. */
  meshLinkShouldSkipPrewarm?: boolean
}
