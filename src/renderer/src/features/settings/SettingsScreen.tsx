import { useId, useState, type FormEvent, type ReactNode } from 'react'
import type { SecretStatus } from '../../../../shared/contract'
import { formatFiat } from '../../../../shared/money'
import { ErrorState, Loading } from '../../components/common'
import { audioCues, notificationPermission, requestNotificationPermission } from '../../lib/cues'
import { changesFrom, draftProblems, needsPin, type SettingsDraft, type SettingsField } from '../../store/settingsSlice'
import { useActions, useApp, useAppShallow } from '../../store/react'

function secretHint(s: SecretStatus): string {
  if (!s.set) return 'Not set.'
  return s.last4 ? `Set (ends in …${s.last4}). Leave empty to keep it.` : 'Set. Leave empty to keep it.'
}

const NEW_PIN_ID = 'pin-new'

/** A labelled input with its hint and, when there is one, its error (aria-invalid, aria-describedby). */
function TextField(props: {
  id: string
  field: SettingsField
  label: string
  value: string
  hint?: ReactNode
  placeholder?: string
  maxLength?: number
  inputMode?: 'decimal' | 'text'
  /** What is wrong with the value as typed (checked live); the server's error wins. */
  problem?: string
  onChange(v: string): void
}) {
  const serverError = useApp((s) => s.fieldErrors[props.field])
  const error = serverError ?? props.problem
  const described = [props.hint ? `${props.id}-hint` : '', error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        autoComplete="off"
        value={props.value}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {error && (
        <p id={`${props.id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

/** What an amount will look like with the draft's locale and currency. */
function localeExample(d: SettingsDraft): string {
  const cur = /^[A-Z]{3}$/.test(d.currency.trim().toUpperCase()) ? d.currency.trim().toUpperCase() : 'USD'
  try {
    return formatFiat('1234.56', cur, d.locale.trim() || undefined)
  } catch {
    return formatFiat('1234.56', cur)
  }
}

function CounterFields({ draft }: { draft: SettingsDraft }) {
  const actions = useActions()
  const currency = draft.currency.trim().toUpperCase()
  const problems = draftProblems(draft)
  const system = typeof navigator === 'undefined' ? 'en-US' : navigator.language
  const inShell = typeof window !== 'undefined' && typeof window.countertop?.invoke === 'function'
  const [permission, setPermission] = useState(() => notificationPermission())
  const toggleNotifications = async (on: boolean) => {
    // The browser asks only from this click, and only when the merchant opts in.
    if (on && !inShell) setPermission(await requestNotificationPermission())
    actions.editDraft({ notifications: on })
  }
  const notifyHint = inShell
    ? 'Shown by the desktop app when Countertop is not the focused window.'
    : permission === 'denied'
      ? 'This browser blocks notifications from Countertop: allow them in the site settings, then save again.'
      : permission === 'unsupported'
        ? 'This browser cannot show notifications.'
        : permission === 'granted'
          ? 'Allowed by the browser. Shown when this tab is not focused.'
          : 'The browser asks for permission when you turn this on.'
  return (
    <>
      <fieldset>
        <legend>Shop</legend>
        <div className="field-row">
          <TextField id="shop-name" field="shopName" problem={problems.shopName} label="Shop name" value={draft.shopName} maxLength={100} hint="On receipts and the customer display." onChange={(v) => actions.editDraft({ shopName: v })} />
          <TextField id="shop-address" field="shopAddress" problem={problems.shopAddress} label="Shop address" value={draft.shopAddress} maxLength={300} onChange={(v) => actions.editDraft({ shopAddress: v })} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Money</legend>
        <div className="field-row">
          <TextField
            id="currency"
            field="currency" problem={problems.currency}
            label="Display currency"
            value={draft.currency}
            maxLength={3}
            hint="What the counter charges in (ISO code)."
            onChange={(v) => actions.editDraft({ currency: v.toUpperCase() })}
          />
          <TextField
            id="locale"
            field="locale" problem={problems.locale}
            label="Locale"
            value={draft.locale}
            placeholder={`System: ${system}`}
            maxLength={35}
            hint={`Amounts look like ${localeExample(draft)}.`}
            onChange={(v) => actions.editDraft({ locale: v })}
          />
        </div>
        <div className="field-row">
          {currency === 'USD' ? (
            <div className="field">
              <span className="label-like">Exchange rate</span>
              <p className="hint">Mesh charges in USD: a USD counter needs no rate.</p>
            </div>
          ) : (
            <TextField
              id="fx-rate"
              field="fxRate" problem={problems.fxRate}
              label={`Exchange rate (USD per 1 ${currency || '…'})`}
              value={draft.fxRate}
              inputMode="decimal"
              placeholder="e.g. 1.087"
              hint={`Mesh charges in USD: a sale of ${currency || 'this currency'} 10 asks Mesh for 10 × this rate. Without a rate the counter cannot charge. Needs the manager PIN.`}
              onChange={(v) => actions.editDraft({ fxRate: v })}
            />
          )}
          <TextField
            id="sale-limit"
            field="saleLimit" problem={problems.saleLimit}
            label={`Per-sale limit (${currency || '…'})`}
            value={draft.saleLimit}
            inputMode="decimal"
            placeholder="No limit"
            hint="The most one sale may charge; empty for no limit. Needs the manager PIN."
            onChange={(v) => actions.editDraft({ saleLimit: v })}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Paid and failed cues</legend>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={draft.paidSound} onChange={(e) => actions.editDraft({ paidSound: e.target.checked })} /> Play a sound when a sale is paid or fails
          </label>
          <p>
            <button
              type="button"
              className="small"
              onClick={() => {
                audioCues.prime()
                audioCues.play('paid')
                setTimeout(() => audioCues.play('failed'), 700)
              }}
            >
              Play the two sounds
            </button>
          </p>
        </div>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={draft.notifications} aria-describedby="notify-hint" onChange={(e) => void toggleNotifications(e.target.checked)} /> Show a notification when a sale
            is paid or fails while Countertop is not in front
          </label>
          <p id="notify-hint" className="hint">
            {notifyHint}
          </p>
        </div>
      </fieldset>
    </>
  )
}

function PinForm({ pinSet }: { pinSet: boolean }) {
  const actions = useActions()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (await actions.setPin(current, next)) {
      setCurrent('')
      setNext('')
    }
  }
  return (
    <form className="card" aria-label="PIN management" onSubmit={submit}>
      <h2>Manager PIN</h2>
      <p className="muted">
        {pinSet
          ? 'Needed to change payout addresses, keys, the environment, exchange rates or the per-sale limit. Stored as a slow hash; five wrong tries lock it for a minute.'
          : 'No PIN yet. Set one before payout addresses, keys, the environment, exchange rates or the per-sale limit can be changed.'}
      </p>
      <div className="field-row">
        {pinSet && (
          <div className="field">
            <label htmlFor="pin-current">Current PIN</label>
            <input id="pin-current" type="password" inputMode="numeric" autoComplete="off" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor={NEW_PIN_ID}>New PIN</label>
          <input id={NEW_PIN_ID} type="password" inputMode="numeric" autoComplete="new-password" placeholder="4–12 digits" value={next} onChange={(e) => setNext(e.target.value)} />
        </div>
      </div>
      <p>
        <button type="submit" disabled={next.length < 4}>
          {pinSet ? 'Change PIN' : 'Set PIN'}
        </button>
      </p>
    </form>
  )
}

export function SettingsScreen() {
  const { config, status, error, draft, saving, saveMessage } = useAppShallow((s) => ({
    config: s.config,
    status: s.configStatus,
    error: s.configError,
    draft: s.draft,
    saving: s.saving,
    saveMessage: s.saveMessage
  }))
  const actions = useActions()
  const [pin, setPin] = useState('')
  const ids = useId()
  if (status === 'error') return <ErrorState title="Could not load the settings" message={error ?? ''} onRetry={() => void actions.loadConfig()} />
  if (!config || !draft) return <Loading>Loading settings…</Loading>
  const changes = changesFrom(config, draft)
  const pinNeeded = needsPin(changes)
  const dirty = Object.keys(changes).length > 0
  // These changes need the manager PIN, and there is none yet: Save cannot work until one is set.
  const pinMissing = pinNeeded && !config.pinSet
  const goToPinForm = () => {
    const field = document.getElementById(NEW_PIN_ID)
    field?.scrollIntoView({ block: 'center' })
    field?.focus()
  }

  const save = async (e: FormEvent) => {
    e.preventDefault()
    if (await actions.saveSettings(pin)) setPin('')
  }

  return (
    <div className="stack">
      {saveMessage && (
        <p className={`notice notice-${saveMessage.tone}`} role={saveMessage.tone === 'error' ? 'alert' : 'status'}>
          {saveMessage.text}
        </p>
      )}
      {config.restartRequired && !saveMessage && (
        <p className="notice notice-ok" role="status">
          Running against {config.runningMode}; the saved settings apply at the next start.
        </p>
      )}
      <form className="card settings-form" aria-label="Settings" onSubmit={save}>
        <h2>Settings</h2>
        <fieldset>
          <legend>Mesh</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor="env">Environment</label>
              <select id="env" value={draft.environment} onChange={(e) => actions.editDraft({ environment: e.target.value as typeof draft.environment })}>
                <option value="emulator">Built-in emulator</option>
                <option value="sandbox">Mesh sandbox</option>
                <option value="production">Mesh production</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="client-id">Client ID</label>
              <input id="client-id" autoComplete="off" value={draft.meshClientId} onChange={(e) => actions.editDraft({ meshClientId: e.target.value })} />
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="api-key">API key</label>
              <input id="api-key" type="password" autoComplete="off" aria-describedby="api-key-hint" value={draft.meshApiKey} onChange={(e) => actions.editDraft({ meshApiKey: e.target.value })} />
              <p id="api-key-hint" className="hint">
                {secretHint(config.secrets.meshApiKey)}
              </p>
            </div>
            <div className="field">
              <label htmlFor="webhook-secret">Webhook secret</label>
              <input id="webhook-secret" type="password" autoComplete="off" aria-describedby="webhook-secret-hint" value={draft.webhookSecret} onChange={(e) => actions.editDraft({ webhookSecret: e.target.value })} />
              <p id="webhook-secret-hint" className="hint">
                {secretHint(config.secrets.webhookSecret)} Mesh shows it once, when you register the webhook URL.
              </p>
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Payout addresses</legend>
          <p className="muted">Where customers’ payments go, one address per asset and network.</p>
          <table className="table payouts" aria-label="Payout addresses">
            <thead>
              <tr>
                <th scope="col">Asset</th>
                <th scope="col">Network</th>
                <th scope="col">Address</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.payouts.map((p, i) => (
                <tr key={i}>
                  <td>
                    <input aria-label={`Asset ${i + 1}`} value={p.asset} size={8} onChange={(e) => actions.editPayout(i, { asset: e.target.value })} />
                  </td>
                  <td>
                    <select aria-label={`Network ${i + 1}`} value={p.network} onChange={(e) => actions.editPayout(i, { network: e.target.value })}>
                      {config.networks.map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="grow">
                    <input aria-label={`Address ${i + 1}`} className="mono" value={p.address} onChange={(e) => actions.editPayout(i, { address: e.target.value })} />
                  </td>
                  <td>
                    <button type="button" className="small" aria-label={`Remove payout ${i + 1}`} onClick={() => actions.removePayout(i)}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="small" onClick={() => actions.addPayout()}>
            Add payout address
          </button>
        </fieldset>
        <CounterFields draft={draft} />
        <div className="field-row save-row">
          <div className="field">
            <label htmlFor={`${ids}-pin`}>Manager PIN</label>
            <input
              id={`${ids}-pin`}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              aria-describedby={`${ids}-pin-hint`}
              value={pin}
              disabled={!config.pinSet}
              onChange={(e) => setPin(e.target.value)}
            />
            <p id={`${ids}-pin-hint`} className="hint">
              {!config.pinSet
                ? 'No manager PIN set yet.'
                : pinNeeded
                  ? 'Needed for these changes.'
                  : 'Only needed for payout addresses, keys, the environment, exchange rates and the per-sale limit.'}
            </p>
          </div>
          <div className="field">
            <span aria-hidden="true">&nbsp;</span>
            <button
              type="submit"
              className="primary"
              disabled={!dirty || saving || pinMissing || (pinNeeded && pin.length === 0)}
              aria-describedby={pinMissing ? `${ids}-pin-missing` : undefined}
            >
              {saving ? 'Saving…' : 'Save settings'}
            </button>
          </div>
          {pinMissing && (
            <p id={`${ids}-pin-missing`} className="notice save-note" role="status">
              Set a manager PIN first: payout addresses, keys, the environment, exchange rates and the per-sale limit can only be saved with one.{' '}
              <button type="button" className="link-button" onClick={goToPinForm}>
                Set the PIN below
              </button>
            </p>
          )}
        </div>
      </form>
      <PinForm pinSet={config.pinSet} />
    </div>
  )
}
