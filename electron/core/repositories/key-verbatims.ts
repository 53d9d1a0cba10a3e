import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { KeyVerbatim } from '../../../shared/domain/key-verbatim'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'

interface Row {
  id: string
  document_id: string
  start: number
  end: number
  text: string
  created_at: string
}
const toKeyVerbatim = (r: Row): KeyVerbatim => ({
  id: r.id,
  documentId: r.document_id,
  start: r.start,
  end: r.end,
  text: r.text,
  createdAt: r.created_at,
})

export function keyVerbatimRepository(db: Database) {
  const docText = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?')
  const byId = db.prepare<[string], Row>('SELECT * FROM key_verbatims WHERE id = ?')
  return {
    /** Keeps the span's words with the mark, from the document's current text. */
    add(documentId: string, span: { start: number; end: number }, id = newId()): KeyVerbatim {
      const doc = docText.get(documentId) ?? fail('NOT_FOUND', `No document ${documentId}.`)
      if (!(span.start >= 0 && span.end > span.start && span.end <= doc.text.length)) {
        fail('INVALID_RANGE', `The span ${span.start}-${span.end} is not inside the text (${doc.text.length}).`)
      }
      db.prepare(
        'INSERT INTO key_verbatims (id, document_id, start, end, text, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, documentId, span.start, span.end, doc.text.slice(span.start, span.end), now())
      return toKeyVerbatim(byId.get(id)!)
    },
    at(documentId: string, span: { start: number; end: number }): KeyVerbatim | undefined {
      const r = db
        .prepare<[string, number, number], Row>(
          'SELECT * FROM key_verbatims WHERE document_id = ? AND start = ? AND end = ?',
        )
        .get(documentId, span.start, span.end)
      return r && toKeyVerbatim(r)
    },
    ofDocument: (documentId: string): KeyVerbatim[] =>
      db
        .prepare<[string], Row>('SELECT * FROM key_verbatims WHERE document_id = ? ORDER BY start, end')
        .all(documentId)
        .map(toKeyVerbatim),
    /** After an edit of the text: the mark follows its words, or goes with them (span null). */
    move(id: string, span: { start: number; end: number; text: string } | null): void {
      if (!span) db.prepare('DELETE FROM key_verbatims WHERE id = ?').run(id)
      else
        db.prepare('UPDATE key_verbatims SET start = ?, end = ?, text = ? WHERE id = ?').run(
          span.start,
          span.end,
          span.text,
          id,
        )
    },
    remove(id: string): void {
      db.prepare('DELETE FROM key_verbatims WHERE id = ?').run(id)
    },
  }
}
