import { EventEmitter } from 'node:events'
import { standInConfig } from './config'
import { broke, note, refuse } from './rules'

/** The windows alive, in creation order: what a quit must close first. */
export const openWindows = new Set<{ close(): void; isDestroyed(): boolean }>()

type Cancellable = { preventDefault(): void; defaultPrevented: boolean }
const cancellable = (): Cancellable => {
  const e = {
    defaultPrevented: false,
    preventDefault: () => {
      e.defaultPrevented = true
    },
  }
  return e
}

/**
 * Electron's `app`, with its lifecycle as the documentation states it: ready once; a quit emits
 * before-quit, closes every window (one that cancels its close cancels the quit), then will-quit
 * and quit; window-all-closed only when the last window closes outside a quit.
 */
export class StandInApp extends EventEmitter {
  private ready = false
  private readyResolvers: (() => void)[] = []
  private quitting = false
  /** 'running', 'quit' (after a full quit) or 'exited' (app.exit). */
  state: 'running' | 'quit' | 'exited' = 'running'
  exitCode: number | null = null

  get isPackaged(): boolean {
    return standInConfig.isPackaged
  }
  isReady(): boolean {
    return this.ready
  }
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyResolvers.push(resolve))
  }
  getAppPath(): string {
    return standInConfig.appPath
  }
  getVersion(): string {
    return standInConfig.version
  }
  getName(): string {
    return 'Terrain'
  }
  getPath(name: string): string {
    return standInConfig.paths[name] ?? refuse(`app.getPath: Failed to get '${name}' path`)
  }
  getLocale(): string {
    // "This API must be called after the ready event is emitted."
    if (!this.ready) broke('app.getLocale called before ready')
    return standInConfig.locale
  }
  requestSingleInstanceLock(): boolean {
    return true
  }
  exit(code = 0): void {
    note(`app.exit(${code})`)
    this.state = 'exited'
    this.exitCode = code
  }

  quit(): void {
    if (this.state !== 'running') return
    note('app.quit')
    const before = cancellable()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return note('quit cancelled by before-quit')
    this.quitting = true
    for (const w of [...openWindows]) w.close()
    if ([...openWindows].some((w) => !w.isDestroyed())) {
      this.quitting = false
      return note('quit cancelled: a window cancelled its close')
    }
    const will = cancellable()
    this.emit('will-quit', will)
    if (will.defaultPrevented) {
      this.quitting = false
      return note('quit cancelled by will-quit')
    }
    this.emit('quit', cancellable(), 0)
    this.state = 'quit'
    this.exitCode = 0
    note('quit')
  }

  /** A window went away: outside a quit, the last one emits window-all-closed. */
  windowGone(): void {
    if (openWindows.size === 0 && !this.quitting && this.state === 'running') this.emit('window-all-closed')
  }

  /** The driver: Electron finished launching. */
  emitReady(): void {
    if (this.ready) refuse('ready emitted twice')
    this.emit('will-finish-launching')
    this.ready = true
    note('ready')
    this.emit('ready', cancellable(), {})
    for (const r of this.readyResolvers.splice(0)) r()
  }

  /** The driver: the dock icon was clicked (macOS). */
  emitActivate(): void {
    this.emit('activate', cancellable(), openWindows.size > 0)
  }
}

export const app = new StandInApp()

/** For modules that Electron lets run only once the app is ready. */
export function requireReady(what: string, words = `${what} cannot be used before the app is ready`): void {
  if (!app.isReady()) refuse(words)
}
