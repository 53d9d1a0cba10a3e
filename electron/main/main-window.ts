import { app, BrowserWindow } from 'electron'
import path from 'node:path'
import { channelOf } from '../../shared/api/names'
import { MIN_WINDOW } from '../../shared/domain/window-size'

/** How long a closing window waits for the page to write what is pending. */
const FLUSH_TIMEOUT_MS = 2000

/** The one app window and the autosave handshake that runs before it goes. */
export class MainWindow {
  private window: BrowserWindow | null = null
  private flushed: (() => void) | null = null
  /** Set by before-quit: a window that closes for a quit resumes the quit once the page has written. */
  private quitting = false

  constructor(private readonly url: () => string) {
    app.on('before-quit', () => {
      this.quitting = true
    })
  }

  get current(): BrowserWindow | null {
    return this.window
  }

  /** The page answered app.flushRequested: everything it held is written. */
  pageFlushed(): void {
    this.flushed?.()
  }

  open(): void {
    const win = new BrowserWindow({
      width: 1360,
      height: 880,
      minWidth: MIN_WINDOW.width,
      minHeight: MIN_WINDOW.height,
      show: false,
      title: 'Terrain',
      webPreferences: {
        preload: path.join(import.meta.dirname, '../preload/index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    })
    this.window = win
    win.once('ready-to-show', () => win.show())
    this.flushBeforeClose(win)
    win.on('closed', () => {
      if (this.window === win) this.window = null
    })
    void win.loadURL(this.url())
  }

  /**
   * Autosave: before the window goes, the page writes what it still holds (or the timeout passes).
   * Cancelling the close also cancels a quit in progress (Cmd+Q on macOS, where closing the last
   * window does not quit): the quit is asked again once the window is gone.
   */
  private flushBeforeClose(win: BrowserWindow): void {
    let closing = false
    win.on('close', (event) => {
      if (closing) return
      event.preventDefault()
      closing = true
      const timer = setTimeout(() => done(), FLUSH_TIMEOUT_MS)
      const done = () => {
        clearTimeout(timer)
        this.flushed = null
        if (!win.isDestroyed()) win.destroy()
        if (this.quitting) app.quit()
      }
      this.flushed = done
      win.webContents.send(channelOf('app.flushRequested'), {})
    })
  }
}
