import type { QdpxImportReport } from '../../../shared/api/refi-qda'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/language-store'
import { formatNumber } from '../../../shared/i18n/format'

const COUNTS = ['documents', 'respondents', 'coders', 'codes', 'codings', 'memos', 'variables'] as const

/** What a project import brought in, and what it did not and why, before the engagement opens. */
export function ProjectImportReport(p: {
  report: QdpxImportReport
  project: string
  onOpen: () => void
  /** Escape: not now; the new engagement stays in the recent list. */
  onDismiss: () => void
}) {
  const tr = useT()
  const { t } = tr
  const r = p.report
  const missed = r.notImported
  return (
    <Dialog
      title={t('qdpxImport.ui.reportTitle', { project: p.project })}
      onClose={p.onDismiss}
      className="project-import-report"
      actions={
        <button type="button" className="button primary" onClick={p.onOpen} autoFocus>
          {t('qdpxImport.ui.open')}
        </button>
      }
    >
      <h3>{t('qdpxImport.ui.came')}</h3>
      <dl className="import-counts">
        {COUNTS.map((k) => (
          <div key={k}>
            <dt>{t(`qdpxImport.ui.count.${k}`)}</dt>
            <dd>{formatNumber(tr.lang, r.imported[k])}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('qdpxImport.ui.notices')}</h3>
      {missed.sources + missed.selections + missed.codings > 0 && (
        <p className="notice warning">{t('qdpxImport.notImported', missed)}</p>
      )}
      {r.notices.length === 0 ? (
        missed.sources + missed.selections + missed.codings === 0 && <p className="muted">{t('qdpxImport.ui.allIn')}</p>
      ) : (
        <>
          <ul className="import-notices">
            {r.notices.map((n, i) => (
              <li key={i}>{t(`qdpxImport.notice.${n.key}`, n.params)}</li>
            ))}
            {r.noticesLeftOut > 0 && <li className="muted">{t('qdpxImport.leftOut', { count: r.noticesLeftOut })}</li>}
          </ul>
        </>
      )}
    </Dialog>
  )
}
