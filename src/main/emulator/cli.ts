// Standalone Mesh emulator: `npm run emulator -- --port 4010 --webhook-url URL --webhook-secret S`.
// Prints `mesh-emulator: http://HOST:PORT` once it listens; webhook and request logs go to stderr.
import { EMULATOR_USAGE, parseEmulatorArgs } from './cli-args'
import { startMeshEmulator } from './index'

async function main(): Promise<void> {
  const parsed = parseEmulatorArgs(process.argv.slice(2), process.env)
  if (!parsed.ok) {
    process.stderr.write(`mesh-emulator: ${parsed.message}\n\n${EMULATOR_USAGE}\n`)
    process.exit(2)
  }
  if (parsed.help) {
    process.stdout.write(`${EMULATOR_USAGE}\n`)
    return
  }
  const o = parsed.options
  // Handlers before the URL is printed, so a signal right after it still closes cleanly.
  const running: { emulator?: Awaited<ReturnType<typeof startMeshEmulator>> } = {}
  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return
    stopping = true
    process.stderr.write(`mesh-emulator: ${signal}, shutting down\n`)
    if (!running.emulator) return
    running.emulator.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`mesh-emulator: error while closing: ${e instanceof Error ? e.message : String(e)}\n`)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const emulator = (running.emulator = await startMeshEmulator({
    host: o.host,
    port: o.port,
    webhookUrl: o.webhookUrl,
    webhookSecret: o.webhookSecret,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    controlToken: o.controlToken,
    settleDelayMs: o.settleDelayMs,
    log: (e) => process.stderr.write(`mesh-emulator [${e.kind}] ${e.message}\n`)
  }))
  if (stopping) {
    stopping = false
    stop('SIGTERM')
    return
  }
  process.stdout.write(`mesh-emulator: ${emulator.url}\n`)
  if (emulator.generatedCredentials) {
    process.stdout.write(`mesh-emulator: generated client id ${emulator.clientId}\n`)
    // A throwaway key for this process only; printed once so the host app can be configured.
    process.stdout.write(`mesh-emulator: generated client secret (throwaway test key) ${emulator.clientSecret}\n`)
  }
  // The control API (/_emulator/*) can settle transfers and move the webhook target: it needs
  // this token. Printed once when generated; a token given on the command line is not repeated.
  if (emulator.generatedControlToken) process.stdout.write(`mesh-emulator: control token ${emulator.controlToken}\n`)
}

main().catch((e: unknown) => {
  const err = e as NodeJS.ErrnoException
  const why = err instanceof TypeError ? err.message : err.code === 'EADDRINUSE' ? 'that port is already in use; pick another --port' : err.code === 'EACCES' ? 'not allowed to listen there; pick a port above 1024' : (err.message ?? String(e))
  process.stderr.write(`mesh-emulator: could not start: ${why}\n`)
  process.exit(1)
})
