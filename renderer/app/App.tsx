import { useEffect } from 'react'
import { call, onEvent } from '../api/client'
import { runMenuCommand } from '../stores/menu-command'
import { toApiError } from '../api/use-call'
import { useAppView } from '../stores/app-view'
import { usePendingWrites } from '../stores/pending-writes'
import { useLanguage } from '../i18n/language-store'
import { StartScreen } from '../features/start'
import { Workspace } from './Workspace'
import { ErrorBanner } from '../components/ErrorBanner'
import { JobProgress } from '../components/JobProgress'
import { UnlockDialog } from '../features/encryption'

/** Set once the app has shown a first-time user the demo engagement. */
const FIRST_RUN_KEY = 'terrain.firstRunDone'

export function App() {
  const open = useAppView((s) => s.open)
  const setOpen = useAppView((s) => s.setOpen)
  const showError = useAppView((s) => s.showError)

  useEffect(() => {
    // After a reload the main process may still hold an engagement open: show it again. On the
    // very first start, show a living engagement: the demo, in the interface's language.
    const firstRun = localStorage.getItem(FIRST_RUN_KEY) === null
    localStorage.setItem(FIRST_RUN_KEY, new Date().toISOString())
    call('engagement.current', {})
      .then(
        (current) =>
          current ?? (firstRun ? call('engagement.openDemo', { language: useLanguage.getState().tr.lang }) : null),
      )
      .then(
        (summary) => summary && setOpen(summary),
        (e: unknown) => showError(toApiError(e).error),
      )
  }, [setOpen, showError])

  useEffect(() => onEvent('menu.command', ({ command }) => runMenuCommand(command)), [])

  // Autosave's last line: write what is pending when the window closes or the page goes away.
  useEffect(() => {
    const flushAll = usePendingWrites.getState().flushAll
    const offClose = onEvent('app.flushRequested', () => void flushAll().finally(() => call('app.flushed', {})))
    const onHide = () => void flushAll()
    window.addEventListener('pagehide', onHide)
    window.addEventListener('blur', onHide)
    return () => {
      offClose()
      window.removeEventListener('pagehide', onHide)
      window.removeEventListener('blur', onHide)
    }
  }, [])

  return (
    <>
      <ErrorBanner />
      <JobProgress />
      {open ? <Workspace /> : <StartScreen />}
      <UnlockDialog />
    </>
  )
}
