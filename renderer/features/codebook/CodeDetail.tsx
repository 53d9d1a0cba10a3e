import { useT } from '../../i18n/language-store'
import { ruleIn, type Code, type Codebook } from '../../../shared/domain/codebook'
import { siblingsOf } from '../../../shared/domain/code-tree'
import { effectiveRole } from './code-roles'

export interface DetailActions {
  edit: (code: Code) => void
  newSubCode: (code: Code) => void
  merge: (code: Code) => void
  remove: (code: Code) => void
  move: (code: Code, by: -1 | 1) => void
  select: (code: Code) => void
}

/** Everything a coder reads about one code, with the consultant's actions on it. */
export function CodeDetail(p: { codebook: Codebook; code: Code; actions: DetailActions }) {
  const { t, lang } = useT()
  const { code, codebook, actions } = p
  const other = lang === 'fr' ? 'en' : 'fr'
  const include = ruleIn(code.include, lang)
  const exclude = ruleIn(code.exclude, lang)
  const family = codebook.families.find((f) => f.id === code.familyId)
  const parent = codebook.codes.find((c) => c.id === code.parentId)
  const siblings = siblingsOf(codebook.codes, code.familyId, code.parentId)
  const at = siblings.findIndex((c) => c.id === code.id)
  const children = siblingsOf(codebook.codes, null, code.id)
  return (
    <article className="code-detail" aria-label={code.name[lang]}>
      <header className="code-detail-head" style={{ borderLeftColor: code.color }}>
        <div className="code-detail-title">
          <div className="muted small code-path">
            {family?.name[lang]}
            {parent && ` › ${parent.name[lang]}`}
          </div>
          <h2>{code.name[lang]}</h2>
          <div className="code-detail-meta">
            <span className="mono badge">{code.key}</span>
            <span className="badge">
              <span className="code-dot" style={{ background: code.color }} aria-hidden="true" />{' '}
              <span className="mono">{code.color}</span>
            </span>
            <span className="badge">
              {t('codebookEdit.labelled', { label: t('codebookEdit.shortcut'), value: '' })}
              {code.shortcut ? <kbd>{code.shortcut}</kbd> : t('codebookEdit.noShortcut')}
            </span>
          </div>
        </div>
        <div className="code-detail-move">
          <button
            type="button"
            className="icon-button"
            title={t('codebookEdit.moveUp')}
            aria-label={t('codebookEdit.moveUp')}
            disabled={at <= 0}
            onClick={() => actions.move(code, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            title={t('codebookEdit.moveDown')}
            aria-label={t('codebookEdit.moveDown')}
            disabled={at === siblings.length - 1}
            onClick={() => actions.move(code, 1)}
          >
            ↓
          </button>
        </div>
      </header>
      <div className="code-actions">
        <button type="button" className="button primary small" onClick={() => actions.edit(code)}>
          {t('codebookEdit.edit')}
        </button>
        <button type="button" className="button ghost small" onClick={() => actions.newSubCode(code)}>
          {t('codebookEdit.newSubCode')}
        </button>
        <button
          type="button"
          className="button ghost small"
          data-opens="MergeDialog"
          onClick={() => actions.merge(code)}
        >
          {t('codebookEdit.merge')}
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="button ghost small danger-text"
          data-opens="DeleteCodeDialog"
          onClick={() => actions.remove(code)}
        >
          {t('codebookEdit.delete')}
        </button>
      </div>
      <section className="code-section">
        <h3>{t('codebookEdit.definition')}</h3>
        <p className="definition">{code.definition[lang]}</p>
        {code.definition[other] && code.definition[other] !== code.definition[lang] && (
          <p className="muted other-language" lang={other}>
            {code.definition[other]}
          </p>
        )}
      </section>
      {(include || exclude) && (
        <section className="code-section rules-grid">
          {include && (
            <div>
              <h3>{t('codebook.include')}</h3>
              <p>{include}</p>
            </div>
          )}
          {exclude && (
            <div>
              <h3>{t('codebook.exclude')}</h3>
              <p>{exclude}</p>
            </div>
          )}
        </section>
      )}
      {code.defaultValence !== '0' && (
        <p className="code-section default-valence">
          {t('codebook.defaultValence', {
            valence: t(`coding.valence.${code.defaultValence}`).toLocaleLowerCase(lang),
          })}
        </p>
      )}
      {code.example[lang] && (
        <section className="code-section">
          <h3>{t('codebook.example')}</h3>
          <blockquote>{code.example[lang]}</blockquote>
        </section>
      )}
      <section className="code-section">
        <h3>{t('codebookEdit.roles')}</h3>
        <div className="roles">
          <RoleBadge codebook={codebook} code={code} index="pragmatism" />
          <RoleBadge codebook={codebook} code={code} index="idealism" />
        </div>
      </section>
      {children.length > 0 && (
        <section className="code-section">
          <h3>{t('codebookEdit.subCodes')}</h3>
          <ul className="sub-codes">
            {children.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => actions.select(c)}>
                  <span className="code-dot" style={{ background: c.color }} aria-hidden="true" /> {c.name[lang]}{' '}
                  <span className="mono muted">{c.key}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}

function RoleBadge(p: { codebook: Codebook; code: Code; index: 'pragmatism' | 'idealism' }) {
  const { t } = useT()
  const found = effectiveRole(p.codebook.codes, p.code, p.index)
  const label = p.index === 'pragmatism' ? t('codebookEdit.pragmatism') : t('codebookEdit.idealism')
  const value = !found
    ? t('codebookEdit.noRole')
    : found.inherited
      ? t('codebookEdit.inherited', { role: t(`codebook.role.${found.role}`) })
      : t(`codebook.role.${found.role}`)
  return <span className={`badge${found ? ' accent' : ''}`}>{t('codebookEdit.labelled', { label, value })}</span>
}
