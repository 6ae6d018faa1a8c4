import { CounterScreen } from '../features/counter/CounterScreen'
import { CustomerDisplayButton } from '../features/display/CustomerDisplayButton'
import { HealthStrip } from '../features/health/HealthStrip'
import { InspectorScreen } from '../features/inspector/InspectorScreen'
import { LedgerScreen } from '../features/ledger/LedgerScreen'
import { TransferScreen } from '../features/transfer/TransferScreen'
import { AuditScreen } from '../features/settings/AuditScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { HealthScreen } from '../features/health/HealthScreen'
import { ReceiptScreen } from '../features/receipt/ReceiptScreen'
import { ShiftScreen } from '../features/shift/ShiftScreen'
import { ReportsScreen } from '../features/reports/ReportsScreen'
import { routeHref, type Route } from '../lib/route'
import { selectInspectorHref, selectLedgerHref, selectRoute, selectTheme } from '../store/selectors'
import { useActions, useApp } from '../store/react'

const TABS: { name: Route['name']; label: string }[] = [
  { name: 'counter', label: 'Counter' },
  { name: 'ledger', label: 'Ledger' },
  { name: 'shift', label: 'Shift' },
  { name: 'reports', label: 'Reports' },
  { name: 'inspector', label: 'Inspector' },
  { name: 'health', label: 'Health' },
  { name: 'settings', label: 'Settings' },
  { name: 'audit', label: 'Audit log' }
]

function effectiveTheme(theme: 'light' | 'dark' | null): 'light' | 'dark' {
  if (theme) return theme
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

function ThemeToggle() {
  const theme = useApp(selectTheme)
  const { setTheme } = useActions()
  const current = effectiveTheme(theme)
  return (
    <button
      type="button"
      className="ghost theme-toggle"
      aria-label="Toggle theme"
      aria-pressed={current === 'dark'}
      title={`Switch to ${current === 'dark' ? 'light' : 'dark'} theme`}
      onClick={() => setTheme(current === 'dark' ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{current === 'dark' ? '☀' : '☾'}</span>
      <span className="theme-label" aria-hidden="true">
        {current === 'dark' ? 'Light' : 'Dark'}
      </span>
    </button>
  )
}

export function App() {
  const route = useApp(selectRoute)
  // The Ledger and Inspector tabs keep those screens' filters.
  const ledgerHref = useApp(selectLedgerHref)
  const inspectorHref = useApp(selectInspectorHref)
  const tabHref = (name: Route['name']) => (name === 'ledger' ? ledgerHref : name === 'inspector' ? inspectorHref : routeHref({ name } as Route))
  const active = route.name === 'transfer' ? 'ledger' : route.name === 'receipt' ? 'counter' : route.name
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault()
        document.getElementById('main')?.focus()
      }}>
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">◧</span> Countertop
        </span>
        <nav aria-label="Screens" className="tabs">
          {TABS.map((t) => (
            <a key={t.name} href={tabHref(t.name)} className="tab" aria-current={active === t.name ? 'page' : undefined}>
              {t.label}
            </a>
          ))}
        </nav>
        <CustomerDisplayButton />
        <ThemeToggle />
      </header>
      <HealthStrip />
      <main id="main" tabIndex={-1}>
        {route.name === 'counter' && <CounterScreen />}
        {route.name === 'ledger' && <LedgerScreen />}
        {route.name === 'transfer' && <TransferScreen transferId={route.transferId} />}
        {route.name === 'inspector' && <InspectorScreen />}
        {route.name === 'settings' && <SettingsScreen />}
        {route.name === 'audit' && <AuditScreen />}
        {route.name === 'health' && <HealthScreen />}
        {route.name === 'receipt' && <ReceiptScreen sessionId={route.sessionId} />}
        {route.name === 'shift' && <ShiftScreen />}
        {route.name === 'reports' && <ReportsScreen />}
      </main>
    </div>
  )
}
