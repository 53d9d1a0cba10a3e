import { useEffect } from 'react'
import { call } from '../api/client'
import { toApiError } from '../api/use-call'
import { useAppView } from '../stores/app-view'
import { StartScreen } from '../features/start/StartScreen'
import { Workspace } from './Workspace'
import { ErrorBanner } from '../components/ErrorBanner'
import { JobProgress } from '../components/JobProgress'

export function App() {
  const open = useAppView((s) => s.open)
  const setOpen = useAppView((s) => s.setOpen)
  const showError = useAppView((s) => s.showError)

  // After a reload the main process may still hold an engagement open: show it again.
  useEffect(() => {
    call('engagement.current', {}).then(
      (current) => current && setOpen(current),
      (e: unknown) => showError(toApiError(e).error),
    )
  }, [setOpen, showError])

  return (
    <>
      <ErrorBanner />
      <JobProgress />
      {open ? <Workspace /> : <StartScreen />}
    </>
  )
}
