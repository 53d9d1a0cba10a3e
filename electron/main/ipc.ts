import { ipcMain, type BrowserWindow } from 'electron'
import { CALL_NAMES, channelOf } from '../../shared/api/names'
import { dispatch } from '../core/handlers/dispatch'
import type { Handlers, HandlerContext } from '../core/handlers/handler'
import { isTrustedSender } from '../core/security/trusted-sender'
import { knownEngagements, mayNameFile, type PathGrants } from '../core/security/path-grants'
import type { Session } from '../core/session'

const refused = (message: string) => ({ ok: false as const, error: { code: 'FORBIDDEN' as const, message } })

/** Registers every contract call on ipcMain; the channel list comes from the contract alone. */
export function registerContract(
  handlers: Handlers,
  session: Session,
  grants: PathGrants,
  window: () => BrowserWindow | null,
  rendererUrl: () => string,
): void {
  const ctx: HandlerContext = {
    emit: (event, payload) => window()?.webContents.send(channelOf(event), payload),
    changes: () => session.takeChanges(),
  }
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, rendererUrl()))
        return refused('Calls are accepted from Terrain’s own window only.')
      // The page may only name files the user chose in a dialog for this call (or the recent list, to open).
      if (!mayNameFile(name, input, grants, knownEngagements(session)))
        return refused('This file was not chosen by the user for this.')
      return dispatch(handlers, name, input, ctx, (call, error) =>
        console.error(`Terrain: ${call} output drifted from the contract`, error),
      )
    })
  }
}
