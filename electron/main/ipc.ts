import { ipcMain, type BrowserWindow } from 'electron'
import { CALL_NAMES, channelOf, type EventName } from '../../shared/api/names'
import { isTrustedSender } from '../core/security/trusted-sender'
import { relayCall, type Relay } from '../core/worker/relay-call'

const refused = (message: string) => JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message } })

/** The core's events, sent to the window. */
export const sendToWindow =
  (window: () => BrowserWindow | null) =>
  (event: EventName, payload: unknown): void =>
    window()?.webContents.send(channelOf(event), payload)

/**
 * Registers every contract call on ipcMain; the channel list comes from the contract alone. Main
 * checks who calls and which file they name, then relays (relay-call.ts): the core runs in its
 * own thread, and the answer crosses as JSON that only the preload parses.
 */
export function registerContract(relay: Relay, rendererUrl: () => string): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, rendererUrl()))
        return refused('Calls are accepted from Terrain’s own window only.')
      return relayCall(relay, name, input)
    })
  }
}
