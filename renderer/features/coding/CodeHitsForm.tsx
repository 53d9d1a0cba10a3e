import { useState } from 'react'
import { useT } from '../../i18n/language-store'
import { CodeChecklist } from './CodeChecklist'

/** Which codes to put on every hit, and whether on the hit or on its whole sentence. */
export function CodeHitsForm(p: {
  count: number
  busy: boolean
  onApply: (codeIds: string[], wholeSentence: boolean) => Promise<void>
  onCancel: () => void
}) {
  const { t, tn } = useT()
  const [codeIds, setCodeIds] = useState<string[]>([])
  const [wholeSentence, setWholeSentence] = useState(false)
  return (
    <form
      className="bulk-form"
      aria-label={tn('search.codeAllTitle', p.count)}
      onSubmit={(e) => {
        e.preventDefault()
        if (codeIds.length > 0) void p.onApply(codeIds, wholeSentence)
      }}
      onKeyDown={(e) => e.key === 'Escape' && p.onCancel()}
    >
      <h3>{tn('search.codeAllTitle', p.count)}</h3>
      <CodeChecklist value={codeIds} onChange={setCodeIds} />
      <label className="checkbox">
        <input type="checkbox" checked={wholeSentence} onChange={(e) => setWholeSentence(e.target.checked)} />
        {t('search.wholeSentence')}
      </label>
      <div className="bulk-actions">
        <button type="submit" className="button primary" disabled={codeIds.length === 0 || p.busy}>
          {t('search.apply')}
        </button>
        <button type="button" className="button ghost" onClick={p.onCancel}>
          {t('search.cancel')}
        </button>
        {codeIds.length === 0 && <span className="muted">{t('codes.noneChosen')}</span>}
      </div>
    </form>
  )
}
