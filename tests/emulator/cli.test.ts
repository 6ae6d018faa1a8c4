import { spawn, type ChildProcess } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { rolldown } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEmulatorArgs } from '../../src/main/emulator'
import { createMeshClient } from '../../src/main/core/mesh'
import { LINK_SCRIPT_ASSET, bundleLinkUi } from '../../src/main/emulator/link-script'

describe('parseEmulatorArgs', () => {
  const base = ['--port', '0', '--webhook-url', 'http://127.0.0.1:4000/webhooks/mesh', '--webhook-secret', 's']

  it('accepts the documented flags', () => {
    expect(parseEmulatorArgs([...base, '--client-id', 'id', '--client-secret', 'sec', '--host', '::1', '--control-token', 'ctl-0123456789abcdef', '--settle-delay-ms', '50'])).toEqual({
      ok: true,
      help: false,
      options: { host: '::1', port: 0, webhookUrl: 'http://127.0.0.1:4000/webhooks/mesh', webhookSecret: 's', clientId: 'id', clientSecret: 'sec', controlToken: 'ctl-0123456789abcdef', settleDelayMs: 50 }
    })
    expect(parseEmulatorArgs(['--help'])).toEqual({ ok: true, help: true })
  })

  it('takes secrets from the environment when not on the command line', () => {
    const r = parseEmulatorArgs(['--port', '1', '--webhook-url', 'https://x.example/w', '--client-id', 'id'], { MESH_EMULATOR_WEBHOOK_SECRET: 'w', MESH_EMULATOR_CLIENT_SECRET: 'c' })
    expect(r).toMatchObject({ ok: true, options: { webhookSecret: 'w', clientId: 'id', clientSecret: 'c' } })
  })

  it.each([
    [[], /--port is required/],
    [['--port', 'eighty', '--webhook-url', 'http://x', '--webhook-secret', 's'], /--port must be a whole number/],
    [['--port', '70000', '--webhook-url', 'http://x', '--webhook-secret', 's'], /--port must be from 0 to 65535/],
    [['--port', '1', '--webhook-secret', 's'], /--webhook-url is required/],
    [['--port', '1', '--webhook-url', 'nope', '--webhook-secret', 's'], /must be an http\(s\) URL/],
    [['--port', '1', '--webhook-url', 'http://x'], /--webhook-secret is required/],
    [['--port', '1', '--webhook-url', 'http://x', '--webhook-secret', 's', '--client-id', 'id'], /together/],
    [['--port', '1', '--bogus'], /Unknown option '--bogus'/],
    [['--port', '1', '--webhook-url', 'http://x', '--webhook-secret', 's', '--host', '0.0.0.0'], /--host must be a loopback address/],
    [['--port', '1', '--webhook-url', 'http://x', '--webhook-secret', 's', '--host', '192.168.1.4'], /--host must be a loopback address/],
    [['--port', '1', '--webhook-url', 'http://x', '--webhook-secret', 's', '--control-token', 'short'], /at least 16 characters/]
  ])('rejects %j', (argv, message) => {
    const r = parseEmulatorArgs(argv)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })
})

