// What each callback of the Web Link SDK means for the cashier. Every onEvent key the SDK
// declares has an entry (the type checker holds the table to the SDK's LinkEventTypeKeys, and
// tests/renderer/sdk-events.test.ts to the installed SDK's own key list), beside the names we
// record the other callbacks under (transferFinished, exit). Pure: the counter shows the note
// cashierNote() derives from a sale's recorded events. Paid never comes from here: the sale's
// state is the server's (Mesh's webhook); a decline the core turns into failed + declined.
import type { LinkEventTypeKeys } from '@meshconnect/web-link-sdk'
import type { SaleState, SaleView, SdkEventRow } from '../../../shared/contract'
import { sendsManually as sendsManuallyByType } from '../../../shared/link-events'

export type SdkEventKind =
  /** Recorded; changes nothing the cashier sees (page loads, the terms, "see what happened"). */
  | 'passive'
  /** A step in Link: its progress line (if it has one) replaces the earlier note. */
  | 'step'
  /** A muted note; the sale keeps waiting. */
  | 'note'
  /** Something to tell the customer (pick another exchange, another way to pay); the sale keeps waiting. */
  | 'hint'
  /** The exchange declined the transfer: the sale ends as declined (the core makes it failed). */
  | 'declined'
  /** A transfer was submitted: Mesh settles the sale. */
  | 'submitted'
  /** The customer sends by hand (Link's QR code): closing Link does not abandon the sale. */
  | 'manual'
  /** An account linked for later (delayed authentication): no payment comes from this session. */
  | 'linkOnly'
  /** Link closed (the SDK turns done / close into onExit, recorded as exit). */
  | 'exit'

/** What the text of a note may use besides the payload. */
export interface NoteContext {
  /** The exchange or wallet Link last named in this session. */
  exchange: string | null
  /** The asset the sale asks for. */
  asset: string | null
}

export interface SdkEventHandling {
  kind: SdkEventKind | ((payload: unknown) => SdkEventKind)
  /** What the cashier reads, in a sentence; null or absent for nothing. */
  text?: (payload: unknown, ctx: NoteContext) => string | null
}

