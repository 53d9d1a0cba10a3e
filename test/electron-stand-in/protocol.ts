import { app, requireReady } from './app'
import { broke, note, refuse } from './rules'

type Handler = (request: Request) => Response | Promise<Response>
type Scheme = { scheme: string; privileges?: { standard?: boolean; secure?: boolean } }

const privileged = new Map<string, Scheme>()
const handlers = new Map<string, Handler>()
let schemesRegistered = false

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
  handle(scheme: string, handler: Handler): void {
    requireReady('protocol.handle')
    if (handlers.has(scheme)) refuse(`protocol.handle: the scheme '${scheme}' is already handled`)
    if (!['http', 'https', 'file'].includes(scheme) && !privileged.get(scheme)?.privileges?.standard)
      broke(
        `protocol.handle('${scheme}'): the scheme is not registered as standard, so its URLs have no host and relative URLs break`,
      )
    handlers.set(scheme, handler)
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme)
  },
  isProtocolHandled(scheme: string): boolean {
    return handlers.has(scheme)
  },
}

/** What a page's request through a custom scheme gets; a handler must answer a Response. */
export async function fetchThroughProtocol(url: string): Promise<Response | null> {
  const scheme = new URL(url).protocol.slice(0, -1)
  const handler = handlers.get(scheme)
  if (!handler) return null
  const response = await handler(new Request(url))
  if (!(response instanceof Response))
    refuse(`protocol handler for ${scheme}: answered something that is not a Response`)
  return response
}
