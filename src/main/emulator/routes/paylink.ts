// GET /paylink?linkToken=…: Mesh's hosted payment link; redirects to the token's Link page.
import type { FastifyInstance } from 'fastify'
import { LINK_PAGES, renderLinkErrorPage } from '../link-page'
import type { EmulatorState } from '../state'
import { sendLinkHtml } from './common'

export function registerPaylinkRoutes(app: FastifyInstance, state: EmulatorState): void {
  app.get<{ Querystring: { linkToken?: string } }>('/paylink', async (req, reply) => {
    const token = req.query.linkToken
    let url: string | null = null
    try {
      url = token ? Buffer.from(token, 'base64').toString('utf8') : null
    } catch {
      url = null
    }
    if (!url || !url.startsWith(`${state.baseUrl}/link/`)) return sendLinkHtml(reply, 404, renderLinkErrorPage(LINK_PAGES.tokenInvalid, 'This payment link is not valid.'))
    return reply.redirect(url, 302)
  })
}
