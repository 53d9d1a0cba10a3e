import { useState } from 'react'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { EmptyState } from '../../components/EmptyState'
import { useCodingView } from './coding-view'
import { DocumentNavigator } from './DocumentNavigator'
import { DocumentCoder } from './DocumentCoder'
import { ImportCodings } from './ImportCodings'

/**
 * The coding tab: documents on the left, the open one in the middle, the codebook on the right.
 * On a narrow window the document list folds away once a document is open, so that the text keeps
 * a readable width; the "Documents" button (Alt+D) brings it back over the text.
 */
export function CodeTab() {
  const { t } = useT()
  const documents = useCall('coding.documents', {}).data ?? []
  const codebook = useCall('codebook.get', {}).data
  const documentId = useCodingView((s) => s.documentId)
  const openDocument = useCodingView((s) => s.openDocument)
  const [navigatorShown, setNavigatorShown] = useState(false)
  const classes = ['code-tab', documentId ? 'has-document' : '', navigatorShown ? 'navigator-shown' : '']

  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <DocumentNavigator
        documents={documents}
        current={documentId}
        onOpen={(id) => {
          setNavigatorShown(false)
          openDocument(id)
        }}
        onClose={navigatorShown ? () => setNavigatorShown(false) : undefined}
      />
      {documentId && codebook ? (
        <DocumentCoder
          key={documentId}
          documentId={documentId}
          codes={codebook.codes}
          families={codebook.families}
          onShowDocuments={() => setNavigatorShown((v) => !v)}
          documentsShown={navigatorShown}
        />
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
