import { call } from '../../api/client'
import { useAutosave } from '../../components/use-autosave'

/** The queue's key for the interview's free notes (the answers' keys are question ids). */
const NOTES = 'notes'

/**
 * Writes an answer (or the free notes) shortly after the last keystroke, and at once when asked (question change,
 * blur, window close): a word typed more than a second ago is on disk.
 */
export function useAnswerAutosave(interviewId: string) {
  const autosave = useAutosave<string, string>((key, text) =>
    key === NOTES
      ? call('interviews.saveNotes', { interviewId, notes: text }, { quiet: true })
      : call('interviews.saveAnswer', { interviewId, questionId: key, text }, { quiet: true }),
  )
  return {
    change: autosave.change,
    changeNotes: (text: string) => autosave.change(NOTES, text),
    flush: autosave.flush,
  }
}
