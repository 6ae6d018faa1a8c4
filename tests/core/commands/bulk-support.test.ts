// Bulk replay and the support bundle through the console's commands, on a real core: a SQLite
// ledger in a temp dir, its webhook receiver on loopback taking signed deliveries over HTTP, and
// the Mesh emulator as Mesh (for the sale, the link token and reconciliation).
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { createFileSecretStore } from '../../../src/main/core/secrets'
import { startMeshEmulator, type MeshEmulator } from '../../../src/main/emulator'
import type { CommandName, DeliveryRow, Envelope, Page, ReplayManyItem, SaleStarted, SupportBundle } from '../../../src/shared/contract'
import { meshPayload, postWebhook, sign, tempDir } from '../../helpers'

const SECRET = 'bulk-support-webhook-secret'
const CONSOLE_TOKEN = 'console-token-for-bundle-scan-1x9'
const DISPLAY_TOKEN = 'display-token-for-bundle-scan-7q2'
const API_KEY = 'sk_sandbox_bundle_scan_key_4471'
const NGROK_TOKEN = '2ngrok_authtoken_bundle_scan_55'
const SALT = 'customer-salt-for-bundle-scan-0042'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

interface Rig {
  core: Core
  emu: MeshEmulator
  url: string
  call<K extends CommandName>(name: K, args: unknown): Promise<Envelope<unknown>>
  value<T>(name: CommandName, args: unknown): Promise<T>
  post(body: Record<string, unknown>, opts?: { secret?: string; headers?: Record<string, string> }): Promise<number>
}

