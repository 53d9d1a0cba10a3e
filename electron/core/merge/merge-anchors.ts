import type { Database } from 'better-sqlite3-multiple-ciphers'
import { reanchor } from '../../../shared/domain/reanchor'
import type { TableRow } from '../refi-qda/terrain-extras'
import type { TableChanges } from './merge-plan'

/**
 * Codings whose offsets were taken on another text than the one their document keeps: the
 * source's codings on a document whose text stays the target's (edited here, or edited on both
 * sides and kept from here), and the target's own codings on a document whose text the source's
 * replaces. Each goes back on its own words in the kept text (the nearest occurrence), or, when
 * they are gone, is placed at most where it was and flagged for review: never silently on other
 * words.
 */
export function anchorCodings(target: Database, source: Database, tables: TableChanges[]): void {
  const documents = tables.find((t) => t.table === 'documents')
  const codings = tables.find((t) => t.table === 'codings')
  if (!documents || !codings) return
  const fromSource = new Set([...documents.adds, ...documents.updates].map((d) => String(d.id)))
  const mine = target.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?')
  const theirs = source.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?')
  const kept = new Map<string, string | null>()
  const keptText = (id: string): string | null => {
    if (!kept.has(id)) {
      const here = fromSource.has(id) ? undefined : mine.get(id)?.text
      kept.set(id, here !== undefined && here !== theirs.get(id)?.text ? here : null)
    }
    return kept.get(id)!
  }
  for (const row of [...codings.adds, ...codings.updates]) {
    const text = keptText(String(row.document_id))
    if (text !== null) place(row, text)
  }
  // The target's codings on a text the source's replaces, those the plan does not touch already.
  const planned = new Set([...codings.adds, ...codings.updates].map((c) => String(c.id)))
  for (const c of codings.deletes) planned.add(c.key)
  const ofDocument = target.prepare<[string], TableRow>('SELECT * FROM codings WHERE document_id = ?')
  for (const d of documents.updates) {
    const text = String(d.text)
    if (mine.get(String(d.id))?.text === text) continue
    for (const row of ofDocument.all(String(d.id))) {
      if (planned.has(String(row.id))) continue
      const before = `${row.start}:${row.end}`
      place(row, text)
      if (`${row.start}:${row.end}` !== before || row.needs_review === 1) codings.updates.push(row)
    }
  }
}

/** Puts a coding on its own words in `text`, else where it was, flagged for review. */
function place(row: TableRow, text: string): void {
  const span = reanchor(text, { start: Number(row.start), end: Number(row.end), text: String(row.text) })
  if (span) {
    row.start = span.start
    row.end = span.end
    return
  }
  const start = Math.min(Number(row.start), Math.max(0, text.length - 1))
  row.start = start
  row.end = Math.min(text.length, Math.max(start + 1, Number(row.end)))
  row.text = text.slice(start, Number(row.end))
  row.needs_review = 1
}
