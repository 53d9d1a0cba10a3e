import { useEffect } from 'react'
import type { HistoryLabel } from '../../../shared/domain/coding-history'
import { call } from '../../api/client'
import { toApiError, useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'

/**
 * Undo and redo of coding actions, by button or Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) anywhere in the
 * workbench but in a text field or while the document's text is being edited (text has its own undo).
 */
export function HistoryButtons() {
  const { t } = useT()
  const state = useCall('codings.history', {}).data
  const showError = useAppView((s) => s.showError)
  const labelOf = (l: HistoryLabel) => t(`coding.history.${l.action}`, { n: l.count })

  const run = (name: 'codings.undo' | 'codings.redo') =>
    call(name, {}).catch((e: unknown) => {
      const err = toApiError(e).error
      if (err.code !== 'NOTHING_TO_UNDO') showError(err)
    })

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const target = e.target as HTMLElement
      if (target.closest('input, textarea, select, .coder-editor.editing')) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) void run('codings.undo')
      else if ((key === 'z' && e.shiftKey) || key === 'y') void run('codings.redo')
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  return (
    <span className="history-buttons">
      <button
        type="button"
        className="button ghost"
        disabled={!state?.undo}
        title={state?.undo ? labelOf(state.undo) : t('coding.nothingToUndo')}
        onClick={() => void run('codings.undo')}
      >
        {t('coding.undo')}
      </button>
      <button
        type="button"
        className="button ghost"
        disabled={!state?.redo}
        title={state?.redo ? labelOf(state.redo) : t('coding.nothingToRedo')}
        onClick={() => void run('codings.redo')}
      >
        {t('coding.redo')}
      </button>
    </span>
  )
}
