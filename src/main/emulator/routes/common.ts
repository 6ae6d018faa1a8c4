// What the route groups share: Mesh's error envelope, body access, the Link HTML headers, and
// the server-wide error and not-found handlers (Mesh's envelope under /api/, `{ error }` elsewhere).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { LINK_PAGE_CSP } from '../link-page'
import type { EmulatorState } from '../state'

/** Mesh's envelope for errors. */
export function envelope(status: string, message: string | null, errorType: string | null = null, content: unknown = null): Record<string, unknown> {
  return { status, message, displayMessage: message, errorType, content }
}

export const bodyOf = (req: FastifyRequest): Record<string, unknown> => (req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {})

export const pathOf = (req: FastifyRequest): string | undefined => req.url.split('?')[0]

/** An emulated Link page (or the paylink's error page), with the page's CSP. */
export function sendLinkHtml(reply: FastifyReply, code: number, html: string): FastifyReply {
  return reply.code(code).header('Content-Type', 'text/html; charset=utf-8').header('Content-Security-Policy', LINK_PAGE_CSP).header('Cache-Control', 'no-store').send(html)
}

export function registerErrorHandlers(app: FastifyInstance, state: EmulatorState): void {
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500
    const message =
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'Request body is required' : err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.name === 'SyntaxError' ? 'Request body is not valid JSON' : err.message
    if (status >= 500) state.log('http', `${req.method} ${pathOf(req)} failed: ${err.message}`)
    if (req.url.startsWith('/api/')) {
      void reply.code(status).send(envelope(status >= 500 ? 'serverFailure' : 'badRequest', message, status >= 500 ? null : 'invalidField'))
    } else {
      void reply.code(status).send({ error: message })
    }
  })
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) void reply.code(404).send(envelope('notFound', `No such endpoint: ${req.method} ${pathOf(req)}`))
    else void reply.code(404).send({ error: `No such endpoint: ${req.method} ${pathOf(req)}` })
  })
}
