import { app, BrowserWindow, dialog } from 'electron'
import path from 'node:path'
import { Session } from '../core/session'
import { coreHandlers } from '../core/handlers/core-handlers'
import { useNativeBinding } from '../core/db/connection'
import { findNativeDriver } from '../core/db/native-driver'
import { PathGrants } from '../core/security/path-grants'
import { languageOf, translate } from '../../shared/i18n/translate'
import { shellHandlers } from './dialogs'
import { registerContract } from './ipc'
import { hardenSession } from './security'
import { buildMenu } from './menu'
import { MainWindow } from './main-window'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol'
import { osKeychain } from './keychain'

// The dev server only while developing; a packaged app never loads a URL from the environment.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererUrl = (): string => devUrl ?? `${APP_ORIGIN}/index.html`

// One instance: two would open the same engagement files and demo side by side.
if (app.requestSingleInstanceLock()) {
  // Privileged schemes must be registered before ready, and once.
  registerAppScheme()
  const main = new MainWindow(rendererUrl)
  app.whenReady().then(() => start(main))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
} else {
  app.exit(0)
}

/** Refuses to go on without a database engine Electron can load: say what is wrong and how to mend it. */
function databaseEngineLoads(): boolean {
  const driver = findNativeDriver({
    appPath: app.getAppPath(),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  })
  if (driver.ok) {
    useNativeBinding(driver.binding)
    return true
  }
  const lang = languageOf(app.getLocale())
  const message = translate(lang, `desktop.native.${driver.problem}`, { detail: driver.detail })
  console.error(`Terrain: ${message}`)
  dialog.showErrorBox(translate(lang, 'desktop.native.title'), message)
  app.exit(1)
  return false
}

function start(main: MainWindow): void {
  if (!databaseEngineLoads()) return
  hardenSession()
  serveRenderer(path.join(import.meta.dirname, '../renderer'))
  const session = new Session({
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    secretBox: osKeychain(),
  })
  const grants = new PathGrants()
  const window = () => main.current
  const handlers = {
    ...coreHandlers(session),
    ...shellHandlers(window, grants, session, () => main.pageFlushed()),
  }
  registerContract(handlers, session, grants, window, rendererUrl)
  buildMenu()
  main.open()
  // Every write is committed already; closing folds the WAL back into the engagement file.
  app.on('will-quit', () => session.close())
  app.on('second-instance', () => {
    if (main.current?.isMinimized()) main.current.restore()
    main.current?.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) main.open()
  })
}
