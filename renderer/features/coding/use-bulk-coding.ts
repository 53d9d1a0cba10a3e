import { useState } from 'react'
import type { BulkCodingResult } from '../../../shared/api/search'
import type { HistoryLabel } from '../../../shared/domain/coding-history'
import { call } from '../../api/client'
import { toApiError, useMutation } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'

/**
 * A bulk coding (code all hits, autocoding) and what it leaves: a status line, and an Undo that
 * takes the whole action back while it is still the last one.
 */
export function useBulkCoding() {
  const { t, tn } = useT()
  const showError = useAppView((s) => s.showError)
  const undo = useMutation('codings.undo')
  const [status, setStatus] = useState<{ message: string; undoable: boolean } | null>(null)
  const [last, setLast] = useState<HistoryLabel | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (write: () => Promise<BulkCodingResult>, doneKey: 'search.done' | 'autocode.done') => {
    setBusy(true)
    try {
      const r = await write()
      setLast(r.history.undo)
      setStatus(
        r.codings === 0
          ? { message: t('search.doneNone'), undoable: false }
          : { message: t(doneKey, { codings: r.codings, spans: r.spans }), undoable: true },
      )
      return r
    } catch (e) {
      showError(toApiError(e).error)
      return null
    } finally {
      setBusy(false)
    }
  }

  const takeBack = async () => {
    try {
      // Undo takes back the last coding action: only ours, if nothing was coded since.
      const { undo: now } = await call('codings.history', {})
      if (!now || now.id !== last?.id) {
        setStatus((s) => s && { ...s, undoable: false })
        return
      }
      const step = await undo({})
      setStatus({ message: tn('search.undone', step.label.count), undoable: false })
    } catch (e) {
      showError(toApiError(e).error)
    }
  }

  return { status, busy, run, takeBack, clear: () => setStatus(null) }
}
