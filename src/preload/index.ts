import { contextBridge, ipcRenderer } from 'electron'
import { CH } from '@shared/ipc/channels'
import type {
  BareChannel,
  Call,
  EventChannel,
  RequestChannel,
  RequestOf
} from '@shared/ipc/channel-map'
import type { DesktopApi } from '@shared/ipc/contract'

/**
 * A call on a channel that takes no request. Whatever the page passes is dropped, so nothing it
 * sends can reach main on such a channel. Typed by the channel map, like `request` below: wiring
 * a function to a channel with another answer fails the typecheck.
 */
function bare<C extends BareChannel>(channel: C): Call<C> {
  return () => ipcRenderer.invoke(channel)
}

/** A call that sends exactly one request (main validates it). */
function request<C extends RequestChannel>(channel: C): Call<C> {
  return ((payload: RequestOf<C>) => ipcRenderer.invoke(channel, payload)) as Call<C>
}

/**
 * Subscribes the page to one event from main. The event object stays here: the page gets a plain
 * call and a way to unsubscribe.
 */
function listen(channel: EventChannel) {
  return (callback: () => void): (() => void) => {
    const listener = () => callback()
    ipcRenderer.on(channel, listener)
    return () => {
      ipcRenderer.removeListener(channel, listener)
    }
  }
}

/**
 * The page's only door to the desktop: one function per capability, each a fixed channel.
 *
 * Electron security checklist #20: `ipcRenderer` itself, generic send/on and event objects never
 * reach the page. At run time this file may load `electron` only (a sandboxed preload).
 */
const api = {
  app: {
    getInfo: bare(CH.appGetInfo),
    diskStatus: bare(CH.appDiskStatus),
    onCloseRequested: listen(CH.appCloseRequested),
    answerClose: request(CH.appCloseAnswer),
    onBeforeQuit: listen(CH.appBeforeQuit),
    quitReady: bare(CH.appQuitReady)
  },
  file: {
    save: request(CH.fileSave),
    saveFolder: request(CH.fileSaveFolder),
    open: request(CH.fileOpen),
    exportPdf: request(CH.fileExportPdf),
    revealLastSaved: bare(CH.fileRevealLastSaved),
    openLastSaved: bare(CH.fileOpenLastSaved)
  },
  backup: {
    save: request(CH.backupSave),
    list: bare(CH.backupList),
    read: request(CH.backupRead),
    remove: request(CH.backupRemove),
    chooseFolder: bare(CH.backupChooseFolder),
    setRetention: request(CH.backupSetRetention)
  }
} satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
