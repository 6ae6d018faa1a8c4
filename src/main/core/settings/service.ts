// Settings: plain ones in the settings table, secrets in the secret store (safeStorage in
// Electron, a 0600 file headless). The renderer only ever learns "set" and the last four
// characters. Changing payout addresses, keys or the environment needs the manager PIN;
// every change is written to the audit log (names of secret fields, never their values).
import { ErrorCodes, type Environment, type ParsedArgs, type SettingsView } from '../../../shared/contract'
import { CommandError } from '../commands/registry'
import { NETWORK_IDS, DEMO_PAYOUTS, type Payout } from '../sales/service'
import { maskSecret, type SecretStore } from '../secrets'
import type { Store } from '../store'
import { createPinLockout, hashPin, verifyPin, type PinHash } from './pin'

export const SECRET_KEYS = { meshClientId: 'meshClientId', meshApiKey: 'meshApiKey', environment: 'meshEnvironment', webhookSecret: 'webhookSecret' } as const

const PROTECTED = ['environment', 'meshClientId', 'meshApiKey', 'webhookSecret', 'payouts'] as const
const EVM = new Set(['Ethereum', 'Polygon'])

/** Checks an address against its network's format; returns a message a manager can act on. */
export function payoutProblem(p: Payout): string | null {
  if (!NETWORK_IDS[p.network]) return `Unknown network "${p.network}" (choose ${Object.keys(NETWORK_IDS).join(', ')}).`
  if (EVM.has(p.network) && !/^0x[0-9a-fA-F]{40}$/.test(p.address)) return `${p.asset} on ${p.network}: an address is 0x followed by 40 hex characters.`
  if (p.network === 'Solana' && !/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(p.address)) return `${p.asset} on Solana: an address is 32–44 base58 characters.`
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
  const lockout = createPinLockout(deps.now)
  let credentialsChanged = false

  function savedEnvironment(): Environment {
    const e = secrets.get(SECRET_KEYS.environment)
    if (e === 'emulator' || e === 'sandbox' || e === 'production') return e
    return secrets.has(SECRET_KEYS.meshClientId) && secrets.has(SECRET_KEYS.meshApiKey) ? 'sandbox' : 'emulator'
  }

  async function view(): Promise<SettingsView> {
    const environment = savedEnvironment()
    const [configured, currency, pin] = await Promise.all([store.settings.get<Payout[]>('payouts'), store.settings.get<string>('currency'), store.settings.get<PinHash>('managerPin')])
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
      currency: currency ?? 'USD',
      pinSet: pin !== undefined,
      networks: Object.keys(NETWORK_IDS)
    }
  }

  // PIN checks run one at a time, so concurrent guesses cannot all pass the lockout check
  // before the first wrong one is counted.
  let pinQueue: Promise<unknown> = Promise.resolve()
  function checkPin(pin: string | undefined, action: string): Promise<void> {
    const run = pinQueue.then(() => checkPinNow(pin, action))
    pinQueue = run.catch(() => {})
    return run
  }

  async function checkPinNow(pin: string | undefined, action: string): Promise<void> {
    const stored = await store.settings.get<PinHash>('managerPin')
    if (!stored) throw new CommandError('PIN_NOT_SET', 'Set a manager PIN first: it protects payout addresses, keys and the environment.')
    const wait = lockout.lockedFor()
    if (wait > 0) throw new CommandError('PIN_LOCKED', `Too many wrong PINs. Try again in ${Math.ceil(wait / 1000)} s.`)
    if (!pin) throw new CommandError('PIN_REQUIRED', 'This change needs the manager PIN.')
    if (!(await verifyPin(pin, stored))) {
      lockout.fail()
      await store.audit.append('manager', 'pin.rejected', { action })
      throw new CommandError('PIN_INVALID', 'That PIN is not right. Nothing was changed.')
    }
    lockout.succeed()
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
      if (changes.currency !== undefined) entries.push(['currency', changes.currency])
      await store.ops.setSettings(entries, {
        actor: 'manager',
        action: 'settings.updated',
        detail: {
          fields,
          ...(changes.environment ? { environment: { from: before.environment, to: changes.environment } } : {}),
          ...(changes.payouts ? { payouts: changes.payouts } : {}),
          ...(changes.currency ? { currency: changes.currency } : {})
        }
      })
      return view()
    },
    setPin: async ({ currentPin, newPin }: ParsedArgs<'settings.setPin'>) => {
      const first = (await store.settings.get<PinHash>('managerPin')) === undefined
      if (!first) await checkPin(currentPin, 'settings.setPin')
      const h = await hashPin(newPin, deps.pinCost)
      await store.ops.setSettings([['managerPin', h]], { actor: 'manager', action: first ? 'pin.set' : 'pin.changed' })
      return { pinSet: true as const }
    },
    auditList: ({ limit, beforeId }: ParsedArgs<'audit.list'>) => store.audit.list(limit, beforeId)
  }
  return { ...api, view }
}
export type Settings = ReturnType<typeof createSettings>
