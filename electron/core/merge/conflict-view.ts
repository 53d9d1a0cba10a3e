import type { MergeConflictView } from '../../../shared/api/merge'
import type { TableRow } from '../refi-qda/terrain-extras'
import { conflictId, type MergeConflict } from './merge-plan'

/** Columns a person does not read: ids and times say nothing of what changed. */
const HIDDEN = /(^id$|_id$|_at$|^position$)/

const shown = (v: unknown): string => {
  const text = v === null || v === undefined ? '—' : String(v)
  return text.length > 120 ? `${text.slice(0, 119)}…` : text
}

/** A conflict as the consultant settles it: its row by name, and the columns where the files differ. */
export function conflictView(c: MergeConflict): MergeConflictView {
  const here: TableRow = c.target ?? {}
  const there: TableRow = c.source ?? {}
  const columns = [...new Set([...Object.keys(here), ...Object.keys(there)])].filter(
    (k) => !HIDDEN.test(k) && here[k] !== there[k],
  )
  return {
    id: conflictId(c.table, c.key),
    table: c.table,
    kind: c.kind,
    label: labelOf(c),
    differences:
      c.target && c.source
        ? columns.map((column) => ({ column, here: shown(here[column]), there: shown(there[column]) }))
        : [],
    settleable: c.kind !== 'sameName' && c.kind !== 'orphan',
  }
}

/** A conflict's row as a person knows it: its code, key, name, title or words, else its key. */
export function labelOf(c: MergeConflict): string {
  const row = c.source ?? c.target ?? {}
  for (const field of ['code', 'key', 'name_en', 'name_fr', 'name', 'title', 'text', 'body']) {
    // The label is shown in quotation marks: words that bring their own would show them twice.
    const v = typeof row[field] === 'string' ? row[field].replace(/^[\s«»“”"]+|[\s«»“”"]+$/g, '') : ''
    if (v) return v.length > 80 ? `${v.slice(0, 79)}…` : v
  }
  return c.key
}
