import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Language } from '../../../shared/domain/groups'
import { now } from '../db/clock'

export interface VerbatimPick {
  documentId: string
  start: number
  end: number
}

/** What the consultant wrote and chose for the report, by section. */
export function reportChoicesRepository(db: Database) {
  return {
    texts(language: Language): Record<string, string> {
      const rows = db
        .prepare<[string], { section: string; body: string }>(
          'SELECT section, body FROM report_texts WHERE language = ?',
        )
        .all(language)
      return Object.fromEntries(rows.map((r) => [r.section, r.body]))
    },
    /** An empty text goes back to the generated draft. */
    setText(section: string, language: Language, body: string): void {
      if (body.trim() === '') {
        db.prepare('DELETE FROM report_texts WHERE section = ? AND language = ?').run(section, language)
        return
      }
      db.prepare(
        `INSERT INTO report_texts (section, language, body, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(section, language) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      ).run(section, language, body, now())
    },
    verbatims(): Record<string, VerbatimPick[]> {
      const rows = db
        .prepare<[], { section: string; document_id: string; start: number; end: number }>(
          'SELECT section, document_id, start, end FROM report_verbatims ORDER BY section, position',
        )
        .all()
      const out: Record<string, VerbatimPick[]> = {}
      for (const r of rows) (out[r.section] ??= []).push({ documentId: r.document_id, start: r.start, end: r.end })
      return out
    },
    /** The verbatims picked in a document, for moving them when the document is edited. */
    picksIn(documentId: string): (VerbatimPick & { section: string })[] {
      return db
        .prepare<[string], { section: string; document_id: string; start: number; end: number }>(
          'SELECT section, document_id, start, end FROM report_verbatims WHERE document_id = ?',
        )
        .all(documentId)
        .map((r) => ({ section: r.section, documentId: r.document_id, start: r.start, end: r.end }))
    },
    /** Moves a pick after an edit, or drops it (null) when its words are gone. */
    movePick(section: string, from: VerbatimPick, to: { start: number; end: number } | null): void {
      const where = 'section = ? AND document_id = ? AND start = ? AND end = ?'
      if (to === null)
        db.prepare(`DELETE FROM report_verbatims WHERE ${where}`).run(section, from.documentId, from.start, from.end)
      else
        db.prepare(`UPDATE OR IGNORE report_verbatims SET start = ?, end = ? WHERE ${where}`).run(
          to.start,
          to.end,
          section,
          from.documentId,
          from.start,
          from.end,
        )
    },
    /** The section's picks, in order; an empty list goes back to the automatic choice. */
    setVerbatims(section: string, picks: readonly VerbatimPick[]): void {
      db.prepare('DELETE FROM report_verbatims WHERE section = ?').run(section)
      const insert = db.prepare(
        'INSERT OR IGNORE INTO report_verbatims (section, document_id, start, end, position) VALUES (?, ?, ?, ?, ?)',
      )
      picks.forEach((p, i) => insert.run(section, p.documentId, p.start, p.end, i))
    },
  }
}
