// The control API under /_emulator, for tests and developers: make transfers, read deliveries,
// queue faults, move the webhook target. It can settle a sale and redirect signed webhooks, so
// every route needs the emulator's control token (`Authorization: Bearer TOKEN`), on top of the
// emulator binding only to loopback.
import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { LINK_SCENARIOS } from '../../../shared/link-scenarios'
import { createTransfer, refundTransfer, transferView } from '../lifecycle'
import { addApiFault, clockView, setClock, setNextLinkScenario, setNextSaleFaults, setWebhookTarget, type EmulatorState } from '../state'
import { parseCreateTransfer, parseWith, refundSchema } from '../validate'
import { bodyOf } from './common'

export const CONTROL_PREFIX = '/_emulator'

function bearerMatches(req: FastifyRequest, expected: string): boolean {
  const h = req.headers.authorization
  const m = typeof h === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null
  if (!m) return false
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(m[1]!, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** True for a request routed to a control route (by the matched route, so no encoding of the path slips past). */
function isControlRoute(req: FastifyRequest): boolean {
  const route = req.routeOptions?.url
  return typeof route === 'string' && (route === CONTROL_PREFIX || route.startsWith(`${CONTROL_PREFIX}/`))
}

export function registerControlRoutes(app: FastifyInstance, state: EmulatorState): void {
  // Before the body is read: a caller without the token learns nothing and changes nothing.
  app.addHook('onRequest', async (req, reply) => {
    if (!isControlRoute(req)) return
    if (!bearerMatches(req, state.controlToken)) {
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer')
        .send({ error: 'The emulator control API needs its token: Authorization: Bearer TOKEN (the standalone emulator prints it at start; the in-app one keeps it inside the app).' })
    }
  })

  app.get('/_emulator', async () => ({
    name: 'Countertop Mesh emulator',
    api: ['POST /api/v1/linktoken', 'GET /api/v1/transfers/managed/mesh'],
    control: [
      'POST /_emulator/transfers',
      'GET /_emulator/transfers',
      'POST /_emulator/transfers/:id/refund',
      'GET /_emulator/deliveries?transferId=',
      'POST /_emulator/faults',
      'POST /_emulator/api-faults',
      'POST /_emulator/webhook-target',
      'GET /_emulator/link-scenarios',
      'POST /_emulator/link-scenario',
      'GET /_emulator/clock',
      'POST /_emulator/clock'
    ],
    webhookTarget: state.target?.url ?? null,
    nextLinkScenario: state.nextLinkScenario,
    clock: clockView(state)
  }))

  app.post('/_emulator/transfers', async (req, reply) => {
    const v = parseCreateTransfer(req.body)
    if (!v.ok) return reply.code(400).send({ error: v.message })
    return reply.code(201).send(createTransfer(state, v.value))
  })

  app.get('/_emulator/transfers', async () => ({ items: state.transfers.map(transferView) }))

  // Succeeded → RefundPending now → RefundSucceeded after delayMs of emulator time.
  app.post<{ Params: { id: string } }>('/_emulator/transfers/:id/refund', async (req, reply) => {
    const v = parseWith(refundSchema, req.body, 'refund')
    if (!v.ok) return reply.code(400).send({ error: v.message })
    const r = refundTransfer(state, req.params.id, v.value)
    if (!r.ok) return reply.code(r.status).send({ error: r.message })
    return reply.code(202).send(r.value)
  })

  app.get('/_emulator/link-scenarios', async () => ({
    items: Object.entries(LINK_SCENARIOS).map(([name, label]) => ({ name, label })),
    next: state.nextLinkScenario
  }))

  // The scenario of the next Link page opened (consumed by it); null for standard.
  app.post('/_emulator/link-scenario', async (req, reply) => {
    const v = setNextLinkScenario(state, bodyOf(req).scenario ?? null)
    if (!v.ok) return reply.code(400).send({ error: v.message })
    return { nextLinkScenario: state.nextLinkScenario }
  })

  app.get('/_emulator/clock', async () => clockView(state))

  // { rate } runs the clock fast (3600 = an hour a second) or stops it (0); { advanceMs } jumps it.
  app.post('/_emulator/clock', async (req, reply) => {
    const v = setClock(state, req.body)
    if (!v.ok) return reply.code(400).send({ error: v.message })
    return clockView(state)
  })

  app.get<{ Querystring: { transferId?: string } }>('/_emulator/deliveries', async (req) => ({
    items: state.sender.list(req.query.transferId ? { transferId: req.query.transferId } : {})
  }))

  app.post('/_emulator/faults', async (req, reply) => {
    const v = setNextSaleFaults(state, req.body)
    if (!v.ok) return reply.code(400).send({ error: v.message })
    return { nextSaleFaults: state.nextSaleFaults }
  })

  app.post('/_emulator/api-faults', async (req, reply) => {
    const v = addApiFault(state, req.body)
    if (!v.ok) return reply.code(400).send({ error: v.message })
    return { queued: state.apiFaults.map((f) => ({ ...f })) }
  })

  app.post('/_emulator/webhook-target', async (req, reply) => {
    const { url, secret } = bodyOf(req)
    if (url !== null && (typeof url !== 'string' || !/^https?:\/\//.test(url))) return reply.code(400).send({ error: 'url must be an http(s) URL or null' })
    if (secret !== undefined && (typeof secret !== 'string' || secret === '')) return reply.code(400).send({ error: 'secret must be a non-empty string' })
    setWebhookTarget(state, url as string | null, secret as string | undefined)
    return { url: state.target?.url ?? null }
  })
}
