import { afterEach, describe, expect, it } from 'vitest'
import pino from 'pino'
import { createFileSecretStore } from '../../src/main/core/secrets'
import { resolveWebhookSecret, staleAfterMsFromEnv, startHost, type Host } from '../../src/main/host/bootstrap'
import { resolveMeshSetup } from '../../src/main/host/mesh-setup'
import { meshPayload, postWebhook, tempDir } from '../helpers'

const silent = pino({ level: 'silent' })

describe('the webhook secret at start-up', () => {
  const dirs: ReturnType<typeof tempDir>[] = []
  afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()))
  const store = () => {
    const d = tempDir()
    dirs.push(d)
    return createFileSecretStore(d.dir)
  }

  it('keeps the stored secret when MESH_WEBHOOK_SECRET is set but empty', () => {
    const s = store()
    s.set('webhookSecret', 'whsec_stored_from_mesh_dashboard')
    for (const empty of ['', '   ']) {
      const r = resolveWebhookSecret({ MESH_WEBHOOK_SECRET: empty }, s, () => 'made-up')
      expect(r).toEqual({ secret: 'whsec_stored_from_mesh_dashboard', source: 'stored' })
    }
    expect(s.get('webhookSecret')).toBe('whsec_stored_from_mesh_dashboard')
  })

  it('uses a non-empty MESH_WEBHOOK_SECRET without overwriting the stored one', () => {
    const s = store()
    s.set('webhookSecret', 'whsec_stored')
    expect(resolveWebhookSecret({ MESH_WEBHOOK_SECRET: 'whsec_env' }, s)).toEqual({ secret: 'whsec_env', source: 'environment' })
    expect(s.get('webhookSecret')).toBe('whsec_stored')
  })

  it('makes and keeps a new secret only when there is none', () => {
    const s = store()
    expect(resolveWebhookSecret({}, s, () => 'fresh-secret')).toEqual({ secret: 'fresh-secret', source: 'generated' })
    expect(s.get('webhookSecret')).toBe('fresh-secret')
    expect(resolveWebhookSecret({ MESH_WEBHOOK_SECRET: '' }, s, () => 'another')).toEqual({ secret: 'fresh-secret', source: 'stored' })
  })
})

describe('which Mesh', () => {
  it('treats empty credentials in the environment as unset and falls back to the stored ones', () => {
    const r = resolveMeshSetup(false, { MESH_CLIENT_ID: '', MESH_API_KEY: ' ', MESH_ENV: '' }, { clientId: 'cid', apiKey: 'key', environment: 'production' })
    expect(r).toMatchObject({ mode: 'production', credentials: { clientId: 'cid', clientSecret: 'key' } })
  })
  it('runs the emulator with no credentials at all', () => {
    expect(resolveMeshSetup(false, {}, {}).mode).toBe('emulator')
  })
  it('refuses an unknown MESH_ENV with a message naming it', () => {
    expect(() => resolveMeshSetup(false, { MESH_ENV: 'staging', MESH_CLIENT_ID: 'a', MESH_API_KEY: 'b' }, {})).toThrow(/MESH_ENV must be "sandbox" or "production" \(got "staging"\)/)
  })
})

