import { useState } from 'react'
import type { CallError } from '../../shared/api/call'
import { useAppView } from '../stores/app-view'
import { toApiError } from './use-call'

/**
 * A file import started from a button, all or nothing: what it wrote, said in one line; a refusal
 * with problems by line shown where the import is; any other error in the window's banner.
 */
export function useFileImport() {
  const showError = useAppView((s) => s.showError)
  const [done, setDone] = useState<string | null>(null)
  const [refused, setRefused] = useState<CallError | null>(null)
  /** `importFile` says what it wrote, or null when it wrote nothing yet (a dialog takes over). */
  const run = async (importFile: () => Promise<string | null>) => {
    setDone(null)
    setRefused(null)
    try {
      const message = await importFile()
      if (message === null) return
      setDone(message)
    } catch (e) {
      const error = toApiError(e).error
      if (error.problems?.length) setRefused(error)
      else showError(error)
    }
  }
  return { done, refused, run }
}
