import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from './api'

contextBridge.exposeInMainWorld('countertop', buildApi(ipcRenderer))
