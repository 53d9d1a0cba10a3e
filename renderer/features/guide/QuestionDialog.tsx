import { Dialog } from '../../components/Dialog'
import { useState, type FormEvent } from 'react'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { GroupSelect } from '../../components/GroupSelect'
import { QUESTION_TYPES, type Question } from '../../../shared/domain/guide'
import {
  emptyQuestionForm,
  formOfQuestion,
  problemsOf,
  questionOfForm,
  type QuestionForm,
} from '../../../shared/domain/question-form'

/** Writes a new question at the end of a guide, or rewords one in place. */
export function QuestionDialog(p: { guideId: string; question: Question | null; onClose: () => void }) {
  const { t } = useT()
  const add = useMutation('guides.addQuestion')
  const update = useMutation('guides.updateQuestion')
  const showError = useAppView((s) => s.showError)
  const [form, setForm] = useState<QuestionForm>(() => (p.question ? formOfQuestion(p.question) : emptyQuestionForm()))
  const set = <K extends keyof QuestionForm>(k: K, v: QuestionForm[K]) => setForm((f) => ({ ...f, [k]: v }))
  const problems = problemsOf(form)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (problems.length > 0) return
    const question = questionOfForm(form, p.question ?? undefined)
    try {
      if (p.question) await update({ questionId: p.question.id, question })
      else await add({ guideId: p.guideId, question })
      p.onClose()
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const title = t(p.question ? 'guideEdit.editTitle' : 'guideEdit.addTitle')
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      className="wide question-form"
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose}>
            {t('guideEdit.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={problems.length > 0}>
            {t('guideEdit.save')}
          </button>
        </>
      }
    >
      <div className="two-columns">
        <label>
          {t('guideEdit.textFr')}
          <textarea rows={3} value={form.textFr} autoFocus onChange={(e) => set('textFr', e.target.value)} />
        </label>
        <label>
          {t('guideEdit.textEn')}
          <textarea rows={3} value={form.textEn} onChange={(e) => set('textEn', e.target.value)} />
        </label>
        <label>
          {t('guideEdit.probesFr')}
          <textarea rows={3} value={form.probesFr} onChange={(e) => set('probesFr', e.target.value)} />
        </label>
        <label>
          {t('guideEdit.probesEn')}
          <textarea rows={3} value={form.probesEn} onChange={(e) => set('probesEn', e.target.value)} />
        </label>
      </div>
      <div className="inline-fields">
        <label>
          {t('guideEdit.type')}
          <select value={form.type} onChange={(e) => set('type', e.target.value as QuestionForm['type'])}>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`questionType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {form.type === 'scale' && (
          <>
            <label>
              {t('guideEdit.scaleMin')}
              <input type="number" step={1} value={form.min} onChange={(e) => set('min', e.target.value)} />
            </label>
            <label>
              {t('guideEdit.scaleMax')}
              <input type="number" step={1} value={form.max} onChange={(e) => set('max', e.target.value)} />
            </label>
          </>
        )}
        {form.type === 'choice' && (
          <label className="checkbox">
            <input type="checkbox" checked={form.multiple} onChange={(e) => set('multiple', e.target.checked)} />
            {t('guideEdit.multiple')}
          </label>
        )}
      </div>
      {form.type === 'scale' && (
        <label>
          {t('guideEdit.labels')}
          <textarea rows={3} value={form.labels} onChange={(e) => set('labels', e.target.value)} />
        </label>
      )}
      {(form.type === 'choice' || form.type === 'ranking') && (
        <label>
          {t('guideEdit.items')}
          <textarea rows={4} value={form.items} onChange={(e) => set('items', e.target.value)} />
        </label>
      )}
      <div className="inline-fields">
        <label>
          {t('guideEdit.stance')}
          <select value={form.stance} onChange={(e) => set('stance', e.target.value as QuestionForm['stance'])}>
            <option value="SELF">{t('guideEdit.stance.SELF')}</option>
            <option value="ATTR">{t('guideEdit.stance.ATTR')}</option>
          </select>
        </label>
        {form.stance === 'ATTR' && (
          <label>
            {t('guideEdit.target')}
            <GroupSelect blank value={form.target} onChange={(g) => set('target', g)} />
          </label>
        )}
      </div>
      <label>
        {t('guideEdit.expectedCodes')}
        <input value={form.expectedCodes} onChange={(e) => set('expectedCodes', e.target.value)} />
      </label>
      {problems.length > 0 && (
        <ul className="form-problems" aria-live="polite">
          {problems.map((problem) => (
            <li key={problem}>{t(`guideEdit.problem.${problem}`)}</li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
