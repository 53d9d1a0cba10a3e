import { Dialog } from '../../components/Dialog'
import { useState, type FormEvent } from 'react'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { MergeResult } from '../../../shared/api/codebook'
import type { Code, Codebook } from '../../../shared/domain/codebook'
import { DialogButtons } from './DialogButtons'
import { depthOf, descendantIds, treeOrder } from '../../../shared/domain/code-tree'

/** Picks the code that stays, then merges the source into it. */
export function MergeDialog(p: {
  codebook: Codebook
  source: Code
  onClose: () => void
  onMerged: (target: Code, result: MergeResult) => void
}) {
  const { t, lang } = useT()
  const merge = useMutation('codebook.mergeCodes')
  const showError = useAppView((s) => s.showError)
  const [targetId, setTargetId] = useState('')
  const inside = new Set([p.source.id, ...descendantIds(p.codebook.codes, p.source.id)])
  const targets = treeOrder(p.codebook.families, p.codebook.codes).filter((c) => !inside.has(c.id))
  const familyName = (c: Code) => p.codebook.families.find((f) => f.id === c.familyId)?.name[lang] ?? ''
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const target = targets.find((c) => c.id === targetId)
    if (!target) return
    try {
      const result = await merge({ sourceId: p.source.id, targetId: target.id })
      p.onMerged(target, result)
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const title = t('codebookEdit.mergeTitle', { key: p.source.key })
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      className="merge-form"
      onSubmit={submit}
      actions={<DialogButtons onCancel={p.onClose} label={t('codebookEdit.mergeConfirm')} disabled={!targetId} />}
    >
      <label>
        {t('codebookEdit.mergeTarget')}
        <select value={targetId} autoFocus onChange={(e) => setTargetId(e.target.value)}>
          <option value="">{t('codebookEdit.mergeChoose')}</option>
          {targets.map((c) => (
            <option key={c.id} value={c.id}>
              {'\u00a0\u00a0'.repeat(depthOf(p.codebook.codes, c.id))}
              {c.key} · {c.name[lang]} ({familyName(c)})
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t('codebookEdit.mergeExplain', { key: p.source.key })}</p>
    </Dialog>
  )
}
