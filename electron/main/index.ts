import { app, BrowserWindow } from 'electron'
import fs from 'node:fs'
import path from 'node:path'
import { Session } from '../core/session'
import { coreHandlers } from '../core/handlers/core-handlers'
import { useNativeBinding } from '../core/db/connection'
import { dialogHandlers } from './dialogs'
import { registerContract } from './ipc'
import { hardenSession } from './security'
import { buildMenu } from './menu'

// The Electron build of better-sqlite3 lives apart from the Node build (scripts/desktop-setup.mjs).
const electronNative = path.join(app.getAppPath(), '.electron-native', 'better_sqlite3.node')
if (fs.existsSync(electronNative)) useNativeBinding(electronNative)

let mainWindow: BrowserWindow | null = null
const rendererUrl = (): string =>
  process.env.ELECTRON_RENDERER_URL ?? new URL(`file://${path.join(__dirname, '../renderer/index.html')}`).href

function createWindow(): void {
  mainWindow = new BrowserWindow({
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
      spellcheck: true,
    },
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  void mainWindow.loadURL(rendererUrl())
}

app.whenReady().then(() => {
  hardenSession()
  const session = new Session({ dataDir: app.getPath('userData'), appVersion: app.getVersion() })
  registerContract({ ...coreHandlers(session), ...dialogHandlers(() => mainWindow) }, () => mainWindow, rendererUrl)
  buildMenu()
  createWindow()
  // Every write is already committed; closing folds the WAL back into the engagement file.
  app.on('before-quit', () => session.close())
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
