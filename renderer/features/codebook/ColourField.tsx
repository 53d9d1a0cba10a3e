import { useT } from '../../i18n/language-store'

/** The codebook's family colours and a few more, dark enough for white text and for print. */
const PALETTE = [
  '#2E7D32',
  '#C2185B',
  '#F57C00',
  '#1565C0',
  '#6A1B9A',
  '#455A64',
  '#795548',
  '#00838F',
  '#C62828',
  '#5D4037',
  '#9E9D24',
  '#283593',
]

/** Colour swatches to click (or reach with Tab and Space), and the system picker for any other. */
export function ColourField(p: { value: string; onChange: (hex: string) => void; extra?: string[] }) {
  const { t } = useT()
  const swatches = [...new Set([...(p.extra ?? []), ...PALETTE].map((c) => c.toUpperCase()))]
  return (
    <fieldset className="colour-field">
      <legend>{t('codebookEdit.colour')}</legend>
      <div className="colour-swatches" role="radiogroup" aria-label={t('codebookEdit.colour')}>
        {swatches.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={c === p.value.toUpperCase()}
            aria-label={c}
            title={c}
            className="colour-swatch"
            style={{ background: c }}
            onClick={() => p.onChange(c)}
          />
        ))}
        <label className="colour-custom" title={t('codebookEdit.colourCustom')}>
          <input
            type="color"
            aria-label={t('codebookEdit.colourCustom')}
            value={/^#[0-9a-f]{6}$/i.test(p.value) ? p.value.toLowerCase() : '#000000'}
            onChange={(e) => p.onChange(e.target.value.toUpperCase())}
          />
          <span className="mono">{p.value.toUpperCase()}</span>
        </label>
      </div>
    </fieldset>
  )
}
