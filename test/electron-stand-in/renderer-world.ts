import fs from 'node:fs'
import vm from 'node:vm'
import events from 'node:events'
import timers from 'node:timers'
import url from 'node:url'
import { invokeFrom, type SenderFrame } from './ipc-main'
import { broke, cloneAcrossIpc, refuse } from './rules'

type Listener = (event: unknown, ...args: unknown[]) => void

/**
 * One page of a window: its main world (what contextBridge exposed) and the sandboxed preload's
 * ipcRenderer. A sandboxed preload is a CommonJS script whose require knows only the modules the
 * Electron documentation lists: electron (its renderer modules), events, timers and url.
 */
export class RendererWorld {
  readonly mainWorld: Record<string, unknown> = {}
  private readonly listeners = new Map<string, Set<Listener>>()

  constructor(
    readonly frame: SenderFrame,
    private readonly sender: unknown,
  ) {}

  runSandboxedPreload(file: string): void {
    const source = fs.readFileSync(file, 'utf8')
    const electronForRenderer = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          if (key in this.mainWorld) refuse(`contextBridge.exposeInMainWorld: '${key}' is already exposed`)
          this.mainWorld[key] = api
        },
      },
      ipcRenderer: this.ipcRenderer(),
      webFrame: {},
      crashReporter: {},
      nativeImage: {},
      webUtils: {},
    }
    const allowed: Record<string, unknown> = { electron: electronForRenderer, events, timers, url }
    const require = (id: string): unknown => {
      if (id in allowed) return allowed[id]
      return refuse(
        `sandboxed preload: module not found: ${id} (a sandboxed preload may require only electron, events, timers, url)`,
      )
    }
    const module = { exports: {} as unknown }
    // A fresh context: the preload sees no Node globals beyond what the sandbox polyfills.
    const context = vm.createContext({ console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask })
    let wrapped: (...args: unknown[]) => void
    try {
      wrapped = new vm.Script(`(function (exports, require, module) {${source}\n})`, { filename: file }).runInContext(
        context,
      ) as typeof wrapped
    } catch (e) {
      return refuse(`sandboxed preload: not a CommonJS script (${(e as Error).message})`)
    }
    wrapped(module.exports, require, module)
  }

  private ipcRenderer() {
    return {
      invoke: (channel: string, ...args: unknown[]) => invokeFrom(this.frame, this.sender, channel, args),
      on: (channel: string, listener: Listener) => {
        let set = this.listeners.get(channel)
        if (!set) this.listeners.set(channel, (set = new Set()))
        set.add(listener)
      },
      removeListener: (channel: string, listener: Listener) => {
        this.listeners.get(channel)?.delete(listener)
      },
      send: () => broke('the preload used ipcRenderer.send: the app answers invoke only'),
    }
  }

  /** webContents.send from main: the payload is cloned, then every listener of the channel hears it. */
  deliver(channel: string, args: unknown[]): void {
    const copied = cloneAcrossIpc(args, `webContents.send('${channel}')`)
    // Delivered in a later task of the page, as a message between processes is.
    setImmediate(() => {
      for (const l of this.listeners.get(channel) ?? []) l({ sender: null }, ...copied)
    })
  }
}
