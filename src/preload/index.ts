// Exposes only the typed console API (invoke + event subscription); never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

const api = {
  invoke: (name: string, args: unknown): Promise<unknown> => ipcRenderer.invoke('countertop:invoke', name, args),
  subscribe: (listener: (msg: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, msg: unknown) => listener(msg)
    ipcRenderer.on('countertop:event', wrapped)
    return () => void ipcRenderer.removeListener('countertop:event', wrapped)
  }
}

contextBridge.exposeInMainWorld('countertop', api)
