// The Mesh emulator: one Fastify server that stands in for Mesh completely and offline.
//   /api/v1/...        fake Mesh API (credentials, validation and envelope like the real one)   routes/api.ts
//   /link/:id          the emulated Link UI the SDK frames, plus its same-origin actions        routes/link.ts
//   /paylink           the hosted Paylink page (same session, same actions as Link)              routes/paylink.ts
//   /_emulator/...     control API for tests and developers (control token required)           routes/control.ts
// It binds to loopback only.
// Transfers settle on their own and their status webhooks are sent with Mesh's semantics
// (lifecycle.ts). Every part shares one EmulatorState (state.ts), created here.
import Fastify from 'fastify'
import { createTransfer, refundTransfer } from './lifecycle'
import { locateLinkScript } from './link-script'
import { bareHost, EMULATOR_HOSTS, isEmulatorHost } from './loopback'
import { registerApiRoutes } from './routes/api'
import { registerErrorHandlers } from './routes/common'
import { registerControlRoutes } from './routes/control'
import { registerLinkRoutes } from './routes/link'
import { registerPaylinkRoutes } from './routes/paylink'
import { addApiFault, clockView, closeState, createEmulatorState, setClock, setNextLinkScenario, setNextSaleFaults, setWebhookTarget } from './state'
import type { MeshEmulator, MeshEmulatorOptions } from './types'

export { DEFAULT_LINK_TOKEN_TTL_MS, DEFAULT_SETTLE_DELAY_MS } from './state'
export { EMULATOR_HOSTS, isEmulatorHost } from './loopback'

function urlHost(host: string): string {
  const h = bareHost(host)
  return h.includes(':') ? `[${h}]` : h
}

export async function startMeshEmulator(opts: MeshEmulatorOptions): Promise<MeshEmulator> {
  const host = opts.host ?? '127.0.0.1'
  if (!isEmulatorHost(host)) throw new TypeError(`The Mesh emulator binds only to loopback (${EMULATOR_HOSTS.join(', ')}); got "${host}".`)
  const state = createEmulatorState(opts)

  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true })
  registerErrorHandlers(app, state)
  registerApiRoutes(app, state)
  registerLinkRoutes(app, state)
  registerPaylinkRoutes(app, state)
  registerControlRoutes(app, state)

  if (!locateLinkScript(__dirname)) state.log('link', 'the Link page script was not found (run `npm run build`); the Link page will not work')

  await app.listen({ host: bareHost(host), port: opts.port ?? 0 })
  const addr = app.server.address()
  if (addr === null || typeof addr === 'string') throw new Error('The Mesh emulator did not get a TCP address')
  state.baseUrl = (opts.publicUrl ?? `http://${urlHost(host)}:${addr.port}`).replace(/\/+$/, '')

  return {
    url: state.baseUrl,
    clientId: state.clientId,
    clientSecret: state.clientSecret,
    generatedCredentials: state.generatedCredentials,
    controlToken: state.controlToken,
    generatedControlToken: state.generatedControlToken,
    setWebhookTarget: (url, secret) => setWebhookTarget(state, url, secret),
    createTransfer: (input) => createTransfer(state, input),
    listTransfers: () => state.transfers.map((t) => structuredClone(t.model)),
    listDeliveries: (filter) => state.sender.list(filter),
    setNextSaleFaults(faults) {
      const v = setNextSaleFaults(state, faults)
      if (!v.ok) throw new TypeError(v.message)
    },
    setNextLinkScenario(scenario) {
      const v = setNextLinkScenario(state, scenario)
      if (!v.ok) throw new TypeError(v.message)
    },
    refundTransfer(transferId, o) {
      const r = refundTransfer(state, transferId, o)
      if (!r.ok) throw Object.assign(new Error(r.message), { code: r.status === 404 ? 'NOT_FOUND' : 'CONFLICT' })
      return r.value
    },
    clock(change) {
      if (change) {
        const v = setClock(state, change)
        if (!v.ok) throw new TypeError(v.message)
      }
      return clockView(state)
    },
    addApiFault(fault) {
      const v = addApiFault(state, fault)
      if (!v.ok) throw new TypeError(v.message)
    },
    listLinkTokenRequests: () => state.linkTokenRequests.map((r) => structuredClone(r)),
    listTransferListRequests: () => state.listRequests.map((r) => ({ ...r })),
    idle: () => state.activity.idle(),
    async close() {
      if (state.closed) return
      closeState(state)
      await app.close()
    }
  }
}
