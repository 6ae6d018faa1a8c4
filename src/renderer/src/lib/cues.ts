// The paid / failed cue: a short sound (Web Audio, no files) and, when the console is not
// focused, an OS notification. When to cue is decided by pure functions (once per sale, only
// for an outcome this console saw happen); the sound and the notification are injected.
import type { SaleView } from '../../../shared/contract'
import { formatFiat } from '../../../shared/money'
import { declinedStatus, latePaid } from './saleState'

export type CueKind = 'paid' | 'failed'

export interface Cue {
  sessionId: string
  kind: CueKind
  title: string
  body: string
}

type CueSale = Pick<SaleView, 'sessionId' | 'state' | 'amount' | 'currency' | 'asset' | 'network' | 'amountMismatch' | 'lateTransfer' | 'transfer' | 'endReason'> &
  Partial<Pick<SaleView, 'declined' | 'refund'>>

/** What a sale's outcome sounds like: paid, failed (or paid by another amount), or nothing yet — nor for a refund (never a "paid" cue). */
export function saleOutcome(sale: CueSale): CueKind | null {
  if (sale.refund) return null
  if (latePaid(sale)) return 'paid'
  if (sale.state === 'succeeded') return sale.amountMismatch ? 'failed' : 'paid'
  if (sale.state === 'failed') return 'failed'
  return null
}

function cueText(sale: CueSale, kind: CueKind, locale?: string): { title: string; body: string } {
  const amount = formatFiat(sale.amount, sale.currency, locale)
  const paidIn = `${sale.asset}${sale.network ? ` on ${sale.network}` : ''}`
  const late = latePaid(sale)
  if (late) return { title: `${late.label}: ${amount}`, body: late.detail }
  if (kind === 'paid') return { title: `Paid: ${amount}`, body: `Mesh confirmed the payment in ${paidIn}.` }
  if (sale.amountMismatch) return { title: `Amount mismatch: ${amount}`, body: 'Mesh reports a different amount than the sale charged. Check the transfer before handing over the goods.' }
  if (sale.state === 'failed' && sale.declined) {
    const d = declinedStatus(sale.declined)
    return { title: `${d.label}: ${amount}`, body: d.detail }
  }
  return { title: `Not paid: ${amount}`, body: `The payment in ${paidIn} failed or was declined. Ask for another payment.` }
}

/**
 * The cues a change of the known sales calls for. A sale cues once: when this console had seen
 * it without that outcome and now sees it with one. A sale first seen already paid (a reload of
 * the list, a page opened later) never cues, and one in `cued` never cues again.
 */
export function decideCues(prev: Readonly<Record<string, CueSale>>, next: Readonly<Record<string, CueSale>>, cued: ReadonlySet<string>, locale?: string): Cue[] {
  if (prev === next) return []
  const out: Cue[] = []
  for (const [id, sale] of Object.entries(next)) {
    const before = prev[id]
    if (!before || before === sale || cued.has(id)) continue
    const kind = saleOutcome(sale)
    if (!kind || saleOutcome(before) === kind) continue
    out.push({ sessionId: id, kind, ...cueText(sale, kind, locale) })
  }
  return out
}

/** What to do with one cue: the sound when the merchant wants it, a notification only when nobody is looking. */
export function cueActions(cue: Cue, opts: { paidSound: boolean; notifications: boolean; focused: boolean }): { sound: CueKind | null; notify: boolean } {
  return { sound: opts.paidSound ? cue.kind : null, notify: opts.notifications && !opts.focused }
}

export interface CueDeps {
  play(kind: CueKind): void
  /** Shows an OS notification (the browser's Notification API, or the desktop shell's). */
  notify(cue: Cue): void
  hasFocus(): boolean
}

interface CueStore {
  getState(): { sales: Record<string, SaleView>; settings: { paidSound: boolean; notifications: boolean; locale: string | null } | null }
  subscribe(listener: (next: { sales: Record<string, SaleView> }, prev: { sales: Record<string, SaleView> }) => void): () => void
}

