import { contextBridge, ipcRenderer } from 'electron'
import { CH } from '@shared/ipc/channels'
import type { DesktopApi } from '@shared/ipc/contract'

/**
 * The page's only door to the desktop: one function per capability, each a fixed channel.
 *
 * Electron security checklist #20: `ipcRenderer` itself, generic send/on and event objects never
 * reach the page. This file must import nothing at run time but `electron` (sandboxed preload).
 */
const api = {
  app: {
    getInfo: () => ipcRenderer.invoke(CH.appGetInfo)
  },
  file: {
    save: (request) => ipcRenderer.invoke(CH.fileSave, request),
    open: (request) => ipcRenderer.invoke(CH.fileOpen, request),
    revealLastSaved: () => ipcRenderer.invoke(CH.fileRevealLastSaved),
    openLastSaved: () => ipcRenderer.invoke(CH.fileOpenLastSaved)
  }
} satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
