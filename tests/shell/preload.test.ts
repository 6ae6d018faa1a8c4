import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Serialized, toIpcAnswer, toJsonEnvelope } from '../../src/main/core/store/serialized'
import { buildApi, type IpcLike } from '../../src/preload/api'

// The three channels the preload may use, written out (not imported from src/preload/api) so a
// changed channel name shows up here.
const INVOKE = 'countertop:invoke'
const EVENT = 'countertop:event'
const NOTIFY = 'countertop:notify'

type Listener = (event: unknown, ...args: unknown[]) => void

/**
 * A stand-in for Electron's ipcRenderer with its whole dangerous surface (send, sendSync,
 * postMessage, sendToHost…), wrapped in a Proxy that records every property the API reads.
 * Like the real one, on() and removeListener() return the ipcRenderer itself.
 */
function fakeIpcRenderer() {
  const reads: string[] = []
  const calls: { method: string; args: unknown[] }[] = []
  const listeners = new Map<string, Set<Listener>>()
  const record =
    (method: string, result: (...args: unknown[]) => unknown = () => undefined) =>
    (...args: unknown[]) => {
      calls.push({ method, args })
      return result(...args)
    }
  const target: Record<string, unknown> = {
    secret: 'must-not-leak',
    env: { MESH_API_KEY: 'sk_live_must_not_leak' },
    invoke: record('invoke', () => Promise.resolve({ ok: true, value: 'from-main' })),
    send: record('send'),
    sendSync: record('sendSync'),
    sendToHost: record('sendToHost'),
    postMessage: record('postMessage'),
    once: record('once'),
    addListener: record('addListener'),
    removeAllListeners: record('removeAllListeners')
  }
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      reads.push(String(key))
      return Reflect.get(t, key, receiver)
    }
  })
  target.on = record('on', (ch, l) => {
    listeners.set(ch as string, (listeners.get(ch as string) ?? new Set()).add(l as Listener))
    return proxy
  })
  target.removeListener = record('removeListener', (ch, l) => {
    listeners.get(ch as string)?.delete(l as Listener)
    return proxy
  })
  /** Delivers a message from the main process, with an IPC event that carries the sender (as Electron's does). */
  const emit = (channel: string, msg: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: proxy, ports: [] }, msg)
  }
  return { ipc: proxy as unknown as IpcLike, raw: proxy, reads, calls, listeners, emit }
}

/** The IPC methods the API may touch at all. */
const ALLOWED_READS = new Set(['invoke', 'on', 'removeListener'])

/** Every value reachable from `root` through own properties (functions and primitives included). */
function reachable(root: unknown, depth = 4): unknown[] {
  const seen = new Set<unknown>()
  const walk = (v: unknown, d: number) => {
    if (seen.has(v)) return
    seen.add(v)
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || d === 0) return
    for (const key of Reflect.ownKeys(v)) {
      const desc = Object.getOwnPropertyDescriptor(v, key)!
      for (const x of [desc.value, desc.get, desc.set]) walk(x, d - 1)
    }
  }
  walk(root, depth)
  return [...seen]
}

