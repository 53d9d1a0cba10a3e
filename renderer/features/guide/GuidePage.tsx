import { useState } from 'react'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import type { Guide, Question } from '../../../shared/domain/guide'

/** The interview guides of the engagement, one per group, in the interface language. */
export function GuidePage() {
  const { t, tn } = useT()
  const guides = useCall('guides.list', {})
  const [selected, setSelected] = useState(0)
  const list = guides.data ?? []
  const guide = list[selected]
  return (
    <div className="split">
      <aside className="list-pane">
        <ul className="select-list">
          {list.map((g, i) => (
            <li key={g.id}>
              <button type="button" aria-current={i === selected ? 'true' : undefined} onClick={() => setSelected(i)}>
                <GuideName guide={g} />
                <span className="muted">{tn('guide.questions', g.questions.length)}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="detail-pane">
        {guide && (
          <>
            <header className="detail-header">
              <h2>
                <GuideName guide={guide} />
              </h2>
              <GroupBadge group={guide.group} />
            </header>
            <GuideIntro guide={guide} />
            <ol className="questions">
              {guide.questions.map((q) => (
                <QuestionItem key={q.id} q={q} />
              ))}
            </ol>
          </>
        )}
        {guides.error && <p className="muted">{t(`error.${guides.error.code}`)}</p>}
      </section>
    </div>
  )
}

function GuideName({ guide }: { guide: Guide }) {
  const { lang } = useT()
  return <span>{guide.name[lang]}</span>
}

function GuideIntro({ guide }: { guide: Guide }) {
  const { lang } = useT()
  return guide.intro[lang] ? <p className="intro">{guide.intro[lang]}</p> : null
}

function QuestionItem({ q }: { q: Question }) {
  const { t, lang } = useT()
  return (
    <li className="question">
      <div className="question-text">{q.text[lang]}</div>
      <div className="question-meta">
        <span className="badge">{t(`questionType.${q.type}`)}</span>
        {q.options?.motiveCards && <span className="badge accent">{t('guide.motiveCards')}</span>}
        {q.stance === 'ATTR' && q.target && (
          <span className="badge attr">
            {t('guide.attributedTo', { group: t(`groups.${q.target}`).toLowerCase() })}
          </span>
        )}
        {q.expectedCodes.length > 0 && (
          <span className="codes" title={t('guide.expectedCodes')}>
            {q.expectedCodes.join(' · ')}
          </span>
        )}
      </div>
      {q.probes[lang].length > 0 && (
        <ul className="probes" aria-label={t('guide.probes')}>
          {q.probes[lang].map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {q.options?.items && (
        <ol className="cards">
          {q.options.items.map((it) => (
            <li key={it.key}>{it.label[lang]}</li>
          ))}
        </ol>
      )}
    </li>
  )
}
