// The Mesh emulator: one Fastify server that stands in for Mesh completely and offline.
//   /api/v1/...        fake Mesh API (credentials, validation and envelope like the real one)   routes/api.ts
//   /link/:id          the emulated Link UI the SDK frames, plus its same-origin actions        routes/link.ts
//   /paylink           Paylink redirect                                                        routes/paylink.ts
//   /_emulator/...     control API for tests and developers (unauthenticated; bind to loopback) routes/control.ts
// Transfers settle on their own and their status webhooks are sent with Mesh's semantics
// (lifecycle.ts). Every part shares one EmulatorState (state.ts), created here.
import Fastify from 'fastify'
import { createTransfer } from './lifecycle'
import { locateLinkScript } from './link-script'
import { registerApiRoutes } from './routes/api'
import { registerErrorHandlers } from './routes/common'
import { registerControlRoutes } from './routes/control'
import { registerLinkRoutes } from './routes/link'
import { registerPaylinkRoutes } from './routes/paylink'
import { addApiFault, closeState, createEmulatorState, setNextSaleFaults, setWebhookTarget } from './state'
import type { MeshEmulator, MeshEmulatorOptions } from './types'

export { DEFAULT_LINK_TOKEN_TTL_MS, DEFAULT_SETTLE_DELAY_MS } from './state'

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

export async function startMeshEmulator(opts: MeshEmulatorOptions): Promise<MeshEmulator> {
  const state = createEmulatorState(opts)

  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true })
  registerErrorHandlers(app, state)
  registerApiRoutes(app, state)
  registerLinkRoutes(app, state)
  registerPaylinkRoutes(app, state)
  registerControlRoutes(app, state)

  if (!locateLinkScript(__dirname)) state.log('link', 'the Link page script was not found (run `npm run build`); the Link page will not work')

  await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 0 })
  const addr = app.server.address()
  if (addr === null || typeof addr === 'string') throw new Error('The Mesh emulator did not get a TCP address')
  state.baseUrl = (opts.publicUrl ?? `http://${urlHost(opts.host ?? '127.0.0.1')}:${addr.port}`).replace(/\/+$/, '')

  return {
    url: state.baseUrl,
    clientId: state.clientId,
    clientSecret: state.clientSecret,
    generatedCredentials: state.generatedCredentials,
    setWebhookTarget: (url, secret) => setWebhookTarget(state, url, secret),
    createTransfer: (input) => createTransfer(state, input),
    listTransfers: () => state.transfers.map((t) => structuredClone(t.model)),
    listDeliveries: (filter) => state.sender.list(filter),
    setNextSaleFaults(faults) {
      const v = setNextSaleFaults(state, faults)
      if (!v.ok) throw new TypeError(v.message)
    },
    addApiFault(fault) {
      const v = addApiFault(state, fault)
      if (!v.ok) throw new TypeError(v.message)
    },
    listLinkTokenRequests: () => state.linkTokenRequests.map((r) => structuredClone(r)),
    idle: () => state.activity.idle(),
    async close() {
      if (state.closed) return
      closeState(state)
      await app.close()
    }
  }
}