describe('the preload surface', () => {
  it('exposes exactly invoke, notify and subscribe: three plain frozen functions and nothing inherited', () => {
    const { ipc } = fakeIpcRenderer()
    const api = buildApi(ipc)
    expect(Reflect.ownKeys(api).sort()).toEqual(['invoke', 'notify', 'subscribe'])
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype)
    for (const key of ['invoke', 'notify', 'subscribe'] as const) {
      const desc = Object.getOwnPropertyDescriptor(api, key)!
      expect(typeof desc.value, key).toBe('function')
      expect(desc.get, key).toBeUndefined()
      // Arrow functions: no prototype, nothing attached but their name and length.
      expect(Reflect.ownKeys(api[key]).sort(), key).toEqual(['length', 'name'])
    }
  })

  it('leaks neither the IPC object nor process, process.env or a secret through anything it holds', () => {
    const { ipc, raw, reads } = fakeIpcRenderer()
    const api = buildApi(ipc)
    const values = reachable(api)
    const used = [...reads] // before the assertions below, which inspect the fake themselves
    expect(values).not.toContain(raw)
    expect(values).not.toContain(process)
    expect(values).not.toContain(process.env)
    expect(values.filter((v) => typeof v === 'string').join('\n')).not.toMatch(/must-not-leak|must_not_leak/)
    // Whatever building the API looked at, it was none of the dangerous methods.
    expect(used.filter((r) => !ALLOWED_READS.has(r))).toEqual([])
  })

  it('forwards invoke on the invoke channel only, with the command and its arguments, and hands back only the reply', async () => {
    const { ipc, raw, reads, calls } = fakeIpcRenderer()
    const api = buildApi(ipc)
    const result = await api.invoke('ledger.list', { limit: 5 })
    const second = await api.invoke('health.get')
    const used = [...reads] // before the assertions below, which inspect the fake themselves
    expect(result).toEqual({ ok: true, value: 'from-main' })
    expect(result).not.toBe(raw)
    expect(second).toEqual({ ok: true, value: 'from-main' })
    expect(calls).toEqual([
      { method: 'invoke', args: [INVOKE, 'ledger.list', { limit: 5 }] },
      { method: 'invoke', args: [INVOKE, 'health.get', {}] }
    ])
    expect(used.filter((r) => r !== 'invoke')).toEqual([])
  })

  it.each(['../../etc', 'ELECTRON_BROWSER_REQUIRE', 'countertop:event', 'ledger', 'ledger.list.x', '', 'ledger.list ', '__proto__.x', 42, null])(
    'refuses to invoke %j and touches no IPC',
    async (name) => {
      const { ipc, reads, calls } = fakeIpcRenderer()
      const api = buildApi(ipc)
      let refused: unknown = null
      await api.invoke(name as string).catch((e: unknown) => (refused = e))
      const used = [...reads]
      expect(refused).toBeInstanceOf(Error)
      expect(calls).toEqual([])
      expect(used.filter((r) => !ALLOWED_READS.has(r))).toEqual([])
    }
  )

  it('subscribes on the event channel only, passes the message without the IPC event, and unsubscribes the same listener', () => {
    const { ipc, reads, calls, listeners, emit } = fakeIpcRenderer()
    const api = buildApi(ipc)
    const got: unknown[][] = []
    const off = api.subscribe((...args: unknown[]) => got.push(args))
    expect(typeof off).toBe('function')
    expect(calls.map((c) => [c.method, c.args[0]])).toEqual([['on', EVENT]])
    const registered = calls[0]!.args[1]
    expect([...listeners.get(EVENT)!]).toEqual([registered])

    emit(EVENT, { type: 'transfer.updated' })
    emit('some-other-channel', { type: 'not-for-us' })
    expect(got).toEqual([[{ type: 'transfer.updated' }]])

    // removeListener returns the ipcRenderer (as Electron's does): the unsubscribe must not pass it on.
    const unsubscribed = off()
    emit(EVENT, { type: 'after-off' })
    const used = [...reads]
    expect(unsubscribed).toBeUndefined()
    expect(calls.map((c) => [c.method, c.args[0], c.args[1]])).toEqual([
      ['on', EVENT, registered],
      ['removeListener', EVENT, registered]
    ])
    expect(listeners.get(EVENT)!.size).toBe(0)
    expect(got).toHaveLength(1)
    expect(used.filter((r) => r !== 'on' && r !== 'removeListener')).toEqual([])
  })

  it('sends a notification on the notify channel only, as exactly its three strings, and hands nothing back', async () => {
    const { ipc, reads, calls } = fakeIpcRenderer()
    const api = buildApi(ipc)
    const n = { title: 'Paid: $12.50', body: 'Mesh confirmed the payment.', tag: 'countertop-sale-s1', icon: 'file:///etc/passwd', onclick: () => 'x' }
    expect(api.notify(n)).toBeUndefined()
    const used = [...reads]
    expect(calls).toEqual([{ method: 'invoke', args: [NOTIFY, { title: 'Paid: $12.50', body: 'Mesh confirmed the payment.', tag: 'countertop-sale-s1' }] }])
    // A copy, not the page's object.
    expect(calls[0]!.args[1]).not.toBe(n)
    expect(used.filter((r) => r !== 'invoke')).toEqual([])
  })

  it('swallows a refused notification (fire and forget: no unhandled rejection in the page)', async () => {
    const { ipc, raw } = fakeIpcRenderer()
    let asked = 0
    ;(raw as unknown as { invoke: (...a: unknown[]) => Promise<unknown> }).invoke = () => (asked++, Promise.reject(new Error('no handler')))
    const api = buildApi(ipc)
    const unhandled: unknown[] = []
    const onUnhandled = (e: unknown) => unhandled.push(e)
    process.on('unhandledRejection', onUnhandled)
    try {
      expect(api.notify({ title: 't', body: 'b', tag: 'x' })).toBeUndefined()
      // Node reports an unhandled rejection after the microtasks of the turn: two turns later it would have.
      await new Promise((r) => setImmediate(r))
      await new Promise((r) => setImmediate(r))
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
    expect(asked).toBe(1)
    expect(unhandled).toEqual([])
  })

  it.each([null, undefined, 'Paid', 42, { title: 'Paid' }, { title: 'Paid', body: 3, tag: 'x' }, { title: ['a'], body: 'b', tag: 'x' }])('refuses to notify %j and touches no IPC', (n) => {
    const { ipc, reads, calls } = fakeIpcRenderer()
    const api = buildApi(ipc)
    expect(() => api.notify(n as never)).toThrow(TypeError)
    expect(calls).toEqual([])
    expect([...reads].filter((r) => !ALLOWED_READS.has(r))).toEqual([])
  })

  it('refuses a subscriber that is not a function, touching no IPC', () => {
    const { ipc, calls } = fakeIpcRenderer()
    const api = buildApi(ipc)
    expect(() => api.subscribe('alert(1)' as never)).toThrow(TypeError)
    expect(calls).toEqual([])
  })
})

