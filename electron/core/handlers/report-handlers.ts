import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { exportDeliverableFile } from '../deliverables/export-deliverable'
import { reportPreview } from '../report/report-preview'
import { reportCandidates } from '../report/verbatim-candidates'
import { addVerbatim, setVerbatims } from '../report/verbatim-picks'

type ReportHandlers = Pick<
  CoreHandlers,
  | 'report.preview'
  | 'report.texts'
  | 'report.setText'
  | 'report.candidates'
  | 'report.setVerbatims'
  | 'report.addVerbatim'
  | 'report.exportDeliverable'
>

export function reportHandlers(session: Session): ReportHandlers {
  const e = () => session.requireEngagement()
  return {
    'report.preview': ({ language }) => reportPreview(e(), language),
    'report.texts': ({ language }) => e().reportChoices.texts(language),
    'report.setText': ({ section, language, body }) => {
      e().transaction(() => e().reportChoices.setText(section, language, body))
      return null
    },
    'report.candidates': ({ section, language }) => reportCandidates(e(), section, language),
    'report.setVerbatims': ({ section, refs }) => {
      setVerbatims(e(), section, refs)
      return null
    },
    'report.addVerbatim': ({ section, ref }) => addVerbatim(e(), section, ref),
    'report.exportDeliverable': (o, ctx) => exportDeliverableFile(e(), o, jobOf(ctx)),
  }
}
