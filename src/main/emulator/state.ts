// The emulator's one state object: its fixed configuration and the mutable world every route
// group reads and changes (transfers, Link sessions, tokens, faults, the webhook target). It is
// created once per emulator and passed explicitly to each part; nothing here is module-global.
import { randomBytes, randomUUID } from 'node:crypto'
import type { GetLinkTokenRequest } from '@meshconnect/node-api'
import { LINK_SCENARIO_NAMES, isLinkScenario, type LinkScenario } from '../../shared/link-scenarios'
import type { ExchangeName } from './catalog'
import { createClock, type EmulatorClock } from './clock'
import type { FundingOption, LinkPagePayment, LinkPreview } from './link-ui/contract'
import type { EmulatedTransfer } from './transfers'
import type { ApiFault, EmulatorLogEntry, MeshEmulatorOptions, TransferListRequest, WebhookFaults } from './types'
import { apiFaultSchema, clockChangeSchema, parseWith, webhookFaultsSchema } from './validate'
import {
  DEFAULT_DELIVERY_TIMEOUT_MS,
  DEFAULT_RETRY_SCHEDULE_MS,
  createActivity,
  createWebhookSender,
  type Activity,
  type WebhookSender,
  type WebhookTarget
} from './webhook-sender'

export const DEFAULT_SETTLE_DELAY_MS = 1_500
export const DEFAULT_LINK_TOKEN_TTL_MS = 10 * 60_000

export type LogKind = EmulatorLogEntry['kind']

export const MAX_LIST_REQUESTS = 10_000

export interface LinkSession {
  id: string
  createdAtMs: number
  request: GetLinkTokenRequest
  userId: string
  payment: LinkPagePayment | null
  state: 'issued' | 'open' | 'finished'
  connected: Set<ExchangeName>
  preview: LinkPreview | null
  exchange: ExchangeName | null
  /** Set when the Link page is first served (the pending next scenario, else standard). */
  scenario?: LinkScenario
  /** Sandbox username the customer signed in with, per exchange. */
  usernames?: Map<ExchangeName, string>
  /** One-off steps already passed or shown (e.g. 'kyc', 'gasIncrease', 'unavailable:Binance'). */
  passed?: Set<string>
  /** The funding options offered when the account was short, and the one the customer chose. */
  fundingOffer?: FundingOption[]
  funding?: { fromSymbol: string; fromAmount: number; amountInFiat: number } | null
}

export interface IssuedAccessToken {
  userId: string
  exchange: ExchangeName
  tokenId: string
}

export interface EmulatorState {
  // ---- configuration, fixed at start ----
  readonly clientId: string
  readonly clientSecret: string
  readonly generatedCredentials: boolean
  /** The control API's bearer token (routes/control.ts). */
  readonly controlToken: string
  readonly generatedControlToken: boolean
  /** Emulated time (clock.now): every timestamp Mesh would show. */
  readonly now: () => number
  readonly clock: EmulatorClock
  readonly randomId: () => string
  readonly settleDelayMs: number
  readonly tokenTtlMs: number
  readonly log: (kind: LogKind, message: string) => void
  /** http://HOST:PORT (or the public URL), known once listening; every handler runs after that. */
  baseUrl: string

  // ---- webhooks ----
  target: WebhookTarget | null
  webhookSecret: string
  readonly activity: Activity
  readonly sender: WebhookSender

  // ---- transfers and faults ----
  readonly transfers: EmulatedTransfer[]
  /** Creation order of transfers (EmulatedTransfer.seq). */
  seq: number
  /** Faults for the next transfer made on the Link page; consumed by it. */
  nextSaleFaults: WebhookFaults | null
  /** Scenario for the next Link page opened; consumed by it. */
  nextLinkScenario: LinkScenario | null
  /** Queued misbehaviour of the fake REST API, oldest first. */
  readonly apiFaults: ApiFault[]
  /** Transfer-list requests received (faulted ones too), oldest first, the newest MAX_LIST_REQUESTS kept. */
  readonly listRequests: TransferListRequest[]

  // ---- Link sessions and access tokens ----
  readonly sessions: Map<string, LinkSession>
  readonly linkTokenRequests: GetLinkTokenRequest[]
  /** `${userId}\n${exchange}` → the stable tokenId (MMT style). */
  readonly tokenIds: Map<string, string>
  readonly accessTokens: Map<string, IssuedAccessToken>

  // ---- lifetime ----
  /** Pending timers and what to do if they are cancelled by close(). */
  readonly timers: Map<NodeJS.Timeout, () => void>
  /** The same for timers on the emulator clock (clockTimer). */
  readonly clockTimers: Map<object, () => void>
  closed: boolean
}

