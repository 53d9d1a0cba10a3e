import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import type { Code } from '../../../shared/domain/codebook'

/** The engagement's codebook by family, with definitions, rules and diagnosis roles. */
export function CodebookPage() {
  const { t, lang } = useT()
  const cb = useCall('codebook.get', {})
  if (!cb.data) return null
  const { families, codes, decisionRules } = cb.data
  return (
    <div className="stack">
      <section className="card">
        <h2>{cb.data.name[lang]}</h2>
        <h3>{t('codebook.decisionRules')}</h3>
        <ul className="rules">
          {decisionRules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
      {families.map((f) => (
        <section key={f.id} className="card family" style={{ borderTopColor: f.color }}>
          <h2>
            <span className="swatch" style={{ background: f.color }} aria-hidden="true" />
            {f.name[lang]} <span className="muted mono">{f.key}</span>
          </h2>
          <div className="code-grid">
            {codes
              .filter((c) => c.familyId === f.id)
              .map((c) => (
                <CodeCard key={c.id} code={c} />
              ))}
          </div>
        </section>
      ))}
    </div>
  )
}

function CodeCard({ code }: { code: Code }) {
  const { t, lang } = useT()
  return (
    <article className="code-card" style={{ borderLeftColor: code.color }}>
      <header>
        <span className="mono code-key">{code.key}</span>
        <strong>{code.name[lang]}</strong>
        {code.shortcut && <kbd title={t('codebook.shortcut')}>{code.shortcut}</kbd>}
      </header>
      <p>{code.definition[lang]}</p>
      {code.include && (
        <p className="rule">
          <em>{t('codebook.include')}:</em> {code.include}
        </p>
      )}
      {code.exclude && (
        <p className="rule">
          <em>{t('codebook.exclude')}:</em> {code.exclude}
        </p>
      )}
      {code.example[lang] && <blockquote>{code.example[lang]}</blockquote>}
      <footer className="roles">
        {code.diagnosis.pragmatism && (
          <span className="badge">
            {t('codebook.pragmatismRole', { role: t(`codebook.role.${code.diagnosis.pragmatism}`) })}
          </span>
        )}
        {code.diagnosis.idealism && (
          <span className="badge">
            {t('codebook.idealismRole', { role: t(`codebook.role.${code.diagnosis.idealism}`) })}
          </span>
        )}
      </footer>
    </article>
  )
}
