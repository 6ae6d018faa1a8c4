// GET /paylink?linkToken=…: Mesh's hosted Paylink page (reference §6), opened top-level on the
// customer's phone. It carries the sale's link token, so it is single use and expires with it;
// its Pay flow runs on the Link page's own session actions (routes/link.ts), which make the
// transfer and send its webhooks exactly as a sale in Link does.
import type { FastifyInstance } from 'fastify'
import type { EmulatorState } from '../state'
import { sendLinkHtml } from './common'
import { openSessionPage } from './link'

/** The session id inside a link token, when the token is one of ours (base64 of `BASE/link/<id>`). */
export function sessionIdOfToken(baseUrl: string, token: string | undefined): string | null {
  if (!token || !/^[A-Za-z0-9+/]+={0,2}$/.test(token)) return null
  const url = Buffer.from(token, 'base64').toString('utf8')
  const prefix = `${baseUrl}/link/`
  if (!url.startsWith(prefix)) return null
  const id = url.slice(prefix.length)
  return /^[A-Za-z0-9_-]+$/.test(id) ? id : null
}

export function registerPaylinkRoutes(app: FastifyInstance, state: EmulatorState): void {
  app.get<{ Querystring: { linkToken?: string } }>('/paylink', async (req, reply) => {
    const page = openSessionPage(state, sessionIdOfToken(state.baseUrl, req.query.linkToken), 'paylink')
    return sendLinkHtml(reply, page.code, page.html)
  })
}
