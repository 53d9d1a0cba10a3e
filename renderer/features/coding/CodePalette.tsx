import { useState } from 'react'
import { ruleIn, type Code, type CodeFamily } from '../../../shared/domain/codebook'
import { depthOf } from '../../../shared/domain/code-tree'
import { foldText } from '../../../shared/domain/text-folding'
import { useT } from '../../i18n/language-store'

/**
 * The codebook to code from: a click (or the code's key, in the text) applies a code to the
 * selection; Shift+click gathers several to apply at once. The definition of the code under the
 * pointer or focus stays in view, with its rules: it is what a coder decides by.
 */
export function CodePalette({
  codes,
  families,
  canApply,
  onApply,
}: {
  codes: Code[]
  families: CodeFamily[]
  canApply: boolean
  onApply: (codeIds: string[]) => void
}) {
  const { t, lang } = useT()
  const [filter, setFilter] = useState('')
  const [gathered, setGathered] = useState<string[]>([])
  const [shown, setShown] = useState<Code | null>(null)
  // Accents and case aside: "equipe" finds "Équipe".
  const needle = foldText(filter.trim())
  const visible = codes.filter((c) => !needle || foldText(`${c.name[lang]} ${c.key}`).includes(needle))
  const groups = [
    ...families.map((f) => ({ id: f.id, name: f.name[lang], color: f.color })),
    { id: null, name: t('coding.noFamily'), color: 'transparent' },
  ]
    .map((f) => ({ ...f, codes: visible.filter((c) => c.familyId === f.id) }))
    .filter((f) => f.codes.length)

  const click = (e: React.MouseEvent, code: Code) => {
    if (e.shiftKey) setGathered((g) => (g.includes(code.id) ? g.filter((x) => x !== code.id) : [...g, code.id]))
    else onApply([code.id])
  }
  return (
    <section className="code-palette" aria-label={t('coding.palette')}>
      <div className="palette-head">
        <input
          type="search"
          className="input"
          placeholder={t('coding.filterCodes')}
          aria-label={t('coding.filterCodes')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {gathered.length > 0 && (
          <button
            type="button"
            className="button"
            disabled={!canApply}
            onClick={() => {
              onApply(gathered)
              setGathered([])
            }}
          >
            {t('coding.applyGathered', { n: gathered.length })}
          </button>
        )}
      </div>
      <div className="palette-list">
        {groups.map((f) => (
          <div key={f.id ?? 'none'} className="palette-family">
            <h4 style={{ borderLeftColor: f.color }}>{f.name}</h4>
            {f.codes.map((c) => (
              <button
                key={c.id}
                type="button"
                className={gathered.includes(c.id) ? 'palette-code gathered' : 'palette-code'}
                style={{ ['--code' as string]: c.color, paddingLeft: 6 + depthOf(codes, c.id) * 14 }}
                data-code-key={c.key}
                title={t('coding.applyHint')}
                onClick={(e) => click(e, c)}
                // A click keeps the keyboard in the text (Tab still reaches the buttons).
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setShown(c)}
                onFocus={() => setShown(c)}
              >
                <span className="swatch" aria-hidden="true" />
                <span className="palette-name">{c.name[lang]}</span>
                {c.shortcut && <kbd>{c.shortcut}</kbd>}
              </button>
            ))}
          </div>
        ))}
      </div>
      {shown && (
        <div className="code-definition" aria-live="polite">
          <div>
            <span className="mono muted">{shown.key}</span> <strong>{shown.name[lang]}</strong>
          </div>
          <p>{shown.definition[lang]}</p>
          {ruleIn(shown.include, lang) && (
            <p className="rule">
              <em>{t('codebook.ruleLabel', { label: t('codebook.include') })}</em> {ruleIn(shown.include, lang)}
            </p>
          )}
          {ruleIn(shown.exclude, lang) && (
            <p className="rule">
              <em>{t('codebook.ruleLabel', { label: t('codebook.exclude') })}</em> {ruleIn(shown.exclude, lang)}
            </p>
          )}
          {shown.defaultValence !== '0' && (
            <p className="rule">
              {t('codebook.defaultValence', {
                valence: t(`coding.valence.${shown.defaultValence}`).toLocaleLowerCase(lang),
              })}
            </p>
          )}
        </div>
      )}
    </section>
  )
}
