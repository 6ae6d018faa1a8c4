/// <reference types="vite/client" />

/** What the Electron preload exposes (src/preload): the console API, nothing else. */
interface CountertopPreloadApi {
  invoke(name: string, args: unknown): Promise<unknown>
  subscribe(listener: (msg: unknown) => void): () => void
}

interface Window {
  countertop?: CountertopPreloadApi
  /** Read by @meshconnect/web-link-sdk when its module is evaluated: true skips the prewarm iframe. */
  meshLinkShouldSkipPrewarm?: boolean
}
