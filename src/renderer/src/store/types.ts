import type { StateCreator } from 'zustand'
import type { IntegrationAccessToken } from '../../../shared/contract'
import type { Bridge, StreamState } from '../bridge/types'
import type { CounterSlice } from './counterSlice'
import type { DisplaySlice } from './displaySlice'
import type { HealthSlice } from './healthSlice'
import type { InspectorSlice } from './inspectorSlice'
import type { LedgerSlice } from './ledgerSlice'
import type { ReceiptSlice } from './receiptSlice'
import type { ReportsSlice } from './reportsSlice'
import type { SettingsSlice } from './settingsSlice'
import type { ShiftSlice } from './shiftSlice'
import type { SupportSlice } from './supportSlice'
import type { TransferSlice } from './transferSlice'
import type { TunnelSlice } from './tunnelSlice'
import type { UiSlice } from './uiSlice'

export type AppState = UiSlice & HealthSlice & CounterSlice & LedgerSlice & TransferSlice & InspectorSlice & SettingsSlice & TunnelSlice & DisplaySlice & ReceiptSlice & ShiftSlice & ReportsSlice & SupportSlice

export type Slice<T> = StateCreator<AppState, [], [], T>

/** What the SDK launcher reports back: every callback, by the name we record it under. */
export interface LinkCallbacks {
  onSdkEvent(type: string, payload: unknown): void
  /** Link's overlay is gone (after exit, or closed by us). */
  onClosed(): void
  /** Escape was pressed on the overlay (outside Link's iframe); without it the launcher just closes Link. */
  onEscape?(): void
}

/** Opens Mesh Link (the real Web Link SDK in the app; a fake in tests). */
export interface LinkLauncher {
  open(linkToken: string, accessTokens: IntegrationAccessToken[] | undefined, callbacks: LinkCallbacks): Promise<void>
  close(): void
}

/** Where the store writes the address bar's hash when a screen's filters change (history.replaceState in the app). */
export interface UrlPort {
  /** Replaces the current hash (no new history entry, so Back is not spammed). */
  replace(hash: string): void
}

export interface StoreDeps {
  bridge: Bridge
  link: LinkLauncher
  now: () => number
  /** Absent in tests that do not look at the URL. */
  url?: UrlPort
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export type { StreamState }
