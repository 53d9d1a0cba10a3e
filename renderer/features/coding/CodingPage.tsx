import { useT } from '../../i18n/language-store'
import { CODING_TABS, useCodingView } from './coding-view'
import { CodeTab } from './CodeTab'
import { RetrievalPanel } from './RetrievalPanel'
import { SearchPanel } from './SearchPanel'
import { AutocodePanel } from './AutocodePanel'
import { CollectivesPanel } from '../collectives/CollectivesPanel'
import { HistoryButtons } from './HistoryButtons'
import { CoderPicker } from './CoderPicker'
import { AgreementPanel } from './agreement/AgreementPanel'

const PANELS = {
  code: CodeTab,
  retrieve: RetrievalPanel,
  search: SearchPanel,
  autocode: AutocodePanel,
  collectives: CollectivesPanel,
  agreement: AgreementPanel,
}

/** The coding workbench: code documents, retrieve excerpts, search, autocode, collective cards. */
export function CodingPage() {
  const { t } = useT()
  const tab = useCodingView((s) => s.tab)
  const setTab = useCodingView((s) => s.setTab)
  const Panel = PANELS[tab]
  return (
    <div className="coding-page">
      <div className="tabs" role="tablist" aria-label={t('nav.coding')}>
        {CODING_TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === tab}
            className={k === tab ? 'tab active' : 'tab'}
            onClick={() => setTab(k)}
          >
            {t(`coding.tab.${k}`)}
          </button>
        ))}
        <span className="tabs-end">
          <CoderPicker />
          <HistoryButtons />
        </span>
      </div>
      <Panel />
    </div>
  )
}
