import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import vm from 'node:vm'
import { app, openWindows, requireReady } from './app'
import { RendererWorld } from './renderer-world'
import { broke, note, refuse } from './rules'
import { session as sessions, StandInSession } from './session'

type WebPreferences = {
  preload?: string
  contextIsolation?: boolean
  sandbox?: boolean
  nodeIntegration?: boolean
  webSecurity?: boolean
  session?: unknown
}
type Options = { show?: boolean; webPreferences?: WebPreferences; [k: string]: unknown }

let nextId = 1

/** A page being printed, as the driver may look at it while printToPDF runs. */
export type PrintingPage = { url: string; headers: Record<string, string>; session: StandInSession }
const printWatchers: ((page: PrintingPage) => Promise<void>)[] = []

/** The driver: called while each printToPDF runs, before it answers. */
export function whilePrinting(watch: (page: PrintingPage) => Promise<void>): void {
  printWatchers.push(watch)
}

/** A window's web contents: loading, messages to the page, the app's navigation guards. */
class StandInWebContents extends EventEmitter {
  readonly id = nextId++
  private url = ''
  private html = ''
  private headers: Record<string, string> = {}
  world: RendererWorld | null = null
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null
  destroyed = false
  readonly mainFrame = { url: '', parent: null, routingId: 1 }

  constructor(
    private readonly preferences: WebPreferences,
    readonly session: StandInSession,
  ) {
    super()
  }
  getURL(): string {
    return this.url
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void {
    this.windowOpenHandler = h
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) refuse('webContents.send: Object has been destroyed')
    this.world?.deliver(channel, args)
  }

  async load(url: string, html: string, headers: Record<string, string> = {}): Promise<void> {
    this.url = url
    this.mainFrame.url = url
    this.html = html
    this.headers = headers
    this.world = new RendererWorld(this.mainFrame, this)
    const preload = this.preferences.preload
    if (preload) {
      if (this.preferences.sandbox === false) broke('a preload without sandbox: the page would get Node')
      this.world.runSandboxedPreload(preload)
    }
    note(`loaded ${url}`)
    this.emit('did-finish-load')
  }

  /** Only what the app asks of a printing page: an expression on its window, as Chromium would answer. */
  async executeJavaScript(code: string): Promise<unknown> {
    const ready = this.html.includes('__reportReady')
    return vm.runInNewContext(code, { window: { __reportReady: ready } })
  }

  /** Chromium's print engine does not run here: a one-page PDF that says what it was given. */
  async printToPDF(options: { preferCSSPageSize?: boolean; printBackground?: boolean }): Promise<Buffer> {
    if (!this.html) refuse('webContents.printToPDF: nothing loaded')
    note(`printToPDF ${JSON.stringify(options)}`)
    for (const watch of printWatchers) await watch({ url: this.url, headers: this.headers, session: this.session })
    return Buffer.from(`%PDF-1.4\n% stand-in print of ${this.html.length} characters of HTML\n%%EOF\n`)
  }
}

/** Electron's BrowserWindow, with the rules that have broken launches. */
export class BrowserWindow extends EventEmitter {
  private static all: BrowserWindow[] = []
  readonly webContents: StandInWebContents
  private destroyed = false
  private visible = false
  readonly options: Options

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((w) => !w.destroyed)
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.getAllWindows()[0] ?? null
  }

  constructor(options: Options = {}) {
    super()
    requireReady('BrowserWindow', 'Cannot create BrowserWindow before app is ready')
    const prefs = options.webPreferences ?? {}
    if (prefs.preload !== undefined) {
      if (!path.isAbsolute(prefs.preload)) refuse(`webPreferences.preload must be an absolute path: ${prefs.preload}`)
      if (!fs.existsSync(prefs.preload)) broke(`Unable to load preload script: ${prefs.preload}`)
    }
    if (prefs.contextIsolation === false) broke('contextIsolation off')
    if (prefs.nodeIntegration === true) broke('nodeIntegration on')
    if (prefs.session !== undefined && !(prefs.session instanceof StandInSession))
      refuse('webPreferences.session must be a Session')
    this.options = options
    this.webContents = new StandInWebContents(prefs, (prefs.session as StandInSession) ?? sessions.defaultSession)
    BrowserWindow.all.push(this)
    openWindows.add(this)
    app.emit('web-contents-created', {}, this.webContents)
    note(`window ${this.webContents.id} created`)
  }

  /** Through the window's session: its onBeforeRequest, then its own protocol handlers. */
  async loadURL(url: string): Promise<void> {
    const outcome = await this.webContents.session.request(url)
    if (outcome.blocked) throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`)
    const response = outcome.response
    if (!response) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`)
    if (response.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}' (${response.status})`)
    const headers = Object.fromEntries([...response.headers].map(([k, v]) => [k.toLowerCase(), v]))
    await this.webContents.load(url, await response.text(), headers)
    this.emit('ready-to-show')
  }

  async loadFile(file: string): Promise<void> {
    if (!path.isAbsolute(file) || !fs.existsSync(file)) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${file}'`)
    const url = pathToFileURL(file).href
    if ((await this.webContents.session.request(url)).blocked)
      throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`)
    await this.webContents.load(url, fs.readFileSync(file, 'utf8'))
    this.emit('ready-to-show')
  }

  show(): void {
    this.visible = true
    note(`window ${this.webContents.id} shown`)
  }
  isVisible(): boolean {
    return this.visible
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {}
  isDestroyed(): boolean {
    return this.destroyed
  }

  /** As a click on the close button: 'close' may be cancelled; otherwise the window goes. */
  close(): void {
    if (this.destroyed) return
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('close', event)
    if (event.defaultPrevented) return note(`window ${this.webContents.id} close cancelled`)
    this.gone()
  }

  /** No 'close' event, no unload: the window goes at once. */
  destroy(): void {
    if (this.destroyed) return
    this.gone()
  }

  private gone(): void {
    this.destroyed = true
    this.webContents.destroyed = true
    openWindows.delete(this)
    note(`window ${this.webContents.id} closed`)
    this.emit('closed')
    app.windowGone()
  }
}
