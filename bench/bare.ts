// The ceiling: a bare Fastify server in its own process, with the receiver's Fastify options
// and raw-body parser (src/main/core/webhooks/receiver.ts), that answers POST /webhooks/mesh
// with 200 and the same small JSON — no signature check, no parsing, no storage. Like the
// receiver in headless mode it gets a pino logger instance (Fastify makes a child logger per
// request) with request logging off; nothing is logged, and it would go to /dev/null.
// `node --import tsx bench/bare.ts` prints `bare: URL`; SIGTERM closes it.
import Fastify, { LogController } from 'fastify'
import pino from 'pino'

async function main(): Promise<void> {
  const bodyLimit = 256 * 1024
  const logger = pino({ level: 'info', base: { app: 'countertop' } }, pino.destination({ dest: '/dev/null', sync: false }))
  const app = Fastify({
    loggerInstance: logger.child({ component: 'webhooks' }),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit,
    return503OnClosing: true,
    connectionTimeout: 10_000,
    requestTimeout: 10_000,
    keepAliveTimeout: 5_000,
    routerOptions: { maxParamLength: 200 },
    http: { maxHeaderSize: 16 * 1024 }
  })
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body))
  app.post('/webhooks/mesh', async () => ({ ok: true, verdict: 'accepted' }))
  await app.listen({ host: '127.0.0.1', port: 0 })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  process.stdout.write(`bare: http://127.0.0.1:${port}/webhooks/mesh\n`)
  const close = () => void app.close().then(() => process.exit(0))
  process.on('SIGTERM', close)
  process.on('SIGINT', close)
  // Never outlive the benchmark: exit when the parent goes away.
  process.on('disconnect', close)
}

void main()
