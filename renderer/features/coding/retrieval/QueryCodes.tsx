import { RETRIEVAL_MODES } from '../../../../shared/api/retrieval'
import { useT } from '../../../i18n/language-store'
import type { CodebookIndex } from './codebook-index'
import { CodePicker } from './CodePicker'
import { useRetrievalQuery } from './retrieval-query'

/** Which codes, and how they combine: any of them, or all together; sub-codes or not. */
export function QueryCodes({ index }: { index: CodebookIndex }) {
  const { t } = useT()
  const q = useRetrievalQuery()
  return (
    <fieldset className="retrieval-codes">
      <legend>{t('retrieval.codes')}</legend>
      <div className="filter" role="group" aria-label={t('retrieval.mode')}>
        <div className="segmented">
          {RETRIEVAL_MODES.map((m) => (
            <button key={m} type="button" aria-pressed={q.mode === m} onClick={() => q.setMode(m)}>
              {t(`retrieval.mode.${m}`)}
            </button>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={q.includeSubcodes} onChange={(e) => q.setIncludeSubcodes(e.target.checked)} />
          {t('retrieval.subcodes')}
        </label>
      </div>
      <p className="hint">{t(`retrieval.modeHint.${q.mode}`)}</p>
      <CodePicker index={index} />
    </fieldset>
  )
}
