// `npm run serve`: headless mode. Prints the console and webhook URLs, shuts down cleanly.
import { parseHeadlessArgs, USAGE, UsageError } from './options'
import { startHeadless } from './app'
import { claimDataDir, type DataDirLock } from '../host/datadir'
import { createLogger, type HostLogger } from '../host/logging'
import { TEST_CLOCK_ENV, testClockFromEnv } from './test-clock'

async function main(): Promise<void> {
  let opts
  try {
    opts = parseHeadlessArgs(process.argv.slice(2))
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`countertop: ${err.message}\n\n${USAGE}\n`)
      process.exit(2)
    }
    throw err
  }
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  for (const w of opts.warnings) process.stderr.write(`countertop: warning: ${w}\n`)
  // The data dir first: private, writable, and ours alone (a second instance stops here,
  // before it writes a single log line into the first one's directory).
  let lock: DataDirLock
  let tightened = false
  try {
    ;({ lock, tightened } = claimDataDir(opts.dataDir))
  } catch (err) {
    process.stderr.write(`countertop: could not start: ${(err as Error).message}\n`)
    process.exit(1)
  }
  // JSON lines into DATA/logs (rotated) and readable lines on the terminal.
  let logs: HostLogger
  try {
    logs = await createLogger({ dataDir: opts.dataDir })
  } catch (err) {
    await lock.release()
    process.stderr.write(`countertop: cannot write the log in ${opts.dataDir}/logs: ${(err as Error).message}\n`)
    process.exit(1)
  }
  const logger = logs.logger
  const log = (msg: string) => logger.info(msg)
  // Signal handlers first: a SIGINT that lands while we start (or right after the URLs are
  // printed) must still shut down cleanly, not kill the process mid-write.
  let app: Awaited<ReturnType<typeof startHeadless>> | undefined
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    log(`${signal}: shutting down`)
    if (!app) return // start-up finishes first, then sees `closing`
    app
      .close()
      .then(() => logs.close())
      .then(() => process.exit(0))
      .catch((err: Error) => {
        logger.error({ err }, 'shutdown failed')
        void logs.close().finally(() => process.exit(1))
      })
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  if (tightened) logger.warn({ dataDir: opts.dataDir }, `the data directory ${opts.dataDir} was readable by others; it is now private (0700)`)
  const clock = testClockFromEnv(process.env)
  if (clock) process.stderr.write(`countertop: warning: ${TEST_CLOCK_ENV} is set: the clock is moved by that file (for tests only).\n`)
  try {
    app = await startHeadless({ ...opts, lock, logger, ...(clock ? { now: clock.now } : {}) })
  } catch (err) {
    const e = err as Error & { code?: string }
    if (e.code === 'EADDRINUSE') process.stderr.write(`countertop: ${e.message.replace(/\.$/, '')}. Pick another port with --port / --webhook-port (0 = any free port).\n`)
    else process.stderr.write(`countertop: could not start: ${e.message}\n`)
    logger.error({ err }, 'could not start')
    await logs.close()
    process.exit(1)
  }
  if (closing) {
    closing = false
    shutdown('signal during start-up')
    return
  }
  process.stdout.write(`console: ${app.consoleUrl}\n`)
  process.stdout.write(`Customer display: ${app.displayUrl}\n`)
  process.stdout.write(`webhooks: ${app.webhookUrl}\n`)
  for (const line of app.extraLines ?? []) process.stdout.write(`${line}\n`)
}

void main()
