import { app, BrowserWindow } from 'electron'
import fs from 'node:fs'
import path from 'node:path'
import { Session } from '../core/session'
import { coreHandlers } from '../core/handlers/core-handlers'
import { useNativeBinding } from '../core/db/connection'
import { PathGrants } from '../core/security/path-grants'
import { channelOf } from '../../shared/api/names'
import { shellHandlers } from './dialogs'
import { registerContract } from './ipc'
import { hardenSession } from './security'
import { buildMenu } from './menu'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol'

/** How long a closing window waits for the page to write what is pending. */
const FLUSH_TIMEOUT_MS = 2000

// One instance: two would open the same engagement files and demo side by side.
if (!app.requestSingleInstanceLock()) app.exit(0)

// The Electron build of better-sqlite3 lives apart from the Node build (scripts/desktop-setup.mjs).
const electronNative = path.join(app.getAppPath(), '.electron-native', 'better_sqlite3.node')
if (fs.existsSync(electronNative)) useNativeBinding(electronNative)

registerAppScheme()

let mainWindow: BrowserWindow | null = null
let flushed: (() => void) | null = null
// The dev server only while developing; a packaged app never loads a URL from the environment.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererUrl = (): string => devUrl ?? `${APP_ORIGIN}/index.html`

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Terrain',
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  mainWindow = win
  win.once('ready-to-show', () => win.show())
  // Autosave: before the window goes, the page writes what it still holds (or the timeout passes).
  let closing = false
  win.on('close', (event) => {
    if (closing) return
    event.preventDefault()
    closing = true
    const done = () => {
      flushed = null
      if (!win.isDestroyed()) win.destroy()
    }
    flushed = done
    setTimeout(done, FLUSH_TIMEOUT_MS)
    win.webContents.send(channelOf('app.flushRequested'), {})
  })
  win.on('closed', () => (mainWindow = null))
  void win.loadURL(rendererUrl())
}

app.whenReady().then(() => {
  hardenSession()
  serveRenderer(path.join(__dirname, '../renderer'))
  const session = new Session({ dataDir: app.getPath('userData'), appVersion: app.getVersion() })
  const grants = new PathGrants()
  const handlers = {
    ...coreHandlers(session),
    ...shellHandlers(
      () => mainWindow,
      grants,
      session,
      () => flushed?.(),
    ),
  }
  registerContract(handlers, session, grants, () => mainWindow, rendererUrl)
  buildMenu()
  createWindow()
  // Every write is committed already; closing folds the WAL back into the engagement file.
  app.on('will-quit', () => session.close())
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
