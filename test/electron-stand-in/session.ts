import { requireReady } from './app'
import { defaultProtocol, StandInProtocol } from './protocol'
import { note, refuse } from './rules'

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
type RequestDetails = { url: string; method: string; resourceType: string }
type RequestListener = (details: RequestDetails, callback: (r: { cancel?: boolean }) => void) => void
type PermissionCheck = (wc: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean

/** What a request of a page of this session came to: refused by the app's filter, or its handler's answer. */
export type RequestOutcome = { blocked: true } | { blocked: false; response: Response | null }

/** An Electron Session: what the app set on it is kept for the driver to try. */
export class StandInSession {
  permissionRequest: PermissionHandler | null = null
  permissionCheck: PermissionCheck | null = null
  spellChecker = true
  headersReceived: HeadersListener | null = null
  beforeRequest: RequestListener | null = null
  readonly protocol: StandInProtocol
  constructor(readonly partition: string) {
    this.protocol = partition === '' ? defaultProtocol : new StandInProtocol(`session('${partition}').protocol`)
  }
  setPermissionRequestHandler(h: PermissionHandler | null): void {
    this.permissionRequest = h
  }
  setPermissionCheckHandler(h: PermissionCheck | null): void {
    this.permissionCheck = h
  }
  setSpellCheckerEnabled(on: boolean): void {
    this.spellChecker = on
  }
  readonly webRequest = {
    onHeadersReceived: (l: HeadersListener | null) => {
      this.headersReceived = l
    },
    onBeforeRequest: (...args: [RequestListener | null] | [unknown, RequestListener | null]) => {
      // Electron also takes a filter of URL patterns first; the stand-in models the listener for every URL.
      if (args.length === 2) refuse('stand-in: webRequest filters are not modelled; pass the listener alone')
      this.beforeRequest = args[0] as RequestListener | null
    },
  }
  on(): this {
    return this
  }
  /** A page's request, as Chromium makes it: the app's onBeforeRequest first, then this session's protocol. */
  async request(url: string, resourceType = 'mainFrame'): Promise<RequestOutcome> {
    const listener = this.beforeRequest
    if (listener) {
      const cancel = await new Promise<boolean>((resolve) =>
        listener({ url, method: 'GET', resourceType }, (r) => resolve(r.cancel === true)),
      )
      if (cancel) return { blocked: true }
    }
    // data: never reaches a protocol handler; a URL of another scheme would go to the network.
    return { blocked: false, response: url.startsWith('data:') ? null : await this.protocol.fetch(url) }
  }
  /** Asks the app's check, as a page's synchronous permission query would (Electron grants without one). */
  checkPermission(permission: string): boolean {
    return this.permissionCheck ? this.permissionCheck(null, permission, '', {}) : true
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
