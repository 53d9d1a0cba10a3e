import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Code } from '../../../../shared/domain/codebook'
import { useT } from '../../../i18n/language-store'
import type { CodebookIndex } from './codebook-index'
import { useRetrievalQuery } from './retrieval-query'
import { foldText } from '../../../../shared/domain/text-folding'
import { CodeChip } from './CodeChip'

/** Accent- and case-insensitive, as the consultant types it: "reconnaissance" finds "Reconnaissance". */
const fold = foldText

/**
 * The codebook by family, filtered as the consultant types. A code's name retrieves it, the ⊘
 * beside it excludes it. ↓ from the search box goes into the list; ↑/↓ move in it.
 */
export function CodePicker({ index }: { index: CodebookIndex }) {
  const { t, lang } = useT()
  const [text, setText] = useState('')
  const list = useRef<HTMLDivElement>(null)
  const q = useRetrievalQuery()
  const found = useMemo(() => {
    const needle = fold(text.trim())
    const matches = (c: Code) => !needle || fold(`${c.name[lang]} ${c.key}`).includes(needle)
    return index.families
      .map((f) => ({ ...f, codes: f.codes.filter((x) => matches(x.code)) }))
      .filter((f) => f.codes.length > 0)
  }, [index, text, lang])
  const options = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button.code-toggle') ?? [])]
  const move = (e: KeyboardEvent, by: number) => {
    const all = options()
    const at = all.indexOf(document.activeElement as HTMLButtonElement)
    const next = all[at + by]
    if (next) next.focus()
    else if (by < 0) list.current?.parentElement?.querySelector<HTMLInputElement>('input[type=search]')?.focus()
    e.preventDefault()
  }
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') move(e, 1)
    if (e.key === 'Enter' && found[0]?.codes[0]) {
      q.toggleCode(found[0].codes[0].code.id)
      setText('')
    }
  }
  const chosen = q.codeIds.flatMap((id) => index.byId.get(id) ?? [])
  const excluded = q.excludeCodeIds.flatMap((id) => index.byId.get(id) ?? [])
  return (
    <div className="code-picker">
      {chosen.length > 0 && (
        <div className="chosen-codes" aria-label={t('retrieval.chosen')}>
          <span className="chosen-label">{t('retrieval.chosen')}</span>
          {chosen.map((c) => (
            <CodeChip key={c.id} code={c} onRemove={() => q.toggleCode(c.id)} />
          ))}
        </div>
      )}
      {excluded.length > 0 && (
        <div className="chosen-codes" aria-label={t('retrieval.excluded')}>
          <span className="chosen-label">{t('retrieval.excluded')}</span>
          {excluded.map((c) => (
            <CodeChip key={c.id} code={c} excluded onRemove={() => q.toggleExcluded(c.id)} />
          ))}
        </div>
      )}
      <input
        type="search"
        aria-label={t('retrieval.searchCodes')}
        placeholder={t('retrieval.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onSearchKey}
      />
      <div className="code-options" ref={list}>
        {found.length === 0 && <p className="muted">{t('retrieval.noCodeFound', { text })}</p>}
        {found.map(({ family, codes }) => (
          <section key={family?.id ?? 'none'} aria-label={family?.name[lang] ?? t('retrieval.codes')}>
            {family && (
              <h4 className="family-name">
                <span className="swatch" style={{ background: family.color }} aria-hidden />
                {family.name[lang]}
              </h4>
            )}
            <ul>
              {codes.map(({ code, depth }) => (
                <li key={code.id} style={{ paddingLeft: depth * 14 }}>
                  <button
                    type="button"
                    className="code-toggle"
                    aria-pressed={q.codeIds.includes(code.id)}
                    title={t('retrieval.include', { code: code.name[lang] })}
                    onClick={() => q.toggleCode(code.id)}
                    onKeyDown={(e) => (e.key === 'ArrowDown' ? move(e, 1) : e.key === 'ArrowUp' ? move(e, -1) : null)}
                  >
                    <span className="code-dot" style={{ background: code.color }} aria-hidden />
                    <span className="code-name" title={code.name[lang]}>
                      {code.name[lang]}
                    </span>
                    <span className="code-key">{code.key}</span>
                  </button>
                  <button
                    type="button"
                    className="code-exclude"
                    aria-pressed={q.excludeCodeIds.includes(code.id)}
                    aria-label={t('retrieval.exclude', { code: code.name[lang] })}
                    title={t('retrieval.exclude', { code: code.name[lang] })}
                    onClick={() => q.toggleExcluded(code.id)}
                  >
                    ⊘
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  )
}
