import { app, BrowserWindow, dialog } from 'electron'
import path from 'node:path'
import { nativeBindingPath } from '../core/db/native-binding-path'
import { PathGrants } from '../core/security/path-grants'
import { CoreClient } from '../core/worker/core-client'
import type { NativeDriverState } from '../core/worker/core-protocol'
import { languageOf, translate } from '../../shared/i18n/translate'
import { shellHandlers } from './dialogs'
import { registerContract, sendToWindow } from './ipc'
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
function refuseWithout(driver: Extract<NativeDriverState, { ok: false }>): void {
  const lang = languageOf(app.getLocale())
  const message = translate(lang, `desktop.native.${driver.problem}`, { detail: driver.detail })
  console.error(`Terrain: ${message}`)
  dialog.showErrorBox(translate(lang, 'desktop.native.title'), message)
  app.exit(1)
}

async function start(main: MainWindow): Promise<void> {
  const window = () => main.current
  // SQLite, the handlers and the long jobs run in the core thread; this thread relays and keeps
  // the windows, dialogs and menus responsive.
  const core = new CoreClient({
    workerFile: path.join(import.meta.dirname, 'core-worker.js'),
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    nativeBinding: nativeBindingPath({
      appPath: app.getAppPath(),
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
    }),
    secretBox: osKeychain(),
    onEvent: sendToWindow(window),
  })
  const driver = await core.start()
  if (!driver.ok) return refuseWithout(driver)
  hardenSession()
  serveRenderer(path.join(import.meta.dirname, '../renderer'))
  const grants = new PathGrants()
  const shell = shellHandlers(window, grants, core, () => main.pageFlushed())
  registerContract(
    {
      core,
      shell,
      grants,
      onOutputMismatch: (call, error) => console.error(`Terrain: ${call} output drifted from the contract`, error),
    },
    rendererUrl,
  )
  buildMenu(languageOf(app.getLocale()), (command) => sendToWindow(window)('menu.command', { command }))
  main.open()
  // Every write is committed already; the core closes the engagement (folding its WAL back into
  // the file) before the app goes, so the quit waits for it once.
  let coreClosed = false
  app.on('will-quit', (event) => {
    if (coreClosed) return
    event.preventDefault()
    void core.close().finally(() => {
      coreClosed = true
      app.quit()
    })
  })
  app.on('second-instance', () => {
    if (main.current?.isMinimized()) main.current.restore()
    main.current?.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) main.open()
  })
}
