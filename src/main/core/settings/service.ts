// Settings: plain ones in the settings table, secrets in the secret store (safeStorage in
// Electron, a 0600 file headless). The renderer only ever learns "set" and the last four
// characters. Changing payout addresses, keys, the environment, exchange rates or the sale
// limit (they change what customers pay, and where the money goes) needs the manager PIN;
// every change is written to the audit log (names of secret fields, never their values).
import { compareDecimals } from '../../../shared/charge'
import { ErrorCodes, type Environment, type ParsedArgs, type SettingsView } from '../../../shared/contract'
import { CommandError } from '../commands/registry'
import { NETWORK_IDS, DEMO_PAYOUTS, type Payout } from '../sales/service'
import { maskSecret, type SecretStore } from '../secrets'
import type { Store } from '../store'
import { COUNTER_KEYS, readCounterConfig } from './counter'
import { createPinLockout, hashPin, parseLockoutState, PIN_LOCKOUT_KEY, verifyPin, type PinHash } from './pin'

export const SECRET_KEYS = { meshClientId: 'meshClientId', meshApiKey: 'meshApiKey', environment: 'meshEnvironment', webhookSecret: 'webhookSecret' } as const

const PROTECTED = ['environment', 'meshClientId', 'meshApiKey', 'webhookSecret', 'payouts', 'fxRates', 'saleLimit'] as const
const EVM = new Set(['Ethereum', 'Polygon'])

/** Checks an address against its network's format; returns a message a manager can act on. */
export function payoutProblem(p: Payout): string | null {
  if (!NETWORK_IDS[p.network]) return `Unknown network "${p.network}" (choose ${Object.keys(NETWORK_IDS).join(', ')}).`
  if (EVM.has(p.network) && !/^0x[0-9a-fA-F]{40}$/.test(p.address)) return `${p.asset} on ${p.network}: an address is 0x followed by 40 hex characters.`
  if (p.network === 'Solana' && !/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(p.address)) return `${p.asset} on Solana: an address is 32–44 base58 characters.`
  return null
}

let knownCurrencies: ReadonlySet<string> | null = null
/** ISO 4217 codes this runtime's Intl knows (null when it cannot list them: then any 3-letter code). */
function currencies(): ReadonlySet<string> | null {
  if (knownCurrencies === null && typeof Intl.supportedValuesOf === 'function') knownCurrencies = new Set(Intl.supportedValuesOf('currency'))
  return knownCurrencies
}

/** The problem with a currency code, or null. */
export function currencyProblem(code: string): string | null {
  const known = currencies()
  return known && !known.has(code) ? `${code} is not an ISO 4217 currency code this app knows (such as USD, EUR, JPY).` : null
}

/** A BCP 47 locale in its canonical form, or the problem with it. */
export function canonicalLocale(locale: string): { locale: string } | { problem: string } {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale)
    if (!canonical) return { problem: 'Enter a locale such as en-US or de-DE, or leave it empty for the system’s.' }
    // Intl must be able to format with it (the counter, receipts and exports do).
    new Intl.NumberFormat(canonical)
    return { locale: canonical }
  } catch {
    return { problem: `"${locale}" is not a locale (BCP 47) such as en-US, de-DE or fr-CH.` }
  }
}

/** Problems with a set of exchange rates (currency → USD per unit), or null. */
export function fxRatesProblem(rates: Record<string, string>): string | null {
  for (const [code, rate] of Object.entries(rates)) {
    if (code === 'USD') return 'USD needs no exchange rate: Mesh charges in US dollars.'
    const c = currencyProblem(code)
    if (c) return c
    if (compareDecimals(rate, '0') === 0) return `The ${code}→USD rate must be more than zero.`
  }
  return null
}

export interface SettingsDeps {
  store: Store
  secrets: SecretStore
  runningMode: Environment
  now: () => number
  /** The webhook secret in use (it may come from MESH_WEBHOOK_SECRET rather than the store). */
  activeWebhookSecret?: () => string
  /** Applies a new webhook secret to the running receiver (and emulator). */
  onWebhookSecret?: (secret: string) => void
  pinCost?: { N: number; r: number; p: number }
}

