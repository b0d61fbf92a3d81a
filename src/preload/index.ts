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
    getInfo: () => ipcRenderer.invoke(CH.appGetInfo),
    diskStatus: () => ipcRenderer.invoke(CH.appDiskStatus),
    onBeforeQuit: (callback: () => void) => {
      // The event object stays here: the page gets a plain call and a way to unsubscribe.
      const listener = () => callback()
      ipcRenderer.on(CH.appBeforeQuit, listener)
      return () => {
        ipcRenderer.removeListener(CH.appBeforeQuit, listener)
      }
    },
    quitReady: () => ipcRenderer.invoke(CH.appQuitReady)
  },
  file: {
    save: (request) => ipcRenderer.invoke(CH.fileSave, request),
    open: (request) => ipcRenderer.invoke(CH.fileOpen, request),
    revealLastSaved: () => ipcRenderer.invoke(CH.fileRevealLastSaved),
    openLastSaved: () => ipcRenderer.invoke(CH.fileOpenLastSaved)
  },
  backup: {
    save: (request) => ipcRenderer.invoke(CH.backupSave, request),
    list: () => ipcRenderer.invoke(CH.backupList),
    read: (request) => ipcRenderer.invoke(CH.backupRead, request),
    chooseFolder: () => ipcRenderer.invoke(CH.backupChooseFolder),
    setRetention: (retention) => ipcRenderer.invoke(CH.backupSetRetention, retention)
  }
} satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
