import { useEffect, useMemo, useRef, useState } from 'react'
import { call } from '../../api/client'
import { toApiError, useCall } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useLiveInterview } from '../../stores/live-interview'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import type { ClosedValue } from '../../../shared/domain/interview'
import { useAnswerAutosave } from './use-answer-autosave'
import { ClosedQuestion } from './ClosedQuestion'
import { closedAfterKey } from '../../../shared/domain/closed-answer-keys'
import { HelpOverlay } from './HelpOverlay'
import { Clock } from './Clock'
import { AnswerTagsStrip, TagPrompt } from './AnswerTags'
import { FinishDialog } from './FinishDialog'
import { useInterviewClock } from './use-interview-clock'
import { withClientName } from '../../../shared/domain/brand-placeholder'
import { codesForGroup } from '../../../shared/domain/codes-for-group'

/**
 * One interview, one question at a time: consent first, then each question with its probes, a
 * large answer box saved as the consultant types, closed questions answered from the keyboard.
 */
export function LiveInterview({ interviewId }: { interviewId: string }) {
  const { t, lang, date } = useT()
  const live = useCall('interviews.live', { interviewId })
  const guides = useCall('guides.list', {})
  const respondents = useCall('respondents.list', {})
  const run = useLiveInterview((s) => s.run)
  const showError = useAppView((s) => s.showError)
  const saving = useAppView((s) => s.saving)
  const autosave = useAnswerAutosave(interviewId)
  const [index, setIndex] = useState(0)
  const [answers, setAnswers] = useState<Record<string, string> | null>(null)
  const [closed, setClosed] = useState<Record<string, ClosedValue>>({})
  const [consented, setConsented] = useState(false)
  const [help, setHelp] = useState(false)
  const [questionSince, setQuestionSince] = useState(() => Date.now())
  const box = useRef<HTMLTextAreaElement>(null)
  const codebook = useCall('codebook.get', {})
  const tags = useCall('interviews.tags', { interviewId })
  const [tagging, setTagging] = useState(false)
  const [notice, setNotice] = useState('')
  const [notes, setNotes] = useState<string | null>(null)
  const notesBox = useRef<HTMLTextAreaElement>(null)
  const consentButton = useRef<HTMLButtonElement>(null)
  const [confirmFinish, setConfirmFinish] = useState(false)

  const interview = live.data?.interview
  const guide = guides.data?.find((g) => g.id === interview?.guideId)
  const respondent = respondents.data?.find((r) => r.id === interview?.respondentId)
  const questions = useMemo(() => guide?.questions ?? [], [guide])
  const q = questions[index]
  const client = useAppView((s) => s.open?.info.client ?? '')
  const aloud = (text: string) => withClientName(text, client)
  // Ctrl+T offers the codes of this respondent's group, the question's expected ones first.
  const taggable =
    codebook.data && respondent
      ? codesForGroup(respondent.group, codebook.data.codes, codebook.data.families, q?.expectedCodes)
      : []
  // A finished interview opens for review: every answer, closed answers and notes, corrected with
  // the same autosave; no consent screen, no clock, and leaving does not finish it again.
  const reviewing = interview?.status === 'completed' || interview?.status === 'imported'
  const clockSince = useInterviewClock(interviewId, interview?.activeMs, !!interview && !reviewing)
  const unanswered = questions
    .map((x, n) => ({ q: x, n }))
    .filter(({ q: x }) => (answers?.[x.id] ?? '').trim() === '' && !closed[x.id])

  useEffect(() => {
    // Once both the saved answers and the guide are here: resume on the first question not answered.
    if (!live.data || !guide || answers !== null) return
    setAnswers(live.data.answers)
    setClosed(live.data.closed)
    const done = live.data.interview.status === 'completed' || live.data.interview.status === 'imported'
    setConsented(live.data.interview.consentGiven || done)
    setNotes(live.data.interview.notes)
    const firstOpen = guide.questions.findIndex((x) => !(live.data!.answers[x.id] ?? live.data!.closed[x.id]))
    setIndex(firstOpen < 0 || done ? 0 : firstOpen)
  }, [live.data, guide, answers])

  const go = (next: number) => {
    if (next < 0 || next >= questions.length) return
    void autosave.flush()
    setIndex(next)
    setNotice('')
    setQuestionSince(Date.now())
  }
  const consent = async () => {
    try {
      await call('interviews.consent', { interviewId })
      setConsented(true)
      setQuestionSince(Date.now())
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  const leave = () =>
    void autosave.flush().then(() => {
      run(null)
    })
  /** Finishing asks first when questions are left unanswered (unless the consultant said so). */
  const finish = async (anyway = false) => {
    if (reviewing) return leave()
    if (!anyway && unanswered.length > 0) return setConfirmFinish(true)
    setConfirmFinish(false)
    try {
      await autosave.flush()
      await call('interviews.finish', { interviewId })
      run(null)
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  const answerClosed = async (key: string, shift: boolean) => {
    if (!q || q.type === 'open') return false
    const value = closedAfterKey(q, closed[q.id], key, shift)
    if (!value) return false
    setClosed({ ...closed, [q.id]: value })
    try {
      await call('interviews.saveClosed', { interviewId, questionId: q.id, value })
    } catch (e) {
      showError(toApiError(e).error)
    }
    return true
  }

  /** The selection in the answer box, or the whole answer (start = end), saved first so offsets match. */
  const markAnswer = async (mark: (span: { start: number; end: number }) => Promise<string>) => {
    if (!q || q.type !== 'open') return
    const start = box.current?.selectionStart ?? 0
    const end = box.current?.selectionEnd ?? 0
    if ((answers?.[q.id] ?? '').trim() === '') {
      setNotice(t('live.emptyAnswer'))
      return
    }
    try {
      await autosave.flush()
      setNotice(await mark(start === end ? { start: 0, end: 0 } : { start, end }))
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const markKeyVerbatim = () =>
    markAnswer(async (span) => {
      const r = await call('interviews.toggleKeyVerbatim', { interviewId, questionId: q!.id, ...span })
      return t(r.marked ? 'live.markedKey' : 'live.unmarkedKey', { text: r.text })
    })
  const tagWith = (key: string) => {
    const code = taggable.find((c) => c.shortcut === key.toLowerCase())
    if (!code) return
    void markAnswer(async (span) => {
      const coding = await call('interviews.quickTag', { interviewId, questionId: q!.id, codeId: code.id, ...span })
      return t('live.taggedWith', { code: code.key, text: coding.text })
    })
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Nothing is read from the keyboard before the interview is loaded (an early Enter would
      // give consent that the loading then overwrites), and a dialog open over it has the keyboard.
      if (answers === null) return
      if (confirmFinish || help) {
        if (help && (e.key === 'F1' || (e.ctrlKey && e.key === '/'))) {
          e.preventDefault()
          setHelp(false)
        }
        return
      }
      if (tagging) {
        // The key after Ctrl+T names the code; nothing is typed into the answer meanwhile.
        e.preventDefault()
        if (e.key === 'Escape' || e.key.length === 1) setTagging(false)
        if (e.key.length === 1 && !e.ctrlKey && !e.altKey) tagWith(e.key)
        return
      }
      if (consented && e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'n') {
        e.preventDefault()
        if (document.activeElement === notesBox.current) box.current?.focus()
        else notesBox.current?.focus()
        return
      }
      // In the notes every plain key is text, and the marks apply to the answer only.
      const inNotes = e.target === notesBox.current
      if (consented && !inNotes && q?.type === 'open' && e.ctrlKey && !e.shiftKey && !e.altKey) {
        const k = e.key.toLowerCase()
        if (k === 'k' || k === 't') {
          e.preventDefault()
          if (k === 'k') void markKeyVerbatim()
          else setTagging(true)
          return
        }
      }
      if (e.key === 'F1' || (e.ctrlKey && e.key === '/')) {
        e.preventDefault()
        setHelp((h) => !h)
        return
      }
      if (!consented) {
        // Enter gives consent from the consent screen itself, never from another button (Leave, Help).
        const onOtherControl =
          e.target instanceof HTMLElement &&
          e.target !== consentButton.current &&
          e.target.closest('button, a, input, select, textarea')
        if (e.key === 'Enter' && !onOtherControl) {
          e.preventDefault()
          void consent()
        }
        return
      }
      const next = (e.ctrlKey && e.key === 'Enter') || (e.altKey && e.key === 'ArrowRight')
      const previous = e.altKey && e.key === 'ArrowLeft'
      if (next || previous) {
        e.preventDefault()
        go(index + (next ? 1 : -1))
        return
      }
      if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'f') {
        e.preventDefault()
        void finish()
        return
      }
      // Closed questions take plain keys; in an answer box every key is text.
      if (q && !inNotes && q.type !== 'open' && !e.ctrlKey && !e.altKey && !e.metaKey && e.key.length === 1) {
        e.preventDefault()
        void answerClosed(e.key, e.shiftKey)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  useEffect(() => {
    if (consented && q?.type === 'open') box.current?.focus()
  }, [consented, q])

  if (!interview || !guide || answers === null) return <p className="muted">…</p>
  return (
    <div className="live">
      <header className="live-header">
        <div className="live-who">
          <strong className="mono">{respondent?.code}</strong>
          {respondent && <GroupBadge group={respondent.group} />}
          <span className="muted">{guide.name[lang]}</span>
        </div>
        <div className="live-clocks">
          {reviewing ? (
            <span className="review-state" title={t('lifecycle.reviewHint')}>
              {t('lifecycle.reviewing', { date: date(interview.endedAt ?? interview.startedAt) })}
            </span>
          ) : (
            <>
              {clockSince !== null && <Clock label={t('live.total')} since={clockSince} />}
              {consented && <Clock label={t('live.onQuestion')} since={questionSince} />}
            </>
          )}
          <span className={`save-state ${saving}`}>{saving === 'saving' ? t('live.saving') : t('live.saved')}</span>
        </div>
        <div className="live-actions">
          <button type="button" className="button ghost" data-opens="HelpOverlay" onClick={() => setHelp(true)}>
            {t('live.help')} <kbd>F1</kbd>
          </button>
          <button type="button" className={reviewing ? 'button primary' : 'button ghost'} onClick={leave}>
            {reviewing ? t('lifecycle.doneReviewing') : t('live.leave')}
          </button>
        </div>
      </header>

      {!consented ? (
        <section className="live-consent card">
          <h2>{t('live.consentTitle')}</h2>
          <p className="consent-text">{aloud(guide.consent[lang])}</p>
          <p className="muted">{t('live.consentHint')}</p>
          <button ref={consentButton} type="button" className="button primary" autoFocus onClick={() => void consent()}>
            {t('live.consentGiven')} <kbd>{t('key.enter')}</kbd>
          </button>
        </section>
      ) : (
        q && (
          <section className="live-question" aria-label={t('live.question', { n: index + 1, total: questions.length })}>
            <div className="live-progress muted">{t('live.question', { n: index + 1, total: questions.length })}</div>
            <h2 className="live-text">{aloud(q.text[lang])}</h2>
            {q.probes[lang].length > 0 && (
              <ul className="probes" aria-label={t('live.probes')}>
                {q.probes[lang].map((p) => (
                  <li key={p}>{aloud(p)}</li>
                ))}
              </ul>
            )}
            {q.type === 'open' ? (
              <textarea
                ref={box}
                className="live-answer"
                aria-label={t('live.answer')}
                value={answers[q.id] ?? ''}
                onChange={(e) => {
                  setAnswers({ ...answers, [q.id]: e.target.value })
                  autosave.change(q.id, e.target.value)
                }}
                onBlur={() => void autosave.flush()}
              />
            ) : (
              <ClosedQuestion q={q} value={closed[q.id]} />
            )}
            {q.type === 'open' && tagging && <TagPrompt codes={taggable} />}
            {q.type === 'open' && <AnswerTagsStrip tags={tags.data?.[q.id]} notice={notice} />}
            <footer className="live-nav">
              <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)}>
                {t('live.previous')} <kbd>Alt ←</kbd>
              </button>
              {index < questions.length - 1 ? (
                <button type="button" className="button primary" onClick={() => go(index + 1)}>
                  {t('live.next')} <kbd>Ctrl ↵</kbd>
                </button>
              ) : (
                <button type="button" className="button primary" onClick={() => void finish()}>
                  {reviewing ? t('lifecycle.doneReviewing') : t('live.finish')}
                </button>
              )}
            </footer>
          </section>
        )
      )}
      {consented && notes !== null && (
        <label className="live-notes">
          <span>
            {t('live.notes')} <kbd>{`Ctrl ${t('key.shift')} N`}</kbd>
          </span>
          <textarea
            ref={notesBox}
            rows={3}
            value={notes}
            onChange={(e) => {
              setNotes(e.target.value)
              autosave.changeNotes(e.target.value)
            }}
            onBlur={() => void autosave.flush()}
          />
        </label>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      {confirmFinish && (
        <FinishDialog
          unanswered={unanswered.map(({ q: x, n }) => ({ n: n + 1, text: x.text[lang] }))}
          onFinish={() => void finish(true)}
          onBack={(n) => {
            setConfirmFinish(false)
            go(n - 1)
          }}
          onClose={() => setConfirmFinish(false)}
        />
      )}
    </div>
  )
}
