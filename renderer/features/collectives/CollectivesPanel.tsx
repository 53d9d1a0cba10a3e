import { useState } from 'react'
import type { CollectiveCard } from '../../../shared/api/collectives'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { EmptyState } from '../../components/EmptyState'
import { CollectiveCardView } from './CollectiveCardView'
import { CollectiveNameDialog } from './CollectiveNameDialog'
import { DeleteCollectiveDialog } from './DeleteCollectiveDialog'
import { LinkEvidenceDialog } from './LinkEvidenceDialog'
import './collectives.css'

/** Which dialog is open, over which card. */
type Dialog =
  | { kind: 'new' }
  | { kind: 'rename'; card: CollectiveCard }
  | { kind: 'delete'; card: CollectiveCard }
  | { kind: 'link'; card: CollectiveCard }

/** The collective cards: one per group the respondents name, with its criteria and evidence. */
export function CollectivesPanel() {
  const { t } = useT()
  const list = useCall('collectives.list', {})
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const close = () => setDialog(null)
  const cards = list.data ?? []
  return (
    <div className="collectives" aria-label={t('collectives.title')}>
      <header className="collectives-header">
        <div>
          <h2>{t('collectives.title')}</h2>
          <p className="muted">{t('collectives.intro')}</p>
        </div>
        <button
          type="button"
          className="button primary"
          data-opens="CollectiveNameDialog"
          onClick={() => setDialog({ kind: 'new' })}
        >
          {t('collectives.new')}
        </button>
      </header>
      {list.data && cards.length === 0 && (
        <EmptyState title={t('collectives.empty')}>
          <p className="muted">{t('collectives.emptyHint')}</p>
        </EmptyState>
      )}
      <div className="collective-cards">
        {cards.map((card) => (
          <CollectiveCardView
            key={card.id}
            card={card}
            onRename={() => setDialog({ kind: 'rename', card })}
            onDelete={() => setDialog({ kind: 'delete', card })}
            onLink={() => setDialog({ kind: 'link', card })}
          />
        ))}
      </div>
      {dialog?.kind === 'new' && <CollectiveNameDialog card={null} onClose={close} />}
      {dialog?.kind === 'rename' && <CollectiveNameDialog card={dialog.card} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteCollectiveDialog card={dialog.card} onClose={close} />}
      {dialog?.kind === 'link' && <LinkEvidenceDialog card={dialog.card} onClose={close} />}
    </div>
  )
}
