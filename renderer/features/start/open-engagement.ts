import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'

/** Runs an action that opens an engagement, and shows it or the error. */
export async function openWith(
  action: () => Promise<Awaited<ReturnType<typeof call<'engagement.open'>>>>,
): Promise<void> {
  const view = useAppView.getState()
  try {
    view.setOpen(await action())
  } catch (e) {
    view.showError(toApiError(e).error)
  }
}

export const openPath = (path: string) => openWith(() => call('engagement.open', { path }))

export const openChosenFile = () =>
  openWith(async () => {
    const { path } = await call('files.chooseExisting', {})
    return call('engagement.open', { path })
  })
