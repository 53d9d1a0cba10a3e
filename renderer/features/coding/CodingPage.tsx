import { useRef, type KeyboardEvent } from 'react'
import { useT } from '../../i18n/language-store'
import { useCodingView, visibleTabs, type CodingTab } from './coding-view'
import { CodeTab } from './CodeTab'
import { RetrievalPanel } from './RetrievalPanel'
import { SearchPanel } from './SearchPanel'
import { AutocodePanel } from './AutocodePanel'
import { CollectivesPanel } from '../collectives'
import { HistoryButtons } from './HistoryButtons'
import { CoderPicker } from './CoderPicker'
import { AgreementPanel } from './agreement/AgreementPanel'
import './coding.css'

const PANELS = {
  code: CodeTab,
  retrieve: RetrievalPanel,
  search: SearchPanel,
  autocode: AutocodePanel,
  collectives: CollectivesPanel,
  agreement: AgreementPanel,
}

/**
 * The coding workbench: code documents, retrieve excerpts, search, autocode, collective cards.
 * The tabs are one keyboard stop, moved with the arrow keys (WAI-ARIA tabs); the coder picker and
 * the history buttons sit beside them, outside the tab list.
 */
export function CodingPage() {
  const { t } = useT()
  const tab = useCodingView((s) => s.tab)
  const setTab = useCodingView((s) => s.setTab)
  const tabs = visibleTabs(useCodingView((s) => s.blind))
  const list = useRef<HTMLDivElement>(null)
  const Panel = PANELS[tab]
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.indexOf(tab)
    const to: Record<string, number> = {
      ArrowRight: (at + 1) % tabs.length,
      ArrowLeft: (at - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    }
    const next = to[e.key]
    if (next === undefined) return
    e.preventDefault()
    const k: CodingTab = tabs[next]!
    setTab(k)
    list.current?.querySelector<HTMLElement>(`#coding-tab-${k}`)?.focus()
  }
  return (
    <div className="coding-page">
      <div className="tabs-bar">
        <div className="tabs" role="tablist" aria-label={t('nav.coding')} ref={list} onKeyDown={onKeyDown}>
          {tabs.map((k) => (
            <button
              key={k}
              id={`coding-tab-${k}`}
              type="button"
              role="tab"
              aria-selected={k === tab}
              aria-controls="coding-panel"
              tabIndex={k === tab ? 0 : -1}
              className={k === tab ? 'tab active' : 'tab'}
              onClick={() => setTab(k)}
            >
              {t(`coding.tab.${k}`)}
            </button>
          ))}
        </div>
        <div className="tabs-end">
          <CoderPicker />
          <HistoryButtons />
        </div>
      </div>
      <div className="coding-panel" role="tabpanel" id="coding-panel" aria-labelledby={`coding-tab-${tab}`}>
        <Panel />
      </div>
    </div>
  )
}
