import { useState, type ReactNode } from 'react'
import type { QdpxImportReport, QdpxProjectOverview } from '../../../shared/api/refi-qda'
import type { EngagementSummary } from '../../../shared/api/engagement'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'
import { ProjectImportDialog } from './ProjectImportDialog'
import { ProjectImportReport } from './ProjectImportReport'

type Step =
  | { at: 'closed' }
  | { at: 'asking'; overview: QdpxProjectOverview }
  | { at: 'report'; overview: QdpxProjectOverview; engagement: EngagementSummary; report: QdpxImportReport }

/**
 * "From another QDA tool…": choose a .qdpx, read it, ask what the project cannot say (the group
 * variable, the language, encryption), import it, show what came in, then open the engagement.
 */
export function useProjectImport(): { choose: () => Promise<void>; dialog: ReactNode } {
  const tr = useT()
  const [step, setStep] = useState<Step>({ at: 'closed' })
  const choose = async () => {
    try {
      const { path } = await call('files.chooseQdpxProject', {})
      setStep({ at: 'asking', overview: await call('refi.inspectProject', { path, language: tr.lang }) })
    } catch (e) {
      const error = toApiError(e).error
      if (error.code !== 'CANCELLED') useAppView.getState().showError(error)
    }
  }
  const dialog =
    step.at === 'asking' ? (
      <ProjectImportDialog
        overview={step.overview}
        onClose={() => setStep({ at: 'closed' })}
        onImported={(done) => setStep({ at: 'report', overview: step.overview, ...done })}
      />
    ) : step.at === 'report' ? (
      <ProjectImportReport
        report={step.report}
        project={step.overview.name || tr.t('qdpxImport.ui.untitled')}
        onOpen={() => useAppView.getState().setOpen(step.engagement)}
        onDismiss={() => {
          setStep({ at: 'closed' })
          void call('engagement.close', {})
        }}
      />
    ) : null
  return { choose, dialog }
}
