import { LANGUAGES } from '../../shared/domain/groups'
import { useLanguage } from '../i18n/language-store'

export function LanguageSwitch() {
  const tr = useLanguage((s) => s.tr)
  const setLanguage = useLanguage((s) => s.setLanguage)
  return (
    <div className="segmented" role="group" aria-label={tr.t('app.language')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={tr.lang === l}
          title={tr.t(`app.languageName.${l}`)}
          onClick={() => setLanguage(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
