import { useState } from 'react'
import type { MergeConflictView, MergePreview } from '../../../shared/api/merge'
import { formatDate } from '../../../shared/i18n/translate'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { Dialog } from '../../components/Dialog'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'

type Side = 'target' | 'source'

const totalsOf = (tables: MergePreview['tables']) =>
  Object.values(tables).reduce(
    (t, x) => ({ added: t.added + x.added, updated: t.updated + x.updated, deleted: t.deleted + x.deleted }),
    { added: 0, updated: 0, deleted: 0 },
  )

/**
 * The preview of a merge: what the colleague's file would add, update and delete, table by table,
 * and each conflict with its two sides, for the consultant to choose; the merge once every
 * conflict is settled.
 */
export function EngagementMergeDialog(p: {
  preview: MergePreview
  onClose: () => void
  onMerged: (message: string) => void
}) {
  const tr = useT()
  const { t } = tr
  const showError = useAppView((s) => s.showError)
  const [sides, setSides] = useState<Record<string, Side>>({})
  const [busy, setBusy] = useState(false)
  const { conflicts } = p.preview
  const blocked = conflicts.filter((c) => !c.settleable)
  const ready = !busy && blocked.length === 0 && conflicts.every((c) => sides[c.id])
  const file = p.preview.file.split(/[\\/]/).pop() ?? p.preview.file
  const merge = async () => {
    setBusy(true)
    try {
      const done = await call('merge.apply', {
        mergeId: p.preview.mergeId,
        decisions: Object.entries(sides).map(([id, side]) => ({ id, side })),
      })
      p.onMerged(t('merge.ui.merged', { file, ...totalsOf(done.tables) }))
    } catch (e) {
      showError(toApiError(e).error)
    } finally {
      setBusy(false)
    }
  }
  const rows = Object.entries(p.preview.tables)
  return (
    <Dialog
      title={t('merge.ui.dialogTitle', { file })}
      onClose={() => busy || p.onClose()}
      className="wide merge-dialog"
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose} disabled={busy}>
            {t('new.cancel')}
          </button>
          <button type="button" className="button primary" disabled={!ready} onClick={() => void merge()}>
            {t('merge.ui.merge')}
          </button>
        </>
      }
    >
      <p className="muted">
        {p.preview.base ? t('merge.ui.base', { date: formatDate(tr.lang, p.preview.base) }) : t('merge.ui.noBase')}
      </p>
      {rows.length === 0 && conflicts.length === 0 ? (
        <p>{t('merge.ui.nothing')}</p>
      ) : (
        <table className="merge-counts">
          <thead>
            <tr>
              <th scope="col">{t('merge.ui.what')}</th>
              <th scope="col">{t('merge.ui.added')}</th>
              <th scope="col">{t('merge.ui.updated')}</th>
              <th scope="col">{t('merge.ui.deleted')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([table, n]) => (
              <tr key={table}>
                <th scope="row">{t(tableKey(table))}</th>
                <td>{n.added}</td>
                <td>{n.updated}</td>
                <td>{n.deleted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {conflicts.length > 0 && (
        <section aria-label={t('merge.ui.conflicts', { count: conflicts.length })}>
          <h3>{t('merge.ui.conflicts', { count: conflicts.length })}</h3>
          <ul className="merge-conflicts">
            {conflicts.map((c) => (
              <Conflict key={c.id} c={c} side={sides[c.id]} onSide={(s) => setSides({ ...sides, [c.id]: s })} />
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  )
}

function Conflict(p: { c: MergeConflictView; side: Side | undefined; onSide: (s: Side) => void }) {
  const { t } = useT()
  const { c } = p
  return (
    <li className="merge-conflict">
      <p>
        {t('merge.ui.conflictLine', { table: t(tableKey(c.table)), label: c.label, kind: t(`merge.kind.${c.kind}`) })}
      </p>
      {c.differences.length > 0 && (
        <dl className="merge-differences">
          {c.differences.map((d) => (
            <div key={d.column}>
              <dt>{columnName(t, d.column)}</dt>
              <dd>{t('merge.ui.sides', { here: d.here, there: d.there })}</dd>
            </div>
          ))}
        </dl>
      )}
      {c.settleable ? (
        <div className="merge-sides" role="radiogroup" aria-label={c.label}>
          {(['target', 'source'] as const).map((s) => (
            <label key={s} className="inline-check">
              <input type="radio" name={c.id} checked={p.side === s} onChange={() => p.onSide(s)} />
              {t(s === 'target' ? 'merge.ui.keepHere' : 'merge.ui.takeThere')}
            </label>
          ))}
        </div>
      ) : (
        <p className="notice warning">{t('merge.ui.settleInFile')}</p>
      )}
    </li>
  )
}

const tableKey = (table: string) => `merge.table.${table}` as `merge.table.codings`

/** The columns a consultant meets in conflicts, by name; any other as it is written, spaced. */
const COLUMNS = ['valence', 'intensity', 'stance', 'target', 'memo', 'text', 'title', 'body', 'code', 'value'] as const
function columnName(t: ReturnType<typeof useT>['t'], column: string): string {
  const known = COLUMNS.find((c) => c === column)
  return known ? t(`merge.column.${known}`) : column.replace(/_/g, ' ')
}