describe('startHost', () => {
  let host: Host | undefined
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(async () => {
    await host?.close()
    tmp?.cleanup()
    host = undefined
  })

  it('with no Mesh configured, starts the emulator beside the core and connects the core to it over HTTP', async () => {
    tmp = tempDir()
    host = await startHost({ dataDir: tmp.dir, secrets: createFileSecretStore(tmp.dir), logger: silent, env: {}, webhookHost: '127.0.0.1', webhookPort: 0 })
    expect(host.setup.mode).toBe('emulator')
    expect(host.emulator).not.toBeNull()
    // The core reaches the emulator only through its Mesh client: a sale gets a link token whose
    // base64 URL points at the emulator's Link page.
    const r = await host.core.registry.dispatch('sales.start', { amount: '3.50', asset: 'USDC' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const url = Buffer.from((r.value as { linkToken: string }).linkToken, 'base64').toString('utf8')
    expect(url.startsWith(`${host.emulator!.url}/link/`)).toBe(true)
    expect(host.emulator!.listLinkTokenRequests()).toHaveLength(1)
    // and the emulator signs with the secret the host made and stored
    expect(createFileSecretStore(tmp.dir).get('webhookSecret')).toMatch(/.{20,}/)
  })

  it('takes the staleness window from COUNTERTOP_STALE_AFTER_HOURS, and refuses a value that is not a number of hours', async () => {
    expect(staleAfterMsFromEnv({})).toBeUndefined()
    expect(staleAfterMsFromEnv({ COUNTERTOP_STALE_AFTER_HOURS: ' ' })).toBeUndefined()
    expect(staleAfterMsFromEnv({ COUNTERTOP_STALE_AFTER_HOURS: '48' })).toBe(48 * 3_600_000)
    expect(staleAfterMsFromEnv({ COUNTERTOP_STALE_AFTER_HOURS: '0.5' })).toBe(1_800_000)
    for (const bad of ['0', '-1', '1e3', 'a day', '9000']) {
      expect(() => staleAfterMsFromEnv({ COUNTERTOP_STALE_AFTER_HOURS: bad })).toThrow(/COUNTERTOP_STALE_AFTER_HOURS must be a number of hours/)
    }
    tmp = tempDir()
    const secret = 'whsec_stale_window_test'
    host = await startHost({ dataDir: tmp.dir, secrets: createFileSecretStore(tmp.dir), logger: silent, env: { MESH_WEBHOOK_SECRET: secret, COUNTERTOP_STALE_AFTER_HOURS: '0.01' }, webhookHost: '127.0.0.1', webhookPort: 0 })
    // 0.01 h = 36 s: a delivery sent two minutes ago is stale, one sent now is not
    const old = { ...meshPayload({ transferId: 'tr-stale', status: 'Pending' }), SentTimestamp: Math.floor(Date.now() / 1000) - 120 }
    const fresh = meshPayload({ transferId: 'tr-fresh', status: 'Pending' })
    expect((await postWebhook(host.webhookUrl, JSON.stringify(old), { secret })).status).toBe(200)
    expect((await postWebhook(host.webhookUrl, JSON.stringify(fresh), { secret })).status).toBe(200)
    expect((await host.core.store.deliveries.listForTransfer('tr-stale')).map((d) => d.flags)).toEqual([['stale']])
    expect((await host.core.store.deliveries.listForTransfer('tr-fresh')).map((d) => d.flags)).toEqual([[]])
    await host.close()
    host = undefined
    await expect(
      startHost({ dataDir: tmp.dir, secrets: createFileSecretStore(tmp.dir), logger: silent, env: { COUNTERTOP_STALE_AFTER_HOURS: 'soon' }, webhookHost: '127.0.0.1', webhookPort: 0 })
    ).rejects.toMatchObject({ code: 'BAD_STALE_WINDOW' })
  })

  it('with Mesh credentials, starts no emulator and says why in the log', async () => {
    tmp = tempDir()
    const lines: string[] = []
    const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) })
    host = await startHost({ dataDir: tmp.dir, secrets: createFileSecretStore(tmp.dir), logger, env: { MESH_CLIENT_ID: 'id', MESH_API_KEY: 'sk_sandbox_abc', MESH_ENV: 'sandbox' }, webhookHost: '127.0.0.1', webhookPort: 0 })
    expect(host.setup.mode).toBe('sandbox')
    expect(host.emulator).toBeNull()
    expect(lines.join('')).toContain('mesh: sandbox')
    expect(lines.join('')).not.toContain('sk_sandbox_abc')
    const faults = await host.core.registry.dispatch('sandbox.setFaults', { faults: null })
    expect(faults).toMatchObject({ ok: false, error: { code: 'NOT_IN_EMULATOR_MODE' } })
  })
})
