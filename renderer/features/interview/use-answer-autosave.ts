import { useRef } from 'react'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useFlushOnLeave } from '../../stores/pending-writes'
import { ANSWER_AUTOSAVE_MS } from '../../../shared/domain/autosave'

/**
 * Writes an answer shortly after the last keystroke, and at once when asked (question change,
 * blur, window close): a word typed more than a second ago is on disk.
 */
export function useAnswerAutosave(interviewId: string) {
  const setSaving = useAppView((s) => s.setSaving)
  const showError = useAppView((s) => s.showError)
  const pending = useRef(new Map<string, string>())
  const timer = useRef<number | undefined>(undefined)

  const flush = useRef(async () => {})
  flush.current = async () => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    const batch = [...pending.current.entries()]
    pending.current.clear()
    try {
      for (const [questionId, text] of batch) await call('interviews.saveAnswer', { interviewId, questionId, text })
      if (pending.current.size === 0) setSaving('saved')
    } catch (e) {
      showError(toApiError(e).error)
    }
  }

  useFlushOnLeave(flush)

  return {
    change(questionId: string, text: string) {
      pending.current.set(questionId, text)
      setSaving('saving')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void flush.current(), ANSWER_AUTOSAVE_MS)
    },
    flush: () => flush.current(),
  }
}
