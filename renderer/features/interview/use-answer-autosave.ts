import { useRef } from 'react'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useFlushOnLeave } from '../../stores/pending-writes'
import { ANSWER_AUTOSAVE_MS } from '../../../shared/domain/autosave'

/** The queue's key for the interview's free notes (the answers' keys are question ids). */
const NOTES = 'notes'

/**
 * Writes an answer (or the free notes) shortly after the last keystroke, and at once when asked (question change,
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
      for (const [key, text] of batch) {
        if (key === NOTES) await call('interviews.saveNotes', { interviewId, notes: text })
        else await call('interviews.saveAnswer', { interviewId, questionId: key, text })
      }
      if (pending.current.size === 0) setSaving('saved')
    } catch (e) {
      showError(toApiError(e).error)
    }
  }

  useFlushOnLeave(flush)

  const change = (key: string, text: string) => {
    pending.current.set(key, text)
    setSaving('saving')
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush.current(), ANSWER_AUTOSAVE_MS)
  }
  return {
    change,
    changeNotes: (text: string) => change(NOTES, text),
    flush: () => flush.current(),
  }
}
