// The page for a link token that cannot be used: it shows why, tells the SDK and closes Link.
import type { LinkErrorData } from './contract'

export function startErrorPage(d: LinkErrorData): void {
  const message = document.getElementById('message')
  if (message) message.textContent = d.errorMessage
  if (window.parent !== null && window.parent !== window) {
    window.parent.postMessage({ type: 'loaded' }, '*')
    window.parent.postMessage({ type: 'close', payload: { page: d.page, errorMessage: d.errorMessage } }, '*')
  }
}