export function createSettings(deps: SettingsDeps) {
  const { store, secrets } = deps
  // Loaded by init() from the settings table; until then, checks refuse (see checkPin).
  let lockout: ReturnType<typeof createPinLockout> | null = null
  /** Whether a manager PIN is stored (known without a read, so a check can count before any await). */
  let pinSet = false
  let credentialsChanged = false

  /** Reads the lockout and whether a PIN exists; the core awaits it before any command runs. */
  async function init(): Promise<void> {
    const [state, pin] = await Promise.all([store.settings.get<unknown>(PIN_LOCKOUT_KEY), store.settings.get<PinHash>('managerPin')])
    lockout = createPinLockout(deps.now, parseLockoutState(state))
    pinSet = pin !== undefined
  }

  function savedEnvironment(): Environment {
    const e = secrets.get(SECRET_KEYS.environment)
    if (e === 'emulator' || e === 'sandbox' || e === 'production') return e
    return secrets.has(SECRET_KEYS.meshClientId) && secrets.has(SECRET_KEYS.meshApiKey) ? 'sandbox' : 'emulator'
  }

  async function view(): Promise<SettingsView> {
    const environment = savedEnvironment()
    const [configured, counter, pin] = await Promise.all([store.settings.get<Payout[]>('payouts'), readCounterConfig(store), store.settings.get<PinHash>('managerPin')])
    return {
      environment,
      runningMode: deps.runningMode,
      restartRequired: environment !== deps.runningMode || credentialsChanged,
      meshClientId: secrets.get(SECRET_KEYS.meshClientId) ?? null,
      secrets: {
        meshApiKey: maskSecret(secrets.get(SECRET_KEYS.meshApiKey)),
        webhookSecret: maskSecret(deps.activeWebhookSecret?.() ?? secrets.get(SECRET_KEYS.webhookSecret))
      },
      payouts: configured ?? (deps.runningMode === 'emulator' ? [...DEMO_PAYOUTS] : []),
      currency: counter.currency,
      pinSet: pin !== undefined,
      networks: Object.keys(NETWORK_IDS),
      locale: counter.locale,
      fxRates: counter.fxRates,
      saleLimit: counter.saleLimit,
      shop: counter.shop,
      paidSound: counter.paidSound,
      notifications: counter.notifications
    }
  }

  // Writes of the lockout state go to the store's writer in the order they are made, so the
  // last one written is the newest. Each check waits for its own before answering.
  function persistLockout(): Promise<void> {
    return store.settings.set(PIN_LOCKOUT_KEY, lockout!.state())
  }

  // A check's slow part (reading the hash, scrypt) runs one at a time; its accounting does not
  // wait for that: the attempt is refused or counted synchronously, the moment it arrives.
  let pinQueue: Promise<unknown> = Promise.resolve()
  /** Attempts counted whose check has not finished. */
  let pinPending = 0

  /**
   * Checks the manager PIN for `action`. In this order, all before the first await: no PIN set →
   * PIN_NOT_SET; locked → PIN_LOCKED (audited as refused); no PIN given → PIN_REQUIRED; else the
   * attempt is counted as a failure (the fifth starts the lock) and persisted. Then, queued, the
   * hash: wrong → PIN_INVALID (audited as rejected); right → the count is cleared (audited as accepted).
   */
  function checkPin(pin: string | undefined, action: string): Promise<void> {
    if (!lockout) return Promise.reject(new Error('settings.init() was not awaited'))
    if (!pinSet) return Promise.reject(new CommandError('PIN_NOT_SET', 'Set a manager PIN first: it protects payout addresses, keys, the environment, exchange rates and the sale limit.'))
    const wait = lockout.lockedFor()
    if (wait > 0) {
      const refused = new CommandError('PIN_LOCKED', `Too many wrong PINs. Try again in ${Math.ceil(wait / 1000)} s.`)
      return store.audit.append('manager', 'pin.refused', { action, reason: 'locked', lockedForMs: wait }).then(() => Promise.reject(refused))
    }
    if (!pin) return Promise.reject(new CommandError('PIN_REQUIRED', 'This change needs the manager PIN.'))
    const attempt = lockout.begin()
    const counted = persistLockout()
    // Awaited by the queued check; handled here too, in case it fails while earlier checks still run.
    counted.catch(() => {})
    pinPending++
    const run = pinQueue.then(() => verifyQueued(pin, action, attempt, counted)).finally(() => pinPending--)
    pinQueue = run.catch(() => {})
    return run
  }

  async function verifyQueued(pin: string, action: string, attempt: { failures: number; locked: boolean }, counted: Promise<void>): Promise<void> {
    await counted
    const stored = await store.settings.get<PinHash>('managerPin')
    if (!stored) throw new CommandError('PIN_NOT_SET', 'Set a manager PIN first: it protects payout addresses, keys, the environment, exchange rates and the sale limit.')
    if (!(await verifyPin(pin, stored))) {
      await store.audit.append('manager', 'pin.rejected', { action, failures: attempt.failures, locked: attempt.locked })
      throw new CommandError('PIN_INVALID', attempt.locked ? 'That PIN is not right. Nothing was changed. Too many wrong PINs: the PIN is locked for a minute.' : 'That PIN is not right. Nothing was changed.')
    }
    lockout!.succeed(pinPending - 1)
    await Promise.all([persistLockout(), store.audit.append('manager', 'pin.accepted', { action })])
  }

  const api = {
    get: () => view(),
    update: async ({ pin, changes }: ParsedArgs<'settings.update'>) => {
      const fields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined)
      if (fields.length === 0) return view()
      if (changes.payouts) {
        for (const p of changes.payouts) {
          const problem = payoutProblem(p)
          if (problem) throw new CommandError(ErrorCodes.INVALID_ARGUMENT, problem)
        }
        const keys = changes.payouts.map((p) => `${p.asset}/${p.network}`)
        if (new Set(keys).size !== keys.length) throw new CommandError(ErrorCodes.INVALID_ARGUMENT, 'Each asset and network may have only one payout address.')
      }
      if (changes.currency !== undefined) {
        const problem = currencyProblem(changes.currency)
        if (problem) throw new CommandError(ErrorCodes.INVALID_ARGUMENT, problem)
      }
      let locale: string | null | undefined = changes.locale
      if (locale !== undefined && locale !== null) {
        if (locale === '') locale = null
        else {
          const l = canonicalLocale(locale)
          if ('problem' in l) throw new CommandError(ErrorCodes.INVALID_ARGUMENT, l.problem)
          locale = l.locale
        }
      }
      if (changes.fxRates) {
        const problem = fxRatesProblem(changes.fxRates)
        if (problem) throw new CommandError(ErrorCodes.INVALID_ARGUMENT, problem)
      }
      if (changes.saleLimit != null && compareDecimals(changes.saleLimit, '0') === 0) {
        throw new CommandError(ErrorCodes.INVALID_ARGUMENT, 'A sale limit must be more than zero (clear it for no limit).')
      }
      if (changes.environment && changes.environment !== 'emulator') {
        const id = changes.meshClientId ?? secrets.get(SECRET_KEYS.meshClientId)
        const key = changes.meshApiKey ?? secrets.get(SECRET_KEYS.meshApiKey)
        if (!id || !key) throw new CommandError('MESH_CREDENTIALS_MISSING', `Mesh ${changes.environment} needs a client id and an API key.`)
      }
      if (fields.some((f) => (PROTECTED as readonly string[]).includes(f))) await checkPin(pin, 'settings.update')
      // Apply only after every check passed: a rejected change leaves everything as it was.
      const before = await view()
      if (changes.meshClientId !== undefined) secrets.set(SECRET_KEYS.meshClientId, changes.meshClientId)
      if (changes.meshApiKey !== undefined) secrets.set(SECRET_KEYS.meshApiKey, changes.meshApiKey)
      if (changes.environment !== undefined) secrets.set(SECRET_KEYS.environment, changes.environment)
      if (changes.webhookSecret !== undefined) {
        secrets.set(SECRET_KEYS.webhookSecret, changes.webhookSecret)
        deps.onWebhookSecret?.(changes.webhookSecret)
      }
      if (changes.meshClientId !== undefined || changes.meshApiKey !== undefined) credentialsChanged = true
      const entries: [string, unknown][] = []
      if (changes.payouts !== undefined) entries.push(['payouts', changes.payouts])
      if (changes.currency !== undefined) entries.push([COUNTER_KEYS.currency, changes.currency])
      // null deletes the key (back to its default).
      if (locale !== undefined) entries.push([COUNTER_KEYS.locale, locale])
      if (changes.fxRates !== undefined) entries.push([COUNTER_KEYS.fxRates, changes.fxRates])
      if (changes.saleLimit !== undefined) entries.push([COUNTER_KEYS.saleLimit, changes.saleLimit])
      if (changes.shop !== undefined) entries.push([COUNTER_KEYS.shop, changes.shop])
      if (changes.paidSound !== undefined) entries.push([COUNTER_KEYS.paidSound, changes.paidSound])
      if (changes.notifications !== undefined) entries.push([COUNTER_KEYS.notifications, changes.notifications])
      const fromTo = <T>(from: T, to: T | undefined) => (to === undefined ? {} : { from, to })
      await store.ops.setSettings(entries, {
        actor: 'manager',
        action: 'settings.updated',
        detail: {
          fields,
          ...(changes.environment ? { environment: { from: before.environment, to: changes.environment } } : {}),
          ...(changes.payouts ? { payouts: changes.payouts } : {}),
          ...(changes.currency ? { currency: changes.currency } : {}),
          ...(locale !== undefined ? { locale: fromTo(before.locale, locale) } : {}),
          ...(changes.fxRates !== undefined ? { fxRates: fromTo(before.fxRates, changes.fxRates) } : {}),
          ...(changes.saleLimit !== undefined ? { saleLimit: fromTo(before.saleLimit, changes.saleLimit) } : {}),
          ...(changes.shop !== undefined ? { shop: fromTo(before.shop, changes.shop) } : {}),
          ...(changes.paidSound !== undefined ? { paidSound: changes.paidSound } : {}),
          ...(changes.notifications !== undefined ? { notifications: changes.notifications } : {})
        }
      })
      return view()
    },
    setPin: async ({ currentPin, newPin }: ParsedArgs<'settings.setPin'>) => {
      // Decided without a read: a concurrent second "first" PIN has to pass the check instead.
      const first = !pinSet
      if (first) pinSet = true
      else await checkPin(currentPin, 'settings.setPin')
      try {
        const h = await hashPin(newPin, deps.pinCost)
        await store.ops.setSettings([['managerPin', h]], { actor: 'manager', action: first ? 'pin.set' : 'pin.changed' })
      } catch (err) {
        if (first) pinSet = false
        throw err
      }
      return { pinSet: true as const }
    },
    auditList: ({ limit, beforeId }: ParsedArgs<'audit.list'>) => store.audit.list(limit, beforeId)
  }
  return { ...api, view, init }
}
export type Settings = ReturnType<typeof createSettings>
