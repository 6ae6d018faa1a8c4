import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { callApi, meshPayload, postWebhook, tempDir } from '../helpers'

const entry = join(__dirname, '../../out/main/headless.js')

function spawnServe(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += String(d)))
  const ready = new Promise<{ console: string; webhooks: string }>((resolve, reject) => {
    let buf = ''
    child.stdout.on('data', (d) => {
      buf += String(d)
      const parts = buf.split('\n')
      buf = parts.pop()!
      lines.push(...parts)
      const c = lines.find((l) => l.startsWith('console: '))
      const w = lines.find((l) => l.startsWith('webhooks: '))
      if (c && w) resolve({ console: c.slice(9), webhooks: w.slice(10) })
    })
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)))
  })
  return { child, ready, lines, stderr: () => stderr }
}

const exited = (c: ChildProcess) => new Promise<number | null>((r) => c.on('exit', (code) => r(code)))

describe('npm run serve (built headless.js)', () => {
  beforeAll(() => {
    if (!existsSync(entry)) throw new Error('out/main/headless.js is missing: run `npm run build` first (npm test does).')
  })
  const running: ChildProcess[] = []
  afterEach(() => running.forEach((c) => c.kill('SIGKILL')))

  it('prints the console and webhook lines, accepts a signed webhook, and shuts down cleanly on SIGTERM', async () => {
    const tmp = tempDir()
    const s = spawnServe(['--data', tmp.dir, '--port', '0', '--webhook-port', '0'], { MESH_WEBHOOK_SECRET: 'cli-secret', COUNTERTOP_TOKEN: 'cli-token' })
    running.push(s.child)
    const urls = await s.ready
    expect(urls.console).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=cli-token$/)
    expect(urls.webhooks).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks\/mesh$/)
    const p = meshPayload({ transferId: 'tr-cli', status: 'Succeeded', txHash: '0x01' })
    expect((await postWebhook(urls.webhooks, JSON.stringify(p), { secret: 'cli-secret' })).status).toBe(200)
    const base = new URL(urls.console).origin
    const r = await callApi(base, 'cli-token', 'ledger.get', { transferId: 'tr-cli' })
    expect(r.body).toMatchObject({ ok: true, value: { transfer: { status: 'succeeded' }, events: [{ deliveries: [{ verdict: 'accepted' }] }] } })
    // The UI is served at the console URL.
    const html = await (await fetch(base + '/')).text()
    expect(html).toContain('<div id="root">')
    // The customer display's own URL, with a token of its own that reads the display and nothing else.
    const displayLine = s.lines.find((l) => l.startsWith('Customer display: '))
    expect(displayLine).toMatch(new RegExp(`^Customer display: ${base.replace(/\./g, '\\.')}/display\\?token=[A-Za-z0-9_-]{24,}$`))
    const displayToken = new URL(displayLine!.slice('Customer display: '.length)).searchParams.get('token')!
    expect(displayToken).not.toBe('cli-token')
    expect((await callApi(base, displayToken, 'display.get')).body).toMatchObject({ ok: true, value: { state: 'idle' } })
    expect((await callApi(base, displayToken, 'ledger.get', { transferId: 'tr-cli' })).status).toBe(403)
    const done = exited(s.child)
    s.child.kill('SIGTERM')
    expect(await done).toBe(0)
    const db = new Database(join(tmp.dir, 'countertop.sqlite'), { readonly: true })
    expect(db.prepare('SELECT status FROM transfers WHERE transfer_id = ?').get('tr-cli')).toEqual({ status: 'succeeded' })
    db.close()
    tmp.cleanup()
  })

  it('makes a fresh console token per launch when COUNTERTOP_TOKEN is unset', async () => {
    const tmp = tempDir()
    const tokens: string[] = []
    for (let i = 0; i < 2; i++) {
      const s = spawnServe(['--data', tmp.dir, '--port', '0', '--webhook-port', '0'], { COUNTERTOP_TOKEN: '' })
      running.push(s.child)
      const urls = await s.ready
      tokens.push(new URL(urls.console).searchParams.get('token')!)
      const done = exited(s.child)
      s.child.kill('SIGINT')
      expect(await done).toBe(0)
    }
    expect(tokens[0]).toMatch(/^[\w-]{20,}$/)
    expect(tokens[0]).not.toBe(tokens[1])
    tmp.cleanup()
  })

  it('rejects a bad flag with a clear message and exit code 2', async () => {
    const child = spawn(process.execPath, [entry, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += String(d)))
    expect(await exited(child)).toBe(2)
    expect(err).toContain('--port must be a port number')
  })
})
