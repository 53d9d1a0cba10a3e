import { useAppView, type Section } from '../stores/app-view'
import { useT } from '../i18n/language-store'
import { EmptyState } from './EmptyState'

/** A section whose workbench is not built yet: what it will hold, and what the engagement has. */
export function ComingSection({ section }: { section: Extract<Section, 'coding' | 'diagnosis' | 'report'> }) {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  return (
    <EmptyState title={t(`nav.${section}`)}>
      <p>{t(`coming.${section}`)}</p>
      <p className="muted">{t('coming.current', { codings: open.counts.codings, documents: open.counts.documents })}</p>
    </EmptyState>
  )
}
