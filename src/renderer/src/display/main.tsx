// The customer display: a window (Electron) or a page (/display?token=…, headless) turned to the
// customer. It holds only the display token: display.get and display.updated, nothing else.
import './display.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DISPLAY_TOKEN_KEY, pickBridge } from '../bridge'
import { DisplayScreen } from './DisplayScreen'
import { connectDisplay, createDisplayStore } from './store'

const THEME_KEY = 'countertop.theme'

/** The console's explicit theme choice (same origin), else the system's. Followed live. */
function followTheme(): void {
  const apply = () => {
    let t: string | null = null
    try {
      t = localStorage.getItem(THEME_KEY)
    } catch {
      /* storage unavailable */
    }
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t
    else delete document.documentElement.dataset.theme
  }
  apply()
  window.addEventListener('storage', (e) => {
    if (e.key === THEME_KEY) apply()
  })
}

followTheme()
const root = createRoot(document.getElementById('root')!)
const bridge = pickBridge(window, DISPLAY_TOKEN_KEY)
if (!bridge) {
  root.render(
    <main className="display display-problem">
      <p role="alert">Open the customer display with the “Customer display” URL Countertop printed at start (it carries the display’s token).</p>
    </main>
  )
} else {
  const store = createDisplayStore()
  connectDisplay(store, bridge)
  root.render(
    <StrictMode>
      <DisplayScreen store={store} />
    </StrictMode>
  )
}
