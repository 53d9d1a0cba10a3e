import { requireReady } from './app'
import { note } from './rules'

type PermissionHandler = (
  wc: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (r: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void,
) => void
type RequestListener = (details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void

/** An Electron Session: what the app set on it is kept for the driver to try. */
export class StandInSession {
  permissionRequest: PermissionHandler | null = null
  permissionCheck: ((...args: unknown[]) => boolean) | null = null
  spellChecker = true
  headersReceived: HeadersListener | null = null
  beforeRequest: RequestListener | null = null
  constructor(readonly partition: string) {}
  setPermissionRequestHandler(h: PermissionHandler | null): void {
    this.permissionRequest = h
  }
  setPermissionCheckHandler(h: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheck = h
  }
  setSpellCheckerEnabled(on: boolean): void {
    this.spellChecker = on
  }
  readonly webRequest = {
    onHeadersReceived: (l: HeadersListener | null) => {
      this.headersReceived = l
    },
    onBeforeRequest: (l: RequestListener | null) => {
      this.beforeRequest = l
    },
  }
  on(): this {
    return this
  }
  /** Asks the app's handler, as a page's request for a permission would. */
  askPermission(permission: string): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.permissionRequest) return resolve(true) // Electron grants by default
      this.permissionRequest(null, permission, resolve, {})
    })
  }
}

const partitions = new Map<string, StandInSession>()
const sessionOf = (name: string): StandInSession => {
  let s = partitions.get(name)
  if (!s) partitions.set(name, (s = new StandInSession(name)))
  return s
}

/** Electron's `session`: "can only be used after the ready event". */
export const session = {
  get defaultSession(): StandInSession {
    requireReady('session.defaultSession', 'Session can only be received when app is ready')
    return sessionOf('')
  },
  fromPartition(partition: string): StandInSession {
    requireReady('session.fromPartition', 'Session can only be received when app is ready')
    note(`session partition ${partition}`)
    return sessionOf(partition)
  },
}
