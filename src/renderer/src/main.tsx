// Must stay the first import: sets window.meshLinkShouldSkipPrewarm before the SDK can load.
import './skip-prewarm'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { bootstrap } from './bootstrap'
import { StoreProvider } from './store/react'

const started = bootstrap()
const root = createRoot(document.getElementById('root')!)

if (!started) {
  root.render(
    <main className="no-token">
      <h1>Countertop</h1>
      <p role="alert">
        Open the console with the URL printed by <code>npm run serve</code> (it carries the access token).
      </p>
    </main>
  )
} else {
  root.render(
    <StrictMode>
      <StoreProvider store={started.store}>
        <App />
      </StoreProvider>
    </StrictMode>
  )
}