type Payload = Record<string, unknown>
const obj = (v: unknown): Payload => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Payload) : {})
/** A short, single-line string field of a payload, or null. */
function field(v: unknown, key: string): string | null {
  const x = obj(v)[key]
  return typeof x === 'string' && x.trim() !== '' ? x.replace(/\s+/g, ' ').trim().slice(0, 300) : null
}
const at = (ctx: NoteContext, fallback = 'the exchange'): string => ctx.exchange ?? fallback
/** "message" followed by a full stop unless it ends with one. */
const sentence = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`)

const delayedAuthOf = (p: unknown): Payload | null => {
  const d = obj(p).delayedAuth
  return d !== null && typeof d === 'object' ? (d as Payload) : null
}
const brokerOf = (p: unknown): string | null => field(obj(p).accessToken, 'brokerName') ?? field(delayedAuthOf(p), 'brokerName')

function heldList(p: unknown): string {
  const held = obj(p).arrayOfTokensHeld
  if (!Array.isArray(held) || held.length === 0) return ''
  const names = held
    .map((t) => field(t, 'symbol'))
    .filter((s): s is string => s !== null)
    .slice(0, 4)
  return names.length ? ` (it holds ${names.join(', ')}${held.length > names.length ? ', …' : ''})` : ''
}

/** The onEvent keys of the SDK, each handled the way a cashier needs. */
export const SDK_EVENT_HANDLING: { readonly [K in LinkEventTypeKeys]: SdkEventHandling } = {
  // ---- choosing a way to pay and signing in ----
  pageLoaded: { kind: 'passive' },
  homePageLoaded: { kind: 'passive' },
  legalTermsViewed: { kind: 'passive' },
  seeWhatHappenedClicked: { kind: 'passive' },
  SDKinjectedWalletProviders: { kind: 'passive' },
  methodSelected: {
    kind: 'step',
    text: (p) => {
      const m = field(p, 'method')
      return m === 'manual' ? 'Customer chose to send the payment by hand.' : m === 'buy' ? 'Customer chose to buy crypto first.' : 'Customer chose to pay from an exchange or wallet.'
    }
  },
  integrationSelected: { kind: 'step', text: (p) => `Customer chose ${field(p, 'integrationName') ?? 'an exchange'}.` },
  credentialsEntered: { kind: 'step', text: (_p, c) => `Customer is signing in at ${at(c)}.` },
  integrationOAuthStarted: { kind: 'step', text: (_p, c) => `Customer is signing in at ${at(c)}, in ${at(c)}’s own window.` },
  integrationMfaRequired: { kind: 'step', text: (_p, c) => `Customer is entering the 2FA code for ${at(c)}.` },
  integrationMfaEntered: { kind: 'step', text: (_p, c) => `2FA code entered: signing in at ${at(c)}.` },
  integrationAccountSelectionRequired: { kind: 'step', text: (_p, c) => `Customer is choosing which ${at(c)} account to pay from.` },
  integrationConnectionError: {
    kind: 'note',
    text: (p, c) => `Sign-in at ${at(c)} did not work${field(p, 'errorMessage') ? `: ${sentence(field(p, 'errorMessage')!)}` : '.'} The customer can try again.`
  },
  integrationConnected: {
    kind: (p) => (delayedAuthOf(p) ? 'linkOnly' : 'step'),
    text: (p, c) => {
      const name = brokerOf(p) ?? at(c)
      return delayedAuthOf(p) ? `${name} account linked for later: no payment will come from this session. Start a new sale.` : `Customer signed in at ${name}.`
    }
  },
  connectionUnavailable: { kind: 'hint', text: (p, c) => `${field(p, 'integrationName') ?? at(c, 'This exchange')} is unavailable right now: ask the customer to pick another exchange.` },
  connectionDeclined: {
    kind: 'hint',
    text: (p, c) => {
      const name = field(p, 'integrationName') ?? at(c, 'The exchange')
      const msg = field(p, 'errorMessage')
      return `${msg ? sentence(msg) : `${name} declined the connection.`} Ask the customer to pick another exchange.`
    }
  },

  // ---- setting up the transfer ----
  transferStarted: { kind: 'step', text: (p, c) => `Customer is setting up the payment at ${field(p, 'integrationName') ?? at(c)}.` },
  transferAssetSelected: { kind: 'step', text: (p) => `Customer chose to pay in ${field(p, 'symbol') ?? 'an asset'}.` },
  transferNetworkSelected: { kind: 'step', text: (p) => `Customer chose the ${field(p, 'name') ?? 'payment'} network.` },
  transferAmountEntered: { kind: 'step', text: () => 'Customer entered the amount.' },
  transferKycRequired: {
    kind: 'hint',
    text: (_p, c) => `${at(c, 'The exchange')} needs to verify the customer’s identity first, which may take long: offer another exchange or way to pay.`
  },
  transferNoEligibleAssets: {
    kind: 'hint',
    text: (p, c) => `Nothing in this ${field(p, 'integrationName') ?? at(c)} account can pay ${c.asset ?? 'this sale'}${heldList(p)}: ask the customer to pick another exchange or wallet.`
  },
  transferConfigureError: {
    kind: 'hint',
    text: (p, c) => `${field(p, 'errorMessage') ? sentence(field(p, 'errorMessage')!) : `${at(c, 'The exchange')} cannot make this payment.`} Ask the customer to pick another exchange or wallet.`
  },
  fundingOptionsViewed: { kind: 'step', text: (_p, c) => `Not enough ${c.asset ?? 'funds'} at ${at(c)}: the customer is choosing what to convert.` },
  fundingOptionsUpdated: { kind: 'step', text: () => 'Customer chose what to convert to cover the payment.' },
  executeFundingStep: {
    kind: (p) => (field(p, 'errorMessage') ? 'hint' : 'step'),
    text: (p) => {
      const err = field(p, 'errorMessage')
      return err ? `Converting funds did not work: ${sentence(err)} The customer can try another way to pay.` : `Customer is converting funds to pay${field(p, 'status') ? ` (${field(p, 'status')})` : ''}.`
    }
  },
  transferPreviewed: { kind: 'step', text: () => 'Customer is reviewing the payment.' },
  transferPreviewError: {
    kind: 'hint',
    text: (p, c) => `${at(c, 'The exchange')} could not prepare the payment${field(p, 'errorMessage') ? `: ${sentence(field(p, 'errorMessage')!)}` : '.'} The customer can try again or pick another exchange.`
  },
  gasIncreaseWarning: { kind: 'step', text: () => 'The network fee changed: the customer is reviewing the payment again.' },
  transferMfaRequired: { kind: 'step', text: (_p, c) => `Customer is entering the 2FA code to approve at ${at(c)}.` },
  transferMfaEntered: { kind: 'step', text: () => '2FA code entered: approving the payment.' },

  // ---- the outcome in Link ----
  transferInitiated: { kind: 'submitted' },
  transferExecuted: { kind: 'submitted' },
  transferCompleted: { kind: 'submitted' },
  transferExecutionError: {
    kind: 'declined',
    text: (p, c) => `${at(c, 'The exchange')} declined the transfer${field(p, 'errorMessage') ? `: ${sentence(field(p, 'errorMessage')!)}` : '.'}`
  },
  transferDeclined: { kind: 'declined', text: (p, c) => `${field(p, 'integrationName') ?? at(c, 'The exchange')} declined the transfer.` },
  done: { kind: 'exit' },
  close: { kind: 'exit' },

  // ---- self-custody wallets ----
  linkTransferQRGenerated: {
    kind: 'manual',
    text: (p, c) => {
      const what = [field(p, 'token') ?? c.asset, field(p, 'network') ? `on ${field(p, 'network')}` : null].filter(Boolean).join(' ')
      return `Customer is sending ${what || 'the payment'} by hand from their own wallet (Link’s QR code). Not paid until Mesh confirms the transfer.`
    }
  },
  defiWalletError: {
    kind: 'hint',
    text: (p) => {
      const wallet = field(p, 'integrationName') ?? 'The wallet'
      if (field(p, 'errorType') === 'verifyMismatch') {
        const net = field(obj(p).details, 'connectedNetwork')
        return `${wallet} is connected to the wrong account or network${net ? ` (${net})` : ''}: ask the customer to switch it, or to pick another way to pay.`
      }
      return `${wallet} did not answer: ask the customer to open the wallet app, or to pick another way to pay.`
    }
  },
  walletMessageSigned: { kind: 'step', text: () => 'Customer signed the message with their wallet.' },
  verifyDonePage: { kind: 'step' },
  verifyWalletRejected: { kind: 'note', text: () => 'Customer rejected the wallet’s signature request.' }
}

/** The other callbacks, under the names the counter records them as (meshLink.ts). */
export const CALLBACK_HANDLING: Readonly<Record<'transferFinished' | 'exit', SdkEventHandling>> = {
  transferFinished: { kind: 'submitted' },
  exit: { kind: 'exit' }
}

const PASSIVE: SdkEventHandling = { kind: 'passive' }

/** How a recorded callback is handled; a name this SDK does not declare is only recorded. */
export function sdkEventHandling(type: string): SdkEventHandling {
  if (Object.prototype.hasOwnProperty.call(CALLBACK_HANDLING, type)) return CALLBACK_HANDLING[type as keyof typeof CALLBACK_HANDLING]
  if (Object.prototype.hasOwnProperty.call(SDK_EVENT_HANDLING, type)) return SDK_EVENT_HANDLING[type as LinkEventTypeKeys]
  return PASSIVE
}

export function sdkEventKind(type: string, payload: unknown): SdkEventKind {
  const k = sdkEventHandling(type).kind
  return typeof k === 'function' ? k(payload) : k
}

/** The exchange or wallet a callback names, if it names one. */
function integrationNamed(e: Pick<SdkEventRow, 'type' | 'payload'>): string | null {
  if (e.type === 'integrationConnected') return brokerOf(e.payload)
  if (e.type === 'exit') return field(obj(obj(obj(e.payload).summary).selectedIntegration), 'name')
  return field(e.payload, 'integrationName')
}

export type NoteKind = 'progress' | 'note' | 'hint' | 'linkOnly'

export interface CashierNote {
  kind: NoteKind
  text: string
  /** The callback it comes from. */
  type: string
}

const NOTE_OF: Partial<Record<SdkEventKind, NoteKind>> = { step: 'progress', note: 'note', hint: 'hint', linkOnly: 'linkOnly' }
/** States in which the note still speaks: the sale is not over. */
const OPEN: ReadonlySet<SaleState> = new Set(['waiting', 'submitted', 'pending'])

/**
 * The line the counter shows under a sale's state: what the customer is doing in Link, or what to
 * tell them. The last callback that says something wins; passive ones change nothing; a submitted
 * transfer, a decline or a payment sent by hand clears it (the sale's status says those: see
 * saleDisplayStatus); so does Link closing. Null when there is nothing to say, or the sale is over.
 */
export function cashierNote(sale: Pick<SaleView, 'state' | 'sdkEvents' | 'asset'>): CashierNote | null {
  if (!OPEN.has(sale.state)) return null
  let note: CashierNote | null = null
  let exchange: string | null = null
  for (const e of sale.sdkEvents) {
    const kind = sdkEventKind(e.type, e.payload)
    const ctx: NoteContext = { exchange, asset: sale.asset }
    const named = integrationNamed(e)
    if (named) exchange = named
    if (kind === 'passive') continue
    const as = NOTE_OF[kind]
    const text = as ? sdkEventHandling(e.type).text?.(e.payload, { ...ctx, exchange: named ?? ctx.exchange }) : null
    note = as && text ? { kind: as, text, type: e.type } : null
  }
  return note
}

/** What the customer sends by hand, in words, from the last QR code Link showed (null if none). */
export function manualSendText(sale: Pick<SaleView, 'sdkEvents' | 'asset'>): string | null {
  const qr = sale.sdkEvents.findLast((e) => e.type === 'linkTransferQRGenerated')
  return qr ? (SDK_EVENT_HANDLING.linkTransferQRGenerated.text?.(qr.payload, { exchange: null, asset: sale.asset }) ?? null) : null
}

/** The customer is sending by hand (Link's QR code) and did nothing else in Link since. */
export function sendsManually(events: readonly (string | Pick<SdkEventRow, 'type'>)[]): boolean {
  return sendsManuallyByType(events.map((e) => (typeof e === 'string' ? e : e.type)))
}

/** The exchange whose account was linked for later (delayed authentication) with no transfer submitted, else null. */
export function linkedForLater(events: readonly Pick<SdkEventRow, 'type' | 'payload'>[]): string | null {
  let linked: string | null = null
  for (const e of events) {
    const kind = sdkEventKind(e.type, e.payload)
    if (kind === 'linkOnly') linked = brokerOf(e.payload) ?? 'The exchange'
    else if (kind === 'submitted') return null
  }
  return linked
}
