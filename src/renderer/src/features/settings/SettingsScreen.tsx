import { useId, useState, type FormEvent } from 'react'
import type { SecretStatus } from '../../../../shared/contract'
import { ErrorState, Loading } from '../../components/common'
import { changesFrom, needsPin } from '../../store/settingsSlice'
import { useActions, useAppShallow } from '../../store/react'

function secretHint(s: SecretStatus): string {
  if (!s.set) return 'Not set.'
  return s.last4 ? `Set (ends in …${s.last4}). Leave empty to keep it.` : 'Set. Leave empty to keep it.'
}

const NEW_PIN_ID = 'pin-new'

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
          ? 'Needed to change payout addresses, keys or the environment. Stored as a slow hash; five wrong tries lock it for a minute.'
          : 'No PIN yet. Set one before payout addresses, keys or the environment can be changed.'}
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
        <fieldset>
          <legend>Display</legend>
          <div className="field">
            <label htmlFor="currency">Display currency</label>
            <input id="currency" value={draft.currency} maxLength={3} size={5} onChange={(e) => actions.editDraft({ currency: e.target.value.toUpperCase() })} />
          </div>
        </fieldset>
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
              {!config.pinSet ? 'No manager PIN set yet.' : pinNeeded ? 'Needed for these changes.' : 'Only needed for payout addresses, keys and the environment.'}
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
              Set a manager PIN first: payout addresses, keys and the environment can only be saved with one.{' '}
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
