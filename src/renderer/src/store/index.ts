// The app store: one zustand store made of slices. Plain (vanilla) so it runs under node in
// tests; React reads it through useApp() with named selectors from selectors.ts.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { createCounterSlice } from './counterSlice'
import { createDisplaySlice } from './displaySlice'
import { createHealthSlice } from './healthSlice'
import { createInspectorSlice } from './inspectorSlice'
import { createLedgerSlice } from './ledgerSlice'
import { createReceiptSlice } from './receiptSlice'
import { createReportsSlice } from './reportsSlice'
import { createSettingsSlice } from './settingsSlice'
import { createShiftSlice } from './shiftSlice'
import { createSupportSlice } from './supportSlice'
import { createTransferSlice } from './transferSlice'
import { createTunnelSlice } from './tunnelSlice'
import type { AppState, StoreDeps } from './types'
import { createUiSlice } from './uiSlice'

export type AppStore = StoreApi<AppState>
export type { AppState, StoreDeps }

export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(...a),
    ...createHealthSlice(deps)(...a),
    ...createCounterSlice(deps)(...a),
    ...createLedgerSlice(deps)(...a),
    ...createTransferSlice(deps)(...a),
    ...createInspectorSlice(deps)(...a),
    ...createSettingsSlice(deps)(...a),
    ...createTunnelSlice(deps)(...a),
    ...createDisplaySlice(deps)(...a),
    ...createReceiptSlice(deps)(...a),
    ...createShiftSlice(deps)(...a),
    ...createReportsSlice(deps)(...a),
    ...createSupportSlice(deps)(...a)
  }))
}
