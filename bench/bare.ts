// The ceiling: a bare Fastify server in its own process, with the receiver's Fastify options
// and raw-body parser (src/main/core/webhooks/receiver.ts), that answers POST /webhooks/mesh
// with 200 and the same small JSON — no signature check, no parsing, no storage. Like the
// receiver in headless mode it gets a pino logger instance (Fastify makes a child logger per
// request) with request logging off; nothing is logged, and it would go to /dev/null.
// `node --import tsx bench/bare.ts` prints `bare: URL`; SIGTERM closes it.
// `--durable FILE`: the floor of any durable receiver instead — each body appended to FILE and
// answered once an fdatasync that began after its append has ended (one sync at a time; the
// bodies appended while one runs share the next, as our writer's groups do). No parsing, no
// signature, no database: what HTTP plus making the body durable cost on this machine.
import Fastify, { LogController } from 'fastify'
import { fdatasync, openSync, write } from 'node:fs'
import pino from 'pino'

/** Appends a body and calls back once it is on the disk (pipelined: one fdatasync at a time). */
function durableLog(file: string): (body: Buffer, done: (err: Error | null) => void) => void {
  const fd = openSync(file, 'a', 0o600)
  let syncing = false
  let appending = 0
  let waiting: ((err: Error | null) => void)[] = []
  const kick = () => {
    if (syncing || appending > 0 || waiting.length === 0) return
    const batch = waiting
    waiting = []
    syncing = true
    fdatasync(fd, (err) => {
      syncing = false
      for (const done of batch) done(err)
      kick()
    })
  }
  return (body, done) => {
    appending++
    write(fd, body, (err) => {
      appending--
      if (err) done(err)
      else waiting.push(done)
      kick()
    })
  }
}

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
  const at = process.argv.indexOf('--durable')
  const append = at >= 0 ? durableLog(process.argv[at + 1]!) : null
  if (append)
    app.post('/webhooks/mesh', (req, reply) =>
      append(req.body as Buffer, (err) => void (err ? reply.code(503).send({ ok: false }) : reply.send({ ok: true, verdict: 'accepted' })))
    )
  else app.post('/webhooks/mesh', async () => ({ ok: true, verdict: 'accepted' }))
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