describe('emulator CLI (bundled like out/main/emulator.js)', () => {
  let dir = ''
  let script = ''
  /** The same bundle laid out like the build: emulator.js with emulator-link/link.js beside it. */
  let built = ''
  let linkScript = ''
  const children: ChildProcess[] = []

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mesh-emulator-cli-'))
    script = join(dir, 'emulator.js')
    const bundle = await rolldown({
      input: resolve(__dirname, '../../src/main/emulator/cli.ts'),
      platform: 'node',
      external: (id) => !id.startsWith('.') && !isAbsolute(id),
      logLevel: 'silent'
    })
    await bundle.write({ file: script, format: 'cjs' })
    await bundle.close()
    built = join(dir, 'built', 'emulator.js')
    await mkdir(join(dir, 'built', 'emulator-link'), { recursive: true })
    await copyFile(script, built)
    linkScript = (await bundleLinkUi(resolve(__dirname, '../../src/main/emulator/link-ui/main.ts'))).code
    await writeFile(join(dir, 'built', LINK_SCRIPT_ASSET), linkScript)
  })

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
    await rm(dir, { recursive: true, force: true })
  })

  function run(args: string[], file = script, env: Record<string, string> = {}): { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
    const child = spawn(process.execPath, [file, ...args], {
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules'), ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    children.push(child)
    let out = ''
    let err = ''
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()))
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
    return { child, stdout: () => out, stderr: () => err, exited }
  }

  async function until(pred: () => boolean, ms = 10_000): Promise<void> {
    const end = Date.now() + ms
    while (!pred()) {
      if (Date.now() > end) throw new Error('timed out')
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  /** The base URL from the first line, once the process has printed `lines` lines. */
  async function urlOf(p: ReturnType<typeof run>, lines = 2): Promise<string> {
    await until(() => p.stdout().split('\n').length > lines)
    return p.stdout().split('\n')[0]!.slice('mesh-emulator: '.length)
  }

  it('prints its URL and its control token once, serves the API with the given credentials, and stops on SIGTERM', async () => {
    const p = run(['--port', '0', '--webhook-url', 'http://127.0.0.1:9/w', '--webhook-secret', 'whsec-cli', '--client-id', 'cli-id', '--client-secret', 'cli-secret'])
    await until(() => p.stdout().split('\n').length > 2)
    const lines = p.stdout().trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^mesh-emulator: http:\/\/127\.0\.0\.1:\d+$/)
    expect(lines[1]).toMatch(/^mesh-emulator: control token emu_[\w-]{30,}$/)
    const url = lines[0]!.slice('mesh-emulator: '.length)
    const controlToken = lines[1]!.slice('mesh-emulator: control token '.length)
    const client = createMeshClient({ baseUrl: url, clientId: 'cli-id', clientSecret: 'cli-secret', maxRetries: 0 })
    expect((await client.getLinkToken({ userId: 'u' })).linkToken).toBeTruthy()
    // The control API needs the printed token.
    expect((await fetch(`${url}/_emulator/transfers`)).status).toBe(401)
    expect((await fetch(`${url}/_emulator/transfers`, { headers: { authorization: `Bearer ${controlToken}` } })).status).toBe(200)
    expect(p.stdout() + p.stderr()).not.toContain('cli-secret')
    expect(p.stdout() + p.stderr()).not.toContain('whsec-cli')
    p.child.kill('SIGTERM')
    expect(await p.exited).toBe(0)
  })

  it('prints generated credentials once, labelled as throwaway', async () => {
    const p = run(['--port', '0', '--webhook-url', 'http://127.0.0.1:9/w', '--webhook-secret', 'w'])
    await until(() => p.stdout().split('\n').length >= 5)
    const lines = p.stdout().trim().split('\n')
    expect(lines[0]).toMatch(/^mesh-emulator: http:\/\//)
    expect(lines[1]).toMatch(/^mesh-emulator: generated client id [0-9a-f-]{36}$/)
    expect(lines[2]).toMatch(/^mesh-emulator: generated client secret \(throwaway test key\) sk_emulator_/)
    expect(lines[3]).toMatch(/^mesh-emulator: control token emu_/)
    p.child.kill('SIGINT')
    expect(await p.exited).toBe(0)
  })

  it('serves the Link script from emulator-link/link.js beside the bundle', async () => {
    const p = run(['--port', '0', '--webhook-url', 'http://127.0.0.1:9/w', '--webhook-secret', 'w', '--client-id', 'i', '--client-secret', 's'], built)
    const url = await urlOf(p)
    const r = await fetch(`${url}/link/assets/link.js`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await r.text()).toBe(linkScript)
    expect(p.stderr()).not.toMatch(/Link page script/)
    p.child.kill('SIGTERM')
    expect(await p.exited).toBe(0)
  })

  it('warns at start-up, and answers 500 with what to do, when the Link script was not built', async () => {
    const p = run(['--port', '0', '--webhook-url', 'http://127.0.0.1:9/w', '--webhook-secret', 'w', '--client-id', 'i', '--client-secret', 's'])
    const url = await urlOf(p)
    expect(p.stderr()).toMatch(/mesh-emulator \[link\] the Link page script was not found \(run `npm run build`\)/)
    const r = await fetch(`${url}/link/assets/link.js`)
    expect(r.status).toBe(500)
    expect(((await r.json()) as { error: string }).error).toMatch(/Link page script is missing: run `npm run build`/)
    p.child.kill('SIGTERM')
    expect(await p.exited).toBe(0)
  })

  it('does not print a control token it was given', async () => {
    const p = run(['--port', '0', '--webhook-url', 'http://127.0.0.1:9/w', '--webhook-secret', 'w', '--client-id', 'i', '--client-secret', 's'], script, { MESH_EMULATOR_CONTROL_TOKEN: 'given-control-token-0123' })
    await until(() => p.stdout().includes('\n'))
    await new Promise((r) => setTimeout(r, 200))
    expect(p.stdout().trim().split('\n')).toHaveLength(1)
    const url = p.stdout().trim().slice('mesh-emulator: '.length)
    expect((await fetch(`${url}/_emulator`, { headers: { authorization: 'Bearer given-control-token-0123' } })).status).toBe(200)
    expect(p.stdout() + p.stderr()).not.toContain('given-control-token-0123')
    p.child.kill('SIGTERM')
    expect(await p.exited).toBe(0)
  })

  it('exits 2 with a clear message on bad arguments', async () => {
    const p = run(['--port', 'x'])
    expect(await p.exited).toBe(2)
    expect(p.stderr()).toMatch(/mesh-emulator: --port must be a whole number/)
    expect(p.stderr()).toMatch(/Usage:/)
    expect(p.stdout()).toBe('')
  })
})
