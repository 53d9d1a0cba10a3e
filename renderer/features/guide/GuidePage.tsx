import { useEffect, useRef, useState } from 'react'
import { toApiError, useCall, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import type { Guide, Question } from '../../../shared/domain/guide'
import { QuestionCard, type QuestionActions } from './QuestionCard'
import { QuestionDialog } from './QuestionDialog'
import { DuplicateGuideDialog } from './DuplicateGuideDialog'
import './guide.css'

/** The interview guides of the engagement, one per group, to read and to adapt before the interviews. */
export function GuidePage() {
  const { t, tn } = useT()
  const guides = useCall('guides.list', {})
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editing, setEditing] = useState<Question | 'new' | null>(null)
  const [duplicating, setDuplicating] = useState(false)
  const list = guides.data ?? []
  const guide = list.find((g) => g.id === selectedId) ?? list[0]
  return (
    <div className="split">
      <aside className="list-pane">
        <ul className="select-list">
          {list.map((g) => (
            <li key={g.id}>
              <button
                type="button"
                aria-current={g.id === guide?.id ? 'true' : undefined}
                onClick={() => setSelectedId(g.id)}
              >
                <GuideName guide={g} />
                <span className="muted">{tn('guide.questions', g.questions.length)}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="detail-pane">
        {guide && (
          <>
            <header className="detail-header">
              <h2>
                <GuideName guide={guide} />
              </h2>
              <GroupBadge group={guide.group} />
              <span className="spacer" />
              <button
                type="button"
                className="button ghost"
                data-opens="DuplicateGuideDialog"
                onClick={() => setDuplicating(true)}
              >
                {t('guideEdit.duplicate')}
              </button>
              <button
                type="button"
                className="button primary"
                data-opens="QuestionDialog"
                onClick={() => setEditing('new')}
              >
                {t('guideEdit.add')}
              </button>
            </header>
            <GuideIntro guide={guide} />
            <p className="muted hint">{t('guideEdit.keyboardHint')}</p>
            <QuestionList guide={guide} onEdit={setEditing} />
          </>
        )}
        {guides.error && <p className="muted">{t(`error.${guides.error.code}`)}</p>}
      </section>
      {guide && editing && (
        <QuestionDialog
          guideId={guide.id}
          question={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {guide && duplicating && (
        <DuplicateGuideDialog
          guide={guide}
          onClose={() => setDuplicating(false)}
          onDone={(copy) => {
            setDuplicating(false)
            setSelectedId(copy.id)
          }}
        />
      )}
    </div>
  )
}

/** The questions in order; the one just moved keeps the keyboard focus. */
function QuestionList({ guide, onEdit }: { guide: Guide; onEdit: (q: Question) => void }) {
  const move = useMutation('guides.moveQuestion')
  const reorder = useMutation('guides.reorder')
  const removeQuestion = useMutation('guides.removeQuestion')
  const showError = useAppView((s) => s.showError)
  const listRef = useRef<HTMLOListElement>(null)
  const [focusId, setFocusId] = useState<string | null>(null)
  const dragged = useRef<string | null>(null)
  useEffect(() => {
    if (!focusId) return
    listRef.current?.querySelector<HTMLElement>(`[data-question-id="${focusId}"]`)?.focus()
  }, [focusId, guide])
  const report = (e: unknown) => showError(toApiError(e).error)
  const actions: QuestionActions = {
    move: (q, by) => {
      setFocusId(q.id)
      move({ guideId: guide.id, questionId: q.id, by }).catch(report)
    },
    edit: onEdit,
    remove: async (q) => {
      try {
        await removeQuestion({ questionId: q.id })
        return true
      } catch (e) {
        if (toApiError(e).error.code === 'CONFLICT') return false
        report(e)
        return true
      }
    },
    dragStart: (q) => {
      dragged.current = q.id
    },
    dropOn: (target) => {
      const from = dragged.current
      dragged.current = null
      if (!from || from === target.id) return
      const ids = guide.questions.map((q) => q.id).filter((id) => id !== from)
      ids.splice(ids.indexOf(target.id) + (indexOf(guide, from) < indexOf(guide, target.id) ? 1 : 0), 0, from)
      setFocusId(from)
      reorder({ guideId: guide.id, questionIds: ids }).catch(report)
    },
  }
  return (
    <ol className="questions" ref={listRef}>
      {guide.questions.map((q, i) => (
        <QuestionCard key={q.id} q={q} first={i === 0} last={i === guide.questions.length - 1} actions={actions} />
      ))}
    </ol>
  )
}

const indexOf = (g: Guide, id: string) => g.questions.findIndex((q) => q.id === id)

function GuideName({ guide }: { guide: Guide }) {
  const { lang } = useT()
  return <span>{guide.name[lang]}</span>
}

function GuideIntro({ guide }: { guide: Guide }) {
  const { lang } = useT()
  return guide.intro[lang] ? <p className="intro">{guide.intro[lang]}</p> : null
}
