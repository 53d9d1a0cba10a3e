import { app, requireReady } from './app'
import { broke, note, refuse } from './rules'

type Handler = (request: Request) => Response | Promise<Response>
type Scheme = { scheme: string; privileges?: { standard?: boolean; secure?: boolean } }

const privileged = new Map<string, Scheme>()
let schemesRegistered = false

/**
 * A session's protocol handlers ("A protocol is registered to a specific Electron session object"):
 * only after ready, once per scheme, and a scheme other than http, https or file must have been
 * registered as standard, or its URLs have no host.
 */
export class StandInProtocol {
  private readonly handlers = new Map<string, Handler>()
  constructor(private readonly owner: string) {}

  handle(scheme: string, handler: Handler): void {
    requireReady(`${this.owner}.handle`)
    if (this.handlers.has(scheme)) refuse(`${this.owner}.handle: the scheme '${scheme}' is already handled`)
    if (!['http', 'https', 'file'].includes(scheme) && !privileged.get(scheme)?.privileges?.standard)
      broke(
        `${this.owner}.handle('${scheme}'): the scheme is not registered as standard, so its URLs have no host and relative URLs break`,
      )
    this.handlers.set(scheme, handler)
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme)
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }

  /** What a page's request through a custom scheme gets; a handler must answer a Response. */
  async fetch(url: string): Promise<Response | null> {
    const scheme = new URL(url).protocol.slice(0, -1)
    const handler = this.handlers.get(scheme)
    if (!handler) return null
    const response = await handler(new Request(url))
    if (!(response instanceof Response))
      refuse(`protocol handler for ${scheme}: answered something that is not a Response`)
    return response
  }
}

/** The default session's handlers: what Electron's `protocol` module registers. */
export const defaultProtocol = new StandInProtocol('protocol')

/**
 * Electron's `protocol`: "registerSchemesAsPrivileged can only be used before the ready event of
 * the app module gets emitted and can be called only once"; the other methods only after ready.
 */
export const protocol = {
  registerSchemesAsPrivileged(schemes: Scheme[]): void {
    if (app.isReady()) broke('protocol.registerSchemesAsPrivileged called after ready (it has no effect then)')
    if (schemesRegistered)
      broke('protocol.registerSchemesAsPrivileged called more than once (only the last call counts)')
    schemesRegistered = true
    for (const s of schemes) privileged.set(s.scheme, s)
    note(`schemes registered: ${schemes.map((s) => s.scheme).join(', ')}`)
  },
  handle: (scheme: string, handler: Handler): void => defaultProtocol.handle(scheme, handler),
  unhandle: (scheme: string): void => defaultProtocol.unhandle(scheme),
  isProtocolHandled: (scheme: string): boolean => defaultProtocol.isProtocolHandled(scheme),
}

/** What a page of the default session gets from a request through a custom scheme. */
export function fetchThroughProtocol(url: string): Promise<Response | null> {
  return defaultProtocol.fetch(url)
}
