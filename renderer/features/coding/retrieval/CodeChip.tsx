import type { Code } from '../../../../shared/domain/codebook'
import { useT } from '../../../i18n/language-store'

/** A code as a chip: its colour, its name in the interface language, its key on hover. */
export function CodeChip({ code, onRemove, excluded }: { code: Code; onRemove?: () => void; excluded?: boolean }) {
  const { t, lang } = useT()
  return (
    <span className={excluded ? 'code-chip excluded' : 'code-chip'} title={`${code.key} · ${code.name[lang]}`}>
      <span className="code-dot" style={{ background: code.color }} aria-hidden />
      {code.name[lang]}
      {onRemove && (
        <button
          type="button"
          className="chip-remove"
          aria-label={t('retrieval.remove', { code: code.name[lang] })}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  )
}
