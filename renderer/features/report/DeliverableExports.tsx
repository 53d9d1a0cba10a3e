import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { Language } from '../../../shared/domain/groups'
import { DELIVERABLE_FORMATS, type DeliverableFormat } from '../../../shared/report/deliverable-formats'

/**
 * "Export as": the deck for the steering committee, the workbook for the analyst who checks the
 * figures, the Word report for the client's team; from the same report as the PDF, in the chosen
 * language, with the same names gate. Progress and Cancel show in the job bar.
 */
export function DeliverableExports(props: {
  language: Language
  allowNames: boolean
  disabled: boolean
  suggestedName: string
  onStatus: (status: string | null) => void
}) {
  const { t } = useT()
  const showError = useAppView((s) => s.showError)
  const exportAs = async (format: DeliverableFormat) => {
    try {
      const { path } = await call('files.chooseDeliverablePath', { suggestedName: props.suggestedName, format })
      props.onStatus(t('report.ui.exportingAs', { format: t(`report.ui.format.${format}`) }))
      const done = await call('report.exportDeliverable', {
        language: props.language,
        path,
        format,
        allowNames: props.allowNames,
      })
      props.onStatus(t('report.ui.exported', { path: done.path }))
    } catch (e) {
      props.onStatus(null)
      showError(toApiError(e).error)
    }
  }
  return (
    <div className="deliverable-exports" role="group" aria-label={t('report.ui.exportAs')}>
      <span className="muted">{t('report.ui.exportAs')}</span>
      {DELIVERABLE_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          disabled={props.disabled}
          onClick={() => void exportAs(format)}
        >
          {t(`report.ui.format.${format}`)}
        </button>
      ))}
    </div>
  )
}
