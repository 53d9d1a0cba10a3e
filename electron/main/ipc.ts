import { ipcMain, type BrowserWindow } from 'electron'
import { CALL_NAMES, channelOf } from '../../shared/api/names'
import { dispatch } from '../core/handlers/dispatch'
import type { Handlers, HandlerContext } from '../core/handlers/handler'
import { isTrustedSender } from './security'

/** Registers every contract call on ipcMain; the channel list comes from the contract alone. */
export function registerContract(
  handlers: Handlers,
  window: () => BrowserWindow | null,
  rendererUrl: () => string,
): void {
  const ctx: HandlerContext = {
    emit: (event, payload) => window()?.webContents.send(channelOf(event), payload),
  }
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, rendererUrl())) {
        return {
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'Calls are accepted from Terrain’s own window only.' },
        }
      }
      return dispatch(handlers, name, input, ctx)
    })
  }
}
