import { useCallback, useState } from 'react'
import { toApiError, useCall, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { ruleIn, type Code, type Codebook, type CodeFamily } from '../../../shared/domain/codebook'
import { siblingsOf } from '../../../shared/domain/code-tree'
import { CodeTree } from './CodeTree'
import { CodeDetail } from './CodeDetail'
import { CodeDialog, type CodeDialogSubject } from './CodeDialog'
import { MergeDialog } from './MergeDialog'
import { DeleteCodeDialog } from './DeleteCodeDialog'
import { FamilyDialog } from './FamilyDialog'
import { useUndoKey } from './use-undo-key'
import { call } from '../../api/client'
import { CodebookTransfer } from './CodebookTransfer'
import './codebook-editor.css'

type Dialog =
  | { kind: 'code'; subject: CodeDialogSubject }
  | { kind: 'merge'; code: Code }
  | { kind: 'delete'; code: Code }
  | { kind: 'family'; family: CodeFamily | null }

/** The codebook editor: the codes as a tree by family, the selected code in full, and its actions. */
export function CodebookPage() {
  const { t, tn, lang } = useT()
  const cb = useCall('codebook.get', {})
  const fixed = useCall('codebook.fixedKeys', {})
  const move = useMutation('codebook.moveCode')
  const undo = useMutation('codings.undo')
  const showError = useAppView((s) => s.showError)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [notice, setNotice] = useState<{ text: string; undoable: boolean } | null>(null)
  // Here Ctrl+Z takes back a merge only (the one codebook action it can undo), never a coding made
  // elsewhere: when the last action is not a merge, it says so.
  const undoLast = useCallback(() => {
    call('codings.history', {})
      .then((h) => {
        if (h.undo?.action !== 'mergeCodes')
          return setNotice({ text: t('codebookEdit.nothingToUndo'), undoable: false })
        return undo({}).then(() => setNotice({ text: t('codebookEdit.undone'), undoable: false }))
      })
      .catch((e: unknown) => showError(toApiError(e).error))
  }, [undo, t, showError])
  useUndoKey(undoLast, dialog === null)
  if (!cb.data) return null
  const codebook = cb.data
  const selected = codebook.codes.find((c) => c.id === selectedId) ?? null
  const keyFixed = (c: Code) => fixed.data?.includes(c.id) ?? true
  const close = () => setDialog(null)
  const moveBy = (code: Code, by: -1 | 1) => {
    const siblings = siblingsOf(codebook.codes, code.familyId, code.parentId)
    const index = siblings.findIndex((c) => c.id === code.id) + by
    if (index < 0 || index >= siblings.length || !code.familyId) return
    setSelectedId(code.id)
    move({ codeId: code.id, familyId: code.familyId, parentId: code.parentId, index }).catch((e: unknown) =>
      showError(toApiError(e).error),
    )
  }
  const newCode = () => {
    const family = codebook.families.find((f) => f.id === selected?.familyId) ?? codebook.families[0]
    if (family) setDialog({ kind: 'code', subject: { family, parent: null } })
  }
  const actions = {
    select: (c: Code) => setSelectedId(c.id),
    edit: (c: Code) => setDialog({ kind: 'code', subject: { code: c } }),
    remove: (c: Code) => setDialog({ kind: 'delete', code: c }),
    move: moveBy,
    merge: (c: Code) => setDialog({ kind: 'merge', code: c }),
    newSubCode: (c: Code) => {
      const family = codebook.families.find((f) => f.id === c.familyId)
      if (family) setDialog({ kind: 'code', subject: { family, parent: c } })
    },
    editFamily: (f: CodeFamily) => setDialog({ kind: 'family', family: f }),
  }
  return (
    <div className="codebook-editor">
      <header className="card codebook-head">
        <div>
          <h2>{codebook.name[lang]}</h2>
          <p className="muted">
            {tn('codebookEdit.codes', codebook.codes.length)} · {tn('codebookEdit.families', codebook.families.length)}
          </p>
        </div>
        <span className="spacer" />
        <button
          type="button"
          className="button ghost"
          data-opens="FamilyDialog"
          onClick={() => setDialog({ kind: 'family', family: null })}
        >
          {t('codebookEdit.newFamily')}
        </button>
        <button type="button" className="button primary" data-opens="CodeDialog" onClick={newCode}>
          {t('codebookEdit.newCode')}
        </button>
      </header>
      {notice && (
        <div className="codebook-notice" role="status">
          <span>{notice.text}</span>
          {notice.undoable && (
            <button type="button" className="button ghost small" onClick={undoLast}>
              {t('codebookEdit.undo')}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('error.dismiss')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <p className="muted hint">{t('codebookEdit.keyboardHint')}</p>
      <div className="codebook-split">
        <CodeTree codebook={codebook} selectedId={selected?.id ?? null} actions={actions} />
        <section className="detail-pane codebook-detail">
          {selected ? (
            <CodeDetail codebook={codebook} code={selected} actions={actions} />
          ) : (
            <NothingSelected codebook={codebook} />
          )}
        </section>
      </div>
      <CodebookTransfer />
      {dialog?.kind === 'code' && (
        <CodeDialog
          codebook={codebook}
          subject={dialog.subject}
          keyFixed={'code' in dialog.subject && keyFixed(dialog.subject.code)}
          onClose={close}
          onSaved={(code) => {
            close()
            setSelectedId(code.id)
          }}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeDialog
          codebook={codebook}
          source={dialog.code}
          onClose={close}
          onMerged={(target, r) => {
            close()
            setSelectedId(target.id)
            setNotice({
              text: t('codebookEdit.merged', {
                source: dialog.code.key,
                target: target.key,
                moved: tn('codebookEdit.moved', r.moved),
                dropped: tn('codebookEdit.dropped', r.dropped),
              }),
              undoable: true,
            })
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteCodeDialog
          code={dialog.code}
          keyFixed={keyFixed(dialog.code)}
          onClose={close}
          onDeleted={() => {
            close()
            setSelectedId(dialog.code.parentId)
            setNotice({ text: t('codebookEdit.deleted', { key: dialog.code.key }), undoable: false })
          }}
        />
      )}
      {dialog?.kind === 'family' && <FamilyDialog family={dialog.family} onClose={close} />}
    </div>
  )
}

function NothingSelected({ codebook }: { codebook: Codebook }) {
  const { t, lang } = useT()
  return (
    <div className="codebook-overview">
      <p className="muted">{t('codebookEdit.noneSelected')}</p>
      <h3>{t('codebook.decisionRules')}</h3>
      <ul className="rules">
        {codebook.decisionRules.map((r) => (
          <li key={r.en}>{ruleIn(r, lang)}</li>
        ))}
      </ul>
    </div>
  )
}
