// Opens Mesh Link with the real @meshconnect/web-link-sdk and reports every callback under the
// name we record it as (sales.recordSdkEvent): the onEvent key, or integrationConnected /
// transferFinished / exit for those callbacks (exit payload {error, summary}). While Link is
// open its overlay is a modal (linkModal.ts): the page behind is inert, focus stays inside,
// Escape asks the counter to close Link (cb.onEscape).
import type { IntegrationAccessToken } from '@meshconnect/web-link-sdk'
import type { LinkCallbacks, LinkLauncher } from '../../store/types'
import { trapLinkOverlay, type LinkModal } from './linkModal'

type Sdk = typeof import('@meshconnect/web-link-sdk')

let sdk: Promise<Sdk> | null = null

/** Loads the SDK module once, after making sure the prewarm iframe is skipped. */
function loadSdk(): Promise<Sdk> {
  window.meshLinkShouldSkipPrewarm = true
  sdk ??= import('@meshconnect/web-link-sdk').catch((err: unknown) => {
    sdk = null
    throw err
  })
  return sdk
}

/** Loads the SDK ahead of the first Charge (the prewarm iframe stays off). */
export function preloadMeshLink(): void {
  loadSdk().catch(() => {
    /* retried on Charge, which reports the error */
  })
}

/** JSON-safe copy of an SDK payload (drops functions, cycles), for recording. */
function plain(v: unknown): unknown {
  if (v === undefined) return null
  try {
    return JSON.parse(JSON.stringify(v)) as unknown
  } catch {
    return String(v)
  }
}

export function createMeshLinkLauncher(): LinkLauncher {
  let current: { closeLink(): void } | null = null
  let closed: (() => void) | null = null
  return {
    async open(linkToken, accessTokens, cb: LinkCallbacks) {
      const { createLink } = await loadSdk()
      let done = false
      let modal: LinkModal | null = null
      const finish = () => {
        if (done) return
        done = true
        current = null
        closed = null
        // The page comes back to life before the counter moves focus to the Amount field.
        modal?.release()
        modal = null
        cb.onClosed()
      }
      const link = createLink({
        // Mesh charges amountInFiat in USD. Link shows its fiat equivalent in this currency; any
        // other currency would be Mesh's own conversion, which may differ from the merchant's
        // rate, so the customer would see a third amount. The counter shows the merchant's
        // amount and its USD charge itself.
        displayFiatCurrency: 'USD',
        // The SDK also fires onEvent('integrationConnected') with the same payload right before
        // this callback; it is recorded once, from here.
        onIntegrationConnected: (payload) => cb.onSdkEvent('integrationConnected', plain(payload)),
        onTransferFinished: (payload) => cb.onSdkEvent('transferFinished', plain(payload)),
        onEvent: (ev) => {
          if (ev.type === 'integrationConnected') return
          cb.onSdkEvent(ev.type, plain((ev as { payload?: unknown }).payload))
        },
        onExit: (error, summary) => {
          cb.onSdkEvent('exit', { error: error ?? null, summary: plain(summary) })
          finish()
        },
        // Our contract types brokerType as a string; the SDK narrows it to its BrokerType union.
        accessTokens: accessTokens as IntegrationAccessToken[] | undefined
      })
      current = link
      closed = finish
      link.openLink(linkToken)
      // openLink draws the overlay synchronously (or has already called onExit for a bad token).
      if (!done) modal = trapLinkOverlay(document, () => (cb.onEscape ? cb.onEscape() : link.closeLink()))
    },
    close() {
      // closeLink() calls onExit() with no arguments, which records the exit and finishes.
      if (current) current.closeLink()
      else closed?.()
    }
  }
}