/** Checks the options and builds the state; throws TypeError on options that cannot work. */
export function createEmulatorState(opts: MeshEmulatorOptions): EmulatorState {
  if (!opts.webhookSecret) throw new TypeError('startMeshEmulator needs webhookSecret')
  if (opts.controlToken !== undefined && opts.controlToken.length < 16) throw new TypeError('startMeshEmulator: controlToken must be at least 16 characters')
  if ((opts.clientId === undefined) !== (opts.clientSecret === undefined)) {
    throw new TypeError('startMeshEmulator: give both clientId and clientSecret, or neither (then they are generated)')
  }
  const clock = createClock(opts.now ?? Date.now)
  const now = clock.now
  const randomId = opts.randomId ?? randomUUID
  const log = (kind: LogKind, message: string): void => opts.log?.({ kind, message })
  const activity = createActivity()
  const state: EmulatorState = {
    clientId: opts.clientId ?? randomUUID(),
    clientSecret: opts.clientSecret ?? `sk_emulator_${randomBytes(24).toString('base64url')}`,
    generatedCredentials: opts.clientId === undefined,
    controlToken: opts.controlToken ?? `emu_${randomBytes(24).toString('base64url')}`,
    generatedControlToken: opts.controlToken === undefined,
    now,
    clock,
    randomId,
    settleDelayMs: opts.settleDelayMs ?? DEFAULT_SETTLE_DELAY_MS,
    tokenTtlMs: opts.linkTokenTtlMs ?? DEFAULT_LINK_TOKEN_TTL_MS,
    log,
    baseUrl: '',
    target: opts.webhookUrl ? { url: opts.webhookUrl, secret: opts.webhookSecret } : null,
    webhookSecret: opts.webhookSecret,
    activity,
    sender: createWebhookSender({
      getTarget: () => state.target,
      retryScheduleMs: opts.retryScheduleMs ?? DEFAULT_RETRY_SCHEDULE_MS,
      timeoutMs: opts.deliveryTimeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS,
      now,
      randomId,
      activity,
      log: (m) => log('webhook', m)
    }),
    transfers: [],
    seq: 0,
    nextSaleFaults: null,
    nextLinkScenario: null,
    apiFaults: [],
    listRequests: [],
    sessions: new Map(),
    linkTokenRequests: [],
    tokenIds: new Map(),
    accessTokens: new Map(),
    timers: new Map(),
    clockTimers: new Map(),
    closed: false
  }
  return state
}

/** setTimeout that close() cancels (calling onCancel instead of fn). */
export function timer(state: EmulatorState, ms: number, fn: () => void, onCancel: () => void = () => {}): void {
  const t = setTimeout(() => {
    state.timers.delete(t)
    fn()
  }, ms)
  state.timers.set(t, onCancel)
}

/** Like timer, on the emulator clock: at the emulated time `due` (it may run fast or be advanced); fn gets the due time. */
export function clockTimer(state: EmulatorState, due: number, fn: (dueAt: number) => void, onCancel: () => void = () => {}): void {
  const key = {}
  const cancel = state.clock.scheduleAt(due, (dueAt) => {
    state.clockTimers.delete(key)
    fn(dueAt)
  })
  state.clockTimers.set(key, () => {
    cancel()
    onCancel()
  })
}

export function setWebhookTarget(state: EmulatorState, url: string | null, secret?: string): void {
  if (secret !== undefined) state.webhookSecret = secret
  state.target = url ? { url, secret: state.webhookSecret } : null
}

/** Validates and sets (or with null clears) the next sale's faults. */
export function setNextSaleFaults(state: EmulatorState, faults: unknown): { ok: true } | { ok: false; message: string } {
  if (faults === null) {
    state.nextSaleFaults = null
    return { ok: true }
  }
  const v = parseWith(webhookFaultsSchema, faults, 'faults')
  if (!v.ok) return v
  state.nextSaleFaults = v.value
  return { ok: true }
}

/** Validates and sets (or with null clears) the scenario of the next Link page opened. */
export function setNextLinkScenario(state: EmulatorState, scenario: unknown): { ok: true } | { ok: false; message: string } {
  if (scenario !== null && !isLinkScenario(scenario)) return { ok: false, message: `Unknown Link scenario; use one of ${LINK_SCENARIO_NAMES.join(', ')} (or null)` }
  state.nextLinkScenario = scenario
  return { ok: true }
}

/** What the control API shows of the clock. */
export function clockView(state: EmulatorState): { now: number; iso: string; rate: number; nextDueInMs: number | null } {
  const now = state.clock.now()
  return { now, iso: new Date(now).toISOString(), rate: state.clock.rate, nextDueInMs: state.clock.nextDueIn() }
}

/** Validates and applies a clock change: a new rate, then a jump forward (either or both). */
export function setClock(state: EmulatorState, body: unknown): { ok: true } | { ok: false; message: string } {
  const v = parseWith(clockChangeSchema, body, 'clock change')
  if (!v.ok) return v
  if (v.value.rate !== undefined) state.clock.setRate(v.value.rate)
  if (v.value.advanceMs !== undefined) state.clock.advance(v.value.advanceMs)
  return { ok: true }
}

/** Validates and queues an API fault. */
export function addApiFault(state: EmulatorState, fault: unknown): { ok: true } | { ok: false; message: string } {
  const v = parseWith(apiFaultSchema, fault, 'API fault')
  if (!v.ok) return v
  state.apiFaults.push({ ...v.value })
  return { ok: true }
}

/** Cancels every timer and stops the sender; the HTTP server is closed by its owner. */
export function closeState(state: EmulatorState): void {
  state.closed = true
  for (const [t, cancel] of state.timers) {
    clearTimeout(t)
    cancel()
  }
  state.timers.clear()
  for (const cancel of [...state.clockTimers.values()]) cancel()
  state.clockTimers.clear()
  state.clock.close()
  state.sender.close()
}
