import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { EmptyState } from '../../components/EmptyState'
import { useCodingView } from './coding-view'
import { DocumentNavigator } from './DocumentNavigator'
import { DocumentCoder } from './DocumentCoder'
import { ImportCodings } from './ImportCodings'

/** The coding tab: documents on the left, the open one in the middle, the codebook on the right. */
export function CodeTab() {
  const { t } = useT()
  const documents = useCall('coding.documents', {}).data ?? []
  const codebook = useCall('codebook.get', {}).data
  const documentId = useCodingView((s) => s.documentId)
  const openDocument = useCodingView((s) => s.openDocument)

  return (
    <div className="code-tab">
      <DocumentNavigator documents={documents} current={documentId} onOpen={(id) => openDocument(id)} />
      {documentId && codebook ? (
        <DocumentCoder key={documentId} documentId={documentId} codes={codebook.codes} families={codebook.families} />
      ) : (
        <div className="stack">
          <EmptyState title={t('coding.pickDocument')}>
            <p>{t('coding.pickDocumentHint')}</p>
          </EmptyState>
          <ImportCodings />
        </div>
      )}
    </div>
  )
}