/** Follows the store's sales and cues each outcome once. Returns the unsubscribe function. */
export function attachCues(store: CueStore, deps: CueDeps): () => void {
  const cued = new Set<string>()
  return store.subscribe((next, prev) => {
    if (next.sales === prev.sales) return
    const settings = store.getState().settings
    const locale = settings?.locale ?? undefined
    for (const cue of decideCues(prev.sales, next.sales, cued, locale)) {
      cued.add(cue.sessionId)
      const act = cueActions(cue, { paidSound: settings?.paidSound ?? false, notifications: settings?.notifications ?? false, focused: deps.hasFocus() })
      if (act.sound) deps.play(act.sound)
      if (act.notify) deps.notify(cue)
    }
  })
}

// ---------- the browser side: Web Audio and the Notification API ----------

/** Notes of each cue: paid rises (E5 → A5), failed falls low (A3 → E3), so they never sound alike. */
const TONES: Record<CueKind, { type: OscillatorType; notes: { hz: number; at: number; dur: number }[] }> = {
  paid: {
    type: 'sine',
    notes: [
      { hz: 659.25, at: 0, dur: 0.14 },
      { hz: 880, at: 0.12, dur: 0.26 }
    ]
  },
  failed: {
    type: 'triangle',
    notes: [
      { hz: 220, at: 0, dur: 0.22 },
      { hz: 164.81, at: 0.2, dur: 0.36 }
    ]
  }
}

export interface AudioCues {
  /** Creates or resumes the audio context; call it from a user gesture (Chromium's autoplay rule). */
  prime(): void
  play(kind: CueKind): void
}

export function createAudioCues(make: () => AudioContext | null = defaultContext): AudioCues {
  let ctx: AudioContext | null = null
  const get = (): AudioContext | null => {
    ctx ??= make()
    if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => {})
    return ctx
  }
  return {
    prime: () => void get(),
    play(kind) {
      const c = get()
      if (!c) return
      const { type, notes } = TONES[kind]
      const start = c.currentTime + 0.01
      for (const n of notes) {
        const osc = c.createOscillator()
        const gain = c.createGain()
        osc.type = type
        osc.frequency.setValueAtTime(n.hz, start + n.at)
        // Short attack, exponential decay: a soft chime, no click at either end.
        gain.gain.setValueAtTime(0.0001, start + n.at)
        gain.gain.exponentialRampToValueAtTime(0.25, start + n.at + 0.015)
        gain.gain.exponentialRampToValueAtTime(0.0001, start + n.at + n.dur)
        osc.connect(gain).connect(c.destination)
        osc.start(start + n.at)
        osc.stop(start + n.at + n.dur + 0.02)
      }
    }
  }
}

function defaultContext(): AudioContext | null {
  try {
    return typeof AudioContext === 'undefined' ? null : new AudioContext()
  } catch {
    return null
  }
}

/** The Notification API's permission, or 'unsupported'. */
export function notificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

/**
 * Asks for permission to notify; call it only from the click that turns notifications on (a
 * browser asks only from a user gesture, and a merchant should be asked only when they opt in).
 */
export async function requestNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported'
  if (Notification.permission !== 'default') return Notification.permission
  try {
    return await Notification.requestPermission()
  } catch {
    return Notification.permission
  }
}

/** Shows a cue with the Notification API (headless mode in a browser); quiet when not permitted. */
export function browserNotify(cue: Cue): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return
  try {
    // The tag makes the OS replace rather than stack a second notice for the same sale.
    new Notification(cue.title, { body: cue.body, tag: `countertop-sale-${cue.sessionId}` })
  } catch {
    /* a page that may not construct notifications (some mobile browsers) */
  }
}

/** The console's one audio cue player (its AudioContext is made on first use). */
export const audioCues: AudioCues = createAudioCues()
