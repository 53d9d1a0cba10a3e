import { useState, type DragEvent, type KeyboardEvent } from 'react'
import { useT } from '../../i18n/language-store'
import type { Question } from '../../../shared/domain/guide'

export interface QuestionActions {
  move: (q: Question, by: -1 | 1) => void
  edit: (q: Question) => void
  remove: (q: Question) => Promise<boolean>
  dragStart: (q: Question) => void
  dropOn: (q: Question) => void
}

/** One question of the guide: read at a glance, moved with Alt+arrows or by dragging, edited with Enter. */
export function QuestionCard(p: { q: Question; first: boolean; last: boolean; actions: QuestionActions }) {
  const { t, lang } = useT()
  const { q, actions } = p
  const [confirming, setConfirming] = useState(false)
  const [refused, setRefused] = useState(false)
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault()
      actions.move(q, e.key === 'ArrowUp' ? -1 : 1)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      actions.edit(q)
    } else if (e.key === 'Delete') {
      e.preventDefault()
      setConfirming(true)
    }
  }
  const remove = async () => {
    setConfirming(false)
    setRefused(!(await actions.remove(q)))
  }
  const dragOver = (e: DragEvent) => e.preventDefault()
  return (
    <li
      className="question editable"
      data-question-id={q.id}
      tabIndex={0}
      draggable
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move'
        e.dataTransfer.setData('text/plain', q.id)
        actions.dragStart(q)
      }}
      onDragOver={dragOver}
      onDrop={(e) => {
        e.preventDefault()
        actions.dropOn(q)
      }}
    >
      <div className="question-head">
        <div className="question-text">{q.text[lang]}</div>
        <div className="question-tools">
          <button
            type="button"
            className="icon-button"
            title={t('guideEdit.moveUp')}
            aria-label={t('guideEdit.moveUp')}
            disabled={p.first}
            onClick={() => actions.move(q, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            title={t('guideEdit.moveDown')}
            aria-label={t('guideEdit.moveDown')}
            disabled={p.last}
            onClick={() => actions.move(q, 1)}
          >
            ↓
          </button>
          <button type="button" className="button ghost small" onClick={() => actions.edit(q)}>
            {t('guideEdit.edit')}
          </button>
          <button type="button" className="button ghost small" onClick={() => setConfirming(true)}>
            {t('guideEdit.delete')}
          </button>
        </div>
      </div>
      <div className="question-meta">
        <span className="badge">{t(`questionType.${q.type}`)}</span>
        {q.type === 'scale' && q.options && (
          <span className="badge">
            {q.options.min} – {q.options.max}
          </span>
        )}
        {q.options?.motiveCards && <span className="badge accent">{t('guide.motiveCards')}</span>}
        {q.stance === 'ATTR' && q.target && (
          <span className="badge attr">
            {t('guide.attributedTo', { group: t(`groups.${q.target}`).toLowerCase() })}
          </span>
        )}
        {q.expectedCodes.length > 0 && (
          <span className="codes" title={t('guide.expectedCodes')}>
            {q.expectedCodes.join(' · ')}
          </span>
        )}
      </div>
      {q.probes[lang].length > 0 && (
        <ul className="probes" aria-label={t('guide.probes')}>
          {q.probes[lang].map((probe) => (
            <li key={probe}>{probe}</li>
          ))}
        </ul>
      )}
      {q.options?.items && (
        <ol className="cards">
          {q.options.items.map((it) => (
            <li key={it.key}>{it.label[lang]}</li>
          ))}
        </ol>
      )}
      {confirming && (
        <div
          className="confirm-row"
          role="alertdialog"
          aria-label={t('guideEdit.confirmDelete', { text: q.text[lang] })}
        >
          <span>{t('guideEdit.confirmDelete', { text: q.text[lang] })}</span>
          <button type="button" className="button danger small" autoFocus onClick={() => void remove()}>
            {t('guideEdit.delete')}
          </button>
          <button type="button" className="button ghost small" onClick={() => setConfirming(false)}>
            {t('guideEdit.cancel')}
          </button>
        </div>
      )}
      {refused && (
        <p className="inline-problem" role="status">
          {t('guideEdit.answered')}
        </p>
      )}
    </li>
  )
}
