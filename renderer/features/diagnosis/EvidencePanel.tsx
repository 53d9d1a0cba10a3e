import { useEffect } from 'react'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import { useEvidence } from './evidence-store'

/** The quotes behind the figure the consultant clicked, with who said them and to what question. */
export function EvidencePanel() {
  const { t, tn, lang } = useT()
  const open = useEvidence((s) => s.open)
  const close = useEvidence((s) => s.close)
  const refs = open?.refs.slice(0, 200).map(({ documentId, start, end }) => ({ documentId, start, end })) ?? []
  const excerpts = useCall('diagnosis.excerpts', { refs })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [close])
  if (!open) return null
  return (
    <aside className="evidence-panel" role="complementary" aria-label={t('diag.evidence.title')}>
      <header>
        <div>
          <div className="evidence-kicker">{t('diag.evidence.title')}</div>
          <h3>{open.title}</h3>
          {open.subtitle && <div className="muted">{open.subtitle}</div>}
          <div className="muted">{tn('diag.evidence.count', open.refs.length)}</div>
        </div>
        <button type="button" className="button ghost" onClick={close}>
          {t('diag.evidence.close')}
        </button>
      </header>
      {open.refs.length === 0 && <p className="muted">{t('diag.evidence.none')}</p>}
      <ol className="excerpts">
        {(excerpts.data ?? []).map((x) => (
          <li key={`${x.documentId}:${x.start}:${x.end}`} className="excerpt">
            <div className="excerpt-meta">
              <span className="mono">{x.respondentCode}</span>
              <GroupBadge group={x.group} />
              {x.role && <span className="muted">{x.role}</span>}
            </div>
            {x.question && <div className="excerpt-question">{x.question[lang]}</div>}
            <blockquote>
              <span className="context">{x.before.length ? `…${x.before}` : ''}</span>
              <mark>{x.text}</mark>
              <span className="context">{x.after.length ? `${x.after}…` : ''}</span>
            </blockquote>
          </li>
        ))}
      </ol>
    </aside>
  )
}
