import { useState } from 'react'
import { call } from '../../api/client'
import { useCall, useMutation } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { formatDate } from '../../../shared/i18n/translate'
import { NewEngagementDialog } from './NewEngagementDialog'
import { useProjectImport } from './use-project-import'
import { openChosenFile, openPath, openWith } from './open-engagement'
import './start.css'

export function StartScreen() {
  const tr = useT()
  const { t } = tr
  const recent = useCall('engagement.recent', {})
  const about = useCall('app.about', {})
  const forget = useMutation('engagement.forgetRecent')
  const [creating, setCreating] = useState(false)
  const projectImport = useProjectImport()

  return (
    <main className="start">
      <header className="start-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('app.name')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <LanguageSwitch />
      </header>

      <div className="start-body">
        <section className="start-actions" aria-label={t('app.name')}>
          <button
            type="button"
            className="action-card"
            data-opens="NewEngagementDialog"
            onClick={() => setCreating(true)}
          >
            <span className="action-title">{t('start.new')}</span>
            <span className="action-hint">{t('start.newHint')}</span>
          </button>
          <button type="button" className="action-card" onClick={() => void openChosenFile()}>
            <span className="action-title">{t('start.open')}</span>
            <span className="action-hint">{t('start.openHint')}</span>
          </button>
          <button
            type="button"
            className="action-card"
            data-opens="ProjectImportDialog"
            onClick={() => void projectImport.choose()}
          >
            <span className="action-title">{t('qdpxImport.ui.start')}</span>
            <span className="action-hint">{t('qdpxImport.ui.startHint')}</span>
          </button>
          <button
            type="button"
            className="action-card accent"
            onClick={() => void openWith(() => call('engagement.openDemo', { language: tr.lang }))}
          >
            <span className="action-title">{t('start.demo')}</span>
            <span className="action-hint">
              {about.data ? t('start.demoHint', { respondents: about.data.demoRespondents }) : ''}
            </span>
          </button>
        </section>

        <section className="start-recent">
          <h2>{t('start.recent')}</h2>
          {recent.data?.length ? (
            <ul className="recent-list">
              {recent.data.map((r) => (
                <li key={r.path} className={r.exists ? '' : 'missing'}>
                  <button
                    type="button"
                    className="recent-open"
                    disabled={!r.exists}
                    onClick={() => void openPath(r.path)}
                  >
                    <span className="recent-client">
                      {r.client || t('start.untitled')}
                      {r.encrypted && (
                        <span className="lock-badge" title={t('encryption.recentLocked')}>
                          {t('encryption.recentLocked')}
                        </span>
                      )}
                    </span>
                    <span className="recent-title">{r.title}</span>
                    <span className="recent-path">{r.path}</span>
                    <span className="recent-date">
                      {r.exists ? t('start.openedOn', { date: formatDate(tr.lang, r.openedAt) }) : t('start.missing')}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="button ghost small"
                    title={t('start.forget')}
                    aria-label={t('start.forget')}
                    onClick={() => void forget({ path: r.path })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('start.recentEmpty')}</p>
          )}
        </section>
      </div>
      {creating && <NewEngagementDialog onClose={() => setCreating(false)} />}
      {projectImport.dialog}
    </main>
  )
}
