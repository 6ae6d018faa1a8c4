import { describe, expect, it } from 'vitest'
import { buildApi, EVENT_CHANNEL, INVOKE_CHANNEL, type IpcLike } from '../../src/preload/api'

function fakeIpc() {
  const calls: unknown[][] = []
  const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>()
  const ipc: IpcLike & { secret: string } = {
    secret: 'must-not-leak',
    invoke: async (...args) => {
      calls.push(args)
      return { ok: true, value: null }
    },
    on: (ch, l) => listeners.set(ch, (listeners.get(ch) ?? new Set()).add(l)),
    removeListener: (ch, l) => listeners.get(ch)?.delete(l)
  }
  return { ipc, calls, listeners }
}

describe('the preload surface', () => {
  it('exposes exactly invoke and subscribe, frozen', () => {
    const api = buildApi(fakeIpc().ipc)
    expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe'])
    expect(Object.isFrozen(api)).toBe(true)
    const s = JSON.stringify(api)
    expect(s).not.toMatch(/must-not-leak|ipc|env/i)
  })

  it('never hands out the IPC object or the environment', async () => {
    const { ipc, calls } = fakeIpc()
    const api = buildApi(ipc)
    const result = await api.invoke('ledger.list', { limit: 5 })
    expect(result).toEqual({ ok: true, value: null })
    expect(calls).toEqual([[INVOKE_CHANNEL, 'ledger.list', { limit: 5 }]])
    for (const v of Object.values(api)) expect(v).not.toBe(ipc)
    expect((api as unknown as Record<string, unknown>).process).toBeUndefined()
    expect((api as unknown as Record<string, unknown>).ipcRenderer).toBeUndefined()
  })

  it('only invokes command-shaped names on the one channel', async () => {
    const { ipc, calls } = fakeIpc()
    const api = buildApi(ipc)
    await expect(api.invoke('../../etc')).rejects.toThrow()
    await expect(api.invoke('ELECTRON_BROWSER_REQUIRE')).rejects.toThrow()
    expect(calls).toEqual([])
  })

  it('subscribes and unsubscribes without exposing the IPC event', () => {
    const { ipc, listeners } = fakeIpc()
    const api = buildApi(ipc)
    const got: unknown[][] = []
    const off = api.subscribe((...args) => got.push(args))
    for (const l of listeners.get(EVENT_CHANNEL)!) l({ sender: 'ipc-event-object' }, { type: 'transfer.updated' })
    expect(got).toEqual([[{ type: 'transfer.updated' }]])
    off()
    expect(listeners.get(EVENT_CHANNEL)!.size).toBe(0)
  })
})
