import { useId, useState } from 'react'
import { foldText } from '../../../shared/domain/text-folding'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'

/**
 * Check one or more codes to apply in bulk (code all hits, autocoding), filtered by key or name
 * (accents ignored). The retrieval has its own picker, with codes to include and to exclude.
 */
export function CodeChecklist({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t, tn, lang } = useT()
  const codebook = useCall('codebook.get', {})
  const [filter, setFilter] = useState('')
  const id = useId()
  const wanted = foldText(filter.trim())
  const codes = (codebook.data?.codes ?? []).filter(
    (c) => !wanted || foldText(`${c.key} ${c.name[lang]}`).includes(wanted) || value.includes(c.id),
  )
  const toggle = (codeId: string) =>
    onChange(value.includes(codeId) ? value.filter((x) => x !== codeId) : [...value, codeId])
  return (
    <fieldset className="codes-choice">
      <legend>
        {t('codes.label')} <span className="muted">· {tn('codes.chosen', value.length)}</span>
      </legend>
      <input
        type="search"
        aria-label={t('codes.filter')}
        placeholder={t('codes.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="codes-choice-options" id={id}>
        {codes.map((c) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" checked={value.includes(c.id)} onChange={() => toggle(c.id)} />
              <span className="code-swatch" style={{ background: c.color }} aria-hidden />
              <span className="mono">{c.key}</span> {c.name[lang]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
