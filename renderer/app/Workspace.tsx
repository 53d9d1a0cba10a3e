import { useEffect } from 'react'
import { call } from '../api/client'
import { useCall } from '../api/use-call'
import { useAppView, SECTIONS, type Section } from '../stores/app-view'
import { useT } from '../i18n/language-store'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { EngagementPage } from '../features/engagement'
import { GuidePage } from '../features/guide'
import { InterviewsPage } from '../features/interview'
import { CodebookPage } from '../features/codebook'
import { CodingPage } from '../features/coding'
import { DiagnosisPage } from '../features/diagnosis'
import { ReportPage } from '../features/report'

/** The shortcut modifier's name: ⌘ on a Mac, Ctrl elsewhere. */
const IS_MAC = /Mac/i.test(navigator.platform)

const PAGES: Record<Section, () => React.JSX.Element | null> = {
  engagement: EngagementPage,
  guide: GuidePage,
  interviews: InterviewsPage,
  codebook: CodebookPage,
  coding: CodingPage,
  diagnosis: DiagnosisPage,
  report: ReportPage,
}

/** The frame around an open engagement: navigation, header, status bar. Ctrl+1..7 switch sections. */
export function Workspace() {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const section = useAppView((s) => s.section)
  const go = useAppView((s) => s.go)
  const saving = useAppView((s) => s.saving)
  const setOpen = useAppView((s) => s.setOpen)
  // Keep the header and the counts current after every change.
  const current = useCall('engagement.current', {})
  useEffect(() => {
    if (current.data) useAppView.setState({ open: current.data })
  }, [current.data])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return
      const n = Number(e.key)
      const target = SECTIONS[n - 1]
      if (Number.isInteger(n) && target) {
        e.preventDefault()
        go(target)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])

  const close = async () => {
    await call('engagement.close', {})
    setOpen(null)
  }
  const Page = PAGES[section]

  return (
    <div className="workspace">
      <nav className="sidebar" aria-label={t('app.name')}>
        <div className="brand small">
          <span className="brand-mark" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </div>
        <ul>
          {SECTIONS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                aria-current={s === section ? 'page' : undefined}
                aria-keyshortcuts={`${IS_MAC ? 'Meta' : 'Control'}+${i + 1}`}
                title={t(IS_MAC ? 'nav.shortcutMac' : 'nav.shortcut', { key: i + 1 })}
                onClick={() => go(s)}
              >
                <span>{t(`nav.${s}`)}</span>
                <kbd aria-hidden="true">{t(IS_MAC ? 'nav.shortcutMac' : 'nav.shortcut', { key: i + 1 })}</kbd>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button ghost sidebar-close" onClick={() => void close()}>
          {t('nav.close')}
        </button>
      </nav>
      <div className="main-column">
        <header className="topbar">
          <div className="topbar-title" data-content>
            <span className="client">{open.info.client || t('start.untitled')}</span>
            <span className="title">{open.info.title}</span>
          </div>
          <LanguageSwitch />
        </header>
        {open.warnings.map((w) => (
          <div key={w} className="warning-banner" role="status">
            {t(`warning.${w}`)}
          </div>
        ))}
        <main className="page" aria-label={t(`nav.${section}`)}>
          <Page />
        </main>
        <footer className="statusbar">
          <span className={`save-state ${saving}`}>
            {saving === 'saving' ? '…' : saving === 'unsaved' ? t('status.unsaved') : t('status.saved')}
          </span>
          <span className="muted" data-content>
            {open.path}
          </span>
          <span className="muted">{t('status.schema', { version: open.schemaVersion })}</span>
        </footer>
      </div>
    </div>
  )
}