async function rig(): Promise<Rig> {
  const tmp = tempDir('countertop-bulk-')
  cleanups.push(() => tmp.cleanup())
  const secrets = createFileSecretStore(tmp.dir)
  secrets.set('ngrokAuthtoken', NGROK_TOKEN)
  secrets.set('customerSalt', SALT)
  secrets.set('meshApiKey', API_KEY)
  const emu = await startMeshEmulator({ host: '127.0.0.1', port: 0, webhookSecret: SECRET, settleDelayMs: 20 })
  cleanups.push(() => emu.close())
  const core = await createCore({ dataDir: tmp.dir, webhookSecret: SECRET, mode: 'emulator', synchronous: 'NORMAL', secrets, hostSecrets: () => [CONSOLE_TOKEN, DISPLAY_TOKEN] })
  cleanups.push(() => core.close())
  const receiver = await core.startReceiver('127.0.0.1', 0)
  // The key in use (the emulator's) and one saved in Settings: both are secrets.
  core.connectMesh({ baseUrl: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret })
  const call = (name: CommandName, args: unknown) => core.registry.dispatch(name, args) as Promise<Envelope<unknown>>
  return {
    core,
    emu,
    url: receiver.url,
    call,
    async value<T>(name: CommandName, args: unknown): Promise<T> {
      const r = await call(name, args)
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`)
      return r.value as T
    },
    async post(body, opts = {}) {
      const raw = JSON.stringify(body)
      return (await postWebhook(receiver.url, raw, { signature: sign(opts.secret ?? SECRET, raw), headers: opts.headers })).status
    }
  }
}

/** Every delivery row, oldest first (the list pages newest first). */
async function allDeliveries(r: Rig): Promise<DeliveryRow[]> {
  const out: DeliveryRow[] = []
  let cursor: string | null = null
  do {
    const page: Page<DeliveryRow> = await r.value('deliveries.list', { limit: 500, cursor })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out.sort((a, b) => a.id - b.id)
}

describe('deliveries.replayMany', () => {
  it('answers each delivery in order: a known event is a duplicate, a rejected one is rejected again or accepted under the new secret, an unknown id fails alone', async () => {
    const r = await rig()
    const rotated = 'bulk-support-rotated-secret'
    expect(await r.post(meshPayload({ transferId: 'tr-a', status: 'Pending', eventId: 'ev-a1' }))).toBe(200)
    expect(await r.post(meshPayload({ transferId: 'tr-a', status: 'Succeeded', eventId: 'ev-a2' }))).toBe(200)
    // Signed with a secret we do not have yet: rejected now, verifiable after rotating.
    expect(await r.post(meshPayload({ transferId: 'tr-b', status: 'Pending', eventId: 'ev-b1' }), { secret: rotated })).toBe(401)
    expect(await r.post(meshPayload({ transferId: 'tr-c', status: 'Pending', eventId: 'ev-c1' }), { secret: 'nobody-knows-this' })).toBe(401)
    const [a1, a2, b1, c1] = await allDeliveries(r)
    expect([a1!.verdict, a2!.verdict, b1!.verdict, c1!.verdict]).toEqual(['accepted', 'accepted', 'signature_invalid', 'signature_invalid'])

    const said = (items: ReplayManyItem[]) => items.map((i) => (i.ok ? `${i.result.verdict} ${i.result.httpStatus}` : `failed: ${i.error}`))
    const items = await r.value<ReplayManyItem[]>('deliveries.replayMany', { ids: [c1!.id, a2!.id, 999_999, b1!.id, a1!.id] })
    expect(items.map((i) => i.sourceId)).toEqual([c1!.id, a2!.id, 999_999, b1!.id, a1!.id])
    expect(said(items)).toEqual(['signature_invalid 401', 'duplicate 200', 'failed: No delivery #999999.', 'signature_invalid 401', 'duplicate 200'])
    // Each replay is a delivery of its own, pointing at its source.
    const after = await allDeliveries(r)
    expect(after).toHaveLength(8)
    const bySource = new Map(after.slice(4).map((d) => [d.replayOf, d]))
    expect([...bySource.keys()].sort()).toEqual([a1!.id, a2!.id, b1!.id, c1!.id].sort())
    for (const i of items) if (i.ok) expect(bySource.get(i.sourceId)!.id).toBe(i.result.deliveryId)

    // A replay is verified again, with the secret in use now: after rotating, the one signed
    // with the new secret is accepted, and the ones Mesh signed with the old one are refused.
    r.core.setWebhookSecret(rotated)
    expect(said(await r.value<ReplayManyItem[]>('deliveries.replayMany', { ids: [b1!.id, a1!.id] }))).toEqual(['accepted 200', 'signature_invalid 401'])
    expect((await r.value<{ transfer: { status: string } }>('ledger.get', { transferId: 'tr-b' })).transfer.status).toBe('pending')
  })

  it('refuses a chunk over 100, an empty one, and one naming a delivery twice (nothing replayed)', async () => {
    const r = await rig()
    expect(await r.post(meshPayload({ transferId: 'tr-x', status: 'Pending' }))).toBe(200)
    const [d] = await allDeliveries(r)
    for (const ids of [Array.from({ length: 101 }, (_, i) => i + 1), [], [d!.id, d!.id]]) {
      const res = await r.call('deliveries.replayMany', { ids })
      expect(res, JSON.stringify(ids).slice(0, 40)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
    const dup = await r.call('deliveries.replayMany', { ids: [d!.id, d!.id] })
    expect(!dup.ok && dup.error.message).toMatch(/only once/)
    expect(await allDeliveries(r)).toHaveLength(1)
  })

  it('replays 500 deliveries in chunks of 100, each exactly once, all duplicates of known events', async () => {
    const r = await rig()
    const events = Array.from({ length: 500 }, (_, i) => meshPayload({ transferId: `tr-bulk-${i % 50}`, status: 'Pending', eventId: `ev-bulk-${i}` }))
    for (let i = 0; i < events.length; i += 25) {
      const statuses = await Promise.all(events.slice(i, i + 25).map((e) => r.post(e)))
      expect(statuses.every((s) => s === 200)).toBe(true)
    }
    const sources = await allDeliveries(r)
    expect(sources).toHaveLength(500)
    const counts = { duplicate: 0, other: 0 }
    for (let i = 0; i < 500; i += 100) {
      const ids = sources.slice(i, i + 100).map((d) => d.id)
      const items = await r.value<ReplayManyItem[]>('deliveries.replayMany', { ids })
      expect(items.map((x) => x.sourceId)).toEqual(ids)
      for (const x of items) counts[x.ok && x.result.verdict === 'duplicate' ? 'duplicate' : 'other']++
    }
    expect(counts).toEqual({ duplicate: 500, other: 0 })
    const all = await allDeliveries(r)
    expect(all).toHaveLength(1000)
    const replayOf = all.filter((d) => d.replayOf !== null).map((d) => d.replayOf!)
    expect(new Set(replayOf).size).toBe(500)
    expect(replayOf.sort((a, b) => a - b)).toEqual(sources.map((d) => d.id))
  }, 60_000)
})

describe('support.bundle', () => {
  it('is one HTML file with the transfer, events, attempts, SDK callbacks and reconciliation runs, and no secret the core or the host knows', async () => {
    const r = await rig()
    const sale = await r.value<SaleStarted>('sales.start', { amount: '7.25', asset: 'USDC', network: 'Ethereum' })
    const transferId = randomUUID()
    await r.value('sales.recordSdkEvent', { sessionId: sale.sessionId, type: 'pageLoaded', payload: { at: 'start' } })
    await r.value('sales.recordSdkEvent', { sessionId: sale.sessionId, type: 'transferFinished', payload: { status: 'success', transferId, txHash: '0xabc' } })
    const tx = sale.transactionId
    // The host's tokens and the keys, planted where a careless sender might put them.
    expect(
      await r.post(
        { ...meshPayload({ transferId, status: 'Pending', eventId: `${transferId}-p`, transactionId: tx }), Memo: `secret=${SECRET} key=${API_KEY}` },
        { headers: { referer: `http://127.0.0.1:9/?token=${CONSOLE_TOKEN}`, 'x-display': DISPLAY_TOKEN, authorization: `Bearer ${API_KEY}`, 'x-ngrok': NGROK_TOKEN, 'x-salt': SALT, 'x-emulator-key': r.emu.clientSecret } }
      )
    ).toBe(200)
    expect(await r.post(meshPayload({ transferId, status: 'Succeeded', eventId: `${transferId}-s`, transactionId: tx, txHash: '0xabc' }))).toBe(200)
    await r.value('reconcile.run', { transferId })

    const bundle = await r.value<SupportBundle>('support.bundle', { transferId })
    expect(bundle.fileName).toMatch(new RegExp(`^countertop-support-${transferId}-\\d{14}\\.html$`))
    for (const s of [SECRET, API_KEY, r.emu.clientSecret, CONSOLE_TOKEN, DISPLAY_TOKEN, NGROK_TOKEN, SALT]) expect(bundle.html, s).not.toContain(s)

    const m = /<script type="application\/json" id="bundle">([\s\S]*?)<\/script>/.exec(bundle.html)
    const json = JSON.parse(m![1]!) as {
      transfer: { transferId: string; status: string; sessionId: string }
      events: { eventId: string; deliveries: { headers: Record<string, string>; body: string }[] }[]
      sdkCallbacks: { type: string; payload: unknown }[]
      sale: { sessionId: string; amount: string }
      reconciliationRuns: { trigger: string; checked: number }[]
    }
    expect(json.transfer).toMatchObject({ transferId, status: 'succeeded', sessionId: sale.sessionId })
    expect(json.sale).toMatchObject({ sessionId: sale.sessionId, amount: '7.25' })
    expect(json.events.map((e) => e.eventId).sort()).toEqual([`${transferId}-p`, `${transferId}-s`])
    const pending = json.events.find((e) => e.eventId === `${transferId}-p`)!.deliveries[0]!
    expect(pending.headers['x-mesh-signature-256']).toBe('[removed]')
    expect(pending.headers.authorization).toBe('[removed]')
    expect(pending.headers.referer).toBe('http://127.0.0.1:9/?token=[removed]')
    expect(pending.headers['x-display']).toBe('[removed]')
    expect(pending.headers['x-emulator-key']).toBe('[removed]')
    expect(JSON.parse(pending.body)).toMatchObject({ TransferId: transferId, TransferStatus: 'Pending', Memo: 'secret=[removed] key=[removed]' })
    expect(json.sdkCallbacks.map((s) => s.type)).toEqual(['pageLoaded', 'transferFinished'])
    expect(json.reconciliationRuns.length).toBeGreaterThanOrEqual(1)
    expect(json.reconciliationRuns[0]).toMatchObject({ trigger: expect.any(String) })
  })

  it('answers NOT_FOUND for a transfer the ledger does not hold', async () => {
    const r = await rig()
    expect(await r.call('support.bundle', { transferId: 'no-such-transfer' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