// src/preload/index.ts itself: what it hands to contextBridge, with Electron mocked.
const electron = vi.hoisted(() => {
  const exposed: { key: string; api: unknown }[] = []
  const calls: { method: string; args: unknown[] }[] = []
  const ipcRenderer = {
    invoke: (...args: unknown[]) => (calls.push({ method: 'invoke', args }), Promise.resolve('reply')),
    on: (...args: unknown[]) => (calls.push({ method: 'on', args }), ipcRenderer),
    removeListener: (...args: unknown[]) => (calls.push({ method: 'removeListener', args }), ipcRenderer),
    send: (...args: unknown[]) => void calls.push({ method: 'send', args }),
    sendSync: (...args: unknown[]) => void calls.push({ method: 'sendSync', args })
  }
  return { exposed, calls, ipcRenderer, contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.push({ key, api }) } }
})
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }))

describe('a page the main process sends as JSON', () => {
  // The main process's side (src/main/core/store/serialized.ts) and the preload's, through
  // Electron's structured clone: the page gets the same envelope it would have got as a value.
  const page = { items: [{ transferId: 'tr-1', amount: '12.50', note: 'café ✓' }], nextCursor: null, total: 1 }

  it('reaches the page as { ok: true, value }, parsed in the preload', async () => {
    const sent = structuredClone(toIpcAnswer({ ok: true, value: new Serialized(toJsonEnvelope(page)) }))
    expect(sent).toEqual({ ok: true, json: expect.any(Uint8Array) })
    const ipc = { invoke: () => Promise.resolve(sent), on: () => undefined, removeListener: () => undefined }
    expect(await buildApi(ipc).invoke('ledger.list', {})).toEqual({ ok: true, value: page })
  })

  it('leaves every other answer as it came: a value, a refusal, and a value that merely has a json field', async () => {
    const answers = [{ ok: true, value: page }, { ok: false, error: { code: 'NOT_FOUND', message: 'No transfer.' } }, { ok: true, value: { json: 'text' } }, null]
    for (const a of answers) {
      const sent = structuredClone(toIpcAnswer(a ?? { ok: false }))
      const ipc = { invoke: () => Promise.resolve(a === null ? null : sent), on: () => undefined, removeListener: () => undefined }
      expect(await buildApi(ipc).invoke('ledger.list', {})).toEqual(a)
    }
  })
})

describe('the preload entry (src/preload/index.ts)', () => {
  beforeEach(() => {
    electron.calls.length = 0
  })

  it('exposes one object, window.countertop, with only invoke, notify and subscribe wired to the real ipcRenderer', async () => {
    await import('../../src/preload/index')
    expect(electron.exposed.map((e) => e.key)).toEqual(['countertop'])
    const api = electron.exposed[0]!.api as {
      invoke(n: string, a?: unknown): Promise<unknown>
      subscribe(l: (m: unknown) => void): () => void
      notify(n: { title: string; body: string; tag: string }): void
    }
    expect(Reflect.ownKeys(api).sort()).toEqual(['invoke', 'notify', 'subscribe'])
    expect(reachable(api)).not.toContain(electron.ipcRenderer)
    expect(electron.calls).toEqual([])

    expect(await api.invoke('sales.get', { sessionId: 's1' })).toBe('reply')
    const off = api.subscribe(() => {})
    expect(off()).toBeUndefined()
    api.notify({ title: 'Paid: $1.00', body: 'b', tag: 'countertop-sale-s1' })
    expect(electron.calls.map((c) => [c.method, c.args[0]])).toEqual([
      ['invoke', INVOKE],
      ['on', EVENT],
      ['removeListener', EVENT],
      ['invoke', NOTIFY]
    ])
  })
})
