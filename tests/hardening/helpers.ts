// Helpers for the hardening tests: the built headless mode as a child process with any
// arguments and environment, its printed lines, raw HTTP with any Host header, WebSocket
// handshakes with any Origin, and what a TCP connect to an address gets.
import { spawn, type ChildProcess } from 'node:child_process'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import WebSocket from 'ws'

export const ROOT = resolve(__dirname, '../..')
export const HEADLESS_JS = join(ROOT, 'out/main/headless.js')

export function assertBuilt(): void {
  if (!existsSync(HEADLESS_JS)) throw new Error(`${HEADLESS_JS} is missing: run \`npm run build\` first (npm test does).`)
}

export function tempDir(prefix = 'countertop-hardening-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export interface Serve {
  child: ChildProcess
  pid: number
  stdout(): string
  stderr(): string
  /** The value of a printed `name: value` line (console, webhooks, mesh-emulator), once printed. */
  line(name: string): string | undefined
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  alive(): boolean
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  kill(): Promise<void>
}

/** Starts `node out/main/headless.js ARGS` with ENV added to ours; does not wait for anything. */
export function serve(args: string[], env: Record<string, string> = {}): Serve {
  assertBuilt()
  const child = spawn(process.execPath, [HEADLESS_JS, ...args], { env: { ...process.env, COUNTERTOP_TOKEN: '', COUNTERTOP_EMULATOR_TOKEN: '', MESH_CLIENT_ID: '', MESH_API_KEY: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')))
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.once('exit', (code, signal) => res({ code, signal })))
  const alive = () => child.exitCode === null && child.signalCode === null
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    line(name) {
      for (const l of out.split('\n')) {
        if (l.startsWith(`${name}: `)) return l.slice(name.length + 2).trim()
      }
      return undefined
    },
    exited,
    alive,
    async stop() {
      if (alive()) child.kill('SIGTERM')
      return exited
    },
    async kill() {
      if (alive()) child.kill('SIGKILL')
      await exited
    }
  }
}

/** Waits until every named line is printed; fails with the process's output if it exits or takes too long. */
export async function ready(s: Serve, names: string[] = ['console', 'webhooks'], timeoutMs = 20_000): Promise<Record<string, string>> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const found = Object.fromEntries(names.map((n) => [n, s.line(n)]))
    if (names.every((n) => found[n])) return found as Record<string, string>
    if (!s.alive()) throw new Error(`headless mode exited (${s.child.exitCode ?? s.child.signalCode}) before printing ${names.join(', ')}.\nstdout: ${s.stdout()}\nstderr: ${s.stderr()}`)
    if (Date.now() > end) throw new Error(`headless mode did not print ${names.join(', ')} within ${timeoutMs} ms.\nstdout: ${s.stdout()}\nstderr: ${s.stderr()}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export interface RawResult {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One HTTP request with exactly the headers given (Host included), on a fresh connection. */
export function rawRequest(o: { host: string; port: number; method?: string; path?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number }): Promise<RawResult> {
  return new Promise((resolveP, reject) => {
    const req = http.request({ host: o.host, port: o.port, method: o.method ?? 'GET', path: o.path ?? '/', headers: o.headers, agent: false, setHost: o.headers?.host === undefined }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolveP({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.setTimeout(o.timeoutMs ?? 10_000, () => req.destroy(new Error('request timed out')))
    req.end(o.body)
  })
}

/** What a TCP connect to host:port gets: connected, or the error code (ECONNREFUSED…). */
export function tcpConnect(host: string, port: number, timeoutMs = 3000): Promise<'connected' | string> {
  return new Promise((resolveP) => {
    const socket = net.connect({ host, port })
    const timer = setTimeout(() => {
      socket.destroy()
      resolveP('timeout')
    }, timeoutMs)
    socket.once('connect', () => {
      clearTimeout(timer)
      socket.destroy()
      resolveP('connected')
    })
    socket.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      resolveP(e.code ?? e.message)
    })
  })
}

/** A WebSocket handshake with the given headers: opened (and its first message), or the HTTP status it was refused with. */
export function wsHandshake(url: string, headers: Record<string, string> = {}, origin?: string): Promise<{ opened: boolean; status: number | null; firstMessage: string | null; closeCode: number | null }> {
  return new Promise((resolveP) => {
    const ws = new WebSocket(url, { headers, ...(origin !== undefined ? { origin } : {}) })
    let opened = false
    let firstMessage: string | null = null
    const timer = setTimeout(() => ws.terminate(), 5000)
    ws.on('open', () => (opened = true))
    ws.on('message', (m: WebSocket.RawData) => {
      firstMessage ??= m.toString()
      ws.close()
    })
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer)
      resolveP({ opened, status: res.statusCode ?? null, firstMessage, closeCode: null })
      ws.terminate()
    })
    ws.on('error', () => {
      clearTimeout(timer)
      resolveP({ opened, status: null, firstMessage, closeCode: null })
    })
    ws.on('close', (code) => {
      clearTimeout(timer)
      resolveP({ opened, status: null, firstMessage, closeCode: code })
    })
  })
}

/** POST /api/<command> with the bearer token and a raw JSON body text. */
export async function apiCall<T = unknown>(base: string, token: string, command: string, body: string | unknown = {}): Promise<{ status: number; body: { ok: true; value: T } | { ok: false; error: { code: string; message: string } } }> {
  const res = await fetch(`${base}/api/${command}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: res.status, body: (await res.json()) as never }
}

/**
 * Makes a directory refuse new files, the way a read-only disk would: `chattr +i` as root (root
 * ignores permission bits), mode 0500 otherwise. Returns the undo, or null when neither works here.
 */
export function makeUnwritable(dir: string): (() => void) | null {
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    const r = spawnSync('chattr', ['+i', dir], { stdio: 'ignore' })
    if (r.status !== 0) return null
    return () => void spawnSync('chattr', ['-i', dir], { stdio: 'ignore' })
  }
  const r = spawnSync('chmod', ['0500', dir], { stdio: 'ignore' })
  if (r.status !== 0) return null
  return () => void spawnSync('chmod', ['0700', dir], { stdio: 'ignore' })
}

/** Small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
