import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useUnlock } from '../encryption'

/**
 * Runs an action that opens an engagement, and shows it or the error; an encrypted one asks for
 * its passphrase (unless this computer keeps it).
 */
export async function openWith(
  action: () => Promise<Awaited<ReturnType<typeof call<'engagement.open'>>>>,
  path?: () => string | undefined,
): Promise<void> {
  const view = useAppView.getState()
  try {
    view.setOpen(await action())
  } catch (e) {
    const error = toApiError(e).error
    const file = path?.()
    if (error.code === 'ENCRYPTED' && file) useUnlock.getState().ask(file)
    else view.showError(error)
  }
}

export const openPath = (path: string) =>
  openWith(
    () => call('engagement.open', { path }),
    () => path,
  )

export const openChosenFile = () => {
  let chosen: string | undefined
  return openWith(
    async () => {
      const { path } = await call('files.chooseExisting', {})
      chosen = path
      return call('engagement.open', { path })
    },
    () => chosen,
  )
}
