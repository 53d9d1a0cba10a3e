import { Dialog } from '../../components/Dialog'
import { useState, type FormEvent } from 'react'
import { toApiError, useMutation } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import type { Code, Codebook, CodeFamily } from '../../../shared/domain/codebook'
import { VALENCES } from '../../../shared/domain/groups'
import { emptyCodeForm, fieldsOfForm, formOfCode, problemsOf, type CodeForm } from '../../../shared/domain/code-form'
import type { CallError } from '../../../shared/api/call'
import { ColourField } from './ColourField'
import { RoleSelect } from './RoleSelect'
import { PlaceSelects } from './PlaceSelects'
import { TextField } from './TextField'
import { DialogButtons } from './DialogButtons'

export type CodeDialogSubject = { code: Code } | { family: CodeFamily; parent: Code | null }

/** Writes a new code (or sub-code), or edits every field of one, its place included. */
export function CodeDialog(p: {
  codebook: Codebook
  subject: CodeDialogSubject
  keyFixed: boolean
  onClose: () => void
  onSaved: (code: Code) => void
}) {
  const { t, lang } = useT()
  const create = useMutation('codebook.createCode')
  const update = useMutation('codebook.updateCode')
  const move = useMutation('codebook.moveCode')
  const editing = 'code' in p.subject ? p.subject.code : null
  const [form, setForm] = useState<CodeForm>(() =>
    'code' in p.subject ? formOfCode(p.subject.code) : emptyCodeForm(p.subject.family, p.subject.parent),
  )
  const [refused, setRefused] = useState<CallError | null>(null)
  const set = <K extends keyof CodeForm>(k: K, v: CodeForm[K]) => setForm((f) => ({ ...f, [k]: v }))
  const problems = problemsOf(form, p.codebook.codes, editing?.id ?? null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (problems.length > 0) return
    const fields = fieldsOfForm(form)
    const key = form.key.trim() || undefined
    const parentId = form.parentId || null
    try {
      let code: Code
      if (editing) {
        code = await update({ codeId: editing.id, ...fields, ...(!p.keyFixed && key && { key }) })
        if (editing.familyId !== form.familyId || editing.parentId !== parentId) {
          code = await move({ codeId: editing.id, familyId: form.familyId, parentId })
        }
      } else {
        code = await create({ ...fields, key, familyId: form.familyId, parentId })
      }
      p.onSaved(code)
    } catch (err) {
      setRefused(toApiError(err).error)
    }
  }
  const parent = 'parent' in p.subject ? p.subject.parent : null
  const title = editing
    ? t('codebookEdit.editTitle', { key: editing.key })
    : parent
      ? t('codebookEdit.newSubCodeTitle', { parent: parent.name[lang] })
      : t('codebookEdit.newCodeTitle')
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      className="wide code-form"
      onSubmit={submit}
      actions={<DialogButtons onCancel={p.onClose} label={t('codebookEdit.save')} disabled={problems.length > 0} />}
    >
      <div className="two-columns">
        <TextField label={t('codebookEdit.nameFr')} value={form.nameFr} onChange={(v) => set('nameFr', v)} autoFocus />
        <TextField label={t('codebookEdit.nameEn')} value={form.nameEn} onChange={(v) => set('nameEn', v)} />
        <TextField
          label={t('codebookEdit.definitionFr')}
          value={form.definitionFr}
          onChange={(v) => set('definitionFr', v)}
          rows={3}
        />
        <TextField
          label={t('codebookEdit.definitionEn')}
          value={form.definitionEn}
          onChange={(v) => set('definitionEn', v)}
          rows={3}
        />
        <TextField
          label={t('codebookEdit.includeFr')}
          value={form.includeFr}
          onChange={(v) => set('includeFr', v)}
          rows={2}
        />
        <TextField
          label={t('codebookEdit.includeEn')}
          value={form.includeEn}
          onChange={(v) => set('includeEn', v)}
          rows={2}
        />
        <TextField
          label={t('codebookEdit.excludeFr')}
          value={form.excludeFr}
          onChange={(v) => set('excludeFr', v)}
          rows={2}
        />
        <TextField
          label={t('codebookEdit.excludeEn')}
          value={form.excludeEn}
          onChange={(v) => set('excludeEn', v)}
          rows={2}
        />
        <TextField
          label={t('codebookEdit.exampleFr')}
          value={form.exampleFr}
          onChange={(v) => set('exampleFr', v)}
          rows={2}
        />
        <TextField
          label={t('codebookEdit.exampleEn')}
          value={form.exampleEn}
          onChange={(v) => set('exampleEn', v)}
          rows={2}
        />
      </div>
      <div className="place-row">
        <label className="key-field">
          {t('codebookEdit.key')}
          <input
            className="mono"
            value={form.key}
            disabled={p.keyFixed}
            aria-describedby="code-key-hint"
            onChange={(e) => set('key', e.target.value)}
          />
        </label>
        <label className="shortcut-field">
          {t('codebookEdit.shortcut')}
          <input
            className="mono"
            value={form.shortcut}
            maxLength={1}
            placeholder={t('codebookEdit.noShortcut')}
            aria-describedby="code-shortcut-hint"
            onChange={(e) => set('shortcut', e.target.value)}
          />
        </label>
        <PlaceSelects
          families={p.codebook.families}
          codes={p.codebook.codes}
          codeId={editing?.id ?? null}
          familyId={form.familyId}
          parentId={form.parentId}
          onChange={(place) => setForm((f) => ({ ...f, ...place }))}
        />
      </div>
      <p className="muted hint" id="code-key-hint">
        {t(p.keyFixed ? 'codebookEdit.keyFixed' : 'codebookEdit.keyHint')}{' '}
        <span id="code-shortcut-hint">{t('codebookEdit.shortcutHint')}</span>
      </p>
      <div className="inline-fields">
        <RoleSelect
          label={t('codebookEdit.pragmatism')}
          value={form.pragmatism}
          nested={form.parentId !== ''}
          onChange={(r) => set('pragmatism', r)}
        />
        <RoleSelect
          label={t('codebookEdit.idealism')}
          value={form.idealism}
          nested={form.parentId !== ''}
          onChange={(r) => set('idealism', r)}
        />
        <label>
          {t('codebookEdit.defaultValence')}
          <select
            value={form.defaultValence}
            aria-describedby="code-valence-hint"
            onChange={(e) => set('defaultValence', e.target.value as CodeForm['defaultValence'])}
          >
            {VALENCES.map((v) => (
              <option key={v} value={v}>
                {t(`coding.valence.${v}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted hint" id="code-valence-hint">
        {t('codebookEdit.defaultValenceHint')}
      </p>
      <ColourField
        value={form.color}
        extra={p.codebook.families.map((f) => f.color)}
        onChange={(c) => set('color', c)}
      />
      {(problems.length > 0 || refused) && (
        <ul className="form-problems" aria-live="polite">
          {problems.map((x) => (
            <li key={x.problem}>{t(`codebookEdit.problem.${x.problem}`, x.params)}</li>
          ))}
          {refused && (
            <li title={refused.message}>
              {t(`error.${refused.code}`)} {refused.subject}
            </li>
          )}
        </ul>
      )}
    </Dialog>
  )
}
