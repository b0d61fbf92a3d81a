import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { userDataPathFor } from './app-paths'
import { createIpcRegistrar, makeSenderCheck } from './ipc/register'
import { registerHandlers } from './ipc/register-handlers'
import { buildMenuTemplate } from './menu'
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from './protocol'
import { denyAllPermissions, hardenWebContents } from './security'
import { FileDialogService } from './services/file-dialogs'
import { FolderSaveService } from './services/save-folder'
import { BackupStore, diskFreeBytes, LOW_DISK_BYTES } from './services/backup-store'
import { PdfExportService, type PdfWindowLike } from './services/pdf-export'
import { DEFAULT_RETENTION } from '@core/backup/rotation'
import { MainSettingsFile } from './services/main-settings'
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl } from './urls'
import { APP_VERSION } from '@shared/version'
import { confirmUnload, createCloseGuard } from './close-guard'
import { MAIN_WINDOW_SIZE, secureWebPreferences } from './window'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const isTrustedUrl = (url: unknown): boolean => isAppUrl(url, devServerUrl)
const trustedWebContentsIds = new Set<number>()
let mainWindow: BrowserWindow | null = null
let closeGuard: ReturnType<typeof createCloseGuard> | null = null

// The data folder and the origin decide which database the user sees: both are fixed before
// anything can touch storage (see docs/decisions/0001-origin-and-data-folder.md).
app.setPath('userData', userDataPathFor(app.getPath('appData')))
// Vietnamese for the built-in parts of the page (date pickers show dd/mm/yyyy, spelling, dialogs).
app.commandLine.appendSwitch('lang', 'vi')
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

// Two instances on one profile would fight over the IndexedDB lock; the second one hands over.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.whenReady().then(() => start())
  app.on('window-all-closed', () => app.quit())
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession)
  const rendererRoot = join(__dirname, '../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(rendererRoot, request.url, request.method)
    if (!resolved.ok) return new Response(null, { status: resolved.status })
    try {
      const body = await readFile(resolved.filePath)
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: { 'content-type': resolved.contentType, 'x-content-type-options': 'nosniff' }
      })
    } catch {
      return new Response(null, { status: 404 })
    }
  })

  const files = new FileDialogService(
    {
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)
    },
    () => app.getPath('documents')
  )
  const log = (message: string, error?: unknown) => console.error(message, error ?? '')
  const handle = createIpcRegistrar(
    ipcMain,
    makeSenderCheck(trustedWebContentsIds, isTrustedUrl),
    (message, error) => log(message, error)
  )
  const settings = new MainSettingsFile(app.getPath('userData'), {
    backupFolder: join(app.getPath('documents'), 'Thư ký Cụm thi đua - Sao lưu'),
    retention: DEFAULT_RETENTION
  })
  let { backupFolder, retention } = await settings.get()
  const backups = new BackupStore(
    () => backupFolder,
    () => retention
  )
  const pdf = new PdfExportService(
    (options) => new BrowserWindow(options) as unknown as PdfWindowLike,
    files,
    log
  )
  const folders = new FolderSaveService(
    {
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)
    },
    () => app.getPath('documents'),
    { print: (html) => pdf.print(html), log }
  )
  registerHandlers(handle, {
    files,
    pdf,
    folders,
    backups,
    diskStatus: async () => {
      const free = await diskFreeBytes(app.getPath('userData'))
      return { freeBytes: free, isLow: free < LOW_DISK_BYTES }
    },
    chooseBackupFolder: async () => {
      const choice = mainWindow
        ? await dialog.showOpenDialog(mainWindow, {
            title: 'Chọn thư mục lưu bản sao lưu',
            properties: ['openDirectory', 'createDirectory']
          })
        : await dialog.showOpenDialog({
            title: 'Chọn thư mục lưu bản sao lưu',
            properties: ['openDirectory', 'createDirectory']
          })
      const folder = choice.canceled ? undefined : choice.filePaths[0]
      if (!folder) return null
      backupFolder = (await settings.set({ backupFolder: folder })).backupFolder
      return backupFolder
    },
    quitReady: () => closeGuard?.onQuitReady(),
    closeAnswer: (answer) => closeGuard?.onAnswer(answer),
    retention: () => retention,
    setRetention: async (next) => {
      retention = (await settings.set({ retention: next })).retention
      return retention
    },
    appInfo: () => ({
      name: 'Thư ký Cụm thi đua',
      version: APP_VERSION,
      platform: process.platform,
      dataPath: app.getPath('userData'),
      isDesktop: true
    }),
    showItemInFolder: (path) => shell.showItemInFolder(path),
    openPath: (path) => shell.openPath(path)
  })

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(!app.isPackaged, {
        showAbout: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'Giới thiệu',
            message: `Thư ký Cụm thi đua — phiên bản ${APP_VERSION}`,
            detail: `Dữ liệu được lưu tại:\n${app.getPath('userData')}`
          })
      })
    )
  )
  createMainWindow()
}

function createMainWindow(): void {
  mainWindow = new BrowserWindow({
    ...MAIN_WINDOW_SIZE,
    show: false,
    title: 'Thư ký Cụm thi đua',
    icon: join(__dirname, '../../resources/icon.png'),
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  const id = mainWindow.webContents.id
  trustedWebContentsIds.add(id)
  mainWindow.on('closed', () => {
    trustedWebContentsIds.delete(id)
    mainWindow = null
    closeGuard = null
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  // Closing asks the page first (unsaved changes), then waits for its last backup.
  const win = mainWindow
  const guard = createCloseGuard(win)
  closeGuard = guard
  win.on('close', (event) => guard.onClose(event))
  win.webContents.on('render-process-gone', () => guard.onPageGone())
  // A reload while a form holds unsaved changes: the page refuses, main asks the user.
  win.webContents.on('will-prevent-unload', (event) =>
    confirmUnload(event, (question) => dialog.showMessageBoxSync(win, question))
  )
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL)
}
