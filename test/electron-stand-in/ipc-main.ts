import { cloneAcrossIpc, refuse } from './rules'

/** The frame a message comes from, as Electron's WebFrameMain shows it. */
export type SenderFrame = { url: string; parent: SenderFrame | null; routingId: number }
type InvokeEvent = { senderFrame: SenderFrame | null; sender: unknown; frameId: number; processId: number }
type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown

const handlers = new Map<string, Handler>()

/** Electron's ipcMain: one handler per channel ("Attempted to register a second handler for ..."). */
export const ipcMain: {
  handle(channel: string, handler: Handler): void
  handleOnce(channel: string, handler: Handler): void
  removeHandler(channel: string): void
  on(): unknown
} = {
  handle(channel: string, handler: Handler): void {
    if (handlers.has(channel)) refuse(`Attempted to register a second handler for '${channel}'`)
    handlers.set(channel, handler)
  },
  handleOnce(channel: string, handler: Handler): void {
    ipcMain.handle(channel, (e, ...args) => {
      handlers.delete(channel)
      return handler(e, ...args)
    })
  },
  removeHandler(channel: string): void {
    handlers.delete(channel)
  },
  on(): unknown {
    return ipcMain
  },
}

export const handledChannels = (): string[] => [...handlers.keys()]

/**
 * An ipcRenderer.invoke as Electron carries it: arguments and result copied by structured clone,
 * the sender frame set by Electron (a page cannot choose it), "No handler registered" otherwise.
 */
export async function invokeFrom(
  frame: SenderFrame | null,
  sender: unknown,
  channel: string,
  args: unknown[],
): Promise<unknown> {
  // A message between processes: main handles it in a later task, never within the page's call.
  await new Promise((r) => setImmediate(r))
  const handler = handlers.get(channel)
  if (!handler)
    throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`)
  const copied = cloneAcrossIpc(args, `ipcRenderer.invoke('${channel}') arguments`)
  const result = await handler({ senderFrame: frame, sender, frameId: frame?.routingId ?? 0, processId: 1 }, ...copied)
  return cloneAcrossIpc(result, `the answer to '${channel}'`)
}
