/**
 * What `import ... from 'electron'` gives the built main process under the launch test: Electron's
 * main-process modules, played by stand-ins that keep Electron's rules (see rules.ts).
 */
import { app } from './app'
import { BrowserWindow } from './browser-window'
import { dialog } from './dialog'
import { ipcMain } from './ipc-main'
import { Menu } from './menu'
import { protocol } from './protocol'
import { session } from './session'
import { safeStorage } from './safe-storage'

export { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session }
export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session }
